//! Tests of trial 36's contradictions scored as the same fact with no flag (F4, F7, F13,
//! F16, F17, F19), each with a near pair that must not flag: a fire's cause (lightning
//! against set on purpose, a cause ruled out), work stopped against going on, people
//! unhurt against injured, an order lifted against still barred, missing against
//! accounted for, a penalty upheld against reduced, a medal, a closure for a span of time
//! against the reopening (one story: no flag), and the dashed wording of a question left
//! open.

use super::tests_fates::{conflict, flagged_each_way, unflagged};
use crate::matcher::flags::discrepancies;
use crate::matcher::prepared::{Idf, Prepared};
use crate::matcher::DiscrepancyKind as K;

/// The flags of `kind` of `a` against `b`: text in `a`, text in `b`, whether the softer
/// kind (dashed).
pub(super) fn flags_of(kind: K, a: &str, b: &str) -> Vec<(String, String, bool)> {
    let idf = Idf::builtin();
    discrepancies(&Prepared::new(a, idf), &Prepared::new(b, idf))
        .into_iter()
        .filter(|d| d.kind == kind)
        .map(|d| (d.a, d.b, d.vague))
        .collect()
}

/// Asserts one flag of `kind` on `ta` / `tb` (dashed when `soft`), both ways round.
#[track_caller]
pub(super) fn one_flag(kind: K, a: &str, b: &str, ta: &str, tb: &str, soft: bool) {
    let want = |x: &str, y: &str| vec![(x.to_string(), y.to_string(), soft)];
    assert_eq!(flags_of(kind, a, b), want(ta, tb), "{a} / {b}");
    assert_eq!(flags_of(kind, b, a), want(tb, ta), "{b} / {a}");
}

/// Asserts no flag of `kind`, both ways round.
#[track_caller]
fn no_flag(kind: K, a: &str, b: &str) {
    assert_eq!(flags_of(kind, a, b), vec![], "{a} / {b}");
    assert_eq!(flags_of(kind, b, a), vec![], "{b} / {a}");
}

#[test]
fn lightning_against_a_fire_set_on_purpose_is_a_cause_flag() {
    one_flag(
        K::Cause,
        "The fire was started by lightning, investigators said.",
        "The fire was started deliberately, investigators said.",
        "lightning",
        "started deliberately",
        false,
    );
    one_flag(
        K::Cause,
        "O fogo foi causado por um raio, segundo a Polícia Judiciária.",
        "O fogo foi ateado intencionalmente, segundo a Polícia Judiciária.",
        "raio",
        "ateado intencionalmente",
        false,
    );
    // Near: both set on purpose, told two ways; "deliberately" of no fire.
    no_flag(
        K::Cause,
        "The fire was deliberately set, investigators said.",
        "The fire was started deliberately, investigators said.",
    );
    no_flag(
        K::Cause,
        "The fire was started by lightning.",
        "Firefighters deliberately let the fire burn out.",
    );
}

#[test]
fn a_cause_under_investigation_against_a_fire_set_on_purpose_is_dashed() {
    one_flag(
        K::Cause,
        "The cause of the fire is under investigation.",
        "Investigators believe the fire was started deliberately.",
        "under investigation",
        "started deliberately",
        true,
    );
    no_flag(
        K::Cause,
        "The cause of the fire is under investigation.",
        "The fire started on Monday near the village.",
    );
}

#[test]
fn a_cause_ruled_out_against_the_same_cause_told() {
    // Told as possible: the softer kind.
    one_flag(
        K::Cause,
        "A bird strike may have caused the fire, a source close to the investigation said.",
        "Investigators have ruled out a bird strike, a source close to the inquiry said.",
        "bird strike may have caused",
        "ruled out a bird strike",
        true,
    );
    // Told plainly: the solid kind; passive ruling out too.
    one_flag(
        K::Cause,
        "The fire was caused by a bird strike.",
        "A bird strike has been ruled out.",
        "caused by a bird strike",
        "bird strike has been ruled out",
        false,
    );
    // Near: not ruled out, another cause ruled out, ruled out on both sides.
    no_flag(
        K::Cause,
        "A bird strike may have caused the fire.",
        "Investigators have not ruled out a bird strike.",
    );
    no_flag(
        K::Cause,
        "A bird strike may have caused the fire.",
        "Investigators have ruled out sabotage.",
    );
    no_flag(
        K::Cause,
        "Investigators ruled out a bird strike as the cause of the fire.",
        "Investigators have ruled out a bird strike.",
    );
}

#[test]
fn work_stopped_against_work_going_on_is_flagged() {
    flagged_each_way(
        "Verhoef said it had stopped production at its plant in Urk.",
        "Verhoef said production at its plant in Urk would continue.",
        "stopped production",
        "continue",
    );
    flagged_each_way(
        "Verhoef has halted production at its plant in Urk.",
        "Production at the company's Urk factory is continuing, Verhoef said.",
        "halted production",
        "continuing",
    );
    flagged_each_way(
        "Verhoef heeft de productie in Urk stilgelegd.",
        "De productie in de fabriek in Urk gaat gewoon door, zegt het bedrijf.",
        "stilgelegd",
        "gaat gewoon door",
    );
    flagged_each_way(
        "A Verhoef suspendeu a produção na fábrica de Urk.",
        "A produção na fábrica de Urk continua, disse a empresa.",
        "suspendeu a produção",
        "continua",
    );
    // Near: both stopped; going on told of another deed; stopped as a threat; both
    // states in one sentence.
    unflagged(
        "Verhoef has halted production at its plant in Urk.",
        "Production at the Urk plant was suspended on Friday.",
    );
    unflagged(
        "Verhoef has halted production at its plant in Urk.",
        "Verhoef said it would continue to pay production staff.",
    );
    unflagged(
        "Unions threatened to halt production at the plant.",
        "Production at the plant continued on Friday.",
    );
    unflagged(
        "Production was halted in Urk but continues in Kampen.",
        "Production at the Urk plant continued on Friday.",
    );
}

