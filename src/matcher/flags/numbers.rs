//! The number flags: the counts of a sentence (figures and vague words with what they
//! count) and the pairs of counts of the same thing that two sentences give differently.

use super::anchor::{anchor_match, pair_best, tokens_within};
use super::bounds::{agree, bound_before, vague_agree, vague_size, Bound, Verdict};
use super::figures::{
    address, article_figure, change_earlier, change_start, digit_groups, figure_step, glued,
    proportion, quantifier_start, range_low, score_first, unit_key, GLUED_UNITS, PROPORTION_STEP,
    SCORE_AFTER, ZONES,
};
use super::{cjk, Ranges};
use crate::matcher::features::Prepared;
use crate::matcher::text::{Kind, Token};

/// What a figure is to the fact it tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// A count as it stands ("20 people", and the last figure of "rose from 10 to 20").
    Count,
    /// The earlier figure of a change ("from 10" in "rose from 10 to 20 people"): compared
    /// only with another change's earlier figure.
    Earlier,
    /// A score or a tally ("a 2-3 defeat", "won 3-1", "a 5-4 vote"): compared only with
    /// another score, the same figures in either order agreeing ("2-3" / "3-2") and other
    /// figures differing (the solid kind).
    Score,
}

/// A count of a sentence: its value, what it counts, its bound, its range (code points).
struct NumSlot {
    value: u64,
    /// What the figure is to its fact (a count, the earlier figure of a change).
    role: Role,
    /// The token of the figure (`usize::MAX` for a Chinese or Japanese count).
    tok: usize,
    noun: Option<u64>,
    /// The counted noun's synonym classes (`align::SYNONYMS`): "vehicles" / "cars".
    noun_class: u32,
    /// A vague count ("several", "数").
    vague: bool,
    /// The size a vague count stands for ("several": three to nine; `bounds::vague_size`).
    size: (f64, f64),
    /// What the words around the figure say of it ("at least", "nearly"; `bounds.rs`).
    bound: Bound,
    /// The place value of the figure's last written digit (`figures::figure_step`: 0.1
    /// for "0.8"); for a proportion how roughly it tells its share
    /// (`figures::PROPORTION_STEP`).
    step: f64,
    start: usize,
    end: usize,
}
/// The counts of a sentence: numbers and vague quantities with what they count (the noun
/// after them, a unit), and the counts of Chinese and Japanese text (`cjk::han_counts`:
/// "四枪", "三人", "数枪").
fn number_slots(p: &Prepared) -> Vec<NumSlot> {
    let toks = &p.tokens;
    let mut out: Vec<NumSlot> = cjk::han_counts(p)
        .into_iter()
        .map(|c| NumSlot {
            value: c.value,
            role: Role::Count,
            tok: usize::MAX,
            noun: Some(c.counted),
            noun_class: 0,
            vague: c.vague,
            size: c.size,
            bound: c.bound,
            step: 1.0,
            start: c.range.0,
            end: c.range.1,
        })
        .collect();
    let han = out.len();
    for (i, t) in toks.iter().enumerate() {
        // A figure a Chinese or Japanese count has read, with its bound ("超过30所").
        if out[..han]
            .iter()
            .any(|h| h.start <= t.start && t.end <= h.end)
        {
            continue;
        }
        // "60 000 fans": the figure is read at its last group of digits.
        if digit_groups(p, i + 1).is_some_and(|(_, s)| s <= i) {
            continue;
        }
        let grouped = digit_groups(p, i);
        // "half a dozen", "a million": read at the figure after "a".
        let article = article_figure(toks, i);
        if article_figure(toks, i + 2).is_some_and(|(_, s)| s == i) {
            continue;
        }
        let is_num = matches!(t.kind, Kind::Number(_)) && !t.date;
        let vague = t.kind == Kind::Vague && article.is_none();
        let glued = glued(toks, i);
        if (!is_num && !vague && glued.is_none() && article.is_none()) || address(toks, i) {
            continue;
        }
        // Values compare as numbers ("4" / "four"); a vague word by its stem and size.
        let value = match (t.kind, glued, article.or(grouped)) {
            (_, _, Some((v, _))) | (Kind::Number(v), _, _) | (_, Some((v, _)), _) => v.to_bits(),
            _ => t.stem,
        };
        // Where the figure's words start ("half" in "half a dozen", "60" in "60 000").
        let at = article.or(grouped).map_or(i, |(_, s)| s);
        let size = vague_size(&t.norm).unwrap_or((2.0, f64::INFINITY));
        // A proportion ("one in five voters") is a share, read at its whole as a percentage.
        if (i + 2..=i + 3).any(|k| proportion(toks, k).is_some_and(|(s, _)| s == i)) {
            continue;
        }
        if let Some((part, share)) = proportion(toks, i) {
            out.push(NumSlot {
                value: share.to_bits(),
                role: Role::Count,
                tok: i,
                noun: Some(unit_key("percent")),
                noun_class: 0,
                vague: false,
                size,
                bound: bound_before(toks, part).0,
                step: PROPORTION_STEP,
                start: quantifier_start(toks, part),
                // With the word it is a share of ("one in seven 15-year-olds"), which
                // tells the share apart from another of the sentence.
                end: toks
                    .get(i + 1)
                    .filter(|n| n.kind == Kind::Word && !n.stop)
                    .map_or(t.end, |n| n.end),
            });
            continue;
        }
        // The lower figure of a range is read with the upper one ("between 10 and 20"),
        // the first figure of a score with the second.
        if glued.is_none() && [i + 1, i + 2].iter().any(|&k| range_low(p, k).0 == Some(i))
            || score_first(p, i + 1) == Some(i)
        {
            continue;
        }
        if let (Some(f), Kind::Number(v)) = (score_first(p, i), t.kind) {
            out.push(score_slot(p, f, i, v));
            continue;
        }
        let (bound, first) = match (glued, range_low(p, i)) {
            (None, (Some(lo), first)) => match toks[lo].kind {
                Kind::Number(v) => (Bound::From(v.to_bits()), first),
                _ => (bound_before(toks, i).0, i),
            },
            _ => (bound_before(toks, at).0, change_start(p, at)),
        };
        let role = match change_earlier(p, i) {
            Some(_) => Role::Earlier,
            None => Role::Count,
        };
        if let Some((_, unit)) = glued {
            out.push(NumSlot {
                value,
                role,
                tok: i,
                noun: Some(unit_key(unit)),
                noun_class: 0,
                vague,
                size,
                bound,
                step: figure_step(p, i, f64::from_bits(value)),
                start: quantifier_start(toks, i),
                end: t.end,
            });
            continue;
        }
        let mut noun = None;
        let mut noun_class = 0;
        let mut end = t.end;
        for (j, n) in toks.iter().enumerate().skip(i + 1).take(3) {
            // "20%", "20 percent" and "20 per cent" count one thing.
            let per_cent = n.norm == "per" && toks.get(j + 1).is_some_and(|c| c.norm == "cent");
            if j == i + 1 && (per_cent || n.norm == "percent") {
                noun = Some(unit_key("percent"));
                end = toks[j + usize::from(per_cent)].end;
                break;
            }
            if n.kind == Kind::Word && GLUED_UNITS.contains(&n.norm.as_str()) && j == i + 1 {
                noun = Some(unit_key(&n.norm));
                end = n.end;
                break;
            }
            // A letter is an abbreviation, not a counted thing ("3 p. m."); a time zone
            // makes a clock time ("by 1018 GMT, but analysts ...").
            if n.kind == Kind::Word
                && (n.norm.chars().count() == 1 || ZONES.contains(&n.norm.as_str()))
            {
                break;
            }
            if n.kind == Kind::Word && !n.stop && !n.proper && n.norm != "or" {
                noun = Some(n.stem);
                noun_class = crate::matcher::align::classes(std::slice::from_ref(n));
                if j <= i + 3
                    && toks[i + 1..j].iter().all(|m| {
                        m.proper
                            || !m.stop
                            || matches!(m.norm.as_str(), "other" | "more")
                            || (vague && m.norm == "of")
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
        out.push(NumSlot {
            value,
            role,
            tok: i,
            noun,
            noun_class,
            vague,
            size,
            bound,
            step: match (article.or(grouped), t.kind) {
                (None, Kind::Number(v)) => figure_step(p, i, v),
                _ => 1.0,
            },
            // "a few people", "a handful of".
            start: match first.checked_sub(1).map(|k| &toks[k]) {
                Some(a) if vague && a.norm == "a" => a.start,
                _ => quantifier_start(toks, first),
            },
            end,
        });
    }
    // The earlier figure of a change counts what the figure now counts ("from 10 to 20
    // people").
    for k in 0..out.len() {
        if out[k].role == Role::Earlier && out[k].noun.is_none() {
            let now = change_earlier(p, out[k].tok).flatten();
            if let Some(n) = out.iter().find(|s| Some(s.tok) == now) {
                (out[k].noun, out[k].noun_class) = (n.noun, n.noun_class);
            }
        }
    }
    out
}
/// Counts of the same things that differ, one flag per pair of facts: a count of a
/// counted thing (its noun, or a synonym: "vehicles" / "cars") whose value the other
/// sentence does not give, against the other's count of that thing with a value this one
/// does not give. Each count is paired with the one about the same thing ([`anchor_match`],
/// best pairs first, [`pair_best`]): "Five people died and 20 people were injured" / "Six
/// people died and 30 people were injured" flags five / six and 20 / 30, not 20 / six.
/// Each flag says whether it is the softer kind: one count vague, the other not ("at least
/// four times" / "several times"), or figures whose bounds let both be true ("at least 10
/// people" / "twelve people", "nearly 100" / "98": [`agree`]). Figures that cannot both
/// be true ("at least 10" / "eight", "five" / "four") give the solid kind.
pub(super) fn number_conflicts(a: &Prepared, b: &Prepared) -> Vec<(Ranges, bool)> {
    let sa = number_slots(a);
    let sb = number_slots(b);
    // A count the other sentence gives too, the same or within its bound ("at least 30" /
    // "30"), is no discrepancy.
    let in_b = |x: &NumSlot| {
        sb.iter()
            .any(|s| s.role == x.role && verdict(x, s) == Verdict::Agree)
    };
    let in_a = |y: &NumSlot| {
        sa.iter()
            .any(|s| s.role == y.role && verdict(s, y) == Verdict::Agree)
    };
    let mut candidates = Vec::new();
    for (i, x) in sa.iter().enumerate() {
        if x.noun.is_none() || in_b(x) {
            continue;
        }
        for (j, y) in sb.iter().enumerate() {
            let same_thing =
                x.role == y.role && (y.noun == x.noun || (x.noun_class & y.noun_class) != 0);
            if !same_thing || verdict(x, y) == Verdict::Agree || in_a(y) {
                continue;
            }
            let (Some(xt), Some(yt)) = (
                tokens_within(a, (x.start, x.end)),
                tokens_within(b, (y.start, y.end)),
            ) else {
                candidates.push((i, j, 0.0));
                continue;
            };
            // Two lengths of time must measure the same event ("took another six years to
            // concede" / "was jailed for 12 years" are two facts), two scores the same game
            // ("trailing 14-0" / "a 31-24 victory" are two moments). Other counted things
            // ("two other vehicles" / "several cars") say enough: the anchor only ranks.
            if x.role == Role::Score || is_duration(&a.tokens[xt.1]) {
                // An age ("61-year-old"): "old" belongs to the expression, and the anchor
                // says whose age it is.
                let old = |p: &Prepared, (lo, hi): (usize, usize)| {
                    let old = p.tokens.get(hi + 1).is_some_and(|t| t.norm == "old");
                    (lo, hi + usize::from(old))
                };
                if let Some(s) = anchor_match(a, old(a, xt), b, old(b, yt)) {
                    candidates.push((i, j, s));
                }
            } else {
                candidates.push((i, j, anchor_match(a, xt, b, yt).unwrap_or(0.0)));
            }
        }
    }
    pair_best(candidates)
        .into_iter()
        .map(|(i, j)| {
            let (x, y) = (&sa[i], &sb[j]);
            (((x.start, x.end), (y.start, y.end)), softer(x, y))
        })
        .collect()
}

/// The score or tally of figures `f` and `i` (its second figure, of value `v`): its value
/// the two figures, lower first, so that "2-3" and "3-2" agree; its bound the words before
/// it ("nearly 2-1", a ratio); its range takes in the word of the game after it ("2-3
/// defeat").
fn score_slot(p: &Prepared, f: usize, i: usize, v: f64) -> NumSlot {
    let toks = &p.tokens;
    let u = match toks[f].kind {
        Kind::Number(u) => u,
        _ => v,
    };
    let end = toks
        .get(i + 1)
        .filter(|t| SCORE_AFTER.contains(&t.norm.as_str()))
        .unwrap_or(&toks[i])
        .end;
    NumSlot {
        value: crate::matcher::text::hash_str(&format!("score {} {}", u.min(v), u.max(v))),
        role: Role::Score,
        tok: i,
        noun: Some(crate::matcher::text::hash_str("score")),
        noun_class: 0,
        vague: false,
        size: (0.0, 0.0),
        bound: bound_before(toks, f).0,
        step: 1.0,
        start: quantifier_start(toks, f),
        end,
    }
}

/// How two counts compare: two scores by their figures (the softer kind when one is told
/// roughly: "nearly 2-1"); two figures by their bounds
/// ([`agree`]); a vague count agrees with the same vague count or one of a size that meets
/// it ([`vague_agree`]), and is the softer kind against a figure or a vague count of
/// another size.
fn verdict(x: &NumSlot, y: &NumSlot) -> Verdict {
    if x.role == Role::Score || y.role == Role::Score {
        return match (
            x.value == y.value,
            x.bound == y.bound && x.bound == Bound::Exact,
        ) {
            (true, _) => Verdict::Agree,
            (false, false) => Verdict::Soft,
            (false, true) => Verdict::Solid,
        };
    }
    match (x.vague, y.vague) {
        (false, false) => {
            let (xv, yv) = (f64::from_bits(x.value), f64::from_bits(y.value));
            match agree((xv, x.bound), (yv, y.bound)) {
                Verdict::Solid if rounded((xv, x.step), (yv, y.step)) => Verdict::Soft,
                v => v,
            }
        }
        _ if x.value == y.value => Verdict::Agree,
        (true, true) => vague_agree(x.size, y.size),
        _ => Verdict::Soft,
    }
}

/// Whether one of two figures may be the other rounded: the one told more roughly (its
/// last digit of a larger place value, `step`) is within half a step of the other ("0.8" /
/// "0.81", "1.5 million" / "1,460,000", "one in five" / "22 percent"). Figures told to the
/// same place ("0.8" / "0.9", "3,000" / "3,200") are not.
fn rounded((x, sx): (f64, f64), (y, sy): (f64, f64)) -> bool {
    let coarse = sx.max(sy);
    sx != sy && (x - y).abs() <= coarse / 2.0 * (1.0 + 1e-9)
}

/// Whether two differing counts give the softer flag: one vague and the other not, or two
/// figures whose bounds let both be true.
fn softer(x: &NumSlot, y: &NumSlot) -> bool {
    verdict(x, y) == Verdict::Soft
}

/// A unit of time: a count of them is a length of time ("six years").
fn is_duration(t: &Token) -> bool {
    const UNITS: &[&str] = &[
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
        "minute", "minutes", "decade", "decades",
    ];
    UNITS.contains(&t.norm.as_str())
}
