//! The thing a figure counts, read from the words right after it: a unit ("60 km", "40
//! degrees Celsius", "140 km/h"), "percent", or the head of a noun phrase ("Eight fire
//! engines": engines; "600 Menschen": people; "five Indians": people of a nation), with
//! the verb after a figure that says what it is about ("Twelve died").

use super::head::{capital_noun, head_noun};
use super::nouns::{counted_term, demonym, group_of, joined_people, noun_group, people_group};
use super::toll::{auxiliary, foreign_people_word, people_word, toll_word, verb_after_figure};
use crate::matcher::features::Prepared;
use crate::matcher::flags::counts::past_verb;
use crate::matcher::flags::figures::{unit_key, ZONES};
use crate::matcher::flags::surface;
use crate::matcher::flags::units::{is_degrees, is_money, temperature, unit_of};
use crate::matcher::lexicon::prepositions::AMONG_BEFORE_NOUNS;
use crate::matcher::text::Kind;

/// Words of one token for "percent" (lower case): English, German, Dutch, Italian.
const PERCENT: &[&str] = &["percent", "prozent", "procent", "percento"];

/// What a figure counts ([`counted_noun`]).
pub(super) struct Counted {
    /// The key of the counted noun or unit (`unit_key`, a stem or a group's key).
    pub(super) noun: u64,
    /// The unit's dimension (`units::unit_of`), 0 for a noun.
    pub(super) dim: u64,
    /// Where the count's text ends (a code point offset): after its noun or unit.
    pub(super) end: usize,
    /// Whether the noun is a verb after the figure ("20 were rescued").
    pub(super) verb_noun: bool,
    /// The counted noun's synonym classes (`align::classes`).
    pub(super) noun_class: crate::matcher::align::Classes,
}

/// How the figure at token `i` is said, for [`counted_noun`]: whether it is vague
/// ("several"), whether the sentence is German (every noun capitalised), and whether its
/// noun stands apart from it ("three of five missiles", "a 300-strong team of rescuers").
#[derive(Clone, Copy)]
pub(super) struct Said {
    pub(super) vague: bool,
    pub(super) german: bool,
    pub(super) attached: bool,
}

