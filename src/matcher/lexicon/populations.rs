//! Words that make a figure the population of a place, not a count of the event's people
//! (trial 55 F4: "Gschnitz, a village of about 400 people" was flagged against "Four
//! people are missing"): "a village of 400", "a town of 12,000 inhabitants", "home to 400
//! people", "population 400", "un village de 400 habitants", "ein Dorf mit 400
//! Einwohnern", "un pueblo de 400 habitantes", "un paese di 400 abitanti", "uma aldeia de
//! 400 habitantes", "een dorp van 400 inwoners". The number flags compare such a count only
//! with another place's population. Lower case, as tokens are normalised.

/// Nouns of a settlement whose size the figure after [`POPULATION_OF`] tells, in English,
/// French, German, Spanish, Italian, Portuguese and Dutch.
pub(in crate::matcher) const SETTLEMENTS: &[&str] = &[
    "village",
    "town",
    "city",
    "hamlet",
    "municipality",
    "suburb",
    // fr
    "ville",
    "commune",
    "bourg",
    "hameau",
    "localité",
    "bourgade",
    // de
    "dorf",
    "stadt",
    "gemeinde",
    "ort",
    "ortschaft",
    "weiler",
    "bergdorf",
    "kleinstadt",
    "marktgemeinde",
    // es
    "pueblo",
    "aldea",
    "localidad",
    "municipio",
    "ciudad",
    // it
    "paese",
    "villaggio",
    "borgo",
    "comune",
    "città",
    "cittadina",
    "frazione",
    // pt
    "aldeia",
    "vila",
    "cidade",
    "município",
    "povoado",
    "localidade",
    // nl
    "dorp",
    "dorpje",
    "stad",
    "stadje",
    "gemeente",
    "gehucht",
];

/// Nouns of a population, the figure right after them or after [`POPULATION_OF`]
/// ("population 400", "a population of 400", "une population de 400", "Einwohnerzahl von
/// 400").
pub(in crate::matcher) const POPULATIONS: &[&str] = &[
    "population",
    "bevölkerung",
    "einwohnerzahl",
    "población",
    "popolazione",
    "população",
    "bevolking",
    "inwonertal",
];

/// The words between a settlement or a population and its figure: "of", fr, es, pt "de",
/// it "di", de "von", nl "van".
pub(in crate::matcher) const POPULATION_OF: &[&str] = &["of", "de", "di", "von", "van"];

/// The words of having between a settlement and its figure ("a village with 400
/// inhabitants", "ein Dorf mit 400 Einwohnern"): the figure is its population only when
/// an inhabitants noun ([`INHABITANTS`]) follows it ("a village with 400 damaged houses"
/// is a count of the event).
pub(in crate::matcher) const POPULATION_WITH: &[&str] =
    &["with", "avec", "mit", "con", "com", "met"];

/// Nouns of the people who live in a place, in the seven languages ("inhabitants",
/// "habitants", "Einwohner", "habitantes", "abitanti", "inwoners"; "souls").
pub(in crate::matcher) const INHABITANTS: &[&str] = &[
    "inhabitants",
    "souls",
    "habitants",
    "âmes",
    "einwohner",
    "einwohnern",
    "einwohnerinnen",
    "seelen",
    "habitantes",
    "almas",
    "abitanti",
    "anime",
    "inwoners",
    "zielen",
];

/// The words before a figure that make it the number of a place's people: English "home
/// to" ("home to about 400 people").
pub(in crate::matcher) const HOME_TO: &[&str] = &["home", "to"];
