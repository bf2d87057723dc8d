//! Tests of the discrepancy flags: numbers, speakers, vehicles, places and dates.

use super::*;
use crate::matcher::features::Idf;

/// The kinds of the flags of `a` against `b`, in order.
fn kinds(a: &str, b: &str) -> Vec<DiscrepancyKind> {
    flags(a, b).into_iter().map(|x| x.0).collect()
}

fn flags(a: &str, b: &str) -> Vec<(DiscrepancyKind, String, String)> {
    let idf = Idf::builtin();
    discrepancies(&Prepared::new(a, idf), &Prepared::new(b, idf))
        .into_iter()
        .map(|d| (d.kind, d.a, d.b))
        .collect()
}

#[test]
fn number_slot_with_vague_count_is_the_softer_kind() {
    let idf = Idf::builtin();
    let d = discrepancies(
        &Prepared::new("The defector was shot at least four times.", idf),
        &Prepared::new("The soldier, shot several times, underwent surgery.", idf),
    );
    assert!(d[0].vague, "{d:?}");
    let d = discrepancies(
        &Prepared::new("The defector was shot four times.", idf),
        &Prepared::new("The soldier was shot five times.", idf),
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
fn speakers_differ_or_agree() {
    let f = flags(
        "Security forces acted with restraint, Carroll said.",
        "Army Gen. Vincent Brooks, who commands U.S. forces in South Korea, said security forces acted appropriately.",
    );
    assert!(
        f.contains(&(
            DiscrepancyKind::Speaker,
            "Carroll".to_string(),
            "Army Gen. Vincent Brooks".to_string()
        )),
        "{f:?}"
    );
    let f = flags(
        "Forces acted, Carroll said.",
        "Colonel Chad Carroll told reporters forces acted.",
    );
    assert!(f.iter().all(|x| x.0 != DiscrepancyKind::Speaker), "{f:?}");
    assert!(flags("Forces acted, he said.", "Forces acted, Brooks said.").is_empty());
    let f = flags(
        "Carroll said the forces acted.",
        "Brooks said the forces acted.",
    );
    assert_eq!(
        f,
        vec![(DiscrepancyKind::Speaker, "Carroll".into(), "Brooks".into())]
    );
    assert!(flags("The forces acted.", "It said the forces acted.").is_empty());
    // The same words credited to two different people, named by role.
    let q = "\u{201c}The harbour is closed until further notice,\u{201d}";
    let f = flags(
        &format!("{q} the harbour master said."),
        &format!("{q} the mayor said on Monday."),
    );
    assert!(
        f.contains(&(
            DiscrepancyKind::Speaker,
            "harbour master".into(),
            "mayor".into()
        )),
        "{f:?}"
    );
    let f = flags(
        "The harbour is closed, said the harbour master.",
        "The harbour is closed, the harbour master said.",
    );
    assert!(f.iter().all(|x| x.0 != DiscrepancyKind::Speaker), "{f:?}");
    // "X said" vs "according to X": the same speaker, no flag.
    let f = flags(
        "The guard ran back after a few seconds, Carroll said.",
        "According to Carroll, the guard ran back after a few seconds.",
    );
    assert!(f.iter().all(|x| x.0 != DiscrepancyKind::Speaker), "{f:?}");
    // A name right after the verb is the speaker only after a comma or a quotation
    // ("..., said Carroll"); otherwise it is what was said, or who heard it.
    let names = |s: &str| -> Vec<String> {
        let p = Prepared::new(s, Idf::builtin());
        super::super::speakers::speakers(&p)
            .into_iter()
            .map(|(r, _)| surface(&p, r.0, r.1))
            .collect()
    };
    assert_eq!(
        names("Investigators say Sam's Club is looking into it."),
        ["Investigators"]
    );
    assert_eq!(
        names("Carroll told Reuters the guard ran back."),
        ["Carroll"]
    );
    assert_eq!(names("The guard ran back, said Carroll."), ["Carroll"]);
    // "said the troops had ...": an object clause, not a speaker.
    assert!(super::super::speakers::speakers(&Prepared::new(
        "He said the troops had crossed the line.",
        Idf::builtin()
    ))
    .is_empty());
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
    let idf = Idf::builtin();
    let d = discrepancies(
        &Prepared::new("She suffered a heart attack on December 2.", idf),
        &Prepared::new("She had suffered a heart attack earlier in December.", idf),
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!((d[0].kind, d[0].vague), (DiscrepancyKind::Date, true));
    assert_eq!(
        (d[0].a.as_str(), d[0].b.as_str()),
        ("December 2", "December")
    );
    // A different month is a different value, not a vaguer one.
    let d = discrepancies(
        &Prepared::new("She suffered a heart attack on December 2.", idf),
        &Prepared::new("She suffered a heart attack in November.", idf),
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
fn the_place_of_a_report_a_few_words_after_the_verb() {
    // Speaking somewhere, telling reporters somewhere, saying it at a rally somewhere:
    // where it was said, not where it happened.
    for (a, b) in [
        (
            "Speaking in Geneva, the minister said the dam burst.",
            "The dam burst in Texas, the minister said.",
        ),
        (
            "The minister, speaking in Geneva, said the dam burst.",
            "The dam burst in Texas.",
        ),
        (
            "Brooks told reporters in Seoul that the soldier crossed the line.",
            "The soldier crossed the line at Panmunjom.",
        ),
        (
            "Trump said at a rally in Ohio that the plant closed.",
            "The plant closed in Michigan.",
        ),
        (
            "The mayor told a news conference on Monday in Springfield that the plant closed.",
            "The plant closed in Shelbyville.",
        ),
    ] {
        assert!(kinds(a, b).is_empty(), "{a} / {b}: {:?}", flags(a, b));
    }
    // The place of the fact, in the same sentence, still counts.
    assert_eq!(
        kinds(
            "Speaking in Geneva, the minister said the dam burst in Ohio.",
            "The dam burst in Texas, the minister said.",
        ),
        vec![DiscrepancyKind::Place]
    );
    // A place reached from the verb over a content word is the fact's.
    assert_eq!(
        kinds(
            "Officials said the dam burst in Ohio.",
            "The dam burst in Texas.",
        ),
        vec![DiscrepancyKind::Place]
    );
    // A rally is the place of the fact when the fact happened there.
    assert_eq!(
        kinds(
            "A gunman opened fire at a rally in Ohio.",
            "A gunman opened fire at a rally in Texas.",
        ),
        vec![DiscrepancyKind::Place]
    );
}

#[test]
fn a_broader_region_may_contain_the_other_place() {
    // A country or a US state against a town: one may contain the other, no flag.
    for (a, b) in [
        (
            "The factory is in Springfield.",
            "The factory is in the US.",
        ),
        (
            "The factory is in Springfield.",
            "The factory is in the U.S.",
        ),
        (
            "The factory is in Springfield.",
            "The factory is in the United States.",
        ),
        ("The factory is in Springfield.", "The factory is in Ohio."),
        ("The factory is in Ohio.", "The factory is in the US."),
        ("The factory is in Japan.", "The factory is in Asia."),
        ("The factory is in Leeds.", "The factory is in the UK."),
        ("The factory is in Busan.", "The factory is in South Korea."),
    ] {
        assert!(kinds(a, b).is_empty(), "{a} / {b}: {:?}", flags(a, b));
        assert!(kinds(b, a).is_empty(), "{b} / {a}: {:?}", flags(b, a));
    }
    // Two places of one breadth differ; so do a state and another country.
    for (a, b) in [
        (
            "The factory is in Springfield.",
            "The factory is in Shelbyville.",
        ),
        ("The factory is in Ohio.", "The factory is in Texas."),
        ("The factory is in France.", "The factory is in Spain."),
        ("The factory is in Ohio.", "The factory is in Canada."),
    ] {
        assert_eq!(kinds(a, b), vec![DiscrepancyKind::Place], "{a} / {b}");
        assert_eq!(kinds(b, a), vec![DiscrepancyKind::Place], "{b} / {a}");
    }
}

#[test]
fn a_place_is_no_speaker() {
    let names = |s: &str| -> Vec<String> {
        let p = Prepared::new(s, Idf::builtin());
        super::super::speakers::speakers(&p)
            .into_iter()
            .map(|(r, _)| surface(&p, r.0, r.1))
            .collect()
    };
    // The tail of a place phrase before the name is not part of it.
    assert_eq!(
        names("Born in 1932 in Nashville, Tennessee, Page said she was shy."),
        ["Page"]
    );
    assert_eq!(
        names("In Nashville, Tennessee, Page said she was shy."),
        ["Page"]
    );
    // A place right before the verb is where the speakers are, not who they are.
    assert!(names("Officials in Ohio said the plant closed.").is_empty());
    assert!(names("A spokesman near Panmunjom said the soldier ran.").is_empty());
    assert!(names("Officials from Ohio said the plant closed.").is_empty());
    assert!(names("The plant closed in Nashville, Tennessee said the paper.").is_empty());
    assert!(names("He was born in Nashville, Tennessee said his agent.").is_empty());
    // A party affiliation or "Republican of Tennessee" between commas: the name before
    // it speaks.
    assert_eq!(
        names("\u{201c}We should wait,\u{201d} Olympia Snowe, R-Maine, said at a hearing."),
        ["Olympia Snowe"]
    );
    assert_eq!(
        names("The majority leader, Bill Frist, Republican of Tennessee, said he hoped so."),
        ["Bill Frist"]
    );
    // After the verb too: "said Lott, R-Miss.", "said Sen. Chris Murphy (D-Conn.)".
    assert_eq!(
        names("\u{201c}Leave them,\u{201d} said Lott, R-Miss., of the rules."),
        ["Lott"]
    );
    assert_eq!(
        names("\u{201c}It will crumble,\u{201d} said Sen. Chris Murphy (D-Conn.), who wrote it."),
        ["Sen. Chris Murphy"]
    );
    // A quotation mark ends a name too.
    assert_eq!(
        names("\"It cost 2.7 million jobs in America,\" Kerry said."),
        ["Kerry"]
    );
    // After "at" or "from", a name that is no region may be an organisation that speaks.
    assert_eq!(
        names("Doctors at Johns Hopkins said the man was stable."),
        ["Johns Hopkins"]
    );
    // Names with several words still count whole.
    assert_eq!(
        names("Colonel Chad Carroll said the guard ran back."),
        ["Colonel Chad Carroll"]
    );
    assert_eq!(names("Page said she was shy."), ["Page"]);
    // So the same speaker is no speaker flag, and two places are none either.
    let f = flags(
        "Born in 1932 in Nashville, Tennessee, Page said she was shy.",
        "Page said she was shy.",
    );
    assert!(f.iter().all(|x| x.0 != DiscrepancyKind::Speaker), "{f:?}");
    let f = flags(
        "Officials in Ohio said the plant was closed.",
        "Officials in Michigan said the plant was closed.",
    );
    assert!(f.iter().all(|x| x.0 != DiscrepancyKind::Speaker), "{f:?}");
    // An acronym of the other name is the same speaker.
    let f = flags(
        "The Hollywood Reporter says Ross is in talks with Lionsgate to return as director.",
        "According to THR, Ross is in talks with Lionsgate about returning as director.",
    );
    assert!(f.iter().all(|x| x.0 != DiscrepancyKind::Speaker), "{f:?}");
    // Another speaker still differs.
    let f = flags(
        "Born in 1932 in Nashville, Tennessee, Page said she was shy.",
        "Smith said she was shy.",
    );
    assert!(
        f.contains(&(DiscrepancyKind::Speaker, "Page".into(), "Smith".into())),
        "{f:?}"
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
    let f = flags(
        "Seacom announced on Twitter today (14 October 2011) that it restored all customers.",
        "Seacom announced today (4 November 2011) that repairs have been completed.",
    );
    assert!(f.iter().all(|x| x.0 != DiscrepancyKind::Date), "{f:?}");
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
fn a_shared_place_hides_no_other_place() {
    // Born in the same place, died in two: the place of death differs.
    let f = flags(
        "He was born in Springfield and died in Shelbyville.",
        "He was born in Springfield and died in Capital City.",
    );
    assert_eq!(
        f,
        vec![(
            DiscrepancyKind::Place,
            "Shelbyville".into(),
            "Capital City".into()
        )]
    );
    // "the Sicilian capital of Palermo" / "the Porta Nuova area of Palermo": both in
    // Palermo.
    assert!(flags(
        "Lo Presti was found dead in Pagliarelli prison in the Sicilian capital of Palermo.",
        "Lo Presti, who ran clans in the Porta Nuova area of Palermo, was found dead in Pagliarelli prison.",
    )
    .is_empty());
    // Places of two other facts are no conflict: where he lived, where he was shot.
    assert!(flags(
        "The deputy, who lived in Compton, died in Hawaiian Gardens.",
        "The deputy was shot in Lakewood and died in Hawaiian Gardens.",
    )
    .is_empty());
}
