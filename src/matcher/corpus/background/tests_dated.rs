//! Tests of past tolls and of past facts that are no toll (trial 34): a figure that
//! counts months or years is no toll ("spent eight months in pre-trial detention", F1),
//! and a toll dated by the aside before it ("Italy's last deadly derailment, near Milan
//! in 2018, killed three people", F8 and F18) is background in an article of any year,
//! or of none.

use super::tests::kept_in;

#[test]
fn a_dated_fact_with_a_length_of_time_is_no_past_toll() {
    // Trial 34, F1: read as nothing, so the true parallel scored 0.
    for s in [
        "Ortega was arrested in March 2020 and spent eight months in pre-trial detention.",
        "Ortega was arrested in March 2020 and held in custody for eight months before being released on bail.",
        "Ortega fue detenido en marzo de 2020 y pasó ocho meses en prisión provisional.",
        "Ferrer was arrested in June 2018 and spent three months in pre-trial detention.",
        "Rossi fu arrestato nel 2018 e trascorse due anni in carcere.",
    ] {
        for own in [&[][..], &[2026][..], &[2014, 2019][..]] {
            assert_eq!(kept_in(s, own), s, "{s} ({own:?})");
        }
    }
}

#[test]
fn a_past_toll_beside_a_length_of_time_is_still_cut() {
    // The rule reads the figure's unit, not any figure of the sentence.
    for s in [
        "Eight people were arrested in March 2020 after a two-day protest.",
        "The two men were arrested in 2019 and held for 48 hours.",
        "Eleven people died in 2019 when a bus plunged off a road after three hours of rain.",
    ] {
        assert_ne!(kept_in(s, &[2026]), s, "{s}");
    }
}

#[test]
fn a_toll_dated_by_the_aside_before_it_is_cut_from_the_aside() {
    for (s, kept) in [
        (
            "Italy's last deadly derailment, near Milan in 2018, killed three people.",
            "Italy's last deadly derailment",
        ),
        (
            "L'ultimo deragliamento mortale in Italia, vicino a Milano nel 2018, aveva causato tre morti.",
            "L'ultimo deragliamento mortale in Italia",
        ),
        (
            "The worst crash on the road, in March 2015, killed 12 people.",
            "The worst crash on the road",
        ),
        (
            "La dernière explosion de ce type, près de Lyon en 2019, avait fait deux morts.",
            "La dernière explosion de ce type",
        ),
    ] {
        // An article naming no year (wire copy often names none: F18), or a later one.
        for own in [&[][..], &[2026][..]] {
            assert_eq!(kept_in(s, own), kept, "{s} ({own:?})");
        }
    }
}

#[test]
fn a_toll_after_an_aside_of_the_articles_year_or_of_another_fact_is_kept() {
    for (s, own) in [
        // The article's own year: the story's toll.
        (
            "The derailment, near Bologna on Friday, killed four people.",
            2026,
        ),
        (
            "The derailment, near Bologna in 2026, killed four people.",
            2026,
        ),
        // An aside telling something else than the toll's time.
        (
            "The bus, bought by the company in 2015, crashed and killed 12 people.",
            2026,
        ),
        // No aside: the year is the first clause's, far from the toll.
        (
            "The line opened in 2015, and on Friday a derailment killed four people.",
            2026,
        ),
    ] {
        assert_eq!(kept_in(s, &[own]), s, "{s}");
    }
}

/// Trial 45 fault 3: a past year's evacuation told as a noun ("forced the evacuation of
/// 156 people") is a past toll, cut as "156 people were evacuated" is; a past year's fact
/// with no toll, and this year's evacuation, are kept.
#[test]
fn a_past_evacuation_told_as_a_noun_is_a_past_toll() {
    for s in [
        "In 2015, a fire on the ferry Sorrento off Mallorca forced the evacuation of 156 people.",
        "En 2015, un incendio en el ferry Sorrento obligó a la evacuación de 156 personas.",
    ] {
        assert_ne!(kept_in(s, &[2026]), s, "{s}");
        assert_ne!(kept_in(s, &[]), s, "{s}");
    }
    for s in [
        "In 2015, the ferry Sorrento was refitted with two new engines.",
        "A fire on the ferry forced the evacuation of 156 people.",
    ] {
        assert_eq!(kept_in(s, &[2026]), s, "{s}");
    }
}
