//! Tests of the all-pairs index's shortcuts (`corpus/all_pairs.rs`): the weights kept in
//! the postings and the lists entered after the query's document give the candidates the
//! general path gives.

use super::*;

/// Five short articles of two stories and some unrelated sentences, sharing words across.
fn articles() -> Vec<String> {
    vec![
        "A fire broke out at a chemical plant in Leeds on Monday. Three workers were hurt. \
         \u{201c}We heard a loud bang,\u{201d} a neighbour said."
            .into(),
        "Three workers were injured when fire swept through a chemical plant in Leeds, \
         police said. The plant was evacuated. Markets rose on Monday."
            .into(),
        "Prices rose on Monday as markets recovered. The central bank held rates, officials \
         said. A neighbour heard nothing."
            .into(),
        "Firefighters put out the blaze at the Leeds plant, according to the fire service. \
         Workers were taken to hospital."
            .into(),
        "The central bank kept its rates on hold on Monday. Markets rose.".into(),
    ]
}

#[test]
fn candidates_from_the_next_document_are_the_general_paths() {
    let texts = articles();
    let docs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let corpus = Corpus::new(&docs);
    assert!(corpus.copies.is_empty());
    let n = corpus.sentences.len();
    let (mut acc, mut acc_st, mut touched) = (vec![0.0; n], vec![0.0; n], Vec::new());
    let mut nonempty = 0;
    for min_cos in [0.0, PREFILTER_COSINE, prefilter_for(0.5)] {
        for q in &corpus.sentences {
            let keep = |s: &Sentence| s.doc > q.doc;
            let from = corpus.doc_first.get(q.doc + 1).copied().unwrap_or(n) as u32;
            let scratch = (&mut acc[..], &mut acc_st[..]);
            let fast = corpus.candidates(q, min_cos, scratch, &mut touched, (Some(from), keep));
            let scratch = (&mut acc[..], &mut acc_st[..]);
            let general = corpus.candidates(q, min_cos, scratch, &mut touched, (None, keep));
            assert_eq!(fast, general, "{}", q.prep.text);
            assert!(fast
                .iter()
                .all(|&k| corpus.sentences[k as usize].doc > q.doc));
            nonempty += !fast.is_empty() as usize;
        }
    }
    // Candidates are there to be found, and the scratch space is left as it was found.
    assert!(nonempty >= 6, "{nonempty} queries with candidates");
    assert!(acc.iter().chain(&acc_st).all(|&d| d == 0.0) && touched.is_empty());
}

#[test]
fn the_postings_hold_each_sentences_own_weights() {
    let texts = articles();
    let docs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let corpus = Corpus::new(&docs);
    let mut apart = 0;
    for (stem, list) in &corpus.postings {
        assert!(list.windows(2).all(|w| w[0].sentence < w[1].sentence));
        for e in list {
            let s = &corpus.sentences[e.sentence as usize];
            let weight = |p: &Prepared| {
                let c = p.content();
                c.binary_search_by_key(stem, |x| x.0).ok().map(|k| c[k].1)
            };
            assert_eq!(Some(e.whole), weight(&s.prep));
            assert_eq!(e.apart, s.part.is_some());
            assert_eq!(e.statement, s.part.as_ref().and_then(|(p, _)| weight(p)));
            apart += e.apart as usize;
        }
    }
    // Some sentences have a statement apart ("..., police said."), read by the postings.
    assert!(apart > 0);
}

