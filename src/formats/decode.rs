//! Bytes -> text for articles and workspace files: refuses empty and binary files by name,
//! honours UTF-8 and UTF-16 byte-order marks, and reads invalid UTF-8 as Windows-1252
//! with a note telling the user. Text is otherwise kept exactly (CRLF stays CRLF).

use super::{not_articles, ErrorKind, FormatError};

/// Decoded text and what the user should be told about the decoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The decoded text, kept exactly (CRLF stays CRLF) without the byte-order mark.
    pub text: String,
    /// What the user should be told, e.g. "decoded as Windows-1252".
    pub notes: Vec<String>,
}

/// Known binary formats by their first bytes: (magic, offset, description).
const MAGIC: &[(&[u8], usize, &str)] = &[
    (b"\x89PNG\r\n\x1a\n", 0, "an image (PNG)"),
    (b"\xff\xd8\xff", 0, "an image (JPEG)"),
    (b"GIF87a", 0, "an image (GIF)"),
    (b"GIF89a", 0, "an image (GIF)"),
    (b"WEBP", 8, "an image (WebP)"),
    (b"%PDF-", 0, "a PDF document"),
    (
        b"PK\x03\x04",
        0,
        "a ZIP archive (a Word .docx or OpenDocument file is one too)",
    ),
    (b"\x1f\x8b", 0, "a gzip-compressed file"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        0,
        "an old Microsoft Office document (.doc)",
    ),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"\x7fELF", 0, "a program (ELF)"),
    (b"ID3", 0, "an audio file (MP3)"),
    (b"OggS", 0, "an audio or video file (Ogg)"),
    (b"ftyp", 4, "a video or image file (MP4/HEIC)"),
    (b"\x00\x00\x01\x00", 0, "an icon (ICO)"),
    (b"wOFF", 0, "a web font (WOFF)"),
    (b"wOF2", 0, "a web font (WOFF2)"),
    (b"SQLite format 3\x00", 0, "a database (SQLite)"),
];

/// Decode `bytes` (the contents of `file_name`) to text.
pub fn decode(file_name: &str, bytes: &[u8]) -> Result<Decoded, FormatError> {
    if bytes.is_empty() {
        return Err(empty_error(file_name, false));
    }
    let mut notes = Vec::new();
    let text = if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        decode_utf8_or_1252(file_name, rest, &mut notes)?
    } else if let Some((rest, big_endian)) = bytes
        .strip_prefix(b"\xff\xfe")
        .map(|r| (r, false))
        .or_else(|| bytes.strip_prefix(b"\xfe\xff").map(|r| (r, true)))
    {
        let t = decode_utf16(file_name, rest, big_endian, &mut notes);
        notes.push(format!(
            "{file_name} is UTF-16 ({}); it was decoded, and offsets count its characters (code points), not its bytes",
            if big_endian { "big-endian" } else { "little-endian" }
        ));
        t
    } else {
        if let Some(what) = sniff_binary(bytes) {
            // A Word or OpenDocument file is named as Import names it (trial 46, 8).
            if let Some(e) = not_articles::office_zip_refusal(file_name, bytes) {
                return Err(e);
            }
            return Err(binary_error(file_name, what));
        }
        if let Some(big_endian) = looks_like_bomless_utf16(bytes) {
            let t = decode_utf16(file_name, bytes, big_endian, &mut notes);
            notes.push(format!(
                "{file_name} has no byte-order mark but looks like UTF-16 ({}); it was read as such",
                if big_endian { "big-endian" } else { "little-endian" }
            ));
            t
        } else {
            decode_utf8_or_1252(file_name, bytes, &mut notes)?
        }
    };
    if is_blank(&text) {
        return Err(empty_error(file_name, !text.is_empty()));
    }
    if too_many_controls(&text) {
        return Err(binary_error(file_name, "a binary file"));
    }
    Ok(Decoded { text, notes })
}

/// Whether `text` has nothing to annotate: every character is white space or an invisible
/// formatting character (zero-width space, joiners, direction marks, the byte order mark,
/// a soft hyphen, Hangul fillers, tag characters, variation selectors, the blank Braille
/// pattern; Unicode's format characters, category Cf, and the fillers that show as
/// nothing; session 49's last pass: five U+FE0F or five U+2800 made a blank article). Pasting three zero-width spaces added a
/// blank untitled article (session 46's last pass); plain spaces were already refused.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || invisible(c))
}

/// Whether `c` shows as nothing: see [`is_blank`].
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{2800}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}'
    )
}

/// The refusal of a file with nothing to read: empty, or (`blank`) only white space and
/// invisible characters ([`is_blank`]: zero-width spaces, joiners, a BOM), which look
/// empty in any editor, so both get the same advice.
fn empty_error(file_name: &str, blank: bool) -> FormatError {
    let what = if blank {
        "contains only white space or invisible characters (such as zero-width spaces)"
    } else {
        "is empty"
    };
    FormatError::of(
        ErrorKind::Empty,
        format!(
            "{file_name} {what}, so there is nothing to read; choose the file that holds the \
             text, or save it again from the program it was written in."
        ),
    )
}

