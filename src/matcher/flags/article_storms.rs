//! Two named storms told alike: an article on "Hurricane Odalys" hitting Acapulco and one
//! on "Hurricane Bertrán" hitting Los Cabos report two events of one kind, however alike
//! their words ("Residents were evacuated to shelters."), even in one country, where the
//! places alone cannot part them (both name "Mexico", trial 37, F1). Storms (hurricanes,
//! typhoons, cyclones, tropical storms, named European storms) are named, one name per
//! storm, and every report of one storm gives its name: two articles that each name a
//! storm, neither ever writing a name the other gives (in any form: "Odalys", "Hurricane
//! Odalys", "Tropical Storm Odalys", "huracán Odalys" are one name), tell of two storms.
//!
//! A storm is named by a storm word ([`STORM_WORDS`], English, Spanish, Portuguese,
//! Italian, French, German, Dutch) and the capitalised word right after it ("Hurricane
//! Odalys", "el huracán Odalys", "l'ouragan Irma", "Taifun Hagibis"), unless that word is
//! a function word, a figure or one of [`NOT_NAMES`] ("National Hurricane Center",
//! "Storm Shadow missiles", "Hurricane Season"), and unless the article writes that word
//! fewer than twice capitalised or ever in lower case (a headline's verb in title case:
//! "Storm Batters Coast"). One article that names no storm (or
//! names it only once without its storm word: "Odalys made landfall") is never parted by
//! this rule, so one storm told with and without its name stays one event.

use crate::matcher::features::Prepared;
use crate::matcher::flags::fold_diacritics;
use crate::matcher::text::Kind;

/// Words that name a storm when a capitalised name follows them, lower case and without
/// diacritics ("huracan" is "huracán"): English, Spanish, Portuguese, Italian, French,
/// German, Dutch. "tropical" and its kin name one after "storm" in Spanish word order
/// ("tormenta tropical Odalys").
const STORM_WORDS: &[&str] = &[
    "hurricane",
    "typhoon",
    "cyclone",
    "storm",
    "huracan",
    "tifon",
    "ciclon",
    "tormenta",
    "tropical",
    "furacao",
    "tufao",
    "ciclone",
    "tempestade",
    "uragano",
    "tifone",
    "tempesta",
    "tropicale",
    "ouragan",
    "typhon",
    "tempete",
    "hurrikan",
    "taifun",
    "zyklon",
    "sturm",
    "orkan",
    "wirbelsturm",
    "tropensturm",
    "orkaan",
    "tyfoon",
    "cycloon",
];

/// Capitalised words after a storm word that are no storm's name: the rest of an
/// institution's or a thing's name ("National Hurricane Center", "Storm Prediction
/// Center", "Storm Shadow" missiles) or a headline's words in title case ("Hurricane
/// Season Ends"), lower case without diacritics.
const NOT_NAMES: &[&str] = &[
    "center",
    "centre",
    "centro",
    "prediction",
    "warning",
    "warnings",
    "watch",
    "watches",
    "season",
    "temporada",
    "saison",
    "hunter",
    "hunters",
    "category",
    "categoria",
    "categorie",
    "force",
    "shadow",
    "relief",
    "damage",
    "alley",
    "surge",
    "tracker",
    "drain",
    "drains",
    "shelter",
    "shelters",
    "door",
    "doors",
    "window",
    "windows",
    "cellar",
    "chaser",
    "chasers",
    "tropical",
    "tropicale",
    "warnung",
];

/// How many sentences from an article's start may name the storm it tells of
/// ([`ArticleStorms::of`]): a headline, a standfirst, a byline and the lead.
const LEAD_SENTENCES: usize = 4;

/// The storms an article names and the words it writes: what [`storms_apart`] reads of one
/// article, found once.
#[derive(Debug, Clone, Default)]
pub struct ArticleStorms {
    /// Each storm the article names: (its name, lower case without diacritics; the storm
    /// word and the name as first written, whole and in its case: "Hurricane Odalys",
    /// "Typhoon Fung-wong", [`written`]).
    storms: Vec<(String, String)>,
    /// Every word of the article, lower case without diacritics, sorted, each once.
    words: Vec<String>,
}

/// A token's word without an elided article before it ("l'ouragan", "dell'uragano"), lower
/// case without diacritics.
fn plain(norm: &str) -> String {
    let word = norm
        .rsplit(['\'', '\u{2019}'])
        .next()
        .unwrap_or(norm)
        .to_lowercase();
    fold_diacritics(&word).into_owned()
}

