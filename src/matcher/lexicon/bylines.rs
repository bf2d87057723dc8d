//! The words of a byline (`page_lines.rs`): besides names, the agencies and staff titles a
//! byline may hold ("By Jane Smith, Associated Press"), and the words of a byline of a paper's
//! own staff with no name ("By our city desk", "De notre correspondant", "Von unserem
//! Korrespondenten"), in the seven languages the flags read. Lower-case, as tokens are
//! normalised.

/// Words a byline may hold besides names: agencies and staff titles.
pub(in crate::matcher) const BYLINE_WORDS: &[&str] = &[
    "and",
    "staff",
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "editor",
    "in",
    "the",
    "associated",
    "press",
    "agence",
    "france",
    "presse",
    "news",
    "service",
    "wire",
    "wires",
    "desk",
    "&",
    "et",
    "und",
    "y",
];

/// Words of a paper's own staff after a byline's opening ("By *our* city desk", "De
/// *notre* correspondant", "Von *unserem* Korrespondenten", "Por *nuestro* corresponsal",
/// "Dal *nostro* inviato", "Door *onze* correspondent"), in the seven languages: a byline
/// of no name (`page_lines::own_staff_byline`).
pub(in crate::matcher) const OWN_WORDS: &[&str] = &[
    "our", "own", "notre", "nos", "unserem", "unserer", "unseren", "unsere", "nuestro", "nuestra",
    "nuestros", "nostro", "nostra", "nostri", "nosso", "nossa", "nossos", "onze",
];

/// How a byline of a paper's own staff opens besides `furniture::BYLINE_OPENINGS`: French "de",
/// Italian "dal" and "dalla", Portuguese "do" and "da", Dutch "door" ("De notre
/// correspondant", "Dal nostro inviato", "Door onze correspondent"); read only before one
/// of [`OWN_WORDS`].
pub(in crate::matcher) const OWN_OPENINGS: &[&str] = &["de", "dal", "dalla", "do", "da", "door"];

/// The staff a byline of a paper's own names, and the desks and kinds of them ("city
/// desk", "foreign staff", "special correspondent", "envoyé spécial", "inviato"), in the
/// seven languages, besides [`BYLINE_WORDS`]; and the small words of a place after them
/// ("in Berlin", "à Berlin", "en Madrid").
pub(in crate::matcher) const STAFF_WORDS: &[&str] = &[
    "city",
    "foreign",
    "political",
    "business",
    "local",
    "metro",
    "sports",
    "home",
    "special",
    "team",
    "correspondant",
    "correspondante",
    "correspondants",
    "envoyé",
    "envoyée",
    "envoyés",
    "spécial",
    "spéciale",
    "rédaction",
    "korrespondent",
    "korrespondentin",
    "korrespondenten",
    "redaktion",
    "reporterin",
    "corresponsal",
    "corresponsales",
    "enviado",
    "enviada",
    "especial",
    "redacción",
    "corrispondente",
    "inviato",
    "inviata",
    "speciale",
    "redazione",
    "correspondente",
    "redação",
    "verslaggever",
    "redactie",
    "à",
    "a",
    "en",
    "em",
    "te",
];
