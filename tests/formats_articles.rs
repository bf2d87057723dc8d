//! Behaviour of `parallax::formats` on articles (plain text, Markdown, HTML, encodings,
//! binary and oversized files): every message a user can see for a bad article file is
//! asserted here; `tests/formats.rs` has the Parallax JSON workspace (TESTING.md, "Core:
//! bad input", names these tests).

use parallax::formats::{
    check_size, import, read_article, ErrorKind, SizeLimit, MAX_ARTICLE_BYTES, MAX_IMPORT_BYTES,
};

// ---------------------------------------------------------------- articles

#[test]
fn plain_text_keeps_everything_and_takes_the_first_line_as_title() {
    let a = read_article("a.txt", b"\r\n  Big news\r\nSecond line\r\n").unwrap();
    assert_eq!(a.title, "Big news");
    assert_eq!(
        a.text, "\r\n  Big news\r\nSecond line\r\n",
        "CRLF and the title line are kept"
    );
    assert!(a.notes.is_empty());
}

#[test]
fn a_timestamp_line_or_byline_is_not_the_title() {
    let text = "Last Updated: Monday, 28 November 2005, 02: 24 GMT\nBy Jane Smith, Reuters\nQuake hits southern Iran\nA powerful earthquake hit Iran.\n";
    let a = read_article("iran.txt", text.as_bytes()).unwrap();
    assert_eq!(a.title, "Quake hits southern Iran");
    assert_eq!(a.text, text, "the text is kept whole");
    // A file of nothing but such lines keeps its first line as the title.
    let a = read_article("t.txt", b"Updated: 3 May 2013\n").unwrap();
    assert_eq!(a.title, "Updated: 3 May 2013");
}

/// Trial 55: a live page's title ("Austria flash flood: live updates") is furniture, never
/// a card, yet it names the article; the page was named after its file ("c_live"). An
/// invitation or a bare tag before the headline is still passed over.
#[test]
fn a_live_pages_title_names_the_article() {
    let text = "Austria flash flood: live updates\n\nAll times are local (CEST).\n\n18:40 \u{2013} A torrent hits Gschnitz.\n";
    let a = read_article("c_live.txt", text.as_bytes()).unwrap();
    assert_eq!(a.title, "Austria flash flood: live updates");
    assert_eq!(a.text, text, "the text is kept whole");
    for (first, title) in [
        (
            "LIVE: Orosei wildfire forces evacuations",
            "LIVE: Orosei wildfire forces evacuations",
        ),
        (
            "Waldbrand auf Sardinien \u{2013} Liveticker",
            "Waldbrand auf Sardinien \u{2013} Liveticker",
        ),
        // Near cases: furniture that names nothing is passed over as before.
        ("Live updates:", "Fire near Orosei"),
        (
            "Follow live: firefighters battle the blaze",
            "Fire near Orosei",
        ),
        ("Last updated: 3 May 2013", "Fire near Orosei"),
    ] {
        let text = format!("{first}\nFire near Orosei\nA fire burned.\n");
        let a = read_article("live.txt", text.as_bytes()).unwrap();
        assert_eq!(a.title, title, "{first}");
    }
}

/// Session 49's last pass: a first line of only zero-width characters (or a Markdown
/// heading, or an HTML `<title>`, of only them) became a heading no one can see. Such a
/// line is passed over like an empty one.
#[test]
fn a_line_of_invisible_characters_is_no_title() {
    let a = read_article(
        "a.txt",
        "\u{200B}\u{200B}\nBig news\nSecond line\n".as_bytes(),
    )
    .unwrap();
    assert_eq!(a.title, "Big news");
    let a = read_article("a.md", "# \u{2060}\u{FEFF}\nBig news\n".as_bytes()).unwrap();
    assert_eq!(a.title, "Big news");
    let a = read_article("a.md", "# \u{200B}\n".as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        a.title, "a",
        "a heading of nothing visible gives the file's name"
    );
    let page = "<html><head><title>\u{200B}</title></head><body><p>Text here.</p></body></html>";
    let a = read_article("page.html", page.as_bytes()).unwrap();
    assert_eq!(a.title, "page");
    // A visible first line that starts with a zero-width character is still the title.
    let a = read_article("a.txt", "\u{200B}Big news\nSecond line\n".as_bytes()).unwrap();
    assert_eq!(a.title, "\u{200B}Big news");
}

