//! What a date or a count is about (its anchor: the content words around it), so that
//! two dates or counts are compared only when they are about the same thing.

use crate::matcher::features::Prepared;
use crate::matcher::lexicon::when_clauses::WHEN;
use crate::matcher::text::{Kind, Token};

/// How many content words on each side of a date or count [`anchor`] looks at.
const ANCHOR_WORDS: usize = 4;

/// A content word around a date or a count: its stem, its event classes, whether it comes
/// after the expression, and its rank on that side (1 = the nearest content word).
#[derive(Clone, Copy)]
struct Word {
    stem: u64,
    classes: crate::matcher::align::Classes,
    after: bool,
    rank: usize,
    /// Whether the word tells a prison sentence ([`SENTENCED`]).
    sentenced: bool,
    /// Whether the word tells that something happened or broke out ([`HAPPENED`]), an
    /// accident happening (`lexicon::accident_verbs`) or a road left ([`left_road`]).
    happened: bool,
    /// Whether the word tells that something was found out ([`DISCOVERED`]).
    discovered: bool,
    /// Whether the word tells a break-in (`lexicon::break_ins`: "broke in", "pried
    /// open", "forzato").
    break_in: bool,
}

/// How many content words on each side of a clock time [`anchor`] looks at for a word of
/// a break-in (`lexicon::break_ins`), past [`ANCHOR_WORDS`] ([`Reach::BreakIn`]): the act
/// of a break-in times its clause however many words stand between ("The robbers *pried*
/// open a side entrance of the Museo del Violino at about 4:15 a.m.": trial 47, item 1).
const BREAK_IN_WORDS: usize = 8;

/// How far [`anchor`] looks from a date or a count: [`ANCHOR_WORDS`] content words on each
/// side, or, for a clock time, which may time a break-in told many words before it, as
/// far as [`BREAK_IN_WORDS`] for a word of a break-in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Reach {
    /// [`ANCHOR_WORDS`] content words: counts, places, dates other than clock times.
    Near,
    /// [`ANCHOR_WORDS`] content words, and a word of a break-in up to [`BREAK_IN_WORDS`]:
    /// clock times (`dates.rs`).
    BreakIn,
}

/// Words of a prison sentence: "jailed for eight years" and "sentenced to nine years in
/// prison" tell one term (trial 23, F-C).
const SENTENCED: &[&str] = &[
    "jailed",
    "jail",
    "sentenced",
    "sentence",
    "imprisoned",
    "imprisonment",
    "prison",
    "locked",
    "condamné",
    "condamnée",
    "condamnés",
    "emprisonnement",
    "verurteilt",
    "haft",
    "gefängnis",
    "haftstrafe",
    "condenado",
    "condenada",
    "cárcel",
    "prisión",
    "condannato",
    "condannata",
    "carcere",
    "reclusione",
];

/// Verbs of something happening or breaking out, whose time is the event's: "El
/// accidente se produjo a las 19.45 horas" and "El siniestro ocurrió a las 21.45 horas"
/// time one accident, "le feu, qui s'est déclaré vers 14 h 30" and "le feu a pris vers 16
/// heures" one fire (trial 39 N4), though they share no word.
#[rustfmt::skip]
const HAPPENED: &[&str] = &[
    // en
    "happened", "occurred", "occured", "erupted", "started", "began", "broke",
    // es
    "produjo", "produjeron", "ocurrió", "ocurrieron", "sucedió", "registró", "declaró",
    "originó", "inició", "comenzó", "desató",
    // fr
    "produit", "produite", "survenu", "survenue", "survenus", "déclaré", "déclarée",
    "éclaté", "pris", "démarré", "commencé",
    // de
    "ereignete", "geschah", "passierte", "ausgebrochen", "ausbrach", "brach", "begann",
    // it
    "avvenuto", "avvenuta", "accaduto", "accaduta", "verificato", "verificata",
    "scoppiato", "scoppiata", "divampato", "divampata", "iniziato",
    // pt
    "ocorreu", "ocorreram", "aconteceu", "deflagrou", "começou",
    // nl
    "gebeurde", "plaatsvond", "ontstond", "brak", "begon",
];

