//! Nouns of a person's relatives and companions, read after a possessive ("Mamani's
//! *brother*", "his *wife*") by the outcome flags (`outcome/relatives.rs`): someone else
//! than the one named, whose fate is not the named one's. English, as the possessive with
//! "'s" is. Lower case, whole words, as the tokens' `norm`s are.

/// Nouns of a relative or a companion.
pub(in crate::matcher) const RELATIVES: &[&str] = &[
    "brother",
    "brothers",
    "sister",
    "sisters",
    "son",
    "sons",
    "daughter",
    "daughters",
    "wife",
    "husband",
    "father",
    "mother",
    "parents",
    "child",
    "children",
    "relative",
    "relatives",
    "family",
    "colleague",
    "colleagues",
    "friend",
    "friends",
    "partner",
    "uncle",
    "aunt",
    "cousin",
    "cousins",
    "nephew",
    "niece",
    "neighbour",
    "neighbor",
    "widow",
];
