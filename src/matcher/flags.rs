//! Discrepancy flags: the same slot of a matched pair filled differently — a number
//! ("at least four times" / "several times", "四枪" / "数枪"), a speaker ("Carroll said" /
//! "Brooks said"), a vehicle ("jeep" / "truck", `vehicles.rs`), a weapon ("knife" / "gun", `weapons.rs`),
//! a person's sex ("a woman" / "a man", `persons.rs`) or nationality ("a British tourist" /
//! "a French tourist", `nationality.rs`; a group's, "Spanish pensioners" / "deutsche
//! Pensionisten", `nationality_groups.rs`), a place ("in Ohio" / "in Texas"; where in a
//! ship or a building an event started, "in the engine room" / "on the car deck",
//! `origins.rs`; a side of one place, "east coast" / "west coast", `compass.rs`; a route told the other
//! way round, "from Leeds to York" / "from York to Leeds", `places/routes.rs`; two roads of
//! one kind, "Interstate 95" / "Interstate 85", read with the figures, `numbers/ident.rs`), a date
//! ("Nov. 13" / "Nov. 14", "11月13日" / "11月14日"), which time it is ("his second DWI" /
//! "three prior convictions", `ordinal.rs`), an outcome ("arrested" / "released",
//! `outcome.rs`; who won, "Arsenal beat Chelsea" / "Chelsea beat Arsenal", `winner.rs`), a
//! quotation (`quotes.rs`), a cause ("died of pneumonia" / "died after a
//! heart attack", `cause.rs`).
//!
//! A flag fires when the two sentences give the same fact differently, and only then: a
//! date or a count is compared with the other sentence's date or count about the same
//! thing (`anchor.rs`), each pair of facts giving its own flag, the softer kind when the
//! figures' bounds or ranges let both be true ("at least 10" / "twelve", "between 10 and 20" /
//! "15", `bounds.rs`; counts are read in `numbers.rs`, with the phrases that are no plain
//! counts, a change, a score or a share ("one in five" is 20 %), in `figures.rs`, and
//! "no one", "two dozen", fractions and figures that are no counts, clock times, in
//! `counts.rs`; a currency sign or a unit is what a figure counts, the same figure in
//! another unit differing, `units.rs`; a
//! figure told to fewer digits that the other rounds to, "0.8" / "0.81", is the softer
//! kind); the place and date of a report are not
//! those of the fact (`report.rs`); clock times and dates in figures ("2:30 p.m.",
//! "28/11/2005") are read in `times.rs`; a broader region is not in conflict with a place it may
//! contain (`regions.rs`), nor an area with a place of another kind
//! (`places.rs`); a generic source with a named speaker (`speakers/sources.rs`). Chinese
//! and Japanese counts and dates are read from the characters (`cjk.rs`). Names that differ
//! only by diacritics are one name, and a name's range ends at a comma, a bracket or a
//! quotation mark (`names.rs`).
//!
//! Ranges are code points of each prepared sentence's own text; the caller shifts them.

use super::features::Prepared;
use super::speakers::speaker_conflict;
use super::{Discrepancy, DiscrepancyKind};

