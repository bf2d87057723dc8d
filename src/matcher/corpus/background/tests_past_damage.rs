//! Tests of a past damage told with a figure (trial 54, F1): a sentence led by another
//! time that tells what a past event burned, destroyed or drove people from ("In July
//! 2021, a fire in the Montiferru area ... burned some 13,000 hectares and forced 1,500
//! people from their homes") is read as its time alone, as a past toll is
//! (`past_time::tells_toll`, `lexicon::damage`); the article's own year, a past fact of
//! no damage and the story's own damage are kept.

use super::tests::kept_in;

#[test]
fn a_past_damage_with_a_figure_is_read_as_its_time() {
    for (s, lead) in [
        // Trial 54 F1: 0.741 against the live update's hectares, with a solid number flag.
        (
            "In July 2021, a fire in the Montiferru area in the west of the island burned some 13,000 hectares and forced 1,500 people from their homes.",
            "In July 2021",
        ),
        // The tester's probe: 0.978.
        (
            "In 2021, a fire in the Montiferru area burned some 13,000 hectares.",
            "In 2021",
        ),
        (
            "Four years ago, a fire in the same hills destroyed 40 homes.",
            "Four years ago",
        ),
        (
            "En 2021, un incendie a détruit 40 maisons dans la région.",
            "En 2021",
        ),
        ("Im Jahr 2021 zerstörte ein Brand 40 Häuser.", "Im Jahr 2021"),
        (
            "En 2021, un incendio quemó 13.000 hectáreas en la isla.",
            "En 2021",
        ),
        (
            "Nel 2021 un incendio ha distrutto 40 case nel Montiferru.",
            "Nel 2021",
        ),
        (
            "Em 2021, um incêndio queimou 13 mil hectares na ilha.",
            "Em 2021",
        ),
        ("In 2021 verwoestte een brand 40 huizen.", "In 2021"),
        // A figure with a thousands mark is no year.
        (
            "In 2019, a fire in the same hills burned 2,000 hectares.",
            "In 2019",
        ),
    ] {
        // An article naming no year (the wire's), or a later one.
        for own in [&[][..], &[2025][..]] {
            assert_eq!(kept_in(s, own), lead, "{s} ({own:?})");
        }
    }
}

#[test]
fn the_articles_own_damage_and_a_past_fact_of_no_damage_are_kept() {
    for (s, own) in [
        // The article's own year: the story's damage.
        (
            "In July 2021, a fire in the Montiferru area in the west of the island burned some 13,000 hectares and forced 1,500 people from their homes.",
            &[2021][..],
        ),
        // A past fact with a figure and no damage.
        (
            "In July 2021, the region bought 12 new water bombers.",
            &[2025][..],
        ),
        // A past fact whose adjective is no damage (the bench's paraphrase pair: cut to
        // "In 1995" while "homeless" was read as one).
        (
            "In 1995, Schwarzenegger expanded the program nationwide to serve 200,000 children in 15 cities, most who come from housing projects or homeless shelters.",
            &[2003][..],
        ),
        // A past fire with no figure.
        (
            "In July 2021, a fire burned in the Montiferru area for four days.",
            &[2025][..],
        ),
        // The story's own damage, no time of another year before it.
        (
            "The fire has burned around 2,000 hectares overnight, the regional forestry corps says.",
            &[][..],
        ),
        (
            "At least 40 homes and holiday villas had been damaged or destroyed.",
            &[2025][..],
        ),
        // A live update's line: "2,000" is no year 2000 the clock time's figures were
        // read as the toll of (the line was cut to nothing, every pair of it scored 0).
        (
            "06:10 The fire has burned around 2,000 hectares overnight, the regional forestry corps says.",
            &[][..],
        ),
        (
            "14:30 Police say 1,950 homes have been destroyed in the valley.",
            &[2025][..],
        ),
    ] {
        assert_eq!(kept_in(s, own), s, "{s} ({own:?})");
    }
}
