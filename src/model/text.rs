//! Text structure the views and the matcher share: paragraphs and word snapping.
//! All positions are code points.

/// A paragraph: a maximal run of text between line breaks, as `start..end` code points.
/// Line-break characters (`\n`, `\r`) are never inside a paragraph; blank lines yield none.
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut n = 0;
    for c in text.chars() {
        if c == '\n' || c == '\r' {
            if let Some(s) = start.take() {
                out.push((s, n));
            }
        } else if start.is_none() {
            start = Some(n);
        }
        n += 1;
    }
    if let Some(s) = start {
        out.push((s, n));
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-' || is_mark(c)
}

/// Combining marks (general category M), approximated by the main combining blocks.
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0E31 | 0x0E34..=0x0E3A | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
        | 0xFE20..=0xFE2F | 0x200D | 0xFE0F | 0x1F3FB..=0x1F3FF)
}

/// Widen `start..end` to whole words and trim surrounding white space: a selection that
/// starts or ends inside a word takes the whole word. Returns `None` if nothing but white
/// space is selected.
pub fn snap_to_words(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let (mut s, mut e) = (start.min(chars.len()), end.min(chars.len()));
    if s > e {
        std::mem::swap(&mut s, &mut e);
    }
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    if s == e {
        return None;
    }
    while s > 0 && is_word_char(chars[s - 1]) && is_word_char(chars[s]) {
        s -= 1;
    }
    while e < chars.len() && is_word_char(chars[e]) && is_word_char(chars[e - 1]) {
        e += 1;
    }
    Some((s, e))
}

/// Trim white space from both ends of `start..end` without widening. `None` if empty.
pub fn trim_range(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let (mut s, mut e) = (
        start.min(end).min(chars.len()),
        end.max(start).min(chars.len()),
    );
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    (s < e).then_some((s, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_skip_blank_lines_and_crlf() {
        let t = "Title\r\n\r\nFirst para.\nSecond 😀 para.\n";
        let p = paragraphs(t);
        let texts: Vec<String> = p
            .iter()
            .map(|&(s, e)| t.chars().skip(s).take(e - s).collect())
            .collect();
        assert_eq!(texts, ["Title", "First para.", "Second 😀 para."]);
    }

    #[test]
    fn snapping_widens_to_words() {
        let t = "The soldier's jeep stopped.";
        assert_eq!(snap_to_words(t, 6, 10), Some((4, 13))); // "soldier's"
        assert_eq!(snap_to_words(t, 3, 4), None);
        assert_eq!(snap_to_words(t, 14, 27), Some((14, 27)));
        let cjk = "e\u{301}te\u{301} 中文";
        assert_eq!(
            snap_to_words(cjk, 1, 2),
            Some((0, 5)),
            "combining marks stay with their letter"
        );
        assert_eq!(trim_range(t, 3, 9), Some((4, 9)));
    }
}
