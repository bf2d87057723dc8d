//! Places named after a locative preposition ("in Ohio", "at the Panmunjom truce
//! village", "à Lyon", "cerca de Madrid") or a path preposition ("into Pakistan"): the
//! prepositions of each language, and the reading of the name after one as a [`Place`]
//! (its breadth, what the gazetteer knows of it, an area noun, a part of a town). A name
//! after a genitive preposition ("la commune de Vénissieux") is read in `genitives.rs`.

use super::dative::{to_a_person, DATIVE_PREPS};
use super::genitives::{genitive, settlement_noun};
use super::names::{joining_word, whole_name_end};
use super::{
    area_noun_at, breadth, name_end, name_of, Breadth, Place, DEMONYM_ENDS, LEVEL_NOUNS, PART_OF,
};
use crate::matcher::features::Prepared;
use crate::matcher::flags::gazetteer::{city_of_own_region, readings, Known};
use crate::matcher::flags::names::fold_diacritics;
use crate::matcher::flags::report::of_report;
use crate::matcher::language::{guess_sentence, Language};
use crate::matcher::lexicon::place_lists::{LIST_CLOSERS, LIST_WORDS};
use crate::matcher::text::Kind;

/// Prepositions after which a name is a place ("in Ohio", "at the Panmunjom truce village").
///
/// Only locative prepositions: they say where a thing happened. Path prepositions ("from",
/// "into", "across", "toward") name where someone came from or went, a different slot:
/// one report may follow the defector "toward the Joint Security Area" while the other
/// places the shooting "at the Panmunjom truce village", and the two are not in conflict.
const PLACE_PREPS: &[&str] = &["in", "at", "near", "outside", "inside"];

/// Locative prepositions of other languages, read in a sentence guessed to be in that
/// language (`language::guess_sentence`): "à Lyon", "au Mali", "en France", "dans la
/// Drôme", "près de Lyon", "en Madrid", "cerca de Madrid", "a Roma", "presso Milano",
/// "em Lisboa", "no Porto", "bij Utrecht", "bei Berlin", "nahe Berlin". ("in" is one of
/// [`PLACE_PREPS`], read in every language.) Spanish "en" is not read in a Dutch sentence
/// ("Jan en Piet": and), nor Italian "a" in an English one (an article). A name after an
/// elided article ("dans l'Ohio", "près d'Amiens") is not read: the tokeniser gives its
/// token the case of the article's letter, so it is no name.
const FOREIGN_PREPS: &[(Language, &[&str])] = &[
    (Language::French, &["à", "au", "aux", "en", "dans", "près"]),
    (Language::Spanish, &["en", "cerca", "inmediaciones"]),
    (Language::Italian, &["a", "presso", "pressi", "vicino"]),
    (Language::Portuguese, &["em", "no", "na", "perto"]),
    (Language::Dutch, &["bij"]),
    (Language::German, &["bei", "nahe"]),
];

/// The prepositions of [`FOREIGN_PREPS`] that are no word of English nor of another of its
/// languages: read in a sentence whose language is unclear (too short to guess).
const PLAIN_PREPS: &[&str] = &[
    "à",
    "au",
    "aux",
    "dans",
    "près",
    "cerca",
    "inmediaciones",
    "presso",
    "pressi",
    "vicino",
    "perto",
    "bei",
    "nahe",
    "bij",
];

/// Foreign prepositions of nearness ("près de Lyon", "cerca de Madrid", "nahe Berlin",
/// "nei pressi di Pianoro", "vicino a Bologna", "perto de Lisboa", "en las
/// inmediaciones de Sevilla"), read as "near" is; the small word after them
/// ([`NEAR_LINKS`]) is skipped.
pub(super) const NEAR_PREPS: &[&str] = &[
    "près",
    "cerca",
    "nahe",
    "pressi",
    "vicino",
    "perto",
    "inmediaciones",
];

