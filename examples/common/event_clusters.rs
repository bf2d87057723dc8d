//! Study (session 52, not shipped): the batch's transitive event structure for "same event
//! or a similar event". A graph over the batch's unique texts joins two texts that share a
//! rare name, figure or date (rarity by the batch's own document frequencies: in 2 to
//! `max_df` texts; edge weight the shared terms' summed IDF) and two texts that are each
//! other's `k` nearest neighbours by a plain TF-IDF cosine (weight `10 alpha cosine`).
//! Label propagation in a random order (ties broken at random, seeded) gives each text an
//! event id; over `runs` runs, the share of runs in which a pair's two texts end in one
//! cluster (the co-association) is the pair's feature. Texts are read with the example's
//! own small tokenizer (capitalised words as names, numbers above 12, months and weekdays),
//! not the matcher's, so the product is untouched.

use std::collections::{HashMap, HashSet};

/// A setting of the study.
#[derive(Clone, Copy, Debug)]
pub struct Setting {
    /// Highest document frequency of a rare term: as a share of the batch's unique texts
    /// when below 1, else as a count of texts.
    pub max_df: f64,
    /// Nearest neighbours per text for the content edges.
    pub k: usize,
    /// Weight of a content edge (times 10 times its cosine).
    pub alpha: f64,
    /// Label-propagation runs.
    pub runs: usize,
    /// Nearest content neighbours of each side the co-association is averaged over (0: the
    /// pair's two texts alone).
    pub smooth: usize,
}

/// Stop words for names and the content vectors, separated by spaces.
const STOP: &str =
    "the a an and or but if in on at to of for by with from as is was were be been he she \
     it they we i you his her their its this that these those there here when where who \
     what which while after before during said says say according mr mrs ms dr yesterday \
     today tomorrow tonight last new however meanwhile also police officials authorities \
     witnesses report reports reported one two three four five six seven eight nine ten are \
     has have had not no will would could should can may might being do does did so than \
     then them him our your my me us into over about up out more most very just only";

/// Months and weekdays, separated by spaces (first three letters name the term).
const CALENDAR: &str =
    "january february march april may june july august september october november december \
     jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday \
     friday saturday sunday";

