//! Tests of the number and date flags trial 28 found silent (issue 8): a part of a whole
//! told by a figure ("two of the five missiles" / "three of five missiles"), a magnitude
//! however written ("magnitude 6.8" / "6.7-magnitude"), bounds in French, German,
//! Spanish, Italian and Portuguese ("au moins sept morts"), one scheduled date on each
//! side ("played on Wednesday, 14 March" / "rescheduled for Tuesday, 13 March"), and the
//! votes of one side ("275 stimmten dagegen" / "281 mit Nein").

use super::test_util::{no_flag, no_number_flag, number_flags, one_flag, one_flag_of};
use super::DiscrepancyKind;

#[test]
fn parts_of_a_whole_told_by_a_figure_are_compared() {
    one_flag(
        "Air defences shot down two of the five missiles.",
        "Ukraine downed three of five missiles.",
        "two of the five missiles",
        "three of five missiles",
        false,
    );
    one_flag(
        "Die Luftabwehr der Stadt hat in der Nacht zwei der fünf Raketen abgeschossen.",
        "Die Luftabwehr der Stadt hat in der Nacht drei von fünf Raketen abgeschossen.",
        "zwei der fünf Raketen",
        "drei von fünf Raketen",
        false,
    );
    one_flag(
        "Deux des cinq missiles ont été abattus.",
        "Trois des cinq missiles ont été abattus.",
        "Deux des cinq missiles",
        "Trois des cinq missiles",
        false,
    );
    let es = |part: &str| {
        format!(
            "Según el ejército, las defensas antiaéreas derribaron {part} misiles que fueron \
             lanzados contra la ciudad durante la noche."
        )
    };
    one_flag(
        &es("dos de los cinco"),
        &es("tres de cinco"),
        "dos de los cinco misiles",
        "tres de cinco misiles",
        false,
    );
    // The same part, and a whole against the same whole told alone, agree.
    no_number_flag(
        "Two of the five missiles were shot down.",
        "Two of five missiles were shot down.",
    );
    no_number_flag(
        "Three of five missiles were shot down.",
        "Five missiles were fired at the city.",
    );
}

#[test]
fn a_magnitude_is_one_count_however_written() {
    one_flag(
        "The region was hit by a magnitude 6.8 earthquake on Friday.",
        "The 6.7-magnitude quake struck the region on Friday.",
        "magnitude 6.8 earthquake",
        "6.7-magnitude",
        false,
    );
    one_flag(
        "A 6.8 earthquake struck the region on Friday.",
        "A 6.7 magnitude quake struck the region on Friday.",
        "6.8 earthquake",
        "6.7 magnitude",
        false,
    );
    one_flag(
        "Ein Erdbeben der Stärke 6,8 erschütterte am Freitag die Region.",
        "Ein Beben der Stärke 6,7 erschütterte am Freitag die Region.",
        "Stärke 6,8",
        "Stärke 6,7",
        false,
    );
    one_flag(
        "Un sismo de magnitud 6,8 sacudió la región el viernes.",
        "Un terremoto de 6,7 sacudió la región el viernes.",
        "magnitud 6,8",
        "terremoto de 6,7",
        false,
    );
    // One magnitude told three ways; five quakes are a count, not a magnitude.
    no_number_flag(
        "The region was hit by a magnitude 6.8 earthquake on Friday.",
        "The 6.8-magnitude quake struck the region on Friday.",
    );
    no_number_flag(
        "A 6.8 earthquake struck the region on Friday.",
        "A magnitude 6.8 quake struck the region on Friday.",
    );
    no_number_flag(
        "Five earthquakes struck the region on Friday.",
        "A 6.8 earthquake struck the region on Friday.",
    );
}

