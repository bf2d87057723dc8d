//! Places named after a genitive preposition ("la commune de Vénissieux", "el alcalde de
//! Sevilla", "die Feuerwehr von Köln", "the village of Aldwick"): the nouns of a
//! settlement or its office that make the name after them a town ([`SETTLEMENT_NOUNS`],
//! [`ENGLISH_SETTLEMENTS`]), and how such a preposition introduces a place ([`genitive`]).
//! The genitive prepositions of each language are the lexicon's ([`place_genitive`]),
//! read in a sentence of that language (or of none clear): "de" is everywhere ("la
//! mairie de Paris" is still Paris, "de Gaulle" a person), so a name after one is a place
//! only when the gazetteer knows it, or right after a noun of a settlement ("la commune
//! de Vénissieux"), and never inside a name ("Rio de Janeiro", "Coupe de France").

use super::prepositions::NEAR_PREPS;
use crate::matcher::features::Prepared;
use crate::matcher::flags::names::fold_diacritics;
use crate::matcher::language::Language;
use crate::matcher::lexicon::genitives::place_genitive;

/// Nouns of a settlement or an administrative area before a genitive preposition ("la
/// ville de", "la ciudad de", "la città di", "die Stadt von"; without diacritics): the
/// name after it is a place the gazetteer need not know.
const SETTLEMENT_NOUNS: &[&str] = &[
    "ville",
    "commune",
    "village",
    "region",
    "departement",
    "ciudad",
    "pueblo",
    "localidad",
    "municipio",
    "provincia",
    "citta",
    "comune",
    "paese",
    "regione",
    "cidade",
    "municipio",
    "stadt",
    "gemeinde",
    "dorf",
    // The offices and people of a town: "el alcalde de Villanueva", "le maire de
    // Saint-Berthevin", "il sindaco di Rovato", "der Bürgermeister von Dinkelsried".
    "alcalde",
    "alcaldesa",
    "ayuntamiento",
    "vecinos",
    "maire",
    "mairie",
    "habitants",
    "sindaco",
    "prefeito",
    "prefeitura",
    // "o presidente da câmara de Oleiros" / "da Sertã", "o concelho de Oleiros", "a
    // aldeia de Cambas" (trial 36 F16.3).
    "camara",
    "concelho",
    "freguesia",
    "aldeia",
    "vila",
    "burgermeister",
    "burgermeisterin",
    // The hospitals of a town: "les hôpitaux de Béni Mellal", "l'hôpital de Marrakech"
    // (trial 35 F3.1: English "hospitals in Beni Mellal" / "in Marrakech" was flagged,
    // the French not), "el hospital de Teruel", "l'ospedale di Rovato".
    "hopital",
    "hopitaux",
    "hospital",
    "hospitales",
    "ospedale",
    "ospedali",
];

/// Nouns of a stretch of land or of an administrative area of several languages, before a
/// genitive preposition (without diacritics): "la sierra de Gredos", "la comarca de
/// Valdeorras", "el valle de Arán", "el distrito de Setúbal", "la vallée de la Roya", "le
/// massif de la Chartreuse", "il comprensorio di Bormio", "a serra da Estrela" (trial 41,
/// F1: two fires in two ranges the gazetteer does not know were read as one). The name
/// after one is a place the gazetteer need not know, as after [`SETTLEMENT_NOUNS`]; with
/// an adjective between them too ("la comarca ourensana de Valdeorras", [`land_noun_at`]).
const LAND_NOUNS: &[&str] = &[
    "sierra",
    "comarca",
    "valle",
    "distrito",
    "departamento",
    "partido",
    "isla",
    "vallee",
    "val",
    "massif",
    "canton",
    "arrondissement",
    "ile",
    "contea",
    "comprensorio",
    "isola",
    "serra",
    "vale",
    "regiao",
    "ilha",
];

/// Whether a noun (lower case, without diacritics) is one of [`SETTLEMENT_NOUNS`] or
/// [`LAND_NOUNS`]: the name after it and a genitive is a town or an area.
pub(super) fn settlement_noun(noun: &str) -> bool {
    SETTLEMENT_NOUNS.contains(&noun)
        || ENGLISH_SETTLEMENTS.contains(&noun)
        || LAND_NOUNS.contains(&noun)
}

