//! Tests of nationalities told by their nouns (trial 48 F3): "a 41-year-old Frenchman" /
//! "a 41-year-old Italian", "A Briton" / "An American", "un Français" / "un Italien";
//! a count of "Britons" against one of "British citizens"; and the near cases that keep
//! no flag (one nationality both ways, a list of the same nationalities, an institution, a
//! nationality that modifies another noun, a quote's speaker).

use super::test_util::{
    flags, has_flag, has_flag_each_way, no_flag_either, no_number_flag, number_flags,
};
use crate::matcher::DiscrepancyKind::{Number, Person};

#[test]
fn a_person_told_by_two_nationality_nouns_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "The mountain guide, a 41-year-old Frenchman, survived with minor injuries.",
            "The guide, a 41-year-old Italian, escaped with light injuries.",
            "Frenchman",
            "Italian",
        ),
        (
            "A Briton was among the dead, police said.",
            "An American was among the dead, police said.",
            "Briton",
            "American",
        ),
        // A noun of a nationality against its adjective with a plain noun.
        (
            "The guide, a Frenchman, was rescued by helicopter.",
            "The guide, an Italian man, was rescued by helicopter.",
            "Frenchman",
            "Italian man",
        ),
        (
            "The mountain guide, a French national, survived with minor injuries.",
            "The mountain guide, a Spaniard, survived with minor injuries.",
            "French national",
            "Spaniard",
        ),
        // French, Spanish, Italian, Portuguese, German and Dutch nouns.
        (
            "Le guide, un Français de 41 ans, s'en est sorti avec des blessures légères.",
            "Le guide, un Italien de 41 ans, s'en est sorti avec des blessures légères.",
            "Français",
            "Italien",
        ),
        (
            "El guía, un francés de 41 años, resultó herido leve.",
            "El guía, un italiano de 41 años, resultó herido leve.",
            "francés",
            "italiano",
        ),
        (
            "La guida, un tedesco di 41 anni, è rimasta ferita.",
            "La guida, un britannico di 41 anni, è rimasta ferita.",
            "tedesco",
            "britannico",
        ),
        (
            "O guia, um francês de 41 anos, ficou ferido.",
            "O guia, um alemão de 41 anos, ficou ferido.",
            "francês",
            "alemão",
        ),
        (
            "Der Bergführer, ein 41-jähriger Franzose, wurde leicht verletzt.",
            "Der Bergführer, ein 41-jähriger Italiener, wurde leicht verletzt.",
            "Franzose",
            "Italiener",
        ),
        (
            "De gids, een Fransman van 41, raakte licht gewond.",
            "De gids, een Duitser van 41, raakte licht gewond.",
            "Fransman",
            "Duitser",
        ),
    ] {
        has_flag_each_way(Person, a, b, ta, tb);
    }
}

#[test]
fn one_nationality_an_institution_a_modifier_or_a_speaker_is_no_person_flag() {
    no_flag_either(
        Person,
        &[
            // One nationality, told by its noun and by its adjective.
            (
                "The mountain guide, a 41-year-old Frenchman, survived with minor injuries.",
                "The guide, a 41-year-old French national, escaped with light injuries.",
            ),
            (
                "A Briton was among the dead, police said.",
                "A British man was among the dead, police said.",
            ),
            // The same nationalities listed on both sides.
            (
                "The dead were a German and a Swiss, police said.",
                "Among the dead were a German and a Swiss, police said.",
            ),
            // Institutions: no person (as "French authorities" / "British authorities").
            (
                "French police said the guide had survived.",
                "Italian police said the guide had survived.",
            ),
            // A nationality before another noun is its adjective, not a person.
            (
                "An Italian company built the lift, police said.",
                "A German company built the lift, police said.",
            ),
            (
                "A German-born guide was among the dead.",
                "An Italian guide was among the dead.",
            ),
            // A role against a plain noun: a tourist and a Frenchman may be two people.
            (
                "A Frenchman was among the dead.",
                "An Italian tourist was among the dead.",
            ),
            // A quote's speaker told by a nationality against a name.
            (
                "\u{201c}The snow just gave way,\u{201d} the Frenchman said.",
                "\u{201c}The snow just gave way,\u{201d} Pierre Dupont said.",
            ),
        ],
    );
}

#[test]
fn one_nationality_counted_with_its_noun_and_a_plain_noun_is_one_count_flag() {
    has_flag_each_way(
        Number,
        "Two Britons were among the dead, police said.",
        "Three British nationals were among the dead, police said.",
        "Two Britons",
        "Three British nationals",
    );
    has_flag_each_way(
        Person,
        "The dead were two Britons, a German and a Swiss national, police said.",
        "Among the dead were three British citizens, a German and a Swiss man, police said.",
        "two Britons, a German and a Swiss",
        "three British citizens, a German and a Swiss",
    );
    // The same noun on both sides is the count flags' own: one flag, not two.
    let (a, b) = (
        "The dead were two Britons, a German and a Swiss national, police said.",
        "The dead were three Britons, a German and a Swiss national, police said.",
    );
    let f = flags(a, b);
    assert_eq!(f.len(), 1, "{a} / {b}: {f:?}");
}

#[test]
fn the_same_count_or_no_figure_is_no_count_flag() {
    for (a, b) in [
        (
            "Two Britons were among the dead, police said.",
            "Two British nationals were among the dead, police said.",
        ),
        (
            "The dead were two Britons, a German and a Swiss national, police said.",
            "Among the dead were two British citizens, a German and a Swiss man, police said.",
        ),
        // "A Briton" tells no toll: one of those dead.
        (
            "A Briton was among the dead, police said.",
            "Two British nationals were among the dead, police said.",
        ),
        // Two roles: the dead and the rescued.
        (
            "Two Britons were among the dead.",
            "Rescuers pulled three British climbers from the snow.",
        ),
    ] {
        assert_eq!(number_flags(a, b), vec![], "{a} / {b}");
        assert_eq!(number_flags(b, a), vec![], "{b} / {a}");
        no_flag_either(Person, &[(a, b)]);
    }
}

/// Trial 48 F6: across languages, a lone count of people of a nationality ("deux
/// Britanniques") is no count of the other sentence's lone counted noun ("One skier"):
/// a group of a list against one man's fate. Near cases keep their flags: the lone
/// counts of one thing in two languages, and two counts of one nationality.
#[test]
fn a_nationality_count_is_no_lone_count_of_another_noun_across_languages() {
    let skier = "One skier was pulled out alive after nearly two hours under the snow and \
                 flown to hospital in Sion, where he was in critical condition.";
    for b in [
        "Les victimes sont deux Britanniques, un Allemand et un Suisse.",
        "Las víctimas son dos británicos, un alemán y un suizo.",
        "Unter den Toten sind zwei Briten, ein Deutscher und ein Schweizer.",
        "Tra le vittime ci sono due britannici, un tedesco e uno svizzero.",
    ] {
        no_number_flag(skier, b);
    }
    // The lone counts of one noun in two languages still differ.
    has_flag(
        Number,
        "Two workers were injured, firefighters said.",
        "Trois ouvriers ont été blessés, selon les pompiers.",
        "Two workers",
        "Trois ouvriers",
    );
    // Two counts of one nationality across languages still differ.
    let f = flags(
        "Les victimes sont deux Britanniques, un Allemand et un Suisse.",
        "The dead were three Britons, a German and a Swiss national.",
    );
    assert!(!f.is_empty(), "{f:?}");
}
