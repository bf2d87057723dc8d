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
//! A nationality told by its noun is a person too (trial 48 F3: "a 41-year-old Frenchman"
//! / "a 41-year-old Italian", "A Briton" / "An American", "un Français", "ein Deutscher",
//! "een Fransman": [`noun_at`], `lexicon/nationalities.rs`), and says what a plain noun with
//! the adjective says ("a Frenchman" / "an Italian man", "two Britons" / "three British
//! citizens"): one nationality counted by two figures so is a count flag
//! ([`count_conflict`]).
//!
//! Ranges are code points of each prepared sentence's own text, as every flag.

use super::counts::past_verb;
use super::Ranges;
use crate::matcher::language::Language;
use crate::matcher::lexicon::nationalities::{is_demonym_noun, NATIONALITIES, PLAIN_PERSONS};
use crate::matcher::lexicon::{one_article, one_article_of};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{FxMap, Kind};

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

/// The key of the nationality a token names ([`NATIONALITIES`], or a noun of a person of
/// it: `lexicon::nationalities::Nationality::nouns`), if any, looked up by the word (every token of
/// a sentence is asked).
pub(crate) fn nationality(norm: &str) -> Option<&'static str> {
    static BY_FORM: std::sync::OnceLock<FxMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    let by_form = BY_FORM.get_or_init(|| {
        // Every adjective first, then every noun (a form of both keeps its noun's key).
        let adjectives = NATIONALITIES.iter().map(|n| (n.key, n.adjectives));
        let nouns = NATIONALITIES.iter().map(|n| (n.key, n.nouns));
        adjectives
            .chain(nouns)
            .flat_map(|(key, forms)| forms.iter().map(move |&f| (f, key)))
            .collect()
    });
    by_form.get(norm).copied()
}

/// A person of a sentence told with a nationality: the nationality's key, its token, the
/// token of the noun of the person (the nationality's own for a noun of it: "a
/// Frenchman", "an Italian") and whether that noun is a plain one, saying no more than the
/// nationality does (the nationality's own noun, or one of
/// `lexicon::nationalities::PLAIN_PERSONS`: "a French national" is "a Frenchman", where "a
/// French tourist" tells a role too).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Told {
    key: &'static str,
    nationality: usize,
    noun: usize,
    plain: bool,
}

/// The languages whose indefinite articles (`lexicon::one_article_of`) make an adjective
/// of nationality after them a noun of a person however the phrase goes on ("un Français
/// de 41 ans", "un italiano"): a Romance adjective of nationality follows its noun. French
/// "des" ("des Français") is read with them.
const ROMANCE: &[Language] = &[
    Language::French,
    Language::Spanish,
    Language::Italian,
    Language::Portuguese,
];

/// Whether the nationality at token `i` of `p` is told as a noun of a person: a noun of
/// `lexicon::nationalities` ([`is_demonym_noun`]) written with a capital ("Frenchman", "Britons", "ein Deutscher"),
/// or an adjective that is a noun too after a word of one or a count, an English age
/// between ("an Italian", "a 41-year-old Italian", "two Israelis", "un Français", "un
/// italiano"). After a Romance article the adjective is a noun however the phrase goes on;
/// after "a", "an", "one" or a figure only when no word but a stop word or a verb in the
/// past (`counts::past_verb`: "died", "fled", "fell") follows it in its phrase ("an Italian company": an adjective). A
/// word with a capital or a hyphen right after ("Schweizer Polizei", "Briton Andy
/// Murray", "a German-born doctor") makes it a modifier.
fn noun_at(p: &Prepared, i: usize) -> bool {
    let toks = &p.tokens;
    let t = &toks[i];
    // The word after in its phrase: nothing but space or a hyphen between.
    let next = toks.get(i + 1).filter(|n| {
        !super::surface(p, t.end, n.start)
            .chars()
            .any(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{2010}' | '\u{2011}'))
    });
    let hyphen =
        |n: &crate::matcher::text::Token| !super::surface(p, t.end, n.start).trim().is_empty();
    if next.is_some_and(|n| n.capital || hyphen(n)) {
        return false;
    }
    if is_demonym_noun(&t.norm) {
        return t.capital;
    }
    // Back over an English age: "a 41-year-old Italian".
    let mut k = i;
    while k > 0 && matches!(toks[k - 1].norm.as_str(), "year" | "years" | "old") {
        k -= 1;
    }
    if k < i && k > 0 && matches!(toks[k - 1].kind, Kind::Number(_)) {
        k -= 1;
    }
    let Some(before) = k.checked_sub(1).map(|j| &toks[j]) else {
        return false;
    };
    if one_article_of(&before.norm, ROMANCE) || before.norm == "des" {
        return true;
    }
    // "one" is a figure (`Kind::Number`).
    let count = matches!(before.kind, Kind::Number(_)) && !before.date;
    (count || one_article(&before.norm, Some(Language::English)))
        && next.is_none_or(|n| n.stop || n.kind != Kind::Word || past_verb(&n.norm))
}

/// Every person of `p` told with a nationality ([`Told`]). English puts the nationality
/// right before the noun, French, Spanish and Italian right after it; a nationality that
/// is a noun of a person itself ([`noun_at`]) is its own noun.
fn told(p: &Prepared) -> Vec<Told> {
    let toks = &p.tokens;
    let plain = |k: usize| PLAIN_PERSONS.contains(&toks[k].norm.as_str());
    let person = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == Kind::Word && (PEOPLE.contains(&t.norm.as_str()) || plain(k))
        })
    };
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let Some(key) = nationality(&t.norm).filter(|_| t.kind == Kind::Word) else {
            continue;
        };
        let noun = if person(i + 1) {
            i + 1
        } else if i > 0 && person(i - 1) {
            i - 1
        } else if noun_at(p, i) {
            i
        } else {
            continue;
        };
        out.push(Told {
            key,
            nationality: i,
            noun,
            plain: noun == i || plain(noun),
        });
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
pub(crate) type Nationalities = (Vec<Told>, bool);