#[test]
fn a_first_line_that_is_a_paragraph_is_no_title() {
    // A new-user trial: a one-line file became all title, the paragraph shown as a bold
    // heading over itself. A paragraph is text only; the file's name titles it.
    let line = "The soldier was shot five times at Panmunjom, officials said. He was flown to a hospital in Suwon, where surgeons operated on him.\n";
    let a = read_article("news/oneline_small.txt", line.as_bytes()).unwrap();
    assert_eq!(a.title, "oneline_small");
    assert_eq!(a.text, line, "the text is kept whole");
    // One sentence ending in a full stop is no headline either, in a longer file too.
    let text = "One man is dead after a shooting at a party, police said.\nThe gunman fled.\n";
    assert_eq!(
        read_article("party.txt", text.as_bytes()).unwrap().title,
        "party"
    );
    // Nor a first line of more words than a headline has.
    let long = format!("{}\nMore.\n", ["word"; 25].join(" "));
    assert_eq!(
        read_article("long.md", long.as_bytes()).unwrap().title,
        "long"
    );
    // A headline, even ending in an abbreviation, still is the title.
    let a = read_article("s.txt", b"Storm hits U.S.\nThe storm hit on Monday.\n").unwrap();
    assert_eq!(a.title, "Storm hits U.S.");
    let a = read_article(
        "p.txt",
        "Man shot dead in Vancouver\nA man was shot.".as_bytes(),
    )
    .unwrap();
    assert_eq!(a.title, "Man shot dead in Vancouver");
}

#[test]
fn markdown_title_loses_its_hashes() {
    let a = read_article("a.md", "## Headline ##\n\nBody *text*.".as_bytes()).unwrap();
    assert_eq!(a.title, "Headline");
    assert!(a.text.starts_with("## Headline"));
}

#[test]
fn byte_order_marks_are_honoured() {
    let a = read_article("a.txt", b"\xef\xbb\xbfTitle\nbody").unwrap();
    assert_eq!(a.text, "Title\nbody");
    let text = "Ünïcode 😀\r\nline";
    let mut le = vec![0xff, 0xfe];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = vec![0xfe, 0xff];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let (l, b) = (
        read_article("le.txt", &le).unwrap(),
        read_article("be.txt", &be).unwrap(),
    );
    assert_eq!((l.text.as_str(), b.text.as_str()), (text, text));
    // The user is told (as for Windows-1252).
    assert!(
        l.notes
            .iter()
            .any(|n| n.contains("le.txt is UTF-16 (little-endian)")),
        "{:?}",
        l.notes
    );
    assert!(
        b.notes
            .iter()
            .any(|n| n.contains("be.txt is UTF-16 (big-endian)")),
        "{:?}",
        b.notes
    );
    // A lone surrogate is replaced and reported.
    let mut broken = vec![0xff, 0xfe, b'A', 0, 0x00, 0xd8, b'B', 0];
    broken.truncate(8);
    let r = read_article("broken.txt", &broken).unwrap();
    assert_eq!(r.text, "A\u{FFFD}B");
    assert!(r.notes[0].contains("1 broken characters"), "{:?}", r.notes);
}

#[test]
fn invalid_utf8_is_read_as_windows_1252_with_a_note() {
    let a = read_article("old.txt", b"Caf\xe9 \x93quoted\x94 \x80 5").unwrap();
    assert_eq!(a.text, "Café \u{201C}quoted\u{201D} € 5");
    assert_eq!(a.notes.len(), 1);
    assert!(a.notes[0].contains("old.txt is not valid UTF-8, so it was read as Windows-1252"));
}

#[test]
fn utf8_with_a_few_broken_bytes_stays_utf8() {
    // Trial 44 F5: three stray bytes in a Portuguese article made the whole file
    // Windows-1252 ("manhÃ£"). Only the broken bytes are replaced.
    let mut bytes =
        "Na manhã de ontem, a barragem rompeu-se, às 9h. Estão desaparecidas 23 pessoas"
            .as_bytes()
            .to_vec();
    bytes.insert(7, 0xff);
    bytes.extend_from_slice(b" \x93fim");
    let a = read_article("bad.txt", &bytes).unwrap();
    assert!(
        a.text.starts_with("Na manh\u{FFFD}ã de ontem"),
        "{}",
        a.text
    );
    assert!(a
        .text
        .contains("Estão desaparecidas 23 pessoas \u{FFFD}fim"));
    assert_eq!(a.notes.len(), 1, "{:?}", a.notes);
    assert!(
        a.notes[0]
            .contains("bad.txt is UTF-8 with 2 broken byte sequence(s) (the first at byte 7)"),
        "{:?}",
        a.notes
    );
    // Windows-1252 text with one "Ã©"-like pair is still Windows-1252.
    let a = read_article("old.txt", b"Caf\xe9 cr\xe8me \xc3\xa9t\xe9").unwrap();
    assert!(a.notes[0].contains("read as Windows-1252"), "{:?}", a.notes);
}

