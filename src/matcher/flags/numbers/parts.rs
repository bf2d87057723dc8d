//! Parts and lengths told in words (issue 8, trial 29 F18): a share of a whole told by a
//! figure is a part of that many ("Half of the 40 passengers": twenty of them, against
//! "Thirty of the 40 passengers"; [`share_part`]); "all N" is a part too, all of the N
//! ("All three injured drivers" against "Two of the three injured drivers";
//! [`all_part`]); a length in decades is one in years ("for a decade" against "for 15
//! years"; [`decades_in_years`]).

use super::head::head_noun;
use super::nouns::group_of;
use super::slots::share_slot;
use super::toll::{people_word, Toll};
use super::{NumSlot, Role};
use crate::matcher::features::Prepared;
use crate::matcher::flags::bounds::Bound;
use crate::matcher::flags::figures::{figure, unit_key};
use crate::matcher::lexicon::casualty::Fate;
use crate::matcher::text::{phrase_before, Kind};

/// The count a share at token `i` of `p` tells ("Half of the 40 passengers", "a third of
/// the 30 workers"; `share` in percent, its bound and range as read): a part, `share`
/// percent of the figure after "of" (or "of the") counting the noun after that figure
/// (its head: "the 40 injured passengers"); the share itself (`slots::share_slot`) when
/// no figure with a noun follows.
pub(super) fn share_part(
    p: &Prepared,
    i: usize,
    share: f64,
    bound: Bound,
    range: (usize, usize),
) -> NumSlot {
    let toks = &p.tokens;
    let k = match toks.get(i + 2) {
        Some(t) if t.norm == "the" => i + 3,
        _ => i + 2,
    };
    let whole = figure(toks, k).filter(|_| toks.get(i + 1).is_some_and(|o| o.norm == "of"));
    let first = toks
        .get(k + 1)
        .filter(|n| n.kind == Kind::Word && !n.stop && !n.proper);
    let (Some(whole), Some(first)) = (whole, first) else {
        return share_slot(share, i, bound, range);
    };
    let n = &toks[head_noun(p, k + 1)];
    let noun = match people_word(&first.norm) || people_word(&n.norm) {
        true => unit_key("person"),
        false => group_of(p, head_noun(p, k + 1)).unwrap_or(n.stem),
    };
    let v = whole * share / 100.0;
    NumSlot {
        noun: Some(noun),
        noun_class: crate::matcher::align::classes(std::slice::from_ref(n)),
        bound,
        // "a third of the 40": 13.3, which "13" may round.
        step: if v.fract() == 0.0 { 1.0 } else { 2.0 },
        ..NumSlot::new(v.to_bits(), Role::Part, i, range)
    }
}

/// Words before a figure that make it all of a whole ("All three injured drivers", "all
/// 40 passengers", "tutti e tre", "todos los tres", "tous les trois", "alle drei").
const ALL: &[&[&str]] = &[
    &["all"],
    &["all", "the"],
    &["tutti", "e"],
    &["tutte", "e"],
    &["todos", "los"],
    &["todas", "las"],
    &["tous", "les"],
    &["toutes", "les"],
    &["alle"],
    &["todos", "os"],
    &["todas", "as"],
];

/// When the count last read into `out` (whose first token is `at` in `p`) is told as all
/// of its whole ("All three injured drivers", [`ALL`]), adds it to `out` as a part too,
/// its text from "All": it is compared with another part ("Two of the three injured
/// drivers") as well as with a count.
pub(super) fn all_part(p: &Prepared, at: usize, out: &mut Vec<NumSlot>) {
    let toks = &p.tokens;
    let Some(&last) = out.last() else { return };
    let words = ALL.iter().find(|words| phrase_before(toks, at, words));
    if let Some(words) = words.filter(|_| last.role == Role::Count && !last.ident) {
        out.push(NumSlot {
            role: Role::Part,
            start: toks[at - words.len()].start.min(last.start),
            ..last
        });
    }
}

