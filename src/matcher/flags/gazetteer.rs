//! What the place flag knows of where places lie: the countries (`regions.rs`), the
//! first-level regions of the countries most in the news (US states, Canadian provinces,
//! Australian states, German Länder, Spanish communities, Chinese and Indian provinces and
//! states, French regions, Mexican and Brazilian states ...: two places of one large
//! country lie apart as two of its regions, "Acapulco, Guerrero" / "Los Cabos, Baja
//! California Sur") and their main cities, from `gazetteer.txt`. Each name has
//! one reading or more ([`Known`]: "Victoria" is an Australian state and a Canadian city,
//! "Punjab" a state of India and a province of Pakistan); two places are known apart only
//! when every reading of one is apart from every reading of the other ([`apart`]).
//!
//! The table's format: `@country=other name` starts a country; then a line `region=other
//! name: city, city=other name` per region, `: city, city` for cities of the country under
//! no listed region. A city may end with `~metro`, the metropolitan area it belongs to,
//! named by its main city's canonical name ("pasadena~los angeles", "giza~cairo") or by
//! the area's own ("essen~ruhr"): outlets place one event in either city of one area, so
//! two cities of one area are never known apart ([`one_metro`]). A city may instead end
//! with `<city`: a district inside that city ("soweto<johannesburg", "monte carlo<monaco"),
//! read as that city's reading with the district named: inside its city (no conflict),
//! apart from another district of it and from every other city. Names are written as the
//! place flag reads them (`places::name_of`: lower case, no diacritics, the words joined by
//! spaces; Chinese names as written, "上海", "成都"); lines starting with `#` are comments.
//! A city is listed only beside cities it cannot lie in: no boroughs, no districts, and no
//! town whose name is as common in other places ("Springfield").

use super::regions::COUNTRIES;
use crate::matcher::text::FxMap;
use std::sync::OnceLock;

/// The table, as written (about 10 KB).
const TABLE: &str = include_str!("gazetteer.txt");

/// One reading of a place name: a country, a region of it, a city of that (the canonical
/// name of each, the first of its names in the table), the metropolitan area a city
/// belongs to when the table gives one (`~metro`), and the district of the city a district
/// names (`<city`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Known {
    country: &'static str,
    region: Option<&'static str>,
    city: Option<&'static str>,
    metro: Option<&'static str>,
    district: Option<&'static str>,
}

impl Known {
    /// Whether this reading is a city (not a region or a country, which may hold a town
    /// the table does not know).
    pub(super) fn is_city(&self) -> bool {
        self.city.is_some()
    }

    /// The metropolitan area of a city reading: the table's `~metro`, else the city itself
    /// (`None` for a region or a country).
    fn metro(&self) -> Option<&'static str> {
        self.metro.or(self.city)
    }

    /// This reading as a region: a city told with an area noun ("the Donetsk region") is
    /// the region around it, the city's own region at least.
    pub(super) fn widened(self) -> Known {
        Known {
            city: None,
            metro: None,
            district: None,
            ..self
        }
    }
}

/// The city readings of a name that is a city and the region around it, named alike
/// ("new york": the city and the state; "sao paulo", "madrid"), when the region holds other
/// cities of the table too: a story placed "in New York" is placed in the city, so
/// "Buffalo" is another place and "Yonkers" one of its metropolitan area. `None` for any
/// other name ("washington": the city lies in another region than the state; "ohio";
/// "berlin", whose region holds no other city).
pub(super) fn city_of_own_region(known: &[Known]) -> Option<Vec<Known>> {
    let own_region = |c: &Known| {
        c.is_city()
            && c.district.is_none()
            && known.iter().any(|r| {
                !r.is_city() && r.region.is_some() && r.region == c.region && r.country == c.country
            })
    };
    let cities: Vec<Known> = known.iter().filter(|c| own_region(c)).copied().collect();
    let first = cities.first()?;
    let others = table().values().flatten().any(|k| {
        k.country == first.country
            && k.region == first.region
            && k.is_city()
            && k.city != first.city
    });
    others.then_some(cities)
}

/// Whether every reading of a place is a first-level region of a country ("bavaria",
/// "sichuan", "texas"): no city, no country.
pub(super) fn is_region_of_a_country(known: &[Known]) -> bool {
    !known.is_empty() && known.iter().all(|k| k.region.is_some() && !k.is_city())
}

