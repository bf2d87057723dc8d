//! Tests of counts after trial 35 (F2, F3.1, F6.2, F9.2, F9.3, F14.1, F15.2): figures
//! whose thousands are parted by spaces are one figure and one shared term; counts of one
//! thing told by two nouns (homes / households, maisons / habitations, people / residents
//! / workers, Stellen / Arbeitsplätze) are compared; a count told as a group of a toll
//! ("Nine of the dead were children", "Eleven children were among the dead"); ages of a
//! man and of a motorist; a bound the other figure sits on (no flag, in French as in
//! English).

use super::test_util::{no_flag, no_number_flag, number_flags, one_flag};
use super::DiscrepancyKind as K;
use crate::matcher::lexicon::tests::shared;

#[test]
fn spaced_thousands_are_one_figure_and_one_term() {
    // Trial 35 F2, as written: "shares 1 détruites", and the "200" of "1 200" homes taken
    // for 200 injured.
    for space in [" ", "\u{a0}", "\u{202f}"] {
        let a = format!("Environ 1{space}200 maisons ont été détruites.");
        let b = format!("Plus de 1{space}500 habitations ont été détruites.");
        let terms = shared(&a, &b);
        assert!(!terms.iter().any(|t| t == "1"), "{terms:?}");
        let terms = shared(
            &a,
            "Le séisme a fait 41 morts et environ 200 blessés, selon le ministère.",
        );
        assert!(!terms.iter().any(|t| t == "200"), "{terms:?}");
        // The same figure is one shared term, whatever the space.
        let terms = shared(&a, "Environ 1 200 maisons ont été détruites.");
        assert!(terms.iter().any(|t| t == "1200"), "{terms:?}");
    }
}

#[test]
fn counts_of_homes_told_by_two_nouns_are_compared() {
    // Trial 35 F2 and F9.2, as written.
    one_flag(
        "Environ 1 200 maisons ont été détruites, pour la plupart des maisons en terre dans des villages isolés.",
        "Plus de 1 500 habitations ont été détruites.",
        "Environ 1 200 maisons",
        "Plus de 1 500 habitations",
        false,
    );
    one_flag(
        "About 250,000 homes were left without power, grid operator Enedis said.",
        "Some 300,000 households lost electricity, according to grid operator Enedis.",
        "About 250,000 homes",
        "Some 300,000 households",
        true,
    );
    one_flag(
        "Rund 1.200 Häuser wurden zerstört.",
        "Rund 1.500 Wohnungen wurden zerstört.",
        "Rund 1.200 Häuser",
        "Rund 1.500 Wohnungen",
        true,
    );
    // The same count told by two nouns agrees.
    no_number_flag(
        "Environ 1 200 maisons ont été détruites.",
        "Environ 1\u{202f}200 habitations ont été détruites.",
    );
    no_number_flag(
        "About 250,000 homes were left without power.",
        "About 250,000 households lost electricity.",
    );
    // Trial 36 F1 (Portuguese), as written.
    one_flag(
        "Pelo menos 23 casas de primeira habitação foram destruídas pelas chamas.",
        "Pelo menos 31 habitações arderam, disse o presidente da Câmara de Oleiros.",
        "Pelo menos 23 casas",
        "Pelo menos 31 habitações",
        // Two bounds that may both hold: the softer kind.
        true,
    );
    // Homes and people are two things (trial 35 F2, German side find).
    no_number_flag(
        "Rund 1.200 Häuser wurden zerstört.",
        "Rund 10.000 Menschen wurden evakuiert.",
    );
}

#[test]
fn counts_of_people_and_of_residents_or_workers_are_compared() {
    // Trial 35 F2 (evacuated) and F6.2 (a plant's workforce), as written.
    one_flag(
        "Les autorités ont évacué près de 8 000 personnes des villages les plus touchés et l'armée a installé des tentes dans le stade de la ville.",
        "Quelque 10 000 habitants ont été évacués.",
        "près de 8 000 personnes",
        "Quelque 10 000 habitants",
        true,
    );
    one_flag(
        "Im Kasseler Werk, das Kraftstoffpumpen herstellt, arbeiten rund 1100 Menschen.",
        "In Kassel sind etwa 1200 Beschäftigte tätig, das Werk fertigt Kraftstoffpumpen.",
        "rund 1100 Menschen",
        "etwa 1200 Beschäftigte",
        true,
    );
    // Jobs told by two nouns, in German and in English.
    one_flag(
        "Veltra will 4500 Stellen abbauen.",
        "Veltra will 4000 Arbeitsplätze streichen.",
        "4500 Stellen",
        "4000 Arbeitsplätze",
        false,
    );
    one_flag(
        "Veltra will cut 4,500 jobs.",
        "Veltra will eliminate 4,000 positions.",
        "4,500 jobs",
        "4,000 positions",
        false,
    );
    // The same count told by two nouns agrees.
    no_number_flag(
        "Im Werk arbeiten rund 1100 Menschen.",
        "Im Werk sind etwa 1100 Beschäftigte tätig.",
    );
    // Those a firm employs are not those who lose their jobs.
    no_number_flag(
        "The company employs 5,000 people.",
        "About 500 workers will lose their jobs.",
    );
    // Two counts of people on one side: which one the workers are is not told.
    no_number_flag(
        "About 300 people marched, and 40 people were arrested.",
        "About 350 workers joined the march.",
    );
}

