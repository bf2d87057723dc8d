//! The part of a matched sentence a new span should cover (the quotation with its marks
//! for a quote, `part/quoted.rs`; the clause without its attribution frame otherwise:
//! "he said", ", doctors said,", "according to X", "X told reporters that"), and the
//! words of a speaker's name. Plain logic on code points over the matcher's tokens, used
//! by `linking` when an unlabelled match is accepted and when speakers are compared. The
//! frames are found in `part/frames.rs`, those of Chinese, Japanese, German and Arabic in
//! `part/foreign.rs`, French and Spanish in `part/romance.rs` (word classes and lists in
//! `part/vocab.rs`); the piece left once they are cut is chosen in `part/pieces.rs`; of
//! two joined clauses, an accepted claim's span keeps the one holding the claim's words
//! and never ends or opens on the conjunction (`part/coordinated.rs`, the joiners in
//! `part/predicates.rs`);
//! quotation marks are paired in `part/marks.rs`;
//! `examples/match_part.rs` runs the rules over whole articles for reading by eye.

use super::speakers::SPEECH as SPEECH_WORDS;

/// The words of a speaker's name or role, lower case, without speech verbs, titles and
/// function words ("Army Gen. Vincent Brooks said" -> vincent, brooks).
pub fn name_words(text: &str) -> Vec<String> {
    const SKIP: &[&str] = &[
        "the",
        "a",
        "an",
        "to",
        "of",
        "he",
        "she",
        "they",
        "reporters",
        "journalists",
        "gen",
        "general",
        "col",
        "colonel",
        "army",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sgt",
        "lt",
        "capt",
        "that",
        "in",
        "a",
        "written",
        "statement",
    ];
    words_of(&text.chars().collect::<Vec<char>>())
        .into_iter()
        .filter(|w| w.chars().count() >= 2)
        .filter(|w| !SPEECH_WORDS.contains(&w.as_str()) && !SKIP.contains(&w.as_str()))
        .collect()
}

/// The quotation marks of `text` (a sentence or a paragraph; indices are code points of
/// it), paired as the matcher pairs them: each mark's index and its partner's, `None` for
/// a mark with no partner in `text`, in order of index. Curly “…” and ‘…’, straight, German
/// „…“ „…” ‚…‘ »…«, Swedish ”…”, guillemets «…» ‹…› (with or without spaces inside) and
/// the CJK corner brackets 「…」 『…』; an apostrophe ("don’t", "drivers’") is no mark.
pub fn quote_marks(text: &[char]) -> Vec<(usize, Option<usize>)> {
    marks::Marks::of(text).all().to_vec()
}

mod about;
mod coordinated;
mod dateline;
pub(crate) use dateline::post_stamp_end;
mod foreign;
mod frames;
mod marks;
mod pieces;
mod predicates;
mod quoted;
mod romance;
#[cfg(test)]
mod tests;
mod vocab;

use super::text::stemmer;
use frames::frames;
use marks::Marks;
use pieces::best_piece;
pub(crate) use quoted::quoted_parts;
use vocab::{is_frame_verb, words, words_of_tokens, Word};

