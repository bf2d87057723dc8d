//! Tests of the speaker and place flags: who said it, where it happened.

use super::test_util::{flags, flags_of, has_flag, kinds, no_flag, no_flag_either};
use super::*;
use crate::matcher::features::Idf;

/// The speakers named in `s`, as written.
fn names(s: &str) -> Vec<String> {
    let p = Prepared::new(s, Idf::builtin());
    super::super::speakers::speakers(&p)
        .into_iter()
        .map(|(r, _)| surface(&p, r.0, r.1).into_owned())
        .collect()
}

#[test]
fn speakers_differ_or_agree() {
    has_flag(
        DiscrepancyKind::Speaker,
        "Security forces acted with restraint, Carroll said.",
        "Army Gen. Vincent Brooks, who commands U.S. forces in South Korea, said security forces acted appropriately.",
        "Carroll",
        "Army Gen. Vincent Brooks",
    );
    no_flag(
        DiscrepancyKind::Speaker,
        "Forces acted, Carroll said.",
        "Colonel Chad Carroll told reporters forces acted.",
    );
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
    has_flag(
        DiscrepancyKind::Speaker,
        &format!("{q} the harbour master said."),
        &format!("{q} the mayor said on Monday."),
        "harbour master",
        "mayor",
    );
    no_flag(
        DiscrepancyKind::Speaker,
        "The harbour is closed, said the harbour master.",
        "The harbour is closed, the harbour master said.",
    );
    // "X said" vs "according to X": the same speaker, no flag.
    no_flag(
        DiscrepancyKind::Speaker,
        "The guard ran back after a few seconds, Carroll said.",
        "According to Carroll, the guard ran back after a few seconds.",
    );
    // A name right after the verb is the speaker only after a comma or a quotation
    // ("..., said Carroll"); otherwise it is what was said, or who heard it.
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
            "The mayor said in an interview with CNN in Atlanta that the plant closed.",
            "The plant closed in Macon.",
        ),
        (
            "Telling reporters in Seoul that the soldier crossed the line, Brooks praised the guards.",
            "The soldier crossed the line at Panmunjom.",
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
    no_flag(
        DiscrepancyKind::Speaker,
        "Born in 1932 in Nashville, Tennessee, Page said she was shy.",
        "Page said she was shy.",
    );
    no_flag(
        DiscrepancyKind::Speaker,
        "Officials in Ohio said the plant was closed.",
        "Officials in Michigan said the plant was closed.",
    );
    // An acronym of the other name is the same speaker.
    no_flag(
        DiscrepancyKind::Speaker,
        "The Hollywood Reporter says Ross is in talks with Lionsgate to return as director.",
        "According to THR, Ross is in talks with Lionsgate about returning as director.",
    );
    // Another speaker still differs.
    has_flag(
        DiscrepancyKind::Speaker,
        "Born in 1932 in Nashville, Tennessee, Page said she was shy.",
        "Smith said she was shy.",
        "Page",
        "Smith",
    );
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

#[test]
fn places_of_different_kinds_may_nest() {
    // A new-user trial: Panmunjom, the DMZ, the Joint Security Area, the Demilitarized
    // Zone are one place told at different scales; no gazetteer says so, their kinds do.
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "The soldier was shot at Panmunjom on Monday.",
                "The soldier was shot in the DMZ on Monday.",
            ),
            (
                "The soldier was shot at the Panmunjom truce village.",
                "The soldier was shot in the Joint Security Area.",
            ),
            (
                "The soldier was shot at Panmunjom.",
                "The soldier was shot in the Demilitarized Zone.",
            ),
            (
                "The soldier was shot in the Joint Security Area.",
                "The soldier was shot in the Demilitarized Zone.",
            ),
            (
                "The rocket landed in the Gaza Strip.",
                "The rocket landed near Sderot.",
            ),
            (
                "The rocket landed in the Gaza border area.",
                "The rocket landed in Khan Younis.",
            ),
            (
                "The fire burned in Orange County.",
                "The fire burned in California.",
            ),
        ],
    );
    // Two places of one kind still differ: two towns, two counties.
    for (a, b, ta, tb) in [
        (
            "She took a walk along the beach at Coney Island.",
            "She took a walk along the river in Nashville.",
            "Coney Island",
            "Nashville",
        ),
        (
            "The fire burned in Orange County.",
            "The fire burned in Los Angeles County.",
            "Orange County",
            "Los Angeles County",
        ),
        (
            "The soldier was shot at Panmunjom.",
            "The soldier was shot at Kaesong.",
            "Panmunjom",
            "Kaesong",
        ),
    ] {
        has_flag(DiscrepancyKind::Place, a, b, ta, tb);
    }
}