impl ArticleStorms {
    /// The storms named by the sentences of an article (whole sentences, in order): by its
    /// first [`LEAD_SENTENCES`] sentences (headline, standfirst, byline, lead), where a
    /// report names the storm it tells of. A storm named only further down is background
    /// ("still rebuilding after Hurricane Otis devastated the city in 2023" in a report
    /// of a storm it does not name: session 35's trial read it as another storm, and two
    /// reports of one storm as two events); its words still count for [`storms_apart`]'s
    /// "writes".
    ///
    /// An article that names no storm keeps no words: [`storms_apart`] reads the words of
    /// two articles that both name one only (most articles name none, and listing every
    /// word of every article was a tenth of all-pairs matching).
    pub fn of<'a>(sentences: impl IntoIterator<Item = &'a Prepared>) -> ArticleStorms {
        let sentences: Vec<&Prepared> = sentences.into_iter().collect();
        let mut out = ArticleStorms::default();
        // The article's sentences as written, for a storm's label only (most name none).
        let texts = std::cell::OnceCell::new();
        let texts = || {
            texts.get_or_init(|| {
                sentences
                    .iter()
                    .map(|p| p.text.as_str())
                    .collect::<Vec<&str>>()
            })
        };
        for p in sentences.iter().take(LEAD_SENTENCES) {
            let toks = &p.tokens;
            for (i, t) in toks.iter().enumerate() {
                if t.kind != Kind::Word {
                    continue;
                }
                let word = plain(&t.norm);
                if !STORM_WORDS.contains(&word.as_str()) {
                    continue;
                }
                // "tropical" names a storm after a storm word only ("tormenta tropical
                // Odalys"), not before any capitalised word ("a tropical Paradise").
                let after_storm = i > 0
                    && toks.get(i - 1).is_some_and(|b| {
                        let b = plain(&b.norm);
                        STORM_WORDS.contains(&b.as_str()) || b.starts_with("depres")
                    });
                if word.starts_with("tropical") && !after_storm {
                    continue;
                }
                let Some(next) = toks.get(i + 1) else {
                    continue;
                };
                let name = plain(&next.norm);
                let is_name = next.kind == Kind::Word
                    && next.capital
                    && !next.stop
                    && name.chars().count() >= 2
                    && name.chars().all(char::is_alphabetic)
                    && !STORM_WORDS.contains(&name.as_str())
                    && !NOT_NAMES.contains(&name.as_str());
                if is_name && !out.storms.iter().any(|(n, _)| *n == name) {
                    out.storms.push((name, written(p, i, texts())));
                }
            }
        }
        if out.storms.is_empty() {
            return out;
        }
        let (mut capitalised, mut lower): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
        for t in sentences.iter().flat_map(|p| p.tokens.iter()) {
            if t.kind != Kind::Word {
                continue;
            }
            let word = plain(&t.norm);
            out.words.push(word.clone());
            if t.capital {
                capitalised.push(word);
            } else {
                lower.push(word);
            }
        }
        // A name is written capitalised at least twice and never in lower case: not a
        // title-case headline's verb ("Storm Batters Coast" / "Storm Lashes Coast", two
        // headlines of one storm).
        out.storms.retain(|(name, _)| {
            capitalised.iter().filter(|w| *w == name).count() >= 2 && !lower.contains(name)
        });
        out.words.sort_unstable();
        out.words.dedup();
        out
    }

    /// Whether the article writes `word` (lower case without diacritics) anywhere.
    fn writes(&self, word: &str) -> bool {
        self.words
            .binary_search_by(|w| w.as_str().cmp(word))
            .is_ok()
    }
}

