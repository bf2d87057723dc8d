//! Place flags: a name after a locative preposition ("in Ohio", "at the Panmunjom truce
//! village") in both sentences, not mentioned by the other. The place of a report
//! ("speaking in Geneva", "told reporters in Seoul") is not the place of the fact, and a
//! broader region ("in the US", "in Ohio") is not in conflict with a town or a building
//! (`regions.rs`), nor a city with its own region or country ("Vancouver" / "British
//! Columbia", `gazetteer.rs`). Only places known apart get the solid flag; two places the
//! flag cannot place (two towns it does not know, a town against a known city) get the
//! softer, dashed kind: one may lie in the other.

use super::anchor::{anchor_match, pair_best};
use super::gazetteer::{apart, city_like, one_metro, readings, Known};
use super::names::{fold_diacritics, joins_name};
use super::regions::{CONTINENTS, COUNTRIES, US_STATES, US_STATE_SHORT};
use super::Ranges;
use crate::matcher::features::Prepared;
use crate::matcher::text::{Kind, Token};
use areas::areas_of_one_place;
use forces::{forces, offices};
use names::mentioned;
use objects::objects;
use prepositions::{after_prepositions, report_places};

mod areas;
mod away;
mod dative;
mod events;
mod forces;
mod genitives;
mod han;
mod hospitals;
mod known;
mod names;
mod objects;
mod prepositions;
mod roles;
mod routes;

pub(super) use known::{known_places, longer_name, longest_known, towns, Town};

pub(super) use routes::{destination_conflict, other_route_end, reversed_route, tells_a_route};

/// Nouns that name a stretch of land or water, not a settlement or a building: a place
/// named with one ("the Joint Security Area", "the Demilitarized Zone", "Orange County",
/// "the Porta Nuova area of Palermo", "the Gaza border area") is an [`Breadth::Area`].
const AREA_NOUNS: &[&str] = &[
    "zone",
    "area",
    "region",
    "district",
    "county",
    "province",
    "prefecture",
    "territory",
    "territories",
    "strip",
    "peninsula",
    "corridor",
    "border",
    "frontier",
    "valley",
    "basin",
    "delta",
    "coast",
    "belt",
    "desert",
    "highlands",
    "sea",
    "ocean",
    "gulf",
];

/// Whether token `k` of `toks` is an area noun: one of [`AREA_NOUNS`], or "park" after
/// "national" ("Aoraki Mount Cook National Park", "Yellowstone National Park": a stretch of
/// land that holds mountains, glaciers and huts; session 56, "Mount Sefton" / "Aoraki Mount
/// Cook National Park" was a place flag on one climber's fall). Not "park" alone, a town's
/// park or district ("Central Park", "South Ozone Park").
pub(super) fn area_noun_at(toks: &[crate::matcher::text::Token], k: usize) -> bool {
    let norm = toks.get(k).map_or("", |t| t.norm.as_str());
    AREA_NOUNS.contains(&norm)
        || (norm == "park" && k >= 1 && toks.get(k - 1).is_some_and(|t| t.norm == "national"))
}

/// Area nouns of one administrative level: two places named with one ("Orange County" /
/// "Los Angeles County") cannot nest. Two zones, areas or regions may ("the Donetsk
/// region" / "the Donbas region").
const LEVEL_NOUNS: &[&str] = &["county", "province", "prefecture", "district"];

/// How broad a place is: a town or a building the gazetteer does not know (or anything
/// else not on a list), an area (a zone, a district, a county ...: see [`AREA_NOUNS`];
/// `Some` of the noun's stem and whether it is one of [`LEVEL_NOUNS`], `None` for an
/// acronym such as "the DMZ", whose kind is unknown), a place of the gazetteer (a
/// country, a region, a city: its readings are the [`Place`]'s `known`), a continent.
#[derive(Clone, Copy, PartialEq)]
enum Breadth {
    Local,
    Area(Option<(u64, bool)>),
    Known,
    Continent,
}

/// The breadth of a place name (its tokens' normalised forms, joined by spaces).
fn breadth(name: &str) -> Breadth {
    if CONTINENTS.contains(&name) {
        Breadth::Continent
    } else if !readings(name).is_empty() {
        Breadth::Known
    } else {
        Breadth::Local
    }
}

