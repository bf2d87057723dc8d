//! Session 53's testers: pairs the CLI flags but whose scores round to 0 (no word, name or
//! figure shared) had no card in the page's panel, so the flag was never seen: "Una persona
//! murió." / "No hubo víctimas mortales." (outcome), "Les enquêteurs pensent qu'une fuite
//! de gaz a provoqué l'explosion." / "… la piste d'un acte criminel est désormais
//! privilégiée." (cause, dashed), "A 9-year-old girl was among the dead." / "No child
//! lost their life in the blast." (outcome). Two reports of one story that disagree are
//! what a journalist must see: such a pair is a card, low, in its band, with its flag.
//! A sentence sharing nothing with the span and carrying no flag is still no card.

use parallax::linking;
use parallax::model::{Label, Workspace};

/// The cards a claim over `span` (the whole text of the first article) gets from an
/// article whose text is `other`.
fn suggestions(span: &str, other: &str) -> Vec<linking::SpanSuggestion> {
    let mut ws = Workspace::new();
    let a = ws.add_document("A", "a.txt", span);
    ws.add_document("B", "b.txt", other);
    let n = span.trim_end_matches('.').chars().count();
    ws.add_span(&a, 0, n, Label::Claim).expect("the span");
    linking::suggestions(&ws)
        .groups
        .into_iter()
        .flat_map(|g| g.suggestions)
        .collect()
}

/// The flag kinds of the card over `sentence` in [`suggestions`] of `span`, `None` when
/// there is no card for it.
fn card_flags(span: &str, other: &str, sentence: &str) -> Option<Vec<String>> {
    let at = other
        .find(sentence)
        .expect("the sentence in the other article");
    let start = other[..at].chars().count();
    suggestions(span, other)
        .into_iter()
        .find(|c| c.sentence.0 <= start && start < c.sentence.1)
        .map(|c| {
            c.flags
                .iter()
                .map(|f| format!("{:?}{}", f.kind, if f.vague { "~" } else { "" }))
                .collect()
        })
}

#[test]
fn a_flagged_pair_sharing_no_word_is_a_card_with_its_flag() {
    for (span, other, kind) in [
        ("Una persona murió.", "No hubo víctimas mortales.", "Outcome"),
        (
            "A 9-year-old girl was among the dead.",
            "No child lost their life in the blast.",
            "Outcome",
        ),
        (
            "Les enquêteurs pensent qu'une fuite de gaz a provoqué l'explosion.",
            "Selon une source proche de l'enquête, la piste d'un acte criminel est désormais privilégiée.",
            "Cause",
        ),
    ] {
        let flags = card_flags(span, other, other)
            .unwrap_or_else(|| panic!("no card: {span} / {other}"));
        assert!(
            flags.iter().any(|f| f.starts_with(kind)),
            "{span} / {other}: {flags:?}"
        );
    }
}

/// In a longer article the flagged sentence is a card beside the best-scoring ones.
#[test]
fn a_flagged_pair_is_a_card_beside_closer_sentences() {
    let other = "Rescuers searched the rubble of the building through the night.\n\n\
                 The building had five floors and twelve flats.\n\n\
                 Firefighters were called to the building at about 3 a.m.\n\n\
                 Neighbours said they heard a loud bang before the building collapsed.\n\n\
                 No child lost their life in the blast.\n";
    let span = "A 9-year-old girl was among the dead when the building collapsed.";
    let flags = card_flags(span, other, "No child lost").expect("a card for the denial");
    assert!(flags.iter().any(|f| f.starts_with("Outcome")), "{flags:?}");
}

/// Near cases: a sentence sharing nothing with the span and with no flag gets no card,
/// and a pair that agrees gets no flag.
#[test]
fn an_unrelated_sentence_without_a_flag_is_still_no_card() {
    assert!(card_flags(
        "Una persona murió.",
        "El museo reabrió sus puertas tras una larga renovación.",
        "El museo"
    )
    .is_none());
    assert!(card_flags(
        "A 9-year-old girl was among the dead.",
        "The museum reopened its doors after a long renovation.",
        "The museum"
    )
    .is_none());
}
/// Why the page's score was 0 where the CLI's was not: the user's span left out the full
/// stop ("Una persona murió" of "Una persona murió."), and a short text with no full stop
/// read alone is a heading, a page's line that reports no fact, scored 0 against
/// everything. A part of a sentence is a page's line only as its sentence is.
#[test]
fn a_span_without_its_full_stop_scores_as_its_sentence() {
    use parallax::matcher::Corpus;
    let c = Corpus::new(&["Una persona murió.", "Murió una persona en la explosión."]);
    let whole = c
        .score_ranges((0, 0, 18), (1, 0, 34))
        .expect("scored")
        .score;
    let part = c
        .score_ranges((0, 0, 17), (1, 0, 34))
        .expect("scored")
        .score;
    assert!(whole > 0.5, "{whole}");
    assert!((part - whole).abs() < 0.2, "{part} / {whole}");
    // A part of a page's line is still that line's: no fact.
    let c = Corpus::new(&[
        "Last updated: Monday, 28 November 2005, 02:24 GMT\n\nA gas explosion killed three people.",
        "The gas explosion happened on Monday, 28 November 2005.",
    ]);
    assert_eq!(
        c.score_ranges((0, 0, 50), (1, 0, 55))
            .expect("scored")
            .score,
        0.0
    );
    let part = c
        .score_ranges((0, 14, 38), (1, 0, 55))
        .expect("scored")
        .score;
    assert_eq!(part, 0.0);
}