/// Whether the genitive preposition at token `i` of `p` follows a noun of [`LAND_NOUNS`]
/// or [`SETTLEMENT_NOUNS`], right before it or with one adjective between ("la sierra de
/// Gredos", "la comarca ourensana de Valdeorras", "el municipio madrileño de Valdemoro"):
/// the name after the preposition is a place.
fn land_noun_at(p: &Prepared, i: usize) -> bool {
    let toks = &p.tokens;
    let noun = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let n = fold_diacritics(&t.norm);
            LAND_NOUNS.contains(&n.as_ref()) || SETTLEMENT_NOUNS.contains(&n.as_ref())
        })
    };
    let adjective = |k: usize| {
        toks.get(k).is_some_and(|t| {
            !t.proper && !t.stop && t.kind == crate::matcher::text::Kind::Word && !noun(k)
        })
    };
    (i >= 1 && noun(i - 1)) || (i >= 2 && adjective(i - 1) && noun(i - 2))
}

/// English nouns of a settlement before "of" ("the village of Aldwick", "the town of
/// Marnholt"; trial 31, F3: two storms in two villages the gazetteer does not know were
/// read as one), of a port ("the port of Naxos") or a town's mayor ("the mayor of
/// Oleiros"): the name after them is a place,
/// known or not. (Not "island": "the island of Qeshm" where a quake hit and "Dubai"
/// where it was felt are two facts' places.) (Lower case only: "the
/// City of London" is a name.)
const ENGLISH_SETTLEMENTS: &[&str] = &[
    "village",
    "villages",
    "town",
    "city",
    "hamlet",
    "township",
    "borough",
    "municipality",
    "parish",
    // "taken to the port of Naxos" / "the port of Piraeus" (trial 36 F7.3).
    "port",
    // "The mayor of Oleiros" / "The mayor of Serta" (trial 36 F16.3): whose mayor is a
    // town.
    "mayor",
    "mayors",
    // "the Mexican state of Oaxaca" / "of Guerrero", "the province of Quebec" (trial 37):
    // an area named as one.
    "state",
    "province",
    "region",
    "county",
    "district",
];

/// Whether the name starting at token `first` follows a genitive preposition right after
/// a noun of a settlement or of its office ([`SETTLEMENT_NOUNS`]: "en el municipio de
/// Villanueva", "el alcalde de Villanueva") or of an area ([`LAND_NOUNS`]: "la sierra de
/// Gredos"), or one adjective after it ([`land_noun_at`]): a town or an area named as one.
pub(super) fn after_settlement_noun(p: &Prepared, first: usize) -> bool {
    let toks = &p.tokens;
    first >= 2 && place_genitive(&toks[first - 1].norm, None) && land_noun_at(p, first - 1)
}

// German articles (`lexicon::german::ARTICLES`, the same words): a capitalised word
// after one is a noun, no name ("die Feuerwehr").
use crate::matcher::lexicon::german::ARTICLES as GERMAN_ARTICLES;

/// How a genitive preposition at token `i` of `p` ([`place_genitive`]) introduces a
/// place: `Some(true)` when only a name the gazetteer knows is read, `Some(false)` after
/// a noun of a settlement (any name), `None` when it introduces none (no genitive of the
/// sentence's language, inside a name, after a preposition of nearness, which reads the
/// name itself: "près de Lyon").
pub(super) fn genitive(
    p: &Prepared,
    i: usize,
    language: impl FnOnce() -> Option<Language>,
) -> Option<bool> {
    let toks = &p.tokens;
    let norm = toks[i].norm.as_str();
    if norm == "of" {
        // "the village of Aldwick", "the town of Marnholt": a town named as one.
        let before = toks.get(i.checked_sub(1)?)?;
        return ENGLISH_SETTLEMENTS
            .contains(&before.norm.as_str())
            .then_some(false);
    }
    if !place_genitive(norm, None) {
        return None;
    }
    let before = toks.get(i.checked_sub(1)?)?;
    if NEAR_PREPS.contains(&before.norm.as_str()) {
        return None;
    }
    let lang = language();
    if lang.is_some_and(|lang| !place_genitive(norm, Some(lang))) {
        return None;
    }
    // Inside a name ("Rio de Janeiro", "Otto von Bismarck"); but a German noun after its
    // article is capitalised too ("die Feuerwehr von Köln").
    let german_noun = lang == Some(Language::German)
        && i >= 2
        && GERMAN_ARTICLES.contains(&toks[i - 2].norm.as_str());
    if before.proper && !german_noun {
        return None;
    }
    Some(!land_noun_at(p, i))
}