#[test]
fn bounds_in_other_languages_are_read_and_shown() {
    one_flag(
        "L'incendie a fait au moins sept morts.",
        "L'incendie a fait neuf morts.",
        "au moins sept morts",
        "neuf morts",
        true,
    );
    one_flag(
        "Bei dem Brand kamen mindestens 40 Menschen ums Leben.",
        "Bei dem Brand kamen 43 Menschen ums Leben.",
        "mindestens 40 Menschen",
        "43 Menschen",
        true,
    );
    one_flag(
        "Las inundaciones dejaron al menos 62 muertos en la región.",
        "Las inundaciones dejaron 95 muertos en la región.",
        "al menos 62 muertos",
        "95 muertos",
        true,
    );
    one_flag(
        "L'alluvione ha causato almeno 20 feriti nella regione.",
        "L'alluvione ha causato 25 feriti nella regione.",
        "almeno 20 feriti",
        "25 feriti",
        true,
    );
    one_flag(
        "Fino a 20 persone sono rimaste ferite.",
        "15 persone sono rimaste ferite.",
        "Fino a 20 persone",
        "15 persone",
        true,
    );
    one_flag(
        "Pelo menos 30 pessoas morreram no incêndio.",
        "35 pessoas morreram no incêndio.",
        "Pelo menos 30 pessoas",
        "35 pessoas",
        true,
    );
    // A bound the other figure cannot meet is the solid kind, as in English.
    one_flag(
        "L'incendie a fait au moins sept morts dans la nuit.",
        "L'incendie a fait six morts dans la nuit.",
        "au moins sept morts",
        "six morts",
        false,
    );
    one_flag(
        "Bei dem Brand kamen mehr als 40 Menschen ums Leben.",
        "Bei dem Brand kamen 38 Menschen ums Leben.",
        "mehr als 40 Menschen",
        "38 Menschen",
        false,
    );
    // A bound on the figure itself agrees with it.
    no_number_flag(
        "Bei dem Brand kamen mindestens 40 Menschen ums Leben.",
        "Bei dem Brand kamen 40 Menschen ums Leben.",
    );
}

#[test]
fn one_scheduled_date_on_each_side_is_compared() {
    let date = |a: &str, b: &str, ta: &str, tb: &str| {
        one_flag_of(DiscrepancyKind::Date, a, b, ta, tb, false);
    };
    date(
        "The match will now be played on Wednesday, 14 March.",
        "The game has been rescheduled for Tuesday, 13 March.",
        "14 March",
        "13 March",
    );
    date(
        "The match will now be played on Wednesday 14 March.",
        "The game has been rescheduled for Tuesday 13 March.",
        "14 March",
        "13 March",
    );
    date(
        "The match will now be played on March 14.",
        "The game has been moved to March 13.",
        "March 14",
        "March 13",
    );
    date(
        "Le match sera finalement joué le mercredi 14 mars.",
        "La rencontre a été reportée au mardi 13 mars.",
        "14 mars",
        "13 mars",
    );
    date(
        "Das Spiel wird nun am Mittwoch, 14. März, ausgetragen.",
        "Die Partie wurde auf Dienstag, 13. März, verschoben.",
        "14. März",
        "13. März",
    );
    // Two dates of two facts, one not scheduled, are left to the words around them.
    no_flag(
        DiscrepancyKind::Date,
        "Her agent said Page died at a Los Angeles hospital after suffering a heart attack on December 2.",
        "A private funeral service will be held Tuesday, Dec. 16, at Westwood Memorial Cemetery.",
    );
    // The same date agrees.
    no_flag(
        DiscrepancyKind::Date,
        "The match will now be played on Wednesday, 14 March.",
        "The game has been rescheduled for Wednesday, 14 March.",
    );
}

#[test]
fn votes_of_one_side_are_compared() {
    one_flag(
        "Für das Gesetz stimmten 399 Abgeordnete, 275 stimmten dagegen.",
        "399 Parlamentarier votierten mit Ja, 281 mit Nein.",
        "275 stimmten dagegen",
        "281 mit Nein",
        false,
    );
    one_flag(
        "El proyecto fue aprobado con 180 votos a favor y 150 en contra.",
        "El proyecto obtuvo 180 votos a favor y 155 votos en contra.",
        "150 en contra",
        "155 votos en contra",
        false,
    );
    one_flag(
        "Le texte a été adopté par 320 voix pour et 210 contre.",
        "Les députés ont adopté le texte par 320 voix pour, 215 contre.",
        "210 contre",
        "215 contre",
        false,
    );
    // The same votes agree; the votes for and against are two counts.
    no_number_flag(
        "Für das Gesetz stimmten 399 Abgeordnete, 275 stimmten dagegen.",
        "399 Parlamentarier votierten mit Ja, 275 mit Nein.",
    );
    no_number_flag(
        "The bill passed with 220 votes for and 212 against.",
        "212 lawmakers voted against the bill, 220 voted for it.",
    );
    // No side word, no vote: the counts are read as before.
    assert_eq!(
        number_flags(
            "The senator voted for the bill after 10 years of debate.",
            "The senator voted for the bill after 12 years of debate.",
        ),
        vec![("10 years".to_string(), "12 years".to_string(), false)]
    );
}
