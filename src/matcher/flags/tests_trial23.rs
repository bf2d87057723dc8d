//! Tests of the flags trial 23 found silent: French "neuf" as nine (F-G), opposite
//! outcomes beyond English (F-J).

use super::test_util::{has_flag, no_flag_either, number_flags};
use super::DiscrepancyKind;

/// Asserts that `a` / `b` get one number flag, read either way round.
fn one_number_flag_each_way(a: &str, b: &str) {
    let ab = number_flags(a, b);
    assert_eq!(ab.len(), 1, "{a} / {b}: {ab:?}");
    assert_eq!(number_flags(b, a).len(), 1, "{b} / {a}");
}

#[test]
fn french_neuf_before_a_noun_or_ans_is_nine() {
    for (a, b) in [
        (
            "Neuf personnes ont été blessées.",
            "Huit personnes ont été blessées.",
        ),
        (
            "Il a été condamné à huit ans de prison.",
            "Il a été condamné à neuf ans de prison.",
        ),
        ("Le feu a fait neuf blessés.", "Le feu a fait huit blessés."),
    ] {
        one_number_flag_each_way(a, b);
    }
    // "un bâtiment neuf" is a new building.
    assert_eq!(
        number_flags(
            "Un bâtiment neuf a brûlé dans la nuit.",
            "Un bâtiment de huit étages a brûlé dans la nuit."
        ),
        vec![]
    );
}

#[test]
fn opposite_outcomes_beyond_english_are_flagged() {
    let o = DiscrepancyKind::Outcome;
    for (a, b, ta, tb) in [
        (
            "The carmaker will cut 500 jobs at its Sunderland plant.",
            "The carmaker will create 500 jobs at its Sunderland plant.",
            "cut",
            "create",
        ),
        (
            "The company said it would cut 500 jobs.",
            "The company said it would create 500 jobs.",
            "cut",
            "create",
        ),
        (
            "The carmaker will add 500 jobs at its Sunderland plant.",
            "The carmaker will cut 500 jobs at its Sunderland plant.",
            "add",
            "cut",
        ),
        (
            "Les ventes ont connu une hausse de 5 % en mars.",
            "Les ventes ont connu une baisse de 5 % en mars.",
            "hausse",
            "baisse",
        ),
        (
            "Le chômage a augmenté de 5 % en mars.",
            "Le chômage a baissé de 5 % en mars.",
            "augmenté",
            "baissé",
        ),
        (
            "Die Preise sind im März um 5 Prozent gestiegen.",
            "Die Preise sind im März um 5 Prozent gesunken.",
            "gestiegen",
            "gesunken",
        ),
        (
            "Las ventas subieron un 4,2% en marzo.",
            "Las ventas cayeron un 4,2% en marzo.",
            "subieron",
            "cayeron",
        ),
        (
            "As vendas aumentaram 4% em março.",
            "As vendas caíram 4% em março.",
            "aumentaram",
            "caíram",
        ),
        (
            "Le vendite sono salite del 4% a marzo.",
            "Le vendite sono calate del 4% a marzo.",
            "salite",
            "calate",
        ),
        (
            "Trois personnes ont été blessées légèrement dans l'accident.",
            "Trois personnes ont été blessées grièvement dans l'accident.",
            // A patient's condition with its injury word (`outcome/condition.rs`).
            "blessées légèrement",
            "blessées grièvement",
        ),
        (
            "The driver admitted causing the crash in court.",
            "The driver denied causing the crash in court.",
            "admitted",
            "denied",
        ),
    ] {
        has_flag(o, a, b, ta, tb);
        has_flag(o, b, a, tb, ta);
    }
    no_flag_either(
        o,
        &[(
            "The carmaker will create 500 jobs, the minister added.",
            "The carmaker will create 500 jobs, the minister said.",
        )],
    );
}

#[test]
fn french_and_italian_approximate_counts_are_about_a_figure() {
    for (a, b) in [
        (
            "Une quarantaine de pompiers ont été mobilisés.",
            "Une soixantaine de pompiers ont été mobilisés.",
        ),
        (
            "Une trentaine d'habitants ont été évacués.",
            "Une quarantaine d'habitants ont été évacués.",
        ),
        (
            "Una quarantina di persone sono state evacuate.",
            "Una sessantina di persone sono state evacuate.",
        ),
    ] {
        one_number_flag_each_way(a, b);
    }
    // About forty agrees with forty, and with itself; quarantine is no count.
    for (a, b) in [
        (
            "Une quarantaine de pompiers ont été mobilisés.",
            "Quarante pompiers ont été mobilisés.",
        ),
        (
            "Le navire a été mis en quarantaine à Marseille.",
            "Le navire a été mis en quarantaine pendant 60 jours à Marseille.",
        ),
    ] {
        assert_eq!(number_flags(a, b), vec![], "{a} / {b}");
    }
}

#[test]
fn one_figure_in_two_phrasings_is_compared() {
    for (a, b) in [
        (
            "A bridge collapsed in Sheffield, injuring 12.",
            "Fourteen injured as Sheffield bridge gives way.",
        ),
        (
            "He has been jailed for eight years.",
            "He was sentenced to nine years in prison.",
        ),
    ] {
        one_number_flag_each_way(a, b);
    }
    assert_eq!(
        number_flags(
            "A bridge collapsed in Sheffield, injuring 12.",
            "Twelve injured as Sheffield bridge gives way."
        ),
        vec![]
    );
}
