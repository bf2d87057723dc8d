//! Tests of the speaker flag between sources that speak for a state or a side (session
//! 24, issue 8): a capital or a country named as the speaker stands for its state's
//! government ("Kyiv said", "sagte Moskau", "Russia said"; `speakers/countries.rs`,
//! `speakers/bodies.rs`), and a body named by the side it belongs to ("Russian-backed
//! rebels", "the Houthi-run health ministry", "pro-Russian separatists") is credited to
//! that side.

use super::test_util::no_flag_either;
use super::tests_source_groups::speaker;
use super::DiscrepancyKind;

/// Asserts one speaker flag on `ta` / `tb`, both ways round.
#[track_caller]
fn flagged(a: &str, b: &str, ta: &str, tb: &str) {
    assert_eq!(speaker(a, b), vec![(ta.into(), tb.into())], "{a} / {b}");
    assert_eq!(speaker(b, a), vec![(tb.into(), ta.into())], "{b} / {a}");
}

#[test]
fn two_capitals_are_two_governments_in_five_languages() {
    for (a, b, ta, tb) in [
        (
            "Moscow said the strike killed 12 civilians.",
            "Kyiv said the strike killed 12 civilians.",
            "Moscow",
            "Kyiv",
        ),
        (
            "According to Moscow, the strike killed 12 civilians.",
            "According to Kyiv, the strike killed 12 civilians.",
            "Moscow",
            "Kyiv",
        ),
        (
            "Der Angriff habe zwölf Zivilisten getötet, sagte Kiew.",
            "Der Angriff habe zwölf Zivilisten getötet, sagte Moskau.",
            "Kiew",
            "Moskau",
        ),
        (
            "L'attaque a tué douze civils, a déclaré Pékin.",
            "L'attaque a tué douze civils, a déclaré Washington.",
            "Pékin",
            "Washington",
        ),
        (
            "El ataque mató a doce civiles, dijo Moscú.",
            "El ataque mató a doce civiles, dijo Kiev.",
            "Moscú",
            "Kiev",
        ),
        (
            "Washington said the sanctions would take effect on Monday.",
            "London said the sanctions would take effect on Monday.",
            "Washington",
            "London",
        ),
        (
            "Pyongyang said the missile test was a success.",
            "Seoul said the missile test was a success.",
            "Pyongyang",
            "Seoul",
        ),
        // A country's name stands for its state as its capital does.
        (
            "Russia said the strike killed 12 civilians.",
            "Kyiv said the strike killed 12 civilians.",
            "Russia",
            "Kyiv",
        ),
        // A capital against a body of another state.
        (
            "Beijing said the drills were routine.",
            "Taiwan's defence ministry said the drills were routine.",
            "Beijing",
            "Taiwan's defence ministry",
        ),
    ] {
        flagged(a, b, ta, tb);
    }
}

#[test]
fn a_capital_and_its_own_states_bodies_are_one_source() {
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                "Kyiv said the strike killed 12 civilians.",
                "The Ukrainian government said the strike killed 12 civilians.",
            ),
            (
                "Kyiv said the strike killed 12 civilians.",
                "Ukraine's foreign ministry said the strike killed 12 civilians.",
            ),
            (
                "Kyiv said the strike killed 12 civilians.",
                "Kiev said the strike killed 12 civilians.",
            ),
            (
                "Kyiv said the strike killed 12 civilians.",
                "Ukraine said the strike killed 12 civilians.",
            ),
            (
                "Der Angriff habe zwölf Zivilisten getötet, sagte Kiew.",
                "Der Angriff habe zwölf Zivilisten getötet, teilte die ukrainische Regierung mit.",
            ),
            (
                "L'attaque a tué douze civils, a déclaré Moscou.",
                "L'attaque a tué douze civils, selon le gouvernement russe.",
            ),
            (
                "L'attacco ha ucciso dodici civili, ha detto Mosca.",
                "L'attacco ha ucciso dodici civili, secondo il governo russo.",
            ),
            (
                "Washington said the sanctions would take effect on Monday.",
                "The US government said the sanctions would take effect on Monday.",
            ),
            (
                "Tehran said the drone was shot down over the Gulf.",
                "Iran's foreign ministry said the drone was shot down over the Gulf.",
            ),
            (
                "Jerusalem said the hostages would be released on Sunday.",
                "Israeli officials said the hostages would be released on Sunday.",
            ),
            // Officials, who may be the government's.
            (
                "Kyiv said the strike killed 12 civilians.",
                "Officials said the strike killed 12 civilians.",
            ),
        ],
    );
}

