//! The word of a passive's agent ("by") and the auxiliaries of a passive ("was paid",
//! "fue pagado", "wurde gezahlt"), in the seven languages of the flags.

/// "by" of a passive, in English, French, Spanish, Portuguese, Italian, Dutch and German
/// (lower case, whole words: "claimed by", "revendiquée par", "reivindicado pelo",
/// "rivendicato da", "opgeëist door", "von"): who did it comes after. Read by the winner
/// flag ("was beaten by", `flags/winner.rs`) and the outcome flags' claimants ("claimed
/// by", `outcome/claimants.rs`).
pub(in crate::matcher) const BY: &[&str] = &[
    "by", "par", "por", "pelo", "pela", "da", "dal", "dalla", "door", "von",
];

/// Auxiliaries of a passive right before its participle, in English, French, Spanish,
/// Italian, Portuguese, German and Dutch (lower case, whole words: "was paid", "a été
/// payée", "fue pagado", "è stato pagato", "foi pago", "wurde gezahlt", "werd betaald"):
/// what the verb tells befell its subject, it is not the subject's own act. Read by the
/// negation rule's refusal told in the future (`outcome/negation/refused.rs`: "The
/// government will not abandon the victims" / "The victims were abandoned").
pub(in crate::matcher) const BE: &[&str] = &[
    // en
    "was", "were", "is", "are", "be", "been", "being", "got", "get", // fr
    "été", "être", "fut", "furent", // es
    "fue", "fueron", "sido", "ser", "es", "son", "era", "eran", // it
    "è", "stato", "stata", "stati", "state", "essere", "viene", "vengono", "venne", "fu",
    "furono", // pt
    "foi", "foram", "é", "são", "eram", // de
    "wurde", "wurden", "worden", "werden", // nl
    "werd", "wordt",
];

/// English past participles in no "-ed" of verbs that tell what befell people ("was
/// flown to hospital", "were taken to hospital", "were shot", "was hurt"): after an
/// auxiliary, the verb of a passive. Read by the number flag's parts
/// (`flags/numbers/parts.rs`, `verb_of`: "One of the firefighters was flown" / "Two
/// firefighters were flown" tell one fact of two counts).
pub(in crate::matcher) const IRREGULAR_PARTICIPLES: &[&str] = &[
    "flown", "taken", "driven", "given", "shot", "hurt", "found", "seen", "held", "caught",
    "brought", "sent", "struck", "thrown", "beaten", "bitten", "stolen", "hidden", "swept", "left",
    "kept", "freed", "overcome", "run", "hit", "led", "borne",
];