/// The small words between a foreign preposition of nearness and its place ("près de",
/// "nei pressi di", "vicino a", "perto de"). After one of the words of nearness trial
/// 34 brought ("pressi", "vicino", "perto", "inmediaciones"), such a word is not read as a
/// preposition of its own ("vicino a Bologna" is near Bologna, not in it).
const NEAR_LINKS: &[&str] = &["de", "du", "di", "a"];

/// The words of nearness after which a small word of [`NEAR_LINKS`] is no preposition
/// of its own.
const NEAR_WORDS: &[&str] = &["pressi", "vicino", "perto", "inmediaciones"];

/// Articles between a foreign preposition and a name ("à la Défense", "en el Congreso",
/// "bij het station"), skipped as "the" is.
const FOREIGN_ARTICLES: &[&str] = &["la", "le", "les", "el", "los", "las", "il", "lo", "het"];

/// Nouns of a direction of travel, without diacritics: a place after one is where
/// someone was heading, not where the fact happened ("in Richtung Österreich", "en
/// direction de Lyon", "en dirección a Madrid", "in direzione di Milano", "em direção ao
/// Porto", "rumo a Lisboa"), so neither the name after "in Richtung" nor the one after a
/// genitive or a preposition right after such a noun is read as a place (trial 32).
const DIRECTIONS: &[&str] = &[
    "richtung",
    "direction",
    "direccion",
    "direzione",
    "direcao",
    "rumo",
];

/// Whether token `t` is a noun of a direction of travel ([`DIRECTIONS`]).
fn is_direction(t: &crate::matcher::text::Token) -> bool {
    DIRECTIONS.contains(&fold_diacritics(&t.norm).as_ref())
}

/// German nouns that follow "in" without an article in set phrases of news ("in Brand
/// geraten", "in Haft", "in Gewahrsam", "in Gefahr"; "in Auftrag gegeben", "in Gang
/// gesetzt", "in Frage gestellt": session 54, trial 57 read "Auftrag" as a place against
/// "Vienna"), without diacritics.
const GERMAN_BARE_NOUNS: &[&str] = &[
    "auftrag",
    "gang",
    "frage",
    "angriff",
    "anspruch",
    "kauf",
    "aussicht",
    "mitleidenschaft",
    "kontakt",
    "rechnung",
    "umlauf",
    "schutz",
    "empfang",
    "besitz",
    "zusammenarbeit",
    "brand",
    "haft",
    "gewahrsam",
    "gefahr",
    "kraft",
    "betrieb",
    "sicherheit",
    "not",
    "panik",
    "ruhe",
    "ordnung",
    "untersuchungshaft",
    "behandlung",
    "lebensgefahr",
    "flammen",
];

/// Endings of German common nouns, plural or abstract ("Kliniken", "Krankenhäusern",
/// "Wohnungen", "Sicherheit", "Nachbarschaft", "Explosion"), that a town's name rarely
/// has; without diacritics. "-ingen", "-hausen" and "-lautern" towns do not end so.
const GERMAN_NOUN_ENDINGS: &[&str] = &[
    "ken", "hausern", "dorfern", "landern", "kindern", "ung", "ungen", "heit", "keit", "schaft",
    "ion", "ionen", "tat", "ismus", "nisse", "innen",
];

/// Whether a single capitalised word of a German sentence, not known to the gazetteer,
/// has the shape of a common noun rather than a town's name: one of
/// [`GERMAN_BARE_NOUNS`], a word with one of [`GERMAN_NOUN_ENDINGS`], a word of a table
/// of concepts (`xling::common_concept`: "in Aufzügen" is in lifts; session 51, it was
/// flagged against "Lichtenberg" and "Frankfurter Allee") or a vehicle
/// (`lexicon::conveyances::CONVEYANCES`: "in Bussen", "in Zügen"). `norm` is the token's
/// lower-cased form.
fn german_common_noun(norm: &str) -> bool {
    let w = fold_diacritics(norm);
    GERMAN_BARE_NOUNS.contains(&w.as_ref())
        || GERMAN_NOUN_ENDINGS.iter().any(|end| w.ends_with(end))
        || crate::matcher::xling::common_concept(norm)
        || crate::matcher::lexicon::conveyances::CONVEYANCES.contains(&norm)
}

