//! Tests of the speaker flag's kinds of source: a generic source, a bare role and a name
//! (`speakers::sources_differ`).

use super::test_util::{flags_of, has_flag, no_flag, no_flag_either};
use super::*;

#[test]
fn a_generic_source_is_no_other_speaker() {
    // A new-user trial: "Officials ≠ prefect" on an agreeing link.
    no_flag(
        DiscrepancyKind::Speaker,
        "Officials said the road was closed.",
        "The prefect said the road was closed.",
    );
    for generic in [
        "Police said",
        "Authorities said",
        "The government said",
        "Sources said",
        "According to officials,",
        "Doctors said",
    ] {
        let a = format!("{generic} the road was closed after the landslide.");
        for other in ["Carroll said", "The prefect said", "Gov. Andrew Cuomo said"] {
            let b = format!("{other} the road was closed after the landslide.");
            no_flag(DiscrepancyKind::Speaker, &a, &b);
            no_flag(DiscrepancyKind::Speaker, &b, &a);
        }
    }
    // Bystanders (session 30) may be a person named without an office, never an office
    // (`tests_bystanders.rs`).
    for generic in ["Witnesses said", "Residents said"] {
        let a = format!("{generic} the road was closed after the landslide.");
        let b = "Carroll said the road was closed after the landslide.";
        no_flag(DiscrepancyKind::Speaker, &a, b);
        no_flag(DiscrepancyKind::Speaker, b, &a);
        for other in ["The prefect said", "Gov. Andrew Cuomo said"] {
            let b = format!("{other} the road was closed after the landslide.");
            assert_eq!(
                flags_of(DiscrepancyKind::Speaker, &a, &b).len(),
                1,
                "{a} / {b}"
            );
        }
    }
    // Two generic sources of one group, or of no group, agree; two of different groups
    // ("Witnesses" / "Police") differ (`tests_source_groups.rs`).
    for generic in [
        "Police said",
        "Authorities said",
        "The government said",
        "Sources said",
        "According to officials,",
    ] {
        let a = format!("{generic} the road was closed after the landslide.");
        let b = "Police said the road was closed after the landslide.";
        no_flag(DiscrepancyKind::Speaker, &a, b);
        no_flag(DiscrepancyKind::Speaker, b, &a);
    }
    // A plural role is a group too.
    no_flag(
        DiscrepancyKind::Speaker,
        "The road was closed, the harbour masters said.",
        "The road was closed, the mayor said.",
    );
    // Two named people still differ; "X said" and "according to X" still agree.
    has_flag(
        DiscrepancyKind::Speaker,
        "Carroll said the road was closed.",
        "Brooks said the road was closed.",
        "Carroll",
        "Brooks",
    );
    no_flag(
        DiscrepancyKind::Speaker,
        "Carroll said the road was closed.",
        "According to Carroll, the road was closed.",
    );
    // A specific speaker among generic ones: the specific ones are compared.
    has_flag(
        DiscrepancyKind::Speaker,
        "Officials said the road was closed, Carroll said.",
        "Brooks said the road was closed.",
        "Carroll",
        "Brooks",
    );
}

#[test]
fn a_bare_role_against_a_name_differs_only_by_another_title() {
    // "the senator" may be Kerry: no coreference, no flag.
    no_flag(
        DiscrepancyKind::Speaker,
        "The senator said the bill would pass.",
        "Kerry said the bill would pass.",
    );
    no_flag(
        DiscrepancyKind::Speaker,
        "\u{201c}The bill will pass,\u{201d} the spokesman said.",
        "\u{201c}The bill will pass,\u{201d} Brooks said.",
    );
    // The same title written with the name: the same person, may be.
    no_flag(
        DiscrepancyKind::Speaker,
        "The senator said the bill would pass.",
        "Sen. John Kerry said the bill would pass.",
    );
    // Another title with the name, or another role: two people.
    has_flag(
        DiscrepancyKind::Speaker,
        "The senator said the bill would pass.",
        "Gov. Mitt Romney said the bill would pass.",
        "senator",
        "Gov. Mitt Romney",
    );
    has_flag(
        DiscrepancyKind::Speaker,
        "The senator said the bill would pass.",
        "The governor said the bill would pass.",
        "senator",
        "governor",
    );
}