fn binary_error(file_name: &str, what: &str) -> FormatError {
    FormatError::of(
        ErrorKind::Binary,
        format!(
            "{file_name} looks like {what}, not an article's text, whatever its name; \
             copy the article's text out of it (or save it as plain text) and load that \
             .txt, .md or .html file."
        ),
    )
}

/// The description of a recognised binary format, if `bytes` starts like one.
pub fn sniff_binary(bytes: &[u8]) -> Option<&'static str> {
    for (magic, at, what) in MAGIC {
        if bytes.len() >= at + magic.len() && &bytes[*at..at + magic.len()] == *magic {
            if *at == 8 && !bytes.starts_with(b"RIFF") {
                continue;
            }
            return Some(what);
        }
    }
    // Control bytes (other than tab, newlines, form feed, escape) in the first 4 KB.
    let head = &bytes[..bytes.len().min(4096)];
    let nul = head.iter().filter(|&&b| b == 0).count();
    let ctrl = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    let utf16ish = looks_like_bomless_utf16(bytes).is_some();
    if !utf16ish && (nul > 0 || ctrl * 100 > head.len()) {
        return Some("a binary file");
    }
    None
}

/// Without a BOM, UTF-16 text of mostly ASCII has a NUL in every other byte.
/// `Some(true)` for big-endian, `Some(false)` for little-endian.
fn looks_like_bomless_utf16(bytes: &[u8]) -> Option<bool> {
    let n = bytes.len().min(4096) & !1;
    if n < 4 {
        return None;
    }
    let pairs = n / 2;
    let even_nul = (0..n).step_by(2).filter(|&i| bytes[i] == 0).count();
    let odd_nul = (1..n).step_by(2).filter(|&i| bytes[i] == 0).count();
    if odd_nul * 10 >= pairs * 7 && even_nul == 0 {
        Some(false)
    } else if even_nul * 10 >= pairs * 7 && odd_nul == 0 {
        Some(true)
    } else {
        None
    }
}

fn too_many_controls(text: &str) -> bool {
    let mut total = 0usize;
    let mut ctrl = 0usize;
    for c in text.chars().take(4096) {
        total += 1;
        if c == '\0' || (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c' | '\x1b')) {
            if c == '\0' {
                return true;
            }
            // C1 controls from Windows-1252's unused bytes count too.
            ctrl += 1;
        }
    }
    ctrl * 100 > total.max(1)
}

fn decode_utf8_or_1252(
    file_name: &str,
    bytes: &[u8],
    notes: &mut Vec<String>,
) -> Result<String, FormatError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(_) if mostly_utf8(bytes) => {
            let bad = bytes.utf8_chunks().filter(|c| !c.invalid().is_empty());
            let (runs, first) = bad.fold((0usize, None), |(n, first), c| {
                let at = c.invalid().as_ptr() as usize - bytes.as_ptr() as usize;
                (n + 1, first.or(Some(at)))
            });
            notes.push(format!(
                "{file_name} is UTF-8 with {runs} broken byte sequence(s) (the first at byte {}); \
                 each was replaced by \u{FFFD} and the rest of the text kept. If the file \
                 should read otherwise, save it as UTF-8 again and load it.",
                first.unwrap_or(0)
            ));
            Ok(String::from_utf8_lossy(bytes).into_owned())
        }
        Err(_) => {
            notes.push(format!(
                "{file_name} is not valid UTF-8, so it was read as Windows-1252 (Western \
                 European). If letters look wrong, save the file as UTF-8 and load it again."
            ));
            Ok(windows_1252(bytes))
        }
    }
}

/// Whether bytes that are not valid UTF-8 are still UTF-8 text with a few broken
/// sequences (a stray byte from a bad copy or a cut in the middle of a character): more
/// well-formed non-ASCII characters than broken runs. Windows-1252 text almost never
/// holds a well-formed UTF-8 sequence ("Ã©" is one), so it stays Windows-1252 (trial 44 F5:
/// a Portuguese article with three stray bytes was read whole as Windows-1252).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    good > bad
}

/// Windows-1252 bytes 0x80..=0x9F; the five undefined ones map to the C1 control of the
/// same value, as browsers do.
const CP1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

/// Decode Windows-1252 (Latin-1 outside 0x80..=0x9F). Every byte maps to one character.
pub fn windows_1252(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| cp1252_char(b)).collect()
}

/// One Windows-1252 byte as a character.
pub fn cp1252_char(b: u8) -> char {
    if (0x80..=0x9f).contains(&b) {
        CP1252_HIGH[(b - 0x80) as usize]
    } else {
        b as char
    }
}

