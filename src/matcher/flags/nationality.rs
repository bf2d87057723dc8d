//! Person flags of nationality: one person told as of one country by one report and of
//! another by the other, "A British tourist was among the dead" / "A French tourist was
//! among the dead" (trial 35 F14.3: 1.00, no flag). Read as the sex of a person is
//! (`persons.rs`), and flagged as the same kind: a detail of who the person is. Only a
//! nationality right before a noun of a person in English ("a British tourist") or right
//! after it in French, Spanish and Italian ("un touriste britannique", "un turista
//! británico", "un turista britannico") is read ([`NATIONALITIES`], [`PEOPLE`]); the two
//! nouns are one word, the words around them share one (`persons::around`), and neither
//! sentence names two nationalities ("a British and a French tourist": two people). German
//! is read by the German rules.
//!
//! Ranges are code points of each prepared sentence's own text, as every flag.

use super::Ranges;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{FxMap, Kind};

/// Nationalities most in the news, by a key, with their forms (lower case) in English,
/// French, Spanish and Italian, every gender and number.
const NATIONALITIES: &[(&str, &[&str])] = &[
    (
        "uk",
        &[
            "british",
            "britannique",
            "britanniques",
            "británico",
            "británica",
            "británicos",
            "británicas",
            "britannico",
            "britannica",
            "britannici",
            "britanniche",
        ],
    ),
    (
        "fr",
        &[
            "french",
            "français",
            "française",
            "françaises",
            "francés",
            "francesa",
            "franceses",
            "francesas",
            "francese",
            "francesi",
        ],
    ),
    (
        "de",
        &[
            "german",
            "allemand",
            "allemande",
            "allemands",
            "allemandes",
            "alemán",
            "alemana",
            "alemanes",
            "alemanas",
            "tedesco",
            "tedesca",
            "tedeschi",
            "tedesche",
        ],
    ),
    (
        "us",
        &[
            "american",
            "américain",
            "américaine",
            "américains",
            "américaines",
            "estadounidense",
            "estadounidenses",
            "statunitense",
            "statunitensi",
        ],
    ),
    (
        "it",
        &[
            "italian",
            "italien",
            "italienne",
            "italiens",
            "italiennes",
            "italiano",
            "italiana",
            "italianos",
            "italianas",
            "italiani",
            "italiane",
        ],
    ),
    (
        "es",
        &[
            "spanish",
            "espagnol",
            "espagnole",
            "espagnols",
            "espagnoles",
            "español",
            "española",
            "españoles",
            "españolas",
            "spagnolo",
            "spagnola",
            "spagnoli",
            "spagnole",
        ],
    ),
    (
        "nl",
        &[
            "dutch",
            "néerlandais",
            "néerlandaise",
            "néerlandaises",
            "holandés",
            "holandesa",
            "holandeses",
            "neerlandés",
            "olandese",
            "olandesi",
        ],
    ),
    ("be", &["belgian", "belge", "belges", "belga", "belgas"]),
    (
        "ch",
        &[
            "swiss", "suisse", "suisses", "suizo", "suiza", "suizos", "svizzero", "svizzera",
            "svizzeri",
        ],
    ),
    (
        "ca",
        &[
            "canadian",
            "canadien",
            "canadienne",
            "canadiens",
            "canadiense",
            "canadienses",
            "canadese",
            "canadesi",
        ],
    ),
    (
        "au",
        &[
            "australian",
            "australien",
            "australienne",
            "australiens",
            "australiano",
            "australiana",
            "australianos",
            "australiani",
        ],
    ),
    (
        "ie",
        &[
            "irish",
            "irlandais",
            "irlandaise",
            "irlandés",
            "irlandesa",
            "irlandese",
            "irlandesi",
        ],
    ),
    (
        "pl",
        &[
            "polish",
            "polonais",
            "polonaise",
            "polaco",
            "polaca",
            "polacos",
            "polacco",
            "polacca",
            "polacchi",
        ],
    ),
    (
        "ru",
        &[
            "russian", "russe", "russes", "ruso", "rusa", "rusos", "russo", "russa", "russi",
        ],
    ),
    (
        "cn",
        // Not Spanish "china" (the country's English name).
        &[
            "chinese", "chinois", "chinoise", "chino", "chinos", "cinese", "cinesi",
        ],
    ),
    (
        "jp",
        &[
            "japanese",
            "japonais",
            "japonaise",
            "japonés",
            "japonesa",
            "japoneses",
            "giapponese",
            "giapponesi",
        ],
    ),
    (
        "ma",
        &[
            "moroccan",
            "marocain",
            "marocaine",
            "marocains",
            "marroquí",
            "marroquíes",
            "marocchino",
            "marocchina",
            "marocchini",
        ],
    ),
    (
        "pt",
        &[
            "portuguese",
            "portugais",
            "portugaise",
            "portugués",
            "portuguesa",
            "portugueses",
            "portoghese",
            "portoghesi",
        ],
    ),
    (
        "se",
        &[
            "swedish",
            "suédois",
            "suédoise",
            "sueco",
            "sueca",
            "suecos",
            "svedese",
            "svedesi",
        ],
    ),
    (
        "at",
        &[
            "austrian",
            "autrichien",
            "autrichienne",
            "austriaco",
            "austriaca",
            "austriacos",
            "austriaci",
        ],
    ),
    // Session 39 (trial 41 F2 rest: "two Israelis and a Thai" / "two Thais and an
    // Israeli"), with the English plural nouns.
    (
        "il",
        &[
            "israeli",
            "israelis",
            "israélien",
            "israélienne",
            "israéliens",
            "israéliennes",
            "israelí",
            "israelíes",
            "israeliano",
            "israeliana",
            "israeliani",
            "israeliane",
        ],
    ),
    (
        "th",
        &[
            "thai",
            "thais",
            "thaïlandais",
            "thaïlandaise",
            "thaïlandaises",
            "tailandés",
            "tailandesa",
            "tailandeses",
            "tailandesas",
            "thailandese",
            "thailandesi",
        ],
    ),
];

