//! Tests of background about another event of the story's kind (session 52): a sentence
//! that names its event as another one ("a similar crash", "the previous fire") is read
//! apart whatever the article around it, its own years being no article's
//! (`another_event::own_years`), and a past toll told as people driven from their homes
//! ("forced 1,500 people from their homes") is a toll as "burned 13,000 hectares" is.

use super::super::another_event::own_years;
use super::tests::kept_in;
use crate::matcher::text;

/// What the score reads of `s` as the one sentence of its article: its own years are
/// those [`own_years`] lends.
pub(super) fn kept_alone(s: &str) -> String {
    let own = own_years(&text::tokenize(s, &text::stemmer()));
    kept_in(s, &own)
}

#[test]
fn a_sentence_of_a_similar_event_is_background_without_an_article() {
    // Session 52, item 1: 0.932 with "eleven people ≠ Three people" against "Three people
    // died in Tuesday's crash, police said." as two one-sentence files.
    for (s, kept) in [
        (
            "In 2019, eleven people died in a similar crash on the same road.",
            "In 2019",
        ),
        (
            "In 2021, a similar blaze forced 1,500 people from their homes.",
            "In 2021",
        ),
        // The year at the end: the word of another event dates with it.
        (
            "Eleven people died in a similar crash on the same road in 2019.",
            "",
        ),
        (
            "En 2019, onze personnes sont mortes dans un accident similaire sur la même route.",
            "En 2019",
        ),
        (
            "Nel 2019 undici persone morirono in un incidente simile sulla stessa strada.",
            "Nel 2019",
        ),
    ] {
        assert_eq!(kept_alone(s), kept, "{s}");
    }
}

#[test]
fn a_past_toll_of_people_driven_from_their_homes_is_cut() {
    // Session 52, item 2: flagged "1,500 people ≠ About 3,500 people".
    for (s, kept) in [
        (
            "Last year a similar blaze forced 1,500 people from their homes.",
            "Last year",
        ),
        (
            "A year ago, a similar blaze forced 1,500 people from their homes.",
            "A year ago",
        ),
        (
            "The previous fire forced 1,500 people from their homes.",
            "The previous fire",
        ),
        (
            "L'anno scorso un incendio simile aveva costretto 1.500 persone a lasciare le loro case.",
            "L'anno scorso",
        ),
        (
            "Un incendio simile l'anno scorso aveva costretto 1.500 persone a lasciare le loro case.",
            "Un incendio simile",
        ),
        (
            "L'an dernier, un incendie similaire avait forcé 1 500 personnes à quitter leur domicile.",
            "L'an dernier",
        ),
        (
            "Letztes Jahr mussten bei einem ähnlichen Brand 1.500 Menschen ihre Häuser verlassen.",
            "Letztes Jahr",
        ),
        (
            "Im vergangenen Jahr mussten bei einem ähnlichen Brand 1.500 Menschen ihre Häuser verlassen.",
            "Im vergangenen Jahr",
        ),
        (
            "Bei einem ähnlichen Brand mussten im vergangenen Jahr 1.500 Menschen ihre Häuser verlassen.",
            "Bei einem ähnlichen Brand",
        ),
        (
            "El año pasado, un incendio similar obligó a 1.500 personas a abandonar sus casas.",
            "El año pasado",
        ),
        (
            "No ano passado, um incêndio semelhante obrigou 1.500 pessoas a deixar as suas casas.",
            "No ano passado",
        ),
        (
            "Vorig jaar moesten bij een soortgelijke brand 1.500 mensen hun huizen verlaten.",
            "Vorig jaar",
        ),
    ] {
        assert_eq!(kept_alone(s), kept, "{s}");
        assert_eq!(kept_in(s, &[2026]), kept, "{s}");
    }
}

#[test]
fn the_story_and_a_past_event_told_without_another_events_word_are_kept() {
    // The same past event told by both sides: no word of another event, so a file of it
    // alone is its own year's story.
    for s in [
        "In 2019, eleven people died in a crash there.",
        "Eleven people were killed in a 2019 crash on the road.",
    ] {
        assert_eq!(kept_alone(s), s, "{s}");
    }
    for s in [
        // The story's own toll.
        "Three people died on Tuesday.",
        "Four people died on Tuesday.",
        "Three people died in Tuesday's crash, police said.",
        "About 3,500 people were evacuated.",
        "Some 3,500 people were forced from their homes on Tuesday.",
        // A year in passing.
        "Three people died on Tuesday on the road, built in 2019, police said.",
        "Three people died on the road, built in 2019, police said.",
        // A word of another event beside a word of the story's time.
        "The previous day, 1,500 people were forced from their homes.",
        "La semaine précédente, 1 500 personnes avaient quitté leur domicile.",
        "The previous night, a fire forced 1,500 people from their homes.",
        // Another event on a day of the story's: may be the story's own.
        "A similar blast killed 62 people on Sunday.",
        // Another event of no toll.
        "The previous fire started in the same hills.",
    ] {
        assert_eq!(kept_alone(s), s, "{s}");
        assert_eq!(kept_in(s, &[2026]), s, "{s}");
    }
    // Another event in the article's own year may be the story's (alone, it is not).
    let s = "A similar blast in 2026 killed 62 people.";
    assert_eq!(kept_in(s, &[2026]), s);
    assert_eq!(kept_alone(s), "A similar blast in 2026");
}

#[test]
fn a_sentence_of_another_event_lends_the_article_no_year() {
    let years = |s: &str| own_years(&text::tokenize(s, &text::stemmer()));
    assert!(years("In 2019, eleven people died in a similar crash on the same road.").is_empty());
    assert!(years("The previous fire, in 2021, burned 13,000 hectares.").is_empty());
    assert_eq!(
        years("In 2019, eleven people died in a crash there."),
        [2019]
    );
    assert_eq!(years("The previous day, 27 July 2021, was calm."), [2021]);
}
