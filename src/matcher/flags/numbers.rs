//! The number flags: the counts of a sentence (figures and vague words with what they
//! count) and the pairs of counts of the same thing that two sentences give differently.

use super::anchor::{anchor_match, pair_best, tokens_within};
use super::bounds::{Bound, Verdict};
use super::figures::unit_key;
use super::units::{is_duration, is_money, is_time, requested};
use super::Ranges;
use crate::matcher::features::Prepared;
use crate::matcher::flags::language_of;
use crate::matcher::lexicon::FOR_A_TIME;
use kinds::{alike, toll_alike};
use parts::{counted_part, part_as_count, part_of_counted_whole, part_told_as_count, whole_apart};
use read::number_slots;
pub(crate) use toll::people_word;
use toll::Toll;
use verdict::{other_unit, softer, verdict};

mod age;
mod compound;
mod compound_head;
mod count_start;
mod counted;
pub(super) use compound::one_word as number_word_compound;
mod building_size;
mod cargo;
mod death_toll;
mod elapsed;
mod fate_phrase;
mod han;
mod head;
mod ident;
mod kinds;
mod magnitude;
mod measured;
mod measures;
mod multiplied;
mod named_before;
mod nouns;
mod one_unit;
mod ordinal_compound;
mod parts;
mod population;
mod purposes;
mod read;
mod roles;
mod round_bound;
mod settle;
mod severity;
mod slots;
mod spelled;
mod subject;
pub(crate) use subject::{change_key, change_subject, MEASURES};
mod swap;
#[cfg(test)]
mod tests_two_groups;
mod times;
mod toll;
mod verdict;
mod votes;
mod whole_before;

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
    /// A part of a whole the sentence names ("three of the injured", "Drei der
    /// Verletzten": `toll::partitive`): compared only with another part.
    Part,
}

