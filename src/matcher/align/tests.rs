//! Tests of the whole-article alignment score (`align.rs`): ranking, bands, percentages,
//! the article context and page lines.

use super::*;
use crate::matcher::features::Idf;

#[test]
fn the_article_context_lowers_scores_below_the_knee_and_keeps_every_ranking() {
    for article in [0.0f32, 0.1, 0.2, ARTICLE_KNEE, 0.6, 1.0] {
        let p: Vec<f64> = (-40..40)
            .map(|z| calibrate_in(z as f64 / 4.0, article))
            .collect();
        assert!(
            p.windows(2).all(|w| w[0] < w[1]),
            "not monotone at {article}"
        );
    }
    assert!(calibrate_in(1.0, 0.1) < calibrate_in(1.0, 0.2));
    assert!(calibrate_in(1.0, 0.2) < calibrate_in(1.0, ARTICLE_KNEE));
    assert_eq!(calibrate_in(1.0, ARTICLE_KNEE), calibrate_in(1.0, 0.9));
}

#[test]
fn a_percentage_never_names_the_band_above_its_own() {
    assert_eq!(percent(0.4987), "49%");
    assert_eq!(band(0.4987), "related");
    assert_eq!(percent(0.5), "50%");
    assert_eq!(percent(0.6999), "69%");
    assert_eq!(percent(0.19999), "19%");
    assert_eq!(percent(0.587), "59%");
    assert_eq!(percent(0.9998), "99%");
    assert_eq!(percent(0.7349), "73%");
    assert_eq!(percent(0.0999), "10%");
    assert_eq!(percent(0.0944), "9.4%");
    assert_eq!(percent(0.0946), "9.5%");
    assert_eq!(percent(0.0), "0.0%");
    assert_eq!(percent(1.0), "100%");
    assert_eq!(percent(f64::NAN), "0.0%");
    for k in 0..=1000 {
        let s = k as f64 / 1000.0;
        let shown: f64 = percent(s).trim_end_matches('%').parse().unwrap();
        assert_eq!(band(shown / 100.0), band(s), "{s}");
    }
}

#[test]
fn timestamp_lines_are_no_fact() {
    let idf = Idf::builtin();
    let stamp = |t: &str| Prepared::new(t, idf).cues & super::super::prepared::TIMESTAMP != 0;
    for t in [
        "Last Updated: Monday, 28 November 2005, 02: 24 GMT",
        "Published: April 10, 2007",
        "Published May 03, 2013",
        "Updated: 09 Sep 2013 11: 25 GMT+02: 00",
        "updated 12 / 19 / 2005 2: 48: 40 PM ET",
        "Posted on March 3, 2012 at 9:15 am",
        // Other languages' stamps (`lexicon::STAMP_LEADS`, `STAMP_SMALL_WORDS`).
        "Actualizado el 11 de diciembre de 2025 a las 14:30",
        "Atualizado em 11 de dezembro de 2025 às 14:30",
        "Aggiornato il 11 dicembre 2025 alle 14:30",
        "Bijgewerkt op 11 december 2025 om 14:30",
        "Mis à jour le 11 décembre 2025 à 14h30",
        "Aktualisiert am 11.12.2025, 14:30 Uhr",
    ] {
        assert!(stamp(t), "{t}");
    }
    for t in [
        "Updated figures show 12 people died on Monday.",
        "Published reports say the toll rose to 40 on 3 May.",
        "Last year 28 people died.",
        "The company posted a loss of $5 million in 2005.",
    ] {
        assert!(!stamp(t), "{t}");
    }
    let a = Prepared::new("Last Updated: Monday, 28 November 2005, 02: 24 GMT", idf);
    let b = Prepared::new("Last Updated: Monday, 28 November 2005, 02: 24 GMT", idf);
    assert_eq!(probability(&a, &b), 0.0);
}

