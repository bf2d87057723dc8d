//! Tests of dates written in French, German, Spanish, Italian and Dutch, and of dates
//! compared across two languages (`dates.rs`, `lexicon/dates.rs`).

use super::test_util::{flags, no_flag};
use super::*;

/// The date flags of `a` / `b`: (a text, b text, softer kind).
fn date_flags(a: &str, b: &str) -> Vec<(String, String, bool)> {
    super::test_util::flags_of(DiscrepancyKind::Date, a, b)
}

/// The one flag `(kind, a text, b text)` of `a` / `b`, as `flags` gives it.
fn one_date(a: &str, b: &str, fa: &str, fb: &str) {
    assert_eq!(
        flags(a, b),
        vec![(DiscrepancyKind::Date, fa.to_string(), fb.to_string())],
        "{a} / {b}"
    );
}

#[test]
fn a_foreign_date_is_flagged_as_a_date_on_its_day() {
    // The day differs: one date flag on the day and its month, not a number flag on the
    // day nor a flag on the weekday.
    for (a, b, fa, fb) in [
        (
            "Der Gipfel findet am Donnerstag, 11. Dezember, in Brüssel statt.",
            "Der Gipfel findet am Dienstag, 2. Dezember, in Brüssel statt.",
            "11. Dezember",
            "2. Dezember",
        ),
        (
            "Le sommet aura lieu le jeudi 11 décembre à Bruxelles.",
            "Le sommet aura lieu le mardi 2 décembre à Bruxelles.",
            "11 décembre",
            "2 décembre",
        ),
        (
            "La cumbre se celebrará el jueves 11 de diciembre en Bruselas.",
            "La cumbre se celebrará el martes 2 de diciembre en Bruselas.",
            "11 de diciembre",
            "2 de diciembre",
        ),
        (
            "Il vertice si terrà giovedì 11 dicembre a Bruxelles.",
            "Il vertice si terrà martedì 2 dicembre a Bruxelles.",
            "11 dicembre",
            "2 dicembre",
        ),
        (
            "De top vindt plaats op donderdag 11 december in Brussel.",
            "De top vindt plaats op dinsdag 2 december in Brussel.",
            "11 december",
            "2 december",
        ),
        (
            "Die Wahl findet am 3. März 2024 statt.",
            "Die Wahl findet am 3. Mai 2024 statt.",
            "3. März",
            "3. Mai",
        ),
        (
            "Le vote aura lieu le 3 mars 2024.",
            "Le vote aura lieu le 3 mai 2024.",
            "3 mars",
            "3 mai",
        ),
        // A date parted by dots, day first.
        (
            "Der Gipfel findet am 11.12.2025 in Brüssel statt.",
            "Der Gipfel findet am 2.12.2025 in Brüssel statt.",
            "11.12.2025",
            "2.12.2025",
        ),
    ] {
        one_date(a, b, fa, fb);
    }
    // The same date written two ways agrees.
    for (a, b) in [
        (
            "Der Gipfel findet am 11.12.2025 in Brüssel statt.",
            "Der Gipfel findet am 11. Dezember 2025 in Brüssel statt.",
        ),
        (
            "Der Gipfel findet am Donnerstag, dem 11. Dezember, statt.",
            "Der Gipfel findet am 11. Dezember statt.",
        ),
        (
            "La cumbre se celebrará el jueves 11 de diciembre.",
            "La cumbre se celebrará el 11 de diciembre.",
        ),
    ] {
        assert_eq!(flags(a, b), vec![], "{a} / {b}");
    }
    // A month alone, spelt out: "im Dezember" / "im November".
    one_date(
        "Die Inflation stieg im Dezember auf 2,5 Prozent.",
        "Die Inflation stieg im November auf 2,5 Prozent.",
        "Dezember",
        "November",
    );
}

#[test]
fn foreign_month_and_weekday_names_that_are_names_stay_names() {
    // "Mars", "Mai", "Julio" are months only beside a figure; "Domingo" capitalised is a
    // name (Spanish writes the weekday in lower case).
    for (a, b) in [
        (
            "Bruno Mars sang at the ceremony on Sunday.",
            "Bruno Mars sang at the ceremony in June.",
        ),
        (
            "Julio Iglesias sang at the ceremony, aides said.",
            "Julio Iglesias sang at the ceremony in December, aides said.",
        ),
        (
            "Plácido Domingo sang at the gala on Friday.",
            "Plácido Domingo sang at the gala, aides said.",
        ),
    ] {
        no_flag(DiscrepancyKind::Date, a, b);
        no_flag(DiscrepancyKind::Date, b, a);
    }
    one_date(
        "El concierto será el domingo en Madrid.",
        "El concierto será el sábado en Madrid.",
        "domingo",
        "sábado",
    );
}

