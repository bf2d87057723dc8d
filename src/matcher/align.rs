//! Whole-article alignment, the matcher's primary job: given the sentences of two (or more)
//! articles, how likely is each cross-article sentence pair to report the same fact.
//!
//! A pair is judged in its context, not alone:
//!
//! - **IDF from the articles being compared** ([`super::features::Idf::local`]): words that
//!   run through the whole story ("north", "korean") weigh little.
//! - **Hub correction was measured and is not used**: judging a pair relative to how
//!   strongly each sentence matches the rest of the other article (CSLS, Conneau et al.
//!   2018, mean of the 3 best IDF cosines; row/column ranks, mutual best match; and a second
//!   stage over the first model's row/column log-odds) did not rank better on the
//!   development article pairs (mean AP 0.528-0.541 with, 0.534 without; see
//!   `BENCHMARKS.md`): their links are many-to-many around the main-event sentences, so a
//!   sentence that matches much is often right to.
//! - **No penalty for length or for a differing detail**: coverage is measured on the
//!   shorter sentence, and the sentence-pair model's log-odds are taken with its number,
//!   date and name conflict features neutralised (a differing detail gives a flag,
//!   `matcher::flags`, not a lower rank).
//! - **Shared characters**: character trigram containment sees "parasitic" / "parasites".
//! - **Position**: how far apart the two sentences stand in their articles (relative
//!   index); stories are told in roughly the same order.
//! - **What is shared, not only how much**: the two rarest shared words, and a rare name shared
//!   together with an event word (an interaction: same participant, same kind of event).
//!
//! A logistic regression over these [`N_ALIGN`] features, fitted on the hand-labelled
//! development article pairs and the two sample articles, then Platt-scaled on the
//! development pairs' leave-one-article-pair-out log-odds (Platt 1999), gives a calibrated probability that the pair is a true
//! cross-source link (`examples/eval_articles.rs`; constants in `align_weights.rs`;
//! figures and the reliability table in `BENCHMARKS.md`). [`band`] names the bands shown
//! in the page.

use super::align_weights as w;
use super::features::{self, weighted_shared, Prepared};

mod figures;
mod nouns;
mod synonyms;
mod tolls;
pub(crate) use figures::{figure_spans, figures_shared, FigureSpan};
pub(crate) use nouns::{nouns_shared, Counted as CountedNoun};
use synonyms::COUNTED_ONLY;
pub(crate) use synonyms::{classes, phrase_classes, Classes};
pub(crate) use synonyms::{NOUN_GROUPS, NOUN_GROUP_CLASSES, RESIDENTS, WORKERS};
pub use synonyms::{PHRASES, SYNONYMS};
pub(crate) use tolls::{toll_slots, TOLL_INJURED};

/// Number of alignment features.
pub const N_ALIGN: usize = 14;

/// Names of the alignment features, in order.
pub const ALIGN_NAMES: [&str; N_ALIGN] = [
    "idf_cosine",
    "coverage_short",
    "char3_containment",
    "char3_dice",
    "shared_stems_log",
    "names_shared",
    "same_statement_logit",
    "relatedness_logit",
    "short",
    "synonym_classes",
    "numbers_shared",
    "position_diff",
    "rarest_shared_two",
    "rare_name_and_event",
];

/// Bits of the [`SYNONYMS`] classes that name an event (not a participant, a place, a
/// unit or a thing: `synonyms::NOT_EVENTS`).
pub(crate) const EVENT_CLASSES: Classes = !synonyms::NOT_EVENTS;

/// Local IDF from which a shared name counts as rare: `ln((n + 1) / (df + 1)) + 1 >= 2`,
/// i.e. the name stands in fewer than about a third of the compared sentences (not "North
/// Korean" in a story about North Korea).
const RARE_NAME_IDF: f32 = 2.0;