/// Whether a place name is a country, a US state or a continent.
pub(super) fn is_region(name: &str) -> bool {
    CONTINENTS.contains(&name)
        || COUNTRIES.contains(&name)
        || US_STATES.contains(&name)
        || US_STATE_SHORT.contains(&name.trim_end_matches('.'))
}

/// Whether a place name is a region at least: a country, a US state or a continent
/// ([`is_region`]), or a name the gazetteer knows only as a country or a first-level
/// region of one ("Bavaria", "Andalusia"), never as a city. Two events of one region
/// both name it.
pub(super) fn is_wide(name: &str) -> bool {
    is_region(name) || {
        let known = readings(name);
        !known.is_empty() && known.iter().all(|k| !k.is_city())
    }
}

/// Whether two places, neither named by the other report, are in conflict: `Some(false)`
/// for the solid flag, `Some(true)` for the softer (dashed) kind, `None` for none.
///
/// Solid only where the places are known apart: two places of the gazetteer none of whose
/// readings may hold the other ("Ohio" / "Texas", "Vancouver" / "Ontario", "Paris" /
/// "Germany": `gazetteer::apart`), two continents, two counties or provinces ("Orange
/// County" / "Los Angeles County"). A place that may hold the other is no conflict: a
/// city in its region or country ("Vancouver" / "British Columbia"), a region or a country
/// against a town it does not know ("Ohio" / "Springfield"), a continent against a
/// country. Nor are places of different kinds, with no gazetteer to tell: an area against
/// a town or a building, a region or an area of another noun ("at Panmunjom" / "in the
/// Joint Security Area" / "in the Demilitarized Zone"), or an acronym of a place ("in the
/// DMZ"), whose kind is unknown. Two towns or buildings the gazetteer does not know, a
/// known city (or city-state: "Berlin", "Singapore", `gazetteer::city_like`) against such
/// a town, two cities of one metropolitan area ("Pasadena" / "Los Angeles",
/// `gazetteer::one_metro`), two zones or regions ("the Donetsk region" / "the Donbas
/// region"): one may lie in the other, or one event be placed in either, the softer kind.
/// A place "near" or "outside" a known one is not known itself ("near Sderot" may be in
/// the Gaza Strip).
fn conflicting(x: &Place, y: &Place) -> Option<bool> {
    // Where someone went and where something happened are two slots; so are where it
    // happened, where people were treated (trial 46: "Coimbra ≠ Pombal") and where
    // something was found (trial 47: "Piacenza ≠ Cremona"): [`Role`].
    if x.path != y.path || x.role != y.role {
        return None;
    }
    // Around two known cities ("near Lima" / "near Quito", "near Lyon" / "in Marseille"):
    // solid when the cities lie in other regions or countries; around one city, a place
    // may lie in a neighbouring one of its region ("near Dallas" / "in Fort Worth").
    if !x.around.is_empty() || !y.around.is_empty() {
        let of = |p: &Place| {
            let r = if p.around.is_empty() {
                &p.known
            } else {
                &p.around
            };
            let cities = !r.is_empty() && r.iter().all(Known::is_city);
            cities.then(|| r.iter().map(|k| k.widened()).collect::<Vec<_>>())
        };
        // Two cities of one metropolitan area ("near Pasadena" / "in Los Angeles") are not
        // widened to their regions: the area may cross a border ("near Potsdam" / "in Berlin").
        let raw = |p: &Place| -> Vec<Known> {
            if p.around.is_empty() {
                p.known.clone()
            } else {
                p.around.clone()
            }
        };
        let same_area = one_metro(&raw(x), &raw(y));
        if let (Some(rx), Some(ry)) = (of(x), of(y)) {
            if !same_area && apart(&rx, &ry) {
                return Some(false);
            }
        }
    }
    // A town told with a part of it ("in central Paris") may hold a site ("at the Harry
    // Winston boutique").
    if (x.town && y.site) || (y.town && x.site) {
        return None;
    }
    let cities = |p: &Place| city_like(&p.known);
    // Two places named with one area noun: apart when known so, else two counties or two
    // provinces do not nest, two regions or zones may.
    if let (Some((p, level)), Some((q, _))) = (x.area, y.area) {
        if p == q {
            return match (x.breadth, y.breadth) {
                (Breadth::Known, Breadth::Known) => apart(&x.known, &y.known).then_some(false),
                _ => Some(!level),
            };
        }
    }
    match (x.breadth, y.breadth) {
        (Breadth::Continent, Breadth::Continent) => Some(false),
        (Breadth::Continent, _) | (_, Breadth::Continent) => None,
        (Breadth::Area(_), _) | (_, Breadth::Area(_)) => None,
        (Breadth::Known, Breadth::Known) => {
            if apart(&x.known, &y.known) {
                Some(false)
            } else {
                // Two cities of one metropolitan area: one event is placed in either, or
                // two events are (trial 26, F12): the softer kind.
                (one_metro(&x.known, &y.known) && cities(x) && cities(y)).then_some(true)
            }
        }
        (Breadth::Known, Breadth::Local) => cities(x).then_some(true),
        (Breadth::Local, Breadth::Known) => cities(y).then_some(true),
        // Two towns told as towns ("in the city of Huancayo" / "in the town of La
        // Oroya"): neither holds the other.
        (Breadth::Local, Breadth::Local) => Some(!(x.settlement && y.settlement)),
    }
}