#[test]
fn page_furniture_and_lead_ins_are_no_fact() {
    // Trial 22: "Advertisement" / "Advertisement" and "Read more:" were 100 % "same fact";
    // "Playboy founder Hugh Hefner said:" 83 % to another sentence about Hefner.
    let idf = Idf::builtin();
    let never = |t: &str| Prepared::new(t, idf).cues & super::super::prepared::TIMESTAMP != 0;
    for t in [
        "Advertisement",
        "ADVERTISEMENT",
        "Read more:",
        "Read more: Fire in Leeds",
        "Sign up for our newsletter.",
        "Follow us on Twitter",
        "Photo: Reuters",
        "Image: AFP/Getty Images",
        "Playboy founder Hugh Hefner said:",
        "Looking back on the career that followed, she told Playboy in 1998:",
        "UPDATE:",
        "Editor's note:",
        // Trial 24 (M13): French, German and Spanish furniture and bylines.
        "Publicité",
        "Lire aussi : Les explosions de gaz en France",
        "À lire aussi",
        "Par Claire Dupont",
        "Anzeige",
        "Lesen Sie auch",
        "Lesen Sie auch: Gasexplosion in Köln",
        "Publicidad",
        "Lee también",
        "Foto: dpa",
        // Trial 25 (M13'): a teaser for a story on the same event, however long.
        "Read more: Spain bus crash: Twelve dead after coach plunges off road near Granada",
        "Lire aussi : Lyon : une explosion fait quatre morts dans un immeuble du 8e arrondissement",
        "Lesen Sie auch: Zugunglück bei Garmisch fordert vier Tote und viele Verletzte",
        "Lee también: Sismo de magnitud 6,1 en Arequipa deja cinco fallecidos y decenas de heridos",
        "Leggi anche: Alluvione in Romagna, quattro vittime e migliaia di sfollati",
        // Trial 26: a teaser set off by a dash or a bar, not a colon.
        "Read more - Spain bus crash leaves twelve dead near Granada",
        "See also \u{2013} Spain bus crash leaves twelve dead near Granada",
        "Related | Fire in Leeds",
        // Trial 27: a Spanish "more" cue, a cue closing the line.
        "Más información | Sismo de magnitud 6,1 en Arequipa deja cinco fallecidos",
        "Spain bus crash leaves twelve dead near Granada - read more",
        "Spain bus crash leaves twelve dead near Granada | Read more \u{bb}",
        "Accidente de autobús en Granada deja doce muertos... Leer más",
        "Explosion à Lyon : quatre morts dans un immeuble (lire la suite)",
    ] {
        assert!(never(t), "{t}");
        assert!(crate::matcher::reports_no_fact(t), "{t}");
    }
    for t in [
        "Advertisement revenue fell by 12 percent in the quarter.",
        "Photographs taken at the scene show the damaged car.",
        "Read more than 40 pages of the report, the judge said.",
        "Related-party transactions rose by 5 percent - the filing showed.",
        "The photo shows firefighters at the scene.",
        "Three people were injured: two firefighters and a resident.",
        "Hefner said she was a pop culture icon.",
        "La publicité a rapporté 12 millions d'euros, selon le groupe.",
        "Die Anzeige wurde am Montag bei der Polizei erstattet.",
        "Lee también fue detenido el lunes por la policía.",
        "See also the report's annex: it lists 40 victims of the fire in Leeds.",
        "Watch crews worked through the night to clear the road.",
        "More than 40 people were injured, officials said.",
        "Residents said they wanted to read more about the plans.",
        "Video footage shows the coach leaving the road near Granada.",
        "Mira Sorvino attended the premiere in Los Angeles.",
        // A video story's own headline (the AFP sample's).
        "Watch: Dramatic footage shows N. Korea defector's border dash",
    ] {
        assert!(!never(t), "{t}");
        assert!(!crate::matcher::reports_no_fact(t), "{t}");
    }
    let a = Prepared::new("Advertisement", idf);
    assert_eq!(probability(&a, &a), 0.0);
}

#[test]
fn a_differing_figure_does_not_lower_the_rank() {
    let idf = Idf::builtin();
    let a = Prepared::new(
        "The defector was shot at least four times near the border.",
        idf,
    );
    let same = Prepared::new("The defector was shot four times near the border.", idf);
    let vague = Prepared::new("The defector was shot several times near the border.", idf);
    let (p1, p2) = (probability(&a, &same), probability(&a, &vague));
    assert!(p2 > 0.5, "{p2}");
    assert!((p1 - p2).abs() < 0.1, "{p1} vs {p2}");
}

