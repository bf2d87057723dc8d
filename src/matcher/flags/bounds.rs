//! Bounds on a count: "at least 10", "more than 30", "nearly 100", "about 58km", "up to
//! 20", "fewer than five", "至少四枪". A figure with a bound stands for a range of values,
//! an exact figure for one value. Two counts of the same thing whose ranges meet are told
//! differently but may both be true ("at least 10 people" / "twelve people"): the softer
//! flag. Ranges that do not meet contradict each other ("at least 10" / "eight"), as two
//! different exact figures do: the solid flag. A range of two figures ("between 10 and
//! 20", "from 10 to 20", "10-20", "two or three") stands for the values from one to the
//! other. "More than", "fewer than" and the like leave out the figure itself: "more than
//! 30" and "30" cannot both be true. "Nearly 100" and "100" are told differently but a
//! rounded "100" may be the same count: the softer flag. Vague words stand for rough sizes
//! ("several": three to nine): two whose sizes meet may tell one count, two apart are the
//! softer flag, never the solid one. (A change, "rose from 10 to 20", and a score, "a 2-3
//! defeat", are no ranges: `figures.rs`.)

use crate::matcher::text::{FxMap, Token};
use std::sync::OnceLock;

/// What the words around a figure say of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Bound {
    /// The figure itself ("five", "only five", "exactly five").
    Exact,
    /// The figure or more ("at least", "no fewer than", "至少").
    AtLeast,
    /// More than the figure ("more than", "over", "upwards of", "超过", "十多").
    MoreThan,
    /// The figure or fewer ("up to", "as many as", "at most", "no more than", "最多").
    AtMost,
    /// Fewer than the figure ("fewer than", "less than", "under", "below", "不到").
    LessThan,
    /// Near the figure, either side ("about", "around", "some", "an estimated", "约").
    About,
    /// A little under the figure ("nearly", "almost", "close to", "将近").
    Nearly,
    /// From a lower figure (its `f64` bits) up to the figure: "between 10 and 20", "10-20".
    From(u64),
}

