//! Tests of the flags session 53's testers found open outside the causes and outcomes: the
//! means of a rescue told by Italian words of rescuing the casualty lexicon does not count
//! by ("soccorsi in elicottero" / "in barca": `lexicon::conveyances::RESCUE_WORDS`), clock
//! times in a zone named in German or French or by a capital ("2.40 Uhr MEZ", "heure de
//! Paris": `lexicon::time_zones`), a time with its wire-service twin in brackets ("2:40
//! a.m. (0140 GMT)": `dates/clocks.rs`, `own_offset`), and a rough count within a bound on
//! one side ("About 120" / "More than 100": `bounds.rs`); each with its near cases.

use super::test_util::{has_flag_each_way, no_flag, no_flag_either, one_flag_of};
use crate::matcher::results::DiscrepancyKind::{Date, Number, Vehicle};

#[test]
fn italian_rescues_by_two_means_differ() {
    has_flag_each_way(
        Vehicle,
        "Gli escursionisti sono stati soccorsi in elicottero.",
        "Gli escursionisti sono stati soccorsi in barca.",
        "elicottero",
        "barca",
    );
    has_flag_each_way(
        Vehicle,
        "Due persone sono state tratte in salvo in elicottero.",
        "Due persone sono state tratte in salvo in barca.",
        "elicottero",
        "barca",
    );
    no_flag_either(
        Vehicle,
        &[
            (
                "Gli escursionisti sono stati soccorsi in elicottero.",
                "Hikers were rescued by helicopter.",
            ),
            (
                "Gli escursionisti sono stati soccorsi in elicottero.",
                "Gli escursionisti sono arrivati in barca.",
            ),
        ],
    );
}

#[test]
fn central_european_time_is_compared_in_utc() {
    for (a, b) in [
        (
            "Die Explosion ereignete sich um 2.40 Uhr MEZ.",
            "The explosion happened at 01:40 GMT.",
        ),
        (
            "Die Explosion ereignete sich um 3.40 Uhr MESZ.",
            "The explosion happened at 01:40 GMT.",
        ),
        (
            "L'explosion s'est produite à 2h40, heure de Paris.",
            "The explosion happened at 01:40 GMT.",
        ),
    ] {
        no_flag(Date, a, b);
        no_flag(Date, b, a);
    }
    one_flag_of(
        Date,
        "Die Explosion ereignete sich um 3.40 Uhr MEZ.",
        "The explosion happened at 01:40 GMT.",
        "3.40 Uhr MEZ",
        "01:40 GMT",
        false,
    );
}

#[test]
fn a_time_with_its_twin_in_gmt_is_compared_in_gmt() {
    one_flag_of(
        Date,
        "The explosion happened at 2:40 a.m. (0140 GMT).",
        "The explosion happened at 03:40 GMT.",
        "2:40 a.m.",
        "03:40 GMT",
        false,
    );
    no_flag(
        Date,
        "The explosion happened at 2:40 a.m. (0140 GMT).",
        "The explosion happened at 01:40 GMT.",
    );
    no_flag(
        Date,
        "The explosion happened at 2:40 a.m. (0140 GMT).",
        "The explosion happened at 2:40 a.m.",
    );
    // With no twin, the local time against GMT stays the softer flag.
    one_flag_of(
        Date,
        "The explosion happened at 2:40 a.m.",
        "The explosion happened at 03:40 GMT.",
        "2:40 a.m.",
        "03:40 GMT",
        true,
    );
}

#[test]
fn a_rough_count_within_a_bound_agrees() {
    no_flag(
        Number,
        "About 120 people were evacuated.",
        "More than 100 people were evacuated.",
    );
    no_flag(
        Number,
        "More than 100 people were evacuated.",
        "Around 110 people were evacuated.",
    );
    // A rough figure outside the bound keeps its flag: the softer one when their ranges
    // meet, the solid one when not ("About 120" reaches 144: "More than 150" is beyond it,
    // as "About 300" / "More than 400" in `tests_session52_counts.rs`).
    one_flag_of(
        Number,
        "About 1.5 million euros were paid.",
        "At least 1.8 million euros were paid.",
        "About 1.5 million euros",
        "At least 1.8 million euros",
        true,
    );
    one_flag_of(
        Number,
        "About 120 people were evacuated.",
        "More than 150 people were evacuated.",
        "About 120 people",
        "More than 150 people",
        false,
    );
    // Exact figures and two rough ones keep their flags.
    one_flag_of(
        Number,
        "120 people were evacuated.",
        "More than 150 people were evacuated.",
        "120 people",
        "More than 150 people",
        false,
    );
    one_flag_of(
        Number,
        "About 600 people were evacuated.",
        "About 800 people were evacuated.",
        "About 600 people",
        "About 800 people",
        false,
    );
}