/// English path prepositions read apart from [`PLACE_PREPS`]: a place after one is where
/// someone went ("crossed into Pakistan"), compared only with a place after the same
/// preposition in the other sentence ("into India"), and only when the gazetteer knows
/// it. Not "from" (on the development data it joined two facts: "moved its embassy from
/// Tel Aviv" / "captured East Jerusalem from Jordan", "most of them from Honduras" /
/// "1,000 miles from U.S. soil"), nor "to" ("talked to Reuters"), but for a place
/// someone was taken to where the fact happened ("rushed her to Hennepin County Medical
/// Center, where she died"), read as a place of the fact.
const PATH_PREPS: &[&str] = &["into"];

/// Words naming the occasion of a statement: a place right after one ("at a news conference
/// at the Bellflower courthouse", "a briefing in Seoul") is where something was said.
const OCCASIONS: &[&str] = &[
    "conference",
    "briefing",
    "interview",
    "statement",
    "hearing",
];

/// Places after a place preposition ("in Ohio", "at the Panmunjom truce village").
///
/// The place of a report is not the place of the fact, as with dates (see `dates::date_items`):
/// a place right after a speech verb ("Brooks said in Seoul"), a few words after one
/// (`report::of_report`: "said at a rally in Ohio", "told reporters in Seoul", "Speaking in
/// Geneva") or right after the occasion of a statement ("at a news conference at the
/// Bellflower courthouse") is left out.
pub(super) fn after_prepositions(p: &Prepared) -> Vec<Place> {
    read_places(p, false)
}

/// The places of reports of `p` (`report::of_report`: "Sanne de Vries told supporters
/// in Rotterdam"): where something was said. Two outlets giving one quotation give its
/// place too, compared with the other's ("… told cheering supporters in The Hague" /
/// "… told supporters in Rotterdam": trial 35 F8.3; `places::place_conflicts`).
pub(super) fn report_places(p: &Prepared) -> Vec<Place> {
    read_places(p, true)
}

/// A name after a French elision of "de" right after a noun ("près d'Azilal", "le
/// village d'Aït Bouguemez", "la région d'Azilal"; the tokeniser's token is the name,
/// "d'" left out of its word but not of its range): `Some(true)` when only a place the
/// gazetteer knows is read (after a noun of no settlement: "au nord-est d'Azilal"),
/// `Some(false)` after a noun of a settlement (`genitives::after_settlement_noun`'s
/// nouns) or a preposition of nearness ("près d'Azilal", as "près de Béni Mellal" is
/// read: trial 35 F15.1), `None` for no such name (inside a name: "Villeneuve d'Ascq").
fn elided_genitive(p: &Prepared, i: usize, chars: &[char]) -> Option<bool> {
    let toks = &p.tokens;
    let t = &toks[i];
    let before = toks.get(i.checked_sub(1)?)?;
    let elided = chars.get(t.start) == Some(&'d') && super::names::elided_name(t, chars);
    if !elided || before.proper || before.kind != Kind::Word {
        return None;
    }
    let noun = fold_diacritics(&before.norm);
    Some(!(NEAR_PREPS.contains(&before.norm.as_str()) || settlement_noun(&noun)))
}

