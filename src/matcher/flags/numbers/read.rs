//! Reading the counts of a sentence: each figure, vague word and Chinese or Japanese count
//! with what it counts (its noun, its unit, the thing a sum is paid for), its role (a count,
//! the earlier figure of a change, a score, an age), its bound and its reading conventions.

use super::age::{age_in_years, age_told, age_told_in_years, any_age};
use super::count_start::may_count;
use super::counted::{counted_noun, Said};
use super::death_toll::{number_of_noun, told_toll};
use super::han::{glued_han, han_slots};
use super::ident::{code_token, identifier, letter_line};
use super::measures::{measure_of, percent_measure};
use super::nouns::{group_of, strong_noun};
use super::one_unit::one_unit;
use super::parts::{all_part, among_whole, part_predicate, share_part};
use super::purposes::{currency_follows, purpose_of};
use super::settle::settle;
use super::slots::{every_nth, nobody_slot, score_slot, share_slot};
use super::spelled::{half_dozen, read_kind, vague_plural};
use super::subject::{level_reached, percent_of, subject_count};
use super::times::{one_time, times_key, told_times};
use super::toll::{
    governing_toll, others_word, part_of_figure, partitive, people_word, toll_of, toll_word,
    verb_after_figure, whole_of_part, Toll,
};
use super::verdict::Convention;
use super::{NumSlot, Role};
use crate::matcher::features::Prepared;
use crate::matcher::flags::bounds::{bound_before, vague_size, Bound};
use crate::matcher::flags::counts::{
    age_between_commas, dozens, fraction, no_count, ordinal_figure, past_verb,
};
use crate::matcher::flags::figures::{
    address, article_figure, change_earlier, change_part, change_start, figure_step, glued,
    proportion, proportion_with, quantifier_start, range_low, score_first, unit_key,
};
use crate::matcher::flags::temperatures::{glued_temperature, is_scale, signed, signed_start};
use crate::matcher::flags::units::{
    code_before, currency_before, is_length, is_money, is_time, speed_word_before, unit_of,
};
use crate::matcher::flags::{surface, surface_is};
use crate::matcher::language::Language;
use crate::matcher::text::Kind;

/// The counts of a sentence: numbers and vague quantities with what they count (the noun
/// after them, a unit), and the counts of Chinese and Japanese text (`cjk::han_counts`:
/// "四枪", "三人", "数枪"). `guessed` is the sentence's language
/// (`language::guess_sentence`).
pub(super) fn number_slots(p: &Prepared, guessed: Option<Language>) -> Vec<NumSlot> {
    read_slots(p, guessed, may_count)
}

/// [`number_slots`], the rules asked only at the tokens `may` admits (`may_count`, or
/// every token: the tests compare the two; in test builds every token is read,
/// [`passed_over`]).
pub(super) fn read_slots(
    p: &Prepared,
    guessed: Option<Language>,
    may: fn(&Prepared, usize) -> bool,
) -> Vec<NumSlot> {
    let toks = &p.tokens;
    let mut out: Vec<NumSlot> = han_slots(p);
    let han = out.len();
    // The sentence's language: its decimal mark, and German's capitalised nouns.
    let language = Convention::of(guessed);
    let german = guessed == Some(Language::German);
    let reading = Reading {
        han,
        guessed,
        german,
    };
    for i in 0..toks.len() {
        // Most words can start no count ("the", "police"): passed over before the rules.
        if may(p, i) {
            read_at(p, i, &reading, &mut out);
        } else {
            #[cfg(test)]
            passed_over(p, i, &reading, &mut out);
        }
    }
    settle(p, &mut out, language);
    super::round_bound::mark_round_words(p, &mut out);
    super::measures::share_in_sentence(&mut out);
    super::severity::mark_severe(p, &mut out);
    out
}

/// What [`read_at`] reads each token of a sentence with: how many of the counts read so
/// far are Chinese or Japanese counts (`han::han_slots`, first), the sentence's language
/// and whether it is German (capitalised nouns).
struct Reading {
    han: usize,
    guessed: Option<Language>,
    german: bool,
}

