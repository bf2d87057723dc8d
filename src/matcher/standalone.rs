//! The standalone pair score: two texts scored without any loaded articles ([`score`],
//! built-in IDF table; [`score_batch`], IDF counted over the batch), the per-thread cache of
//! prepared sentences [`score`] keeps, and the speakers of a single text. The features and
//! the models are `features.rs` (`features::score_prepared`).

use super::context::{self, Context};
use super::features::{self, Idf, Prepared};
use super::{parallel, speakers, text};

/// Score in [0, 1] that `a` and `b` state the same fact (standalone pair, built-in IDF).
/// 0.5 is the decision threshold the model was trained for.
///
/// Prepared sentences are remembered per thread (the last few thousand distinct texts), so
/// scoring the same sentence against many others tokenises it once.
pub fn score(a: &str, b: &str) -> f64 {
    let pa = prepared_cached(a);
    let pb = prepared_cached(b);
    features::score_prepared(&pa, &pb)
}

/// Scores of a batch of standalone pairs, with IDF from the batch itself: document
/// frequencies of stems over the batch's unique texts ([`features::Idf::local`]), so words
/// common in this batch weigh little. Batches of fewer than [`BATCH_MIN_TEXTS`] unique
/// texts are too small for counts to mean anything and use the built-in table, like
/// [`score`]. Same order as `pairs`; each score in [0, 1].
///
/// In a batch large enough for its own IDF, the batch is also context: a pair scored below
/// 0.5 moves up when its two texts sit among the same other texts of the batch and down
/// when their neighbourhoods are apart (`context.rs`; same event or a similar event), and
/// stays below 0.5; a pair at 0.5 or above keeps its score.
pub fn score_batch(pairs: &[(&str, &str)]) -> Vec<f64> {
    let Some((at, prepared)) = prepare_batch(pairs) else {
        return pairs.iter().map(|&(a, b)| score(a, b)).collect();
    };
    let ctx = Context::new(&prepared, context::NEIGHBOURS);
    let scores = parallel::map(&at, |&(ia, ib)| {
        ctx.adjust(
            features::score_prepared(&prepared[ia], &prepared[ib]),
            ia,
            ib,
        )
    });
    parallel::drop_all(prepared);
    scores
}

/// [`score_batch`] without the batch as context: IDF from the batch, but every pair's score
/// as its two texts alone give it (what `parallax score` gave before session 41; for
/// measuring what the context changes).
#[doc(hidden)]
pub fn score_batch_without_context(pairs: &[(&str, &str)]) -> Vec<f64> {
    let Some((at, prepared)) = prepare_batch(pairs) else {
        return pairs.iter().map(|&(a, b)| score(a, b)).collect();
    };
    let scores = parallel::map(&at, |&(ia, ib)| {
        features::score_prepared(&prepared[ia], &prepared[ib])
    });
    parallel::drop_all(prepared);
    scores
}

/// Each pair's two indices among the batch's unique texts, and those texts prepared
/// ([`prepare_batch`]).
pub(crate) type PreparedBatch = (Vec<(usize, usize)>, Vec<Prepared>);

/// The batch's unique texts prepared and weighed with IDF counted over them, and each
/// pair's two indices among them; `None` for a batch of fewer than [`BATCH_MIN_TEXTS`]
/// unique texts.
pub(crate) fn prepare_batch(pairs: &[(&str, &str)]) -> Option<PreparedBatch> {
    let mut unique: text::FxMap<&str, usize> = Default::default();
    unique.reserve(pairs.len().min(1 << 20));
    let mut index = |t| {
        let n = unique.len();
        *unique.entry(t).or_insert(n)
    };
    let at: Vec<(usize, usize)> = pairs.iter().map(|&(a, b)| (index(a), index(b))).collect();
    if unique.len() < BATCH_MIN_TEXTS {
        return None;
    }
    let mut order: Vec<&str> = vec![""; unique.len()];
    for (&t, &i) in &unique {
        order[i] = t;
    }
    // Sentences are prepared, weighed and scored on every core natively (`parallel`); the
    // document frequencies are counted in between (whole numbers: the same in any order),
    // so the output is the same as one thread's. Scoring reads only the lists made from the tokens, and the
    // batch holds every text at once, so neither the text nor its tokens are kept.
    let mut prepared: Vec<Prepared> = parallel::map(&order, |&t| {
        text::reserve_word_cache(order.len());
        let toks = STEMMER.with(|s| text::tokenize(t, s));
        let p = Prepared::lists(t, &toks);
        text::recycle(toks);
        p
    });
    // Document frequencies, counted on every core: each part counts the stems whose
    // lowest bit is its number, so the parts hold different stems and join without sums.
    let parts = parallel::map(&[0u64, 1], |&part| {
        let mut df: features::StemMap<u32> = Default::default();
        df.reserve(2 * order.len());
        for p in &prepared {
            for_each_stem(p, |st| {
                if st & 1 == part {
                    *df.entry(st).or_insert(0) += 1;
                }
            });
        }
        df
    });
    let mut parts = parts.into_iter();
    let mut df = parts.next().unwrap_or_default();
    df.extend(parts.flatten());
    let idf = Idf::local(&df, unique.len());
    parallel::for_each_mut(&mut prepared, |p| p.weigh(&idf));
    Some((at, prepared))
}

