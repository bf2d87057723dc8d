//! The vehicle flag ("jeep" / "truck"): the vehicle words ([`VEHICLES`], [`VEHICLE_SAME`]),
//! the kinds of vehicle and the broader kinds they are one of ([`VEHICLE_KIND_OF`]: a taxi
//! is a car), and the conflict of two sentences' vehicles ([`vehicle_conflict`]); two
//! models of one maker ("Airbus A321neo" / "Airbus A320", [`model_conflict`]). The
//! rescuers' vehicles ("helped by a helicopter", "a rescue helicopter": [`rescuers`]) are
//! not the story's and are left out.

use super::Ranges;
use crate::matcher::features::Prepared;
use crate::matcher::lexicon::conveyances::conveyance_kind;
use crate::matcher::lexicon::fate_phrases::{HOSPITALS, TAKEN};
use crate::matcher::lexicon::responders::{INSTRUMENT, RESCUE_MODIFIERS, RESCUE_VERBS};
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
///
/// A sentence that names a part of a ship ("on the car deck", `origins::names_ship_part`)
/// tells its other vehicles as cargo aboard: against a boat of the other sentence they
/// are left out ("The fire broke out in a lorry on the car deck" / "The ferry caught
/// fire"; trial 45).
///
/// With no such pair of the story's vehicles, the means both sentences tell people were
/// taken to hospital by ([`means_conflict`]: "by ambulance" / "by helicopter").
pub(super) fn vehicle_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    // Most sentences name no vehicle: the second is read only when the first does.
    if read(a).is_empty() || read(b).is_empty() {
        return None;
    }
    let mut wa = vehicles(a);
    let mut wb = vehicles(b);
    if wa.is_empty() || wb.is_empty() {
        return means_conflict(a, b);
    }
    let boat = |t: &&Token| kind_of(&t.norm, "boat");
    let aboard = |p: &Prepared, mine: &mut Vec<&Token>, other: &[&Token]| {
        if other.iter().any(boat) && super::origins::names_ship_part(p) {
            mine.retain(boat);
        }
    };
    aboard(a, &mut wa, &wb);
    aboard(b, &mut wb, &wa);
    let (rail_a, rail_b) = (names_rail(a), names_rail(b));
    wa.retain(|t| !rail_car(t, rail_a, rail_b));
    wb.retain(|t| !rail_car(t, rail_b, rail_a));
    let (Some(x), Some(y)) = (wa.first(), wb.first()) else {
        return means_conflict(a, b);
    };
    if wa.iter().any(|x| wb.iter().any(|y| same_vehicle(x, y))) {
        return means_conflict(a, b);
    }
    Some(((x.start, x.end), (y.start, y.end)))
}

/// Whether vehicle words `x` and `y` name one vehicle: one stem, or one a kind of the
/// other ([`kind_of`]), a word of another language read as its kind's English word
/// (`lexicon::conveyances::conveyance_kind`: "Hubschrauber" is a helicopter).
fn same_vehicle(x: &Token, y: &Token) -> bool {
    let (kx, ky) = (kind_word(x), kind_word(y));
    x.stem == y.stem || kx == ky || kind_of(kx, ky) || kind_of(ky, kx)
}

/// The word a vehicle token is compared by: its kind's English word for a word of
/// another language (`lexicon::conveyances::conveyance_kind`), else its own.
fn kind_word(t: &Token) -> &str {
    conveyance_kind(&t.norm).unwrap_or(t.norm.as_str())
}

/// Whether `w` (a lower-case token) tells people were rescued, in the seven languages
/// (`lexicon::casualty`, the fate `Rescued`: "rescued", "secourus", "gerettet",
/// "rescatados", "salvati", "gered"); not a verb of searching ("searching by boat").
fn rescued_word(w: &str) -> bool {
    use crate::matcher::lexicon::casualty::{count_word, Fate};
    count_word(w).is_some_and(|c| c.fate == Fate::Rescued)
}