/// Phrases just before a figure and their bound, in English and in French, German,
/// Spanish, Italian and Portuguese (lower case, as tokens are normalised). The longest
/// phrase that ends right before the figure wins ("no more than" over "more than", "poco
/// meno di" over "meno di").
const PHRASES: &[(&[&str], Bound)] = &[
    (&["at", "least"], Bound::AtLeast),
    (&["no", "fewer", "than"], Bound::AtLeast),
    (&["no", "less", "than"], Bound::AtLeast),
    (&["not", "less", "than"], Bound::AtLeast),
    (&["a", "minimum", "of"], Bound::AtLeast),
    (&["more", "than"], Bound::MoreThan),
    (&["over"], Bound::MoreThan),
    (&["above"], Bound::MoreThan),
    (&["upwards", "of"], Bound::MoreThan),
    (&["in", "excess", "of"], Bound::MoreThan),
    (&["at", "most"], Bound::AtMost),
    (&["up", "to"], Bound::AtMost),
    (&["as", "many", "as"], Bound::AtMost),
    (&["as", "much", "as"], Bound::AtMost),
    (&["no", "more", "than"], Bound::AtMost),
    (&["not", "more", "than"], Bound::AtMost),
    (&["a", "maximum", "of"], Bound::AtMost),
    (&["fewer", "than"], Bound::LessThan),
    (&["less", "than"], Bound::LessThan),
    (&["under"], Bound::LessThan),
    (&["below"], Bound::LessThan),
    (&["just", "under"], Bound::Nearly),
    (&["about"], Bound::About),
    (&["around"], Bound::About),
    (&["roughly"], Bound::About),
    (&["approximately"], Bound::About),
    (&["approx"], Bound::About),
    (&["some"], Bound::About),
    (&["estimated"], Bound::About),
    (&["circa"], Bound::About),
    (&["nearly"], Bound::Nearly),
    (&["almost"], Bound::Nearly),
    (&["close", "to"], Bound::Nearly),
    (&["nearing"], Bound::Nearly),
    // French, German, Spanish, Italian and Portuguese bounds: "au moins sept morts",
    // "mindestens 40 Tote", "al menos 62 muertos", "almeno 20 feriti", "pelo menos 10".
    (&["au", "moins"], Bound::AtLeast),
    (&["pas", "moins", "de"], Bound::AtLeast),
    (&["au", "minimum"], Bound::AtLeast),
    (&["mindestens"], Bound::AtLeast),
    (&["wenigstens"], Bound::AtLeast),
    (&["al", "menos"], Bound::AtLeast),
    (&["por", "lo", "menos"], Bound::AtLeast),
    (&["como", "mínimo"], Bound::AtLeast),
    (&["almeno"], Bound::AtLeast),
    (&["pelo", "menos"], Bound::AtLeast),
    (&["plus", "de"], Bound::MoreThan),
    (&["mehr", "als"], Bound::MoreThan),
    (&["über"], Bound::MoreThan),
    (&["más", "de"], Bound::MoreThan),
    (&["mas", "de"], Bound::MoreThan),
    (&["oltre"], Bound::MoreThan),
    (&["più", "di"], Bound::MoreThan),
    (&["mais", "de"], Bound::MoreThan),
    (&["au", "plus"], Bound::AtMost),
    (&["au", "maximum"], Bound::AtMost),
    (&["jusqu'à"], Bound::AtMost),
    (&["bis", "zu"], Bound::AtMost),
    (&["höchstens"], Bound::AtMost),
    (&["hasta"], Bound::AtMost),
    (&["fino", "a"], Bound::AtMost),
    (&["até"], Bound::AtMost),
    (&["moins", "de"], Bound::LessThan),
    (&["weniger", "als"], Bound::LessThan),
    (&["menos", "de"], Bound::LessThan),
    (&["meno", "di"], Bound::LessThan),
    (&["environ"], Bound::About),
    (&["quelque"], Bound::About),
    (&["rund"], Bound::About),
    (&["etwa"], Bound::About),
    (&["ungefähr"], Bound::About),
    (&["zirka"], Bound::About),
    (&["unos"], Bound::About),
    (&["unas"], Bound::About),
    (&["alrededor", "de"], Bound::About),
    (&["en", "torno", "a"], Bound::About),
    (&["aproximadamente"], Bound::About),
    (&["cerca", "de"], Bound::About),
    (&["intorno", "a"], Bound::About),
    (&["près", "de"], Bound::Nearly),
    (&["presque"], Bound::Nearly),
    (&["fast"], Bound::Nearly),
    (&["knapp"], Bound::Nearly),
    (&["beinahe"], Bound::Nearly),
    (&["nahezu"], Bound::Nearly),
    (&["casi"], Bound::Nearly),
    (&["quasi"], Bound::Nearly),
    (&["quase"], Bound::Nearly),
    (&["poco", "meno", "di"], Bound::Nearly),
    // Portuguese and Dutch (trial 36: "ongeveer duizend pakken", "ruim 200 mensen").
    (&["no", "mínimo"], Bound::AtLeast),
    (&["perto", "de"], Bound::Nearly),
    (&["uns"], Bound::About),
    (&["umas"], Bound::About),
    (&["minstens"], Bound::AtLeast),
    (&["ten", "minste"], Bound::AtLeast),
    (&["meer", "dan"], Bound::MoreThan),
    (&["ruim"], Bound::MoreThan),
    (&["minder", "dan"], Bound::LessThan),
    (&["ongeveer"], Bound::About),
    (&["zo'n"], Bound::About),
    (&["bijna"], Bound::Nearly),
    // Wind told at its peak: "winds gusting to 60 mph" is a maximum as "gusts of up to 80
    // mph" is (trial 43 C3: two maxima, a solid flag).
    (&["gusting", "to"], Bound::AtMost),
    (&["gusting", "at"], Bound::AtMost),
    (&["gusts", "to"], Bound::AtMost),
];

/// Chinese and Japanese words before a count (`cjk::BEFORE`) and their bound; a word not
/// here ("仅", "共") leaves the count exact.
const HAN_BEFORE: &[(&str, Bound)] = &[
    ("至少", Bound::AtLeast),
    ("最少", Bound::AtLeast),
    ("最多", Bound::AtMost),
    ("多达", Bound::AtMost),
    ("大约", Bound::About),
    ("约有", Bound::About),
    ("约", Bound::About),
    ("将近", Bound::Nearly),
    ("接近", Bound::Nearly),
    ("近", Bound::Nearly),
    ("超过", Bound::MoreThan),
    ("逾", Bound::MoreThan),
    ("不到", Bound::LessThan),
];