/// What the pair shares beyond overlap counts: (the mean IDF of the two rarest shared
/// content words that are not numbers or dates (0 for a missing second one), each times
/// its rarity in news at large (`Idf::rarity` of the built-in table: "least" 0.65,
/// "scene" 0.76, a name 1), relative to the rarest content word of either sentence, 0-1:
/// one rare word shared by chance counts half, two words rare in these articles but
/// common in news ("at least", "the scene") count less than two names; whether the two share a rare name *and* an event word: a shared verb form in
/// "-ed" or a shared event class of [`SYNONYMS`]). ECB+ links are event coreference: the
/// same participant in the same kind of event ("Orozco was arrested" / "Orozco, 27, was
/// arrested"), where a shared name alone (in the same story, many sentences name him) or a
/// shared event word alone (many events of one kind) is weaker evidence. A name counts
/// when both sentences capitalise it inside the sentence (counting a sentence-initial
/// word too gave mean AP 0.560 instead of 0.577).
pub fn rare_shared(a: &Prepared, b: &Prepared) -> (f32, bool) {
    let (ca, cb) = (&a.content, &b.content);
    let (mut i, mut j) = (0, 0);
    let (mut first, mut second, mut name, mut ed) = (0.0f32, 0.0f32, false, false);
    let background = super::features::Idf::builtin();
    while i < ca.len() && j < cb.len() {
        let (x, y) = (ca[i].0, cb[j].0);
        if x == y {
            let (fa, fb) = (a.content_flags[i], b.content_flags[j]);
            if (fa | fb) & 1 == 0 {
                // How rare the word is in the compared articles and in news at large.
                let v = ca[i].1 * background.rarity(x);
                if v > first {
                    second = first;
                    first = v;
                } else if v > second {
                    second = v;
                }
            }
            ed |= (fa | fb) & 2 != 0;
            name |= (fa & fb) & 4 != 0 && ca[i].1 >= RARE_NAME_IDF;
        }
        i += (x <= y) as usize;
        j += (y <= x) as usize;
    }
    let top = ca.iter().chain(cb).map(|c| c.1).fold(0.0f32, f32::max);
    let event = ed || a.classes & b.classes & EVENT_CLASSES != 0;
    let two = if top > 0.0 {
        (first + second) / (2.0 * top)
    } else {
        0.0
    };
    (two, name && event)
}

/// IDF cosine of two prepared sentences (content stems).
pub fn cosine(a: &Prepared, b: &Prepared) -> f32 {
    let (sq, _, _) = weighted_shared(&a.content, &b.content);
    if a.content_norm > 0.0 && b.content_norm > 0.0 {
        (sq / (a.content_norm * b.content_norm)).min(1.0)
    } else {
        0.0
    }
}

/// The stems that are a speaker's own name ([`crate::matcher::speakers::speaker_words`])
/// in both `a` and `b`, sorted: one named speaker credited by both sides ("Federal
/// Transport Minister Jonas Albrecht said …" / "… Albrecht has spoken: …"). The
/// whole sentences' cosine a pair's score may take ([`statement_features`]) counts them in
/// neither sentence's share of the other: a shared attribution is no match by itself
/// (trial 51, F3), while every other word of the frames still counts (a frame cut in the
/// wrong place: "Born on April 22, 1923, in Nashville, Tennessee, Page said she grew up …"
/// / "She was born Betty Mae Page on April 22, 1923 …").
pub(crate) fn shared_speaker_words(a: &Prepared, b: &Prepared) -> Vec<u64> {
    let (sa, sb) = (
        crate::matcher::speakers::speaker_words(a),
        crate::matcher::speakers::speaker_words(b),
    );
    sa.into_iter()
        .filter(|x| sb.binary_search(x).is_ok())
        .collect()
}