/// The thing the figure at token `i` of `p` counts, read in the (at most three) words from
/// token `first_noun` on, never across punctuation; `end` is where the count's text ends
/// without a noun (the figure's end). `None` when no word after it is a counted thing.
pub(super) fn counted_noun(
    p: &Prepared,
    i: usize,
    first_noun: usize,
    end: usize,
    said: Said,
) -> Option<Counted> {
    let toks = &p.tokens;
    let Said {
        vague,
        german,
        attached,
    } = said;
    let mut noun = None;
    let mut dim = 0;
    let mut end = end;
    let mut verb_noun = false;
    let mut noun_class = 0;
    for (j, n) in toks.iter().enumerate().skip(first_noun).take(3) {
        // A counted noun is never across a comma or other punctuation ("rose to 12,
        // officials said").
        let gap = surface(p, toks[j - 1].end, n.start);
        if noun.is_some()
            || gap.contains([
                ',', ';', ':', '(', ')', '[', ']', '"', '\u{2013}', '\u{2014}',
            ])
        {
            break;
        }
        // "forces 800 from homes": the noun after "from" is where the counted come
        // from, not what they are (trial 36: "At least 23 homes" / "800").
        if n.norm == "from" {
            break;
        }
        // "2,5 mil millones": a thousand million, counted as "2.500 millones" is (its
        // noun the word of millions; `read.rs` scales the figure).
        if let Some(m) = millions_at(toks, j).filter(|&m| j == first_noun && m > j) {
            noun = Some(toks[m].stem);
            end = toks[m].end;
            break;
        }
        // "10 millones de dólares", "10 milioni di dollari": a sum in millions, its unit
        // the currency after the genitive (`read.rs` scales the figure), as "10 millions
        // de dollars" (folded by the tokeniser) and "10.000.000 de dólares" are (trial 44).
        if let Some(m) = millions_at(toks, j).filter(|_| j == first_noun) {
            let money = toks
                .get(m + 2)
                .filter(|_| {
                    toks.get(m + 1)
                        .is_some_and(|g| matches!(g.norm.as_str(), "de" | "di"))
                })
                .and_then(|c| Some((c, unit_of(&c.norm).filter(|&(_, d)| is_money(d))?)));
            match money {
                Some((c, (key, d))) => {
                    (noun, dim, end) = (Some(key), d, c.end);
                }
                None => {
                    noun = Some(toks[m].stem);
                    end = toks[m].end;
                }
            }
            break;
        }
        // "centinaia di manifestanti", "des centaines de manifestants": the noun
        // after the genitive of a vague count is what it counts.
        let genitive = |m: &crate::matcher::text::Token| matches!(m.norm.as_str(), "de" | "di");
        if vague && genitive(n) {
            continue;
        }
        // "almeno 40 tra case e ville": "among" right after the figure, the counted noun
        // the word after it (trial 54: "tra" was read as the noun).
        if j == first_noun && AMONG_BEFORE_NOUNS.contains(&n.norm.as_str()) {
            continue;
        }
        // "20%", "20 percent" and "20 per cent" count one thing, and so do "20 Prozent",
        // "20 procent", "20 pour cent", "20 por ciento", "20 por cento", "20 per cento"
        // (trial 41 F3: "54,3 Prozent der Stimmen" is a share of the vote, `measures.rs`).
        let per_cent = matches!(n.norm.as_str(), "per" | "pour" | "por")
            && toks
                .get(j + 1)
                .is_some_and(|c| matches!(c.norm.as_str(), "cent" | "cento" | "ciento"));
        if j == i + 1 && (per_cent || PERCENT.contains(&n.norm.as_str())) {
            noun = Some(unit_key("percent"));
            end = toks[j + usize::from(per_cent)].end;
            break;
        }
        // A unit ("60 km", "60 miles", "5 million dollars"), one key for its spellings;
        // a currency after the names of its country ("1.325 Swiss francs", "5 Hong
        // Kong dollars").
        // "40 degrees Celsius": the scale is the unit, not "degrees".
        if j == i + 1 && is_degrees(&n.norm) {
            let scale = toks
                .get(j + 1)
                .and_then(|s| Some((s, temperature(&s.norm)?)));
            if let Some((s, key)) = scale {
                (noun, dim) = (Some(key.0), key.1);
                end = s.end;
                break;
            }
        }
        // "40°C", "40 °F": a scale of one letter after the degree sign.
        // "43 C (109 F)": a capital letter of a scale after a figure, in a sentence that
        // tells a temperature (`temperatures::spaced_scale`).
        let degree_scale = j == i + 1
            && temperature(&n.norm).is_some()
            && (crate::matcher::flags::temperatures::after_degree_sign(p, j)
                || crate::matcher::flags::temperatures::spaced_scale(p, j));
        // "200 square kilometres", "50 sq mi": an area.
        if j == i + 1 && matches!(n.norm.as_str(), "square" | "sq") {
            let area = toks
                .get(j + 1)
                .and_then(|u| Some((u, crate::matcher::flags::units::square_of(&u.norm)?)));
            if let Some((u, (key, d))) = area {
                (noun, dim) = (Some(key), d);
                end = u.end;
                break;
            }
        }
        // "6 m" beside a length: metres (trial 38 F4; elsewhere the "m" was folded into
        // the figure as a million, `text::metres_around`).
        let metres = j == i + 1
            && n.norm == "m"
            && crate::matcher::text::metres_around(&toks[..i], &toks[j + 1..]);
        // "20 nautical miles", "20 millas náuticas": a nautical mile, not a mile.
        if let Some((last, (key, d))) = (j == i + 1)
            .then(|| crate::matcher::flags::units::nautical(toks, j))
            .flatten()
        {
            (noun, dim, end) = (Some(key), d, toks[last].end);
            break;
        }
        let unit = unit_of(&n.norm).filter(|&(_, d)| {
            (n.norm.len() > 1 || degree_scale || metres)
                && !verb_ha(toks, j)
                && (j == i + 1
                    || (is_money(d) && toks[i + 1..j].iter().all(|m| m.capital))
                    || (is_money(d) && j == i + 2 && genitive(&toks[i + 1])))
        });
        if let Some((key, d)) = unit {
            (noun, dim) = (Some(key), d);
            end = n.end;
            // A speed: "140 km/h", "140 miles per hour" (`units::speed_after`).
            if let Some((last, (key, d))) = crate::matcher::flags::units::speed_after(p, j) {
                (noun, dim, end) = (Some(key), d, toks[last].end);
            }
            break;
        }
        // A letter is an abbreviation, not a counted thing ("3 p. m."); a time zone
        // makes a clock time ("by 1018 GMT, but analysts ...").
        if n.kind == Kind::Word && (n.norm.chars().count() == 1 || ZONES.contains(&n.norm.as_str()))
        {
            break;
        }
        // "tres bolas de partido", "dos puntos de partido": a term of several words is
        // one counted thing, its text the whole term.
        if let Some((last, key)) = (j == first_noun).then(|| counted_term(p, j)).flatten() {
            // (No synonym classes: "match points" and "break points" are two things.)
            noun = Some(key);
            end = toks[last].end;
            break;
        }
        // German capitalises every noun: one right after the figure is a counted
        // noun ("1.500 Teilnehmer").
        let noun_cap = j == first_noun && (german || capital_noun(toks, j)) && n.capital;
        // "600 Menschen": a foreign word of people is a counted noun however written
        // (not English "Three People Shot", a headline's capitals).
        let noun_cap = noun_cap || (j == first_noun && foreign_people_word(&n.norm));
        // "five Indians, four Russians and two South Koreans": people of a nation.
        let nation = (j == first_noun).then(|| demonym(p, j)).flatten();
        if n.kind == Kind::Word
            && !n.stop
            && (!n.proper || noun_cap || nation.is_some())
            && n.norm != "or"
        {
            // The head of the noun phrase: a noun used as a modifier before it is no
            // counted thing ("Eight fire engines", "Five army trucks", "Ten riot
            // police": engines, trucks, police); a noun of a group of one thing
            // ("five foreign aid staff", "1,500 job losses") is its group's.
            // A word of people first heads the phrase ("circa 5.000 persone tra residenti
            // e turisti": people, not the residents after "tra"; trial 54 F4).
            let group = noun_group(p, j).filter(|_| !people_word(&n.norm));
            let j = match (nation, group) {
                (Some(k), _) | (None, Some((k, _))) => k,
                (None, None) => head_noun(p, j),
            };
            let n = &toks[j];
            // "people", "Menschen", "others", "morts", "killed": people.
            // "people", "Menschen", "others"; "morts", "14 killed" (a word of a toll
            // right after the figure): people. "12 were killed": the verb after.
            let toll_noun = j == first_noun && toll_word(&n.norm).is_some();
            // "5,000 residents and tourists": two kinds of people of one figure, people.
            let joined = group.is_some_and(|(k, key)| people_group(key) && joined_people(p, k));
            noun = match (people_word(&n.norm) || toll_noun || joined, group) {
                (true, _) => Some(unit_key("person")),
                (false, Some((_, key))) => Some(key),
                (false, None) => Some(group_of(p, j).unwrap_or_else(|| slot_stem(n, german))),
            };
            // "20 were rescued", "20 are missing": the verb after, whose toll
            // makes the figure a count of people.
            verb_noun = verb_after_figure(&n.norm) && !toll_noun;
            noun_class = crate::matcher::align::classes(std::slice::from_ref(n));
            // A verb after the figure ("Twelve died", "6.1 struck") says what the
            // figure is about, as a counted noun does, but is no part of its text.
            if (j <= i + 3 || attached)
                && !past_verb(&n.norm)
                && !auxiliary(&n.norm)
                && toks[first_noun..j].iter().all(|m| {
                    m.proper
                        || !m.stop
                        || matches!(m.norm.as_str(), "other" | "more")
                        || (vague && (m.norm == "of" || genitive(m)))
                })
            {
                end = n.end;
            }
            break;
        }
        if !matches!(n.kind, Kind::Word) {
            break;
        }
    }
    noun.map(|noun| Counted {
        noun,
        dim,
        end,
        verb_noun,
        noun_class,
    })
}