/// The bound said by the words right before token `i` ("at least" in "at least 10
/// people", "more than" in "more than a dozen"), and the index of the phrase's first token
/// (`i` when there is none).
pub(super) fn bound_before(toks: &[Token], i: usize) -> (Bound, usize) {
    // "a dozen" is one figure: the phrase may end before its "a" (or with it: "fino a
    // 20", "en torno a 50").
    let article = i > 0 && matches!(bound_word(&toks[i - 1]), "a" | "an");
    let ends = [Some(i), article.then(|| i - 1)];
    // Only the phrases whose last word is the token before an end can end there (one
    // lookup, not a scan of every phrase). The longest phrase found; of equally long
    // ones the last of [`PHRASES`], at the last of the ends (as the scan of every phrase
    // at each end, in order, gave).
    ends.iter()
        .enumerate()
        .filter_map(|(slot, end)| Some((slot, end.filter(|&e| e >= 1)?)))
        .flat_map(|(slot, end)| {
            let last = bound_word(&toks[end - 1]);
            phrases_ending_with(last)
                .iter()
                .map(move |&k| (k, slot, end))
        })
        .filter(|&(k, _, end)| {
            let words = PHRASES[k].0;
            end >= words.len()
                && toks[end - words.len()..end]
                    .iter()
                    .zip(words.iter())
                    .all(|(t, w)| bound_word(t) == *w)
        })
        .max_by_key(|&(k, slot, _)| (PHRASES[k].0.len(), k, slot))
        .map_or((Bound::Exact, i), |(k, _, end)| {
            (PHRASES[k].1, end - PHRASES[k].0.len())
        })
}

/// The word a bound phrase reads for token `t`: its normalised form, but "jusqu'à" for
/// the "à" the tokenizer keeps of it. `text.rs` keeps the word after an elided one
/// ("l'usine" is "usine"), so "jusqu'à 6 400 personnes" reads "à 6 400", no bound, and
/// its flag was solid against a lower figure with "jusqu'à" left out of its text. An "à"
/// written in seven code points is "jusqu'à" (any apostrophe; the other elisions before
/// "à" are shorter, "qu'à", or longer, "lorsqu'à"). Offsets are code points.
pub(super) fn bound_word(t: &Token) -> &str {
    if t.norm == "à" && t.end - t.start == "jusqu'à".chars().count() {
        "jusqu'à"
    } else {
        &t.norm
    }
}

/// The indices into [`PHRASES`] (ascending) of the phrases whose last word is `word`;
/// empty for a word that ends none.
fn phrases_ending_with(word: &str) -> &'static [usize] {
    static BY_LAST: OnceLock<FxMap<&'static str, Vec<usize>>> = OnceLock::new();
    let by_last = BY_LAST.get_or_init(|| {
        let mut m: FxMap<&'static str, Vec<usize>> = FxMap::default();
        for (k, (words, _)) in PHRASES.iter().enumerate() {
            if let Some(last) = words.last() {
                m.entry(*last).or_default().push(k);
            }
        }
        m
    });
    by_last.get(word).map_or(&[], Vec::as_slice)
}

/// The bound of a Chinese or Japanese word before a count (`None`: not a word of
/// [`HAN_BEFORE`]).
pub(super) fn han_bound(word: &str) -> Option<Bound> {
    HAN_BEFORE.iter().find(|(w, _)| *w == word).map(|(_, b)| *b)
}

/// The values a figure stands for: low and high ends, and whether each is included.
#[derive(Debug, Clone, Copy)]
struct Range {
    lo: f64,
    lo_in: bool,
    hi: f64,
    hi_in: bool,
}

/// How far from the figure "about" and "nearly" reach: a fifth of it, and at least one
/// for a whole figure ("about 58km" takes in 60km, "nearly 100" takes in 98, "about
/// three" takes in four).
fn reach(v: f64) -> f64 {
    let fifth = v.abs() / 5.0;
    if v.fract() == 0.0 {
        fifth.max(1.0)
    } else {
        fifth
    }
}

/// The values figure `v` with bound `b` stands for.
fn range(v: f64, b: Bound) -> Range {
    let (lo, lo_in, hi, hi_in) = match b {
        Bound::Exact => (v, true, v, true),
        Bound::AtLeast => (v, true, f64::INFINITY, false),
        Bound::MoreThan => (v, false, f64::INFINITY, false),
        Bound::AtMost => (f64::NEG_INFINITY, false, v, true),
        Bound::LessThan => (f64::NEG_INFINITY, false, v, false),
        Bound::About => (v - reach(v), true, v + reach(v), true),
        Bound::Nearly => (v - reach(v), true, v, false),
        Bound::From(lo) => (f64::from_bits(lo), true, v, true),
    };
    Range {
        lo,
        lo_in,
        hi,
        hi_in,
    }
}