/// Places after a place preposition, of the facts (`reports` false) or of the reports
/// (`reports` true: [`report_places`]).
fn read_places(p: &Prepared, reports: bool) -> Vec<Place> {
    let toks = &p.tokens;
    // The text's code points, collected only when a name follows a place preposition.
    let chars: std::cell::OnceCell<&[char]> = std::cell::OnceCell::new();
    let mut out = Vec::new();
    // The sentence's language, guessed only when a foreign preposition is met.
    let language: std::cell::OnceCell<Option<Language>> = std::cell::OnceCell::new();
    // The last place read: its name's last token and its preposition's token.
    let mut last: Option<(usize, usize)> = None;
    for (i, t) in toks.iter().enumerate() {
        // "in Besançon and Lausanne": a place the gazetteer knows, listed after another,
        // is read as if its preposition stood before it too ([`listed_after`], trial 50
        // F4).
        let listed = listed_after(toks, i, last);
        let t = listed.map_or(t, |k| &toks[k]);
        // "près d'Azilal": the name is the token itself ([`elided_genitive`]).
        let elided = match t.kind == Kind::Word && !t.proper && listed.is_none() {
            true => elided_genitive(
                p,
                i,
                chars.get_or_init(|| crate::matcher::flags::chars_of(p)),
            ),
            false => None,
        };
        // The preposition's token: the one before an elided name.
        let t = match elided {
            Some(_) => &toks[i - 1],
            None => t,
        };
        // "rushed Johnson to Hennepin County Medical Center, where she died": a place
        // someone was taken to is where the fact of the clause after "where" happened.
        let to_where = t.norm == "to" && elided.is_none();
        // "on the Fern Pass", "on Mount Etna": "on" before a landform's name
        // ([`on_landform`]; read only when the name holds a landform's noun).
        let on_landform = t.norm == "on" && elided.is_none() && listed.is_none();
        let english =
            (PLACE_PREPS.contains(&t.norm.as_str()) || to_where || on_landform) && elided.is_none();
        let path = PATH_PREPS
            .iter()
            .copied()
            .find(|w| *w == t.norm)
            .filter(|_| elided.is_none());
        let unclear = || language.get_or_init(|| guess_sentence(&p.text)).is_none();
        // A foreign preposition of several languages ("en", "a", "em") in a sentence too
        // short to tell its language ("La manifestación tuvo lugar en Madrid."): read only
        // before a place the gazetteer knows (not "Jan en Piet", "a Reuters photographer").
        let mut if_known = false;
        let of_place = if english || path.is_some() {
            None
        } else if elided.is_some() {
            elided
        } else {
            genitive(p, i, || *language.get_or_init(|| guess_sentence(&p.text)))
        };
        if let Some(known_only) = of_place {
            if_known |= known_only;
        } else if !english
            && path.is_none()
            && !foreign_prep(&t.norm, || {
                *language.get_or_init(|| guess_sentence(&p.text))
            })
        {
            let foreign = FOREIGN_PREPS
                .iter()
                .any(|(_, l)| l.contains(&t.norm.as_str()));
            if !(foreign && unclear()) {
                continue;
            }
            if_known = true;
        }
        let report =
            (i >= 1 && OCCASIONS.contains(&toks[i - 1].norm.as_str())) || of_report(toks, i);
        if report != reports {
            continue;
        }
        // "vicino a Bologna": the place is read after "vicino", not again after "a".
        if i >= 1
            && elided.is_none()
            && NEAR_LINKS.contains(&t.norm.as_str())
            && NEAR_WORDS.contains(&toks[i - 1].norm.as_str())
        {
            continue;
        }
        // "en direction de Lyon", "in direzione di Milano": where someone was heading.
        if i >= 1 && is_direction(&toks[i - 1]) {
            continue;
        }
        if elided.is_some() && i >= 2 && is_direction(&toks[i - 2]) {
            continue;
        }
        // "la embajada de España en Viena", "from a town near Valladolid", "living in
        // Christchurch": an embassy's country and seat, where people came from or live,
        // are no places of the event (`away.rs`).
        if super::away::of_mission(p, i)
            || super::away::of_origin(p, i)
            || super::away::of_home(p, i)
        {
            continue;
        }
        let mut j = i + usize::from(elided.is_none());
        // "près de Lyon", "cerca de Madrid" ("près d'Amiens": [`elided_genitive`]).
        if !english && elided.is_none() && NEAR_PREPS.contains(&t.norm.as_str()) {
            if toks
                .get(j)
                .is_some_and(|x| NEAR_LINKS.contains(&x.norm.as_str()))
            {
                j += 1;
            } else if t.norm != "nahe" {
                continue;
            }
        }
        // "of Los Cabos", "en La Paz", "à Le Havre": an article written capitalised inside
        // a sentence, before a name, begins the name, in any language (trial 35, F10: "the
        // resort city of Los Cabos" was read as "Cabos"); "à la Défense" is an article.
        let article_of_name = elided.is_none()
            && toks.get(j).is_some_and(|a| {
                a.capital && a.kind == Kind::Word && FOREIGN_ARTICLES.contains(&a.norm.as_str())
            })
            && toks
                .get(j + 1)
                .is_some_and(|n| n.proper && n.kind == Kind::Word);
        if elided.is_none()
            && j < toks.len()
            && !article_of_name
            && (toks[j].norm == "the"
                || (!english && FOREIGN_ARTICLES.contains(&toks[j].norm.as_str())))
        {
            j += 1;
        }
        // "in suburban Detroit", "in northern Iran": a word of where in the place.
        let town = elided.is_none()
            && j < toks.len()
            && PART_OF.contains(&toks[j].norm.as_str())
            && !toks[j].capital;
        j += usize::from(town);
        // "in Richtung Österreich": the noun of a direction, capitalised in German.
        if j >= toks.len()
            || !(toks[j].proper || elided.is_some() || article_of_name)
            || toks[j].kind != Kind::Word
            || is_direction(&toks[j])
        {
            continue;
        }
        // One name: capitalised words joined by spaces (`names::joins_name`): a comma
        // ends it ("in the US, Vincent Gigante ..." is a place, then a person), and so
        // does a bracket ("in Zürich (Zürich)": a name and its gloss).
        // The whole name, with the words that join its parts ("Frankfurt am Main", "San
        // Sebastián de los Reyes", "La Roche-sur-Yon": `names::whole_name_end`).
        let (e, name_stop) = {
            let chars = chars.get_or_init(|| crate::matcher::flags::chars_of(p));
            whole_name_end(toks, name_end(toks, j, chars), chars)
        };
        // "Power returned to Lichtenberg", "restored to Marzahn": where a supply came back
        // (`lexicon::restored::RETURNED_TO` after a word of a power supply,
        // `counted_nouns::SUPPLY_WORDS`; trial 53 F4). Not "when he'd returned to the
        // US": where someone went is no place of the fact.
        let returned = listed.unwrap_or(i).checked_sub(1).is_some_and(|k| {
            use crate::matcher::lexicon::{counted_nouns::SUPPLY_WORDS, restored::RETURNED_TO};
            RETURNED_TO.contains(&toks[k].norm.as_str())
                && toks[..k]
                    .iter()
                    .any(|t| SUPPLY_WORDS.contains(&t.norm.as_str()))
        });
        if to_where && !returned && toks.get(e + 1).is_none_or(|w| w.norm != "where") {
            continue;
        }
        if on_landform && !on_landform_name(toks, j, e) {
            continue;
        }
        // "in the French capital": an adjective of a people before a noun, no name ("the
        // Sicilian capital of Palermo" is read for Palermo).
        let noun_after = toks
            .get(e + 1)
            .is_some_and(|t| t.kind == Kind::Word && !t.capital)
            && toks.get(e + 2).is_none_or(|t| t.norm != "of");
        // (Not a place the gazetteer knows: "in Oman on Monday", "in Dubai on Friday".)
        let name = name_of(&toks[j..=e]);
        if j == e
            && noun_after
            && DEMONYM_ENDS.iter().any(|s| toks[j].norm.ends_with(s))
            && readings(&name).is_empty()
        {
            continue;
        }
        // "in the Garden of Eden", "at the Bank of England": a name the gazetteer does not
        // know, after "the" and before "of" and a name, is a thing named after a place or
        // none, not a town ("the Langwasser district of Nürnberg" reads on: a noun follows).
        if english
            && j >= 1
            && toks[j - 1].norm == "the"
            && toks.get(e + 1).is_some_and(|w| w.norm == "of")
            && toks.get(e + 2).is_some_and(|w| w.capital)
            && readings(&name).is_empty()
        {
            continue;
        }
        // "a déclaré à Jean Dupont": a person spoken to, after a verb of saying or
        // giving, unless the gazetteer knows the name ("à Saint-Berthevin" is a town;
        // trial 25).
        if !english
            && j < e
            && DATIVE_PREPS.contains(&t.norm.as_str())
            && readings(&name).is_empty()
            && to_a_person(
                toks,
                i,
                chars.get_or_init(|| crate::matcher::flags::chars_of(p)),
            )
        {
            continue;
        }
        let mut breadth = breadth(&name);
        // German capitalises its nouns, and a plural or a state takes no article after
        // "in" ("in umliegende Kliniken", "in Kliniken gebracht", "in Brand geraten", "in
        // Haft"): one word the gazetteer does not know is no place in a German sentence
        // when it has the shape of a common noun ([`german_common_noun`]; trial 32). A
        // town's name is still read ("in Passau"), and so is a name of two words ("in Bad
        // Kissingen").
        if j == e
            && breadth == Breadth::Local
            && german_common_noun(&toks[j].norm)
            && *language.get_or_init(|| guess_sentence(&p.text)) == Some(Language::German)
        {
            continue;
        }
        let mut known = readings(&name).to_vec();
        // "in New York": the city, not the state around it, unless told as the state ("in
        // upstate New York", "in New York state").
        let as_region = town
            || toks
                .get(e + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "state" | "province" | "region"));
        if !as_region {
            if let Some(cities) = city_of_own_region(&known) {
                known = cities;
            }
        }
        // An area: named with an area noun ("the Demilitarized Zone"), or followed by one
        // ("the Gaza border area", "the Porta Nuova area of Palermo"); an acronym ("the
        // DMZ") that is no region.
        let area_noun = (e + 1..toks.len())
            .take(2)
            .take_while(|&k| toks[k].kind == Kind::Word && !toks[k].proper && !toks[k].stop)
            .chain(std::iter::once(e))
            .find(|&k| area_noun_at(toks, k))
            .map(|k| &toks[k]);
        let chars = chars.get_or_init(|| crate::matcher::flags::chars_of(p));
        let acronym = j == e
            && chars.get(toks[j].start..toks[j].end).is_some_and(|w| {
                (2..=5).contains(&w.len()) && w.iter().all(|c| c.is_ascii_uppercase())
            });
        // A known name with an area noun ("Sichuan Province", "the Donetsk region", "the
        // Paris area"): the region around the place.
        let without_noun = || {
            if j < e {
                readings(&name_of(&toks[j..e]))
            } else {
                &[]
            }
        };
        let area = area_noun.map(|n| (n.stem, LEVEL_NOUNS.contains(&n.norm.as_str())));
        if let Some(n) = area.filter(|_| breadth != Breadth::Continent) {
            if known.is_empty() {
                known = without_noun().to_vec();
            }
            if known.is_empty() {
                breadth = Breadth::Area(Some(n));
            } else {
                breadth = Breadth::Known;
                known = known.into_iter().map(Known::widened).collect();
                known.dedup();
            }
        } else if acronym && breadth == Breadth::Local {
            breadth = Breadth::Area(None);
        }
        // "crossed into Pakistan": only a place the gazetteer knows.
        // A listed name the gazetteer does not know, read when the list closes after it
        // ([`closes_list`]: "in Bremen and Oldenburg.", not "in Lyon and Macron followed").
        let listed_unknown = listed.is_some() && !closes_list(toks, e, chars);
        if (path.is_some() || if_known || listed_unknown)
            && !matches!(breadth, Breadth::Known | Breadth::Continent)
        {
            continue;
        }
        // "near Sderot", "outside Paris": around the place, maybe across a border.
        let near =
            matches!(t.norm.as_str(), "near" | "outside") || NEAR_PREPS.contains(&t.norm.as_str());
        let mut around = Vec::new();
        if near && breadth == Breadth::Known {
            breadth = Breadth::Local;
            around = std::mem::take(&mut known);
        }
        // The words that tell the place: not an area noun ("Orange County" / "Los Angeles
        // County" share no place).
        // Nor a landform's noun ("Fern Pass" / "Arlberg Pass" share no place).
        let mut words: Vec<usize> = (j..=e)
            .filter(|&k| j == e || !area_noun_at(toks, k))
            .filter(|&k| j == e || !crate::matcher::lexicon::landforms::landform(&toks[k].norm))
            .filter(|&k| !joining_word(&toks[k]))
            .collect();
        // "the Sicilian capital of Palermo", "the Porta Nuova area of Palermo": the place
        // is in Palermo too, which a mention of Palermo on the other side agrees with.
        let mut k = e + 1;
        while k < toks.len() && k <= e + 2 && toks[k].kind == Kind::Word && !toks[k].proper {
            if toks[k].norm == "of" {
                let names = (k + 1..toks.len())
                    .take_while(|&m| toks[m].proper && toks[m].kind == Kind::Word);
                words.extend(names);
                break;
            }
            k += 1;
        }
        // An elided name's range starts after its apostrophe ("d'Azilal": "Azilal").
        let start = toks[j].start + 2 * usize::from(elided.is_some());
        // The preposition's token (before an elided name, the one before the name).
        last = Some((e, listed.unwrap_or(i - usize::from(elided.is_some()))));
        out.push(Place {
            range: (start, name_stop),
            tokens: (j, e),
            words,
            breadth,
            known,
            area,
            site: t.norm == "at",
            town,
            around,
            settlement: false,
            path,
            role: super::Role::Event,
        });
    }
    out
}

