//! Tests of trial 57's speaker faults (session 55): a name before an appositive role or
//! age ("Marc Renard, the fire chief, said", "Renard, 54, said": `speakers/subject.rs`
//! `apposed_name_end`), "he added" in six other languages ("a-t-il ajouté", "fügte er
//! hinzu", "añadió": `speakers/pronouns.rs`), and a company against a public office (the
//! coach operator's quote against the consul's: `speakers/conflict.rs`, the consul's
//! title in `speakers/titles.rs`).

use super::test_util::{has_flag, has_flag_each_way, no_flag, no_flag_either};
use super::tests_speakers::corpus_speaker_flags;
use super::DiscrepancyKind as K;
use crate::matcher::features::{Idf, Prepared};
use crate::matcher::speakers::speaker_names;

/// The speakers a sentence credits, as written.
fn credited(text: &str) -> Vec<String> {
    let p = Prepared::new(text, Idf::builtin());
    speaker_names(&p).into_iter().map(|(_, s)| s).collect()
}

#[test]
fn a_name_before_an_appositive_role_or_age_speaks() {
    // Trial 57: "Marc Renard, the fire chief, said" credited "fire chief"; "Renard, 54,
    // said" no one.
    let fact = "the blaze was under control.";
    for (who, name) in [
        ("Marc Renard, the fire chief, said", "Marc Renard"),
        ("Renard, the fire chief, said", "Renard"),
        ("Marc Renard, 54, said", "Marc Renard"),
        ("Renard, 54, said", "Renard"),
    ] {
        let a = format!("{who} {fact}");
        assert_eq!(credited(&a), vec![name.to_string()], "{a}");
        has_flag(
            K::Speaker,
            &a,
            &format!("Jean Dupont said {fact}"),
            name,
            "Jean Dupont",
        );
        no_flag(K::Speaker, &a, &format!("According to {name}, {fact}"));
    }
    // Near cases that must not change: a role after a clause speaks; a role between
    // commas after no name; a number that is no age; two commas around no appositive.
    for (a, who) in [
        ("The road was closed, the fire chief said.", "fire chief"),
        (
            "In the end, the fire chief said the road was closed.",
            "fire chief",
        ),
        (
            "Melissa Berryhill, a spokeswoman for Wal-Mart, said the road was closed.",
            "Melissa Berryhill",
        ),
        (
            "Olympia Snowe, R-Maine, said the road was closed.",
            "Olympia Snowe",
        ),
    ] {
        assert_eq!(credited(a), vec![who.to_string()], "{a}");
    }
    for a in [
        "Of the 54, 12 said the road was closed.",
        "In 2019, 54 said the road was closed.",
        "The road, 500 metres long, said officials, was closed.",
    ] {
        assert!(
            !credited(a).iter().any(|w| w.contains("54") || w == "In"),
            "{a}: {:?}",
            credited(a)
        );
    }
    // The role and its name agree; the role alone against another name as before.
    no_flag(
        K::Speaker,
        "Marc Renard, the fire chief, said the blaze was under control.",
        "Fire chief Marc Renard said the blaze was under control.",
    );
}

