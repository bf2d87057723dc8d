//! The piece of a sentence [`super::match_part`] chooses once its attribution frames are
//! cut out: of the pieces left, the one sharing the most stems with the span being
//! matched, then the one a reporting frame introduces, then the longest ([`best_piece`]);
//! a short subject and the predicate after an interposed frame are one piece
//! ([`subject_and_predicate`]: "The driver, police said, was drunk"); an adjunct after a
//! frame is no statement alone ([`ADJUNCT_OPENERS`]); each piece is trimmed of the
//! punctuation a cut leaves and of unpaired quotation marks ([`trim`]).

use super::frames::Frame;
use super::marks::Marks;
use super::romance;
use super::vocab::{is_aux, is_blocker, is_det, is_frame_verb, is_sentence_adverb, is_time, Word};
use super::{line_marker_at, Purpose, MIN_PIECE_WORDS};

/// Of the pieces of `within` left when the `cuts` are taken out (each trimmed), the one
/// of at least [`MIN_PIECE_WORDS`] words sharing the most stems with `wanted`, then the
/// one a reporting frame introduces ("X said [that] *piece*", the reported content), then
/// the longest, then the first. A short subject opening `within` and the predicate after
/// an interposed frame are one piece, the frame inside ([`subject_and_predicate`]).
/// A piece after a frame that opens with a preposition or a subordinator
/// ([`ADJUNCT_OPENERS`]) comes last when the part is a span's ([`Purpose::Span`]), not
/// when it is the statement a score reads ([`Purpose::Score`]). `None` when no piece is
/// long enough.
pub(super) fn best_piece(
    sentence: &[char],
    ws: &[Word],
    cuts: &[Frame],
    within: (usize, usize),
    wanted: &[u64],
    marks: &Marks,
    purpose: Purpose,
) -> Option<(usize, usize)> {
    // (start, end, introduced by the frame before it, the cut before it is an
    // attribution frame, not the stretch between two quotations)
    let inside = |a: usize, b: usize| -> Vec<&Word> {
        ws.iter().filter(|w| a <= w.start && w.end <= b).collect()
    };
    // A piece right before a frame of a speech verb alone ("…, speaking in Geneva, | said
    // | the bridge …") is that verb's subject: the speaker, not what was said.
    let bare_verb = |f: &Frame| {
        f.introduces
            && inside(f.start, f.end)
                .iter()
                .all(|w| is_frame_verb(&w.norm) || matches!(w.norm.as_str(), "that" | "also"))
    };
    let quotes = marks.top_pairs();
    // The closing mark of a quotation right before `f` (only spaces and commas between:
    // "“…,” said X", "“…,” Mr. Powell said"), `None` when another word or none stands there.
    let quote_before = |f: &Frame| {
        let k = sentence[..f.start]
            .iter()
            .rposition(|c| !c.is_whitespace() && *c != ',')?;
        quotes.iter().find(|q| q.1 == k).copied()
    };
    // A frame that closes the statement before it: after a quotation ("“…,” said X, in
    // the statement", "“…,” Mr. Powell said in a speech to …") or after a comma with its
    // verb first (", said his daughter, Nina Axelrod"). The words after it are its
    // speaker and where or to whom the words were said, not what was said: no piece the
    // frame introduces.
    let closes = |f: &Frame| {
        let comma = sentence[..f.start]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace())
            .is_some_and(|&c| c == ',');
        let verb_first = inside(f.start, f.end)
            .first()
            .is_some_and(|w| is_frame_verb(&w.norm));
        quote_before(f).is_some() || (comma && verb_first)
    };
    let mut raw = Vec::new();
    let mut speakers = Vec::new();
    let mut at = (within.0, false, false);
    for f in cuts {
        if f.end <= at.0 || f.start >= within.1 {
            continue;
        }
        let end = speaker_after_quote(sentence, ws, &quotes, (at.0, f.start.max(at.0)));
        raw.push((at.0, end, at.1, at.2));
        // (Not a quotation before the verb: "“…,” said X, in the statement" quotes.)
        if bare_verb(f) && quote_before(f).is_none() {
            speakers.push(at.0);
        }
        let attribution = !marks.is_mark(f.start);
        at = (f.end, f.introduces && !closes(f), attribution);
    }
    raw.push((at.0, within.1, at.1, at.2));
    let mut pieces: Vec<(usize, usize, bool)> = Vec::new();
    for (i, &(a, b, content, attribution)) in raw.iter().enumerate() {
        if speakers.contains(&a) && raw.len() > 1 {
            continue;
        }
        let Some((a, b)) = trim(sentence, marks, a, b) else {
            continue;
        };
        // The first frame stands between the opening piece and this one.
        if i == 1 && attribution && pieces.len() == 1 {
            let (sa, sb, _) = pieces[0];
            if subject_and_predicate(&inside(sa, sb), &inside(a, b)) {
                pieces[0].1 = b;
                continue;
            }
        }
        pieces.push((a, b, content));
    }
    let scored: Vec<_> = pieces
        .into_iter()
        .filter_map(|(a, b, content)| {
            let mut inside = inside(a, b);
            // ", she says, and there have been ...": the piece starts after "and".
            let mut a = a;
            if inside.len() > MIN_PIECE_WORDS
                && matches!(inside[0].norm.as_str(), "and" | "but")
                && inside[0].start == a
                && a > within.0
            {
                inside.remove(0);
                a = inside[0].start;
            }
            if inside.len() < MIN_PIECE_WORDS {
                return None;
            }
            let mut shared: Vec<u64> = inside
                .iter()
                .filter(|w| wanted.binary_search(&w.stem).is_ok())
                .map(|w| w.stem)
                .collect();
            shared.sort_unstable();
            shared.dedup();
            // "Four workers were killed, police said, after the blast at the plant": a
            // piece after a frame that opens with a preposition or a subordinator is an
            // adjunct of the clause before the frame, never the statement alone.
            // (Not for the score: on the development articles the adjunct's words help
            // it rank the parallel, BENCHMARKS.md, session 29.)
            let adjunct = purpose == Purpose::Span
                && a > within.0
                && ADJUNCT_OPENERS.contains(&inside[0].norm.as_str());
            Some(((shared.len(), !adjunct, content, inside.len()), (a, b)))
        })
        .collect();
    scored
        .into_iter()
        .max_by(|x, y| x.0.cmp(&y.0).then(y.1 .0.cmp(&x.1 .0)))
        .map(|(_, p)| p)
}

