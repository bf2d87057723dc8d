//! Tests of trial 32's leftovers (session 29): floors told with other verbs and other
//! languages' ordinals; two roads of one kind as two places ("Interstate 95" /
//! "Interstate 85", "on the A3" / "on the A9"); a road closed against reopened in six
//! languages; the critically injured counted as the injured; "hasta" after a change as
//! the level reached; roles told with an indefinite article and a German role before a
//! name as speakers; bail granted or denied to someone; and the places that are none: a
//! German noun after "in", a direction of travel. A place a storm swept through is one.

use super::test_util::{flags_of, has_flag_each_way, no_flag_either, one_flag, one_flag_of};
use super::*;

#[test]
fn floors_told_with_other_verbs_and_ordinals_differ() {
    for (a, b, ta, tb) in [
        (
            "The fire started on the third floor of the building on Monday.",
            "The blaze broke out on the fifth floor of the building on Monday.",
            "third floor",
            "fifth floor",
        ),
        (
            "Das Feuer brach am Montag im dritten Stock aus.",
            "Der Brand entstand am Montag im fünften Stock.",
            "dritten Stock",
            "fünften Stock",
        ),
        (
            "El incendio se originó al tercer piso del edificio.",
            "El fuego empezó al quinto piso del edificio.",
            "tercer piso",
            "quinto piso",
        ),
        (
            "Le feu a pris au troisième étage de l'immeuble.",
            "L'incendie s'est déclaré au cinquième étage de l'immeuble.",
            "troisième étage",
            "cinquième étage",
        ),
    ] {
        one_flag(a, b, ta, tb, false);
    }
}

#[test]
fn two_roads_of_one_kind_are_two_places() {
    for (a, b, ta, tb) in [
        (
            "The truck overturned on Interstate 95 early Monday.",
            "The truck overturned on Interstate 85 early Monday.",
            "Interstate 95",
            "Interstate 85",
        ),
        (
            "The crash closed Route 9 for hours.",
            "The crash closed Route 1 for hours.",
            "Route 9",
            "Route 1",
        ),
        (
            "The crash happened on the A3 near Passau on Monday.",
            "The crash happened on the A9 on Monday.",
            "A3",
            "A9",
        ),
        (
            "Der Unfall ereignete sich auf der A3 bei Passau.",
            "Der Unfall ereignete sich auf der A9.",
            "A3",
            "A9",
        ),
        (
            "Traffic was diverted after a crash on the M6 motorway.",
            "Traffic was diverted after a crash on the M1 motorway.",
            "M6",
            "M1",
        ),
    ] {
        one_flag_of(DiscrepancyKind::Place, a, b, ta, tb, false);
        no_flag_either(DiscrepancyKind::Number, &[(a, b)]);
    }
}

#[test]
fn one_road_or_a_code_that_is_no_road_is_no_place() {
    // The same road: no flag.
    no_flag_either(
        DiscrepancyKind::Place,
        &[(
            "The truck overturned on Interstate 95 early Monday.",
            "A truck overturned on Interstate 95 on Monday morning.",
        )],
    );
    no_flag_either(
        DiscrepancyKind::Number,
        &[(
            "The truck overturned on Interstate 95 early Monday.",
            "A truck overturned on Interstate 95 on Monday morning.",
        )],
    );
    // An aircraft's model is a code of another thing: still a number flag, no place.
    let (a, b) = ("The A380 landed safely.", "The A320 landed safely.");
    no_flag_either(DiscrepancyKind::Place, &[(a, b)]);
    one_flag(a, b, "A380", "A320", false);
}

