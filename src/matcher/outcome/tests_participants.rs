//! Tests of who an outcome is told of (`outcome/participants.rs`, session 24, item 2): two
//! opposite outcomes contradict only when told of the same participants, and a word that
//! names who brings an outcome about ("Rescuers", "Killer quake") tells no outcome.

use super::tests_fates::{flagged_each_way, unflagged};

#[test]
fn outcomes_of_other_people_are_no_conflict() {
    for (a, b) in [
        // The trial pair: other counts, and the rescuers are no victims.
        (
            "Two people were killed in the quake.",
            "Rescuers pulled three survivors from the rubble.",
        ),
        (
            "Two people were killed in the quake.",
            "Five people were rescued from the rubble.",
        ),
        // One tells of the dead, the other names the wounded man apart.
        (
            "Female Employee Yvonne Hiller Kills Two In Kraft Shooting",
            "Hiller gunned down two women and left a man wounded.",
        ),
        // Zurana Horton killed; Unique Armstead wounded.
        (
            "Zurana Horton, 34, was killed on Oct. 21.",
            "Lopez was found guilty of slaying Zurana Horton and wounding Unique Armstead.",
        ),
        // Quakes injuring five and killing ten.
        (
            "A quake hit the island, injuring five people and damaging buildings.",
            "An earthquake shook the region, flattening seven villages and killing 10 people.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_sentence_telling_both_outcomes_agrees_with_one_telling_one() {
    for (a, b) in [
        (
            "Three were killed and five others rescued.",
            "Five people were rescued.",
        ),
        (
            "Three people were killed and five others were rescued.",
            "Five people were rescued.",
        ),
        (
            "Two people died and 20 others were injured.",
            "Two people died.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn who_brings_an_outcome_about_tells_no_outcome() {
    for (a, b) in [
        (
            "Two people were killed in the quake.",
            "Rescuers pulled people from the rubble.",
        ),
        (
            "Rescue workers searched the rubble.",
            "Two people were killed in the quake.",
        ),
        ("Killer quake hits Iran.", "The quake injured five people."),
        (
            "Survivors described the horror.",
            "Five people died in the blast.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn outcomes_of_the_same_participants_still_conflict() {
    for (a, b, ta, tb) in [
        // The same count.
        (
            "Two people were killed.",
            "Two people were injured.",
            "killed",
            "injured",
        ),
        (
            "Two people were killed.",
            "Two people were rescued.",
            "killed",
            "rescued",
        ),
        (
            "A bomb killed 12 people in the market.",
            "A bomb injured 12 people in the market.",
            "killed",
            "injured",
        ),
        // The same noun, the same name.
        (
            "The driver was killed.",
            "The driver was injured.",
            "killed",
            "injured",
        ),
        (
            "The hostages were killed.",
            "The hostages were freed.",
            "killed",
            "freed",
        ),
        (
            "Police arrested the driver.",
            "Police released the driver.",
            "arrested",
            "released",
        ),
        (
            "Zurana Horton was killed on Friday.",
            "Zurana Horton was wounded on Friday.",
            "killed",
            "wounded",
        ),
        // Neither says who beyond a pronoun.
        ("He died in hospital.", "He was injured.", "died", "injured"),
        // The rescuers' own word aside, the rescued five are the killed five.
        (
            "Rescuers rescued five people.",
            "Five people were killed.",
            "rescued",
            "killed",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn an_innocent_bystander_is_no_verdict() {
    unflagged(
        "Jury shown the moment an innocent mother is shot dead.",
        "The jury has returned a guilty verdict for Andrew Lopez.",
    );
    flagged_each_way(
        "The jury found him innocent.",
        "The jury found him guilty.",
        "innocent",
        "guilty",
    );
}

/// Session 47: Dutch "en" ("and") ends the clause an outcome's participants are read in,
/// in a Dutch sentence only (`lexicon::clauses::dutch_and`, as the place roles read it);
/// French and Spanish "en" ("in") ends none.
#[test]
fn dutch_en_ends_the_participants_clause_and_french_or_spanish_en_does_not() {
    use super::participants::who;
    use crate::matcher::prepared::Prepared;
    let idf = crate::matcher::features::Idf::builtin();
    // The participants of `word` in `text`.
    let who_of = |text: &str, word: &str| {
        let p = Prepared::new(text, idf);
        let t = p.tokens.iter().find(|t| t.norm == word);
        t.map(|t| who(&p, t))
    };
    // Dutch: the driver alone died; the injured two are the first clause's. (A sentence
    // guessed Dutch: "de" and "en" alone are French and Spanish words too.)
    assert_eq!(
        who_of(
            "Bij het ongeluk raakten twee mensen gewond en de bestuurder overleed ter plaatse.",
            "overleed"
        ),
        who_of("De bestuurder overleed ter plaatse.", "overleed")
    );
    // Near cases: "and" still ends it; French and Spanish "en" do not (the words before
    // it are the outcome's clause too).
    assert_eq!(
        who_of(
            "Two people were injured and the driver died at the scene.",
            "died"
        ),
        who_of("The driver died at the scene.", "died")
    );
    for (text, word, alone) in [
        (
            "Le conducteur transporté en urgence est mort à l'hôpital.",
            "mort",
            "Urgence est mort à l'hôpital.",
        ),
        (
            "El conductor trasladado en helicóptero murió en el hospital.",
            "murió",
            "Helicóptero murió en el hospital.",
        ),
    ] {
        let (told, short) = (who_of(text, word), who_of(alone, word));
        assert!(told.is_some() && told != short, "{text}: {told:?}");
    }
}
