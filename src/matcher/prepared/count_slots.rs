//! The count slots of a prepared sentence: a count and the thing it counts right after it
//! ("four *times*", "several *times*"; [`CountSlot`]), with the sizes the count may stand
//! for, and when two counts may be one count told two ways ([`CountSlot::may_meet`],
//! [`SLOT_RATIO`]).

use crate::matcher::text::{Kind, Token};

/// A count a sentence gives of a thing it names right after it (`Prepared::count_slots`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct CountSlot {
    /// The stem of the thing counted ("times" of "four times"; for a noun of a counted-noun
    /// class of `align::SYNONYMS`, the class: "homes" / "houses"); for a percentage of a
    /// change, the change of its subject (`flags::change_key`: "*Sales* dropped 5%").
    pub(crate) thing: u64,
    /// The count's stem ("four", "several").
    pub(crate) count: u64,
    /// The sizes the count may stand for, lowest and highest: a figure its value ("four":
    /// 4 to 4), a vague word or a scale word without a figure its size
    /// (`flags::vague_size`: "several" 3 to 9, "several thousand" 1,000 to 9,999), an
    /// unknown vague word 0 to infinity.
    pub(crate) size: (f32, f32),
    /// The count's token: what the number flag reads of it (`flags::counts_apart`).
    pub(crate) tok: usize,
}

impl CountSlot {
    /// Whether the two counts may be one count told two ways: their sizes meet within a
    /// factor of [`SLOT_RATIO`] ("at least four times" / "several times", "killed 12" /
    /// "killed 15"), unlike "12 people" / "several thousand people" (two facts).
    pub(crate) fn may_meet(&self, other: &CountSlot) -> bool {
        self.size.0 <= SLOT_RATIO * other.size.1 && other.size.0 <= SLOT_RATIO * self.size.1
    }
}

/// How far apart two counts may be and still be one count told two ways (a report's
/// first figure and a later one, a round figure and an exact one): a product choice,
/// checked on the development articles (BENCHMARKS.md, session 27).
pub(crate) const SLOT_RATIO: f32 = 3.0;

/// The [`CountSlot::thing`] of a counted noun of the synonym table's class 0 (class k is
/// this less k: [`group_thing`]): far from any stem a word hashes to by chance.
const GROUP_THING: u64 = u64::MAX;

/// The [`CountSlot::thing`] of a count of a noun of class `class` of the synonym table
/// (`align::NOUN_GROUPS`: "23 *homes*" / "31 *houses*").
pub(crate) fn group_thing(class: u32) -> u64 {
    GROUP_THING - u64::from(class)
}

/// The count slot of count token `k` of `tokens` (of `text`) when the word after it names
/// what it counts: a content word that is neither a number, a date nor a unit of time
/// ("four *times*", "several *times*"); `None` otherwise ("two of the five", "in 2019",
/// "five minutes").
pub(super) fn counted_thing(text: &str, tokens: &[Token], k: usize) -> Option<CountSlot> {
    let next = tokens.get(k + 1)?;
    // A length of time ("within five minutes" / "in ten minutes") counts no thing two
    // reports share: it measures what each tells (trial 33 F9).
    if next.kind != Kind::Word || next.stop || next.date || crate::matcher::flags::is_duration(next)
    {
        return None;
    }
    let t = &tokens[k];
    let size = match t.kind {
        Kind::Number(v) => {
            let v = v as f32;
            crate::matcher::flags::vague_size(&t.norm)
                .map_or((v, v), |(lo, hi)| (lo as f32, hi as f32))
        }
        _ => crate::matcher::flags::vague_size(&t.norm)
            .map_or((0.0, f32::INFINITY), |(lo, hi)| (lo as f32, hi as f32)),
    };
    // A counted noun of a class of the synonym table ("23 homes" / "31 houses", "220
    // medewerkers" / "250 werknemers") counts the thing of its class: one slot.
    // "employs 220 people" counts a company's staff, as "250 employees" does: people after
    // a verb of the class of workers (`align::PHRASES`) within two words before the count.
    let mut group = next.classes & crate::matcher::align::NOUN_GROUP_CLASSES;
    let workers: crate::matcher::align::Classes = 1 << crate::matcher::align::WORKERS;
    let employs = tokens[k.saturating_sub(2)..k]
        .iter()
        .any(|t| t.classes & workers != 0);
    if group == 0 && employs && matches!(next.norm.as_str(), "people" | "persons") {
        group = workers;
    }
    let mut thing = match group {
        0 => next.stem,
        _ => group_thing(group.trailing_zeros()),
    };
    if next.norm == "percent" {
        // The text between token `j - 1` and `j` (empty when they overlap).
        let gap = |j: usize| -> String {
            let (a, b) = (tokens[j - 1].end, tokens[j].start);
            crate::model::offsets::slice_cp(text, a, b)
                .unwrap_or_default()
                .to_string()
        };
        if let Some(s) = crate::matcher::flags::change_subject(tokens, &gap, k, None) {
            thing = crate::matcher::flags::change_key(tokens[s].stem);
        }
    }
    Some(CountSlot {
        thing,
        count: t.stem,
        size,
        tok: k,
    })
}
