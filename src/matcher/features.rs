//! Sentence representations and the pair features the score is built from.
//!
//! A [`Prepared`] sentence (`prepared.rs`) is tokenised and normalised once (stems, IDF weights, bigrams,
//! character trigrams, numbers, names, dates) so scoring a pair is a few sorted-list merges.
//! [`features`] turns a pair into the [`N_FEATURES`] numbers the learned model
//! (`weights.rs`) combines; the training program (`examples/train_matcher.rs`) uses the
//! same function, so training and use cannot drift apart.
//!
//! The first 26 features are the whole sentences' overlap, names, numbers and dates; the
//! last 12 (session 52, issue 8) read the wording (`Prepared::wording`): the content words
//! in order (`features/content_order.rs`), characters (`features/characters.rs`) and an
//! extra clause or a quotation on one side (`features/clauses.rs`).

pub use super::prepared::{Idf, Prepared, StemBuild, StemHasher, StemMap};
use super::weights;

mod characters;
mod clauses;
mod content_order;

/// Whether `a` and `b` both name a date of kind `k` (`Prepared::date_kinds`: 0 a month,
/// 1 a weekday, 2 a year, 3 a day of the month) and share none of them: the two tell that
/// date otherwise.
pub(crate) fn dates_told_otherwise(a: &Prepared, b: &Prepared, k: usize) -> bool {
    let (x, y) = (&a.date_kinds[k], &b.date_kinds[k]);
    !x.is_empty() && !y.is_empty() && count_shared(x, y) == 0
}

pub(crate) fn count_shared<T: Ord + Copy>(a: &[T], b: &[T]) -> usize {
    // Branch-free merge: the comparisons are unpredictable, so avoid jumping on them.
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        n += (x == y) as usize;
        i += (x <= y) as usize;
        j += (y <= x) as usize;
    }
    n
}

/// How many stems two sorted weighted lists share.
pub(crate) fn count_shared_stems(a: &[(u64, f32)], b: &[(u64, f32)]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i].0, b[j].0);
        n += (x == y) as usize;
        i += (x <= y) as usize;
        j += (y <= x) as usize;
    }
    n
}

/// (sum of idf² shared, sum of idf shared) over two sorted weighted lists.
pub(crate) fn weighted_shared(a: &[(u64, f32)], b: &[(u64, f32)]) -> (f32, f32, usize) {
    let (mut i, mut j) = (0, 0);
    let (mut sq, mut s, mut n) = (0.0f32, 0.0f32, 0usize);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i].0, b[j].0);
        if x == y {
            let w = a[i].1.min(b[j].1);
            sq += w * w;
            s += w;
            n += 1;
        }
        i += (x <= y) as usize;
        j += (y <= x) as usize;
    }
    (sq, s, n)
}

/// Longest common subsequence length of two stem sequences (also read by the trainer's
/// candidate features, `examples/common/extra.rs`).
pub fn lcs(a: &[u64], b: &[u64]) -> usize {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    let (a, b) = if a.len() < b.len() { (b, a) } else { (a, b) };
    if b.len() <= 64 {
        return lcs_bits(a, b);
    }
    let mut stack = [0u16; 128];
    let mut heap = Vec::new();
    let row: &mut [u16] = if b.len() < stack.len() {
        &mut stack[..b.len() + 1]
    } else {
        heap.resize(b.len() + 1, 0u16);
        &mut heap
    };
    for &x in a {
        let mut prev = 0u16;
        for j in 0..b.len() {
            let tmp = row[j + 1];
            row[j + 1] = if x == b[j] {
                prev + 1
            } else {
                row[j + 1].max(row[j])
            };
            prev = tmp;
        }
    }
    row[b.len()] as usize
}