#[test]
fn a_rare_name_counts_with_an_event_word_and_dates_are_not_the_rarest_shared_word() {
    let idf = Idf::builtin();
    let p = |t: &str| Prepared::new(t, idf);
    let arrested = p("Police arrested Orozco near the house on Friday.");
    let (_, both) = rare_shared(
        &arrested,
        &p("Deputies said Orozco was arrested before midnight."),
    );
    assert!(both, "shared name and event word");
    let (_, name_only) = rare_shared(&arrested, &p("They said Orozco is a gang member."));
    assert!(!name_only, "a shared name alone is not an event");
    let (rarest, _) = rare_shared(
        &p("Talks resumed on November 13."),
        &p("The ship sank on November 13."),
    );
    assert_eq!(rarest, 0.0, "only a date is shared");
    let (rarest, _) = rare_shared(
        &p("The ferry sank off Lampedusa on November 13."),
        &p("A boat sank near Lampedusa."),
    );
    assert!(rarest > 0.5, "{rarest}");
    let (one, _) = rare_shared(
        &p("The ferry sank off Lampedusa on November 13."),
        &p("Tourists love Lampedusa in summer."),
    );
    assert!(
        one < rarest,
        "one rare word shared counts less: {one} vs {rarest}"
    );
}

#[test]
fn bands_have_words() {
    assert_eq!(band(0.8), "same fact");
    assert_eq!(band(0.55), "probably the same fact");
    assert_eq!(band(0.3), "related");
    assert_eq!(band(0.1), "unlikely");
}

/// A word of each [`SYNONYMS`] class a phrase folds into, as a second sentence would say it.
fn word_of(class: u8) -> &'static str {
    match class {
        0 => "died",
        2 => "was arrested",
        9 => "was in jail",
        14 => "fled",
        18 => "resigned",
        22 => "was charged with DUI",
        24 => "told firefighters",
        26 => "drove at 120 kph",
        _ => SYNONYMS[class as usize][0],
    }
}

#[test]
fn phrases_and_added_synonyms_let_two_wordings_of_one_fact_share_a_class() {
    let idf = Idf::builtin();
    let p = |t: &str| Prepared::new(t, idf);
    // Every phrase of PHRASES, and the single words added in session 19 (issue 8, cause
    // 5), against a word of their class; "waited" in their place shares nothing.
    // The phrases of a counted noun ("employs", of the class of workers) share their class
    // only with a count of it (`COUNTED_ONLY`;
    // `counts_told_with_two_nouns_of_one_thing_fill_one_slot`).
    let mut cases: Vec<(String, &str)> = PHRASES
        .iter()
        .filter(|(_, class)| COUNTED_ONLY & (1 << *class) == 0)
        .map(|(run, class)| (run.join(" "), word_of(*class)))
        .collect();
    for (word, other) in [
        ("was dying", "died"),
        ("was the killer", "murdered"),
        ("counted the fatalities", "killed"),
        ("was apprehended", "was arrested"),
        ("officers apprehend", "was arrested"),
        ("surrendered", "was arrested"),
        ("was drunk", "was charged with DUI"),
        ("was intoxicated", "was charged with DUI"),
        ("drove under the influence", "was charged with DWI"),
        ("was drink-driving", "was charged with DUI"),
        ("left a widow", "left his wife"),
        // Trial 34's F17 and F11.1: one fact told with other words.
        ("was still missing", "was unaccounted for"),
        ("disappeared", "was missing"),
        ("saw services suspended", "kept the line closed"),
        ("expected services to resume", "said the line would reopen"),
        ("was clocked at 90 km/h", "drove at 120 kph"),
        ("was clocked at 60 miles per hour", "drove at 50 mph"),
        ("took bribes", "denied bribery"),
    ] {
        cases.push((word.to_string(), other));
    }
    let plain = p("Neighbours said the man waited near the station on Monday.");
    for (words, other) in cases {
        let a = p(&format!(
            "Neighbours said the man {words} near the station on Monday."
        ));
        let b = p(&format!(
            "Records show the pensioner {other} after midnight."
        ));
        assert_ne!(a.classes & b.classes, 0, "{words} / {other}");
        assert_eq!(plain.classes & b.classes, 0, "{other}");
        let (with, without) = (probability(&a, &b), probability(&plain, &b));
        assert!(with > without, "{words} / {other}: {with} vs {without}");
    }
    // The trial-22 pair: "passed away" reads as "died".
    let died = p("Her agent said Page died yesterday at a Los Angeles hospital.");
    let passed = p("Bettie Page passed away Thursday, December 11, at age 85.");
    let went = p("Bettie Page went away Thursday, December 11, at age 85.");
    assert!(probability(&died, &passed) > probability(&died, &went));
}

