//! Nouns of one meaning that two reports count ("carrying about 120 *passengers*" /
//! "around 120 *people* were *on board*", "three *carriages*" / "three *coaches*"): the
//! counted groups of the table of meanings (`lexicon/meanings.rs`: [`NOUNS`]), read by
//! the ranking as a shared word when both sentences count a thing of one group with
//! counts that may meet, as `synonyms_shared` reads the counted nouns of the synonym
//! classes (trial 50 F7). They are no synonym class: the flags, the clauses and the
//! candidates do not read them.

use super::super::features::Prepared;
use super::super::lexicon::meanings::{NOUNS, ON_BOARD, PASSENGERS, PEOPLE};
use super::super::text::{phrase_at, FxMap, Token};

/// The groups of [`NOUNS`] a word is in, as a bit set (bit g: group g).
type Groups = u32;

// Every group of [`NOUNS`] has its bit in [`Groups`].
const _: () = assert!(NOUNS.len() <= Groups::BITS as usize);

/// The groups of [`NOUNS`] that hold `key` (a token's norm, or two norms joined by one
/// space: "rescue workers").
fn groups_of(key: &str) -> Groups {
    static MAP: std::sync::OnceLock<FxMap<&'static str, Groups>> = std::sync::OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut m: FxMap<&'static str, Groups> = FxMap::default();
        for (g, words) in NOUNS.iter().enumerate() {
            for w in words.iter() {
                *m.entry(w).or_insert(0) |= 1 << g;
            }
        }
        m
    });
    map.get(key).copied().unwrap_or(0)
}

/// A thing a sentence counts in a group of [`NOUNS`]: its groups, its count slot (an index
/// of the sentence's `count_slots`) and the token indices of the words that name it (the
/// noun, or the two words of a noun of two; "people" and "board" of "120 people were on
/// board"). Kept in the sentence's facts (`flags/facts.rs`).
pub(crate) struct Counted {
    groups: Groups,
    slot: usize,
    words: [Option<usize>; 2],
}

/// The index of the token after `people` (at `k`) within four tokens that begins a run of
/// [`ON_BOARD`] ("were *on* board", "*aboard*"): the run's last token.
fn on_board(tokens: &[Token], k: usize) -> Option<usize> {
    (k + 1..tokens.len().min(k + 5)).find_map(|i| {
        ON_BOARD
            .iter()
            .find(|run| phrase_at(tokens, i, run))
            .map(|run| i + run.len() - 1)
    })
}

/// The things `p` counts in groups of [`NOUNS`]: the noun right after a count ("120
/// *passengers*"), or the two words after it ("80 *rescue workers*"), and people a count
/// gives on board ("120 *people* were on *board*": passengers).
/// Read once per sentence (`flags/facts.rs`): the ranking asks them of both sentences of
/// every candidate pair that both count something.
fn counted(p: &Prepared) -> &[Counted] {
    p.facts.counted_nouns.get_or_init(|| read_counted(p))
}

/// [`counted`], read from the count slots and the tokens.
fn read_counted(p: &Prepared) -> Vec<Counted> {
    let tokens = &p.tokens;
    let mut out = Vec::new();
    for (i, slot) in p.count_slots.iter().enumerate() {
        // A count with two slots (a toll's too: `align/tolls.rs`) names one thing.
        if p.count_slots[..i].iter().any(|s| s.tok == slot.tok) {
            continue;
        }
        let Some(next) = tokens.get(slot.tok + 1) else {
            continue;
        };
        let mut groups = groups_of(&next.norm);
        let mut words = [Some(slot.tok + 1), None];
        if let Some(after) = tokens.get(slot.tok + 2) {
            let two = groups_of(&format!("{} {}", next.norm, after.norm));
            if two != 0 {
                groups |= two;
                words[1] = Some(slot.tok + 2);
            }
        }
        if groups == 0 && PEOPLE.contains(&next.norm.as_str()) {
            if let Some(board) = on_board(tokens, slot.tok + 1) {
                groups = 1 << PASSENGERS;
                words[1] = Some(board);
            }
        }
        if groups != 0 {
            out.push(Counted {
                groups,
                slot: i,
                words,
            });
        }
    }
    out
}

/// What two counts of one thing named by two nouns of one group of [`NOUNS`] add to a
/// pair's shared words: (squared weight, weight, number of groups), as
/// `align::synonyms_shared` gives them. A group counts when each sentence counts a thing
/// of it with counts that may meet (`CountSlot::may_meet`: "120 passengers" / "5
/// travellers were hurt" tell two facts) and the two share no stem of its words (one noun
/// on both sides is a shared word already); it weighs the lower of the two sides'
/// heaviest word of it, as a shared word weighs in `features::weighted_shared`.
pub(crate) fn nouns_shared(a: &Prepared, b: &Prepared) -> (f32, f32, usize) {
    let (mut sq, mut mass, mut n) = (0.0f32, 0.0f32, 0usize);
    if a.count_slots.is_empty() || b.count_slots.is_empty() {
        return (sq, mass, n);
    }
    let (ca, cb) = (counted(a), counted(b));
    let shared = ca.iter().fold(0, |x, c| x | c.groups) & cb.iter().fold(0, |x, c| x | c.groups);
    if shared == 0 {
        return (sq, mass, n);
    }
    // The (stem, weight) of the content words naming a thing.
    fn words<'a>(p: &'a Prepared, c: &'a Counted) -> impl Iterator<Item = (u64, f32)> + 'a {
        c.words.iter().flatten().filter_map(move |&i| {
            let t = p.tokens.get(i)?;
            let k = p.content.binary_search_by_key(&t.stem, |c| c.0).ok()?;
            Some(p.content[k])
        })
    }
    for g in 0..NOUNS.len() {
        let bit: Groups = 1 << g;
        if shared & bit == 0 {
            continue;
        }
        let mut best = 0.0f32;
        for x in ca.iter().filter(|c| c.groups & bit != 0) {
            for y in cb.iter().filter(|c| c.groups & bit != 0) {
                let one_stem = words(a, x).any(|(s, _)| words(b, y).any(|(t, _)| s == t));
                if one_stem || !a.count_slots[x.slot].may_meet(&b.count_slots[y.slot]) {
                    continue;
                }
                let heaviest =
                    |p: &Prepared, c: &Counted| words(p, c).map(|w| w.1).fold(0.0f32, f32::max);
                best = best.max(heaviest(a, x).min(heaviest(b, y)));
            }
        }
        if best > 0.0 {
            sq += best * best;
            mass += best;
            n += 1;
        }
    }
    (sq, mass, n)
}