mod anchor;
mod belief;
pub(crate) use anchor::auxiliary_verb;
mod article_events;
mod article_places;
mod article_storms;
mod bounds;
mod cjk;
mod compass;
mod counts;
mod dates;
mod dayparts;
mod facilities;
mod facts;
mod figures;
mod gazetteer;
mod named;
mod names;
mod nationality;
mod nationality_groups;
mod numbers;
mod ordinal;
mod origins;
mod persons;
mod places;
mod regions;
pub(super) use regions::{US_STATE_SHORT, US_STATE_SHORT_AFTER_PLACE};
mod report;
mod shocks;
mod temperatures;
#[cfg(test)]
mod test_util;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_ages;
#[cfg(test)]
mod tests_bounds;
#[cfg(test)]
mod tests_bystanders;
#[cfg(test)]
mod tests_change_verbs;
#[cfg(test)]
mod tests_cjk;
#[cfg(test)]
mod tests_compound_numbers;
#[cfg(test)]
mod tests_counted_nouns;
#[cfg(test)]
mod tests_dates;
#[cfg(test)]
mod tests_dayparts;
#[cfg(test)]
mod tests_decimal_marks;
#[cfg(test)]
mod tests_demonyms;
#[cfg(test)]
mod tests_durations;
#[cfg(test)]
mod tests_facilities;
#[cfg(test)]
mod tests_figure_forms;
#[cfg(test)]
mod tests_figures;
#[cfg(test)]
mod tests_floor_languages;
#[cfg(test)]
mod tests_foreign_ranges;
#[cfg(test)]
mod tests_genitive_places;
#[cfg(test)]
mod tests_han_places;
#[cfg(test)]
mod tests_metro_places;
#[cfg(test)]
mod tests_named_people;
#[cfg(test)]
mod tests_number_words;
#[cfg(test)]
mod tests_one_flag_per_words;
#[cfg(test)]
mod tests_one_unit;
#[cfg(test)]
mod tests_ordinal_languages;
#[cfg(test)]
mod tests_place_homes;
#[cfg(test)]
mod tests_place_languages;
#[cfg(test)]
mod tests_place_objects;
#[cfg(test)]
mod tests_place_roles;
#[cfg(test)]
mod tests_places;
#[cfg(test)]
mod tests_places_around;
#[cfg(test)]
mod tests_places_within;
#[cfg(test)]
mod tests_placings;
#[cfg(test)]
mod tests_ptnl;
#[cfg(test)]
mod tests_race_places;
#[cfg(test)]
mod tests_region_parts;
#[cfg(test)]
mod tests_reversed_routes;
#[cfg(test)]
mod tests_role_speakers;
#[cfg(test)]
mod tests_same_place_other_day;
#[cfg(test)]
mod tests_shares;
#[cfg(test)]
mod tests_source_groups;
#[cfg(test)]
mod tests_speaker_forms;
#[cfg(test)]
mod tests_speaker_languages;
#[cfg(test)]
mod tests_speaker_leads;
#[cfg(test)]
mod tests_speaker_names;
#[cfg(test)]
mod tests_speaker_quotes;
#[cfg(test)]
mod tests_speaker_roles;
#[cfg(test)]
mod tests_speaker_sides;
#[cfg(test)]
mod tests_speaker_titles;
#[cfg(test)]
mod tests_speakers;
#[cfg(test)]
mod tests_swaps;
#[cfg(test)]
mod tests_temperatures;
#[cfg(test)]
mod tests_times;
#[cfg(test)]
mod tests_trial20;
#[cfg(test)]
mod tests_trial23;
#[cfg(test)]
mod tests_trial24;
#[cfg(test)]
mod tests_trial24_counts;
#[cfg(test)]
mod tests_trial25_counts;
#[cfg(test)]
mod tests_trial26_counts;
#[cfg(test)]
mod tests_trial28_numbers;
#[cfg(test)]
mod tests_trial29_counts;
#[cfg(test)]
mod tests_trial31_counts;
#[cfg(test)]
mod tests_trial32_counts;
#[cfg(test)]
mod tests_trial32_dates;
#[cfg(test)]
mod tests_trial32_leftovers;
#[cfg(test)]
mod tests_trial32_speakers;
#[cfg(test)]
mod tests_trial33_counts;
#[cfg(test)]
mod tests_trial34_counts;
#[cfg(test)]
mod tests_trial34_dates;
#[cfg(test)]
mod tests_trial34_purposes;
#[cfg(test)]
mod tests_trial35_counts;
#[cfg(test)]
mod tests_trial35_when;
#[cfg(test)]
mod tests_trial35_where;
#[cfg(test)]
mod tests_trial36;
#[cfg(test)]
mod tests_trial36_who;
#[cfg(test)]
mod tests_trial37;
#[cfg(test)]
mod tests_trial38_pronouns;
#[cfg(test)]
mod tests_trial38_where;
#[cfg(test)]
mod tests_trial38_who;
#[cfg(test)]
mod tests_trial39_who;
#[cfg(test)]
mod tests_trial40;
#[cfg(test)]
mod tests_trial40_deals;
#[cfg(test)]
mod tests_trial40_figures;
#[cfg(test)]
mod tests_trial41_figures;
#[cfg(test)]
mod tests_trial42_figures;
#[cfg(test)]
mod tests_trial42_speakers;
#[cfg(test)]
mod tests_trial43_figures;
#[cfg(test)]
mod tests_trial43_speakers;
#[cfg(test)]
mod tests_trial44_figures;
#[cfg(test)]
mod tests_trial44_speakers;
#[cfg(test)]
mod tests_trial44_times;
#[cfg(test)]
mod tests_trial44_who;
#[cfg(test)]
mod tests_trial45;
#[cfg(test)]
mod tests_trial46;
#[cfg(test)]
mod tests_trial46_leftovers;
#[cfg(test)]
mod tests_trial47;
#[cfg(test)]
mod tests_trial48;
#[cfg(test)]
mod tests_trial49;
#[cfg(test)]
mod tests_trial49_left;
#[cfg(test)]
mod tests_trial49_rest;
#[cfg(test)]
mod tests_trial50_counts;
#[cfg(test)]
mod tests_trial50_vehicles;
#[cfg(test)]
mod tests_trial52_places;
#[cfg(test)]
mod tests_units;
#[cfg(test)]
mod tests_up_to;
// Trial 50's dates and places (kept apart from the list's order: other branches add
// their trial 50 files beside tests_trial49_rest).
#[cfg(test)]
mod tests_trial50;
// Trial 51's times, hospitals and lists, and vehicles (branch s48-t51a).
#[cfg(test)]
mod tests_trial51;
// Trial 52's counts of miners and workers, "every one", ages and post stamps (s49-t52b).
#[cfg(test)]
mod tests_trial52;
// Counts of two roles of one noun (the dead against the trapped, the trapped against the
// rescued), session 50's leftovers (s50-left).
#[cfg(test)]
mod tests_two_roles;
// Trial 54's parts told after their whole, times and figures across languages (s51-t54a).
#[cfg(test)]
mod tests_trial54_languages;
#[cfg(test)]
mod tests_trial54_parts;
// Trial 53's times, counts of a utility's customers, lines, places and vehicles (s50-t53b).
#[cfg(test)]
mod tests_trial53_counts;
#[cfg(test)]
mod tests_trial53_lines;
#[cfg(test)]
mod tests_trial53_places;
#[cfg(test)]
mod tests_trial53_times;
#[cfg(test)]
mod tests_trial56_counts;
#[cfg(test)]
mod tests_trial56_dates;
#[cfg(test)]
mod tests_trial56_times;
#[cfg(test)]
mod tests_trial57_nationalities;
// Session 52 (s52-flagsE): a group doing something against one of its members hurt; a
// part of the day against a clock time, a deadline expected against the same reached.
#[cfg(test)]
mod tests_session52_counts;
#[cfg(test)]
mod tests_session52_times;
#[cfg(test)]
mod tests_trial53_vehicles;
// Session 51 (s51-places): one name in two spellings, lines, number words, false and
// missing place flags, deadlines.
#[cfg(test)]
mod tests_trial53_number_words;
#[cfg(test)]
mod tests_trial53_spellings;
#[cfg(test)]
mod tests_trial53_substations;
#[cfg(test)]
mod tests_trial53_two_nouns;
#[cfg(test)]
mod tests_trial54;
#[cfg(test)]
mod tests_trial57;
// Session 55 (s55-t58a): hundreds and thousands in words, figures of other measures, past
// figures.
#[cfg(test)]
mod tests_trial58_hundreds;
#[cfg(test)]
mod tests_trial58_measures;
// Session 56 (s56-t58): lengths of two nouns, a cargo against a spill, a crew across
// languages.
#[cfg(test)]
mod tests_session56_measured;
// Session 55 (s55-lang): a name before an appositive, "he added" in six languages, a
// company against a public office.
#[cfg(test)]
mod tests_trial57_speakers;
#[cfg(test)]
mod tests_trial58;
// Session 52 (s52-flagsX): a count of a name against a count of the noun it names.
#[cfg(test)]
mod tests_session52_names;
// Session 53 (s53-places): a place and its exonym are one place on every path.
#[cfg(test)]
mod tests_session53_exonyms;
// Session 53 (s53-places): the means people were rescued by, in the seven languages.
#[cfg(test)]
mod tests_session53_means;
// Session 54 (s54-flags): Italian rescue words, Central European Time, a time's twin in
// GMT, a rough count against a bound.
#[cfg(test)]
mod tests_session54_flags;
#[cfg(test)]
mod tests_session55_counts;
#[cfg(test)]
mod tests_session55_places;
// Session 53 (s53-late): a counted noun and its translation with a word between the
// figure and the noun or after it ("Two neighbouring buildings" / "Trois bâtiments voisins").
#[cfg(test)]
mod tests_translated_nouns;
// Session 53 (s53-late): a name and where it spoke before a colon and a quotation ("Le
// commandant Michel Dupont à la radio : « … »").
#[cfg(test)]
mod tests_speaker_media;
// Trial 55's lower bounds of a stop's end and parts told as "some" (s52-t55b).
#[cfg(test)]
mod tests_trial55_bounds;
#[cfg(test)]
mod tests_where_who;
#[cfg(test)]
mod tests_whole_place_names;
#[cfg(test)]
mod tests_winner;
mod times;
mod units;
mod vehicles;
mod vote_shares;
mod weapons;
mod winner;

