//! Tests of `bodies.rs`: bodies credited with one claim, the ways of writing one body,
//! the countries of bodies of the state and the agencies of the UN.

use super::*;
use crate::matcher::flags::flagged_texts;

fn flags(a: &str, b: &str) -> Option<(String, String)> {
    flagged_texts(body_conflict, a, b)
}

#[test]
fn one_claim_credited_to_two_bodies_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "Five people were killed in Nairobi, according to Amnesty International.",
            "Five people were killed in Nairobi, according to the Red Cross.",
            "Amnesty International",
            "Red Cross",
        ),
        (
            "Five people were killed in Nairobi, the Kenya Red Cross said.",
            "Five people were killed in Nairobi, Amnesty International Kenya said.",
            "Kenya Red Cross",
            "Amnesty International Kenya",
        ),
        (
            "At least two people were killed, according to the Kenya National Commission on Human Rights.",
            "Amnesty International Kenya said at least five people had been shot dead.",
            "Kenya National Commission on Human Rights",
            "Amnesty International Kenya",
        ),
        (
            "Five people died, the World Health Organization said.",
            "Five people died, Doctors Without Borders said.",
            "World Health Organization",
            "Doctors Without Borders",
        ),
        (
            "Five people died, the Syrian Observatory for Human Rights said.",
            "Five people died, the Syrian health ministry said.",
            // Whole since session 36 (the words after "for" name it too).
            "Syrian Observatory for Human Rights",
            "Syrian health ministry",
        ),
        (
            "The police said the fire was started deliberately.",
            "The fire brigade said the fire was started deliberately.",
            "police",
            "fire brigade",
        ),
        (
            "Human Rights Watch said 30 protesters were arrested.",
            "The interior ministry said 30 protesters were arrested.",
            "Human Rights Watch",
            "interior ministry",
        ),
    ] {
        assert_eq!(flags(a, b), Some((ta.into(), tb.into())), "{a} / {b}");
        assert_eq!(flags(b, a), Some((tb.into(), ta.into())), "{b} / {a}");
    }
}

#[test]
fn one_body_written_two_ways_or_two_bodies_of_the_state_agree() {
    for (a, b) in [
        (
            "Five people were killed, Amnesty International said.",
            "Five people were killed, according to Amnesty International.",
        ),
        (
            "Five people were killed, the ICRC said.",
            "Five people were killed, the Red Cross said.",
        ),
        (
            "Five people were killed, the Kenya Red Cross Society said.",
            "Five people were killed, according to the International Committee of the Red Cross.",
        ),
        (
            "Ten people died, the UN said.",
            "Ten people died, the United Nations said.",
        ),
        (
            "Ten people died, Médecins Sans Frontières said.",
            "Ten people died, MSF said.",
        ),
        (
            "Ten people died, the WHO said.",
            "Ten people died, the World Health Organization said.",
        ),
        // Two bodies of the state may speak for each other.
        (
            "Ten people died, the ministry said.",
            "Ten people died, police said.",
        ),
        (
            "Ten people died, officials said.",
            "Ten people died, the army said.",
        ),
        // The other body is named: one quotes the other.
        (
            "Five people died, the Red Cross said, citing Amnesty.",
            "Five people died, Amnesty said.",
        ),
        // Not one claim.
        (
            "The Red Cross said it had sent two trucks of food.",
            "Amnesty said the police had shot five protesters.",
        ),
        // A body that is not credited ("who" is no body; "by police" credits no one).
        (
            "Witnesses who saw the crash said two died.",
            "Two died, the Red Cross said.",
        ),
    ] {
        assert_eq!(flags(a, b), None, "{a} / {b}");
        assert_eq!(flags(b, a), None, "{b} / {a}");
    }
}

/// "Twelve people were killed, X said."
fn toll_by(x: &str) -> String {
    format!("Twelve people were killed, {x} said.")
}

/// Asserts that `rule` flags no toll credited to `a` and to `b` ([`toll_by`]), read
/// either way round.
fn toll_unflagged(rule: fn(&Prepared, &Prepared) -> Option<Ranges>, a: &str, b: &str) {
    let (a, b) = (toll_by(a), toll_by(b));
    assert_eq!(flagged_texts(rule, &a, &b), None, "{a} / {b}");
    assert_eq!(flagged_texts(rule, &b, &a), None, "{b} / {a}");
}