#[test]
fn a_phrase_counts_only_as_a_run_of_words() {
    let idf = Idf::builtin();
    let p = |t: &str| Prepared::new(t, idf);
    let died = p("The pensioner died on Monday.");
    for t in [
        "He passed the ball away from the goal.",
        "Away fans passed the stadium.",
        "She stepped on the floor and sat down.",
    ] {
        assert_eq!(p(t).classes & died.classes, 0, "{t}");
        assert_eq!(phrase_classes(&p(t).tokens), 0, "{t}");
    }
}

#[test]
fn two_counts_of_the_dead_or_of_the_injured_are_one_kind_of_fact() {
    let idf = Idf::builtin();
    let p = |t: &str| Prepared::new(t, idf);
    let lead = p("A bomb blast at a market killed at least 65 people on Sunday, police said.");
    let update = p("The death toll has risen to 71.");
    // The same sentence counting something else, and one naming the dead with no count.
    let visitors = p("The number of visitors has risen to 71.");
    let no_count = p("The death of the singer was announced.");
    let syn = |a: &Prepared, b: &Prepared| align_features(a, b)[9];
    assert!(syn(&lead, &update) > syn(&lead, &no_count));
    assert!(probability(&lead, &update) > probability(&lead, &visitors));
    assert!(probability(&lead, &update) > probability(&lead, &no_count));
    // The injured with the injured, not with the dead.
    let wounded = p("More than 100 people were wounded in the explosion.");
    let injured = p("The number of injured rose to 120.");
    assert!(syn(&wounded, &injured) > 0.0);
    assert_eq!(syn(&update, &injured), 0.0);
}

#[test]
fn two_counts_of_one_thing_fill_one_slot_and_counts_of_other_things_do_not() {
    let idf = Idf::builtin();
    let p = |t: &str| Prepared::new(t, idf);
    let afp = p("The defector was shot at least four times in his escape bid at the truce village, and has been recovering in a hospital.");
    let la = p("The soldier, shot several times, underwent surgery, doctors said, before regaining consciousness on Tuesday.");
    let la_same = p("The soldier, shot four times, underwent surgery, doctors said, before regaining consciousness on Tuesday.");
    // "four times" / "several times": one slot, weighing as a shared word would.
    let (sq, mass, n) = count_slots_shared(&afp, &la);
    assert_eq!(n, 1);
    assert!(sq > 0.0 && mass > 0.0);
    // The same figure is a shared word already, not a slot besides.
    assert_eq!(count_slots_shared(&afp, &la_same).2, 0);
    // The differing figure costs the pair (almost) nothing against the same figure.
    let (differs, same) = (probability(&afp, &la), probability(&afp, &la_same));
    assert!((same - differs).abs() < 0.05, "{differs} vs {same}");
    // Counts of other things ("four times" / "several people"), a figure of nothing
    // ("in 2019"), and a part of a whole ("two of the five") fill no slot.
    let people = p("Several people were shot near the truce village.");
    assert_eq!(count_slots_shared(&afp, &people).2, 0);
    let year = p("The soldier was shot in 2019 near the truce village.");
    assert_eq!(count_slots_shared(&afp, &year).2, 0);
    let part = p("Two of the five soldiers were shot, and three times the guards fired.");
    assert!(part
        .count_slots
        .iter()
        .all(|s| s.count != Prepared::new("two", idf).content[0].0));
}

#[test]
fn counts_told_with_two_nouns_of_one_thing_fill_one_slot() {
    // Trial 36 F1, F19.7: "23 homes" / "31 houses" and "employs 220 people" / "250
    // employees" are one count told two ways; "employs 300 people" / "300 people were
    // evacuated" and "23 homes" / "31 people" are not.
    let idf = Idf::builtin();
    let p = |t: &str| Prepared::new(t, idf);
    let slots = |a: &str, b: &str| count_slots_shared(&p(a), &p(b)).2;
    assert_eq!(
        slots(
            "At least 23 homes have been destroyed.",
            "At least 31 houses burned down."
        ),
        1
    );
    assert_eq!(
        slots(
            "Verhoef employs 220 people.",
            "The company has about 250 employees."
        ),
        1
    );
    assert_eq!(
        slots(
            "Het bedrijf heeft 220 medewerkers.",
            "Verhoef heeft ongeveer 250 werknemers."
        ),
        1
    );
    assert_eq!(
        slots(
            "The factory employs 300 people.",
            "About 500 people were evacuated from the area."
        ),
        0
    );
    assert_eq!(
        slots(
            "At least 23 homes have been destroyed.",
            "At least 31 people were evacuated."
        ),
        0
    );
}

