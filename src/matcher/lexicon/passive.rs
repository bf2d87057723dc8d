//! The word of a passive's agent ("by"), in the seven languages of the flags.

/// "by" of a passive, in English, French, Spanish, Portuguese, Italian, Dutch and German
/// (lower case, whole words: "claimed by", "revendiquée par", "reivindicado pelo",
/// "rivendicato da", "opgeëist door", "von"): who did it comes after. Read by the winner
/// flag ("was beaten by", `flags/winner.rs`) and the outcome flags' claimants ("claimed
/// by", `outcome/claimants.rs`).
pub(in crate::matcher) const BY: &[&str] = &[
    "by", "par", "por", "pelo", "pela", "da", "dal", "dalla", "door", "von",
];
