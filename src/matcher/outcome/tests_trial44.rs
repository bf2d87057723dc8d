//! Tests after trial 44 (section C, m11 y103, v103a, v103b, v120a, y120, y122, y123,
//! y124): someone still at large against caught again, and someone who resigned against
//! one who ruled resigning out or stays in office, in several languages. Not flagged: the
//! same outcome in other words ("has not been caught" / "remains at large"), two
//! subjects, and one sentence telling both in turn ("escaped on Monday and was
//! recaptured on Wednesday").
//!
//! And trial 44's outcomes told otherwise (session 42): a finding negated in an inflected
//! form ("keine erhöhten Schadstoffwerte" / "erhöhte Schadstoffwerte"), one still at large
//! against a whole group caught ("Hood remains at large" / "Both men were recaptured"), a
//! ransom paid against refused (y131: "se negó a pagar", "weigerde … te betalen"), and a
//! suspect charged with crimes of other families ("charged with murder" / "charged with
//! robbery").
//!
//! And trial 44's charges (session 43): a German genitive crime before its verb ("wurde
//! des Mordes angeklagt"), and two legal names of a killing ("murder" / "manslaughter",
//! "Mord" / "Totschlag"), the softer kind, while a charge and a plain word of a killing
//! ("murder" / "killing") agree.

use super::tests_fates::{flagged_each_way, unflagged};
use crate::matcher::prepared::Prepared;