#[test]
fn an_institution_speaks_through_a_person() {
    // Sentence pairs of the paraphrase set: a company or a service against the person
    // who speaks for it, a name spelled two ways, an acronym of a name cut at "and".
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                "\u{201c}We had nothing to do with it,\u{201d} Microsoft Corp. said.",
                "\u{201c}We had nothing to do with it,\u{201d} Gillian Kent said.",
            ),
            (
                "The river was expected to crest at 36 feet tonight, Burke said.",
                "The river was expected to crest at 36 feet tonight, the National Weather Service said.",
            ),
            (
                "Dioxin levels have dropped by 75 percent since the 1970s, said Caswell.",
                "The Institute said dioxin levels have fallen by 76 percent since the 1970s.",
            ),
            (
                "\u{201c}We had nothing to do with it,\u{201d} Microsoft spokesman Sean Sundwell said.",
                "\u{201c}We had nothing to do with it,\u{201d} Sundwall said.",
            ),
            (
                "\u{201c}It will be behind us by mid-year,\u{201d} said Nestle spokesman Francois Perroud.",
                "\u{201c}It will be behind us by midyear,\u{201d} said Perroud of Nestl\u{e9}.",
            ),
            (
                "\u{201c}We will appeal,\u{201d} said José Núñez.",
                "\u{201c}We will appeal,\u{201d} said Jose Nunez.",
            ),
            (
                "\u{201c}We will appeal,\u{201d} said Ana Ibáñez.",
                "\u{201c}We will appeal,\u{201d} said Ibanez of the union.",
            ),
            (
                "The case was settled, the Securities and Exchange Commission said.",
                "The case was settled, the SEC said.",
            ),
            (
                "The league said it is not taking a position on the recall.",
                "The group said it is not taking a position on the recall.",
            ),
            (
                "\u{201c}We will not back down,\u{201d} Lieberman said.",
                "\u{201c}We will not back down,\u{201d} the Connecticut Democrat said.",
            ),
        ],
    );
    // Two institutions, two people with different names, still differ.
    has_flag(
        DiscrepancyKind::Speaker,
        "The case was settled, the SEC said.",
        "The case was settled, the FBI said.",
        "SEC",
        "FBI",
    );
    has_flag(
        DiscrepancyKind::Speaker,
        "\u{201c}We will accede to the request,\u{201d} Tom Galvin said.",
        "\u{201c}We will accede to the request,\u{201d} said Russell Lewis.",
        "Tom Galvin",
        "Russell Lewis",
    );
}

#[test]
fn attribution_spans_compare_by_kind_too() {
    use crate::matcher::speakers_may_differ;
    assert!(speakers_may_differ("Carroll", "Army Gen. Vincent Brooks"));
    assert!(speakers_may_differ("the senator", "the governor"));
    assert!(speakers_may_differ("the senator", "Gov. Romney"));
    // The appositive is not the speaker.
    assert!(speakers_may_differ(
        "Carroll",
        "Army Gen. Vincent Brooks, who commands U.S. forces,"
    ));
    assert!(!speakers_may_differ(
        "Officials, who spoke on condition of anonymity,",
        "Carroll"
    ));
    assert!(!speakers_may_differ("Officials said", "the prefect"));
    // Two spellings of one name, with and without diacritics (attribution spans).
    assert!(!speakers_may_differ(
        "José Núñez",
        "according to Jose Nunez"
    ));
    assert!(!speakers_may_differ("said Müller", "Muller"));
    assert!(speakers_may_differ("José Núñez", "Carroll"));
    assert!(!speakers_may_differ("according to police", "Carroll"));
    assert!(!speakers_may_differ("the senator said", "Kerry"));
    assert!(!speakers_may_differ("the senator", "Sen. Kerry"));
}

