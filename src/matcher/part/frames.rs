//! Attribution frames of a news sentence: the stretches that only say who said it ("X
//! said (that)", "according to X", ", said the harbour master.", ", doctors said, ",
//! "(he said)", "X told reporters (that)", "X said in a statement (that)"), found on the
//! matcher's tokens ([`crate::matcher::text::tokenize_chars`]) and the punctuation between
//! them. Ranges are code points of the sentence given. [`super::match_part`] cuts them out
//! and keeps the piece of the sentence that matches. The Chinese, Japanese, German and
//! Arabic frames of `foreign.rs`, the French and Spanish ones of `romance.rs` and a lead
//! before a colon and a quotation (`marks::colon_lead`) are added where they overlap no
//! English one.
//!
//! A frame is recognised by its shape, not by a parser: a speech verb (the matcher's one
//! list, `speakers::SPEECH`) with a short subject on one side and, on the other, only
//! words that attribution adds (an addressee, a time, "in a statement"). A speech verb in
//! a relative clause ("the man who said he saw the crash") or after a modal ("would not
//! say") starts no frame, and a long tail after a comma is not a frame.

use super::marks::{self, Marks};
use super::vocab::{
    adjunct_ok, any_blocker, is_aux, is_bare_verb, is_blocker, is_det, is_frame_verb, is_role,
    is_sentence_adverb, only_adjuncts, time_run, Word, ADJUNCT,
};
use super::{about, foreign, romance};

/// A run of words between punctuation (commas, colons, semicolons, dashes, brackets,
/// quotation marks): word indices `a..b`.
#[derive(Debug, Clone, Copy)]
struct Seg {
    a: usize,
    b: usize,
    /// A quotation mark stands between this segment and the one before.
    quote_before: bool,
}

fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201c}'
            | '\u{201d}'
            | '\u{ab}'
            | '\u{bb}'
            | '\u{201e}'
            | '\u{2018}'
            | '\u{2039}'
            | '\u{203a}'
    )
}

/// Whether the characters between two words separate clauses.
fn is_break(gap: &[char]) -> bool {
    gap.iter().enumerate().any(|(i, &c)| {
        matches!(c, ',' | ';' | ':' | '(' | ')' | '[' | ']' | '\u{2014}')
            || is_quote_mark(c)
            || (c == '-' && gap.get(i + 1) == Some(&'-'))
            || (c == '\u{2013}' && i > 0 && gap[i - 1] == ' ')
    })
}

fn segments(sentence: &[char], words: &[Word], marks: &Marks) -> Vec<Seg> {
    let mut out: Vec<Seg> = Vec::new();
    for i in 0..words.len() {
        let from = if i == 0 { 0 } else { words[i - 1].end };
        let gap = &sentence[from..words[i].start];
        // A single mark counts when it is paired (‘…’, '…'), not an apostrophe.
        let paired = (from..words[i].start).any(|k| marks.is_mark(k));
        if i == 0 || is_break(gap) || paired {
            out.push(Seg {
                a: i,
                b: i + 1,
                quote_before: gap.iter().any(|&c| is_quote_mark(c)) || paired,
            });
        } else if let Some(s) = out.last_mut() {
            s.b = i + 1;
        }
    }
    out
}

/// One attribution frame: its code point range, and whether it introduces the content
/// that follows it ("X said (that) ...") rather than standing beside a clause (", X said").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Frame {
    /// First code point of the frame.
    pub start: usize,
    /// End of the frame in code points (exclusive).
    pub end: usize,
    /// The frame introduces the words after it (a reporting clause).
    pub introduces: bool,
}

/// The attribution frames of `sentence`: in order, not overlapping.
pub(super) fn frames(sentence: &[char], words: &[Word]) -> Vec<Frame> {
    frames_marked(sentence, words, &Marks::of(sentence))
}

