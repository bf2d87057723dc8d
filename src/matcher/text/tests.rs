//! Tests of the tokeniser (`text.rs`).
use super::*;

fn toks(s: &str) -> Vec<Token> {
    tokenize(s, &stemmer())
}

#[test]
fn number_words_and_numerals_match() {
    let a = toks("He was shot four times.");
    let b = toks("He was shot 4 times.");
    let na: Vec<_> = a
        .iter()
        .filter(|t| matches!(t.kind, Kind::Number(_)))
        .collect();
    let nb: Vec<_> = b
        .iter()
        .filter(|t| matches!(t.kind, Kind::Number(_)))
        .collect();
    assert_eq!(na.len(), 1);
    assert_eq!(na[0].stem, nb[0].stem);
    assert_eq!(na[0].norm, "4");
    let c = toks("It cost $1.8 billion, or twenty five percent, 1,800 million");
    let nums: Vec<String> = c
        .iter()
        .filter(|t| matches!(t.kind, Kind::Number(_)))
        .map(|t| t.norm.clone())
        .collect();
    assert_eq!(nums, vec!["1800000000", "25", "1800000000"]);
}

#[test]
fn months_abbreviated_and_spelled_match() {
    let a = toks("on Nov. 13 the soldier ran");
    let b = toks("on November 13, the soldier ran");
    assert_eq!(a[1].stem, b[1].stem);
    assert!(a[2].date && b[2].date);
    assert_eq!(a[1].norm, "november");
    // "may" lower-case is a verb, not a month
    let c = toks("He may go in May");
    assert_eq!(c[1].kind, Kind::Word);
    assert_eq!(c[4].kind, Kind::Month(5));
}

#[test]
fn an_abbreviated_month_with_no_figure_beside_it_is_a_name() {
    let a = toks("said spokesman Jan de Vries");
    assert_eq!(a[2].kind, Kind::Word);
    assert_eq!(a[2].norm, "jan");
    assert!(a[2].proper && !a[2].date);
    for text in [
        "on Jan. 5 the soldier ran",
        "on 5 Jan 2013 the soldier ran",
        "in Jan 2013",
    ] {
        let t = toks(text);
        assert!(t.iter().any(|x| x.kind == Kind::Month(1)), "{text}");
    }
    // Spelt out, a month is one alone.
    assert!(toks("in January").iter().any(|x| x.kind == Kind::Month(1)));
    // No date flag for a name against a date.
    let idf = crate::matcher::features::Idf::builtin();
    let p = |t: &str| crate::matcher::features::Prepared::new(t, idf);
    let flags = crate::matcher::flags::discrepancies(
        &p("The fire was under control by noon, spokesman Jan de Vries said."),
        &p("The fire was under control by noon on 12 March, a spokesman said."),
    );
    assert!(
        flags
            .iter()
            .all(|f| f.kind != crate::matcher::DiscrepancyKind::Date),
        "{flags:?}"
    );
}

#[test]
fn ranges_are_code_points_of_the_original() {
    let text = "Le défecteur’s “jeep” — 13th";
    let t = toks(text);
    let chars: Vec<char> = text.chars().collect();
    let surf: Vec<String> = t
        .iter()
        .map(|t| chars[t.start..t.end].iter().collect())
        .collect();
    assert_eq!(surf, vec!["Le", "défecteur’s", "jeep", "13th"]);
    assert_eq!(t[1].norm, "défecteur");
    assert!(matches!(t[3].kind, Kind::Number(v) if v == 13.0));
}

#[test]
fn nfkc_curly_quotes_and_case() {
    let a = toks("The ﬁrst SOLDIER didn’t go");
    let b = toks("the first soldier did not go");
    let sa: Vec<u64> = a.iter().map(|t| t.stem).collect();
    let sb: Vec<u64> = b.iter().map(|t| t.stem).collect();
    assert_eq!(sa, sb);
    assert!(a.iter().any(|t| t.negation));
}