/// The speaker flags of sentence `i` of article `a` against sentence `j` of article `b`,
/// scored in the corpus of the two (so "he said" knows who "he" is): (a text, b text).
pub(super) fn corpus_speaker_flags(a: &str, i: usize, b: &str, j: usize) -> Vec<(String, String)> {
    let corpus = crate::matcher::Corpus::new(&[a, b]);
    let (ra, rb) = (crate::matcher::segment(a), crate::matcher::segment(b));
    corpus
        .score_ranges((0, ra[i].0, ra[i].1), (1, rb[j].0, rb[j].1))
        .map(|s| s.flags)
        .unwrap_or_default()
        .into_iter()
        .filter(|f| f.kind == DiscrepancyKind::Speaker)
        .map(|f| (f.a, f.b))
        .collect()
}

#[test]
fn he_said_is_the_person_an_earlier_sentence_named() {
    let brooks = "Army Gen. Vincent Brooks said security forces acted appropriately and sought to deescalate the situation.";
    let carroll = |between: &str| {
        format!(
            "Carroll commended their restraint at the border. {between}The security forces \"acted appropriately\" and \"deescalated this situation\", he said."
        )
    };
    // "he" is Carroll: the same judgement credited to two people.
    let a = carroll("");
    assert_eq!(
        corpus_speaker_flags(&a, 1, brooks, 0),
        vec![("he".to_string(), "Army Gen. Vincent Brooks".to_string())]
    );
    // Both ways round.
    assert_eq!(
        corpus_speaker_flags(brooks, 0, &a, 1),
        vec![("Army Gen. Vincent Brooks".to_string(), "he".to_string())]
    );
    // "he" is Brooks: no flag.
    let b = "Brooks visited the border on Monday. The security forces \"acted appropriately\" and \"deescalated this situation\", he said.";
    assert_eq!(corpus_speaker_flags(b, 1, brooks, 0), vec![]);
    // A sentence between, another person named between, or no person named before:
    // "he" stays unknown.
    let far = carroll("The video was released. ");
    assert_eq!(corpus_speaker_flags(&far, 2, brooks, 0), vec![]);
    let other = carroll("Police chief John Brooks, who led the search, arrived later. ");
    assert_eq!(corpus_speaker_flags(&other, 2, brooks, 0), vec![]);
    let named_before = "Carroll commended their restraint at the border. As Brooks saw it, the security forces \"acted appropriately\" and \"deescalated this situation\", he said.";
    assert_eq!(corpus_speaker_flags(named_before, 1, brooks, 0), vec![]);
    // A chain: "he added" after "he said" after Carroll.
    let chain = carroll("").replace(
        "he said.",
        "he said. The forces \"acted appropriately\" and \"deescalated this situation\", he added.",
    );
    assert_eq!(
        corpus_speaker_flags(&chain, 2, brooks, 0),
        vec![("he".to_string(), "Army Gen. Vincent Brooks".to_string())]
    );
    let role = "The commander commended their restraint. The security forces \"acted appropriately\" and \"deescalated this situation\", he said.";
    assert_eq!(corpus_speaker_flags(role, 1, brooks, 0), vec![]);
    // A standalone sentence has no earlier sentence: no flag.
    no_flag(
        DiscrepancyKind::Speaker,
        "The security forces \"acted appropriately\" and \"deescalated this situation\", he said.",
        brooks,
    );
}

#[test]
fn two_people_sharing_a_first_name_are_two_speakers() {
    let q = |who: &str| format!("\"The gun was in the car,\" said {who}.");
    for (x, y) in [
        ("Patrick O'Brien", "Patrick O'Neill"),
        ("Mohammed Ali", "Mohammed Hassan"),
        ("James Smith", "James Jones"),
    ] {
        has_flag(DiscrepancyKind::Speaker, &q(x), &q(y), x, y);
    }
    // One person: the same surname, one letter apart, or two letters swapped.
    for (x, y) in [
        ("Allen Eichhorn", "Allen Eichorn"),
        ("General Jeffrey", "Maj-Gen Jeffery"),
        ("Vincent Brooks", "Gen. Vincent Brooks"),
        ("Martin Luther King Jr.", "Dr. King"),
    ] {
        no_flag(DiscrepancyKind::Speaker, &q(x), &q(y));
    }
}