fn decode_utf16(
    file_name: &str,
    bytes: &[u8],
    big_endian: bool,
    notes: &mut Vec<String>,
) -> String {
    let units = bytes.chunks_exact(2).map(|p| {
        if big_endian {
            u16::from_be_bytes([p[0], p[1]])
        } else {
            u16::from_le_bytes([p[0], p[1]])
        }
    });
    let mut bad = 0usize;
    let text: String = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                bad += 1;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    if bytes.len() % 2 == 1 {
        notes.push(format!(
            "{file_name} is UTF-16 with an odd number of bytes; the last byte was ignored"
        ));
    }
    if bad > 0 {
        notes.push(format!(
            "{file_name} is UTF-16 with {bad} broken characters; each became \u{FFFD}"
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_of_invisible_characters_is_blank_and_a_visible_one_is_not() {
        for blank in [
            "",
            " \n\t",
            "\u{200B}\u{200B}\u{200B}",
            "\u{FEFF}\u{200D} \u{2060}",
            "\u{00AD}\u{200E}",
            "\u{FE0F}\u{FE0F}\u{FE0F}\u{FE0F}\u{FE0F}",
            "\u{2800}\u{2800}\u{2800}\u{2800}\u{2800}",
            "\u{FE00} \u{2800}\n",
        ] {
            assert!(super::is_blank(blank), "{blank:?}");
        }
        for text in [
            "a",
            "\u{200B}x",
            "\u{1F600}",
            "\u{05D0}\u{200F}",
            "\u{0301}",
            // An emoji with its presentation selector, a Braille letter: visible.
            "\u{2764}\u{FE0F}",
            "\u{2801}",
        ] {
            assert!(!super::is_blank(text), "{text:?}");
        }
        let e = super::decode("z.txt", "\u{200B}\u{200B}\u{200B}".as_bytes()).unwrap_err();
        assert!(e.message.contains("invisible"), "{}", e.message);
    }

    #[test]
    fn a_file_of_zero_width_characters_gets_the_blank_file_advice() {
        // What a file of white space is told: refused as empty, with what to do.
        let advice = |e: &FormatError| {
            e.message
                .split_once(", so there is nothing to read; ")
                .map(|(_, a)| a.to_string())
        };
        let spaces = super::decode("s.txt", b" \r\n\t ").unwrap_err();
        let want = advice(&spaces).expect("the blank-file advice");
        // U+200B, U+FEFF (not at the start: a byte order mark there is stripped), U+200C,
        // U+200D, U+2060, alone, together, with white space, after a BOM, in UTF-16.
        let zw = "\u{200B}\u{FEFF}\u{200C}\u{200D}\u{2060}";
        let utf16: Vec<u8> = std::iter::once(0xFEFFu16)
            .chain(zw.encode_utf16())
            .flat_map(|u| u.to_le_bytes())
            .collect();
        for bytes in [
            "\u{200B}".as_bytes().to_vec(),
            "\u{200C}\u{200D}".as_bytes().to_vec(),
            "\u{2060}".as_bytes().to_vec(),
            format!(" {zw}\n{zw} ").into_bytes(),
            format!("\u{FEFF}{zw}").into_bytes(),
            utf16,
        ] {
            let e = super::decode("z.txt", &bytes).unwrap_err();
            assert_eq!(e.kind, ErrorKind::Empty, "{bytes:?}");
            assert!(
                e.message
                    .starts_with("z.txt contains only white space or invisible"),
                "{}",
                e.message
            );
            assert_eq!(advice(&e).as_deref(), Some(want.as_str()), "{}", e.message);
        }
        // Near cases: one visible character among them is read; an empty file is told
        // it is empty, with the same advice.
        let text = super::decode("v.txt", format!("{zw}a{zw}").as_bytes()).expect("read");
        assert!(text.text.contains('a'));
        let empty = super::decode("e.txt", b"").unwrap_err();
        assert!(
            empty.message.starts_with("e.txt is empty, "),
            "{}",
            empty.message
        );
        assert_eq!(advice(&empty).as_deref(), Some(want.as_str()));
    }

    #[test]
    fn cp1252_table_matches_known_points() {
        assert_eq!(
            windows_1252(b"\x80\x93caf\xe9\x94"),
            "\u{20AC}\u{201C}café\u{201D}"
        );
        assert_eq!(cp1252_char(0x9f), 'Ÿ');
        assert_eq!(cp1252_char(0xa0), '\u{a0}');
        assert_eq!(cp1252_char(0x81), '\u{81}');
    }

    #[test]
    fn utf16_without_bom_is_recognised() {
        let le: Vec<u8> = "Hello world"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        let d = decode("x.txt", &le).unwrap();
        assert_eq!(d.text, "Hello world");
        assert_eq!(d.notes.len(), 1);
    }
}