pub use article_events::{leads_agree, leads_apart, ArticleLead, LEAD};
pub use article_places::{places_apart, ArticlePlaces};
pub use article_storms::{is_storm_label, label_place_and_time, storms_apart, ArticleStorms};
pub(crate) use bounds::vague_size;
use dates::date_conflicts;
pub(crate) use dates::{mark_local_zones, mark_timelines};
pub(crate) use facts::{chars_of, clause_break_after, language_of, read_with, Facts};
pub(crate) use gazetteer::{country_named, nation_named, place_readings};
pub(crate) use named::is_article;
pub(crate) use names::{fold_diacritics, hyphened, hyphened_end, joins_name, same_name_word};
use numbers::number_conflicts;
pub(crate) use numbers::{
    change_key, change_subject, counts_apart, names_a_thing, names_before, people_word,
    tells_a_length_of_time, MEASURES,
};
use places::place_conflicts;
pub(crate) use times::clock_value;
pub(crate) use units::is_duration;
use vehicles::vehicle_conflict;

/// Whether the lower-case word `w` is a time zone of a clock time ("GMT", "UTC", "CET":
/// `figures::ZONES`).
pub(crate) fn time_zone(w: &str) -> bool {
    figures::ZONES.contains(&w)
}

/// The text of code points `start..end` of `p` (empty when `end <= start`: the gap between
/// two tokens that overlap, as "2.5" and the "n't" of "2.5N'T"), borrowed from the text
/// when it is ASCII (the count rules read the gaps between most tokens of a sentence:
/// building each was a string allocated and freed), built otherwise.
pub(crate) fn surface(p: &Prepared, start: usize, end: usize) -> std::borrow::Cow<'_, str> {
    // Code points are bytes in ASCII text: slice it (the flags of a pair read several
    // surfaces, and counting code points from the start each time was a tenth of
    // all-pairs matching).
    if p.ascii {
        let n = p.text.len();
        return std::borrow::Cow::Borrowed(&p.text[start.min(n)..end.clamp(start.min(n), n)]);
    }
    std::borrow::Cow::Owned(
        p.text
            .chars()
            .skip(start)
            .take(end.saturating_sub(start))
            .collect(),
    )
}