/// The means by which both sentences tell people were taken to hospital, or rescued,
/// when they differ (trial 53 F6: "The injured were taken to hospital by ambulance" /
/// "…by helicopter"; session 52's last look: "were rescued by helicopter" / "were
/// rescued by boat", "mit dem Hubschrauber gerettet" / "mit einem Boot gerettet"): the
/// rescuers' vehicle of each ([`rescuers`], [`means_abroad`]) told as the means of one act
/// ([`Act`]), when no means of that act of one sentence is the same as one of the
/// other's ([`same_vehicle`]). Only when both sentences tell the means of one act: a
/// rescue helicopter against a bus of the story is no such pair (trial 51 F4), nor "rescued
/// by helicopter" against "taken to hospital by ambulance" (both may be true).
fn means_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (ma, mb) = (means(a), means(b));
    [Act::Taken, Act::Rescued].into_iter().find_map(|act| {
        let (xa, xb) = (of_act(&ma, act), of_act(&mb, act));
        let (x, y) = (xa.first()?, xb.first()?);
        if xa.iter().any(|x| xb.iter().any(|y| same_vehicle(x, y))) {
            return None;
        }
        Some(((x.start, x.end), (y.start, y.end)))
    })
}

/// Whether `p` tells of a train: "train", "trains", "tram", "trams", a word beginning with
/// "derail" or "locomotive" ("the train's five carriages", "derailed"); not "railway",
/// which a road accident's place may name ("near the railway station").
fn names_rail(p: &Prepared) -> bool {
    p.tokens.iter().any(|t| {
        let norm = t.norm.as_str();
        matches!(norm, "train" | "trains" | "tram" | "trams")
            || norm.starts_with("derail")
            || norm.starts_with("locomotive")
    })
}

/// Whether vehicle token `t` is told as a car of a train, part of it, no other vehicle
/// (trial 50 F6: "The train left the tracks" / "three coaches rolled onto their sides"
/// showed "train ≠ coaches"): "coach" or "wagon" in a sentence that tells of a train
/// (`own_rail`); "coaches", "wagons" or "cars" when either sentence does (`other_rail`).
/// Not "car" (a train hits a car at a crossing), nor "coach" against a train told by the
/// other sentence alone ("The coach overturned on the motorway" / "The train derailed":
/// a bus and a train).
fn rail_car(t: &Token, own_rail: bool, other_rail: bool) -> bool {
    match t.norm.as_str() {
        "coach" | "wagon" => own_rail,
        "coaches" | "wagons" | "cars" => own_rail || other_rail,
        _ => false,
    }
}

/// How many tokens before a vehicle word its word of [`INSTRUMENT`] may stand ("*with*
/// divers, boats and a helicopter": five).
const INSTRUMENT_REACH: usize = 5;

/// How many tokens before a word of [`INSTRUMENT`] a verb of rescuing or a hospital's noun
/// is read ("*searching* the river with", "*taken* to *hospital* by").
const RESCUE_REACH: usize = 6;

