//! An article loaded a second time with other line ends, a BOM, or without its final
//! newline is recognised as already loaded, while the loaded text stays exactly as read
//! (case duplicate-article-line-endings; the same four files drive the e2e test).

use parallax::formats::read_article;
use parallax::model::Workspace;
use std::path::PathBuf;

fn fixture(name: &str) -> Vec<u8> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/e2e/fixtures/duplicate-article")
        .join(name);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn the_same_article_saved_four_ways_is_found_once() {
    let mut ws = Workspace::new();
    let lf = read_article("article-lf.txt", &fixture("article-lf.txt")).expect("lf reads");
    let id = ws.add_document(&lf.title, "article-lf.txt", &lf.text);
    for name in [
        "article-crlf.txt",
        "article-no-final-newline.txt",
        "article-bom.txt",
    ] {
        let a = read_article(name, &fixture(name)).expect("reads");
        // The reader decodes the BOM away; the other two differ byte for byte.
        if name != "article-bom.txt" {
            assert_ne!(*a.text, *lf.text, "{name} differs byte for byte");
        }
        let found = ws.find_same_article(&a.text).map(|d| d.id.clone());
        assert_eq!(
            found.as_deref(),
            Some(id.as_str()),
            "{name} is the same article"
        );
        // Exact comparison (used when merging spans by offset) still tells them apart,
        // except where the reader already removed the BOM.
        if name != "article-bom.txt" {
            assert!(ws.find_same_text(&a.text).is_none(), "{name}");
        }
    }
    // Stored exactly as loaded: the CRLF file's text keeps its CRs when loaded first.
    let mut ws2 = Workspace::new();
    let crlf = read_article("article-crlf.txt", &fixture("article-crlf.txt")).expect("reads");
    let d = ws2.add_document(&crlf.title, "article-crlf.txt", &crlf.text);
    assert!(ws2.document(&d).is_some_and(|d| d.text.contains("\r\n")));
    // A different article is not a duplicate.
    let other = "Harbour plan\n\nThe minister said the new port will open in July.\n";
    assert!(ws.find_same_article(other).is_none());
}