/// Whether the name of tokens `j..=e` after "on" is a landform's ("on the Fern Pass", "on
/// Mount Etna", "on the Mont Blanc massif": a word of `lexicon::landforms` or "mount"):
/// where an event happened, as after "in" (session 55, trial 57: "on the Fern Pass" / "on
/// the Arlberg Pass" had no place flag). "On" before any other name is no place ("on
/// Monday", "on Twitter", "on Main Street" is left to the road rules).
fn on_landform_name(toks: &[crate::matcher::text::Token], j: usize, e: usize) -> bool {
    use crate::matcher::lexicon::landforms::landform;
    (j..=e).any(|k| landform(&toks[k].norm) || toks[k].norm == "mount")
}

/// The token of the preposition a place listed at token `i` of `toks` is read after: when
/// `toks[i]` is a word of a list ([`LIST_WORDS`]: "and", "or", "et", "und", "y", "e", "en")
/// right after the name of the last place read (`last`: its name's last token and its
/// preposition's token), that preposition's token ("hospitals in Besançon and Lausanne",
/// "vers Besançon et Lausanne"); else `None`.
fn listed_after(
    toks: &[crate::matcher::text::Token],
    i: usize,
    last: Option<(usize, usize)>,
) -> Option<usize> {
    let (end, prep) = last?;
    (end + 1 == i && LIST_WORDS.contains(&toks[i].norm.as_str())).then_some(prep)
}

