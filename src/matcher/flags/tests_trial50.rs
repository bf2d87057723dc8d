//! Flags of trial 50 (a train derailment near Pontarlier, by kind): the days two stops end
//! on are compared however the stops are told ("suspended until at least Monday" / "would
//! not run again until Wednesday at the earliest"), and such a day is not the day of what
//! happened (F2); every place of a list is read, not only the first ("hospitals in
//! Besançon and Lausanne" / "... in Besançon and Dijon", F4); a town where people were
//! treated is no place of the article's story (F5); a clause of "when" after a time tells
//! what happened at it ("happened shortly after 8:10 a.m., when the train left the line",
//! F6).

use super::article_places::{places_apart, ArticlePlaces};
use super::test_util::{flags_of, no_flag_either, prepared};
use crate::matcher::DiscrepancyKind::{self, Date, Place};

/// Asserts one flag of `kind` whose texts hold `ta` (in `a`) and `tb` (in `b`), both ways
/// round, solid or softer; returns whether it is the softer kind.
#[track_caller]
fn one_each_way(kind: DiscrepancyKind, a: &str, b: &str, ta: &str, tb: &str) -> bool {
    let mut soft = false;
    for (x, y, tx, ty) in [(a, b, ta, tb), (b, a, tb, ta)] {
        let f = flags_of(kind, x, y);
        assert!(
            f.len() == 1 && f[0].0.contains(tx) && f[0].1.contains(ty),
            "{x} / {y}: {f:?}"
        );
        soft |= f[0].2;
    }
    soft
}

#[test]
fn the_days_two_stops_end_on_are_compared_however_the_stops_are_told() {
    // Trial 50 F2, as written.
    one_each_way(
        Date,
        "Rail traffic on the line will remain suspended until at least Monday, SNCF said.",
        "SNCF said trains between Besançon and Pontarlier would not run again until Wednesday at the earliest.",
        "Monday",
        "Wednesday",
    );
    for (a, b, ta, tb) in [
        (
            "Rail traffic will remain suspended until Monday, SNCF said.",
            "Trains will not run again until Wednesday, SNCF said.",
            "Monday",
            "Wednesday",
        ),
        (
            "La circulation ferroviaire est interrompue jusqu'à lundi au moins.",
            "Les trains ne circuleront plus jusqu'à mercredi, selon la SNCF.",
            "lundi",
            "mercredi",
        ),
        (
            "Der Bahnverkehr bleibt bis mindestens Montag eingestellt.",
            "Die Züge fahren bis Mittwoch nicht.",
            "Montag",
            "Mittwoch",
        ),
        (
            "El tráfico ferroviario seguirá suspendido hasta al menos el lunes.",
            "Los trenes no volverán a circular hasta el miércoles.",
            "lunes",
            "miércoles",
        ),
        (
            "La circolazione resterà sospesa fino a lunedì.",
            "I treni non torneranno a circolare fino a mercoledì.",
            "lunedì",
            "mercoledì",
        ),
        (
            "O tráfego ferroviário ficará suspenso até pelo menos segunda-feira.",
            "Os comboios não voltarão a circular até quarta-feira.",
            "segunda-feira",
            "quarta-feira",
        ),
        (
            "Het treinverkeer blijft tot minstens maandag stilgelegd.",
            "De treinen rijden tot woensdag niet.",
            "maandag",
            "woensdag",
        ),
        // A reopening's day against the end of a stop.
        (
            "Rail traffic will remain suspended until Monday, SNCF said.",
            "SNCF said the line would reopen on Wednesday.",
            "Monday",
            "Wednesday",
        ),
    ] {
        one_each_way(Date, a, b, ta, tb);
    }
}

#[test]
fn the_day_a_stop_ends_is_not_the_day_of_what_happened() {
    no_flag_either(
        Date,
        &[
            // Trial 50 F2: the broadcaster's lead against the wire's suspension.
            (
                "Rail traffic on the line will remain suspended until at least Monday, SNCF said.",
                "Five people have died after a passenger train came off the rails near Pontarlier, in the Jura mountains of eastern France, on Thursday.",
            ),
            (
                "Rail traffic on the line will remain suspended until Monday.",
                "A train came off the rails on the line on Thursday.",
            ),
            (
                "La circulation est interrompue jusqu'à lundi sur la ligne.",
                "Un train a déraillé jeudi sur la ligne.",
            ),
            // The same end told twice, and "until now" no end.
            (
                "Rail traffic will remain suspended until Monday, SNCF said.",
                "Trains will not run again until Monday at the earliest, SNCF said.",
            ),
            // Years after "until" are the years of two facts (eval pair 26a 11-23).
            (
                "Authorities charged it was a brazen act to avoid the law - although it wasn't until 1997 that a jury agreed.",
                "He was jailed for 12 years, but it took until 2003 for the Chin to admit his sham.",
            ),
            (
                "No one had claimed the attack until now, police said on Monday.",
                "Police said on Monday no group had claimed the attack.",
            ),
        ],
    );
}