/// [`lcs`] when `b` has at most 64 stems: the bit-parallel algorithm of Allison and Dix
/// (1986) as written by Crochemore, Iliopoulos, Pinzon and Reid (2001, "A fast and
/// practical bit-vector algorithm for the longest common subsequence problem"): bit `j`
/// of `v` is 0 where the DP row steps up after `b[j]`, so the row is updated a word at a
/// time (`v' = (v + (v & m)) | (v & !m)`, `m` the positions of the next stem of `a` in
/// `b`) and the length is the number of zero bits.
fn lcs_bits(a: &[u64], b: &[u64]) -> usize {
    debug_assert!(b.len() <= 64);
    // A stem of `a` that is not in `b` leaves `v` as it is (`m = 0`); a 256-bit filter of
    // `b`'s stems (bit `stem % 256`) skips most of them without the scan of `b` (a
    // sentence's 20-30 stems fill a tenth of it).
    let bit = |y: u64| (usize::from(y as u8 >> 6), 1u64 << (y & 63));
    let mut filter = [0u64; 4];
    for &y in b {
        let (w, m) = bit(y);
        filter[w] |= m;
    }
    let mut v = !0u64;
    for &x in a {
        let (w, m) = bit(x);
        if filter[w] & m == 0 {
            continue;
        }
        let mut m = 0u64;
        for (j, &y) in b.iter().enumerate() {
            m |= ((x == y) as u64) << j;
        }
        v = v.wrapping_add(v & m) | (v & !m);
    }
    let low = if b.len() == 64 {
        !0
    } else {
        (1u64 << b.len()) - 1
    };
    b.len() - (v & low).count_ones() as usize
}

fn ratio(n: usize, d: usize) -> f32 {
    if d == 0 {
        0.0
    } else {
        n as f32 / d as f32
    }
}

/// Number of features the model uses.
pub const N_FEATURES: usize = 26 + WORDING;

/// Number of the wording features at the end of the vector.
const WORDING: usize = content_order::N + characters::N + clauses::N;

/// Names of the features, in order (for the training report and weights file).
pub const FEATURE_NAMES: [&str; N_FEATURES] = [
    "idf_cosine",
    "idf_coverage_min",
    "idf_coverage_max",
    "unigram_min",
    "unigram_max",
    "bigram_min",
    "bigram_max",
    "char3_dice",
    "lcs_min",
    "lcs_max",
    "length_ratio",
    "content_count_diff",
    "numbers_jaccard",
    "numbers_conflict",
    "numbers_one_sided",
    "names_jaccard",
    "names_unmatched_max",
    "names_unmatched_min",
    "date_conflict",
    "date_shared",
    "negation_mismatch",
    "unmatched_idf_max",
    "unmatched_idf_min",
    "stopword_jaccard",
    "cosine_x_length",
    "all_content_shared",
    "content_lcs_min",
    "content_lcs_max",
    "content_bigram_min",
    "content_bigram_max",
    "content_words_log_diff",
    "numbers_written_diff",
    "unshared_words_char3_dice",
    "text_char4_dice",
    "unmatched_run_max",
    "unmatched_run_share_max",
    "unmatched_run_min",
    "quote_one_sided",
];

/// The features of a pair. Symmetric in `a` and `b`.
pub fn features(a: &Prepared, b: &Prepared) -> [f32; N_FEATURES] {
    features_sharing(a, b, (0.0, 0.0, 0))
}

