//! Tests of speakers of a quotation told with a verb of reaction (`speakers/foreign.rs`,
//! `reacts`): "Le maire a dénoncé « un drame »", "« Un drame », a réagi la préfète",
//! „…“, kritisierte X, «…», lamentó X, and guillemets of either style (trial 28, F8).

use super::test_util::{flags_of, no_flag_either};
use super::tests_speaker_languages::names;
use super::*;

#[test]
fn a_verb_of_reaction_beside_a_quotation_names_its_speaker() {
    for (s, who) in [
        (
            "Le maire Benoît Payan a dénoncé « un drame épouvantable ».",
            "Benoît Payan",
        ),
        (
            "« Un drame épouvantable », a réagi la préfète Frédérique Camilleri.",
            "préfète Frédérique Camilleri",
        ),
        (
            "« Un drame épouvantable » a déploré Frédérique Camilleri.",
            "Frédérique Camilleri",
        ),
        (
            "„Eine furchtbare Tragödie“, kritisierte Bürgermeister Hans Müller.",
            "Hans Müller",
        ),
        (
            "Bürgermeister Hans Müller kritisierte: „Eine furchtbare Tragödie“.",
            "Hans Müller",
        ),
        (
            "«Una tragedia terrible», lamentó el alcalde Juan García.",
            "alcalde Juan García",
        ),
        (
            "El alcalde Juan García denunció «una tragedia».",
            "Juan García",
        ),
        (
            "\"A terrible tragedy,\" Mayor John Smith lamented.",
            "Mayor John Smith",
        ),
    ] {
        let got = names(s);
        assert!(
            got.iter()
                .any(|n| n.ends_with(who) || who.ends_with(n.as_str())),
            "{s}: {got:?}"
        );
    }
    // No quotation beside the verb: what was criticised, no speaker.
    for s in [
        "Le maire a dénoncé la lenteur des secours.",
        "Mayor John Smith criticised the plan on Monday.",
        "Der Bürgermeister kritisierte die Polizei.",
    ] {
        assert!(names(s).is_empty(), "{s}: {:?}", names(s));
    }
}

#[test]
fn one_quotation_credited_to_two_people_is_a_speaker_flag_in_every_language() {
    let one = |a: &str, b: &str| {
        let f = flags_of(DiscrepancyKind::Speaker, a, b);
        assert_eq!(f.len(), 1, "{a} / {b}: {f:?}");
        let g = flags_of(DiscrepancyKind::Speaker, b, a);
        assert_eq!(g.len(), 1, "{b} / {a}: {g:?}");
    };
    // Trial 28, F8.
    one(
        "Le maire Benoît Payan a dénoncé « un drame épouvantable ».",
        "« Un drame épouvantable », a réagi la préfète Frédérique Camilleri.",
    );
    one(
        "„Eine furchtbare Tragödie“, beklagte Bürgermeister Hans Müller.",
        "„Eine furchtbare Tragödie“, sagte Polizeichefin Anna Schmidt.",
    );
    one(
        "«Una tragedia terrible», lamentó el alcalde Juan García.",
        "«Una tragedia terrible», denunció la ministra Ana López.",
    );
    one(
        "\"A terrible tragedy,\" Mayor John Smith lamented.",
        "\"A terrible tragedy,\" said Governor Jane Doe.",
    );
    // One speaker told two ways: no flag.
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[(
            "Le maire Benoît Payan a dénoncé « un drame épouvantable ».",
            "« Un drame épouvantable », a réagi Benoît Payan.",
        )],
    );
}