#[test]
fn a_name_with_a_particle_is_one_speaker() {
    // A new-user trial: "said spokesman Jan de Vries" gave no speaker flag against "said
    // fire chief Piet Bakker", and "Jan de Vries said" showed as "Vries".
    let fact = "The fire was brought under control after six hours";
    for (x, y) in [
        ("Jan de Vries", "Piet Bakker"),
        ("Ursula von der Leyen", "Angela Merkel"),
        ("Luiz Inácio Lula da Silva", "Jair Bolsonaro"),
        ("Mohammed bin Salman", "Ali Khamenei"),
    ] {
        for form in [
            |f: &str, w: &str| format!("{f}, said {w}."),
            |f: &str, w: &str| format!("{f}, {w} said."),
            |f: &str, w: &str| format!("\"{f},\" said spokesman {w}."),
            |f: &str, w: &str| format!("{f}, according to {w}."),
        ] {
            // "said spokesman Jan de Vries": the flag shows the role with the name.
            let titled = |w: &str| match form(fact, w).contains("spokesman") {
                true => format!("spokesman {w}"),
                false => w.to_string(),
            };
            has_flag(
                DiscrepancyKind::Speaker,
                &form(fact, x),
                &form(fact, y),
                &titled(x),
                &titled(y),
            );
        }
    }
    // One person, with or without the first name or a capital particle.
    for (x, y) in [
        ("Jan de Vries", "De Vries"),
        ("Jan de Vries", "Mr. de Vries"),
        ("Ursula von der Leyen", "von der Leyen"),
    ] {
        let (a, b) = (format!("{fact}, said {x}."), format!("{fact}, said {y}."));
        no_flag(DiscrepancyKind::Speaker, &a, &b);
    }
    // "the <office> of <place>" names no one: the place is not a speaker's name (a trial:
    // "the Duke of Sussex said" against "Prince Harry said" flagged "Sussex ≠ Prince
    // Harry").
    for (x, y) in [
        ("the Duke of Sussex said", "Prince Harry said"),
        ("the mayor of Rotterdam said", "Mayor Ahmed Aboutaleb said"),
        (
            "the Secretary-General of the United Nations said",
            "Antonio Guterres said",
        ),
    ] {
        no_flag_either(
            DiscrepancyKind::Speaker,
            &[(&format!("{fact}, {x}."), &format!("{fact}, {y}."))],
        );
    }
    // A particle is no name of its own: "de" after a name is not a speaker.
    no_flag(
        DiscrepancyKind::Speaker,
        &format!("{fact}, said Piet Bakker de facto."),
        &format!("{fact}, said Piet Bakker."),
    );
}

#[test]
fn two_people_sharing_a_surname_are_two_speakers() {
    // A trial: "said Piet Bakker" / "said Dirk Bakker" had no flag (the surname was taken
    // as the other sentence naming the same speaker).
    let q = |who: &str| format!("\"The gun was in the car,\" said {who}.");
    let fact =
        |who: &str| format!("The fire was brought under control after six hours, {who} said.");
    for (x, y) in [
        ("Piet Bakker", "Dirk Bakker"),
        ("Hillary Clinton", "Bill Clinton"),
        ("Jeb Bush", "George Bush"),
        // One letter more is another name, not a short form.
        ("Paul Bakker", "Paula Bakker"),
        ("Louis Martin", "Louise Martin"),
        ("Jean-Marie Le Pen", "Marine Le Pen"),
    ] {
        has_flag(DiscrepancyKind::Speaker, &q(x), &q(y), x, y);
        has_flag(DiscrepancyKind::Speaker, &fact(x), &fact(y), x, y);
    }
    // One person: a short form, an initial, a title or the name in part.
    for (x, y) in [
        ("Bill Clinton", "William Clinton"),
        ("Chris Carroll", "Christopher Carroll"),
        ("J. Smith", "John Smith"),
        ("Gen. Vincent Brooks", "Brooks"),
        ("Sgt. Dan Brooks", "Daniel Brooks"),
        ("Andrés Manuel López Obrador", "López Obrador"),
        ("Mr. Bakker", "Piet Bakker"),
        ("Pete Hegseth", "Peter Hegseth"),
        ("Mohamed Salah", "Mohammed Salah"),
    ] {
        no_flag(DiscrepancyKind::Speaker, &q(x), &q(y));
        no_flag(DiscrepancyKind::Speaker, &fact(x), &fact(y));
    }
}
