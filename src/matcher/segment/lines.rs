//! The lines of a text as the segmenter sees them: blocks of lines between blank lines,
//! which of their line breaks only wrap a paragraph (hard-wrapped prose, Markdown
//! quotations and list items), and the Markdown or list marker opening a line. Positions
//! are code points of the text.

use super::{is_break, is_closer, is_terminator};

/// The blocks of lines between blank lines, as `(end, width)`: `end` the code point where
/// the block's last line ends, `width` its widest line (code points) when it is prose: its
/// last line ends a sentence (a stop, or a closing mark after one) or introduces what
/// follows (a colon: "… told a news conference in" + "Grenoble on Wednesday:"), and none
/// of its lines is wider than [`WRAP_MAX`]. Only the
/// lines of such a block may be joined (a headline with a dateline under it, "…
/// elections\n4 October 2013", ends with no stop; a file of one paragraph per line has
/// long lines).
pub(super) fn prose_blocks(chars: &[char]) -> Vec<(usize, Option<usize>)> {
    let mut out = Vec::new();
    let mut last: Option<char> = None;
    let mut blank = true; // the current line holds only white space so far
    let (mut line_start, mut widest) = (0, 0);
    let prose = |l: char, widest: usize| {
        ((is_terminator(l) || is_closer(l) || l == ':') && widest <= WRAP_MAX).then_some(widest)
    };
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' && i > 0 && chars[i - 1] == '\r' {
            line_start = i + 1;
            continue; // the second half of one "\r\n" break
        }
        if is_break(c) {
            if blank {
                // A blank line: the block, if any, ended.
                if let Some(l) = last.take() {
                    out.push((i, prose(l, widest)));
                }
                widest = 0;
            } else {
                widest = widest.max(i - line_start);
            }
            blank = true;
            line_start = i + 1;
        } else if !c.is_whitespace() {
            blank = false;
            last = Some(c);
        }
    }
    if let Some(l) = last {
        out.push((chars.len(), prose(l, widest)));
    }
    out
}

/// The widest line, in code points, of a block whose lines may be a paragraph wrapped at a
/// fixed width (text and Markdown are wrapped at 60-80; a file with one paragraph per
/// line has longer lines, and its short lines are headlines and datelines).
const WRAP_MAX: usize = 100;

/// Words after which a line of running text cannot end a sentence or a headline.
const RUN_ON: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or",
    "but", "that", "said", "was", "were", "is", "are", "has", "had", "have", "his", "her", "their",
    "its", "as", "into", "than",
];

/// Whether the line break at `at` (in the line, or run of joined lines, begun at `from`)
/// only wraps a paragraph (a text file or Markdown hard-wrapped at a fixed width): the next
/// line is not blank and not a heading, list item or quotation (unless both lines are
/// lines of one Markdown quotation, `> `, and the next has text after its marker), and
/// this line runs on: the next line opens with a comma or a closing quotation mark, or
/// this line ends in a comma,
/// semicolon or dash, or in a word before a lower-case word or digit, or in one of
/// [`RUN_ON`] ("the", "of", "said" …), or before a word that would not have fitted on it
/// within the block's `width`. A headline ("Bridge collapses in Lyon") above its first
/// sentence ("The bridge …") stays apart.
pub(super) fn wrapped(chars: &[char], from: usize, at: usize, width: usize) -> bool {
    let at = crlf(chars, from, at);
    // The next line: after "\r\n" as one break; blank means a paragraph ends.
    let mut k = at + 1;
    if chars[at] == '\r' && chars.get(k) == Some(&'\n') {
        k += 1;
    }
    while k < chars.len() && matches!(chars[k], ' ' | '\t') {
        k += 1;
    }
    // The line itself: the last of the lines already joined.
    let from = chars[from..at]
        .iter()
        .rposition(|&c| is_break(c))
        .map_or(from, |p| from + p + 1);
    // "> … the bus" + "> left the road …": a Markdown quotation wrapped line by line; its
    // marker is read past (a ">" line with no text ends a paragraph of the quotation).
    if chars.get(k) == Some(&'>') && quote_marker(chars, from, at) > 0 {
        let m = quote_marker(chars, k, chars.len());
        if m == 0 {
            return false;
        }
        k += m;
        while k < chars.len() && matches!(chars[k], ' ' | '\t') {
            k += 1;
        }
    }
    let Some(&next) = chars.get(k) else {
        return false;
    };
    if is_break(next) || matches!(next, '#' | '-' | '*' | '+' | '>' | '|' | '•') {
        return false;
    }
    // A line never opens with a closing mark or a comma: "« … ivre" + "», a déclaré".
    let after = chars.get(k + 1).copied().unwrap_or(' ');
    if matches!(next, ',' | ';' | ')' | '\u{201d}')
        || (next == '\u{bb}' && (after.is_whitespace() || matches!(after, ',' | '.' | ';')))
    {
        return true;
    }
    // A numbered item ("1. ", "2) ") opens a line of its own.
    if next.is_ascii_digit() && line_marker(chars, k, chars.len()) > 0 {
        return false;
    }
    let line = &chars[from..at];
    if line.iter().find(|c| !c.is_whitespace()) == Some(&'#') || page_line(line) {
        return false;
    }
    let Some(last) = line.iter().rposition(|c| !c.is_whitespace()) else {
        return false;
    };
    match line[last] {
        ',' | ';' | '\u{2014}' | '\u{2013}' => true,
        '-' => last > 0 && line[last - 1] != ' ', // "well-\nknown"; "(AFP) -" is a dateline
        c if c.is_alphanumeric() => {
            if next.is_lowercase() || (next.is_ascii_digit() && c.is_lowercase()) {
                return true;
            }
            let mut b = last + 1;
            while b > 0 && line[b - 1].is_alphabetic() {
                b -= 1;
            }
            let word: String = line[b..=last]
                .iter()
                .flat_map(|c| c.to_lowercase())
                .collect();
            // Or the next line's first word would not have fitted on this one: the line
            // was broken by the wrap width ("… released" + "Tuesday" past 40 columns), not
            // ended (a headline "Bridge collapses in Lyon" above "At least 12 …").
            let next_word = chars[k..].iter().take_while(|c| !c.is_whitespace()).count();
            RUN_ON.contains(&word.as_str()) || (at - from) + 1 + next_word > width
        }
        _ => false,
    }
}