/// [`frames`] of `sentence` with its quotation marks read already (`marks`, which must
/// be `Marks::of(sentence)`): `part_of_words` reads them for its own cut too, and
/// reading them twice was a twentieth of preparing a sentence's statement.
pub(super) fn frames_marked(sentence: &[char], words: &[Word], marks: &Marks) -> Vec<Frame> {
    let segs = segments(sentence, words, marks);
    let mut out: Vec<Frame> = Vec::new();
    // Word index up to which a frame already covers the sentence.
    let mut covered = 0;
    if let Some((a, c)) = leading(sentence, words, &segs) {
        out.push(Frame {
            start: words[a].start,
            end: content_start(sentence, words, c),
            introduces: true,
        });
        covered = c;
    }
    let mut k = 0;
    while k < segs.len() {
        let s = segs[k];
        if s.a < covered {
            k += 1;
            continue;
        }
        let found = if k == 0 {
            // Only "According to X, ..." opens a sentence as a segment of its own.
            (according(words, s) && segs.len() > 1).then_some(k)
        } else {
            segment_frame(words, &segs, k, covered)
        };
        let Some(first) = found else {
            k += 1;
            continue;
        };
        // "Hugh Hefner said:" introduces a quotation in the next sentence: nothing to cut.
        if k + 1 == segs.len() && sentence[words[s.b - 1].end..].contains(&':') {
            break;
        }
        // The speaker's relative clause goes with the frame: ", said a diplomat, who
        // requested anonymity."; after "according to X" an apposition too: "According to
        // John Smith, a spokesman for the sheriff's office, ...". Opening the sentence,
        // only when a segment is left for the clause.
        let mut last = k;
        if let Some(&n) = segs.get(k + 1) {
            let relative = matches!(words[n.a].norm.as_str(), "who" | "whose") && n.b - n.a <= 12;
            let role = according(words, s) && apposition(words, n);
            if (k > 0 || k + 2 < segs.len()) && (relative || role) {
                last = k + 1;
            }
        }
        // After a quotation, the speaker's age and description to the end of the
        // sentence go with the frame: "\"…,\" said Jean Martin, 54, a baker who lives by
        // the bridge."
        if segs[first].quote_before && last + 1 < segs.len() {
            let described = segs[last + 1..].iter().all(|n| {
                let len = n.b - n.a;
                (len == 1 && words[n.a].number)
                    || (is_det(&words[n.a].norm)
                        && len <= 12
                        && words[n.a..n.b].iter().all(|w| !is_frame_verb(&w.norm)))
            });
            if described
                && !sentence[words[segs[last].b - 1].end..]
                    .iter()
                    .any(|&c| is_quote_mark(c))
            {
                last = segs.len() - 1;
            }
        }
        out.push(Frame {
            start: words[segs[first].a].start,
            end: words[segs[last].b - 1].end,
            introduces: false,
        });
        covered = segs[last].b;
        k = last + 1;
    }
    // "..., but Western observers said nothing had changed."
    for f in inner_reports(words, &segs) {
        let end = content_start(sentence, words, f.1);
        if out.iter().all(|g| end <= g.start || g.end <= f.0) {
            out.push(Frame {
                start: f.0,
                end,
                introduces: true,
            });
        }
    }
    for f in foreign::frames(sentence, words)
        .into_iter()
        .chain(romance::frames(sentence, words))
        .chain(marks::colon_lead(sentence, words))
    {
        if out.iter().all(|g| f.end <= g.start || g.end <= f.start) {
            out.push(f);
        }
    }
    out.sort_unstable();
    about::said_of(sentence, words, &mut out);
    out
}

/// Where the content introduced by a frame begins, word `c` being its first word: at the
/// word, or at a quotation mark before it (the mark goes with the content: `said that
/// "the road was closed"`).
fn content_start(sentence: &[char], words: &[Word], c: usize) -> usize {
    let from = if c == 0 { 0 } else { words[c - 1].end };
    (from..words[c].start)
        .find(|&i| is_quote_mark(sentence[i]))
        .unwrap_or(words[c].start)
}

/// Frames of a reporting clause inside the sentence: after a conjunction ("... but
/// Western observers said nothing had changed", "... and officials say they are sending
/// relief", "although others told AME Info they had not felt anything") or opening a
/// later segment ("In Gyami, a village outside the capital, Guzel said she had come",
/// "John Christie, head of production, said they were planning"): from the conjunction
/// or segment start to the content (the first code point of the frame and the word index
/// of the content), when the subject is short and the content opens like
/// a clause (a pronoun, article, name or number) with at least three words.
fn inner_reports(words: &[Word], segs: &[Seg]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for i in 1..words.len() {
        let conj = matches!(
            words[i].norm.as_str(),
            "but" | "and" | "while" | "although" | "though" | "whereas"
        );
        let Some(seg) = segs.iter().find(|s| s.a <= i && i < s.b) else {
            continue;
        };
        let opens = seg.a == i;
        if !conj && !opens {
            continue;
        }
        let from = if conj { i + 1 } else { i };
        let Some(v) = (from..seg.b.min(from + 6)).find(|&j| {
            matches!(
                words[j].norm.as_str(),
                "said" | "say" | "says" | "told" | "tells"
            )
        }) else {
            continue;
        };
        if (conj && v == from)
            || words[from..v]
                .iter()
                .any(|w| is_blocker(&w.norm) || is_frame_verb(&w.norm))
        {
            continue;
        }
        let mut p = v + 1;
        if matches!(words[v].norm.as_str(), "told" | "tells") {
            // The addressee: a name or "reporters", "police" ...
            let named = p;
            while p < seg.b
                && p - named < 4
                && (words[p].proper || ADJUNCT.contains(&words[p].norm.as_str()))
            {
                p += 1;
            }
            if p == named {
                continue;
            }
        }
        let mut c = p + time_run(&words[p..seg.b]);
        if words.get(c).is_some_and(|w| w.norm == "that") {
            c += 1;
        }
        let Some(w) = words.get(c) else { continue };
        let pronoun = matches!(
            w.norm.as_str(),
            "nothing" | "nobody" | "none" | "everything" | "everyone" | "someone" | "something"
        );
        let clause = (w.stop || w.proper || w.number || pronoun)
            && !is_blocker(&w.norm)
            && !matches!(w.norm.as_str(), "has" | "had" | "have");
        if clause && words.len() - c >= 3 && c < seg.b {
            out.push((words[i].start, c));
        }
    }
    out
}

