//! Claims of an attack: the verbs by which a group claims it ("claimed by", fr
//! "revendiquée par"), read by the outcome flags' claimants (`outcome/claimants.rs`).

/// Word beginnings of a verb of claiming an attack: en "claimed", fr "revendiqué", es / pt
/// "reivindicado", "reivindicó", "reivindicou", it "rivendicato", "rivendicò", nl
/// "opgeëist", de "reklamiert"; lower case, read as beginnings of a token by the outcome
/// flags' claimants (`outcome/claimants.rs`).
pub(in crate::matcher) const CLAIMED: &[&str] = &[
    "claimed",
    "revendiqu",
    "reivindic",
    "rivendic",
    "opgeëist",
    "reklamiert",
];
