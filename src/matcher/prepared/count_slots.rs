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
    /// The figure's other reading when its one dot before three digits may group
    /// thousands or mark decimals ([`other_reading`]: "4.000" is 4 as read and 4,000 as
    /// Spanish or Dutch copy writes it); `None` for any other count.
    pub(crate) other: Option<f32>,
}

impl CountSlot {
    /// The slot of count token `t` (at index `k`) of the thing `thing`, with its sizes and
    /// its figure's other reading (`sized`: [`Self::size`], [`Self::other`]).
    fn of(t: &Token, k: usize, thing: u64, sized: ((f32, f32), Option<f32>)) -> CountSlot {
        let (size, other) = sized;
        CountSlot {
            thing,
            count: t.stem,
            size,
            tok: k,
            other,
        }
    }

    /// Whether the two counts may be one count told two ways: their sizes meet within a
    /// factor of [`SLOT_RATIO`] ("at least four times" / "several times", "killed 12" /
    /// "killed 15"), unlike "12 people" / "several thousand people" (two facts).
    /// Either reading of a figure whose mark may be read two ways counts ([`Self::other`]:
    /// "4.000 hectáreas" / "cuatro mil hectáreas", "4.000 hectare" / "4000 hectare";
    /// trial 38, F4).
    pub(crate) fn may_meet(&self, other: &CountSlot) -> bool {
        let meet =
            |x: (f32, f32), y: (f32, f32)| x.0 <= SLOT_RATIO * y.1 && y.0 <= SLOT_RATIO * x.1;
        let readings = |s: &CountSlot| [Some(s.size), s.other.map(|v| (v, v))];
        readings(self)
            .into_iter()
            .flatten()
            .any(|x| readings(other).into_iter().flatten().any(|y| meet(x, y)))
    }
}

/// The count slot of a number word of another language than English at token `k` of
/// `tokens` (of `text`; the tokeniser reads English number words as figures), maybe
/// multiplied by the word after it, before the thing it counts: "tres mil *hectáreas*"
/// (3,000), "cuatro *heridos*", "drie *doden*". A word that is a number in one language
/// and another word in another ("tres", "sei") is read only in a sentence of a language
/// it is a number in (`lexicon::cardinal`, `language::guess_for_word`: the sentence's
/// guess, or a short sentence's from its other words, as the number flags read it);
/// `None` for any other word.
pub(super) fn spelled_thing(text: &str, tokens: &[Token], k: usize) -> Option<CountSlot> {
    let t = &tokens[k];
    let value = spelled_value(text, t)?;
    let scale = tokens.get(k + 1).and_then(|n| multiplier(&n.norm));
    let last = k + usize::from(scale.is_some());
    let v = (value * scale.unwrap_or(1.0)) as f32;
    let slot = counted_thing(text, tokens, last)?;
    Some(CountSlot {
        count: t.stem,
        size: (v, v),
        tok: k,
        other: None,
        ..slot
    })
}

/// The value of token `t` of `text` when it is a number word of another language than
/// English, read in a sentence of a language it is a number in ([`spelled_thing`]);
/// `None` for any other word.
fn spelled_value(text: &str, t: &Token) -> Option<f64> {
    use crate::matcher::lexicon::{cardinal, cardinal_any};
    cardinal_any(&t.norm)?;
    cardinal(&t.norm, None).or_else(|| {
        let language = crate::matcher::language::guess_for_word(text, (t.start, t.end));
        cardinal(&t.norm, language)
    })
}

/// The sizes a figure or a vague count `t` of `text` may stand for and its figure's other
/// reading ([`CountSlot::size`], [`CountSlot::other`]): a figure its value, a vague word
/// its size (`flags::vague_size`), an unknown vague word 0 to infinity.
fn figure_size(text: &str, t: &Token) -> ((f32, f32), Option<f32>) {
    let vague = crate::matcher::flags::vague_size(&t.norm).map(|(lo, hi)| (lo as f32, hi as f32));
    match t.kind {
        Kind::Number(v) => {
            let other = crate::model::offsets::slice_cp(text, t.start, t.end)
                .and_then(|w| other_reading(w, v));
            (vague.unwrap_or((v as f32, v as f32)), other)
        }
        _ => (vague.unwrap_or((0.0, f32::INFINITY)), None),
    }
}

/// The count slot of the count at token `k` of `tokens` (of `text`) of the thing `thing`
/// (a figure, a vague count or a number word of another language: "*seven*" of "The death
/// toll has risen to seven", whose thing is the toll, `align/tolls.rs`); `None` when the
/// token is no count.
pub(crate) fn figure_slot(text: &str, tokens: &[Token], k: usize, thing: u64) -> Option<CountSlot> {
    let t = tokens.get(k)?;
    let sized = match t.kind {
        Kind::Number(_) | Kind::Vague => figure_size(text, t),
        _ => {
            let v = spelled_value(text, t)? as f32;
            ((v, v), None)
        }
    };
    Some(CountSlot::of(t, k, thing, sized))
}

/// The value of a word of `lexicon::MULTIPLIERS` ("mil" 1,000, "cientos" 100, "millones"
/// 1,000,000); `None` for any other word.
fn multiplier(norm: &str) -> Option<f64> {
    use crate::matcher::lexicon::{millions, millions_value, MULTIPLIERS};
    if !MULTIPLIERS.contains(&norm) {
        return None;
    }
    Some(match norm {
        _ if millions().contains(&norm) => millions_value(norm)?,
        "mille" | "mil" | "mila" | "tausend" | "duizend" => 1e3,
        _ => 1e2,
    })
}

/// The other reading of a figure written with one dot before three digits and one to
/// three digits before it, the first not 0 (`written`, as the text has it: "4.000"): read
/// as a decimal point (`value` 4, as `text::parse_numeral` reads "4.000"), its other
/// reading groups thousands (4,000, as Spanish, German or Dutch copy writes it); `None`
/// for any other figure ("4000", "2.5", "0.500", "1.500.000", and "1,325": a comma
/// before three digits is read as grouping thousands, and a count of 1.325 things is no
/// reading worth a slot: with that reading too, `bench_all_pairs` over the English
/// sentences of `paraphrase-train.jsonl`, 199 of which hold such a figure, found 2 more
/// pairs).
/// `figure` split at its one `mark` ('.' or ','), when that mark may group thousands:
/// one to three digits not led by 0 before it, exactly three digits after it ("4.000",
/// "1,325"; not "0.500", "12.5" or "1234.567"). Shared by the count slots and the number
/// flags' reading of a dot or comma.
pub(crate) fn three_after_mark(figure: &str, mark: char) -> Option<(&str, &str)> {
    let (whole, part) = figure.split_once(mark)?;
    let digits = |d: &str| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit());
    (whole.len() <= 3
        && !whole.starts_with('0')
        && part.len() == 3
        && digits(whole)
        && digits(part))
    .then_some((whole, part))
}

pub(crate) fn other_reading(written: &str, value: f64) -> Option<f32> {
    let figure = written.trim_start_matches(|c: char| !c.is_ascii_digit());
    let (whole, part) = three_after_mark(figure, '.')?;
    let grouped: f64 = format!("{whole}{part}").parse().ok()?;
    (value != grouped).then_some(grouped as f32)
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
    Some(CountSlot::of(t, k, thing, figure_size(text, t)))
}