#[test]
fn a_road_closed_against_reopened_in_six_languages() {
    for (a, b, ta, tb) in [
        (
            "Dopo l'incidente la strada è stata interrotta.",
            "Dopo l'incidente la strada è stata riaperta.",
            "interrotta",
            "riaperta",
        ),
        (
            "Nach dem Unfall wurde die Straße gesperrt.",
            "Nach dem Unfall wurde die Straße wieder freigegeben.",
            "gesperrt",
            "freigegeben",
        ),
        (
            "Tras el accidente la carretera fue cortada.",
            "Tras el accidente la carretera fue reabierta.",
            "cortada",
            "reabierta",
        ),
        (
            "Après l'accident la route a été fermée.",
            "Après l'accident la route a été rouverte.",
            "fermée",
            "rouverte",
        ),
        (
            "After the crash the road was closed.",
            "After the crash the road was reopened.",
            "closed",
            "reopened",
        ),
        (
            "Após o acidente a estrada foi interditada.",
            "Após o acidente a estrada foi reaberta.",
            "interditada",
            "reaberta",
        ),
    ] {
        has_flag_each_way(DiscrepancyKind::Outcome, a, b, ta, tb);
    }
    // Closed, then reopened, told on one side: the other's reopening agrees. So does a
    // closure told with its span of time ("interrotta per ore": over, the road reopened;
    // trial 36 F13.2, `outcome/states.rs` `closed_then_reopened`).
    no_flag_either(
        DiscrepancyKind::Outcome,
        &[
            (
                "The road was closed on Monday and reopened on Tuesday.",
                "The road was reopened on Tuesday.",
            ),
            (
                "Dopo l'incidente la strada è stata interrotta per ore.",
                "Dopo l'incidente la strada è stata riaperta.",
            ),
        ],
    );
}

#[test]
fn the_critically_injured_are_counted_as_the_injured() {
    one_flag(
        "Two people are in critical condition after the crash.",
        "Three are critically injured after the crash.",
        "Two people",
        "Three",
        false,
    );
    one_flag(
        "Dos personas se encuentran en estado crítico.",
        "Tres personas resultaron heridas de gravedad.",
        "Dos personas",
        "Tres personas",
        false,
    );
    // Another toll: two in critical condition and three dead are two counts.
    no_flag_either(
        DiscrepancyKind::Number,
        &[
            (
                "Two people are in critical condition after the crash.",
                "Three people died in the crash.",
            ),
            (
                "Two people are in critical condition after the crash.",
                "Two were critically injured in the crash.",
            ),
        ],
    );
}

#[test]
fn hasta_after_a_change_is_the_level_reached_not_a_bound() {
    // "creció un 9%, hasta 6.400 millones": rose 9% to 6.4 billion, a figure; against
    // another figure of the margin, the solid flag.
    one_flag(
        "El margen de intereses creció un 9%, hasta 6.400 millones de euros.",
        "El margen de intereses alcanzó los 2.300 millones de euros.",
        "hasta 6.400 millones de euros",
        "2.300 millones de euros",
        false,
    );
    // "up to" with no change before it is a bound: the softer kind.
    one_flag(
        "El fraude podría costar hasta 6.400 millones de euros.",
        "El fraude podría costar 2.300 millones de euros.",
        "hasta 6.400 millones de euros",
        "2.300 millones de euros",
        true,
    );
}

#[test]
fn a_role_told_with_an_indefinite_article_is_a_speaker() {
    for (a, b, ta, tb) in [
        (
            "\"L'incendio è sotto controllo\", ha detto il sindaco.",
            "\"L'incendio è sotto controllo\", ha detto un residente.",
            "sindaco",
            "residente",
        ),
        (
            "\"Das Feuer ist unter Kontrolle\", sagte der Bürgermeister.",
            "\"Das Feuer ist unter Kontrolle\", sagte ein Anwohner.",
            "Bürgermeister",
            "Anwohner",
        ),
        (
            "« Le feu est maîtrisé », a déclaré le maire.",
            "« Le feu est maîtrisé », a déclaré un habitant.",
            "maire",
            "habitant",
        ),
        (
            "\"El fuego está controlado\", dijo el alcalde.",
            "\"El fuego está controlado\", dijo un vecino.",
            "alcalde",
            "vecino",
        ),
        (
            "\"O fogo está controlado\", disse o prefeito.",
            "\"O fogo está controlado\", disse um morador.",
            "prefeito",
            "morador",
        ),
    ] {
        has_flag_each_way(DiscrepancyKind::Speaker, a, b, ta, tb);
    }
    // The same role on both sides.
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[(
            "\"L'incendio è sotto controllo\", ha detto un residente.",
            "L'incendio è sotto controllo, ha detto un residente.",
        )],
    );
}