/// Whether two readings are two cities of one metropolitan area of one country ("pasadena"
/// / "los angeles", "newark" / "new york city", across a state line too: "kansas city"
/// of Kansas and of Missouri), at least one of them listed with the area (`~metro`): not
/// two cities of one name in two regions ("portland" of Maine and of Oregon).
fn one_metro_one(x: &Known, y: &Known) -> bool {
    x.country == y.country
        && x != y
        && (x.metro.is_some() || y.metro.is_some())
        && x.metro().is_some()
        && x.metro() == y.metro()
}

/// Whether some reading of one place and some reading of the other are two cities of one
/// metropolitan area ("tampa" / "st petersburg": the Florida city, not the Russian one).
pub(super) fn one_metro(xs: &[Known], ys: &[Known]) -> bool {
    xs.iter().any(|x| ys.iter().any(|y| one_metro_one(x, y)))
}

/// Whether every reading of a place is a city, or a region or a country that holds a city
/// of the same canonical name among its readings: a city-state ("berlin", "hamburg",
/// "singapore"), a city named as its province ("shanghai", "madrid"); not "new york", whose
/// city is "new york city" and whose state holds many towns. Such a name placed a story in the
/// city, as any city does; a town the table does not know is as far from it as from any
/// other city (trial 26, F13: "in Bremen" / "in Dinkelsried" were read as a region and a
/// town that may lie in it).
pub(super) fn city_like(known: &[Known]) -> bool {
    !known.is_empty()
        && known.iter().all(|k| {
            k.is_city()
                || known.iter().any(|c| {
                    c.country == k.country
                        && (k.region.is_none() || c.region == k.region)
                        && c.city == Some(k.region.unwrap_or(k.country))
                })
        })
}

/// Whether two readings cannot nest: other countries, other regions of one country, or
/// two cities, unless two cities of one metropolitan area ([`one_metro`]). A city under no
/// listed region against a region of its country may lie in it: not apart.
fn apart_one(x: &Known, y: &Known) -> bool {
    x.country != y.country
        || (!one_metro_one(x, y)
            && (matches!((x.region, y.region), (Some(p), Some(q)) if p != q)
                || matches!((x.city, y.city), (Some(p), Some(q)) if p != q)))
        || (x.city == y.city && matches!((x.district, y.district), (Some(p), Some(q)) if p != q))
}

/// Whether two places, each with its readings, are known apart: every reading of one apart
/// from every reading of the other ([`apart_one`]). `false` when either is unknown.
pub(super) fn apart(xs: &[Known], ys: &[Known]) -> bool {
    !xs.is_empty() && !ys.is_empty() && xs.iter().all(|x| ys.iter().all(|y| apart_one(x, y)))
}

/// The readings of a place name (its tokens' normalised forms joined by spaces, as
/// `places::name_of` gives it; a trailing full stop is ignored, "Calif."); empty when the
/// table does not know it.
pub(super) fn readings(name: &str) -> &'static [Known] {
    let map = table();
    map.get(name)
        .or_else(|| map.get(name.trim_end_matches('.')))
        .or_else(|| part_of_region(map, name))
        .map_or(&[], Vec::as_slice)
}

/// Words that name an upper, lower or middle part of a region, German written joined
/// ("Niederbayern", "Oberösterreich", "Mittelfranken"), English before it ("Upper
/// Bavaria", "Lower Austria"): the region's administrative parts.
const PART_PREFIXES: &[&str] = &[
    "nieder", "ober", "unter", "mittel", "upper ", "lower ", "middle ",
];

