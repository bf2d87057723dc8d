//! Races: the nouns of a race held in one city and the words of a race's division
//! (women's, men's), read by the place flags and the winner flag.

/// Nouns of a race or a sporting event held in one city every year, in the languages of
/// the place flags (English, Dutch, German, Spanish, Italian, Portuguese, French; lower
/// case). Read by the place flags (`flags/places/events.rs`: "the Rotterdam marathon"
/// names a place of the fact) and by the winner flag as contest words
/// (`flags/winner.rs`).
pub(in crate::matcher) const CITY_RACES: &[&str] = &[
    "marathon",
    "marathons",
    "half-marathon",
    "halbmarathon",
    "maratón",
    "maratona",
    "triathlon",
    "triatlón",
    "triatlon",
    "triathlon-rennen",
    "stadtlauf",
    "citylauf",
    "regatta",
    "regata",
];

/// Words of a race's division, women's or men's (`true`: women's), in English, Dutch,
/// French, German, Spanish, Italian and Portuguese, lower case: two winners of one race
/// in two divisions ("won the women's marathon" / "won the marathon", nl "won bij de
/// vrouwen") are no disagreement (read by the winner flag, `flags/winner.rs`'s
/// `division`).
pub(in crate::matcher) const DIVISIONS: &[(&str, bool)] = &[
    ("women", true),
    ("women's", true),
    ("woman's", true),
    ("vrouwen", true),
    ("dames", true),
    ("femmes", true),
    ("féminin", true),
    ("féminine", true),
    ("frauen", true),
    ("damen", true),
    ("mujeres", true),
    ("femenino", true),
    ("femenina", true),
    ("donne", true),
    ("femminile", true),
    ("mulheres", true),
    ("feminino", true),
    ("feminina", true),
    ("men", false),
    ("men's", false),
    ("mannen", false),
    ("heren", false),
    ("hommes", false),
    ("masculin", false),
    ("männer", false),
    ("herren", false),
    ("hombres", false),
    ("masculino", false),
    ("uomini", false),
    ("maschile", false),
    ("homens", false),
];