/// Whether `line` is a timestamp, dateline or byline line ([`crate::matcher::is_timestamp_line`]:
/// "Last updated: 3 May 2013, 10:15 BST"): it is never joined to the next line, whatever
/// its width. Only short lines with a digit or opening with "By" are read.
fn page_line(line: &[char]) -> bool {
    let text: String = line.iter().collect();
    let text = text.trim();
    text.chars().count() <= WRAP_MAX
        && (text.chars().any(|c| c.is_ascii_digit()) || text.starts_with("By "))
        && crate::matcher::is_timestamp_line(text)
}

/// The length of a Markdown or list marker opening a line at `s` (after white space):
/// `# ` … `###### `, `> ` (and `> > `, `>> `), `- `, `* `, `+ `, `• `, `1. `, `12) `; 0
/// without one. The
/// marker is not part of the sentence (and "1." is no sentence of its own).
pub(super) fn line_marker(chars: &[char], s: usize, e: usize) -> usize {
    let mut k = s;
    while k < e && matches!(chars[k], ' ' | '\t') {
        k += 1;
    }
    let m = k;
    match chars.get(k) {
        Some('#') => {
            while k < e && chars[k] == '#' && k - m < 6 {
                k += 1;
            }
        }
        // A quotation inside a quotation: "> > ", ">> ".
        Some('>') => {
            k += 1;
            loop {
                let mut j = k;
                while j < e && chars[j] == ' ' {
                    j += 1;
                }
                if j < e && chars[j] == '>' {
                    k = j + 1;
                } else {
                    break;
                }
            }
        }
        Some('-' | '*' | '+' | '\u{2022}') => k += 1,
        Some(c) if c.is_ascii_digit() => {
            while k < e && chars[k].is_ascii_digit() && k - m < 3 {
                k += 1;
            }
            if !matches!(chars.get(k), Some('.' | ')')) {
                return 0;
            }
            k += 1;
        }
        _ => return 0,
    }
    // A marker is followed by a space and then text ("-5 degrees", "1.5 million" are not).
    if k < e && chars[k] == ' ' && chars[k + 1..e].iter().any(|c| !c.is_whitespace()) {
        k + 1 - s
    } else {
        0
    }
}

/// The length of a Markdown quotation marker (`> `, after white space) opening the line
/// at `s`, when text follows it before `e` or the line's end; 0 without one.
pub(super) fn quote_marker(chars: &[char], s: usize, e: usize) -> usize {
    let end = (s..e).find(|&i| is_break(chars[i])).unwrap_or(e);
    let m = line_marker(chars, s, end);
    let at = chars[s..end].iter().position(|c| !matches!(c, ' ' | '\t'));
    if m > 0 && at.is_some_and(|a| chars[s + a] == '>') {
        m
    } else {
        0
    }
}

/// Whether the line break at `at` goes on with a list item: the run of lines begun at
/// `from` opens with a list marker (`- `, `* `, `+ `, `• `, `1. `), and the next line is
/// indented (two spaces or a tab) with text and no marker of its own (Markdown's
/// continuation of an item, whether or not the item ends with a stop: "- Driver arrested
/// after" + "  crash in Lyon").
pub(super) fn continues_item(chars: &[char], from: usize, at: usize) -> bool {
    let at = crlf(chars, from, at);
    let opens = chars[from..at]
        .iter()
        .find(|c| !matches!(c, ' ' | '\t'))
        .is_some_and(|&c| matches!(c, '-' | '*' | '+' | '\u{2022}') || c.is_ascii_digit());
    if !opens || line_marker(chars, from, at) == 0 {
        return false;
    }
    let mut k = at + 1;
    if chars[at] == '\r' && chars.get(k) == Some(&'\n') {
        k += 1;
    }
    let start = k;
    while k < chars.len() && matches!(chars[k], ' ' | '\t') {
        k += 1;
    }
    let indented = k - start >= 2 || chars[start..k].contains(&'\t');
    let end = (k..chars.len())
        .find(|&i| is_break(chars[i]))
        .unwrap_or(chars.len());
    indented && k < end && line_marker(chars, start, end) == 0
}

/// The line break at `at` as one break: the `\r` of a `\r\n` pair when `at` is its `\n`.
fn crlf(chars: &[char], from: usize, at: usize) -> usize {
    if chars[at] == '\n' && at > from && chars[at - 1] == '\r' {
        at - 1
    } else {
        at
    }
}
