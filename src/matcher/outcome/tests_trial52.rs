//! Tests of trial 52's outcome faults: F1, someone still trapped against the same person
//! rescued, brought out or dead (`fate_missing::TRAPPED`), in seven languages, with the
//! near cases that must not flag (trapped in the past and rescued, "the trapped miners",
//! alive while trapped, other people); F3, one cause told as done and as possible with two
//! verbs of causing ("had caused" / "may have triggered", es "provocaron" / "podrían haber
//! provocado"); F5, expected against done ("expect to reach" / "reached").

use super::tests_condition::{flagged, unflagged};
use super::tests_session34::{flags_of, one_flag};
use crate::matcher::results::DiscrepancyKind;

#[test]
fn trapped_against_rescued_or_dead_is_flagged() {
    // Trial 52 F1, the tester's pairs.
    for (a, b, ta, tb) in [
        (
            "Julio Mamani remained trapped underground, officials said.",
            "Julio Mamani was pulled out alive, officials said.",
            "remained trapped",
            "pulled out alive",
        ),
        (
            "Julio Mamani remained trapped underground, officials said.",
            "Julio Mamani was killed in the collapse, officials said.",
            "remained trapped",
            "killed",
        ),
        (
            "Foreman Julio Mamani is still trapped, officials said.",
            "Foreman Julio Mamani has been rescued alive, his family said.",
            "still trapped",
            "been rescued",
        ),
        // The subject after the fate: "Among those still trapped is ...".
        (
            "Among those still trapped is 52-year-old foreman Julio Mamani, who has worked at the mine for 20 years.",
            "15:45 Foreman Julio Mamani has been rescued alive, his family told us.",
            "still trapped",
            "been rescued",
        ),
        // An age counts no one.
        (
            "The 52-year-old foreman was killed in the collapse, officials said.",
            "The foreman remained trapped underground, officials said.",
            "killed",
            "remained trapped",
        ),
        (
            "Julio Mamani sigue atrapado, según las autoridades.",
            "Julio Mamani murió en el derrumbe, según las autoridades.",
            "sigue atrapado",
            "murió",
        ),
        (
            "Julio Mamani is still trapped, officials said.",
            "Julio Mamani fue rescatado con vida, según las autoridades.",
            "still trapped",
            "rescatado",
        ),
        (
            "Julio Mamani est toujours bloqué, selon les autorités.",
            "Julio Mamani a été secouru, selon les autorités.",
            "toujours bloqué",
            "secouru",
        ),
        (
            "Julio Mamani ist noch eingeschlossen, sagten die Behörden.",
            "Julio Mamani wurde gerettet, sagten die Behörden.",
            "noch eingeschlossen",
            "gerettet",
        ),
        (
            "Julio Mamani è ancora intrappolato, secondo le autorità.",
            "Julio Mamani è stato salvato, secondo le autorità.",
            "ancora intrappolato",
            "salvato",
        ),
        (
            "Julio Mamani continua soterrado, segundo as autoridades.",
            "Julio Mamani foi resgatado, segundo as autoridades.",
            "continua soterrado",
            "resgatado",
        ),
        (
            "Julio Mamani zit nog vast, aldus de autoriteiten.",
            "Julio Mamani werd gered, aldus de autoriteiten.",
            "zit nog vast",
            "gered",
        ),
    ] {
        flagged(a, b, ta, tb, false);
    }
}

#[test]
fn trapped_told_with_a_hedge_is_the_softer_kind() {
    flagged(
        "Julio Mamani was pulled out alive, officials said.",
        "Julio Mamani is feared trapped, officials said.",
        "pulled out alive",
        "feared trapped",
        true,
    );
}

