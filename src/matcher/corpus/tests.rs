//! Tests of the corpus (`corpus.rs`): suggestions from other documents only, repeated
//! sentences, all-pairs progress and shares, indexing progress.

use super::*;

#[test]
fn suggest_finds_the_parallel_sentence_in_other_documents_only() {
    let a = "Markets fell on Monday. The soldier was shot four times near the border.";
    let b = "Weather was fine. Near the border, the soldier was shot 4 times. Prices rose.";
    let c = "Nothing in common here at all.";
    let corpus = Corpus::new(&[a, b, c]);
    assert_eq!(corpus.len(), 3);
    let (s, e) = corpus.sentences(0)[1];
    let sug = corpus.suggest(0, s, e, 2);
    assert!(!sug.is_empty());
    assert_eq!(sug[0].doc, 1);
    let cb: Vec<char> = b.chars().collect();
    let text: String = cb[sug[0].start..sug[0].end].iter().collect();
    assert_eq!(text, "Near the border, the soldier was shot 4 times.");
    assert!(sug.iter().all(|x| x.doc != 0));
    // Shared-term ranges are absolute in each document.
    let ca: Vec<char> = a.chars().collect();
    let soldier = sug[0]
        .reason
        .shared
        .iter()
        .find(|t| t.term == "soldier")
        .expect("soldier");
    let (x, y) = soldier.a[0];
    assert_eq!(ca[x..y].iter().collect::<String>(), "soldier");
    let (x, y) = soldier.b[0];
    assert_eq!(cb[x..y].iter().collect::<String>(), "soldier");
    // Invalid input gives nothing rather than panicking.
    assert!(corpus.suggest(9, 0, 3, 2).is_empty());
    assert!(corpus.suggest(0, 5, 500, 2).is_empty());
    assert!(corpus.suggest(0, 5, 5, 2).is_empty());
}

#[test]
fn a_sentence_repeated_past_the_counted_copies_weighs_as_those_copies() {
    let a = "Markets fell on Monday. The soldier was shot four times near the border.";
    let b = "Weather was fine. Near the border, the soldier was shot 4 times. Prices rose.";
    let copies = |n: usize| vec!["The soldier was shot four times near the border."; n].join(" ");
    let query = |c: &Corpus| {
        let (s, e) = c.sentences(0)[1];
        c.suggest(0, s, e, 50)
    };
    let (few, many) = (copies(COUNTED_COPIES), copies(300));
    let (small, big) = (Corpus::new(&[a, b, &few]), Corpus::new(&[a, b, &many]));
    // The same statistics: the other article's sentence scores exactly the same.
    let in_b = |sug: &[Suggestion]| sug.iter().find(|x| x.doc == 1).map(|x| (x.start, x.score));
    let (sa, sb) = (query(&small), query(&big));
    assert!(in_b(&sa).is_some());
    assert_eq!(in_b(&sa), in_b(&sb));
    // The copies are suggested once (the others would hide the article's other
    // sentences), and all paired in all-pairs.
    assert_eq!(sb.iter().filter(|x| x.doc == 2).count(), 1);
    assert_eq!(sa.iter().filter(|x| x.doc == 2).count(), COUNTED_COPIES);
    let pairs = big.all_pairs(0.9, &mut |_, _| {});
    assert_eq!(
        pairs
            .iter()
            .filter(|p| p.b_doc == 2 && p.a_doc == 0)
            .count(),
        300
    );
    assert!(pairs.iter().any(|p| (p.a_doc, p.b_doc) == (1, 2)));
}

#[test]
fn all_pairs_reports_progress_and_cross_document_pairs() {
    let a = "The soldier was shot four times near the border. Markets fell.";
    let b = "Near the border, the soldier was shot 4 times. Prices rose.";
    let corpus = Corpus::new(&[a, b]);
    let mut calls = Vec::new();
    let pairs = corpus.all_pairs(0.5, &mut |d, t| calls.push((d, t)));
    assert_eq!(calls.last(), Some(&(4, 4)));
    assert_eq!(pairs.len(), 1, "{pairs:?}");
    assert_eq!((pairs[0].a_doc, pairs[0].b_doc), (0, 1));
    assert!(pairs[0].score >= 0.5);
}