#[test]
fn a_german_role_before_a_name_after_a_comma_names_the_speaker() {
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "Laut einem Sprecher der Stadt Köln, Hans Müller, ist das Feuer gelöscht.",
        "Laut Peter Schmidt ist das Feuer gelöscht.",
        "Hans Müller",
        "Peter Schmidt",
    );
    // The named speaker told by the other side: no flag.
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[(
            "Laut einem Sprecher der Stadt Köln, Hans Müller, ist das Feuer gelöscht.",
            "Laut Hans Müller ist das Feuer gelöscht.",
        )],
    );
    // Every case form of the indefinite article, the genitive too (the lexicon's list).
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "Laut eines Sprechers der Stadt Köln, Hans Müller, ist das Feuer gelöscht.",
        "Laut Peter Schmidt ist das Feuer gelöscht.",
        "Hans Müller",
        "Peter Schmidt",
    );
}

#[test]
fn bail_granted_or_denied_to_someone_is_an_outcome() {
    for (a, b) in [
        (
            "The court granted bail to the minister on Friday.",
            "The court denied bail to the minister on Friday.",
        ),
        (
            "The court granted the minister bail on Friday.",
            "The court denied the minister bail on Friday.",
        ),
    ] {
        has_flag_each_way(DiscrepancyKind::Outcome, a, b, "granted", "denied");
    }
}

#[test]
fn a_german_noun_after_in_or_a_direction_is_no_place() {
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "Die Verletzten wurden in umliegende Kliniken gebracht.",
                "Die Verletzten wurden in Hamburg behandelt.",
            ),
            (
                "Die Verletzten wurden in Kliniken gebracht.",
                "Die Verletzten wurden in Hamburg behandelt.",
            ),
            (
                "Die Verletzten wurden in Krankenhäusern behandelt.",
                "Die Verletzten wurden in Hamburg behandelt.",
            ),
            (
                "Die Bewohner des Hauses sind nach Angaben der Polizei in Sicherheit.",
                "Die Bewohner des Hauses sind nach Angaben der Polizei in Hamburg.",
            ),
            (
                "Das Auto geriet in Brand.",
                "Das Auto geriet in Hamburg in Brand.",
            ),
            (
                "Der Zug war in Richtung Österreich unterwegs.",
                "Der Zug war in Hamburg unterwegs.",
            ),
            (
                "Le train roulait en direction de Lyon.",
                "Le train roulait à Paris.",
            ),
            (
                "Il treno viaggiava in direzione di Milano.",
                "Il treno viaggiava a Roma.",
            ),
        ],
    );
    // A place the gazetteer knows, or a name of two words, is still read.
    for (a, b, ta, tb, soft) in [
        (
            "Der Unfall ereignete sich in Köln.",
            "Der Unfall ereignete sich in Hamburg.",
            "Köln",
            "Hamburg",
            false,
        ),
        (
            "Der Unfall ereignete sich in Passau.",
            "Der Unfall ereignete sich in Deggendorf.",
            "Passau",
            "Deggendorf",
            true,
        ),
        (
            "Der Unfall ereignete sich in Bad Kissingen.",
            "Der Unfall ereignete sich in Hamburg.",
            "Bad Kissingen",
            "Hamburg",
            true,
        ),
        (
            "Le train roulait à Lyon.",
            "Le train roulait à Paris.",
            "Lyon",
            "Paris",
            false,
        ),
    ] {
        assert_eq!(
            flags_of(DiscrepancyKind::Place, a, b),
            vec![(ta.to_string(), tb.to_string(), soft)],
            "{a} / {b}"
        );
    }
}

#[test]
fn a_place_a_storm_swept_through_is_a_place() {
    one_flag_of(
        DiscrepancyKind::Place,
        "The storm swept through Florida on Monday.",
        "The storm swept through Ohio on Monday.",
        "Florida",
        "Ohio",
        false,
    );
    // Someone's way across an area is no place of the fact ("barreled across the
    // Demilitarized Zone" / "defect at Panmunjom", which lies in it).
    no_flag_either(
        DiscrepancyKind::Place,
        &[(
            "It is very rare for the North's troops to defect at Panmunjom.",
            "A soldier barreled across the Demilitarized Zone in a truck.",
        )],
    );
    // A town the gazetteer does not know: the softer kind.
    one_flag_of(
        DiscrepancyKind::Place,
        "The tornado tore through Moore on Monday.",
        "The tornado tore through Joplin on Monday.",
        "Moore",
        "Joplin",
        true,
    );
}