/// Whether the list of places closes after the name ending at token `e` of `toks`: the
/// sentence ends, a clause mark follows (`, ; : . ( ) ! ?`), or a word of
/// [`LIST_CLOSERS`] ("on Tuesday", "where"). `chars`: the sentence's code points.
fn closes_list(toks: &[crate::matcher::text::Token], e: usize, chars: &[char]) -> bool {
    let Some(next) = toks.get(e + 1) else {
        return true;
    };
    let gap = chars.get(toks[e].end..next.start).unwrap_or(&[]);
    gap.iter()
        .any(|c| matches!(c, ',' | ';' | ':' | '.' | '(' | ')' | '!' | '?'))
        || LIST_CLOSERS.contains(&next.norm.as_str())
}

/// Whether `norm` is a locative preposition of another language ([`FOREIGN_PREPS`]) in a
/// sentence of the language `language` gives (called only for a word that may be one),
/// or, when that is unclear, one of [`PLAIN_PREPS`].
fn foreign_prep(norm: &str, language: impl FnOnce() -> Option<Language>) -> bool {
    if !FOREIGN_PREPS.iter().any(|(_, l)| l.contains(&norm)) {
        return false;
    }
    match language() {
        Some(lang) => FOREIGN_PREPS
            .iter()
            .any(|(l, words)| *l == lang && words.contains(&norm)),
        None => PLAIN_PREPS.contains(&norm),
    }
}
