//! The speakers one sentence names: a name before or after a speech verb ("Carroll said",
//! "..., said Carroll", "according to police spokesman John Smith", "Brooks, who
//! commands ..., said"), a role ("the mayor said", `roles.rs`), or the person "he" stands
//! for (`pronouns.rs`); not a name that is a place or a body (`placed.rs`).

pub(super) use super::clause_end::{
    char_before, name_ends_clause, past_time, preposition, AFTER_SPEAKER,
};
use super::described::described;
use super::foreign::{according, is_foreign_det, is_foreign_indefinite, reacts, AUXILIARIES};
use super::names::PARTICLES;
use super::phrase::{source_phrase, Phrase};
use super::placed::{named, titled, Named};
use super::pronouns::resolved_pronoun;
use super::roles::{is_det, role_after, role_before, role_word};
use super::subject::{apposed_name_end, is_age, subject_role, Subject};
use super::SPEECH;
use crate::matcher::features::Prepared;
use crate::matcher::flags::joins_name;
use crate::matcher::text::FxHasher;
use crate::matcher::text::{Kind, Token};

/// Named speakers of a sentence: (range of the name, stem of its last word, or of the
/// capitalised part of a hyphenated last word: "Jae" of "Moon Jae-in", [`hyphen_part`]). A
/// role ("the mayor said", "her agent said") counts as a name here; `sources` tells the
/// kinds apart.
pub(crate) fn speakers(p: &Prepared) -> Vec<((usize, usize), u64)> {
    // Read once per sentence (`flags/facts.rs`): the corpus reads them for each sentence's
    // statement, and all-pairs matching explains each sentence in about two pairs.
    crate::matcher::flags::read_with(p, &p.facts.speakers, speakers_kept)
}

/// [`speakers`] for a sentence whose kept speakers were read with another speaker of the
/// context.
fn speakers_kept(p: &Prepared) -> Vec<((usize, usize), u64)> {
    // The flags of one pair ask for each sentence's speakers several times (the speaker
    // flag, the source groups, the named people): the last few answers are kept, per
    // thread, for the same tokens, text and speaker of the context.
    type Entry = (usize, Option<u64>, String, Vec<((usize, usize), u64)>);
    thread_local! {
        static LAST: std::cell::RefCell<(usize, Vec<Entry>)> =
            const { std::cell::RefCell::new((0, Vec::new())) };
    }
    let key = std::sync::Arc::as_ptr(&p.tokens) as *const Token as usize;
    let found = LAST.with(|l| {
        l.borrow()
            .1
            .iter()
            .find(|e| e.0 == key && e.1 == p.context_speaker && e.2 == p.text)
            .map(|e| e.3.clone())
    });
    if let Some(found) = found {
        return found;
    }
    let out = speakers_read(p);
    LAST.with(|l| {
        let mut l = l.borrow_mut();
        let entry = (key, p.context_speaker, p.text.clone(), out.clone());
        let next = l.0;
        if l.1.len() < 8 {
            l.1.push(entry);
        } else {
            l.1[next] = entry;
        }
        l.0 = (next + 1) % 8;
    });
    out
}