/// A segment that names the role of the speaker before it: "a spokesman for the
/// sheriff's office", "the head of the agency" (an article, a role noun of
/// [`is_role`] among the next four words, three to ten words, no auxiliary, modal or
/// conjunction but "and").
fn apposition(words: &[Word], s: Seg) -> bool {
    let ws = &words[s.a..s.b];
    (3..=10).contains(&ws.len())
        && is_det(&ws[0].norm)
        && ws[1..ws.len().min(5)].iter().any(|w| is_role(&w.norm))
        && ws
            .iter()
            .all(|w| !is_blocker(&w.norm) || matches!(w.norm.as_str(), "and" | "to"))
}

/// Most words an "according to X" segment may have.
const ACCORDING_MAX: usize = 24;

/// "According to X" as a whole segment. X up to six words may be anything but a speech
/// verb; a longer X ("a police report released Tuesday by the county sheriff's office",
/// up to [`ACCORDING_MAX`] words in all) must read as a noun phrase: no auxiliary, modal or
/// subordinating conjunction outside a relative clause ("witnesses who saw the crash"), so
/// that "According to police the driver was drunk and ..." without a comma is no frame.
fn according(words: &[Word], s: Seg) -> bool {
    let n = s.b - s.a;
    if n < 3 || words[s.a].norm != "according" || words[s.a + 1].norm != "to" {
        return false;
    }
    let x = &words[s.a + 2..s.b];
    if x.iter().any(|w| is_frame_verb(&w.norm)) {
        return false;
    }
    if n <= 8 {
        return true;
    }
    let relative = x
        .iter()
        .position(|w| matches!(w.norm.as_str(), "who" | "which" | "that" | "whose"))
        .unwrap_or(x.len());
    n <= ACCORDING_MAX
        && relative > 0
        && x[..relative]
            .iter()
            .all(|w| !is_blocker(&w.norm) || matches!(w.norm.as_str(), "and" | "or" | "to"))
}