/// A count of a sentence: its value, what it counts, its bound, its range (code points).
#[derive(Clone, Copy, Debug)]
pub(super) struct NumSlot {
    value: u64,
    /// What the figure is to its fact (a count, the earlier figure of a change).
    role: Role,
    /// The token of the figure, `None` for a Chinese or Japanese count (`han::han_slots`:
    /// read from characters, at no token of its own).
    tok: Option<usize>,
    noun: Option<u64>,
    /// The counted noun's synonym classes (`align::SYNONYMS`): "vehicles" / "cars".
    noun_class: crate::matcher::align::Classes,
    /// What a count of people counts in a toll (the dead, the injured, the missing;
    /// `toll::toll_of`), when its words tell it.
    toll: Option<Toll>,
    /// A figure that names a thing rather than counting one ("Flight 302", "the A-44";
    /// `toll::identifier`): it agrees with no count.
    ident: bool,
    /// The name of the thing `ident` names (`ident::Ident::name`: "A" of "A-44", "flight"
    /// of "Flight 447"), 0 for a count: two figures of one name are two things when they
    /// differ ("the A-44" / "the A-7").
    name: u64,
    /// Whether `ident` is a rating on a scale ("Category 4": `ident::Ident::rating`).
    rating: bool,
    /// Whether `ident` names a road ("Interstate 95", "on the A3": `ident::Ident::road`).
    road: bool,
    /// Whether `ident` names a transit line ("the S7 line", "line 14": `ident::Ident::line`):
    /// compared with a line of any name ([`lines_named_apart`]).
    line: bool,
    /// Whether `ident` is a model's designation ("Boeing 737", "Airbus A321", "ICE 3":
    /// `ident::Ident::model`): a vehicle, compared by the vehicle flag, not here.
    model: bool,
    /// Whether the figure is a toll told as risen to it ("The death toll has risen to at
    /// least 820": `death_toll::told_toll`): an update, which differs from another figure
    /// of the toll whatever their bounds ("more than 600" / "at least 820").
    risen: bool,
    /// Whether `noun` is the subject of the figure's verb, not a noun after it ("Confirmed
    /// cases ... have risen to 1,245": `subject::subject_count`): the figure may still be
    /// compared with a figure of no noun whose anchor agrees ("The index rose to 1,245" /
    /// "The index closed at 1,180"), as it was before its subject was read.
    subject: bool,
    /// Whether the count is one of a list ("two women and a man"; `toll::listed`): one
    /// group of a toll's people, not all of them.
    listed: bool,
    /// Whether an age's owner is a name ("16-year-old Kimani Gray", "Grigoropoulos, 15,":
    /// `age::owner_named`): a man's age is compared with a motorist's, not a name's
    /// (`age::owners_alike`).
    owner_named: bool,
    /// Whether the count is the size of a group ("a group of eight skiers", "un groupe de
    /// dix skieurs": `read::group_size`): how many set out together, compared only with
    /// another group's size, not with what befell some of them ("Five skiers were
    /// killed": trial 48 F2).
    group: bool,
    /// Whether the count is the whole a part is of ("the 45 passengers" of "Twelve of the
    /// 45 passengers were hurt"; `toll::whole_of_part`): not the count of a fate ("12
    /// passengers were hurt").
    whole: bool,
    /// Whether a part is told with its whole after it, the whole no figure ("One of the
    /// firefighters", "three of the injured": `toll::partitive`; not "Thirty of the 40
    /// passengers").
    partitive: bool,
    /// Whether a part is told after a whole named before it, with its own counted noun
    /// right after its figure ("Seven people have been injured, among them two
    /// firefighters": `whole_before.rs`). Against a [`NumSlot::partitive`] part of that
    /// noun it counts the partitive's whole, no one figure (`parts::part_of_counted_whole`).
    after_whole: bool,
    /// Whether `noun` is the verb after the figure, no counted noun ("2,000 have been
    /// used", "6.1 struck"): the figure may count what the other sentence's counts.
    verb_noun: bool,
    /// The dimension of the unit the figure counts in (`units::unit_of`: "km" and "miles"
    /// are lengths), 0 when it counts no unit.
    dim: u64,
    /// What a sum of money is paid for, when a word right after it says ("a $275
    /// deductible"): its stem, 0 when none.
    thing: u64,
    /// Whether `thing` is the word after the sum (not its part in a change).
    paid: bool,
    /// What a sum of money or a length of time is of, when the words near it tell (a fine,
    /// a bribe, a prison sentence, a detention: `purposes::purpose_of`): two figures of two
    /// purposes are two facts.
    purpose: Option<purposes::Purpose>,
    /// A figure with no counted noun that may be compared by its anchor: not an ordinal
    /// ("81st"), not the word "one" ("one of our own"), not a number after a capitalised
    /// word ("Section 17", "Flight 370").
    bare: bool,
    /// A vague count ("several", "数").
    vague: bool,
    /// Whether the figure is a round word said with the article ("a dozen", "une
    /// douzaine": `round_bound::mark_round_words`): a lower bound on it holds figures up to
    /// twice it.
    round_word: bool,
    /// Whether the figure is an approximate collective count ("una veintena", "une
    /// vingtaine", "een tiental", "a dozen": `settle::collective`): a figure it does not
    /// take in but within half to twice it is told differently, not another count (the
    /// softer flag, `verdict::collective_near`).
    collective: bool,
    /// Whether the count is of the seriously hurt ("Four people were seriously injured",
    /// "four of them seriously": `severity::mark_severe`): compared with another such count,
    /// never with a count of all the injured.
    severe: bool,
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
impl NumSlot {
    /// A figure of `value` (its bits: `f64::to_bits`, or a vague word's stem) in role
    /// `role` at token `tok`, on code points `start..end`, with nothing else known of it:
    /// exact, of no noun, unit or thing paid for, read as written (a decimal point), in
    /// whole units. The slots of `read.rs` and `slots.rs` say what they know on top.
    fn new(value: u64, role: Role, tok: usize, (start, end): (usize, usize)) -> NumSlot {
        NumSlot {
            value,
            role,
            tok: Some(tok),
            noun: None,
            noun_class: 0,
            toll: None,
            ident: false,
            name: 0,
            rating: false,
            road: false,
            line: false,
            model: false,
            risen: false,
            subject: false,
            listed: false,
            owner_named: false,
            group: false,
            whole: false,
            partitive: false,
            after_whole: false,
            verb_noun: false,
            dim: 0,
            thing: 0,
            paid: false,
            purpose: None,
            bare: false,
            vague: false,
            round_word: false,
            collective: false,
            severe: false,
            size: (0.0, 0.0),
            bound: Bound::Exact,
            either: None,
            likely: true,
            point: false,
            comma: false,
            step: 1.0,
            start,
            end,
        }
    }
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
    let (la, sa) = (language_of(a), slots(a));
    // Every flag pairs a figure of each side.
    if sa.is_empty() {
        return Vec::new();
    }
    let (lb, sb) = (language_of(b), slots(b));
    // Two sentences in two languages, both told: the words around a sum share no stem.
    let across = matches!((la, lb), (Some(x), Some(y)) if x != y);
    // Across languages a counted noun is a word of its own language ("workers" /
    // "ouvriers"): a count of things whose noun the other sentence never counts, when it
    // is the only such count on each side, is about the same thing as the other's, unless
    // only one of the two tells a fate of people ("Three lifeboats were lowered" / "Los
    // 312 pasajeros fueron evacuados": trial 45; below).
    // Not a count of times ("has changed owners four times" / "trois estuaires": trial 58).
    let foreign = |s: &NumSlot, other: &[NumSlot]| {
        across
            && s.role == Role::Count
            && s.dim == 0
            && s.noun.is_some_and(|n| {
                n != unit_key("percent")
                    && n != times::times_key()
                    && other.iter().all(|o| o.noun != Some(n))
            })
    };
    let lone = |mine: &[NumSlot], other: &[NumSlot]| {
        mine.iter().filter(|s| foreign(s, other)).count() == 1
    };
    let lone_pair = lone(sa, sb) && lone(sb, sa);
    // A count of people against one of workers or residents ("rund 1100 Menschen" /
    // "etwa 1200 Beschäftigte", "8 000 personnes" / "10 000 habitants"; trial 35 F2, F6.2)
    // is about one thing when each is its sentence's only count of people and no toll
    // tells either apart ("employs 85 people" / "500 workers will lose their jobs").
    let people = |s: &NumSlot| {
        s.role == Role::Count
            && s.dim == 0
            && !s.ident
            && s.noun
                .is_some_and(|n| n == unit_key("person") || nouns::people_group(n))
    };
    let lone_people = |s: &NumSlot, mine: &[NumSlot]| {
        people(s) && s.toll.is_none() && mine.iter().filter(|o| people(o)).count() == 1
    };
    let people_kinds = |x: &NumSlot, y: &NumSlot| {
        let (u, v) = (x.noun.unwrap_or(0), y.noun.unwrap_or(0));
        let person = unit_key("person");
        ((u == person && nouns::people_group(v)) || (v == person && nouns::people_group(u)))
            && lone_people(x, sa)
            && lone_people(y, sb)
    };
    // A count the other sentence gives too, the same or within its bound ("at least 30" /
    // "30"), is no discrepancy, when it counts the same kind of thing (`kinds::alike`):
    // not the same figure in another unit ("60 km" / "60 miles"), nor a figure of another
    // thing ("a four-storey building" / "four people", "Flight 302" / "302 people").
    // A count of others agrees with a count of the same value its anchor shares ("six
    // new directors" / "re-elected six others").
    // So does one figure of one noun told as a part on one side and as a count on the
    // other ("including two firefighters" / "among them two firefighters", "One of the
    // firefighters" / "one firefighter": `parts::part_told_as_count`).
    let in_b = |x: &NumSlot| {
        sb.iter().any(|s| {
            (alike(x, s, across)
                || elided_alike(a, x, b, s)
                || part_told_as_count(x, s)
                || severity::severe_alike(x, s))
                && !severity::severity_apart(x, s)
                && verdict(x, s) == Verdict::Agree
        })
    };
    let in_a = |y: &NumSlot| {
        sa.iter().any(|s| {
            (alike(s, y, across)
                || elided_alike(a, s, b, y)
                || part_told_as_count(s, y)
                || severity::severe_alike(s, y))
                && !severity::severity_apart(s, y)
                && verdict(s, y) == Verdict::Agree
        })
    };
    let mut candidates = Vec::new();
    for (i, x) in sa.iter().enumerate() {
        if in_b(x) || x.model {
            continue;
        }
        for (j, y) in sb.iter().enumerate().filter(|(_, y)| !y.model) {
            // Two figures with no counted noun ("rose to 12.", "measured 6.1 on the Richter
            // scale") are about the same thing when their anchors say so.
            // Two counts of people of two tolls ("Two people died" / "30 people were
            // injured") are about two things; of one toll, about one whatever the noun
            // ("31 injured" / "35 passengers were hurt").
            let tolls = toll_alike(x, y);
            // "Twelve of the 45 passengers were hurt" / "12 passengers were hurt": the
            // whole and the hurt are two counts.
            let fated = |s: &NumSlot| matches!(s.toll, Some(Toll::Fate(_)));
            let whole = (x.whole && fated(y)) || (y.whole && fated(x));
            // "seven humanitarian workers" of "Five of the seven ... were freed" / "Four
            // aid workers freed": the whole is no count of the freed, the part is.
            let whole = whole || whole_apart(x, y, b) || whole_apart(y, x, a);
            // "won 19 seats" / "39 of the 150 seats": a tally won and the whole it is of
            // (`measures::tally`; trial 35 F8.4).
            let tallied = |p: &Prepared, s: &NumSlot| {
                s.tok
                    .is_some_and(|t| t < p.tokens.len() && measures::tally(p, t))
            };
            let whole = whole || (x.whole && tallied(b, y)) || (y.whole && tallied(a, x));
            // Two counts of the seriously injured, part or count ("Eleven of the injured
            // were in serious condition" / "three of them seriously"), are one count;
            // against a count of all the injured, two (`severity.rs`).
            let severe = severity::severe_alike(x, y);
            let roles =
                x.role == y.role || part_as_count(a, x, b, y) || counted_part(x, y) || severe;
            // "Verhoef employs 220 people" / "Fifty-one people fell ill": a workforce and
            // another count of people are two things (trial 36 F19.7).
            // Two measures of two dimensions ("above 120 km/h" / "moins de 3 km": a speed
            // and a length; trial 58) are never one thing, whatever their words' meanings.
            let dims_apart = x.dim != 0 && y.dim != 0 && x.dim != y.dim;
            // Two lengths of two nouns ("35 km of coastline" / "the 183-metre vessel", a
            // distance offshore / a stretch of coast: `measured.rs`), a cargo carried
            // against an amount spilt ("carrying 3,000 tonnes" / "400 tonnes had leaked":
            // `cargo.rs`) are two facts, in one unit or two (trial 58).
            let measured_apart = x.dim != 0
                && y.dim != 0
                && (measured::lengths_apart(a, x, b, y) || cargo::carried_against_lost(a, x, b, y));
            let dims_apart = dims_apart || measured_apart;
            let same_thing = roles
                && !dims_apart
                && !whole
                && !part_of_counted_whole(x, y)
                && x.group == y.group
                && workforce(a, x) == workforce(b, y)
                && population::population(a, x) == population::population(b, y)
                && building_size::building_size(a, x) == building_size::building_size(b, y)
                && !requested_against_other(a, x, b, y)
                && !severity::severity_apart(x, y)
                && tolls != Some(false)
                && (tolls == Some(true)
                    || severe
                    || match (x.noun, y.noun) {
                        // An age of no named owner against any age ("The 60-year-old actor"
                        // / "The actor, 61,"): the anchor says whose.
                        (Some(u), Some(v)) if x.role == Role::Age => {
                            age::owners_alike((u, x.owner_named), (v, y.owner_named))
                        }
                        (Some(u), Some(v)) => {
                            u == v
                                || (x.noun_class & y.noun_class) != 0
                                // "Eight Canadair planes" / "Six Canadair" (session 52).
                                || named_before::named_before_noun(a, x, v)
                                || named_before::named_before_noun(b, y, u)
                                || elided_alike(a, x, b, y)
                                || (people_kinds(x, y) && one_nationality(a, x, b, y))
                                // "Vier Notarzthubschrauber" / "Drei
                                // Rettungshubschrauber": one head (trial 57).
                                || compound_head::one_head(a, x, b, y, people)
                                // "Two neighbouring buildings" / "Trois bâtiments
                                // voisins": one noun translated (session 53).
                                || ((la != lb || la.is_none()) && nouns::one_meaning(a, x, b, y))
                        }
                        // Two roads, two flights: "the A-44" / "the A-7"; two lines of
                        // any names: "the S7 line" / "the U5 line".
                        (None, None) if x.ident || y.ident => {
                            x.name == y.name || (x.line && y.line)
                        }
                        (None, None) => x.bare && y.bare,
                        // "injuring 12" / "Fourteen injured": the verb before one figure is
                        // the other's verb after it.
                        (None, Some(v)) => x.bare && (y.subject || stem_before(a, x) == Some(v)),
                        (Some(u), None) => y.bare && (x.subject || stem_before(b, y) == Some(u)),
                    }
                    || (lone_pair
                        && foreign(x, sb)
                        && foreign(y, sa)
                        && fated(x) == fated(y)
                        && one_nationality(a, x, b, y)
                        // Two nouns of two groups are two things ("about 3,500
                        // residents" / "almeno 40 tra case": trial 54).
                        && !nouns::two_groups(a, x, b, y)));
            // The same figure in two units ("60 km" / "60 miles"), two temperatures in
            // two scales a degree or more apart ("40C" / "110F", `temperatures.rs`), or
            // two measures in two units a tenth apart once converted (`units::measures_apart`:
            // areas, lengths, speeds, masses).
            let unit_differs = !measured_apart
                && ((other_unit(x, y) && x.value == y.value)
                    || x.noun.zip(y.noun).is_some_and(|(nx, ny)| {
                        let (vx, vy) =
                            ((f64::from_bits(x.value), nx), (f64::from_bits(y.value), ny));
                        // Two measures in two units ("15,000 hectares" / "60,000 acres", "150
                        // km/h" / "120 mph").
                        crate::matcher::flags::temperatures::apart_in_two_scales(vx, vy)
                            || (crate::matcher::flags::units::measures_apart(vx, vy)
                                && !x.vague
                                && !y.vague
                                && !gives_unit(a, ny)
                                && !gives_unit(b, nx))
                    }));
            // Two sums paid for different things ("a $275 deductible" / "$500 cash"), or a
            // sum paid for a thing the other sentence never names ("$500 cash payments" /
            // "$50 million to distribute": a payment each and a fund are two sums).
            let things_differ = (x.thing != 0 && y.thing != 0 && x.thing != y.thing)
                || (x.paid && y.thing == 0 && !names(b, x.thing))
                || (y.paid && x.thing == 0 && !names(a, y.thing));
            let same_thing = same_thing && !things_differ && !purposes_differ(x, y);
            // Two lengths of time in two units that differ once converted ("45 minutes" /
            // "two hours"; trial 40 T5).
            let durations = durations_apart(x, y).is_some()
                && !purposes_differ(x, y)
                && !requested_against_other(a, x, b, y)
                && !gives_unit(a, y.noun.unwrap_or(0))
                && !gives_unit(b, x.noun.unwrap_or(0));
            let unit_differs = unit_differs || durations;
            let differ = unit_differs
                || (same_thing && (verdict(x, y) != Verdict::Agree || lines_named_apart(x, y)));
            if !differ || in_a(y) || other_part_nearer(x, y, sb) || other_part_nearer(y, x, sa) {
                continue;
            }
            // Two lengths of time in two units are read as one length told two ways only
            // when their anchors share words near them, whatever else the figures are
            // ([`DURATION_ANCHOR`]: "35 years ago" / "the six days until the hearing",
            // "over the past 15 months" / "in the past six weeks" are two facts).
            if durations_apart(x, y).is_some() {
                let anchored = tokens_within(a, (x.start, x.end))
                    .zip(tokens_within(b, (y.start, y.end)))
                    .filter(|&(xt, yt)| same_lead_in(a, xt.0, b, yt.0))
                    .and_then(|(xt, yt)| anchor_match(a, xt, b, yt))
                    .filter(|&s| s >= DURATION_ANCHOR);
                if let Some(s) = anchored {
                    candidates.push((i, j, s));
                }
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
            if x.rating && y.rating {
                // Two ratings of one scale ("a Category 4 storm" / "a Category 3
                // hurricane"): the scale says what they rate.
                candidates.push((i, j, anchor_match(a, xt, b, yt).unwrap_or(0.0)));
            } else if x.noun.is_none() || (x.subject && y.noun.is_none()) {
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
                // Two lengths of time in two units ("45 minutes" / "two hours") only when
                // their anchors share words near them ([`DURATION_ANCHOR`]): "35 years
                // ago" / "the six days until the hearing" are two facts.
                let least = match durations_apart(x, y) {
                    Some(_) => DURATION_ANCHOR,
                    None => 0.0,
                };
                // "há cinco meses" / "após quatro meses": one captivity told from its
                // start and to its end, whatever words stand near (`elapsed.rs`).
                let elapsed = least == 0.0 && elapsed::ago_and_after(a, xt, b, yt);
                if let Some(s) = anchor_match(a, old(a, xt), b, old(b, yt))
                    .filter(|&s| s >= least)
                    .or((across || elapsed).then_some(0.0))
                {
                    candidates.push((i, j, s));
                }
            } else {
                candidates.push((i, j, anchor_match(a, xt, b, yt).unwrap_or(0.0)));
            }
        }
    }
    let mut out: Vec<(Ranges, bool)> = pair_best(candidates)
        .into_iter()
        .map(|(i, j)| {
            let (x, y) = (&sa[i], &sb[j]);
            let soft = durations_apart(x, y).unwrap_or_else(|| softer(x, y))
                && !forecast_ranges(a, x, b, y);
            (((x.start, x.end), (y.start, y.end)), soft)
        })
        .collect();
    // Figures swapped between two roles ("two killed and five injured" / "five killed
    // and two injured"): each figure against the other's figure of its role.
    let taken: Vec<Ranges> = out.iter().map(|(r, _)| *r).collect();
    out.extend(swap::swapped(a, sa, b, sb, &taken));
    out
}

/// Whether two counts are two ranges that differ, told as a forecast in either sentence
/// ("ASML verwacht een omzet tussen 7,4 en 7,9 miljard" / "rekent op 7,2 tot 7,7
/// miljard"; `article_events::periods::forecast_word`: "expects", "guidance",
/// "erwartet", "prévoit", "prevé"): a company gives one range, so two are two claims (the
/// solid kind; trial 42 C5). Two ranges of an estimate ("between 10 and 20 dead" / "15 to
/// 30") may both be true and stay the softer kind.
fn forecast_ranges(a: &Prepared, x: &NumSlot, b: &Prepared, y: &NumSlot) -> bool {
    let range = |s: &NumSlot| matches!(s.bound, Bound::From(_)) && !s.vague;
    let forecast = |p: &Prepared| {
        (0..p.tokens.len()).any(|i| super::article_events::periods::forecast_word(p, i))
    };
    range(x)
        && range(y)
        && (x.value != y.value || x.bound != y.bound)
        && (forecast(a) || forecast(b))
}

/// Whether the figure of `p` whose token starts at code point `start` names a thing rather
/// than counting one ("Flight 447", "the A-44", "BA117": [`NumSlot::ident`]). A figure
/// named on one side and counted on the other ("Flight 447 crashed" / "killing 447
/// people") is no term the two sentences share (`explain.rs`).
pub(crate) fn names_a_thing(p: &Prepared, start: usize) -> bool {
    slots(p).iter().any(|s| {
        s.ident
            && s.tok
                .and_then(|k| p.tokens.get(k))
                .is_some_and(|t| t.start == start)
    })
}

pub(crate) use ident::names_before;

/// Whether the figure of `p` whose token starts at code point `start` is a length of
/// time: a unit of time right after it ("an eight-day tour", "un viaje de ocho días",
/// "acht Tage": `units::is_duration`). A length of time on one side and a figure of no
/// time on the other ("an eight-day tour" / "Acht Menschen") is no term the two
/// sentences share (`explain.rs`; session 54, trial 57: the card said "Shares 8").
pub(crate) fn tells_a_length_of_time(p: &Prepared, start: usize) -> bool {
    let toks = &p.tokens;
    let Some(k) = toks.iter().position(|t| t.start == start) else {
        return false;
    };
    // "eight-day" as one token: its unit after the hyphen.
    let joined = toks[k]
        .norm
        .rsplit_once('-')
        .is_some_and(|(_, unit)| super::units::unit_of(unit).is_some_and(|(_, dim)| is_time(dim)));
    joined || toks.get(k + 1).is_some_and(is_duration)
}

/// Whether the counts of `a` at token `ta` and of `b` at token `tb` are two counts
/// whatever their nouns: counts of people of two tolls ([`toll_alike`]: "About 120
/// firefighters fought the fire" / "Four firefighters hurt", "employs 85 people" /
/// "Around 250 people ... were evacuated"). The matcher's count slots
/// (`align::count_slots_shared`) are no slot filled alike then, as the number flag does
/// not compare them (trial 33 F5).
pub(crate) fn counts_apart(a: &Prepared, ta: usize, b: &Prepared, tb: usize) -> bool {
    // The slot of token `t`: its figure's last token, or a token within its text ("2.4" of
    // "2.4 million euros", whose slot is at "million").
    let at = |p: &Prepared, t: usize| {
        let within = |s: &NumSlot| {
            p.tokens
                .get(t)
                .is_some_and(|k| s.start <= k.start && k.end <= s.end)
        };
        slots(p)
            .iter()
            .find(|s| s.tok == Some(t) || within(s))
            .copied()
    };
    match (at(a, ta), at(b, tb)) {
        (Some(x), Some(y)) => toll_alike(&x, &y) == Some(false) || purposes_differ(&x, &y),
        _ => false,
    }
}

/// Whether the figures of `a` and `b` at code points `ar` and `br` (a number flag's
/// ranges) both name roads ("Interstate 95" / "Interstate 85", "on the A3" / "on the
/// A9"): two roads are two places, flagged as a place ([`NumSlot::road`]).
pub(crate) fn roads_differ(
    a: &Prepared,
    ar: (usize, usize),
    b: &Prepared,
    br: (usize, usize),
) -> bool {
    let road = |p: &Prepared, r: (usize, usize)| {
        slots(p)
            .iter()
            .any(|s| s.road && s.start == r.0 && s.end == r.1)
    };
    road(a, ar) && road(b, br)
}

/// Whether counts `x` and `y` name two transit lines by two codes of other letters ("S5"
/// / "U5", "S7" / "U5"): two lines whatever their figures (session 51). A line numbered
/// after a word ("line 5", `ident::line_name`) may be any code's line of its figure.
fn lines_named_apart(x: &NumSlot, y: &NumSlot) -> bool {
    let code = |s: &NumSlot| s.line && s.name != ident::line_name();
    code(x) && code(y) && x.name != y.name
}

/// The counts of sentence `p` ([`number_slots`]), read once per sentence (`facts.rs`).
fn slots(p: &Prepared) -> &[NumSlot] {
    p.facts
        .numbers
        .get_or_init(|| number_slots(p, language_of(p)))
}

/// The stem of the verb in "-ing" right before figure `s` of `p`, a space alone between
/// ("injuring" of "injuring 12", "killing" of "killing 10"), if any: not a noun ("2,129
/// points -- 13 more").
fn stem_before(p: &Prepared, s: &NumSlot) -> Option<u64> {
    let tok = s.tok?;
    let k = tok.checked_sub(1)?;
    let (t, f) = (p.tokens.get(k)?, p.tokens.get(tok)?);
    let spaced = p
        .text
        .chars()
        .skip(t.end)
        .take(f.start.saturating_sub(t.end))
        .all(char::is_whitespace);
    let verb = t.kind == crate::matcher::text::Kind::Word && !t.stop && t.norm.ends_with("ing");
    (verb && spaced).then_some(t.stem)
}

/// Verbs of employing, lower case, in the languages of the count rules ("employs 220
/// people", "emprega 220 pessoas", "beschäftigt 220 Menschen").
const EMPLOY: &[&str] = &[
    "employs",
    "employ",
    "employed",
    "employing",
    "emprega",
    "empregam",
    "emplea",
    "emplean",
    "emploie",
    "emploient",
    "impiega",
    "impiegano",
    "beschäftigt",
    "beschäftigen",
    "workforce",
];

/// Whether count `s` of `p` is a workforce: a verb of employing ([`EMPLOY`]) among the
/// three tokens before its figure, no comma between ("employs about 220 people", "a
/// workforce of 220").
fn workforce(p: &Prepared, s: &NumSlot) -> bool {
    let Some(tok) = s.tok.filter(|&t| t < p.tokens.len()) else {
        return false;
    };
    let toks = &p.tokens;
    (tok.saturating_sub(3)..tok).any(|k| {
        EMPLOY.contains(&toks[k].norm.as_str())
            && !super::surface(p, toks[k].end, toks[tok].start).contains(',')
    })
}

/// The nationality (`nationality::nationality`'s key) count `s` of `p` is told with, by
/// a word of one within two words after its figure ("deux Britanniques", "zwei Briten",
/// "two British tourists": "uk"), `None` for a count of no nationality.
fn nationality_counted(p: &Prepared, s: &NumSlot) -> Option<&'static str> {
    let k = s.tok?;
    p.tokens
        .get(k + 1..)?
        .iter()
        .take(2)
        .find_map(|t| super::nationality::nationality(&t.norm))
}

/// Whether counts `x` of `a` and `y` of `b` are told with one nationality or with none. A
/// count of the people of a nationality is one group of a list or a toll, compared by the
/// nationality flags (`nationality::counted_conflict`): no count of the same thing as
/// the other sentence's count of another noun guessed to be one (a lone count across
/// languages, people against skiers: "One skier" / "deux Britanniques"; trial 48 F6).
fn one_nationality(a: &Prepared, x: &NumSlot, b: &Prepared, y: &NumSlot) -> bool {
    nationality_counted(a, x) == nationality_counted(b, y)
}

/// Whether count `s` of `p` counts people by ellipsis, its noun left to the article
/// ("Three others were acquitted", "otros tres fueron absueltos"): a word of
/// `toll::OTHERS` right after or right before its figure.
fn elided(p: &Prepared, s: &NumSlot) -> bool {
    let others = |k: Option<usize>| {
        k.and_then(|k| p.tokens.get(k))
            .is_some_and(|t| toll::others_word(&t.norm))
    };
    s.role == Role::Count
        && !s.verb_noun
        && s.noun == Some(unit_key("person"))
        && s.tok
            .is_some_and(|t| others(t.checked_add(1)) || others(t.checked_sub(1)))
}

/// Whether counts `x` of `a` and `y` of `b`, one counting people by ellipsis ([`elided`]:
/// "Three others were acquitted"), the other a noun ("Two businessmen were acquitted"),
/// are about one thing: their anchors share a word (trial 34 F2.1), not "Three others were
/// convicted"; and not a count of a fate against one whose words tell none: "injuring two
/// others" is no count of "one was flown to Sion", what befell one of them (trial 48 F6).
fn elided_alike(a: &Prepared, x: &NumSlot, b: &Prepared, y: &NumSlot) -> bool {
    let anchored = || {
        let (Some(xt), Some(yt)) = (
            tokens_within(a, (x.start, x.end)),
            tokens_within(b, (y.start, y.end)),
        ) else {
            return false;
        };
        anchor_match(a, xt, b, yt).is_some_and(|s| s > 0.0)
    };
    // The other a count of a noun too, not a figure whose verb follows ("12 was killed").
    let counted = |s: &NumSlot| s.role == Role::Count && !s.verb_noun && s.dim == 0;
    // A count of a fate against a count whose next words name none ("one was flown to
    // Sion"; not "six other protesters injured", a fate the toll reading misses).
    let fated = |s: &NumSlot| matches!(s.toll, Some(Toll::Fate(_)));
    let untold = |p: &Prepared, s: &NumSlot| {
        s.toll.is_none()
            && s.tok.is_some_and(|k| {
                !p.tokens
                    .iter()
                    .skip(k + 1)
                    .take(UNTOLD_WORDS)
                    .any(|t| toll::toll_word(&t.norm).is_some())
            })
    };
    let fates_apart = (fated(x) && untold(b, y)) || (fated(y) && untold(a, x));
    (elided(a, x) || elided(b, y)) && counted(x) && counted(y) && !fates_apart && anchored()
}

/// How many words after a count [`elided_alike`] reads for a word of a fate.
const UNTOLD_WORDS: usize = 4;

/// The least anchor similarity (`anchor::anchor_match`) at which two lengths of time in
/// two units are read as lengths of one thing ("closed the runway for 45 minutes" / "for
/// two hours" share the words before them; one name far away is not enough).
const DURATION_ANCHOR: f64 = 0.3;

/// Whether the lengths of time at tokens `i` of `a` and `j` of `b` are led in alike: the
/// same word before each ("past 15 months" / "past six weeks"), or a word of
/// `lexicon::FOR_A_TIME` before both ("for 45 minutes" / "für zwei Stunden"). "her 35 years
/// ago" / "the six days until the hearing" are two facts (flag_counts, session 38).
fn same_lead_in(a: &Prepared, i: usize, b: &Prepared, j: usize) -> bool {
    fn before(p: &Prepared, k: usize) -> Option<&str> {
        k.checked_sub(1)
            .and_then(|k| p.tokens.get(k))
            .map(|t| t.norm.as_str())
    }
    match (before(a, i), before(b, j)) {
        (Some(u), Some(v)) => u == v || (FOR_A_TIME.contains(&u) && FOR_A_TIME.contains(&v)),
        _ => false,
    }
}

/// How two lengths of time told in two units compare once both are in seconds
/// (`units::in_seconds`): `None` when they agree (the same length, "two weeks" / "14 days",
/// "90 minutes" / "1,5 Stunden"; or within a tenth of the longer, a rounding: "a month" /
/// "30 days"; or their bounds let both be true, "less than two hours" / "90 minutes"),
/// else whether the flag is the softer kind (bounds that let them be told differently:
/// "about 45 minutes" / "an hour", `bounds::agree`). Not for one unit (compared as figures
/// are), vague counts ("several hours") or the same figure in two units ("12 years" / "12
/// months": `verdict::other_unit`, the solid kind).
fn durations_apart(x: &NumSlot, y: &NumSlot) -> Option<bool> {
    let (nx, ny) = (x.noun?, y.noun?);
    if nx == ny || !is_time(x.dim) || !is_time(y.dim) || x.vague || y.vague {
        return None;
    }
    let ranged = |s: &NumSlot| matches!(s.bound, Bound::From(_));
    if x.value == y.value
        || x.role != Role::Count
        || y.role != Role::Count
        || ranged(x)
        || ranged(y)
    {
        return None;
    }
    let (bx, by) = (
        super::units::in_seconds(nx, f64::from_bits(x.value))?,
        super::units::in_seconds(ny, f64::from_bits(y.value))?,
    );
    if (bx - by).abs() <= 0.1 * bx.abs().max(by.abs()) {
        return None;
    }
    match super::bounds::agree((bx, x.bound), (by, y.bound)) {
        Verdict::Agree => None,
        v => Some(v == Verdict::Soft),
    }
}

/// Whether sentence `p` writes a unit of key `unit` (`units::unit_of`): a report that gives
/// a measure in both units ("50 miles (110 km)") is compared in each unit on its own, not
/// across them (`units::measures_apart`; trial 37: "no flag when one report gives both").
/// The mile of "nautical miles" gives no mile (`units::mile_of_nautical`).
fn gives_unit(p: &Prepared, unit: u64) -> bool {
    use crate::matcher::flags::units::{mile_of_nautical, unit_of};
    let toks = &p.tokens;
    toks.iter()
        .enumerate()
        .any(|(j, t)| unit_of(&t.norm).map(|u| u.0) == Some(unit) && !mile_of_nautical(toks, j))
}

/// Whether sentence `p` has a word of stem `stem` anywhere.
fn names(p: &Prepared, stem: u64) -> bool {
    p.tokens.iter().any(|t| t.stem == stem)
}

/// Whether two sums or two lengths of time are of two purposes the words near them tell
/// (`purposes::purpose_of`: a fine / a bribe, a prison sentence / a detention): two facts
/// (trial 34 F6). A figure whose purpose no word tells may be of either.
fn purposes_differ(x: &NumSlot, y: &NumSlot) -> bool {
    matches!((x.purpose, y.purpose), (Some(u), Some(v)) if u != v)
}

/// Whether of two lengths of time or sums one is asked for and the other not
/// (`units::requested`: "avait requis 25 ans" / "20 ans de prison"): two facts.
fn requested_against_other(a: &Prepared, x: &NumSlot, b: &Prepared, y: &NumSlot) -> bool {
    let measured = |s: &NumSlot| is_time(s.dim) || is_money(s.dim);
    let asked = |p: &Prepared, s: &NumSlot| s.tok.is_some_and(|t| requested(p, t));
    measured(x) && measured(y) && asked(a, x) != asked(b, y)
}

/// Whether `y` is one of two shares of one whole ("53.4 percent … the rival won 46.6
/// percent": two figures of `mine` of one unit summing to 100) and the other share is
/// nearer to `x`, a figure of that unit in the other sentence (trial 41 F3): "She won 54.3
/// percent" is the winner's share, told against 53.4, not against the loser's 46.6.
fn other_part_nearer(x: &NumSlot, y: &NumSlot, mine: &[NumSlot]) -> bool {
    if x.noun.is_none() || x.noun != y.noun {
        return false;
    }
    let (vx, vy) = (f64::from_bits(x.value), f64::from_bits(y.value));
    mine.iter().any(|o| {
        let vo = f64::from_bits(o.value);
        o.noun == y.noun
            && !std::ptr::eq(o, y)
            && (vo + vy - 100.0).abs() <= 1.0
            && (vo - vx).abs() < (vy - vx).abs()
    })
}
