//! Offset conversion between Unicode code points, UTF-16 code units and UTF-8 bytes.
//!
//! This is the ONLY module in Parallax that converts offsets. Everything stored in the
//! workspace and everything exported counts **code points** (Python's `text[start:end]`).
//! The DOM counts UTF-16 units and Rust strings count bytes; callers convert here.
//!
//! [`OffsetIndex`] precomputes a text's astral (non-BMP) characters so that
//! code point <-> UTF-16 conversion is `O(log n)`; the free functions are linear scans for
//! one-off use.

/// Number of code points in `text`.
pub fn cp_len(text: &str) -> usize {
    text.chars().count()
}

/// Byte offset of code point `cp` in `text`, or `None` if `cp` is past the end.
/// `cp == cp_len(text)` maps to `text.len()`.
pub fn cp_to_byte(text: &str, cp: usize) -> Option<usize> {
    if cp == 0 {
        return Some(0);
    }
    let mut count = 0;
    for (byte, _) in text.char_indices() {
        if count == cp {
            return Some(byte);
        }
        count += 1;
    }
    (count == cp).then_some(text.len())
}

/// Code point offset of byte `byte` in `text`, or `None` if `byte` is past the end or not
/// on a character boundary. Only the tests convert this way ([`OffsetIndex`] does it for
/// the code).
#[cfg(test)]
fn byte_to_cp(text: &str, byte: usize) -> Option<usize> {
    if byte > text.len() || !text.is_char_boundary(byte) {
        return None;
    }
    Some(text[..byte].chars().count())
}

/// The substring between code points `start` and `end` (Python's `text[start:end]`), or
/// `None` if the range is reversed or out of bounds.
pub fn slice_cp(text: &str, start: usize, end: usize) -> Option<&str> {
    if start > end {
        return None;
    }
    let b0 = cp_to_byte(text, start)?;
    let b1 = b0 + cp_to_byte(&text[b0..], end - start)?;
    Some(&text[b0..b1])
}

/// UTF-16 offset of code point `cp` in `text`, or `None` if `cp` is past the end.
pub fn cp_to_utf16(text: &str, cp: usize) -> Option<usize> {
    let mut units = 0;
    let mut count = 0;
    for c in text.chars() {
        if count == cp {
            return Some(units);
        }
        units += c.len_utf16();
        count += 1;
    }
    (count == cp).then_some(units)
}

/// Code point offset of UTF-16 offset `unit` in `text`. A unit inside a surrogate pair
/// rounds down to the start of that character. `None` if `unit` is past the end.
pub fn utf16_to_cp(text: &str, unit: usize) -> Option<usize> {
    let mut units = 0;
    for (count, c) in text.chars().enumerate() {
        let next = units + c.len_utf16();
        if unit < next {
            return Some(count);
        }
        units = next;
    }
    (unit == units).then(|| cp_len(text))
}

/// Precomputed conversions for one text, for repeated use on long documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OffsetIndex {
    /// Code point positions of characters outside the Basic Multilingual Plane
    /// (two UTF-16 units each), ascending.
    astral: Vec<usize>,
    /// Length in code points.
    cp_len: usize,
    /// Byte offset of every 64th code point, for byte <-> code point conversion.
    byte_marks: Vec<usize>,
}

const MARK_EVERY: usize = 64;

impl OffsetIndex {
    /// Index `text`. Linear in its length.
    pub fn new(text: &str) -> Self {
        let mut astral = Vec::new();
        let mut byte_marks = Vec::with_capacity(text.len() / MARK_EVERY + 1);
        let mut n = 0;
        for (byte, c) in text.char_indices() {
            if n % MARK_EVERY == 0 {
                byte_marks.push(byte);
            }
            if c.len_utf16() == 2 {
                astral.push(n);
            }
            n += 1;
        }
        OffsetIndex {
            astral,
            cp_len: n,
            byte_marks,
        }
    }

    /// Length of the text in code points.
    pub fn cp_len(&self) -> usize {
        self.cp_len
    }

    /// Length of the text in UTF-16 units.
    pub fn utf16_len(&self) -> usize {
        self.cp_len + self.astral.len()
    }