/// [`Nationalities`] of `p`, read once per sentence (`facts.rs`).
fn read(p: &Prepared) -> &Nationalities {
    p.facts
        .nationalities
        .get_or_init(|| (told(p), two_nationalities(p)))
}

/// The range from token `x` to token `y` of `p`, whichever comes first.
fn range(p: &Prepared, x: usize, y: usize) -> (usize, usize) {
    let (s, e) = (x.min(y), x.max(y));
    (p.tokens[s].start, p.tokens[e].end)
}

/// One person told with two nationalities ("A British tourist" / "A French tourist", "a
/// 41-year-old Frenchman" / "a 41-year-old Italian", "A Briton" / "An American"): the same
/// noun of a person in both, or a plain one in both ([`Told`]), with another nationality,
/// the words around the nouns sharing one (`persons::around`), neither sentence naming two
/// nationalities. The ranges of the nationality and its noun, `a`'s first.
pub(super) fn nationality_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (ta, two_a) = read(a);
    if ta.is_empty() || *two_a {
        return None;
    }
    let (tb, two_b) = read(b);
    if tb.is_empty() || *two_b {
        return None;
    }
    ta.iter().find_map(|x| {
        let y = tb.iter().find(|y| {
            y.key != x.key
                && ((x.plain && y.plain) || b.tokens[y.noun].stem == a.tokens[x.noun].stem)
        })?;
        let (wa, wb) = (
            super::persons::around(a, x.noun),
            super::persons::around(b, y.noun),
        );
        if !wa.iter().any(|s| wb.contains(s)) {
            return None;
        }
        Some((
            range(a, x.nationality, x.noun),
            range(b, y.nationality, y.noun),
        ))
    })
}

/// Every nationality of `p` told with a count right before it ("two Israelis", "a
/// Thai"), a figure or an indefinite article of any language (`lexicon::one_article`: "an
/// Israeli", "un Israélien", "una tailandesa", "ein Deutscher", "een Fransman"): (its
/// key, the count, the count's token, the nationality's token).
fn counted(p: &Prepared) -> Vec<(&'static str, f64, usize, usize)> {
    let toks = &p.tokens;
    (1..toks.len())
        .filter_map(|i| {
            let key = nationality(&toks[i].norm).filter(|_| toks[i].kind == Kind::Word)?;
            let before = &toks[i - 1];
            let count = match before.kind {
                Kind::Number(v) if !before.date => v,
                _ if one_article(&before.norm, None) => 1.0,
                _ => return None,
            };
            Some((key, count, i - 1, i))
        })
        .collect()
}

/// People of two or more nationalities counted the other way round ("two Israelis and a
/// Thai" / "two Thais and an Israeli"), or one of them by another count ("two Britons, a
/// German and a Swiss national" / "three British citizens, a German and a Swiss man"):
/// both sentences count the same nationalities, each once, and one of them by another
/// count. The ranges from the first count to the last nationality, `a`'s first.
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

