//! The words of a building's size told by its floors ("un immeuble de cinq étages", "a
//! building of five floors", "ein Gebäude mit fünf Etagen", "un edificio de cinco
//! pisos"), lower case, in English, French, German, Spanish, Italian, Portuguese and
//! Dutch: such a count is the building's attribute, not a count of the event's, read by
//! the number flag (`flags/numbers/building_size.rs`).

/// Nouns of a building whose floors the figure after [`SIZE_LINKS`] counts.
pub(in crate::matcher) const BUILDINGS: &[&str] = &[
    "building",
    "block",
    "tower",
    "house",
    "hotel",
    // fr
    "immeuble",
    "bâtiment",
    "tour",
    "maison",
    "résidence",
    "hôtel",
    // de
    "gebäude",
    "gebäudes",
    "haus",
    "hauses",
    "wohnhaus",
    "wohnhauses",
    "hochhaus",
    "hochhauses",
    "mehrfamilienhaus",
    // es
    "edificio",
    "bloque",
    "torre",
    "casa",
    // it
    "edificio",
    "palazzo",
    "palazzina",
    "stabile",
    "condominio",
    // pt
    "prédio",
    "edifício",
    "bloco",
    // nl
    "gebouw",
    "flat",
    "woning",
    "pand",
    "flatgebouw",
];

/// The words between a building's noun and the figure of its floors: "of", "with", "de",
/// "à", "mit", "von", "con", "di", "da", "a", "com", "van", "met".
pub(in crate::matcher) const SIZE_LINKS: &[&str] = &[
    "of", "with", "de", "à", "mit", "von", "con", "di", "da", "a", "com", "van", "met",
];

/// Nouns of a building's floors after the figure (lower case, plural and singular).
pub(in crate::matcher) const FLOORS: &[&str] = &[
    "floors",
    "storeys",
    "stories",
    "levels",
    "étages",
    "niveaux",
    "etagen",
    "stockwerken",
    "stockwerke",
    "geschossen",
    "geschosse",
    "stöcken",
    "pisos",
    "plantas",
    "piani",
    "andares",
    "pavimentos",
    "verdiepingen",
    "etages",
    "bouwlagen",
];