/// Whether the text of code points `start..end` of `p` ([`surface`]) is `text`, read
/// without building it (the count rules ask whether two tokens stand one space apart
/// for most tokens of a sentence).
pub(crate) fn surface_is(p: &Prepared, start: usize, end: usize, text: &str) -> bool {
    if p.ascii {
        let n = p.text.len();
        return &p.text[start.min(n)..end.clamp(start.min(n), n)] == text;
    }
    let chars = chars_of(p);
    let s = start.min(chars.len());
    chars[s..end.clamp(s, chars.len())]
        .iter()
        .copied()
        .eq(text.chars())
}

/// Whether the code point at `at` of `p`'s text is an ASCII digit, read without counting
/// code points when the text is ASCII; `None` (not known) otherwise. A rule that needs a
/// figure there can skip a token on `Some(false)` before building its text.
pub(crate) fn opens_with_digit(p: &Prepared, at: usize) -> Option<bool> {
    p.ascii
        .then(|| p.text.as_bytes().get(at).is_some_and(u8::is_ascii_digit))
}

/// A flag of `kind` on code points `ar` of `a` and `br` of `b`; `vague` for the softer
/// kind (one side vague or less sure, the other exact).
fn flag(
    kind: DiscrepancyKind,
    (a, ar): (&Prepared, (usize, usize)),
    (b, br): (&Prepared, (usize, usize)),
    vague: bool,
) -> Discrepancy {
    Discrepancy {
        kind,
        a: surface(a, ar.0, ar.1).into_owned(),
        b: surface(b, br.0, br.1).into_owned(),
        a_range: ar,
        b_range: br,
        vague,
    }
}

