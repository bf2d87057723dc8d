//! Flags of trial 52 (a mine collapse in Peru), by kind: counts of miners and of workers
//! are one count told two ways (F2, `lexicon/meanings.rs`: the miners are in the group
//! of workers); "every one of our workers" is no count of one (F7, `numbers/read.rs`);
//! "Julio Mamani, de 52 años." closing its sentence is an age, no length of time (F7,
//! `numbers/age.rs`); the time of a live blog's post stamp told with no dash ("13:30
//! Families have gathered …") is the post's, not compared (F7, `dates.rs`), and its
//! figures are no shared terms (F10, `prepared.rs`).

use super::test_util::{flags_of, no_number_flag, number_flags};
use crate::matcher::DiscrepancyKind::Date;

/// Whether `a` / `b` carries, both ways round, a number flag whose text in `a` holds `ta`
/// and whose text in `b` holds `tb` (case folded).
#[track_caller]
fn flags_figures(a: &str, b: &str, ta: &str, tb: &str) -> bool {
    let holds = |x: &str, y: &str| x.to_lowercase().contains(&y.to_lowercase());
    let one_way = number_flags(a, b)
        .iter()
        .any(|f| holds(&f.0, ta) && holds(&f.1, tb));
    let other_way = number_flags(b, a)
        .iter()
        .any(|f| holds(&f.0, tb) && holds(&f.1, ta));
    one_way && other_way
}

#[test]
fn counts_of_miners_and_of_workers_are_compared() {
    let said = |s: &str| format!("{s} died in the collapse, the company said.");
    // Trial 52 F2: the tester's pairs.
    assert!(flags_figures(
        &said("Two miners"),
        &said("Three workers"),
        "two",
        "three"
    ));
    let wire = "By Saturday night, rescuers had brought nine miners out alive and two were \
                confirmed dead, the company said.";
    let blog = "17:20 Eight workers have now been brought out alive, and one has died, the \
                mining firm says.";
    assert!(
        flags_figures(wire, blog, "nine", "eight"),
        "{:?}",
        number_flags(wire, blog)
    );
    // In the other languages.
    for (a, b, ta, tb) in [
        (
            "Dos mineros murieron en el derrumbe.",
            "Tres trabajadores murieron en el derrumbe.",
            "dos",
            "tres",
        ),
        (
            "Zwei Bergleute starben bei dem Einsturz.",
            "Drei Arbeiter starben bei dem Einsturz.",
            "zwei",
            "drei",
        ),
        (
            "Due minatori sono morti nel crollo.",
            "Tre operai sono morti nel crollo.",
            "due",
            "tre",
        ),
        (
            "Twee mijnwerkers kwamen om bij de instorting.",
            "Drie werknemers kwamen om bij de instorting.",
            "twee",
            "drie",
        ),
    ] {
        assert!(
            flags_figures(a, b, ta, tb),
            "{a} / {b}: {:?}",
            number_flags(a, b)
        );
    }
    // Near: the same count, and a count of another group of people.
    no_number_flag(&said("Two miners"), &said("Two workers"));
    no_number_flag(&said("Two miners"), &said("Three firefighters"));
    no_number_flag(
        "Dos mineros murieron en el derrumbe.",
        "Dos trabajadores murieron en el derrumbe.",
    );
}

#[test]
fn every_one_of_a_group_is_no_count_of_one() {
    // Trial 52 F7: "one ≠ Eight workers".
    let quote = "\"We are doing everything humanly possible to bring every one of our workers \
                 home,\" Minister Rosa Quispe told reporters at the mine.";
    let blog = "Eight workers have now been brought out alive, the mining firm says.";
    no_number_flag(quote, blog);
    no_number_flag(
        "Each one of the workers was examined by doctors.",
        "Eight workers were examined by doctors.",
    );
    no_number_flag(
        "Every single one of the workers was examined by doctors.",
        "Eight workers were examined by doctors.",
    );
    no_number_flag(
        "\"Estamos haciendo todo lo posible para traer a casa a cada uno de nuestros \
         trabajadores\", dijo el gerente.",
        "Ocho trabajadores fueron rescatados con vida, dijo el gerente.",
    );
    // Near: one worker is a count.
    assert!(flags_figures(
        "One worker was examined by doctors.",
        "Eight workers were examined by doctors.",
        "one",
        "eight"
    ));
    assert!(flags_figures(
        "One of the workers died, the company said.",
        "Two of the workers died, the company said.",
        "one",
        "two"
    ));
}