/// Two reports of one shooting, their statements framed ("the army said", "according to
/// officials"), for the all-pairs tests with more than two articles.
const FRAMED_A: &str = "The soldier was shot four times near the border, the army said. \
                        Markets fell sharply on Monday, traders said. Rain is expected.";
const FRAMED_B: &str = "Near the border, the soldier was shot 4 times, according to \
                        officials. Prices rose, analysts said on Monday. The army said \
                        nothing more.";

#[test]
fn all_pairs_shares_merged_are_all_pairs_exactly() {
    // Four articles (each pair weighed by its own IDF), split over two and three Web
    // Workers: the shares merged give the same pairs, scores, reasons and flags in the
    // same order, each share reports its own sentences, and a share past `parts` is empty.
    let (a, b) = (FRAMED_A, FRAMED_B);
    let c = "Officials said the border crossing stayed closed on Monday after the shooting. \
             Markets fell sharply on Monday. Rain fell on the capital.";
    let d = "The soldier was shot three times near the border. Rain is expected on Monday.";
    let corpus = Corpus::new(&[a, b, c, d]);
    assert!(corpus.weighs_pairs());
    for min in [0.0, 0.3, 0.5] {
        let whole = corpus.all_pairs(min, &mut |_, _| {});
        assert!(whole.len() > 2, "{min}: {}", whole.len());
        assert!(whole.iter().any(|p| p.a_doc % 2 == 1), "{min}");
        for parts in [2, 3] {
            let mut shares = Vec::new();
            for part in (0..parts).rev() {
                let mut last = None;
                shares.push(
                    corpus.all_pairs_share(min, (part, parts), &mut |d, t| last = Some((d, t))),
                );
                let own = corpus
                    .sentences
                    .iter()
                    .filter(|s| s.doc % parts == part)
                    .count();
                assert_eq!(last, Some((own, own)), "{min} {part}/{parts}");
                let share = shares.last().map_or(&[][..], Vec::as_slice);
                assert!(share.iter().all(|p| p.a_doc % parts == part));
            }
            assert_eq!(Corpus::merge_shares(shares), whole, "{min}, {parts} parts");
        }
        assert!(corpus
            .all_pairs_share(min, (2, 2), &mut |_, _| {})
            .is_empty());
        assert_eq!(corpus.all_pairs_share(min, (0, 0), &mut |_, _| {}), whole);
    }
}

#[test]
fn all_pairs_whole_cosines_are_the_ones_each_pair_computes() {
    // Three articles (each pair weighed by its own IDF), statements with frames cut.
    let (a, b) = (FRAMED_A, FRAMED_B);
    let c = "Officials said the border crossing stayed closed on Monday after the shooting. \
             Rain fell on the capital.";
    let corpus = Corpus::new(&[a, b, c]);
    assert!(corpus.weighs_pairs());
    let mut wholes = statement::WholeCosines::new(corpus.sentences.len());
    let (mut taken, mut pairs) = (0, 0);
    // Query sentences in order, candidates grouped by article, as all-pairs visits them.
    for (i, x) in corpus.sentences.iter().enumerate() {
        for (j, y) in corpus.sentences.iter().enumerate() {
            if y.doc <= x.doc {
                continue;
            }
            let idf = corpus.pair_idf(x.doc, y.doc);
            let each = corpus.whole_cosine(
                (&x.prep, x.scored().0),
                (&y.prep, y.scored().0),
                (x.doc, y.doc),
                Some(&idf),
            );
            let kept = wholes.cosine(&corpus, (i, x), (j, y), Some(&idf));
            assert_eq!(kept.map(f32::to_bits), each.map(f32::to_bits), "{i} / {j}");
            taken += each.is_some() as usize;
            pairs += 1;
        }
    }
    assert!(taken > 0 && taken < pairs, "{taken} of {pairs}");
}