#[test]
fn a_group_of_a_toll_is_compared_with_the_same_group() {
    // Trial 35 F14.1, as written.
    one_flag(
        "Nine of the dead were children, the ministry said.",
        "Eleven children were among the dead, the ministry said.",
        "Nine of the dead",
        "Eleven children",
        false,
    );
    one_flag(
        "Nine children died.",
        "Eleven children were among the dead.",
        "Nine children",
        "Eleven children",
        false,
    );
    // A group is no count of the whole toll, and two groups of two nouns are two counts.
    no_number_flag(
        "Nine of the dead were children, the ministry said.",
        "Eleven people died, the ministry said.",
    );
    no_number_flag(
        "Eleven children were among the dead.",
        "Twenty people died.",
    );
    no_number_flag(
        "Nine of the dead were children.",
        "Eleven of the dead were women.",
    );
    // One group told two ways agrees.
    no_number_flag(
        "Nine of the dead were children.",
        "Nine children were among the dead.",
    );
    // A part told otherwise stays a part ("in critical condition"), its text as before.
    one_flag(
        "Three of the injured were in critical condition.",
        "Two of the injured were in critical condition.",
        "Three",
        "Two",
        false,
    );
}

#[test]
fn the_age_of_a_man_may_be_the_age_of_a_motorist() {
    // Trial 35 F9.3, as written.
    let f = number_flags(
        "A 72-year-old man was killed when a tree fell on his car near Quimper.",
        "A 68-year-old motorist died after a tree crushed his car near Brest.",
    );
    assert_eq!(
        f,
        vec![("72-year-old".into(), "68-year-old".into(), false)],
        "{f:?}"
    );
    // One age told of a man and of a motorist agrees.
    no_number_flag(
        "A 72-year-old man was killed when a tree fell on his car.",
        "A 72-year-old motorist died after a tree crushed his car.",
    );
    // A man and a woman are two people; so are two owners of two words, and an age
    // whose anchor tells another fact.
    no_number_flag(
        "A 72-year-old man was killed when a tree fell on his car.",
        "A 68-year-old woman was killed when a tree fell on her car.",
    );
    no_number_flag(
        "The 35-year-old deputy was shot on June 24.",
        "The 43-year-old sheriff was shot on June 24.",
    );
    no_number_flag(
        "A 72-year-old man was arrested on Monday.",
        "A 19-year-old motorist died in the crash.",
    );
    // A boy and a named boy may be two boys (dev pairs of two stories).
    no_number_flag(
        "Protesters battled police after it was revealed that 16-year-old Kimani Gray was shot in the back.",
        "The shooting of a 15-year-old boy by police unleashed a wave of unrest.",
    );
}

#[test]
fn a_bound_the_other_figure_sits_on_is_no_flag_in_french_as_in_english() {
    // Trial 35 F15.2: "Au moins 12" / "Douze" agree, as "at least 30" / "30" do
    // (docs/MATCHING.md); a figure above the bound is the dashed kind, one below it the
    // solid kind.
    for (a, b) in [
        (
            "Au moins 12 personnes sont portées disparues.",
            "Douze personnes sont portées disparues.",
        ),
        (
            "At least 12 people are missing.",
            "Twelve people are missing.",
        ),
    ] {
        no_number_flag(a, b);
    }
    one_flag(
        "Au moins 10 personnes sont portées disparues.",
        "Douze personnes sont portées disparues.",
        "Au moins 10 personnes",
        "Douze personnes",
        true,
    );
    one_flag(
        "Au moins 12 personnes sont portées disparues.",
        "Onze personnes sont portées disparues.",
        "Au moins 12 personnes",
        "Onze personnes",
        false,
    );
    no_flag(
        K::Number,
        "Au moins 12 personnes sont portées disparues.",
        "12 personnes sont portées disparues.",
    );
}