/// A place of a sentence: its range (code points), its words (and those of the name after
/// "of" that follows it: "capital of Palermo"), its breadth and what the gazetteer knows
/// of it.
pub(super) struct Place {
    range: (usize, usize),
    /// The name's tokens, as indices `(first, last)`.
    tokens: (usize, usize),
    /// The tokens (indices) that tell the place.
    words: Vec<usize>,
    breadth: Breadth,
    /// The gazetteer's readings of the place (`gazetteer.rs`), empty when unknown.
    known: Vec<Known>,
    /// Named after "at" ("at the Harry Winston boutique"): a site, which a town may hold.
    site: bool,
    /// Named with an area noun ("Orange County", "the Donetsk region"): the noun's stem and
    /// whether it is one of [`LEVEL_NOUNS`].
    area: Option<(u64, bool)>,
    /// Named with a part of it ("in central Paris", "in suburban Detroit"): a town or a
    /// region, not a site.
    town: bool,
    /// The gazetteer's readings of the place a place is near or outside of ("near Lima"),
    /// empty otherwise (`known` is then empty: the place itself is not known).
    around: Vec<Known>,
    /// The path preposition before it ([`prepositions::PATH_PREPS`]: "into"), `None` for a place where
    /// something is.
    path: Option<&'static str>,
    /// What the place is the place of: where it happened, where people were treated, or
    /// where something was found (`roles.rs`).
    role: Role,
    /// Told as a town or a village ("the city of Huancayo", "la ciudad de Huancayo":
    /// [`told_as_town`]): a settlement of its own, which another told so does not hold.
    settlement: bool,
}

/// Whether the name starting at token `first` of `p` follows a noun of a town and "of"
/// ("the town of La Oroya", "la ciudad de Huancayo", `lexicon::place_lists::TOWN_NOUNS`),
/// with an article before the name or not.
fn told_as_town(p: &Prepared, first: usize) -> bool {
    use crate::matcher::lexicon::place_lists::{TOWN_NOUNS, TOWN_OF};
    let toks = &p.tokens;
    let at = |k: usize, list: &[&str]| {
        toks.get(k)
            .is_some_and(|t| list.contains(&fold_diacritics(&t.norm).as_ref()))
    };
    first >= 2 && at(first - 1, TOWN_OF) && at(first - 2, TOWN_NOUNS)
}

/// What a [`Place`] is the place of: where the event happened ("a leak in Pombal"), where
/// people were treated or taken ("taken to a hospital in Coimbra", "Coimbra University
/// Hospital"), or where something was found ("found torched near Brescia"), read by one
/// reader (`roles::role_at`). Two places of different roles are never in conflict; two
/// places of one role are compared as any two places.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Role {
    /// Where it happened (and any place not told as one of treatment or of a finding).
    Event,
    /// Where people were treated or taken.
    Treatment,
    /// Where something was found (a getaway car): no place of the article's story either
    /// (`known.rs`).
    Found,
}

