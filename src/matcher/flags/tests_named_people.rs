//! Tests of the person flags by name (`named.rs`, trial 22 F10): a different named person
//! in the same slot of the fact.

use super::test_util::{flags_of, no_flag_either};
use super::*;

/// The person flags of `a` / `b`: (a text, b text).
fn person(a: &str, b: &str) -> Vec<(String, String)> {
    flags_of(DiscrepancyKind::Person, a, b)
        .into_iter()
        .map(|(x, y, _)| (x, y))
        .collect()
}

#[test]
fn a_different_named_person_in_one_slot_differs() {
    for (a, b, ta, tb) in [
        (
            "Police arrested Peter Walsh on Monday.",
            "Police arrested Gareth Price on Monday.",
            "Peter Walsh",
            "Gareth Price",
        ),
        (
            "The judge jailed Peter Walsh for four years.",
            "The judge jailed Gareth Price for four years.",
            "Peter Walsh",
            "Gareth Price",
        ),
        (
            "The victim was named as Maria Lopez.",
            "The victim was named as Ana Torres.",
            "Maria Lopez",
            "Ana Torres",
        ),
        (
            "Maria Lopez, 34, died at the scene.",
            "Ana Torres, 34, died at the scene.",
            "Maria Lopez",
            "Ana Torres",
        ),
        (
            "Police arrested Piet Bakker on Monday.",
            "Police arrested Dirk Bakker on Monday.",
            "Piet Bakker",
            "Dirk Bakker",
        ),
        (
            "Real Madrid signed Kylian Mbappe.",
            "Real Madrid signed Erling Haaland.",
            "Kylian Mbappe",
            "Erling Haaland",
        ),
        (
            "La police a arrêté Jean Dupont lundi.",
            "La police a arrêté Claire Martin lundi.",
            "Jean Dupont",
            "Claire Martin",
        ),
        (
            "Die Polizei nahm Hans Müller am Montag fest.",
            "Die Polizei nahm Peter Schmidt am Montag fest.",
            "Hans Müller",
            "Peter Schmidt",
        ),
    ] {
        assert_eq!(person(a, b), vec![(ta.into(), tb.into())], "{a} / {b}");
        assert_eq!(person(b, a), vec![(tb.into(), ta.into())], "{b} / {a}");
    }
}

#[test]
fn one_person_two_facts_places_bodies_and_speakers_do_not_flag() {
    no_flag_either(
        DiscrepancyKind::Person,
        &[
            // Speakers swapped: the speaker flag's, not a person flag as well.
            (
                "Ana Ruiz said Tom Kerr was wrong.",
                "Tom Kerr said Ana Ruiz was wrong.",
            ),
            // One person named two ways.
            (
                "Police arrested Peter Walsh on Monday.",
                "Police arrested Mr Walsh on Monday.",
            ),
            (
                "Police arrested José Núñez on Monday.",
                "Police arrested Jose Nunez on Monday.",
            ),
            (
                "Police arrested Peter Walsh on Monday.",
                "Police arrested Walsh on Monday.",
            ),
            // A name and a pronoun or a noun.
            (
                "Police arrested Peter Walsh on Monday.",
                "Police arrested him on Monday.",
            ),
            (
                "Police arrested Peter Walsh on Monday.",
                "Police arrested a man on Monday.",
            ),
            // Places and bodies.
            (
                "The fire broke out in New York on Monday.",
                "The fire broke out in Los Angeles on Monday.",
            ),
            (
                "Officers from West Yorkshire Police attended.",
                "Officers from Avon Fire Service attended.",
            ),
            // Speakers: the speaker flag covers them.
            (
                "David Holt said the fire was under control.",
                "Sarah Greene said the fire was under control.",
            ),
            // Two people of two facts: each is in the other sentence.
            (
                "Peter Walsh was arrested and Gareth Price was released.",
                "Gareth Price was arrested and Peter Walsh was released.",
            ),
            // Two people told of other things.
            (
                "Peter Walsh was jailed for four years.",
                "The court heard that Gareth Price had fled abroad.",
            ),
        ],
    );
}

#[test]
fn a_surname_alone_as_the_subject_before_a_past_verb_is_a_person() {
    // Trial 22: "Walsh used the money ..." / "Price used the money ..." (the full names told
    // earlier in the articles) got no person flag.
    assert_eq!(
        person(
            "Walsh used the money to pay for holidays.",
            "Price used the money to pay for holidays."
        ),
        vec![("Walsh".to_string(), "Price".to_string())]
    );
    assert_eq!(
        person(
            "Williams died peacefully in her sleep on Thursday.",
            "Page died in a Los Angeles hospital on Thursday."
        ),
        vec![("Williams".to_string(), "Page".to_string())]
    );
    // One person told by surname and full name: no flag.
    no_flag_either(
        DiscrepancyKind::Person,
        &[(
            "Walsh used the money to pay for holidays.",
            "Peter Walsh used the money to pay for holidays.",
        )],
    );
    // Not a surname: a group ("Rescuers", "Negotiators"), a word before a noun ("Saddam
    // loyalists" / "Hussein loyalists", "Video replays" / "Television replays": no verb
    // after it), a known place ("Chile"), an organisation's word ("Police").
    no_flag_either(
        DiscrepancyKind::Person,
        &[
            (
                "Rescuers used cranes to lift the rubble.",
                "Firefighters used cranes to lift the rubble.",
            ),
            (
                "Negotiators talked with the boy for an hour.",
                "Officers talked with the boy for an hour.",
            ),
            (
                "Saddam loyalists have been blamed for the attacks.",
                "Hussein loyalists have been blamed for the attacks.",
            ),
            (
                "Video replays suggested the ball had hit the ground.",
                "Television replays suggested the ball had hit the ground.",
            ),
            (
                "Chile declared a state of emergency.",
                "Peru declared a state of emergency.",
            ),
            (
                "Police arrested the driver.",
                "Witnesses arrested the driver.",
            ),
        ],
    );
}

