//! Tests of counts after trial 34 (F2): a count of people by ellipsis ("Three others")
//! against one with its noun, the head of a hyphenated noun ("co-defendants"), Spanish
//! "once" (eleven) and a count told after an apposition, parts and counts of the injured
//! told in a condition, number words before a word of millions ("dos millones"), and
//! figures too far apart to be one rounded (the solid kind).

use super::test_util::{flags_of, has_flag, no_number_flag, one_flag};
use super::DiscrepancyKind as K;

#[test]
fn a_count_of_others_is_about_what_its_verb_tells() {
    // Trial 34 F2.1, as written: one verb, the same people.
    one_flag(
        "Two businessmen were acquitted.",
        "Three others were acquitted.",
        "Two businessmen",
        "Three others",
        false,
    );
    // In Spanish too: "Otros tres" counts people by ellipsis, as "Three others".
    one_flag(
        "Cuatro empresarios fueron absueltos.",
        "Otros tres fueron absueltos.",
        "Cuatro empresarios",
        "Otros tres",
        false,
    );
    no_number_flag(
        "Cuatro empresarios fueron absueltos.",
        "Otros tres fueron condenados.",
    );
    // "otros tres coches" counts cars, no people.
    no_number_flag(
        "Cuatro empresarios fueron absueltos.",
        "Otros tres coches fueron robados.",
    );
    // Two verbs: two groups of people.
    no_number_flag(
        "Two businessmen were acquitted.",
        "Three others were convicted.",
    );
    no_number_flag(
        "Two businessmen were acquitted.",
        "Three others were sentenced to prison.",
    );
}

#[test]
fn the_head_of_a_hyphenated_noun_is_its_last_part() {
    // Trial 34 F2.2, as written: "Eleven ≠ Ten" besides the terms.
    has_flag(
        K::Number,
        "Eleven other defendants, most of them executives of three construction companies, received sentences of between one and four years.",
        "Ten co-defendants were sentenced to prison terms of up to four years.",
        "Eleven other defendants",
        "Ten co-defendants",
    );
    no_number_flag(
        "Ten co-defendants were sentenced.",
        "Ten other defendants were sentenced.",
    );
}

#[test]
fn spanish_once_is_eleven_and_an_apposition_is_skipped() {
    // Trial 34 F2.2 in Spanish: a count, an apposition, its verb; a part of the same noun
    // told with a verb of the same stem.
    has_flag(
        K::Number,
        "Otros once acusados, en su mayoría directivos de tres constructoras, han sido condenados a penas de entre uno y cuatro años.",
        "Diez de los acusados fueron condenados a penas de hasta cuatro años y otros tres fueron absueltos.",
        "once acusados",
        "Diez de los acusados",
    );
    // Another verb after the apposition: another fact.
    no_number_flag(
        "Otros once acusados, en su mayoría directivos, han sido absueltos.",
        "Diez de los acusados fueron condenados.",
    );
    // English "once" is still one time, not eleven.
    no_number_flag("He was stabbed once.", "He was stabbed once in the chest.");
}

#[test]
fn parts_and_counts_of_the_injured_in_a_condition_are_one_count() {
    // Trial 34 F2.3 (Italian) and trial 35 F3.1 (English).
    has_flag(
        K::Number,
        "Tre dei feriti sono in gravi condizioni.",
        "Due feriti sono in condizioni critiche.",
        "Tre dei feriti",
        "Due feriti",
    );
    has_flag(
        K::Number,
        "Hospitals in Beni Mellal treated 95 of the injured, 14 of them in critical condition.",
        "Of the injured, 95 were taken to hospitals in Marrakech and 11 were in critical condition.",
        "14",
        "11",
    );
    // No condition on one side: the injured discharged are another count.
    no_number_flag(
        "Tre dei feriti sono in gravi condizioni.",
        "Due feriti sono stati dimessi.",
    );
}

#[test]
fn a_number_word_before_millions_is_a_count_of_millions() {
    // Trial 34 F2.4, as written, and in Italian: the sums are compared, told in whole
    // millions ("dos millones" as "2 million"): 2 million is no rounding of 2.4 million,
    // the solid kind.
    one_flag(
        "La Audiencia también le ha impuesto una multa de 2,4 millones de euros.",
        "La multa asciende a dos millones de euros.",
        "2,4 millones de euros",
        "dos millones de euros",
        false,
    );
    one_flag(
        "La multa ammonta a due milioni di euro.",
        "La multa ammonta a 2,4 milioni di euro.",
        "due milioni di euro",
        "2,4 milioni di euro",
        false,
    );
    // Within a tenth, one may be the other rounded: the softer kind, as in English.
    one_flag(
        "La multa asciende a dos millones de euros.",
        "La multa asciende a 1,9 millones de euros.",
        "dos millones de euros",
        "1,9 millones de euros",
        true,
    );
    // The same sum in words and in figures.
    no_number_flag(
        "La multa asciende a dos millones de euros.",
        "La multa asciende a 2 millones de euros.",
    );
}