#[test]
fn acronyms_and_aliases() {
    let a = toks("U.S. forces and the United States and the US");
    let us: Vec<&Token> = a.iter().filter(|t| t.norm == "u.s.").collect();
    assert_eq!(us.len(), 3, "{a:?}");
    assert!(us.iter().all(|t| t.proper && !t.stop));
    let b = toks("let us go");
    assert!(b[1].stop);
}

#[test]
fn stems_and_stop_words() {
    let a = toks("The soldiers were running");
    assert!(a[0].stop && a[2].stop);
    assert_eq!(a[1].stem, toks("soldier")[0].stem);
    assert_eq!(a[3].stem, toks("runs")[0].stem);
}

#[test]
fn cached_tokens_equal_fresh_analysis() {
    // The per-surface cache (and the strings reused through `recycle`) must give exactly
    // what analysing every occurrence gives, in any order of texts: the sample articles' sentences (first sight and second sight)
    // and edge cases of folding, negation, possessives, months and aliases.
    let mut texts: Vec<String> = Vec::new();
    for f in ["afp-defector-footage.txt", "latimes-defector-video.txt"] {
        let path = format!("{}/samples/{f}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).expect("sample article");
        texts.extend(
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(String::from),
        );
    }
    texts.extend(
        [
            "They didn't, won't and can't go; U.S. and United States, US, the US.",
            "Twenty five people, 1.8 billion dollars, five hundred, hundreds, a dozen, 3 m, 3m.",
            "May 5 2017: he may go in March, or march on Wed. 13th Nov. to the UN's offices.",
            "Défecteur’s “jeep” — ﬁrst SOLDIER didn’t NATO's 'tis o'clock 50% ' s",
            "Never. No one said it wasn't the E.U. or America's Britain.",
            // Surfaces of 16 ASCII characters and longer, and others that are not ASCII,
            // are remembered under other keys than shorter ASCII ones.
            "Abcdefghijklmnop abcdefghijklmnop abcdefghijklmnopq Arbeitnehmervertreterinnen \
             Arbeitnehmervertreter kündigte Kündigung éléphant Éléphant elephant 2017-11-13.",
        ]
        .map(String::from),
    );
    let stemmer = stemmer();
    for round in 0..2 {
        for t in &texts {
            let chars: Vec<char> = t.chars().collect();
            let cached = tokenize_with(&chars, &stemmer, true);
            let fresh = tokenize_with(&chars, &stemmer, false);
            assert_eq!(
                format!("{cached:?}"),
                format!("{fresh:?}"),
                "round {round}: {t}"
            );
            // Given back, the tokens' strings become the next tokens' norms (longer and
            // shorter ones): nothing of the old text may show through.
            super::recycle(cached);
            super::recycle(fresh);
        }
    }
    let t = toks("They didn't go to the United States.");
    let not = t.iter().find(|t| t.norm == "not").expect("explicit not");
    assert!(not.negation && t.iter().filter(|t| t.negation).count() == 1);
    assert_eq!(t.iter().filter(|t| t.norm == "u.s.").count(), 1, "{t:?}");
}

#[test]
fn a_tokens_word_marks_hold_for_its_final_norm() {
    // `foreign`, `number_word`, `cues` and `classes` are set with the norm (`finish`);
    // every step that changes a norm after the cache (folding, aliases, months back to
    // names, Portuguese weekdays, numbers) must set them again, as `foreign_stops` reads
    // `foreign` and the toll classes `number_word`.
    let path = format!(
        "{}/samples/afp-defector-footage.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let sample = std::fs::read_to_string(&path).expect("sample article");
    let mut texts: Vec<&str> = sample.lines().filter(|l| !l.trim().is_empty()).collect();
    texts.extend([
        "L'usine de Lyon a fermé le 3 mai, a dit la direction.",
        "Die Polizei hat am Montag zwölf Menschen in der Stadt festgenommen.",
        "Los bomberos de la ciudad llegaron el lunes a las 10.",
        "L'esplosione ha ucciso sei persone; la explosión dejó tres muertos.",
        "Na quinta-feira, o governo da cidade disse que dois morreram.",
        "Twenty five people from the United States, one and a half million, in Jan 2013.",
        "Mardi Gras in New Orleans: no one was hurt, the E.U. said.",
    ]);
    for _ in 0..2 {
        for text in &texts {
            for t in toks(text) {
                assert_eq!(t.foreign, lex(&t.norm).foreign, "{text}: {t:?}");
                let number_word = crate::matcher::lexicon::cardinal_any(&t.norm).is_some();
                assert_eq!(t.number_word, number_word, "{text}: {t:?}");
                assert_eq!(
                    t.cues,
                    crate::matcher::prepared::word_cues(&t.norm),
                    "{text}: {t:?}"
                );
            }
        }
    }
}

#[test]
fn alias_first_words_start_with_e_or_u() {
    // `fold` looks two-word aliases up only after a word starting with 'e' or 'u'.
    assert!(crate::matcher::lexicon::ALIASES
        .iter()
        .all(|(a, _, _)| a.starts_with(['e', 'u'])));
}

#[test]
fn chinese_and_japanese_characters_are_tokens_of_their_own() {
    let norms = |s: &str| -> Vec<String> { toks(s).into_iter().map(|t| t.norm).collect() };
    // Japanese: kanji and kana one a token, the digit a number between them.
    assert_eq!(
        norms("午前3時に地震"),
        ["午", "前", "3", "時", "に", "地", "震"]
    );
    // Chinese beside Latin words: the Latin word stays whole.
    assert_eq!(norms("东京Tokyo地震"), ["东", "京", "tokyo", "地", "震"]);
    // Offsets are code points of the text, also outside the BMP (an Extension B ideograph).
    let t = toks("𠀋地震");
    assert_eq!((t[0].start, t[0].end, t[2].start, t[2].end), (0, 1, 2, 3));
    // Thai (an alphabetic script without spaces) keeps a run as one token.
    assert_eq!(norms("แผ่นดินไหว").len(), 1);
}

#[test]
fn latin_diacritics_do_not_change_a_stem() {
    // Outlets differ on accents in names: "José Núñez" (one) / "Jose Nunez" (the other).
    let stems = |s: &str| toks(s).iter().map(|t| t.stem).collect::<Vec<_>>();
    assert_eq!(
        stems("José Núñez left Zürich, Montréal and Łódź"),
        stems("Jose Nunez left Zurich, Montreal and Lodz")
    );
    assert_eq!(stems("Tromsø Straße Æsir"), stems("Tromso Strasse Aesir"));
    // The norm keeps the spelling as written (lower case).
    assert_eq!(toks("José")[0].norm, "josé");
    // The same word typed decomposed (e + combining acute) is the same token.
    assert_eq!(stems("Jose\u{301}"), stems("José"));
    // Another script's marks are part of its letters: Japanese "が" is not "か".
    assert_ne!(stems("が"), stems("か"));
    // Different letters stay different.
    assert_ne!(stems("Müller"), stems("Miller"));
    assert_eq!(scripts::fold_accents("2×3"), "2×3");
    // Greek accents (tonos, dialytika) too; Cyrillic "й" stays a letter of its own.
    assert_eq!(stems("Δήμος Αθηναίων"), stems("Δημος Αθηναιων"));
    assert_ne!(stems("мой"), stems("мои"));
}

#[test]
fn function_words_of_other_european_languages_are_stop_words_in_their_sentences() {
    let content = |s: &str| -> Vec<String> {
        toks(s)
            .into_iter()
            .filter(|t| !t.stop)
            .map(|t| t.norm)
            .collect()
    };
    // French, German, Spanish: articles and prepositions are no content words.
    assert_eq!(
        content("L'origine du sinistre reste inconnue, a indiqué le directeur de l'usine."),
        [
            "origine",
            "sinistre",
            "reste",
            "inconnue",
            "indiqué",
            "directeur",
            "usine"
        ]
    );
    assert_eq!(
        content("Die Polizei hat den Fahrer in der Nacht festgenommen."),
        ["polizei", "fahrer", "nacht", "festgenommen"]
    );
    assert!(
        !content("El presidente de la empresa dimitió por la tarde.").contains(&"la".to_string())
    );
    // In English the same words stay: names ("Los Angeles", "de Blasio") and English
    // words ("hat", "die").
    let en =
        content("The mayor of Los Angeles met Bill de Blasio and said he would die for his hat.");
    for w in ["los", "de", "die", "hat"] {
        assert!(en.contains(&w.to_string()), "{w}: {en:?}");
    }
}

#[test]
fn an_apostrophe_inside_a_name_or_an_elision_keeps_the_word() {
    let norms = |s: &str| -> Vec<String> { toks(s).into_iter().map(|t| t.norm).collect() };
    // Names are one word: "O'Brien" was "o", the same as "O'Neill".
    assert_eq!(
        norms("O'Brien met O'Neill and D'Angelo"),
        ["o'brien", "met", "o'neill", "and", "d'angelo"]
    );
    // French and Italian elision: the word after the apostrophe.
    assert_eq!(
        norms("l'usine d'un qu'il dell'anno l\u{2019}origine"),
        ["usine", "un", "il", "anno", "origine"]
    );
    // English contractions and possessives as before.
    assert_eq!(
        norms("they'll we're I'd I'm Carroll's don't"),
        ["they", "we", "i", "i", "carroll", "do", "not"]
    );
}

#[test]
fn no_one_shares_no_figure_with_one_person() {
    let e = crate::matcher::explain(
        "No one was hurt in the fire.",
        "One person was hurt in the fire.",
    );
    assert!(
        e.reason.shared.iter().all(|s| s.term != "1"),
        "{:?}",
        e.reason.shared
    );
    let t = toks("No one was hurt.");
    assert!(t[1].stop && matches!(t[1].kind, Kind::Number(v) if v == 1.0));
}

#[test]
fn and_a_half_is_added_to_the_whole_figure() {
    let n = |text: &str| -> Vec<f64> {
        toks(text)
            .iter()
            .filter_map(|t| match t.kind {
                Kind::Number(v) => Some(v),
                _ => None,
            })
            .collect()
    };
    assert_eq!(n("two and a half metres"), vec![2.5]);
    assert_eq!(n("one and a half thousand people"), vec![1500.0]);
    assert_eq!(n("three and a half weeks"), vec![3.5]);
    // "and" with no "a half" after it folds nothing.
    assert_eq!(n("two cars and a bus"), vec![2.0]);
    let t = toks("two and a half metres");
    assert_eq!((t[0].start, t[0].end), (0, 14));
    assert_eq!(t[1].norm, "metres");
}

#[test]
fn an_apostrophe_groups_thousands_only_between_digit_groups() {
    let numbers = |s: &str| -> Vec<String> {
        toks(s)
            .into_iter()
            .filter(|t| matches!(t.kind, Kind::Number(_)))
            .map(|t| t.norm)
            .collect()
    };
    assert_eq!(numbers("1'500 workers"), vec!["1500"]);
    assert_eq!(numbers("1’500 workers"), vec!["1500"]);
    assert_eq!(numbers("12'345'678 francs"), vec!["12345678"]);
    assert_eq!(numbers("CHF 1'234.50"), vec!["1234.5"]);
    // Not three digits after it, or a group of four before it: no grouping.
    assert_eq!(numbers("he stood 5'11 tall"), vec!["5", "11"]);
    assert_eq!(
        numbers("1'5000 and 1234'567"),
        vec!["1", "5000", "1234", "567"]
    );
    // Quotation marks and possessives stay out of the figure.
    assert_eq!(numbers("'500 workers' he said"), vec!["500"]);
    assert_eq!(numbers("the '90s and the 1990's"), vec!["1990"]);
}

#[test]
fn thousands_parted_by_spaces_are_one_token() {
    let numbers = |s: &str| -> Vec<(f64, usize, usize)> {
        toks(s)
            .into_iter()
            .filter_map(|t| match t.kind {
                Kind::Number(v) => Some((v, t.start, t.end)),
                _ => None,
            })
            .collect()
    };
    // A space, a no-break space, a narrow no-break space or a thin space (trial 35 F2).
    for space in [" ", "\u{a0}", "\u{202f}", "\u{2009}"] {
        let s = format!("Environ 1{space}200 maisons et 12{space}345{space}678 euros");
        assert_eq!(numbers(&s), vec![(1200.0, 8, 13), (12345678.0, 25, 35)]);
        let t = toks(&s);
        assert_eq!(t[1].norm, "1200");
        // A word of millions after the figure multiplies all of it.
        let s = format!("1{space}200 millions d'euros");
        assert_eq!(numbers(&s)[0].0, 1.2e9);
    }
    // Two figures of other shapes stay two: a year, four digits after the space, a day
    // after its month, a group that is no digits alone ("737s"), two spaces.
    assert_eq!(numbers("In 2019 300 people").len(), 2);
    assert_eq!(numbers("1 2000 people").len(), 2);
    assert_eq!(numbers("On March 5 200 people marched").len(), 2);
    assert_eq!(numbers("options to buy 15 737s").len(), 1);
    assert_eq!(numbers("1  200 people").len(), 2);
    assert_eq!(numbers("1 200,5 tonnes").len(), 2);
}

#[test]
fn foreign_months_and_weekdays_are_dates() {
    let kinds = |s: &str| -> Vec<Kind> { toks(s).into_iter().map(|t| t.kind).collect() };
    let dated = |s: &str| -> Vec<String> {
        toks(s)
            .into_iter()
            .filter(|t| t.date)
            .map(|t| t.norm)
            .collect()
    };
    assert_eq!(dated("am 3. März 2024"), vec!["3", "march", "2024"]);
    assert_eq!(dated("le mardi 2 décembre"), vec!["mardi", "2", "december"]);
    assert_eq!(
        dated("el martes 2 de diciembre"),
        vec!["martes", "2", "december"]
    );
    assert_eq!(
        dated("giovedì 11 dicembre"),
        vec!["giovedì", "11", "december"]
    );
    assert_eq!(
        dated("op donderdag 11 december"),
        vec!["donderdag", "11", "december"]
    );
    assert_eq!(dated("im Dezember"), vec!["december"]);
    // "Mars", "Mai", "Julio" are months beside a figure only; "Domingo" capitalised is a
    // name.
    assert!(kinds("le 3 mars").contains(&Kind::Month(3)));
    assert!(kinds("2 de mayo").contains(&Kind::Month(5)));
    for name in [
        "Bruno Mars sang",
        "Mai Tran said",
        "Julio Iglesias sang",
        "Plácido Domingo sang",
    ] {
        assert_eq!(dated(name), Vec::<String>::new(), "{name}");
    }
    assert_eq!(dated("el domingo"), vec!["domingo"]);
    // A month after a word of time of its language is a month alone (trial 42 C1); a
    // capitalised name, or an English word before it, is not.
    assert_eq!(dated("ab Juli"), vec!["july"]);
    assert_eq!(dated("in juli"), vec!["july"]);
    assert_eq!(dated("en julio"), vec!["july"]);
    assert_eq!(dated("hasta mayo"), vec!["may"]);
    for name in [
        "en Julio Iglesias",
        "dipped in mayo",
        "in Mai Tran's office",
    ] {
        assert_eq!(dated(name), Vec::<String>::new(), "{name}");
    }
}

#[test]
fn ordinal_days_and_portuguese_weekdays_are_dates() {
    // (text, the day's figure, the month or weekday's norm)
    let day = |s: &str| {
        let t = toks(s);
        let d = t
            .iter()
            .find(|t| matches!(t.kind, Kind::Number(_)) && t.date);
        let m = t.iter().find(|t| matches!(t.kind, Kind::Month(_)));
        (d.map(|t| t.norm.clone()), m.map(|t| t.norm.clone()))
    };
    for s in [
        "le 1er mai à Paris",
        "le 1ᵉʳ mai à Paris",
        "il 1º maggio",
        "el 1.º de mayo",
        "no 1.º de maio",
        "on the 1st of May",
    ] {
        assert_eq!(day(s), (Some("1".into()), Some("may".into())), "{s}");
    }
    // No day: a decade, an ordinal "of" a name, a count of a month's name.
    assert_eq!(day("die 80er Jahre"), (None, None));
    assert_eq!(day("Two of May's ministers resigned.").0, None);
    let weekday = |s: &str| {
        toks(s).iter().find_map(|t| match t.kind {
            Kind::Weekday(d) => Some(d),
            _ => None,
        })
    };
    for (s, d) in [
        ("na segunda-feira", 0),
        ("na terça-feira", 1),
        ("na quarta feira", 2),
        ("na Quinta-Feira", 3),
        ("na sexta-feira", 4),
        ("na 2.ª feira", 0),
        ("na 6ª-feira", 4),
    ] {
        assert_eq!(weekday(s), Some(d), "{s}");
    }
    assert_eq!(weekday("a segunda volta na quinta do Lago"), None);
}

/// Trial 40: German and Dutch join a weekday and a part of the day in one word ("am
/// Freitagmorgen" was no weekday, so two leads on Monday and on Friday told nothing apart).
#[test]
fn a_weekday_joined_to_a_part_of_the_day_is_that_weekday() {
    let weekday = |s: &str| {
        toks(s).iter().find_map(|t| match t.kind {
            Kind::Weekday(d) => Some(d),
            _ => None,
        })
    };
    for (s, d) in [
        ("Die Maschine landete am Freitagmorgen.", 4),
        ("am Montagabend", 0),
        ("am Sonntagnachmittag", 6),
        ("in der Mittwochnacht", 2),
        ("op vrijdagochtend", 4),
        ("op maandagavond", 0),
        ("am Sonnabend", 5),
    ] {
        assert_eq!(weekday(s), Some(d), "{s}");
    }
    for s in [
        "am Morgen",
        "der Abend",
        "guten Morgen",
        "am Vormittag",
        "de middag",
    ] {
        assert_eq!(weekday(s), None, "{s}");
    }
}

#[test]
fn a_key_hashed_in_parts_is_the_key_of_the_joined_text() {
    // Unit and dimension keys are hashed in parts (no string built per lookup): the same
    // keys as the joined text's, which the tables were built with.
    for (x, y) in [
        ("unit ", "percent"),
        ("dimension ", "money"),
        ("", ""),
        ("a", ""),
    ] {
        assert_eq!(hash_parts(&[x, y]), hash_str(&format!("{x}{y}")), "{x}{y}");
    }
    assert_ne!(
        hash_parts(&["unit ", "person"]),
        hash_parts(&["unit ", "persons"])
    );
}

#[test]
fn packed_keys_are_one_per_short_ascii_surface() {
    let key = |s: &str| cache::packed(&s.chars().collect::<Vec<char>>());
    let short = ["a", "ab", "ba", "a.", "U.S.", "1,000", "abcdefghijklmnop"];
    for (i, a) in short.iter().enumerate() {
        assert!(key(a).is_some(), "{a}");
        for b in &short[i + 1..] {
            assert_ne!(key(a), key(b), "{a} / {b}");
        }
    }
    // Longer than 16 characters, beyond ASCII or with a NUL: the code point map.
    for other in ["abcdefghijklmnopq", "é", "ab\u{0}", "日本"] {
        assert_eq!(key(other), None, "{other:?}");
    }
}

/// The stem of the token `word` (normalised) of `s`; panics when `s` has no such token.
fn stem_of(s: &str, word: &str) -> u64 {
    toks(s)
        .iter()
        .find(|t| t.norm == word)
        .map(|t| t.stem)
        .unwrap_or_else(|| panic!("no {word:?} in {s:?}"))
}

/// Closed-class synonyms share a stem (`lexicon/pronouns.rs`, trial 38 F5): "no one" /
/// "nobody" / "nadie" / "niemand", French "personne" before "ne"; "une personne" stays a
/// person, and "one" of "no one" no figure.
#[test]
fn indefinite_pronouns_of_one_meaning_share_a_stem() {
    let stem = stem_of;
    let nobody = stem("Nobody will be left behind.", "nobody");
    assert_eq!(stem("No one will be left behind.", "no"), nobody);
    assert_eq!(stem("Nadie quedará atrás.", "nadie"), nobody);
    assert_eq!(stem("Niemand wird zurückgelassen.", "niemand"), nobody);
    assert_eq!(stem("Personne ne sera oublié.", "personne"), nobody);
    assert_ne!(stem("Une personne a été blessée.", "personne"), nobody);
    assert_ne!(stem("There was no water.", "no"), nobody);
    assert_eq!(
        stem("Everyone was evacuated.", "everyone"),
        stem("Everybody was evacuated.", "everybody")
    );
    assert_eq!(
        stem("Someone called the police.", "someone"),
        stem("Somebody called the police.", "somebody")
    );
    assert_ne!(stem("Someone called.", "someone"), nobody);
    let one = toks("No one was hurt.");
    assert!(one.iter().any(|t| t.norm == "1" && t.stop));
}

/// The forms of gender and number of a word of the dead or the injured share a stem
/// (`lexicon::casualty::inflection_key`, trial 44): "una persona è morta" / "un morto",
/// "ferite" / "feriti", "heridas" / "heridos"; the dead and the injured stay apart, and so
/// do words that only begin alike ("mortier").
#[test]
fn forms_of_the_dead_and_the_injured_share_a_stem() {
    let stem = stem_of;
    let pairs = [
        ("Una persona è morta.", "morta", "Un morto.", "morto"),
        (
            "Tre sono rimaste ferite.",
            "ferite",
            "Tre feriti.",
            "feriti",
        ),
        (
            "Tres resultaron heridas.",
            "heridas",
            "Tres heridos.",
            "heridos",
        ),
        ("Uma pessoa morta.", "morta", "Dois mortos.", "mortos"),
        (
            "Trois femmes blessées.",
            "blessées",
            "Trois blessés.",
            "blessés",
        ),
        ("Een dode.", "dode", "Twee doden.", "doden"),
    ];
    for (a, wa, b, wb) in pairs {
        assert_eq!(stem(a, wa), stem(b, wb), "{wa} / {wb}");
    }
    // One fate across the Romance languages; German keeps "verletzt" with "Verletzte".
    assert_eq!(stem("Un muerto.", "muerto"), stem("Un morto.", "morto"));
    assert_eq!(
        stem("Trois morts.", "morts"),
        stem("Una persona è morta.", "morta")
    );
    assert_eq!(
        stem("Drei wurden verletzt.", "verletzt"),
        stem("Drei Verletzte.", "verletzte")
    );
    // Near cases: the dead are not the injured, a mortar is no death.
    assert_ne!(stem("Un morto.", "morto"), stem("Tre feriti.", "feriti"));
    assert_ne!(stem("Un mort.", "mort"), stem("Un mortier.", "mortier"));
}

/// Trial 44: "Una persona è morta e tre sono rimaste ferite" / "Un morto e tre feriti
/// nell'incidente" scored 0.195 standalone (the true parallel ranked very low), sharing
/// only "tre"; with the forms of the dead and the injured sharing a stem it shares those
/// too, as the English pair shares "injured" (0.680). So in Spanish, Portuguese, French
/// and Dutch. A sentence of the injured alone against one of the dead scores below it.
#[test]
fn a_toll_told_with_other_forms_of_its_words_scores_as_a_parallel() {
    for (a, b) in [
        (
            "Una persona è morta e tre sono rimaste ferite.",
            "Un morto e tre feriti nell'incidente.",
        ),
        (
            "Una persona murió y tres resultaron heridas.",
            "Un muerto y tres heridos en el accidente.",
        ),
        (
            "Uma pessoa morreu e três ficaram feridas.",
            "Um morto e três feridos no acidente.",
        ),
        (
            "Une personne est morte et trois ont été blessées.",
            "Un mort et trois blessés dans l'accident.",
        ),
        (
            "Een persoon kwam om en drie raakten gewond.",
            "Een dode en drie gewonden bij het ongeluk.",
        ),
    ] {
        let s = crate::matcher::score(a, b);
        assert!(s > 0.35, "{s}: {a} / {b}");
    }
    let parallel = crate::matcher::score(
        "Una persona è morta e tre sono rimaste ferite.",
        "Un morto e tre feriti nell'incidente.",
    );
    let injured_only = crate::matcher::score(
        "Tre persone sono rimaste ferite.",
        "Un morto nell'incidente.",
    );
    assert!(injured_only < parallel, "{injured_only} / {parallel}");
}

/// A figure and a number word after it are two numbers ("20:40 Nine people are missing":
/// a live blog's stamp, then the post's count, was read 49, trial 51); "twenty five" and
/// "forty-nine" in words still fold.
#[test]
fn a_figure_before_a_number_word_is_no_compound() {
    let numbers = |s: &str| -> Vec<f64> {
        crate::matcher::text::tokenize(s, &crate::matcher::text::stemmer())
            .into_iter()
            .filter_map(|t| match t.kind {
                Kind::Number(v) => Some(v),
                _ => None,
            })
            .collect()
    };
    assert_eq!(
        numbers("20:40 Nine people are missing."),
        vec![20.0, 40.0, 9.0]
    );
    assert_eq!(numbers("At 8.30 Four cars were hit."), vec![8.3, 4.0]);
    assert_eq!(numbers("twenty five people"), vec![25.0]);
    assert_eq!(numbers("forty nine people"), vec![49.0]);
}

/// Portuguese "no" ("in the", em + o) is no negation of the sentence for the score's
/// negation feature, as the negation flag already read it (session 48: counted, it cost the
/// toll test's Portuguese parallel 0.52 in log-odds); Spanish and English "no" still count.
#[test]
fn portuguese_no_is_no_negation_of_the_sentence() {
    use crate::matcher::features::{Idf, Prepared};
    let negations = |s: &str| Prepared::new(s, Idf::builtin()).negations;
    assert_eq!(negations("Um morto e três feridos no acidente."), 0);
    assert_eq!(
        negations("Duas pessoas morreram no acidente, disse a polícia."),
        0
    );
    assert_eq!(negations("Dos personas no murieron en el accidente."), 1);
    assert_eq!(negations("No one was hurt in the crash."), 1);
    assert_eq!(
        negations("A transition period will begin no later than June 7."),
        1
    );
    // Spanish "murió" and Portuguese "morreu" share the key of "muerto", "morto".
    let stems = |s: &str| -> Vec<u64> {
        crate::matcher::text::tokenize(s, &crate::matcher::text::stemmer())
            .into_iter()
            .map(|t| t.stem)
            .collect()
    };
    assert_eq!(stems("murió"), stems("muerto"));
    assert_eq!(stems("morreu"), stems("morto"));
    assert_ne!(stems("murió"), stems("herido"));
}

/// One reading of a phrase of a word list at a token: the words in a row from the token,
/// none past the last token; [`phrase_before`] the same words ending at a token.
#[test]
fn a_phrase_stands_at_a_token_in_a_row() {
    let toks = tokenize("Of those taken to hospital, three", &stemmer());
    assert!(phrase_at(&toks, 2, &["taken", "to", "hospital"]));
    assert!(phrase_at(&toks, 0, &["of", "those"]));
    // Not at another token, not with a word between, not past the end.
    assert!(!phrase_at(&toks, 1, &["taken", "to", "hospital"]));
    assert!(!phrase_at(&toks, 2, &["taken", "hospital"]));
    assert!(!phrase_at(&toks, 5, &["three", "of"]));
    assert!(!phrase_at(&toks, 9, &["three"]));
    assert!(phrase_at(&toks, 3, &[]));
    assert!(phrase_before(&toks, 5, &["to", "hospital"]));
    assert!(!phrase_before(&toks, 1, &["to", "hospital"]));
    // Another shape of phrase: `#` for any figure.
    let count = |t: &Token, w: &&str| match *w {
        "#" => matches!(t.kind, Kind::Number(_)),
        w => t.norm == w,
    };
    let toks = tokenize("Four years ago", &stemmer());
    assert!(phrase_matches(&toks, 0, &["#", "years", "ago"], count));
    assert!(!phrase_matches(&toks, 0, &["#", "decades", "ago"], count));
}