#[test]
fn a_sentence_whose_statement_passes_the_prefilter_is_a_candidate() {
    // The quotation's frame ("Cooley said at a news conference at the Bellflower
    // courthouse") holds much of the sentence's weight, as "said Larry Waldie of the
    // sheriff's department" does of the other: whole sentence against whole sentence the
    // two are under all-pairs' prefilter for 0.5, statement against statement (what the
    // score reads, beside the whole sentences) they pass it (development article pair 16,
    // where a pair scored 0.37 was missing from `parallax suggest --min 0.3`).
    let a = "\u{201c}Deputy Ortiz was killed while investigating a shooting in which the \
             defendant was a suspect,\u{201d} Cooley said at a news conference at the \
             Bellflower courthouse. The jury deliberated for two days. Prosecutors asked for \
             the death penalty.";
    let b = "Ortiz was shot in the head, said Larry Waldie of the sheriff's department. \
             A Los Angeles County Sheriff's Department deputy died after a shooting Friday \
             afternoon in Hawaiian Gardens, according to the sheriff's department.";
    let corpus = Corpus::new(&[a, b]);
    let (x, y) = (corpus.doc_first[0], corpus.doc_first[1]);
    let (q, s) = (&corpus.sentences[x], &corpus.sentences[y]);
    assert!(s.prep.text.starts_with("Ortiz was shot"), "{}", s.prep.text);
    let min_cos = prefilter_for(0.5);
    assert!(align::cosine(&q.prep, &s.prep) < min_cos);
    assert!(align::cosine(q.scored().0, s.scored().0) >= min_cos);
    let n = corpus.sentences.len();
    let (mut acc, mut acc_st, mut touched) = (vec![0.0; n], vec![0.0; n], Vec::new());
    let cands = corpus.candidates(
        q,
        min_cos,
        (&mut acc, &mut acc_st),
        &mut touched,
        (None, |s| s.doc == 1),
    );
    assert!(cands.contains(&(y as u32)), "{cands:?}");
    // The scratch space is left as it was found.
    assert!(acc.iter().chain(&acc_st).all(|&d| d == 0.0) && touched.is_empty());
}

#[test]
fn indexing_reports_sentences_indexed_of_all() {
    // 250 sentences over two articles: from none to all, never backwards, in about a
    // hundred steps, the same corpus as without reporting.
    let a: String = (0..150)
        .map(|i| format!("The council met {i} times this year. "))
        .collect();
    let b: String = (0..100)
        .map(|i| format!("Rain fell on {i} days in the north. "))
        .collect();
    let mut seen: Vec<(usize, usize)> = Vec::new();
    let corpus = Corpus::new_reporting(&[&a, &b], &mut |done, total| seen.push((done, total)));
    let total = corpus.sentence_count();
    assert_eq!(total, 250);
    assert_eq!(seen.first(), Some(&(0, total)));
    assert_eq!(seen.last(), Some(&(total, total)));
    assert!(seen.iter().all(|&(_, t)| t == total));
    assert!(seen.windows(2).all(|w| w[0].0 <= w[1].0), "{seen:?}");
    assert!((50..=130).contains(&seen.len()), "{} reports", seen.len());
    assert_eq!(Corpus::new(&[&a, &b]).sentence_count(), total);
}

/// Trial 57: a clause telling a crash's cause, selected without its full stop, is
/// disputed by a sentence of another article telling another cause (the panel's card for
/// it is `tests/linking_flagged_cards.rs`); the same cause, or a clause telling none, is
/// disputed by nothing.
#[test]
fn a_cause_clause_is_disputed_by_another_cause_only() {
    let a = "Police said initial evidence pointed to brake failure, but some survivors told rescuers the coach had been travelling too fast on the descent.";
    let asleep =
        "Die Ermittler gehen nach ersten Erkenntnissen von Sekundenschlaf des Lenkers aus.";
    let brakes = "Die Ermittler gehen nach ersten Erkenntnissen von einem Bremsversagen aus.";
    let clause = "Police said initial evidence pointed to brake failure"
        .chars()
        .count();
    let c = Corpus::new(&[a, asleep]);
    assert_eq!(
        c.disputed(0, 0, clause),
        vec![(1, 0, asleep.chars().count())]
    );
    let c = Corpus::new(&[a, brakes]);
    assert!(c.disputed(0, 0, clause).is_empty());
    let c = Corpus::new(&[
        "Police said the road was closed in both directions.",
        asleep,
    ]);
    assert!(c.disputed(0, 0, 50).is_empty());
}