/// The token of the word of millions at token `k` of `toks` (`lexicon::millions`:
/// "millones", "milioni", "miljoen"), or after "mil" at `k` ("2,5 mil millones", "3 mil
/// milhões": a thousand million); `None` for any other word.
pub(super) fn millions_at(toks: &[crate::matcher::text::Token], k: usize) -> Option<usize> {
    use crate::matcher::lexicon::millions_value;
    let t = toks.get(k)?;
    if millions_value(&t.norm).is_some() {
        return Some(k);
    }
    let next = toks.get(k + 1)?;
    (t.norm == "mil" && millions_value(&next.norm) == Some(1e6)).then_some(k + 1)
}

/// The key of counted noun `n` ([`Counted::noun`]): its stem; in a German sentence, a
/// noun's stem read without its dative plural "-n" (`lexicon::german::dative_plural_base`:
/// "Alle 143 Abflüge" / "120 von 143 Abflügen", "Häuser" / "Häusern"), unless the word
/// has a stem of a shared key ("Arbeitsplätzen": jobs).
fn slot_stem(n: &crate::matcher::text::Token, german: bool) -> u64 {
    use crate::matcher::text::plain_stem;
    let base = (german && n.capital)
        .then(|| crate::matcher::lexicon::german::dative_plural_base(&n.norm))
        .flatten();
    match base {
        Some(base) if n.stem == plain_stem(&n.norm) => plain_stem(base),
        _ if !german && !n.capital && n.stem == plain_stem(&n.norm) => {
            doubled_plural_base(&n.norm).map_or(n.stem, |b| plain_stem(&b))
        }
        _ => n.stem,
    }
}