/// [`cosine`] of `a` and `b` with the shared stems `left` (sorted) counted as unshared:
/// their weights stay in the norms, not in the dot product.
pub(crate) fn cosine_leaving(a: &Prepared, b: &Prepared, left: &[u64]) -> f32 {
    if left.is_empty() {
        return cosine(a, b);
    }
    let keep = |c: &[(u64, f32)]| -> Vec<(u64, f32)> {
        c.iter()
            .copied()
            .filter(|x| left.binary_search(&x.0).is_err())
            .collect()
    };
    let (sq, _, _) = weighted_shared(&keep(&a.content), &keep(&b.content));
    if a.content_norm > 0.0 && b.content_norm > 0.0 {
        (sq / (a.content_norm * b.content_norm)).min(1.0)
    } else {
        0.0
    }
}

/// The alignment features of a pair. Symmetric in `a` and `b`.
pub fn align_features(a: &Prepared, b: &Prepared) -> [f32; N_ALIGN] {
    let mut x = [0.0f32; N_ALIGN];
    let f = features::features(a, b);
    // The sentence-pair model's view with conflicts neutralised: a differing number,
    // date or name is a flag, not a reason to rank the pair lower.
    let mut g = f;
    g[13] = 0.0; // numbers_conflict
    g[14] = 0.0; // numbers_one_sided
    g[18] = 0.0; // date_conflict
    let z = features::log_odds(&g).clamp(-10.0, 10.0);
    let r = features::rel_features(a, b, &g, z);
    let zr = features::rel_log_odds(&r).clamp(-10.0, 10.0);
    // Two counts of one thing ("at least four times" / "several times") fill one slot:
    // the same fact told with another figure ranks as if the figures were the same.
    let (slot_sq, slot_mass, slot_n) = count_slots_shared(a, b);
    // Two words of one synonym class count as a shared word ("homes" / "households").
    let (syn_sq, syn_mass, syn_n) = synonyms_shared(a, b);
    // So do two counted nouns of one meaning ("120 passengers" / "120 people on board").
    let (noun_sq, noun_mass, noun_n) = nouns_shared(a, b);
    let (syn_sq, syn_mass, syn_n) = (syn_sq + noun_sq, syn_mass + noun_mass, syn_n + noun_n);
    // And two notations of one figure ("7:40 p.m." / "19:40", "two decades" / "twenty
    // years": `align/figures.rs`).
    let (fig_sq, fig_mass, fig_n) = figures::figures_shared(a, b);
    let (syn_sq, syn_mass, syn_n) = (syn_sq + fig_sq, syn_mass + fig_mass, syn_n + fig_n);
    let norms = a.content_norm * b.content_norm;
    let cos = if norms > 0.0 {
        (f[0] + (slot_sq + syn_sq) / norms).min(1.0)
    } else {
        f[0].min(1.0)
    };
    let (_, mass, n) = weighted_shared(&a.content, &b.content);
    let (mass, n) = (mass + slot_mass + syn_mass, n + slot_n + syn_n);
    let short_mass = a.content_mass.min(b.content_mass);
    x[0] = cos;
    x[1] = if short_mass > 0.0 {
        (mass / short_mass).min(1.0)
    } else {
        0.0
    };
    x[2] = r[14];
    x[3] = f[7];
    x[4] = (n as f32).ln_1p();
    x[5] = r[5];
    x[6] = z as f32;
    x[7] = zr as f32;
    x[8] = (a.content.len().min(b.content.len()) <= 3) as u8 as f32;
    // Shared event classes, a count of the dead or of the injured among them (a short
    // update "The death toll has risen to 71" shares no word with the lead "... killed at
    // least 65 people"; `align/tolls.rs`).
    x[9] = (shared_classes(a, b).count_ones() as f32).ln_1p();
    // The numbers as written: reading a clock time or a count of decades as one figure
    // here too (`align/figures.rs`) moved the development ECE from 0.058 to 0.068
    // (session 51).
    x[10] = (features::count_shared(&a.numbers, &b.numbers) as f32).min(3.0) / 3.0;
    // News articles tell a story in roughly the same order (the monotonicity prior of
    // sentence alignment, Gale and Church 1993): how far apart the two sentences stand.
    x[11] = (a.position - b.position).abs();
    let (rarest, name_event) = rare_shared(a, b);
    x[12] = rarest;
    x[13] = name_event as u8 as f32;
    x
}