/// [`speakers`] read afresh.
fn speakers_read(p: &Prepared) -> Vec<((usize, usize), u64)> {
    let toks = &p.tokens;
    // Characters are only needed to look for ", who"; most sentences have no speech verb.
    if !(0..toks.len()).any(|i| attributes(p, i)) {
        return colon_speaker(p).into_iter().collect();
    }
    let chars = crate::matcher::flags::chars_of(p);
    // The characters between tokens `k - 1` and `k`.
    let gap = |k: usize| chars.get(toks[k - 1].end..toks[k].start).unwrap_or(&[]);
    // Two words of one name: nothing but spaces, a full stop, a hyphen or an apostrophe
    // between them ("Gen. Vincent Brooks"); a comma, a bracket or a quotation mark ends
    // the name ("in Nashville, Tennessee, Page said", "jobs in America," Kerry said").
    let joined = |k: usize| joins_name(gap(k));
    // A word of a name: capitalised, or the lower-case end of a hyphenated given name
    // ("Moon Jae-in").
    // Not a weekday: "..., said Mayor John Smith Monday", "On Monday Smith said".
    let name_word = |k: usize| {
        toks[k].proper && !matches!(toks[k].kind, Kind::Weekday(_)) || hyphen_part(chars, toks, k)
    };
    // The stem a speaker ending at token `e` is known by: not a hyphenated name's end
    // ("in" of "Moon Jae-in" is in many sentences), its capitalised part.
    let stem_at = |e: usize| match hyphen_part(chars, toks, e) {
        true => toks[e - 1].stem,
        false => toks[e].stem,
    };
    // "Jan de Vries", "Ursula von der Leyen": up to two lower-case particles between two
    // words of a name. The index of the name word before (`back`) or after them.
    let across_particles = |k: usize, back: bool| -> Option<usize> {
        let at = |n: usize| if back { k.checked_sub(n) } else { Some(k + n) };
        for n in 1..=2 {
            if !toks.get(at(n)?).is_some_and(is_particle) {
                return None;
            }
            let w = at(n + 1)?;
            if toks.get(w).is_some_and(|t| t.proper) {
                let (lo, hi) = if back { (w, k) } else { (k, w) };
                return (lo + 1..=hi).all(joined).then_some(w);
            }
        }
        None
    };
    let name_start = |e: usize| {
        let mut s = e;
        while s > 0 && e - s < 5 {
            if name_word(s - 1) && joined(s) {
                s -= 1;
            } else if let Some(k) = across_particles(s, true) {
                s = k;
            } else {
                break;
            }
        }
        s
    };
    // The first token of the speaker named by tokens `s..=e`, `None` when the name does
    // not speak: a place or a body ([`named`]: "officials in Ohio said", "the mayor of
    // Rotterdam said"), a party affiliation ("R-Maine"). A person titled with an office
    // written with "of" starts at the office ("Secretary of State Antony Blinken").
    let speaker_from = |s: usize, e: usize| {
        let surface = chars.get(toks[s].start..toks[e].end).unwrap_or(&[]);
        if matches!(surface, ['R' | 'D' | 'I', '-', ..]) {
            return None;
        }
        match named(p, toks, s, e) {
            Named::Speaker => Some(s),
            Named::Titled(from) => Some(from),
            Named::Place => None,
        }
    };
    let mut out = Vec::new();
    let run_back = |end_idx: usize| -> Option<((usize, usize), u64)> {
        // A name, or a capitalised first word right before the verb ("Carroll said ...").
        let t = &toks[end_idx];
        let first_name = end_idx == 0 && t.capital && !t.stop && t.kind == Kind::Word;
        if !name_word(end_idx) && !first_name {
            return None;
        }
        let s = name_start(end_idx);
        if let Some(from) = speaker_from(s, end_idx) {
            return Some(((toks[from].start, toks[end_idx].end), stem_at(end_idx)));
        }
        // "Olympia Snowe, R-Maine, said", "Bill Frist, Republican of Tennessee, said": the
        // name before an appositive between commas right before the verb speaks.
        if end_idx + 1 >= toks.len() || !gap(end_idx + 1).contains(&',') {
            return None;
        }
        let k = (s.saturating_sub(6).max(1)..=s)
            .rev()
            .find(|&k| gap(k).contains(&','))?;
        let e = k - 1;
        let s = name_start(e);
        let from = speaker_from(s, e).filter(|_| name_word(e))?;
        Some(((toks[from].start, toks[e].end), stem_at(e)))
    };
    for (i, t) in toks.iter().enumerate() {
        if !attributes(p, i) {
            continue;
        }
        // Another language's speech verb or "according to" ("..., a déclaré Jean Dupont",
        // "selon Jean Dupont", `foreign.rs`).
        let foreign = !SPEECH.contains(&t.norm.as_str());
        let according_to = t.norm == "according" || according(p, i);
        // "..., said Carroll", "according to Carroll". A name right after the verb is the
        // speaker only there: in "Investigators say Sam's Club is looking" or "Carroll told
        // Reuters" it is what was said, or who heard it.
        let mut after = if t.norm == "according" { i + 2 } else { i + 1 };
        // "..., a déclaré Jean Dupont", "..., a fait savoir le préfet": the comma comes
        // before the auxiliary.
        let verb_first = verb_first(toks, i, foreign);
        let verb_start = toks[verb_first].start;
        // A closing mark of any style: ", a réagi", "» a réagi", "“ sagte"; or the dash
        // that opens an attribution inserted in a quotation ("«…, —dijo el alcalde—, …»",
        // "—afirmó Pérez—": trial 37).
        let inverted = i > 0
            && char_before(p, verb_start).is_some_and(|c| {
                matches!(c, ',' | '\u{2014}' | '\u{2013}')
                    || super::foreign::QUOTE_MARKS.contains(&c)
            });
        let name_after = according_to || (inverted && t.norm != "told");
        // "Taoiseach Micheál Martin urged people to stay at home, calling it "…"": a
        // participle after a comma has the sentence's subject for its speaker, the name
        // that opens the sentence ([`opening_name`]; trial 42 D).
        let participle = !according_to && !SPEECH.contains(&t.norm.as_str());
        if participle && t.norm.ends_with("ing") && char_before(p, t.start) == Some(',') {
            if let Some(s) = opening_name(p, toks, i) {
                out.push(s);
                continue;
            }
        }
        // "..., said on Monday the mayor", "„…“, sagte am Montag der Bürgermeister", "«
        // … », a déclaré lundi le maire", "dijo el lunes el alcalde": a time between the
        // verb and its speaker is no part of the speaker (nor a speaker: "said Monday").
        if inverted && !according_to {
            after = past_time(toks, after);
        }
        // "selon le maire d'Alès, Christophe Rivenq", "said the minister Mark Harper",
        // "said Tom Hill's wife, Ann Hill": the name after its role (`described.rs`).
        if let Some((s, e)) = name_after.then(|| described(p, toks, after)).flatten() {
            out.push(((toks[s].start, toks[e].end), stem_at(e)));
            continue;
        }
        // "dijo el alcalde Juan García", "según la policía": an article before a role.
        let foreign_det = (foreign || according_to)
            && name_after
            && toks.get(after).is_some_and(|d| is_foreign_det(&d.norm))
            && toks
                .get(after + 1)
                .is_some_and(|w| w.proper || role_word(w));
        if foreign_det && toks.get(after + 1).is_some_and(|w| !w.proper) {
            if let Some(r) = role_after(p, toks, after + 1) {
                out.push(r);
                continue;
            }
        }
        // "ha detto un residente", "sagte ein Anwohner": a role told with an indefinite
        // article.
        let indefinite = foreign
            && name_after
            && toks
                .get(after)
                .is_some_and(|d| is_foreign_indefinite(&d.norm));
        if indefinite {
            if let Some(r) = role_after(p, toks, after + 1) {
                out.push(r);
                continue;
            }
        }
        // "sagte ein Anwohner": German capitalises the role's noun, read on as "sagte der
        // Landrat" is.
        let noun_after = indefinite && toks.get(after + 1).is_some_and(|w| w.proper);
        after += usize::from(foreign_det || noun_after);
        // "according to a statement from Kremlin spokesman Dmitry Peskov", "..., said the
        // Kremlin's spokesman, Dmitry Peskov": a source told as a noun phrase names its
        // person or organisation, or is an unnamed role ("a spokesman for Putin").
        match name_after.then(|| source_phrase(p, toks, after)).flatten() {
            Some((Phrase::Name(k), _)) => after = k,
            Some((Phrase::Words(s, e), _)) => {
                out.push(((toks[s].start, toks[e].end), toks[e].stem));
                continue;
            }
            None => {}
        }
        // "..., said the Environment Agency", "according to the Met Office": an
        // organisation's capitalised name after "the" is read as a name is (its kind, an
        // institution or an office, `sources.rs`), as "sagte der Kanzler" is.
        if name_after
            && toks.get(after).is_some_and(|d| d.norm == "the")
            && toks.get(after + 1).is_some_and(|w| w.proper)
        {
            after += 1;
        }
        // "according to police spokesman John Smith", "..., said police spokesman John
        // Smith": role words before the name.
        if name_after {
            let mut k = after;
            while k < toks.len() && k < after + 3 && role_word(&toks[k]) {
                k += 1;
            }
            if k > after && toks.get(k).is_some_and(|t| t.proper) {
                after = k;
            }
        }
        // "according to Kremlin spokesman Dmitry Peskov", "..., said White House press
        // secretary Karine Jean-Pierre": an organisation's name and role words before
        // the person's; the person speaks, not the organisation.
        if name_after && toks.get(after).is_some_and(|t| t.proper) {
            let mut o = after;
            while o + 1 < toks.len() && o - after < 3 && toks[o + 1].proper && joined(o + 1) {
                o += 1;
            }
            let mut k = o + 1;
            // Not a preposition: "..., a déclaré Jean Dupont à Passau" names Dupont.
            let role = |t: &Token| {
                role_word(t)
                    && !is_particle(t)
                    && !SPEECH.contains(&t.norm.as_str())
                    && !preposition(t)
            };
            while k < toks.len() && k < o + 4 && role(&toks[k]) && joined(k) {
                k += 1;
            }
            if k > o + 1 && toks.get(k).is_some_and(|t| t.proper) && joined(k) {
                after = k;
            }
        }
        if name_after && after < toks.len() && toks[after].proper {
            let mut e = after;
            while e + 1 < toks.len() && e - after < 4 {
                if name_word(e + 1) && joined(e + 1) {
                    e += 1;
                } else if let Some(k) = across_particles(e, false) {
                    e = k;
                } else {
                    break;
                }
            }
            // "..., said Secretary of State Antony Blinken": the office's place and the
            // name after "of" ([`titled`]).
            let mut k = e + 1;
            if toks.get(k).is_some_and(|t| t.norm == "of") {
                k += 1 + toks.get(k + 1).is_some_and(|t| t.norm == "the") as usize;
                let mut end = k;
                while toks.get(end + 1).is_some_and(|t| t.proper) && joined(end + 1) {
                    end += 1;
                }
                let name = toks.get(k).is_some_and(|t| t.proper);
                if name && titled(p, toks, e, k, end).is_some() {
                    e = end;
                }
            }
            // "..., said Page died": a name with its verb after it is what was said.
            if according_to || name_ends_clause(p, toks, e) {
                out.push(((toks[after].start, toks[e].end), stem_at(e)));
                continue;
            }
        }
        // "..., said the harbour master." (a role, not a name: ends the clause)
        if inverted && after < toks.len() && is_det(&toks[after].norm) {
            if let Some(r) = role_after(p, toks, after + 1) {
                out.push(r);
                continue;
            }
        }
        // "A spokesman for Putin said", "A Kremlin spokesman said": a role that names no
        // one, read as after "according to".
        match subject_role(p, toks, i) {
            Some(Subject::Role(r)) => {
                out.push(r);
                continue;
            }
            // "Melissa Berryhill, a spokeswoman for Wal-Mart, said": the name before.
            Some(Subject::Apposed(k)) => {
                if let Some(s) = run_back(k - 1) {
                    out.push(s);
                    continue;
                }
            }
            None => {}
        }
        // "The mayor said", "..., the harbour master said"
        if i > 0 {
            if let Some(r) = role_before(p, toks, i) {
                // "Marc Renard, the fire chief, said": the name before the role speaks.
                let det = toks
                    .iter()
                    .position(|t| t.start == r.0 .0)
                    .and_then(|k| k.checked_sub(1));
                let apposed = det
                    .filter(|&d| is_det(&toks[d].norm))
                    .and_then(|d| apposed_name_end(p, toks, d, verb_first))
                    .and_then(&run_back);
                out.push(apposed.unwrap_or(r));
                continue;
            }
        }
        // "Brooks, who commands ..., said"
        let lo = i.saturating_sub(16);
        let who = (lo..i).rev().find(|&k| {
            toks[k].norm == "who"
                && k > 0
                && chars[..toks[k].start.min(chars.len())]
                    .iter()
                    .rev()
                    .find(|c| !c.is_whitespace())
                    == Some(&',')
        });
        if let Some(k) = who {
            if let Some(s) = run_back(k - 1) {
                out.push(s);
                continue;
            }
        }
        // "Carroll said", "Colonel Chad Carroll told"; not a word of a quotation right
        // before its closing mark ("... host the Oscars," said Zadan and Meron).
        let quoted = matches!(
            char_before(p, t.start),
            Some('"' | '\u{201d}' | '\u{bb}' | '\u{201c}')
        );
        // "Jean Dupont a dit", "Juan García ha dicho", "Jean Dupont a fait savoir": the
        // name before the auxiliary.
        let aux = i - verb_first;
        if i > aux && !quoted {
            // "Renard, 54, said": an age between commas after the name.
            let before = i - 1 - aux;
            let before = Some(before)
                .filter(|&k| is_age(&toks[k]))
                .and_then(|k| apposed_name_end(p, toks, k, verb_first))
                .unwrap_or(before);
            if let Some(s) = run_back(before) {
                out.push(s);
            }
        }
    }
    // "..., he said" with no name: the speaker an earlier sentence named, if known.
    if let (true, Some(stem), Some(r)) = (out.is_empty(), p.context_speaker, resolved_pronoun(p)) {
        out.push((r, stem));
    }
    if out.is_empty() {
        out.extend(colon_speaker(p));
    }
    out
}