/// All discrepancy flags of a pair, by kind (numbers, speaker, vehicle, places, dates,
/// outcome, quote, cause); none for an aftershock against the main shock (two events,
/// `shocks.rs`). A speaker, a vehicle, an outcome, a quote and a cause give at most one flag
/// each; numbers, places and dates give one per pair of facts that differ (a sentence may
/// date, count or place two facts).
pub fn discrepancies(a: &Prepared, b: &Prepared) -> Vec<Discrepancy> {
    use DiscrepancyKind as K;
    // An aftershock and the main shock are two events: nothing of one is the other's fact.
    if shocks::two_shocks(a, b) {
        return Vec::new();
    }
    let mut out = flags_before_places(a, b);
    // One side's share told as the other's ("the CDU, which won 31.2 percent, while the
    // AfD took 29.8 percent" / the parties swapped): a number flag.
    if let Some((ar, br)) = vote_shares::swapped_shares(a, b) {
        if !covered(&out, ar, br) {
            out.push(flag(K::Number, (a, ar), (b, br), false));
        }
    }
    // Two roads ("Interstate 95" / "Interstate 85", "on the A3" / "on the A9") are two
    // places, not two counts: their flag is a place flag.
    for f in out.iter_mut().filter(|f| f.kind == K::Number) {
        if numbers::roads_differ(a, f.a_range, b, f.b_range) {
            f.kind = K::Place;
        }
    }
    let mut places = place_flags(a, b, &|ar, br| covered(&out, ar, br));
    // Two named facilities of one kind ("the Erasmus hospital" / "the Maasstad hospital",
    // "the Santa Rosa copper mine" / "the San Cristobal copper mine"): known apart by their
    // noun, so for mines, quarries and substations a soft place flag over their names
    // gives way to the facility's solid one (trial 52 F6: "Santa Rosa ≠ San Cristobal"
    // was dashed; session 51: "Lichtenberg ≠ Marzahn" substations; two hospitals keep
    // the place flags' kind).
    let facility = facilities::facility_conflict(a, b);
    if let Some(((ar, br), true)) = facility {
        let overlaps = |x: (usize, usize), y: (usize, usize)| x.0 < y.1 && y.0 < x.1;
        places.retain(|f| !(f.vague && overlaps(f.a_range, ar) && overlaps(f.b_range, br)));
    }
    out.extend(places);
    if let Some(((ar, br), _)) = facility {
        if !covered(&out, ar, br) {
            out.push(flag(K::Place, (a, ar), (b, br), false));
        }
    }
    // Two parts of a ship or a building where the event started ("started in the engine
    // room" / "began on the car deck").
    if let Some((ar, br)) = origins::origin_conflict(a, b) {
        if !covered(&out, ar, br) {
            out.push(flag(K::Place, (a, ar), (b, br), false));
        }
    }
    out.extend(date_flags(a, b));
    // A cause told as done against as possible, found by the hedge rule: a cause flag,
    // given with the causes below (one cause flag a pair).
    let mut hedged_cause = None;
    if let Some(((ar, br), vague)) = super::outcome::condition_conflict(a, b) {
        // How badly the same injured are hurt: a patient's condition.
        out.push(flag(K::Outcome, (a, ar), (b, br), vague));
    } else {
        let (found, other_counts) = super::outcome::outcome_conflicts(a, b);
        if let Some((ar, br)) = found.or_else(|| winner::winner_conflict(a, b)) {
            out.push(flag(K::Outcome, (a, ar), (b, br), false));
        } else if let Some((ar, br)) = other_counts {
            // Opposite outcomes of two counts of one noun: the softer kind.
            out.push(flag(K::Outcome, (a, ar), (b, br), true));
        } else if let Some((ar, br)) = super::outcome::hedge_conflict(a, b)
            .or_else(|| super::outcome::near_charge_conflict(a, b))
        {
            // Told as done against as expected, or a killing charged under two legal
            // names ("murder" / "manslaughter"): the softer kind. A verb of causing so
            // told ("had caused" / "may have triggered") tells how sure a cause is: a
            // cause flag, not an outcome.
            if ends_causing(a, ar) || ends_causing(b, br) {
                hedged_cause = Some((ar, br));
            } else {
                out.push(flag(K::Outcome, (a, ar), (b, br), true));
            }
        }
    }
    if let Some((ar, br)) = super::quotes::quote_conflict(a, b) {
        out.push(flag(K::Quote, (a, ar), (b, br), false));
    }
    if let Some((ar, br)) = super::cause::cause_conflict(a, b) {
        // A cause told as only possible by either side: the softer kind.
        use super::cause::cause_told_as_possible as possible;
        // Or as what someone believes against a cause told plainly ("Investigators
        // believe a gas leak …" / "A bomb caused …"); two beliefs are told alike. A crash
        // cause suspected by one side only ("Investigators suspect brake failure" /
        // "… caused by the driver falling asleep") is hedged once (`cause/crash.rs`).
        use belief::told_as_belief as believed;
        let hedged = super::cause::cause_hedged_once(a, ar.0, b, br.0);
        let vague = possible(a, ar.0)
            || possible(b, br.0)
            || believed(a, ar.0) != believed(b, br.0)
            || hedged;
        out.push(flag(K::Cause, (a, ar), (b, br), vague));
    } else if let Some((ar, br)) = super::cause::cause_unknown_conflict(a, b) {
        // A cause not yet known against one given: the softer kind.
        out.push(flag(K::Cause, (a, ar), (b, br), true));
    } else if let Some((ar, br)) = hedged_cause {
        // One cause told as done and as possible: the softer kind.
        out.push(flag(K::Cause, (a, ar), (b, br), true));
    } else if let Some((ar, br)) = super::cause::agent_conflict(a, b) {
        // A debris flow against a flood as what hit: the softer kind, for one often comes
        // with the other (`cause/agent.rs`).
        out.push(flag(K::Cause, (a, ar), (b, br), true));
    }
    one_flag_per_word_pair(&mut out);
    no_number_flag_inside_another(&mut out);
    out
}

