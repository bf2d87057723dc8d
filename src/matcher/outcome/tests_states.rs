//! Tests of the opposite outcomes trial 29 found missed (F7, F17, F14, F9): a negated verb
//! and a denial against an admission in French, Spanish, Italian, Portuguese and German;
//! states (a vote survived or lost, a place open or closed, custody or bail); a side
//! (left / right); nobody against someone hurt; "job losses" is no financial loss.

use super::tests_fates::{conflict, flagged_each_way, unflagged};

#[test]
fn a_foreign_negation_of_the_same_verb_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "Sa défense a annoncé qu'elle ferait appel.",
            "Ses avocats ont indiqué qu'ils ne feraient pas appel.",
            "appel",
            "pas appel",
        ),
        (
            "La défense fera appel du jugement.",
            "La défense ne fera plus appel du jugement.",
            "appel",
            "plus appel",
        ),
        (
            "La difesa farà ricorso in appello.",
            "La difesa non farà ricorso in appello.",
            "farà",
            "non farà",
        ),
        (
            "A defesa vai recorrer da sentença.",
            "A defesa não vai recorrer da sentença.",
            "vai",
            "não vai",
        ),
        (
            "Die Verteidigung will in Berufung gehen.",
            "Die Verteidigung will nicht in Berufung gehen.",
            "Berufung",
            "nicht in Berufung",
        ),
        (
            "Les jurés l'ont déclaré coupable.",
            "Les jurés l'ont déclaré non coupable.",
            "coupable",
            "non coupable",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn a_negation_of_another_clause_or_on_both_sides_is_no_conflict() {
    for (a, b) in [
        (
            "L'avocat, qui ne voulait pas parler, a annoncé qu'il ferait appel.",
            "L'avocat a annoncé qu'il ferait appel.",
        ),
        (
            "La défense ne fera pas appel.",
            "Les avocats ne feront jamais appel.",
        ),
        // "plus" without "ne" is "more".
        (
            "Le bilan fait plus de morts que prévu.",
            "Le bilan fait de nombreux morts.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_denial_against_an_admission_is_flagged_in_five_languages() {
    for (a, b, ta, tb) in [
        (
            "L'accusé a toujours nié les faits.",
            "L'homme a reconnu les faits pendant l'audience.",
            "nié",
            "reconnu",
        ),
        (
            "L'accusé a avoué le meurtre.",
            "L'accusé a nié le meurtre.",
            "avoué",
            "nié",
        ),
        (
            "El acusado negó los hechos.",
            "El acusado admitió los hechos.",
            "negó",
            "admitió",
        ),
        (
            "L'imputato ha negato i fatti.",
            "L'imputato ha ammesso i fatti.",
            "negato",
            "ammesso",
        ),
        (
            "O réu negou os factos.",
            "O réu confessou os factos.",
            "negou",
            "confessou",
        ),
        (
            "Der Angeklagte bestritt die Tat.",
            "Der Angeklagte gestand die Tat.",
            "bestritt",
            "gestand",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn the_same_admission_or_a_verdict_is_no_denial_conflict() {
    for (a, b) in [
        (
            "L'accusé a reconnu les faits.",
            "L'homme a avoué les faits pendant l'audience.",
        ),
        // "reconnu coupable" is a verdict, not an admission.
        (
            "L'accusé a nié les faits.",
            "L'accusé a été reconnu coupable des faits.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_charge_retained_against_ruled_out_is_flagged() {
    flagged_each_way(
        "Les jurés l'ont reconnu coupable de meurtre mais ont écarté la préméditation.",
        "Il a été déclaré coupable d'assassinat, la préméditation ayant été retenue.",
        "écarté",
        "retenue",
    );
}

#[test]
fn a_state_and_its_opposite_are_flagged() {
    for (a, b, ta, tb) in [
        (
            "The mayor survived a confidence vote in Manchester.",
            "The mayor lost a confidence vote in Manchester.",
            "survived",
            "lost",
        ),
        (
            "The factory in Manchester will stay open.",
            "The factory in Manchester will close.",
            "open",
            "close",
        ),
        (
            "L'usine restera ouverte.",
            "L'usine sera fermée.",
            "ouverte",
            "fermée",
        ),
        // Trial 40: plurals and Dutch.
        (
            "Le scuole resteranno chiuse martedì in tutta la città.",
            "Le scuole resteranno aperte martedì in tutta la città.",
            "chiuse",
            "aperte",
        ),
        (
            "Los colegios permanecerán cerrados el martes.",
            "Los colegios permanecerán abiertos el martes.",
            "cerrados",
            "abiertos",
        ),
        (
            "As escolas vão permanecer fechadas na terça-feira.",
            "As escolas vão permanecer abertas na terça-feira.",
            "fechadas",
            "abertas",
        ),
        (
            "De scholen blijven dinsdag gesloten.",
            "De scholen blijven dinsdag open.",
            "gesloten",
            "open",
        ),
        // A negation both sides tell ("no-confidence") is no outcome of either.
        (
            "The government survived a no-confidence vote.",
            "The government lost a no-confidence vote.",
            "survived",
            "lost",
        ),
        (
            "The suspect was released on bail in Manchester.",
            "The suspect was remanded in custody in Manchester.",
            "bail",
            "remanded",
        ),
        (
            "Le suspect a été remis en liberté sous caution.",
            "Le suspect a été placé en détention provisoire.",
            "liberté",
            "détention",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn the_same_state_in_other_words_is_no_conflict() {
    for (a, b) in [
        (
            "The factory will stay open.",
            "The factory will remain open.",
        ),
        (
            "Le scuole resteranno chiuse martedì.",
            "Le scuole sono state chiuse martedì.",
        ),
        (
            "The suspect was remanded in custody.",
            "The suspect was held in custody.",
        ),
        (
            "The mayor survived a confidence vote.",
            "The mayor won a confidence vote.",
        ),
        // Survived a crash is no vote; "close to" is no closing.
        ("The mayor survived the crash.", "The mayor lost the vote."),
        (
            "The factory stands close to the river.",
            "The factory is open.",
        ),
        // "caution" of English is no bail.
        (
            "Police urged caution.",
            "The suspect was remanded in custody.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_side_against_the_other_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "Witnesses said the aircraft banked sharply to the left before it crashed.",
            "Witnesses described the aircraft tilting sharply to the right before it crashed.",
            "left",
            "right",
        ),
        (
            "The car swerved left into the wall.",
            "The car swerved right into the wall.",
            "left",
            "right",
        ),
        (
            "Das Flugzeug drehte nach links ab.",
            "Das Flugzeug drehte nach rechts ab.",
            "links",
            "rechts",
        ),
        (
            "L'avion a viré à gauche.",
            "L'avion a viré à droite.",
            "gauche",
            "droite",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn a_side_that_is_no_direction_is_no_conflict() {
    for (a, b) in [
        // "left" the verb, "right" the noun.
        (
            "The driver left the scene.",
            "The driver turned to the right.",
        ),
        (
            "The left-wing party won the vote.",
            "The right-wing party won the vote on Sunday.",
        ),
        // Both sides in one sentence.
        (
            "The driver turned to the left and hit a wall on the right.",
            "The driver turned to the left and hit a wall.",
        ),
        (
            "La droite a gagné les élections.",
            "L'avion a viré à gauche.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn nobody_hurt_against_someone_hurt_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "No one was hurt.",
            "One firefighter was slightly injured.",
            "No one was hurt",
            "injured",
        ),
        (
            "Verletzt wurde bisher niemand.",
            "Ein Feuerwehrmann wurde leicht verletzt.",
            "Verletzt wurde bisher niemand",
            "verletzt",
        ),
        (
            "Bei dem Brand gab es keine Verletzten.",
            "Bei dem Brand wurden zwei Menschen verletzt.",
            "keine Verletzten",
            "verletzt",
        ),
        (
            "No hubo heridos.",
            "Un bombero resultó herido.",
            "No hubo heridos",
            "herido",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    // A "nobody" subject before its verb in French, Italian and Portuguese.
    for (a, b) in [
        (
            "Personne n'a été blessé.",
            "Un pompier a été légèrement blessé.",
        ),
        (
            "Nessuno è rimasto ferito.",
            "Due persone sono rimaste ferite.",
        ),
        ("Ninguém ficou ferido.", "Duas pessoas ficaram feridas."),
    ] {
        assert!(conflict(a, b).is_some(), "{a} / {b}");
        assert!(conflict(b, a).is_some(), "{b} / {a}");
    }
    unflagged(
        "Personne n'a été blessé.",
        "Personne n'a été blessé dans l'incendie.",
    );
    unflagged("No one was hurt.", "Nobody was injured.");
    // "not only ... but also" negates nothing (trial 31).
    unflagged(
        "The fire destroyed not only the factory but also two homes.",
        "The fire destroyed the factory and also two homes.",
    );
    unflagged(
        "Das Feuer zerstörte nicht nur die Fabrik, sondern auch zwei Häuser.",
        "Das Feuer zerstörte die Fabrik und auch zwei Häuser.",
    );
    // "without" negates a fate too; a negation stays with its nearest word.
    unflagged(
        "The other 18 people escaped without injury.",
        "The other 18 people were not injured.",
    );
    assert_eq!(
        conflict(
            "There were no votes that would kill the bill.",
            "Votes would kill the bill."
        ),
        Some(("no votes".into(), "Votes".into()))
    );
}

#[test]
fn a_loss_of_something_else_is_no_financial_loss() {
    for (a, b) in [
        (
            "Nordtek to cut 1,200 jobs after profit slumps",
            "Nordtek plans 1,500 job losses",
        ),
        (
            "The company issued a profit warning.",
            "The company reported heavy losses.",
        ),
        (
            "Nordtek reported a profit in the quarter.",
            "Nordtek reported a loss of market share.",
        ),
    ] {
        unflagged(a, b);
    }
    assert_eq!(
        conflict(
            "Nordtek reported a profit of 3 million euros.",
            "Nordtek reported a loss of 3 million euros."
        ),
        Some(("profit".into(), "loss".into()))
    );
}

#[test]
fn english_non_of_a_compound_is_no_negation() {
    flagged_each_way(
        "The non-stop flight landed safely.",
        "The non-stop flight crashed.",
        "landed",
        "crashed",
    );
    flagged_each_way(
        "The flight landed safely.",
        "The non-stop flight crashed.",
        "landed",
        "crashed",
    );
}
