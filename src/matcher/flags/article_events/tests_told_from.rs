//! Tests of leads told apart by their datelines and by the people they name in the same
//! roles (`told_from.rs`; trial 39, N1).

use super::tests::{apart, together};

const LONDON: &str = "LONDON, Dec 4 (Reuters) - A London court on Thursday sentenced former \
mayor Daniel Whitford to eight years in prison for taking bribes worth 1.2 million pounds.";
const MANCHESTER: &str = "MANCHESTER, Nov 20 (Reuters) - A Manchester court on Wednesday \
sentenced former council leader Paul Brennan to eight years in prison for taking bribes \
worth 1.2 million pounds.";

#[test]
fn datelines_of_two_cities_weeks_apart_part_leads_that_share_a_figure() {
    assert_eq!(
        apart(
            &["Former mayor jailed", LONDON],
            &["Former leader jailed", MANCHESTER]
        ),
        Some(("london".into(), "manchester".into()))
    );
}

#[test]
fn one_event_filed_from_two_cities_on_one_date_stays_together() {
    // Two outlets file one trial from two cities: the same date, weekday and defendant.
    let filed = "MANCHESTER, Dec 4 (Reuters) - A court on Thursday sentenced former mayor \
Daniel Whitford to eight years in prison.";
    assert_eq!(
        apart(&["Former mayor jailed", LONDON], &["Mayor jailed", filed]),
        None
    );
    // A dateline's place alone, no date: no other time, no other people.
    let undated = "MANCHESTER (Reuters) - A court on Thursday sentenced the former mayor to \
eight years in prison.";
    assert_eq!(
        apart(&["Former mayor jailed", LONDON], &["Mayor jailed", undated]),
        None
    );
}

#[test]
fn other_people_in_the_same_roles_on_other_weekdays_are_two_events() {
    let a = [
        "A court on Thursday sentenced former mayor Daniel Whitford to eight years.",
        "Judge Helen Marsh told the court that Whitford had betrayed the borough.",
        "The jury acquitted his former deputy, Karen Olsen, of all charges.",
    ];
    let b = [
        "A court on Wednesday sentenced former council leader Paul Brennan to eight years.",
        "Judge Alan Reid told the court that Brennan had betrayed the city.",
        "The jury acquitted his former aide, Simon Kerr, of all charges.",
    ];
    assert_eq!(apart(&a, &b), Some(("thursday".into(), "wednesday".into())));
    // The same judge: one trial, whatever the weekdays say.
    let same_judge = [
        b[0],
        "Judge Helen Marsh told the court that Brennan had betrayed the city.",
    ];
    assert_eq!(apart(&a, &same_judge), None);
}

const ORVIK: &str = "ORVIK (AP) - Hackers attacked the Orvik General Hospital on Sunday night, \
the hospital said, and demanded a ransom of $4 million.";

#[test]
fn the_sides_of_a_deal_swapped_and_another_sum_part_leads_of_one_day() {
    // Session 41 (trial 42, m1/m3): one day, two cities, the same two companies; the buyer
    // of one is the target of the other and the sums differ.
    let a = "ZURICH, Dec 3 (Reuters) - Swiss drugmaker Novaris AG agreed on Wednesday to buy \
U.S. biotech firm Helixa Therapeutics for $12.4 billion in cash.";
    let b = "BOSTON, Dec 3 (Reuters) - Helixa Therapeutics agreed on Wednesday to buy the gene \
therapy unit of Swiss drugmaker Novaris AG for $2.1 billion in cash.";
    assert!(apart(
        &["Novaris to buy Helixa", a],
        &["Helixa to buy Novaris unit", b]
    )
    .is_some());
    // Near case: the same deal told from another city, the same buyer, another rounding.
    let same = "NEW YORK, Dec 3 (Reuters) - Novaris AG agreed on Wednesday to acquire Helixa \
Therapeutics for about $12 billion.";
    assert_eq!(
        apart(
            &["Novaris to buy Helixa", a],
            &["Novaris buys Helixa", same]
        ),
        None
    );
}

