//! Tests of a span across sentences scored against a range (`corpus/across.rs`,
//! `Corpus::score_ranges`): every pair of parts is scored, only the best explained, and the
//! card is the one explaining every pair and keeping the best gave (session 43).

use super::tests_clause_scores::find;
use super::*;

const A: &str = "Ferry fire off Mallorca\n\nFourteen people were taken to hospital, two of them in serious condition, the regional health service said. The fire started in the engine room at about 7:40 a.m., the operator said.\n\nMore than 300 passengers were evacuated by lifeboat.";
const B: &str = "Fire on ferry\n\nTwelve people were treated in hospital, two of them in serious condition, health officials said. The blaze began in the engine room shortly before 8 a.m., according to the operator.\n\nThe ship was towed back to Palma on Tuesday.";

/// What `score_ranges` gave before session 43: the whole pair and every pair of parts
/// explained in full ([`Corpus::score_ranges_within`]), the best kept (the whole at a tie,
/// then the first pair of parts), named by `b`'s whole range.
fn explained_every_pair(
    corpus: &Corpus,
    a: (usize, usize, usize),
    b: (usize, usize, usize),
) -> Option<Suggestion> {
    let mut best = corpus.score_ranges_within(a, b)?;
    let parts_a = corpus.sentence_parts(a.0, a.1, a.2);
    let parts_b = corpus.sentence_parts(b.0, b.1, b.2);
    if parts_a.is_none() && parts_b.is_none() {
        return Some(best);
    }
    for (sa, ea) in parts_a.unwrap_or_else(|| vec![(a.1, a.2)]) {
        for &(sb, eb) in parts_b.as_deref().unwrap_or(&[(b.1, b.2)]) {
            if let Some(s) = corpus.score_ranges_within((a.0, sa, ea), (b.0, sb, eb)) {
                if s.score > best.score {
                    best = s;
                }
            }
        }
    }
    (best.doc, best.start, best.end) = b;
    Some(best)
}

/// Spans across sentences against each sentence, against a span across sentences, and
/// spans within one sentence (the near cases: no parts), either way round: the same
/// score, reason and flags as explaining every pair gave.
#[test]
fn a_span_across_sentences_gets_the_card_every_pair_explained_gave() {
    let corpus = Corpus::new(&[A, B]);
    let spans_a = [
        // Across two sentences, the second cut short.
        find(A, "Fourteen people were taken to hospital, two of them in serious condition, the regional health service said. The fire started in the engine room"),
        // Across three sentences (a paragraph break included).
        find(A, "two of them in serious condition, the regional health service said. The fire started in the engine room at about 7:40 a.m., the operator said.\n\nMore than 300 passengers"),
        // Within one sentence: whole, and a part of it.
        find(A, "The fire started in the engine room at about 7:40 a.m., the operator said."),
        find(A, "Fourteen people were taken to hospital"),
    ];
    let mut spans_b: Vec<(usize, usize)> = corpus.sentences(1).to_vec();
    // Across two sentences: the whole pair of spans tells two counts and two times apart,
    // each pair of parts one or none.
    spans_b.push(find(
        B,
        "Twelve people were treated in hospital, two of them in serious condition, health officials said. The blaze began in the engine room shortly before 8 a.m.",
    ));
    let mut flagged = 0;
    let mut parts_scored = 0;
    for &(sa, ea) in &spans_a {
        for &(sb, eb) in &spans_b {
            for (x, y) in [((0, sa, ea), (1, sb, eb)), ((1, sb, eb), (0, sa, ea))] {
                let got = corpus.score_ranges(x, y).expect("scored");
                let want = explained_every_pair(&corpus, x, y).expect("scored");
                assert_eq!(got, want, "{x:?} / {y:?}");
                assert_eq!((got.doc, got.start, got.end), y);
                flagged += !got.flags.is_empty() as usize;
                let whole = corpus.score_ranges_within(x, y).expect("scored");
                parts_scored += (got.score > whole.score) as usize;
            }
        }
    }
    // Some cards carry flags, and some take a part's score over the whole's.
    assert!(flagged > 0 && parts_scored > 0, "{flagged} {parts_scored}");
    // An invalid range is still no card.
    assert_eq!(corpus.score_ranges((0, 5, 4), (1, 0, 10)), None);
    assert_eq!(corpus.score_ranges((0, 0, 10), (2, 0, 10)), None);
}
