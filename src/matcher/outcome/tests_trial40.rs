//! Tests after trial 40 (T4): opposite outcomes missed: a strike, a warning or a measure
//! extended against called off, suspended, lifted or ended, in seven languages; accepted
//! against rejected in French, Italian, Spanish, Portuguese and Dutch as in English and
//! German; an emergency landing against a crash; residents ordered out against let back.
//! The same outcome in other words, a negation, another measure and one report telling
//! both in sequence are no flag.

use super::tests_fates::{flagged_each_way, unflagged};

#[test]
fn a_measure_extended_against_ended_is_flagged_in_seven_languages() {
    for (a, b, ta, tb) in [
        (
            "The strike was extended until Monday.",
            "The strike was called off on Monday.",
            "extended",
            "called off",
        ),
        (
            "The strike was extended until Monday, the union said.",
            "The strike was suspended after a deal, the union said.",
            "extended",
            "suspended",
        ),
        (
            "The red warning was lifted on Sunday.",
            "The red warning was extended on Sunday.",
            "lifted",
            "extended",
        ),
        (
            "La grève a été reconduite jusqu'à lundi.",
            "La grève a été levée mercredi soir après un accord.",
            "reconduite",
            "levée",
        ),
        (
            "Der Streik wurde bis Montag verlängert.",
            "Der Streik wurde am Montag beendet.",
            "verlängert",
            "beendet",
        ),
        (
            "La huelga se prolongará hasta el lunes.",
            "La huelga fue desconvocada el lunes.",
            "prolongará",
            "desconvocada",
        ),
        (
            "Lo sciopero è stato prorogato fino a lunedì.",
            "Lo sciopero è stato revocato lunedì.",
            "prorogato",
            "revocato",
        ),
        (
            "A greve foi prolongada até segunda-feira.",
            "A greve foi desconvocada na segunda-feira.",
            "prolongada",
            "desconvocada",
        ),
        (
            "De staking is verlengd tot maandag.",
            "De staking is maandag afgeblazen.",
            "verlengd",
            "afgeblazen",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn a_measure_told_alike_negated_another_or_both_in_turn_is_no_flag() {
    // The same outcome in other words.
    unflagged(
        "The strike was extended until Monday.",
        "The walkout was prolonged until Monday.",
    );
    unflagged(
        "The strike was called off on Monday.",
        "The strike was suspended on Monday.",
    );
    // A negation: "not extended" is read by the negation rule alone (kept conservative).
    unflagged(
        "The strike was not extended.",
        "The strike was called off on Monday.",
    );
    // Two measures: both may be true.
    unflagged(
        "The curfew was lifted on Monday.",
        "The strike was extended on Monday.",
    );
    // One report telling both in sequence.
    unflagged(
        "The strike, extended on Friday, was called off on Monday.",
        "The strike was called off on Monday.",
    );
    // An adjective, no outcome.
    unflagged(
        "An extended strike hit the ports.",
        "The strike was called off on Monday.",
    );
    // Extended, of no measure.
    unflagged(
        "The company extended the deadline.",
        "The company ended the talks.",
    );
}

#[test]
fn accepted_against_rejected_is_flagged_in_seven_languages() {
    for (a, b, ta, tb) in [
        (
            "Les syndicats ont accepté la proposition vendredi.",
            "Les syndicats ont rejeté la proposition vendredi.",
            "accepté",
            "rejeté",
        ),
        (
            "Il sindacato ha accettato l'offerta venerdì.",
            "Il sindacato ha respinto l'offerta venerdì.",
            "accettato",
            "respinto",
        ),
        (
            "El sindicato aceptó la oferta el viernes.",
            "El sindicato rechazó la oferta el viernes.",
            "aceptó",
            "rechazó",
        ),
        (
            "O sindicato aceitou a proposta na sexta-feira.",
            "O sindicato rejeitou a proposta na sexta-feira.",
            "aceitou",
            "rejeitou",
        ),
        (
            "De vakbond heeft het voorstel vrijdag aanvaard.",
            "De vakbond heeft het voorstel vrijdag verworpen.",
            "aanvaard",
            "verworpen",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    unflagged(
        "El sindicato aceptó la oferta el viernes.",
        "El sindicato aceptó la propuesta el viernes.",
    );
    // Italian "rifiuti" is rubbish, no refusal.
    unflagged(
        "Il sindacato ha accettato l'offerta venerdì.",
        "I rifiuti sono rimasti in strada venerdì.",
    );
}

#[test]
fn an_emergency_landing_against_a_crash_is_flagged() {
    flagged_each_way(
        "The plane made an emergency landing in Frankfurt.",
        "The plane crashed near Frankfurt.",
        "emergency landing",
        "crashed",
    );
    flagged_each_way(
        "Die Maschine ist in Frankfurt notgelandet.",
        "Die Maschine ist bei Frankfurt abgestürzt.",
        "notgelandet",
        "abgestürzt",
    );
    flagged_each_way(
        "L'avion a atterri à Francfort.",
        "L'avion s'est écrasé près de Francfort.",
        "atterri",
        "écrasé",
    );
    // The landing gear, or a crash on landing: no safe landing.
    unflagged(
        "The landing gear failed near Frankfurt.",
        "The plane crashed near Frankfurt.",
    );
    unflagged(
        "The plane crashed on landing in Frankfurt.",
        "The plane crashed near Frankfurt.",
    );
}

#[test]
fn residents_ordered_out_against_let_back_is_flagged() {
    flagged_each_way(
        "Residents were ordered to evacuate on Tuesday.",
        "Residents were allowed to return home on Tuesday.",
        "ordered to evacuate",
        "allowed to return",
    );
    // One report tells both, in turn.
    unflagged(
        "Residents ordered to evacuate on Monday were allowed to return on Tuesday.",
        "Residents were allowed to return home on Tuesday.",
    );
    // Two groups.
    unflagged(
        "Tourists were ordered to evacuate on Tuesday.",
        "Residents were allowed to return home on Tuesday.",
    );
}