/// Whether `word` is one of the space-separated `list`.
fn listed(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

/// Words (letters, apostrophes, hyphens) and numbers (digits with `,.:`) of a text.
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut digit = false;
    for c in text.chars() {
        let keep = if cur.is_empty() {
            c.is_ascii_alphanumeric()
        } else if digit {
            c.is_ascii_digit() || ",.:".contains(c)
        } else {
            c.is_ascii_alphabetic() || c == '\'' || c == '-'
        };
        if keep {
            if cur.is_empty() {
                digit = c.is_ascii_digit();
            }
            cur.push(c);
        } else {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if c.is_ascii_alphanumeric() {
                digit = c.is_ascii_digit();
                cur.push(c);
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Each text's names, figures and dates ("Nreid", "#2008", "@fri").
fn rare_terms(texts: &[&str]) -> Vec<HashSet<String>> {
    let toks: Vec<Vec<String>> = texts.iter().map(|t| tokens(t)).collect();
    let (mut cap_mid, mut low) = (
        HashMap::<String, usize>::new(),
        HashMap::<String, usize>::new(),
    );
    for ts in &toks {
        for (k, t) in ts.iter().enumerate() {
            let first = t.chars().next().unwrap_or(' ');
            if first.is_ascii_uppercase() && k > 0 {
                *cap_mid.entry(t.to_lowercase()).or_default() += 1;
            } else if first.is_ascii_lowercase() {
                *low.entry(t.to_lowercase()).or_default() += 1;
            }
        }
    }
    toks.iter()
        .map(|ts| {
            let mut s = HashSet::new();
            for (k, t) in ts.iter().enumerate() {
                let l = t.to_lowercase();
                let l = l.split('\'').next().unwrap_or("").to_string();
                let first = t.chars().next().unwrap_or(' ');
                if first.is_ascii_digit() {
                    let v = t.trim_end_matches(['.', ',']).replace(',', "");
                    let small = !v.contains('.') && v.parse::<f64>().is_ok_and(|f| f <= 12.0);
                    if !small {
                        s.insert(format!("#{v}"));
                    }
                } else if listed(CALENDAR, &l) {
                    s.insert(format!("@{}", &l[..3]));
                } else if first.is_ascii_uppercase() && l.len() > 1 && !listed(STOP, &l) {
                    let (c, w) = (
                        cap_mid.get(&t.to_lowercase()).copied().unwrap_or(0),
                        low.get(&t.to_lowercase()).copied().unwrap_or(0),
                    );
                    if (k > 0 || c > 0) && c >= w {
                        s.insert(format!("N{l}"));
                    }
                }
            }
            s
        })
        .collect()
}

/// Unit TF-IDF vectors of the texts' lower-case words (stop words and words of two letters
/// or fewer left out; sublinear counts).
fn content(texts: &[&str]) -> Vec<HashMap<String, f64>> {
    let words: Vec<Vec<String>> = texts
        .iter()
        .map(|t| {
            tokens(&t.to_lowercase())
                .into_iter()
                .map(|w| w.replace(['\'', '-'], ""))
                .filter(|w| w.len() > 2 && !listed(STOP, w))
                .collect()
        })
        .collect();
    let n = texts.len() as f64;
    let mut df: HashMap<&str, f64> = HashMap::new();
    for ws in &words {
        let set: HashSet<&str> = ws.iter().map(String::as_str).collect();
        for w in set {
            *df.entry(w).or_default() += 1.0;
        }
    }
    words
        .iter()
        .map(|ws| {
            let mut c: HashMap<String, f64> = HashMap::new();
            for w in ws {
                *c.entry(w.clone()).or_default() += 1.0;
            }
            let mut v: HashMap<String, f64> = c
                .into_iter()
                .map(|(w, m)| {
                    let idf = (n / df.get(w.as_str()).copied().unwrap_or(1.0)).ln();
                    (w, (1.0 + m.ln()) * idf)
                })
                .collect();
            let norm = v.values().map(|x| x * x).sum::<f64>().sqrt();
            if norm > 0.0 {
                v.values_mut().for_each(|x| *x /= norm);
            }
            v
        })
        .collect()
}

/// Each text's `k` nearest other texts by the cosine of [`content`] vectors: (index,
/// cosine), best first (ties: lower index first).
fn nearest(texts: &[&str], k: usize) -> Vec<Vec<(usize, f64)>> {
    let v = content(texts);
    let mut inv: HashMap<&str, Vec<(usize, f64)>> = HashMap::new();
    for (i, x) in v.iter().enumerate() {
        for (w, &a) in x {
            inv.entry(w.as_str()).or_default().push((i, a));
        }
    }
    v.iter()
        .enumerate()
        .map(|(i, x)| {
            let mut acc: HashMap<usize, f64> = HashMap::new();
            for (w, &a) in x {
                for &(j, b) in inv.get(w.as_str()).into_iter().flatten() {
                    if j != i {
                        *acc.entry(j).or_default() += a * b;
                    }
                }
            }
            let mut l: Vec<(usize, f64)> = acc.into_iter().collect();
            l.sort_by(|p, q| q.1.total_cmp(&p.1).then(p.0.cmp(&q.0)));
            l.truncate(k);
            l
        })
        .collect()
}

/// The weighted graph of the study's setting over the texts (`near`: [`nearest`], at least
/// `s.k` each): per text, (other text, weight).
fn graph(texts: &[&str], near: &[Vec<(usize, f64)>], s: &Setting) -> Vec<HashMap<usize, f64>> {
    let n = texts.len();
    let terms = rare_terms(texts);
    let mut posting: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, t) in terms.iter().enumerate() {
        for w in t {
            posting.entry(w.as_str()).or_default().push(i);
        }
    }
    let max_df = if s.max_df < 1.0 {
        (s.max_df * n as f64).round().max(2.0) as usize
    } else {
        s.max_df as usize
    };
    let mut g: Vec<HashMap<usize, f64>> = vec![HashMap::new(); n];
    for docs in posting.values() {
        if docs.len() < 2 || docs.len() > max_df {
            continue;
        }
        let idf = (n as f64 / docs.len() as f64).ln();
        for &i in docs {
            for &j in docs {
                if i != j {
                    *g[i].entry(j).or_default() += idf;
                }
            }
        }
    }
    for (i, l) in near.iter().enumerate() {
        for &(j, c) in l.iter().take(s.k) {
            if s.alpha > 0.0 && near[j].iter().take(s.k).any(|&(x, _)| x == i) {
                *g[i].entry(j).or_default() += s.alpha * c * 10.0;
            }
        }
    }
    g
}

/// One run of label propagation over `g`, in an order and with ties drawn from `seed`.
fn propagate(g: &[HashMap<usize, f64>], seed: u64) -> Vec<usize> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let n = g.len();
    let mut label: Vec<usize> = (0..n).collect();
    let mut order: Vec<usize> = (0..n).collect();
    for _ in 0..30 {
        for i in (1..n).rev() {
            order.swap(i, (next() % (i as u64 + 1)) as usize);
        }
        let mut changed = false;
        for &i in &order {
            if g[i].is_empty() {
                continue;
            }
            let mut score: HashMap<usize, f64> = HashMap::new();
            for (&j, &w) in &g[i] {
                *score.entry(label[j]).or_default() += w;
            }
            let top = score.values().copied().fold(f64::MIN, f64::max);
            let mut ties: Vec<usize> = score
                .iter()
                .filter(|&(_, &v)| v >= top - 1e-12)
                .map(|(&l, _)| l)
                .collect();
            ties.sort_unstable();
            let pick = ties[(next() % ties.len() as u64) as usize];
            if pick != label[i] {
                label[i] = pick;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    label
}

/// Per pair (`at`: its two indices into `texts`, the batch's unique texts), the share of
/// the setting's label-propagation runs that put its two texts in one cluster.
/// With `s.smooth` > 0, the mean of that share over each side's text and its `s.smooth`
/// nearest content neighbours (every pairing of the two sides).
pub fn coassociation(texts: &[&str], at: &[(usize, usize)], s: &Setting) -> Vec<f64> {
    let near = nearest(texts, s.k.max(s.smooth));
    let g = graph(texts, &near, s);
    let runs: Vec<Vec<usize>> = (0..s.runs as u64).map(|r| propagate(&g, r + 1)).collect();
    let together = |a: usize, b: usize| {
        runs.iter().filter(|l| l[a] == l[b]).count() as f64 / s.runs.max(1) as f64
    };
    let side = |a: usize| -> Vec<usize> {
        std::iter::once(a)
            .chain(near[a].iter().take(s.smooth).map(|&(j, _)| j))
            .collect()
    };
    at.iter()
        .map(|&(a, b)| {
            let (sa, sb) = (side(a), side(b));
            let sum: f64 = sa
                .iter()
                .flat_map(|&i| sb.iter().map(move |&j| (i, j)))
                .map(|(i, j)| together(i, j))
                .sum();
            sum / (sa.len() * sb.len()) as f64
        })
        .collect()
}

/// The batch's unique texts (in order of first use) and each pair's two indices among them.
pub fn unique_texts<'a>(pairs: &[(&'a str, &'a str)]) -> (Vec<&'a str>, Vec<(usize, usize)>) {
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut texts = Vec::new();
    let mut at = Vec::new();
    for &(a, b) in pairs {
        let mut id = |t: &'a str| {
            *index.entry(t).or_insert_with(|| {
                texts.push(t);
                texts.len() - 1
            })
        };
        let ia = id(a);
        let ib = id(b);
        at.push((ia, ib));
    }
    (texts, at)
}