/// Places: a name after a place preposition (`prepositions.rs`), a place named by its
/// forces ("Vancouver police", `forces.rs`), a hospital by its own name ("the Klinikum
/// Bremen-Ost", `hospitals.rs`), a known place as the object of a verb of place ("A quake
/// hit France", `objects.rs`), a place of Chinese text ("上海市", `han.rs`).
/// Read once per sentence (`facts.rs`): the place flags compare each sentence in every
/// pair it is explained in, and the two-events rule reads its article's lead again for
/// every article pair.
fn places(p: &Prepared) -> &[Place] {
    p.facts.places.get_or_init(|| places_read(p))
}

/// [`places`], read.
fn places_read(p: &Prepared) -> Vec<Place> {
    let toks = &p.tokens;
    // A headline in title case ("Jewellery Stolen In Casty Shop Raid"): capitals say nothing.
    let words = toks.iter().filter(|t| t.kind == Kind::Word).count();
    let capitals = toks
        .iter()
        .filter(|t| t.kind == Kind::Word && t.capital)
        .count();
    if words >= 3 && capitals * 10 >= words * 7 {
        return Vec::new();
    }
    let mut out = after_prepositions(p);
    out.extend(forces(p));
    out.extend(offices(p));
    // "Hospital de Coimbra": the known town of a hospital read whole as a place the
    // gazetteer does not know (after "de" as a preposition) stands for it.
    for h in hospitals::hospitals(p) {
        let holds = |y: &Place| y.range.0 <= h.range.0 && h.range.1 <= y.range.1;
        match out.iter().position(holds) {
            Some(k) if out[k].known.is_empty() => out[k] = h,
            Some(_) => {}
            None => out.push(h),
        }
    }
    // "taken to the Klinikum Bremen-Ost": a hospital by its own name. Read after a
    // preposition too ("at the Klinikum Bremen-Ost"), it is that place, of treatment, told
    // by its own words; a known town in it stands for it (the town of "Coimbra University
    // Hospital").
    for h in hospitals::named_hospitals(p) {
        let overlaps = |y: &Place| h.range.0 < y.range.1 && y.range.0 < h.range.1;
        match out.iter().position(overlaps) {
            Some(k) if out[k].known.is_empty() && out[k].around.is_empty() => {
                let y = &mut out[k];
                (y.range, y.tokens, y.words) = (h.range, h.tokens, h.words);
                y.role = Role::Treatment;
            }
            Some(_) => {}
            None => out.push(h),
        }
    }
    out.extend(objects(p));
    out.extend(han::han_places(p));
    // "the Rotterdam marathon", "marathon van Rotterdam" (trial 43 A1).
    let named: Vec<Place> = events::event_places(p)
        .into_iter()
        .filter(|x| {
            !out.iter()
                .any(|y| y.range.0 <= x.range.0 && x.range.1 <= y.range.1)
        })
        .collect();
    out.extend(named);
    // "taken to a hospital in Coimbra", "treated in Lisbon": where people were treated;
    // "found torched near Brescia": where something was found.
    for x in out.iter_mut() {
        x.role = roles::role_at(p, x.tokens.0, x.role);
        x.settlement = x.breadth == Breadth::Local && told_as_town(p, x.tokens.0);
    }
    out
}

/// Whether `p` names a place (after a place preposition, police forces, objects): a
/// sentence that does not gives no [`place_conflicts`] with any sentence.
pub(super) fn names_a_place(p: &Prepared) -> bool {
    !places(p).is_empty()
}

