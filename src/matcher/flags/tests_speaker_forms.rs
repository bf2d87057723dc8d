//! Tests of the speaker flag for the ways a speaker is told in six languages (trial 31):
//! a name against a role that may be the same person ("sagte Scholz" / "sagte der
//! Kanzler", as "said Biden" / "said the president"), spokespeople of two bodies
//! ("un portavoz de la policía" / "un portavoz de los bomberos"), an organisation after
//! "said the" ("said the Environment Agency" / "said the Met Office") and a time between
//! the verb and its speaker ("sagte am Montag der Bürgermeister"; "said Monday" names no
//! one).

use super::test_util::{flags_of, has_flag, has_flag_each_way, no_flag, no_flag_either};
use super::tests_speaker_languages::names;
use super::*;

/// `quote` credited to `who` after its speech verb (`verb`), quotation marks of the
/// language around it.
fn said(open: &str, close: &str, quote: &str, verb: &str, who: &str) -> String {
    format!("{open}{quote}{close}, {verb} {who}.")
}

#[test]
fn a_name_and_a_role_may_be_one_person_in_six_languages() {
    // (open, close, quote, verb, name, role, another name)
    let cases = [
        (
            "\"",
            "\"",
            "We will not raise taxes this year",
            "said",
            "Biden",
            "the president",
            "Trump",
        ),
        (
            "„",
            "“",
            "Wir werden die Steuern nicht erhöhen",
            "sagte",
            "Scholz",
            "der Kanzler",
            "Merz",
        ),
        (
            "« ",
            " »",
            "Nous n'augmenterons pas les impôts",
            "a déclaré",
            "Macron",
            "le président",
            "Bayrou",
        ),
        (
            "« ",
            " »",
            "Nous n'augmenterons pas les impôts",
            "a déclaré",
            "Macron",
            "le Président",
            "Bayrou",
        ),
        (
            "\"",
            "\"",
            "No subiremos los impuestos este año",
            "dijo",
            "Sánchez",
            "el presidente",
            "Feijóo",
        ),
        (
            "\"",
            "\"",
            "Non aumenteremo le tasse quest'anno",
            "ha detto",
            "Meloni",
            "il premier",
            "Schlein",
        ),
        (
            "\"",
            "\"",
            "Não vamos aumentar os impostos este ano",
            "disse",
            "Lula",
            "o presidente",
            "Bolsonaro",
        ),
    ];
    for (open, close, quote, verb, name, role, other) in cases {
        let a = said(open, close, quote, verb, name);
        no_flag(
            DiscrepancyKind::Speaker,
            &a,
            &said(open, close, quote, verb, role),
        );
        has_flag_each_way(
            DiscrepancyKind::Speaker,
            &a,
            &said(open, close, quote, verb, other),
            name,
            other,
        );
    }
    // A German role at the sentence's start, its article capitalised, is a role too.
    no_flag(
        DiscrepancyKind::Speaker,
        "Der Bürgermeister sagte am Montag, die Brücke werde geöffnet.",
        "Hans Müller sagte am Montag, die Brücke werde geöffnet.",
    );
    // The same title agrees; two titles differ, as "the senator" / "Gov. Romney".
    let de = |who: &str| said("„", "“", "Wir erhöhen die Steuern nicht", "sagte", who);
    no_flag(
        DiscrepancyKind::Speaker,
        &de("Kanzler Scholz"),
        &de("der Kanzler"),
    );
    has_flag(
        DiscrepancyKind::Speaker,
        &de("Präsident Steinmeier"),
        &de("der Kanzler"),
        "Präsident Steinmeier",
        "Kanzler",
    );
    has_flag(
        DiscrepancyKind::Speaker,
        &de("der Minister"),
        &de("der Kanzler"),
        "Minister",
        "Kanzler",
    );
    // A capitalised article of a name is the name's ("Marine Le Pen", "Le Pen").
    has_flag(
        DiscrepancyKind::Speaker,
        "Le Pen a déclaré que le pont rouvrira en mai.",
        "Bardella a déclaré que le pont rouvrira en mai.",
        "Le Pen",
        "Bardella",
    );
}