#[test]
fn dates_are_compared_across_languages() {
    let en = "The summit will take place on Thursday, December 11.";
    for (other, fb) in [
        ("Le sommet aura lieu le mardi 2 décembre.", "2 décembre"),
        (
            "Der Gipfel findet am Dienstag, 2. Dezember, statt.",
            "2. Dezember",
        ),
        (
            "La cumbre se celebrará el martes 2 de diciembre.",
            "2 de diciembre",
        ),
    ] {
        assert_eq!(
            date_flags(en, other),
            vec![("December 11".to_string(), fb.to_string(), false)],
            "{other}"
        );
    }
    for other in [
        "Le sommet aura lieu le jeudi 11 décembre.",
        "Der Gipfel findet am Donnerstag, dem 11. Dezember, statt.",
        "La cumbre se celebrará el jueves 11 de diciembre.",
    ] {
        assert_eq!(date_flags(en, other), vec![], "{other}");
    }
    // In one language the words around the dates still tell whether they are about one
    // thing: two facts, two dates.
    no_flag(
        DiscrepancyKind::Date,
        "Her agent said Page died at a hospital after suffering a heart attack on December 2.",
        "Bettie Page passed away Thursday, December 11, at age 85.",
    );
}

#[test]
fn an_ordinal_first_of_the_month_is_a_day() {
    // "1er mai", "1º maggio", "1.º de mayo", "the 1st of December" are day 1 of a month,
    // as "1. Mai" and "1 mai" are: another month or day is a solid date flag, the same
    // date (however written) none.
    for (a, b, fa, fb) in [
        (
            "La manifestation aura lieu le 1er mai à Paris.",
            "La manifestation aura lieu le 1er juin à Paris.",
            "1er mai",
            "1er juin",
        ),
        (
            "Le sommet aura lieu le 1er décembre 2025 à Bruxelles.",
            "Le sommet aura lieu le 2 décembre 2025 à Bruxelles.",
            "1er décembre",
            "2 décembre",
        ),
        (
            "Les syndicats défileront le 1er mai à Paris.",
            "Les syndicats défileront le 8 mai à Paris.",
            "1er mai",
            "8 mai",
        ),
        (
            "La manifestazione si terrà il 1º maggio a Roma.",
            "La manifestazione si terrà l'8 maggio a Roma.",
            "1º maggio",
            "8 maggio",
        ),
        (
            "La manifestación será el 1.º de mayo en Madrid.",
            "La manifestación será el 8 de mayo en Madrid.",
            "1.º de mayo",
            "8 de mayo",
        ),
        (
            "The summit will be held on the 1st of December in Brussels.",
            "The summit will be held on December 2 in Brussels.",
            "1st of December",
            "December 2",
        ),
    ] {
        one_date(a, b, fa, fb);
    }
    for (a, b) in [
        (
            "Le sommet aura lieu le 1er décembre à Bruxelles.",
            "Le sommet aura lieu le 1 décembre à Bruxelles.",
        ),
        (
            "La manifestación será el 1 de mayo en Madrid.",
            "La manifestación será el 1.º de mayo en Madrid.",
        ),
        (
            "La manifestazione si terrà il 1° maggio a Roma.",
            "La manifestazione si terrà il 1º maggio a Roma.",
        ),
        (
            "The summit will be held on the 1st of December in Brussels.",
            "The summit will be held on December 1 in Brussels.",
        ),
    ] {
        assert_eq!(flags(a, b), vec![], "{a} / {b}");
    }
}

#[test]
fn portuguese_weekdays_in_feira_are_weekdays() {
    for (a, b, fa, fb) in [
        (
            "A cimeira realiza-se na quinta-feira em Bruxelas.",
            "A cimeira realiza-se na terça-feira em Bruxelas.",
            "quinta-feira",
            "terça-feira",
        ),
        (
            "O presidente falou na segunda feira em Lisboa.",
            "O presidente falou na sexta feira em Lisboa.",
            "segunda feira",
            "sexta feira",
        ),
        (
            "O presidente falou na 2.ª feira em Lisboa.",
            "O presidente falou na 4.ª feira em Lisboa.",
            "2.ª feira",
            "4.ª feira",
        ),
    ] {
        one_date(a, b, fa, fb);
    }
    // The day and month agree, the weekday differs: one flag, on the weekday.
    assert_eq!(
        date_flags(
            "A cimeira realiza-se na quinta-feira, 11 de dezembro, em Bruxelas.",
            "A cimeira realiza-se na terça-feira, 11 de dezembro, em Bruxelas.",
        ),
        vec![("quinta-feira".to_string(), "terça-feira".to_string(), false)]
    );
    // "segunda-feira" and "2.ª feira" are one day; "segunda" alone is an ordinal.
    for (a, b) in [
        (
            "O presidente falou na segunda-feira em Lisboa.",
            "O presidente falou na 2.ª feira em Lisboa.",
        ),
        (
            "O presidente venceu a segunda volta em Lisboa.",
            "O presidente venceu a primeira volta em Lisboa.",
        ),
    ] {
        assert_eq!(date_flags(a, b), vec![], "{a} / {b}");
    }
}