/// Verbs of something found out, whose time is when it was found: "The attack was
/// detected at around 3 a.m." and "the intrusion was discovered shortly after 5 a.m." time
/// one discovery (trial 49 F5), though they share no word. Kept apart from [`HAPPENED`]:
/// when a fire broke out and when it was found are two times.
#[rustfmt::skip]
const DISCOVERED: &[&str] = &[
    // en
    "detected", "discovered", "noticed", "spotted",
    // fr
    "découvert", "découverte", "détecté", "détectée", "constaté", "constatée", "repéré",
    "repérée", "remarqué", "remarquée",
    // de
    "entdeckt", "bemerkt", "festgestellt",
    // es
    "descubierto", "descubierta", "descubrió", "descubrieron", "detectado", "detectada",
    "detectó", "detectaron",
    // it
    "scoperto", "scoperta", "rilevato", "rilevata", "notato", "notata",
    // pt
    "descoberto", "descoberta", "descobriu", "descobriram", "detetado", "detetada",
    "detetou",
    // nl
    "ontdekt", "ontdekte", "ontdekten", "opgemerkt",
];

/// Auxiliary and modal verbs of other languages than English that are no stop words ("è
/// sospesa e dovrebbe riprendere martedì": trial 34 F4.4): they tell no fact, so they are
/// no anchor words and do not push the words that do out of [`ANCHOR_WORDS`].
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    // it
    "è", "sono", "erano", "sarà", "saranno", "dovrebbe", "dovrebbero", "potrebbe",
    "potrebbero", "deve", "devono", "avrebbe", "avrebbero", "furono", "stato", "stati",
    "stata",
    // es ("fueron absueltos" / "fueron condenados" share no fact: trial 34 F2.1)
    "es", "está", "están", "será", "serán", "debería", "deberían", "podría", "podrían",
    "debe", "deben", "habría", "habrían", "fue", "fueron", "sido", "había", "habían",
    // fr
    "doit", "doivent", "devrait", "devraient", "pourrait", "pourraient", "sera", "seront",
    "aurait", "auraient",
    // pt
    "é", "são", "deverá", "deveria", "poderia", "devem", "foi", "foram",
    // de
    "soll", "sollen", "sollte", "sollten", "könnte", "könnten", "muss", "müssen", "hätte",
    "hätten",
];

/// Whether a word (lower case) is an auxiliary or modal verb of another language than
/// English that is no stop word ([`AUXILIARIES`]: "è", "dovrebbe", "avrebbe").
pub(crate) fn auxiliary_verb(norm: &str) -> bool {
    word_bits(norm) & AUXILIARY != 0
}

/// [`word_bits`]'s bit of a word of [`AUXILIARIES`].
const AUXILIARY: u8 = 1;
/// [`word_bits`]'s bit of a word of [`SENTENCED`].
const PRISON: u8 = 2;
/// [`word_bits`]'s bit of a word of [`HAPPENED`].
const HAPPEN: u8 = 4;
/// [`word_bits`]'s bit of a word of a break-in (`lexicon::break_ins::BREAK_INS`).
const BREAK_IN: u8 = 8;
/// [`word_bits`]'s bit of a word of [`DISCOVERED`].
const DISCOVER: u8 = 16;