/// Segment `k` (not the first) as an attribution frame: "according to X", "said X",
/// "X said (adjuncts)". Returns the first segment of the frame (earlier than `k` when
/// the subject stands in segments of its own: "the Troy police chief, Charles Craft,
/// said.").
fn segment_frame(words: &[Word], segs: &[Seg], k: usize, covered: usize) -> Option<usize> {
    let s = segs[k];
    let ws = &words[s.a..s.b];
    if according(words, s) {
        return Some(k);
    }
    let v = ws.iter().position(|w| is_frame_verb(&w.norm))?;
    if v == 0 {
        // Inverted: ", said Carroll." / ", said the harbour master." / ", he added."
        let rest = &ws[1..];
        if rest.len() > 9
            || rest
                .iter()
                .any(|w| is_frame_verb(&w.norm) || matches!(w.norm.as_str(), "that" | "and" | "or"))
        {
            return None;
        }
        let told = matches!(ws[0].norm.as_str(), "told" | "tells");
        if told || time_run(rest) == rest.len() {
            // The subject stands before, in short segments of its own: "the Troy police
            // chief, Charles Craft, said." / "X, an official at Y, told AFP."
            let mut first = k;
            let mut j = k;
            while j > 1 && k - j < 3 {
                let p = segs[j - 1];
                let len = p.b - p.a;
                let nominal = is_det(&words[p.a].norm) || words[p.a].proper;
                if p.a < covered || len > 8 || !nominal {
                    break;
                }
                first = j - 1;
                if p.quote_before {
                    break;
                }
                j -= 1;
            }
            return (first < k && segs[first].quote_before).then_some(first);
        }
        // The speaker follows the verb: only after a quotation or at the end of the
        // sentence ("..., insisted Gigante suffered from ..., dementia" is no frame).
        let at_end = segs[k + 1..]
            .iter()
            .all(|n| matches!(words[n.a].norm.as_str(), "who" | "whose"));
        if !(s.quote_before || at_end) {
            return None;
        }
        // "Brian Halla, CEO of NatSemi, claimed the deal made sense": the segments before
        // are the verb's subject (a name and its apposition, short nominal segments), so
        // the words after the verb are what was said, not an inverted speaker.
        // The first is a name (every word capitalised), each later one opens with a
        // name or a determiner ("the company's chief executive").
        let name = words[segs[0].a..segs[0].b].iter().all(|w| w.proper);
        let subject_before = !s.quote_before
            && k >= 2
            && name
            && segs[..k].iter().all(|p| {
                let pw = &words[p.a..p.b];
                !pw.is_empty()
                    && pw.len() <= 8
                    && (is_det(&pw[0].norm) || pw[0].proper)
                    && !pw.iter().any(|w| is_frame_verb(&w.norm) || is_aux(&w.norm))
            });
        if subject_before {
            return None;
        }
        // "said the mayor", "said Smith", "said one passenger", "said two witnesses".
        let named = rest
            .iter()
            .any(|w| w.proper || ADJUNCT.contains(&w.norm.as_str()))
            || is_det(&rest[0].norm)
            || (rest[0].number && rest.len() > 1);
        return named.then_some(k);
    }
    // Subject + verb + adjuncts: ", doctors said, " / ", he said in a written statement."
    if v > 12 || any_blocker(&ws[..v]) {
        return None;
    }
    let after = &ws[v + 1..];
    let ok = if matches!(ws[v].norm.as_str(), "told" | "tells") {
        // The addressee may be any short noun phrase: "told a news conference".
        after.len() <= 9 && (after.len() <= 4 || only_adjuncts(&after[4..])) || only_adjuncts(after)
    } else {
        only_adjuncts(after)
    };
    (ok && !after.iter().any(|w| w.norm == "that")).then_some(k)
}

/// A leading frame "X said (that) ...", "X told reporters (that) ...", "X, a spokesman
/// for Y, said ...": `(first word of the frame, first word of the content)`. The
/// sentence may open with one word before it ("However, Lee said ...").
fn leading(sentence: &[char], words: &[Word], segs: &[Seg]) -> Option<(usize, usize)> {
    verb_first(words, segs)
        .or_else(|| leading_from(sentence, words, segs, 0))
        .or_else(|| {
            // "However, Lee said ..." / "In 2009, police said ...": up to three words first.
            let s = segs.first()?;
            let short = s.b - s.a <= 3 && !words[s.a..s.b].iter().any(|w| is_frame_verb(&w.norm));
            if short {
                leading_from(sentence, words, segs, 1)
            } else {
                None
            }
        })
}

/// The rest of a sentence after a quotation already labelled: it opens with the speech
/// verb and its speaker up to a comma, then maybe "adding (that)", "saying (that)" ("said
/// Marie Dubois, adding that the truck driver was drunk"). `(0, first content word)`.
fn verb_first(words: &[Word], segs: &[Seg]) -> Option<(usize, usize)> {
    let (first, next) = (segs.first()?, segs.get(1)?);
    if first.a != 0 || !is_frame_verb(&words[0].norm) || first.b - first.a > 6 {
        return None;
    }
    let mut c = next.a;
    if c < next.b
        && matches!(
            words[c].norm.as_str(),
            "adding" | "saying" | "noting" | "explaining"
        )
    {
        c += 1;
        if c < next.b && words[c].norm == "that" {
            c += 1;
        }
    }
    (c < next.b).then_some((0, c))
}