#[test]
fn spokespeople_of_two_bodies_differ_in_six_languages() {
    let pairs = [
        (
            "Un portavoz de la policía dijo que el fuego comenzó en la cocina.",
            "Un portavoz de los bomberos dijo que el fuego comenzó en la cocina.",
            "policía",
            "bomberos",
        ),
        (
            "Um porta-voz da polícia disse que o fogo começou na cozinha.",
            "Um porta-voz dos bombeiros disse que o fogo começou na cozinha.",
            "polícia",
            "bombeiros",
        ),
        (
            "Un porte-parole de la police a déclaré que le feu avait pris dans la cuisine.",
            "Un porte-parole des pompiers a déclaré que le feu avait pris dans la cuisine.",
            "police",
            "pompiers",
        ),
        (
            "Ein Sprecher der Polizei sagte, das Feuer sei in der Küche ausgebrochen.",
            "Ein Sprecher der Feuerwehr sagte, das Feuer sei in der Küche ausgebrochen.",
            "Polizei",
            "Feuerwehr",
        ),
        // Two bodies of one state: each spokesperson speaks for their own.
        (
            "Un portavoz de la policía dijo que el fuego comenzó en la cocina.",
            "Un portavoz del ejército dijo que el fuego comenzó en la cocina.",
            "policía",
            "ejército",
        ),
        (
            "Um porta-voz da polícia disse que o fogo começou na cozinha.",
            "Um porta-voz do exército disse que o fogo começou na cozinha.",
            "polícia",
            "exército",
        ),
    ];
    for (a, b, ta, tb) in pairs {
        has_flag_each_way(DiscrepancyKind::Speaker, a, b, ta, tb);
    }
    // The article elided into the body's word ("dell'esercito").
    let it =
        |body: &str| format!("Un portavoce {body} ha detto che il fuoco è partito dalla cucina.");
    let f = flags_of(
        DiscrepancyKind::Speaker,
        &it("della polizia"),
        &it("dell'esercito"),
    );
    assert_eq!(f.len(), 1, "{f:?}");
    // One body told two ways, or by its spokesperson, agrees.
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                "Un portavoz de la policía dijo que el fuego comenzó en la cocina.",
                "La policía dijo que el fuego comenzó en la cocina.",
            ),
            (
                "Ein Polizeisprecher sagte, das Feuer sei in der Küche ausgebrochen.",
                "Ein Sprecher der Polizei sagte, das Feuer sei in der Küche ausgebrochen.",
            ),
            // An unnamed spokesperson may be the person the other names, as "a fire
            // service spokesman" may.
            (
                "Ein Feuerwehrsprecher sagte, das Feuer sei in der Küche ausgebrochen.",
                "Hans Müller sagte, das Feuer sei in der Küche ausgebrochen.",
            ),
            (
                "Ein Sprecher der Bundeswehr sagte, das Feuer sei in der Küche ausgebrochen.",
                "Hans Müller sagte, das Feuer sei in der Küche ausgebrochen.",
            ),
        ],
    );
}

#[test]
fn an_organisation_after_said_the_is_a_speaker() {
    let en = |who: &str| format!("\"River levels will keep rising overnight,\" said {who}.");
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        &en("the Environment Agency"),
        &en("the Met Office"),
        "Environment Agency",
        "Met Office",
    );
    assert_eq!(names(&en("the Environment Agency")), ["Environment Agency"]);
    assert_eq!(
        names("River levels will rise, according to the Environment Agency."),
        ["Environment Agency"]
    );
    // The agency named and unnamed, by a spokesman, by a person, or told first: one.
    for b in [
        en("the agency"),
        en("John Curtin"),
        "\"River levels will keep rising overnight,\" an agency spokesman said.".into(),
        "The Environment Agency said river levels will keep rising overnight.".into(),
    ] {
        no_flag(DiscrepancyKind::Speaker, &en("the Environment Agency"), &b);
        no_flag(DiscrepancyKind::Speaker, &b, &en("the Environment Agency"));
    }
    // One body with its words in another order.
    no_flag(
        DiscrepancyKind::Speaker,
        &en("the Justice Department"),
        &en("the Department of Justice"),
    );
}

#[test]
fn a_time_after_the_speech_verb_is_no_speaker() {
    for s in [
        "\"The bridge will reopen in May,\" said Monday.",
        "„Die Brücke wird im Mai geöffnet“, sagte Montag.",
        "« Le pont rouvrira en mai », a déclaré Lundi.",
        "The mayor said Monday that the bridge would reopen in May.",
    ] {
        assert!(
            names(s)
                .iter()
                .all(|n| !n.contains("Monday") && !n.contains("Montag") && !n.contains("Lundi")),
            "{s}: {:?}",
            names(s)
        );
    }
    // The speaker after the time, or before it.
    for (s, who) in [
        (
            "\"The bridge will reopen in May,\" the mayor said Monday.",
            "mayor",
        ),
        (
            "\"The bridge will reopen in May,\" said the mayor Monday.",
            "mayor",
        ),
        (
            "\"The bridge will reopen in May,\" said the mayor on Monday.",
            "mayor",
        ),
        (
            "\"The bridge will reopen in May,\" said on Monday the mayor.",
            "mayor",
        ),
        (
            "\"The bridge will reopen in May,\" said Mayor John Smith Monday.",
            "Mayor John Smith",
        ),
        (
            "„Die Brücke wird im Mai geöffnet“, sagte am Montag der Bürgermeister.",
            "Bürgermeister",
        ),
        (
            "„Die Brücke wird im Mai geöffnet“, sagte gestern der Bürgermeister.",
            "Bürgermeister",
        ),
        (
            "„Die Brücke wird im Mai geöffnet“, sagte am Montag Scholz.",
            "Scholz",
        ),
        (
            "« Le pont rouvrira en mai », a déclaré lundi le maire.",
            "maire",
        ),
        (
            "\"El puente reabrirá en mayo\", dijo el lunes el alcalde.",
            "alcalde",
        ),
        (
            "\"Il ponte riaprirà a maggio\", ha detto lunedì il sindaco.",
            "sindaco",
        ),
        (
            "\"A ponte reabrirá em maio\", disse na segunda-feira o prefeito.",
            "prefeito",
        ),
    ] {
        assert_eq!(names(s), [who], "{s}");
    }
    let de = |rest: &str| format!("„Die Brücke wird im Mai geöffnet“, sagte {rest}.");
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        &de("am Montag Scholz"),
        &de("Merz"),
        "Scholz",
        "Merz",
    );
    no_flag(
        DiscrepancyKind::Speaker,
        &de("Montag der Bürgermeister"),
        &de("der Bürgermeister"),
    );
    let en = |rest: &str| format!("\"The bridge will reopen in May,\" {rest}.");
    has_flag(
        DiscrepancyKind::Speaker,
        &en("said the mayor Monday"),
        &en("said the governor"),
        "mayor",
        "governor",
    );
    no_flag(
        DiscrepancyKind::Speaker,
        &en("the mayor said Monday"),
        &en("the mayor said Tuesday"),
    );
}
