//! A parallel told with another figure, or with the same figure written another way, ranks
//! first among the other article's sentences (issue 8, cause 4; trial 38, F4): a differing
//! figure is a flag, not a lower rank, "monthly" before a noun is no habit that reads the
//! sentence as background, and "3.000 hectáreas" / "tres mil hectáreas" count one thing.
//! Before session 39 these pairs scored 0.00, 0.44 and 0.27.
//! Fixtures: `tests/fixtures/figures/`.

use parallax::matcher::align::PROBABLY_SAME;
use parallax::matcher::Corpus;

fn article(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/figures/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text of code points `start..end` of `text`.
fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// The scores of the sentence of `a` that contains `in_a` against every sentence of `b`,
/// best first, with the texts of `b`'s sentences.
fn ranked(a: &str, b: &str, in_a: &str) -> Vec<(f64, String)> {
    let (ta, tb) = (article(a), article(b));
    let corpus = Corpus::new(&[&ta, &tb]);
    let mut out: Vec<(f64, String)> = corpus
        .all_pairs(0.0, &mut |_, _| {})
        .iter()
        .filter(|p| p.a_doc == 0 && p.b_doc == 1)
        .filter(|p| slice(&ta, p.a_start, p.a_end).contains(in_a))
        .map(|p| (p.score, slice(&tb, p.b_start, p.b_end)))
        .collect();
    out.sort_by(|x, y| y.0.total_cmp(&x.0));
    out
}

#[test]
fn a_parallel_told_with_another_figure_outranks_every_other_sentence() {
    for (a, b, in_a, in_b) in [
        // Other figures, "monthly" an adjective on both sides.
        (
            "court-wire.txt",
            "court-paper.txt",
            "20 million monthly users",
            "10 million monthly active users",
        ),
        // The same figure, a dot grouping its thousands against words or plain digits.
        (
            "fire-es-agencia.txt",
            "fire-es-diario.txt",
            "3.000 hectáreas",
            "tres mil hectáreas",
        ),
        (
            "fire-nl-anp.txt",
            "fire-nl-krant.txt",
            "3.000 hectare",
            "3000 hectare",
        ),
    ] {
        let r = ranked(a, b, in_a);
        let Some((score, best)) = r.first() else {
            panic!("{a}: no pair for {in_a:?}");
        };
        assert!(
            best.contains(in_b),
            "{a}: {in_a:?} best with {best:?} ({r:?})"
        );
        assert!(
            *score >= PROBABLY_SAME,
            "{a}: {in_a:?} / {in_b:?} only {score}"
        );
    }
}
