//! Tests of places and of what a figure measures after trial 35: the place one
//! quotation was said (F8.3), two villages whose names share a part (F3.2), French names
//! after an elided "de" and after a hospital (F15.1, F3.1), a depth against a distance
//! (F3.4), a share of the vote against a turnout and a party's seats against the size of
//! parliament (F8.4).

use super::test_util::{flags_of, has_flag, no_flag, no_flag_either, number_flags, one_flag};
use super::DiscrepancyKind as K;

#[test]
fn the_place_of_one_quotation_differs() {
    // Trial 35 F8.3 (1.00, no place flag).
    has_flag(
        K::Place,
        "\"The voters have given us a clear mandate to lead,\" party leader Sanne de Vries told cheering supporters in The Hague.",
        "\"The voters have given us a clear mandate to lead,\" Sanne de Vries told supporters in Rotterdam.",
        // Trial 49 F7: the name's "The" is shown with it (was "Hague").
        "The Hague",
        "Rotterdam",
    );
    no_flag_either(
        K::Place,
        &[
            // The same place.
            (
                "\"The voters have given us a clear mandate to lead,\" Sanne de Vries told supporters in Rotterdam.",
                "\"The voters have given us a clear mandate,\" De Vries told a cheering crowd in Rotterdam.",
            ),
            // Two statements: where each was said tells nothing of the other.
            (
                "\"We will form a government quickly,\" Sanne de Vries told supporters in Rotterdam.",
                "\"Postal votes could still change the result,\" Pieter Bakker told reporters in Utrecht.",
            ),
            // No quotation: the places of two reports are not compared.
            (
                "Sanne de Vries told supporters in Rotterdam that she would lead.",
                "Sanne de Vries told supporters in Utrecht that she would lead.",
            ),
        ],
    );
}

#[test]
fn two_villages_sharing_a_part_of_their_names_differ() {
    // Trial 35 F3.2 (98 %, no place flag).
    has_flag(
        K::Place,
        "Most of the victims were in the village of Tizi n'Ait, where a school and a mosque collapsed.",
        "Most of the dead were in the village of Ait Bouguemez, where a school collapsed.",
        "Tizi n'Ait",
        "Ait Bouguemez",
    );
    has_flag(
        K::Place,
        "La plupart des victimes se trouvaient dans le village de Tizi n'Aït, où une école s'est effondrée.",
        "Les victimes se trouvaient pour la plupart dans le village d'Aït Bouguemez.",
        "Tizi n'Aït",
        "Aït Bouguemez",
    );
    // Where the victims came from ("originaires du village d'Aït Bouguemez") is no place
    // of the event (session 54, `places/away.rs`): it was flagged here before.
    no_flag(
        K::Place,
        "La plupart des victimes se trouvaient dans le village de Tizi n'Aït, où une école s'est effondrée.",
        "Les victimes sont pour la plupart originaires du village d'Aït Bouguemez.",
    );
    no_flag_either(
        K::Place,
        &[
            // One village named the same way.
            (
                "Most of the victims were in the village of Tizi n'Ait.",
                "Most of the dead were in the village of Tizi n'Ait, officials said.",
            ),
            // A name and the same name told longer: maybe one place.
            (
                "Most of the victims were in the village of Bouguemez.",
                "Most of the dead were in the village of Ait Bouguemez.",
            ),
            // Two names ending alike, or sharing most of their parts.
            (
                "Robert Buckley died while climbing in the Aoraki Mount Cook National Park on Saturday.",
                "Second man dies in Mt Cook National Park",
            ),
            (
                "Teens offered sex for money in Greenwich Village, sources said.",
                "Four students were arrested yesterday for robbing men in the West Village.",
            ),
            (
                "He served as a marine in the Second World War and began writing.",
                "After serving as a marine in World War II, he began writing.",
            ),
        ],
    );
}

#[test]
fn french_places_after_an_elided_de_or_a_hospital_are_read() {
    // Trial 35 F15.1 (0.86, no place flag).
    has_flag(
        K::Place,
        "La réplique s'est produite à 9h30 près de Béni Mellal.",
        "La réplique a été ressentie à 10h15 près d'Azilal.",
        "Béni Mellal",
        "Azilal",
    );
    // Trial 35 F3.1: the English pair was flagged, the French not.
    has_flag(
        K::Place,
        "Les hôpitaux de Béni Mellal ont accueilli 95 blessés.",
        "Les blessés ont été transportés à l'hôpital de Marrakech.",
        "Béni Mellal",
        "Marrakech",
    );
    no_flag_either(
        K::Place,
        &[
            // One place, with or without the elision.
            (
                "La réplique s'est produite près d'Azilal.",
                "La réplique a été ressentie à Azilal.",
            ),
            // A town and the region named after it.
            (
                "La réplique s'est produite dans la région d'Azilal.",
                "La réplique a été ressentie près d'Azilal.",
            ),
        ],
    );
}