#[test]
fn trapped_in_the_past_or_of_others_or_alive_is_not_flagged() {
    for (a, b) in [
        // Trapped, then rescued: the past event, resolved.
        (
            "The miners were trapped for 12 hours until rescuers freed them.",
            "The miners were rescued on Tuesday.",
        ),
        (
            "The miners were trapped about 300 metres underground.",
            "The miners were rescued on Tuesday.",
        ),
        (
            "The miners had been trapped since Saturday.",
            "The miners were rescued on Tuesday.",
        ),
        // The trapped miners: a noun phrase, no fate told of them.
        (
            "Rescuers reached the trapped miners on Monday.",
            "The miners were rescued on Tuesday.",
        ),
        // Alive while trapped: no opposite.
        (
            "Julio Mamani is still trapped, officials said.",
            "Julio Mamani is alive, officials said.",
        ),
        (
            "Julio Mamani is still trapped, officials said.",
            "Julio Mamani survived the collapse, officials said.",
        ),
        // Other people, other counts.
        (
            "Julio Mamani is still trapped, officials said.",
            "Two other miners were rescued, officials said.",
        ),
        (
            "Three miners remain trapped, officials said.",
            "Nine miners were rescued, officials said.",
        ),
        // Both fates in one report.
        (
            "Nine miners were rescued and three remain trapped, officials said.",
            "Nine miners were rescued, officials said.",
        ),
        // Both told trapped.
        (
            "Julio Mamani is still trapped, officials said.",
            "Julio Mamani remained trapped underground, the company said.",
        ),
        // A possibility.
        (
            "Julio Mamani was rescued, officials said.",
            "Julio Mamani could still be trapped, officials said.",
        ),
    ] {
        unflagged(a, b);
    }
}

/// Asserts one cause flag `ta` / `tb` of the softer kind and no outcome flag, both ways
/// round: a cause told as done against as possible is a cause flag (session 49's last
/// pass: the chip "caused ≠ may have triggered" was of kind outcome).
#[track_caller]
fn hedged_cause_flagged(a: &str, b: &str, ta: &str, tb: &str) {
    one_flag(DiscrepancyKind::Cause, a, b, ta, tb, true);
    assert_eq!(
        flags_of(DiscrepancyKind::Outcome, a, b),
        vec![],
        "{a} / {b}"
    );
    assert_eq!(
        flags_of(DiscrepancyKind::Outcome, b, a),
        vec![],
        "{b} / {a}"
    );
}

#[test]
fn one_cause_told_as_done_and_as_possible_with_two_verbs_is_the_softer_kind() {
    // Trial 52 F3: "caused" / "triggered" are one act; how sure a cause is, a cause flag.
    hedged_cause_flagged(
        "Minister Rosa Quispe said heavy rains had caused the collapse.",
        "Minister Rosa Quispe says heavy rain may have triggered the collapse.",
        "caused",
        "may have triggered",
    );
    hedged_cause_flagged(
        "Las lluvias provocaron el derrumbe, dijo la ministra.",
        "Las lluvias podrían haber provocado el derrumbe, dijo la ministra.",
        "provocaron",
        "podrían haber provocado",
    );
    // Another act told as done and as expected stays an outcome flag.
    flagged(
        "The company said it had paid the ransom.",
        "The company is expected to pay the ransom.",
        "paid",
        "expected to pay",
        true,
    );
    // Both told as possible, or both as done: no flag.
    for (a, b) in [
        (
            "Heavy rains may have caused the collapse.",
            "Heavy rain might have triggered the collapse.",
        ),
        (
            "Heavy rains caused the collapse.",
            "Heavy rain triggered the collapse.",
        ),
        // A modal of another language alone is no hedge (an ability as often).
        (
            "Las lluvias provocaron el derrumbe.",
            "Las lluvias podrían provocar otro derrumbe.",
        ),
    ] {
        unflagged(a, b);
        assert_eq!(flags_of(DiscrepancyKind::Cause, a, b), vec![], "{a} / {b}");
        assert_eq!(flags_of(DiscrepancyKind::Cause, b, a), vec![], "{b} / {a}");
    }
}

