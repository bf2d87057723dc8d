//! Tests of trial 49's outcome faults: F1, a subject's own act refused in the future or the
//! conditional ("said it would not pay the ransom", es "no pagará el rescate") against the
//! act done ("paid the ransom": `negation/refused.rs`); F2, a service restored against the
//! same still down ("back online" / "still down": `restored.rs`) and a state ended against
//! the state ("no longer diverted" / "diverted"), the softer kind at two times or of a
//! part. Each with the near cases that must not flag.

use super::tests_condition::{outcome_flag, unflagged};

/// Asserts the solid outcome flag `ta` / `tb` both ways round.
#[track_caller]
pub(super) fn flagged(a: &str, b: &str, ta: &str, tb: &str) {
    super::tests_condition::flagged(a, b, ta, tb, false);
}

/// Asserts the softer (dashed) outcome flag `ta` / `tb` both ways round.
#[track_caller]
fn dashed(a: &str, b: &str, ta: &str, tb: &str) {
    super::tests_condition::flagged(a, b, ta, tb, true);
}

#[test]
fn an_act_refused_in_the_future_against_the_act_done_is_flagged() {
    // Trial 49 F1, the tester's pairs.
    flagged(
        "The hospital group said it would not pay the ransom.",
        "The hospital group paid the ransom.",
        "not pay",
        "paid",
    );
    flagged(
        "De Vries said the group would not pay the ransom.",
        "De Vries said the group had paid the ransom.",
        "not pay",
        "paid",
    );
    flagged(
        "The group will not pay the ransom.",
        "The group paid the ransom.",
        "not pay",
        "paid",
    );
    flagged(
        "The group won't pay the ransom.",
        "The group has paid the ransom.",
        "won't pay",
        "paid",
    );
    // Another verb and object: the kind, not the ransom.
    flagged(
        "The government will not abandon the victims.",
        "The government abandoned the victims.",
        "not abandon",
        "abandoned",
    );
}

#[test]
fn a_simple_future_refused_against_the_act_done_is_flagged_in_seven_languages() {
    flagged(
        "El grupo hospitalario no pagará el rescate.",
        "El grupo hospitalario pagó el rescate.",
        "no pagará",
        "pagó",
    );
    flagged(
        "El grupo hospitalario no pagaría el rescate.",
        "El grupo hospitalario ha pagado el rescate.",
        "no pagaría",
        "pagado",
    );
    flagged(
        "Il gruppo ospedaliero non pagherà il riscatto.",
        "Il gruppo ospedaliero ha pagato il riscatto.",
        "non pagherà",
        "pagato",
    );
    flagged(
        "O grupo hospitalar não pagará o resgate.",
        "O grupo hospitalar pagou o resgate.",
        "não pagará",
        "pagou",
    );
    // French, German and Dutch were flagged before (the negation after the verb, the
    // verb at the clause's end): kept. The French flag names the verbs now (t49left item
    // 2; it read "pas la rançon ≠ rançon").
    flagged(
        "Le groupe hospitalier ne versera pas la rançon.",
        "Le groupe hospitalier a versé la rançon.",
        "ne versera pas",
        "versé",
    );
    flagged(
        "Die Klinikgruppe wird das Lösegeld nicht zahlen.",
        "Die Klinikgruppe hat das Lösegeld gezahlt.",
        "nicht zahlen",
        "gezahlt",
    );
    flagged(
        "De ziekenhuisgroep zal het losgeld niet betalen.",
        "De ziekenhuisgroep heeft het losgeld betaald.",
        "niet betalen",
        "betaald",
    );
}

#[test]
fn a_refusal_told_twice_a_plan_then_the_act_or_another_object_is_no_flag() {
    for (a, b) in [
        // Two refusals.
        (
            "The group said it would not pay the ransom.",
            "The group refused to pay the ransom.",
        ),
        // An intention then the act (unflagged before too).
        (
            "The group will pay the ransom.",
            "The group paid the ransom.",
        ),
        (
            "The group said it would pay the ransom.",
            "The group paid the ransom.",
        ),
        // One side tells both, the refusal and the act.
        (
            "The group said it would not pay the ransom, but later paid it.",
            "The group paid the ransom.",
        ),
        // A question left open.
        (
            "The group did not say whether it would pay the ransom.",
            "The group paid the ransom.",
        ),
        // Another object.
        (
            "The group will not pay the ransom.",
            "The group paid the doctors.",
        ),
        // A passive: what befell someone, its agent maybe another (trial 37's kind).
        (
            "The government will not abandon the victims.",
            "The victims were abandoned for days.",
        ),
        (
            "El gobierno no abandonará a las víctimas.",
            "Las víctimas fueron abandonadas.",
        ),
        ("The ransom will not be paid.", "The ransom was paid."),
        // An elided verb: the word after the negation is no verb refused
        // (paraphrase-train).
        (
            "If the companies won't, their drugs could be prescribed to Medicaid patients \
             only with the state's say-so.",
            "If a company won't do so, its drugs could be prescribed to Medicaid patients \
             only with the state's say-so.",
        ),
        // Refused on both sides, "declined comment" (paraphrase-train).
        (
            "Jack Ferry, company spokesman, said that a search is in progress but would not \
             comment on its status.",
            "Company spokesman Jack Ferry said a search is ongoing but declined comment on \
             its status.",
        ),
    ] {
        unflagged(a, b);
    }
    // An adjective ending as a conditional does ("necesaria") is no future: its negation
    // is read as before.
    assert!(
        outcome_flag(
            "No es necesaria una evacuación.",
            "Es necesaria una evacuación."
        )
        .is_some_and(|(_, _, soft)| !soft),
        "necesaria"
    );
    // A future on both sides is read as before ("will not pay" / "will pay" flags).
    flagged(
        "El grupo no pagará el rescate.",
        "El grupo pagará el rescate.",
        "no pagará",
        "pagará",
    );
}

