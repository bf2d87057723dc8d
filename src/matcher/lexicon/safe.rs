//! Words of people kept safe ("Patients were kept *safe*", fr "en *sécurité*", "sains et
//! *saufs*", de "in *Sicherheit*", es "a *salvo*", it "al *sicuro*", pt "em *segurança*",
//! nl "*veilig*"), and of harm ("harmed", "harm"), in seven languages, read by the
//! negation rule of the outcome flags (`outcome/negation/safe.rs`, trial 53 F5): a harm
//! denied ("No patients were harmed") tells what kept safe tells. Forms as the casualty
//! lexicon's (`lexicon/casualty.rs`, `is_form`): a beginning, or a whole word with `$`.

/// Words of being kept safe (forms: a whole word ends with `$`).
pub(in crate::matcher) const SAFE: &[&str] = &[
    "safe$",
    "safely$",
    // fr
    "sécurité$",
    "saufs$",
    "sauves$",
    // de
    "sicherheit$",
    // es, pt ("a salvo", "salvos")
    "salvo$",
    "salvos$",
    // it
    "sicuro$",
    "salvi$",
    // pt
    "segurança$",
    // nl
    "veilig$",
];

/// Words of harm beyond the injured of the casualty lexicon ("harmed", "harm", fr
/// "atteint", es "dañado", pt "prejudicado"), as forms.
pub(in crate::matcher) const HARMED: &[&str] = &["harm", "atteint", "dañad", "prejudicad"];
