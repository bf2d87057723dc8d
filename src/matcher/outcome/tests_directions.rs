//! Tests after trial 42 (B1, B2): a rate cut against raised and a share down against up
//! in German, French, Italian, Spanish, Portuguese and Dutch, as in English; a level
//! changed against left unchanged; people held in custody against released; none known
//! against a count ("Unfälle seien nicht bekannt" / "zwei Unfälle"). The same
//! direction in other words, one sentence telling both, two things moving, and a word of
//! another sense ("a relevé des irrégularités", "released the name") are no flag.

use super::tests_fates::{flagged_each_way, unflagged};

#[test]
fn a_rate_cut_against_raised_is_flagged_in_six_languages() {
    for (a, b, ta, tb) in [
        (
            "Die EZB hat den Leitzins gesenkt.",
            "Die EZB hat den Leitzins erhöht.",
            "gesenkt",
            "erhöht",
        ),
        (
            "Der Leitzins wurde um 0,25 Prozentpunkte gesenkt.",
            "Der Leitzins wurde um 0,25 Prozentpunkte angehoben.",
            "gesenkt",
            "angehoben",
        ),
        (
            "La BCE a baissé ses taux de 0,25 point.",
            "La BCE a relevé ses taux de 0,25 point.",
            "baissé",
            "relevé",
        ),
        (
            "La Bce ha tagliato i tassi di 25 punti base.",
            "La Bce ha alzato i tassi di 25 punti base.",
            "tagliato",
            "alzato",
        ),
        (
            "El BCE recortó los tipos de interés en 25 puntos básicos.",
            "El BCE subió los tipos de interés en 25 puntos básicos.",
            "recortó",
            "subió",
        ),
        (
            "O BCE cortou os juros em 25 pontos base.",
            "O BCE subiu os juros em 25 pontos base.",
            "cortou",
            "subiu",
        ),
        (
            "De ECB heeft de rente verlaagd.",
            "De ECB heeft de rente verhoogd.",
            "verlaagd",
            "verhoogd",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn a_share_down_against_up_is_flagged_in_six_languages() {
    for (a, b, ta, tb) in [
        (
            "Die Aktie fiel am Mittwoch um 8 Prozent.",
            "Die Aktie stieg am Mittwoch um 8 Prozent.",
            "fiel",
            "stieg",
        ),
        (
            "L'action a chuté de 8 % mercredi.",
            "L'action a bondi de 8 % mercredi.",
            "chuté",
            "bondi",
        ),
        (
            "L'action a reculé de 8 % mercredi.",
            "L'action a progressé de 8 % mercredi.",
            "reculé",
            "progressé",
        ),
        (
            "L'azione è scesa dell'8% mercoledì.",
            "L'azione è salita dell'8% mercoledì.",
            "scesa",
            "salita",
        ),
        (
            "La acción cayó un 8 % el miércoles.",
            "La acción subió un 8 % el miércoles.",
            "cayó",
            "subió",
        ),
        (
            "A ação caiu 8% na quarta-feira.",
            "A ação subiu 8% na quarta-feira.",
            "caiu",
            "subiu",
        ),
        (
            "Het aandeel daalde woensdag 8 procent.",
            "Het aandeel steeg woensdag 8 procent.",
            "daalde",
            "steeg",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

/// The same direction in other words, one sentence telling both in turn, two things
/// moving, and a word of a change in another sense are no flag.
#[test]
fn the_same_direction_two_movers_or_another_sense_are_not_flagged() {
    for (a, b) in [
        // The same direction in other words.
        (
            "Die EZB hat den Leitzins gesenkt.",
            "Die EZB hat den Leitzins reduziert.",
        ),
        (
            "La BCE a baissé ses taux de 0,25 point.",
            "La BCE a abaissé ses taux de 0,25 point.",
        ),
        (
            "La Bce ha tagliato i tassi di 25 punti base.",
            "La Bce ha ridotto i tassi di 25 punti base.",
        ),
        (
            "Het aandeel daalde woensdag 8 procent.",
            "Het aandeel zakte woensdag 8 procent.",
        ),
        // One sentence telling both in turn.
        (
            "Die Aktie stieg zunächst um 3 Prozent und fiel dann um 8 Prozent.",
            "Die Aktie fiel am Mittwoch um 8 Prozent.",
        ),
        (
            "Het aandeel steeg eerst 3 procent en daalde daarna 8 procent.",
            "Het aandeel daalde woensdag 8 procent.",
        ),
        // Two things moving.
        (
            "Die Aktie fiel am Mittwoch um 8 Prozent.",
            "Der Umsatz stieg am Mittwoch um 8 Prozent.",
        ),
        (
            "Het aandeel daalde woensdag 8 procent.",
            "De omzet steeg woensdag 8 procent.",
        ),
        (
            "Las acciones cayeron un 8 % el miércoles.",
            "Las ventas subieron un 8 % el miércoles.",
        ),
        (
            "Der Umsatz ist um 8 Prozent gestiegen.",
            "Die Aktie ist um 8 Prozent gesunken.",
        ),
        // Another sense: noted, fell into the water.
        (
            "Le ministre a relevé des irrégularités dans le dossier.",
            "Le ministre a baissé les bras dans le dossier.",
        ),
        ("Ein Kind fiel ins Wasser.", "Ein Kind stieg ins Wasser."),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_level_changed_against_left_unchanged_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "The ECB cut rates by 25 basis points.",
            "The ECB left rates unchanged.",
            "cut",
            "unchanged",
        ),
        (
            "La Bce ha tagliato i tassi di 25 punti base.",
            "La Bce ha lasciato i tassi invariati.",
            "tagliato",
            "invariati",
        ),
        (
            "Die EZB hat den Leitzins erhöht.",
            "Die EZB hat den Leitzins unverändert gelassen.",
            "erhöht",
            "unverändert",
        ),
        (
            "La BCE a relevé ses taux.",
            "La BCE a laissé ses taux inchangés.",
            "relevé",
            "inchangés",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    // Not of a level: jobs cut, a text left unchanged.
    unflagged(
        "The bank left rates unchanged on Thursday.",
        "The bank cut 500 jobs on Thursday.",
    );
    unflagged(
        "The bank cut rates on Thursday.",
        "The bank left its statement unchanged on Thursday.",
    );
}

#[test]
fn held_in_custody_against_released_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "Quinze personnes ont été placées en garde à vue.",
            "Quinze personnes ont été relâchées.",
            "garde à vue",
            "relâchées",
        ),
        (
            "La police a interpellé 23 personnes, dont 15 ont été placées en garde à vue.",
            "Vingt-trois personnes ont été interpellées ; toutes ont été relâchées dans la soirée.",
            "garde à vue",
            "relâchées",
        ),
        (
            "Fifteen people were held in custody overnight.",
            "All fifteen were released overnight.",
            "custody",
            "released",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    // A name released; the guard of the Queen; in custody then released, told in turn.
    for (a, b) in [
        (
            "Police have a suspect in custody after the crash.",
            "Police have released the name of the victim of the crash.",
        ),
        (
            "La garde rapprochée du président a été relâchée.",
            "La garde rapprochée du président a été renforcée.",
        ),
        (
            "The man was held in custody and released on Friday.",
            "The man was released on Friday.",
        ),
    ] {
        unflagged(a, b);
    }
}

/// None known against a count (trial 42 B2, pair y7): the negation denies the knowing, the
/// other report counts the thing. Both told as not known, or no count of the same thing,
/// is no flag.
#[test]
fn none_known_against_a_count_is_flagged() {
    flagged_each_way(
        "Unfälle seien nicht bekannt, sagte ein VW-Sprecher.",
        "Ein VW-Sprecher sagte, es habe bereits zwei Unfälle gegeben.",
        "Unfälle seien nicht bekannt",
        "zwei Unfälle",
    );
    for (a, b) in [
        (
            "Der VW-Sprecher sagte, Unfälle seien nicht bekannt.",
            "Von Unfällen sei nichts bekannt, sagte ein Sprecher von Volkswagen.",
        ),
        (
            "Die Ursache sei noch nicht bekannt, sagte ein Sprecher.",
            "Die Ursache sei ein Defekt, sagte ein Sprecher.",
        ),
        (
            "Unfälle seien nicht bekannt, sagte ein Sprecher.",
            "Ein Sprecher nannte zwei Gründe für den Rückruf.",
        ),
    ] {
        unflagged(a, b);
    }
}

/// A share down against up with its subject after the verb ("Op het Damrak steeg het
/// aandeel": trial 42, articles k1 / k2).
#[test]
fn a_subject_after_its_verb_is_the_mover() {
    flagged_each_way(
        "Het aandeel ASML daalde woensdag op de beurs van Amsterdam 8 procent.",
        "Op het Damrak steeg het aandeel woensdag 3 procent.",
        "daalde",
        "steeg",
    );
    unflagged(
        "De omzet steeg naar 7,7 miljard euro.",
        "Het aandeel daalde woensdag 8 procent.",
    );
}
