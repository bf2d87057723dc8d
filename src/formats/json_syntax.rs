//! What is wrong with JSON text that does not parse, said in the user's terms: the
//! cause without `serde_json`'s own "at line 1 column 20" (the callers say where, in
//! the file's lines), and a lone UTF-16 surrogate escape (`"\ud800"`, which Python's and
//! JavaScript's JSON write and read but which is not a character) named as such.

/// A `\uXXXX` escape for half of a UTF-16 surrogate pair with no other half.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoneSurrogate {
    /// The escape as written (`\ud800`).
    pub escape: String,
    /// Its line in the text, from 1.
    pub line: usize,
    /// Its column in that line, in characters, from 1.
    pub column: usize,
}

/// The first lone surrogate escape in JSON `text`, if any: a high half (`\ud800`-`\udbff`)
/// not followed by a low half's escape, or a low half (`\udc00`-`\udfff`) on its own.
pub fn lone_surrogate(text: &str) -> Option<LoneSurrogate> {
    let chars: Vec<char> = text.chars().collect();
    let hex_at = |i: usize| -> Option<u32> {
        if chars.get(i) != Some(&'\\') || chars.get(i + 1) != Some(&'u') {
            return None;
        }
        let digits: String = chars.get(i + 2..i + 6)?.iter().collect();
        u32::from_str_radix(&digits, 16).ok()
    };
    let (mut line, mut line_start) = (1, 0);
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\n' => {
                line += 1;
                line_start = i + 1;
                i += 1;
            }
            '\\' => match hex_at(i) {
                Some(0xD800..=0xDBFF) if matches!(hex_at(i + 6), Some(0xDC00..=0xDFFF)) => i += 12,
                Some(0xD800..=0xDFFF) => {
                    return Some(LoneSurrogate {
                        escape: chars[i..i + 6].iter().collect(),
                        line,
                        column: i - line_start + 1,
                    })
                }
                Some(_) => i += 6,
                // Another escape (`\\`, `\"`...): its character is not a backslash.
                None => i += 2,
            },
            _ => i += 1,
        }
    }
    None
}

/// What a lone surrogate is and what to do, for a message that has said where it is.
pub fn lone_surrogate_advice(s: &LoneSurrogate) -> String {
    format!(
        "the text holds {}, a lone UTF-16 surrogate (half of a pair, e.g. an emoji cut in \
         two), which is not a character; remove it or write the character meant (or \
         \\ufffd, the replacement character) and try again.",
        s.escape
    )
}

/// `serde_json`'s message for `e` without its trailing " at line L column C".
pub fn cause(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(k) => text[..k].to_string(),
        None => text,
    }
}