/// Which of [`AUXILIARIES`] ([`AUXILIARY`]), [`SENTENCED`] ([`PRISON`]), [`HAPPENED`]
/// ([`HAPPEN`]), the break-ins (`lexicon::break_ins::BREAK_INS`, [`BREAK_IN`]) and
/// [`DISCOVERED`] ([`DISCOVER`]) hold `norm`,
/// from one map built once: [`anchor`] asks it of every word it passes.
fn word_bits(norm: &str) -> u8 {
    use crate::matcher::text::FxMap;
    static MAP: std::sync::OnceLock<FxMap<&'static str, u8>> = std::sync::OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut m: FxMap<&'static str, u8> = FxMap::default();
        for (words, bit) in [
            (AUXILIARIES, AUXILIARY),
            (SENTENCED, PRISON),
            (HAPPENED, HAPPEN),
            (
                crate::matcher::lexicon::accident_verbs::ACCIDENT_VERBS,
                HAPPEN,
            ),
            (crate::matcher::lexicon::break_ins::BREAK_INS, BREAK_IN),
            (DISCOVERED, DISCOVER),
        ] {
            for w in words {
                *m.entry(w).or_insert(0) |= bit;
            }
        }
        m
    });
    map.get(norm).copied().unwrap_or(0)
}

/// What a date or a count is about: the content words within [`ANCHOR_WORDS`] on each
/// side of tokens `lo..=hi` (the expression: "Thursday, December 11", "at least four
/// times"), and a word of a break-in within [`BREAK_IN_WORDS`] where `reach` is
/// [`Reach::BreakIn`], in its clause (a comma, semicolon, colon, dash or bracket ends the clause, in
/// their Chinese and Japanese forms too: "，", "、").
/// Numbers, dates and stop words are not counted.
fn anchor(p: &Prepared, chars: &[char], (lo, hi): (usize, usize), reach: Reach) -> Vec<Word> {
    let toks = &p.tokens;
    let boundary = |from: usize, to: usize| {
        chars.get(from..to).is_some_and(|gap| {
            // A spaced hyphen is a dash; the one inside "pin-up" is not.
            gap.iter()
                .any(|c| ",;:()[]\u{2013}\u{2014}，；：（）、。".contains(*c))
                || (gap.len() > 1 && gap.contains(&'-'))
        })
    };
    // A content word's bits of [`word_bits`] (the map is asked once per word), `None`
    // for a word that is no anchor word.
    let content = |t: &Token| {
        if t.stop || t.kind != Kind::Word || t.date {
            return None;
        }
        let bits = word_bits(&t.norm);
        (bits & AUXILIARY == 0).then_some(bits)
    };
    let break_in = |k: usize, bits: u8| {
        let next = || toks.get(k + 1).map_or("", |t| t.norm.as_str());
        bits & BREAK_IN != 0
            || crate::matcher::lexicon::break_ins::break_form(&toks[k].norm, next())
    };
    let word = |k: usize, bits: u8, after: bool, rank: usize| Word {
        stem: toks[k].stem,
        classes: toks[k].classes,
        after,
        rank,
        sentenced: bits & PRISON != 0,
        happened: bits & HAPPEN != 0 || left_road(toks, k) || hit_rocks(toks, k),
        discovered: bits & DISCOVER != 0,
        break_in: break_in(k, bits),
    };
    // Within [`ANCHOR_WORDS`] every content word; past them, up to [`BREAK_IN_WORDS`],
    // only a word of a break-in.
    let kept = |k: usize, bits: u8, n: usize| n <= ANCHOR_WORDS || break_in(k, bits);
    let words = match reach {
        Reach::Near => ANCHOR_WORDS,
        Reach::BreakIn => BREAK_IN_WORDS,
    };
    let mut out = Vec::new();
    let (mut k, mut n) = (lo, 0);
    while k > 0 && n < words && !boundary(toks[k - 1].end, toks[k].start) {
        k -= 1;
        if let Some(bits) = content(&toks[k]) {
            n += 1;
            if kept(k, bits, n) {
                out.push(word(k, bits, false, n));
            }
        }
    }
    // A clock time's clause goes on past a comma before a word of "when" ("happened
    // shortly after 8:10 a.m., when the train left the line": trial 50 F6), once.
    let when_clause = |k: usize| {
        reach == Reach::BreakIn
            && toks
                .get(k + 1)
                .is_some_and(|t| WHEN.contains(&t.norm.as_str()))
            && chars
                .get(toks[k].end..toks[k + 1].start)
                .is_some_and(|gap| gap.iter().collect::<String>().trim() == ",")
    };
    let mut crossed = false;
    let (mut k, mut n) = (hi, 0);
    while k + 1 < toks.len() && n < words {
        if boundary(toks[k].end, toks[k + 1].start) {
            if crossed || !when_clause(k) {
                break;
            }
            crossed = true;
        }
        k += 1;
        if let Some(bits) = content(&toks[k]) {
            n += 1;
            if kept(k, bits, n) {
                out.push(word(k, bits, true, n));
            }
        }
    }
    out
}