#[test]
fn two_words_of_one_synonym_class_count_as_a_shared_word_and_one_word_does_not_twice() {
    // Trial 36 F1: "250,000 homes" / "300,000 households": the same count told with
    // another noun of one thing shares what it shares told with the same noun.
    let idf = Idf::builtin();
    let p = |t: &str| Prepared::new(t, idf);
    let homes = p("About 250,000 homes were still without power on Thursday.");
    let households = p("Some 300,000 households remained without power.");
    let (sq, mass, n) = synonyms_shared(&homes, &households);
    assert_eq!(n, 1);
    assert!(sq > 0.0 && mass > 0.0);
    let medewerkers = p("Het bedrijf heeft 220 medewerkers.");
    let werknemers = p("Verhoef heeft ongeveer 250 werknemers.");
    assert_eq!(synonyms_shared(&medewerkers, &werknemers).2, 1);
    // Nouns of one class with no count of them are the topic of a story, no fact.
    let former = p("Police arrested a former employee after the shooting.");
    let gathered = p("Some employees gathered outside the building.");
    assert_eq!(synonyms_shared(&former, &gathered).2, 0);
    // The words of an event ("detained" / "arrested") are left to the count of shared
    // classes: as shared words they lowered the development pairs' mean AP.
    let detained = p("Police detained a man, 48, suspected of arson.");
    let arrested = p("Police arrested a 52-year-old man on suspicion of arson.");
    assert_eq!(synonyms_shared(&detained, &arrested).2, 0);
    // One word on both sides is a shared word already; words of two classes ("killed" /
    // "injured") share nothing.
    let houses = p("Some 300,000 homes remained without power.");
    assert_eq!(synonyms_shared(&homes, &houses).2, 0);
    let killed = p("Two people were killed in the crash.");
    let injured = p("Two people were injured in the crash.");
    assert_eq!(synonyms_shared(&killed, &injured).2, 0);
    // It raises the pair's cosine above the same sentences with an unrelated noun.
    let cars = p("Some 300,000 cars remained without power.");
    assert!(align_features(&homes, &households)[0] > align_features(&homes, &cars)[0]);
}

#[test]
fn counts_that_cannot_meet_and_changes_of_two_things_fill_no_slot() {
    // Trial 31 F2: "12 people" / "several thousand people" and "Sales dropped 5%" / "net
    // profit dropped 14%" were taken for one count told two ways (0.908 and 0.749 in the
    // trial's articles).
    let idf = Idf::builtin();
    let p = |t: &str| Prepared::new(t, idf);
    let slots = |a: &str, b: &str| count_slots_shared(&p(a), &p(b)).2;
    assert_eq!(
        slots(
            "Police arrested 12 people after clashes near parliament.",
            "Several thousand people marched through the city centre."
        ),
        0
    );
    assert_eq!(
        slots(
            "Sales dropped 5% in the second quarter.",
            "The group's net profit dropped 14% in the second quarter."
        ),
        0
    );
    // Counts whose sizes meet within a factor of three still fill one slot.
    assert_eq!(
        slots(
            "Police arrested 12 people after clashes near parliament.",
            "Police arrested 15 people after clashes near parliament."
        ),
        1
    );
    assert_eq!(
        slots(
            "Police arrested several people after the clashes.",
            "Police arrested five people after the clashes."
        ),
        1
    );
    assert_eq!(
        slots(
            "Sales dropped 5% in the second quarter.",
            "Sales fell 7% in the second quarter."
        ),
        1
    );
    // 12 and 40 are too far apart to be one count told two ways.
    assert_eq!(
        slots(
            "Police arrested 12 people after the clashes.",
            "Police arrested 40 people after the clashes."
        ),
        0
    );
}