/// Whether the words at code points `r` of `p` (a flag's range) end with a verb of
/// causing (`lexicon::acts::causing`: "may have *triggered*", "had *caused*").
fn ends_causing(p: &Prepared, r: (usize, usize)) -> bool {
    p.tokens
        .iter()
        .rfind(|t| t.end == r.1)
        .is_some_and(|t| super::lexicon::acts::causing(&t.norm))
}

/// Drop a number flag whose words lie, on both sides, inside the words of another number
/// flag: a part and its whole told in one phrase ("Two of the seven carriages" / "Three of
/// the five carriages") showed the whole twice, once alone ("seven carriages ≠ five
/// carriages") and once inside the part's flag, which shows both figures (trial 50 F9).
fn no_number_flag_inside_another(flags: &mut Vec<Discrepancy>) {
    let within = |x: (usize, usize), y: (usize, usize)| y.0 <= x.0 && x.1 <= y.1;
    let numbers: Vec<((usize, usize), (usize, usize))> = flags
        .iter()
        .filter(|f| f.kind == DiscrepancyKind::Number)
        .map(|f| (f.a_range, f.b_range))
        .collect();
    flags.retain(|f| {
        f.kind != DiscrepancyKind::Number
            || !numbers.iter().any(|&(a, b)| {
                (a, b) != (f.a_range, f.b_range) && within(f.a_range, a) && within(f.b_range, b)
            })
    });
}

/// Keep one flag for one pair of words: two readers may flag the very same words of both
/// sentences under two kinds ("A criminal gang calling itself BlackVane claimed
/// responsibility" / "… calling itself Krait claimed …": the speaker of a claim and its
/// claimant, trial 49, 8), which showed as two identical flags. The first kept is the one
/// [`discrepancies`] found first.
fn one_flag_per_word_pair(flags: &mut Vec<Discrepancy>) {
    let mut seen: Vec<((usize, usize), (usize, usize))> = Vec::with_capacity(flags.len());
    flags.retain(|f| {
        let key = (f.a_range, f.b_range);
        if seen.contains(&key) {
            false
        } else {
            seen.push(key);
            true
        }
    });
}

/// Whether a flag of `flags` covers code points `ar` of one sentence or `br` of the other
/// (their ranges overlap).
fn covered(flags: &[Discrepancy], ar: (usize, usize), br: (usize, usize)) -> bool {
    let overlaps = |x: (usize, usize), y: (usize, usize)| x.0 < y.1 && y.0 < x.1;
    flags
        .iter()
        .any(|f| overlaps(f.a_range, ar) || overlaps(f.b_range, br))
}

/// The count flags of a pair, as [`discrepancies`] gives them: one per pair of counts that
/// differ, then which time it is ("his second DWI" / "three prior DUI convictions"),
/// unless a count flag already covers those words ("his 2nd DWI" / "his 3rd DWI" read as
/// counts).
pub(crate) fn count_flags(a: &Prepared, b: &Prepared) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    for ((ar, br), vague) in number_conflicts(a, b) {
        out.push(flag(DiscrepancyKind::Number, (a, ar), (b, br), vague));
    }
    if let Some((ar, br)) = ordinal::ordinal_conflict(a, b) {
        if !covered(&out, ar, br) {
            out.push(flag(DiscrepancyKind::Number, (a, ar), (b, br), false));
        }
    }
    out
}

