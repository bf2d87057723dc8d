//! Sentence segmentation for news text.
//!
//! Rules, in order:
//! - a line break ends a sentence (headlines, captions and bylines have no final stop),
//!   unless it only wraps a paragraph: the line runs on into the next (a comma, a word
//!   before a lower-case word, "the", "of" …; see `wrapped`);
//! - `。`, `！` and `？` (Chinese, Japanese) end a sentence where they stand, outside a
//!   quotation, since those languages put no space after them;
//! - `.`, `!`, `?` and `…` end a sentence only when followed by white space (so `2.5`,
//!   `$1.8` and `U.S.-led` never split), after any closing quotes or brackets;
//! - no split before a lower-case word (`"Why?" he asked`), after a title (`Gen.`, `Col.`,
//!   `Mr.`, `St.` ...), after an initial (`J. R. Smith`), after a month before a day
//!   (`Nov. 13`), or after a US state's abbreviation that follows a place and a comma
//!   unless a sentence starter follows (`TAMPA, Fla. (AP) -`; `segment/states.rs`);
//! - after an acronym or company suffix (`U.S.`, `Inc.`) only before a capitalised function
//!   word (`... the U.S. The next day`);
//! - inside a quotation that closes on the same line with an attribution (`"We ran. We hid,"
//!   he said.`, `« … », a déclaré le préfet.`) the quotation stays one sentence, so the
//!   speaker is kept with the words; in any marks of `segment/quotes.rs` (English double
//!   and single, French and Spanish guillemets with or without spaces, German „…“ and
//!   »…«, 「…」), apostrophes left aside;
//!
//! - a Markdown or list marker opening a line (`# `, `> `, `- `, `1. `) is left out; the
//!   lines of a Markdown quotation (`> `) are joined like wrapped prose, and a sentence
//!   that begins on one of them starts after its marker (one that runs across lines
//!   keeps the "\n> " inside its range: a span is one range of the text); the indented
//!   continuation lines of a list item are joined to it (`segment/lines.rs`);
//! - stops and marks with no letter or digit after them on their line ("days. ...") go
//!   with the sentence before;
//! - a run longer than [`SENTENCE_MAX`] code points (no stop in a thousand characters: a
//!   text whose stops were lost) is read in pieces of at most that many (`segment/long.rs`).
//!
//! Ranges are code points into the original text, trimmed of white space.

mod lines;
mod long;
mod quotes;
mod states;
mod stops;

pub use long::{longest_cut, SENTENCE_MAX};
pub use states::us_state_abbreviation;

use lines::{continues_item, line_marker, prose_blocks, quote_marker, wrapped};
use quotes::{closes, open_quote};
use stops::should_split;

fn is_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '\u{3002}' | '\u{FF01}' | '\u{FF1F}'
    )
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}' | '›' | '」' | '』' | '）' | '】' | '》'
    )
}

/// The longest stretch, in code points, a Chinese or Japanese quotation keeps as one
/// sentence across its stops; past it an unclosed quotation mark no longer holds the
/// paragraph together.
const QUOTED_MAX: usize = 600;

/// The full stop, exclamation and question marks of Chinese and Japanese: written with no
/// space after them, so they end a sentence without one.
fn is_cjk_terminator(c: char) -> bool {
    matches!(c, '\u{3002}' | '\u{FF01}' | '\u{FF1F}')
}

/// Code point ranges `(start, end)` of the sentences of `text`, in order, each trimmed of
/// white space and never empty.
/// A run longer than [`SENTENCE_MAX`] code points with no sentence stop is cut into pieces
/// of at most that many (`segment/long.rs`).
pub fn segment(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for (s, e) in whole_sentences(&chars) {
        long::push_cut(&chars, s, e, &mut out);
    }
    out
}

/// The sentences of `chars` as [`segment`] finds them, before long runs are cut.
fn whole_sentences(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (s, e) in lines(chars) {
        segment_line(chars, s, e, &mut out);
    }
    out
}

/// Where the text after each sentence of `chars` (one paragraph) goes on: for each
/// sentence [`segment`] finds but the last, before long runs are cut (a cut in a run with
/// no stop is no sentence end), the first code point after it that is no white space
/// (the next sentence's start, or a `> ` marker before it). In order, each inside
/// `chars` (code points). The page ends the runs of a long paragraph there
/// (`model::text::sentence_runs`).
pub fn sentence_ends(chars: &[char]) -> Vec<usize> {
    let sentences = whole_sentences(chars);
    let mut out = Vec::with_capacity(sentences.len());
    for &(_, e) in sentences.iter().take(sentences.len().saturating_sub(1)) {
        let next = (e..chars.len()).find(|&i| !chars[i].is_whitespace());
        out.extend(next);
    }
    out
}