/// The speaker of a quotation opened after a name and a colon at the start of the
/// sentence, as news and headlines write it ("Landini: «Lo sciopero è riuscito»",
/// "Maurizio Landini: \"…\""; trial 37): one to three capitalised words joined as a
/// name's, not a place ([`named`]), then a colon and a quotation mark. Or the name with
/// its title (up to five words) and a short verb phrase before the colon, one of whose
/// words is a speech verb ([`is_speech_word`], `lexicon::speech::COLON_LEAD_VERBS`):
/// "Federal Transport Minister Jonas Albrecht has spoken: \"…\"", "Mayor Katrin Vogt
/// posted: \"…\"", "X has said:", "X hat erklärt:", "X a déclaré : « … »" (trial 51); or,
/// no verb, where it spoke: a preposition and a medium (`lexicon::speech::COLON_MEDIA`:
/// "Mayor Willy Demeyer on local radio: \"…\"", "Le commandant Michel Dupont à la radio :
/// « … »", after an article and a title in lower case; session 53). A
/// live blog's post stamp before the name ("21:30 …", `part::post_stamp_end`) is the
/// post's. The range of the name (from its title, [`Named::Titled`]) and the stem of its
/// last word, as [`speakers`] gives them.
fn colon_speaker(p: &Prepared) -> Option<((usize, usize), u64)> {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let gap = |k: usize| chars.get(toks[k - 1].end..toks[k].start).unwrap_or(&[]);
    let word = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.proper && t.kind == Kind::Word)
    };
    // Nothing but spaces (or a post stamp) before the name (no quotation opened before it).
    let stamp = crate::matcher::part::post_stamp_end(chars).unwrap_or(0);
    let mut first = toks.iter().position(|t| t.start >= stamp)?;
    let lead = chars.get(stamp..toks[first].start).unwrap_or(&[]);
    if lead.iter().any(|c| !c.is_whitespace()) {
        return None;
    }
    // An article and a title in lower case before the name ("Le commandant Michel Dupont",
    // "El alcalde Willy Demeyer"): the name is the speaker, as after a speech verb.
    let article = |t: &Token| is_det(&t.norm) || is_foreign_det(&t.norm);
    let titled_name = article(&toks[first])
        && toks.get(first + 1).is_some_and(role_word)
        && word(first + 2)
        && (first + 1..=first + 2).all(|k| gap(k).iter().all(|c| c.is_whitespace()));
    if titled_name {
        first += 2;
    } else if !word(first) {
        return None;
    }
    // The colon and an opening quotation mark after token `k`.
    let quoted_after = |k: usize| {
        let mut marks = gap(k + 1).iter().filter(|c| !c.is_whitespace());
        marks.next() == Some(&':')
            && marks
                .next()
                .is_some_and(|c| super::foreign::QUOTE_MARKS.contains(c) || *c == '\u{2018}')
    };
    let mut e = first;
    while e - first < 4 && word(e + 1) && joins_name(gap(e + 1)) {
        e += 1;
    }
    // The name alone before the colon: up to three words ("Maurizio Landini:").
    let bare = (first..=e.min(first + 2)).find(|&k| toks.len() >= k + 3 && quoted_after(k));
    let (e, verb_phrase) = match bare {
        Some(k) => (k, false),
        None => (e, true),
    };
    if verb_phrase {
        // "has spoken", "posted", "told reporters", "hat auf Facebook geschrieben": up to
        // five words after the name, spaces only between, the first in lower case.
        let v = (e + 1..toks.len().min(e + 6)).find(|&k| toks.len() >= k + 3 && quoted_after(k))?;
        let plain = (e + 1..=v).all(|k| gap(k).iter().all(|c| c.is_whitespace()));
        let speech = toks[e + 1..=v].iter().any(|t| {
            is_speech_word(&t.norm)
                || crate::matcher::lexicon::speech::COLON_LEAD_VERBS.contains(&t.norm.as_str())
        });
        // No verb, where the name spoke: a preposition, then a medium last ("à la radio",
        // "on local radio", "im Radio", "to reporters": `lexicon::speech::COLON_MEDIA`).
        let opens = crate::matcher::lexicon::prepositions::OPEN_A_PHRASE;
        let medium = (toks[e + 1].stop || opens.contains(&toks[e + 1].norm.as_str()))
            && crate::matcher::lexicon::speech::COLON_MEDIA.contains(&toks[v].norm.as_str());
        let speech = speech || medium;
        if !plain || toks[e + 1].proper || !speech {
            return None;
        }
    }
    match named(p, toks, first, e) {
        Named::Place => None,
        Named::Titled(from) if verb_phrase => Some(((toks[from].start, toks[e].end), toks[e].stem)),
        _ => Some(((toks[first].start, toks[e].end), toks[e].stem)),
    }
}