/// The readings of a name the table does not hold that is a part of a region or a
/// country it does ([`PART_PREFIXES`]: "niederbayern", "upper bavaria"): that region's,
/// so that it holds the region's towns ("in der Innstraße in Passau" / "in
/// Niederbayern": no conflict) and lies apart from other regions ("Niederbayern" /
/// "Hamburg"). Two parts of one region ("Niederbayern" / "Oberbayern") are read as one
/// (no flag), and a city in another part of it too. Only when every reading of the rest
/// is a region or a country ("Oberhausen" is no part of a "Hausen"; "Lower Manhattan"
/// keeps no reading).
fn part_of_region(
    map: &'static FxMap<&'static str, Vec<Known>>,
    name: &str,
) -> Option<&'static Vec<Known>> {
    // Asked for every unknown name (and many tokens): the first letter rules out most.
    if !matches!(
        name.as_bytes().first(),
        Some(b'n' | b'o' | b'u' | b'm' | b'l')
    ) {
        return None;
    }
    PART_PREFIXES
        .iter()
        .filter_map(|p| name.strip_prefix(p))
        .filter_map(|rest| map.get(rest))
        .find(|known| !known.is_empty() && known.iter().all(|k| !k.is_city()))
}

/// Every name of the table (for tests).
#[cfg(test)]
pub(super) fn names() -> Vec<&'static str> {
    table().keys().copied().collect()
}

/// The table, read once: name -> readings.
fn table() -> &'static FxMap<&'static str, Vec<Known>> {
    static MAP: OnceLock<FxMap<&'static str, Vec<Known>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = parse(TABLE);
        // The countries the table leaves out are known too, each its own country.
        for &c in COUNTRIES {
            map.entry(c).or_insert_with(|| {
                vec![Known {
                    country: c,
                    region: None,
                    city: None,
                    metro: None,
                    district: None,
                }]
            });
        }
        map
    })
}

/// Reads the table's text ([module doc](self)).
fn parse(text: &'static str) -> FxMap<&'static str, Vec<Known>> {
    let mut map: FxMap<&'static str, Vec<Known>> = FxMap::default();
    let mut add = |names: &'static str, k: Known| {
        for n in names.split('=').map(str::trim).filter(|n| !n.is_empty()) {
            let v = map.entry(n).or_default();
            if !v.contains(&k) {
                v.push(k);
            }
        }
    };
    let canonical = |names: &'static str| names.split('=').next().unwrap_or("").trim();
    let mut country = "";
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(names) = line.strip_prefix('@') {
            country = canonical(names);
            let k = Known {
                country,
                region: None,
                city: None,
                metro: None,
                district: None,
            };
            add(names, k);
            continue;
        }
        let (region_names, cities) = line.split_once(':').unwrap_or((line, ""));
        let region = Some(canonical(region_names)).filter(|r| !r.is_empty());
        if region.is_some() {
            add(
                region_names,
                Known {
                    country,
                    region,
                    city: None,
                    metro: None,
                    district: None,
                },
            );
        }
        for city in cities.split(',').filter(|c| !c.trim().is_empty()) {
            // "soweto<johannesburg": a district, read as its city's reading.
            if let Some((names, within)) = city.split_once('<') {
                add(
                    names,
                    Known {
                        country,
                        region,
                        city: Some(within.trim()),
                        metro: None,
                        district: Some(canonical(names)),
                    },
                );
                continue;
            }
            let (names, metro) = city.split_once('~').unwrap_or((city, ""));
            let metro = Some(metro.trim()).filter(|m| !m.is_empty());
            add(
                names,
                Known {
                    country,
                    region,
                    city: Some(canonical(names)),
                    metro,
                    district: None,
                },
            );
        }
    }
    map
}

/// The readings of a place name ([`readings`]) as (country, region, city), each the
/// table's canonical name: ("russia", None, None) for "russland", ("russia", None,
/// Some("moscow")) for "moskau", ("canada", Some("ontario"), Some("london")) one of
/// "london"'s. For the speaker flag (`speakers/countries.rs`: countries and capitals).
pub(crate) fn place_readings(
    name: &str,
) -> Vec<(&'static str, Option<&'static str>, Option<&'static str>)> {
    readings(name)
        .iter()
        .map(|k| (k.country, k.region, k.city))
        .collect()
}

/// The country a name (lower case, diacritics folded) names in the table: one of its
/// readings is the country itself and every other lies in it ("russland", "usa",
/// "royaume-uni"; not "georgia", a country and a US state, nor "korea", two countries).
/// The one reading of the countries' names in every language, for the speaker flag
/// (`speakers/countries.rs`) and across languages (`lexicon/countries.rs`).
pub(crate) fn country_named(name: &str) -> Option<&'static str> {
    let known = readings(name);
    let country = known
        .iter()
        .find(|k| k.region.is_none() && !k.is_city())?
        .country;
    known
        .iter()
        .all(|k| k.country == country)
        .then_some(country)
}