    /// UTF-16 offset of code point `cp`; `None` past the end.
    pub fn cp_to_utf16(&self, cp: usize) -> Option<usize> {
        if cp > self.cp_len {
            return None;
        }
        Some(cp + self.astral.partition_point(|&a| a < cp))
    }

    /// Code point offset of UTF-16 offset `unit`; a unit inside a surrogate pair rounds
    /// down to its character. `None` past the end.
    pub fn utf16_to_cp(&self, unit: usize) -> Option<usize> {
        if unit > self.utf16_len() {
            return None;
        }
        // k = number of astral characters whose second unit lies before `unit`
        // (astral[i] occupies units astral[i] + i and astral[i] + i + 1); the predicate
        // is monotone, so binary search.
        let mut lo = 0;
        let mut hi = self.astral.len();
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.astral[mid] + mid + 1 < unit {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let k = lo;
        // Inside a pair: unit == astral[k] + k + 1 means the low surrogate of astral[k].
        if k < self.astral.len() && self.astral[k] + k + 1 == unit {
            return Some(self.astral[k]);
        }
        Some(unit - k)
    }

    /// Byte offset of code point `cp` in `text` (the text this index was built from);
    /// `None` past the end.
    pub fn cp_to_byte(&self, text: &str, cp: usize) -> Option<usize> {
        if cp > self.cp_len {
            return None;
        }
        let mark = cp / MARK_EVERY;
        let base = *self.byte_marks.get(mark).unwrap_or(&text.len());
        let rest = cp - mark * MARK_EVERY;
        cp_to_byte(text.get(base..)?, rest).map(|b| base + b)
    }

    /// The substring between code points `start` and `end` of `text`.
    pub fn slice<'t>(&self, text: &'t str, start: usize, end: usize) -> Option<&'t str> {
        if start > end {
            return None;
        }
        let b0 = self.cp_to_byte(text, start)?;
        let b1 = self.cp_to_byte(text, end)?;
        text.get(b0..b1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLES: &[&str] = &[
        "",
        "plain ascii",
        "emoji 😀 and 👍🏽 skin tone",
        "中文文本，日本語のテキスト",
        "e\u{301}te\u{301} combining",
        "שלום עולם and مرحبا",
        "line one\r\nline two\r\n",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 astral 𐍈",
    ];

    #[test]
    fn free_functions_agree_with_index() {
        for text in SAMPLES {
            let idx = OffsetIndex::new(text);
            assert_eq!(idx.cp_len(), cp_len(text));
            assert_eq!(idx.utf16_len(), text.encode_utf16().count());
            for cp in 0..=cp_len(text) + 1 {
                assert_eq!(
                    idx.cp_to_utf16(cp),
                    cp_to_utf16(text, cp),
                    "{text:?} cp {cp}"
                );
                assert_eq!(
                    idx.cp_to_byte(text, cp),
                    cp_to_byte(text, cp),
                    "{text:?} cp {cp}"
                );
            }
            for u in 0..=idx.utf16_len() + 1 {
                assert_eq!(
                    idx.utf16_to_cp(u),
                    utf16_to_cp(text, u),
                    "{text:?} unit {u}"
                );
            }
        }
    }

    #[test]
    fn round_trips_and_slices() {
        let text = "a😀b\r\n中e\u{301}";
        let chars: Vec<char> = text.chars().collect();
        for cp in 0..=chars.len() {
            let u = cp_to_utf16(text, cp).unwrap();
            assert_eq!(utf16_to_cp(text, u), Some(cp));
            let b = cp_to_byte(text, cp).unwrap();
            assert_eq!(byte_to_cp(text, b), Some(cp));
        }
        assert_eq!(slice_cp(text, 1, 3), Some("😀b"));
        assert_eq!(slice_cp(text, 6, 8), Some("e\u{301}"));
        assert_eq!(slice_cp(text, 3, 2), None);
        assert_eq!(slice_cp(text, 0, 99), None);
        // The low surrogate of 😀 (unit 2) rounds down to the emoji's code point.
        assert_eq!(utf16_to_cp(text, 2), Some(1));
        assert_eq!(OffsetIndex::new(text).utf16_to_cp(2), Some(1));
        assert_eq!(byte_to_cp(text, 2), None, "inside the emoji's bytes");
    }
}
