//! Tests of the speaker flag with speakers told by a role before the name (trial 29, F6;
//! session 26): a genitive and a comma before the name ("selon le maire d'Alès, Christophe
//! Rivenq"), an article or a possessor before the role ("said the minister Mark Harper",
//! "said Ortega's campaign chief Marco Silva"), spokespeople of two bodies ("police
//! spokesman" / "army spokesman", "Polizeisprecher" / "Feuerwehrsprecher"), and German ",
//! so X" (`speakers/described.rs`, `speakers/spokes.rs`, `speakers/foreign.rs`).

use super::test_util::{flags_of, has_flag_each_way, no_flag, no_flag_either};
use super::tests_speaker_languages::names;
use super::*;

/// The same quotation, `said_a` / `said_b` after it.
fn quoted(quote: &str, said_a: &str, said_b: &str) -> (String, String) {
    (format!("{quote} {said_a}"), format!("{quote} {said_b}"))
}

/// Asserts a speaker flag on each case both ways round: a quotation, what credits it in
/// one sentence and in the other, and the two speakers as the flag shows them.
#[track_caller]
fn speakers_differ(cases: &[(&str, &str, &str, &str, &str)]) {
    for (quote, a, b, ta, tb) in cases {
        let (x, y) = quoted(quote, a, b);
        has_flag_each_way(DiscrepancyKind::Speaker, &x, &y, ta, tb);
    }
}

#[test]
fn a_role_with_a_genitive_before_the_name_names_the_speaker() {
    for (s, who) in [
        (
            "« Nous n'avions jamais vu autant d'eau », selon le maire d'Alès, Christophe Rivenq.",
            "Christophe Rivenq",
        ),
        (
            "« Nous n'avions jamais vu autant d'eau », a confié un habitant d'Anduze, Pierre Martin.",
            "Pierre Martin",
        ),
        (
            "« Justice a été rendue », a déclaré l'avocate de la famille, Me Claire Martin.",
            "Me Claire Martin",
        ),
        (
            "« Justice a été rendue », a réagi le procureur, Thierry Dran.",
            "Thierry Dran",
        ),
        (
            "«È una situazione drammatica», ha detto il presidente della Regione Stefano Bonaccini.",
            "Stefano Bonaccini",
        ),
        (
            "«È una situazione drammatica», ha detto il ministro della Protezione civile Nello Musumeci.",
            "Nello Musumeci",
        ),
        (
            "\"El pico todavía no ha llegado\", advirtió la ministra de Salud, Rosa Gutiérrez.",
            "Rosa Gutiérrez",
        ),
        (
            "\"El pico todavía no ha llegado\", alertó el director regional de salud, Jorge Medina.",
            "Jorge Medina",
        ),
        (
            "\"Não vamos parar\", disse a dirigente estudantil Marta Sousa.",
            "Marta Sousa",
        ),
        (
            "\"Não vamos parar\", afirmou o porta-voz da associação académica, João Matos.",
            "João Matos",
        ),
        (
            "\"The water came in fast,\" said the mayor of Alès, Christophe Rivenq.",
            "Christophe Rivenq",
        ),
    ] {
        assert_eq!(names(s), [who], "{s}");
    }
}

#[test]
fn two_people_named_after_their_roles_differ_in_each_language() {
    speakers_differ(&[
        (
            "« Nous n'avions jamais vu autant d'eau »,",
            "selon le maire d'Alès, Christophe Rivenq.",
            "a confié un habitant d'Anduze, Pierre Martin.",
            "Christophe Rivenq",
            "Pierre Martin",
        ),
        (
            "« Justice a été rendue »,",
            "a déclaré l'avocate de la famille, Me Claire Martin.",
            "a réagi le procureur, Thierry Dran.",
            "Me Claire Martin",
            "Thierry Dran",
        ),
        (
            "«È una situazione drammatica»,",
            "ha detto il presidente della Regione Stefano Bonaccini.",
            "ha detto il ministro della Protezione civile Nello Musumeci.",
            "Stefano Bonaccini",
            "Protezione civile Nello Musumeci",
        ),
        (
            "\"El pico de contagios todavía no ha llegado\",",
            "advirtió la ministra de Salud, Rosa Gutiérrez.",
            "alertó el director regional de salud, Jorge Medina.",
            "Rosa Gutiérrez",
            "Jorge Medina",
        ),
        (
            "\"Não vamos parar até sermos ouvidos\",",
            "disse a dirigente estudantil Marta Sousa.",
            "afirmou o porta-voz da associação académica, João Matos.",
            "dirigente estudantil Marta Sousa",
            "João Matos",
        ),
    ]);
}

#[test]
fn english_roles_after_an_article_or_a_possessor_name_their_person() {
    speakers_differ(&[
        (
            "\"It is a terrible tragedy,\"",
            "said the minister Mark Harper.",
            "said Kent Police chief Alan Pughsley.",
            "minister Mark Harper",
            "Kent Police chief Alan Pughsley",
        ),
        // The possessor is not who speaks.
        (
            "\"The people have chosen change,\"",
            "Ortega said.",
            "said Ortega's campaign chief Marco Silva.",
            "Ortega",
            "Ortega's campaign chief Marco Silva",
        ),
        (
            "\"Help arrived too late,\"",
            "said Tom Hill.",
            "said Tom Hill's wife, Ann Hill.",
            "Tom Hill",
            "Ann Hill",
        ),
    ]);
}