#[test]
fn a_file_with_lone_cr_line_ends_takes_its_first_line_as_title() {
    // Trial 44 F5: an old Mac export (CR only) was titled by its file name.
    let text = "Dam fails in Minas Gerais\rA tailings dam failed on Tuesday.\rTwo people died.\r";
    let a = read_article("cr-only.txt", text.as_bytes()).unwrap();
    assert_eq!(a.title, "Dam fails in Minas Gerais");
    assert_eq!(a.text, text, "the line ends are kept");
}

#[test]
fn binary_files_are_refused_by_name() {
    let cases: &[(&str, &[u8], &str)] = &[
        (
            "photo.png",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
            "an image (PNG)",
        ),
        (
            "photo.jpg",
            b"\xff\xd8\xff\xe0\0\x10JFIF",
            "an image (JPEG)",
        ),
        ("anim.gif", b"GIF89a\x01\0\x01\0", "an image (GIF)"),
        ("paper.pdf", b"%PDF-1.7\n%\xe2\xe3", "a PDF document"),
        // A PDF renamed .txt: the advice is not "load a .txt file" alone.
        ("report.txt", b"%PDF-1.4\n%\xe2\xe3", "a PDF document"),
        ("story.docx", b"PK\x03\x04\x14\0\x06\0", "a ZIP archive"),
        ("a.txt.gz", b"\x1f\x8b\x08\0\0\0", "a gzip-compressed file"),
        ("prog", b"\x7fELF\x02\x01\x01\0", "a program (ELF)"),
        ("data.bin", b"abc\0\0\0def\x01\x02\x03", "a binary file"),
    ];
    for (name, bytes, what) in cases {
        let e = read_article(name, bytes).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Binary, "{name}");
        assert_eq!(
            e.message,
            format!(
                "{name} looks like {what}, not an article's text, whatever its name; copy the \
                 article's text out of it (or save it as plain text) and load that .txt, .md \
                 or .html file."
            )
            .replace(
                "a ZIP archive",
                "a ZIP archive (a Word .docx or OpenDocument file is one too)"
            ),
        );
    }
}

#[test]
fn empty_and_blank_files_are_refused() {
    // Session 48: each says what to do, and ends with a full stop.
    const ADVICE: &str = ", so there is nothing to read; choose the file that holds the text, \
                          or save it again from the program it was written in.";
    let e = read_article("x.txt", b"").unwrap_err();
    assert_eq!(
        (e.kind, e.message.as_str()),
        (ErrorKind::Empty, format!("x.txt is empty{ADVICE}").as_str())
    );
    let e = read_article("x.txt", b" \r\n\t ").unwrap_err();
    assert_eq!(
        e.message,
        format!(
            "x.txt contains only white space or invisible characters (such as zero-width \
             spaces){ADVICE}"
        )
    );
    // Zero-width characters only (U+200B, U+FEFF, U+200C/D, U+2060): the same message.
    let e = read_article(
        "x.txt",
        "\u{200B}\u{FEFF}\u{200C}\u{200D}\u{2060}\n".as_bytes(),
    )
    .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Empty);
    assert_eq!(
        e.message,
        format!(
            "x.txt contains only white space or invisible characters (such as zero-width \
             spaces){ADVICE}"
        )
    );
    let e = read_article("x.html", b"<html><script>x()</script></html>").unwrap_err();
    assert_eq!(
        e.message,
        "x.html is an HTML page without any article text; save the page again with its \
         article, or paste the article's text."
    );
    let e = import("ws.json", b"").unwrap_err();
    assert_eq!(e.message, format!("ws.json is empty{ADVICE}"));
}

#[test]
fn sizes_are_checked_before_reading() {
    assert!(check_size("a.txt", MAX_ARTICLE_BYTES, SizeLimit::Article).is_ok());
    let e = check_size("big.txt", MAX_ARTICLE_BYTES + 1, SizeLimit::Article).unwrap_err();
    assert_eq!(e.kind, ErrorKind::TooLarge);
    assert!(
        e.message
            .starts_with("big.txt is 5.0 MB (5,242,881 bytes); Parallax reads articles up to 5.0 MB (5,242,880 bytes)."),
        "{}",
        e.message
    );
    let e = check_size("ws.json", 60 * 1024 * 1024, SizeLimit::Import).unwrap_err();
    assert!(
        e.message
            .contains("60.0 MB; Parallax reads workspace files up to 50.0 MB"),
        "{}",
        e.message
    );
    assert!(check_size("ws.json", MAX_IMPORT_BYTES, SizeLimit::Import).is_ok());
    // read_article applies the limit itself too.
    let big = vec![b'a'; MAX_ARTICLE_BYTES as usize + 1];
    assert_eq!(
        read_article("big.txt", &big).unwrap_err().kind,
        ErrorKind::TooLarge
    );
}