/// Code point ranges `(start, end)` of the paragraphs of `text` as a reader sees them:
/// its lines, trimmed of white space and never empty, except that the lines of a
/// hard-wrapped paragraph are one paragraph (joined by the rule that joins them into
/// sentences, see [`segment`]). A range may hold line breaks; line markers (`> `, `- `)
/// are kept. The page draws an article's text in these paragraphs.
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for (s, e) in lines(&chars) {
        out.extend(trimmed(&chars, s, e));
    }
    out
}

/// `s..e` without white space at either end; `None` when nothing else is left.
fn trimmed(chars: &[char], mut s: usize, mut e: usize) -> Option<(usize, usize)> {
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    (s < e).then_some((s, e))
}

/// The lines of `chars` as `(start, end)` code point ranges, untrimmed (a range may be
/// empty), the lines of a hard-wrapped prose paragraph joined into one range.
fn lines(chars: &[char]) -> Vec<(usize, usize)> {
    let prose = prose_blocks(chars);
    let mut block = 0;
    let mut out = Vec::new();
    let mut line_start = 0;
    for i in 0..=chars.len() {
        while block < prose.len() && prose[block].0 <= i {
            block += 1;
        }
        // The block holding position i ends at prose[block].0; joined only if it is prose.
        let width = prose.get(block).and_then(|b| b.1);
        if i == chars.len()
            || (is_break(chars[i])
                && !width.is_some_and(|w| wrapped(chars, line_start, i, w))
                && !continues_item(chars, line_start, i))
        {
            out.push((line_start, i));
            line_start = i + 1;
        }
    }
    out
}

/// Pushes `s..e` trimmed of white space, and of the `> ` marker of a Markdown quotation's
/// line when the sentence begins on a line of one joined to the line before.
fn push_trimmed(chars: &[char], mut s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    let line_start = chars[..s]
        .iter()
        .rev()
        .find(|c| !matches!(c, ' ' | '\t'))
        .is_none_or(|&c| is_break(c));
    if line_start {
        s += quote_marker(chars, s, e);
    }
    out.extend(trimmed(chars, s, e));
}

/// Whether a quotation is open at `i`, counted from `from` (`segment/quotes.rs`).
fn inside_quote(chars: &[char], from: usize, i: usize) -> bool {
    open_quote(chars, from, i).is_some()
}

fn segment_line(chars: &[char], s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    // A list item inside a quotation ("> - …", "> 1. …"): both markers.
    let q = quote_marker(chars, s, e);
    let s = if q > 0 {
        s + q + line_marker(chars, s + q, e)
    } else {
        s + line_marker(chars, s, e)
    };
    // A line of only a quotation marker (">": a paragraph break inside a quotation).
    if chars[s..e].iter().all(|&c| c == '>' || c.is_whitespace()) {
        return;
    }
    let mut sent_start = s;
    let mut i = s;
    while i < e {
        if !is_terminator(chars[i]) {
            i += 1;
            continue;
        }
        let stop = i;
        let mut j = i + 1;
        while j < e && is_terminator(chars[j]) {
            j += 1;
        }
        // Closing marks after the stop; German „…“ and »…« close with an opening-looking
        // mark.
        while j < e
            && (is_closer(chars[j])
                || (matches!(chars[j], '“' | '«')
                    && open_quote(chars, sent_start, j).is_some_and(|o| closes(chars, j, o))))
        {
            j += 1;
        }
        if j >= e {
            break;
        }
        // Chinese and Japanese: the stop ends the sentence with no space after it, unless
        // it is inside a quotation that goes on, or one that closes right after it before
        // its speaker (「我们走了。」他说。 stays one sentence, with its speaker; “我很好。”
        // 她说：… is two).
        if is_cjk_terminator(chars[stop]) {
            // A "quotation" longer than QUOTED_MAX has lost its closing mark: split anyway
            // (and never scan a whole long paragraph from its start at every stop).
            let split = stop - sent_start > QUOTED_MAX
                || !inside_quote(chars, sent_start, stop)
                || (!inside_quote(chars, sent_start, j) && !cjk_speaker_follows(chars, j, e));
            if split {
                push_trimmed(chars, sent_start, j, out);
                sent_start = j;
            }
            i = j;
            continue;
        }
        if !chars[j].is_whitespace() {
            i = j;
            continue;
        }
        let mut k = j;
        while k < e && chars[k].is_whitespace() {
            k += 1;
        }
        if k >= e {
            break;
        }
        // A closing quotation mark set off by a space (`Succeed. "` in tokenised text)
        // belongs to the sentence it closes.
        if closes_spaced(chars, sent_start, k, e) {
            j = k + 1;
            k = j;
            while k < e && chars[k].is_whitespace() {
                k += 1;
            }
            if k >= e {
                break;
            }
        }
        if should_split(chars, sent_start, stop, j, k, e) {
            push_or_join(chars, s, sent_start, j, out);
            sent_start = k;
        }
        i = k;
    }
    push_or_join(chars, s, sent_start, e, out);
}