#[test]
fn names_differing_only_by_diacritics_are_one_place() {
    use DiscrepancyKind::Place;
    for (a, b) in [
        ("Zürich", "Zurich"),
        // Decomposed: u and a combining diaeresis.
        ("Zu\u{308}rich", "Zurich"),
        ("São Paulo", "Sao Paulo"),
        ("Montréal", "Montreal"),
        ("Łódź", "Lodz"),
    ] {
        no_flag(
            Place,
            &format!("The summit in {a} ended on Monday with a deal on trade tariffs."),
            &format!("The summit in {b} ended on Monday with a deal on trade tariffs."),
        );
    }
    // Another name, not another spelling: still a place flag; and other places still differ.
    has_flag(
        Place,
        "The summit in Köln ended on Monday with a deal.",
        "The summit in Zurich ended on Monday with a deal.",
        "Köln",
        "Zurich",
    );
    // A region with its accent is still a region ("in Perú" may contain Lima).
    no_flag(
        Place,
        "The quake struck in Perú on Monday, officials said.",
        "The quake struck in Lima on Monday, officials said.",
    );
}

#[test]
fn a_place_name_ends_at_a_bracket() {
    // "Zürich (Zürich)": a name and its gloss. The flag's range is the name, not a run
    // across the bracket; and the gloss spelled without the accent agrees with it.
    has_flag(
        DiscrepancyKind::Place,
        "The café in Zürich (Zurich) hosted 3 ministers on Monday.",
        "The meeting in Geneva hosted three ministers on Monday.",
        "Zürich",
        "Geneva",
    );
    no_flag(
        DiscrepancyKind::Place,
        "The café in Zürich (Zürich) hosted 3 ministers on Monday.",
        "The meeting in Zurich hosted three ministers on Tuesday.",
    );
    has_flag(
        DiscrepancyKind::Place,
        "The talks were held in Lyon [France] on Monday.",
        "The talks were held in Geneva on Monday.",
        "Lyon",
        "Geneva",
    );
}

#[test]
fn a_city_in_its_own_region_is_no_conflict() {
    // A new-user trial: a city against its province, state or region outside the US was
    // a solid place flag.
    let at =
        |x: &str| format!("The gunman killed one man at a party in {x} on Friday, police said.");
    for (city, region) in [
        ("Vancouver", "British Columbia"),
        ("Toronto", "Ontario"),
        ("Montreal", "Quebec"),
        ("Calgary", "Alberta"),
        ("Munich", "Bavaria"),
        ("Barcelona", "Catalonia"),
        ("Chengdu", "Sichuan"),
        ("Marseille", "Provence"),
        ("Donetsk", "the Donbas"),
        ("Melbourne", "Victoria"),
        ("Mumbai", "Maharashtra"),
        ("Lahore", "Punjab"),
        ("Amritsar", "Punjab"),
        ("Houston", "Texas"),
        ("Glasgow", "the UK"),
        ("Seoul", "Korea"),
        ("Chengdu", "Sichuan Province"),
        ("Mariupol", "the Donetsk region"),
    ] {
        no_flag_either(DiscrepancyKind::Place, &[(&at(city), &at(region))]);
    }
}