#[test]
fn rtf_is_refused_with_advice() {
    let e = read_article("a.rtf", br"{\rtf1\ansi Hello}").unwrap_err();
    assert!(e.message.contains("is an RTF document"), "{}", e.message);
}

#[test]
fn html_articles_keep_text_only() {
    let html = r#"<!DOCTYPE html><html><head><title>Defector &amp; video</title>
        <style>p { color: red }</style><script>document.write("<p>evil</p>")</script></head>
        <body><header><a href="/">Site</a></header><nav><ul><li>Home</li></ul></nav>
        <article><h1>Defector video</h1><p>Carroll said the   soldier
        was shot &#52; times.</p><p>He&rsquo;s &quot;fine&quot;.<br/>New line</p>
        <blockquote>A quote</blockquote><ul><li>One</li><li>Two</li></ul>
        <form><input value="x"><button>Send</button></form><aside>Related</aside>
        <noscript>Enable JS</noscript><iframe src="x">frame</iframe><svg><text>svg text</text></svg>
        <template><p>tpl</p></template></article><footer>© 2024</footer></body></html>"#;
    let a = read_article("page.html", html.as_bytes()).unwrap();
    assert_eq!(a.title, "Defector & video");
    assert_eq!(
        a.text,
        "Defector video\n\nCarroll said the soldier was shot 4 times.\n\nHe\u{2019}s \"fine\".\nNew line\n\nA quote\n\nOne\n\nTwo"
    );
    assert!(
        a.notes.iter().any(|n| n.contains("Extracted 6 paragraphs")),
        "{:?}",
        a.notes
    );
}

#[test]
fn hostile_html_never_yields_script_contents() {
    let cases = [
        "<p>ok</p><script>alert('x1')</script>",
        "<p>ok</p><SCRIPT type=text/javascript>alert('x1')</SCRIPT >",
        "<p>ok</p><script>var s = '</scr' + 'ipt>'; alert('x1')</script>",
        "<p>ok</p><script>alert('x1')",
        "<p>ok</p><script src=x onload=\"alert('x1')\"></script>",
        "<p>ok</p><style>body{background:url(alert('x1'))}</style>",
        "<p>ok</p><img src=x onerror=\"alert('x1')\">",
        "<p>ok</p><a href=\"javascript:alert('x1')\">link</a>",
        "<p>ok</p><svg><script>alert('x1')</script></svg>",
        "<p>ok</p><noscript><p>alert('x1')</p></noscript>",
        "<p>ok</p><!-- <script>alert('x1')</script> -->",
        "<p>ok</p><iframe srcdoc=\"<script>alert('x1')</script>\"></iframe>",
        "<p>ok</p><div title='>'><script>alert('x1')</script></div>",
        "<p>ok</p><template><script>alert('x1')</script></template>",
    ];
    for html in cases {
        let a = read_article("x.html", html.as_bytes()).unwrap();
        assert!(!a.text.contains("alert"), "{html:?} gave {:?}", a.text);
        assert!(!a.text.contains('<'), "{html:?} gave {:?}", a.text);
        assert!(a.text.starts_with("ok"), "{html:?} gave {:?}", a.text);
    }
    // Escaped markup is inert text, shown as written.
    let a = read_article("x.html", b"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>").unwrap();
    assert_eq!(a.text, "<script>alert(1)</script>");
}

#[test]
fn text_files_that_are_html_are_extracted_with_a_note() {
    let a = read_article("saved.txt", b"<!doctype html><title>T</title><p>Body</p>").unwrap();
    assert_eq!((a.title.as_str(), a.text.as_str()), ("T", "Body"));
    assert!(a.notes[0].contains("contains HTML"));
}

