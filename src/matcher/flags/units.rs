//! Units of the number flags: what a figure measures when its unit is a currency sign
//! ("$7.5 billion", "€103 million") or a unit word ("60 km", "60 miles", "5 million
//! dollars"), read as one key whichever way it is written ("km" / "kilometres", "$" /
//! "dollars"), and the dimension of the unit (length, money...). The same figure in two
//! units of one dimension ("60 km" / "60 miles", "$5 million" / "€5 million") is no
//! agreement: one of them is wrong.

use super::figures::unit_key;
use super::surface;
use crate::matcher::features::Prepared;

/// Units with their spellings (lower case) and their dimension: the first spelling names
/// the unit.
const UNITS: &[(&[&str], &str)] = &[
    (
        &[
            "km",
            "kms",
            "kilometres",
            "kilometers",
            "kilometre",
            "kilometer",
        ],
        "length",
    ),
    (&["mi", "mile", "miles"], "length"),
    (&["m", "metres", "meters", "metre", "meter"], "length"),
    (&["ft", "feet", "foot"], "length"),
    (&["cm", "centimetres", "centimeters"], "length"),
    (&["mm", "millimetres", "millimeters"], "length"),
    (&["yd", "yards", "yard"], "length"),
    (
        &["kg", "kilograms", "kilogrammes", "kilogram", "kilos"],
        "mass",
    ),
    (&["lb", "lbs"], "mass"),
    (&["tonnes", "tonne"], "mass"),
    (&["mph"], "speed"),
    (&["kph", "kmh"], "speed"),
    (&["ha", "hectares", "hectare"], "area"),
    (&["acres", "acre"], "area"),
    (&["$", "dollars", "dollar"], "money"),
    (&["€", "euros", "euro"], "money"),
    (&["£", "sterling"], "money"),
    (&["¥", "yen"], "money"),
    (&["francs", "franc"], "money"),
    (&["yuan", "renminbi"], "money"),
    (&["rupees", "rupee"], "money"),
    (&["pesos", "peso"], "money"),
    (&["roubles", "rouble", "rubles", "ruble"], "money"),
];

/// Currency signs written before a figure ("$7.5 billion").
const SIGNS: &[char] = &['$', '€', '£', '¥'];

/// The unit a word names ("kilometres", "km", "dollars"): its key (the same for every
/// spelling of one unit, `figures::unit_key`) and the key of its dimension; `None` for a
/// word that is no unit.
pub(super) fn unit_of(word: &str) -> Option<(u64, u64)> {
    UNITS
        .iter()
        .find(|(names, _)| names.contains(&word))
        .map(|(names, dim)| (unit_key(names[0]), dimension_key(dim)))
}

/// Whether a dimension key ([`unit_of`]) is money: sums of money are many in a sentence
/// (a price, a change, a revenue) and are compared only when their anchors agree.
pub(super) fn is_money(dim: u64) -> bool {
    dim == dimension_key("money")
}

/// The key of a dimension ("length", "money").
fn dimension_key(dim: &str) -> u64 {
    crate::matcher::text::hash_str(&format!("dimension {dim}"))
}

/// The currency sign written right before code point `start` of `p` ("$" of "$7.5
/// billion"): the unit and dimension keys of the currency ([`unit_of`]).
pub(super) fn currency_before(p: &Prepared, start: usize) -> Option<(u64, u64)> {
    let sign = surface(p, start.checked_sub(1)?, start).chars().next()?;
    SIGNS
        .contains(&sign)
        .then(|| unit_of(&sign.to_string()))
        .flatten()
}