/// The end of the piece `a..b` right before a frame: at the closing mark of the quotation
/// that opens it when the words between that mark and the frame are the frame's speaker
/// ("“This deal makes sense for both companies,” Brian Halla, National's chief executive,
/// | said in a statement": the name and title the frame reader did not take in). The
/// quotation closes with a comma (“…,” or “…”,) and holds at least [`MIN_PIECE_WORDS`]
/// words, and the words after it open with a name (capitalised) or a determiner ("the
/// prefect of the Rhône, who …"); otherwise `b`.
fn speaker_after_quote(
    sentence: &[char],
    ws: &[Word],
    quotes: &[(usize, usize)],
    (a, b): (usize, usize),
) -> usize {
    let opening = sentence[a..b]
        .iter()
        .position(|c| !c.is_whitespace())
        .map(|k| a + k);
    let Some(&(o, c)) = quotes.iter().find(|q| Some(q.0) == opening && q.1 + 1 < b) else {
        return b;
    };
    let comma = sentence[c - 1] == ',' || sentence.get(c + 1) == Some(&',');
    let quoted = ws.iter().filter(|w| o < w.start && w.end <= c).count();
    let after = ws.iter().find(|w| w.start > c && w.end <= b);
    let speaker = after.is_some_and(|w| w.proper || is_det(&w.norm));
    if comma && quoted >= MIN_PIECE_WORDS && speaker {
        c + 1
    } else {
        b
    }
}

/// Words that open an adverbial phrase or clause continuing the clause before an
/// interposed frame ("..., police said, after the blast", "..., officials said, when the
/// bus overturned"): such a piece is no statement of its own (trial 32, F1).
const ADJUNCT_OPENERS: &[&str] = &[
    "after",
    "before",
    "when",
    "while",
    "as",
    "following",
    "during",
    "because",
    "since",
    "despite",
    "amid",
    "until",
    "in",
    "on",
    "at",
    "near",
    "outside",
    "inside",
    "with",
    "without",
    "from",
    "into",
    "over",
    "under",
    "across",
    "through",
    "around",
];