#[test]
fn two_nights_and_two_ransoms_part_one_place_a_follow_up_names_the_same_night() {
    // Session 41 (trial 43, h1/h4): one dateline city, the attack on other nights, other
    // ransoms.
    let other = "ORVIK (AP) - Hackers attacked the Orvik General Hospital on Wednesday night, \
the hospital said, and demanded a ransom of $1 million.";
    assert!(apart(
        &["Hospital hit by hackers", ORVIK],
        &["Hospital hit by hackers", other]
    )
    .is_some());
    // Near case: filed a day later, the same Sunday night, a later toll of patients moved
    // and the ransom told again.
    let next = "ORVIK (AP) - The Orvik General Hospital was still working on paper on Monday \
after hackers attacked it on Sunday night and demanded $4 million.";
    assert_eq!(
        apart(
            &["Hospital hit by hackers", ORVIK],
            &["Hospital still on paper", next]
        ),
        None
    );
    // Near case: one attack told a day later with the ransom raised, the Sunday attack
    // named again ("the attack on Sunday night"): one event.
    let raised = "ORVIK (AP) - The hackers who attacked the Orvik General Hospital on Sunday \
night raised their ransom demand to $6 million on Monday.";
    assert_eq!(
        apart(
            &["Hospital hit by hackers", ORVIK],
            &["Ransom raised", raised]
        ),
        None
    );
}

#[test]
fn an_undated_leads_town_parts_it_from_a_dateline_elsewhere() {
    // Trial 44, 1: the undated lead's place ("in Marl", a town the gazetteer does not
    // know) counts as its dateline; other weekdays and counts.
    let marl = [
        "Fire at chemical plant injures seven workers",
        "A fire broke out at a chemical plant in Marl on Tuesday, injuring seven workers.",
        "About 120 firefighters brought the blaze under control by the evening.",
    ];
    let leverkusen = [
        "Fire at German chemical plant injures workers",
        "LEVERKUSEN, Germany (AP) \u{2014} A fire broke out at a chemical plant on Friday, \
injuring four workers.",
        "About 80 firefighters brought the blaze under control by the evening.",
    ];
    assert_eq!(
        apart(&marl, &leverkusen),
        Some(("marl".into(), "leverkusen".into()))
    );
    let marl_de = [
        "Brand in Chemiewerk verletzt sieben Arbeiter",
        "In einem Chemiewerk in Marl ist am Dienstag ein Feuer ausgebrochen, sieben Arbeiter \
wurden verletzt.",
        "Rund 120 Feuerwehrleute brachten den Brand bis zum Abend unter Kontrolle.",
    ];
    let leverkusen_de = [
        "Brand in Chemiewerk verletzt Arbeiter",
        "Leverkusen (dpa) - In einem Chemiewerk ist am Freitag ein Feuer ausgebrochen, vier \
Arbeiter wurden verletzt.",
        "Rund 80 Feuerwehrleute brachten den Brand bis zum Abend unter Kontrolle.",
    ];
    assert_eq!(
        apart(&marl_de, &leverkusen_de),
        Some(("marl".into(), "leverkusen".into()))
    );
}

#[test]
fn an_undated_leads_town_in_the_other_dateline_or_a_town_in_passing_stays_together() {
    // The same town in the dateline of one and the text of the other: one fire.
    let marl = [
        "Fire at chemical plant injures seven workers",
        "A fire broke out at a chemical plant in Marl on Tuesday, injuring seven workers.",
        "The smoke could be seen in Recklinghausen, residents said.",
    ];
    let filed = [
        "Seven hurt in German plant fire",
        "MARL, Germany (AP) \u{2014} A fire broke out at a chemical plant, injuring five \
workers, the city said on Wednesday.",
    ];
    assert_eq!(apart(&marl, &filed), None);
    let marl_de = [
        "Brand in Chemiewerk verletzt sieben Arbeiter",
        "In einem Chemiewerk in Marl ist am Dienstag ein Feuer ausgebrochen, sieben Arbeiter \
wurden verletzt.",
    ];
    let filed_de = [
        "Fünf Verletzte bei Brand in Chemiewerk",
        "Marl (dpa) - Bei einem Brand in einem Chemiewerk sind fünf Arbeiter verletzt worden, \
teilte die Stadt am Mittwoch mit.",
    ];
    assert_eq!(apart(&marl_de, &filed_de), None);
}

#[test]
fn two_winners_of_one_cup_final_are_two_finals() {
    // Trial 44, 3: one cup, one stadium, a Saturday each; other winners.
    let bayern = [
        "Bayern win the DFB-Pokal",
        "Bayern Munich won the DFB-Pokal final 3-1 against RB Leipzig in Berlin on Saturday.",
        "Harry Kane scored twice in the first half.",
    ];
    let leipzig = [
        "Leipzig win the DFB-Pokal",
        "RB Leipzig won the DFB-Pokal final 1-0 against Eintracht Frankfurt in Berlin on \
Saturday.",
        "Christopher Nkunku scored the only goal in the first half.",
    ];
    assert_eq!(
        apart(&bayern, &leipzig),
        Some(("bayern".into(), "leipzig".into()))
    );
    // Near case: the same final told by another outlet, in other words.
    let told = [
        "Kane double gives Bayern the cup",
        "BERLIN (Reuters) - Harry Kane scored twice as Bayern Munich beat RB Leipzig 3-1 in \
the German Cup final on Saturday.",
    ];
    // Near case: the loser told as the side that lost the final.
    let lost = [
        "Leipzig lose the cup final",
        "RB Leipzig lost the DFB-Pokal final 3-1 to Bayern Munich in Berlin on Saturday.",
    ];
    together(&bayern, &[&told, &lost]);
}

