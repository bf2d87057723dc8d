//! Negation by prefix: a judgement and its opposite told by one word with a negative
//! prefix, "the ban was lawful" / "the ban was unlawful", "legal" / "illegal",
//! "constitutional" / "unconstitutional", "valid" / "invalid", fr "légal" / "illégal",
//! de "gültig" / "ungültig", es "constitucional" / "inconstitucional" (trial 28, F11).
//! Ranges are code points of each sentence's own text, as every flag.
//!
//! A **judgement** is a word beginning with one of [`BASES`], told as a judgement: after a
//! copula or a verb of judging within the words before it ("was lawful", "ruled the
//! ban lawful", "found that it was unlawful", "declaró inconstitucional"), not as a
//! modifier of a noun ("legal action", "the Constitutional Court"). Its **opposite** is
//! the same base after one of [`PREFIXES`] ("unlawful", "illegal", "inconstitucional").
//! A pair conflicts when one sentence has only the plain judgement and the other only its
//! opposite.

use crate::matcher::flags::Ranges;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{FxWordSet, Kind, Token};

/// Judgements that a negative prefix turns round, as word beginnings (lower case):
/// "lawful", "legal" (en, fr "légal", de, es), "constitutional" (en, fr
/// "constitutionnel", es "constitucional"), "valid" (fr "valide", es "válido"),
/// "legitimate", "licit" …
const BASES: &[&str] = &[
    "lawful",
    "legal",
    "légal",
    "constitution",
    "constitucional",
    "valid",
    "válid",
    "gültig",
    "zulässig",
    "rechtmäßig",
    "legitim",
    "légitim",
    "legítim",
    "licit",
    "lícit",
    "admissib",
    "recevable",
    "justified",
    "proportionate",
    "fair",
    "ethical",
    "armed",
    "harmed",
    "conscious",
    "stable",
    "successful",
];

/// Negative prefixes: "un", "in", "il", "im", "ir" (fr "irrecevable"), "non", "non-",
/// "dis", "i" (es "ilegal"); each is tried.
const PREFIXES: &[&str] = &["un", "in", "il", "im", "ir", "non-", "non", "i", "dis"];

/// Words after which an adjective is a judgement: a copula ("was lawful", "est illégal",
/// "ist ungültig", "es inconstitucional") or a word of judging or finding, within the four
/// words before ("ruled the ban lawful", "declared it invalid", "für ungültig erklärt").
const JUDGING: &[&str] = &[
    "was",
    "is",
    "were",
    "are",
    "be",
    "been",
    "being",
    "remains",
    "remained",
    "as",
    "ruled",
    "rules",
    "found",
    "finds",
    "declared",
    "declares",
    "deemed",
    "judged",
    "considered",
    "called",
    "branded",
    "est",
    "était",
    "soit",
    "sont",
    "jugé",
    "jugée",
    "déclaré",
    "déclarée",
    "estimé",
    "ist",
    "war",
    "sei",
    "sind",
    "waren",
    "für",
    "als",
    "es",
    "era",
    "fue",
    "sea",
    "son",
    "declaró",
    "consideró",
];

/// The base of [`BASES`] word `norm` begins with after `prefix` ("" for the plain word).
fn base_of(norm: &str, prefix: &str) -> Option<&'static str> {
    let rest = norm.strip_prefix(prefix)?;
    BASES.iter().copied().find(|b| rest.starts_with(b))
}

/// The judgements of `toks` ([`BASES`], told as judgements): (token index, base, whether
/// prefixed). A capitalised word is a name ("the Constitutional Court") and left out.
/// A sentence with no word of [`JUDGING`] tells none (each pair of all-pairs matching asks
/// both of its sentences: one scan of the tokens, not five lookups per token).
fn judgements(toks: &[Token]) -> Vec<(usize, &'static str, bool)> {
    let mut out = Vec::new();
    if !toks.iter().any(|t| is_judging(&t.norm)) {
        return out;
    }
    for (i, t) in toks.iter().enumerate() {
        if t.capital || !told_as_judgement(toks, i) {
            continue;
        }
        let norm = t.norm.as_str();
        if let Some(b) = base_of(norm, "") {
            out.push((i, b, false));
            continue;
        }
        if let Some(b) = PREFIXES.iter().find_map(|p| base_of(norm, p)) {
            out.push((i, b, true));
        }
    }
    out
}

/// Whether `norm` is a word of [`JUDGING`], by one lookup in a set of them built once.
fn is_judging(norm: &str) -> bool {
    static WORDS: std::sync::OnceLock<FxWordSet> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| JUDGING.iter().copied().collect())
        .contains(norm)
}

/// Whether token `i` stands where a judgement is told: right after a word of [`JUDGING`]
/// ("declaró inconstitucional la ley"), or with one within the four words before it and
/// no noun it modifies right after it (the next token a stop word or none: "ruled the
/// ban lawful.", "was unlawful and ...").
fn told_as_judgement(toks: &[Token], i: usize) -> bool {
    let judging = |t: &Token| is_judging(&t.norm);
    if i > 0 && judging(&toks[i - 1]) {
        return true;
    }
    let before = toks[i.saturating_sub(4)..i].iter().any(judging);
    let after = toks
        .get(i + 1)
        .is_none_or(|t| t.stop || t.kind != Kind::Word);
    before && after
}

/// One sentence tells only the plain judgement and the other only its prefixed opposite
/// (see the module docs): the ranges of the two words.
pub(super) fn prefix_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    // Each sentence's, read once (`flags/facts.rs`).
    fn of(p: &Prepared) -> &[(usize, &'static str, bool)] {
        p.facts.judgements.get_or_init(|| judgements(&p.tokens))
    }
    let ja = of(a);
    // Every conflict pairs a judgement of each side.
    if ja.is_empty() {
        return None;
    }
    let jb = of(b);
    // The first judgement of `base` in `list` when every one is `prefixed` or not.
    fn only(list: &[(usize, &'static str, bool)], base: &str, prefixed: bool) -> Option<usize> {
        let mut of_base = list.iter().filter(|j| j.1 == base).peekable();
        let first = of_base.peek().map(|j| j.0);
        of_base.all(|j| j.2 == prefixed).then_some(first).flatten()
    }
    ja.iter().find_map(|&(_, base, prefixed)| {
        let x = only(ja, base, prefixed)?;
        let y = only(jb, base, !prefixed)?;
        let (tx, ty) = (&a.tokens[x], &b.tokens[y]);
        Some(((tx.start, tx.end), (ty.start, ty.end)))
    })
}