/// A count of decades ("a decade", "two decades", "drei Jahrzehnte") as the count of
/// years it is, told to ten years (`NumSlot::step`: "a decade" against "12 years" is
/// the softer kind, against "15 years" the solid one, "two decades" agrees with "20
/// years"). Changes `s`.
pub(super) fn decades_in_years(s: &mut NumSlot) {
    if s.noun != Some(unit_key("decades")) || s.role != Role::Count || s.vague {
        return;
    }
    s.value = (f64::from_bits(s.value) * 10.0).to_bits();
    s.noun = Some(unit_key("years"));
    s.step = s.step.max(1.0) * 10.0;
}

/// Auxiliaries before the verb that tells what befell a count ("were freed", "have been
/// released"; es "fueron condenados", "han sido condenados", it "sono stati", fr "ont été",
/// pt "foram").
const BEFORE_VERB: &[&str] = &[
    "were", "was", "are", "is", "been", "have", "has", "had", "fueron", "sido", "son", "sono",
    "stati", "state", "furono", "été", "sont", "foram",
];

/// Endings of a past participle of Spanish, Portuguese and Italian ("condenados",
/// "condannati", "absolvidos"): after an auxiliary of [`BEFORE_VERB`], the verb that tells
/// what befell a count.
const ROMANCE_PAST: &[&str] = &[
    "ados", "adas", "idos", "idas", "ado", "ada", "ido", "ida", "ati", "ate", "ato", "ata", "iti",
    "ite", "ito", "ita",
];

/// The stem of the verb that tells what befell the count `s` of `p`: a verb in the past
/// after an auxiliary within eight words after its text ("Five of the seven humanitarian
/// workers abducted in Mali were freed": freed), else one right after its text ("Four aid
/// workers freed"); no further than a punctuation mark or another figure. `None` when no such verb follows
/// ("Two of the three injured drivers were women").
fn verb_of(p: &Prepared, s: &NumSlot) -> Option<u64> {
    use crate::matcher::flags::surface;
    // "freed" ends in "-eed", which `counts::past_verb` leaves out ("speed", "need").
    // After an auxiliary, an irregular participle too ("was flown": session 51).
    let past_verb = |w: &str, after_aux: bool| {
        use crate::matcher::lexicon::passive::IRREGULAR_PARTICIPLES;
        crate::matcher::flags::counts::past_verb(w)
            || matches!(w, "freed" | "agreed")
            || (after_aux && IRREGULAR_PARTICIPLES.contains(&w))
            || (after_aux && w.chars().count() > 5 && ROMANCE_PAST.iter().any(|e| w.ends_with(e)))
    };
    let toks = &p.tokens;
    let last = toks.iter().rposition(|t| t.end <= s.end)?;
    let gap = |k: usize| surface(p, toks[k - 1].end, toks[k].start);
    // An apposition right after the count ("Otros once acusados, en su mayoría
    // directivos de tres constructoras, han sido condenados": trial 34 F2.2) is skipped to
    // its closing comma, within twelve words.
    let from = match toks.get(last + 1).filter(|_| gap(last + 1).trim() == ",") {
        Some(_) => (last + 2..toks.len().min(last + 14))
            .find(|&k| gap(k).trim() == ",")
            .map_or(last + 1, |k| k - 1),
        None => last,
    };
    // A figure right after the comma opens another figure's clause ("Of the 40
    // passengers, 12 were hurt": what befell the twelve, not the forty).
    if from != last && figure(toks, last + 1).is_some() {
        return None;
    }
    let mut direct = None;
    for k in from + 1..toks.len().min(from + 9) {
        let t = &toks[k];
        // The comma closing a skipped apposition ends nothing.
        let closing = from != last && k == from + 1;
        if !closing && gap(k).contains([',', ';', ':', '(', ')', '.']) {
            break;
        }
        // Another figure's verb ("the 40 passengers of whom 12 were hurt").
        if figure(toks, k).is_some() {
            break;
        }
        if k == last + 1 && past_verb(&t.norm, false) {
            direct = Some(t.stem);
        }
        let next = toks.get(k + 1).filter(|n| past_verb(&n.norm, true));
        if let Some(n) = next.filter(|_| BEFORE_VERB.contains(&t.norm.as_str())) {
            return Some(n.stem);
        }
    }
    direct
}