#[test]
fn two_winners_of_one_cup_final_are_two_finals_in_spanish() {
    let betis = [
        "El Betis gana la Copa del Rey",
        "El Betis ganó la final de la Copa del Rey por 2-1 ante el Valencia en Sevilla el sábado.",
    ];
    let athletic = [
        "El Athletic gana la Copa del Rey",
        "El Athletic ganó la final de la Copa del Rey por 1-0 ante el Mallorca en Sevilla el \
sábado.",
    ];
    assert!(apart(&betis, &athletic).is_some());
    let same = [
        "El Betis, campeón de Copa",
        "El Valencia perdió la final de la Copa del Rey por 2-1 ante el Betis el sábado.",
    ];
    assert_eq!(apart(&betis, &same), None);
}

#[test]
fn this_years_race_and_last_years_are_two_races() {
    // Trial 43, n2/n4: this year's winner, and last year's in passing.
    let this_year = [
        "Kiprop wins Berlin Marathon",
        "Kenya's Daniel Kiprop won the Berlin Marathon on Sunday in 2 hours, 3 minutes and 12 \
seconds.",
        "Last year's winner, Tadese Bekele, finished fourth.",
    ];
    let last_year = [
        "Bekele wins Berlin Marathon",
        "Ethiopia's Tadese Bekele won the Berlin Marathon on Sunday in 2 hours, 4 minutes and \
1 second.",
        "He pulled away from Kenya's Amos Kiplagat after 30 kilometres.",
    ];
    assert_eq!(
        apart(&this_year, &last_year),
        Some(("kiprop".into(), "bekele".into()))
    );
    // Near case: this year's race told by another outlet, last year's winner named too.
    let told = [
        "Kiprop takes Berlin title",
        "BERLIN (AP) \u{2014} Daniel Kiprop of Kenya won the Berlin Marathon on Sunday, \
finishing in 2:03:12.",
        "Defending champion Tadese Bekele was fourth.",
    ];
    assert_eq!(apart(&this_year, &told), None);
}

/// The race of the last test told again the day after, with a past winner named in
/// background in `past` ("Last year Tadese Bekele won the Berlin Marathon.").
fn day_after(past: &str) -> [&str; 3] {
    [
        "Kiprop savours victory",
        "Daniel Kiprop said on Monday that his victory was the best day of his career.",
        past,
    ]
}

#[test]
fn a_past_winner_named_in_background_parts_no_two_reports_of_one_race() {
    // Review of session 42: the sides of a result were read in every lead sentence, a
    // past result's too ("Last year Tadese Bekele won the Berlin Marathon" against "Kiprop
    // won the Berlin Marathon on Sunday": two winners of one race, two events).
    let race = [
        "Kiprop wins Berlin Marathon",
        "Kenya's Daniel Kiprop won the Berlin Marathon on Sunday in 2:03:12.",
    ];
    let cup = [
        "Bayern win the cup",
        "BERLIN (Reuters) - Bayern Munich beat RB Leipzig 3-1 in the German Cup final on \
Saturday.",
    ];
    let cup_day_after = [
        "Kane hails Bayern",
        "Harry Kane said on Sunday that the cup win was deserved.",
        "Last year RB Leipzig won the German Cup final 1-0 against Eintracht Frankfurt.",
    ];
    let timestamped = [
        "Published: September 29, 2025",
        "Kiprop savours victory",
        "Daniel Kiprop said on Monday that his victory was the best day of his career.",
        "Tadese Bekele won the Berlin Marathon in 2023.",
    ];
    together(
        &race,
        &[
            &day_after("Last year Tadese Bekele won the Berlin Marathon."),
            &day_after("Tadese Bekele won the Berlin Marathon two years ago."),
            &day_after("L'an dernier, Tadese Bekele won the Berlin Marathon."),
            &timestamped,
        ],
    );
    together(&cup, &[&cup_day_after]);
    // Near cases: another winner of the race told as the story's (no other time in its
    // sentence), or in the year the article is written, is another race.
    let other = day_after("Tadese Bekele won the Berlin Marathon on Sunday.");
    assert!(apart(&race, &other).is_some());
    let this_year = [
        "Published: September 29, 2025",
        "Bekele wins Berlin Marathon",
        "Tadese Bekele won the Berlin Marathon in 2025.",
    ];
    assert!(apart(&race, &this_year).is_some());
}