/// A capital is its state's government, so against a person it reads as the government
/// does: a government may speak through a named person, and "the Ukrainian government" /
/// "a Ukrainian soldier" carry no flag today, nor does "Kyiv" / "a Ukrainian soldier".
/// Before, "Kyiv" was read as a person's name, flagged against any other name.
#[test]
fn a_capital_against_a_person_reads_as_its_government() {
    for person in [
        "A Ukrainian soldier said the strike killed 12 civilians.",
        "Oleksandr Petrenko said the strike killed 12 civilians.",
    ] {
        assert_eq!(
            speaker("Kyiv said the strike killed 12 civilians.", person),
            speaker(
                "The Ukrainian government said the strike killed 12 civilians.",
                person
            ),
            "{person}"
        );
        assert!(speaker("Kyiv said the strike killed 12 civilians.", person).is_empty());
    }
    // A capital's name in a longer name, or a person named as a city is, is no state.
    flagged(
        "Paris Hilton said the party was cancelled.",
        "Nicole Richie said the party was cancelled.",
        "Paris Hilton",
        "Nicole Richie",
    );
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[(
            "Washington said the talks had failed.",
            "Denzel Washington said the talks had failed.",
        )],
    );
}

/// Officials placed in a capital speak for its state ("officials in Kyiv").
#[test]
fn officials_in_two_capitals_are_two_governments() {
    flagged(
        "Officials in Kyiv said the strike killed 12 civilians.",
        "Officials in Moscow said the strike killed 12 civilians.",
        "Officials in Kyiv",
        "Officials in Moscow",
    );
}

#[test]
fn a_body_named_by_its_side_is_credited_to_that_side() {
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                "Pro-Russian separatists said the shelling killed five people.",
                "Russian-backed rebels said the shelling killed five people.",
            ),
            (
                "Russian-backed rebels said the shelling killed five people.",
                "Moscow said the shelling killed five people.",
            ),
            (
                "Moscow-backed separatists said the shelling killed five people.",
                "Russian officials said the shelling killed five people.",
            ),
            (
                "Die prorussischen Separatisten sagten, der Beschuss habe fünf Menschen getötet.",
                "Russland sagte, der Beschuss habe fünf Menschen getötet.",
            ),
            (
                "The Houthi-run health ministry said the strike killed 20 people.",
                "Houthi officials said the strike killed 20 people.",
            ),
            (
                "The Hamas-run health ministry said 40 people were killed.",
                "Hamas officials said 40 people were killed.",
            ),
            (
                "The Saudi-led coalition said the strike killed 20 people.",
                "Saudi officials said the strike killed 20 people.",
            ),
            (
                "Chinese state media said the drills were routine.",
                "Xinhua said the drills were routine.",
            ),
        ],
    );
}