/// Asserts one solid place flag on `ta` / `tb`, both ways round.
#[track_caller]
fn solid_place_flag(a: &str, b: &str, ta: &str, tb: &str) {
    assert!(!one_each_way(Place, a, b, ta, tb), "{a} / {b}: softer");
}

#[test]
fn every_place_of_a_list_is_compared() {
    // Trial 50 F4, as written, and with the list's order swapped.
    solid_place_flag(
        "Seven of the injured were in serious condition and were flown by helicopter to hospitals in Besançon and Lausanne.",
        "Seven people with serious injuries were airlifted to hospitals in Besançon and Dijon.",
        "Lausanne",
        "Dijon",
    );
    solid_place_flag(
        "Seven of the injured were flown to hospitals in Lausanne and Besançon.",
        "Seven of the injured were flown to hospitals in Dijon and Besançon.",
        "Lausanne",
        "Dijon",
    );
    for (a, b, ta, tb) in [
        (
            "Les blessés ont été transportés à Lyon et Genève.",
            "Les blessés ont été transportés à Lyon et Zurich.",
            "Genève",
            "Zurich",
        ),
        (
            "Die Verletzten wurden in Kliniken in Lyon und Genf gebracht.",
            "Die Verletzten wurden in Kliniken in Lyon und Zürich gebracht.",
            "Genf",
            "Zürich",
        ),
        (
            "Los heridos fueron trasladados a hospitales en Lyon y Ginebra.",
            "Los heridos fueron trasladados a hospitales en Lyon y Zúrich.",
            "Ginebra",
            "Zúrich",
        ),
        (
            "I feriti sono stati trasportati a Lyon e Ginevra.",
            "I feriti sono stati trasportati a Lyon e Grenoble.",
            "Ginevra",
            "Grenoble",
        ),
        (
            "Os feridos foram levados para hospitais em Lyon e Grenoble.",
            "Os feridos foram levados para hospitais em Lyon e Marseille.",
            "Grenoble",
            "Marseille",
        ),
        (
            "De gewonden werden naar ziekenhuizen in Lyon en Genève gebracht.",
            "De gewonden werden naar ziekenhuizen in Lyon en Zürich gebracht.",
            "Genève",
            "Zürich",
        ),
    ] {
        one_each_way(Place, a, b, ta, tb);
    }
}

#[test]
fn a_list_holding_the_other_sides_places_is_no_conflict() {
    no_flag_either(
        Place,
        &[
            (
                "Seven of the injured were flown to hospitals in Besançon and Lausanne.",
                "Seven of the injured were flown to hospitals in Lausanne and Besançon.",
            ),
            (
                "Seven of the injured were flown to hospitals in Besançon and Lausanne.",
                "Seven of the injured were flown to a hospital in Lausanne.",
            ),
            // A person after "and" is no place of the list.
            (
                "The minister arrived in Lyon and Macron followed him.",
                "The minister arrived in Lyon and Dupont followed him.",
            ),
            (
                "Les blessés ont été transportés à Lyon et Genève.",
                "Les blessés ont été transportés à Genève et Lyon.",
            ),
        ],
    );
}

#[test]
fn a_town_of_treatment_is_no_place_of_the_story() {
    // Trial 50 F5: two reports of one derailment near Pontarlier.
    let a = prepared(&[
        "A regional train derailed near Pontarlier on Thursday, killing four people.",
        "The seriously injured were flown to a hospital in Lausanne.",
    ]);
    let b = prepared(&[
        "A passenger train came off the rails near Pontarlier on Thursday.",
        "The seriously injured were flown to a hospital in Dijon.",
    ]);
    assert_eq!(
        places_apart(&ArticlePlaces::of(&a), &ArticlePlaces::of(&b)),
        None
    );
    // Two events in two towns are still apart.
    let c = prepared(&[
        "A regional train derailed in Lausanne on Thursday, killing four people.",
        "The seriously injured were flown to a hospital in Bern.",
    ]);
    let d = prepared(&[
        "A passenger train came off the rails in Dijon on Thursday.",
        "The seriously injured were flown to a hospital in Lyon.",
    ]);
    assert_eq!(
        places_apart(&ArticlePlaces::of(&c), &ArticlePlaces::of(&d)),
        Some(("lausanne".into(), "dijon".into()))
    );
}

#[test]
fn two_routes_with_one_end_in_common_differ_at_the_other() {
    // Trial 50 F4: "from Besançon to Pontarlier" / "from Dijon to Pontarlier".
    for (a, b, ta, tb) in [
        (
            "The train, carrying about 120 passengers, was travelling from Besançon to Pontarlier.",
            "The train, carrying about 120 passengers, was travelling from Dijon to Pontarlier.",
            "Besançon",
            "Dijon",
        ),
        (
            "Le train circulait de Besançon à Pontarlier.",
            "Le train circulait de Dijon à Pontarlier.",
            "Besançon",
            "Dijon",
        ),
        (
            "Der Zug fuhr von Leeds nach York.",
            "Der Zug fuhr von Leeds nach Hull.",
            "York",
            "Hull",
        ),
    ] {
        one_each_way(Place, a, b, ta, tb);
    }
    no_flag_either(
        Place,
        &[
            (
                "The train was travelling from Besançon to Pontarlier.",
                "The train was travelling from Besançon to Pontarlier.",
            ),
            (
                "The train was travelling from Besançon to Pontarlier.",
                "The train was travelling from Dijon to Pontarlier via Besançon.",
            ),
            (
                "The train was travelling from Besançon to Pontarlier.",
                "The train runs between Dijon and Pontarlier.",
            ),
        ],
    );
}