/// Experiment (session 41): the batch-context features of each pair
/// ([`super::context::pair_features`] with `k` neighbours); empty rows for a batch too
/// small to count IDF in.
#[doc(hidden)]
pub fn batch_context_features(pairs: &[(&str, &str)], k: usize) -> Vec<Vec<f32>> {
    let Some((at, prepared)) = prepare_batch(pairs) else {
        return vec![Vec::new(); pairs.len()];
    };
    let ctx = Context::new(&prepared, k);
    at.iter()
        .map(|&(a, b)| ctx.pair_features(a, b).to_vec())
        .collect()
}

thread_local! {
    static STEMMER: rust_stemmers::Stemmer = text::stemmer();
}

/// `f` of each distinct stem of a prepared sentence, in order: each is a content stem or a
/// stop word's (both lists sorted and unique), so the two lists are merged.
fn for_each_stem(p: &Prepared, mut f: impl FnMut(u64)) {
    let (c, s) = (p.content(), &p.stops);
    let (mut i, mut j) = (0, 0);
    loop {
        let st = match (c.get(i), s.get(j)) {
            (Some(&(x, _)), Some(&y)) if x == y => {
                i += 1;
                j += 1;
                x
            }
            (Some(&(x, _)), Some(&y)) if x < y => {
                i += 1;
                x
            }
            (Some(&(x, _)), None) => {
                i += 1;
                x
            }
            (_, Some(&y)) => {
                j += 1;
                y
            }
            (None, None) => break,
        };
        f(st);
    }
}

/// Fewest unique texts for which [`score_batch`] counts document frequencies in the batch.
pub const BATCH_MIN_TEXTS: usize = 200;

const CACHE_SIZE: usize = 8192;

thread_local! {
    static PREPARED: std::cell::RefCell<std::collections::HashMap<u64, std::rc::Rc<Prepared>, std::hash::BuildHasherDefault<features::StemHasher>>> =
        std::cell::RefCell::new(Default::default());
}

fn prepared_cached(text: &str) -> std::rc::Rc<Prepared> {
    let key = text::hash_str(text);
    PREPARED.with(|c| {
        if let Some(p) = c.borrow().get(&key) {
            if p.text == text {
                return p.clone();
            }
        }
        let p = std::rc::Rc::new(Prepared::new(text, Idf::builtin()));
        let mut m = c.borrow_mut();
        if m.len() >= CACHE_SIZE {
            m.clear();
        }
        m.insert(key, p.clone());
        p
    })
}

/// Forget the sentences [`score`] remembers on this thread (for benchmarks and for
/// freeing memory after a large batch).
pub fn clear_score_cache() {
    PREPARED.with(|c| c.borrow_mut().clear());
}

/// The speakers a sentence names ("Carroll said", "according to Carroll", "Carroll told
/// reporters", "said the harbour master"): each with its range (code points of `text`) and
/// its words as written.
pub fn speaker_names(text: &str) -> Vec<((usize, usize), String)> {
    speakers::speaker_names(&Prepared::new(text, Idf::builtin()))
}

/// The speaker at code points `range` of `text` (one of [`speaker_names`]) as a speaker
/// flag shows it: a name with the title written right before it ("Kremlin spokesman
/// Dmitry Peskov", as "Foreign Minister Sergei Lavrov" is one name); anything else as it is.
pub fn titled_speaker(text: &str, range: (usize, usize)) -> (usize, usize) {
    speakers::titled(&Prepared::new(text, Idf::builtin()), range)
}

