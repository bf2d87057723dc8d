//! Words of a comparison and of having something, in English, French, German, Spanish,
//! Italian, Portuguese and Dutch, lower case: "more" / "less" before "than" ("four points
//! more than in 2019" / "four points fewer than in 2019"), and "with" ("with an absolute
//! majority", against "without" of `outcome::negation::WITHOUT`). Read by
//! `outcome/contrasts.rs`.

/// More, higher, greater: the upper side of a comparison.
pub(in crate::matcher) const MORE: &[&str] = &[
    "more", "higher", "greater", "larger", "bigger", "más", "plus", "mehr", "höher", "meer",
    "hoger", "più", "mais",
];

/// Less, fewer, lower: the lower side of a comparison.
pub(in crate::matcher) const LESS: &[&str] = &[
    "less",
    "fewer",
    "lower",
    "smaller",
    "menos",
    "moins",
    "weniger",
    "niedriger",
    "minder",
    "lager",
    "meno",
];

/// "Than" after a comparative ("more *than*", "plus *que*", "mehr *als*", "meer *dan*",
/// "più *di*"; pt "mais *do que*" is read as a lead of its own).
pub(in crate::matcher) const THAN: &[&str] = &["than", "que", "als", "dan", "di", "che"];

/// "With", having something ("*with* an absolute majority", "*con* mayoría absoluta",
/// "*avec* la majorité", "*mit* absoluter Mehrheit", "*met* een meerderheid", "*com*
/// maioria"): against "without".
pub(in crate::matcher) const WITH: &[&str] = &["with", "con", "avec", "mit", "met", "com"];