/// [`features`] with `figures` (squared weight, weight, number of figures:
/// `align::figures_shared`) added to the shared words and the shared numbers: one clock
/// time or one count of years told in two notations ("7:40 p.m." / "19:40") is one
/// shared word and one shared number, not two numbers told otherwise.
pub(crate) fn features_sharing(
    a: &Prepared,
    b: &Prepared,
    figures: (f32, f32, usize),
) -> [f32; N_FEATURES] {
    let mut f = [0.0f32; N_FEATURES];
    let (sq, s, n) = weighted_shared(&a.content, &b.content);
    // Figures in two notations add to the shared words, each share at most whole (no
    // change at all without them: `features` is the article model's input too).
    let (sq, s, n) = (sq + figures.0, s + figures.1, n + figures.2);
    let whole = |x: f32| if figures.2 > 0 { x.min(1.0) } else { x };
    let cos = if a.content_norm > 0.0 && b.content_norm > 0.0 {
        whole(sq / (a.content_norm * b.content_norm))
    } else {
        0.0
    };
    let cov_a = if a.content_mass > 0.0 {
        whole(s / a.content_mass)
    } else {
        0.0
    };
    let cov_b = if b.content_mass > 0.0 {
        whole(s / b.content_mass)
    } else {
        0.0
    };
    f[0] = cos;
    f[1] = cov_a.min(cov_b);
    f[2] = cov_a.max(cov_b);
    let ua = whole(ratio(n, a.content.len()));
    let ub = whole(ratio(n, b.content.len()));
    f[3] = ua.min(ub);
    f[4] = ua.max(ub);
    let nb = count_shared(&a.bigrams, &b.bigrams);
    let ba = ratio(nb, a.bigrams.len());
    let bb = ratio(nb, b.bigrams.len());
    f[5] = ba.min(bb);
    f[6] = ba.max(bb);
    let nc = count_shared(&a.chars3, &b.chars3);
    f[7] = ratio(2 * nc, a.chars3.len() + b.chars3.len());
    let l = lcs(&a.seq, &b.seq);
    let (la, lb) = (a.seq.len(), b.seq.len());
    f[8] = ratio(l, la.max(lb));
    f[9] = ratio(l, la.min(lb));
    f[10] = ratio(la.min(lb), la.max(lb));
    let (ca, cb) = (a.content.len(), b.content.len());
    f[11] = ratio(ca.abs_diff(cb), ca + cb);
    let nn = count_shared(&a.numbers, &b.numbers);
    let nu = a.numbers.len() + b.numbers.len() - nn;
    // A figure in two notations: one number of each side read as one shared.
    let fig = figures
        .2
        .min(a.numbers.len() - nn)
        .min(b.numbers.len() - nn);
    f[12] = ratio(nn + fig, nu - fig);
    let (una, unb) = (a.numbers.len() - nn - fig, b.numbers.len() - nn - fig);
    f[13] = (una > 0 && unb > 0) as u8 as f32;
    f[14] = ((una > 0) != (unb > 0)) as u8 as f32;
    let np = count_shared(&a.propers, &b.propers);
    let pu = a.propers.len() + b.propers.len() - np;
    f[15] = ratio(np, pu);
    let (upa, upb) = (a.propers.len() - np, b.propers.len() - np);
    f[16] = (upa.max(upb) as f32).min(5.0) / 5.0;
    f[17] = (upa.min(upb) as f32).min(5.0) / 5.0;
    let nd = count_shared(&a.dates, &b.dates);
    // A date conflict: both name a month (or weekday, year) and none is shared; or the
    // same month with different days.
    let conflict_kind = |k: usize| dates_told_otherwise(a, b, k);
    let month_shared = !a.date_kinds[0].is_empty() && !conflict_kind(0);
    f[18] = (conflict_kind(0)
        || conflict_kind(1)
        || conflict_kind(2)
        || (month_shared && conflict_kind(3))) as u8 as f32;
    f[19] = (nd > 0) as u8 as f32;
    f[20] = ((a.negations > 0) != (b.negations > 0)) as u8 as f32;
    let ra = (a.content_mass - s).max(0.0);
    let rb = (b.content_mass - s).max(0.0);
    f[21] = (ra.max(rb) / 10.0).min(4.0);
    f[22] = (ra.min(rb) / 10.0).min(4.0);
    let ns = count_shared(&a.stops, &b.stops);
    f[23] = ratio(ns, a.stops.len() + b.stops.len() - ns);
    f[24] = cos * f[10];
    f[25] = (f[1] >= 0.999) as u8 as f32;
    let (order, chars) = (26, 26 + content_order::N);
    let clause = chars + characters::N;
    f[order..chars].copy_from_slice(&content_order::content_order(&a.wording, &b.wording));
    f[chars..clause].copy_from_slice(&characters::characters(a, b));
    f[clause..].copy_from_slice(&clauses::clauses(a, b));
    f
}

/// Number of relatedness features ("claim b bears on claim a").
pub const N_REL: usize = 24;

/// Names of the relatedness features, in order.
pub const REL_NAMES: [&str; N_REL] = [
    "idf_cosine",
    "char3_dice",
    "shared_idf_mass",
    "shared_stems_log",
    "shared_rare",
    "names_shared",
    "names_jaccard",
    "names_conflict",
    "length_log_sum",
    "length_log_min",
    "numbers_shared",
    "numbers_conflict",
    "date_conflict",
    "coverage_max",
    "char3_containment",
    "names_min",
    "names_max",
    "pronoun_start_any",
    "quote_any",
    "first_person_any",
    "said_any",
    "question_any",
    "numbers_max",
    "paraphrase_logit",
];

/// IDF at or above which a stem counts as rare (not among the common stems of news text).
const RARE_IDF: f32 = 6.5;

