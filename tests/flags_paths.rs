//! The page's flags (`linking::Matching::suggest_for`: a sentence labelled as a claim,
//! against the other article) and the CLI's (`Corpus::all_pairs`, `parallax suggest`) are
//! the same for the same pair of sentences (trial 21, F-E: in its strike articles the page
//! showed `Workers ≠ Managers` for `Workers said the strike would continue.` / `Managers
//! said the talks would continue.`, the CLI no flag).

use parallax::formats::read_article;
use parallax::linking::Matching;
use parallax::matcher::{Corpus, Discrepancy};
use parallax::model::{Label, Workspace};

/// The text of the article file `name` of `tests/fixtures/strike`, as the CLI reads it.
fn article(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/strike/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    read_article(name, &bytes)
        .unwrap_or_else(|e| panic!("{path}: {e:?}"))
        .text
}

/// The flags as kind, text in A, text in B.
fn shown(flags: &[Discrepancy]) -> Vec<String> {
    flags
        .iter()
        .map(|d| format!("{} {} / {}", d.kind.as_str(), d.a, d.b))
        .collect()
}

/// Every pair `parallax suggest` gives for articles `a` and `b` (at its 0.3 floor) against
/// the page's suggestion for the same two sentences, the sentence of A labelled as a claim.
fn compare(a: &str, b: &str, speaker_flags: &mut usize) {
    let corpus = Corpus::new(&[a, b]);
    let pairs = corpus.all_pairs(0.3, &mut |_, _| {});
    assert!(!pairs.is_empty());
    let slice = |t: &str, s: usize, e: usize| t.chars().skip(s).take(e - s).collect::<String>();
    for p in &pairs {
        let mut ws = Workspace::new();
        let da = ws.add_document("A", "a.txt", a);
        ws.add_document("B", "b.txt", b);
        let claim = ws
            .add_span(&da, p.a_start, p.a_end, Label::Claim)
            .expect("a span");
        let m = Matching::new(&ws.documents);
        let sugs = m.suggest_for(&ws, ws.span(&claim).expect("the claim"));
        let Some(s) = sugs.iter().find(|s| s.sentence == (p.b_start, p.b_end)) else {
            continue;
        };
        let (cli, page) = (shown(&p.flags), shown(&s.flags));
        *speaker_flags += cli.iter().filter(|f| f.starts_with("speaker")).count();
        assert_eq!(
            cli,
            page,
            "CLI / page: {} / {}",
            slice(a, p.a_start, p.a_end),
            slice(b, p.b_start, p.b_end)
        );
    }
}

#[test]
fn page_and_cli_give_one_pair_the_same_flags() {
    let (a, b) = (article("strike_a.txt"), article("strike_b.txt"));
    let mut speaker_flags = 0;
    compare(&a, &b, &mut speaker_flags);
    compare(&b, &a, &mut speaker_flags);
    // A pair of two speakers' statements swapped in, to see a speaker flag on both paths.
    let a2 = a.replace(
        "Workers said the strike would continue.",
        "Ana Ruiz said Tom Kerr was wrong about the strike.",
    );
    let b2 = b.replace(
        "Managers said the talks would continue.",
        "Tom Kerr said Ana Ruiz was wrong about the strike.",
    );
    compare(&a2, &b2, &mut speaker_flags);
    assert!(speaker_flags > 0, "no speaker flag compared");
}