/// Whether token `k` of `toks` is a word of a road after a verb of leaving, at most two
/// words between ("left the road", "se salió de la calzada", "kam von der Fahrbahn"):
/// a vehicle leaving the road, an accident happening, whose time is the accident's as
/// the time of "happened" is (`lexicon::accident_verbs`; session 54, trial 57).
fn left_road(toks: &[Token], k: usize) -> bool {
    use crate::matcher::lexicon::accident_verbs::{LEAVING, ROADS};
    ROADS.contains(&toks[k].norm.as_str())
        && (k.saturating_sub(3)..k).any(|j| {
            LEAVING.contains(&toks[j].norm.as_str()) && toks[j + 1..k].iter().all(|t| t.stop)
        })
}

/// Whether token `k` of `toks` is a word of rocks after a verb of hitting, at most two
/// words between ("struck rocks", "hit a reef", "a heurté des rochers"): a ship run
/// aground, whose time is the grounding's as the time of "happened" is
/// (`lexicon::accident_verbs`; trial 58).
fn hit_rocks(toks: &[Token], k: usize) -> bool {
    use crate::matcher::lexicon::accident_verbs::{HITTING, ROCKS};
    ROCKS.contains(&toks[k].norm.as_str())
        && (k.saturating_sub(3)..k).any(|j| {
            HITTING.contains(&toks[j].norm.as_str()) && toks[j + 1..k].iter().all(|t| t.stop)
        })
}

/// How closely two anchors agree: for each word of `x`, its best match in `y` (the same
/// stem, a shared event class, or two words of a prison sentence, [`SENTENCED`], of
/// something happening, [`HAPPENED`], of something found out, [`DISCOVERED`], or of a
/// break-in, `lexicon::break_ins`) weighs `1 / (rank_x * rank_y)`, halved when the two
/// stand on different sides of their expressions; the sum over `x`. Nearer words weigh
/// more, so in "closed on Monday and will reopen on Friday" the first date is about
/// "closed" and the second about "reopen", though each has both words in its window.
fn similarity(x: &[Word], y: &[Word]) -> f64 {
    x.iter()
        .map(|u| {
            y.iter()
                .filter(|v| {
                    u.stem == v.stem
                        || u.classes & v.classes != 0
                        || (u.sentenced && v.sentenced)
                        || (u.happened && v.happened)
                        || (u.discovered && v.discovered)
                        || (u.break_in && v.break_in)
                })
                .map(|v| {
                    let w = 1.0 / (u.rank * v.rank) as f64;
                    if u.after == v.after {
                        w
                    } else {
                        w / 2.0
                    }
                })
                .fold(0.0, f64::max)
        })
        .sum()
}

/// The tokens inside code points `start..end` of `p`, as token indices `(lo, hi)`.
pub(super) fn tokens_within(p: &Prepared, (start, end): (usize, usize)) -> Option<(usize, usize)> {
    let lo = p.tokens.iter().position(|t| t.start >= start)?;
    let hi = p.tokens.iter().rposition(|t| t.end <= end)?;
    (lo <= hi).then_some((lo, hi))
}

