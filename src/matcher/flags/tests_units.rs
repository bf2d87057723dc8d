//! Tests of the number flags on figures with no counted noun ("rose to 12."), on units and
//! currencies (`units.rs`), on fractions, "no one", "two dozen", tallies said with "to" and
//! on figures that are no counts (clock times, ordinals, "Section 17").

use super::test_util::{no_number_flag, number_flags, one_flag};

#[test]
fn a_figure_with_no_counted_noun_compares_by_the_words_around_it() {
    for (a, b, ta, tb) in [
        (
            "The death toll rose to 12 on Monday.",
            "The death toll rose to 15 on Monday.",
            "12",
            "15",
        ),
        (
            "The death toll from the fire is 12.",
            "The death toll from the fire is 15.",
            "12",
            "15",
        ),
        (
            "The gunman opened fire in the market, killing 12.",
            "The gunman opened fire in the market, killing 15.",
            "12",
            "15",
        ),
        (
            "The quake measured 6.1 on the Richter scale.",
            "The quake measured 5.9 on the Richter scale.",
            "6.1",
            "5.9",
        ),
    ] {
        one_flag(a, b, ta, tb, false);
    }
    // The same figure agrees; figures about other things are not compared.
    no_number_flag(
        "The death toll rose to 12 on Monday.",
        "The death toll rose to 12 on Monday, officials said.",
    );
    no_number_flag(
        "The quake measured 6.1 on the Richter scale.",
        "Rescuers found 5 survivors.",
    );
    // A name with a number, an ordinal and the word "one" are no counts to compare.
    no_number_flag(
        "The men were held under Section 17 of the Terrorism Act.",
        "The men were held under Section 41 of the Terrorism Act.",
    );
    no_number_flag(
        "Jackman was announced as the host of the 81st Academy Awards.",
        "It was announced that one of our own will be the host.",
    );
}

#[test]
fn a_counted_noun_is_never_across_punctuation() {
    one_flag(
        "The death toll from the blast has risen to 12, officials said.",
        "The death toll from the blast has risen to 15, officials said.",
        "12",
        "15",
        false,
    );
    one_flag(
        "The earthquake, which measured 6.1, struck southern Iran on Sunday.",
        "The earthquake, which measured 5.9, struck southern Iran on Sunday.",
        "6.1",
        "5.9",
        false,
    );
    // An age between commas is the age of the word before it.
    one_flag(
        "The gunman, 27, opened fire in the market.",
        "The gunman, 29, opened fire in the market.",
        "gunman, 27",
        "gunman, 29",
        false,
    );
    no_number_flag(
        "John Jenkin, 23, was arrested after police found two women dead.",
        "His sister Katie Jenkin, 20, was found dead.",
    );
}

#[test]
fn a_currency_sign_or_a_unit_is_what_a_figure_counts() {
    one_flag(
        "Thieves stole jewellery worth €103 million.",
        "Thieves stole jewellery worth €88 million.",
        "€103 million",
        "€88 million",
        false,
    );
    one_flag(
        "Microsoft agreed to buy the company for $7.5 billion.",
        "Microsoft agreed to buy the company for $8.5 billion.",
        "$7.5 billion",
        "$8.5 billion",
        false,
    );
    // The same figure in another unit of the same dimension differs.
    one_flag(
        "The company paid $5 million for the land last year.",
        "The company paid €5 million for the land last year.",
        "$5 million",
        "€5 million",
        false,
    );
    one_flag(
        "The epicentre was 60 km from the city centre, officials said.",
        "The epicentre was 60 miles from the city centre, officials said.",
        "60 km",
        "60 miles",
        false,
    );
    // Another figure in another unit may be the same distance converted; one unit
    // spelled two ways is one unit.
    no_number_flag(
        "The epicentre was 58 km from the city centre.",
        "The epicentre was 36 miles from the city centre.",
    );
    no_number_flag(
        "The epicentre was 60 km from the city centre.",
        "The epicentre was 60 kilometres from the city centre.",
    );
    no_number_flag(
        "Thieves stole jewellery worth $5 million.",
        "Thieves stole jewellery worth 5 million dollars.",
    );
    // The size of a change and the level reached are two facts.
    let flags = number_flags(
        "Shares of Cellegy were down $2.04 to $3.18 in midday trading.",
        "Shares of Cellegy plunged $1.99 to $3.23 on Monday.",
    );
    let texts: Vec<_> = flags.iter().map(|f| (f.0.as_str(), f.1.as_str())).collect();
    assert_eq!(texts, vec![("$2.04", "$1.99"), ("$3.18", "$3.23")]);
}