/// The name that opens sentence `p` and is the subject of its verb, before token `at`: one
/// to four capitalised words joined as a name's from the first token, nothing before them,
/// then a lower-case word (its verb: "Taoiseach Micheál Martin urged …"); not a place or a
/// body ([`named`]). Its range, from its title ([`Named::Titled`]), and the stem of its
/// last word, as [`speakers`] gives them.
fn opening_name(p: &Prepared, toks: &[Token], at: usize) -> Option<((usize, usize), u64)> {
    let chars = crate::matcher::flags::chars_of(p);
    let gap = |k: usize| chars.get(toks[k - 1].end..toks[k].start).unwrap_or(&[]);
    let word = |k: usize| toks[k].proper && toks[k].kind == Kind::Word && !toks[k].stop;
    let lead = chars.get(..toks.first()?.start).unwrap_or(&[]);
    if at < 2 || !word(0) || lead.iter().any(|c| !c.is_whitespace()) {
        return None;
    }
    let mut e = 0;
    while e + 1 < at && e < 3 && word(e + 1) && joins_name(gap(e + 1)) {
        e += 1;
    }
    let verb = toks.get(e + 1)?;
    if e + 1 >= at || verb.proper || verb.kind != Kind::Word || !joins_name(gap(e + 1)) {
        return None;
    }
    match named(p, toks, 0, e) {
        Named::Place => None,
        Named::Titled(from) => Some(((toks[from].start, toks[e].end), toks[e].stem)),
        Named::Speaker => Some(((toks[0].start, toks[e].end), toks[e].stem)),
    }
}