/// Features for "the two sentences bear on each other" (same story, same actors, one
/// supports or undercuts the other): overlap without penalties for unmatched content or
/// length differences. `f` are the paraphrase features of the same pair, `z` the
/// paraphrase model's log-odds. Symmetric in `a` and `b`.
pub fn rel_features(a: &Prepared, b: &Prepared, f: &[f32; N_FEATURES], z: f64) -> [f32; N_REL] {
    let mut r = [0.0f32; N_REL];
    let (mut i, mut j) = (0, 0);
    let (mut mass, mut n, mut rare) = (0.0f32, 0usize, 0usize);
    let (x, y) = (&a.content, &b.content);
    while i < x.len() && j < y.len() {
        let (p, q) = (x[i].0, y[j].0);
        if p == q {
            let w = x[i].1.min(y[j].1);
            mass += w;
            n += 1;
            rare += (w >= RARE_IDF) as usize;
        }
        i += (p <= q) as usize;
        j += (q <= p) as usize;
    }
    r[0] = f[0];
    r[1] = f[7];
    r[2] = (mass / 10.0).min(5.0);
    r[3] = (n as f32).ln_1p();
    r[4] = (rare as f32).min(4.0) / 4.0;
    let np = count_shared(&a.propers, &b.propers);
    r[5] = (np as f32).min(4.0) / 4.0;
    r[6] = f[15];
    r[7] = (!a.propers.is_empty() && !b.propers.is_empty() && np == 0) as u8 as f32;
    let (la, lb) = (x.len() as f32, y.len() as f32);
    r[8] = (la + lb).ln_1p();
    r[9] = la.min(lb).ln_1p();
    r[10] = (count_shared(&a.numbers, &b.numbers) > 0) as u8 as f32;
    r[11] = f[13];
    r[12] = f[18];
    r[13] = f[2];
    // Character trigrams shared over the smaller set (from the Dice coefficient in `f`).
    let (ta, tb) = (a.chars3.len(), b.chars3.len());
    r[14] = if ta.min(tb) > 0 {
        (f[7] * (ta + tb) as f32 / (2 * ta.min(tb)) as f32).min(1.0)
    } else {
        0.0
    };
    let (pa, pb) = (a.propers.len() as f32, b.propers.len() as f32);
    r[15] = pa.min(pb).min(5.0) / 5.0;
    r[16] = pa.max(pb).min(5.0) / 5.0;
    let cue = |bit: u8| (((a.cues >> bit) & 1) + ((b.cues >> bit) & 1)) as f32 / 2.0;
    r[17] = (((a.cues | b.cues) & 1) != 0) as u8 as f32;
    r[18] = cue(1);
    r[19] = cue(2);
    r[20] = cue(3);
    r[21] = (((a.cues | b.cues) & 16) != 0) as u8 as f32;
    r[22] = (a.numbers.len().max(b.numbers.len()) as f32).min(3.0) / 3.0;
    r[23] = z.clamp(-10.0, 10.0) as f32;
    r
}