#[test]
fn no_one_two_dozen_and_fractions_are_counts() {
    one_flag(
        "No one was killed in the blast at the factory.",
        "Two people were killed in the blast at the factory.",
        "No one",
        "Two people",
        false,
    );
    no_number_flag(
        "Two dozen people were injured in the blast.",
        "24 people were injured in the blast.",
    );
    // Trial 27: German and Spanish dozens.
    no_number_flag(
        "Zwei Dutzend Menschen wurden bei der Explosion verletzt.",
        "24 Menschen wurden bei der Explosion verletzt.",
    );
    no_number_flag(
        "Una docena de personas resultaron heridas en la explosión.",
        "12 personas resultaron heridas en la explosión.",
    );
    one_flag(
        "Zwei Dutzend Menschen wurden bei der Explosion verletzt.",
        "30 Menschen wurden bei der Explosion verletzt.",
        "Zwei Dutzend Menschen",
        "30 Menschen",
        false,
    );
    one_flag(
        "More than two dozen people were injured in the blast.",
        "Thirty people were injured in the blast.",
        "More than two dozen people",
        "Thirty people",
        true,
    );
    one_flag(
        "A third of the 90 passengers were injured in the crash.",
        "Half of the 90 passengers were injured in the crash.",
        "A third",
        "Half",
        false,
    );
    no_number_flag(
        "Two thirds of the voters backed the plan.",
        "Two thirds of the voters backed the plan on Monday.",
    );
    no_number_flag(
        "Half of the songs were sold as albums.",
        "50 percent of the songs were sold as albums.",
    );
}

#[test]
fn a_tally_said_with_to_is_a_score() {
    one_flag(
        "The vote passed by 52 to 48 in the Senate.",
        "The vote passed by 51 to 49 in the Senate.",
        "52 to 48",
        "51 to 49",
        false,
    );
    no_number_flag(
        "The vote passed by 52 to 48 in the Senate.",
        "The vote passed 48-52 in the Senate.",
    );
    one_flag(
        "Advancing issues outnumbered decliners about 8 to 5 on the exchange.",
        "Advancing issues outnumbered decliners 3 to 1 on the exchange.",
        "about 8 to 5",
        "3 to 1",
        true,
    );
}

#[test]
fn a_telephone_number_is_no_count() {
    no_number_flag(
        "Anyone with information can call O'Shea at 561-688-4068.",
        "Anyone with information can call Detective Umphrey at 688-4163.",
    );
}

#[test]
fn a_clock_time_is_no_count() {
    no_number_flag(
        "The quake struck at 14:08 local time on 9 September.",
        "The quake struck at 11:25 local time on 9 September.",
    );
    no_number_flag(
        "Early voting will run from 8 a.m. to 5 p.m. on Monday.",
        "Early voting will run from 7 a.m. to 7 p.m. on Monday.",
    );
    no_number_flag(
        "SSE shares were at 654 pence by 1018 GMT.",
        "SSE shares were at 654 pence by 0835 GMT.",
    );
}

