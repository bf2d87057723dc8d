//! Who said it: the speakers a sentence names ("Carroll said", "according to Carroll",
//! "Carroll told reporters", "Brooks, who commands ..., said", "said the harbour master"),
//! and the speaker flag of a pair (the same statement credited to two different people).
//! Ranges are code points of each prepared sentence's own text.

use super::features::Prepared;
use super::flags::{fold_diacritics, joins_name, same_name_word, surface, Ranges};
use super::text::{Kind, Token};

mod sources;
pub use sources::speakers_may_differ;
use sources::{given_names_differ, same_person, source_at, sources_differ, Source, PARTICLES};

/// Words that report speech ("X said", "according to X", "X told reporters"): the one
/// list of the matcher (speakers, the part of a sentence a span covers, report dates).
pub const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "states",
    "announced",
    "confirmed",
    "commended",
    "warned",
    "explained",
    "noted",
    "wrote",
    "writes",
    "according",
    "claimed",
    "claims",
    "insisted",
    "argued",
    "acknowledged",
    "denied",
    "reported",
    "testified",
    "recalled",
    "praised",
    "described",
];

/// How a word right before a name makes that name no speaker, but a place or a body
/// ([`PLACED`]).
#[derive(Clone, Copy, PartialEq)]
enum Tie {
    /// A place always: "officials in Ohio said".
    Place,
    /// A place only if the name is a region ("officials from Ohio said"); otherwise often
    /// an organisation that speaks ("doctors at Johns Hopkins said", "a spokesman from
    /// Reuters said").
    Region,
    /// The place or body of an office before it ("the mayor of Rotterdam said", "the
    /// Duke of Sussex said", "the Secretary-General of the United Nations said": the
    /// office is a role, unnamed, never a name against a name), or a region ("Bill Frist,
    /// Republican of Tennessee, said").
    Office,
}

/// The prepositions that tie the name after them to a place or a body, and how.
const PLACED: &[(&str, Tie)] = &[
    ("in", Tie::Place),
    ("near", Tie::Place),
    ("outside", Tie::Place),
    ("inside", Tie::Place),
    ("across", Tie::Place),
    ("throughout", Tie::Place),
    ("at", Tie::Region),
    ("from", Tie::Region),
    ("of", Tie::Office),
];

/// Whether the name of tokens `s..=e` names a place or a body, not who speaks: it follows
/// a preposition of [`PLACED`] ("officials in Ohio said", "the mayor of Rotterdam said",
/// "of the United Nations"), or it is a region ending a place written with commas ("born
/// in Nashville, Tennessee said": up to two parts back).
fn place_tail(p: &Prepared, toks: &[Token], s: usize, e: usize) -> bool {
    let region = || {
        let name: Vec<&str> = toks[s..=e].iter().map(|t| t.norm.as_str()).collect();
        super::flags::is_region(&name.join(" "))
    };
    // An office before "of": a content word ("mayor", "Duke").
    let office = |k: usize| toks[k].kind == Kind::Word && !toks[k].stop;
    let mut k = s;
    for _ in 0..3 {
        if k == 0 {
            return false;
        }
        let before = toks[k - 1].norm.as_str();
        // "of the United Nations": the article between.
        if before == "the" && k >= 3 && toks[k - 2].norm == "of" {
            return k == s && office(k - 3);
        }
        match PLACED.iter().find(|(w, _)| *w == before).map(|x| x.1) {
            Some(Tie::Place) => return true,
            Some(Tie::Region) => return k == s && region(),
            Some(Tie::Office) => return k == s && (region() || (k >= 2 && office(k - 2))),
            None => {}
        }
        // "Nashville, Tennessee said": a region after a comma ends a place written with
        // commas; step back over its earlier part. ("in Nashville, Tennessee, Page said"
        // names Page: no region.)
        if !(toks[k - 1].proper && char_before(p, toks[k].start) == Some(',') && region()) {
            return false;
        }
        k -= 1;
        while k > 0 && toks[k - 1].proper && char_before(p, toks[k].start) != Some(',') {
            k -= 1;
        }
    }
    false
}