/// What two counts of one thing add to a pair's shared words: (squared weight, weight,
/// number of slots) over the things both sentences count with counts neither shares
/// (`Prepared::count_slots`: "at least *four* times" / "*several* times"), each count
/// weighing the lower of the two counts' weights, as a shared word weighs in
/// `features::weighted_shared`. Issue 8's cause 4: a differing figure of one fact is a
/// flag (the number flag), not a lower rank. A count of the dead or the injured is a slot
/// of its toll too (`align/tolls.rs`: "The death toll has risen to seven" / "Six people
/// were killed"). Each count of `b` is used once, each of `a` fills one slot, and a slot
/// is filled only by a count whose size may meet its own (`CountSlot::may_meet`: "12 people" / "several
/// thousand people" tell two facts), and not by two counts of two tolls
/// (`flags::counts_apart`: "employs 85 people" / "250 people ... were evacuated").
pub(crate) fn count_slots_shared(a: &Prepared, b: &Prepared) -> (f32, f32, usize) {
    let (mut sq, mut mass, mut n) = (0.0f32, 0.0f32, 0usize);
    if a.count_slots.is_empty() || b.count_slots.is_empty() {
        return (sq, mass, n);
    }
    let weight = |p: &Prepared, stem: u64| {
        p.content
            .binary_search_by_key(&stem, |c| c.0)
            .ok()
            .map(|i| p.content[i].1)
    };
    // The count tokens of `b` used, and those of `a` that filled a slot: a count with two
    // slots (a toll's and its noun's: "six *people* were killed") fills one.
    let (mut used, mut filled) = (Vec::new(), Vec::new());
    for sa in &a.count_slots {
        let ca = sa.count;
        if weight(b, ca).is_some() || filled.contains(&sa.tok) {
            continue;
        }
        let found = b.count_slots.iter().find(|sb| {
            !used.contains(&sb.tok)
                && sb.thing == sa.thing
                && sb.count != ca
                && sa.may_meet(sb)
                && weight(a, sb.count).is_none()
                && !crate::matcher::flags::counts_apart(a, sa.tok, b, sb.tok)
        });
        if let Some(sb) = found {
            let cb = sb.count;
            used.push(sb.tok);
            filled.push(sa.tok);
            if let (Some(wa), Some(wb)) = (weight(a, ca), weight(b, cb)) {
                let w = wa.min(wb);
                sq += w * w;
                mass += w;
                n += 1;
            }
        }
    }
    (sq, mass, n)
}

/// The classes of [`SYNONYMS`] (and the tolls and the condition) `a` and `b` share: a
/// class of [`COUNTED_ONLY`] only when both count its thing ([`counted_classes`]).
pub(crate) fn shared_classes(a: &Prepared, b: &Prepared) -> Classes {
    let shared = a.classes & b.classes;
    let nouns = shared & COUNTED_ONLY;
    if nouns == 0 {
        return shared;
    }
    shared & !nouns | counted_classes(a, nouns) & counted_classes(b, nouns)
}

/// The classes among `classes` (of [`NOUN_GROUPS`]) whose thing `p` counts: a count slot
/// of a noun of the class (`Prepared::count_slots`: "23 *homes*").
fn counted_classes(p: &Prepared, classes: Classes) -> Classes {
    let mut out: Classes = 0;
    let mut rest = classes;
    while rest != 0 {
        let class = rest.trailing_zeros();
        let thing = super::prepared::group_thing(class);
        if p.count_slots.iter().any(|s| s.thing == thing) {
            out |= 1 << class;
        }
        rest &= rest - 1;
    }
    out
}