#[test]
fn a_clause_of_when_after_a_time_tells_what_happened_at_it() {
    // Trial 50 F6, as written.
    for (a, b, ta, tb) in [
        (
            "Three of the train's five carriages overturned and slid down an embankment after the train left the tracks at around 7:40 a.m., the regional prefecture said.",
            "The accident happened shortly after 8:10 a.m., when the regional service from Besançon left the line on a curve and three coaches rolled onto their sides down a bank.",
            "7:40",
            "8:10",
        ),
        (
            "The train left the tracks at around 7:40 a.m., the prefecture said.",
            "The accident happened shortly after 8:10 a.m., when the train left the tracks.",
            "7:40",
            "8:10",
        ),
        (
            "Le train a déraillé vers 7 h 40, selon la préfecture.",
            "L'accident s'est produit peu après 8 h 10, lorsque le train a déraillé.",
            "7 h 40",
            "8 h 10",
        ),
        (
            "Der Zug entgleiste gegen 7.40 Uhr.",
            "Das Unglück geschah kurz nach 8.10 Uhr, als der Zug entgleiste.",
            "7.40",
            "8.10",
        ),
    ] {
        one_each_way(Date, a, b, ta, tb);
    }
    // A clause of "when" about another thing, and a clause after another comma, time
    // nothing of the other sentence.
    no_flag_either(
        Date,
        &[
            (
                "Rescuers reached the site at 9 a.m., the prefecture said.",
                "The accident happened shortly after 8:10 a.m., when the train left the line.",
            ),
            (
                "The train left Besançon at 7:40 a.m., when it was still dark.",
                "The accident happened shortly after 8:10 a.m., police said.",
            ),
            (
                "The train left the tracks at around 7:40 a.m., the prefecture said.",
                "The minister arrived at 10 a.m., after the talks, when the train left the tracks.",
            ),
        ],
    );
}

#[test]
fn two_places_a_journey_heads_for_differ_in_seven_languages() {
    // Trial 50 F4 rest (session 48), the tester's pair: 99 %, no flag.
    for (a, b, ta, tb) in [
        (
            "Sept blessés graves ont été héliportés vers Lausanne.",
            "Sept blessés graves ont été héliportés vers Dijon.",
            "Lausanne",
            "Dijon",
        ),
        (
            "Le train roulait en direction de Lausanne.",
            "Le train roulait en direction de Dijon.",
            "Lausanne",
            "Dijon",
        ),
        (
            "The injured were flown towards Lausanne.",
            "The injured were flown towards Dijon.",
            "Lausanne",
            "Dijon",
        ),
        (
            "Die Verletzten wurden nach Genf geflogen.",
            "Die Verletzten wurden nach Zürich geflogen.",
            "Genf",
            "Zürich",
        ),
        (
            "El tren circulaba rumbo a Sevilla.",
            "El tren circulaba hacia Madrid.",
            "Sevilla",
            "Madrid",
        ),
        (
            "Il treno viaggiava verso Milano.",
            "Il treno viaggiava verso Roma.",
            "Milano",
            "Roma",
        ),
        (
            "O comboio seguia rumo a Lisboa.",
            "O comboio seguia rumo ao Porto.",
            "Lisboa",
            "Porto",
        ),
        (
            "De gewonden werden naar Utrecht gebracht.",
            "De gewonden werden naar Rotterdam gebracht.",
            "Utrecht",
            "Rotterdam",
        ),
    ] {
        assert!(!one_each_way(Place, a, b, ta, tb), "{a} / {b}: softer");
    }
}

#[test]
fn one_place_headed_for_or_a_place_of_another_slot_is_no_conflict() {
    no_flag_either(
        Place,
        &[
            // The same place.
            (
                "Sept blessés graves ont été héliportés vers Lausanne.",
                "Les blessés graves ont été héliportés vers Lausanne, selon la préfecture.",
            ),
            // The other's place named too.
            (
                "Sept blessés ont été héliportés vers Lausanne.",
                "Sept blessés ont été héliportés vers Dijon, puis vers Lausanne.",
            ),
            // Where the event happened against where someone headed: two slots.
            (
                "The train derailed near Dijon.",
                "The train was heading towards Lausanne.",
            ),
            // A place the gazetteer does not know, and a time after "vers".
            (
                "Les blessés ont été héliportés vers Morteau.",
                "Les blessés ont été héliportés vers Dijon.",
            ),
            (
                "Le train a déraillé vers 7 h 40.",
                "Le train a déraillé vers 8 h 10.",
            ),
            // German "nach" of time or of a source.
            (
                "Nach Angaben der Polizei wurden zwei Menschen verletzt.",
                "Nach Angaben der Feuerwehr wurden zwei Menschen verletzt.",
            ),
        ],
    );
}