/// How the vehicle word at token `i` of `p` is told as the rescuers', not the story's,
/// `None` when it is not (trial 51 F4: "helicopter ≠ cars", "bus ≠ helicopter" of a search helicopter;
/// `lexicon::responders`): a word of [`RESCUE_MODIFIERS`] right before it ("a rescue
/// helicopter"), or a word of [`INSTRUMENT`] within [`INSTRUMENT_REACH`] tokens before it
/// with a verb of rescuing or searching ([`RESCUE_VERBS`]) or a hospital's noun
/// ([`HOSPITALS`]) before that in its clause, within [`RESCUE_REACH`] tokens ("helped by
/// a helicopter", "searching the river with divers and a helicopter", "rescued by a
/// passing boat crew", "taken to hospital by helicopter"). Right after "by" with a
/// hospital or a verb of taking people somewhere before ("flown by helicopter", "taken
/// by bus": `lexicon::fate_phrases::TAKEN`), it is the means people were taken by
/// ([`Rescuer::Means`] of [`Act::Taken`], compared only with another sentence's means:
/// [`means_conflict`]); right after "by" with a word of rescuing before ([`rescued_word`]:
/// "were rescued by helicopter"), the means they were rescued by ([`Act::Rescued`]). Not "was hit by a
/// car".
fn rescuers(p: &Prepared, i: usize) -> Option<Rescuer> {
    let toks = &p.tokens;
    if i > 0 && RESCUE_MODIFIERS.contains(&toks[i - 1].norm.as_str()) {
        return Some(Rescuer::Own);
    }
    let m = (i.saturating_sub(INSTRUMENT_REACH)..i)
        .rev()
        .find(|&m| INSTRUMENT.contains(&toks[m].norm.as_str()))?;
    let chars = super::chars_of(p);
    let mut k = m;
    while k > 0 && m - k < RESCUE_REACH {
        let gap = chars.get(toks[k - 1].end..toks[k].start).unwrap_or(&[]);
        if gap.iter().any(|c| matches!(c, ',' | ';' | ':' | '(' | ')')) {
            break;
        }
        k -= 1;
        let w = toks[k].norm.as_str();
        // "flown by helicopter to the hospital", "taken by bus to Siniscola": a verb of
        // taking people somewhere before "by" makes the vehicle the means they were taken
        // by, as a hospital before it does (trial 54: "flown by helicopter" against the
        // car witnesses saw showed "helicopter ≠ car").
        if (HOSPITALS.contains(&w) || TAKEN.contains(&w)) && means_word(toks, m, i) {
            return Some(Rescuer::Means(Act::Taken));
        }
        if rescued_word(w) && means_word(toks, m, i) {
            return Some(Rescuer::Means(Act::Rescued));
        }
        if RESCUE_VERBS.contains(&w) || HOSPITALS.contains(&w) {
            return Some(Rescuer::Own);
        }
    }
    None
}

/// How a vehicle is the rescuers' ([`rescuers`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rescuer {
    /// A rescuer's own ("a rescue helicopter", "searching with divers and a boat").
    Own,
    /// The means people were taken to hospital or rescued by ("taken to hospital by
    /// ambulance", "rescued by helicopter").
    Means(Act),
}

/// What a means of transport was the means of ([`Rescuer::Means`]): two means are
/// compared only when they are of one act.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Act {
    /// Taking people somewhere, to hospital ("taken to hospital by ambulance", "flown by
    /// helicopter", "mit dem Hubschrauber ins Krankenhaus gebracht").
    Taken,
    /// Rescuing them ("rescued by boat", "mit dem Hubschrauber gerettet", "secourus en
    /// hélicoptère").
    Rescued,
}

/// How many tokens from a means phrase of another language its verb may stand, before
/// the phrase or after it ("wurden mit dem Hubschrauber gerettet", "fueron rescatados en
/// helicóptero").
const ACT_REACH: usize = 4;

/// The act a vehicle word of another language than English at token `i` of `p` is the
/// means of (`lexicon::conveyances`: "mit dem Hubschrauber gerettet", "évacués en
/// hélicoptère", "rescatados en helicóptero", "portati in ospedale in elicottero", "met de
/// helikopter gered"): right after a word of `MEANS_WORDS` (an article of `MEANS_ARTICLES`
/// between at most), with a verb of taking people somewhere or a hospital's noun
/// ([`Act::Taken`]) or a word of rescuing ([`rescued_word`], [`Act::Rescued`]) within
/// [`ACT_REACH`] tokens before the phrase or after it in its clause, the nearest first.
/// `None` for a vehicle of the story ("in einem Boot").
fn means_abroad(p: &Prepared, i: usize) -> Option<Act> {
    use crate::matcher::lexicon::conveyances::{MEANS_ARTICLES, MEANS_WORDS, RESCUE_WORDS};
    let toks = &p.tokens;
    let is = |k: usize, list: &[&str]| list.contains(&toks[k].norm.as_str());
    let m = match i.checked_sub(1)? {
        k if is(k, MEANS_WORDS) => k,
        k if k >= 1 && is(k, MEANS_ARTICLES) && is(k - 1, MEANS_WORDS) => k - 1,
        _ => return None,
    };
    let chars = super::chars_of(p);
    let breaks = |x: usize, y: usize| {
        chars
            .get(toks[x].end..toks[y].start)
            .unwrap_or(&[])
            .iter()
            .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '.'))
    };
    let act = |k: usize| {
        let w = toks[k].norm.as_str();
        if TAKEN.contains(&w) || HOSPITALS.contains(&w) {
            Some(Act::Taken)
        } else if rescued_word(w) || RESCUE_WORDS.contains(&w) {
            Some(Act::Rescued)
        } else {
            None
        }
    };
    let (mut back, mut on) = (true, true);
    for d in 1..=ACT_REACH {
        back &= m >= d && !breaks(m - d, m - d + 1);
        if back {
            if let Some(a) = act(m - d) {
                return Some(a);
            }
        }
        on &= i + d < toks.len() && !breaks(i + d - 1, i + d);
        if on {
            if let Some(a) = act(i + d) {
                return Some(a);
            }
        }
    }
    None
}