#[test]
fn spokespeople_of_two_bodies_differ_and_of_one_body_do_not() {
    let (x, y) = quoted(
        "\"Crews worked all night,\"",
        "said police spokesman Ajay Kumar.",
        "an army spokesman said.",
    );
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        &x,
        &y,
        "police spokesman Ajay Kumar",
        "army spokesman",
    );
    let (x, y) = quoted(
        "„Die Lage ist ernst“,",
        "sagte ein Polizeisprecher.",
        "sagte ein Feuerwehrsprecher.",
    );
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        &x,
        &y,
        "Polizeisprecher",
        "Feuerwehrsprecher",
    );
    let (x, y) = quoted(
        "„Die Lage ist ernst“,",
        "sagte ein Regierungssprecher.",
        "sagte ein Polizeisprecher.",
    );
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        &x,
        &y,
        "Regierungssprecher",
        "Polizeisprecher",
    );
    // Two people who speak for one body are still two people.
    let (x, y) = quoted(
        "\"Two were hurt,\"",
        "said police spokesman Ajay Kumar.",
        "said police spokeswoman Ann Lee.",
    );
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        &x,
        &y,
        "police spokesman Ajay Kumar",
        "police spokeswoman Ann Lee",
    );
    // One body told two ways; a spokesperson against a body of the same state that may
    // speak for it.
    let q = "\"Crews worked all night,\"";
    let pairs = [
        quoted(q, "a police spokesman said.", "police said."),
        quoted(q, "said police spokesman Ajay Kumar.", "the police said."),
        quoted(q, "a police spokesman said.", "the interior ministry said."),
        quoted(
            "„Die Lage ist ernst“,",
            "sagte ein Polizeisprecher.",
            "teilte die Polizei mit.",
        ),
    ];
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(a, b)| (&a[..], &b[..])).collect();
    no_flag_either(DiscrepancyKind::Speaker, &pairs);
}

#[test]
fn german_so_and_french_inverted_names_give_the_speaker_flag_not_the_person_flag() {
    for (x, y, tx, ty) in [
        (
            "„Die Lage ist ernst“, so Oberbürgermeister Jürgen Dupper.",
            "„Die Lage ist ernst“, so Innenminister Joachim Herrmann.",
            "Oberbürgermeister Jürgen Dupper",
            "Innenminister Joachim Herrmann",
        ),
        (
            "« Les digues tiennent », a déclaré Jean Dupont à Passau.",
            "« Les digues tiennent », a déclaré Marie Martin à Passau.",
            "Jean Dupont",
            "Marie Martin",
        ),
    ] {
        has_flag_each_way(DiscrepancyKind::Speaker, x, y, tx, ty);
        assert_eq!(flags_of(DiscrepancyKind::Person, x, y), vec![], "{x} / {y}");
        assert_eq!(flags_of(DiscrepancyKind::Person, y, x), vec![], "{y} / {x}");
    }
    assert_eq!(
        names("« Les digues tiennent », a déclaré Jean Dupont à Passau."),
        ["Jean Dupont"]
    );
    assert_eq!(
        names("„Wir evakuieren die Altstadt“, so die Polizei."),
        ["Polizei"]
    );
    // English "so" goes on with a verb: no source.
    assert_eq!(
        names("He was tired, so Smith left early."),
        Vec::<String>::new()
    );
    assert_eq!(names("It rained all day, so Smith."), ["Smith"]);
}

#[test]
fn one_person_told_two_ways_or_by_a_pronoun_is_no_speaker_conflict() {
    let q = "\"The water came in fast,\"";
    let pairs = [
        quoted(
            q,
            "Rivenq said.",
            "the mayor of Alès, Christophe Rivenq, said.",
        ),
        quoted(
            q,
            "Rivenq said.",
            "said the mayor of Alès, Christophe Rivenq.",
        ),
        quoted(q, "Rivenq said.", "according to Rivenq."),
        quoted(
            q,
            "said Transport Secretary Mark Harper.",
            "said the minister Mark Harper.",
        ),
        quoted(
            q,
            "said Marco Silva.",
            "said Ortega's campaign chief Marco Silva.",
        ),
        quoted(q, "Ortega's spokesman said.", "Ortega said."),
        quoted(q, "he said.", "said the minister Mark Harper."),
        (
            "« L'eau est montée très vite », a déclaré Christophe Rivenq.".to_string(),
            "« L'eau est montée très vite », selon le maire d'Alès, Christophe Rivenq.".to_string(),
        ),
        (
            "„Die Lage ist ernst“, so Oberbürgermeister Jürgen Dupper.".to_string(),
            "„Die Lage ist ernst“, sagte Dupper.".to_string(),
        ),
        (
            "\"L'acqua è salita in fretta\", ha detto il sindaco di Roma Roberto Gualtieri."
                .to_string(),
            "\"L'acqua è salita in fretta\", ha detto Gualtieri.".to_string(),
        ),
    ];
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(a, b)| (&a[..], &b[..])).collect();
    no_flag_either(DiscrepancyKind::Speaker, &pairs);
    // A role and its place with no name after them name no one.
    assert_eq!(
        names("\"It is a tragedy,\" said the mayor of Rotterdam."),
        Vec::<String>::new()
    );
    no_flag(
        DiscrepancyKind::Speaker,
        "He was tired, so Smith left early.",
        "He was tired, so Jones left early.",
    );
}
