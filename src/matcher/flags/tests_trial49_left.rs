//! Flags of trial 49 left after `tests_trial49_rest.rs`, by kind: a count of appointments
//! told as consultations is one count ("120 appointments" / "300 consultations",
//! `lexicon::counted_nouns::APPOINTMENTS`); a live blog's post stamp dates a post that
//! tells its act now ("Thursday 09:00 – … is accepting ambulances again" / "… again on
//! Wednesday", `dates/stamp_now.rs`); a gang that claims responsibility is no speaker
//! ("BlackVane claimed responsibility" / "…," Health Minister Joost Kramer said",
//! `speakers/find.rs`).

use super::test_util::{flags_of, no_flag_either, number_flags};
use super::tests_trial49::date_flag;
use crate::matcher::DiscrepancyKind::{Date, Speaker};

#[test]
fn appointments_told_as_consultations_are_one_count() {
    // Trial 49 final pass, fault 4, as written, and in five more languages.
    for (a, b) in [
        (
            "The hospitals cancelled 120 appointments, the group said.",
            "The hospitals cancelled 300 consultations, the group said.",
        ),
        (
            "About 300 appointments were cancelled.",
            "More than 400 consultations were cancelled.",
        ),
        (
            "Die Kliniken sagten 120 Termine ab.",
            "Die Kliniken sagten 300 Arzttermine ab.",
        ),
        (
            "Los hospitales cancelaron 120 citas.",
            "Los hospitales cancelaron 300 consultas.",
        ),
        (
            "Gli ospedali hanno annullato 120 appuntamenti.",
            "Gli ospedali hanno annullato 300 appuntamenti.",
        ),
        (
            "De ziekenhuizen annuleerden 120 afspraken.",
            "De ziekenhuizen annuleerden 300 consulten.",
        ),
    ] {
        assert_eq!(
            number_flags(a, b).len(),
            1,
            "{a} / {b}: {:?}",
            number_flags(a, b)
        );
        assert_eq!(number_flags(b, a).len(), 1, "{b} / {a}");
    }
    // One count told both ways agrees; other things counted are other counts.
    for (a, b) in [
        (
            "The hospitals cancelled 120 appointments.",
            "The hospitals cancelled 120 consultations.",
        ),
        (
            "The hospitals cancelled 120 appointments.",
            "The hospitals cancelled 300 operations.",
        ),
        (
            "The hospitals cancelled 120 appointments.",
            "The hospitals treated 300 patients.",
        ),
    ] {
        assert_eq!(number_flags(a, b), vec![], "{a} / {b}");
        assert_eq!(number_flags(b, a), vec![], "{b} / {a}");
    }
}

#[test]
fn a_post_stamp_dates_a_post_told_now() {
    // Trial 49 item 4: the flag trial 49 counted right, lost in session 46.
    for (a, b, ta, tb) in [
        (
            "Thursday 09:00 – The hospital is accepting ambulances again.",
            "The hospital began accepting ambulances again on Wednesday.",
            "Thursday",
            "Wednesday",
        ),
        (
            "Thursday 09:00 – Ambulances are being diverted to Utrecht.",
            "Ambulances were diverted to Utrecht on Wednesday.",
            "Thursday",
            "Wednesday",
        ),
        (
            "Thursday 09:00 – The hospital has reopened its emergency department.",
            "The hospital reopened its emergency department on Wednesday.",
            "Thursday",
            "Wednesday",
        ),
        (
            "jueves 09:00 – El hospital ha reabierto sus urgencias.",
            "El hospital reabrió sus urgencias el miércoles.",
            "jueves",
            "miércoles",
        ),
    ] {
        assert!(
            date_flag(a, b, ta, tb),
            "{a} / {b}: {:?}",
            flags_of(Date, a, b)
        );
        assert!(date_flag(b, a, tb, ta), "{b} / {a}");
    }
    // The same day; a post telling its own day; a report or a future at the stamp; a
    // present state, not an act.
    no_flag_either(
        Date,
        &[
            (
                "Thursday 09:00 – Emergency departments are accepting ambulances again.",
                "The group's emergency departments reopened to ambulances on Thursday.",
            ),
            (
                "Thursday 09:00 – The hospital reopened its emergency department on Wednesday.",
                "The hospital reopened its emergency department on Wednesday.",
            ),
            (
                "Thursday 09:00 – CEO says the hospital will reopen its emergency department.",
                "The CEO said on Wednesday the hospital would reopen its emergency department.",
            ),
            (
                "Thursday 09:00 – The hospital has two emergency departments.",
                "The hospital had two emergency departments on Wednesday.",
            ),
        ],
    );
}

#[test]
fn a_gang_claiming_responsibility_is_no_speaker() {
    // Trial 49 final pass F8: "BlackVane ≠ Health Minister Joost Kramer" (5.6 %).
    no_flag_either(
        Speaker,
        &[
            (
                "\"We will not pay criminals, and we are doing everything we can to keep \
                 patients safe,\" Health Minister Joost Kramer said in The Hague.",
                "A criminal gang calling itself BlackVane claimed responsibility on its leak \
                 site on Tuesday and demanded a ransom of $5 million in bitcoin.",
            ),
            (
                "The gang claimed responsibility, police said.",
                "The gang Krait claimed credit for the attack on Tuesday.",
            ),
        ],
    );
    // A claim of words still has its speaker.
    assert!(!flags_of(
        Speaker,
        "BlackVane claimed that the attack was revenge for the arrests.",
        "Krait claimed that the attack was revenge for the arrests.",
    )
    .is_empty());
}