/// Trial 39 N6: another person in one role ("Judge Helen Marsh" / "Judge Alan Reid", "Il
/// sindaco Rossi" / "Il sindaco Bianchi", "der Richter Müller" / "der Richter Schmidt") or
/// as the object of one verb ("verurteilte Müller" / "verurteilte Schmidt") is flagged, in
/// English, Italian, German, Spanish and French.
#[test]
fn another_person_in_one_role_or_as_one_verbs_object_differs() {
    for (a, b, ta, tb) in [
        (
            "Whitford was sentenced to eight years by Judge Helen Marsh on Thursday.",
            "Whitford was sentenced to eight years by Judge Alan Reid on Thursday.",
            "Judge Helen Marsh",
            "Judge Alan Reid",
        ),
        (
            "Il sindaco Rossi è stato condannato a otto anni, ha detto il giudice.",
            "Il sindaco Bianchi è stato condannato a otto anni, ha detto il giudice.",
            "Rossi",
            "Bianchi",
        ),
        (
            "Das Gericht verurteilte Müller am Donnerstag zu acht Jahren Haft.",
            "Das Gericht verurteilte Schmidt am Donnerstag zu acht Jahren Haft.",
            "Müller",
            "Schmidt",
        ),
        (
            "Police arrested Walsh on Monday.",
            "Police arrested Price on Monday.",
            "Walsh",
            "Price",
        ),
        (
            "Il tribunale ha condannato Rossi a otto anni.",
            "Il tribunale ha condannato Bianchi a otto anni.",
            "Rossi",
            "Bianchi",
        ),
        (
            "El juez Pedraz envió a prisión al acusado.",
            "El juez Marchena envió a prisión al acusado.",
            "Pedraz",
            "Marchena",
        ),
        (
            "Le maire Dupont a été condamné à huit ans de prison.",
            "Le maire Lefebvre a été condamné à huit ans de prison.",
            "Dupont",
            "Lefebvre",
        ),
    ] {
        assert_eq!(
            person(a, b),
            vec![(ta.to_string(), tb.to_string())],
            "{a} / {b}"
        );
        assert_eq!(
            person(b, a),
            vec![(tb.to_string(), ta.to_string())],
            "{b} / {a}"
        );
    }
}

/// Near cases of trial 39 N6 that must not flag: one judge named in full and by surname,
/// a role against a named holder, two people named on both sides, a noun after a verb.
#[test]
fn one_person_in_one_role_or_a_noun_after_a_verb_does_not_flag() {
    no_flag_either(
        DiscrepancyKind::Person,
        &[
            (
                "Whitford was sentenced by Judge Helen Marsh on Thursday.",
                "Whitford was sentenced by Marsh on Thursday.",
            ),
            (
                "Whitford was sentenced by Judge Helen Marsh on Thursday.",
                "Whitford was sentenced by Judge Marsh on Thursday.",
            ),
            (
                "Whitford was sentenced by the judge on Thursday.",
                "Whitford was sentenced by Judge Marsh on Thursday.",
            ),
            (
                "Il sindaco Rossi è stato condannato a otto anni.",
                "Il sindaco è stato condannato a otto anni.",
            ),
            // Two people named on both sides.
            (
                "Judge Helen Marsh sentenced Whitford and Judge Alan Reid sentenced Price.",
                "Judge Alan Reid sentenced Whitford and Judge Helen Marsh sentenced Price.",
            ),
            (
                "Das Gericht verurteilte Müller und Schmidt am Donnerstag.",
                "Das Gericht verurteilte Schmidt und Müller am Donnerstag.",
            ),
            // A German noun after a verb, not a surname.
            (
                "Die Polizei fand Munition im Keller.",
                "Die Polizei fand Sprengstoff im Keller.",
            ),
            (
                "Das Gericht ordnete Untersuchungshaft an.",
                "Das Gericht ordnete Sicherheitsverwahrung an.",
            ),
            // An adjective after an article before a German noun.
            (
                "Das Gericht hörte die erste Zeugin am Montag.",
                "Das Gericht hörte die erste Gutachterin am Montag.",
            ),
            // A noun before a name: the facility's ("all'ospedale Maggiore"), a place's.
            (
                "I feriti sono stati portati all'ospedale Maggiore.",
                "I feriti sono stati portati all'ospedale Niguarda.",
            ),
            // Found on the development pairs (flag_counts): a short given name, a title
            // after a noun ("surgeon general: MacArthur", "Surgeon General"), one role of
            // two facts, a verb's object against a name told elsewhere.
            (
                "President Vlad Putin backed the party for the first time last week.",
                "President Vladimir Putin backed the party for the first time on Saturday.",
            ),
            (
                "Obama nominates new surgeon general: MacArthur fellow Regina Benjamin",
                "President Obama Announces Nominee for Surgeon General",
            ),
            (
                "Critics said former President Donald Trump may have pressured the commission.",
                "Judge Boasberg was appointed to his current post by President Barack Obama.",
            ),
            (
                "Lohan skipped entering a Newport Beach rehabilitation facility.",
                "The actress has entered Promises for undisclosed reasons.",
            ),
            // Two verbs: two facts.
            (
                "Police arrested Walsh on Monday.",
                "Police released Price on Monday.",
            ),
        ],
    );
}