/// [`leading`] with the subject starting at segment `start_seg`.
fn leading_from(
    sentence: &[char],
    words: &[Word],
    segs: &[Seg],
    start_seg: usize,
) -> Option<(usize, usize)> {
    let first = segs.get(start_seg)?;
    let mut a = first.a;
    // "And she said ..."
    if matches!(words[a].norm.as_str(), "and" | "but") && a + 1 < first.b {
        a += 1;
    }
    let v = (a..words.len().min(a + 21)).find(|&i| is_frame_verb(&words[i].norm))?;
    let vseg = segs.iter().position(|s| s.a <= v && v < s.b)?;
    if v == a || is_blocker(&words[a].norm) || is_blocker(&words[v - 1].norm) {
        return None;
    }
    if vseg == start_seg {
        // "Carroll said", "The doctor who operated on him said": no modal, conjunction
        // or relative pronoun before the verb, except one relative clause of the subject.
        let subject = &words[a..v];
        let relative = subject
            .iter()
            .position(|w| matches!(w.norm.as_str(), "who" | "which"));
        let clean = match relative {
            None => !any_blocker(subject) && subject.len() <= 8,
            Some(r) => {
                subject[..r].iter().all(|w| !is_blocker(&w.norm))
                    && subject[r + 1..].iter().all(|w| {
                        !matches!(
                            w.norm.as_str(),
                            "and"
                                | "but"
                                | "or"
                                | "would"
                                | "could"
                                | "will"
                                | "not"
                                | "to"
                                | "that"
                        )
                    })
                    && subject.len() <= 16
            }
        };
        if !clean {
            return None;
        }
    } else {
        // "X, a spokesman for Y, said ...": the verb opens its segment and every segment
        // between the subject and it is an apposition.
        if segs[vseg].a != v || vseg < start_seg + 2 || first.b - first.a > 8 || v - a > 20 {
            return None;
        }
        if words[first.a..first.b].iter().any(|w| is_blocker(&w.norm)) {
            return None;
        }
        let appositions = segs[start_seg + 1..vseg].iter().all(|s| {
            let w = &words[s.a];
            (matches!(w.norm.as_str(), "who" | "whose") || is_det(&w.norm) || w.proper)
                && !s.quote_before
        });
        if !appositions || segs[vseg].quote_before {
            return None;
        }
    }
    let verb = words[v].norm.as_str();
    let vend = segs[vseg].b;
    let told = matches!(verb, "told" | "tells");
    let mut p = v + 1;
    // "(adjuncts) that": "said in an assessment last month that ...", "told a judge
    // during a hearing Thursday morning that ...".
    let that = (p..vend.min(p + 10)).find(|&i| words[i].norm == "that");
    let before_that = |t: usize| {
        let between = &words[p..t];
        if told {
            t > p
                && between
                    .iter()
                    .all(|w| !is_blocker(&w.norm) && !is_frame_verb(&w.norm))
        } else {
            between.iter().all(adjunct_ok)
        }
    };
    let content = match that {
        Some(t) if before_that(t) => t + 1,
        _ => {
            if told {
                // The addressee: "reporters", "AFP", "the AFP news agency".
                let mut q = p;
                if q < vend && is_det(&words[q].norm) {
                    q += 1;
                }
                let named = q;
                while q < vend
                    && q - p < 4
                    && (words[q].proper || ADJUNCT.contains(&words[q].norm.as_str()))
                {
                    q += 1;
                }
                if q == named {
                    return None;
                }
                p = q;
            }
            let q = p + time_run(&words[p..vend]);
            let colon =
                q < words.len() && sentence[words[q - 1].end..words[q].start].contains(&':');
            if !is_bare_verb(verb) && !colon {
                return None;
            }
            q
        }
    };
    let content = past_interposed_adverb(words, segs, vseg, content);
    if content >= words.len() || words.len() - content < 3 {
        return None;
    }
    // The content is a clause, not a frame in turn.
    let w = &words[content];
    let verb_like = is_blocker(&w.norm)
        && !matches!(
            w.norm.as_str(),
            "because"
                | "although"
                | "though"
                | "if"
                | "when"
                | "while"
                | "since"
                | "unless"
                | "whether"
                | "so"
                | "never"
                | "not"
        );
    if is_frame_verb(&w.norm) || verb_like || matches!(w.norm.as_str(), "has" | "had" | "have") {
        return None;
    }
    Some((a, content))
}

/// "Survivors said, however, that the coach was too fast": a sentence adverb set off by
/// commas right after the frame's verb (and the "that" after it) goes with the frame, so
/// the accepted span opens on the clause (trial 57). `content` is the first word after the
/// verb's segment; returned unchanged when no such adverb follows.
fn past_interposed_adverb(words: &[Word], segs: &[Seg], vseg: usize, content: usize) -> usize {
    let (Some(adverb), Some(next)) = (segs.get(vseg + 1), segs.get(vseg + 2)) else {
        return content;
    };
    let w = words[adverb.a].norm.as_str();
    let one_adverb = adverb.b - adverb.a == 1
        && (is_sentence_adverb(w) || matches!(w, "though" | "too" | "also" | "again"));
    if content != adverb.a || !one_adverb || next.quote_before || adverb.quote_before {
        return content;
    }
    if words[next.a].norm == "that" {
        next.a + 1
    } else {
        next.a
    }
}
