//! Claim spans that hold only a clause of their sentence (trial 32, F1: "Four workers were
//! killed and 11 others injured" labelled out of "..., police said, after the blast at the
//! plant on Tuesday."): how the matcher ranks and scores the gold parallels of such a span,
//! against the same figures for its whole sentence.
//!
//!     cargo run --release --example eval_clauses -- ../shared/eval/articles
//!     LIST=1 cargo run --release --example eval_clauses -- ../shared/eval/articles  # each clause
//!
//! For every sentence of the development article pairs (`gold.jsonl`) and of the two sample
//! articles (gold `SAMPLES_GOLD`), the clauses are the pieces between `,` `;` `:` dashes and
//! brackets, and the pieces of those split at " and " / " but ", each of at least
//! `MIN_WORDS` words and shorter than the sentence. Each clause is a span asked for
//! suggestions (`Corpus::ranked`, as the page asks for a labelled span) in the corpus of the
//! two articles; its gold parallels are its sentence's gold links. The gold does not say
//! which clause of a sentence holds the shared fact, so a clause that holds another fact of
//! its sentence counts as a miss here: the figures compare before / after and clause /
//! whole sentence, they are not a recall.
//!
//! Reports, for the clauses of linked sentences of the same-event pairs and the samples:
//! how many rank a gold parallel first, how many score their best gold parallel 0.5 or
//! more ("probably the same fact"), the mean best gold score; the same for the sentences
//! they come from; and, over all clauses, how many non-gold suggestions score 0.5 or more
//! (in same-event pairs, and in different-event pairs).

#[path = "common/articles.rs"]
#[allow(dead_code)]
mod articles;
#[path = "common/stats.rs"]
mod stats;

use parallax::matcher::Corpus;
use std::collections::HashSet;
use std::path::Path;

/// The fewest words a clause is asked with (a user labels a claim, not a phrase).
const MIN_WORDS: usize = 4;

fn main() {
    if let Err(e) = run() {
        eprintln!("eval_clauses: {e}");
        std::process::exit(2);
    }
}

/// One article pair: texts, sentence ranges, gold links (i of A, j of B).
struct Pair {
    name: String,
    same: bool,
    texts: [String; 2],
    ranges: [Vec<(usize, usize)>; 2],
    links: HashSet<(usize, usize)>,
}

fn load(dir: &Path) -> Result<Vec<Pair>, String> {
    Ok(articles::read_gold(dir)?
        .into_iter()
        .map(|g| Pair {
            name: g.name,
            same: g.same_event,
            texts: [g.texts.0, g.texts.1],
            ranges: [g.ranges.0, g.ranges.1],
            links: g.links.iter().map(|&(i, j, _)| (i, j)).collect(),
        })
        .collect())
}

