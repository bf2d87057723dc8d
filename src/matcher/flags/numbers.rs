//! The number flags: the counts of a sentence (figures and vague words with what they
//! count) and the pairs of counts of the same thing that two sentences give differently.

use super::anchor::{anchor_match, pair_best, tokens_within};
use super::bounds::{bound_before, vague_size, Bound, Verdict};
use super::counts::{
    age_between_commas, dozens, fraction, no_count, nobody, ordinal_figure, past_verb,
};
use super::figures::{
    address, article_figure, change_earlier, change_part, change_start, digit_groups, figure_step,
    glued, proportion, quantifier_start, range_low, score_first, unit_key, ZONES,
};
use super::units::{
    code_before, currency_before, is_degrees, is_duration, is_money, temperature, unit_of,
};
use super::{cjk, surface, Ranges};
use crate::matcher::features::Prepared;
use crate::matcher::language::{guess_sentence, Language};
use crate::matcher::text::Kind;
use age::age_in_years;
use head::{capital_noun, head_noun};
use one_unit::one_unit;
use slots::{score_slot, share_slot};
use spelled::read_kind;
use verdict::{decimal_comma, dot_thousands, other_unit, softer, verdict, Convention, Grouping};

mod age;
mod head;
mod one_unit;
mod slots;
mod spelled;
mod verdict;

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
    /// An age between commas ("The gunman, 27, opened fire"): compared only with the age
    /// of the same word ("gunman") whose anchor agrees.
    Age,
}

