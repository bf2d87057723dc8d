//! Flags of trial 49 (a ransomware attack on a Dutch hospital group, by kind): a count told
//! with a synonym noun is compared ("120 operations" / "200 surgeries", F4); a nationality
//! before a facility's noun describes the facility and names none ("a Dutch hospital",
//! F3); two times of one discovery told by two verbs are compared ("detected at around 3
//! a.m." / "discovered shortly after 5 a.m.", F5); a live blog's posting time is no time
//! of what the post tells, and a place's "The" is shown with it ("The Hague", F7).

use super::test_util::{flags_of, has_flag, no_flag, no_flag_either, number_flags};
use crate::matcher::DiscrepancyKind::{Date, Place};

/// Asserts one solid number flag on `a` / `b` whose two texts hold `ta` and `tb`, both
/// ways round.
#[track_caller]
fn solid_count_flag(a: &str, b: &str, ta: &str, tb: &str) {
    for (x, y, tx, ty) in [(a, b, ta, tb), (b, a, tb, ta)] {
        let f = number_flags(x, y);
        assert!(
            f.len() == 1 && f[0].0.contains(tx) && f[0].1.contains(ty) && !f[0].2,
            "{x} / {y}: {f:?}"
        );
    }
}

#[test]
fn a_count_told_with_a_synonym_noun_is_compared() {
    // Trial 49 F4, as written.
    solid_count_flag(
        "The attack forced the hospitals to postpone about 120 planned operations, the group said.",
        "The attack forced the hospitals to call off more than 200 scheduled surgeries, the group said.",
        "120 planned operations",
        "200 scheduled surgeries",
    );
    for (a, b) in [
        (
            "The attack forced the hospitals to postpone 120 operations, the group said.",
            "The attack forced the hospitals to postpone 200 surgeries, the group said.",
        ),
        (
            "About 120 operations were postponed, the group said.",
            "About 200 procedures were postponed, the group said.",
        ),
        (
            "Les hôpitaux ont dû reporter 120 opérations.",
            "Les hôpitaux ont dû reporter 200 interventions.",
        ),
        (
            "Die Kliniken mussten 120 Operationen verschieben.",
            "Die Kliniken mussten 200 Eingriffe verschieben.",
        ),
        (
            "Los hospitales aplazaron 120 operaciones.",
            "Los hospitales aplazaron 200 cirugías.",
        ),
        (
            "Gli ospedali hanno rinviato 120 operazioni.",
            "Gli ospedali hanno rinviato 200 interventi.",
        ),
        (
            "Os hospitais adiaram 120 cirurgias.",
            "Os hospitais adiaram 200 operações.",
        ),
        (
            "De ziekenhuizen moesten 120 operaties uitstellen.",
            "De ziekenhuizen moesten 200 ingrepen uitstellen.",
        ),
        (
            "The hospital sent 40 doctors to the scene.",
            "The hospital sent 45 physicians to the scene.",
        ),
    ] {
        let f = number_flags(a, b);
        assert_eq!(f.len(), 1, "{a} / {b}: {f:?}");
        assert_eq!(number_flags(b, a).len(), 1, "{b} / {a}");
    }
    // The same count told by two nouns agrees; two things a hospital counts are two counts.
    for (a, b) in [
        (
            "The attack forced the hospitals to postpone 120 operations, the group said.",
            "The attack forced the hospitals to postpone 120 surgeries, the group said.",
        ),
        (
            "The attack forced the hospitals to postpone 120 operations, the group said.",
            "The attack forced the hospitals to postpone 200 appointments, the group said.",
        ),
        (
            "About 120 operations were postponed, the group said.",
            "About 200 consultations were postponed, the group said.",
        ),
    ] {
        assert_eq!(number_flags(a, b), vec![], "{a} / {b}");
        assert_eq!(number_flags(b, a), vec![], "{b} / {a}");
    }
}