/// Nouns of a person a nationality is told of (lower case): en, fr, es, it.
const PEOPLE: &[&str] = &[
    // en
    "tourist",
    "tourists",
    "national",
    "nationals",
    "citizen",
    "citizens",
    "man",
    "men",
    "woman",
    "women",
    "boy",
    "girl",
    "child",
    "children",
    "student",
    "students",
    "worker",
    "workers",
    "journalist",
    "journalists",
    "soldier",
    "soldiers",
    "volunteer",
    "volunteers",
    "climber",
    "climbers",
    "hiker",
    "hikers",
    "passenger",
    "passengers",
    "pilot",
    "driver",
    "couple",
    "family",
    "victim",
    "victims",
    "hostage",
    "hostages",
    "engineer",
    "engineers",
    "resident",
    "residents",
    // fr
    "touriste",
    "touristes",
    "ressortissant",
    "ressortissante",
    "ressortissants",
    "homme",
    "femme",
    "enfant",
    "étudiant",
    "étudiante",
    "journaliste",
    "soldat",
    "randonneur",
    "alpiniste",
    "passager",
    "passagère",
    "victime",
    "otage",
    // es
    "turista",
    "turistas",
    "ciudadano",
    "ciudadana",
    "ciudadanos",
    "hombre",
    "mujer",
    "niño",
    "niña",
    "estudiante",
    "periodista",
    "soldado",
    "alpinista",
    "pasajero",
    "pasajera",
    "víctima",
    "rehén",
    // it
    "turisti",
    "cittadino",
    "cittadina",
    "cittadini",
    "uomo",
    "donna",
    "bambino",
    "bambina",
    "studente",
    "studentessa",
    "giornalista",
    "soldato",
    "passeggero",
    "passeggera",
    "vittima",
    "ostaggio",
];

/// The key of the nationality a token names ([`NATIONALITIES`]), if any, looked up by
/// the word (every token of a sentence is asked).
pub(crate) fn nationality(norm: &str) -> Option<&'static str> {
    static BY_FORM: std::sync::OnceLock<FxMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    let by_form = BY_FORM.get_or_init(|| {
        NATIONALITIES
            .iter()
            .flat_map(|&(key, forms)| forms.iter().map(move |&f| (f, key)))
            .collect()
    });
    by_form.get(norm).copied()
}

