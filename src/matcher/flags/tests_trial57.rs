//! Tests of trial 57's faults (a coach crash on an Alpine pass told in English, German and
//! Spanish; session 54): approximate collective counts ("una veintena",
//! `lexicon::approximate_counts`, `numbers/verdict.rs`), German compounds counted by
//! their head (`numbers/compound_head.rs`), one accident's times told with other verbs
//! (`lexicon::accident_verbs`, `anchor.rs`) and how far "around" reaches
//! (`dates/rough.rs`), and places that are not where the event happened: a German set
//! phrase, an embassy's country and seat, where people came from (`places/away.rs`), and
//! landforms read as people (`lexicon::landforms`).

use super::test_util::{
    no_flag, no_flag_either, no_number_flag, number_flags, one_flag_each, one_flag_of,
};
use super::DiscrepancyKind;

#[test]
fn approximate_collective_counts_are_read_in_seven_languages() {
    // Trial 57: the tester's pair had no flag (0.997).
    for (a, b) in [
        (
            "Una veintena de personas resultaron heridas.",
            "32 personas resultaron heridas.",
        ),
        (
            "Uma vintena de pessoas ficaram feridas.",
            "32 pessoas ficaram feridas.",
        ),
        (
            "Une vingtaine de personnes ont été blessées.",
            "32 personnes ont été blessées.",
        ),
        (
            "Una ventina di persone sono rimaste ferite.",
            "32 persone sono rimaste ferite.",
        ),
        (
            "Rund zwei Dutzend Menschen wurden verletzt.",
            "32 Menschen wurden verletzt.",
        ),
        (
            "About two dozen people were injured.",
            "32 people were injured.",
        ),
        (
            "Een twintigtal mensen raakte gewond.",
            "32 mensen raakten gewond.",
        ),
    ] {
        let f = number_flags(a, b);
        assert_eq!(f.len(), 1, "{a} / {b}: {f:?}");
        assert!(
            f[0].2,
            "a vague count within half to twice: the softer kind: {f:?}"
        );
    }
    // Beyond twice the collective: the solid kind.
    for (a, b) in [
        (
            "Una veintena de personas resultaron heridas.",
            "200 personas resultaron heridas.",
        ),
        ("A dozen people were injured.", "32 people were injured."),
        (
            "Een tiental mensen raakte gewond.",
            "32 mensen raakten gewond.",
        ),
        // "Half a dozen" is six, no collective; "two dozen" alone is 24 (trial 27), "more
        // than a dozen" a bound.
        (
            "Half a dozen people were injured.",
            "8 people were injured.",
        ),
        ("Two dozen people were injured.", "32 people were injured."),
        (
            "More than a dozen people were injured.",
            "Eight people were injured.",
        ),
    ] {
        let f = number_flags(a, b);
        assert_eq!(f.len(), 1, "{a} / {b}: {f:?}");
        assert!(!f[0].2, "{a} / {b}: {f:?}");
    }
}

#[test]
fn a_collective_count_agrees_with_its_own_figure() {
    no_number_flag(
        "Una veintena de personas resultaron heridas.",
        "20 personas resultaron heridas.",
    );
    no_number_flag(
        "Uma dezena de pessoas ficaram feridas.",
        "Dez pessoas ficaram feridas.",
    );
    no_number_flag(
        "Een tiental mensen raakte gewond.",
        "Tien mensen raakten gewond.",
    );
    // "la primera quincena de agosto" is a fortnight, no count; a quarantine neither.
    no_number_flag(
        "El autocar salió en la primera quincena de agosto.",
        "El autocar salió con 15 pasajeros.",
    );
    no_number_flag(
        "Los pasajeros pasaron una cuarentena de diez días.",
        "Los pasajeros pasaron diez días aislados.",
    );
}

