//! Flags of trial 47 (the Cremona violin theft, by kind): the clock time of a break-in
//! told in other words on each side ("broke in" / "pried open a side entrance", the act
//! far from its time), in several languages; near cases of two other acts keep no flag.
//! An ordinal in figures joined to a word ("two 18th-century violins") is no count: the
//! flag shows the count, "two". And places: two places where something was found are compared (two provincial
//! capitals the gazetteer knows apart: the solid kind), a place where something was
//! found is never in conflict with the place of the event, nor the article's place.

use super::test_util::{has_flag, no_flag_either, one_flag_of, prepared};
use crate::matcher::DiscrepancyKind;

#[test]
fn the_time_of_a_break_in_told_in_other_words_is_flagged() {
    use DiscrepancyKind::Date;
    for (a, b, ta, tb, soft) in [
        (
            "The robbers broke in at 3:40 a.m., police said.",
            "The robbers pried open a side entrance at 4:15 a.m., police said.",
            "3:40 a.m.",
            "4:15 a.m.",
            false,
        ),
        (
            "The break-in happened at 3:40 a.m., when masked men forced a side door of the museum.",
            "The robbers pried open a side entrance of the museum at 4:15 a.m., according to police.",
            "3:40 a.m.",
            "4:15 a.m.",
            false,
        ),
        // "around" / "about": 35 minutes apart, past the ten minutes either reaches
        // (`dates/rough.rs`, session 54; the softer kind before).
        (
            "The break-in happened at around 3:40 a.m., when three masked men forced a side door on Piazza Marconi and cut the power to part of the alarm system.",
            "The robbers pried open a side entrance of the Museo del Violino at about 4:15 a.m. and disabled some of the alarms by cutting the electricity, according to police.",
            "3:40 a.m.",
            "4:15 a.m.",
            false,
        ),
        (
            "Les voleurs ont forcé une porte latérale à 3h40.",
            "Les cambrioleurs sont entrés par effraction à 4h15.",
            "3h40",
            "4h15",
            false,
        ),
        (
            "Die Täter sind um 3.40 Uhr in das Museum eingebrochen.",
            "Die Täter hatten um 4.15 Uhr eine Seitentür aufgebrochen.",
            "3.40 Uhr",
            "4.15 Uhr",
            false,
        ),
        (
            "I ladri hanno forzato una porta laterale alle 3.40.",
            "Alle 4.15 i banditi hanno fatto irruzione nel museo.",
            "3.40",
            "4.15",
            false,
        ),
    ] {
        one_flag_of(Date, a, b, ta, tb, soft);
    }
}

#[test]
fn the_times_of_two_other_acts_are_not_flagged() {
    no_flag_either(
        DiscrepancyKind::Date,
        &[
            // A fire broke out, firefighters arrived: two acts.
            (
                "The fire broke out at 3:40 a.m., police said.",
                "Firefighters arrived at 4:15 a.m., police said.",
            ),
            // "broke out" is no break-in.
            (
                "The fire broke out at 3:40 a.m.",
                "The robbers pried open a side entrance at 4:15 a.m.",
            ),
            // The break-in and the alarm: a word of a break-in on one side only.
            (
                "The robbers pried open a side entrance at 3:40 a.m.",
                "The alarm sounded at 4:15 a.m.",
            ),
            // The same time told twice.
            (
                "The robbers broke in at 3:40 a.m.",
                "The robbers pried open a side entrance at 3:40 a.m.",
            ),
        ],
    );
}

const REUTERS_VAN: &str = "The thieves escaped in a dark van, which was found burnt out a few hours later near Piacenza, about 35 km to the west.";
const AP_CAR: &str =
    "The gang fled in a stolen car that was later found torched near Brescia, police said.";
const AP_LEAD: &str = "Masked thieves raided a museum devoted to violin-making in Cremona before dawn Sunday and made off with three antique violins, Italian authorities said.";

#[test]
fn two_places_where_something_was_found_are_compared() {
    use DiscrepancyKind::Place;
    one_flag_of(Place, REUTERS_VAN, AP_CAR, "Piacenza", "Brescia", false);
    one_flag_of(
        Place,
        "Il furgone è stato ritrovato bruciato a Piacenza.",
        "L'auto è stata ritrovata bruciata a Brescia.",
        "Piacenza",
        "Brescia",
        false,
    );
    // Two places of the event, in two provinces: solid too.
    one_flag_of(
        Place,
        "Thieves raided a museum in Cremona on Sunday.",
        "Thieves raided a museum in Piacenza on Sunday.",
        "Cremona",
        "Piacenza",
        false,
    );
}

#[test]
fn where_something_was_found_is_not_where_it_happened() {
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (REUTERS_VAN, AP_LEAD),
            (
                "Il furgone è stato ritrovato bruciato a Piacenza.",
                "Furto nella notte al museo di Cremona.",
            ),
            (
                "Der Wagen wurde später in Brescia aufgefunden.",
                "Diebe brachen in ein Museum in Cremona ein.",
            ),
        ],
    );
    // A person found dead: where it befell them, compared with the place of the event.
    has_flag(
        DiscrepancyKind::Place,
        "A man was found dead in Cremona on Sunday.",
        "A man died in Brescia on Sunday.",
        "Cremona",
        "Brescia",
    );
}

#[test]
fn the_place_where_a_car_was_found_is_no_place_of_the_article() {
    use super::article_places::{places_apart, ArticlePlaces};
    let ap = prepared(&[
        "Masked thieves raided a museum devoted to violin-making in Cremona before dawn Sunday.",
        AP_CAR,
        "Cremona was home to the workshops of Antonio Stradivari.",
    ]);
    let ghent = prepared(&[
        "Thieves broke into the STAM city museum in the Belgian city of Ghent early on Thursday.",
        "The thieves escaped in a grey car, which was found abandoned a few hours later near Aalst.",
    ]);
    assert_eq!(
        places_apart(&ArticlePlaces::of(&ghent), &ArticlePlaces::of(&ap)),
        Some(("ghent".into(), "cremona".into()))
    );
    // The place of the finding told first: still not the article's place.
    let told_first = prepared(&[
        "The getaway car was found torched near Brescia on Sunday.",
        "Thieves raided a museum in Cremona before dawn.",
    ]);
    assert_eq!(
        places_apart(&ArticlePlaces::of(&ghent), &ArticlePlaces::of(&told_first)),
        Some(("ghent".into(), "cremona".into()))
    );
}

#[test]
fn an_ordinal_of_a_compound_adjective_is_no_count() {
    use DiscrepancyKind::Number;
    let a =
        "Thieves stole two 18th-century violins worth an estimated 12 million euros, police said.";
    let b = "Thieves made off with three antique violins, Italian authorities said.";
    let f = super::test_util::flags_of(Number, a, b);
    assert!(
        f.contains(&(
            "two 18th-century violins".into(),
            "three antique violins".into(),
            false
        )),
        "{f:?}"
    );
    // Two against two: no count flag; the ordinal in figures alone is no count either.
    super::test_util::no_number_flag(a, "Thieves made off with two antique violins.");
    super::test_util::no_number_flag(
        "Thieves stole 18th-century violins from the museum.",
        "Thieves stole three antique violins from the museum.",
    );
    super::test_util::no_number_flag(
        "Fire broke out in a 3rd-floor flat on Monday.",
        "Fire broke out in two flats on Monday.",
    );
}