/// Named speakers of a sentence: (range of the name, stem of the surname). A role ("the
/// mayor said", "her agent said") counts as a name here; `sources` tells the kinds apart.
pub(crate) fn speakers(p: &Prepared) -> Vec<((usize, usize), u64)> {
    let toks = &p.tokens;
    // Characters are only needed to look for ", who"; most sentences have no speech verb.
    if !toks.iter().any(|t| SPEECH.contains(&t.norm.as_str())) {
        return Vec::new();
    }
    let chars: Vec<char> = p.text.chars().collect();
    // The characters between tokens `k - 1` and `k`.
    let gap = |k: usize| chars.get(toks[k - 1].end..toks[k].start).unwrap_or(&[]);
    // Two words of one name: nothing but spaces, a full stop, a hyphen or an apostrophe
    // between them ("Gen. Vincent Brooks"); a comma, a bracket or a quotation mark ends
    // the name ("in Nashville, Tennessee, Page said", "jobs in America," Kerry said").
    let joined = |k: usize| joins_name(gap(k));
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
            if toks[s - 1].proper && joined(s) {
                s -= 1;
            } else if let Some(k) = across_particles(s, true) {
                s = k;
            } else {
                break;
            }
        }
        s
    };
    // Names that do not speak: a place or a body ([`place_tail`]: "officials in Ohio
    // said", "the mayor of Rotterdam said"), a party affiliation ("R-Maine").
    let not_speaker = |s: usize, e: usize| {
        let surface = chars.get(toks[s].start..toks[e].end).unwrap_or(&[]);
        let affiliation = matches!(surface, ['R' | 'D' | 'I', '-', ..]);
        affiliation || place_tail(p, toks, s, e)
    };
    let mut out = Vec::new();
    let run_back = |end_idx: usize| -> Option<((usize, usize), u64)> {
        // A name, or a capitalised first word right before the verb ("Carroll said ...").
        let t = &toks[end_idx];
        let first_name = end_idx == 0 && t.capital && !t.stop && t.kind == Kind::Word;
        if !t.proper && !first_name {
            return None;
        }
        let s = name_start(end_idx);
        if !not_speaker(s, end_idx) {
            return Some(((toks[s].start, toks[end_idx].end), toks[end_idx].stem));
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
        (toks[e].proper && !not_speaker(s, e)).then(|| ((toks[s].start, toks[e].end), toks[e].stem))
    };
    for (i, t) in toks.iter().enumerate() {
        if !SPEECH.contains(&t.norm.as_str()) {
            continue;
        }
        // "..., said Carroll", "according to Carroll". A name right after the verb is the
        // speaker only there: in "Investigators say Sam's Club is looking" or "Carroll told
        // Reuters" it is what was said, or who heard it.
        let mut after = if t.norm == "according" { i + 2 } else { i + 1 };
        let inverted = i > 0 && matches!(char_before(p, t.start), Some(',' | '"' | '\u{201d}'));
        let name_after = t.norm == "according" || (inverted && t.norm != "told");
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
        if name_after && after < toks.len() && toks[after].proper {
            let mut e = after;
            while e + 1 < toks.len() && e - after < 4 {
                if toks[e + 1].proper && joined(e + 1) {
                    e += 1;
                } else if let Some(k) = across_particles(e, false) {
                    e = k;
                } else {
                    break;
                }
            }
            // "..., said Page died": a name with its verb after it is what was said.
            if t.norm == "according" || name_ends_clause(p, toks, e) {
                out.push(((toks[after].start, toks[e].end), toks[e].stem));
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
        // "The mayor said", "..., the harbour master said"
        if i > 0 {
            if let Some(r) = role_before(p, toks, i) {
                out.push(r);
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
        let quoted = matches!(char_before(p, t.start), Some('"' | '\u{201d}'));
        if i > 0 && !quoted {
            if let Some(s) = run_back(i - 1) {
                out.push(s);
            }
        }
    }
    // "..., he said" with no name: the speaker an earlier sentence named, if known.
    if let (true, Some(stem), Some(r)) = (out.is_empty(), p.context_speaker, resolved_pronoun(p)) {
        out.push((r, stem));
    }
    out
}

/// "he" or "she" as the one who speaks: right before a speech verb ("he said", ", she
/// told reporters") or right after "said" ("..., said he"). Its range, `None` if none.
pub(crate) fn pronoun_speaker(p: &Prepared) -> Option<(usize, usize)> {
    let toks = &p.tokens;
    let pronoun = |t: &Token| matches!(t.norm.as_str(), "he" | "she");
    let speech = |t: &Token| SPEECH.contains(&t.norm.as_str()) && t.norm != "according";
    toks.windows(2).find_map(|w| {
        if pronoun(&w[0]) && speech(&w[1]) {
            Some((w[0].start, w[0].end))
        } else if w[0].norm == "said" && pronoun(&w[1]) {
            Some((w[1].start, w[1].end))
        } else {
            None
        }
    })
}

/// Sets each sentence's [`Prepared::context_speaker`]: a sentence that names no speaker
/// but has "he said" (or "she said", [`pronoun_speaker`]) gets the person named as the
/// speaker of the sentence right before it in its article ("Carroll commended their
/// restraint. They \"demonstrated ...,\" he said."); a sentence so resolved passes its
/// speaker on to the next ("... he added"). Only then: a sentence between them, a role or
/// a group as the speaker ("the mayor", "police"), or another name before the pronoun
/// ("Police chief John Brooks arrived later. \"...,\" he said.": who is "he"?) leave it
/// unknown (`None`), and no flag comes of it. `sentences` are in article order; `at`
/// gives a sentence's article and its prepared text.
pub(crate) fn resolve_pronouns<S>(
    sentences: &mut [S],
    at: impl Fn(&mut S) -> (usize, &mut Prepared),
) {
    // The person who spoke in the sentence before: (article, surname stem).
    let mut last: Option<(usize, u64)> = None;
    for s in sentences.iter_mut() {
        let (doc, p) = at(s);
        if let Some(&(r, stem)) = speakers(p).first() {
            last = matches!(source_at(p, r), Source::Name(_)).then_some((doc, stem));
            continue;
        }
        let before = last.take();
        let (Some((d, stem)), Some(r)) = (before, pronoun_speaker(p)) else {
            continue;
        };
        let other_name = p.tokens.iter().any(|t| t.start < r.0 && t.proper);
        if d == doc && !other_name {
            p.context_speaker = Some(stem);
            last = Some((doc, stem));
        }
    }
}

/// Lower-case particles of names ([`PARTICLES`]: "Jan de Vries"), taken as part of a
/// name only between two of its capitalised words.
fn is_particle(t: &Token) -> bool {
    !t.capital && PARTICLES.contains(&t.norm.as_str())
}

/// A word before a role: an article or a possessive ("the mayor", "her agent", "his
/// lawyer"): "her agent said" and "her husband said" name two roles.
fn is_det(norm: &str) -> bool {
    matches!(norm, "the" | "a" | "an" | "his" | "her" | "their" | "its")
}

/// A lower-case content word that can be part of a role ("harbour master", "police chief").
fn role_word(t: &Token) -> bool {
    t.kind == Kind::Word && !t.stop && !t.proper
}

/// The non-space character before code point `at` of `p`'s text.
fn char_before(p: &Prepared, at: usize) -> Option<char> {
    let chars: Vec<char> = p.text.chars().take(at).collect();
    chars.into_iter().rev().find(|c| !c.is_whitespace())
}

/// Words that may follow the name after an inverted "said" while that name still ends its
/// clause: a place, a time or a manner of saying ("..., said Carroll in a statement",
/// "..., said Smith on Monday", "..., said Doe of the Red Cross").
const AFTER_SPEAKER: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "from",
    "for",
    "with",
    "during",
    "after",
    "before",
    "about",
    "to",
    "by",
    "via",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "late",
    "last",
    "this",
    "when",
    "while",
    "who",
    "whose",
    "adding",
];

/// Whether the name ending at token `e` after an inverted speech verb ends its clause, and
/// so is the one who speaks ("..., said Carroll." / "..., said Carroll, adding ..." / "...,
/// said Carroll in a statement"), rather than the subject of what was said, a verb after
/// it ("..., said Page died", "The spokesman, John Doe, said Smith resigned").
fn name_ends_clause(p: &Prepared, toks: &[Token], e: usize) -> bool {
    // The rest of a long name ("said Assistant Attorney General Michael Chertoff"), and
    // a second name ("said Zadan and Meron").
    let mut e = e;
    loop {
        if toks.get(e + 1).is_some_and(|t| t.proper) {
            e += 1;
        } else if toks.get(e + 1).is_some_and(|t| t.norm == "and")
            && toks.get(e + 2).is_some_and(|t| t.proper)
        {
            e += 2;
        } else {
            break;
        }
    }
    let Some(next) = toks.get(e + 1) else {
        return true;
    };
    let chars: Vec<char> = p.text.chars().collect();
    let gap = chars.get(toks[e].end..next.start).unwrap_or(&[]);
    let stop = |c: &char| ",.;:()\"\u{201c}\u{201d}\u{2014}\u{2013}".contains(*c);
    gap.iter().any(stop) || AFTER_SPEAKER.contains(&next.norm.as_str())
}

/// A role after "said the": one to three role words that end the clause (followed by
/// nothing, or a comma or full stop), e.g. "..., said the harbour master."
fn role_after(p: &Prepared, toks: &[Token], from: usize) -> Option<((usize, usize), u64)> {
    let mut e = from;
    while e < toks.len() && e < from + 3 && role_word(&toks[e]) {
        e += 1;
    }
    if e == from {
        return None;
    }
    let ends = match toks.get(e) {
        None => true,
        Some(next) => matches!(char_before(p, next.start), Some(',' | '.' | ';')),
    };
    if !ends {
        return None;
    }
    Some(((toks[from].start, toks[e - 1].end), toks[e - 1].stem))
}

/// A role before the speech verb at `verb`: "The mayor said", "..., the harbour master
/// said": a determiner at the start of the sentence or after a comma or quotation mark,
/// then one to three role words.
fn role_before(p: &Prepared, toks: &[Token], verb: usize) -> Option<((usize, usize), u64)> {
    let mut s = verb;
    while s > 0 && verb - s < 3 && role_word(&toks[s - 1]) {
        s -= 1;
    }
    if s == verb || s == 0 {
        return None;
    }
    let det = &toks[s - 1];
    if !is_det(&det.norm) {
        return None;
    }
    let starts = s - 1 == 0
        || matches!(
            char_before(p, det.start),
            Some(',' | '"' | '\u{201d}' | '\u{201c}' | ':' | ';')
        );
    if !starts {
        return None;
    }
    Some(((toks[s].start, toks[verb - 1].end), toks[verb - 1].stem))
}

/// The speakers named in a sentence ("Carroll said", "according to Carroll", "Carroll told
/// reporters", "said the harbour master"), as they are written, in order.
pub fn speaker_names(p: &Prepared) -> Vec<((usize, usize), String)> {
    speakers(p)
        .into_iter()
        .map(|(r, _)| (r, surface(p, r.0, r.1)))
        .collect()
}

/// The speaker flag of a pair: the first speaker of each sentence, when the two credit the
/// same statement to different people. No flag when either names a speaker the other
/// mentions, one is an acronym of the other ("THR" / "The Hollywood Reporter"), the
/// sentences are not the same statement, or no two speakers differ by kind
/// ([`sources_differ`]: a generic source, or a bare role against a name).
pub(crate) fn speaker_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let sa = speakers(a);
    let sb = speakers(b);
    if sa.is_empty() || sb.is_empty() {
        return None;
    }
    // The other sentence names the speaker: the surname, as written or with other
    // diacritics ("Müller" / "Muller").
    // Not when it is the surname of another person the other sentence names as a speaker
    // ("Piet Bakker" / "Dirk Bakker": `given_names_differ`).
    let plain = |x: &String| fold_diacritics(x).into_owned();
    let mentions = |own: &Prepared,
                    (r, stem): &((usize, usize), u64),
                    other: &Prepared,
                    theirs: &[((usize, usize), u64)]| {
        let surname = own.tokens.iter().find(|t| t.end == r.1 && t.stem == *stem);
        let name = plain(&surface(own, r.0, r.1));
        let someone_else = |t: &Token| {
            theirs.iter().any(|(o, _)| {
                t.start >= o.0
                    && t.end <= o.1
                    && given_names_differ(&name, &plain(&surface(other, o.0, o.1)))
            })
        };
        other.tokens.iter().any(|t| {
            (t.stem == *stem || surname.is_some_and(|w| same_name_word(w, t))) && !someone_else(t)
        })
    };
    if sa.iter().any(|s| mentions(a, s, b, &sb)) || sb.iter().any(|s| mentions(b, s, a, &sa)) {
        return None;
    }
    // "THR" / "The Hollywood Reporter": an acronym of the other name is the same speaker.
    let names = |p: &Prepared, v: &[((usize, usize), u64)]| -> Vec<String> {
        v.iter().map(|(r, _)| surface(p, r.0, r.1)).collect()
    };
    let (na, nb) = (names(a, &sa), names(b, &sb));
    // Two spellings of one name ("Sundwell" / "Sundwall", "José Núñez" / "Jose Nunez":
    // compared without diacritics): the same speaker.
    if na.iter().any(|x| {
        nb.iter()
            .any(|y| acronym_of(x, y) || acronym_of(y, x) || same_person(&plain(x), &plain(y)))
    }) {
        return None;
    }
    // Only the same statement can be credited to the wrong person: both sentences quote
    // (quotation marks), or they share at least half of the shorter one's content words.
    // Two sources for one reported fact ("Cooley said ..." / "..., according to the
    // sheriff's department") are not a discrepancy.
    // "he" of "..., he said" stands for the person an earlier sentence named: its range,
    // read once for each side.
    let (ha, hb) = (resolved_pronoun(a), resolved_pronoun(b));
    let kinds = |p: &Prepared, v: &[((usize, usize), u64)], he: Option<(usize, usize)>| {
        v.iter()
            .map(|(r, _)| match he == Some(*r) {
                true => (*r, Source::Name(None)),
                false => (*r, source_at(p, *r)),
            })
            .collect::<Vec<((usize, usize), Source)>>()
    };
    let (ka, kb) = (kinds(a, &sa, ha), kinds(b, &sb, hb));
    // "he" against "he": who each is was read, not written; "he ≠ he" would say nothing.
    if ha.is_some() && hb.is_some() {
        return None;
    }
    let quotes = |p: &Prepared| p.cues & 2 != 0;
    let shared = super::features::weighted_shared(&a.content, &b.content).2;
    let shorter = a.content.len().min(b.content.len());
    // "..., he said", "he" an earlier sentence's named person, against another person
    // named: the same judgement credited to each ("They \"demonstrated appropriate
    // self-discipline\" ..., he said" after "Carroll commended their restraint" / "Brooks
    // said security forces acted appropriately"), when both tell it with two shared
    // content words that are no name, number or date. (A name alone may be an outlet or
    // an institution, "Bloomberg reported", whose report is another statement; "he" is a
    // person.)
    let person = |k: &[((usize, usize), Source)]| k.iter().all(|x| matches!(x.1, Source::Name(_)));
    let said_alike =
        (ha.is_some() || hb.is_some()) && person(&ka) && person(&kb) && shared_words(a, b) >= 2;
    if !(said_alike || quotes(a) && quotes(b)) && 2 * shared < shorter {
        return None;
    }
    ka.iter()
        .flat_map(|x| kb.iter().map(move |y| (x, y)))
        .find(|(x, y)| sources_differ(x.1, y.1))
        .map(|(x, y)| (x.0, y.0))
}

/// The range of the "he" of "..., he said" when the corpus knows who it is
/// ([`Prepared::context_speaker`]), `None` otherwise.
fn resolved_pronoun(p: &Prepared) -> Option<(usize, usize)> {
    p.context_speaker.and_then(|_| pronoun_speaker(p))
}

/// How many content stems `a` and `b` share that are no name, number or date
/// (`Prepared::content_flags` bits 0 and 2) nor a speech verb.
fn shared_words(a: &Prepared, b: &Prepared) -> usize {
    let plain = |p: &Prepared| -> Vec<u64> {
        let speech: Vec<u64> = p
            .tokens
            .iter()
            .filter(|t| SPEECH.contains(&t.norm.as_str()))
            .map(|t| t.stem)
            .collect();
        p.content
            .iter()
            .zip(&p.content_flags)
            .filter(|&(&(stem, _), &f)| f & 0b101 == 0 && !speech.contains(&stem))
            .map(|(&(stem, _), _)| stem)
            .collect()
    };
    let (x, y) = (plain(a), plain(b));
    x.iter().filter(|s| y.contains(s)).count()
}

/// Whether `short` is an acronym of `long`: two or more capitals (full stops allowed),
/// the initials of `long`'s capitalised words, or ends with them, "The" counted or not
/// ("THR" / "Hollywood Reporter", "NWS" / "National Weather Service", "U.N." / "United
/// Nations", "SEC" / "Exchange Commission").
fn acronym_of(short: &str, long: &str) -> bool {
    let letters: String = short.chars().filter(|c| *c != '.').collect();
    if letters.chars().count() < 2 || !letters.chars().all(|c| c.is_uppercase()) {
        return false;
    }
    let initials: String = long
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    // The name may be cut at "and" or "of" ("Securities and Exchange Commission" read as
    // "Exchange Commission"): the acronym then ends with its initials.
    initials.chars().count() >= 2 && (letters == initials || letters.ends_with(&initials))
}
