//! Tests of how word snapping treats quotation marks at a selection's ends, for the pairs
//! of every language read (trial 32, F10: German „…“ lost its closing mark).

use super::snap_to_words;

/// What a selection of `picked` (its first occurrence in `text`) snaps to, as text, after
/// `then` (the identity, or a claim's `take_final_stop`); shared with `final_stop`'s tests.
pub(super) fn snap_then(
    text: &str,
    picked: &str,
    then: impl Fn((usize, usize)) -> (usize, usize),
) -> String {
    let Some(at) = text.find(picked) else {
        panic!("{picked:?} is not in {text:?}")
    };
    let s = text[..at].chars().count();
    let e = s + picked.chars().count();
    snap_to_words(text, s, e)
        .map(then)
        .map(|(s, e)| text.chars().skip(s).take(e - s).collect())
        .unwrap_or_default()
}

/// What a selection of `picked` (its first occurrence in `text`) snaps to.
fn snap(text: &str, picked: &str) -> String {
    snap_then(text, picked, |r| r)
}

#[test]
fn a_whole_quotation_keeps_both_marks_in_every_language() {
    let cases = [
        // German „…“ (trial 32: the closing “ was dropped), „…” and ‚…‘, »…«.
        (
            "„Der Fahrer ist offenbar kurz eingeschlafen“, sagte ein Polizeisprecher.",
            "„Der Fahrer ist offenbar kurz eingeschlafen“",
        ),
        ("„Wir wissen es nicht”, sagte er.", "„Wir wissen es nicht”"),
        (
            "Er nannte das ‚völlig normal‘ am Montag.",
            "‚völlig normal‘",
        ),
        ("»Wir wissen es nicht«, sagte er.", "»Wir wissen es nicht«"),
        // French «…» with spaces, Spanish and Italian without.
        (
            "« Nous n'avons jamais vu ça », a dit le maire.",
            "« Nous n'avons jamais vu ça »",
        ),
        ("«No sabemos nada», dijo el alcalde.", "«No sabemos nada»"),
        // English “…” ‘…’ and straight marks; Swedish ”…”.
        ("“We ran,” he said.", "“We ran,”"),
        ("He called it ‘a disaster’ on Monday.", "‘a disaster’"),
        ("\"We ran,\" he said.", "\"We ran,\""),
        ("”Vi vet inte”, sade han.", "”Vi vet inte”"),
        // Chinese and Japanese corner brackets.
        ("彼は「分からない」と言った。", "「分からない」"),
        ("彼は『分からない』と言った。", "『分からない』"),
    ];
    for (text, quote) in cases {
        assert_eq!(snap(text, quote), quote, "{text}");
        // Dragged on past the comma after the closing mark: the comma goes, the mark stays.
        let with_comma = format!("{quote},");
        if text.contains(&with_comma) {
            assert_eq!(snap(text, &with_comma), quote, "{text}");
        }
    }
}

#[test]
fn a_quotation_missing_one_mark_by_a_hair_takes_it_in() {
    let cases = [
        (
            "„Der Fahrer ist offenbar kurz eingeschlafen“, sagte ein Polizeisprecher.",
            "„Der Fahrer ist offenbar kurz eingeschlafen",
            "„Der Fahrer ist offenbar kurz eingeschlafen“",
        ),
        (
            "„Der Fahrer ist offenbar kurz eingeschlafen“, sagte ein Polizeisprecher.",
            "Der Fahrer ist offenbar kurz eingeschlafen“",
            "„Der Fahrer ist offenbar kurz eingeschlafen“",
        ),
        (
            "»Wir wissen es nicht«, sagte er.",
            "»Wir wissen es nicht",
            "»Wir wissen es nicht«",
        ),
        (
            "« Nous n'avons jamais vu ça », a dit le maire.",
            "« Nous n'avons jamais vu ça",
            "« Nous n'avons jamais vu ça »",
        ),
        (
            "« Nous n'avons jamais vu ça », a dit le maire.",
            "Nous n'avons jamais vu ça »",
            "« Nous n'avons jamais vu ça »",
        ),
        // The stop or comma inside the marks comes along.
        (
            "“The smoke was so thick,” he said.",
            "“The smoke was so thick",
            "“The smoke was so thick,”",
        ),
        (
            "彼は「分からない」と言った。",
            "「分からない",
            "「分からない」",
        ),
        (
            "Er nannte das ‚völlig normal‘ am Montag.",
            "‚völlig normal",
            "‚völlig normal‘",
        ),
    ];
    for (text, picked, want) in cases {
        assert_eq!(snap(text, picked), want, "{text} / {picked}");
    }
    // Neither mark selected: a part of the quotation stays a part.
    let t = "„Der Fahrer ist offenbar kurz eingeschlafen“, sagte er.";
    assert_eq!(snap(t, "Fahrer ist offenbar"), "Fahrer ist offenbar");
    assert_eq!(
        snap(t, "Der Fahrer ist offenbar kurz eingeschlafen"),
        "Der Fahrer ist offenbar kurz eingeschlafen"
    );
    // A closing mark whose opening one is words away stays as selected.
    assert_eq!(snap(t, "kurz eingeschlafen“"), "kurz eingeschlafen“");
}

#[test]
fn a_mark_opening_or_closing_outside_the_selection_is_dropped() {
    let cases = [
        // An opening mark at the end of a drag, in each language's form.
        (
            "The soldier said “we ran” and left.",
            "The soldier said “",
            "The soldier said",
        ),
        (
            "Der Polizist sagte: „Wir wissen es nicht“.",
            "Der Polizist sagte: „",
            "Der Polizist sagte",
        ),
        (
            "Der Polizist sagte: »Wir wissen es nicht«.",
            "Der Polizist sagte: »",
            "Der Polizist sagte",
        ),
        (
            "Le maire a dit : « Nous ne savons pas ».",
            "Le maire a dit : «",
            "Le maire a dit",
        ),
        ("Han sade: ”Vi vet inte”.", "Han sade: ”", "Han sade"),
        // A closing mark at the start of a drag: German “ and English ” alike.
        (
            "„Ja“ sagte der Fahrer dann.",
            "“ sagte der Fahrer",
            "sagte der Fahrer",
        ),
        (
            "“Yes,” said the driver then.",
            "” said the driver",
            "said the driver",
        ),
        (
            "« Oui », a dit le maire.",
            "», a dit le maire",
            "a dit le maire",
        ),
        ("彼は「分からない」と言った。", "」と言った", "と言った"),
        // An apostrophe hanging on the word before the selection.
        ("The drivers’ union met.", "’ union met", "union met"),
    ];
    for (text, picked, want) in cases {
        assert_eq!(snap(text, picked), want, "{text} / {picked}");
    }
    // Apostrophes inside words are no marks.
    let t = "The drivers’ union said it won’t strike.";
    assert_eq!(snap(t, "drivers’ union"), "drivers’ union");
    assert_eq!(snap(t, "won’t"), "won’t");
}