/// The singular of a Dutch plural that doubles its last consonant before "-en"
/// ("strafschoppen" / "strafschop", "bommen" / "bom", "ongelukken" / "ongeluk"; trial 44
/// y109), read on a word in lower case of at least six letters; `None` for any other.
fn doubled_plural_base(norm: &str) -> Option<String> {
    let stem: Vec<char> = norm.strip_suffix("en")?.chars().collect();
    let n = stem.len();
    let doubled = n >= 4
        && stem[n - 1] == stem[n - 2]
        && stem[n - 1].is_ascii_lowercase()
        && !"aeiouy".contains(stem[n - 1]);
    doubled.then(|| stem[..n - 1].iter().collect())
}

/// Words after an Italian or Spanish "ha" (has) that make it the verb, not hectares:
/// adverbs and "stato", "sido" ("ha già colpito", "ha sido").
const AFTER_VERB_HA: &[&str] = &[
    "già", "gia", "anche", "appena", "sempre", "ancora", "stato", "ya", "sido", "también",
    "tambien", "non", "no",
];

/// Whether token `j` is "ha" as a verb, "has" in Italian or Spanish (trial 42 G:
/// "magnitudo 5,1 ha colpito", "ha sido"), not hectares ("4.000 ha quemadas"): a past
/// participle ("colpito", "causado", "scosso") or a word of [`AFTER_VERB_HA`] follows it.
fn verb_ha(toks: &[crate::matcher::text::Token], j: usize) -> bool {
    if toks[j].norm != "ha" {
        return false;
    }
    let Some(next) = toks.get(j + 1).filter(|t| t.kind == Kind::Word) else {
        return false;
    };
    let w = next.norm.as_str();
    const PARTICIPLES: &[&str] = &[
        "ato", "ito", "uto", "ado", "ido", "tto", "sto", "sso", "cho", "erto", "eso",
    ];
    AFTER_VERB_HA.contains(&w)
        || (w.chars().count() > 4 && PARTICIPLES.iter().any(|e| w.ends_with(e)))
}