#[test]
fn counts_of_two_roles_and_lengths_of_time_fill_no_slot() {
    // Trial 33 F5: those a firm employs and those evacuated, people fighting a fire and
    // the injured, are two counts of one noun; F9: two lengths of time ("within five
    // minutes" / "in ten minutes") measure two things.
    let idf = Idf::builtin();
    let p = |t: &str| Prepared::new(t, idf);
    let slots = |a: &str, b: &str| count_slots_shared(&p(a), &p(b)).2;
    assert_eq!(
        slots(
            "The company employs 85 people at the site.",
            "Around 250 people living nearby were evacuated."
        ),
        0
    );
    assert_eq!(
        slots(
            "About 60 firefighters fought the fire.",
            "Some 40 firefighters were injured."
        ),
        0
    );
    assert_eq!(
        slots(
            "Another witness said firefighters arrived within five minutes.",
            "\"We lost everything in ten minutes,\" said the owner."
        ),
        0
    );
    // Counts in one role still fill one slot: people doing one thing, one toll, and
    // counts of things that are no people ("at least four times" / "several times").
    assert_eq!(
        slots(
            "About 120 firefighters fought the fire.",
            "Some 150 firefighters were deployed."
        ),
        1
    );
    assert_eq!(
        slots(
            "About 200 people were evacuated.",
            "Around 250 people were evacuated."
        ),
        1
    );
    assert_eq!(
        slots(
            "The soldier was shot at least four times.",
            "The soldier was shot several times."
        ),
        1
    );
    // The pair of trial 33 F9 ranks as sharing a word, no longer as one fact.
    let witness = p("Another witness, David Levy, said firefighters arrived within five minutes.");
    let owner = p("\"We lost everything in ten minutes,\" said owner Zoe Muller.");
    assert!(probability(&witness, &owner) < 0.5);
}

#[test]
fn a_figure_with_a_dot_grouping_thousands_or_in_words_fills_one_slot() {
    // Trial 38, F4: "4.000 hectáreas" / "cuatro mil hectáreas" 0.42, "4.000 hectare" /
    // "4000 hectare" 0.26.
    let idf = Idf::builtin();
    let p = |t: &str| Prepared::new(t, idf);
    let dot = p("El incendio ha calcinado 4.000 hectáreas.");
    for other in [
        "Las llamas han arrasado cuatro mil hectáreas.",
        "Las llamas han arrasado unas 4000 hectáreas.",
    ] {
        assert_eq!(count_slots_shared(&dot, &p(other)).2, 1, "{other}");
    }
    let nl = p("Het vuur heeft 4.000 hectare verwoest.");
    assert_eq!(
        count_slots_shared(&nl, &p("Er ging ongeveer 4000 hectare in vlammen op.")).2,
        1
    );
    // A number word that is another word in another language, in a sentence of its own.
    let tres = p("El fuego ha calcinado 3.000 hectáreas.");
    assert_eq!(
        count_slots_shared(
            &tres,
            &p("Las llamas han arrasado tres mil hectáreas en la sierra.")
        )
        .2,
        1
    );
    // Neither reading meets a figure ten times apart; a comma before three digits groups
    // thousands only ("1,500 jobs" is no count of 1.5).
    assert_eq!(
        count_slots_shared(&dot, &p("Las llamas han arrasado 300 hectáreas.")).2,
        0
    );
    let jobs = p("The company will cut 1,500 jobs this year.");
    assert_eq!(
        count_slots_shared(&jobs, &p("The company will cut two jobs this year.")).2,
        0
    );
    // Too short a sentence to tell its language: "tres" (French "très" unaccented) is
    // not read.
    assert_eq!(
        count_slots_shared(&dot, &p("Tres mil hectáreas ardieron.")).2,
        0
    );
}