/// In test builds, a token the pre-test (`may_count`) passes over is read too, and must
/// give no count: so every rule's tests check that the pre-test admits the words the rule
/// reads a count at, and a rule added with a word the pre-test does not know fails its
/// own tests (not only the comparison over the shared data in `count_start.rs`).
#[cfg(test)]
fn passed_over(p: &Prepared, i: usize, reading: &Reading, out: &mut Vec<NumSlot>) {
    let before = out.len();
    read_at(p, i, reading, out);
    assert_eq!(
        out.len(),
        before,
        "a count is read at {:?}, which the pre-test (count_start::may_count) passes over: \
         admit its word there ({:?})",
        p.tokens[i].norm,
        p.text
    );
}

/// The rules of [`read_slots`] at token `i` of `p`: the counts read there, added to `out`
/// (which holds the counts of the tokens before `i`).
fn read_at(p: &Prepared, i: usize, reading: &Reading, out: &mut Vec<NumSlot>) {
    let toks = &p.tokens;
    let t = &toks[i];
    let &Reading {
        han,
        guessed,
        german,
    } = reading;
    // A figure a Chinese or Japanese count has read, with its bound ("超过30所").
    if out[..han]
        .iter()
        .any(|h| h.start <= t.start && t.end <= h.end)
    {
        return;
    }
    // "6时": a count of that word; "12月": a date.
    if let Some(glued) = glued_han(p, i) {
        out.extend(glued);
        return;
    }
    // "a year", "ein Jahr": one unit of time.
    if let Some(slot) = one_unit(p, i, guessed) {
        out.push(slot);
        return;
    }
    // "une fois", "una vez", "ein Mal": one time.
    if let Some(slot) = one_time(p, i, guessed) {
        out.push(slot);
        return;
    }
    // "jeder vierte Zug", "every fourth train": one in that many.
    if let Some(slot) = every_nth(p, i) {
        out.push(slot);
        return;
    }
    // "won in 2:03:41": a length of time in seconds, compared as "2 hours" is, to the
    // second (trial 43 C4: read as the time of the clock 2:03, its seconds dropped).
    if let Some((secs, last)) = crate::matcher::flags::times::hms_length(p, i) {
        if let Some((key, dim)) = unit_of("seconds") {
            out.push(NumSlot {
                noun: Some(key),
                dim,
                ..NumSlot::new(
                    secs.to_bits(),
                    Role::Count,
                    i,
                    (toks[i].start, toks[last].end),
                )
            });
        }
        return;
    }
    // A number word of the sentence's language ("tres" in Spanish) is a figure.
    let kind = read_kind(p, i, guessed);
    // "every one of our workers", "cada uno de": every member of a whole, no count.
    if kind == Kind::Number(1.0) && each_one(p, i) {
        return;
    }
    // "two dozen" is read at "dozen", "two thirds of" at "thirds" ("60 000 fans" is one
    // token: `text::numerals::join_digit_groups`); a clock time ("14:08") is no count.
    if dozens(p, i + 1).is_some_and(|(_, s)| s == i)
        || fraction(p, i + 1).is_some_and(|(s, _)| s == i)
        || no_count(p, i)
    {
        return;
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
        return;
    }
    let grouped = dozens(p, i)
        .or_else(|| super::compound::whole(p, i))
        .or_else(|| super::multiplied::multiplied(p, i, guessed));
    // A share told as a fraction ("a third of", "half of"), read as a percentage.
    if let Some((at, share)) = fraction(p, i) {
        let range = (quantifier_start(toks, at), t.end);
        let bound = bound_before(toks, at).0;
        // "Half of the 40 passengers": a part, twenty of them.
        out.push(share_part(p, i, share, bound, range));
        return;
    }
    // "No one", "none": a count of zero people (or of what "none of" names).
    if let Some(slot) = nobody_slot(p, i) {
        out.push(slot);
        return;
    }
    // "half a dozen", "a million": read at the figure after "a"; "media docena",
    // "une demi-douzaine", "ein halbes Dutzend": six, from the word of half.
    let article = article_figure(toks, i).or_else(|| half_dozen(p, i));
    if article_figure(toks, i + 2).is_some_and(|(_, s)| s == i) {
        return;
    }
    // A figure read as a year is a count of people a verb of a toll governs ("The
    // floods killed 2024 people"; "The 2024 floods", "his deadly 2005 rampage" are a
    // year's).
    let people_after = toks.get(i + 1).is_some_and(|n| people_word(&n.norm));
    let year_toll = t.date && people_after && governing_toll(p, i).is_some();
    let is_num = matches!(kind, Kind::Number(_)) && (!t.date || year_toll);
    let vague = kind == Kind::Vague && article.is_none();
    // "how many cases": a question, no count; "as many as three": the bound of the
    // figure after it.
    let word = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.norm == w);
    if vague && i > 0 && (word(i - 1, "how") || (word(i - 1, "as") && word(i + 1, "as"))) {
        return;
    }
    // "58km", and a temperature glued to its scale ("40C", "-5C": `temperatures.rs`).
    let glued = glued(toks, i).or_else(|| glued_temperature(p, i));
    // "Flight BA117", "the M6": a code's figure names a road or a flight; "RER B" a line.
    if let Some((ident, v)) = code_token(p, i).or_else(|| letter_line(p, i)) {
        out.push(NumSlot {
            ident: true,
            name: ident.name,
            road: ident.road,
            line: ident.line,
            model: ident.model,
            ..NumSlot::new(v.to_bits(), Role::Count, i, (ident.start, t.end))
        });
        return;
    }
    // "two 18th-century violins": "18th" is part of an adjective, no count.
    if (!is_num && !vague && glued.is_none() && article.is_none())
        || address(toks, i)
        || super::ordinal_compound::ordinal_compound(p, i)
    {
        return;
    }
    // Values compare as numbers ("4" / "four"); a vague word by its stem and size.
    let value = match (kind, glued, article.or(grouped)) {
        (_, _, Some((v, _))) | (Kind::Number(v), _, _) | (_, Some((v, _)), _) => v.to_bits(),
        _ => t.stem,
    };
    // Where the figure's words start ("half" in "half a dozen", "two" in "two dozen").
    let at = article.or(grouped).map_or(i, |(_, s)| s);
    // "centaines", "Hunderte": sized as "hundreds".
    let size_word = vague_plural(&t.norm, guessed).unwrap_or(&t.norm);
    let mut size = vague_size(size_word).unwrap_or((2.0, f64::INFINITY));
    // "tens of thousands": from ten thousand (five times the low end of "thousands",
    // 2,000), its text told from "tens".
    let tens = vague && i >= 2 && toks[i - 2].norm == "tens" && toks[i - 1].norm == "of";
    if tens {
        size = (size.0 * 5.0, size.1);
    }
    // A proportion ("one in five voters", "un train sur quatre") is a share, read at its
    // whole as a percentage, its figures as the sentence's language reads them ("quatre").
    let figure_at = |k: usize| match read_kind(p, k, guessed) {
        Kind::Number(v) if !toks[k].date => Some(v),
        _ => None,
    };
    if (i + 2..=i + 4).any(|k| {
        k < toks.len() && proportion_with(toks, k, &figure_at).is_some_and(|(s, _, _)| s == i)
    }) {
        return;
    }
    if let Some((part, share, nouned)) = proportion_with(toks, i, &figure_at) {
        // With the word it is a share of ("one in seven 15-year-olds"), which tells
        // the share apart from another of the sentence; that word told before the whole
        // ("un train sur quatre") ends it at the whole.
        let end = toks
            .get(i + 1)
            .filter(|n| n.kind == Kind::Word && !n.stop && !nouned)
            .map_or(t.end, |n| n.end);
        let range = (quantifier_start(toks, part), end);
        out.push(share_slot(share, i, bound_before(toks, part).0, range));
        return;
    }
    // The lower figure of a range is read with the upper one ("between 10 and 20"),
    // the first figure of a score with the second.
    if glued.is_none() && [i + 1, i + 2].iter().any(|&k| range_low(p, k).0 == Some(i))
        || score_first(p, i + 1) == Some(i)
        || score_first(p, i + 2) == Some(i)
    {
        return;
    }
    if let (Some(f), Kind::Number(v)) = (score_first(p, i), kind) {
        out.push(score_slot(p, f, i, v));
        return;
    }
    let (bound, first) = match (glued, range_low(p, i)) {
        (None, (Some(lo), first)) => match toks[lo].kind {
            Kind::Number(v) => (Bound::From(v.to_bits()), first),
            _ => (bound_before(toks, i).0, i),
        },
        _ => match bound_before(toks, at) {
            // "creció un 9%, hasta 6.400 millones": the level reached, no bound.
            (Bound::AtMost, w) if level_reached(toks, w, at) => (Bound::Exact, change_start(p, at)),
            (b, _) => (b, change_start(p, at)),
        },
    };
    // "three of the injured", "Drei der Verletzten": a part, its noun after "of the".
    let part = partitive(p, i);
    // "Of those taken to hospital, three", "dont trois": a part of a whole told before.
    // Its words start at its bound ("dont au moins trois") or at the figure.
    let part_after_whole = [first, bound_before(toks, i).1, i]
        .iter()
        .any(|&k| super::whole_before::part_of_whole_before(p, k));
    let role = match (change_earlier(p, i), part) {
        (Some(_), _) => Role::Earlier,
        (None, Some(_)) => Role::Part,
        (None, None) if part_after_whole => Role::Part,
        (None, None) => Role::Count,
    };
    // "three of five missiles": the whole's figure tells what the part counts.
    let of_figure = part_of_figure(p, i);
    // "a 300-strong team of rescuers": rescuers.
    let strong = strong_noun(p, i);
    // "two 18th-century violins": the noun after the ordinal's compound.
    let next_word = match super::ordinal_compound::ordinal_compound(p, i + 1) {
        true => i + 3,
        false => i + 1,
    };
    let first_noun = of_figure.or(part).or(strong).unwrap_or(next_word);
    if let Some((_, unit)) = glued {
        let (key, dim) = unit_of(unit).unwrap_or((unit_key(unit), 0));
        // "145km/h": a speed glued to its figure, as "145 km/h" (trial 42 C4).
        let speed = crate::matcher::flags::units::speed_from(p, i, key);
        let (key, dim, end) = match speed {
            Some((last, (k, d))) => (k, d, toks[last].end),
            None => (key, dim, t.end),
        };
        // "Il 34enne": an age, as "un uomo di 34 anni" (trial 31 F11).
        let (key, role) = match unit {
            "enne" => (any_age(), Role::Age),
            _ => (key, role),
        };
        out.push(NumSlot {
            noun: Some(key),
            dim,
            vague,
            size,
            bound,
            step: figure_step(p, i, f64::from_bits(value)),
            ..NumSlot::new(value, role, i, (signed_start(p, i, value), end))
        });
        return;
    }
    let mut noun = None;
    let mut verb_noun = false;
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
    // Whether an age's owner is a name ("16-year-old Kimani Gray": `NumSlot::owner_named`).
    let mut owner_named = false;
    let sign = is_num.then(|| currency_before(p, toks[at].start)).flatten();
    let code = is_num.then(|| code_before(p, at)).flatten();
    let money = sign.or(code.map(|c| c.1));
    if let Some((key, d)) = money {
        (noun, dim) = (Some(key), d);
        // "US$2,5 mil millones", "$3 millones": the word of millions after the figure is
        // part of the sum (scaled below).
        if let Some(m) = is_num
            .then(|| super::counted::millions_at(toks, i + 1))
            .flatten()
        {
            end = toks[m].end;
        }
        match code {
            Some((k, _)) if sign.is_none() => start = start.min(toks[k].start),
            _ if start == toks[at].start => start -= 1,
            _ => {}
        }
        let after = toks
            .get(i + 1)
            .filter(|n| n.kind == Kind::Word && !n.stop && !n.proper)
            .filter(|n| surface_is(p, t.end, n.start, " "));
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
    } else if let Some((k, (key, d))) = is_num.then(|| speed_word_before(p, at)).flatten() {
        // "mit Tempo 160": a speed in km/h, its word with it.
        (noun, dim) = (Some(key), d);
        start = start.min(toks[k].start);
    } else if let Some(first) = is_num.then(|| age_told(p, i)).flatten() {
        // "aged 61", "at the age of 61", "who was 61,": an age, its words with it.
        noun = Some(any_age());
        role = Role::Age;
        start = toks[first].start;
    } else if is_num && age_between_commas(p, i) {
        noun = Some(super::age::owner_key(&toks[i - 1]));
        owner_named = super::age::owner_named(&toks[i - 1]);
        role = Role::Age;
        // With the word it is the age of, whose anchor tells whose age it is.
        start = toks[i - 1].start;
    }
    // "stabbed twice", "zweimal": a count of times (`times.rs`).
    if noun.is_none() && is_num && told_times(p, i, guessed) {
        noun = Some(times_key());
    }
    // Whether the figure's counted noun is the words right after it, not a verb, a
    // toll's people nor a noun further on ("three were in serious condition";
    // [`NumSlot::after_whole`]).
    let mut own_noun = false;
    if noun.is_none() {
        let attached = of_figure.is_some() || strong.is_some();
        let said = Said {
            vague,
            german,
            attached,
        };
        if let Some(c) = counted_noun(p, i, first_noun, end, said) {
            own_noun = !c.verb_noun
                && toks
                    .get(i + 1)
                    .is_some_and(|n| n.kind == Kind::Word && !n.stop);
            (noun, dim, end) = (Some(c.noun), c.dim, c.end);
            (verb_noun, noun_class) = (c.verb_noun, c.noun_class);
        }
    }
    // "Otros tres fueron absueltos", "altri tre": people by ellipsis, as "three others"
    // (trial 34 F2.1 in Spanish), when no noun follows the figure (a function word or a
    // verb does: not "otros tres coches"); the text takes in the word of others.
    let others_before = i > 0 && others_word(&toks[i - 1].norm);
    let no_noun_after = toks
        .get(i + 1)
        .is_none_or(|n| n.stop || n.kind != Kind::Word || verb_after_figure(&n.norm));
    if others_before && is_num && dim == 0 && (noun.is_none() || verb_noun || no_noun_after) {
        (noun, verb_noun, noun_class) = (Some(unit_key("person")), false, 0);
        (start, end) = (start.min(toks[i - 1].start), t.end);
    }
    // "dos millones", "2,4 millones de euros": a count of millions, its value and step
    // read in whole units (`lexicon::millions_value`), so that a number word told in millions is
    // told to the million ("dos millones" / "2,4 millones" differ in the solid kind, as
    // "2 million" / "2.4 million": trial 34 F2.4).
    // "2,5 mil millones": a thousand million (`counted::millions_at`).
    // "10 millones de dólares": the word of millions right after the figure, inside its
    // text, whatever unit ends it (`counted::counted_noun`).
    use crate::matcher::lexicon::millions_value;
    let millions = super::counted::millions_at(toks, i + 1).filter(|&m| toks[m].end <= end);
    let scale = toks
        .iter()
        .rposition(|n| is_num && n.end == end && n.start >= t.end)
        .filter(|&k| millions_value(&toks[k].norm).is_some())
        .or(millions.filter(|_| is_num))
        .and_then(|k| {
            let v = millions_value(&toks[k].norm)?;
            let mil = k > i + 1 && toks[k - 1].norm == "mil";
            Some(if mil { v * 1e3 } else { v })
        })
        .unwrap_or(1.0);
    // "Nine of the dead were children": a count of children, one group of the dead;
    // "Eleven children were among the dead": the same (trial 35 F14.1). Each is compared
    // with a count of children, not with all the dead (`NumSlot::listed`).
    let last = toks.iter().rposition(|n| n.end <= end).unwrap_or(i);
    let mut among = false;
    if role == Role::Part {
        if let Some(k) = part_predicate(p, last) {
            let n = &toks[k];
            noun = Some(match people_word(&n.norm) {
                true => unit_key("person"),
                false => group_of(p, k).unwrap_or(n.stem),
            });
            noun_class = crate::matcher::align::classes(std::slice::from_ref(n));
            (role, verb_noun, among) = (Role::Count, false, true);
        }
    } else if role == Role::Count && noun.is_some() && !verb_noun {
        among = among_whole(p, last);
    }
    // "-5 degrees Celsius", "−5°C": below zero (the tokeniser drops the sign).
    let value = match noun {
        Some(n) if is_num && is_scale(n) => signed(p, i, f64::from_bits(value)).to_bits(),
        _ => value,
    };
    start = start.min(signed_start(p, i, value));
    if noun == Some(unit_key("percent")) && thing == 0 {
        thing = percent_of(p, at, guessed); // "Sales dropped 5%": a change of sales
    }
    // An age told in years ("35-year-old", "35 years old"): years of age, compared
    // only with another age so told (the anchor says whose), not with a length of
    // time ("served 15 years"); "old" is part of its text. An age between commas
    // agreeing with it ("The deputy, 35,") is the same age.
    if let Some(k) = age_in_years(p, noun, end) {
        // "The 35-year-old deputy": the deputy's age, as "The deputy, 35,"; "a
        // 16-year-old Brooklyn resident" and "Grigoropoulos, 15," are two people.
        let owner = super::age::age_owner(p, i, k).map(|o| &toks[o]);
        noun = Some(owner.map_or_else(any_age, super::age::owner_key));
        owner_named = owner.is_some_and(super::age::owner_named);
        (role, dim, end) = (Role::Age, 0, toks[k].end);
    } else if age_told_in_years(p, i, noun, end) {
        // "Karim B., 34 ans,", "un homme de 34 ans": an age (`age::age_told_in_years`).
        (noun, role, dim) = (Some(any_age()), Role::Age, 0);
    }
    // "Flight 302 killed", "the A-44 motorway": a name's figure, no count.
    let verb_after = toks
        .get(i + 1)
        .is_some_and(|n| past_verb(&n.norm) || toll_word(&n.norm).is_some());
    let counts_noun = noun.is_some() && !verb_after;
    let people = toks.get(i + 1).is_some_and(|n| people_word(&n.norm));
    let name = match role == Role::Count && dim == 0 && money.is_none() && is_num {
        true => identifier(p, i, (counts_noun, people, german)),
        false => None,
    };
    let ident = name.is_some();
    let toll = match ident || dim != 0 || money.is_some() || role == Role::Age {
        true => None,
        // "14 people were taken to hospital": a phrase tells the fate (trial 46 F4).
        false => toll_of(p, i).or_else(|| super::fate_phrase::phrase_fate(p, i)),
    };
    // "The death toll has risen to at least 820": the dead, an update.
    // "The number of injured reached 20": a verb of reaching tells no other fate.
    let fated = matches!(toll, Some(Toll::Fate(_)));
    let told = match !fated && !ident && dim == 0 && money.is_none() {
        true => told_toll(p, i),
        false => None,
    };
    let mut toll = told.map(|(fate, _)| Toll::Fate(fate)).or(toll);
    let mut risen = told.is_some_and(|(_, risen)| risen);
    let mut subject = false;
    if let Some(n) = name {
        // The flag reads the name with its figure: "A-44", "Flight 447"; a rating
        // its scale and figure alone ("Category 4"), and so does a road.
        (noun, start) = (None, start.min(n.start));
        // A road too: "Interstate 95 ≠ Interstate 85", not "Interstate 95 early".
        // A line named before its noun keeps it ("the 7 train ≠ the 4 train").
        if n.rating || (n.road && n.start < t.start) {
            end = t.end;
        }
    } else if matches!(toll, Some(Toll::Fate(_))) && (noun.is_none() || verb_noun) {
        // "injured 12", "killing three", "12 were killed": people.
        (noun, verb_noun) = (Some(unit_key("person")), false);
    } else if let Some(k) = (noun.is_none() && told.is_none())
        .then(|| number_of_noun(p, i))
        .flatten()
    {
        // "The number of homes destroyed rose to 60, officials said": homes.
        let n = &toks[k];
        noun = Some(match people_word(&n.norm) {
            true => unit_key("person"),
            false => group_of(p, k).unwrap_or(n.stem),
        });
        noun_class = crate::matcher::align::classes(std::slice::from_ref(n));
    } else if let Some(s) = (noun.is_none() && told.is_none())
        .then(|| subject_count(p, (at, i), guessed))
        .flatten()
    {
        // "Confirmed cases of dengue have risen to 1,245": cases, an update; "Le
        // vittime del crollo sono tre": the dead.
        let n = &toks[s.noun];
        let fate = toll_word(&n.norm);
        noun = Some(match people_word(&n.norm) || fate.is_some() {
            true => unit_key("person"),
            false => group_of(p, s.noun).unwrap_or(n.stem),
        });
        noun_class = crate::matcher::align::classes(std::slice::from_ref(n));
        toll = fate.or(toll);
        (risen, subject) = (s.changed, true);
    }
    let spelled = surface(p, t.start, t.end).to_lowercase();
    let named = i > 0 && toks[i - 1].capital && !toks[i - 1].stop && toks[i - 1].kind == Kind::Word;
    out.push(NumSlot {
        noun,
        noun_class,
        toll,
        ident,
        name: name.map_or(0, |n| n.name),
        rating: name.is_some_and(|n| n.rating),
        road: name.is_some_and(|n| n.road),
        line: name.is_some_and(|n| n.line),
        model: name.is_some_and(|n| n.model),
        risen,
        subject,
        listed: among,
        owner_named,
        group: group_size(toks, start),
        whole: whole_of_part(p, i),
        partitive: role == Role::Part
            && part.and_then(|k| toks.get(k)).is_some_and(|w| {
                !matches!(w.kind, Kind::Number(_))
                    && crate::matcher::lexicon::cardinal_any(&w.norm).is_none()
            }),
        after_whole: role == Role::Part
            && part.is_none()
            && part_after_whole
            && own_noun
            && !verb_noun
            && first_noun == i + 1,
        verb_noun,
        dim,
        thing,
        paid,
        purpose: match role == Role::Count {
            true if is_money(dim) || currency_follows(p, end) => purpose_of(p, i, end, true),
            true if is_time(dim) => purpose_of(p, i, end, false),
            // What a length or an election's percentage measures (`measures.rs`).
            true if is_length(dim) => measure_of(p, i, end, false),
            true if noun == Some(unit_key("percent")) => percent_measure(p, i, end),
            _ => None,
        },
        bare: noun.is_none()
            && !(is_num && ordinal_figure(p, i))
            && spelled != "one"
            && !named
            && !ident,
        vague,
        size,
        bound,
        step: scale
            * match (article.or(grouped), kind) {
                (None, Kind::Number(v)) => figure_step(p, i, v),
                _ => 1.0,
            },
        // "a few people", "a handful of": from `start`.
        ..NumSlot::new(scaled(value, scale), role, i, (start, end))
    });
    // "All three injured drivers": a part too, all of them.
    all_part(p, at, out);
}