/// How sentence `p` names the storm whose storm word is its token `i` (the name is token
/// `i + 1`), as written, for the note and the command line: the storm word without an
/// elided article ("l'ouragan" -> "ouragan"), after the storm word before it if any
/// ("Tropical Storm Odalys", "tormenta tropical Odalys"), and the name whole with the
/// parts a hyphen joins to it ("Typhoon Fung-wong", `names::hyphened_end`; trial 35,
/// F10: "Typhoon Fung") when the article (`texts`, its sentences) writes it so twice
/// (a name is: "Typhoon Haiyan-hit areas" is no name "Haiyan-hit").
fn written(p: &Prepared, i: usize, texts: &[&str]) -> String {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let text = |a: usize, b: usize| -> String { chars.get(a..b).unwrap_or(&[]).iter().collect() };
    let word = |t: &crate::matcher::text::Token| {
        let w = text(t.start, t.end);
        w.rsplit(['\'', '\u{2019}'])
            .next()
            .unwrap_or(&w)
            .to_string()
    };
    let mut out = String::new();
    let before = i
        .checked_sub(1)
        .and_then(|b| toks.get(b))
        .filter(|b| b.kind == Kind::Word && STORM_WORDS.contains(&plain(&b.norm).as_str()));
    if let Some(b) = before {
        out.push_str(&word(b));
        out.push(' ');
    }
    out.push_str(&word(&toks[i]));
    let Some(first) = toks.get(i + 1) else {
        return out;
    };
    let short = text(first.start, first.end);
    let end = super::names::hyphened_end(toks, i + 1, chars);
    let whole = text(first.start, toks[end].end);
    let twice = texts
        .iter()
        .map(|t| t.matches(whole.as_str()).count())
        .sum::<usize>()
        >= 2;
    out.push(' ');
    out.push_str(if twice { &whole } else { &short });
    out
}

/// Whether two articles tell of two storms: each names a storm ([`ArticleStorms`]) and
/// neither writes any name of a storm the other names, anywhere, in any form. Gives the
/// first storm each names, its storm word and name as written ("Hurricane Odalys",
/// "Hurricane Bertrán", "Typhoon Fung-wong": [`written`]); `None` when either names no
/// storm or one name is written in both.
pub fn storms_apart(a: &ArticleStorms, b: &ArticleStorms) -> Option<(String, String)> {
    let (first_a, first_b) = (a.storms.first()?, b.storms.first()?);
    let named_in =
        |x: &ArticleStorms, y: &ArticleStorms| x.storms.iter().any(|(name, _)| y.writes(name));
    if named_in(a, b) || named_in(b, a) {
        return None;
    }
    Some((first_a.1.clone(), first_b.1.clone()))
}

/// Whether a label of two articles told apart ([`storms_apart`]'s "Hurricane Odalys", or a
/// place: "leeds") names a storm: its first word is a storm word, in any case.
pub fn is_storm_label(label: &str) -> bool {
    label
        .split_whitespace()
        .next()
        .is_some_and(|w| STORM_WORDS.contains(&plain(w).as_str()))
}