#[test]
fn a_service_restored_against_still_down_is_flagged_in_seven_languages() {
    // Trial 49 F2, the tester's pairs.
    flagged(
        "Most computer systems were back online by Friday, a spokesman said.",
        "Computer systems were still down on Friday, a spokesman said.",
        "back online",
        "still down",
    );
    flagged(
        "All systems were restored on Friday, a spokesman said.",
        "The systems remained offline on Friday, a spokesman said.",
        "restored",
        "remained offline",
    );
    flagged(
        "The hospitals' systems are back online, a spokesman said.",
        "The hospitals' systems are still offline, a spokesman said.",
        "back online",
        "still offline",
    );
    flagged(
        "De systemen werken vrijdag weer, zei een woordvoerder.",
        "De systemen lagen vrijdag nog plat, zei een woordvoerder.",
        "werken vrijdag weer",
        "nog plat",
    );
    flagged(
        "Die Systeme waren am Freitag wieder in Betrieb.",
        "Die Systeme waren am Freitag weiterhin ausgefallen.",
        "wieder in Betrieb",
        "weiterhin ausgefallen",
    );
    flagged(
        "Les systèmes informatiques étaient de nouveau opérationnels vendredi.",
        "Les systèmes informatiques étaient toujours hors service vendredi.",
        "nouveau opérationnels",
        "toujours hors service",
    );
    flagged(
        "Los sistemas volvieron a funcionar el viernes.",
        "Los sistemas seguían caídos el viernes.",
        "volvieron a funcionar",
        "seguían caídos",
    );
    flagged(
        "I sistemi informatici sono tornati operativi venerdì.",
        "I sistemi informatici erano ancora fuori uso venerdì.",
        "tornati operativi",
        "ancora fuori uso",
    );
    flagged(
        "Os sistemas voltaram a funcionar na sexta-feira.",
        "Os sistemas continuavam em baixo na sexta-feira.",
        "voltaram a funcionar",
        "continuavam em baixo",
    );
}

#[test]
fn a_service_restored_at_another_time_or_of_a_part_is_the_softer_kind() {
    // Other days: two times of one story.
    dashed(
        "Most systems were back online by Friday.",
        "The systems were still down on Thursday.",
        "back online",
        "still down",
    );
    // One side a part: both may be true (trial 49 t1 #9, Reuters / AP).
    dashed(
        "The emergency departments reopened on Thursday, and most systems were back online \
         by Friday, a spokesman said.",
        "The emergency departments reopened on Thursday, although some computer systems \
         remained down, a spokesman said.",
        "back online",
        "remained down",
    );
    for (a, b) in [
        // Both tell a part.
        (
            "The systems were partly restored on Friday.",
            "The systems were still partly down on Friday.",
        ),
        // Both restored.
        (
            "Most systems were back online on Friday.",
            "All systems were restored on Friday.",
        ),
        // Down then back, no "still": two times of one story.
        (
            "Computer systems were down on Monday.",
            "Computer systems were back online on Friday.",
        ),
        // Two things.
        (
            "The website was back online on Friday.",
            "The phone lines were still down on Friday.",
        ),
        // Prices back up: no service, and no service down on the other side.
        (
            "Shares were back up on Friday.",
            "Shares were still rising on Friday.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_state_ended_against_the_state_is_flagged() {
    flagged(
        "Ambulances were diverted to Utrecht and Haarlem.",
        "Ambulances were no longer diverted to Utrecht and Haarlem.",
        "diverted",
        "no longer diverted",
    );
    flagged(
        "De ambulances werden omgeleid naar Utrecht.",
        "De ambulances werden niet langer omgeleid naar Utrecht.",
        "omgeleid",
        "niet langer omgeleid",
    );
    // At two times of one story: the softer kind (the date flag tells the days).
    dashed(
        "Ambulances were diverted to Utrecht on Monday.",
        "Ambulances were no longer diverted to Utrecht on Thursday.",
        "diverted",
        "no longer diverted",
    );
    // "no longer had any sense" negates no sense (paraphrase-train).
    unflagged(
        "When the butterflies were exposed to constant light, they flew directly towards the \
         sun, presumably because they no longer had any sense of time.",
        "And when butterflies were exposed to constant light, they flew directly toward the \
         sun, apparently having lost their sense of time.",
    );
    // Both ended, or the state told on both sides.
    unflagged(
        "Ambulances were no longer diverted to Utrecht.",
        "Ambulances were no longer being diverted to Utrecht.",
    );
    unflagged(
        "Ambulances were diverted to Utrecht.",
        "Ambulances were being diverted to Utrecht.",
    );
}

/// Session 49 (speed): `restored_against_down` reads the second sentence only when the
/// first tells a phrase of a service restored or down. A phrase on one side only is no
/// flag either way round, and the flag is still found both ways when both tell one.
#[test]
fn a_service_phrase_on_one_side_only_is_no_flag_either_way() {
    for (a, b) in [
        (
            "Computer systems were still down on Friday.",
            "Computer systems were hit by a cyberattack on Friday.",
        ),
        (
            "Most computer systems were back online by Friday.",
            "Computer systems at the hospital were attacked on Friday.",
        ),
        (
            "Computer systems were restored.",
            "Computer systems failed.",
        ),
    ] {
        unflagged(a, b);
    }
    flagged(
        "Computer systems were restored.",
        "Computer systems were still down.",
        "restored",
        "still down",
    );
}