/// What two nouns of one counted-noun class of [`SYNONYMS`] (`NOUN_GROUP_CLASSES`: homes,
/// workers, jobs, residents, firefighters) add to a pair's shared words: (squared weight,
/// weight, number of classes) over the classes whose words both sentences hold, each with
/// a count of them (`Prepared::count_slots`), but with no stem in common ("23 *homes*" /
/// "31 *households*", "220 *medewerkers*" / "250 *werknemers*"), each class weighing the lower of the two sides' heaviest word of it, as
/// a shared word weighs in `features::weighted_shared`: one thing told with another noun
/// shares what it would share told with the same one. The event classes ("detained" /
/// "arrested") stay a count of shared classes only: as shared words too they lowered the
/// development pairs' mean AP from 0.633 to 0.614 (16a 0.491 to 0.363; session 35).
pub(crate) fn synonyms_shared(a: &Prepared, b: &Prepared) -> (f32, f32, usize) {
    let (mut sq, mut mass, mut n) = (0.0f32, 0.0f32, 0usize);
    let mut shared = a.classes & b.classes & NOUN_GROUP_CLASSES;
    if shared == 0 {
        return (sq, mass, n);
    }
    // The content words of `p` in class `bit`: (stem, weight).
    fn words(p: &Prepared, bit: Classes) -> impl Iterator<Item = (u64, f32)> + '_ {
        p.tokens
            .iter()
            .filter(move |t| !t.stop && t.classes & bit != 0)
            .filter_map(move |t| {
                let i = p.content.binary_search_by_key(&t.stem, |c| c.0).ok()?;
                Some(p.content[i])
            })
    }
    // A class counts when both sentences count its thing ("23 homes" / "31 households"):
    // a noun of it alone is the topic of a story more than a fact ("a former employee" /
    // "some employees gathered": 4 pairs of a different-event article pair, which moved
    // the development pairs' leave-one-out ECE from 0.070 to 0.099; session 35).
    shared = counted_classes(a, shared) & counted_classes(b, shared);
    while shared != 0 {
        let bit: Classes = shared & shared.wrapping_neg();
        shared &= shared - 1;
        let one_stem = words(a, bit).any(|(x, _)| words(b, bit).any(|(y, _)| x == y));
        let heaviest = |p: &Prepared| words(p, bit).map(|c| c.1).fold(0.0f32, f32::max);
        let w = heaviest(a).min(heaviest(b));
        if !one_stem && w > 0.0 {
            sq += w * w;
            mass += w;
            n += 1;
        }
    }
    (sq, mass, n)
}

/// The alignment model's raw log-odds (before calibration).
pub fn raw_log_odds(x: &[f32; N_ALIGN]) -> f64 {
    let mut z = w::BIAS;
    for (i, &v) in x.iter().enumerate() {
        let sd = if w::STD[i] > 0.0 { w::STD[i] } else { 1.0 };
        z += w::WEIGHTS[i] * (v as f64 - w::MEAN[i]) / sd;
    }
    z
}

/// Platt scaling of raw log-odds into a calibrated probability, for a pair with no article
/// context (two standalone texts): [`calibrate_in`] at the development pairs' mean article
/// similarity.
pub fn calibrate(z: f64) -> f64 {
    calibrate_in(z, w::ARTICLE_MEAN as f32)
}

/// Article similarity from which two articles count as reports of one story: below it a
/// pair's score is lowered ([`calibrate_in`]). On the development data, two reports of one
/// event are at 0.22-0.58 (mean over their sentence pairs 0.30), two events of one kind at
/// 0.10-0.17 and two unrelated stories at 0.05-0.17. Chosen among 0.18-0.5 on the
/// development pairs (0.3-0.35 gave the lowest calibration error with the scaling fitted
/// without each pair; BENCHMARKS.md, session 12).
pub const ARTICLE_KNEE: f32 = 0.3;

