//! Tests of a reporting frame in the present tense ("Police confirm that …", "the ministry
//! reports that …", "La police confirme que …") cut from an accepted claim's span as "X
//! said that" is (trial 55, step 2: "22:10 – Police confirm that one person has died: …"
//! kept its frame), in the seven languages the frame reader has lists for.

use super::*;

#[test]
fn a_present_tense_frame_with_that_is_cut_in_seven_languages() {
    let cases = [
        (
            "22:10 – Police confirm that one person has died: a 78-year-old man was found in his car in the stream.",
            "one person has died: a 78-year-old man was found in his car in the stream.",
        ),
        (
            "Police confirm that one person has died in the flood.",
            "one person has died in the flood.",
        ),
        (
            "The ministry confirms that one person has died in the flood.",
            "one person has died in the flood.",
        ),
        (
            "The army reports that one person has died in the flood.",
            "one person has died in the flood.",
        ),
        (
            "Officials announce that the valley road will reopen on Friday.",
            "the valley road will reopen on Friday.",
        ),
        (
            "The mayor announces that the valley road will reopen on Friday.",
            "the valley road will reopen on Friday.",
        ),
        (
            "La police confirme qu'une personne est morte dans la crue.",
            "une personne est morte dans la crue.",
        ),
        (
            "La policía confirma que una persona ha muerto en la riada.",
            "una persona ha muerto en la riada.",
        ),
        (
            "La polizia conferma che una persona è morta nell'alluvione.",
            "una persona è morta nell'alluvione.",
        ),
        (
            "A polícia confirma que uma pessoa morreu na enchente.",
            "uma pessoa morreu na enchente.",
        ),
        (
            "Die Polizei bestätigt, dass ein Mensch in der Flut gestorben ist.",
            "ein Mensch in der Flut gestorben ist.",
        ),
        (
            "De politie bevestigt dat een persoon in de overstroming is omgekomen.",
            "een persoon in de overstroming is omgekomen.",
        ),
    ];
    for (s, want) in cases {
        assert_eq!(part(s, false), want, "{s}");
    }
}

#[test]
fn the_same_verbs_without_a_reported_clause_stay() {
    // Near cases: what is confirmed or reported is the fact itself (no "that"), or the
    // word is a noun; the sentence is kept whole.
    for s in [
        "Police confirm the death of a 78-year-old man in the stream.",
        "Reports that the dam had failed were later denied by the operator.",
        "The army confirms reports of looting in the village.",
        "La police confirme la mort d'un homme de 78 ans.",
        "Die Polizei bestätigt den Tod eines 78-jährigen Mannes.",
    ] {
        assert_eq!(part(s, false), s, "{s}");
    }
}
