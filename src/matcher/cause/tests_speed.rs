//! Tests of `cause_at`'s index by first byte (session 49, all-pairs speed): a token is
//! compared only with the phrases of `CAUSES` whose first word may begin with its first
//! byte, and `cause_at` must give exactly what the scan of every phrase (`phrase_at`)
//! gives, at every token: for each phrase of every class (its `*` filled with letters or
//! with nothing), for sentences in seven languages, and for texts with no cause, capitals,
//! figures, quotation marks, or nothing at all.

use super::{cause_at, cause_conflict, cause_in, cause_of, phrase_at, CAUSES};
use crate::matcher::features::{Idf, Prepared};
use crate::matcher::flags::flagged_texts;
use crate::matcher::text::{self, Token};

/// The tokens of `s` (the matcher's tokeniser and stemmer).
fn tokens(s: &str) -> Vec<Token> {
    text::tokenize(s, &text::stemmer())
}

/// Asserts that `cause_at` and `phrase_at` agree at every token of `s` and one past the
/// last; returns how many tokens begin a cause.
#[track_caller]
fn agree(s: &str) -> usize {
    let toks = tokens(s);
    let mut found = 0;
    for i in 0..=toks.len() {
        let (fast, slow) = (cause_at(&toks, i), phrase_at(&toks, i));
        assert_eq!(fast, slow, "{s:?} at token {i}");
        found += usize::from(fast.is_some());
    }
    found
}

/// Every phrase of every class, written out (`*` as "x", or as nothing), is found where it
/// stands and the filter agrees at every token around it.
#[test]
fn the_filter_finds_every_cause_phrase() {
    let mut phrases = 0;
    for class in CAUSES {
        for phrase in class.iter() {
            for fill in ["x", ""] {
                let words: Vec<String> = phrase.iter().map(|w| w.replace('*', fill)).collect();
                let s = format!("He died of {} on Monday.", words.join(" "));
                agree(&s);
                // Where the tokeniser keeps the words as written, the phrase is found at
                // its first word (by this class or an earlier one).
                let toks = tokens(&s);
                let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
                if norms.get(3..3 + words.len())
                    == Some(&words.iter().map(String::as_str).collect::<Vec<_>>()[..])
                    && words.iter().all(|w| !w.is_empty())
                {
                    assert!(cause_at(&toks, 3).is_some(), "{s:?}");
                    phrases += 1;
                }
            }
        }
    }
    assert!(phrases > 100, "only {phrases} phrases checked");
}

/// Sentences in seven languages, with causes and without: the filter changes no answer.
#[test]
fn the_filter_changes_no_answer_in_seven_languages() {
    let with_cause = [
        "The man died after suffering a heart attack on December 2.",
        "Three people were killed in a car crash near Leeds.",
        "The fire was caused by an electrical fault, officials said.",
        "Il est mort d'une crise cardiaque à l'hôpital.",
        "Der Mann starb an einem Herzinfarkt.",
        "El hombre murió de un infarto en el hospital.",
        "L'uomo è morto per un infarto.",
        "O homem morreu de um ataque cardíaco.",
        "De man overleed aan een hartaanval.",
        "A landslide caused the derailment, investigators believe.",
    ];
    let found: usize = with_cause.iter().map(|s| agree(s)).sum();
    assert!(found >= 5, "only {found} causes found");
    // Near cases: no cause, capitals, figures, quotation marks, an empty text.
    for s in [
        "",
        "Officials said on Monday that 12 people were evacuated.",
        "\"We are still counting,\" the mayor said.",
        "HEART ATTACK FEARS GROW AS 2,000 RUN MARATHON",
        "Les secours sont arrivés vers 14 h 30.",
        "Die Polizei ermittelt weiter.",
        "La policía investiga el incendio.",
    ] {
        agree(s);
    }
}

/// The flags read through the filter stay the same: two causes of one death differ, one
/// cause told twice does not.
#[test]
fn cause_flags_read_through_the_filter() {
    let flags = |a: &str, b: &str| flagged_texts(cause_conflict, a, b);
    assert!(flags(
        "The singer died after suffering a heart attack.",
        "The singer died of pneumonia."
    )
    .is_some());
    assert_eq!(
        flags(
            "The singer died after suffering a heart attack.",
            "The singer died of a heart attack."
        ),
        None
    );
}

/// The second-byte filter (session 51): a token opening as a phrase's first word does but
/// for its second byte, or of that first byte alone, is compared with the phrases it may
/// begin and gets what the scan of every phrase gives.
#[test]
fn the_second_byte_filter_changes_no_answer() {
    let mut checked = 0;
    for class in CAUSES {
        for phrase in class.iter() {
            let Some(first) = phrase.first() else {
                continue;
            };
            let mut chars: Vec<char> = first.chars().collect();
            let Some(&c0) = chars.first() else {
                continue;
            };
            // The first letter alone, and the word with its second letter changed (or a
            // letter added after a one-letter word).
            let alone = c0.to_string();
            match chars.get_mut(1) {
                Some(c) if *c != '*' => *c = if *c == 'q' { 'z' } else { 'q' },
                Some(_) => {}
                None => chars.push('q'),
            }
            let changed: String = chars.iter().filter(|&&c| c != '*').collect();
            for word in [alone, changed] {
                let rest = phrase[1..].join(" ").replace('*', "");
                agree(&format!("He died of {word} {rest} on Monday."));
                checked += 1;
            }
        }
    }
    assert!(checked > 200, "only {checked} near words checked");
    // Words that share a cause word's first byte: no cause where the scan finds none.
    for s in [
        "The heat was hard on the hikers.",
        "Stocks fell sharply.",
        "Fireworks lit the sky.",
    ] {
        agree(s);
    }
}

