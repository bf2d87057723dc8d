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