#[test]
fn still_at_large_against_recaptured_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "Hood remains at large.",
            "Hood was recaptured on Wednesday.",
            "at large",
            "recaptured",
        ),
        (
            "Both men remain at large.",
            "Both men were recaptured.",
            "at large",
            "recaptured",
        ),
        (
            "Both inmates are still on the run.",
            "Both inmates were recaptured on Thursday.",
            "on the run",
            "recaptured",
        ),
        (
            "Les deux détenus sont toujours en fuite.",
            "Les deux détenus ont été repris jeudi.",
            "en fuite",
            "été repris",
        ),
        (
            "Die beiden Häftlinge sind weiter auf der Flucht.",
            "Die beiden Häftlinge wurden am Donnerstag gefasst.",
            "auf der Flucht",
            "gefasst",
        ),
        (
            "Los dos reos siguen prófugos.",
            "Los dos reos fueron recapturados el jueves.",
            "prófugos",
            "recapturados",
        ),
        (
            "I due detenuti sono ancora in fuga.",
            "I due detenuti sono stati ricatturati giovedì.",
            "in fuga",
            "ricatturati",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn at_large_told_otherwise_or_both_in_turn_is_no_flag() {
    for (a, b) in [
        // The same outcome in other words: a negation, no contradiction.
        ("Hood remains at large.", "Hood has not been caught."),
        ("Hood remains at large.", "Hood is still on the run."),
        (
            "Les deux détenus ont été repris.",
            "Les deux détenus ont été rattrapés.",
        ),
        // One sentence telling both in turn.
        (
            "Hood escaped on Monday and was recaptured on Wednesday.",
            "Hood was recaptured on Wednesday.",
        ),
        // Two subjects.
        ("Hood remains at large.", "His accomplice was recaptured."),
        // Resumed, not caught again.
        (
            "Le travail a repris jeudi.",
            "Les deux détenus sont toujours en fuite.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn resigned_against_ruled_out_or_staying_on_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "Il ministro ha rassegnato le dimissioni.",
            "Il ministro ha escluso le dimissioni.",
            "rassegnato le dimissioni",
            "escluso le dimissioni",
        ),
        (
            "Der Minister ist zurückgetreten.",
            "Der Minister lehnt einen Rücktritt ab.",
            "zurückgetreten",
            "lehnt einen Rücktritt ab",
        ),
        (
            "De minister is afgetreden.",
            "De minister blijft aan.",
            "afgetreden",
            "blijft aan",
        ),
        (
            "The minister resigned on Friday.",
            "The minister ruled out resigning on Friday.",
            "resigned",
            "ruled out resigning",
        ),
        (
            "Le ministre a démissionné.",
            "Le ministre a exclu toute démission.",
            "démissionné",
            "exclu toute démission",
        ),
        (
            "El ministro dimitió el viernes.",
            "El ministro descartó dimitir el viernes.",
            "dimitió",
            "descartó dimitir",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn resigned_told_otherwise_or_of_two_people_is_no_flag() {
    for (a, b) in [
        // The same outcome in other words.
        (
            "Il ministro ha rassegnato le dimissioni.",
            "Il ministro si è dimesso.",
        ),
        (
            "Le ministre a présenté sa démission mercredi soir.",
            "Le ministre a démissionné mercredi soir.",
        ),
        (
            "Der Minister lehnt einen Rücktritt ab.",
            "Der Minister bleibt im Amt.",
        ),
        ("The minister has not resigned.", "The minister stays on."),
        // One sentence telling both in turn.
        (
            "The minister ruled out resigning on Monday but resigned on Friday.",
            "The minister resigned on Friday.",
        ),
        // Two people.
        ("De minister is afgetreden.", "De premier blijft aan."),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_finding_negated_in_another_inflected_form_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "Die Messungen ergaben keine erhöhten Schadstoffwerte.",
            "Die Messungen ergaben erhöhte Schadstoffwerte.",
            "keine erhöhten",
            "erhöhte",
        ),
        (
            "Es wurden keine erhöhten Werte gemessen.",
            "Die Werte waren erhöht.",
            "keine erhöhten",
            "erhöht",
        ),
        (
            "De metingen toonden geen verhoogde waarden.",
            "De waarden waren verhoogd.",
            "geen verhoogde",
            "verhoogd",
        ),
        (
            "Nessun valore anomalo è stato rilevato.",
            "Sono stati rilevati valori anomali.",
            "Nessun valore",
            "valori",
        ),
        (
            "Le analisi non hanno trovato nessun valore anomalo.",
            "Le analisi hanno trovato valori anomali.",
            "non hanno trovato",
            "trovato",
        ),
        // Already flagged in the other languages: kept so.
        (
            "The measurements showed no elevated levels of pollutants.",
            "The measurements showed elevated levels of pollutants.",
            "no elevated",
            "elevated",
        ),
        (
            "Les analyses n'ont révélé aucune valeur anormale.",
            "Les analyses ont révélé des valeurs anormales.",
            "aucune valeur",
            "valeurs",
        ),
        (
            "Los análisis no revelaron valores anormales.",
            "Los análisis revelaron valores anormales.",
            "no revelaron",
            "revelaron",
        ),
        (
            "As análises não revelaram valores anormais.",
            "As análises revelaram valores anormais.",
            "não revelaram",
            "revelaram",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn a_finding_negated_on_both_sides_or_told_otherwise_is_no_flag() {
    for (a, b) in [
        (
            "Die Messungen ergaben keine erhöhten Werte.",
            "Die Messungen ergaben keine auffälligen Werte.",
        ),
        (
            "Die Messungen ergaben keine erhöhten Werte.",
            "Die Messungen ergaben normale Werte.",
        ),
        (
            "Die Messungen ergaben keine erhöhten Werte.",
            "Die Werte waren nicht erhöht.",
        ),
        (
            "De metingen toonden geen verhoogde waarden.",
            "De metingen toonden normale waarden.",
        ),
        (
            "Le analisi non hanno trovato nessun valore anomalo.",
            "Le analisi hanno trovato valori nella norma.",
        ),
        (
            "Los análisis no detectaron ningún valor anormal.",
            "Los análisis detectaron valores dentro de la norma.",
        ),
        (
            "The tests found no elevated levels.",
            "The tests found no abnormal levels.",
        ),
        (
            "The tests found no elevated levels.",
            "The tests found normal levels.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn still_at_large_against_a_whole_group_caught_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "Hood remains at large.",
            "Both men were recaptured.",
            "at large",
            "recaptured",
        ),
        (
            "Hood remains at large.",
            "The two inmates were recaptured on Thursday.",
            "at large",
            "recaptured",
        ),
        (
            "Hood remains at large.",
            "All three were recaptured.",
            "at large",
            "recaptured",
        ),
        (
            "Hood est toujours en fuite.",
            "Les deux détenus ont été repris jeudi.",
            "en fuite",
            "été repris",
        ),
        (
            "Hood ist weiter auf der Flucht.",
            "Die beiden Häftlinge wurden gefasst.",
            "auf der Flucht",
            "gefasst",
        ),
        (
            "Hood sigue prófugo.",
            "Los dos reos fueron recapturados el jueves.",
            "prófugo",
            "recapturados",
        ),
        (
            "Hood è ancora in fuga.",
            "I due detenuti sono stati ricatturati giovedì.",
            "in fuga",
            "ricatturati",
        ),
        (
            "Hood continua em fuga.",
            "Os dois presos foram recapturados.",
            "em fuga",
            "recapturados",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn at_large_against_a_group_that_need_not_take_them_in_is_no_flag() {
    for (a, b) in [
        // Another man named.
        ("Hood remains at large.", "Smith was recaptured."),
        // Two of a number not told: not all of them.
        ("Hood remains at large.", "Two men were recaptured."),
        // The group told of more than its noun: others.
        (
            "Hood remains at large.",
            "Both men who helped him were recaptured.",
        ),
        // A larger count than the whole group.
        (
            "Three inmates remain at large.",
            "Both men were recaptured.",
        ),
        // A whole group of others, no one named.
        ("The 14 patients were moved to safety.", "A nurse died."),
        // A name after a verb is no subject (flag_counts, same-event-dev).
        (
            "A judge in Fulton County sentenced Brian Nichols for his deadly rampage.",
            "Both guards were released after being forced to drive to Baytown.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_ransom_paid_against_refused_is_flagged_in_seven_languages() {
    for (a, b, ta, tb) in [
        (
            "The hospital paid a ransom to the hackers.",
            "The hospital refused to pay a ransom to the hackers.",
            "paid",
            "refused to pay",
        ),
        (
            "The hospital paid a ransom to the hackers.",
            "The hospital did not pay any ransom to the hackers.",
            "paid",
            "not pay",
        ),
        (
            "Das Krankenhaus hat Lösegeld gezahlt.",
            "Das Krankenhaus weigerte sich, Lösegeld zu zahlen.",
            "gezahlt",
            "weigerte sich, Lösegeld zu zahlen",
        ),
        (
            "L'hôpital a payé une rançon.",
            "L'hôpital a refusé de payer une rançon.",
            "payé",
            "refusé de payer",
        ),
        (
            "El hospital pagó un rescate.",
            "El hospital se negó a pagar un rescate.",
            "pagó",
            "negó a pagar",
        ),
        (
            "L'ospedale ha pagato un riscatto.",
            "L'ospedale si è rifiutato di pagare il riscatto.",
            "pagato",
            "rifiutato di pagare",
        ),
        (
            "O hospital pagou um resgate.",
            "O hospital negou-se a pagar o resgate.",
            "pagou",
            "negou-se a pagar",
        ),
        (
            "Het ziekenhuis betaalde losgeld.",
            "Het ziekenhuis weigerde losgeld te betalen.",
            "betaalde",
            "weigerde losgeld te betalen",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn a_ransom_refused_told_otherwise_is_no_flag() {
    for (a, b) in [
        (
            "El hospital se negó a pagar un rescate.",
            "El hospital no pagó ningún rescate.",
        ),
        (
            "Het ziekenhuis weigerde losgeld te betalen.",
            "Het ziekenhuis betaalde geen losgeld.",
        ),
        (
            "Das Krankenhaus weigerte sich, Lösegeld zu zahlen.",
            "Das Krankenhaus hat kein Lösegeld gezahlt.",
        ),
        // A denial is no refusal: "negó" denies what it tells ("negó haber pagado").
        (
            "El hospital negó haber pagado un rescate.",
            "El hospital pagó un rescate.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn charged_with_crimes_of_other_families_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "The man was charged with murder.",
            "The man was charged with robbery.",
            "charged with murder",
            "charged with robbery",
        ),
        (
            "The man now faces a murder charge.",
            "The man was charged with robbery.",
            "murder charge",
            "charged with robbery",
        ),
        (
            "Der Mann wurde wegen Mordes angeklagt.",
            "Der Mann wurde wegen Raubes angeklagt.",
            "wegen Mordes",
            "wegen Raubes",
        ),
        (
            "L'homme a été inculpé de meurtre.",
            "L'homme a été inculpé de vol.",
            "inculpé de meurtre",
            "inculpé de vol",
        ),
        (
            "El hombre fue acusado de asesinato.",
            "El hombre fue acusado de robo.",
            "acusado de asesinato",
            "acusado de robo",
        ),
        (
            "L'uomo è stato accusato di omicidio.",
            "L'uomo è stato accusato di rapina.",
            "accusato di omicidio",
            "accusato di rapina",
        ),
        (
            "O homem foi acusado de homicídio.",
            "O homem foi acusado de roubo.",
            "acusado de homicídio",
            "acusado de roubo",
        ),
        (
            "De man werd aangeklaagd voor moord.",
            "De man werd aangeklaagd voor diefstal.",
            "aangeklaagd voor moord",
            "aangeklaagd voor diefstal",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn one_charge_told_otherwise_or_of_two_people_is_no_flag() {
    for (a, b) in [
        // One family told in other words.
        (
            "The man was charged with murder.",
            "The man was charged with killing his wife.",
        ),
        (
            "Der Mann wurde wegen Mordes angeklagt.",
            "Der Mann wurde wegen Totschlags angeklagt.",
        ),
        (
            "L'homme a été inculpé de vol.",
            "L'homme a été inculpé de cambriolage.",
        ),
        // One charge among several, told on both sides.
        (
            "The man was charged with murder and robbery.",
            "The man was charged with robbery.",
        ),
        // Two people.
        (
            "Smith was charged with murder.",
            "Jones was charged with robbery.",
        ),
        // A charge only possible.
        (
            "The man could be charged with murder.",
            "The man was charged with robbery.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_german_genitive_crime_before_its_verb_is_a_charge() {
    for (a, b, ta, tb) in [
        (
            "Der Mann wurde des Mordes angeklagt.",
            "Der Mann wurde des Raubes angeklagt.",
            "des Mordes angeklagt",
            "des Raubes angeklagt",
        ),
        (
            "Der Mann wurde des versuchten Mordes beschuldigt.",
            "Der Mann wurde wegen Betrugs angeklagt.",
            "des versuchten Mordes beschuldigt",
            "wegen Betrugs",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    for (a, b) in [
        // One charge in the two German forms.
        (
            "Der Mann wurde des Mordes angeklagt.",
            "Der Mann wurde wegen Mordes angeklagt.",
        ),
        // A genitive of no crime ("der Familie") before "angeklagt".
        (
            "Der Anwalt der Familie wurde angeklagt.",
            "Der Mann wurde wegen Raubes angeklagt.",
        ),
        // Two people.
        (
            "Müller wurde des Mordes angeklagt.",
            "Schmidt wurde des Raubes angeklagt.",
        ),
    ] {
        unflagged(a, b);
    }
}

/// The outcome flags of `a` against `b`: text in `a`, text in `b`, whether the softer
/// kind.
fn outcome_flags(a: &str, b: &str) -> Vec<(String, String, bool)> {
    let idf = crate::matcher::prepared::Idf::builtin();
    let (pa, pb) = (Prepared::new(a, idf), Prepared::new(b, idf));
    crate::matcher::flags::discrepancies(&pa, &pb)
        .into_iter()
        .filter(|d| d.kind == crate::matcher::DiscrepancyKind::Outcome)
        .map(|d| (d.a, d.b, d.vague))
        .collect()
}

#[test]
fn two_legal_names_of_a_killing_are_the_softer_flag() {
    for (a, b, ta, tb) in [
        (
            "The man was charged with murder.",
            "The man was charged with manslaughter.",
            "charged with murder",
            "charged with manslaughter",
        ),
        (
            "Der Mann wurde wegen Mordes angeklagt.",
            "Der Mann wurde wegen Totschlags angeklagt.",
            "wegen Mordes",
            "wegen Totschlags",
        ),
        (
            "L'homme a été inculpé d'assassinat.",
            "L'homme a été inculpé de meurtre.",
            "inculpé d'assassinat",
            "inculpé de meurtre",
        ),
        (
            "El hombre fue acusado de asesinato.",
            "El hombre fue acusado de homicidio.",
            "acusado de asesinato",
            "acusado de homicidio",
        ),
        (
            "De man werd aangeklaagd voor moord.",
            "De man werd aangeklaagd voor doodslag.",
            "aangeklaagd voor moord",
            "aangeklaagd voor doodslag",
        ),
        // By negligence against on purpose.
        (
            "L'uomo è stato accusato di omicidio volontario.",
            "L'uomo è stato accusato di omicidio colposo.",
            "accusato di omicidio volontario",
            "accusato di omicidio colposo",
        ),
        (
            "O homem foi acusado de homicídio doloso.",
            "O homem foi acusado de homicídio culposo.",
            "acusado de homicídio doloso",
            "acusado de homicídio culposo",
        ),
    ] {
        let want = |x: &str, y: &str| vec![(x.to_string(), y.to_string(), true)];
        assert_eq!(outcome_flags(a, b), want(ta, tb), "{a} / {b}");
        assert_eq!(outcome_flags(b, a), want(tb, ta), "{b} / {a}");
    }
    for (a, b) in [
        // A charge and a word of a killing that names no grade.
        (
            "The man was charged with murder.",
            "The man was charged with killing his wife.",
        ),
        (
            "The man was charged with murder.",
            "The man was charged with homicide.",
        ),
        (
            "The man was charged with murder.",
            "The man killed his wife.",
        ),
        // One name told on both sides, with another.
        (
            "The man was charged with murder and manslaughter.",
            "The man was charged with manslaughter.",
        ),
        // One charge told in two languages' names.
        (
            "The man was charged with murder.",
            "L'homme a été inculpé de meurtre.",
        ),
        // Two people.
        (
            "Smith was charged with murder.",
            "Jones was charged with manslaughter.",
        ),
        // A charge only possible.
        (
            "The man could be charged with murder.",
            "The man was charged with manslaughter.",
        ),
    ] {
        assert_eq!(outcome_flags(a, b), vec![], "{a} / {b}");
        assert_eq!(outcome_flags(b, a), vec![], "{b} / {a}");
    }
}