fn words_of(chars: &[char]) -> Vec<String> {
    chars
        .iter()
        .collect::<String>()
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The attribution frames of a sentence ("X said (that)", ", according to X.", ", doctors
/// said, ", "(he said)", ...): the ranges [`match_part`] cuts out, in code points within
/// `sentence`, in order and not overlapping; empty when there is none.
pub fn attribution_frames(sentence: &[char]) -> Vec<(usize, usize)> {
    frames(sentence, &words(sentence, &stemmer()))
        .into_iter()
        .map(|f| (f.start, f.end))
        .collect()
}

/// [`attribution_frames`] read from the sentence's matcher tokens when they are given
/// (`text::tokenize_chars` of `sentence`), as [`statement_part`] reads them.
pub(crate) fn attribution_frames_in(
    sentence: &[char],
    tokens: Option<&[super::text::Token]>,
) -> Vec<(usize, usize)> {
    let ws = match tokens {
        Some(tokens) => words_of_tokens(tokens),
        None => words(sentence, &stemmer()),
    };
    frames(sentence, &ws)
        .into_iter()
        .map(|f| (f.start, f.end))
        .collect()
}

/// Fewest words a piece of a sentence needs to be chosen as the part that matches.
const MIN_PIECE_WORDS: usize = 3;

/// The part of a sentence (as code points) that an accepted match should label.
///
/// - For a quote (`quote`): the quotation with its marks (any marks of `marks.rs`), as an
///   annotator's span over it keeps them: from its opening mark to its closing one, a
///   comma inside them included. A quotation interrupted by its attribution ("“…,” Kim
///   said, “and …”") is one quotation, the span running from its first opening mark to
///   its last closing one with the attribution inside (a span is contiguous); of several
///   quotations ("“…” and “…”"), those sharing a stem with `source` (all when none does),
///   from the first one's opening mark to the last one's closing mark (`quoted.rs`).
///   Quotations of fewer than three words each with
///   three or more words outside them and the frames ("He called the crash “a
///   tragedy”.", a nickname) are terms, not the quote: the sentence is cut as for a
///   claim; unless one is a statement (after a colon, or with its capital and stop:
///   "replied: “Absolutely not.”").
/// - Otherwise, and for a quote with no marks: the sentence without its attribution
///   frames (`frames.rs`): a leading "X said (that)", "According to X,", "X told
///   reporters (that)", "X said in a statement that", "X, a spokesman for Y, said"; a
///   trailing ", X said." / ", said X." / ", according to X." / "(he said)"; one
///   interposed mid-sentence (", doctors said, before ..."); a reporting clause after a
///   conjunction or comma ("..., but observers said nothing had changed"); after a
///   quotation, the speaker's age and description to the end ("…,” said Jean Martin,
///   54, a baker."); a short lead before a colon and a full quotation ("The statement
///   was blunt: “…”"); the common Chinese, Japanese, German and Arabic frames
///   (`foreign.rs`), French and Spanish ones (`romance.rs`). A span is contiguous,
///   so of the pieces left the one sharing the most content stems with `source` (the text of the
///   span being matched; the matcher's tokens and Snowball stems, stop words and speech
///   verbs left out) is chosen; ties go to the piece a reporting frame introduces (the
///   reported content), then to the longer piece, then to the first. A piece of fewer
///   than three words is never chosen; when none is long enough, the whole sentence.
/// - An interposed frame between a short subject opening the sentence and its predicate
///   ("The driver, police said, was drunk.") is kept inside the part: neither the subject
///   nor a predicate without it is a claim, and a span cannot skip the frame.
/// - The part never carries a quotation mark without its partner: a mark at its edge
///   whose partner is outside is left out, one inside it brings its partner in.
///
/// Returns `(start, end)` in code points within `sentence`; the whole sentence, trimmed
/// of white space, trailing `,;:` and an unpaired quotation mark at either end, when
/// there is nothing to cut.
pub fn match_part(sentence: &[char], quote: bool, source: &str) -> (usize, usize) {
    match_part_quoted(sentence, quote, source).0
}

/// [`match_part`], and whether the part it chose is a quotation (one of the quote rules
/// above took it: the part runs from a quotation's opening mark to its closing one, or is
/// a short quotation holding every content word of `source`). `false` whenever `quote` is
/// false, and for a quote matched in a sentence with no quotation (reported speech:
/// "A suspect has been arrested, authorities said."), or with only a term quoted inside a
/// clause: a span created over such a part is a claim, not a quote (trial 22, F12). A
/// quote's part with no paired quotation still counts when a mark runs on from or to
/// another sentence, or the line is a Markdown block quote (`> …`).
///
/// A wire dateline opening the sentence ("MADRID (AP) — ", `part/dateline.rs`) is never in
/// the part: it is chosen in the text after it (trial 34, F10.1). Nor is a live blog's post
/// stamp ("20:40 The bus driver …", `dateline::post_stamp_end`; trial 51). A part that is no
/// quotation never ends on a conjunction, nor opens on one after a comma ("…quickly, and"
/// when `sentence` is what a span beside it left: trial 36, F14.1).
pub fn match_part_quoted(sentence: &[char], quote: bool, source: &str) -> ((usize, usize), bool) {
    let stemmer = stemmer();
    let d = dateline::dateline_end(sentence)
        .or_else(|| dateline::post_stamp_end(sentence))
        .unwrap_or(0);
    let body = &sentence[d..];
    let ws = words(body, &stemmer);
    let ((s, e), quoted) = part_of_words(body, ws.clone(), quote, source, &stemmer, Purpose::Span);
    let (s, e) = match quoted {
        true => (s, e),
        false => coordinated::without_edge_conjunctions(body, &ws, (s, e)),
    };
    ((s + d, e + d), quoted)
}

/// The statement a claim's score reads (`corpus::statement`): [`match_part`] of a claim
/// with no source text, except that of the two pieces around an interposed frame, an
/// adjunct after it ("Four workers were killed, police said, after the blast at the
/// plant") is not put last: read alone or whole, such sentences ranked their parallels
/// worse on the development articles (mean AP 0.633 -> 0.627 read whole; BENCHMARKS.md,
/// session 29). `tokens`, when given, are the sentence's matcher tokens. Code points
/// within `sentence`.
pub(crate) fn statement_part(
    sentence: &[char],
    tokens: Option<&[super::text::Token]>,
) -> (usize, usize) {
    let stemmer = stemmer();
    let ws = match tokens {
        Some(tokens) => words_of_tokens(tokens),
        None => words(sentence, &stemmer),
    };
    part_of_words(sentence, ws, false, "", &stemmer, Purpose::Score).0
}

/// What the part of a sentence is chosen for: the two differ only in where an adjunct
/// after an interposed frame ranks among the pieces (`part/pieces.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Purpose {
    /// The span a link's label covers ([`match_part`]): an adjunct after an interposed
    /// frame is never the statement alone.
    Span,
    /// The statement a claim's score reads ([`statement_part`]): the adjunct is ranked as
    /// any piece (its words help the score rank the parallel).
    Score,
}

/// [`match_part_quoted`] of the words `ws` of `sentence`, chosen for `purpose`.
fn part_of_words(
    sentence: &[char],
    ws: Vec<Word>,
    quote: bool,
    source: &str,
    stemmer: &rust_stemmers::Stemmer,
    purpose: Purpose,
) -> ((usize, usize), bool) {
    let n = sentence.len();
    let marks = Marks::of(sentence);
    let cuts = frames::frames_marked(sentence, &ws, &marks);
    let wanted: Vec<u64> = {
        let src: Vec<char> = source.chars().collect();
        let mut v: Vec<u64> = words(&src, stemmer)
            .into_iter()
            .filter(|w| !w.stop && !is_frame_verb(&w.norm))
            .map(|w| w.stem)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let balanced = |(a, b): (usize, usize)| marks.balance(a, b);
    // A quotation of one or two words inside a clause ("He called the crash “a
    // tragedy”", "known as the 'Oddfather' for …") is a term, not the quote: the clause.
    // (The words outside it are those of no attribution frame: "“We panicked,” the
    // prefect of the Rhône said." is a quote.)
    // Each quotation counts alone: "d'un « drame absolu » et d'une « faute
    // impardonnable »" quotes two terms.
    // A statement quoted after a colon, or one with its capital and stop ("the engineer
    // replied: “Absolutely not.”"), is a quote however short.
    let statement = |(o, c): (usize, usize)| {
        let colon = sentence[..o]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace())
            .is_some_and(|&c| c == ':' || c == '\u{ff1a}');
        let capital = sentence[o..c]
            .iter()
            .find(|c| c.is_alphabetic())
            .is_some_and(|c| c.is_uppercase());
        let stop = sentence[o + 1..c]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace())
            .is_some_and(|&c| matches!(c, '.' | '!' | '?' | '\u{2026}'));
        colon || (capital && stop)
    };
    let fragment = |(s, e): (usize, usize)| {
        let quoted: Vec<(usize, usize)> = marks
            .top_pairs()
            .into_iter()
            .filter(|&(o, c)| o < e && s <= c)
            .collect();
        if quoted.iter().any(|&q| statement(q)) {
            return false;
        }
        let within = |w: &Word, &(o, c): &(usize, usize)| o < w.start && w.end <= c;
        let short = quoted
            .iter()
            .all(|q| ws.iter().filter(|w| within(w, q)).count() < MIN_PIECE_WORDS);
        let outside = ws
            .iter()
            .filter(|w| !quoted.iter().any(|q| within(w, q)))
            .filter(|w| cuts.iter().all(|f| w.end <= f.start || f.end <= w.start))
            .count();
        !quoted.is_empty() && short && outside >= MIN_PIECE_WORDS
    };
    // A short quotation (a term, below) that holds every content word of the quote being
    // matched is that quote: "deeply disappointing" matched in "... it was “deeply
    // disappointed” by the strike" is the quotation, not the clause around it.
    if quote && !wanted.is_empty() {
        let holds = |&(o, c): &(usize, usize)| {
            let inside: Vec<u64> = ws
                .iter()
                .filter(|w| o < w.start && w.end <= c)
                .map(|w| w.stem)
                .collect();
            inside.len() < MIN_PIECE_WORDS && wanted.iter().all(|x| inside.contains(x))
        };
        if let Some((o, c)) = marks.top_pairs().into_iter().find(holds) {
            return (balanced((o, c + 1)), true);
        }
    }
    if quote && quotation(sentence, &marks).is_some_and(|q| !fragment(q)) {
        if let Some(p) = quoted::quote_span(&ws, &cuts, &marks, &wanted, statement) {
            return (balanced(p), true);
        }
    }
    // Without a paired quotation, a quote's part is still a quotation when a mark runs
    // on from or to another sentence, or the line is a Markdown block quote; reported
    // speech ("…, authorities said") and a term quoted in a clause are not.
    let run_on = quote
        && marks.top_pairs().is_empty()
        && (marks.has_unpaired() || (0..n).any(|i| line_marker_at(sentence, i)));
    // An accepted claim's span: of two joined clauses, the one holding the claim's words.
    let one_clause = |p: (usize, usize)| match quote || purpose == Purpose::Score {
        true => p,
        false => {
            let src: Vec<char> = source.chars().collect();
            let wanted_classes = super::align::classes(&super::text::tokenize_chars(&src, stemmer));
            coordinated::one_clause(sentence, &ws, p, &wanted, wanted_classes).unwrap_or(p)
        }
    };
    if !cuts.is_empty() {
        if let Some(p) = best_piece(sentence, &ws, &cuts, (0, n), &wanted, &marks, purpose) {
            return (balanced(one_clause(p)), run_on);
        }
    }
    let mut s = 0;
    let mut e = n;
    while s < e && sentence[s].is_whitespace() {
        s += 1;
    }
    while e > s && (matches!(sentence[e - 1], ',' | ';' | ':') || sentence[e - 1].is_whitespace()) {
        e -= 1;
    }
    if e <= s {
        return ((0, n), run_on);
    }
    // A stray mark at an edge: the first sentence of a quotation running on; and the
    // marker of a Markdown quotation's line ("> \"We heard a crack…").
    let (mut a, mut b) = (s, e);
    let edge = |i: usize| sentence[i].is_whitespace() || line_marker_at(sentence, i);
    loop {
        if a < b && (marks.outside(a, a, b) || edge(a)) {
            a += 1;
        } else if b > a && (marks.outside(b - 1, a, b) || edge(b - 1)) {
            b -= 1;
        } else {
            break;
        }
    }
    if b <= a {
        ((s, e), run_on)
    } else {
        (balanced(one_clause((a, b))), run_on)
    }
}

