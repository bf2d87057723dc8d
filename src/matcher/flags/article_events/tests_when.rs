//! Tests of two events of one kind in one place told apart by their time (`when.rs`,
//! trial 28 F4): other years, or weekday, time and counts all told otherwise at once;
//! a toll update on a later weekday and two leads of one year stay together.

use super::tests::{apart, together};

/// Trial 28's leads: a quake in Elazig province in 2020 (`quake_a.txt`) ...
const ELAZIG_2020: [&str; 3] = [
    "Strong earthquake kills at least 40 in eastern Turkey",
    "A magnitude 6.8 earthquake struck eastern Turkey on Tuesday night, killing at least 40 people and injuring hundreds.",
    "The quake hit at 20:55 local time near the town of Sivrice in Elazig province, the disaster agency AFAD said.",
];

/// ... and one there in 2010 (`quake_2010_elazig.txt`): other magnitude, toll, weekday
/// and time, one province.
const ELAZIG_2010: [&str; 3] = [
    "Earthquake kills 51 in eastern Turkey",
    "A magnitude 6.0 earthquake struck eastern Turkey on Monday morning, killing 51 people and injuring dozens.",
    "The quake hit at 04:32 local time near the village of Okcular in Elazig province, the disaster agency said.",
];

#[test]
fn two_quakes_in_one_province_with_other_core_facts_are_apart() {
    let (a, b) = apart(&ELAZIG_2020, &ELAZIG_2010).expect("apart");
    assert!(a.ends_with("tuesday") && b.ends_with("monday"), "{a} / {b}");
}

#[test]
fn leads_dated_to_other_years_are_apart() {
    // Years in the leads, one place.
    let a = ["A magnitude 6.0 earthquake struck Elazig province in March 2010, killing 51 people."];
    let b = [
        "A magnitude 6.8 earthquake struck Elazig province on January 24, 2020, killing at least 40 people.",
    ];
    assert!(apart(&a, &b).is_some());
    // A dateline against a dateline ten years later, in French.
    let a = [
        "9 mars 2010",
        "Un séisme de magnitude 6,0 a frappé la province d'Elazig.",
    ];
    let b = [
        "25 janvier 2020",
        "Un séisme de magnitude 6,8 a frappé la province d'Elazig.",
    ];
    assert!(apart(&a, &b).is_some());
}

#[test]
fn a_toll_update_on_a_later_weekday_stays_with_its_event() {
    // Same quake, told a day later: another toll and weekday, no other time or measure.
    let update = [
        "Death toll from Turkish quake rises to 43",
        "The number of dead from the earthquake in Elazig has risen to 43, officials said on Wednesday.",
        "Its epicentre was close to Sivrice, a lakeside district.",
    ];
    // A later weekday and a revised magnitude, but one clock time.
    let revised = [
        "Death toll from Turkish quake rises to 43",
        "The 6.7 magnitude quake that struck at 20:55 has killed 43 people, officials said on Wednesday.",
    ];
    together(&ELAZIG_2020, &[&update, &revised]);
}

#[test]
fn leads_of_one_year_or_a_year_and_its_dateline_stay_together() {
    let a = ["A magnitude 6.8 earthquake struck Elazig province in January 2020, killing at least 40 people."];
    let b = [
        "A magnitude 6.8 earthquake struck Elazig province on January 24, 2020, killing 41 people.",
    ];
    assert_eq!(apart(&a, &b), None);
    // An event of late December told under a January dateline.
    let a = ["A gas blast destroyed a block of flats in Elazig on December 31, 2019."];
    let b = [
        "Published: January 2, 2020",
        "A gas blast destroyed a block of flats in Elazig.",
    ];
    assert_eq!(apart(&a, &b), None);
    // A year after "since" is history, not the event's year.
    let a = ["The blast was the deadliest in Elazig since 2003."];
    let b = ["A gas blast killed 12 people in Elazig in 2020."];
    assert_eq!(apart(&a, &b), None);
}

/// Trial 29's run-off leads (`election_a.txt`, now, no year written) ...
const RUNOFF_NOW: [&str; 4] = [
    "Ruiz wins Valdoria presidency in tight run-off",
    "Former mayor Elena Ruiz won Valdoria's presidential run-off on Sunday, 9 June, defeating incumbent Tomás Ortega.",
    "Ruiz took 52.3 percent of the vote against 47.7 percent for Ortega, the electoral commission said on Monday.",
    "Turnout was more than 60 percent, the highest since 2015.",
];

/// ... the run-off of 2019 in the same country (`election_other_year.txt`) ...
const RUNOFF_2019: [&str; 4] = [
    "Ortega re-elected as Valdoria president",
    "President Tomás Ortega won a second term in Valdoria's presidential run-off on Sunday, 11 June 2019, defeating challenger Luis Ferrer.",
    "Ortega took 55.1 percent of the vote against 44.9 percent for Ferrer, the electoral commission said on Monday.",
    "Turnout was about 54 percent.",
];

/// ... and another outlet's report of the run-off of now (`election_b.txt`).
const RUNOFF_NOW_OTHER_OUTLET: [&str; 4] = [
    "Ortega ousted as challenger claims narrow victory",
    "Valdorians voted out President Tomás Ortega in Saturday's second round, handing the presidency to his challenger Elena Ruiz.",
    "Official results published Monday gave Ruiz 51.8% of ballots cast, with the incumbent on 48.2%.",
    "Participation reached 61.4%, officials said.",
];