/// The sums of [`article_similarities`] as first written: one step per stem of either
/// list, the stems only one article holds adding zeros to the sums.
fn sums_every_step(
    la: &[pair_idf::Entry],
    lb: &[pair_idf::Entry],
    idf: &PairIdf,
) -> (f32, f32, f32) {
    let (mut i, mut j) = (0, 0);
    let (mut na, mut nb, mut dot) = (0.0f32, 0.0f32, 0.0f32);
    while i < la.len() || j < lb.len() {
        let x = la.get(i).map_or(u64::MAX, |e| e.0);
        let y = lb.get(j).map_or(u64::MAX, |e| e.0);
        let (ea, eb) = (
            (i < la.len() && x <= y).then(|| la[i]),
            (j < lb.len() && y <= x).then(|| lb[j]),
        );
        let w = idf.of_df(ea.map_or(0, |e| e.1) + eb.map_or(0, |e| e.1));
        let (wa, wb) = (ea.map_or(0.0, |e| e.2 * w), eb.map_or(0.0, |e| e.2 * w));
        na += wa * wa;
        nb += wb * wb;
        dot += wa * wb;
        i += ea.is_some() as usize;
        j += eb.is_some() as usize;
    }
    (na, nb, dot)
}

#[test]
fn article_similarities_sum_the_shared_stems_bit_for_bit() {
    // Articles of overlapping vocabularies: stems of one, of some, of all; some only
    // counted as stop words (no weight), tails of either list left over.
    let (mut doc_tf, mut doc_df) = (Vec::new(), Vec::new());
    for d in 0..6u64 {
        let (mut tf, mut df) = (StemMap::default(), DocFreq::default());
        df.sentences = 3 + d as u32;
        for k in 0..40u64 {
            if (k * 7 + d * 3) % 5 < 2 + d % 3 {
                let stem = k.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (k % 3);
                df.df.insert(stem, 1 + ((k + d) % 4) as u32);
                if k % 6 != 0 {
                    tf.insert(stem, 1 + ((k * d) % 3) as u32);
                }
            }
        }
        doc_tf.push(tf);
        doc_df.push(df);
    }
    doc_df.push(DocFreq::default());
    doc_tf.push(StemMap::default());
    let (fast, slow) = (
        article_similarities(&doc_tf, &doc_df),
        pair_idf::similarities_by(&doc_tf, &doc_df, sums_every_step),
    );
    let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    assert_eq!(bits(&fast), bits(&slow));
    // Alike in part: the check compares more than zeros and ones.
    assert!(fast.iter().any(|&x| x > 0.05 && x < 0.95), "{fast:?}");
}

#[test]
fn shared_terms_name_every_token_of_their_stem_on_both_sides() {
    let texts = articles();
    let docs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let corpus = Corpus::new(&docs);
    let pairs = corpus.all_pairs(0.2, &mut |_, _| {});
    assert!(!pairs.is_empty());
    let mut terms = 0;
    for p in &pairs {
        let (ia, ib) = (
            corpus.sentence_at(p.a_doc, p.a_start, p.a_end).expect("a"),
            corpus.sentence_at(p.b_doc, p.b_start, p.b_end).expect("b"),
        );
        let (sa, sb) = (&corpus.sentences[ia], &corpus.sentences[ib]);
        for t in &p.reason.shared {
            let stem = sa
                .prep
                .tokens
                .iter()
                .find(|x| x.norm == t.term)
                .map(|x| x.stem);
            assert!(stem.is_some(), "{}", t.term);
            let of = |s: &Sentence| -> Vec<(usize, usize)> {
                s.prep
                    .tokens
                    .iter()
                    .filter(|x| Some(x.stem) == stem)
                    .map(|x| (x.start + s.start, x.end + s.start))
                    .collect()
            };
            assert_eq!(t.a, of(sa), "{}", t.term);
            assert_eq!(t.b, of(sb), "{}", t.term);
            assert!(!t.b.is_empty());
            terms += 1;
        }
    }
    assert!(terms >= 5, "{terms} shared terms");
}

/// Two reports of one bus crash and two earthquakes in two countries
/// (`tests/fixtures/events/`): the quakes are told apart, the crash reports are not.
fn event_articles() -> [&'static str; 4] {
    [
        include_str!("../../../tests/fixtures/events/quake-chile.txt"),
        include_str!("../../../tests/fixtures/events/bus-granada.txt"),
        include_str!("../../../tests/fixtures/events/quake-japan.txt"),
        include_str!("../../../tests/fixtures/events/bus-granada-2.txt"),
    ]
}