#[test]
fn an_age_after_a_name_closing_a_spanish_sentence_is_no_length_of_time() {
    // Trial 52 F7: "20 years ≠ 52 años".
    let wire = "Among those still trapped is 52-year-old foreman Julio Mamani, who has worked \
                at the mine for 20 years.";
    let es = "Entre los fallecidos figura el capataz Julio Mamani, de 52 años.";
    no_number_flag(wire, es);
    no_number_flag(
        "Julio Mamani has worked at the mine for 20 years.",
        "Entre los fallecidos figura el capataz Julio Mamani, de 52 años.",
    );
    no_number_flag(
        "Julio Mamani has worked at the mine for 20 years.",
        "Entre los fallecidos figura Julio Mamani, di 52 anni.",
    );
    // Near: lengths of time are still compared, and so are two ages.
    assert!(flags_figures(
        "Julio Mamani trabajó en la mina durante 22 años.",
        "Julio Mamani has worked at the mine for 20 years.",
        "22",
        "20"
    ));
    assert!(flags_figures(
        "Entre los fallecidos figura el capataz Julio Mamani, de 52 años.",
        "Entre los fallecidos figura el capataz Julio Mamani, de 55 años.",
        "52",
        "55"
    ));
}

#[test]
fn the_time_of_a_post_stamp_with_no_dash_is_not_compared() {
    // Trial 52 F7: "4:30 horas ≠ 13:30", "≠ 18:30".
    let es = "El derrumbe ocurrió hacia las 4:30 horas, poco antes del cambio de turno, \
              informó la empresa.";
    for post in [
        "13:30 Families have gathered at the entrance to the mine, waiting for news.",
        "18:30 The ministry says the gallery last passed a safety inspection in 2021.",
        "19:00 Around 120 rescue workers from the firm are taking part.",
    ] {
        assert_eq!(flags_of(Date, es, post), vec![], "{post}");
        assert_eq!(flags_of(Date, post, es), vec![], "{post}");
    }
    // Near: a time told in the sentence is compared, at its start too.
    let told = "The collapse happened at 6:45 a.m., the company said.";
    assert_eq!(flags_of(Date, es, told).len(), 1, "{told}");
    let opening = "At 13:30 the collapse happened, the company said.";
    assert_eq!(flags_of(Date, es, opening).len(), 1, "{opening}");
}

#[test]
fn the_figures_of_a_post_stamp_are_no_shared_terms() {
    // Trial 52 F10: "17:20" shared and highlighted "20" with "20 years".
    let terms = |a: &str, b: &str| -> Vec<String> {
        let e = crate::matcher::explain(a, b);
        e.reason.shared.into_iter().map(|t| t.term).collect()
    };
    let wire = "Julio Mamani has worked at the mine for 20 years.";
    let t = terms(
        wire,
        "17:20 Eight workers have now been brought out alive, the mining firm says.",
    );
    assert!(!t.contains(&"20".to_string()), "{t:?}");
    let t = terms(
        wire,
        "17:20 – Eight workers have now been brought out alive, the mining firm says.",
    );
    assert!(!t.contains(&"20".to_string()), "{t:?}");
    // Near: a figure of the post's text, and a clock time told in a sentence, are shared.
    let t = terms(
        wire,
        "17:20 Julio Mamani worked there for 20 years, his family says.",
    );
    assert!(t.contains(&"20".to_string()), "{t:?}");
    let t = terms(
        "The collapse happened at 17:20, the company said.",
        "The mine collapsed at 17:20 on Saturday.",
    );
    assert!(t.contains(&"20".to_string()), "{t:?}");
}
