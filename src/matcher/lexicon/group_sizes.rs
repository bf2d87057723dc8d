//! Words that make a figure after them the size of a group (trial 48 F2): "a group of
//! eight skiers", "a party of four climbers", "un groupe de dix skieurs", "eine Gruppe von
//! acht Skifahrern", "un grupo de ocho esquiadores", "un gruppo di otto sciatori", "um
//! grupo de oito esquiadores", "een groep van acht skiërs". Such a count is how many set
//! out together, not what befell some of them ("Five skiers were killed when an avalanche
//! buried their group"): the number flags compare it only with another group's size.
//! Lower case, as tokens are normalised.

/// Nouns of a group of people whose size the figure after [`GROUP_OF`] tells, in
/// English, French, German, Spanish, Italian, Portuguese and Dutch.
pub(in crate::matcher) const GROUP_NOUNS: &[&str] = &[
    "group",
    "party",
    "team",
    "groupe",
    "équipe",
    "cordée",
    "gruppe",
    "seilschaft",
    "grupo",
    "equipo",
    "gruppo",
    "squadra",
    "comitiva",
    "equipa",
    "equipe",
    "groep",
    "ploeg",
];

/// The words between a noun of [`GROUP_NOUNS`] and its size ("of", fr, es, pt "de", de
/// "von", "aus", it "di", nl "van").
pub(in crate::matcher) const GROUP_OF: &[&str] = &["of", "de", "von", "aus", "di", "van"];