#[test]
fn a_german_compound_is_counted_by_its_head() {
    // Trial 57: no flag (0.935); plain "Hubschrauber" was flagged.
    let f = number_flags(
        "Vier Notarzthubschrauber waren im Einsatz.",
        "Drei Rettungshubschrauber waren im Einsatz.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(!f[0].2, "{f:?}");
    for (a, b) in [
        (
            "Vier Hubschrauber waren im Einsatz.",
            "Drei Rettungshubschrauber waren im Einsatz.",
        ),
        (
            "Vier Löschfahrzeuge waren im Einsatz.",
            "Drei Einsatzfahrzeuge waren im Einsatz.",
        ),
        (
            "Vier reddingshelikopters waren ter plaatse.",
            "Drie traumahelikopters waren ter plaatse.",
        ),
    ] {
        assert_eq!(number_flags(a, b).len(), 1, "{a} / {b}");
    }
}

#[test]
fn nouns_sharing_a_short_end_or_agreeing_counts_give_no_flag() {
    no_number_flag(
        "Vier Notarzthubschrauber waren im Einsatz.",
        "Vier Rettungshubschrauber waren im Einsatz.",
    );
    // "Touristen" / "Polizisten", "Demonstranten" / "Migranten": no head shared.
    no_number_flag(
        "Vier Touristen waren im Bus.",
        "Drei Polizisten waren im Bus.",
    );
    no_number_flag(
        "Vier Demonstranten standen vor dem Haus.",
        "Drei Migranten standen vor dem Haus.",
    );
}

#[test]
fn one_accidents_times_told_with_other_verbs_differ() {
    // Trial 57: 0.421 and 0.696, no flag.
    let pairs = [
        (
            "The coach left the road at 9:15 a.m.",
            "The crash happened at 9:40 a.m.",
        ),
        (
            "The coach crashed at 9:15 a.m.",
            "The accident happened at 9:40 a.m.",
        ),
        (
            "El autocar se salió de la calzada a las 9.15 horas.",
            "El accidente ocurrió a las 9.40 horas.",
        ),
        (
            "Der Bus ist gegen 9.15 Uhr von der Straße abgekommen.",
            "Der Unfall ereignete sich gegen 9.40 Uhr.",
        ),
    ];
    for (f, (a, b)) in one_flag_each(DiscrepancyKind::Date, &pairs)
        .iter()
        .zip(pairs)
    {
        assert!(!f.2, "{a} / {b}: {f:?}");
    }
}

#[test]
fn times_of_other_acts_than_the_accident_are_not_compared() {
    no_flag_either(
        DiscrepancyKind::Date,
        &[
            (
                "The crash happened at 9:15 a.m.",
                "Rescuers arrived at the scene of the accident at 9:40 a.m.",
            ),
            (
                "The coach left the hotel at 9:15 a.m.",
                "The crash happened at 9:40 a.m.",
            ),
            (
                "The coach crashed at 9:15 a.m.",
                "The accident happened at 9:15 a.m.",
            ),
        ],
    );
}

#[test]
fn around_reaches_as_far_as_its_figure_is_round() {
    // Trial 57: 25 minutes apart with "around" were only dashed.
    for (a, b, ta, tb) in [
        (
            "The crash happened at 9:15 a.m.",
            "The crash happened at around 9:40 a.m.",
            "9:15 a.m.",
            "9:40 a.m.",
        ),
        (
            "Der Unfall ereignete sich gegen 9.15 Uhr.",
            "Der Unfall ereignete sich gegen 9.40 Uhr.",
            "9.15 Uhr",
            "9.40 Uhr",
        ),
    ] {
        one_flag_of(DiscrepancyKind::Date, a, b, ta, tb, false);
    }
    // Within the reach: the softer kind, or none.
    one_flag_of(
        DiscrepancyKind::Date,
        "The crash happened at 9:15 a.m.",
        "The crash happened at around 9:25 a.m.",
        "9:15 a.m.",
        "9:25 a.m.",
        true,
    );
    no_flag(
        DiscrepancyKind::Date,
        "The crash happened at 9:20 a.m.",
        "The crash happened at around 9:25 a.m.",
    );
}

#[test]
fn a_german_set_phrase_after_in_is_no_place() {
    // Trial 57: "~place: Vienna ≠ Auftrag".
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "Spain's Foreign Ministry sent consular staff from its embassy in Vienna to Innsbruck.",
                "Die Staatsanwaltschaft Innsbruck hat ein Gutachten in Auftrag gegeben.",
            ),
            (
                "The prosecutor was appointed in Vienna.",
                "Die Staatsanwaltschaft hat die Ermittlungen in Gang gesetzt.",
            ),
        ],
    );
    // A town after "in" is still read.
    one_flag_of(
        DiscrepancyKind::Place,
        "Das Gutachten wurde in Passau erstellt.",
        "The report was written in Vienna.",
        "Passau",
        "Vienna",
        true,
    );
}