/// Whether token `i` of `p` reports speech: a word of [`SPEECH`], or of another
/// language (`foreign.rs`: "déclaré", "sagte", "dijo", "selon", "laut", "según"), or a
/// verb of a reaction beside a quotation ("a dénoncé « … »", "« … », a réagi X",
/// `foreign::reacts`).
pub(super) fn is_speech(p: &Prepared, i: usize) -> bool {
    (is_speech_word(p.tokens[i].norm.as_str()) && !deed_claimed(&p.tokens, i))
        || according(p, i)
        || reacts(p, i)
        || lets_know(&p.tokens, i)
        || makes_known(&p.tokens, i)
}

/// Whether token `i` of `toks` claims a deed, not words ("BlackVane *claimed*
/// responsibility", "claimed credit for the attack": `lexicon::speech::CLAIMING`, the
/// deed right after it, `CLAIMED_DEEDS`): whoever claims it is no speaker (trial 49 final
/// pass F8: "BlackVane ≠ Health Minister Joost Kramer"). "claimed that …", "claimed the
/// attack was …" still report speech.
fn deed_claimed(toks: &[Token], i: usize) -> bool {
    use crate::matcher::lexicon::speech::{CLAIMED_DEEDS, CLAIMING};
    CLAIMING.contains(&toks[i].norm.as_str())
        && toks
            .get(i + 1)
            .is_some_and(|t| CLAIMED_DEEDS.contains(&t.norm.as_str()))
}

