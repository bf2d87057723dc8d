//! A refusal told in the future against the act done (trial 49 F1): "The hospital group
//! said it *would not pay* the ransom" / "The hospital group *paid* the ransom", "The
//! group *will not pay* the ransom" / "… has paid the ransom", es "El grupo *no pagará* el
//! rescate" / "… *pagó* el rescate". A negated future is read as a promise or a forecast
//! (`negation::promised`: "No one will be left behind" / "Thousands were left behind" is
//! no conflict of facts); but when the subject denies its own act in the future, with the
//! act's object named, and the other side tells the same act done actively with the same
//! object, the two report opposite decisions of the subject, as "did not pay" / "paid" and
//! "refused to pay" / "paid" do.
//!
//! Not a refusal: a passive on either side ("will not be left behind", "The victims were
//! abandoned": what befell someone, whose agent may be another), a "nobody" subject ("No
//! one will …"), a verb with no object or with another object on either side.

use super::{CLITICS, NOBODY, REFUSALS};
use crate::matcher::lexicon::passive::BE;
use crate::matcher::text::{Kind, Token};

/// Endings of the simple future and the conditional of Spanish, Italian, Portuguese and
/// French verbs ("pagará", "pagarán", "pagaría", it "pagherà", "pagherebbe", pt "pagará",
/// "pagarão", fr "paieront", "verserait"): the longest first. A word so ending is a verb
/// told to come ([`simple_future`]) and, its ending off, shares the stem of the past of one
/// verb (`negation::one_romance_verb`: "pagará" / "pagó"). Not French "-era" nor Spanish
/// "-era", "-aria" without an accent: nouns and adjectives end so ("primera", "necesaria").
pub(super) const ROMANCE_FUTURE: &[&str] = &[
    "herebbero",
    "erebbero",
    "herebbe",
    "erebbe",
    "heranno",
    "eranno",
    "eraient",
    "erait",
    "eront",
    "arían",
    "arão",
    "arán",
    "aría",
    "ariam",
    "herà",
    "erà",
    "ará",
];

/// Shortest stem (code points) before an ending of [`ROMANCE_FUTURE`] ("pag" of
/// "pagará").
const FUTURE_STEM: usize = 3;

/// How many tokens after a verb its object may stand ("pay *the* ransom", "pagará *el*
/// rescate", "pay *a* $5 million ransom" is a number first: no object read).
const OBJECT_REACH: usize = 3;

/// How many tokens before the verb told done a passive's auxiliary is read ("were
/// abandoned", "were later abandoned").
const PASSIVE_REACH: usize = 2;

/// The stem of word `w` without an ending of [`ROMANCE_FUTURE`], when [`FUTURE_STEM`] code
/// points or more are left.
pub(super) fn future_stem(w: &str) -> Option<&str> {
    ROMANCE_FUTURE
        .iter()
        .find_map(|e| w.strip_suffix(e))
        .filter(|s| s.chars().count() >= FUTURE_STEM)
}

/// Whether the word at `j` of `toks`, negated by the negation at `i`, is a Romance verb in
/// the simple future or the conditional ([`ROMANCE_FUTURE`]) right after the negation, or
/// after it and its clitics ("no *lo* pagará"): "no pagará", "non pagherà", "não pagará".
pub(super) fn simple_future(toks: &[Token], i: usize, j: usize) -> bool {
    let between = toks.get(i + 1..j).unwrap_or(&[]);
    j > i
        && between
            .iter()
            .all(|t| CLITICS.contains(&t.norm.as_str()) || matches!(t.norm.as_str(), "lo" | "o"))
        && future_stem(&toks[j].norm).is_some()
}

/// The object of the verb at `v` of `toks`: the first content word within
/// [`OBJECT_REACH`] tokens after it (no stop word, no function word of another language,
/// no clitic), `None` when a number, a date, a name or a clause mark comes first.
pub(super) fn object_after(toks: &[Token], v: usize) -> Option<&Token> {
    toks.iter()
        .skip(v + 1)
        .take(OBJECT_REACH)
        .find(|t| !(t.stop || t.foreign == 1 || CLITICS.contains(&t.norm.as_str())))
        .filter(|t| t.kind == Kind::Word && !t.date && !t.proper && !t.negation)
}

/// Whether the negated future at `j` of `neg` (negation at `i`) tells its subject's own
/// act refused and `plain` tells that act done at `at` (see the module doc): no "nobody"
/// subject, the verb right after the negation, no auxiliary of a passive between them nor
/// right before the verb done ([`BE`]), no refusal before the verb done ("declined
/// comment"), and the same object after both verbs.
pub(super) fn own_act_refused(
    neg: &[Token],
    i: usize,
    j: usize,
    plain: &[Token],
    at: usize,
) -> bool {
    let be = |t: &Token| BE.contains(&t.norm.as_str());
    let nobody = NOBODY.contains(&neg[i].norm.as_str())
        || (neg[i].norm == "no"
            && neg
                .get(i + 1)
                .is_some_and(|t| t.norm == "one" || t.kind == Kind::Number(1.0)));
    // The verb right after the negation ("not pay", "won't pay"; "no pagará", "no lo
    // pagará"): not a word further on across an elided verb ("If the companies won't,
    // their drugs could be prescribed").
    // French "ne paiera pas la rançon": the verb before "pas", its object after it.
    let french = super::french::future_before(neg, i, j);
    let active =
        french || ((j == i + 1 || simple_future(neg, i, j)) && !neg[i + 1..j].iter().any(be));
    // Not a refusal on the other side ("declined comment on its status" against "would not
    // comment on its status": both refuse).
    let refused = plain[at.saturating_sub(PASSIVE_REACH)..at]
        .iter()
        .any(|t| REFUSALS.iter().any(|r| t.norm.starts_with(r)));
    let done_actively = !plain[at.saturating_sub(PASSIVE_REACH)..at].iter().any(be);
    let same_object = match (
        object_after(neg, if french { i } else { j }),
        object_after(plain, at),
    ) {
        (Some(x), Some(y)) => x.stem == y.stem,
        _ => false,
    };
    !nobody && active && done_actively && !refused && same_object
}
