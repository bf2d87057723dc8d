//! Tests of the negation rule's readings (trial 31, F1): a negation of a delay ("not
//! until Friday") tells when, not whether; an auxiliary between a negation and its
//! participle ("non è sopravvissuto", "não foi preso") is not the negated word;
//! Portuguese "no" ("in the") is no negation; a negated qualifier ("no dangerous
//! concentrations") is not denied by another form of its stem ("the danger of") (trial 33
//! F6).

use super::tests_fates::{flagged_each_way, unflagged};

#[test]
fn not_until_or_not_before_a_time_is_the_same_fact_as_only_then() {
    for (a, b) in [
        (
            "The bridge will not reopen until Friday.",
            "The bridge will only reopen on Friday.",
        ),
        (
            "The bridge will not reopen before Friday.",
            "The bridge will reopen on Friday.",
        ),
        (
            "The suspect was not released until he paid bail.",
            "The suspect was released after he paid bail.",
        ),
        (
            "Die Brücke wird nicht vor Freitag wieder geöffnet.",
            "Die Brücke wird erst am Freitag wieder geöffnet.",
        ),
        (
            "Die Brücke wird bis Freitag nicht geöffnet.",
            "Die Brücke wird erst am Freitag geöffnet.",
        ),
        (
            "Le pont ne rouvrira pas avant vendredi.",
            "Le pont rouvrira seulement vendredi.",
        ),
        (
            "Le pont ne rouvrira pas jusqu'à vendredi.",
            "Le pont rouvrira vendredi.",
        ),
        (
            "El puente no reabrirá hasta el viernes.",
            "El puente reabrirá el viernes.",
        ),
        (
            "El puente no reabrirá antes del viernes.",
            "El puente solo reabrirá el viernes.",
        ),
        (
            "Il ponte non riaprirà prima di venerdì.",
            "Il ponte riaprirà solo venerdì.",
        ),
        (
            "Il ponte non riaprirà fino a venerdì.",
            "Il ponte riaprirà venerdì.",
        ),
        (
            "A ponte não reabrirá antes de sexta-feira.",
            "A ponte só reabrirá na sexta-feira.",
        ),
        (
            "A ponte não reabrirá até sexta-feira.",
            "A ponte reabrirá na sexta-feira.",
        ),
    ] {
        unflagged(a, b);
    }
    // Not reopening on the day, or at all, still differs.
    flagged_each_way(
        "The bridge will not reopen on Friday.",
        "The bridge will reopen on Friday.",
        "not reopen",
        "reopen",
    );
    flagged_each_way(
        "El puente no reabrirá el viernes.",
        "El puente reabrirá el viernes.",
        "no reabrirá",
        "reabrirá",
    );
    // "before" with no time after it is no delay; an "until" of another clause neither.
    flagged_each_way(
        "Nobody was hurt and the road stayed shut until noon.",
        "Two people were hurt.",
        "Nobody was hurt",
        "hurt",
    );
}