/// Trial 57: "Die Ermittler gehen nach ersten Erkenntnissen von Sekundenschlaf des
/// Lenkers aus." disputes the cause of "Police said initial evidence pointed to brake
/// failure" (the CLI flags the pair), but had no card: ranked 5th of the German article
/// (asked for more than the three shown), it was taken for a ranked card and left out of
/// the disputing ones, then left out as ranked. It is now a card with its cause flag,
/// once; the sentences ranked with it that dispute nothing are still no card.
#[test]
fn a_disputing_sentence_ranked_past_the_cards_shown_is_a_card() {
    const A: &str = include_str!("fixtures/trial57/a_wire.txt");
    const DE: &str = include_str!("fixtures/trial57/b_deutsch.txt");
    const EN: &str = include_str!("fixtures/trial57/b_en_control.txt");
    let cards = |b: &str, span: &str| {
        let mut ws = Workspace::new();
        let a = ws.add_document("wire", "a_wire.txt", A);
        ws.add_document("other", "b.txt", b);
        let at = A.find(span).expect("the span");
        let start = A[..at].chars().count();
        ws.add_span(&a, start, start + span.chars().count(), Label::Claim)
            .expect("the span");
        linking::suggestions(&ws)
            .groups
            .into_iter()
            .flat_map(|g| g.suggestions)
            .map(|c| {
                let text: String = b
                    .chars()
                    .skip(c.sentence.0)
                    .take(c.sentence.1 - c.sentence.0)
                    .collect();
                let kinds: Vec<String> = c.flags.iter().map(|f| format!("{:?}", f.kind)).collect();
                (text, kinds)
            })
            .collect::<Vec<_>>()
    };
    // The German sentence, and its English translation ("Investigators believe, based on
    // initial findings, that the driver fell asleep at the wheel."). Since session 55's
    // concepts across languages both rank among the three best, so this no longer reaches
    // the path of a disputing sentence ranked past them (it did on the page of 3c04155a).
    for (b, asleep_word) in [(DE, "Sekundenschlaf"), (EN, "fell asleep")] {
        for span in [
            "Police said initial evidence pointed to brake failure",
            "Police said initial evidence pointed to brake failure, but some survivors told rescuers the coach had been travelling too fast on the descent.",
        ] {
            let cards = cards(b, span);
            let asleep: Vec<_> = cards
                .iter()
                .filter(|(t, _)| t.contains(asleep_word))
                .collect();
            assert_eq!(asleep.len(), 1, "{span}: {cards:?}");
            assert!(asleep[0].1.iter().any(|k| k == "Cause"), "{cards:?}");
            // The three best, and no other card: nothing else there disputes the cause.
            assert!(cards.len() <= 4, "{span}: {cards:?}");
        }
    }
    // Near case: a span telling no cause gets the three best only.
    let cards = cards(DE, "The B179 road over the Fern Pass, one of the main routes between southern Germany and the Tyrol, was closed in both directions and was expected to remain shut until Wednesday.");
    assert!(cards.len() <= 3, "{cards:?}");
    assert!(
        cards.iter().all(|(t, _)| !t.contains("Sekundenschlaf")),
        "{cards:?}"
    );
}

/// Session 56: the path of a disputing sentence ranked past the cards its article shows
/// (`linking/mod.rs` `suggest_for`: the disputing ones skip only the sentences carded) had
/// no test input since session 55 (the German sentence above now ranks among the three
/// best). Here three sentences share more words with the span and tell no cause, and the
/// one that blames arson shares fewer: it ranks 4th of the article, past the three shown,
/// and is still a card with its cause flag, once. Before session 55 it was dropped as
/// ranked and then as ranked past the three (a filter of the disputing sentences by the
/// ranked ones: restore it and this fails).
#[test]
fn a_disputing_sentence_ranked_fourth_is_a_card() {
    use parallax::matcher::Corpus;
    let span =
        "Police said the warehouse fire in the harbour district was caused by an electrical fault.";
    let other = "Police said the warehouse fire in the harbour district destroyed the roof.\n\n\
                 The warehouse fire in the harbour district burned for six hours, police said.\n\n\
                 Firefighters fought the warehouse fire in the harbour district all night.\n\n\
                 Investigators believe arson caused the blaze.\n\n\
                 The warehouse stored furniture and paper.\n";
    let disputing = "Investigators believe arson";
    // It ranks past the three shown (asked for five, as `suggest_for` asks).
    let c = Corpus::new(&[span, other]);
    let n = span.trim_end_matches('.').chars().count();
    let ranked = c.ranked(0, 0, n, 5);
    let at = other.find(disputing).expect("the sentence");
    let start = other[..at].chars().count();
    let rank = ranked
        .iter()
        .position(|r| r.start <= start && start < r.end)
        .expect("ranked");
    assert!(rank >= 3, "ranked {rank}: {ranked:?}");
    let flags = card_flags(span, other, disputing).expect("a card for the disputing sentence");
    assert!(flags.iter().any(|f| f.starts_with("Cause")), "{flags:?}");
    let cards = suggestions(span, other);
    assert_eq!(cards.len(), 4, "{cards:?}");
    // Near case: the span with no cause gets the three best only.
    let plain = "Police said the warehouse fire in the harbour district destroyed the roof.";
    assert!(card_flags(plain, other, disputing).is_none());
}