#[test]
fn a_nationality_before_a_facility_describes_it_and_names_none() {
    // Trial 49 F3, as written, and the same kind with other nationalities and facilities.
    no_flag_either(
        Place,
        &[
            (
                "Hackers attacked Amstelland Hospital on Monday, police said.",
                "Hackers attacked a Dutch hospital on Monday, police said.",
            ),
            (
                "A ransomware attack shut down the computer systems of Amstelland Hospital Group on Monday, the group said.",
                "Hackers crippled the computer network of a Dutch hospital group on Monday, the group said.",
            ),
            (
                "The fire broke out at Jean Moulin School on Monday.",
                "The fire broke out at a French school on Monday.",
            ),
            (
                "The bomb threat closed Lindenberg Station on Monday.",
                "The bomb threat closed a German station on Monday.",
            ),
        ],
    );
    // Two named hospitals still differ; a town's hospital against a hospital named in
    // that town is none.
    has_flag(
        Place,
        "Hackers attacked Amstelland Hospital on Monday, police said.",
        "Hackers attacked St Lucas Hospital on Monday, police said.",
        "Amstelland Hospital",
        "St Lucas Hospital",
    );
    no_flag_either(
        Place,
        &[(
            "Hackers attacked St Lucas Hospital in Amsterdam on Monday, police said.",
            "Hackers attacked an Amsterdam hospital on Monday, police said.",
        )],
    );
}

/// Whether `a` / `b` carry a date flag whose two texts hold `ta` and `tb` (also read by
/// `tests_trial49_rest.rs`).
pub(super) fn date_flag(a: &str, b: &str, ta: &str, tb: &str) -> bool {
    flags_of(Date, a, b)
        .iter()
        .any(|(x, y, _)| x.contains(ta) && y.contains(tb))
}

#[test]
fn two_times_of_one_discovery_told_by_two_verbs_are_compared() {
    // Trial 49 F5, as written: the clause goes on after the time, or a day follows it.
    for (a, b) in [
        (
            "The attack was detected at around 3 a.m., when staff at the group's hospital in Amstelveen found they could no longer open electronic patient records.",
            "The Amstelland Hospital Group said the intrusion was discovered shortly after 5 a.m. in Amstelveen, south of Amsterdam, when nurses were locked out of the digital files of their patients.",
        ),
        (
            "The attack was detected at around 3 a.m., when staff found they could no longer open patient records.",
            "The group said the intrusion was discovered shortly after 5 a.m., when nurses were locked out of patient files.",
        ),
        (
            "The attack was detected at around 3 a.m. on Monday.",
            "The group said the intrusion was discovered shortly after 5 a.m. on Monday.",
        ),
        (
            "L'attaque a été détectée vers 3 heures.",
            "L'intrusion a été découverte vers 5 heures.",
        ),
        (
            "El ataque fue detectado hacia las 3.00 horas.",
            "La intrusión fue descubierta hacia las 5.00 horas.",
        ),
    ] {
        assert!(date_flag(a, b, "3", "5"), "{a} / {b}: {:?}", flags_of(Date, a, b));
        assert!(date_flag(b, a, "5", "3"), "{b} / {a}");
    }
    // The times of two facts told by other verbs are not compared.
    no_flag_either(
        Date,
        &[(
            "The man was last seen at around 3 a.m. on Monday.",
            "His body was discovered shortly after 5 a.m. on Monday.",
        )],
    );
}

#[test]
fn a_live_blog_posting_time_is_no_time_of_the_post() {
    // Trial 49 F7, as written.
    no_flag_either(
        Date,
        &[
            (
                "08:40 – A spokesman confirms all three hospitals are affected.",
                "The attack was detected at around 3 a.m., when staff found they could no longer open patient records.",
            ),
            (
                "11:30 – The attack was detected at around 3 a.m., police say.",
                "The attack was detected at around 3 a.m., police said.",
            ),
            (
                "Tuesday 12:02 — CEO Marieke de Vries says the group will not pay the ransom.",
                "At 3 a.m. on Tuesday the attack was detected, police said.",
            ),
        ],
    );
    // A time told in the post is compared; so is one that opens a sentence with no dash.
    assert!(date_flag(
        "16:20 – The attack was detected at around 3 a.m. in Amstelveen, police say.",
        "The attack was detected shortly after 5 a.m. in Amstelveen, police said.",
        "3",
        "5",
    ));
    assert!(date_flag(
        "At 08:40 the attack was detected in Amstelveen, police say.",
        "At 11:30 the attack was detected in Amstelveen, police said.",
        "08:40",
        "11:30",
    ));
}

#[test]
fn a_place_is_shown_with_the_the_of_its_name() {
    // Trial 49 F7: "Amstelveen ≠ Hague".
    has_flag(
        Place,
        "\"We will not pay criminals,\" De Vries told reporters in Amstelveen.",
        "\"We will not pay criminals,\" De Vries told reporters in The Hague.",
        "Amstelveen",
        "The Hague",
    );
    no_flag(
        Place,
        "\"We will not pay criminals,\" De Vries told reporters in The Hague.",
        "\"We will not pay criminals,\" De Vries told journalists in The Hague.",
    );
}