/// Session 55: each sentence's cause phrases are read once (`cause_in`, kept with the
/// sentence's facts); the table gives `cause_at`'s answer at every token and none past
/// the last.
#[test]
fn the_cause_phrases_kept_per_sentence_are_cause_at() {
    let texts = [
        "He died of pneumonia on Monday.",
        "Una frana causata dalle piogge ha bloccato la linea.",
        "Die Polizei geht von einem Bremsversagen aus.",
        "Investigators suspect brake failure.",
        "The fire was started deliberately.",
        "Nothing here tells a cause.",
        "",
    ];
    for s in texts {
        let p = Prepared::new(s, Idf::builtin());
        for i in 0..=p.tokens.len() {
            let slow = if i < p.tokens.len() {
                cause_at(&p.tokens, i)
            } else {
                None
            };
            assert_eq!(cause_in(&p, i), slow, "{s:?} at token {i}");
        }
    }
}

/// Session 55: a sentence with no cause phrase asks only the rules that read words of
/// their own (a fire set on purpose, an accident, an act on purpose told after "was"):
/// those causes are still read, and a sentence with a phrase still gives it.
#[test]
fn a_sentence_with_no_cause_phrase_still_tells_its_cause() {
    // The cause read, and whether the sentence holds a cause phrase.
    let cause = |s: &str| {
        let p = Prepared::new(s, Idf::builtin());
        let found: Option<String> =
            cause_of(&p).map(|(_, (a, b))| p.text.chars().skip(a).take(b - a).collect());
        let phrase = (0..p.tokens.len()).any(|i| cause_in(&p, i).is_some());
        (found.unwrap_or_default(), phrase)
    };
    let told = |s: &str| (s.to_string(), false);
    assert_eq!(
        cause("It was started deliberately."),
        told("started deliberately")
    );
    assert_eq!(cause("It was an accident."), told("an accident"));
    assert_eq!(cause("It was deliberate."), told("deliberate"));
    assert_eq!(
        cause("He died of pneumonia on Monday."),
        ("pneumonia".to_string(), true)
    );
    // Near cases: no cause, and an accident denied.
    assert_eq!(cause("It was started on Monday."), told(""));
    assert_eq!(cause("It was not an accident."), told(""));
}

/// Session 56: what caused a cause (`nested.rs`) and the first contrast denying a cause
/// (`denied.rs`), asked of both sentences of each pair and by the panel's disputes of
/// every sentence per query, are read once per sentence and kept with its facts: the
/// conflicts are those fresh sentences give, and the near cases (one agent told two ways,
/// no contrast) give none.
#[test]
fn agents_of_causes_and_contrasts_are_read_once_per_sentence() {
    let idf = Idf::builtin();
    let fresh = |a: &str, b: &str| cause_conflict(&Prepared::new(a, idf), &Prepared::new(b, idf));
    let (rain, quake, rains) = (
        "La frana causata dalle piogge ha bloccato la strada.",
        "La frana causata dal terremoto ha bloccato la strada.",
        "La frana causata dalla pioggia ha bloccato la strada.",
    );
    let (a, b, c) = (
        Prepared::new(rain, idf),
        Prepared::new(quake, idf),
        Prepared::new(rains, idf),
    );
    assert!(a.facts.agent_of_cause.get().is_none());
    let first = cause_conflict(&a.clone(), &b);
    assert!(first.is_some() && first == fresh(rain, quake));
    assert!(a.facts.agent_of_cause.get().is_some_and(Option::is_some));
    assert_eq!(cause_conflict(&a, &b), first);
    assert!(cause_conflict(&a, &c).is_none() && fresh(rain, rains).is_none());
    // A contrast that denies a cause, against the cause told: read once, the same flag.
    let (denied, told) = (
        "A mudslide, not the stream, destroyed the bridge.",
        "The stream destroyed the bridge.",
    );
    let (d, t) = (Prepared::new(denied, idf), Prepared::new(told, idf));
    let rule = super::denied::denied_conflict;
    let flagged = rule(&d.clone(), &t);
    assert!(flagged.is_some());
    assert!(d.facts.contrast.get().is_some_and(Option::is_some));
    assert!(t.facts.contrast.get().is_some_and(Option::is_none));
    assert_eq!(rule(&d, &t), flagged);
    assert_eq!(
        rule(&Prepared::new(denied, idf), &Prepared::new(told, idf)),
        flagged
    );
    assert_eq!(cause_conflict(&d, &t), fresh(denied, told));
    // Near case: no contrast on either side.
    assert!(rule(
        &t,
        &Prepared::new("The mudslide destroyed the bridge.", idf)
    )
    .is_none());
}
