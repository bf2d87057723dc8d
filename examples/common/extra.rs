//! Candidate pair features the paraphrase model does not have (session 44, issue 8), for
//! the trainer's report-only `EXTRA_CV` switch: each is measured by five-fold
//! cross-validation inside the training part before anything is shipped. Nothing here is
//! used by the library. Session 44's figures (accuracy / F1 at 0.5, CV in the training
//! part; the 26 alone 0.753 / 0.823): synonym classes 0.752 / 0.823, char3 Dice of the
//! unshared words 0.766 / 0.834, content-word LCS 0.761 / 0.829, content bigrams 0.760 /
//! 0.829, numbers count difference 0.756 / 0.827, log length difference 0.753 / 0.826,
//! all eight 0.769 / 0.836.

use parallax::matcher::align;
use parallax::matcher::features::{lcs, Prepared};
use parallax::matcher::text::{Kind, Token};
use std::collections::HashSet;

/// Number of candidate features.
pub const N_EXTRA: usize = 8;

/// Names of the candidate features, in order.
pub const EXTRA_NAMES: [&str; N_EXTRA] = [
    "synonym_classes_shared",
    "char3_dice_unshared_words",
    "content_lcs_min",
    "content_lcs_max",
    "content_bigram_min",
    "content_bigram_max",
    "numbers_count_diff",
    "words_log_diff",
];

/// Content tokens of a sentence (not stop words), in order.
fn content_tokens(p: &Prepared) -> Vec<&Token> {
    p.tokens.iter().filter(|t| !t.stop).collect()
}

/// Character trigrams of a word with boundary marks ("^ab", "abc", "bc$").
fn trigrams(word: &str, out: &mut HashSet<[char; 3]>) {
    let chars: Vec<char> = std::iter::once('^')
        .chain(word.chars())
        .chain(std::iter::once('$'))
        .collect();
    for w in chars.windows(3) {
        out.insert([w[0], w[1], w[2]]);
    }
}

/// `n / d`, 0 when `d` is 0.
fn ratio(n: usize, d: usize) -> f64 {
    n as f64 / d.max(1) as f64
}

/// The candidate features of a pair (symmetric in `a` and `b`).
pub fn extra_features(a: &Prepared, b: &Prepared) -> [f64; N_EXTRA] {
    let mut f = [0.0; N_EXTRA];
    f[0] = align::align_features(a, b)[9] as f64;
    let (ta, tb) = (content_tokens(a), content_tokens(b));
    let sa: HashSet<u64> = ta.iter().map(|t| t.stem).collect();
    let sb: HashSet<u64> = tb.iter().map(|t| t.stem).collect();
    let (mut ga, mut gb) = (HashSet::new(), HashSet::new());
    for t in ta
        .iter()
        .filter(|t| !sb.contains(&t.stem) && matches!(t.kind, Kind::Word))
    {
        trigrams(&t.norm, &mut ga);
    }
    for t in tb
        .iter()
        .filter(|t| !sa.contains(&t.stem) && matches!(t.kind, Kind::Word))
    {
        trigrams(&t.norm, &mut gb);
    }
    f[1] = ratio(2 * ga.intersection(&gb).count(), ga.len() + gb.len());
    let (qa, qb): (Vec<u64>, Vec<u64>) = (
        ta.iter().map(|t| t.stem).collect(),
        tb.iter().map(|t| t.stem).collect(),
    );
    let l = lcs(&qa, &qb);
    f[2] = ratio(l, qa.len().max(qb.len()));
    f[3] = ratio(l, qa.len().min(qb.len()));
    let bigrams =
        |q: &[u64]| -> HashSet<(u64, u64)> { q.windows(2).map(|w| (w[0], w[1])).collect() };
    let (ba, bb) = (bigrams(&qa), bigrams(&qb));
    let nb = ba.intersection(&bb).count();
    let (ra, rb) = (ratio(nb, ba.len()), ratio(nb, bb.len()));
    f[4] = ra.min(rb);
    f[5] = ra.max(rb);
    let numbers = |p: &Prepared| {
        p.tokens
            .iter()
            .filter(|t| matches!(t.kind, Kind::Number(_)))
            .count()
    };
    f[6] = (numbers(a).abs_diff(numbers(b)) as f64).min(3.0);
    f[7] = ((qa.len() as f64).ln_1p() - (qb.len() as f64).ln_1p()).abs();
    f
}