/// People of one nationality counted by two figures and told with two nouns: its own noun
/// and a plain one, or two plain ones ("Two Britons were among the dead" / "Three British
/// nationals were among the dead"; [`Told`]): neither sentence names two nationalities
/// (lists are [`counted_conflict`]'s), each counts that nationality once, by a figure
/// right before it, and the words around the nouns share one (`persons::around`). The
/// same noun on both sides ("two Britons" / "three Britons") is the count flags'. The
/// ranges from the figure to the noun, `a`'s first.
pub(super) fn count_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let one = |p: &Prepared| {
        let (told, two) = read(p);
        if told.is_empty() || *two {
            return None;
        }
        let [(key, count, figure, at)] = counted(p)[..] else {
            return None;
        };
        if !matches!(p.tokens[figure].kind, Kind::Number(_)) {
            return None;
        }
        let t = told.iter().find(|t| t.nationality == at && t.plain)?;
        Some((key, count, figure, t.noun))
    };
    let (ka, na, fa, ia) = one(a)?;
    let (kb, nb, fb, ib) = one(b)?;
    if ka != kb || na == nb || a.tokens[ia].stem == b.tokens[ib].stem {
        return None;
    }
    let (wa, wb) = (super::persons::around(a, ia), super::persons::around(b, ib));
    if !wa.iter().any(|s| wb.contains(s)) {
        return None;
    }
    Some((range(a, fa, ia), range(b, fb, ib)))
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
    fn a_nationality_is_a_noun_of_a_person_only_where_no_noun_follows_it() {
        let idf = crate::matcher::prepared::Idf::builtin();
        let persons = |text: &str| -> Vec<String> {
            let p = Prepared::new(text, idf);
            told(&p)
                .iter()
                .map(|t| {
                    super::super::surface(&p, p.tokens[t.noun].start, p.tokens[t.noun].end)
                        .into_owned()
                })
                .collect()
        };
        for (text, want) in [
            ("A Briton and an American died.", vec!["Briton", "American"]),
            (
                "The guide, a 41-year-old Italian, escaped.",
                vec!["Italian"],
            ),
            (
                "Ein Deutscher und zwei Schweizer wurden verletzt.",
                vec!["Deutscher", "Schweizer"],
            ),
            (
                "Un italiano y un francés murieron.",
                vec!["italiano", "francés"],
            ),
            // Modifiers and institutions: no person.
            ("An Italian company built the lift.", vec![]),
            ("A German-born doctor was hurt.", vec![]),
            ("Die Schweizer Polizei meldete den Unfall.", vec![]),
            ("Briton Andy Murray won the final.", vec![]),
            ("French police closed the road.", vec![]),
        ] {
            assert_eq!(persons(text), want, "{text}");
        }
    }

    /// The verb in the past that makes "an American" a person is the count flags' one
    /// (`counts::past_verb`): irregular pasts and short regular ones too ("fell", "fled",
    /// "used"), not a word in "-eed" ("an American speed skater": an adjective), as after
    /// a count ("Twelve died", "two fled").
    #[test]
    fn a_nationality_before_a_verb_in_the_past_is_a_person() {
        persons_told(&[
            ("An American fell from the ridge.", 1),
            ("Two Israelis fled across the border.", 1),
            ("An Italian used a rope to climb down.", 1),
            ("An American died in the crash.", 1),
            ("An American escaped unhurt.", 1),
            // Adjectives before a noun: no person.
            ("An American speed skater won the race.", 0),
            ("An Italian company built the lift.", 0),
            ("Two Israeli soldiers were hurt.", 1),
        ]);
    }

    /// Asserts how many persons told with a nationality ([`told`]) each text holds.
    fn persons_told(cases: &[(&str, usize)]) {
        let idf = crate::matcher::prepared::Idf::builtin();
        for &(text, want) in cases {
            assert_eq!(told(&Prepared::new(text, idf)).len(), want, "{text}");
        }
    }

    /// One list of the words of one (`lexicon::one_article`) serves the noun reading and
    /// the counts: the articles of every language count one ("a Thai", "un Israélien",
    /// "una tailandesa", "ein Deutscher", "een Fransman", German "einem" as well), a
    /// Romance article or French "des" makes the adjective a noun ("un italiano", "des
    /// Français"), an English one only at its phrase's end ("an Italian company").
    #[test]
    fn the_words_of_one_are_the_lexicon_s_in_every_language() {
        let idf = crate::matcher::prepared::Idf::builtin();
        let counts = |text: &str| -> Vec<f64> {
            counted(&Prepared::new(text, idf))
                .iter()
                .map(|c| c.1)
                .collect()
        };
        for (text, want) in [
            ("Two Israelis and a Thai were freed.", vec![2.0, 1.0]),
            (
                "Deux Israéliens et un Thaïlandais ont été libérés.",
                vec![2.0, 1.0],
            ),
            (
                "Un israelí y una tailandesa fueron liberados.",
                vec![1.0, 1.0],
            ),
            ("Ein Deutscher wurde verletzt.", vec![1.0]),
            ("Die Polizei sprach mit einem Deutschen.", vec![1.0]),
            ("Een Fransman raakte gewond.", vec![1.0]),
            // "the" and "des" count nothing.
            ("The Thai and the Israeli were freed.", vec![]),
            ("Des Français ont été blessés.", vec![]),
        ] {
            assert_eq!(counts(text), want, "{text}");
        }
        persons_told(&[
            ("Des Français ont été blessés.", 1),
            ("Un italiano della zona è rimasto ferito.", 1),
            ("Um alemão morreu no acidente.", 1),
            ("An Italian company built the lift.", 0),
            ("The Italian company built the lift.", 0),
        ]);
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