/// The quotation of a sentence: from after the first opening mark that has a partner
/// to before the last closing one (“…”, "…", „…“, «…», 「…」), without a trailing comma or
/// spaces inside; `None` without one.
fn quotation(sentence: &[char], marks: &Marks) -> Option<(usize, usize)> {
    let (o, c) = marks.outer()?;
    if c <= o + 1 {
        return None;
    }
    let (mut s, mut e) = (o + 1, c);
    // French spacing puts a (narrow) no-break space inside « »; a quotation wrapped in a
    // Markdown quotation may close on the next line ("ivre\n> »").
    let edge = |i: usize| sentence[i].is_whitespace() || line_marker_at(sentence, i);
    while e > s && (sentence[e - 1] == ',' || edge(e - 1)) {
        e -= 1;
    }
    while s < e && edge(s) {
        s += 1;
    }
    (e > s).then_some((s, e))
}

/// Whether code point `i` is the `>` of a Markdown quotation's line: inside a sentence
/// the segmenter joined across lines, or at the start of the text given (a sentence or
/// stretch that opens on its line's marker: "> \u{201c}We heard a crack…", which the
/// segmenter leaves in when no plain space follows the marker, ">\"…", ">\t…", and a
/// caller's range may hold).
fn line_marker_at(sentence: &[char], i: usize) -> bool {
    // (Nested quotations: "> > ".)
    sentence[i] == '>'
        && sentence[..i]
            .iter()
            .rev()
            .find(|c| !matches!(c, ' ' | '\t' | '\u{a0}' | '>'))
            .is_none_or(|&c| c == '\n' || c == '\r')
}