/// Every person of `p` told with a nationality: (the nationality's key, its token, the
/// noun's token). English puts the nationality right before the noun, French, Spanish
/// and Italian right after it.
fn told(p: &Prepared) -> Vec<(&'static str, usize, usize)> {
    let toks = &p.tokens;
    let person = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == Kind::Word && PEOPLE.contains(&t.norm.as_str()))
    };
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let Some(key) = nationality(&t.norm).filter(|_| t.kind == Kind::Word) else {
            continue;
        };
        if person(i + 1) {
            out.push((key, i, i + 1));
        } else if i > 0 && person(i - 1) {
            out.push((key, i, i - 1));
        }
    }
    out
}

/// Whether `p` names two nationalities, whether of persons or not ("a British and a French
/// tourist", "British tourists on a French ship").
fn two_nationalities(p: &Prepared) -> bool {
    let mut keys = p.tokens.iter().filter_map(|t| nationality(&t.norm));
    let Some(first) = keys.next() else {
        return false;
    };
    keys.any(|k| k != first)
}

/// What [`nationality_conflict`] reads of a sentence: its persons told with a nationality
/// ([`told`]) and whether it names two nationalities ([`two_nationalities`]).
pub(crate) type Nationalities = (Vec<(&'static str, usize, usize)>, bool);

/// [`Nationalities`] of `p`, read once per sentence (`facts.rs`).
fn read(p: &Prepared) -> &Nationalities {
    p.facts
        .nationalities
        .get_or_init(|| (told(p), two_nationalities(p)))
}

/// One person told with two nationalities ("A British tourist" / "A French tourist"): the
/// same noun of a person in both, with another nationality, the words around the nouns
/// sharing one (`persons::around`), neither sentence naming two nationalities. The
/// ranges of the nationality and its noun, `a`'s first.
pub(super) fn nationality_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (ta, two_a) = read(a);
    if ta.is_empty() || *two_a {
        return None;
    }
    let (tb, two_b) = read(b);
    if tb.is_empty() || *two_b {
        return None;
    }
    ta.iter().find_map(|&(ka, ia, na)| {
        let &(_, ib, nb) = tb
            .iter()
            .find(|&&(kb, _, nb)| kb != ka && b.tokens[nb].stem == a.tokens[na].stem)?;
        let (wa, wb) = (super::persons::around(a, na), super::persons::around(b, nb));
        if !wa.iter().any(|s| wb.contains(s)) {
            return None;
        }
        let range = |p: &Prepared, x: usize, y: usize| {
            let (s, e) = (x.min(y), x.max(y));
            (p.tokens[s].start, p.tokens[e].end)
        };
        Some((range(a, ia, na), range(b, ib, nb)))
    })
}

/// Words of one before a nationality told of a person ("a Thai", "an Israeli", "un
/// Israélien", "una tailandesa").
const ONE: &[&str] = &["a", "an", "one", "un", "une", "una", "uno", "um", "uma"];

/// Every nationality of `p` told with a count right before it ("two Israelis", "a
/// Thai"): (its key, the count, the count's token, the nationality's token).
fn counted(p: &Prepared) -> Vec<(&'static str, f64, usize, usize)> {
    let toks = &p.tokens;
    (1..toks.len())
        .filter_map(|i| {
            let key = nationality(&toks[i].norm).filter(|_| toks[i].kind == Kind::Word)?;
            let before = &toks[i - 1];
            let count = match before.kind {
                Kind::Number(v) if !before.date => v,
                _ if ONE.contains(&before.norm.as_str()) => 1.0,
                _ => return None,
            };
            Some((key, count, i - 1, i))
        })
        .collect()
}

/// People of two or more nationalities counted the other way round ("two Israelis and a
/// Thai" / "two Thais and an Israeli"): both sentences count the same nationalities, each
/// once, and one of them by another count. The ranges from the first count to the last
/// nationality, `a`'s first.
pub(super) fn counted_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    // Only sentences that name two nationalities (read once per sentence).
    if !read(a).1 || !read(b).1 {
        return None;
    }
    let (ca, cb) = (counted(a), counted(b));
    let once = |c: &[(&str, f64, usize, usize)]| {
        c.iter()
            .enumerate()
            .all(|(k, x)| c[..k].iter().all(|y| y.0 != x.0))
    };
    if ca.len() < 2 || ca.len() != cb.len() || !once(&ca) || !once(&cb) {
        return None;
    }
    let mut differs = false;
    for &(key, count, _, _) in &ca {
        let &(_, other, _, _) = cb.iter().find(|x| x.0 == key)?;
        differs |= other != count;
    }
    let range = |p: &Prepared, c: &[(&str, f64, usize, usize)]| {
        let first = c.iter().map(|x| x.2).min().unwrap_or(0);
        let last = c.iter().map(|x| x.3).max().unwrap_or(0);
        (p.tokens[first].start, p.tokens[last].end)
    };
    differs.then(|| (range(a, &ca), range(b, &cb)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::flags::flagged_texts;

    fn flags(a: &str, b: &str) -> Option<(String, String)> {
        flagged_texts(nationality_conflict, a, b)
    }

    #[test]
    fn one_person_of_two_nationalities_is_flagged() {
        for (a, b, ta, tb) in [
            (
                "A British tourist was among the dead, the Foreign Office said.",
                "A French tourist was among the dead, the Foreign Office said.",
                "British tourist",
                "French tourist",
            ),
            (
                "Un touriste britannique figure parmi les morts.",
                "Un touriste allemand figure parmi les morts.",
                "touriste britannique",
                "touriste allemand",
            ),
            (
                "Un turista británico murió en el accidente.",
                "Un turista francés murió en el accidente.",
                "turista británico",
                "turista francés",
            ),
            (
                "Tra le vittime c'è un turista britannico.",
                "Tra le vittime c'è un turista tedesco.",
                "turista britannico",
                "turista tedesco",
            ),
        ] {
            assert_eq!(flags(a, b), Some((ta.into(), tb.into())), "{a} / {b}");
            assert_eq!(flags(b, a), Some((tb.into(), ta.into())), "{b} / {a}");
        }
    }

    #[test]
    fn one_nationality_two_people_or_no_person_are_no_flag() {
        for (a, b) in [
            // The same nationality.
            (
                "A British tourist was among the dead.",
                "A British tourist died in the quake.",
            ),
            // Two nationalities on one side: two people.
            (
                "A British and a French tourist were among the dead.",
                "A French tourist was among the dead.",
            ),
            // Another noun: a tourist and a journalist may be two people.
            (
                "A British tourist was among the dead.",
                "A French journalist was among the dead.",
            ),
            // Nothing else in common around the nouns: two people of one event.
            (
                "A British tourist was rescued from the rubble.",
                "Police questioned a French tourist about the fire.",
            ),
            // A nationality of no person ("French authorities").
            (
                "British authorities said the toll would rise.",
                "French authorities said the toll would rise.",
            ),
        ] {
            assert_eq!(flags(a, b), None, "{a} / {b}");
            assert_eq!(flags(b, a), None, "{b} / {a}");
        }
    }

    #[test]
    fn people_of_two_nationalities_counted_the_other_way_round_are_flagged() {
        let (a, b) = (
            "The three hostages, two Israelis and a Thai, were freed.",
            "The three hostages, two Thais and an Israeli, were freed.",
        );
        let counted = |a, b| flagged_texts(counted_conflict, a, b);
        assert_eq!(
            counted(a, b),
            Some((
                "two Israelis and a Thai".into(),
                "two Thais and an Israeli".into()
            ))
        );
        assert_eq!(
            counted(b, a),
            Some((
                "two Thais and an Israeli".into(),
                "two Israelis and a Thai".into()
            ))
        );
        // The same counts in another order, or one nationality only: no flag.
        for (x, y) in [
            (
                a,
                "The three hostages, a Thai and two Israelis, were freed.",
            ),
            (a, "The two Israeli hostages were freed."),
        ] {
            assert_eq!(counted(x, y), None, "{x} / {y}");
            assert_eq!(counted(y, x), None, "{y} / {x}");
        }
    }
}