#[test]
fn a_foreign_month_named_like_may_is_no_hedge() {
    // "le 8 mai": the token of the month is May, which is no "may" telling the next word
    // as possible (it gave `outcome: à ≠ mai à`).
    no_flag(
        DiscrepancyKind::Outcome,
        "Les syndicats défileront à Paris.",
        "Les syndicats défileront le 8 mai à Paris.",
    );
}

#[test]
fn a_day_and_month_in_figures_with_no_year_is_a_date() {
    // "am 11.12.": day, dot, month, dot, after "am", "vom", "bis", "op" or a weekday.
    for (sentence, da, db) in [
        (
            "Die Polizei nahm den Mann am # in Berlin fest.",
            "11.12.",
            "2.12.",
        ),
        ("Die Ausstellung ist bis # geöffnet.", "11.12.", "11.1."),
        ("De top vindt plaats op # in Brussel.", "11.12.", "2.12."),
        (
            "Der Gipfel findet am Donnerstag, # in Brüssel statt.",
            "11.12.",
            "4.12.",
        ),
    ] {
        let (a, b) = (sentence.replace('#', da), sentence.replace('#', db));
        one_date(&a, &b, da, db);
    }
    // The same day written out agrees, across languages too.
    for (a, b) in [
        (
            "Der Gipfel findet am 11.12. in Brüssel statt.",
            "Der Gipfel findet am 11. Dezember in Brüssel statt.",
        ),
        (
            "Der Gipfel findet am 11.12. in Brüssel statt.",
            "The summit will be held on December 11 in Brussels.",
        ),
    ] {
        assert_eq!(flags(a, b), vec![], "{a} / {b}");
    }
    // A decimal is no date, with or without a dot after it.
    for (a, b) in [
        (
            "Die Inflation lag im Mai bei 11.12 Prozent.",
            "Die Inflation lag im Mai bei 11.15 Prozent.",
        ),
        (
            "Die Inflation stieg am Montag auf 11.12.",
            "Die Inflation stieg am Montag auf 11.15.",
        ),
    ] {
        assert_eq!(date_flags(a, b), vec![], "{a} / {b}");
        assert_eq!(
            super::test_util::number_flags(a, b).len(),
            1,
            "{a} / {b}: {:?}",
            flags(a, b)
        );
    }
}

#[test]
fn a_portuguese_weekday_without_feira_is_a_weekday_where_nothing_else_is_meant() {
    for (sentence, da, db) in [
        ("O acidente aconteceu na # em Lisboa.", "quinta", "terça"),
        ("O presidente falou nesta #, em Lisboa.", "segunda", "sexta"),
        ("A reunião será na próxima # à tarde.", "quarta", "sexta"),
        (
            "A cimeira realiza-se #, 11 de dezembro, em Bruxelas.",
            "quinta",
            "terça",
        ),
    ] {
        let (a, b) = (sentence.replace('#', da), sentence.replace('#', db));
        one_date(&a, &b, da, db);
    }
    // With "feira" or without, one day; across languages too.
    for (a, b) in [
        (
            "O presidente falou na quinta, disse a agência.",
            "O presidente falou na quinta-feira, disse a agência.",
        ),
        (
            "The summit will be held on Thursday in Brussels.",
            "A cimeira realiza-se na quinta em Bruxelas, disse a comissão.",
        ),
    ] {
        assert_eq!(date_flags(a, b), vec![], "{a} / {b}");
    }
    assert_eq!(
        date_flags(
            "The summit will be held on Tuesday in Brussels.",
            "A cimeira realiza-se na quinta em Bruxelas, disse a comissão.",
        ),
        vec![("Tuesday".to_string(), "quinta".to_string(), false)]
    );
    // An ordinal or a farm stays one: a noun after it, or a capital.
    for (a, b) in [
        (
            "O presidente venceu na segunda volta em Lisboa.",
            "O presidente venceu na primeira volta em Lisboa.",
        ),
        (
            "O incêndio começou na quinta do Lago em Loulé.",
            "O incêndio começou na terça parte da mata em Loulé.",
        ),
        (
            "O concerto foi na Quinta da Regaleira, em Sintra.",
            "O concerto foi na Terça da Regaleira, em Sintra.",
        ),
    ] {
        assert_eq!(date_flags(a, b), vec![], "{a} / {b}");
    }
}