/// The country a name names ([`country_named`]) or whose nation it names: a nation the
/// countries' list holds (`regions::COUNTRIES`: "england", "scotland", "wales") that the
/// table places as a region of its state, every reading of it so ("angleterre",
/// "inghilterra": the United Kingdom).
pub(crate) fn nation_named(name: &str) -> Option<&'static str> {
    country_named(name).or_else(|| {
        let known = readings(name);
        let first = known.first()?;
        let nation = |k: &Known| !k.is_city() && k.region.is_some_and(|r| COUNTRIES.contains(&r));
        known
            .iter()
            .all(|k| nation(k) && k.country == first.country)
            .then_some(first.country)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apart_names(x: &str, y: &str) -> bool {
        apart(readings(x), readings(y))
    }

    #[test]
    fn cities_lie_in_their_regions_and_countries() {
        for (city, region) in [
            ("vancouver", "british columbia"),
            ("vancouver", "canada"),
            ("toronto", "ontario"),
            ("munich", "bavaria"),
            ("barcelona", "catalonia"),
            ("chengdu", "sichuan"),
            ("marseille", "provence"),
            ("donetsk", "donbas"),
            ("melbourne", "victoria"),
            ("houston", "texas"),
            ("mumbai", "maharashtra"),
            ("dubai", "u.a.e."),
            ("seoul", "korea"),
            ("lahore", "punjab"),
            ("amritsar", "punjab"),
            ("calif.", "u.s."),
            ("glasgow", "u.k."),
            ("scotland", "u.k."),
            ("korea", "south korea"),
            ("jerusalem", "west bank"),
            ("jerusalem", "israel"),
        ] {
            assert!(!readings(city).is_empty(), "{city} unknown");
            assert!(!readings(region).is_empty(), "{region} unknown");
            assert!(!apart_names(city, region), "{city} / {region}");
            assert!(!apart_names(region, city), "{region} / {city}");
        }
    }

    #[test]
    fn places_known_apart() {
        for (x, y) in [
            ("vancouver", "ontario"),
            ("vancouver", "victoria"),
            ("marseille", "paris"),
            ("paris", "germany"),
            ("bavaria", "france"),
            ("los angeles", "new york"),
            ("washington", "texas"),
            ("ohio", "canada"),
            ("france", "spain"),
            ("tel aviv", "jerusalem"),
            ("ohio", "texas"),
        ] {
            assert!(apart_names(x, y), "{x} / {y}");
        }
        // Other names of one place, and a name with a reading that may hold the other.
        for (x, y) in [
            ("california", "calif"),
            ("kyiv", "kiev"),
            ("burma", "myanmar"),
            ("washington", "seattle"),
            ("victoria", "british columbia"),
            ("new york", "buffalo"),
            ("qeshm", "iran"),
        ] {
            assert!(!apart_names(x, y), "{x} / {y}");
        }
    }

    #[test]
    fn cities_of_one_metropolitan_area_and_city_states() {
        assert!(one_metro(readings("pasadena"), readings("los angeles")));
        assert!(one_metro(readings("st petersburg"), readings("tampa")));
        assert!(!one_metro(readings("st petersburg"), readings("moscow")));
        assert!(!one_metro(readings("los angeles"), readings("los angeles")));
        // Two cities of one name in two states are no metropolitan area.
        assert!(!one_metro(readings("portland"), readings("portland")));
        assert!(one_metro(readings("kansas city"), readings("kansas city")));
        for name in [
            "berlin",
            "bremen",
            "shanghai",
            "madrid",
            "singapore",
            "paris",
        ] {
            assert!(city_like(readings(name)), "{name}");
        }
        for name in ["new york", "washington", "bavaria", "france", "texas"] {
            assert!(!city_like(readings(name)), "{name}");
        }
    }

    #[test]
    fn every_us_state_is_in_the_table() {
        for s in super::super::regions::US_STATES {
            assert!(
                readings(s)
                    .iter()
                    .any(|k| k.country == "u.s." && !k.is_city()),
                "{s}"
            );
        }
    }
}