#[test]
fn bodies_of_two_states_or_a_state_and_an_armed_group_are_two_sources() {
    // Trial 26, F8: the two sides of a conflict credited with one toll.
    for (a, b, ta, tb) in [
        (
            "Russia's defence ministry",
            "Ukraine's defence ministry",
            "Russia's defence ministry",
            "Ukraine's defence ministry",
        ),
        (
            "the Russian military",
            "the Ukrainian military",
            "Russian military",
            "Ukrainian military",
        ),
        (
            "the Palestinian health ministry",
            "the Israeli military",
            "Palestinian health ministry",
            "Israeli military",
        ),
        (
            "the Gaza health ministry",
            "the Israeli army",
            "Gaza health ministry",
            "Israeli army",
        ),
        ("Hamas", "the Israeli military", "Hamas", "Israeli military"),
        (
            "Israeli officials",
            "Palestinian officials",
            "Israeli officials",
            "Palestinian officials",
        ),
        (
            "the Sudanese army",
            "the Rapid Support Forces",
            "Sudanese army",
            "Rapid Support Forces",
        ),
        (
            "Indian police",
            "Pakistan's army",
            "Indian police",
            "Pakistan's army",
        ),
    ] {
        let (a, b) = (toll_by(a), toll_by(b));
        assert_eq!(flags(&a, &b), Some((ta.into(), tb.into())), "{a} / {b}");
        assert_eq!(flags(&b, &a), Some((tb.into(), ta.into())), "{b} / {a}");
    }
    for (a, b, ta, tb) in [
        (
            "Doce personas murieron, según el Ministerio de Defensa ruso.",
            "Doce personas murieron, según el Ministerio de Defensa ucraniano.",
            "Ministerio de Defensa ruso",
            "Ministerio de Defensa ucraniano",
        ),
        (
            "Zwölf Menschen wurden getötet, teilte das russische Verteidigungsministerium mit.",
            "Zwölf Menschen wurden getötet, teilte das ukrainische Verteidigungsministerium mit.",
            "russische Verteidigungsministerium",
            "ukrainische Verteidigungsministerium",
        ),
        (
            "Dodici persone sono morte, secondo la protezione civile.",
            "Dodici persone sono morte, secondo Amnesty International.",
            "protezione civile",
            "Amnesty International",
        ),
        (
            "Doce personas murieron, según la Cruz Roja.",
            "Doce personas murieron, según el Ejército.",
            "Cruz Roja",
            "Ejército",
        ),
    ] {
        assert_eq!(flags(a, b), Some((ta.into(), tb.into())), "{a} / {b}");
    }
}

#[test]
fn one_state_told_two_ways_and_an_agency_of_the_un_agree() {
    for (a, b) in [
        // One country, other words; a body that names no country may be either's.
        ("the Israeli army", "Israel's military"),
        ("the Israeli army", "the IDF"),
        ("the army", "the Israel Defense Forces"),
        ("Ukraine's military", "the Ukrainian army"),
        (
            "the ministry of defence of Russia",
            "the Russian defence ministry",
        ),
        ("the defence ministry", "the Russian defence ministry"),
        ("the Hamas-run health ministry", "the Gaza health ministry"),
        ("officials", "the army"),
        // An agency and the body it is part of, or its other name (trial 26, F11).
        ("UNICEF", "the UN children's agency"),
        ("UNICEF", "the UN"),
        ("the WFP", "the World Food Programme"),
        ("UNHCR", "the UN refugee agency"),
        ("Médecins Sans Frontières", "Doctors Without Borders"),
        ("the EU", "the European Commission"),
    ] {
        toll_unflagged(body_conflict, a, b);
    }
}

#[test]
fn one_body_written_two_ways_is_no_two_people_for_the_speaker_flag() {
    // Trial 26, F11: "Doctors Without Borders" read as a person "Borders".
    let speaker = crate::matcher::speakers::speaker_conflict;
    for (a, b) in [
        ("Médecins Sans Frontières", "Doctors Without Borders"),
        ("UNICEF", "the UN children's agency"),
        ("the ICRC", "the Red Cross"),
        ("Human Rights Watch", "HRW"),
        ("the UN", "UN officials"),
        ("the EU", "the European Commission"),
    ] {
        toll_unflagged(speaker, a, b);
    }
}

