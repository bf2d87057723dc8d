//! Tests of the discrepancy flags: numbers, vehicles and dates (speakers and places:
//! `tests_places.rs`).

use super::test_util::{flags, has_flag, kinds, no_flag, no_flag_either, pair};
use super::*;

#[test]
fn number_slot_with_vague_count_is_the_softer_kind() {
    let d = pair(
        "The defector was shot at least four times.",
        "The soldier, shot several times, underwent surgery.",
    );
    assert!(d[0].vague, "{d:?}");
    let d = pair(
        "The defector was shot four times.",
        "The soldier was shot five times.",
    );
    assert!(!d[0].vague, "{d:?}");
}

#[test]
fn number_slot_with_vague_count() {
    let f = flags(
        "The defector was shot at least four times in his escape bid.",
        "The soldier, shot several times, underwent surgery.",
    );
    assert_eq!(
        f,
        vec![(
            DiscrepancyKind::Number,
            "at least four times".to_string(),
            "several times".to_string()
        )]
    );
    assert!(flags("He was shot four times.", "He was shot 4 times.").is_empty());
    let f = flags("He was shot five times.", "He was shot four times.");
    assert_eq!(f[0].0, DiscrepancyKind::Number);
    let f = flags(
        "Two South Korean soldiers crawled to him.",
        "Three South Korean soldiers crawled to him.",
    );
    assert_eq!(f[0].1, "Two South Korean soldiers");
    // The same kind of thing counted ("vehicles" / "cars"): a vague vs exact count.
    let f = flags(
        "During his flight, Lasalle struck two other vehicles.",
        "The driver took off, hitting several cars in the parking lot.",
    );
    assert_eq!(f[0].1, "two other vehicles", "{f:?}");
    assert_eq!(f[0].2, "several cars", "{f:?}");
    // Numbers counting different things are not a conflict.
    assert!(flags("He was shot four times.", "At the 6-minute mark he fell.").is_empty());
}