/// Whether token `i` of `toks` is French "savoir" of "faire savoir" ("make known": "…, a
/// fait savoir le préfet", "Le préfet a fait savoir que …"; trial 44): a form of "faire"
/// right before it (`lexicon::speech::FRENCH_MAKE`). "savoir" alone is "to know".
fn makes_known(toks: &[Token], i: usize) -> bool {
    toks[i].norm == "savoir"
        && i > 0
        && crate::matcher::lexicon::speech::FRENCH_MAKE.contains(&toks[i - 1].norm.as_str())
}

/// The first token of the verb whose speech word is token `i` of `toks`: the auxiliary
/// before a participle of another language (`foreign`: "a déclaré", "ha dicho"), and the
/// form of "faire" of "faire savoir" with its auxiliary ("a fait savoir",
/// [`makes_known`]); `i` itself otherwise.
pub(super) fn verb_first(toks: &[Token], i: usize, foreign: bool) -> usize {
    let make = makes_known(toks, i);
    let k = i - usize::from(make);
    match k.checked_sub(1).map(|j| &toks[j]) {
        Some(aux) if (foreign || make) && AUXILIARIES.contains(&aux.norm.as_str()) => k - 1,
        _ => k,
    }
}

/// Whether token `i` of `toks` is Dutch "weten" of "liet … weten" ("let know": "…, liet
/// burgemeester Aboutaleb weten"; trial 43 D): a form of "laten" at most four tokens
/// before it (`lexicon::speech::DUTCH_LET`). "weten" alone is "to know".
fn lets_know(toks: &[Token], i: usize) -> bool {
    toks[i].norm == "weten"
        && toks[i.saturating_sub(4)..i]
            .iter()
            .any(|t| crate::matcher::lexicon::speech::DUTCH_LET.contains(&t.norm.as_str()))
}