/// The learned model: probability that the pair states the same fact.
pub fn probability(f: &[f32; N_FEATURES]) -> f64 {
    let z = log_odds(f);
    let p = 1.0 / (1.0 + (-z).exp());
    if p.is_finite() {
        p.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// The paraphrase model's log-odds for features `f`.
pub fn log_odds(f: &[f32; N_FEATURES]) -> f64 {
    let mut z = weights::BIAS;
    for (i, &x) in f.iter().enumerate() {
        let sd = if weights::STD[i] > 0.0 {
            weights::STD[i]
        } else {
            1.0
        };
        z += weights::WEIGHTS[i] * (x as f64 - weights::MEAN[i]) / sd;
    }
    z
}

/// The relatedness model's log-odds for relatedness features `r`.
pub fn rel_log_odds(r: &[f32; N_REL]) -> f64 {
    let mut z = weights::REL_BIAS;
    for (i, &x) in r.iter().enumerate() {
        let sd = if weights::REL_STD[i] > 0.0 {
            weights::REL_STD[i]
        } else {
            1.0
        };
        z += weights::REL_WEIGHTS[i] * (x as f64 - weights::REL_MEAN[i]) / sd;
    }
    z
}

/// The pair score from the two models' log-odds: the paraphrase model decides which side
/// of 0.5 a pair falls on (`z >= 0`: "the same statement"); above 0.5 the score is the
/// paraphrase probability. Below 0.5 it is `0.5 * sigmoid(m)` where `m` mixes the
/// relatedness log-odds `zr` (`weights::REL_MIX`) with the paraphrase model's own
/// below-threshold log-odds (`logit(2 sigmoid(z))`), so pairs that are not the same
/// statement are ordered partly by how much they bear on each other.
pub fn combine_mix(z: f64, zr: f64, mix: f64) -> f64 {
    let s = if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        // logit(2 sigmoid(z)) = ln 2 - ln(e^-z - 1), finite for z < 0.
        let u = std::f64::consts::LN_2 - (-z).exp_m1().ln();
        let m = mix * zr + (1.0 - mix) * u;
        0.5 / (1.0 + (-m).exp())
    };
    if s.is_finite() {
        s.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// [`combine_mix`] with the built-in mix.
pub fn combine(z: f64, zr: f64) -> f64 {
    combine_mix(z, zr, weights::REL_MIX)
}

/// Score of two prepared sentences in [0, 1].
pub fn score_prepared(a: &Prepared, b: &Prepared) -> f64 {
    if a.content.is_empty() || b.content.is_empty() {
        return 0.0;
    }
    let f = features_sharing(a, b, super::align::figures_shared(a, b));
    let z = log_odds(&f);
    if z >= 0.0 {
        return combine(z, 0.0);
    }
    let r = rel_features(a, b, &f, z);
    combine(z, rel_log_odds(&r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lcs_counts_common_subsequence() {
        assert_eq!(lcs(&[1, 2, 3, 4], &[2, 4, 5]), 2);
        assert_eq!(lcs(&[], &[1]), 0);
        assert_eq!(lcs(&[7, 7, 7], &[7, 7]), 2);
    }

    /// The textbook dynamic programme, for checking [`lcs`].
    fn lcs_table(a: &[u64], b: &[u64]) -> usize {
        let mut t = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for i in 0..a.len() {
            for j in 0..b.len() {
                t[i + 1][j + 1] = if a[i] == b[j] {
                    t[i][j] + 1
                } else {
                    t[i][j + 1].max(t[i + 1][j])
                };
            }
        }
        t[a.len()][b.len()]
    }

    #[test]
    fn bit_parallel_lcs_equals_the_table() {
        // Pseudo-random sequences over small alphabets (many matches), of lengths on
        // both sides of the 64-stem word, including exactly 64.
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |k: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % k
        };
        for round in 0..400 {
            let alphabet = [2, 3, 5, 20][round % 4];
            let la = [0, 1, 5, 30, 63, 64, 65, 90][(next(8)) as usize];
            let lb = [1, 2, 7, 40, 63, 64, 65, 100][(next(8)) as usize];
            let a: Vec<u64> = (0..la).map(|_| next(alphabet) * 0x9E37_79B9).collect();
            let b: Vec<u64> = (0..lb).map(|_| next(alphabet) * 0x9E37_79B9).collect();
            assert_eq!(lcs(&a, &b), lcs_table(&a, &b), "{a:?} {b:?}");
            assert_eq!(lcs(&b, &a), lcs_table(&a, &b));
        }
    }

    #[test]
    fn combine_keeps_the_side_of_one_half_and_orders_below_it_by_relatedness() {
        for z in [-8.0_f64, -2.0, -0.3, -1e-9] {
            // Mix 0 is the paraphrase probability itself.
            let p = 1.0 / (1.0 + (-z).exp());
            assert!((combine_mix(z, 3.0, 0.0) - p).abs() < 1e-9, "{z}");
            let (lo, hi) = (combine_mix(z, -4.0, 0.4), combine_mix(z, 4.0, 0.4));
            assert!(0.0 < lo && lo < hi && hi < 0.5, "{z}: {lo} {hi}");
        }
        for z in [0.0_f64, 0.4, 5.0] {
            let s = combine_mix(z, -20.0, 1.0);
            assert!(s >= 0.5 && (s - 1.0 / (1.0 + (-z).exp())).abs() < 1e-12);
        }
    }

    #[test]
    fn features_are_symmetric_and_bounded() {
        let idf = Idf::builtin();
        let a = Prepared::new("The defector was shot at least four times on Nov. 13.", idf);
        let b = Prepared::new("The soldier, shot several times, underwent surgery.", idf);
        let fab = features(&a, &b);
        let fba = features(&b, &a);
        for i in 0..N_FEATURES {
            assert!((fab[i] - fba[i]).abs() < 1e-5, "{}", FEATURE_NAMES[i]);
            assert!(fab[i].is_finite() && fab[i] >= 0.0, "{}", FEATURE_NAMES[i]);
        }
        let z = log_odds(&fab);
        let (rab, rba) = (rel_features(&a, &b, &fab, z), rel_features(&b, &a, &fba, z));
        for i in 0..N_REL {
            assert!((rab[i] - rba[i]).abs() < 1e-5, "{}", REL_NAMES[i]);
            assert!(rab[i].is_finite(), "{}", REL_NAMES[i]);
        }
        let same = features(&a, &a);
        assert!((same[0] - 1.0).abs() < 1e-5);
        assert_eq!(same[13], 0.0);
    }
}