/// The flags [`discrepancies`] gives before the place flags: counts, speaker, vehicle,
/// weapon, person.
fn flags_before_places(a: &Prepared, b: &Prepared) -> Vec<Discrepancy> {
    use DiscrepancyKind as K;
    let mut out = count_flags(a, b);
    out.extend(speaker_flag(a, b));
    if let Some((ar, br)) = vehicle_conflict(a, b).or_else(|| vehicles::model_conflict(a, b)) {
        // A model's code read as a count too ("A321≠A320"): one flag, the vehicle's
        // (trial 40 T6).
        let overlaps = |x: (usize, usize), y: (usize, usize)| x.0 < y.1 && y.0 < x.1;
        out.retain(|f| {
            !(f.kind == K::Number && overlaps(f.a_range, ar) && overlaps(f.b_range, br))
        });
        out.push(flag(K::Vehicle, (a, ar), (b, br), false));
    }
    if let Some((ar, br)) = weapons::weapon_conflict(a, b) {
        out.push(flag(K::Weapon, (a, ar), (b, br), false));
    }
    // A list counted per nationality that a count flag already covers ("two Britons, a
    // German" / "three Britons, a German") gets no second flag.
    if let Some((ar, br)) = persons::person_conflict(a, b)
        .or_else(|| named::named_person_conflict(a, b))
        .or_else(|| nationality::nationality_conflict(a, b))
        .or_else(|| nationality_groups::group_conflict(a, b))
        .or_else(|| nationality::counted_conflict(a, b).filter(|&(ar, br)| !covered(&out, ar, br)))
    {
        out.push(flag(K::Person, (a, ar), (b, br), false));
    }
    // One nationality counted by two figures with two nouns ("Two Britons" / "Three
    // British nationals"; trial 48 F3): a count flag.
    if let Some((ar, br)) = nationality::count_conflict(a, b) {
        if !covered(&out, ar, br) {
            out.push(flag(K::Number, (a, ar), (b, br), false));
        }
    }
    out
}

/// The place flags of a pair, as [`discrepancies`] gives them: one per pair of places
/// that differ; one place told on two sides of it ("east coast" / "west coast"), unless a
/// place flag or a flag of another kind (`covered_before`: whether one given before the
/// place flags covers the ranges; asked only then) already covers those words ("in
/// northern Iran" / "in southern Iraq"); one route told the other way round ("from Leeds
/// to York" / "from York to Leeds"), or with one end told by two names ("from Besançon to
/// Pontarlier" / "from Dijon to Pontarlier"); two places a journey heads for ("vers
/// Lausanne" / "vers Dijon").
pub(crate) fn place_flags(
    a: &Prepared,
    b: &Prepared,
    covered_before: &dyn Fn((usize, usize), (usize, usize)) -> bool,
) -> Vec<Discrepancy> {
    use DiscrepancyKind as K;
    let mut out = Vec::new();
    for ((ar, br), vague) in place_conflicts(a, b) {
        out.push(flag(K::Place, (a, ar), (b, br), vague));
    }
    if let Some((ar, br)) = compass::compass_conflict(a, b) {
        if !covered(&out, ar, br) && !covered_before(ar, br) {
            out.push(flag(K::Place, (a, ar), (b, br), false));
        }
    }
    if let Some((ar, br)) = places::reversed_route(a, b) {
        out.push(flag(K::Place, (a, ar), (b, br), false));
    }
    if let Some(((ar, br), vague)) = places::other_route_end(a, b) {
        if !covered(&out, ar, br) {
            out.push(flag(K::Place, (a, ar), (b, br), vague));
        }
    }
    // Two places a journey heads for ("héliportés vers Lausanne" / "vers Dijon").
    // Two places people were taken to ("taken to Huancayo" / "taken to Lima"): soft
    // when either is a town the gazetteer does not know.
    if let Some(((ar, br), soft)) = places::destination_conflict(a, b) {
        if !covered(&out, ar, br) {
            out.push(flag(K::Place, (a, ar), (b, br), soft));
        }
    }
    out
}