/// The names of the places of `p` (after a place preposition, police forces, objects):
/// their tokens' normalised forms, as the gazetteer is looked up ("thornton heath high
/// street"). A place the gazetteer does not know right followed by "in" and a name is a
/// site in that place, left out: German capitalises its nouns, and a headline drops the
/// article ("Brand in Fabrik in Bremen": "Fabrik" is a factory, no place two articles
/// share; trial 26, F13).
pub(super) fn place_names(p: &Prepared) -> Vec<String> {
    let toks = &p.tokens;
    let site_in_a_place = |x: &Place| {
        x.known.is_empty()
            && toks.get(x.tokens.1 + 1).is_some_and(|t| t.norm == "in")
            && toks
                .get(x.tokens.1 + 2)
                .is_some_and(|t| t.proper && t.kind == Kind::Word)
    };
    places(p)
        .iter()
        .filter(|x| !site_in_a_place(x))
        .map(|x| name_of(&toks[x.tokens.0..=x.tokens.1]))
        .collect()
}

/// A place's name: its tokens' normalised forms joined by spaces, without diacritics
/// (regions are looked up so: "Perú", "México"); Chinese characters, one token each, are
/// joined with none ("上海", as the gazetteer writes it).
fn name_of(toks: &[crate::matcher::text::Token]) -> String {
    let han = |t: &Token| t.norm.chars().all(super::cjk::cjk_char);
    let mut name = String::new();
    for (k, t) in toks.iter().enumerate() {
        if k > 0 && !(han(t) && han(&toks[k - 1])) {
            name.push(' ');
        }
        name.push_str(&t.norm);
    }
    fold_diacritics(&name).into_owned()
}

/// Lower-case words between a place preposition and the name that say where in the place
/// ("in suburban Detroit", "in downtown Vancouver", "in northern Iran").
const PART_OF: &[&str] = &[
    "suburban",
    "downtown",
    "rural",
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north",
    "south",
    "east",
    "west",
    "coastal",
    "upstate",
    "uptown",
    "midtown",
];

/// Endings of adjectives of a people ("Israeli", "Chinese", "French", "Palestinian").
const DEMONYM_ENDS: &[&str] = &[
    "ian", "can", "ese", "ish", "ench", "utch", "ean", "ani", "qi", "eli", "ali", "udi", "man",
    "ai", "eni", "iti", "ine",
];

/// Places of `a` and `b` in conflict ([`conflicting`]), each with whether it is the softer
/// kind.
///
/// A place is mentioned by the other sentence as `names::mentioned` reads it (whole
/// names: "La Rochelle" / "La Roche-sur-Yon" share no place, "Frankfurt" / "Frankfurt am
/// Main" one).
///
/// When neither sentence mentions any of the other's places, the first two in conflict
/// (the first known apart, if any pair is): one flag. When they share a place, the others may be places of other facts ("born in
/// Ohio and died in Texas" / "born in Ohio and died in Florida"): each remaining place is
/// compared with the other sentence's place about the same thing (their anchors share a
/// word, `anchor::anchor_match`; best pairs first), one flag per pair, so a shared place
/// hides neither a differing one nor makes two facts' places a conflict.
///
/// The place of a report is no place of the fact, but two sentences giving one quotation
/// (`quotes::one_quotation`) and no place of a fact in conflict give the place where it
/// was said, compared as any place is ([`report_place_conflict`]).
pub(super) fn place_conflicts(a: &Prepared, b: &Prepared) -> Vec<(Ranges, bool)> {
    let mut out = fact_place_conflicts(a, b);
    // One quotation told by both: where it was said is one place (trial 35 F8.3).
    if out.is_empty() && crate::matcher::quotes::one_quotation(a, b) {
        out.extend(report_place_conflict(a, b));
    }
    out.into_iter()
        .map(|((x, y), soft)| ((with_article(a, x), with_article(b, y)), soft))
        .collect()
}

/// The range `(start, end)` (code points of `p`) of a place flagged, with the "The"
/// written with a capital inside the sentence right before it, which is part of the name
/// ("in The Hague", "from The Gambia"; trial 49 F7: "Amstelveen ≠ Hague"). A sentence's
/// first word is no such "The" ("The Paris attacks").
fn with_article(p: &Prepared, (start, end): (usize, usize)) -> (usize, usize) {
    let toks = &p.tokens;
    let Some(k) = toks.iter().position(|t| t.start == start) else {
        return (start, end);
    };
    let the = k >= 2 && toks[k - 1].norm == "the" && toks[k - 1].capital;
    match the && super::surface_is(p, toks[k - 1].end, start, " ") {
        true => (toks[k - 1].start, end),
        false => (start, end),
    }
}

