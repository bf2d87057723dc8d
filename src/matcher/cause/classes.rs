//! The names of the classes of `cause::CAUSES` the rules ask for (session 56): each its
//! index in that list. The rules used to find a class by the text of its first phrase
//! ("rain", "landslide*", `lexicon::crash_causes::HUMAN_ERROR[0]`), which a reworded or
//! reordered list broke silently; now they ask by name, and `tests_classes.rs` checks
//! each name against a phrase of its class, so a class moved or reworded fails a test.

/// A crash or a collision ("killed in a crash").
pub(super) const CRASH: usize = 9;
/// The driver asleep (`lexicon::crash_causes::ASLEEP`).
pub(super) const ASLEEP: usize = 11;
/// A tyre burst (`lexicon::crash_causes::TYRES`).
pub(super) const TYRES: usize = 12;
/// The steering failing (`lexicon::crash_causes::STEERING`).
pub(super) const STEERING: usize = 13;
/// The driver drunk (`lexicon::crash_causes::ALCOHOL`).
pub(super) const ALCOHOL: usize = 14;
/// The driver distracted (`lexicon::crash_causes::DISTRACTION`).
pub(super) const DISTRACTION: usize = 15;
/// The driver taken ill (`lexicon::crash_causes::ILLNESS`).
pub(super) const ILLNESS: usize = 16;
/// Ice on the road (`lexicon::crash_causes::ICE`).
pub(super) const ICE: usize = 17;
/// An engine failing (`lexicon::crash_causes::ENGINE`).
pub(super) const ENGINE: usize = 18;
/// A human error (`lexicon::crash_causes::HUMAN_ERROR`).
pub(super) const HUMAN_ERROR: usize = 19;
/// A bomb (`lexicon::explosion_causes::BOMBS`).
pub(super) const BOMB: usize = 23;
/// An explosion ("explosion", "blast").
pub(super) const EXPLOSION: usize = 24;
/// Arson and sabotage.
pub(super) const ARSON: usize = 37;
/// An act done on purpose (`lexicon::explosion_causes::CRIMINAL_ACTS`).
pub(super) const CRIMINAL_ACT: usize = 40;
/// A landslide or a rockfall.
pub(super) const LANDSLIDE: usize = 46;
/// Speed told as too high ("excessive speed", "too fast").
pub(super) const SPEED: usize = 47;
/// Rain.
pub(super) const RAIN: usize = 48;
/// The brakes failing (`lexicon::crash_causes::BRAKES`).
pub(super) const BRAKES: usize = 51;
/// A technical fault told without its part, vague ("a technical defect").
pub(super) const TECHNICAL: usize = 52;

#[cfg(test)]
#[path = "tests_classes.rs"]
mod tests;