#[test]
fn people_unhurt_against_some_of_them_injured_is_flagged() {
    // Two counts of one kind of people: the softer kind.
    let (a, b) = (
        "All 312 passengers were evacuated safely, the coast guard said.",
        "Three passengers were slightly injured during the evacuation, the coast guard said.",
    );
    one_flag(K::Outcome, a, b, "safely", "injured", true);
    // The same people: the solid kind.
    one_flag(
        K::Outcome,
        "The two hikers were found unharmed on Sunday.",
        "The two hikers were found injured on Sunday.",
        "unharmed",
        "injured",
        false,
    );
    // Near: a craft landed safely, its passengers hurt are other words; one sentence
    // telling both.
    no_flag(
        K::Outcome,
        "The plane landed safely in Lisbon.",
        "Three passengers were injured during the evacuation.",
    );
    no_flag(
        K::Outcome,
        "All passengers were evacuated safely, though three were slightly injured.",
        "Three passengers were slightly injured.",
    );
}

#[test]
fn an_order_lifted_against_residents_still_barred_is_flagged() {
    flagged_each_way(
        "The evacuation order for Orvalho was lifted on Thursday.",
        "Residents of Orvalho were still barred from returning home on Thursday.",
        "lifted",
        "barred from returning",
    );
    // Near: another place's residents.
    unflagged(
        "The evacuation order for Orvalho was lifted on Thursday.",
        "Residents of Serta were still barred from returning home on Thursday.",
    );
}

#[test]
fn missing_against_all_accounted_for_is_flagged() {
    flagged_each_way(
        "A firefighter remains missing, according to ANEPC.",
        "All firefighters have been accounted for, officials said.",
        "remains missing",
        "accounted for",
    );
    flagged_each_way(
        "Um bombeiro continua desaparecido, segundo a ANEPC.",
        "Todos os bombeiros estão localizados, segundo as autoridades.",
        "continua desaparecido",
        "localizados",
    );
    // Near: other people; a count of them found, not all.
    unflagged(
        "A firefighter remains missing, according to ANEPC.",
        "All residents have been accounted for, officials said.",
    );
    unflagged(
        "A firefighter remains missing, according to ANEPC.",
        "Three firefighters have been accounted for, officials said.",
    );
}

#[test]
fn a_penalty_upheld_against_reduced_is_flagged() {
    flagged_each_way(
        "The court reduced the ban from four years to two years.",
        "The court upheld the four-year ban.",
        "reduced",
        "upheld",
    );
    // Near: a penalty and a forecast; two courts' decisions on two kinds of penalty.
    unflagged(
        "The court upheld the four-year ban.",
        "The company reduced its forecast.",
    );
    unflagged(
        "The court upheld the four-year ban.",
        "The court reduced the fine.",
    );
}

#[test]
fn two_medals_are_flagged_only_as_medals() {
    flagged_each_way(
        "Ferreira, 24, won silver in the 100 metres at the 2023 world championships.",
        "Ferreira, 26, won bronze in the 100 metres at the 2023 world championships.",
        "silver",
        "bronze",
    );
    flagged_each_way(
        "Ferreira ganhou a medalha de prata nos 100 metros.",
        "Ferreira ganhou a medalha de bronze nos 100 metros.",
        "prata",
        "bronze",
    );
    // Near: metals of no medal.
    unflagged(
        "The price of gold rose on Friday.",
        "The price of silver rose on Friday.",
    );
    unflagged("Ferreira won a medal or a trophy.", "Ferreira won silver.");
}

#[test]
fn a_closure_for_a_span_of_time_and_the_reopening_are_one_story() {
    for (a, b) in [
        (
            "Firefighters put out the fire within minutes, and the runway was closed for three hours.",
            "Airport firefighters extinguished the blaze quickly, and the runway reopened after five hours.",
        ),
        (
            "Os bombeiros apagaram o fogo em poucos minutos, e a pista esteve fechada durante três horas.",
            "Os bombeiros do aeroporto extinguiram as chamas rapidamente, e a pista reabriu ao fim de cinco horas.",
        ),
    ] {
        unflagged(a, b);
        // The span is the number flag's.
        assert!(!flags_of(K::Number, a, b).is_empty(), "{a} / {b}");
    }
    // Near: still closed against reopened differs.
    assert_eq!(
        conflict(
            "The runway remains closed.",
            "The runway reopened on Friday."
        ),
        Some(("closed".into(), "reopened".into()))
    );
}

#[test]
fn a_plan_denied_against_the_thing_not_ruled_out_is_flagged() {
    flagged_each_way(
        "Further cuts are not planned, the company said.",
        "The company did not rule out further cuts.",
        "cuts are not planned",
        "not rule out further cuts",
    );
    flagged_each_way(
        "Weitere Stellenstreichungen seien nicht geplant, hieß es.",
        "Das Unternehmen schloss weitere Stellenstreichungen nicht aus.",
        "Stellenstreichungen seien nicht geplant",
        "schloss weitere Stellenstreichungen nicht aus",
    );
    // Near: another thing not planned; the thing told plainly, not as possible.
    unflagged(
        "A strike is not planned, the union said.",
        "The company did not rule out further cuts.",
    );
    unflagged(
        "Further cuts are not planned, the company said.",
        "The company has made cuts before.",
    );
}