#[test]
fn he_added_is_read_in_six_languages() {
    // Trial 57: "a-t-il ajouté", "fügte er hinzu", "añadió" … credited no one, so the
    // quotation's speaker was lost.
    let other = "\"The bus landed on its roof,\" said Hans Becker.";
    for (first, second, he) in [
        (
            "« Nos équipes ont dû descendre en rappel », a déclaré Stefan Gruber.",
            "« Le bus s'est retrouvé sur le toit », a-t-il ajouté.",
            "il",
        ),
        (
            "« Nos équipes ont dû descendre en rappel », a déclaré Stefan Gruber.",
            "« Le bus s'est retrouvé sur le toit », ajoute-t-il.",
            "il",
        ),
        (
            "„Unsere Teams mussten sich abseilen“, sagte Stefan Gruber.",
            "„Der Bus ist auf dem Dach gelandet“, fügte er hinzu.",
            "er",
        ),
        (
            "«Nuestros equipos tuvieron que descender con cuerdas», dijo Stefan Gruber.",
            "«El autobús quedó sobre el techo», añadió.",
            "añadió",
        ),
        (
            "«Le nostre squadre si sono dovute calare con le corde», ha detto Stefan Gruber.",
            "«Il pullman è finito sul tetto», ha aggiunto.",
            "aggiunto",
        ),
        (
            "\"As nossas equipas tiveram de descer com cordas\", disse Stefan Gruber.",
            "\"O autocarro ficou de tejadilho\", acrescentou.",
            "acrescentou",
        ),
        (
            "\"Onze ploegen moesten zich abseilen\", zei Stefan Gruber.",
            "\"De bus belandde op zijn dak\", voegde hij toe.",
            "hij",
        ),
    ] {
        let a = format!("{first} {second}");
        assert_eq!(
            corpus_speaker_flags(&a, 1, other, 0),
            vec![(he.to_string(), "Hans Becker".to_string())],
            "{a}"
        );
        // "he" is the other's speaker: no flag.
        let same = a.replace("Stefan Gruber", "Hans Becker");
        assert_eq!(corpus_speaker_flags(&same, 1, other, 0), vec![], "{same}");
        // Alone, no earlier sentence tells who "he" is: no flag.
        no_flag(K::Speaker, second, other);
        // A sentence between: "he" stays unknown.
        let far = format!("{first} Der Bus war voll. {second}");
        assert_eq!(corpus_speaker_flags(&far, 2, other, 0), vec![], "{far}");
    }
    // A name written outside the quotation before "he" leaves "he" unknown; a verb with
    // words after it in a language that drops its pronoun is no "he added".
    let named = "„Unsere Teams mussten sich abseilen“, sagte Stefan Gruber. Dann sah Hollaus den Bus: „Er ist auf dem Dach gelandet“, fügte er hinzu.";
    assert_eq!(corpus_speaker_flags(named, 1, other, 0), vec![]);
    // In English a name quoted before "he" still leaves "he" in doubt, as before.
    let quoted =
        "Carroll said the border was calm. \"The United States acted appropriately,\" he said.";
    let becker = "\"The United States acted appropriately,\" said Hans Becker.";
    assert_eq!(corpus_speaker_flags(quoted, 1, becker, 0), vec![]);
    let told = "«Nuestros equipos tuvieron que descender con cuerdas», dijo Stefan Gruber. «El autobús quedó sobre el techo», añadió a la prensa.";
    assert_eq!(corpus_speaker_flags(told, 1, other, 0), vec![]);
}

#[test]
fn a_company_against_a_public_office_is_two_speakers() {
    // Trial 57: the coach operator's quote against the consul's, 88 % "same fact" with no
    // speaker flag: "the company" was a generic source and "consul" no title.
    let company = "\"We are devastated and we are cooperating fully with the Austrian authorities,\" the company said.";
    let consul = "\"We are in constant contact with the Austrian authorities and with each of the families,\" consul Javier Morales said.";
    has_flag_each_way(
        K::Speaker,
        company,
        consul,
        "company",
        "consul Javier Morales",
    );
    for office in ["the mayor said", "Mayor Anna Weber said", "the consul said"] {
        let b = consul.replace("consul Javier Morales said", office);
        assert_eq!(
            super::test_util::flags_of(K::Speaker, company, &b).len(),
            1,
            "{b}"
        );
    }
    let spanish = "«Estamos en contacto permanente con las autoridades austriacas», declaró el cónsul Javier Morales.";
    let empresa = "«Estamos destrozados y colaboramos plenamente con las autoridades austriacas», dijo la empresa.";
    has_flag(
        K::Speaker,
        empresa,
        spanish,
        "empresa",
        "cónsul Javier Morales",
    );
    // Near cases: a person named without an office may speak for the company; the company
    // told two ways; the consul told two ways.
    no_flag_either(
        K::Speaker,
        &[
            (
                company,
                &consul.replace("consul Javier Morales said", "Carroll said"),
            ),
            (
                company,
                &consul.replace(
                    "consul Javier Morales said",
                    "company spokesman John Smith said",
                ),
            ),
            (
                company,
                &company.replace(",\" the company said.", ",\" according to the company."),
            ),
            (
                consul,
                &consul.replace("consul Javier Morales said", "according to Javier Morales"),
            ),
            (
                consul,
                &consul.replace("consul Javier Morales said", "the consul said"),
            ),
        ],
    );
}