#[test]
fn a_passive_announcement_is_dated_as_a_fact() {
    // Trial 29 F15: "was announced on Monday" dates the announcement, the fact both
    // sentences tell; "said on Monday that ..." dates the telling of another fact.
    for verb in ["announced", "confirmed"] {
        let a = format!("The result was {verb} on Monday by the commission.");
        let b = format!("The result was {verb} on Tuesday by the commission.");
        let f = flags(&a, &b);
        assert!(
            f.contains(&(
                DiscrepancyKind::Date,
                "Monday".to_string(),
                "Tuesday".to_string()
            )),
            "{a} / {b}: {f:?}"
        );
    }
    no_flag(
        DiscrepancyKind::Date,
        "The commission said on Monday that the result was valid.",
        "The commission said on Tuesday that the result was valid.",
    );
}

#[test]
fn a_month_alone_after_a_word_of_time_is_a_date() {
    // Trial 42 C1: "ab Juli", "in juli", "en julio" are months with no figure beside them.
    one_date(
        "Die Halter werden ab Juli schriftlich informiert.",
        "Die Halter werden ab August schriftlich informiert.",
        "Juli",
        "August",
    );
    one_date(
        "Die Halter werden im Juli informiert.",
        "Die Halter werden im August informiert.",
        "Juli",
        "August",
    );
    one_date(
        "De eigenaren krijgen in juli een brief.",
        "De eigenaren krijgen in augustus een brief.",
        "juli",
        "augustus",
    );
    one_date(
        "Los dueños recibirán una carta en julio.",
        "Los dueños recibirán una carta en agosto.",
        "julio",
        "agosto",
    );
    // Near cases: a capitalised Spanish "Julio" is a name; "in mayo" is food.
    no_flag(
        DiscrepancyKind::Date,
        "La carta llegó a manos de Julio en Madrid.",
        "La carta llegó a manos de Julio en enero en Madrid.",
    );
}

#[test]
fn two_full_dates_of_two_leads_are_flagged_whatever_their_neighbours() {
    // Trial 45, F1: the words beside each date are venues that differ ("Santiago
    // Bernabéu" / "Estadi Olímpic"); one full date on each side dates the one fact.
    one_date_flag(
        "Real Madrid beat Barcelona 2-1 at the Santiago Bernabéu on Sunday, October 26, to go five points clear.",
        "Barcelona beat Real Madrid 4-3 at the Estadi Olímpic on Sunday, May 11, to move seven points clear.",
        "October 26",
        "May 11",
    );
    one_date_flag(
        "Le Real Madrid a battu Barcelone 2-1 au stade Santiago Bernabéu le dimanche 26 octobre, en Liga.",
        "Barcelone a battu le Real Madrid 4-3 au stade Olímpic le dimanche 11 mai, en Liga.",
        "26 octobre",
        "11 mai",
    );
    // The same match told with its weekday only, or with the same date: no date flag.
    for b in [
        "Real Madrid beat Barcelona 2-1 at the Bernabéu on Sunday to go five points clear.",
        "Real Madrid won 2-1 at the Bernabéu on Sunday, October 26, to go five points clear.",
    ] {
        assert_eq!(
            date_flags(
                "Real Madrid beat Barcelona 2-1 at the Santiago Bernabéu on Sunday, October 26, to go five points clear.",
                b
            ),
            vec![],
            "{b}"
        );
    }
    // A full date on one side only is left to the anchors (two facts: "suffering a heart
    // attack on December 2" / "passed away Thursday, December 11").
    assert_eq!(
        date_flags(
            "Page died in hospital after suffering a heart attack on December 2.",
            "Page's agent said she passed away Thursday, December 11."
        ),
        vec![]
    );
}

/// The one date flag `(a text, b text)` of `a` / `b`, of the harder kind.
fn one_date_flag(a: &str, b: &str, fa: &str, fb: &str) {
    assert_eq!(
        date_flags(a, b),
        vec![(fa.to_string(), fb.to_string(), false)],
        "{a} / {b}"
    );
}