/// Pushes the sentence `from..to` of the line starting at `line` ([`push_trimmed`]), or,
/// when it holds no letter nor digit ("...", "!?") and a sentence of the same line comes
/// before it, extends that sentence over it: "the Soviet days. ..." is one sentence, not
/// two (a 3-character "..." would be scored against every sentence of another article).
fn push_or_join(
    chars: &[char],
    line: usize,
    from: usize,
    to: usize,
    out: &mut Vec<(usize, usize)>,
) {
    let bare = !chars[from..to].iter().any(|c| c.is_alphanumeric());
    match out.last_mut() {
        Some(last) if bare && last.1 > line => {
            if let Some((_, end)) = trimmed(chars, from, to) {
                last.1 = end;
            }
        }
        _ => push_trimmed(chars, from, to, out),
    }
}

/// After a Chinese or Japanese quotation closed at `from`: is what follows, up to the
/// next stop, a short speaker tail (他说, 她表示, と彼は言った) rather than a sentence of its
/// own? At most [`CJK_SPEAKER_MAX`] characters holding one of [`CJK_SPEECH`], and no colon
/// (她说：“… opens another statement); an opening quotation mark after the speaker and a
/// comma goes on with the same statement (他说，“…”).
fn cjk_speaker_follows(chars: &[char], from: usize, end: usize) -> bool {
    let speaks = |tail: &[char]| {
        let t: String = tail.iter().collect();
        tail.len() <= CJK_SPEAKER_MAX && CJK_SPEECH.iter().any(|w| t.contains(w))
    };
    let mut k = from;
    while k < end && !is_cjk_terminator(chars[k]) {
        match chars[k] {
            // 她说：“… opens another statement; 他说，“… goes on with the same one.
            '：' | ':' => return false,
            '“' | '「' | '『' => {
                let before = chars[from..k].iter().rev().find(|c| !c.is_whitespace());
                return matches!(before, Some('，' | ',')) && speaks(&chars[from..k]);
            }
            _ => k += 1,
        }
    }
    speaks(&chars[from..k])
}

/// Words of speaking in a Chinese or Japanese speaker tail (他说, 表示, 告诉记者, 指出,
/// と言った, 述べた).
const CJK_SPEECH: &[&str] = &[
    "说", "說", "道", "称", "稱", "表示", "告诉", "告訴", "指出", "透露", "介绍", "问", "問", "答",
    "言", "述べ",
];

/// The longest speaker tail after a closed Chinese or Japanese quotation, in characters
/// ("交通部长保罗·吉拉德周二在日内瓦表示" is 18).
const CJK_SPEAKER_MAX: usize = 30;

/// Whether the quotation mark at `k` (after a stop and white space) closes the quotation
/// of the sentence begun at `from`: a double quotation mark while one is open, or any
/// closing mark that ends the line.
fn closes_spaced(chars: &[char], from: usize, k: usize, end: usize) -> bool {
    let c = chars[k];
    if !matches!(c, '"' | '”' | '»' | '\'' | '’') {
        return false;
    }
    let after = chars[k + 1..end].iter().all(|c| c.is_whitespace());
    if after {
        return true;
    }
    let spaced = chars.get(k + 1).is_some_and(|c| c.is_whitespace());
    // French spacing: "… vite. » Une enquête …" (a German opening » has no space after).
    (spaced && c == '»') || (spaced && matches!(c, '"' | '”') && inside_quote(chars, from, k))
}

#[cfg(test)]
mod long_tests;
#[cfg(test)]
mod paragraph_tests;
#[cfg(test)]
mod tests;
