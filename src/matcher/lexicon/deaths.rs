//! Words of a death that the casualty table ([`super::casualty::CASUALTY`]) does not
//! read as one patient's death, for the rule of a patient's condition against death
//! (`outcome/dying.rs`, trial 48 F1): nouns and adjectives of death that name no patient,
//! and the words of a death told otherwise than by a word of the dead.

/// Words of the dead that tell no one's death by themselves: the nouns of death and the
/// adjective "fatal" ("the cause of death", "a fatal avalanche").
pub(in crate::matcher) const NO_PATIENT: &[&str] = &["death", "deaths", "fatal", "décès"];

/// Beginnings of words of a death that are no word of the dead of the casualty table: a
/// sentence that holds one tells of a death too ("succumbed to his injuries", "ist
/// verstorben", "morì", "faleceu").
pub(in crate::matcher) const DIED_OTHERWISE: &[&str] = &[
    "succumb", "verstorb", "verstarb", "morì", "falece", "decedut",
];

/// A phrase of a death told otherwise ("passed away yesterday after lingering in a coma").
pub(in crate::matcher) const PASSED_AWAY: &[&str] = &["passed", "away"];
