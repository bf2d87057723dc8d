//! Tests of the number flags on ages ("35-year-old", "The deputy, 35,"): an age is
//! compared with an age only, never with a length of time, and its flag text reads whole.

use super::test_util::{no_number_flag, one_flag};

#[test]
fn an_age_is_not_compared_with_a_length_of_service() {
    // Both give the age 35; only B tells the years of service (trial 20, F4).
    no_number_flag(
        "The 35-year-old deputy was shot on June 24.",
        "The deputy, 35, had served 15 years and was shot on June 24.",
    );
    no_number_flag(
        "The 35-year-old deputy was shot on June 24.",
        "The deputy, a 15-year member of the department, was shot on June 24.",
    );
}

#[test]
fn two_ages_differ_and_read_whole() {
    one_flag(
        "The 34-year-old deputy was shot on June 24.",
        "The 43-year-old deputy was shot on June 24.",
        "34-year-old",
        "43-year-old",
        false,
    );
    one_flag(
        "The deputy, who was 34 years old, was shot on June 24.",
        "The deputy, who was 43 years old, was shot on June 24.",
        "34 years old",
        "43 years old",
        false,
    );
}

#[test]
fn lengths_of_time_still_differ() {
    one_flag(
        "He had served 15 years with the department.",
        "He had served 12 years with the department.",
        "15 years",
        "12 years",
        false,
    );
}

#[test]
fn ages_told_in_two_forms_are_compared() {
    // Trial 21, F-I: each 98-99 % same fact with no flag.
    let a = "The 60-year-old actor died on Monday.";
    for (b, tb) in [
        ("The actor, 61, died on Monday.", "actor, 61"),
        ("The actor died on Monday, aged 61.", "aged 61"),
        ("The actor died on Monday at the age of 61.", "age of 61"),
        ("The actor, who was 61, died on Monday.", "who was 61"),
    ] {
        one_flag(a, b, "60-year-old", tb, false);
    }
    one_flag(
        "The actor, 60, died on Monday.",
        "The actor died on Monday, aged 61.",
        "actor, 60",
        "aged 61",
        false,
    );
}

#[test]
fn one_age_in_two_forms_agrees_and_two_peoples_ages_are_not_compared() {
    let forms = [
        "The 35-year-old actor died on Monday.",
        "The actor died on Monday, aged 35.",
        "The actor, 35, died on Monday.",
        "The actor died on Monday at the age of 35.",
        "The actor, who was 35, died on Monday.",
    ];
    for a in forms {
        for b in forms {
            no_number_flag(a, b);
        }
    }
    // Dev data: two boys shot by police in two cities, each named.
    no_number_flag(
        "The clashes came after a vigil to mark the shooting of 15-year-old Alexandros Grigoropoulos.",
        "Sixteen-year-old Kimani Gray was shot and killed on Saturday night, police said.",
    );
    // A range of ages is no age ("aged 5 to 11").
    no_number_flag(
        "The vaccine was approved for children aged 5 to 11.",
        "The vaccine was approved for children aged 5 to 11 on Friday.",
    );
}

#[test]
fn an_age_in_years_of_the_romance_languages_is_never_a_prison_term() {
    // Trial 29 F12: "Karim B., 34 ans," and "un homme de 34 ans" are ages; "20 ans de
    // prison" a length of time.
    no_number_flag(
        "Karim B., 34 ans, a été condamné jeudi à Lyon.",
        "Karim B. condamné à 20 ans de prison.",
    );
    no_number_flag(
        "Un homme de 34 ans a été condamné jeudi.",
        "Karim B. condamné à 20 ans de prison.",
    );
    // Two ages still differ, and so do two terms beside them.
    one_flag(
        "Un hombre de 34 años fue condenado a 20 años de prisión.",
        "Un hombre de 35 años fue condenado a 20 años de prisión.",
        "34 años",
        "35 años",
        false,
    );
    let f = super::test_util::number_flags(
        "Karim B., 34 ans, a été condamné à 18 ans de réclusion.",
        "Karim B., 35 ans, a été condamné à 20 ans de prison.",
    );
    assert!(
        f.iter().any(|x| x.0 == "34 ans" && x.1 == "35 ans"),
        "{f:?}"
    );
    assert!(
        f.iter().any(|x| x.0 == "18 ans" && x.1 == "20 ans"),
        "{f:?}"
    );
    assert!(
        !f.iter().any(|x| x.0 == "34 ans" && x.1 == "20 ans"),
        "{f:?}"
    );
}
