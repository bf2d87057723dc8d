//! Session 54 (s54-lang): short Spanish and Italian sentences were guessed in no language,
//! so their number words ("Tres", "Due") were read in none and no number flag came of
//! them (`language/cues.rs` now reads their spellings); an Italian noun counted in its
//! plural and its singular ("edifici" / "edificio") is one noun.

use parallax::matcher::DiscrepancyKind;

mod matcher_util;

/// The flags of kind `kind` of the one-sentence articles `a` and `b`, as (text in `a`,
/// text in `b`); empty when the pair is not scored.
fn flags(a: &str, b: &str, kind: DiscrepancyKind) -> Vec<(String, String)> {
    let (_, pairs) = matcher_util::pairs(a, b);
    matcher_util::find(&pairs, a, b).map_or(Vec::new(), |p| {
        p.flags
            .iter()
            .filter(|d| d.kind == kind)
            .map(|d| (d.a.clone(), d.b.clone()))
            .collect()
    })
}

/// Spanish number words in a short sentence with no Spanish function word: a number flag,
/// in one language and against English; the same count gets none.
#[test]
fn a_short_spanish_sentence_reads_its_number_words() {
    let tres = "Tres edificios resultaron dañados.";
    assert_eq!(
        flags(
            tres,
            "Dos edificios resultaron dañados.",
            DiscrepancyKind::Number
        ),
        [("Tres edificios".to_string(), "Dos edificios".to_string())]
    );
    assert_eq!(
        flags(tres, "Two buildings were damaged.", DiscrepancyKind::Number),
        [("Tres edificios".to_string(), "Two buildings".to_string())]
    );
    // Near cases: the same count, in Spanish and in English.
    assert!(flags(
        tres,
        "Tres edificios resultaron dañados en Lieja.",
        DiscrepancyKind::Number
    )
    .is_empty());
    assert!(flags(
        tres,
        "Three buildings were damaged.",
        DiscrepancyKind::Number
    )
    .is_empty());
}

/// An Italian plural in "-i" of a noun the tables hold by its singular ("edifici" of
/// "edificio"): one noun with its English, so two counts of it differ.
#[test]
fn an_italian_plural_is_its_singular_noun() {
    let it = "Tre edifici sono stati danneggiati.";
    assert_eq!(
        flags(it, "Two buildings were damaged.", DiscrepancyKind::Number),
        [("Tre edifici".to_string(), "Two buildings".to_string())]
    );
    // Near case: the same count.
    assert!(flags(it, "Three buildings were damaged.", DiscrepancyKind::Number).is_empty());
}