/// Whether the vehicle at token `i` is told right after "by" at token `m`, an article
/// between at most ("by ambulance", "by a helicopter"): the means, not one of a list of
/// things something was done with.
fn means_word(toks: &[Token], m: usize, i: usize) -> bool {
    toks[m].norm == "by"
        && (m + 1 == i || (m + 2 == i && matches!(toks[m + 1].norm.as_str(), "a" | "an" | "the")))
}

/// The bit of a vehicle's index in `facts.vehicles` that marks it as the means people
/// were taken to hospital or rescued by ([`Rescuer::Means`]), no vehicle of the story.
const MEANS_BIT: u32 = 1 << 31;

/// The bit of a means' index in `facts.vehicles` that marks it as the means of a rescue
/// ([`Act::Rescued`]); without it, of taking people somewhere ([`Act::Taken`]).
const RESCUE_BIT: u32 = 1 << 30;

/// The tokens of `p` that are vehicle words ([`VEHICLES`], [`VEHICLE_SAME`]), in order;
/// read once per sentence (`facts.rs`). Not a vehicle word in the possessive, which names
/// whose part the event was in ("in a lorry's refrigeration unit"), nor one of a part's
/// phrase ("the car deck", `origins::in_part`; trial 45), nor the rescuers' own
/// ([`rescuers`]: "helped by a helicopter").
fn vehicles(p: &Prepared) -> Vec<&Token> {
    read(p)
        .iter()
        .filter(|&&i| i & MEANS_BIT == 0)
        .map(|&i| &p.tokens[i as usize])
        .collect()
}

/// The vehicles of `means` (as [`means`] gives them) of act `act`.
fn of_act<'t>(means: &[(&'t Token, Act)], act: Act) -> Vec<&'t Token> {
    means.iter().filter(|x| x.1 == act).map(|x| x.0).collect()
}

/// The tokens of `p` that are vehicle words told as the means people were taken to
/// hospital or rescued by ([`Rescuer::Means`]: "taken to hospital by ambulance", "rescued
/// by boat"), in order, each with its act.
fn means(p: &Prepared) -> Vec<(&Token, Act)> {
    read(p)
        .iter()
        .filter(|&&i| i & MEANS_BIT != 0)
        .map(|&i| {
            let act = match i & RESCUE_BIT {
                0 => Act::Taken,
                _ => Act::Rescued,
            };
            (&p.tokens[(i & !(MEANS_BIT | RESCUE_BIT)) as usize], act)
        })
        .collect()
}