/// Whether a part and a count of two sentences (`x` of `a`, `y` of `b`) are one fact told
/// of one thing (issue 8, trial 29 F9): one a part ([`Role::Part`]: "Five of the seven
/// humanitarian workers ... were freed"), the other a count (`Role::Count`: "Four aid
/// workers freed"), of one noun, a verb of one stem telling what befell each: compare
/// four with five. The whole is then no count of the fact ([`whole_apart`]).
pub(super) fn part_as_count(a: &Prepared, x: &NumSlot, b: &Prepared, y: &NumSlot) -> bool {
    let roles = matches!(
        (x.role, y.role),
        (Role::Part, Role::Count) | (Role::Count, Role::Part)
    );
    let nouns = x.noun.is_some()
        && (x.noun == y.noun || (x.noun_class & y.noun_class) != 0)
        && !x.whole
        && !y.whole;
    // "Tre dei feriti sono in gravi condizioni" / "Due feriti sono in condizioni
    // critiche" (trial 34 F2.3): parts and counts of the injured, each told in a
    // condition, are the count of those in that condition.
    let injured = |s: &NumSlot| s.toll == Some(Toll::Fate(Fate::Injured));
    let condition = |p: &Prepared| {
        use crate::matcher::outcome::{condition_class, conditions_of};
        condition_class(&p.tokens, conditions_of(p)) != 0
    };
    let told = verb_of(a, x).is_some_and(|v| verb_of(b, y) == Some(v))
        || (injured(x) && injured(y) && condition(a) && condition(b));
    roles && nouns && told
}

/// Whether `x` and `y` are one figure's two tellings, a part on one side and a count on
/// the other, of one counted noun (or its synonym class), neither a whole nor vague
/// (trial 54 F2): "Seven people were injured, including two firefighters" / "…, among
/// them two firefighters; one firefighter has been flown to hospital" (the count two
/// against the part two, not against the one flown), "One of the firefighters was
/// flown" / "one firefighter has been flown". The caller still asks that their values
/// agree.
pub(super) fn part_told_as_count(x: &NumSlot, y: &NumSlot) -> bool {
    let roles = matches!(
        (x.role, y.role),
        (Role::Part, Role::Count) | (Role::Count, Role::Part)
    );
    let nouns = x.noun.is_some() && (x.noun == y.noun || (x.noun_class & y.noun_class) != 0);
    roles && nouns && !x.whole && !y.whole && !x.vague && !y.vague && !x.ident && !y.ident
}

/// Whether one of `x` and `y` is a part told after its whole with its own noun
/// ([`NumSlot::after_whole`]: "Seven people have been injured, among them three
/// firefighters") and the other a count of that noun ("Seven people were injured,
/// including two firefighters", "Two firefighters were injured"): the part counts its
/// noun as the count does, so the two are compared (session 51: "including two
/// firefighters" / "among them three firefighters" had no flag; "including four children"
/// / "among them six children" neither).
pub(super) fn counted_part(x: &NumSlot, y: &NumSlot) -> bool {
    let told = |part: &NumSlot, count: &NumSlot| {
        part.role == Role::Part && part.after_whole && count.role == Role::Count
    };
    part_told_as_count(x, y) && (told(x, y) || told(y, x))
}

/// Whether one of two parts is told with its whole after it ("One of the firefighters":
/// [`NumSlot::partitive`]) and the other with its own noun, that whole's noun, after a
/// whole told before it ("Seven people have been injured, among them two firefighters":
/// [`NumSlot::after_whole`]): the second counts the group the first is a part of, so the
/// two are no one figure (trial 54 F2: "One of the firefighters ≠ two firefighters").
/// Two parts of one whole ("five of them" / "Of those taken to hospital, three", "Half
/// of the 40 passengers" / "Thirty of the 40 passengers") are still compared.
pub(super) fn part_of_counted_whole(x: &NumSlot, y: &NumSlot) -> bool {
    let nouns = x.noun.is_some() && (x.noun == y.noun || (x.noun_class & y.noun_class) != 0);
    let told = (x.partitive && y.after_whole) || (y.partitive && x.after_whole);
    x.role == Role::Part && y.role == Role::Part && told && nouns
}