#[test]
fn a_depth_is_compared_with_a_depth_not_a_distance() {
    // Trial 35 F3.4: "about 20 km ≠ 12 kilometers" (distance against depth).
    assert_eq!(
        number_flags(
            "The quake hit at 11:14 p.m. (2214 GMT) about 20 km north-east of the town of Azilal, at a depth of 10 km, according to the U.S. Geological Survey.",
            "The U.S. Geological Survey measured it at 6.4 and said it was 12 kilometers deep.",
        ),
        vec![("10 km".to_string(), "12 kilometers".to_string(), false)]
    );
    // Two distances still differ; a depth against a distance alone gives no flag.
    one_flag(
        "The quake struck 20 km north of Azilal.",
        "The quake struck 25 km north of Azilal.",
        "20 km",
        "25 km",
        false,
    );
    assert_eq!(
        number_flags(
            "The quake struck 20 km north of Azilal.",
            "The quake struck at a depth of 12 km.",
        ),
        vec![]
    );
    // A length whose measure no word tells may be either.
    one_flag(
        "The quake struck at a depth of 10 km.",
        "The quake struck at 12 km.",
        "10 km",
        "12 km",
        false,
    );
}

#[test]
fn a_vote_share_and_a_turnout_are_two_figures() {
    // Trial 35 F8.4: "27.4% ≠ 77.5%" (vote share against turnout).
    assert_eq!(
        number_flags(
            "The party received 27.4% of the vote, up from 21.9% at the last election.",
            "Turnout stood at 77.5%.",
        ),
        vec![]
    );
    assert_eq!(
        number_flags(
            "Turnout was 78.2%, the electoral council said.",
            "The party won 26.8% of the vote, compared with 21.9% in the previous election.",
        ),
        vec![]
    );
    // Right before, and still: one share, one turnout told differently.
    has_flag(
        K::Number,
        "The party received 27.4% of the vote, up from 21.9% at the last election.",
        "The party won 26.8% of the vote, compared with 21.9% in the previous election.",
        "27.4%",
        "26.8%",
    );
    has_flag(
        K::Number,
        "Turnout was 78.2%, the electoral council said.",
        "Turnout stood at 77.5%.",
        "78.2%",
        "77.5%",
    );
}

#[test]
fn a_party_s_seats_are_no_size_of_parliament() {
    // Trial 35 F8.4: "19 seats ≠ 150 seats".
    let lead = "The Dutch center-right People's Party won Wednesday's national election with 39 of the 150 seats in parliament, results based on nearly all votes counted showed on Thursday.";
    assert_eq!(
        flags_of(
            K::Number,
            "The far-right Freedom Party won 19 seats, its worst result since 2006.",
            lead
        )
        .into_iter()
        .filter(|f| f.1.contains("150"))
        .count(),
        0
    );
    // Still flagged: two tallies of one party, and two parts of one whole.
    has_flag(
        K::Number,
        "The Green-Labour alliance came second with 33 seats, down from 37.",
        "The Green-Labour alliance finished second with 35 seats, losing two.",
        "33 seats",
        "35 seats",
    );
    has_flag(
        K::Number,
        "The center-right People's Party won the most votes, taking 41 of the 150 seats in the lower house.",
        lead,
        "41 of the 150 seats",
        "39 of the 150 seats",
    );
    // Two sizes of one parliament differ.
    no_flag(
        K::Place,
        "Parliament has 150 seats.",
        "Parliament has 225 seats.",
    );
    has_flag(
        K::Number,
        "Parliament has 150 seats.",
        "Parliament has 225 seats.",
        "150 seats",
        "225 seats",
    );
}

#[test]
fn trial_36_places_ports_hyphenated_towns_and_a_town_s_airport() {
    // F7.3 (0.99, no flag): two ports.
    has_flag(
        K::Place,
        "The passengers were taken to the port of Naxos.",
        "The passengers were taken back to the port of Piraeus.",
        "Naxos",
        "Piraeus",
    );
    // F3.2: the whole hyphenated name, not "Proenca".
    has_flag(
        K::Place,
        "Winds gusting up to 70 km/h pushed the flames south towards the town of Serta.",
        "Gusts of up to 90 km/h drove the fire north toward the town of Proenca-a-Nova.",
        "Serta",
        "Proenca-a-Nova",
    );
    // F13.4: a town's airport may be the named one; two towns' airports are two.
    no_flag(
        K::Place,
        "The plane returned to Francisco Sa Carneiro airport about 25 minutes after take-off.",
        "The jet landed back at Porto's airport roughly 40 minutes after departure.",
    );
    has_flag(
        K::Place,
        "The jet landed back at Lisbon's airport roughly 40 minutes after departure.",
        "The jet landed back at Porto's airport roughly 40 minutes after departure.",
        "Lisbon's",
        "Porto's",
    );
}
