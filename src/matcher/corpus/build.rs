//! Building a [`Corpus`]: segmenting, tokenising and cutting each sentence to its
//! statement, counting the document frequencies (each text at most [`COUNTED_COPIES`]
//! times per article), then the prepared sentences, the article places and leads told
//! apart, and the index.

use super::statement::Statement;
use super::*;

impl Corpus {
    /// [`Corpus::from_ranges_scoring`], with progress as [`Corpus::new_reporting`] tells it.
    pub(super) fn build(
        docs: &[&str],
        ranges: Vec<Vec<(usize, usize)>>,
        scoring: Scoring,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Corpus {
        let stemmer = text::stemmer();
        // (document, start, end, text, tokens, the statement's text and tokens, those of
        // a statement too short to be scored alone, those of the whole sentence when a
        // background clause was cut off, whether the text is a page's line when that is
        // known)
        type Raw = (
            usize,
            usize,
            usize,
            String,
            Vec<text::Token>,
            (
                Option<(String, Vec<text::Token>)>,
                Option<(String, Vec<text::Token>)>,
                Option<(String, Vec<text::Token>)>,
            ),
            Option<bool>,
        );
        let mut raw: Vec<Raw> = Vec::new();
        let mut doc_first = Vec::with_capacity(docs.len());
        let mut doc_ranges = Vec::with_capacity(docs.len());
        let mut doc_chars = Vec::with_capacity(docs.len());
        let mut df: StemMap<u32> = StemMap::default();
        // The first sentence of each distinct text, the sentences of repeated ones, and
        // how many sentences the statistics count (each text at most COUNTED_COPIES times
        // per article).
        let mut first_of: HashMap<String, u32> = HashMap::new();
        let mut copies: HashMap<u32, Vec<u32>> = HashMap::new();
        let mut counted = 0usize;
        // Per text: (document, occurrences in it so far); texts past the count somewhere.
        let mut in_doc: HashMap<u32, (usize, usize)> = HashMap::new();
        let mut flooded: std::collections::HashSet<u32> = Default::default();
        // (document, text) of the texts a document gives more than COUNTED_COPIES times.
        let mut flooded_in: std::collections::HashSet<(usize, u32)> = Default::default();
        let mut text_id: Vec<u32> = Vec::new();
        // Per document: content stem -> how many of its counted sentences hold it.
        let mut doc_tf: Vec<StemMap<u32>> = vec![StemMap::default(); docs.len()];
        // Per document: stem -> how many of its counted sentences hold it.
        let mut doc_df: Vec<DocFreq> = vec![DocFreq::default(); docs.len()];
        // Each document's sentences, those within its text, in order, each once: all of
        // them counted first, so that progress is told of the whole.
        let mut ranges: Vec<Vec<(usize, usize)>> = docs
            .iter()
            .enumerate()
            .map(|(d, text)| {
                let len = text.chars().count();
                let mut r: Vec<(usize, usize)> = ranges
                    .get(d)
                    .map(|r| {
                        r.iter()
                            .copied()
                            .filter(|&(s, e)| s < e && e <= len)
                            .collect()
                    })
                    .unwrap_or_default();
                r.sort_unstable();
                r.dedup();
                r
            })
            .collect();
        let total: usize = ranges.iter().map(Vec::len).sum();
        let step = (total / 100).max(1);
        progress(0, total);
        for (d, text) in docs.iter().enumerate() {
            let chars: Vec<char> = text.chars().collect();
            let ranges = std::mem::take(&mut ranges[d]);
            doc_first.push(raw.len());
            // The article's own years: those its first sentences name, unless they tell
            // another event ("a similar crash").
            let mut own: Vec<u32> = Vec::new();
            for (n, &(s, e)) in ranges.iter().enumerate() {
                let mut toks = text::tokenize_chars(&chars[s..e], &stemmer);
                let sentence: String = chars[s..e].iter().collect();
                if n < background::OWN_SENTENCES {
                    own.extend(another_event::own_years(&toks));
                }
                // A clause or a sentence about another time is read as background: the
                // score, flags and reasons read the sentence without it
                // (`corpus/background.rs`).
                let mut past = None;
                let told = match background::background_start(&chars[s..e], &toks, &own) {
                    Some(k) => {
                        // The whole sentence too: against an article of another event it
                        // may tell that event (`Sentence::past`).
                        if 0 < k && k < e - s {
                            past = Some((sentence.clone(), toks.clone()));
                        }
                        toks.retain(|t| t.end <= k);
                        s + k
                    }
                    None => e,
                };
                let read = scoring.statement_in(&chars[s..told], Some(&toks));
                let part = read
                    .alone()
                    .map(|(ps, pe)| {
                        let c = &chars[s + ps..s + pe];
                        (
                            c.iter().collect::<String>(),
                            text::tokenize_chars(c, &stemmer),
                        )
                    })
                    .filter(|(_, t)| !t.is_empty() && t.len() < toks.len());
                // A statement too short to be scored alone, read when the frames hold all
                // a pair shares (`Prepared::bare`).
                let bare = match read {
                    Statement::Short(text) => {
                        let c: Vec<char> = text.chars().collect();
                        Some((text, text::tokenize_chars(&c, &stemmer)))
                            .filter(|(_, t)| t.len() < toks.len())
                    }
                    _ => None,
                };
                let k = raw.len() as u32;
                let first = *first_of.entry(sentence.clone()).or_insert(k);
                if first != k {
                    copies.entry(first).or_insert_with(|| vec![first]).push(k);
                }
                // Its occurrence in this document (documents are read one after another).
                let run = in_doc.entry(first).or_insert((d, 0));
                if run.0 != d {
                    *run = (d, 0);
                }
                run.1 += 1;
                text_id.push(first);
                let mut page_line = None;
                if run.1 > COUNTED_COPIES {
                    flooded.insert(first);
                    flooded_in.insert((d, first));
                } else {
                    counted += 1;
                    doc_df[d].sentences += 1;
                    let counted = match &part {
                        Some((_, t)) if scoring.counts_parts() => t,
                        _ => &toks,
                    };
                    let mut stems: Vec<(u64, bool)> =
                        counted.iter().map(|t| (t.stem, t.stop)).collect();
                    stems.sort_unstable();
                    stems.dedup_by_key(|x| x.0);
                    // A timestamp or byline line says nothing about the story.
                    let line = super::super::page_lines::is_page_line(&sentence, &toks);
                    for (st, stop) in stems {
                        *df.entry(st).or_insert(0) += 1;
                        *doc_df[d].df.entry(st).or_insert(0) += 1;
                        if !stop && !line {
                            *doc_tf[d].entry(st).or_insert(0) += 1;
                        }
                    }
                    page_line = Some(line);
                }
                // The prepared sentence reads the same text and tokens unless a background
                // clause was cut off.
                let page_line = page_line.filter(|_| told == e);
                let text = match told < e {
                    true => chars[s..told].iter().collect(),
                    false => sentence,
                };
                raw.push((d, s, e, text, toks, (part, bare, past), page_line));
                if raw.len() % step == 0 && raw.len() < total {
                    progress(raw.len(), total);
                }
            }
            doc_ranges.push(ranges);
            doc_chars.push(chars);
        }
        drop((first_of, in_doc));
        // Only a text repeated in one article more often than an article repeats its
        // headline is indexed once for all its sentences.
        copies.retain(|first, _| flooded.contains(first));
        let n = counted;
        let idf = Idf::local(&df, n);
        let article_sim = article_similarities(&doc_tf, &doc_df);
        drop(doc_tf);
        let max_df = (n / 10).max(20) as u32;
        let sentences: Vec<Sentence> = raw
            .into_iter()
            .enumerate()
            .map(|(k, (doc, start, end, text, toks, parts, page_line))| {
                let (part, bare, past) = parts;
                let n = doc_ranges[doc].len().max(1);
                let position = (k - doc_first[doc]) as f32 / n as f32;
                let own_df = |p: &Prepared| match docs.len() > 2 {
                    true => p
                        .content()
                        .iter()
                        .map(|c| doc_df[doc].df.get(&c.0).copied().unwrap_or(0))
                        .collect(),
                    false => Vec::new(),
                };
                let mut prep = Prepared::from_tokens_known(text, toks, &idf, page_line);
                prep.position = position;
                prep.bare = bare.map(|(text, toks)| {
                    let mut p = Prepared::from_tokens(text, toks, &idf);
                    p.position = position;
                    std::sync::Arc::new(p)
                });
                let part = part.map(|(text, toks)| {
                    let mut p = Prepared::from_tokens(text, toks, &idf);
                    p.position = position;
                    // A page's timestamp line stays one without its frame.
                    p.cues |= prep.cues & super::super::prepared::TIMESTAMP;
                    let df = own_df(&p);
                    (p, df)
                });
                let past = past.map(|(text, toks)| {
                    let mut p = Prepared::from_tokens(text, toks, &idf);
                    p.position = position;
                    Box::new(p)
                });
                Sentence {
                    doc,
                    start,
                    end,
                    own_df: own_df(&prep),
                    prep,
                    part,
                    past,
                }
            })
            .collect();
        let mut sentences = sentences;
        super::super::speakers::resolve_pronouns(&mut sentences, |s| (s.doc, &mut s.prep));
        super::super::speakers::resolve_roles(&mut sentences, |s| (s.doc, &mut s.prep));
        // A quotation runs over sentences of one paragraph: no line break between them.
        let one_paragraph = |doc: usize, from: usize, to: usize| {
            doc_chars[doc]
                .get(from..to)
                .is_some_and(|gap: &[char]| !gap.iter().any(|&c| c == '\n' || c == '\r'))
        };
        super::super::speakers::resolve_quotations(
            &mut sentences,
            |s| ((s.doc, s.start, s.end), &mut s.prep),
            one_paragraph,
            &idf,
        );
        for s in sentences.iter_mut() {
            if let Some((p, _)) = s.part.as_mut() {
                p.quotation = s.prep.quotation.clone();
            }
        }
        super::super::flags::mark_timelines(&mut sentences, |s| (s.doc, &mut s.prep));
        super::super::flags::mark_local_zones(&mut sentences, |s| (s.doc, &mut s.prep));
        // A timeline's line stays one without its frame ("…, the utility says"); its
        // article's local zone stays its own.
        for s in sentences.iter_mut() {
            let cue = s.prep.cues & super::super::prepared::TIMELINE;
            if let Some((p, _)) = s.part.as_mut() {
                p.cues |= cue;
                p.local_offset = s.prep.local_offset;
            }
        }
        let mut repeated = vec![false; sentences.len()];
        for &k in copies.values().flatten() {
            repeated[k as usize] = true;
        }
        let own_flood: Vec<bool> = sentences
            .iter()
            .zip(&text_id)
            .map(|(s, &t)| flooded_in.contains(&(s.doc, t)))
            .collect();
        // The articles' places and the two-events rule are read when first asked
        // (`corpus/events.rs`).
        let doc_places = (0..docs.len()).map(|_| OnceLock::new()).collect();
        let mut postings: StemMap<Vec<Posting>> = StemMap::default();
        let mut by_stem: StemMap<Vec<u32>> = StemMap::default();
        for (i, s) in sentences.iter().enumerate() {
            for &(stem, _) in s.prep.content() {
                by_stem.entry(stem).or_default().push(i as u32);
            }
            // A copy is found through the first sentence of its text.
            if repeated[i] && !copies.contains_key(&(i as u32)) {
                continue;
            }
            for &(stem, whole) in s.prep.content() {
                if df.get(&stem).copied().unwrap_or(0) <= max_df {
                    let statement = s.part.as_ref().and_then(|(p, _)| {
                        let c = p.content();
                        c.binary_search_by_key(&stem, |y| y.0).ok().map(|k| c[k].1)
                    });
                    postings.entry(stem).or_default().push(Posting {
                        sentence: i as u32,
                        whole,
                        statement,
                        apart: s.part.is_some(),
                    });
                }
            }
        }
        progress(total, total);
        // Articles in more than one language: every sentence's concepts (`xling.rs`).
        let xling = crate::matcher::xling::CrossLanguage::new(
            docs.iter()
                .map(|t| crate::matcher::language::guess(t))
                .collect(),
            sentences.iter().map(|s| (s.doc, &s.prep)),
        );
        Corpus {
            sentences,
            doc_first,
            doc_ranges,
            doc_chars,
            idf,
            postings,
            by_stem,
            text_id,
            own_flood,
            repeated,
            copies,
            article_sim,
            doc_places,
            apart: OnceLock::new(),
            doc_df,
            scoring,
            flag_cache: Default::default(),
            xling,
        }
    }
}