/// Which kinds of place flag ([`place_flags`]) sentence `p` can give with any other: a
/// bit set of [`PLACE_NAMED`], [`PLACE_SIDE`] and [`PLACE_ROUTE`]. Two sentences whose
/// sets share no bit give no place flag, so a rule comparing many pairs of sentences can
/// find each sentence's set once and skip those pairs.
pub(crate) fn place_kinds(p: &Prepared) -> u8 {
    let mut kinds = 0;
    if places::names_a_place(p) {
        kinds |= PLACE_NAMED;
    }
    if compass::tells_a_side(p) {
        kinds |= PLACE_SIDE;
    }
    if places::tells_a_route(p) {
        kinds |= PLACE_ROUTE;
    }
    kinds
}

/// [`place_kinds`]: names a place (after a place preposition, police forces, objects).
pub(crate) const PLACE_NAMED: u8 = 1;
/// [`place_kinds`]: names a side of a place ("the east coast").
pub(crate) const PLACE_SIDE: u8 = 2;
/// [`place_kinds`]: tells a route ("from Leeds to York") or a place a journey heads for
/// ("vers Lausanne").
pub(crate) const PLACE_ROUTE: u8 = 4;

/// The date flags of a pair, as [`discrepancies`] gives them: one per pair of dates or
/// times that differ.
pub(crate) fn date_flags(a: &Prepared, b: &Prepared) -> Vec<Discrepancy> {
    date_conflicts(a, b)
        .into_iter()
        .map(|((ar, br), vague)| flag(DiscrepancyKind::Date, (a, ar), (b, br), vague))
        .collect()
}

/// The clock times sentence `p` tells (`times::clock_times`: "7:40 p.m.", "19:40",
/// "19.40 Uhr", "19h40"), each as its minutes after midnight and its first and last
/// tokens: the one concept a time of day is across languages (`xling.rs`).
pub(crate) fn clock_spans(p: &Prepared) -> Vec<(u16, usize, usize)> {
    times::clock_times(p)
        .into_iter()
        .map(|c| (c.minutes, c.tokens.0, c.tokens.1))
        .collect()
}

/// The speaker flag of a pair, as [`discrepancies`] gives it (`speakers::speaker_conflict`):
/// the page reads it for a span's sentence too (`linking::context`), so the page and
/// `parallax suggest` flag one pair of sentences alike.
pub(crate) fn speaker_flag(a: &Prepared, b: &Prepared) -> Option<Discrepancy> {
    match speaker_conflict(a, b) {
        Some((ar, br)) => Some(flag(DiscrepancyKind::Speaker, (a, ar), (b, br), false)),
        // A sentence of a quotation whose speaker another sentence names (trial 55, F5).
        None => super::speakers::speaker_flag_across(a, b),
    }
}

/// Whether a place name (its tokens' normalised forms, joined by spaces: "ohio", "u.s.",
/// "south korea") is a country, a US state or a continent (`regions.rs`).
pub(crate) fn is_region(name: &str) -> bool {
    places::is_region(name)
}

pub(crate) type Ranges = ((usize, usize), (usize, usize));

/// For tests of a slot rule `rule`: the texts it flags in sentences `a` and `b` (prepared
/// with the built-in IDF), `None` when it flags nothing.
#[cfg(test)]
pub(crate) fn flagged_texts(
    rule: fn(&Prepared, &Prepared) -> Option<Ranges>,
    a: &str,
    b: &str,
) -> Option<(String, String)> {
    let idf = super::prepared::Idf::builtin();
    let (pa, pb) = (Prepared::new(a, idf), Prepared::new(b, idf));
    let text = |p: &Prepared, (s, e): (usize, usize)| surface(p, s, e).into_owned();
    rule(&pa, &pb).map(|(ar, br)| (text(&pa, ar), text(&pb, br)))
}

/// Whether word `x` names a kind of what `y` names, or the same kind, in a small taxonomy
/// of things (vehicles, weapons): one word, one group of `same` (words for one kind), or
/// under it by `broader` (a kind and a broader kind it is one of, a word of each standing
/// for its group).
pub(super) fn kind_in(same: &[&[&str]], broader: &[(&str, &str)], x: &str, y: &str) -> bool {
    let group = |w: &str| same.iter().position(|g| g.contains(&w));
    let one = |x: &str, y: &str| x == y || group(x).is_some_and(|g| group(y) == Some(g));
    let mut kind = x;
    // The tables are shallow: a few steps reach the broadest kind.
    for _ in 0..4 {
        if one(kind, y) {
            return true;
        }
        match broader.iter().find(|(k, _)| one(kind, k)) {
            Some(&(_, wider)) => kind = wider,
            None => return false,
        }
    }
    false
}