#[test]
fn expected_against_done_is_the_softer_kind() {
    // Trial 52 F5.
    flagged(
        "Rescuers expect to reach the men by Tuesday.",
        "Rescuers reached the men on Tuesday.",
        "expect to reach",
        "reached",
        true,
    );
    flagged(
        "Rescuers hope to reach the men by Tuesday.",
        "Rescuers reached the men on Tuesday.",
        "hope to reach",
        "reached",
        true,
    );
    // "expect" without "to" hedges no verb; both expected: no flag.
    for (a, b) in [
        (
            "Officials expect delays on the road to the mine.",
            "The road to the mine was delayed.",
        ),
        (
            "Rescuers expect to reach the men by Tuesday.",
            "Rescuers hope to reach the men on Tuesday.",
        ),
        // Told to come on both sides (paraphrase pairs of the development data).
        (
            "Another $100-million in savings will come from management layoffs.",
            "The airline expects to save another $100-million a year through layoffs.",
        ),
        (
            "Pfizer said these data will be included in a submission.",
            "Pfizer said it expects to include its finding in a submission.",
        ),
        (
            "The SIA forecast that chip sales will rise 16.8 percent next year.",
            "The SIA said chip sales were expect to rise 16.8 percent next year.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn one_named_among_a_group_takes_the_groups_fate() {
    for (a, b, ta, tb) in [
        // Session 49's last pass (trial 52): 73 % and no flag.
        (
            "Nine miners were rescued alive, among them Julio Mamani.",
            "Julio Mamani died in the collapse.",
            "were rescued",
            "died",
        ),
        // The kind: "including", the apposition before the fate, another fate, other
        // languages.
        (
            "Nine miners were rescued alive on Tuesday, including foreman Julio Mamani.",
            "Julio Mamani died in the collapse.",
            "were rescued",
            "died",
        ),
        (
            "Nine miners, including Julio Mamani, were rescued alive.",
            "Julio Mamani died in the collapse.",
            "were rescued",
            "died",
        ),
        (
            "Two miners were killed, among them Julio Mamani.",
            "Julio Mamani was rescued alive.",
            "killed",
            "was rescued",
        ),
        (
            "Nueve mineros fueron rescatados con vida, entre ellos Julio Mamani.",
            "Julio Mamani murió en el derrumbe.",
            "rescatados",
            "murió",
        ),
        (
            "Neuf mineurs ont été secourus vivants, parmi eux Julio Mamani.",
            "Julio Mamani est mort dans l'effondrement.",
            "secourus",
            "mort",
        ),
    ] {
        flagged(a, b, ta, tb, false);
    }
    // Near cases: no one named, another person named, the same fate, a name in the
    // subject's own clause, no one placed in the group.
    for (a, b) in [
        (
            "Nine miners were rescued alive, among them two brothers.",
            "Two brothers died in the collapse.",
        ),
        (
            "Nine miners were rescued alive, among them Julio Mamani.",
            "Pedro Quispe died in the collapse.",
        ),
        (
            "Nine miners were rescued alive, among them Julio Mamani.",
            "Julio Mamani was rescued alive, his family said.",
        ),
        (
            "Rescuers, among them Julio Mamani, said two miners died.",
            "Julio Mamani was rescued alive.",
        ),
        (
            "Nine miners were rescued alive, the company said.",
            "Julio Mamani died in the collapse.",
        ),
        // A relative of the one named (session 50's last pass: "were rescued ≠ died").
        (
            "Nine miners were rescued alive, among them Julio Mamani.",
            "Julio Mamani's brother died in the collapse.",
        ),
        (
            "Nine miners were rescued alive, among them Julio Mamani.",
            "Julio Mamani\u{2019}s brother died in the collapse.",
        ),
    ] {
        unflagged(a, b);
    }
    // The one named in the possessive of his body is still the one named.
    flagged(
        "Julio Mamani was rescued alive.",
        "Julio Mamani's body was recovered on Tuesday.",
        "was rescued",
        "body was recovered",
        false,
    );
}