#[test]
fn only_places_known_apart_get_the_solid_flag() {
    use DiscrepancyKind::Place;
    let at =
        |x: &str| format!("The gunman killed one man at a party in {x} on Friday, police said.");
    let place = |x: &str, y: &str| flags_of(Place, &at(x), &at(y));
    let one = |x: &'static str, y: &'static str, vague: bool| {
        let name = |x: &'static str| x.trim_start_matches("the ").trim_end_matches(" region");
        let (tx, ty) = (name(x), name(y));
        assert_eq!(
            place(x, y),
            vec![(tx.into(), ty.into(), vague)],
            "{x} / {y}"
        );
        assert_eq!(
            place(y, x),
            vec![(ty.into(), tx.into(), vague)],
            "{y} / {x}"
        );
    };
    // Both known, and known not to nest: solid.
    for (x, y) in [
        ("Marseille", "Paris"),
        ("Vancouver", "Ontario"),
        ("Vancouver", "Victoria"),
        ("Paris", "Germany"),
        ("Bavaria", "France"),
        ("Los Angeles", "New York"),
        ("Ohio", "Texas"),
        ("Ohio", "Canada"),
        ("Tel Aviv", "Ramallah"),
        ("the Kherson region", "the Donetsk region"),
    ] {
        one(x, y, false);
    }
    // One or both unknown, and one might lie in the other: the softer kind.
    for (x, y) in [
        ("Springfield", "Shelbyville"),
        ("Vancouver", "Gastown"),
        ("Brooklyn", "Manhattan"),
        ("the Foo region", "the Bar region"),
    ] {
        one(x, y, true);
    }
    // Two counties do not nest.
    one("Orange County", "Los Angeles County", false);
    // A region or a country against a town it does not know: none.
    for (x, y) in [
        ("Qeshm", "Iran"),
        ("Bloomington", "Minnesota"),
        ("Gastown", "British Columbia"),
    ] {
        assert!(
            place(x, y).is_empty() && place(y, x).is_empty(),
            "{x} / {y}"
        );
    }
}

#[test]
fn every_name_of_the_gazetteer_is_read_as_a_place() {
    use super::gazetteer::{names, readings};
    let idf = Idf::builtin();
    let title = |n: &str, upper: bool, dot: bool| {
        let mut out = String::new();
        let mut start = true;
        for c in n.chars() {
            out.extend(if start || upper {
                c.to_uppercase().collect::<Vec<_>>()
            } else {
                vec![c]
            });
            start = matches!(c, ' ' | '-' | '.');
        }
        if dot {
            out.push('.');
        }
        out
    };
    let mut unread: Vec<&str> = Vec::new();
    for n in names() {
        let read = [(false, false), (true, false), (false, true)]
            .iter()
            .any(|&(upper, dot)| {
                let p = Prepared::new(
                    &format!("The fire started in {} on Monday.", title(n, upper, dot)),
                    idf,
                );
                super::places::place_names(&p)
                    .iter()
                    .any(|x| readings(x) == readings(n))
            });
        if !read {
            unread.push(n);
        }
    }
    assert!(unread.is_empty(), "not read as places: {unread:?}");
}

/// Trial 31, F3: a town named as one in English ("the village of Aldwick") is a place,
/// known or not; the same village on both sides, or a name after another noun ("the
/// results of Northwind"), gives no flag.
#[test]
fn a_town_named_as_one_in_english_is_a_place() {
    has_flag(
        DiscrepancyKind::Place,
        "A violent storm swept through the village of Aldwick on Tuesday night.",
        "A violent storm swept through the village of Marnholt on Tuesday night.",
        "Aldwick",
        "Marnholt",
    );
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "A violent storm swept through the village of Aldwick on Tuesday night.",
                "The storm flooded dozens of homes in Aldwick on Tuesday night.",
            ),
            (
                "The storm hit the offices of Northwind on Tuesday night.",
                "The storm hit the offices of Westline on Tuesday night.",
            ),
        ],
    );
}