/// The place where one quotation was said ([`prepositions::report_places`]) differing
/// between `a` and `b` ("… told cheering supporters in The Hague" / "… told supporters
/// in Rotterdam"): the first pair of report places in conflict ([`conflicting`]), neither
/// named by the other sentence, with whether it is the softer kind.
fn report_place_conflict(a: &Prepared, b: &Prepared) -> Option<(Ranges, bool)> {
    let (ra, rb) = (report_places(a), report_places(b));
    if ra.is_empty() || rb.is_empty() {
        return None;
    }
    let open_a: Vec<&Place> = ra.iter().filter(|x| !mentioned(a, x, b, &rb)).collect();
    let open_b: Vec<&Place> = rb.iter().filter(|y| !mentioned(b, y, a, &ra)).collect();
    if open_a.len() != ra.len() || open_b.len() != rb.len() {
        return None;
    }
    open_a
        .iter()
        .flat_map(|x| open_b.iter().map(move |y| (x, y)))
        .find_map(|(x, y)| conflicting(x, y).map(|soft| ((x.range, y.range), soft)))
}

/// The places of the facts of `a` and `b` in conflict ([`place_conflicts`]).
fn fact_place_conflicts(a: &Prepared, b: &Prepared) -> Vec<(Ranges, bool)> {
    let pa = places(a);
    if pa.is_empty() {
        return Vec::new();
    }
    let pb = places(b);
    if pb.is_empty() {
        return Vec::new();
    }
    // "the Langwasser district of Nürnberg" / "the Gostenhof district of Nürnberg": two
    // areas named in one place differ, though the place is named on both sides (trial 25:
    // two fires in one city, other years). Dashed, as any area the gazetteer does not know.
    if let Some(flag) = areas_of_one_place(a, pa, b, pb) {
        return vec![flag];
    }
    let open_a: Vec<&Place> = pa.iter().filter(|x| !mentioned(a, x, b, pb)).collect();
    let open_b: Vec<&Place> = pb.iter().filter(|y| !mentioned(b, y, a, pa)).collect();
    if open_a.len() == pa.len() && open_b.len() == pb.len() {
        let pairs = || pa.iter().flat_map(|x| pb.iter().map(move |y| (x, y)));
        return pairs()
            .find(|(x, y)| conflicting(x, y) == Some(false))
            .map(|(x, y)| ((x.range, y.range), false))
            .or_else(|| {
                pairs()
                    .find(|(x, y)| conflicting(x, y).is_some())
                    .map(|(x, y)| ((x.range, y.range), true))
            })
            .into_iter()
            .collect();
    }
    let mut candidates = Vec::new();
    let mut soft = std::collections::HashMap::new();
    for (i, x) in open_a.iter().enumerate() {
        for (j, y) in open_b.iter().enumerate() {
            let Some(vague) = conflicting(x, y) else {
                continue;
            };
            // A shared word around both, not merely no anchor on one side.
            if let Some(s) = anchor_match(a, x.tokens, b, y.tokens).filter(|s| *s > 0.0) {
                candidates.push((i, j, s));
                soft.insert((i, j), vague);
            }
        }
    }
    pair_best(candidates)
        .into_iter()
        .map(|(i, j)| {
            let vague = soft.get(&(i, j)).copied().unwrap_or(true);
            ((open_a[i].range, open_b[j].range), vague)
        })
        .collect()
}

/// The last token of the name that starts at token `j`: the capitalised words after it
/// that `names::joins_name` joins to it (`chars`: the sentence's code points).
pub(super) fn name_end(toks: &[crate::matcher::text::Token], j: usize, chars: &[char]) -> usize {
    let mut e = j;
    while e + 1 < toks.len()
        && toks[e + 1].proper
        && toks[e + 1].kind == Kind::Word
        && chars
            .get(toks[e].end..toks[e + 1].start)
            .is_some_and(joins_name)
    {
        e += 1;
    }
    e
}
