//! Tests of clock times told in words with the hour first in Spanish, French, Italian,
//! Portuguese and German (`spoken_romance.rs`): a differing time flags, the same time in
//! figures does not, and a bare hour before a counted noun is no time.

use crate::matcher::flags::test_util::{flags_of, has_flag_each_way, no_flag, number_flags};
use crate::matcher::DiscrepancyKind::Date;

#[test]
fn a_time_in_words_of_five_languages_differs_from_another_time() {
    for (a, b, fa, fb) in [
        (
            "El incendio comenzó a las dos y media en el almacén del puerto.",
            "El incendio comenzó a las 17.30 en el almacén del puerto.",
            "dos y media",
            "17.30",
        ),
        (
            "El incendio comenzó a las tres menos cuarto en el almacén del puerto.",
            "El incendio comenzó a las 14.30 en el almacén del puerto.",
            "tres menos cuarto",
            "14.30",
        ),
        (
            "L'incendie a éclaté à deux heures et demie dans l'entrepôt du port.",
            "L'incendie a éclaté à 16h30 dans l'entrepôt du port.",
            "deux heures et demie",
            "16h30",
        ),
        (
            "L'incendio è scoppiato alle due e mezza nel magazzino del porto.",
            "L'incendio è scoppiato alle 18.30 nel magazzino del porto.",
            "due e mezza",
            "18.30",
        ),
        (
            "L'incendio è scoppiato alle 2 nel magazzino del porto.",
            "L'incendio è scoppiato alle 18.30 nel magazzino del porto.",
            "2",
            "18.30",
        ),
        (
            "O incêndio começou às duas e meia no armazém do porto.",
            "O incêndio começou às 16h30 no armazém do porto.",
            "duas e meia",
            "16h30",
        ),
        (
            "Das Feuer brach um drei Uhr im Lager am Hafen aus.",
            "Das Feuer brach um 14.30 Uhr im Lager am Hafen aus.",
            "drei Uhr",
            "14.30 Uhr",
        ),
        // A part of the day says the half: "de la mañana" is not 14.30.
        (
            "El incendio comenzó a las dos y media de la mañana en el almacén del puerto.",
            "El incendio comenzó a las 14.30 en el almacén del puerto.",
            "dos y media",
            "14.30",
        ),
    ] {
        // One date flag, on the two times, either way round.
        has_flag_each_way(Date, a, b, fa, fb);
        assert_eq!(flags_of(Date, a, b).len(), 1, "{a} / {b}");
    }
}

#[test]
fn a_time_in_words_agrees_with_the_same_time_in_figures() {
    for (a, b) in [
        (
            "El incendio comenzó a las dos y media en el almacén del puerto.",
            "El incendio comenzó a las 14.30 en el almacén del puerto.",
        ),
        (
            "El incendio comenzó a las dos y media de la tarde en el almacén del puerto.",
            "The fire began at 2:30 p.m. in the port warehouse.",
        ),
        (
            "El incendio comenzó a las tres menos cuarto en el almacén del puerto.",
            "El incendio comenzó a las 14.45 en el almacén del puerto.",
        ),
        (
            "L'incendie a éclaté à deux heures et demie dans l'entrepôt du port.",
            "L'incendie a éclaté à 14h30 dans l'entrepôt du port.",
        ),
        (
            "L'incendie a éclaté à trois heures moins le quart dans l'entrepôt du port.",
            "L'incendie a éclaté à 14h45 dans l'entrepôt du port.",
        ),
        (
            "L'incendio è scoppiato alle due e mezza nel magazzino del porto.",
            "L'incendio è scoppiato alle 14.30 nel magazzino del porto.",
        ),
        (
            "L'incendio è scoppiato alle 2 nel magazzino del porto.",
            "L'incendio è scoppiato alle 14 nel magazzino del porto.",
        ),
        (
            "O incêndio começou às duas e meia no armazém do porto.",
            "O incêndio começou às 14h30 no armazém do porto.",
        ),
        (
            "Das Feuer brach um halb drei im Lager am Hafen aus.",
            "Das Feuer brach um 14.30 Uhr im Lager am Hafen aus.",
        ),
        (
            "Das Feuer brach um drei Uhr dreißig im Lager am Hafen aus.",
            "Das Feuer brach um 15.30 Uhr im Lager am Hafen aus.",
        ),
    ] {
        no_flag(Date, a, b);
        no_flag(Date, b, a);
        assert_eq!(number_flags(a, b), vec![], "{a} / {b}");
    }
}

#[test]
fn a_bare_figure_before_a_counted_noun_is_no_time() {
    // "alle 2 vittime": to the two victims; "las dos casas": the two houses; "à deux
    // reprises" has no word of hour.
    for (a, b) in [
        (
            "Il sindaco ha espresso vicinanza alle 2 vittime dell'incendio.",
            "Il sindaco ha espresso vicinanza alle 14.30 alle famiglie.",
        ),
        (
            "El fuego llegó a las dos casas del puerto a las 14.30.",
            "El fuego llegó a las casas del puerto a las 14.30.",
        ),
        (
            "L'incendie a repris à deux reprises dans l'entrepôt.",
            "L'incendie a repris à 16h30 dans l'entrepôt.",
        ),
        (
            "Die Zahl der Verletzten stieg um drei Prozent.",
            "Die Zahl der Verletzten stieg um 15.30 Uhr.",
        ),
    ] {
        no_flag(Date, a, b);
    }
}