#[test]
fn a_verb_after_a_figure_is_no_part_of_its_text() {
    // Trial 11: "Twelve died ≠ Fifteen died", "6.1 struck ≠ 5.9 struck", "to 12 ≠ to 15".
    one_flag(
        "Twelve died when the gunman opened fire in the market.",
        "Fifteen died when the gunman opened fire in the market.",
        "Twelve",
        "Fifteen",
        false,
    );
    one_flag(
        "An earthquake measuring 6.1 struck southern Iran.",
        "An earthquake measuring 5.9 struck southern Iran.",
        "6.1",
        "5.9",
        false,
    );
    one_flag(
        "Twelve were killed in the blast on Monday.",
        "Fifteen were killed in the blast on Monday.",
        "Twelve",
        "Fifteen",
        false,
    );
    // "up to" is a bound and stays in the text; the "to" of "talked to" does not. (Two
    // different maxima: the solid flag since trial 38 F8.)
    one_flag(
        "Up to 12 people were hurt in the blast.",
        "Up to 15 people were hurt in the blast.",
        "Up to 12 people",
        "Up to 15 people",
        false,
    );
}

#[test]
fn a_sum_paid_for_a_thing_the_other_never_names_is_another_sum() {
    // Trial 11 (claims-train): a fund of $50 million and payments of $500 each were
    // flagged "$50 million ≠ $500".
    no_number_flag(
        "A group of partners is providing an additional $50 million to distribute to families of immigrants.",
        "California is rolling out a program to aid immigrants with $500 cash payments.",
    );
    // The same thing named on both sides still compares, with or without the word right
    // after the other sum.
    one_flag(
        "The state gave families $500 cash payments.",
        "The state gave families $600 cash payments.",
        "$500",
        "$600",
        false,
    );
    one_flag(
        "The state gave families $500 in cash.",
        "The state gave families $600 cash payments.",
        "$500",
        "$600",
        false,
    );
    // A verb or a word of when after a sum says nothing of what it pays for.
    one_flag(
        "The record of $54.9 million was set by Austin Powers.",
        "The record of $54.9 set by Austin Powers stood for years.",
        "$54.9 million",
        "$54.9",
        false,
    );
}

#[test]
fn european_figures_and_fractions_are_read() {
    // A decimal comma, thousands parted by spaces or dots, "2 millions": one figure.
    let fr = |n: &str| format!("Environ {n} de personnes vivent dans la région.");
    for (a, b) in [
        ("1,5 million", "1 500 000"),
        ("1,5 million", "1.500.000"),
        ("2 millions", "2 000 000"),
        ("trois", "3"),
    ] {
        no_number_flag(&fr(a), &fr(b));
    }
    no_number_flag(
        "Wyeth estimates that 1,2 million women are still taking the pills.",
        "Wyeth estimates that 1.2 million women are still taking the pills.",
    );
    // A German noun, capitalised, is the counted noun.
    one_flag(
        "Drei Menschen starben bei dem Brand.",
        "Fünf Menschen starben bei dem Brand.",
        "Drei Menschen",
        "Fünf Menschen",
        false,
    );
    one_flag(
        "Trois personnes sont mortes dans l'incendie.",
        "Cinq personnes sont mortes dans l'incendie.",
        "Trois personnes",
        "Cinq personnes",
        false,
    );
    // A vulgar fraction, glued or spaced.
    for half in ["2½", "2 ½"] {
        let a = format!("About {half} million people live in the region.");
        no_number_flag(&a, "About 2.5 million people live in the region.");
        no_number_flag(&a, "About 2,500,000 people live in the region.");
        assert_eq!(
            number_flags(&a, "About 3 million people live in the region.").len(),
            1,
            "{a}"
        );
    }
    // A thousands comma stays one ("1,500 cars").
    one_flag(
        "The firm sold 1,500 cars in May.",
        "The firm sold 1,600 cars in May.",
        "1,500 cars",
        "1,600 cars",
        false,
    );
}