/// Platt scaling (Platt 1999) of raw log-odds `z` into a calibrated probability, with the
/// pair's article context as a second input: `1 / (1 + exp(-(A z + C min(0, article -
/// ARTICLE_KNEE) + B)))`, `article` the whole-article similarity of the two sentences'
/// articles (0-1, `Corpus::article_similarity`), A, B and C fitted on the development
/// pairs' leave-one-article-pair-out log-odds. Within one article pair it is monotone in
/// `z`, so it changes no ranking there; a pair from two articles that share little as
/// wholes (two stories, or two events of one kind) is less likely a link than the same
/// sentences in two reports of one story, where two shared words as generic as "at least"
/// and "the scene" are no evidence.
pub fn calibrate_in(z: f64, article: f32) -> f64 {
    let below = (article - ARTICLE_KNEE).min(0.0) as f64;
    let t = w::PLATT_A * z + w::PLATT_C * below + w::PLATT_B;
    let p = 1.0 / (1.0 + (-t).exp());
    if p.is_finite() {
        p.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// The factor on a pair's probability when its two articles place their stories in places
/// known apart (`flags::places_apart`: every known place of one apart from every known
/// place of the other, "Leeds" / "Glasgow"): two events of one kind, where a sentence told
/// alike in both ("There were no immediate reports of damage.") is not the same fact. The
/// development data has too few such article pairs to fit it (one, 18b: Vancouver /
/// Detroit, no link); it is set so that no pair between them reaches "probably the same
/// fact" ([`PROBABLY_SAME`]) and the order within the article pair is kept. It was 0.45
/// until trial 36 (F8): the other event's word-for-word twin of a claim (1.00, shown at
/// 45 %) then came first above the same event's parallel told in other words (39 %), and
/// the first Accept linked two events. At 0.3 a twin shows at 30 % at most, still in
/// "related" ([`RELATED`]) so the user can see the other event told it alike.
pub const APART_FACTOR: f64 = 0.3;

/// `p` for a pair of sentences of two articles placed apart ([`APART_FACTOR`]).
pub fn apart_scaled(p: f64) -> f64 {
    p * APART_FACTOR
}

/// Calibrated probability that `a` and `b`, sentences of two articles prepared with the
/// articles' IDF, report the same fact.
pub fn probability(a: &Prepared, b: &Prepared) -> f64 {
    probability_in(a, b, w::ARTICLE_MEAN as f32)
}

/// [`probability`] for sentences of two articles whose whole-article similarity is
/// `article` (0-1, `Corpus::article_similarity`; see [`calibrate_in`]).
pub fn probability_in(a: &Prepared, b: &Prepared, article: f32) -> f64 {
    probability_of_statements(a, b, None, article)
}

/// [`probability_in`] of two statements (`a`, `b`: sentences without their attribution
/// frames, `Corpus`'s `statement.rs`) whose whole sentences' IDF cosine is
/// `whole_cosine` (`None` when neither lost a frame): the features are the statements'
/// ([`statement_features`]), the IDF cosine the higher of the statements' and the whole
/// sentences' when the statements share a word. A speaker named on one side only ("...,
/// Lavrov said." / "..., according to Peskov.") does not lower the pair (it gets a flag),
/// and one shared by both still counts; but words shared only in the frames never make a
/// match by themselves. Two links of one causal chain are scaled by [`CHAIN_FACTOR`].
pub fn probability_of_statements(
    a: &Prepared,
    b: &Prepared,
    whole_cosine: Option<f32>,
    article: f32,
) -> f64 {
    // A page's "Last updated: ..." line reports no fact.
    let timestamp = (a.cues | b.cues) & super::prepared::TIMESTAMP != 0;
    if a.content.is_empty() || b.content.is_empty() || timestamp {
        return 0.0;
    }
    let x = statement_features(a, b, whole_cosine);
    let p = calibrate_in(raw_log_odds(&x), article);
    // Two links of one causal chain tell two facts (`cause/chain.rs`).
    match super::cause::chain::chain_links(a, b) {
        true => p * CHAIN_FACTOR,
        false => p,
    }
}

/// The share of its score a pair of sentences telling two links of one causal chain keeps
/// ("Fire at substation causes huge Berlin blackout" / "A technical fault in a transformer
/// caused the fire, the operator said.", 73 % *same fact* in session 50's last pass:
/// `cause/chain.rs`). The two share the thing that is the cause of one and the effect of
/// the other, and the verb of causing, and the model reads them as one fact; the factor
/// is set, as [`APART_FACTOR`] is, so that no such pair reaches *probably the same fact*
/// and the order among them is kept, without refitting the model.
pub const CHAIN_FACTOR: f64 = 0.3;

/// The least score of two sentences that give one quotation word for word
/// (`quotes::same_quotation`): "probably the same fact".
pub const SHARED_QUOTE_SCORE: f64 = 0.5;

/// `score` of two statements ([`probability_of_statements`]) whose whole sentences are
/// `a` and `b`, raised to [`SHARED_QUOTE_SCORE`] when the two give one quotation word for
/// word: a strong candidate whoever is said to have said it, the speaker flag tells that
/// (trial 42, E: "O presidente da câmara ... disse que \"ninguém esperava uma tragédia
/// destas\"" / "\"Ninguém esperava uma tragédia destas\", afirmou o comandante" scored
/// 0.15). The statements have no quotation marks left: read on the whole sentences.
pub fn with_shared_quote(score: f64, a: &Prepared, b: &Prepared) -> f64 {
    if score < SHARED_QUOTE_SCORE && super::quotes::same_quotation(a, b) {
        SHARED_QUOTE_SCORE
    } else {
        score
    }
}

/// The features [`probability_of_statements`] reads of two statements `a` and `b` whose
/// whole sentences' IDF cosine is `whole_cosine`: [`align_features`] of the two, the IDF
/// cosine the higher of theirs and the whole sentences' when the statements share a word,
/// [`FRAME_ONLY_COSINE`] of the whole sentences' when they share none (then only the
/// attribution frames hold shared words: the frame adds to a match, it never makes one;
/// "Douze personnes étaient toujours portées disparues …, selon un porte-parole du
/// ministère." / "« Nous sortons encore des gens des décombres … », a affirmé le
/// porte-parole du ministère …", trial 35, F1). Two texts scored with their frames
/// (statements too short to be scored alone, [`Prepared::bare`]) whose frames hold every
/// word they share are read without them ([`frames_alone`]). The same features the
/// model is fitted on (`Corpus::pair_features`).
pub fn statement_features(a: &Prepared, b: &Prepared, whole_cosine: Option<f32>) -> [f32; N_ALIGN] {
    if let Some((a, b)) = frames_alone(a, b) {
        return align_features(&a, &b);
    }
    let mut x = align_features(a, b);
    if let Some(c) = whole_cosine {
        x[0] = match x[0] > 0.0 {
            true => x[0].max(c),
            false => FRAME_ONLY_COSINE * c,
        };
    }
    x
}

/// The share of the whole sentences' IDF cosine a pair's score takes when the statements
/// share no word ([`statement_features`]): the frames' words add a little, they never
/// make the match by themselves ("Nine people remain missing, according to the civil
/// protection agency." / "Firefighters worked through the night, the civil protection
/// agency said."), while a source both sides name still lifts two wordings of one fact
/// the statements share no word of ("About 250,000 homes were left without power, grid
/// operator Enedis said." / "Some 300,000 households lost electricity, according to grid
/// operator Enedis."). Measured leave-one-pair-out on the development articles
/// (`examples/eval_articles.rs`; BENCHMARKS.md, session 33): 1 (the whole cosine in full,
/// before) mean AP 0.633, ECE 0.069; 0.75: 0.632, 0.069; 0.5: 0.633, 0.070; 0.25:
/// 0.634, 0.065; 0: 0.633, 0.082; samples AP 0.822-0.823 in all. 0.5 was chosen on trial
/// probes (a source shared by two paraphrases), not on these figures.
pub const FRAME_ONLY_COSINE: f32 = 0.5;

/// `a` and `b` without their attribution frames ([`Prepared::bare_weighed`]) when the
/// frames hold every content word the two share: one of them is scored with its frame (a
/// statement too short to be scored alone: "Nine people remain missing, according to the
/// civil protection service.") and the statements share no content word ("Rescue teams
/// from the civil protection service worked through the night." shares only the
/// speaker's name with it). `None` when neither has such a frame, when the two share no
/// content word at all, or when their statements share one (the pair is scored with its
/// frames then, as a short statement alone matches on too little: "Workers said the
/// strike would continue." / "Managers said the talks would continue.").
pub(crate) fn frames_alone(a: &Prepared, b: &Prepared) -> Option<(Prepared, Prepared)> {
    if a.bare.is_none() && b.bare.is_none() {
        return None;
    }
    let (sa, sb) = (
        a.bare.as_deref().unwrap_or(a),
        b.bare.as_deref().unwrap_or(b),
    );
    let shared = |x: &Prepared, y: &Prepared| features::count_shared_stems(&x.content, &y.content);
    if shared(a, b) == 0 || shared(sa, sb) > 0 {
        return None;
    }
    let bare = |p: &Prepared| p.bare_weighed().unwrap_or_else(|| p.clone());
    Some((bare(a), bare(b)))
}

/// A score (0 to 1) as the percentage shown beside its [`band`]: one decimal below 10 %,
/// none above, rounded to the nearest unless that would name the band above its own, then
/// rounded down ("50%" is "probably the same fact"; 0.587 shows as "59%", but 0.4987 as
/// "49%", "related"); "100%" only for a score of exactly 1 (0.9998 shows "99%"). Not
/// finite: "0.0%".
pub fn percent(score: f64) -> String {
    let score = if score.is_finite() {
        score.clamp(0.0, 1.0)
    } else {
        0.0
    };
    // Figures in tenths of a percent below 10 %, in percent above.
    let scale = if score < 0.1 { 1000.0 } else { 100.0 };
    let near = (score * scale).round();
    let shown = if band(near / scale) == band(score) {
        near
    } else {
        (score * scale).floor()
    };
    // A calibrated probability short of 1 is never shown as certainty.
    let shown = if (0.1..1.0).contains(&score) {
        shown.min(99.0)
    } else {
        shown
    };
    if score < 0.1 && shown < 100.0 {
        format!("{:.1}%", shown / 10.0)
    } else if score < 0.1 {
        // 0.0996 and up round to 10 %: shown as the figures above 10 % are.
        "10%".to_string()
    } else {
        format!("{shown:.0}%")
    }
}

/// Score from which a pair is called "same fact".
pub const SAME_FACT: f64 = 0.7;
/// Score from which a pair is called "probably the same fact".
pub const PROBABLY_SAME: f64 = 0.5;
/// Score from which a pair is called "related".
pub const RELATED: f64 = 0.2;

/// The words for a calibrated score: "same fact" (>= 0.7: at least 7 in 10 such pairs are
/// true links), "probably the same fact" (0.5-0.7), "related" (0.2-0.5: worth reading, more
/// often not the same fact), "unlikely" (below 0.2).
pub fn band(score: f64) -> &'static str {
    if score >= SAME_FACT {
        "same fact"
    } else if score >= PROBABLY_SAME {
        "probably the same fact"
    } else if score >= RELATED {
        "related"
    } else {
        "unlikely"
    }
}

#[cfg(test)]
mod tests;