/// The vehicle words of `p` read once per sentence (`facts.rs`): the indices of
/// [`vehicles`], and of [`means`] with [`MEANS_BIT`] set ([`RESCUE_BIT`] too for a
/// rescue's). A vehicle word of another language (`lexicon::conveyances::CONVEYANCE_KINDS`)
/// is read only as a means ([`means_abroad`]).
fn read(p: &Prepared) -> &[u32] {
    p.facts.vehicles.get_or_init(|| {
        let group = |w: &str| VEHICLE_SAME.iter().position(|g| g.contains(&w));
        let is = |t: &Token| VEHICLES.contains(&t.norm.as_str()) || group(&t.norm).is_some();
        (0..p.tokens.len() as u32)
            .filter_map(|i| {
                let t = &p.tokens[i as usize];
                let story = is(t)
                    && !super::facilities::possessive(&p.text, t)
                    && !super::origins::in_part(p, i as usize);
                let means = |act: Act| match act {
                    Act::Taken => Some(i | MEANS_BIT),
                    Act::Rescued => Some(i | MEANS_BIT | RESCUE_BIT),
                };
                if !is(t) && conveyance_kind(&t.norm).is_some() {
                    return means_abroad(p, i as usize).and_then(means);
                }
                match story.then(|| rescuers(p, i as usize)) {
                    Some(None) => Some(i),
                    Some(Some(Rescuer::Means(act))) => means(act),
                    _ => None,
                }
            })
            .collect()
    })
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

/// Words of an aircraft, a train or a ship that a German or Dutch compound joins to its
/// operator with a hyphen ("Lufthansa-Maschine", "Eurowings-Jet", "KLM-toestel"), lower
/// case: the operator's vehicle, not a person (`named.rs`).
const OPERATED: &[&str] = &[
    "maschine",
    "flugzeug",
    "jet",
    "airbus",
    "boeing",
    "zug",
    "fähre",
    "schiff",
    "toestel",
    "vliegtuig",
    "trein",
];

/// Whether `norm` (lower case) is the vehicle of an operator's compound ([`OPERATED`]):
/// a name with it names a vehicle, no person ("Lufthansa-Maschine").
pub(super) fn is_operated(norm: &str) -> bool {
    OPERATED.contains(&norm)
}

/// A model a sentence names: what it is of (a maker's stem, or the stem of an operator's
/// vehicle word), the code or operator that tells it (lower case), whether it is a
/// maker's model, and its code points.
type Model = (u64, String, bool, (usize, usize));

/// The models each sentence names: after a maker ([`MAKERS`]: "Airbus A320"), or an
/// operator's vehicle joined by a hyphen ([`OPERATED`]: "Lufthansa-Maschine", of
/// "maschine", told by "lufthansa").
fn models(p: &Prepared) -> Vec<Model> {
    let toks = &p.tokens;
    let chars = super::chars_of(p);
    let hyphen = |x: &Token, y: &Token| chars.get(x.end..y.start) == Some(&['-'][..]);
    toks.windows(2)
        .filter_map(|w| {
            let maker = MAKERS.contains(&w[0].norm.as_str())
                && w[0].capital
                && w[1].norm.chars().any(|c| c.is_ascii_digit());
            let operated = w[0].capital
                && w[0].kind == crate::matcher::text::Kind::Word
                && is_operated(&w[1].norm)
                && hyphen(&w[0], &w[1]);
            match (maker, operated) {
                (true, _) => Some((w[0].stem, w[1].norm.clone(), true, (w[0].start, w[1].end))),
                (false, true) => {
                    Some((w[1].stem, w[0].norm.clone(), false, (w[0].start, w[1].end)))
                }
                _ => None,
            }
        })
        .collect()
}

/// Two models of one maker ("Airbus A321neo" / "Airbus A320", "Boeing 737" / "Boeing
/// 787"): the first pair whose codes differ, neither the start of the other ("A320" /
/// "A320neo" may name one family), when neither sentence names the other's model; one
/// vehicle of two operators ("Lufthansa-Maschine" / "Eurowings-Maschine"); or two makers'
/// models ("Airbus A320" / "Boeing 737": trial 40 T6) when neither sentence names the
/// other's maker.
pub(super) fn model_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (ma, mb) = (models(a), models(b));
    let named = |m: &[Model], code: &str| m.iter().any(|x| x.1 == code);
    let made_by = |p: &Prepared, m: &Model| p.tokens.iter().any(|t| t.stem == m.0);
    ma.iter().find_map(|x| {
        mb.iter()
            .find(|y| {
                let one_maker = x.0 == y.0
                    && !x.1.starts_with(&y.1)
                    && !y.1.starts_with(&x.1)
                    && !named(&ma, &y.1)
                    && !named(&mb, &x.1);
                let two_makers = x.2 && y.2 && !made_by(a, y) && !made_by(b, x);
                one_maker || two_makers
            })
            .map(|y| (x.3, y.3))
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