/// Whether `x` of `a` is the whole of a part ("seven humanitarian workers" of "Five of the
/// seven humanitarian workers abducted in Mali were freed") and `y` of `b` a count a verb
/// after it tells what befell ("Four aid workers freed"): the whole is no count of that
/// fact, its part is ([`part_as_count`]).
pub(super) fn whole_apart(x: &NumSlot, y: &NumSlot, b: &Prepared) -> bool {
    x.whole && y.role == Role::Count && !y.whole && verb_of(b, y).is_some()
}

/// Forms of "to be" between a part or a count and what it is told to be ([`part_predicate`],
/// [`among_whole`]).
const BE: &[&str] = &["were", "are", "was", "is"];

/// Plural nouns of people that end in no "s" ("Nine of the dead were children").
const PEOPLE_PLURALS: &[&str] = &["children", "men", "women", "people", "police", "staff"];

/// Whether token `k` of `p` is a plural noun a part may be told to be: a noun of people
/// ([`PEOPLE_PLURALS`]) or a word of more than three letters in "-s" that is no adjective
/// in "-ous" ("were serious") nor a word in "-ss".
fn plural_noun(p: &Prepared, k: usize) -> bool {
    p.tokens.get(k).is_some_and(|t| {
        let w = t.norm.as_str();
        t.kind == Kind::Word
            && !t.stop
            && (PEOPLE_PLURALS.contains(&w)
                || (w.chars().count() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ous")
                    && !w.ends_with("ss")))
    })
}

/// The token of the noun a part is told to be, when the part's text ends at token `last`
/// of `p` and a form of "to be" and a plural noun (with at most one word before it) end
/// its clause right after it: "Nine of the dead were children" (children; trial 35
/// F14.1), "Two of the injured were police officers" (officers). The part is then a count
/// of that noun, one group of the whole, as "Eleven children were among the dead" is
/// ([`among_whole`]). `None` for a part
/// told otherwise ("Three of the injured were in critical condition", "Two of the dead
/// were killed in their homes").
pub(super) fn part_predicate(p: &Prepared, last: usize) -> Option<usize> {
    use crate::matcher::flags::surface_is;
    let toks = &p.tokens;
    let be = toks.get(last + 1)?;
    if !BE.contains(&be.norm.as_str()) || !surface_is(p, toks[last].end, be.start, " ") {
        return None;
    }
    // The clause ends after token `k`: the sentence, or a punctuation mark.
    let ends = |k: usize| {
        toks.get(k + 1).is_none_or(|n| {
            crate::matcher::flags::surface(p, toks[k].end, n.start)
                .contains([',', ';', ':', '.', '(', ')', '\u{2013}', '\u{2014}'])
        })
    };
    let spaced = |k: usize| surface_is(p, toks[k - 1].end, toks[k].start, " ");
    (last + 2..=last + 3).find(|&k| {
        let modifier = k == last + 2 || (toks[last + 2].kind == Kind::Word && !toks[last + 2].stop);
        k < toks.len() && spaced(k) && modifier && plural_noun(p, k) && ends(k)
    })
}

/// Whether the count whose text ends at token `last` of `p` is told as among a whole
/// right after it ("Eleven children were among the dead", "Two Britons are among the
/// injured"): one group of that whole, not all of it (trial 35 F14.1; `NumSlot::listed`),
/// compared with another count of the same noun ("Nine of the dead were children":
/// [`part_predicate`]; "Nine children died"), not with the whole ("Twenty people died").
pub(super) fn among_whole(p: &Prepared, last: usize) -> bool {
    let toks = &p.tokens;
    let word = |k: usize, words: &[&str]| {
        toks.get(k)
            .is_some_and(|t| words.contains(&t.norm.as_str()))
    };
    word(last + 1, BE) && word(last + 2, &["among", "amongst"])
}
