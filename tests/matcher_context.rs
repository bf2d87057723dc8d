//! The alignment score in its article context (`Corpus::article_similarity`,
//! `align::calibrate_in`): two stories that only share generic words give no likely link,
//! two reports of one event keep theirs, and a page's timestamp line is never suggested.
//! The articles are development articles of ECB+ (`tests/fixtures/ecb/README.md`).

use parallax::matcher::align::ARTICLE_KNEE;
use parallax::matcher::Corpus;

fn article(name: &str) -> String {
    let path = format!("{}/tests/fixtures/ecb/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The range of the sentence of document `doc` that starts with `prefix`.
fn sentence(corpus: &Corpus, text: &str, doc: usize, prefix: &str) -> (usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    *corpus
        .sentences(doc)
        .iter()
        .find(|&&(s, e)| chars[s..e].iter().collect::<String>().starts_with(prefix))
        .unwrap_or_else(|| panic!("no sentence starting {prefix:?}"))
}

#[test]
fn two_stories_that_share_generic_words_give_no_likely_link() {
    // A deputy shot in Hawaiian Gardens / an office shooting in Vancouver. Before the
    // article context, "Deputies and at least one canine unit also were at the scene" /
    // "There was at least a dozen other people on the scene" scored 88 %, "same fact".
    let (a, b) = (article("16_4ecbplus.txt"), article("18_14ecb.txt"));
    let corpus = Corpus::new(&[&a, &b]);
    assert!(corpus.article_similarity(0, 1) < ARTICLE_KNEE);
    let pairs = corpus.all_pairs(0.5, &mut |_, _| {});
    assert!(pairs.is_empty(), "{:?}", pairs.first());
    let sa = sentence(&corpus, &a, 0, "Deputies and at least one canine unit");
    let sb = sentence(&corpus, &b, 1, "\" There was at least a dozen");
    let s = corpus
        .score_ranges((0, sa.0, sa.1), (1, sb.0, sb.1))
        .expect("both ranges are sentences");
    assert!(s.score < 0.5, "{}", s.score);
}

#[test]
fn two_reports_of_one_event_keep_their_likely_links() {
    let (a, b) = (article("16_1ecbplus.txt"), article("16_4ecbplus.txt"));
    let corpus = Corpus::new(&[&a, &b]);
    assert!(corpus.article_similarity(0, 1) >= ARTICLE_KNEE - 0.05);
    assert_eq!(
        corpus.article_similarity(0, 1),
        corpus.article_similarity(1, 0)
    );
    assert_eq!(corpus.article_similarity(0, 0), 1.0);
    assert_eq!(corpus.article_similarity(0, 9), 0.0);
    let pairs = corpus.all_pairs(0.5, &mut |_, _| {});
    assert!(pairs.len() >= 5, "{}", pairs.len());
}

#[test]
fn a_pages_timestamp_line_is_never_suggested() {
    // Two unrelated BBC stories whose first lines are "Last Updated: Monday, 28 November
    // 2005, 02: 24 GMT" / "Last Updated: Tuesday, 20 December 2005, 10: 39 GMT" (95 %
    // "same fact" before).
    let (a, b) = (article("20_1ecbplus.txt"), article("26_4ecbplus.txt"));
    let corpus = Corpus::new(&[&a, &b]);
    let sa = sentence(&corpus, &a, 0, "Last Updated:");
    let sb = sentence(&corpus, &b, 1, "Last Updated:");
    let s = corpus
        .score_ranges((0, sa.0, sa.1), (1, sb.0, sb.1))
        .expect("both ranges are sentences");
    assert_eq!(s.score, 0.0);
    assert!(corpus.suggest(0, sa.0, sa.1, 5).is_empty());
    assert!(corpus.all_pairs(0.5, &mut |_, _| {}).is_empty());
}

#[test]
fn a_timestamp_line_does_not_make_two_stories_alike() {
    let storm = "Storm batters Brinsley coast.\n\nResidents were evacuated overnight as waves hit the sea wall.\n\nPolice said 40 homes were empty.\n";
    let library = "Council approves new library.\n\nThe building will cost 2 million and open next year.\n\nWork starts in June.\n";
    let stamp = "Updated: Friday, 3 May 2013, 10:15 BST\n\n";
    let bare = Corpus::new(&[storm, library]);
    let (s2, l2) = (format!("{stamp}{storm}"), format!("{stamp}{library}"));
    let stamped = Corpus::new(&[&s2, &l2]);
    let (x, y) = (
        bare.article_similarity(0, 1),
        stamped.article_similarity(0, 1),
    );
    assert!((x - y).abs() < 0.02, "{x} vs {y}");
    assert!(stamped.all_pairs(0.2, &mut |_, _| {}).is_empty());
}