/// Whether two figures with their bounds may both be true: their ranges of values meet.
/// Two different exact figures never do; "at least 10" and "twelve" do, "at least 10" and
/// "eight" do not. Two approximate figures ("about", "nearly", in any language) may both
/// be true only when one figure lies within the other's reach ("about 58km" / "about
/// 60km"); their two reaches meeting halfway is not enough: "Circa 600" / "Circa 800",
/// "cerca de 50" / "cerca de 70" and "about six hours" / "about four hours" are two
/// figures, as "Près de 400" / "Environ 600" are (trial 32 F13: one rule for all).
fn compatible((x, bx): (f64, Bound), (y, by): (f64, Bound)) -> bool {
    let approximate = |b: Bound| matches!(b, Bound::About | Bound::Nearly);
    if approximate(bx) && approximate(by) && x != y {
        return meet(range(x, bx), range(y, Bound::Exact))
            || meet(range(y, by), range(x, Bound::Exact));
    }
    meet(range(x, bx), range(y, by))
}

/// Whether two ranges of values share a value.
fn meet(r: Range, s: Range) -> bool {
    // The higher of the low ends against the lower of the high ends.
    let (lo, lo_in) = if r.lo > s.lo || (r.lo == s.lo && !r.lo_in) {
        (r.lo, r.lo_in)
    } else {
        (s.lo, s.lo_in)
    };
    let (hi, hi_in) = if r.hi < s.hi || (r.hi == s.hi && !r.hi_in) {
        (r.hi, r.hi_in)
    } else {
        (s.hi, s.hi_in)
    };
    lo < hi || (lo == hi && lo_in && hi_in)
}

/// How two figures with their bounds compare ([`agree`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Verdict {
    /// Said the same way, or a figure and a bound it sits on ("at least 30" / "30"): no flag.
    Agree,
    /// Told differently, but both may be true ("at least 10" / "twelve", "between 10 and
    /// 20" / "15", "nearly 100" / "100"): the softer flag.
    Soft,
    /// Both cannot be true ("more than 30" / "30", "between 10 and 20" / "25"): the solid flag.
    Solid,
}

/// How figure `x` with bound `bx` compares with figure `y` with bound `by`. The same figure
/// agrees unless a bound leaves it out ("more than 30" / "30": solid; "nearly 100" / "100":
/// softer, as "100" may be rounded) or one side is a range and the other is not ("between
/// 10 and 20" / "20": softer, as for any figure inside the range).
pub(super) fn agree((x, bx): (f64, Bound), (y, by): (f64, Bound)) -> Verdict {
    let fits = compatible((x, bx), (y, by));
    if x == y {
        let range_once = matches!(bx, Bound::From(_)) != matches!(by, Bound::From(_))
            || (matches!(bx, Bound::From(_)) && bx != by);
        // "Nearly" against a bound that takes in the figure itself.
        let holds = |b: Bound| !matches!(b, Bound::MoreThan | Bound::LessThan | Bound::Nearly);
        let nearly = (bx == Bound::Nearly && holds(by)) || (by == Bound::Nearly && holds(bx));
        return match (fits, range_once, nearly) {
            (true, false, _) => Verdict::Agree,
            (true, true, _) | (false, _, true) => Verdict::Soft,
            (false, _, false) => Verdict::Solid,
        };
    }
    // Two different maxima of one thing ("waves up to 6 metres" / "up to 12 metres")
    // cannot both be the most it reached (trial 38 F8: the softer flag). Two lower bounds
    // ("at least 23" / "at least 31") may both be true: a toll counted at two times.
    let maxima = bx == Bound::AtMost && by == Bound::AtMost;
    // A rough figure that lies within a bound on one side ("About 120 people" / "More than
    // 100 people"; session 53's testers had the softer flag): both vague, they may tell
    // one count: no flag. A rough figure outside the bound ("unos 1,5 millones" / "al
    // menos 1,8 millones") is still the softer flag when their ranges meet, the solid one
    // when not ("About 300" / "More than 400").
    let approximate = |b: Bound| matches!(b, Bound::About | Bound::Nearly);
    let one_sided = |b: Bound| {
        matches!(
            b,
            Bound::AtLeast | Bound::MoreThan | Bound::AtMost | Bound::LessThan
        )
    };
    let inside = |(v, b): (f64, Bound), (w, c): (f64, Bound)| {
        approximate(b) && one_sided(c) && meet(range(v, Bound::Exact), range(w, c))
    };
    if inside((x, bx), (y, by)) || inside((y, by), (x, bx)) {
        return Verdict::Agree;
    }
    if fits && !maxima {
        Verdict::Soft
    } else {
        Verdict::Solid
    }
}