#[test]
fn a_year_in_one_lead_with_other_dates_people_and_figures_is_another_event() {
    // Trial 29 F4: one lead dated to 2019, the other to no year; another day of June,
    // another challenger, other shares of the vote.
    let (a, b) = apart(&RUNOFF_NOW, &RUNOFF_2019).expect("apart");
    assert!(b.ends_with("2019") && !a.contains("2019"), "{a} / {b}");
    // The side with the year shows a place beside it, never the year alone.
    assert!(b.contains(", "), "{b}");
    // A company's cuts in 2016 and its cuts now: nearly every figure of the lead other.
    let now = [
        "Nordtek to cut 1,200 jobs after profit slumps",
        "Nordtek, the Finnish telecoms equipment maker, said on Thursday it would cut 1,200 jobs after its quarterly profit fell by 12 percent.",
        "Operating profit dropped to €410 million in the third quarter from €466 million a year earlier.",
        "Sales fell 8 percent to €5.2 billion, below analysts' forecasts.",
    ];
    let then = [
        "Nordtek to cut 900 jobs as profit falls",
        "Nordtek, the Finnish telecoms equipment maker, said on Thursday it would cut 900 jobs after its quarterly profit fell by 20 percent.",
        "Operating profit dropped to €520 million in the second quarter of 2016 from €650 million a year earlier.",
        "Sales fell 10 percent to €5.9 billion.",
    ];
    assert!(apart(&now, &then).is_some());
}

#[test]
fn a_year_in_one_lead_of_the_same_event_stays_with_it() {
    // The same run-off, one outlet writing its year: another weekday and other shares
    // (one counts the ballots cast), but the same people and a weekday in common.
    let dated: Vec<String> = RUNOFF_NOW
        .iter()
        .map(|s| s.replace("9 June,", "9 June 2024,"))
        .collect();
    let dated: Vec<&str> = dated.iter().map(String::as_str).collect();
    assert_eq!(apart(&dated, &RUNOFF_NOW_OTHER_OUTLET), None);
    // A toll update: a year in one lead, other figures of the toll, the same people.
    let first = [
        "At least 17 people were killed when a train derailed near Larissa on 28 February 2023.",
        "More than 40 people were injured, the fire service said.",
    ];
    let update = [
        "The death toll from the derailment near Larissa has risen to 21, officials said on Wednesday.",
        "Some 60 people were injured.",
    ];
    assert_eq!(apart(&first, &update), None);
}

/// Trial 32 F2: two fires in one city told in one wire's words, months apart. A clock
/// time's minutes ("about 5:40 a.m.") are no count ("Around 40 firefighters"), and a day
/// of the month tells no more than a weekday.
#[test]
fn two_fires_in_one_city_in_one_wire_style_are_apart() {
    let a = [
        "Four dead after blaze tears through Leeds textile factory",
        "LEEDS, England, March 3 (Northern Wire) - Four workers were killed and 11 others injured when a fire swept through a textile factory in the Armley district of Leeds early on Tuesday morning, officials said.",
        "The blaze broke out at about 5:40 a.m. in a storage area on the ground floor of the three-storey building on Canal Road.",
        "Around 60 firefighters and 12 fire engines were sent to the scene, West Yorkshire Fire and Rescue Service said.",
    ];
    let b = [
        "Two killed in Leeds warehouse fire",
        "LEEDS, England, Nov 18 (Northern Wire) - Two workers were killed and five others injured when a fire swept through a furniture warehouse in the Hunslet district of Leeds on Sunday evening, officials said.",
        "The blaze broke out at about 7:15 p.m. in a loading bay at the rear of the two-storey building on Balm Road.",
        "Around 40 firefighters and eight fire engines were sent to the scene, West Yorkshire Fire and Rescue Service said.",
    ];
    let (la, lb) = apart(&a, &b).expect("two fires apart");
    assert!(
        la.ends_with("tuesday") && lb.ends_with("sunday"),
        "{la} / {lb}"
    );
    // One fire told by two outlets: the same counts, weekday and time; a later report's
    // toll update on another day keeps it together.
    let update = [
        "Death toll in Leeds factory fire rises to five",
        "LEEDS, England, March 4 (Northern Wire) - A fifth worker has died after a fire swept through a textile factory in the Armley district of Leeds early on Tuesday morning, officials said on Wednesday.",
        "The blaze broke out at about 5:40 a.m. in a storage area on the ground floor.",
        "Around 60 firefighters were sent to the scene.",
    ];
    assert_eq!(apart(&a, &update), None);
}

#[test]
fn an_article_names_a_place_as_whole_words_in_a_row_whatever_its_hashes() {
    let texts = [
        "Police were called to Thornton Heath High Street on Friday.",
        "Der Täter floh nach Köln, sagte die Polizei.",
    ];
    super::tests::with_lead(&texts, |lead| {
        // Named: whole words in a row, in any sentence, lower case.
        for place in ["thornton heath", "heath high street", "köln", "polizei"] {
            assert!(lead.names(place), "{place}");
        }
        // Not named: another place, the words in another order or not whole, nothing.
        for place in [
            "croydon",
            "heath thornton",
            "thornton street",
            "heat",
            "koln",
            "",
        ] {
            assert!(!lead.names(place), "{place}");
        }
    });
}