/// A count of a sentence: its value, what it counts, its bound, its range (code points).
#[derive(Clone, Copy)]
struct NumSlot {
    value: u64,
    /// What the figure is to its fact (a count, the earlier figure of a change).
    role: Role,
    /// The token of the figure (`usize::MAX` for a Chinese or Japanese count).
    tok: usize,
    noun: Option<u64>,
    /// The counted noun's synonym classes (`align::SYNONYMS`): "vehicles" / "cars".
    noun_class: u32,
    /// The dimension of the unit the figure counts in (`units::unit_of`: "km" and "miles"
    /// are lengths), 0 when it counts no unit.
    dim: u64,
    /// What a sum of money is paid for, when a word right after it says ("a $275
    /// deductible"): its stem, 0 when none.
    thing: u64,
    /// Whether `thing` is the word after the sum (not its part in a change).
    paid: bool,
    /// A figure with no counted noun that may be compared by its anchor: not an ordinal
    /// ("81st"), not the word "one" ("one of our own"), not a number after a capitalised
    /// word ("Section 17", "Flight 370").
    bare: bool,
    /// A vague count ("several", "数").
    vague: bool,
    /// The size a vague count stands for ("several": three to nine; `bounds::vague_size`).
    size: (f64, f64),
    /// What the words around the figure say of it ("at least", "nearly"; `bounds.rs`).
    bound: Bound,
    /// The figure's reading in a language of the decimal comma when its dot or comma may
    /// be read either way ("rose to 1.023": 1.023 as read, 1,023 in German; "1,325
    /// francs": 1,325 as read, 1.325 in German), as `f64` bits with its `step`; `None` for
    /// any other figure ([`dot_thousands`]).
    either: Option<(u64, f64)>,
    /// Whether the other reading of `either` is as likely as the one read: not for a sum
    /// of money or a measure whose three digits end in another digit than 0 ("$1.085" is
    /// an exchange rate as likely as 1,085 dollars; "2.500 euros" is rather 2,500 than
    /// 2.5 written with three decimals). An agreement that needs the unlikely reading is
    /// the softer kind ([`verdict`]).
    likely: bool,
    /// Whether the figure is in a sentence of a language that writes a decimal point
    /// (English): the other sentence's decimal comma does not settle its reading.
    point: bool,
    /// Whether the figure is written with a decimal comma ("2,50", "0,885"), or in a
    /// sentence of a language that writes one: its dots group thousands, its commas are
    /// decimal ([`verdict`]).
    comma: bool,
    /// The place value of the figure's last written digit (`figures::figure_step`: 0.1
    /// for "0.8"); for a proportion how roughly it tells its share
    /// (`figures::PROPORTION_STEP`).
    step: f64,
    start: usize,
    end: usize,
}
/// The counts of a sentence: numbers and vague quantities with what they count (the noun
/// after them, a unit), and the counts of Chinese and Japanese text (`cjk::han_counts`:
/// "四枪", "三人", "数枪"). `guessed` is the sentence's language
/// (`language::guess_sentence`).
fn number_slots(p: &Prepared, guessed: Option<Language>) -> Vec<NumSlot> {
    let toks = &p.tokens;
    let mut out: Vec<NumSlot> = cjk::han_counts(p)
        .into_iter()
        .map(|c| NumSlot {
            value: c.value,
            role: Role::Count,
            tok: usize::MAX,
            noun: Some(c.counted),
            noun_class: 0,
            dim: 0,
            thing: 0,
            paid: false,
            bare: false,
            vague: c.vague,
            size: c.size,
            bound: c.bound,
            either: None,
            likely: true,
            point: false,
            comma: false,
            step: 1.0,
            start: c.range.0,
            end: c.range.1,
        })
        .collect();
    let han = out.len();
    // The sentence's language: its decimal mark, and German's capitalised nouns.
    let language = Convention::of(guessed);
    let german = guessed == Some(Language::German);
    for (i, t) in toks.iter().enumerate() {
        // A figure a Chinese or Japanese count has read, with its bound ("超过30所").
        if out[..han]
            .iter()
            .any(|h| h.start <= t.start && t.end <= h.end)
        {
            continue;
        }
        // "a year", "ein Jahr": one unit of time.
        if let Some(slot) = one_unit(p, i, guessed) {
            out.push(slot);
            continue;
        }
        // A number word of the sentence's language ("tres" in Spanish) is a figure.
        let kind = read_kind(p, i, guessed);
        // "60 000 fans": the figure is read at its last group of digits, "two dozen" at
        // "dozen", "two thirds of" at "thirds"; a clock time ("14:08") is no count.
        if digit_groups(p, i + 1).is_some_and(|(_, s)| s <= i)
            || dozens(p, i + 1).is_some_and(|(_, s)| s == i)
            || fraction(p, i + 1).is_some_and(|(s, _)| s == i)
            || no_count(p, i)
        {
            continue;
        }
        // "half of the 90 passengers", "one in five of the 1,000 workers", "20 percent of
        // the 90": the whole a share is of, no count of the fact ("45 passengers").
        let before = |k: usize, w: &str| i >= k && toks[i - k].norm == w;
        let of = if before(1, "of") {
            Some(i - 1)
        } else if before(1, "the") && before(2, "of") {
            Some(i - 2)
        } else {
            None
        };
        let share = |s: usize| {
            fraction(p, s).is_some()
                || proportion(toks, s).is_some()
                || matches!(toks[s].norm.as_str(), "percent" | "cent")
        };
        if of.is_some_and(|o| o >= 1 && share(o - 1)) {
            continue;
        }
        let grouped = digit_groups(p, i).or_else(|| dozens(p, i));
        // A share told as a fraction ("a third of", "half of"), read as a percentage.
        if let Some((at, share)) = fraction(p, i) {
            let range = (quantifier_start(toks, at), t.end);
            let bound = bound_before(toks, at).0;
            out.push(share_slot(share, i, bound, range));
            continue;
        }
        // "No one", "none": a count of zero people (or of what "none of" names).
        if let Some(at) = nobody(p, i) {
            let of = toks.get(i + 1).is_some_and(|n| n.norm == "of");
            let noun = match of {
                true => toks[i + 2..]
                    .iter()
                    .take(3)
                    .find(|n| n.kind == Kind::Word && !n.stop)
                    .map(|n| n.stem),
                false => Some(unit_key("person")),
            };
            out.push(NumSlot {
                noun,
                step: 1.0,
                ..share_slot(0.0, i, Bound::Exact, (toks[at].start, t.end))
            });
            continue;
        }
        // "half a dozen", "a million": read at the figure after "a".
        let article = article_figure(toks, i);
        if article_figure(toks, i + 2).is_some_and(|(_, s)| s == i) {
            continue;
        }
        let is_num = matches!(kind, Kind::Number(_)) && !t.date;
        let vague = kind == Kind::Vague && article.is_none();
        let glued = glued(toks, i);
        if (!is_num && !vague && glued.is_none() && article.is_none()) || address(toks, i) {
            continue;
        }
        // Values compare as numbers ("4" / "four"); a vague word by its stem and size.
        let value = match (kind, glued, article.or(grouped)) {
            (_, _, Some((v, _))) | (Kind::Number(v), _, _) | (_, Some((v, _)), _) => v.to_bits(),
            _ => t.stem,
        };
        // Where the figure's words start ("half" in "half a dozen", "60" in "60 000").
        let at = article.or(grouped).map_or(i, |(_, s)| s);
        let mut size = vague_size(&t.norm).unwrap_or((2.0, f64::INFINITY));
        // "tens of thousands": from ten thousand (five times the low end of "thousands",
        // 2,000), its text told from "tens".
        let tens = vague && i >= 2 && toks[i - 2].norm == "tens" && toks[i - 1].norm == "of";
        if tens {
            size = (size.0 * 5.0, size.1);
        }
        // A proportion ("one in five voters") is a share, read at its whole as a percentage.
        if (i + 2..=i + 3).any(|k| proportion(toks, k).is_some_and(|(s, _)| s == i)) {
            continue;
        }
        if let Some((part, share)) = proportion(toks, i) {
            // With the word it is a share of ("one in seven 15-year-olds"), which tells
            // the share apart from another of the sentence.
            let end = toks
                .get(i + 1)
                .filter(|n| n.kind == Kind::Word && !n.stop)
                .map_or(t.end, |n| n.end);
            let range = (quantifier_start(toks, part), end);
            out.push(share_slot(share, i, bound_before(toks, part).0, range));
            continue;
        }
        // The lower figure of a range is read with the upper one ("between 10 and 20"),
        // the first figure of a score with the second.
        if glued.is_none() && [i + 1, i + 2].iter().any(|&k| range_low(p, k).0 == Some(i))
            || score_first(p, i + 1) == Some(i)
            || score_first(p, i + 2) == Some(i)
        {
            continue;
        }
        if let (Some(f), Kind::Number(v)) = (score_first(p, i), kind) {
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
            let (key, dim) = unit_of(unit).unwrap_or((unit_key(unit), 0));
            out.push(NumSlot {
                value,
                role,
                tok: i,
                noun: Some(key),
                noun_class: 0,
                dim,
                thing: 0,
                paid: false,
                bare: false,
                vague,
                size,
                bound,
                either: None,
                likely: true,
                point: false,
                comma: false,
                step: figure_step(p, i, f64::from_bits(value)),
                start: quantifier_start(toks, i),
                end: t.end,
            });
            continue;
        }
        let mut noun = None;
        let mut noun_class = 0;
        let mut dim = 0;
        let mut thing = 0;
        let mut paid = false;
        let mut role = role;
        let mut end = t.end;
        let mut start = match first.checked_sub(1).map(|k| &toks[k]) {
            Some(a) if vague && a.norm == "a" => a.start,
            _ if tens => quantifier_start(toks, i - 2),
            _ => quantifier_start(toks, first),
        };
        // A currency sign is the unit ("$7.5 billion"); an age between commas ("The
        // gunman, 27, opened fire") counts years of age.
        // A currency code before the figure is its unit too ("CHF 25.10", "Fr. 500").
        let sign = is_num.then(|| currency_before(p, toks[at].start)).flatten();
        let code = is_num.then(|| code_before(p, at)).flatten();
        let money = sign.or(code.map(|c| c.1));
        if let Some((key, d)) = money {
            (noun, dim) = (Some(key), d);
            match code {
                Some((k, _)) if sign.is_none() => start = start.min(toks[k].start),
                _ if start == toks[at].start => start -= 1,
                _ => {}
            }
            let after = toks
                .get(i + 1)
                .filter(|n| n.kind == Kind::Word && !n.stop && !n.proper)
                .filter(|n| surface(p, t.end, n.start) == " ");
            let paid_for = after.map(|n| n.stem);
            // A noun the sum is paid for ("$500 cash payments"), not a verb or a word of
            // when ("$54.9 set by", "$33.4 billion last year", "annually").
            paid = after.is_some_and(|n| {
                !past_verb(&n.norm)
                    && !n.norm.ends_with("ly")
                    && !matches!(n.norm.as_str(), "last" | "next" | "this" | "ago" | "per")
            });
            let part = change_part(p, at).map(crate::matcher::text::hash_str);
            thing = paid_for.or(part).unwrap_or(0);
        } else if is_num && age_between_commas(p, i) {
            let owner = toks[i - 1].stem;
            noun = Some(crate::matcher::text::hash_str(&format!("age {owner}")));
            role = Role::Age;
            // With the word it is the age of, whose anchor tells whose age it is.
            start = toks[i - 1].start;
        }
        for (j, n) in toks.iter().enumerate().skip(i + 1).take(3) {
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
            // "20%", "20 percent" and "20 per cent" count one thing.
            let per_cent = n.norm == "per" && toks.get(j + 1).is_some_and(|c| c.norm == "cent");
            if j == i + 1 && (per_cent || n.norm == "percent") {
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
            let unit = unit_of(&n.norm).filter(|&(_, d)| {
                n.norm.len() > 1
                    && (j == i + 1 || (is_money(d) && toks[i + 1..j].iter().all(|m| m.capital)))
            });
            if let Some((key, d)) = unit {
                (noun, dim) = (Some(key), d);
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
            // German capitalises every noun: one right after the figure is a counted
            // noun ("1.500 Teilnehmer").
            let noun_cap = j == i + 1 && (german || capital_noun(toks, j)) && n.capital;
            if n.kind == Kind::Word && !n.stop && (!n.proper || noun_cap) && n.norm != "or" {
                // The head of the noun phrase: a noun used as a modifier before it is no
                // counted thing ("Eight fire engines", "Five army trucks", "Ten riot
                // police": engines, trucks, police).
                let j = head_noun(p, j);
                let n = &toks[j];
                noun = match n.norm.as_str() {
                    "people" | "person" | "persons" => Some(unit_key("person")),
                    _ => Some(n.stem),
                };
                noun_class = crate::matcher::align::classes(std::slice::from_ref(n));
                // A verb after the figure ("Twelve died", "6.1 struck") says what the
                // figure is about, as a counted noun does, but is no part of its text.
                if j <= i + 3
                    && !past_verb(&n.norm)
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
        // An age told in years ("35-year-old", "35 years old"): years of age, compared
        // only with another age so told (the anchor says whose), not with a length of
        // time ("served 15 years"); "old" is part of its text. An age between commas
        // agreeing with it ("The deputy, 35,") is the same age.
        if let Some(k) = age_in_years(p, noun, end) {
            noun = Some(crate::matcher::text::hash_str("age in years"));
            (role, dim, end) = (Role::Age, 0, toks[k].end);
        }
        let spelled = surface(p, t.start, t.end).to_lowercase();
        let named =
            i > 0 && toks[i - 1].capital && !toks[i - 1].stop && toks[i - 1].kind == Kind::Word;
        out.push(NumSlot {
            value,
            role,
            tok: i,
            noun,
            noun_class,
            dim,
            thing,
            paid,
            bare: noun.is_none() && !(is_num && ordinal_figure(p, i)) && spelled != "one" && !named,
            vague,
            size,
            bound,
            either: None,
            likely: true,
            point: false,
            comma: false,
            step: match (article.or(grouped), kind) {
                (None, Kind::Number(v)) => figure_step(p, i, v),
                _ => 1.0,
            },
            // "a few people", "a handful of".
            start,
            end,
        });
    }
    for s in out.iter_mut() {
        // Times 1,000, to the nearest whole number ("1.023" is 1.0229999… in binary).
        let thousands = |v: u64| (f64::from_bits(v) * 1000.0).round().to_bits();
        let thousandths = |v: u64| (f64::from_bits(v) / 1000.0).to_bits();
        let written = toks
            .get(s.tok)
            .map_or(String::new(), |t| surface(p, t.start, t.end));
        let dot = written.contains('.');
        s.comma = language == Convention::DecimalComma || decimal_comma(p, s.tok);
        s.point = language == Convention::DecimalPoint;
        s.likely = s.dim == 0
            || written
                .trim_end_matches(|c: char| !c.is_ascii_digit())
                .ends_with('0');
        match (dot_thousands(p, s, language), dot) {
            (Some(Grouping::Thousands), _) => {
                s.value = thousands(s.value);
                s.step *= 1000.0;
            }
            (Some(Grouping::Decimal), _) => {
                s.value = thousandths(s.value);
                s.step /= 1000.0;
            }
            (Some(Grouping::Either), true) => {
                s.either = Some((thousands(s.value), s.step * 1000.0))
            }
            (Some(Grouping::Either), false) => {
                s.either = Some((thousandths(s.value), s.step / 1000.0))
            }
            (None, _) => {}
        }
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
    let (la, lb) = (guess_sentence(&a.text), guess_sentence(&b.text));
    let sa = number_slots(a, la);
    let sb = number_slots(b, lb);
    // Two sentences in two languages, both told: the words around a sum share no stem.
    let across = matches!((la, lb), (Some(x), Some(y)) if x != y);
    // Across languages a counted noun is a word of its own language ("workers" /
    // "ouvriers"): a count of things whose noun the other sentence never counts, when it
    // is the only such count on each side, is about the same thing as the other's.
    let foreign = |s: &NumSlot, other: &[NumSlot]| {
        across
            && s.role == Role::Count
            && s.dim == 0
            && s.noun.is_some_and(|n| {
                n != unit_key("percent") && other.iter().all(|o| o.noun != Some(n))
            })
    };
    let lone = |mine: &[NumSlot], other: &[NumSlot]| {
        mine.iter().filter(|s| foreign(s, other)).count() == 1
    };
    let lone_pair = lone(&sa, &sb) && lone(&sb, &sa);
    // A count the other sentence gives too, the same or within its bound ("at least 30" /
    // "30"), is no discrepancy.
    // The same figure in another unit of the dimension is no agreement ("60 km" / "60
    // miles").
    let in_b = |x: &NumSlot| {
        sb.iter()
            .any(|s| s.role == x.role && verdict(x, s) == Verdict::Agree && !other_unit(x, s))
    };
    let in_a = |y: &NumSlot| {
        sa.iter()
            .any(|s| s.role == y.role && verdict(s, y) == Verdict::Agree && !other_unit(s, y))
    };
    let mut candidates = Vec::new();
    for (i, x) in sa.iter().enumerate() {
        if in_b(x) {
            continue;
        }
        for (j, y) in sb.iter().enumerate() {
            // Two figures with no counted noun ("rose to 12.", "measured 6.1 on the Richter
            // scale") are about the same thing when their anchors say so.
            let same_thing = x.role == y.role
                && match (x.noun, y.noun) {
                    (Some(u), Some(v)) => u == v || (x.noun_class & y.noun_class) != 0,
                    (None, None) => x.bare && y.bare,
                    _ => false,
                }
                || (lone_pair && foreign(x, &sb) && foreign(y, &sa));
            let unit_differs = other_unit(x, y) && x.value == y.value;
            // Two sums paid for different things ("a $275 deductible" / "$500 cash"), or a
            // sum paid for a thing the other sentence never names ("$500 cash payments" /
            // "$50 million to distribute": a payment each and a fund are two sums).
            let things_differ = (x.thing != 0 && y.thing != 0 && x.thing != y.thing)
                || (x.paid && y.thing == 0 && !names(b, x.thing))
                || (y.paid && x.thing == 0 && !names(a, y.thing));
            let same_thing = same_thing && !things_differ;
            let differ = unit_differs || (same_thing && verdict(x, y) != Verdict::Agree);
            if !differ || in_a(y) {
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
            if x.noun.is_none() {
                if let Some(s) = anchor_match(a, xt, b, yt).filter(|&s| s > 0.0) {
                    candidates.push((i, j, s));
                }
            } else if matches!(x.role, Role::Score | Role::Age)
                || is_money(x.dim)
                || is_duration(&a.tokens[xt.1])
            {
                // An age ("61-year-old"): "old" belongs to the expression, and the anchor
                // says whose age it is.
                let old = |p: &Prepared, (lo, hi): (usize, usize)| {
                    let old = p.tokens.get(hi + 1).is_some_and(|t| t.norm == "old");
                    (lo, hi + usize::from(old))
                };
                // Across languages a sum of the same currency may be about the same
                // thing whatever its words ("Die Strafe betrug 2.500 Euro" / "The fine
                // was 2.50 euros"), each figure read by its own sentence's convention.
                let across = across && is_money(x.dim);
                if let Some(s) =
                    anchor_match(a, old(a, xt), b, old(b, yt)).or(across.then_some(0.0))
                {
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

/// Whether sentence `p` has a word of stem `stem` anywhere.
fn names(p: &Prepared, stem: u64) -> bool {
    p.tokens.iter().any(|t| t.stem == stem)
}