#[test]
fn an_apostrophe_groups_thousands() {
    // Swiss and Liechtenstein style, straight or curly: one figure.
    let strike = |n: &str| format!("The strike involved {n} workers, the union said.");
    for swiss in ["1'500", "1’500"] {
        no_number_flag(&strike(swiss), &strike("1,500"));
        no_number_flag(&strike(swiss), &strike("1.500"));
        one_flag(
            &strike(swiss),
            &strike("1,600"),
            &format!("{swiss} workers"),
            "1,600 workers",
            false,
        );
    }
    no_number_flag(&strike("12'345'678"), &strike("12,345,678"));
    let paid = |n: &str| format!("Each worker was paid CHF {n} in compensation.");
    no_number_flag(&paid("1'234.50"), &paid("1,234.50"));
    // Told to the thousand, "1'500" is no rounder than "1,500".
    one_flag(
        &strike("1'500"),
        &strike("1,512"),
        "1'500 workers",
        "1,512 workers",
        false,
    );
    // Quotation marks and possessives around figures are no grouping.
    no_number_flag(
        "'500 workers' were on strike, he said.",
        "500 workers were on strike, he said.",
    );
    no_number_flag(
        "The fashion of the '90s returned in 2019.",
        "The fashion of the 1990s returned in 2019.",
    );
}

#[test]
fn a_rounded_price_is_the_softer_kind() {
    // A price told to fewer decimals that the other rounds to: dashed, as a hedged
    // figure is; a currency after its country's name is money too ("Swiss francs": not
    // 1,325 francs counted as things).
    for (a, b, ta, tb) in [
        (
            "The euro rose to $1.085 on Monday.",
            "The euro rose to $1.09 on Monday.",
            "$1.085",
            "$1.09",
        ),
        (
            "Gas rose to $3.499 a gallon.",
            "Gas rose to $3.50 a gallon.",
            "$3.499",
            "$3.50",
        ),
        (
            "The dollar bought 1.325 Swiss francs on Friday.",
            "The dollar bought 1.33 Swiss francs on Friday.",
            "1.325 Swiss francs",
            "1.33 Swiss francs",
        ),
    ] {
        one_flag(a, b, ta, tb, true);
    }
    no_number_flag(
        "The dollar bought 1.325 Swiss francs on Friday.",
        "The dollar bought 1.3250 Swiss francs on Friday.",
    );
    // Told to the same place, or not rounding to the other: solid.
    one_flag(
        "The dollar bought 1.325 Swiss francs on Friday.",
        "The dollar bought 1.345 Swiss francs on Friday.",
        "1.325 Swiss francs",
        "1.345 Swiss francs",
        false,
    );
    one_flag(
        "Gas rose to $3.499 a gallon.",
        "Gas rose to $3.60 a gallon.",
        "$3.499",
        "$3.60",
        false,
    );
}

#[test]
fn a_speed_is_its_length_per_hour_in_every_spelling() {
    // Trial 29 F10: "km/h", "miles per hour", "millas por hora" are speeds; the same
    // figure in two units of speed is no agreement, and the flag keeps the "/h".
    for (a, b, ta, tb) in [
        (
            "The train was travelling at 140 km/h when it derailed in Kent.",
            "The train was travelling at 140 mph when it derailed in Kent.",
            "140 km/h",
            "140 mph",
        ),
        (
            "The train was travelling at 140 kilometres per hour.",
            "The train was travelling at 140 miles an hour.",
            "140 kilometres per hour",
            "140 miles an hour",
        ),
        (
            "El tren circulaba a 140 km/h cuando descarriló.",
            "El tren circulaba a 140 millas por hora cuando descarriló.",
            "140 km/h",
            "140 millas por hora",
        ),
    ] {
        one_flag(a, b, ta, tb, false);
    }
    // Two speeds of "around" are the softer kind.
    one_flag(
        "The train was travelling at around 140 km/h.",
        "The train was travelling at around 120 km/h.",
        "around 140 km/h",
        "around 120 km/h",
        true,
    );
    one_flag(
        "The ship was sailing at 20 knots.",
        "The ship was sailing at 25 knots.",
        "20 knots",
        "25 knots",
        false,
    );
    // One speed in two units agrees in neither way but is not the same figure: no flag
    // ("150 mph" is about 240 km/h); a speed is no distance.
    no_number_flag("Winds reached 150 mph.", "Winds reached 240 km/h.");
    no_number_flag(
        "The train was travelling at 140 km/h.",
        "The train had travelled 140 km from Athens.",
    );
}