/// Number of words (alphanumeric runs) of `t`.
fn words(t: &[char]) -> usize {
    t.split(|c| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

/// `(s, e)` trimmed of white space and punctuation at its edges.
fn trim(t: &[char], (mut s, mut e): (usize, usize)) -> (usize, usize) {
    while s < e && !t[s].is_alphanumeric() && !matches!(t[s], '"' | '\'') {
        s += 1;
    }
    while e > s && !t[e - 1].is_alphanumeric() && !matches!(t[e - 1], '"' | '\'' | ')') {
        e -= 1;
    }
    (s, e)
}

/// The clauses of sentence `t` (code points within it): pieces between punctuation, and
/// those pieces split at " and " / " but ", each of at least [`MIN_WORDS`] words and not the
/// whole sentence.
fn clauses(t: &[char]) -> Vec<(usize, usize)> {
    let mut pieces = Vec::new();
    let mut s = 0;
    for (k, &c) in t.iter().enumerate() {
        let cut = matches!(c, ';' | ':' | '\u{2014}' | '\u{2013}' | '(' | ')')
            || (c == ',' && t.get(k + 1).is_some_and(|x| x.is_whitespace()));
        if cut {
            pieces.push((s, k));
            s = k + 1;
        }
    }
    pieces.push((s, t.len()));
    let mut out: Vec<(usize, usize)> = Vec::new();
    for &(ps, pe) in &pieces {
        out.push(trim(t, (ps, pe)));
        let text: String = t[ps..pe].iter().collect();
        for sep in [" and ", " but "] {
            let mut from = ps;
            for (bi, _) in text.match_indices(sep) {
                let k = ps + text[..bi].chars().count();
                out.push(trim(t, (from, k)));
                from = k + sep.len();
            }
            if from != ps {
                out.push(trim(t, (from, pe)));
            }
        }
    }
    let whole = trim(t, (0, t.len()));
    out.sort_unstable();
    out.dedup();
    out.retain(|&(s, e)| s < e && (s, e) != whole && words(&t[s..e]) >= MIN_WORDS);
    out
}

/// What one span's suggestions give: whether a gold parallel is first, the best gold score,
/// the non-gold suggestions at 0.5 or more.
struct Outcome {
    first: bool,
    best_gold: f64,
    false_high: usize,
}

fn ask(
    corpus: &Corpus,
    doc: usize,
    (s, e): (usize, usize),
    other: &[(usize, usize)],
    gold: &HashSet<usize>,
) -> Outcome {
    let got = corpus.ranked(doc, s, e, 1000);
    let index = |r: &parallax::matcher::Ranked| other.iter().position(|&x| x == (r.start, r.end));
    let mut out = Outcome {
        first: false,
        best_gold: 0.0,
        false_high: 0,
    };
    for (k, r) in got.iter().enumerate() {
        let is_gold = index(r).is_some_and(|j| gold.contains(&j));
        if k == 0 {
            out.first = is_gold;
        }
        if is_gold {
            out.best_gold = out.best_gold.max(r.score);
        } else if r.score >= 0.5 {
            out.false_high += 1;
        }
    }
    out
}

#[derive(Default)]
struct Tally {
    n: usize,
    first: usize,
    high: usize,
    sum: f64,
}

impl Tally {
    fn add(&mut self, o: &Outcome) {
        self.n += 1;
        self.first += o.first as usize;
        self.high += (o.best_gold >= 0.5) as usize;
        self.sum += o.best_gold;
    }
    fn line(&self, what: &str) {
        println!(
            "{what:<34} {:>4} spans  gold first {:>4} ({:.3})  gold >= 0.5 {:>4} ({:.3})  mean best gold {:.3}",
            self.n,
            self.first,
            self.first as f64 / self.n.max(1) as f64,
            self.high,
            self.high as f64 / self.n.max(1) as f64,
            self.sum / self.n.max(1) as f64
        );
    }
}

fn run() -> Result<(), String> {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/eval/articles".to_string());
    let list = std::env::var("LIST").is_ok();
    let mut pairs = load(Path::new(&dir))?;
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |f: &str| {
        std::fs::read_to_string(format!("{root}/samples/{f}")).map_err(|e| format!("{f}: {e}"))
    };
    let (afp, lat) = (
        read("afp-defector-footage.txt")?,
        read("latimes-defector-video.txt")?,
    );
    pairs.push(Pair {
        name: "samples".into(),
        same: true,
        ranges: [
            parallax::matcher::segment(&afp),
            parallax::matcher::segment(&lat),
        ],
        texts: [afp, lat],
        links: articles::SAMPLES_GOLD
            .iter()
            .map(|&(i, j, _)| (i, j))
            .collect(),
    });
    let (mut clause_t, mut whole_t, mut sample_t) =
        (Tally::default(), Tally::default(), Tally::default());
    let (mut false_same, mut false_diff, mut clauses_diff) = (0usize, 0usize, 0usize);
    for p in &pairs {
        let corpus = Corpus::from_ranges(
            &[p.texts[0].as_str(), p.texts[1].as_str()],
            vec![p.ranges[0].clone(), p.ranges[1].clone()],
        );
        for side in 0..2 {
            let chars: Vec<char> = p.texts[side].chars().collect();
            let other = &p.ranges[1 - side];
            for (i, &(ss, se)) in p.ranges[side].iter().enumerate() {
                let gold: HashSet<usize> = p
                    .links
                    .iter()
                    .filter_map(|&(a, b)| match side {
                        0 if a == i => Some(b),
                        1 if b == i => Some(a),
                        _ => None,
                    })
                    .collect();
                let cl = clauses(&chars[ss..se]);
                if cl.is_empty() {
                    continue;
                }
                let whole = (!gold.is_empty()).then(|| ask(&corpus, side, (ss, se), other, &gold));
                for (cs, ce) in cl {
                    let o = ask(&corpus, side, (ss + cs, ss + ce), other, &gold);
                    if !p.same {
                        clauses_diff += 1;
                        false_diff += o.false_high;
                        continue;
                    }
                    false_same += o.false_high;
                    if let Some(w) = &whole {
                        clause_t.add(&o);
                        whole_t.add(w);
                        if p.name == "samples" {
                            sample_t.add(&o);
                        }
                        if list {
                            let t: String = chars[ss + cs..ss + ce].iter().collect();
                            println!(
                                "{} {}{i} first {} best {:.3} (sentence: {} {:.3}) {t}",
                                p.name,
                                ["A", "B"][side],
                                o.first as u8,
                                o.best_gold,
                                w.first as u8,
                                w.best_gold
                            );
                        }
                    }
                }
            }
        }
    }
    clause_t.line("clauses of linked sentences");
    whole_t.line("their sentences (one per clause)");
    sample_t.line("  of which the samples'");
    println!("non-gold suggestions >= 0.5 for clauses, same-event pairs and samples: {false_same}");
    println!(
        "suggestions >= 0.5 for the {clauses_diff} clauses of the different-event pairs: {false_diff}"
    );
    Ok(())
}
