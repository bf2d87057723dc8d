//! The vehicle flag ("jeep" / "truck"): the vehicle words ([`VEHICLES`], [`VEHICLE_SAME`]),
//! the kinds of vehicle and the broader kinds they are one of ([`VEHICLE_KIND_OF`]: a taxi
//! is a car), and the conflict of two sentences' vehicles ([`vehicle_conflict`]); two
//! models of one maker ("Airbus A321neo" / "Airbus A320", [`model_conflict`]).

use super::Ranges;
use crate::matcher::features::Prepared;
use crate::matcher::text::Token;

/// Vehicle words of no group in [`VEHICLE_SAME`] (each word is on one list only: a vehicle
/// word is one on either; the test `each_vehicle_word_is_on_one_list` keeps it so).
const VEHICLES: &[&str] = &[
    "jeep",
    "suv",
    "tractor",
    "pickup",
    "tank",
    "ambulance",
    "train",
    "scooter",
    "trailer",
    "ferry",
    "yacht",
    "drone",
    "canoe",
    "kayak",
    "raft",
    "limousine",
    "tram",
    "subway",
    "wagon",
    "jeeps",
    "aircraft",
];

/// A kind of vehicle and a broader kind it is one of (a word of each, standing for its
/// group in [`VEHICLE_SAME`]): a taxi is a car, a jeep an SUV, a helicopter an aircraft,
/// a ferry a boat. A vehicle told by a broader kind is the same vehicle told less
/// precisely, no discrepancy ("car" / "taxi"); two kinds under one broader kind still
/// differ ("taxi" / "jeep", "plane" / "helicopter").
const VEHICLE_KIND_OF: &[(&str, &str)] = &[
    ("taxi", "car"),
    ("suv", "car"),
    ("limousine", "car"),
    ("jeep", "suv"),
    ("jeeps", "suv"),
    ("pickup", "truck"),
    ("plane", "aircraft"),
    ("helicopter", "aircraft"),
    ("drone", "aircraft"),
    ("ferry", "boat"),
    ("yacht", "boat"),
    ("canoe", "boat"),
    ("kayak", "boat"),
    ("raft", "boat"),
];

/// Vehicle words that name one kind of vehicle (British and American words, short forms,
/// plurals): a "truck" and a "lorry" are the same vehicle, not a discrepancy.
const VEHICLE_SAME: &[&[&str]] = &[
    &["truck", "trucks", "lorry", "lorries"],
    &["bus", "buses", "coach", "coaches"],
    &["car", "cars", "automobile", "sedan", "hatchback"],
    &["plane", "planes", "airplane", "jet", "airliner"],
    &["bicycle", "bike"],
    &["motorcycle", "motorbike"],
    &["taxi", "cab"],
    &["van", "vans", "minivan", "minivans"],
    &["boat", "boats", "ship", "ships"],
    &["helicopter", "helicopters", "chopper"],
];

/// Whether vehicle word `x` names a kind of what `y` names, or the same kind: one word,
/// one group of [`VEHICLE_SAME`], or under it by [`VEHICLE_KIND_OF`] ("jeep" is a kind of
/// "suv" and of "car").
fn kind_of(x: &str, y: &str) -> bool {
    super::kind_in(VEHICLE_SAME, VEHICLE_KIND_OF, x, y)
}

/// One vehicle of each sentence that names none of the other's vehicles (by stem, by
/// [`VEHICLE_SAME`], or as a kind of it, [`VEHICLE_KIND_OF`]): "jeep" / "truck", not
/// "truck" / "lorry" nor "car" / "taxi".
pub(super) fn vehicle_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    // Most sentences name no vehicle: the second is read only when the first does.
    let wa = vehicles(a);
    let x = wa.first()?;
    let wb = vehicles(b);
    let y = wb.first()?;
    let same = |x: &Token, y: &Token| {
        x.stem == y.stem || kind_of(&x.norm, &y.norm) || kind_of(&y.norm, &x.norm)
    };
    if wa.iter().any(|x| wb.iter().any(|y| same(x, y))) {
        return None;
    }
    Some(((x.start, x.end), (y.start, y.end)))
}

/// The tokens of `p` that are vehicle words ([`VEHICLES`], [`VEHICLE_SAME`]), in order;
/// read once per sentence (`facts.rs`).
fn vehicles(p: &Prepared) -> Vec<&Token> {
    let at = p.facts.vehicles.get_or_init(|| {
        let group = |w: &str| VEHICLE_SAME.iter().position(|g| g.contains(&w));
        let is = |t: &Token| VEHICLES.contains(&t.norm.as_str()) || group(&t.norm).is_some();
        (0..p.tokens.len() as u32)
            .filter(|&i| is(&p.tokens[i as usize]))
            .collect()
    });
    at.iter().map(|&i| &p.tokens[i as usize]).collect()
}

/// Makers of aircraft whose models news names by a code after the maker's name ("Airbus
/// A320", "Boeing 737"), lower case.
const MAKERS: &[&str] = &[
    "airbus",
    "boeing",
    "embraer",
    "bombardier",
    "atr",
    "cessna",
    "antonov",
    "tupolev",
    "sukhoi",
    "ilyushin",
    "comac",
];

/// The models each sentence names after a maker ([`MAKERS`]): (maker's stem, the model's
/// code in lower case, code points from the maker to the code).
fn models(p: &Prepared) -> Vec<(u64, String, (usize, usize))> {
    let toks = &p.tokens;
    toks.windows(2)
        .filter(|w| MAKERS.contains(&w[0].norm.as_str()) && w[0].capital)
        .filter(|w| w[1].norm.chars().any(|c| c.is_ascii_digit()))
        .map(|w| (w[0].stem, w[1].norm.clone(), (w[0].start, w[1].end)))
        .collect()
}

/// Two models of one maker ("Airbus A321neo" / "Airbus A320", "Boeing 737" / "Boeing
/// 787"): the first pair whose codes differ, neither the start of the other ("A320" /
/// "A320neo" may name one family), when neither sentence names the other's model.
pub(super) fn model_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (ma, mb) = (models(a), models(b));
    let named = |m: &[(u64, String, (usize, usize))], code: &str| m.iter().any(|x| x.1 == code);
    ma.iter().find_map(|x| {
        mb.iter()
            .find(|y| {
                x.0 == y.0
                    && !x.1.starts_with(&y.1)
                    && !y.1.starts_with(&x.1)
                    && !named(&ma, &y.1)
                    && !named(&mb, &x.1)
            })
            .map(|y| (x.2, y.2))
    })
}

#[cfg(test)]
mod tests {
    use super::{VEHICLES, VEHICLE_SAME};

    #[test]
    fn each_vehicle_word_is_on_one_list() {
        // A word on both lists would be read twice; one list is the other's complement.
        for w in VEHICLES {
            assert!(
                VEHICLE_SAME.iter().all(|g| !g.contains(w)),
                "{w} is in VEHICLES and VEHICLE_SAME"
            );
        }
    }
}