#[test]
fn counted_nouns_of_one_meaning_count_as_a_shared_word() {
    // Trial 50 F7: "carrying about 120 passengers" / "Around 120 people were on board"
    // (5.3 %, no card) and "Three carriages" / "Three coaches" (9.1 %) shared no word but
    // the count.
    let idf = Idf::builtin();
    let p = |t: &str| Prepared::new(t, idf);
    let shared = |a: &str, b: &str| nouns_shared(&p(a), &p(b)).2;
    for (a, b) in [
        (
            "The train, carrying about 120 passengers, was travelling from Besançon.",
            "Around 120 people were on board.",
        ),
        (
            "Three carriages overturned and slid down an embankment.",
            "Three coaches rolled onto their sides down a bank.",
        ),
        (
            "About 80 rescuers searched the wreckage.",
            "Some 80 emergency workers searched the wreckage.",
        ),
        ("Twelve vehicles were damaged.", "Twelve cars were damaged."),
        (
            "Le train transportait 120 passagers.",
            "Environ 120 voyageurs se trouvaient à bord.",
        ),
        (
            "Der Zug hatte 120 Fahrgäste.",
            "Rund 120 Menschen waren an Bord.",
        ),
    ] {
        assert_eq!(shared(a, b), 1, "{a} / {b}");
        assert_eq!(shared(b, a), 1, "{b} / {a}");
        let (x, y) = (p(a), p(b));
        let unrelated = p("Twelve goats were found in the field near the river.");
        assert!(
            align_features(&x, &y)[0] > align_features(&x, &unrelated)[0],
            "{a} / {b}"
        );
    }
    for (a, b) in [
        // A crew's count is no count of passengers, whatever the figure.
        (
            "The ferry carried 120 passengers.",
            "120 crew members were on board.",
        ),
        (
            "The train carried 120 passengers.",
            "The crew of 120 was safe.",
        ),
        // Counts that cannot meet tell two facts.
        (
            "The train was carrying about 120 passengers.",
            "Five travellers were taken to hospital.",
        ),
        // A noun with no count of it, people not on board, one noun on both sides.
        (
            "Some passengers were hurt.",
            "Around 120 people were on board.",
        ),
        (
            "The train was carrying about 120 passengers.",
            "Around 120 people were evacuated from nearby homes.",
        ),
        (
            "The train was carrying about 120 passengers.",
            "About 150 passengers were on the train.",
        ),
        // Two things of two meanings.
        ("Three carriages overturned.", "Three passengers were hurt."),
    ] {
        assert_eq!(shared(a, b), 0, "{a} / {b}");
        assert_eq!(shared(b, a), 0, "{b} / {a}");
    }
}

#[test]
fn counts_of_the_dead_told_two_ways_fill_one_slot() {
    // Trial 51 F8: "The death toll has risen to seven" shares no word the features see
    // with "Six people were killed" (0.126) or with a lead "killing six people" (0.049): a
    // count of the dead told two ways, a number flag, not a lower rank.
    let idf = Idf::builtin();
    let p = |t: &str| Prepared::new(t, idf);
    let slots = |a: &str, b: &str| count_slots_shared(&p(a), &p(b)).2;
    let update = "The death toll has risen to seven, police said.";
    for other in [
        "Six people were killed, police said.",
        "A road bridge collapsed on Tuesday, killing six people and injuring 23, police said.",
        "Five dead as bridge collapses in Bremen",
    ] {
        assert_eq!(slots(update, other), 1, "{other}");
        assert_eq!(slots(other, update), 1, "{other}");
    }
    // A count of the dead and one of the injured of one noun, or one with its noun ("six
    // people were killed" / "seven people were killed"), fill one slot, not two.
    assert_eq!(
        slots("Six people were killed.", "Seven people were killed."),
        1
    );
    assert_eq!(
        slots(
            "Twenty were injured in the blast.",
            "At least 25 were hurt."
        ),
        1
    );
    // Counts of the dead and of the injured, of the missing, counts that cannot meet, and
    // a figure of the dead with one of firefighters fill no slot.
    for (a, b) in [
        ("Six people were killed.", "Seven people were injured."),
        (update, "Twenty-three people have been hurt."),
        (update, "Nine people were still missing late on Tuesday."),
        (
            update,
            "In 2018, the collapse of the Morandi bridge in Genoa killed 43 people.",
        ),
        (update, "About eight firefighters were deployed."),
    ] {
        assert_eq!(slots(a, b), 0, "{a} / {b}");
        assert_eq!(slots(b, a), 0, "{b} / {a}");
    }
    // The minimal pair is "probably the same fact" (0.57 with the built-in IDF), near the
    // pair with the same figure (0.71).
    let six = p("Six people were killed, police said.");
    let (seven, same) = (
        p(update),
        p("The death toll has risen to six, police said."),
    );
    let (differs, alike) = (probability(&six, &seven), probability(&six, &same));
    assert!(differs > PROBABLY_SAME, "{differs}");
    assert!(alike - differs < 0.15, "{differs} vs {alike}");
}