/// Whether token `i` of `p` attributes what the sentence says: a speech word
/// ([`is_speech`]) outside the sentence's quotations. One inside is what was said, not
/// who said it ("Landini: «Oggi il Paese ha detto chiaramente …»", "«… il Paese ha detto
/// …», ha detto Bombardieri": Bombardieri speaks, not "il Paese"; trial 38).
pub(super) fn attributes(p: &Prepared, i: usize) -> bool {
    is_speech(p, i) && !crate::matcher::quotes::in_quotation(p, p.tokens[i].start)
}

/// Whether `norm` is a word of [`SPEECH`] or a speech verb of another language
/// (`foreign::is_foreign_speech`), by one lookup in a set of both built once from the
/// lexicon's lists (every token of a pair's sentences is asked, many times over in
/// all-pairs matching; scanning the lists was a tenth of the flags' time there). Only words
/// of those lists (and "zufolge") can be foreign speech, so the set answers exactly.
fn is_speech_word(norm: &str) -> bool {
    use crate::matcher::lexicon::speech as lists;
    type Set = std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<FxHasher>>;
    static WORDS: std::sync::OnceLock<Set> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| {
            let foreign = [
                lists::FRENCH,
                lists::SPANISH,
                lists::ITALIAN,
                lists::PORTUGUESE,
                lists::GERMAN,
                lists::DUTCH,
                &["zufolge"],
            ];
            let foreign = foreign
                .into_iter()
                .flatten()
                .copied()
                .filter(|w| super::foreign::is_foreign_speech(w));
            SPEECH.iter().copied().chain(foreign).collect()
        })
        .contains(norm)
}

/// Whether token `k` is the lower-case end of a hyphenated given name after a surname
/// ("Moon Jae-in", "Shin Won-sik", "Kim Jong-un"): a word of up to five letters right
/// after a hyphen, the word before it capitalised and a name's second word or later
/// (so not "Kremlin-backed", "Harvard-educated", a word of a name's first place).
/// `chars`: the sentence's text.
pub(super) fn hyphen_part(chars: &[char], toks: &[Token], k: usize) -> bool {
    let (Some(t), Some(before), Some(first)) = (
        toks.get(k),
        k.checked_sub(1).and_then(|i| toks.get(i)),
        k.checked_sub(2).and_then(|i| toks.get(i)),
    ) else {
        return false;
    };
    let text = |a: usize, b: usize| chars.get(a..b).unwrap_or(&[]);
    let word = text(t.start, t.end);
    t.kind == Kind::Word
        && !t.capital
        && (1..=5).contains(&word.len())
        && word.iter().all(|c| c.is_alphabetic())
        && text(before.end, t.start) == ['-']
        && before.capital
        && before.proper
        && first.proper
        && joins_name(text(first.end, before.start))
}

/// Lower-case particles of names ([`PARTICLES`]: "Jan de Vries"), taken as part of a
/// name only between two of its capitalised words.
fn is_particle(t: &Token) -> bool {
    !t.capital && PARTICLES.contains(&t.norm.as_str())
}
