//! Tests of trial 54's F4 times and figures across languages: a bare hour after "alle"
//! followed by a function word ("intorno alle 13 sulle colline") is a clock time
//! (`times/spoken_romance.rs`, `counted_after`), "intorno" makes it rough (`times::ROUGH`),
//! and it is compared with an English time as two English times are; hectares told in
//! Italian, Spanish or German are the unit "hectares" is (`units.rs`), so "circa 2.300
//! ettari" / "around 2,000 hectares" gets the flag the English pair gets.

use super::test_util::{flags_of, no_flag_either, no_number_flag, number_flags};
use crate::matcher::results::DiscrepancyKind::Date;

/// The wire's start of the fire (trial 54, a).
const WIRE: &str = "The fire broke out shortly before 3 p.m. in the hills west of the town.";

#[test]
fn a_clock_time_told_in_another_language_is_compared_with_the_english_one() {
    // The English pair: the flag the foreign ones must give.
    let english = flags_of(
        Date,
        WIRE,
        "The fire broke out at around 1 p.m. in the hills west of the town.",
    );
    assert_eq!(english.len(), 1, "{english:?}");
    for (b, time) in [
        // Trial 54 F4, the tester's pair: no flag at 0.002.
        (
            "Le fiamme sono divampate intorno alle 13 sulle colline a ovest del paese.",
            "intorno alle 13",
        ),
        (
            "Le fiamme sono divampate verso le 13 sulle colline a ovest del paese.",
            "verso le 13",
        ),
        (
            "L'incendie s'est déclaré vers 13 h dans les collines à l'ouest de la ville.",
            "vers 13 h",
        ),
        (
            "Das Feuer brach gegen 13 Uhr in den Hügeln westlich der Stadt aus.",
            "gegen 13 Uhr",
        ),
        (
            "O incêndio começou por volta das 13h nas colinas a oeste da vila.",
            "por volta das 13h",
        ),
    ] {
        let f = flags_of(Date, WIRE, b);
        assert_eq!(f.len(), 1, "{b}: {f:?}");
        assert!(
            f[0].1.ends_with(time.rsplit(' ').next().unwrap_or(time)),
            "{b}: {f:?}"
        );
        assert_eq!(f[0].2, english[0].2, "as the English pair: {b}: {f:?}");
    }
    // An exact time in Italian and Spanish against an exact English one: the solid kind.
    for b in [
        "Le fiamme sono divampate alle 13.30 sulle colline a ovest del paese.",
        "El fuego se declaró a las 13 en las colinas al oeste del pueblo.",
    ] {
        let f = flags_of(Date, "The fire broke out at 3 p.m. in the hills.", b);
        assert_eq!(f.len(), 1, "{b}: {f:?}");
        assert!(!f[0].2, "solid: {b}: {f:?}");
    }
}

#[test]
fn one_time_told_in_two_languages_and_a_count_after_alle_give_no_date_flag() {
    no_flag_either(
        Date,
        &[
            // The same time, near enough for a hedge.
            (
                WIRE,
                "Le fiamme sono divampate intorno alle 15 sulle colline a ovest del paese.",
            ),
            (
                "The fire broke out at 1 p.m. in the hills.",
                "Le fiamme sono divampate alle 13 sulle colline a ovest del paese.",
            ),
            // "alle 2 vittime": a count after "alle", no time.
            (
                "The fire broke out at 3 p.m. in the hills.",
                "Il sindaco ha reso omaggio alle 2 vittime dell'incendio.",
            ),
        ],
    );
}

#[test]
fn hectares_in_another_language_get_the_flag_english_hectares_get() {
    let english = number_flags(
        "The fire has burned about 2,300 hectares of scrub and pine forest.",
        "The fire has burned around 2,000 hectares overnight, the regional forestry corps says.",
    );
    assert_eq!(english.len(), 1, "{english:?}");
    for a in [
        // Trial 54 F4: no flag.
        "Secondo il Corpo forestale regionale, il rogo ha già percorso circa 2.300 ettari di macchia mediterranea e pineta.",
        "Según el cuerpo forestal, el fuego ha quemado unas 2.300 hectáreas de monte.",
        "Das Feuer hat nach Angaben der Forstbehörde etwa 2.300 Hektar Wald zerstört.",
    ] {
        let f = number_flags(
            a,
            "The fire has burned around 2,000 hectares overnight, the regional forestry corps says.",
        );
        assert_eq!(f.len(), 1, "{a}: {f:?}");
        assert_eq!(f[0].2, english[0].2, "as the English pair: {a}: {f:?}");
    }
    // The same area told in two languages: no flag.
    assert_eq!(
        number_flags(
            "Il rogo ha già percorso circa 2.300 ettari di macchia mediterranea.",
            "The fire had burned about 2,300 hectares by Wednesday morning.",
        ),
        vec![]
    );
}

#[test]
fn people_of_two_kinds_told_by_one_figure_are_people() {
    // Trial 54 F4: "circa 5.000 persone tra residenti e turisti" read as residents, so no
    // flag against the live update's people (0.039); English "residents and tourists" alike.
    let live = "About 3,500 people have now left their homes, hotels and campsites, the mayor's office says.";
    for a in [
        "Un vasto incendio ha devastato ieri le campagne e la pineta alle porte di Orosei, costringendo all'evacuazione circa 5.000 persone tra residenti e turisti.",
        "A wildfire forced about 5,000 residents and tourists to flee their homes on Tuesday.",
        "Un incendie a contraint quelque 5 000 habitants et touristes à quitter leurs maisons.",
    ] {
        let f = number_flags(a, live);
        assert_eq!(f.len(), 1, "{a}: {f:?}");
        assert!(f[0].0.contains('5') && f[0].1.contains("3,500"), "{a}: {f:?}");
    }
    // People evacuated against people injured: two facts (a noun of evacuation before
    // the figure tells its fate), in Italian as in English.
    for a in [
        "Un vasto incendio ha devastato ieri le campagne e la pineta alle porte di Orosei, costringendo all'evacuazione circa 5.000 persone tra residenti e turisti.",
        "The wildfire forced the evacuation of about 5,000 people on Tuesday.",
    ] {
        no_number_flag(
            a,
            "Seven people were injured, including two firefighters who suffered burns.",
        );
    }
    // The same figure: no flag; a list of two groups keeps its groups apart.
    for (a, b) in [
        (
            "Un vasto incendio ha costretto all'evacuazione circa 3.500 persone tra residenti e turisti.",
            live,
        ),
        (
            "A wildfire forced about 3,500 residents and tourists to flee their homes on Tuesday.",
            live,
        ),
        (
            "The fire killed two women and a man.",
            "The fire killed three people.",
        ),
    ] {
        assert_eq!(number_flags(a, b), vec![], "{a} / {b}");
    }
}