#[test]
fn all_pairs_asks_only_the_article_pairs_it_keeps_and_scales_them_as_the_matrix() {
    // All-pairs matching asks the two-events rule only of the article pairs of the pairs
    // it would keep (`ApartAsked`), and never builds the whole matrix; its pairs, scores
    // and flags are those of a corpus whose matrix was built first.
    let docs = event_articles();
    for min in [0.0, 0.2, 0.5] {
        let lazy = Corpus::new(&docs);
        let found = lazy.all_pairs(min, &mut |_, _| {});
        assert!(
            lazy.apart.get().is_none(),
            "{min}: the whole matrix was built"
        );
        let eager = Corpus::new(&docs);
        let apart = eager.apart_pairs();
        assert!(eager.apart.get().is_some());
        assert!(
            apart.iter().any(|&(a, b, _, _)| (a, b) == (0, 2)),
            "the quakes in Chile and Japan are told apart: {apart:?}"
        );
        assert!(!apart.iter().any(|&(a, b, _, _)| (a, b) == (1, 3)));
        assert_eq!(found, eager.all_pairs(min, &mut |_, _| {}), "{min}");
        for parts in [2, 3] {
            let shares = (0..parts)
                .map(|part| lazy.all_pairs_share(min, (part, parts), &mut |_, _| {}))
                .collect();
            assert_eq!(Corpus::merge_shares(shares), found, "{min}, {parts} parts");
        }
        // The quakes' pairs are scaled down at any minimum that keeps them.
        if min == 0.0 {
            let quakes = found.iter().filter(|p| (p.a_doc, p.b_doc) == (0, 2));
            assert!(quakes.clone().count() > 0);
            assert!(quakes.clone().all(|p| p.score <= align::APART_FACTOR));
        }
    }
    // Asked one by one, the verdicts are the matrix's.
    let corpus = Corpus::new(&docs);
    let mut asked = events::ApartAsked::new(&corpus);
    let verdicts: Vec<bool> = (0..4)
        .flat_map(|a| (0..4).map(move |b| (a, b)))
        .map(|(a, b)| asked.is_apart(a, b))
        .collect();
    assert!(corpus.apart.get().is_none());
    let matrix: Vec<bool> = (0..4)
        .flat_map(|a| (0..4).map(move |b| (a, b)))
        .map(|(a, b)| corpus.is_apart(a, b))
        .collect();
    assert_eq!(verdicts, matrix);
    assert!(!asked.is_apart(0, 9));
}

/// The panel's fill (`Corpus::fill_few`) takes an article's size and sentences from
/// `doc_first` (`Corpus::doc_sentences`) instead of a scan of the corpus per query: each
/// article's sentences are exactly one run there, in order, also with a repeated text, an
/// empty article and a last article of one sentence.
#[test]
fn each_articles_sentences_are_one_run_from_its_first() {
    let mut texts = articles();
    texts.push("Markets rose. Markets rose. Markets rose. Markets rose.".into());
    texts.push(String::new());
    texts.push("Markets rose.".into());
    let docs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let corpus = Corpus::new(&docs);
    for d in 0..corpus.len() {
        let scanned: Vec<(usize, usize)> = corpus
            .sentences
            .iter()
            .filter(|s| s.doc == d)
            .map(|s| (s.start, s.end))
            .collect();
        let run: Vec<(usize, usize)> = corpus
            .doc_sentences(d)
            .iter()
            .map(|s| (s.start, s.end))
            .collect();
        assert_eq!(run, scanned, "document {d}");
        assert_eq!(run.len(), corpus.sentences(d).len(), "document {d}");
    }
    assert!(corpus.doc_sentences(corpus.len() - 2).is_empty());
    assert_eq!(corpus.doc_sentences(corpus.len() - 1).len(), 1);
    assert!(corpus.doc_sentences(corpus.len()).is_empty());
}