/// Annotation and table files are not articles: a brat `.ann` (its text would become an
/// article titled "T1 Claim 0 3 abc"), `annotation.conf`, a CSV table are refused by name
/// with what to do, by `read_article` (the page's Open files…, `parallax suggest`) and by
/// `import` (the page's Import…, `parallax convert`) alike: one check, one message.
#[test]
fn annotation_and_table_files_are_refused_as_articles_with_advice() {
    let cases: [(&str, &[u8], &str); 4] = [
        (
            "lone.ann",
            b"T1\tClaim 0 3\tabc\n",
            "lone.ann is a brat annotation file without its text, not an article; put each \
             .txt and its .ann in one zip file and import the zip.",
        ),
        (
            "annotation.conf",
            b"[entities]\nClaim\n",
            "annotation.conf is a brat configuration file, not an article; put it in one \
             zip file with each .txt and its .ann and import the zip.",
        ),
        (
            "data.csv",
            b"id,text\n1,Some text\n",
            "data.csv is a table (CSV), not an article or a workspace file; convert it to a \
             format Parallax reads: Parallax loads articles from .txt, .md or .html files and \
             imports annotations from Parallax JSON, JSONL, Label Studio JSON, W3C Web \
             Annotation or brat zip files.",
        ),
        (
            "x.conll",
            b"Carroll\tB-PER\n",
            "x.conll is a CoNLL-style file",
        ),
    ];
    for (name, bytes, message) in cases {
        let e = read_article(name, bytes).expect_err(name);
        assert_eq!(e.kind, ErrorKind::Unsupported, "{name}");
        assert!(e.message.starts_with(message), "{}", e.message);
        let i = import(name, bytes).expect_err(name);
        assert_eq!(i.message, e.message, "the same message from import");
    }
    // The names of articles are not caught.
    assert!(read_article("ann.txt", b"T1 is a title").is_ok());
    assert!(read_article("notes", b"Some text").is_ok());
}

/// Parallax's own HTML files are not articles: a coverage report Import…ed or opened became
/// an article of its table text (trial 10), and so would the page itself.
#[test]
fn the_coverage_report_and_the_page_itself_are_refused_as_articles() {
    let mut ws = parallax::model::Workspace::new();
    ws.add_document(
        "AFP",
        "afp.txt",
        "The soldier was shot at least four times.",
    );
    let report = parallax::report::html::render(&ws);
    let e = read_article("story-report.html", report.as_bytes()).expect_err("report");
    assert_eq!(e.kind, ErrorKind::Unsupported);
    assert!(
        e.message
            .starts_with("story-report.html is a coverage report Parallax wrote"),
        "{}",
        e.message
    );
    assert!(
        !e.message.contains("  "),
        "one space between words: {}",
        e.message
    );
    let i = import("story-report.html", report.as_bytes()).expect_err("report");
    assert_eq!(i.message, e.message, "the same message from import");
    // The page as built: its head carries the same generator mark as index.html.
    let index = include_str!("../index.html");
    let e = read_article("parallax.html", index.as_bytes()).expect_err("page");
    assert!(
        e.message.contains("the Parallax page itself"),
        "{}",
        e.message
    );
    // Another page naming Parallax in its text is an article.
    let other = b"<html><head><title>Parallax (film)</title></head><body><p>Parallax is a film.</p></body></html>";
    assert!(read_article("film.html", other).is_ok());
}

#[test]
fn one_paragraph_of_html_is_one_paragraph() {
    let a = read_article("p.html", b"<html><body><p>Only this.</p></body></html>").unwrap();
    assert!(
        a.notes
            .iter()
            .any(|n| n.starts_with("Extracted 1 paragraph of text")),
        "{:?}",
        a.notes
    );
}

#[test]
fn an_html_title_loses_the_site_name_after_it() {
    // Trial 24 (M13): the column title kept " - Le Monde" although og:site_name said so.
    let page = "<html><head><title>Explosion \u{e0} Lyon : trois morts - Le Monde</title>\
                <meta property=\"og:site_name\" content=\"Le Monde\"></head>\
                <body><p>Une explosion a fait trois morts \u{e0} Lyon.</p>\
                <p>Publicit\u{e9}</p><p>Par Claire Dupont</p></body></html>";
    let a = read_article("lemonde.html", page.as_bytes()).unwrap();
    assert_eq!(a.title, "Explosion \u{e0} Lyon : trois morts");
    assert_eq!(a.meta.outlet.as_deref(), Some("Le Monde"));
    // The furniture stays in the text (it is never suggested: see the matcher's tests).
    assert!(a.text.contains("Publicit\u{e9}"));
    assert!(parallax::matcher::reports_no_fact("Publicit\u{e9}"));
    assert!(parallax::matcher::reports_no_fact("Par Claire Dupont"));
    // Another outlet's name after the dash is part of the title.
    let other = page.replace("content=\"Le Monde\"", "content=\"Lib\u{e9}ration\"");
    let a = read_article("other.html", other.as_bytes()).unwrap();
    assert_eq!(a.title, "Explosion \u{e0} Lyon : trois morts - Le Monde");
}