#[test]
fn a_negated_opposite_is_the_same_outcome() {
    for (a, b) in [
        (
            "The driver did not survive the crash.",
            "The driver died in the crash.",
        ),
        (
            "Der Fahrer überlebte den Unfall nicht.",
            "Der Fahrer starb bei dem Unfall.",
        ),
        (
            "Le conducteur n'a pas survécu à l'accident.",
            "Le conducteur est mort dans l'accident.",
        ),
        (
            "El conductor no sobrevivió al accidente.",
            "El conductor murió en el accidente.",
        ),
        (
            "Il conducente non è sopravvissuto all'incidente.",
            "Il conducente è morto nell'incidente.",
        ),
        (
            "O motorista não sobreviveu ao acidente.",
            "O motorista morreu no acidente.",
        ),
        ("O motorista não foi preso.", "O motorista foi libertado."),
    ] {
        unflagged(a, b);
    }
    // The outcome and its own negation still differ, the participle shown with its
    // auxiliary.
    for (a, b, ta, tb) in [
        (
            "The driver survived the crash.",
            "The driver did not survive the crash.",
            "survived",
            "not survive",
        ),
        (
            "Il conducente è sopravvissuto all'incidente.",
            "Il conducente non è sopravvissuto all'incidente.",
            "sopravvissuto",
            "non è sopravvissuto",
        ),
        (
            "O motorista foi preso.",
            "O motorista não foi preso.",
            "preso",
            "não foi preso",
        ),
        (
            "El conductor sobrevivió al accidente.",
            "El conductor no sobrevivió al accidente.",
            "sobrevivió",
            "no sobrevivió",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn portuguese_no_is_in_the_not_a_negation() {
    for (a, b) in [
        (
            "O motorista morreu no acidente.",
            "O motorista morreu num acidente.",
        ),
        (
            "Duas pessoas morreram no acidente.",
            "Duas pessoas morreram em acidente.",
        ),
        (
            "Morreram dois trabalhadores no acidente.",
            "Dois trabalhadores morreram em acidente.",
        ),
        ("Dois mortos no acidente.", "Dois mortos em acidente."),
        (
            "O suspeito foi detido no aeroporto.",
            "O suspeito foi detido em aeroporto.",
        ),
    ] {
        unflagged(a, b);
    }
    // Spanish "no" before a verb stays a negation, as Portuguese "não" is one.
    for (a, b, ta, tb) in [
        (
            "Dos personas no murieron en el accidente.",
            "Dos personas murieron en el accidente.",
            "no murieron",
            "murieron",
        ),
        (
            "El conductor no fue detenido.",
            "El conductor fue detenido.",
            "no fue detenido",
            "detenido",
        ),
        (
            "O motorista não morreu no acidente.",
            "O motorista morreu no acidente.",
            "não morreu",
            "morreu",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

/// Trial 33 F6: a negated word that qualifies another ("no *dangerous* concentrations")
/// against another form of its stem naming another thing ("the *danger* of storing
/// chemicals") is no outcome denied and stated; the same form, or the qualified word told
/// on both sides, still is.
#[test]
fn a_negated_qualifier_against_another_form_of_its_stem_is_no_outcome() {
    unflagged(
        "\"The air quality measurements so far show no dangerous concentrations,\" Mayor Hans Bakker told reporters on Wednesday morning.",
        "Greenpeace said the fire showed the danger of storing chemicals close to homes.",
    );
    unflagged(
        "Tests showed no harmful levels of lead in the water.",
        "Campaigners warned of the harm done by old lead pipes.",
    );
    flagged_each_way(
        "Measurements show no dangerous concentrations in the air.",
        "Measurements show dangerous concentrations in the air.",
        "no dangerous",
        "dangerous",
    );
    flagged_each_way(
        "Measurements show no dangerous concentrations in the air.",
        "The concentrations in the air are a danger to residents.",
        "no dangerous",
        "danger",
    );
}

/// Trial 35 F9: the negated word and the plain one are forms of one irregular verb ("did
/// not break" / "broke", "was not sunk" / "sank"): the negation rule reads them as one
/// word; both sides negating, or another verb, is no flag.
#[test]
fn an_irregular_past_against_its_negated_base_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "The dam on the Aulne river did not break, officials said.",
            "The dam on the Aulne river broke on Sunday night, officials said.",
            "not break",
            "broke",
        ),
        (
            "The ferry did not sink, the coast guard said.",
            "The ferry sank, the coast guard said.",
            "not sink",
            "sank",
        ),
        (
            "The company has not sold the plant.",
            "The company sold the plant.",
            "not sold",
            "sold",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    unflagged(
        "The dam on the Aulne river did not break, officials said.",
        "The dam on the Aulne river did not break, the prefect said.",
    );
    unflagged(
        "The dam on the Aulne river did not break, officials said.",
        "The dam on the Aulne river held, officials said.",
    );
}

/// Trial 35 F8: a verb of refusing with its "to" negates the verb after it ("refused to
/// concede" / "conceded defeat"), in English, French, Spanish, Italian and Portuguese; a
/// refusal of something not told on the other side ("refused to comment" / "said"), a
/// refusal on both sides, and "declined to" a figure (a fall) are no flag.
#[test]
fn a_refusal_negates_the_verb_after_it() {
    for (a, b, ta, tb) in [
        (
            "The Green-Labour leader, Pieter Bakker, conceded defeat shortly after midnight.",
            "Green-Labour leader Pieter Bakker refused to concede, saying postal votes could still change the result.",
            "conceded",
            "refused to concede",
        ),
        (
            "The minister declined to resign.",
            "The minister resigned on Friday.",
            "declined to resign",
            "resigned",
        ),
        (
            "Le ministre a refusé de démissionner.",
            "Le ministre a démissionné vendredi.",
            "refusé de démissionner",
            "démissionné",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
    for (a, b) in [
        (
            "The company refused to comment on the report.",
            "The company said the report was wrong.",
        ),
        (
            "Bakker refused to concede on Thursday.",
            "Bakker again refused to concede.",
        ),
        (
            "Shares declined to 12 euros in Frankfurt.",
            "Shares fell to 12 euros in Frankfurt.",
        ),
        (
            "Bakker refused to concede, citing postal votes.",
            "Bakker's refusal to concede angered his rivals.",
        ),
    ] {
        unflagged(a, b);
    }
}

/// Trial 35 F14: "unlikely to" negates the verb after it, and the plain side's word is
/// shown with its hedge: `expected to rise ≠ unlikely to rise`, the solid kind (no longer
/// the hedge rule's dashed `expected to rise ≠ rise`). "unlikely to" on both sides is no
/// flag.
#[test]
fn unlikely_to_negates_and_the_plain_side_keeps_its_hedge() {
    flagged_each_way(
        "The death toll is expected to rise, officials said.",
        "Officials said the death toll was unlikely to rise.",
        "expected to rise",
        "unlikely to rise",
    );
    flagged_each_way(
        "The death toll will rise, officials said.",
        "Officials said the death toll was unlikely to rise.",
        "rise",
        "unlikely to rise",
    );
    unflagged(
        "The death toll is unlikely to rise, officials said.",
        "Officials said the death toll was unlikely to rise further.",
    );
}

/// Trial 35 F5: "no further cuts" denies cuts beyond those told, not a cut told ("In
/// 2021, Veltra cut 2,000 jobs"): no flag; "further cuts" on both sides still differ.
#[test]
fn no_further_against_a_plain_one_is_no_flag() {
    unflagged(
        "In 2021, Veltra cut 2,000 jobs at its plants in France and Spain.",
        "Veltra said no further cuts were planned.",
    );
    unflagged(
        "Rescuers found three bodies on Tuesday.",
        "No more bodies were found, rescuers said.",
    );
    flagged_each_way(
        "Veltra said further cuts were planned.",
        "Veltra said no further cuts were planned.",
        "cuts",
        "no further cuts",
    );
}

/// Trial 35 F5: "did not rule out further cuts" tells the cuts possible: against "no
/// further cuts were planned" the cuts differ; against "further cuts are possible" nothing
/// does.
#[test]
fn not_ruling_out_is_no_negation_of_what_follows() {
    flagged_each_way(
        "The company did not rule out further cuts.",
        "Veltra said no further cuts were planned.",
        // The cuts shown with what tells them possible (session 33).
        "not rule out further cuts",
        "no further cuts",
    );
    unflagged(
        "The company did not rule out further cuts.",
        "Veltra said further cuts were possible.",
    );
}

/// Session 32 flag_counts: the second part of a compound is no plain outcome ("not to pay"
/// / "low-paid cooks"), and "rather than" negates ("rather than consider" / "refused to
/// consider" agree).
#[test]
fn a_compound_part_is_no_outcome_and_rather_than_negates() {
    unflagged(
        "Businesses agreed not to pay their workers a fair rate.",
        "Customers prefer food made by low-paid cooks.",
    );
    unflagged(
        "The state only tried to prove suicide rather than consider the possibility of murder.",
        "The state has refused to consider the possibility of murder.",
    );
    flagged_each_way(
        "The state considered the possibility of murder.",
        "The state has refused to consider the possibility of murder.",
        "considered",
        "refused to consider",
    );
}

/// Trial 37: a promise or a forecast denied ("No one will be left behind") against what
/// happened ("were left behind") is no conflict of facts; a past denial still is.
#[test]
fn a_promise_denied_against_what_happened_is_no_conflict() {
    for (a, b) in [
        (
            "No one will be left behind, the minister promised.",
            "Thousands of residents were left behind when the town was evacuated.",
        ),
        (
            "\"No one will be left behind,\" the minister said.",
            "Hundreds of families were left homeless by the floods.",
        ),
        (
            "The government will not abandon the victims.",
            "The victims were abandoned for days.",
        ),
    ] {
        unflagged(a, b);
    }
    flagged_each_way(
        "No one was left behind, the minister said.",
        "Thousands of residents were left behind when the town was evacuated.",
        "No one was left",
        "left",
    );
    // Two announcements of the future still differ.
    flagged_each_way(
        "The plant will not close next year.",
        "The plant will close next year.",
        "not close",
        "close",
    );
}

/// Trial 37: Italian "non ha aderito" / "ha aderito" (did not join / joined) was unflagged
/// when no other word told the sentence Italian ("La Cgil non ha aderito allo sciopero").
#[test]
fn an_italian_negation_after_its_auxiliary_words_is_read() {
    flagged_each_way(
        "La Cgil non ha aderito allo sciopero.",
        "La Cgil ha aderito allo sciopero.",
        "non ha aderito",
        "aderito",
    );
    flagged_each_way(
        "I sindacati di base non hanno aderito alla protesta.",
        "I sindacati di base hanno aderito alla protesta.",
        "non hanno aderito",
        "aderito",
    );
    // English "non-" is still a prefix.
    unflagged(
        "The union called a non-binding vote.",
        "The union called a binding vote.",
    );
}

/// Session 36 (found by the "who" helper on trial 38's Italian strike): the same quotation
/// «La manovra non va bene» got "va ≠ non va" against itself followed by ", ha detto
/// Landini", because the bare quotation held no word telling it Italian, so its "non" was
/// read as English's prefix and the negation seen on one side only.
#[test]
fn a_short_italian_or_french_negation_is_read_without_other_cues() {
    unflagged(
        "«La manovra non va bene».",
        "«La manovra non va bene», ha detto Landini.",
    );
    flagged_each_way(
        "«La manovra non va bene».",
        "«La manovra va bene», ha detto Landini.",
        "non va",
        "va",
    );
}

/// The delay of a negation reads the shared words of "until" (`negation::until_word`,
/// `lexicon/until.rs`) as the closure rule does: French "jusqu'à" / "jusqu'au" (the
/// tokeniser keeps only the word after the elision) and Dutch "tot" behave as English
/// "until" does; "until now" ("jusqu'à présent", "tot nu toe", "bis jetzt") is "so far",
/// no delay, and German "tot" ("dead") no "until".
#[test]
fn a_delay_reads_until_in_every_language_as_english_until() {
    for (a, b) in [
        (
            "The bridge will not reopen until Friday.",
            "The bridge will reopen on Friday.",
        ),
        (
            "Le pont ne sera pas rouvert jusqu'à vendredi.",
            "Le pont sera rouvert vendredi.",
        ),
        (
            "Le pont ne sera pas rouvert jusqu'au lundi 3 mars.",
            "Le pont sera rouvert le lundi 3 mars.",
        ),
        (
            "De brug wordt niet heropend tot vrijdag.",
            "De brug wordt vrijdag heropend.",
        ),
    ] {
        unflagged(a, b);
    }
    // Not reopened on the day still differs, in French as in English.
    flagged_each_way(
        "Le pont ne sera pas rouvert vendredi.",
        "Le pont sera rouvert vendredi.",
        "pas rouvert",
        "rouvert",
    );
    // "Until now" is "so far": the negation stands.
    for (a, b, ta, tb) in [
        (
            "No one has been arrested until now.",
            "Two men have been arrested.",
            "No one has been arrested",
            "arrested",
        ),
        (
            "Personne n'a été arrêté jusqu'à présent.",
            "Deux hommes ont été arrêtés.",
            "Personne n'a été arrêté",
            "arrêtés",
        ),
        (
            "Er is tot nu toe niemand gearresteerd.",
            "Twee mannen zijn gearresteerd.",
            "niemand gearresteerd",
            "gearresteerd",
        ),
        // German "tot" is "dead", no "until".
        (
            "Der Fahrer wurde nicht tot aufgefunden.",
            "Der Fahrer wurde tot aufgefunden.",
            "nicht tot aufgefunden",
            "aufgefunden",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}