#[test]
fn a_figure_far_from_the_other_is_no_rounding_of_it() {
    // Trial 34 F2.4: "2 million" is no rounding of 2.4 million (a sixth off): solid.
    assert_eq!(
        flags_of(
            K::Number,
            "The court also fined Ortega 2.4 million euros.",
            "He was also ordered to pay a fine of 2 million euros and banned from holding public office for 12 years.",
        ),
        vec![("2.4 million euros".into(), "2 million euros".into(), false)]
    );
    // Within a tenth, one may be the other rounded: the softer kind; and below millions
    // as before ("3 percent" / "2.5 percent").
    one_flag(
        "The fine was 2 million euros.",
        "The fine was 1.9 million euros.",
        "2 million euros",
        "1.9 million euros",
        true,
    );
    one_flag(
        "Prices rose 3 percent in May.",
        "Prices rose 2.5 percent in May.",
        "3 percent",
        "2.5 percent",
        true,
    );
}

#[test]
fn a_count_of_others_agrees_with_a_count_of_its_value() {
    // flag_counts, paraphrase-train: "six others" re-elected are the "six new directors",
    // not the three of them.
    no_number_flag(
        "Also Thursday, the NYSE's board elected six new directors _ three non-industry representatives and three industry representatives.",
        "Also Thursday, the NYSE's board elected six new directors to the board and re-elected six others.",
    );
    // same-event-dev: "the injury of two others" / "a mother of 12 was killed".
    no_number_flag(
        "A Brooklyn jury has returned a guilty verdict for Andrew Lopez for the murder of Zurana Horton and the injury of two others.",
        "A shocking video released for the first time Thursday captures the moment a Brooklyn mother of 12 was killed in a gang shootout as she picked her daughter up from school.",
    );
}

/// Trial 42 (A2): "ECB cuts rates to 2%" / "to 2.25%": a percentage told to hundredths
/// and one in whole points more than a tenth apart are two rates (the solid kind); one
/// decimal ("3 percent" / "2.5 percent", above) or within a tenth may be one rounded.
#[test]
fn a_rate_to_hundredths_is_not_a_whole_point_rate_rounded() {
    one_flag(
        "ECB cuts rates to 2% as inflation cools",
        "ECB cuts rates to 2.25% amid tariff worries",
        "2%",
        "2.25%",
        false,
    );
    one_flag(
        "The party won 45% of the vote.",
        "The party won 45.32% of the vote.",
        "45%",
        "45.32%",
        true,
    );
}

/// Trial 48 F6: "injuring two others" counts the injured; "one was flown to Sion" tells
/// what befell one of the group, no toll: two counts in two roles. Near cases keep their
/// flag: a count of the injured against "two others" injured (and the trial 34 pair of one
/// verb and no fate above, "acquitted").
#[test]
fn a_count_of_others_with_a_fate_is_no_count_of_a_fate_untold() {
    let lead = "An avalanche swept away a group of off-piste skiers near the Swiss resort of \
                Saas-Fee on Tuesday, killing four of them and injuring two others, police said.";
    for live in [
        "Police confirmed that four skiers died and one was flown to Sion in critical condition.",
        "Police confirmed that four skiers died and one skier was flown to Sion.",
        "Police confirmed that four skiers died and three were flown to Sion.",
    ] {
        no_number_flag(live, lead);
    }
    one_flag(
        "Police confirmed that four skiers died and one was injured.",
        "An avalanche killed four skiers and injured two others, police said.",
        "one",
        "two others",
        false,
    );
}

/// The near case of the rule above that keeps its flag: a count whose fate the toll
/// reading misses ("six other protesters injured", no auxiliary) still names it in the
/// words after it (bench_all_pairs, session 46).
#[test]
fn a_count_of_others_keeps_its_flag_against_a_fate_named_after_the_count() {
    one_flag(
        "The blasts killed two people and injured more than 150 others.",
        "Officials said two miners were killed and six other protesters injured.",
        "more than 150 others",
        "six other protesters",
        false,
    );
}