/// Who an attribution span at code points `range` of `sentence` (the sentence holding it)
/// credits, as code points of `sentence`: a speaker [`speaker_names`] finds inside the span,
/// else the first name written in it, whatever words it holds beside ("Sheriff Bill
/// Franklin spoke to reporters", "ha raccontato un vicino, Gennaro Esposito"). `None` when
/// the span names no one ("the mayor told reporters").
pub fn credited_speaker(sentence: &str, range: (usize, usize)) -> Option<(usize, usize)> {
    speakers::credited(&Prepared::new(sentence, Idf::builtin()), range)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn score_in_unit_interval_and_symmetric() {
        let cases = [
            (
                "The defector was shot at least four times.",
                "The soldier was shot several times.",
            ),
            ("", "Something"),
            ("!!!", "???"),
            ("Stocks rose 2.5 percent.", "Stocks rose 2.5 percent."),
        ];
        for (a, b) in cases {
            let (x, y) = (score(a, b), score(b, a));
            assert!((0.0..=1.0).contains(&x), "{a} / {b}: {x}");
            assert!((x - y).abs() < 1e-9, "{a} / {b}: {x} vs {y}");
        }
        assert_eq!(score("", "Something"), 0.0);
    }

    #[test]
    fn paraphrase_beats_unrelated_and_conflicts_lower() {
        let a =
            "The North Korean soldier was shot five times as he ran across the border on Monday.";
        let para =
            "As he ran across the border on Monday, the North Korean soldier was shot five times.";
        let other = "Shares of the company fell sharply in early trading in New York.";
        let conflict =
            "The South Korean soldier was shot two times as he ran across the border on Friday.";
        let sp = score(a, para);
        assert!(sp > 0.7, "{sp}");
        assert!(score(a, other) < 0.2);
        assert!(score(a, conflict) < sp);
    }

    /// One clock time in two notations is one shared word and one shared number
    /// (`align::figures_shared`, session 52): "7:40 p.m." / "19:40" scored 0.430, as a
    /// differing figure, against 0.673 for the time written alike. Another time stays a
    /// differing figure.
    #[test]
    fn one_clock_time_in_two_notations_is_shared() {
        let a = "The blackout began at 7:40 p.m.";
        let two = score(a, "The power cut started at 19:40.");
        let alike = score(a, "The power cut started at 7:40 p.m.");
        assert!(two >= 0.5, "{two}");
        assert!((two - alike).abs() < 0.1, "{two} / {alike}");
        let other = score(a, "The power cut started at 19:50.");
        assert!(other < 0.2, "{other}");
        let decades = score(
            "The two firms have been partners for two decades.",
            "The two firms have been partners for twenty years.",
        );
        assert!(decades >= 0.7, "{decades}");
        // Sentences of no such figure score as before: the article model's features
        // are the same function with nothing added.
        let (p, q) = (
            Prepared::new("Two people died in the fire.", Idf::builtin()),
            Prepared::new("The fire killed two people.", Idf::builtin()),
        );
        assert_eq!(
            features::features(&p, &q),
            features::features_sharing(&p, &q, crate::matcher::align::figures_shared(&p, &q))
        );
    }

    /// A batch's sentences are read for scoring only (`Prepared::lists`: no page-line cue,
    /// classes, count slots or conditions) and score every pair exactly as the whole
    /// sentences do, on sentences that have all of those parts.
    #[test]
    fn scoring_lists_score_as_whole_sentences() {
        let texts = [
            "Last Updated: Monday, 28 November 2005, 02:24 GMT",
            "The driver was in critical condition after the bus crash killed 12 people.",
            "The defector was shot at least four times.",
            "The soldier was shot several times, officials said on Monday.",
            "\"We are still pulling people out of the rubble,\" the spokesman said?",
            "Two people were killed and 30 injured when the train derailed.",
        ];
        let idf = Idf::builtin();
        let whole: Vec<Prepared> = texts.iter().map(|t| Prepared::new(t, idf)).collect();
        let lists: Vec<Prepared> = texts
            .iter()
            .map(|t| {
                let toks = STEMMER.with(|s| text::tokenize(t, s));
                let mut p = Prepared::lists(t, &toks);
                p.weigh(idf);
                p
            })
            .collect();
        // The whole sentences have the parts the lists leave out.
        use crate::matcher::prepared::TIMESTAMP;
        assert!(whole.iter().any(|p| p.cues & TIMESTAMP != 0));
        assert!(whole.iter().any(|p| p.classes != 0));
        assert!(whole.iter().any(|p| !p.count_slots.is_empty()));
        for p in &lists {
            assert_eq!((p.cues & TIMESTAMP, p.classes), (0, 0));
            assert!(p.count_slots.is_empty() && p.content_flags.is_empty());
        }
        for (i, (wa, la)) in whole.iter().zip(&lists).enumerate() {
            assert_eq!(wa.cues & !TIMESTAMP, la.cues, "{}", texts[i]);
            for (wb, lb) in whole.iter().zip(&lists) {
                let (w, l) = (
                    features::score_prepared(wa, wb),
                    features::score_prepared(la, lb),
                );
                assert_eq!(w.to_bits(), l.to_bits(), "{} / {}", wa.text, wb.text);
            }
        }
    }
}