/// Whether two dates or counts (token ranges of `a` and `b`) are about the same thing, and
/// how closely: `Some(similarity)` ([`similarity`]) when their anchors ([`anchor`]) share
/// a stem or an event class ("killed in Ohio on Monday" / "killed in Texas on Friday";
/// "shot at least four times" / "shot several times"), `Some(0.0)` when one of them has no
/// anchor to tell, `None` otherwise. A long sentence carries several facts with their own
/// dates and figures: "suffering a heart attack on December 2" and "passed away Thursday,
/// December 11" date two events, not one event twice. The anchors reach
/// [`Reach::Near`]; clock times reach further for a break-in ([`anchor_match_within`]).
pub(super) fn anchor_match(
    a: &Prepared,
    xa: (usize, usize),
    b: &Prepared,
    xb: (usize, usize),
) -> Option<f64> {
    anchor_match_within(a, xa, b, xb, Reach::Near)
}

/// [`anchor_match`] with anchors of reach `reach` ([`Reach`]).
pub(super) fn anchor_match_within(
    a: &Prepared,
    xa: (usize, usize),
    b: &Prepared,
    xb: (usize, usize),
    reach: Reach,
) -> Option<f64> {
    let ca = crate::matcher::flags::chars_of(a);
    let cb = crate::matcher::flags::chars_of(b);
    let xa = anchor(a, ca, xa, reach);
    let xb = anchor(b, cb, xb, reach);
    if xa.is_empty() || xb.is_empty() {
        return Some(0.0);
    }
    let s = similarity(&xa, &xb);
    (s > 0.0).then_some(s)
}

/// Pairs candidates one to one, the most alike first: `candidates` are `(i, j,
/// similarity)` for item `i` of one sentence and item `j` of the other; each `i` and each
/// `j` is taken at most once. Returns the pairs taken, ordered by `i`. A sentence with
/// two facts ("closed on Monday and will reopen in 2027") thus compares each date with the
/// other report's date of the same fact, not the first with the first.
pub(super) fn pair_best(candidates: Vec<(usize, usize, f64)>) -> Vec<(usize, usize)> {
    // A few candidates: repeated scans instead of sorts (smaller code in the page).
    let mut taken: Vec<(usize, usize)> = Vec::new();
    while let Some((i, j, _)) = candidates
        .iter()
        .copied()
        .filter(|&(i, j, _)| taken.iter().all(|&(x, y)| x != i && y != j))
        .reduce(|b, c| {
            if c.2 > b.2 || (c.2 == b.2 && (c.0, c.1) < (b.0, b.1)) {
                c
            } else {
                b
            }
        })
    {
        let at = taken
            .iter()
            .position(|&(x, _)| x > i)
            .unwrap_or(taken.len());
        taken.insert(at, (i, j));
    }
    taken
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::features::Idf;

    /// `text` prepared, with the tokens of `expr` in it.
    fn at(text: &str, expr: &str) -> (Prepared, (usize, usize)) {
        let p = Prepared::new(text, Idf::builtin());
        let s = text.find(expr).expect("the expression is in the text");
        let r = tokens_within(&p, (s, s + expr.len())).expect("the expression has tokens");
        (p, r)
    }

    /// A word of a break-in seven content words from a clock time anchors it only with
    /// [`Reach::BreakIn`] (dates' clock times); counts and places keep [`Reach::Near`]
    /// ([`anchor_match`]); within [`ANCHOR_WORDS`] either reach reads it.
    #[test]
    fn only_clock_times_reach_far_for_a_break_in() {
        let (a, xa) = at(
            "The robbers pried open a side entrance of the old violin museum at 4:15 a.m.",
            "4:15 a.m.",
        );
        let (b, xb) = at("The robbers broke in at 3:40 a.m.", "3:40 a.m.");
        assert!(anchor_match_within(&a, xa, &b, xb, Reach::BreakIn).is_some_and(|s| s > 0.0));
        assert_eq!(anchor_match_within(&a, xa, &b, xb, Reach::Near), None);
        assert_eq!(anchor_match(&a, xa, &b, xb), None);
        let (c, xc) = at("The robbers pried open a door at 4:15 a.m.", "4:15 a.m.");
        assert!(anchor_match(&c, xc, &b, xb).is_some_and(|s| s > 0.0));
    }
}
