//! Tests of [`paragraphs`]: the paragraphs the page draws an article in.

use super::paragraphs;

/// The text of each paragraph of `text` (ranges are code points).
fn texts(text: &str) -> Vec<String> {
    paragraphs(text)
        .iter()
        .map(|&(s, e)| text.chars().skip(s).take(e - s).collect())
        .collect()
}

#[test]
fn lines_are_paragraphs_blank_lines_and_crlf_make_none() {
    assert_eq!(
        texts("Title\r\n\r\nFirst para.\nSecond 😀 para.\n  \n"),
        ["Title", "First para.", "Second 😀 para."]
    );
    assert!(paragraphs("").is_empty());
    assert!(paragraphs(" \n\r\n \t").is_empty());
}

#[test]
fn a_hard_wrapped_paragraph_is_one_paragraph() {
    // A .txt wrapped at 40 columns (a new-user trial): the page drew each line as a
    // paragraph. The headline above and the next paragraph stay apart.
    let text = "Bridge collapses in Lyon\n\nAccording to a police report released\nTuesday by the Rhone prefecture, the\ndriver was drunk. Twelve people died.\n\nRescue teams were searching\n2 sites.";
    assert_eq!(
        texts(text),
        [
            "Bridge collapses in Lyon",
            "According to a police report released\nTuesday by the Rhone prefecture, the\ndriver was drunk. Twelve people died.",
            "Rescue teams were searching\n2 sites.",
        ]
    );
}

#[test]
fn markers_stay_and_list_items_and_headings_are_their_own_paragraphs() {
    let text = "# The bridge\n- item one,\n- item two\n> \"We will rebuild,\" she said.\nSEOUL (AFP) -\nThe video shows it.";
    assert_eq!(
        texts(text),
        [
            "# The bridge",
            "- item one,",
            "- item two",
            "> \"We will rebuild,\" she said.",
            "SEOUL (AFP) -",
            "The video shows it.",
        ]
    );
}

#[test]
fn one_paragraph_per_line_files_keep_their_lines() {
    // Long lines (a file with one paragraph per line) are never joined, even when a line
    // ends in a comma.
    let long = "word ".repeat(30);
    let text = format!("{long}and then,\n{long}the end.\nShort line.");
    assert_eq!(paragraphs(&text).len(), 3);
}

#[test]
fn ranges_are_code_points_and_every_sentence_lies_in_one_paragraph() {
    let text = "Émile 😀 said the\r\ndriver was drunk.\n\n中文。第二句。\nThe end.";
    let paras = paragraphs(text);
    assert_eq!(paras[0], (0, 35)); // É and 😀 one code point each, "\r\n" two
    for (s, e) in super::segment(text) {
        assert!(
            paras.iter().any(|&(a, b)| a <= s && e <= b),
            "sentence {s}..{e} crosses paragraphs {paras:?}"
        );
    }
}

#[test]
fn a_wrapped_markdown_quotation_is_one_paragraph_its_markers_kept() {
    let text = "Intro line.\n\n> \"The driver of the truck was drunk,\" the\n> prefect told reporters on Tuesday.\n\nAfter.";
    assert_eq!(
        texts(text),
        [
            "Intro line.",
            "> \"The driver of the truck was drunk,\" the\n> prefect told reporters on Tuesday.",
            "After.",
        ]
    );
}