#[test]
fn vehicles_places_dates() {
    let f = flags(
        "He got out of the jeep and ran.",
        "He drove a truck and then ran.",
    );
    assert_eq!(
        f,
        vec![(DiscrepancyKind::Vehicle, "jeep".into(), "truck".into())]
    );
    assert!(flags("He left the jeep.", "He left the vehicle.").is_empty());
    // Two words for one kind of vehicle are no discrepancy (a new-user trial: "truck ≠
    // lorry" made an agreeing link "told differently").
    assert!(flags(
        "The truck fell into the river.",
        "The lorry fell into the river."
    )
    .is_empty());
    assert!(flags("The bus crashed.", "The coach crashed.").is_empty());
    assert!(flags("Two planes landed.", "Two aircraft landed.").is_empty());
    assert_eq!(
        flags(
            "The truck fell into the river.",
            "The bus fell into the river."
        ),
        vec![(DiscrepancyKind::Vehicle, "truck".into(), "bus".into())]
    );
    let f = flags(
        "A man was killed in Ohio on Monday.",
        "A man was killed in Texas on Friday.",
    );
    let kinds: Vec<DiscrepancyKind> = f.iter().map(|x| x.0).collect();
    assert_eq!(kinds, vec![DiscrepancyKind::Place, DiscrepancyKind::Date]);
    let f = flags("It happened on Nov. 13.", "It happened on November 14.");
    assert_eq!(
        f,
        vec![(
            DiscrepancyKind::Date,
            "Nov. 13".into(),
            "November 14".into()
        )]
    );
    assert!(flags("It happened on Nov. 13.", "It happened on November 13.").is_empty());
    // A month against a day of it: the same date told less precisely, the softer kind.
    let d = pair(
        "She suffered a heart attack on December 2.",
        "She had suffered a heart attack earlier in December.",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!((d[0].kind, d[0].vague), (DiscrepancyKind::Date, true));
    assert_eq!(
        (d[0].a.as_str(), d[0].b.as_str()),
        ("December 2", "December")
    );
    // A different month is a different value, not a vaguer one.
    let d = pair(
        "She suffered a heart attack on December 2.",
        "She suffered a heart attack in November.",
    );
    assert_eq!((d[0].kind, d[0].vague), (DiscrepancyKind::Date, false));
    // The year alone says nothing against a day (no month to compare).
    assert!(flags("It happened in 2017.", "It happened on Nov. 13.").is_empty());
}

#[test]
fn the_date_of_a_report_is_not_the_date_of_the_fact() {
    // The samples: the doctor spoke on Wednesday about what happened on Tuesday.
    assert!(flags(
        "The doctor said Wednesday he has regained consciousness.",
        "The soldier regained consciousness on Tuesday, doctors said.",
    )
    .is_empty());
    assert!(flags(
        "Police announced on Friday that the man was arrested.",
        "The man was arrested on Thursday.",
    )
    .is_empty());
    // Nor is the place of a report the place of the fact.
    assert!(flags(
        "Cooley said at a news conference at the Bellflower courthouse that the deputy died.",
        "The deputy died after a shooting in Hawaiian Gardens.",
    )
    .is_empty());
    assert!(flags(
        "Brooks said in Seoul that the soldier crossed the line.",
        "The soldier crossed the line at Panmunjom.",
    )
    .is_empty());
    // The place of the fact, further on, still counts.
    assert_eq!(
        kinds(
            "Cooley said at a news conference that the deputy died in Compton.",
            "The deputy died in Hawaiian Gardens.",
        ),
        vec![DiscrepancyKind::Place]
    );
    // A long sentence dates other facts too: a date of another event is no conflict.
    assert!(flags(
        "Her agent said Page died at a hospital after suffering a heart attack on December 2.",
        "Bettie Page passed away Thursday, December 11, at age 85.",
    )
    .is_empty());
    assert!(flags(
        "She moved to Florida in 1957 and married a much younger man.",
        "They divorced in 1947 and Page continued her modeling work.",
    )
    .is_empty());
    // Times of day are no counts; two people's ages are two facts.
    assert!(flags(
        "He was spotted shortly after 3 p. m. and chased.",
        "As of 11 p. m. authorities were still searching.",
    )
    .is_empty());
    assert!(flags(
        "Police arrested a 61-year-old former employee.",
        "A 63-year-old woman and two men were shot.",
    )
    .is_empty());
    assert_eq!(
        kinds("A 61-year-old man was shot.", "A 63-year-old man was shot."),
        vec![DiscrepancyKind::Number]
    );
    // Two counts of two facts are no conflict; two counts of one still are.
    assert!(flags(
        "It took another six years for Gigante to concede his subterfuge.",
        "He was jailed for 12 years, but it took until 2003 for him to admit it.",
    )
    .is_empty());
    assert_eq!(
        kinds(
            "He was jailed for six years.",
            "He was jailed for 12 years."
        ),
        vec![DiscrepancyKind::Number]
    );
    // The same event dated twice, in apposition too, still differs.
    assert_eq!(
        kinds(
            "Page died on Thursday, December 11, at a hospital.",
            "Page died on Tuesday, December 2.",
        ),
        vec![DiscrepancyKind::Date]
    );
    // A date of the fact after a speech verb further back still counts.
    assert_eq!(
        kinds(
            "The quake, officials said, struck on Monday.",
            "The quake struck on Sunday.",
        ),
        vec![DiscrepancyKind::Date]
    );
}

#[test]
fn an_address_number_is_no_count() {
    // A block named by its number is not a count of blocks.
    for (a, b) in [
        (
            "The shooting happened in the 12000 block of Main Street.",
            "The shooting happened about 10 blocks away.",
        ),
        (
            "Police found the car in the 400 block of Elm Street.",
            "Police found the car two blocks from the school.",
        ),
        (
            "The fire started at 12 Main Street.",
            "The fire started in 3 houses on Main Street.",
        ),
    ] {
        assert!(kinds(a, b).is_empty(), "{a} / {b}: {:?}", flags(a, b));
    }
    // Nor is a clock time a count of what follows it.
    assert!(flags(
        "SSE shares were up at 654 pence by 1018 GMT, but analysts welcomed the move.",
        "SSE shares were unchanged at 654 pence by 0835 GMT but analysts welcomed the deal.",
    )
    .is_empty());
    // Two counts of blocks still differ.
    assert_eq!(
        kinds(
            "The shooting happened about 10 blocks away.",
            "The shooting happened about 12 blocks away.",
        ),
        vec![DiscrepancyKind::Number]
    );
}

#[test]
fn each_date_and_count_is_compared_with_the_one_of_the_same_fact() {
    // Two facts, two dates, both differ: two flags.
    let f = flags(
        "The plant closed on Monday and will reopen in 2027.",
        "The plant closed on Tuesday and will reopen in 2028.",
    );
    assert_eq!(
        f,
        vec![
            (DiscrepancyKind::Date, "Monday".into(), "Tuesday".into()),
            (DiscrepancyKind::Date, "2027".into(), "2028".into()),
        ]
    );
    // A date both give does not hide the other fact's date.
    let f = flags(
        "The plant closed in 2020 and will reopen in 2027.",
        "The plant closed in 2020 and will reopen in 2028.",
    );
    assert_eq!(
        f,
        vec![(DiscrepancyKind::Date, "2027".into(), "2028".into())]
    );
    // Two dates of one kind: each against the one about the same thing.
    let f = flags(
        "The plant closed on Monday and will reopen on Friday.",
        "The plant closed on Monday and will reopen on Saturday.",
    );
    assert_eq!(
        f,
        vec![(DiscrepancyKind::Date, "Friday".into(), "Saturday".into())]
    );
    let f = flags(
        "The plant closed on Monday and will reopen on Friday.",
        "The plant closed on Tuesday and will reopen on Saturday.",
    );
    assert_eq!(
        f,
        vec![
            (DiscrepancyKind::Date, "Monday".into(), "Tuesday".into()),
            (DiscrepancyKind::Date, "Friday".into(), "Saturday".into()),
        ]
    );
    // One date on the other side: one flag, against the date of its fact.
    let f = flags(
        "The plant closed on Monday and will reopen on Friday.",
        "The plant closed on Tuesday.",
    );
    assert_eq!(
        f,
        vec![(DiscrepancyKind::Date, "Monday".into(), "Tuesday".into())]
    );
    // One date expression, one flag (not the weekday and the day both).
    assert_eq!(
        kinds(
            "Page died on Thursday, December 11, at a hospital.",
            "Page died on Tuesday, December 2.",
        ),
        vec![DiscrepancyKind::Date]
    );
    // Counts: each count against the count of the same fact.
    let f = flags(
        "Five people died and 20 people were injured.",
        "Six people died and 30 people were injured.",
    );
    assert_eq!(
        f,
        vec![
            (
                DiscrepancyKind::Number,
                "Five people".into(),
                "Six people".into()
            ),
            (
                DiscrepancyKind::Number,
                "20 people".into(),
                "30 people".into()
            ),
        ]
    );
    let f = flags(
        "Five people died and 20 people were injured.",
        "Five people died and 30 people were injured.",
    );
    assert_eq!(
        f,
        vec![(
            DiscrepancyKind::Number,
            "20 people".into(),
            "30 people".into()
        )]
    );
}

#[test]
fn the_date_of_a_report_a_few_words_after_the_verb() {
    // "said today (10 October 2011)", "announced on Twitter today (...)": report dates.
    assert!(flags(
        "SEACOM said today (10 October 2011) that the repair will take twelve days.",
        "The SEACOM cable experienced downtime beginning on Saturday 8 October 2011.",
    )
    .is_empty());
    no_flag(
        DiscrepancyKind::Date,
        "Seacom announced on Twitter today (14 October 2011) that it restored all customers.",
        "Seacom announced today (4 November 2011) that repairs have been completed.",
    );
    // Two datelines date two articles: linked by hand, their dates are compared
    // (`tests_times::a_dateline_dates_the_article_not_a_fact`), not their clock times
    // (`tests_times::the_clock_times_of_publication_stamps_are_not_compared`).
    assert_eq!(
        flags(
            "Last Updated: Monday, 28 November 2005, 02: 24 GMT",
            "Sunday, November 27 - 2005 at 16: 12",
        ),
        vec![(
            DiscrepancyKind::Date,
            "28 November".into(),
            "November 27".into()
        )]
    );
    // The date of the fact in the same sentence still counts.
    assert_eq!(
        flags(
            "Police told reporters on Monday in Seoul that the man was arrested on Friday.",
            "The man was arrested on Thursday.",
        ),
        vec![(DiscrepancyKind::Date, "Friday".into(), "Thursday".into())]
    );
}

#[test]
fn a_number_glued_to_its_unit_is_a_count() {
    // The development pair: "about 58km" / "60km" south-west of Bandar Abbas.
    let f = flags(
        "The survey put the epicentre at about 58km (36 miles) south-west of Bandar Abbas.",
        "An earthquake struck 60km south west of Bandar Abbas in Iran.",
    );
    assert_eq!(
        f,
        vec![(DiscrepancyKind::Number, "about 58km".into(), "60km".into())]
    );
    // Glued and spaced units compare; the same value agrees.
    assert_eq!(
        kinds("It struck 58km away.", "It struck 60 km away."),
        vec![DiscrepancyKind::Number]
    );
    assert!(flags("It struck 58km away.", "It struck 58 km away.").is_empty());
    // The tail of a number split by a comma is no number of its own.
    assert!(flags(
        "The man fell around 2000ft (609 metres) near the hut.",
        "The climber has fallen 2, 000ft to his death.",
    )
    .is_empty());
}

#[test]
fn charged_released_and_how_badly_hurt_are_outcomes() {
    use DiscrepancyKind::Outcome;
    has_flag(
        Outcome,
        "The suspect was released on Monday.",
        "The suspect was charged on Monday.",
        "released",
        "charged",
    );
    // "Released without charge" is not charged (session 12's re-trial: it was taken as
    // telling both, so "charged with looting" got no flag).
    has_flag(
        Outcome,
        "The suspect was released without charge on Monday.",
        "The suspect was charged on Monday.",
        "without charge",
        "charged",
    );
    has_flag(
        Outcome,
        "Two people were seriously injured in the crash.",
        "Two people were slightly injured in the crash.",
        // A patient's condition with its injury word (`outcome/condition.rs`).
        "seriously injured",
        "slightly injured",
    );
    has_flag(
        Outcome,
        "Two people suffered serious injuries in the crash.",
        "Two people suffered minor injuries in the crash.",
        "serious injuries",
        "minor injuries",
    );
    no_flag_either(
        Outcome,
        &[
            // A name or footage released is no person let go; a serious crash is no
            // injury.
            (
                "Authorities have released the name of the woman struck by a motorist.",
                "A man has been charged in the crash that killed the woman.",
            ),
            (
                "Footage of the shooting released during the trial.",
                "Footage of the shooting was played at the trial of two men charged.",
            ),
            (
                "It was a serious crash on the motorway.",
                "It was a minor crash on the motorway.",
            ),
            // An arrested suspect is questioned: both may be true.
            (
                "The suspect was arrested on Monday.",
                "The suspect was questioned on Monday.",
            ),
            // Two outcomes both told as possible may both be true.
            (
                "The hostages could be killed, officials warned.",
                "The hostages could survive, officials warned.",
            ),
            (
                "Doctors said the patient could die.",
                "Doctors said the patient could survive.",
            ),
        ],
    );
}

#[test]
fn a_surface_compared_without_building_it_is_the_surface_compared() {
    // ASCII and not, every range (ends past the text and before the start too): the
    // comparison says what comparing the built text says.
    let idf = crate::matcher::prepared::Idf::builtin();
    for text in [
        "Police said 12 - 3 or 4 a.m.",
        "Zoë, 12 ans, à Köln / 3 Uhr.",
    ] {
        let p = Prepared::new(text, idf);
        let n = text.chars().count();
        for start in 0..n + 2 {
            for end in 0..n + 2 {
                for probe in [" ", "-", "/", ".", " or ", "", "Zoë", "12"] {
                    assert_eq!(
                        surface_is(&p, start, end, probe),
                        surface(&p, start, end) == probe,
                        "{text:?} {start}..{end} {probe:?}"
                    );
                }
            }
        }
    }
}