/// A figure's value (as `f64` bits) times `scale`, as bits; the bits as they are for a
/// scale of 1 (a vague word's value is its stem, no figure).
fn scaled(value: u64, scale: f64) -> u64 {
    match scale == 1.0 {
        true => value,
        false => (f64::from_bits(value) * scale).to_bits(),
    }
}

/// Whether the figure whose words start at code point `start` of `toks` tells the size
/// of a group: a noun of a group and its preposition right before them ("a group of
/// eight skiers", "a party of about 20", "Le groupe de dix skieurs", "eine Gruppe von
/// acht Skifahrern": `lexicon::group_sizes`).
fn group_size(toks: &[crate::matcher::text::Token], start: usize) -> bool {
    use crate::matcher::lexicon::group_sizes::{GROUP_NOUNS, GROUP_OF};
    let Some(k) = toks.iter().position(|t| t.start >= start) else {
        return false;
    };
    k >= 2
        && GROUP_OF.contains(&toks[k - 1].norm.as_str())
        && GROUP_NOUNS.contains(&toks[k - 2].norm.as_str())
}

/// Whether the one at token `i` of `p` is a word of "every one" ("every one of our
/// workers", "each one", "every single one", "cada uno de", "cada um dos":
/// `lexicon::wholes::EACH_BEFORE_ONE`): every member of a whole, no count of one (trial
/// 52 F7: "one ≠ Eight workers"). A figure ("each 1") is read as a count.
fn each_one(p: &Prepared, i: usize) -> bool {
    use crate::matcher::lexicon::wholes::EACH_BEFORE_ONE;
    let toks = &p.tokens;
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    // The token's norm of a number word is its figure: its text tells a word.
    let spelled = toks
        .get(i)
        .is_some_and(|t| surface(p, t.start, t.end).starts_with(char::is_alphabetic));
    if i == 0 || !spelled {
        return false;
    }
    let each = |k: usize| EACH_BEFORE_ONE.contains(&word(k));
    each(i - 1) || (i >= 2 && word(i - 1) == "single" && each(i - 2))
}
