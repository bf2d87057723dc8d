//! Tests of the place, speaker and vehicle flags on the faults of a new-user trial (session
//! 11): a word between "in" and the place, a place before "police", role words after
//! "according to", a possessive before a role, a minivan as a van.

use super::test_util::{flags_of, has_flag, no_flag, no_flag_either, one_flag_of};
use super::*;

#[test]
fn a_place_after_a_word_of_where_in_it_or_before_police() {
    let p = DiscrepancyKind::Place;
    has_flag(
        p,
        "A man was shot at an office in Vancouver on Monday.",
        "A man was shot at an office in suburban Detroit on Monday.",
        "Vancouver",
        "Detroit",
    );
    has_flag(
        p,
        "A man was shot at an office in downtown Vancouver on Monday.",
        "A man was shot at an office in downtown Detroit on Monday.",
        "Vancouver",
        "Detroit",
    );
    has_flag(
        p,
        "A man shot and killed another man at the office, Vancouver police said.",
        "A man shot and killed another man at the office, Detroit police said.",
        "Vancouver",
        "Detroit",
    );
    // The same place, a region's or a people's forces, a region's part: no flag.
    no_flag_either(
        p,
        &[
            (
                "A man was shot in suburban Detroit on Monday.",
                "A man was shot on Monday, Detroit police said.",
            ),
            (
                "A man was shot in northern Iran on Monday.",
                "A man was shot in Iran on Monday.",
            ),
            (
                "Robbers raided a jeweller in the French capital on Monday.",
                "Robbers raided a jeweller in central Paris on Monday.",
            ),
            (
                "The talks failed, Israeli officials said.",
                "The talks failed, Egyptian officials said.",
            ),
            (
                "The talks failed, U.S. officials said.",
                "The talks failed, Detroit officials said.",
            ),
        ],
    );
}

#[test]
fn role_words_before_a_name_and_a_possessive_before_a_role() {
    let s = DiscrepancyKind::Speaker;
    has_flag(
        s,
        "The road was closed after the landslide, according to police spokesman John Smith.",
        "The road was closed after the landslide, according to Mayor Jane Doe.",
        "police spokesman John Smith",
        "Mayor Jane Doe",
    );
    has_flag(
        s,
        "The road was closed after the landslide, her agent said.",
        "The road was closed after the landslide, her husband said.",
        "agent",
        "husband",
    );
    // Generic against a role stays quiet by design; one role both times agrees.
    no_flag(
        s,
        "The road was closed after the landslide, police said.",
        "The road was closed after the landslide, the mayor said.",
    );
    no_flag(
        s,
        "The road was closed after the landslide, her agent said.",
        "The road was closed after the landslide, his agent said.",
    );
}

#[test]
fn a_minivan_is_a_van() {
    no_flag(
        DiscrepancyKind::Vehicle,
        "The gunman fled in a minivan.",
        "The gunman fled in a van.",
    );
    has_flag(
        DiscrepancyKind::Vehicle,
        "The gunman fled in a minivan.",
        "The gunman fled in a jeep.",
        "minivan",
        "jeep",
    );
}

#[test]
fn a_kind_of_vehicle_is_no_other_vehicle() {
    // A new-user trial: "car" / "taxi" was a solid vehicle flag. A vehicle told by a
    // broader kind is the same vehicle.
    let drove = |x: &str| format!("The soldier drove a {x} to the border, officials said.");
    for (x, y) in [
        ("car", "taxi"),
        ("car", "cab"),
        ("car", "SUV"),
        ("car", "jeep"),
        ("SUV", "jeep"),
        ("truck", "pickup"),
        ("lorry", "pickup"),
        ("aircraft", "helicopter"),
        ("aircraft", "plane"),
        ("aircraft", "jet"),
        ("boat", "ferry"),
        ("ship", "yacht"),
    ] {
        no_flag_either(DiscrepancyKind::Vehicle, &[(&drove(x), &drove(y))]);
    }
    // Two kinds of one level still differ, and so do kinds under one broader kind.
    for (x, y) in [
        ("train", "tram"),
        ("van", "lorry"),
        ("taxi", "jeep"),
        ("plane", "helicopter"),
        ("ferry", "yacht"),
        ("car", "bicycle"),
        ("car", "truck"),
        ("aircraft", "boat"),
    ] {
        has_flag(DiscrepancyKind::Vehicle, &drove(x), &drove(y), x, y);
    }
}

#[test]
fn a_place_someone_was_taken_to_where_the_fact_happened_is_read() {
    // Gold link 21a 4-2 (marked differs): died at the hospital / killed in front of the
    // shoppers in Bloomington. Neither town is known to hold the other: the softer kind.
    let a = "Paramedics rushed Johnson to Hennepin County Medical Center where she died.";
    let b = "Shoppers in Bloomington watched as a woman was killed right in front of them.";
    assert_eq!(
        flags_of(DiscrepancyKind::Place, a, b),
        vec![(
            "Hennepin County Medical Center".to_string(),
            "Bloomington".to_string(),
            true
        )]
    );
    has_flag(
        DiscrepancyKind::Place,
        "Jackson flew to Las Vegas, where he had been filming a video.",
        "Jackson flew to Los Angeles, where he had been filming a video.",
        "Las Vegas",
        "Los Angeles",
    );
    // "to" with no "where" after the name is where someone went or whom they spoke to.
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "Jackson flew to Las Vegas on Monday to film a video.",
                "Jackson flew to Los Angeles on Monday to film a video.",
            ),
            (
                "The spokesman talked to Reuters on Monday.",
                "The spokesman talked to Bloomberg on Monday.",
            ),
        ],
    );
}

/// Trial 39 N6: a town before a court ("A London court" / "A Manchester court") is a place
/// of the place flag, solid for two known cities; two cities of one country's region
/// ("in Köln" / "in Bonn") are solid; one place spelt in two languages ("Córdoba" /
/// "Córdova", "Sevilla" / "Sevilha") is no conflict.
#[test]
fn a_town_before_a_court_two_cities_and_exonyms() {
    let p = DiscrepancyKind::Place;
    one_flag_of(
        p,
        "A London court sentenced Whitford to eight years on Thursday.",
        "A Manchester court sentenced Whitford to eight years on Thursday.",
        "London",
        "Manchester",
        false,
    );
    one_flag_of(
        p,
        "Das Gericht in Köln verurteilte den Angeklagten zu acht Jahren Haft.",
        "Das Gericht in Bonn verurteilte den Angeklagten zu acht Jahren Haft.",
        "Köln",
        "Bonn",
        false,
    );
    no_flag_either(
        p,
        &[
            (
                "Doce personas murieron al descarrilar un tren cerca de Adamuz, en la provincia de Córdoba.",
                "Doze pessoas morreram no descarrilamento de um comboio perto de Adamuz, na província de Córdova.",
            ),
            (
                "El incendio se declaró en Sevilla el lunes.",
                "O incêndio deflagrou em Sevilha na segunda-feira.",
            ),
            (
                "A London court sentenced Whitford to eight years.",
                "Whitford was sentenced in London to eight years.",
            ),
            // Where a court sits and where the crime was are two slots.
            (
                "A Brooklyn jury found Lopez guilty of the murder of Zurana Horton.",
                "Zurana Horton was killed while walking near an intersection in Brownsville.",
            ),
            // A country's or a people's court says nothing of the town.
            (
                "A British court sentenced Whitford to eight years.",
                "A Manchester court sentenced Whitford to eight years.",
            ),
        ],
    );
}