/// The place and the time of a label of two articles told apart (the leads' rules give
/// "lambeth, thursday", "genova", "thursday", "paris, mardi", "elazig, 2010", "q2", "4/12",
/// "undated"): the part before ", " is the place, the part after it the time; a label of
/// one part is a time when it is one (a weekday or a month in any language the lexicon
/// knows, a year or other figure, a day "4/12", a reporting period "q2" / "h1",
/// "undated"), else a place or a storm (trial 40 T9: "Thursday" was given as a place).
pub fn label_place_and_time(label: &str) -> (Option<&str>, Option<&str>) {
    if let Some((place, time)) = label.split_once(", ") {
        return (Some(place), Some(time));
    }
    if label.is_empty() {
        return (None, None);
    }
    let lower = label.to_lowercase();
    let period = lower.len() >= 2
        && matches!(lower.as_bytes()[0], b'q' | b'h')
        && lower[1..].bytes().all(|c| c.is_ascii_digit());
    let figure = label.chars().all(|c| c.is_ascii_digit() || c == '/');
    let day_word = || {
        let p = crate::matcher::features::Prepared::new(
            label,
            crate::matcher::features::Idf::builtin(),
        );
        p.tokens.len() == 1
            && matches!(
                p.tokens[0].kind,
                crate::matcher::text::Kind::Weekday(_) | crate::matcher::text::Kind::Month(_)
            )
    };
    if period || figure || lower == "undated" || (!is_storm_label(label) && day_word()) {
        (None, Some(label))
    } else {
        (Some(label), None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::flags::test_util::prepared;

    /// Trial 40 T9: a label's time is no place.
    #[test]
    fn a_labels_time_is_told_from_its_place() {
        assert_eq!(
            label_place_and_time("lambeth, thursday"),
            (Some("lambeth"), Some("thursday"))
        );
        assert_eq!(label_place_and_time("thursday"), (None, Some("thursday")));
        assert_eq!(label_place_and_time("jeudi"), (None, Some("jeudi")));
        assert_eq!(label_place_and_time("q2"), (None, Some("q2")));
        assert_eq!(label_place_and_time("4/12"), (None, Some("4/12")));
        assert_eq!(label_place_and_time("genova"), (Some("genova"), None));
        assert_eq!(
            label_place_and_time("Hurricane Odalys"),
            (Some("Hurricane Odalys"), None)
        );
    }

    /// The storms of an article of the sentences `texts`.
    fn of(texts: &[&str]) -> ArticleStorms {
        ArticleStorms::of(&prepared(texts))
    }

    /// The sentences `texts` told twice (an article names its storm more than once).
    fn twice<'a>(texts: &[&'a str]) -> Vec<&'a str> {
        texts.iter().chain(texts).copied().collect()
    }

    fn names(texts: &[&str]) -> Vec<String> {
        of(&twice(texts))
            .storms
            .into_iter()
            .map(|(n, _)| n)
            .collect()
    }

    fn apart(a: &[&str], b: &[&str]) -> Option<(String, String)> {
        storms_apart(&of(&twice(a)), &of(&twice(b)))
    }

    #[test]
    fn a_storm_word_and_the_capitalised_word_after_it_name_a_storm_in_any_language() {
        for (text, name) in [
            ("Hurricane Odalys made landfall near Acapulco.", "odalys"),
            ("Tropical Storm Odalys weakened overnight.", "odalys"),
            ("El huracán Bertrán tocó tierra en Los Cabos.", "bertran"),
            ("La tormenta tropical Odalys deja tres muertos.", "odalys"),
            ("L'ouragan Irma a frappé Saint-Martin.", "irma"),
            ("Der Orkan Sabine legte den Bahnverkehr lahm.", "sabine"),
            ("Il tifone Hagibis ha colpito il Giappone.", "hagibis"),
            ("O furacão Ian atingiu a Flórida.", "ian"),
            ("Storm Ciarán brought winds of 100 mph.", "ciaran"),
        ] {
            assert_eq!(names(&[text]), vec![name.to_string()], "{text}");
        }
        // No storm's name: an institution, a thing, a title-case headline word, a lower
        // case word, "tropical" before any other capitalised word.
        for text in [
            "The US National Hurricane Center said the storm would weaken.",
            "Britain supplied Storm Shadow missiles.",
            "Hurricane Season Ends Quietly",
            "The storm weakened as it moved inland.",
            "They flew to a Tropical Paradise.",
            "A Category 3 hurricane hit the coast.",
        ] {
            assert!(names(&[text]).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_name_written_once_or_also_in_lower_case_names_no_storm() {
        // Two title-case headlines of one storm: their verbs are no names.
        let a = [
            "Storm Batters Coast",
            "The storm brought down trees on Monday.",
        ];
        let b = [
            "Storm Lashes Coast",
            "The storm brought down trees on Monday.",
        ];
        assert_eq!(storms_apart(&of(&a), &of(&b)), None);
        let lower = [
            "Storm Surges Inland",
            "Water surges inland as the storm nears.",
        ];
        assert!(of(&twice(&lower)).storms.is_empty());
        // The name twice: a storm.
        let named = ["Hurricane Odalys hit Acapulco.", "Odalys weakened inland."];
        assert_eq!(of(&named).storms.len(), 1);
    }

    #[test]
    fn two_storms_each_named_by_one_article_only_are_apart() {
        assert_eq!(
            apart(
                &["Hurricane Odalys made landfall near Acapulco on Tuesday."],
                &["Hurricane Bertrán made landfall near Los Cabos on Saturday."]
            ),
            Some(("Hurricane Odalys".into(), "Hurricane Bertrán".into()))
        );
        // Across languages and storm words.
        assert!(apart(
            &["Typhoon Hagibis hit Tokyo."],
            &["Le typhon Faxai a frappé Tokyo."]
        )
        .is_some());
    }

    #[test]
    fn one_storm_named_otherwise_or_once_without_its_storm_word_is_not_apart() {
        let hurricane = ["Hurricane Odalys made landfall near Acapulco on Tuesday."];
        for other in [
            // The name alone, another storm word, another language, without diacritics.
            &["Odalys roared ashore near Acapulco, killing three."][..],
            &["Tropical Storm Odalys weakened over the mountains."],
            &["El huracán Odalys tocó tierra cerca de Acapulco."],
            // No storm named at all.
            &["A hurricane made landfall near Acapulco on Tuesday."],
            // The other storm named too, as a past one.
            &[
                "Hurricane Bertrán hit Los Cabos on Saturday.",
                "It came days after Odalys struck Acapulco.",
            ],
        ] {
            assert_eq!(apart(&hurricane, other), None, "{other:?}");
        }
        // A report that names no storm in its lead, only a past one further down (trial
        // of session 35: "Hurricane Otis" in an Acapulco report's background).
        let background = [
            "Acapulco hit by second major hurricane in two years",
            "By Carla Méndez, Gulf Herald",
            "ACAPULCO, Mexico — A powerful hurricane made landfall near Acapulco on Tuesday.",
            "At least 23 homes were destroyed, the civil protection office said.",
            "Schools in Acapulco will stay closed until Friday.",
            "Many residents are still rebuilding after Hurricane Otis devastated the city in 2023.",
            "Otis, a Category 5 storm, killed more than 50 people.",
        ];
        assert!(of(&background).storms.is_empty());
        assert_eq!(apart(&hurricane, &background), None);
        // The same storm named in the lead is the report's storm.
        let mut named = background;
        named[2] = "ACAPULCO, Mexico — Hurricane Otis made landfall near Acapulco on Tuesday.";
        assert_eq!(of(&named).storms.len(), 1);
        let bertran = ["El huracán Bertrán tocó tierra."];
        assert_eq!(apart(&bertran, &["Hurricane Bertran made landfall."]), None);
    }

    #[test]
    fn a_storm_is_labelled_as_written_whole() {
        let label = |texts: &[&str]| of(texts).storms.first().map(|(_, l)| l.clone());
        // Hyphened names whole (trial 35, F10: "Typhoon Fung"), the storm word before
        // the storm word, the article's case; an elided article left out.
        let fung = [
            "Typhoon Fung-wong slams northern Philippines",
            "Typhoon Fung-wong made landfall on Sunday.",
        ];
        assert_eq!(label(&fung).as_deref(), Some("Typhoon Fung-wong"));
        let odalys = ["Tropical Storm Odalys weakened.", "Odalys moved inland."];
        assert_eq!(label(&odalys).as_deref(), Some("Tropical Storm Odalys"));
        let tormenta = [
            "La tormenta tropical Odalys deja tres muertos.",
            "Odalys se debilita.",
        ];
        assert_eq!(
            label(&tormenta).as_deref(),
            Some("tormenta tropical Odalys")
        );
        let irma = [
            "L'ouragan Irma a frappé Saint-Martin.",
            "Irma se dirige vers Cuba.",
        ];
        assert_eq!(label(&irma).as_deref(), Some("ouragan Irma"));
        // A word joined to the name once is no part of it ("Haiyan-hit areas").
        let hit = [
            "Typhoon Haiyan-hit areas brace for more rain",
            "Typhoon Haiyan killed thousands.",
        ];
        assert_eq!(label(&hit).as_deref(), Some("Typhoon Haiyan"));
    }

    #[test]
    fn a_label_names_a_storm_when_it_starts_with_a_storm_word() {
        assert!(is_storm_label("hurricane odalys"));
        assert!(is_storm_label("huracán bertrán"));
        assert!(is_storm_label("Typhoon Fung-wong"));
        assert!(!is_storm_label("acapulco"));
        assert!(!is_storm_label("elazig, 2010"));
    }

    #[test]
    fn an_article_naming_no_storm_keeps_no_words() {
        // `storms_apart` reads the words of two articles that both name a storm only.
        let none = of(&[
            "Heavy rain flooded the coast of Guerrero on Monday.",
            "Officials said 12 people died in Acapulco.",
        ]);
        assert!(none.storms.is_empty() && none.words.is_empty(), "{none:?}");
        let named = of(&[
            "Hurricane Odalys hits Acapulco",
            "Hurricane Odalys made landfall near Acapulco on Monday.",
        ]);
        assert_eq!(named.storms.len(), 1, "{named:?}");
        assert!(named.writes("acapulco") && named.writes("landfall"));
        assert!(storms_apart(&named, &none).is_none());
    }
}