#[test]
fn an_embassys_country_and_seat_are_no_places_of_the_event() {
    // Trial 57: "place: Austria ≠ España", "place: Vienna ≠ España".
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "The coach plunged off a road in western Austria, killing seven people.",
                "El Ministerio de Asuntos Exteriores ha desplazado a personal de la embajada de España en Viena.",
            ),
            (
                "Spain's Foreign Ministry sent consular staff from its embassy in Vienna to Innsbruck.",
                "El Ministerio de Asuntos Exteriores ha desplazado a Innsbruck a personal de la embajada de España en Viena.",
            ),
            (
                "The Spanish embassy in Vienna sent staff.",
                "The coach crashed in Austria.",
            ),
        ],
    );
    // Where the event happened is still read.
    one_flag_of(
        DiscrepancyKind::Place,
        "El autocar se estrelló en España.",
        "The coach crashed in Austria.",
        "España",
        "Austria",
        false,
    );
}

#[test]
fn where_people_came_from_is_no_place_of_the_event() {
    // Trial 57: "~place: Nassereith ≠ Valladolid".
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "The coach left the road above the village of Nassereith.",
                "The pensioners came from a town near Valladolid.",
            ),
            (
                "The coach left the road on a sharp bend above the village of Nassereith.",
                "Most of the pensioners came from Medina del Campo, a town near Valladolid.",
            ),
            (
                "The coach left the road near Nassereith.",
                "Los jubilados, procedentes de Valladolid, viajaban por Austria.",
            ),
        ],
    );
    // The place of an act after "from" ("Police from Innsbruck arrived at the scene in
    // Nassereith") is still the event's.
    one_flag_of(
        DiscrepancyKind::Place,
        "Police from Innsbruck arrived at the scene in Nassereith.",
        "Police arrived at the scene in Imst.",
        "Nassereith",
        "Imst",
        true,
    );
    one_flag_of(
        DiscrepancyKind::Place,
        "The coach left the road near Nassereith.",
        "The coach left the road near Valladolid.",
        "Nassereith",
        "Valladolid",
        true,
    );
}

#[test]
fn a_pass_or_a_mountain_range_is_no_person() {
    // Trial 57: person flags "Fern Pass ≠ Italian Dolomites", "Fern Pass ≠ Gotthard Pass".
    no_flag_either(
        DiscrepancyKind::Person,
        &[
            (
                "The coach plunged off the road on the Fern Pass.",
                "Last year a coach came off a road in the Italian Dolomites.",
            ),
            (
                "The coach plunged off the Fern Pass road in Austria.",
                "The coach plunged off the Gotthard Pass road in Switzerland.",
            ),
            (
                "The coach plunged off the road on the Fern Pass.",
                "The coach plunged off the road on the Arlberg Pass.",
            ),
        ],
    );
    // Two people in one slot are still told apart.
    one_flag_of(
        DiscrepancyKind::Person,
        "Police arrested Peter Walsh on Monday.",
        "Police arrested Gareth Price on Monday.",
        "Peter Walsh",
        "Gareth Price",
        false,
    );
}