/// Whether `subject` (the words before an interposed frame, opening the sentence) is a
/// short noun phrase and `predicate` (the words after the frame) its predicate: "The
/// driver | police said | was drunk", "Two men in a grey car | according to police |
/// fled". The subject has at most ten words, opens with an article, a pronoun, a number
/// or a content word (not a preposition or conjunction: "During the incident"; not one
/// sentence adverb or time word alone: "Meanwhile", "Yesterday"), and has
/// no auxiliary, modal or conjunction but "and"/"or" except in a relative clause ("The
/// man who was driving"); the predicate opens with an auxiliary or modal ("was", "had",
/// "would") or a content word that is no name, number or article ("fled", "underwent"),
/// not with a preposition, conjunction or a subject of its own ("a soldier crossed",
/// "rescue teams were searching": a content word with an auxiliary after it).
/// A subject ending with its auxiliary or copula ("He was") takes any rest of the
/// predicate but a conjunction ("the last great mafioso").
fn subject_and_predicate(subject: &[&Word], predicate: &[&Word]) -> bool {
    let (Some(s), Some(p)) = (subject.first(), predicate.first()) else {
        return false;
    };
    let pronoun = |w: &str| matches!(w, "he" | "she" | "they" | "it" | "we" | "i" | "you");
    let opens = is_det(&s.norm) || pronoun(&s.norm) || s.number || !s.stop;
    // "He was | according to the New York Times | the last great mafioso": the subject
    // and its auxiliary or copula; the rest of the predicate may open with anything but
    // a conjunction.
    if let Some((aux, head)) = subject.split_last() {
        if is_aux(&aux.norm) && !matches!(aux.norm.as_str(), "not" | "never" | "also") {
            return !head.is_empty() && subject_and_predicate(head, &[aux]) && !is_blocker(&p.norm);
        }
    }
    let relative = subject
        .iter()
        .position(|w| matches!(w.norm.as_str(), "who" | "which" | "that"))
        .unwrap_or(subject.len());
    let clean = subject[..relative].iter().all(|w| {
        !is_frame_verb(&w.norm) && (!is_blocker(&w.norm) || matches!(w.norm.as_str(), "and" | "or"))
    });
    // "Meanwhile, officials said, ...": a sentence adverb or a time is no subject.
    let adverb = subject.len() == 1 && (is_sentence_adverb(&s.norm) || is_time(s));
    // "rescue teams were searching": a content word with an auxiliary right after it
    // opens a clause with its own subject ("apparently was drunk" is a predicate).
    let own_subject = !is_aux(&p.norm)
        && !p.norm.ends_with("ly")
        && predicate.iter().skip(1).take(2).any(|w| is_aux(&w.norm));
    let predicate_opens = is_aux(&p.norm)
        || (!p.stop
            && !p.proper
            && !p.number
            && !is_det(&p.norm)
            && !is_frame_verb(&p.norm)
            && !romance::is_function_word(&p.norm));
    subject.len() <= 10
        && opens
        && !adverb
        && relative > 0
        && clean
        && predicate_opens
        && !own_subject
}

/// `a..b` without the punctuation and spaces a cut leaves at its edges (and the `> ` of
/// a Markdown quotation's line), and without a quotation mark at either end whose
/// partner is not inside; `None` if nothing is left.
fn trim(sentence: &[char], marks: &Marks, mut a: usize, mut b: usize) -> Option<(usize, usize)> {
    let edge = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ';'
                    | ':'
                    | '-'
                    | '\u{2013}'
                    | '\u{2014}'
                    | '\u{ff0c}'
                    | '\u{3001}'
                    | '\u{ff1a}'
                    | '\u{ff1b}'
                    | '\u{60c}'
                    | '\u{61b}'
            )
    };
    let marker = |i: usize| line_marker_at(sentence, i);
    loop {
        while a < b && (edge(sentence[a]) || sentence[a] == ')' || marker(a)) {
            a += 1;
        }
        while b > a && (edge(sentence[b - 1]) || sentence[b - 1] == '(' || marker(b - 1)) {
            b -= 1;
        }
        if a >= b {
            return None;
        }
        if marks.outside(a, a, b) {
            a += 1;
        } else if marks.outside(b - 1, a, b) {
            b -= 1;
        } else {
            return Some((a, b));
        }
    }
}