#[test]
fn a_count_of_firefighters_is_a_count_of_rescuers() {
    // Trial 51 F8: "About 250 firefighters, police officers and rescuers were deployed." /
    // "Around 250 emergency workers are involved in the operation" (4.1 %, 4th card).
    let idf = Idf::builtin();
    let p = |t: &str| Prepared::new(t, idf);
    let shared = |a: &str, b: &str| nouns_shared(&p(a), &p(b)).2;
    let deployed = "About 250 firefighters, police officers and rescuers were deployed.";
    for other in [
        "23:10 Around 250 emergency workers are involved in the operation, the fire service said.",
        "Some 200 rescue workers searched the river.",
    ] {
        assert_eq!(shared(deployed, other), 1, "{other}");
        assert_eq!(shared(other, deployed), 1, "{other}");
    }
    assert_eq!(
        shared(
            "Mehr als 80 Feuerwehrleute waren im Einsatz.",
            "Rund 80 Einsatzkräfte suchten den Fluss ab."
        ),
        1
    );
    // Another counted meaning, people with no meaning of a group, counts that cannot
    // meet, and one noun on both sides share nothing.
    for other in [
        "The train was carrying about 250 passengers.",
        "Around 250 people were evacuated from nearby homes.",
        "Around 250 vehicles were damaged.",
        "Five rescue workers were injured.",
        "Some 250 firefighters fought the fire.",
    ] {
        assert_eq!(shared(deployed, other), 0, "{other}");
        assert_eq!(shared(other, deployed), 0, "{other}");
    }
}

/// Trial 50 F7: with the two reports of the derailment, the parallel of the 120
/// passengers told as people on board rises from 0.091 to above 0.14 (still below the
/// sentences that share the train and its two places: the count is one shared word), and
/// the carriages' parallel ranks first.
#[test]
fn trial_50_parallels_told_with_other_nouns_rise() {
    let wire = "Regional train derails in eastern France, killing four\n\n\
A regional passenger train derailed near the town of Pontarlier in eastern France on Thursday \
morning, killing four people and injuring 31, officials said.\n\n\
Three of the train's five carriages overturned and slid down an embankment after the train left \
the tracks at around 7:40 a.m., the regional prefecture said.\n\n\
The train, carrying about 120 passengers, was travelling from Besançon to Pontarlier.\n\n\
The driver was among those killed, the operator SNCF said.\n\n\
Seven of the injured were in serious condition and were flown by helicopter to hospitals in \
Besançon and Lausanne.\n\n\
Rail traffic on the line will remain suspended until at least Monday, SNCF said.\n\n\
About 80 firefighters and rescue workers took part in the operation.";
    let bcast = "Five dead as passenger train comes off the rails in French Jura\n\n\
Five people have died after a passenger train came off the rails near Pontarlier, in the Jura \
mountains of eastern France, on Thursday.\n\n\
Thirty-one people were hurt, emergency services said.\n\n\
The accident happened shortly after 8:10 a.m., when the regional service from Besançon left the \
line on a curve and three coaches rolled onto their sides down a bank.\n\n\
Around 120 people were on board.\n\n\
The driver survived with serious injuries and has been questioned by police, according to local \
media.\n\n\
Seven people with serious injuries were airlifted to hospitals in Besançon and Dijon.\n\n\
SNCF said trains between Besançon and Pontarlier would not run again until Wednesday at the \
earliest.\n\n\
Some 80 firefighters worked through the morning to free passengers trapped in the wreckage.";
    let texts = [wire, bcast];
    let corpus = crate::matcher::Corpus::new(&texts);
    let pairs = corpus.all_pairs(0.0, &mut |_, _| {});
    let side = |doc: usize, start: usize, end: usize| -> String {
        texts[doc].chars().skip(start).take(end - start).collect()
    };
    let best = |prefix: &str| {
        let mut row: Vec<(f64, String)> = pairs
            .iter()
            .filter(|q| q.a_doc == 0 && side(0, q.a_start, q.a_end).starts_with(prefix))
            .map(|q| (q.score, side(q.b_doc, q.b_start, q.b_end)))
            .collect();
        row.sort_by(|x, y| y.0.total_cmp(&x.0));
        row
    };
    let row = best("The train, carrying about 120 passengers");
    let on_board = row.iter().find(|r| r.1.starts_with("Around 120 people"));
    assert!(on_board.is_some_and(|r| r.0 > 0.14), "{row:?}");
    let row = best("Three of the train's five carriages");
    assert!(row[0].1.starts_with("The accident happened"), "{row:?}");
}