/// The sizes vague words stand for, roughly (low and high ends): English words ("a few",
/// "several", "dozens", "hundreds") and the keys of Chinese ones (`cjk.rs`: "ten-odd" for
/// 十几). Two vague words whose sizes meet ("several" / "a few", "dozens" / "scores of") may
/// tell one count; two that do not ("a few" / "hundreds") are told differently, but never
/// contradict each other: the softer flag.
const VAGUE_SIZES: &[(&str, f64, f64)] = &[
    ("couple", 2.0, 3.0),
    ("few", 2.0, 5.0),
    ("handful", 2.0, 6.0),
    ("several", 3.0, 9.0),
    ("multiple", 2.0, f64::INFINITY),
    ("numerous", 5.0, f64::INFINITY),
    ("many", 6.0, f64::INFINITY),
    ("countless", 50.0, f64::INFINITY),
    // Each plural scale word ends below the next one's start, so "dozens" / "hundreds" and
    // "hundreds" / "thousands" are sizes apart (the softer flag), as "dozens" / "thousands".
    ("dozens", 20.0, 199.0),
    ("scores", 40.0, 1000.0),
    ("hundreds", 200.0, 1999.0),
    ("thousands", 2000.0, 1_999_999.0),
    ("millions", 2e6, f64::INFINITY),
    // A scale word without a figure ("several hundred homes").
    ("hundred", 100.0, 999.0),
    ("thousand", 1000.0, 9999.0),
    ("million", 1e6, 1e7),
    ("ten-odd", 11.0, 19.0),
];

/// The size a vague word stands for ([`VAGUE_SIZES`]), `None` for a word not there.
pub(crate) fn vague_size(word: &str) -> Option<(f64, f64)> {
    VAGUE_SIZES
        .iter()
        .find(|(w, _, _)| *w == word)
        .map(|&(_, lo, hi)| (lo, hi))
}

/// How two vague counts of these sizes compare: the same or meeting sizes agree ("several"
/// / "a few"), sizes apart are the softer kind ("a few" / "hundreds"), never the solid one.
pub(super) fn vague_agree((lo, hi): (f64, f64), (lo2, hi2): (f64, f64)) -> Verdict {
    if lo <= hi2 && lo2 <= hi {
        Verdict::Agree
    } else {
        Verdict::Soft
    }
}

#[cfg(test)]
mod tests_phrase_index {
    use super::*;
    use crate::matcher::features::{Idf, Prepared};

    /// `bound_before` as it scanned every phrase at each end, in order.
    fn scanned(toks: &[Token], i: usize) -> (Bound, usize) {
        let article = i > 0 && matches!(bound_word(&toks[i - 1]), "a" | "an");
        let ends = [Some(i), article.then(|| i - 1)];
        PHRASES
            .iter()
            .flat_map(|(words, b)| ends.iter().flatten().map(move |&end| (words, b, end)))
            .filter(|(words, _, end)| {
                *end >= words.len()
                    && toks[end - words.len()..*end]
                        .iter()
                        .zip(words.iter())
                        .all(|(t, w)| bound_word(t) == *w)
            })
            .max_by_key(|(words, _, _)| words.len())
            .map_or((Bound::Exact, i), |(words, b, end)| (*b, end - words.len()))
    }

    #[test]
    fn the_index_by_last_word_finds_the_bound_the_scan_found() {
        let mut texts: Vec<String> = PHRASES
            .iter()
            .flat_map(|(w, _)| {
                let p = w.join(" ");
                [
                    format!("{p} 40 people"),
                    format!("{p} a dozen people"),
                    format!("not {p} 7"),
                ]
            })
            .collect();
        texts.push("at least 10 people and no more than a dozen".to_string());
        for text in &texts {
            let p = Prepared::new(text, Idf::builtin());
            for i in 0..p.tokens.len() {
                let (x, y) = (bound_before(&p.tokens, i), scanned(&p.tokens, i));
                assert_eq!(format!("{x:?}"), format!("{y:?}"), "{text} at {i}");
            }
        }
        let p = Prepared::new("at least 10 people", Idf::builtin());
        assert!(matches!(bound_before(&p.tokens, 2).0, Bound::AtLeast));
    }
}
