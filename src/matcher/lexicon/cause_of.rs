//! Words that join a noun of a cause to what it caused, in English, French, German,
//! Spanish, Italian, Portuguese and Dutch ("the cause *of* the fire", "la cause *de*
//! l'incendie", "die Ursache *des* Brandes", "la causa *del* incendio", "la causa
//! *dell'*incendio", "a causa *do* incêndio", "de oorzaak *van* de brand"): read by the
//! causal chain (`cause/chain.rs`, session 52), for which "The cause of the fire is not
//! yet known" tells a link whose effect is the fire. Lower case, whole words, as the
//! tokens' `norm`s are (the elided "dell'" and "de l'" keep their article's token).

/// Genitive words right after a noun of a cause.
#[rustfmt::skip]
pub(in crate::matcher) const CAUSE_OF: &[&str] = &[
    // en
    "of",
    // fr
    "de", "du", "des",
    // de
    "der",
    // es
    "del",
    // it
    "di", "del", "dell", "della", "dello", "dei", "degli", "delle",
    // pt
    "do", "da", "dos", "das",
    // nl
    "van",
];