#[test]
fn two_sides_of_a_conflict_are_two_sources() {
    for (a, b, ta, tb) in [
        (
            "Pro-Russian separatists said the shelling killed five people.",
            "The Ukrainian army said the shelling killed five people.",
            "Pro-Russian separatists",
            "Ukrainian army",
        ),
        (
            "Russian-backed rebels said the shelling killed five people.",
            "Kyiv said the shelling killed five people.",
            "Russian-backed rebels",
            "Kyiv",
        ),
        (
            "Die prorussischen Separatisten sagten, der Beschuss habe fünf Menschen getötet.",
            "Die ukrainische Armee sagte, der Beschuss habe fünf Menschen getötet.",
            "prorussischen Separatisten",
            "ukrainische Armee",
        ),
        (
            "Selon les séparatistes prorusses, le bombardement a tué cinq personnes.",
            "Selon l'armée ukrainienne, le bombardement a tué cinq personnes.",
            "séparatistes prorusses",
            "l'armée ukrainienne",
        ),
        (
            "Según los separatistas prorrusos, el bombardeo mató a cinco personas.",
            "Según el ejército ucraniano, el bombardeo mató a cinco personas.",
            "separatistas prorrusos",
            "ejército ucraniano",
        ),
        (
            "Secondo i separatisti filorussi, il bombardamento ha ucciso cinque persone.",
            "Secondo l'esercito ucraino, il bombardamento ha ucciso cinque persone.",
            "separatisti filorussi",
            "l'esercito ucraino",
        ),
        (
            "The Houthi-run health ministry said the strike killed 20 people.",
            "The Saudi-led coalition said the strike killed 20 people.",
            "Houthi-run health ministry",
            "Saudi-led coalition",
        ),
        (
            "The Ethiopian government said the offensive had been repelled.",
            "The TPLF said the offensive had been repelled.",
            "Ethiopian government",
            "TPLF",
        ),
        (
            "The Ethiopian government said the offensive had been repelled.",
            "Tigrayan forces said the offensive had been repelled.",
            "Ethiopian government",
            "Tigrayan forces",
        ),
        (
            "Chinese state media said the drills were routine.",
            "Taiwan's defence ministry said the drills were routine.",
            "Chinese state media",
            "Taiwan's defence ministry",
        ),
        (
            "Xinhua said the drills were routine.",
            "Taiwan's defence ministry said the drills were routine.",
            "Xinhua",
            "Taiwan's defence ministry",
        ),
        (
            "The US-led coalition said the strike killed 20 militants.",
            "The Syrian government said the strike killed 20 militants.",
            "US-led coalition",
            "Syrian government",
        ),
    ] {
        flagged(a, b, ta, tb);
    }
}

/// The countries are the gazetteer's, so two bodies of any two of its countries differ,
/// a country of two words too.
#[test]
fn bodies_of_any_two_countries_of_the_gazetteer_differ() {
    flagged(
        "France's foreign ministry said the ambassador was recalled.",
        "Germany's foreign ministry said the ambassador was recalled.",
        "France's foreign ministry",
        "Germany's foreign ministry",
    );
    flagged(
        "South Korea's defence ministry said the missile landed at sea.",
        "North Korea's defence ministry said the missile landed at sea.",
        "South Korea's defence ministry",
        "North Korea's defence ministry",
    );
}

/// A seat of government stands for its state as its capital does ("the Kremlin said",
/// "the White House said", "Downing Street said", "the Elysee said"; session 25).
#[test]
fn a_seat_of_government_is_its_state() {
    for (a, b, ta, tb) in [
        (
            "The Kremlin said the strike killed 12 civilians.",
            "Kyiv said the strike killed 12 civilians.",
            "Kremlin",
            "Kyiv",
        ),
        (
            "The White House said the sanctions would take effect on Monday.",
            "Downing Street said the sanctions would take effect on Monday.",
            "White House",
            "Downing Street",
        ),
        (
            "The Elysee said the talks would resume on Monday.",
            "Berlin said the talks would resume on Monday.",
            "Elysee",
            "Berlin",
        ),
    ] {
        flagged(a, b, ta, tb);
    }
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                "The Kremlin said the strike killed 12 civilians.",
                "Moscow said the strike killed 12 civilians.",
            ),
            (
                "The White House said the sanctions would take effect on Monday.",
                "Washington said the sanctions would take effect on Monday.",
            ),
            (
                "Downing Street said the sanctions would take effect on Monday.",
                "The British government said the sanctions would take effect on Monday.",
            ),
        ],
    );
}