#[test]
fn the_country_at_the_end_of_a_bodys_whole_name_or_a_french_plural_is_read() {
    // Trial 27, F8: "le ministère de la Santé de Gaza", the usual Romance wording, and
    // "les autorités palestiniennes", credited with the toll the Israeli army gives.
    for (a, b, ta, tb) in [
        (
            "Douze personnes ont été tuées, selon l'armée israélienne.",
            "Douze personnes ont été tuées, selon le ministère de la Santé de Gaza.",
            "l'armée israélienne",
            "ministère de la Santé de Gaza",
        ),
        (
            "Doce personas murieron, según el ejército israelí.",
            "Doce personas murieron, según el Ministerio de Sanidad de Gaza.",
            "ejército israelí",
            "Ministerio de Sanidad de Gaza",
        ),
        (
            "Dodici persone sono morte, secondo l'esercito israeliano.",
            "Dodici persone sono morte, secondo il ministero della Sanità di Gaza.",
            "l'esercito israeliano",
            "ministero della Sanità di Gaza",
        ),
        (
            "Douze personnes ont été tuées, selon l'armée israélienne.",
            "Douze personnes ont été tuées, selon les autorités palestiniennes.",
            "l'armée israélienne",
            "autorités palestiniennes",
        ),
        (
            "Twelve people were killed, Russian-installed officials said.",
            "Twelve people were killed, Ukrainian officials said.",
            "Russian-installed officials",
            "Ukrainian officials",
        ),
    ] {
        assert_eq!(flags(a, b), Some((ta.into(), tb.into())), "{a} / {b}");
        assert_eq!(flags(b, a), Some((tb.into(), ta.into())), "{b} / {a}");
    }
    // The name ends at a word that goes on no name: "Gaza" after it is the place of the
    // strike, not the ministry's.
    assert_eq!(
        flags(
            "Douze personnes ont été tuées selon l'armée israélienne après une frappe sur Gaza.",
            "Douze personnes ont été tuées selon le ministère de la Santé après une frappe sur Gaza.",
        ),
        None
    );
}

/// Trial 35 F14.2: two ministries of two portfolios are two sources; one ministry named
/// with and without its portfolio, or with one portfolio written two ways, is one.
#[test]
fn two_ministries_of_two_portfolios_are_two_sources() {
    for (a, b, ta, tb) in [
        (
            "The health ministry said 95 of the injured were still in hospital.",
            "The interior ministry said 95 of the injured were still in hospital.",
            "health ministry",
            "interior ministry",
        ),
        (
            "Five people died, according to the Ministry of Health.",
            "Five people died, according to the Interior Ministry.",
            "Ministry of Health",
            "Interior Ministry",
        ),
        (
            "Cinq personnes sont mortes, selon le ministère de la Santé.",
            "Cinq personnes sont mortes, selon le ministère de l'Intérieur.",
            "ministère de la Santé",
            "ministère de l'Intérieur",
        ),
    ] {
        let Some(got) = flags(a, b) else {
            panic!("{a} / {b}: no flag");
        };
        assert!(got.0.contains(ta) || ta.contains(&got.0), "{a}: {got:?}");
        assert!(got.1.contains(tb) || tb.contains(&got.1), "{b}: {got:?}");
        assert!(flags(b, a).is_some(), "{b} / {a}");
    }
    for (a, b) in [
        (
            "The health ministry said 95 of the injured were still in hospital.",
            "The ministry said 95 of the injured were still in hospital.",
        ),
        (
            "The health ministry said 95 of the injured were still in hospital.",
            "The Ministry of Health said 95 of the injured were still in hospital.",
        ),
        (
            "Cinq personnes sont mortes, selon le ministère de la Santé.",
            "Cinq personnes sont mortes, selon le ministère.",
        ),
    ] {
        assert_eq!(flags(a, b), None, "{a} / {b}");
        assert_eq!(flags(b, a), None, "{b} / {a}");
    }
}

/// Session 36's trial (N7): two ministries named with their portfolio after "of" / "del"
/// were flagged as "Ministry ≠ Ministry"; the flag shows each body whole.
#[test]
fn a_body_named_with_of_and_its_portfolio_is_shown_whole() {
    for (a, b, ta, tb) in [
        (
            "Twelve people died, according to the Ministry of Transport.",
            "Twelve people died, according to the Ministry of the Interior.",
            "Ministry of Transport",
            "Ministry of the Interior",
        ),
        (
            "Doce personas murieron, según el Ministerio de Transportes.",
            "Doce personas murieron, según el Ministerio del Interior.",
            "Ministerio de Transportes",
            "Ministerio del Interior",
        ),
    ] {
        assert_eq!(
            flags(a, b),
            Some((ta.to_string(), tb.to_string())),
            "{a} / {b}"
        );
    }
}
