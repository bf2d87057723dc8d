//! What the flag rules read of one sentence, read once per sentence: its language guess,
//! its counts (`numbers.rs`), dates (`dates.rs`), personal names (`named.rs`), the sexes
//! its persons are told as (`persons.rs`), the outcome words it holds (`outcome.rs`),
//! the cause it gives and what it tells was caused by what (`cause.rs`, `cause/chain.rs`), which time each thing it counts is (`ordinal.rs`), the
//! insides of its quotations (`quotes.rs`), its speakers and unnamed sources
//! (`speakers/find.rs`, `speakers/groups.rs`), its negations and denials (`outcome.rs`) and
//! the results of games it tells (`winner.rs`), its text's code points, its weapons
//! (`weapons.rs`), vehicles (`vehicles.rs`), named facilities (`facilities.rs`), the parts of a ship or a
//! building it names (`origins.rs`) and the names it gives as a stock market's place
//! (`article_events/markets.rs`).
//!
//! A [`Prepared`] sentence carries one [`Facts`], shared by its clones as its tokens are,
//! each fact read the first time a rule asks for it. All-pairs matching explains each
//! sentence in about two pairs, and the rules used to read both sentences afresh for each
//! pair; a standalone pair (`parallax score`, `explain`) reads each sentence once, through
//! the same rules. A fact depends only on the sentence's text and tokens, which never
//! change once the sentence is prepared (BENCHMARKS.md, "Matching in the page", session
//! 20).
//!
//! Per sentence only: the flags of a *pair* (the rules' answer, which depends on both
//! sentences) are not kept here. The corpus keeps those of two ranges read as each
//! other's context, which it prepares afresh for each query, in `corpus/flag_cache.rs`
//! (its module doc says why both caches exist).

use super::dates::Item;
use super::named::Name;
use super::numbers::NumSlot;
use crate::matcher::features::Prepared;
use crate::matcher::language::{guess_sentence, Language};
use std::sync::OnceLock;

/// Bodies named in a sentence (`speakers/bodies.rs`): the index of each in its list and
/// its token range `[start, end)`.
pub(crate) type BodySpans = Vec<(usize, (usize, usize))>;

/// Speakers or sources of a sentence (`speakers::speakers`, `speakers/groups.rs`): the
/// range of each in code points and the stem of its last word.
pub(crate) type SpeakerSpans = Vec<((usize, usize), u64)>;

/// Two ends of a range, start and end (code points or tokens, as each field says).
pub(crate) type Ends = (usize, usize);

/// What a sentence rules out (`cause/ruled_out.rs`): the token range of the words that
/// rule it out and the content words ruled out.
pub(crate) type RuledOut = Option<(Ends, Vec<usize>)>;

/// A fact that reads who "he" is ([`Prepared::context_speaker`]), kept with the speaker
/// of the context it was read with: read again when that is another.
pub(crate) type ReadWith<T> = OnceLock<(Option<u64>, T)>;

/// The facts of one sentence the flag rules read, each read when first asked for.
#[derive(Default)]
pub(crate) struct Facts {
    /// The sentence's language (`language::guess_sentence` of its text).
    language: OnceLock<Option<Language>>,
    /// Its text's code points ([`chars_of`]).
    chars: OnceLock<Box<[char]>>,
    /// Its counts (`numbers::read::number_slots`).
    pub(super) numbers: OnceLock<Vec<NumSlot>>,
    /// Its dates (`dates::date_items`): without, then with a dateline's dates.
    pub(super) dates: [OnceLock<Vec<Item>>; 2],
    /// Its personal names (`named::names`), with the `Prepared::context_speaker` they
    /// were read with (they read the sentence's speakers).
    pub(super) names: OnceLock<(Option<u64>, Vec<Name>)>,
    /// Its persons told with a nationality and whether it names two nationalities
    /// (`nationality.rs`).
    pub(super) nationalities: OnceLock<super::nationality::Nationalities>,
    /// Whether it names a male and a female person (`persons::sexes`).
    pub(super) sexes: OnceLock<(bool, bool)>,
    /// Per side of each list of opposite outcomes (`outcome::lists`), then the words of an
    /// injury: the index of the sentence's first token on it, `u32::MAX` for none.
    pub(crate) outcome: OnceLock<Box<[u32]>>,
    /// Per side of each class of fates (`outcome/fates.rs`): the token range of the
    /// sentence's first phrase on it.
    pub(crate) fates: OnceLock<crate::matcher::outcome::FatePhrases>,
    /// The classes of fates it tells a side of (`outcome/fates.rs`, `told_classes`), one
    /// bit each.
    pub(crate) fate_classes: OnceLock<u64>,
    /// The charges it tells (`outcome/charges.rs`: "charged with murder").
    pub(crate) charges: OnceLock<Vec<crate::matcher::outcome::Charge>>,
    /// Per side of each pair of contrasts (`outcome/contrasts.rs`): where each lead of it
    /// starts, its anchor's key and its anchor's token.
    pub(crate) contrast_marks: OnceLock<Box<[Vec<crate::matcher::outcome::Mark>]>>,
    /// The token of the name of an attack's claimant it tells, if any
    /// (`outcome/claimants.rs`: "LockBit claimed the attack").
    pub(crate) claimant: OnceLock<Option<usize>>,
    /// The move to a club it tells, if any (`outcome/transfers.rs`): the verb's token, the
    /// club's token range and the code point its name starts at.
    pub(crate) destination: OnceLock<Option<(usize, Ends, usize)>>,
    /// The one fate it gives its sites, if any (`outcome/sites.rs`: "close its plant").
    pub(crate) site_fate: OnceLock<Option<crate::matcher::outcome::SiteTold>>,
    /// The one state it gives its operations, if any (`outcome/operations.rs`: "halted
    /// production").
    pub(crate) operation: OnceLock<Option<crate::matcher::outcome::OperationTold>>,
    /// The phrases of a service restored or still down it tells (`outcome/restored.rs`:
    /// "back online", "still without power").
    pub(crate) restored: OnceLock<Vec<crate::matcher::outcome::RestoredTold>>,
    /// The things it counts in a group of nouns of one meaning (`align/nouns.rs`: "120
    /// *passengers*", "120 *people* were on board").
    pub(crate) counted_nouns: OnceLock<Vec<crate::matcher::align::CountedNoun>>,
    /// The patients' conditions it tells (`outcome/condition.rs`).
    pub(crate) conditions: OnceLock<Vec<crate::matcher::outcome::Condition>>,
    /// The organisations and public bodies it names (`speakers/bodies.rs`): each body's
    /// index and token range.
    pub(crate) bodies: OnceLock<BodySpans>,
    /// The insides of its quotations (`quotes::quotations`), `None` without a quotation
    /// mark.
    pub(crate) quoted: OnceLock<Option<Vec<(usize, usize)>>>,
    /// The words of its quotations as `quotes::same_quotation` compares them (their stems
    /// in order and how many are content words), `None` without a quotation mark.
    pub(crate) quote_words: OnceLock<Option<(Box<[u64]>, usize)>>,
    /// Which time each thing it counts is (`ordinal::occurrences`: "his second DWI").
    pub(super) ordinals: OnceLock<Vec<super::ordinal::Occurrence>>,
    /// The cause it gives for a death or an injury (`cause::cause_of`): its class and
    /// range in code points.
    pub(crate) cause: OnceLock<Option<(usize, (usize, usize))>>,
    /// The cause phrase starting at each of its tokens (`cause::cause_at`: class and
    /// length in tokens), `None` where none starts: the cause rules ask it of each token,
    /// many of them for each pair.
    pub(crate) cause_phrases: OnceLock<Box<[Option<Ends>]>>,
    /// The cause it says is not known and the cause it names after "caused by" whatever
    /// it is (`cause::unknown_cause`, `cause::caused_by_any`): code point ranges.
    pub(crate) unknown_and_any_cause: OnceLock<(Option<Ends>, Option<Ends>)>,
    /// What it rules out (`cause/ruled_out.rs`): the token range of the words that rule
    /// it out and the content words ruled out.
    pub(crate) ruled_out: OnceLock<RuledOut>,
    /// A cause it tells with the agent that caused it (`cause/nested.rs`: "frana causata
    /// dalle piogge"): the cause's class, the agent's class and its range in code points.
    pub(crate) agent_of_cause: OnceLock<Option<(usize, usize, Ends)>>,
    /// Its first contrast that denies a cause (`cause/denied.rs`: "A mudslide, not the
    /// stream, destroyed"): the index of its "not" and the token range it denies.
    pub(crate) contrast: OnceLock<Option<(usize, Ends)>>,
    /// Its negated words (`outcome/negation.rs`, `negated`): (negation token, word token).
    pub(crate) negated: OnceLock<Vec<(usize, usize)>>,
    /// Those of its negated words that may be an outcome (`negated_outcomes`).
    pub(crate) negated_outcomes: OnceLock<Vec<(usize, usize)>>,
    /// What the negation rule's test of one word reads of each of its tokens alone
    /// (`outcome/negation/word_forms.rs`), asked of every word of a pair's sentences.
    pub(crate) word_forms: OnceLock<Box<[crate::matcher::outcome::WordForm]>>,
    /// Its judgements (`outcome/prefix.rs`): (token, base, whether prefixed).
    pub(crate) judgements: OnceLock<Vec<(usize, &'static str, bool)>>,
    /// The one kind of what hit it tells and its range in code points (`cause/agent.rs`:
    /// "A mudslide swept through").
    pub(crate) agent: OnceLock<Option<(usize, (usize, usize))>>,
    /// What it tells was caused by what (`cause/chain.rs`: "A technical fault caused the
    /// fire").
    pub(crate) link: OnceLock<Option<crate::matcher::cause::chain::CausalLink>>,
    /// How many of its tokens negate what follows and whether a word denies what follows
    /// (`outcome::negations_and_denial`).
    pub(crate) negations: OnceLock<(usize, bool)>,
    /// The weapons it names or its verbs tell (`weapons::weapons`): each one's range in
    /// code points and its word.
    pub(super) weapons: OnceLock<Vec<(usize, usize, Box<str>)>>,
    /// The indices of its tokens that are vehicle words (`flags::vehicles`).
    pub(super) vehicles: OnceLock<Vec<u32>>,
    /// The parts of a ship or a building it names ("the engine room", `origins::parts`).
    pub(super) parts: OnceLock<Vec<super::origins::PartAt>>,
    /// The facilities it names ("the Erasmus hospital", `facilities::facilities`).
    pub(super) facilities: OnceLock<Vec<super::facilities::Facility>>,
    /// The results of games or contests it tells (`winner::results`).
    pub(super) results: OnceLock<Vec<super::winner::GameResult>>,
    /// Its places (`places::places`).
    pub(super) places: OnceLock<Vec<super::places::Place>>,
    /// The names it gives as a stock market's place (`article_events/markets.rs`): each
    /// one's span in code points.
    pub(super) markets: OnceLock<Vec<(usize, usize)>>,
    /// The directions it tells (`compass::told`).
    pub(super) directions: OnceLock<Vec<super::compass::Told>>,
    /// Its speakers (`speakers::find::speakers`).
    pub(crate) speakers: ReadWith<SpeakerSpans>,
    /// Its speakers, or without them its unnamed sources (`speakers::groups`).
    pub(crate) sources: ReadWith<SpeakerSpans>,
    /// The content stems of its speakers' own names (`speakers::speaker_words`), sorted:
    /// every candidate pair's whole-sentence cosine leaves those both sides share out.
    pub(crate) speaker_words: ReadWith<Vec<u64>>,
}

/// `fact` of `p` as `read` reads it, read once per sentence and speaker of its context
/// ([`ReadWith`]). Not `get_or_init`: a rule reading the fact may ask other facts of the
/// same sentence that read this one.
pub(crate) fn read_with<T: Clone>(
    p: &Prepared,
    fact: &ReadWith<T>,
    read: impl Fn(&Prepared) -> T,
) -> T {
    if let Some((who, kept)) = fact.get() {
        if *who == p.context_speaker {
            return kept.clone();
        }
        return read(p);
    }
    let out = read(p);
    // Another reader may have set it meanwhile: it read the same.
    let _ = fact.set((p.context_speaker, out.clone()));
    out
}

impl std::fmt::Debug for Facts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // What has been read so far (the facts themselves are the rules' own types).
        f.debug_struct("Facts")
            .field("language", &self.language.get())
            .field("numbers", &self.numbers.get().map(Vec::len))
            .field("names", &self.names.get().map(|n| n.1.len()))
            .field("sexes", &self.sexes.get())
            .field("cause", &self.cause.get())
            .finish_non_exhaustive()
    }
}

/// The code points of sentence `p`'s text (what its tokens' ranges index), collected
/// once: many rules read the text between or around tokens, and collecting it afresh
/// for each pair of sentences they compare was a twentieth of all-pairs matching.
pub(crate) fn chars_of(p: &Prepared) -> &[char] {
    p.facts.chars.get_or_init(|| p.text.chars().collect())
}

/// Whether the text between tokens `i` and `i + 1` of `p` ends a clause: a comma, a
/// semicolon, a colon, a full stop, a mark of a question or an exclamation, or a bracket
/// stands between them (`i + 1` a token of `p`).
pub(crate) fn clause_break_after(p: &Prepared, i: usize) -> bool {
    let toks = &p.tokens;
    chars_of(p)
        .get(toks[i].end..toks[i + 1].start)
        .is_some_and(|gap| gap.iter().any(|c| ",;:.!?()[]".contains(*c)))
}

/// The language of sentence `p` (`language::guess_sentence` of its text), guessed once.
pub(crate) fn language_of(p: &Prepared) -> Option<Language> {
    *p.facts.language.get_or_init(|| guess_sentence(&p.text))
}

#[cfg(test)]
mod tests {
    use super::super::{discrepancies, Discrepancy};
    use crate::matcher::features::{Idf, Prepared};

    fn texts(flags: &[Discrepancy]) -> Vec<(String, String)> {
        flags.iter().map(|d| (d.a.clone(), d.b.clone())).collect()
    }

    /// `a`, `b` and `c` prepared with the built-in IDF.
    fn prepared(a: &str, b: &str, c: &str) -> [Prepared; 3] {
        [a, b, c].map(|t| Prepared::new(t, Idf::builtin()))
    }

    /// The flags of `a` and `b` read through a clone of `a` (the corpus explains weighed
    /// copies), checked to be the ones read again from the facts and by fresh sentences.
    fn flags_through_a_clone(a: &Prepared, b: &Prepared) -> Vec<(String, String)> {
        through_a_clone(|a, b| texts(&discrepancies(a, b)), a, b)
    }

    /// What `rule` reads of `a` and `b` through a clone of `a`, checked to be what it
    /// reads again from the facts and of fresh sentences.
    fn through_a_clone<T: PartialEq + std::fmt::Debug>(
        rule: fn(&Prepared, &Prepared) -> T,
        a: &Prepared,
        b: &Prepared,
    ) -> T {
        let first = rule(&a.clone(), b);
        assert_eq!(rule(a, b), first);
        let idf = Idf::builtin();
        assert_eq!(
            rule(&Prepared::new(&a.text, idf), &Prepared::new(&b.text, idf)),
            first
        );
        first
    }

    #[test]
    fn which_time_it_is_is_read_once_and_shared_by_its_clones() {
        let [a, b, c] = prepared(
            "Police said it was his second DWI.",
            "Police said it was his 3rd DWI arrest.",
            "Police said he was arrested on Monday.",
        );
        assert!(a.facts.ordinals.get().is_none());
        let first = flags_through_a_clone(&a, &b);
        assert!(a.facts.ordinals.get().is_some_and(|o| o.len() == 1));
        assert!(b.facts.ordinals.get().is_some_and(|o| o.len() == 1));
        assert!(first.contains(&("second DWI".into(), "3rd DWI arrest".into())));
        // Against another sentence: its own occurrences (none), no such flag.
        let other = texts(&discrepancies(&a, &c));
        assert!(!other.iter().any(|f| f.0.contains("DWI")));
        assert!(c.facts.ordinals.get().is_none_or(|o| o.is_empty()));
    }

    /// The charges a sentence tells (`outcome/charges.rs`, asked of both sides by two
    /// rules per pair) are read once and shared by its clones: the flags are those of
    /// fresh sentences, and the near cases (one family told on both sides, a sentence with
    /// no charge) give none.
    #[test]
    fn the_charges_are_read_once_and_shared_by_its_clones() {
        let [a, b, c] = prepared(
            "The man was charged with murder on Monday.",
            "The man was charged with robbery on Monday.",
            "The man was charged with murder and robbery on Monday.",
        );
        assert!(a.facts.charges.get().is_none());
        let first = flags_through_a_clone(&a, &b);
        assert!(first.iter().any(|f| f.0.contains("murder")), "{first:?}");
        let one = |p: &Prepared| p.facts.charges.get().is_some_and(|c| c.len() == 1);
        assert!(one(&a) && one(&b));
        // Manslaughter against murder: another grade of one family, read from the facts.
        let [d, _, _] = prepared("The man was charged with manslaughter on Monday.", "", "");
        let near = flags_through_a_clone(&a, &d);
        assert!(
            near.iter().any(|f| f.1.contains("manslaughter")),
            "{near:?}"
        );
        // Near cases: a family on both sides, and a sentence with no charge.
        assert!(flags_through_a_clone(&c, &b)
            .iter()
            .all(|f| !f.1.contains("robbery")));
        let [e, _, _] = prepared("The man was arrested on Monday.", "", "");
        assert!(flags_through_a_clone(&a, &e)
            .iter()
            .all(|f| !f.0.contains("murder")));
        assert!(e.facts.charges.get().is_some_and(Vec::is_empty));
    }

    /// The opposite sides of contrasts a sentence tells (`outcome/contrasts.rs`: "reached
    /// the sea" / "stopped short of the sea") are read once and shared by its clones; near
    /// cases (both sides in one sentence, another anchor) give no flag.
    #[test]
    fn the_contrasts_are_read_once_and_shared_by_its_clones() {
        let [a, b, c] = prepared(
            "The lava reached the sea on Monday.",
            "The lava stopped short of the sea on Monday.",
            "The lava reached the sea, then stopped short of the sea.",
        );
        assert!(a.facts.contrast_marks.get().is_none());
        let first = flags_through_a_clone(&a, &b);
        assert!(first.iter().any(|f| f.1.contains("stopped")), "{first:?}");
        let told = |p: &Prepared| p.facts.contrast_marks.get().is_some_and(|m| m.len() == 6);
        assert!(told(&a) && told(&b));
        assert!(flags_through_a_clone(&c, &b)
            .iter()
            .all(|f| !f.1.contains("stopped")));
        let [d, _, _] = prepared("The lava stopped short of the road on Monday.", "", "");
        assert!(flags_through_a_clone(&a, &d)
            .iter()
            .all(|f| !f.1.contains("stopped")));
    }

    #[test]
    fn the_quotations_are_read_once_and_shared_by_its_clones() {
        let [a, b, c] = prepared(
            "\"We heard a terrible crack,\" the farmer said.",
            "\"We heard a loud crack,\" the farmer said.",
            "The farmer heard a loud crack on Monday.",
        );
        assert!(a.facts.quoted.get().is_none());
        let first = flags_through_a_clone(&a, &b);
        assert!(first.iter().any(|f| f.0.contains("terrible")), "{first:?}");
        let one = |p: &Prepared| {
            p.facts
                .quoted
                .get()
                .is_some_and(|q| q.as_ref().is_some_and(|q| q.len() == 1))
        };
        assert!(one(&a) && one(&b));
        // A sentence without a quotation mark: none, and no quotation flag.
        let other = texts(&discrepancies(&c, &b));
        assert!(!other.iter().any(|f| f.1.contains("loud")));
        assert!(c.facts.quoted.get().is_none_or(Option::is_none));
    }

    /// The words `quotes::same_quotation` compares (every scored pair below the score it
    /// lifts to) are read once per sentence and shared by its clones; the pair is lifted
    /// as before, and a near case (one word of the quotation other) is not.
    #[test]
    fn the_quotation_words_are_read_once_and_shared_by_its_clones() {
        use crate::matcher::align::{with_shared_quote, SHARED_QUOTE_SCORE};
        let [a, b, c] = prepared(
            "The mayor said \"nobody expected a tragedy like this\" on Monday.",
            "\"Nobody expected a tragedy like this,\" the fire chief said.",
            "\"Nobody expected a disaster like this,\" the fire chief said.",
        );
        assert!(a.facts.quote_words.get().is_none());
        assert_eq!(with_shared_quote(0.1, &a.clone(), &b), SHARED_QUOTE_SCORE);
        fn words(p: &Prepared) -> Option<&(Box<[u64]>, usize)> {
            p.facts.quote_words.get().and_then(Option::as_ref)
        }
        assert!(words(&a).is_some_and(|w| w.0.len() == 6 && w.1 >= 2));
        assert_eq!(words(&a).map(|w| &w.0), words(&b).map(|w| &w.0));
        assert_eq!(with_shared_quote(0.1, &a, &c), 0.1);
        assert_eq!(with_shared_quote(0.6, &a, &b), 0.6);
        // A sentence without a quotation mark has no quotation words.
        let d = Prepared::new("Nobody expected a tragedy like this.", Idf::builtin());
        assert_eq!(with_shared_quote(0.1, &d, &b), 0.1);
        assert!(d.facts.quote_words.get().is_some_and(Option::is_none));
    }

    #[test]
    fn a_sentences_facts_are_read_once_and_shared_by_its_clones() {
        let idf = Idf::builtin();
        let a = Prepared::new("Police arrested five men in Ohio on Monday.", idf);
        let b = Prepared::new("Police released six men in Texas on Tuesday.", idf);
        assert!(a.facts.numbers.get().is_none() && a.facts.outcome.get().is_none());
        // Read through a clone (the corpus explains weighed copies): the original has them.
        let first = discrepancies(&a.clone(), &b);
        assert!(a.facts.numbers.get().is_some_and(|n| n.len() == 1));
        assert!(a.facts.outcome.get().is_some());
        assert!(a.facts.dates[0].get().is_some_and(|d| d.len() == 1));
        // Read again from the facts, and by fresh sentences: the same flags.
        let fresh = discrepancies(&Prepared::new(&a.text, idf), &Prepared::new(&b.text, idf));
        assert_eq!(texts(&discrepancies(&a, &b)), texts(&first));
        assert_eq!(texts(&fresh), texts(&first));
        let expected = [
            ("five men", "six men"),
            ("arrested", "released"),
            ("Monday", "Tuesday"),
            ("Ohio", "Texas"),
        ];
        for (x, y) in expected {
            assert!(
                texts(&first).contains(&(x.to_string(), y.to_string())),
                "{x} / {y} not flagged: {:?}",
                texts(&first)
            );
        }
    }

    #[test]
    fn speakers_negations_and_results_are_read_once_and_shared_by_its_clones() {
        let [a, b, c] = prepared(
            "\"We will not resign,\" Mayor John Smith said on Monday.",
            "\"We will resign,\" Governor Anna Jones said on Monday.",
            "Arsenal beat Chelsea 2-1 on Saturday, police said.",
        );
        assert!(a.facts.speakers.get().is_none() && a.facts.negations.get().is_none());
        let first = flags_through_a_clone(&a, &b);
        // The speakers differ and one side negates what the other says.
        assert!(first.iter().any(|f| f.0.contains("Smith")), "{first:?}");
        assert!(a.facts.speakers.get().is_some_and(|s| !s.1.is_empty()));
        assert!(a.facts.sources.get().is_some_and(|s| !s.1.is_empty()));
        assert!(a.facts.negations.get().is_some_and(|n| n.0 == 1 && !n.1));
        assert!(b.facts.negations.get().is_some_and(|n| n.0 == 0));
        // A result of a game, against the same result told the other way round: flagged,
        // and read once for each side.
        let d = Prepared::new(
            "Chelsea beat Arsenal 2-1 on Saturday, police said.",
            Idf::builtin(),
        );
        let games = flags_through_a_clone(&c, &d);
        assert!(!games.is_empty(), "{games:?}");
        assert!(c.facts.results.get().is_some_and(|r| r.len() == 1));
        assert!(d.facts.results.get().is_some_and(|r| r.len() == 1));
        // The same speaker and no negation on either side: no speaker flag.
        let e = Prepared::new(
            "\"We will resign,\" Mayor John Smith said on Monday.",
            Idf::builtin(),
        );
        let same = flags_through_a_clone(&a, &e);
        assert!(!same.iter().any(|f| f.0.contains("Smith")), "{same:?}");
    }

    #[test]
    fn code_points_weapons_and_vehicles_are_read_once_and_shared_by_its_clones() {
        let [a, b, c] = prepared(
            "Zoë was stabbed with a knife near the jeep in Köln.",
            "Zoë was shot with a gun near the truck in Köln.",
            "Zoë was stabbed near the jeep in Köln.",
        );
        // The code points are the text's, collected once and shared by a clone.
        let copy = a.clone();
        let chars = super::chars_of(&copy);
        assert_eq!(chars.iter().collect::<String>(), a.text);
        assert!(std::ptr::eq(chars, super::chars_of(&a)));
        assert!(a.facts.weapons.get().is_none() && a.facts.vehicles.get().is_none());
        let first = flags_through_a_clone(&a, &b);
        assert!(first.contains(&("knife".into(), "gun".into())), "{first:?}");
        assert!(
            first.contains(&("jeep".into(), "truck".into())),
            "{first:?}"
        );
        assert!(a.facts.weapons.get().is_some_and(|w| w.len() == 1));
        assert!(a.facts.vehicles.get().is_some_and(|v| v.len() == 1));
        // The same weapon and vehicle told alike: no such flag.
        let same = flags_through_a_clone(&a, &c);
        assert!(
            !same.iter().any(|f| f.0 == "knife" || f.0 == "jeep"),
            "{same:?}"
        );
        // "stabbed" stands for its weapon: read once too.
        assert!(c
            .facts
            .weapons
            .get()
            .is_some_and(|w| w.len() == 1 && (w[0].0, w[0].1) == (8, 15)));
    }

    #[test]
    fn named_facilities_are_read_once_and_shared_by_its_clones() {
        let [a, b, c] = prepared(
            "The injured were taken to the Erasmus hospital on Monday.",
            "The injured were taken to the Maasstad hospital on Monday.",
            "The injured were taken to hospital on Monday.",
        );
        assert!(a.facts.facilities.get().is_none());
        let first = flags_through_a_clone(&a, &b);
        let pair = (
            "Erasmus hospital".to_string(),
            "Maasstad hospital".to_string(),
        );
        assert!(first.contains(&pair), "{first:?}");
        assert!(a.facts.facilities.get().is_some_and(|f| f.len() == 1));
        assert!(b.facts.facilities.get().is_some_and(|f| f.len() == 1));
        // A facility without a name: none read, and no such flag.
        let other = flags_through_a_clone(&c, &b);
        assert!(!other.iter().any(|f| f.1.contains("Maasstad")), "{other:?}");
        assert!(c.facts.facilities.get().is_some_and(Vec::is_empty));
    }

    #[test]
    fn speakers_read_with_another_speaker_of_the_context_are_read_again() {
        let idf = Idf::builtin();
        let mut a = Prepared::new("\"We are safe,\" he said.", idf);
        let before = crate::matcher::speakers::speakers(&a);
        // Who "he" is, once the context names him: read again, not the kept answer.
        a.context_speaker = Some(crate::matcher::text::hash_str("smith"));
        let after = crate::matcher::speakers::speakers(&a);
        let fresh = {
            let mut f = Prepared::new(&a.text, idf);
            f.context_speaker = a.context_speaker;
            crate::matcher::speakers::speakers(&f)
        };
        assert_eq!(after, fresh);
        assert!(a
            .facts
            .speakers
            .get()
            .is_some_and(|s| s.0.is_none() && s.1 == before));
    }

    /// The stems of a sentence's speakers' names (`speakers::speaker_words`, asked of both
    /// sentences of every candidate pair in all-pairs matching) are read once, shared by
    /// its clones, and read again with another speaker of the context; the shared words
    /// are those of fresh sentences, and a near case (another speaker) shares none.
    #[test]
    fn speaker_words_are_read_once_and_shared_by_its_clones() {
        use crate::matcher::align::shared_speaker_words;
        use crate::matcher::speakers::speaker_words;
        let [a, b, c] = prepared(
            "Transport Minister Jonas Albrecht said the line would reopen on Monday.",
            "The line will reopen on Monday, Transport Minister Jonas Albrecht said.",
            "The line will reopen on Monday, police spokesman Tom Berger said.",
        );
        assert!(a.facts.speaker_words.get().is_none());
        let shared = through_a_clone(shared_speaker_words, &a, &b);
        assert!(shared.contains(&crate::matcher::text::hash_str("albrecht")) || shared.len() >= 2);
        assert!(a.facts.speaker_words.get().is_some_and(|w| w.1.len() >= 2));
        let idf = Idf::builtin();
        // Near case: another speaker shares no name word.
        assert!(shared_speaker_words(&a, &c).is_empty());
        // "He" read with the context's speaker: read again, as a fresh sentence reads it.
        let mut d = Prepared::new("\"We will reopen the line,\" he said.", idf);
        assert!(speaker_words(&d).is_empty());
        d.context_speaker = Some(crate::matcher::text::hash_str("albrecht"));
        let mut f = Prepared::new(&d.text, idf);
        f.context_speaker = d.context_speaker;
        assert_eq!(speaker_words(&d), speaker_words(&f));
    }

    /// The phrases of a service restored or still down (`outcome/restored.rs`, asked of
    /// both sentences of every pair explained) are read once and shared by its clones; the
    /// flag is the one fresh sentences give, and near cases (another thing down, one side
    /// telling both states) give none.
    #[test]
    fn restored_phrases_are_read_once_and_shared_by_its_clones() {
        let [a, b, c] = prepared(
            "Computer systems were back online on Friday.",
            "Computer systems were still down on Friday.",
            "The website was still down on Friday.",
        );
        assert!(a.facts.restored.get().is_none());
        let first = flags_through_a_clone(&a, &b);
        assert!(
            first.iter().any(|f| f.1.contains("still down")),
            "{first:?}"
        );
        let one = |p: &Prepared| p.facts.restored.get().is_some_and(|r| r.len() == 1);
        assert!(one(&a) && one(&b));
        // Near cases: another thing down; a side that tells both states.
        let other = flags_through_a_clone(&a, &c);
        assert!(
            !other.iter().any(|f| f.1.contains("still down")),
            "{other:?}"
        );
        let [d, _, _] = prepared(
            "Computer systems were back online, but computer screens were still down.",
            "",
            "",
        );
        let mixed = flags_through_a_clone(&d, &b);
        assert!(
            !mixed.iter().any(|f| f.1.contains("still down")),
            "{mixed:?}"
        );
        assert!(d.facts.restored.get().is_some_and(|r| r.len() == 2));
    }

    /// The things a sentence counts in a group of nouns of one meaning (`align/nouns.rs`,
    /// asked of both sentences of every candidate pair that both count) are read once and
    /// shared by its clones; the shared group is the one fresh sentences give, and a near
    /// case (no counted noun of a group) shares none.
    #[test]
    fn counted_nouns_are_read_once_and_shared_by_its_clones() {
        use crate::matcher::align::nouns_shared;
        let [a, b, c] = prepared(
            "The ferry was carrying about 120 passengers.",
            "Around 120 people were on board the ferry.",
            "The ferry was carrying 120 tonnes of cargo.",
        );
        assert!(a.facts.counted_nouns.get().is_none());
        let first = through_a_clone(nouns_shared, &a, &b);
        assert_eq!(first.2, 1, "{first:?}");
        assert!(a.facts.counted_nouns.get().is_some_and(|n| n.len() == 1));
        assert!(b.facts.counted_nouns.get().is_some_and(|n| n.len() == 1));
        // Near case: tonnes of cargo are no group of people.
        assert_eq!(nouns_shared(&a, &c).2, 0);
    }

    /// An attack's claimant and a move to a club (`outcome/claimants.rs`,
    /// `outcome/transfers.rs`, asked of both sentences of every pair explained and by the
    /// panel's disputes of every sentence per query) are read once and shared by its
    /// clones; the flags are those fresh sentences give, and the near cases (one claimant
    /// told two ways, one club) give none.
    #[test]
    fn claimants_and_moves_are_read_once_and_shared_by_its_clones() {
        let [a, b, c] = prepared(
            "The attack was claimed by the LockBit group.",
            "The attack was claimed by the BlackCat group.",
            "The attack was claimed by LockBit, a ransomware gang.",
        );
        assert!(a.facts.claimant.get().is_none());
        let first = flags_through_a_clone(&a, &b);
        assert!(first.iter().any(|f| f.1.contains("BlackCat")), "{first:?}");
        let told = |p: &Prepared| p.facts.claimant.get().is_some_and(Option::is_some);
        assert!(told(&a) && told(&b));
        let near = flags_through_a_clone(&a, &c);
        assert!(!near.iter().any(|f| f.1.contains("LockBit")), "{near:?}");
        let [d, e, f] = prepared(
            "Le milieu de terrain a rejoint le PSG pour 40 millions d'euros.",
            "Le milieu de terrain a rejoint l'OM pour 40 millions d'euros.",
            "Le milieu de terrain a rejoint le PSG jeudi.",
        );
        assert!(d.facts.destination.get().is_none());
        let moved = flags_through_a_clone(&d, &e);
        assert!(moved.iter().any(|x| x.1.contains("OM")), "{moved:?}");
        assert!(d.facts.destination.get().is_some_and(Option::is_some));
        let one = flags_through_a_clone(&d, &f);
        assert!(!one.iter().any(|x| x.1.contains("PSG")), "{one:?}");
        // A sentence of no attack and no move: read once, as none.
        let [g, _, _] = prepared("The weather was fine on Monday.", "", "");
        let _ = flags_through_a_clone(&g, &a);
        assert!(g.facts.claimant.get().is_none_or(Option::is_none));
        assert!(g.facts.destination.get().is_none_or(Option::is_none));
    }

    /// The places and the directions of a sentence (the place and side flags ask them of
    /// both sentences of every pair explained) are read once and shared by its clones;
    /// the flags are those fresh sentences give, and a near case (both sides named on one
    /// side, "east and west coasts") still gives no side flag.
    #[test]
    fn places_and_directions_are_read_once_and_shared_by_its_clones() {
        let [a, b, c] = prepared(
            "The storm hit the east coast of Scotland in Aberdeen on Monday.",
            "The storm hit the west coast of Scotland in Glasgow on Monday.",
            "The storm hit the east and west coasts of Scotland on Monday.",
        );
        assert!(a.facts.places.get().is_none() && a.facts.directions.get().is_none());
        let first = flags_through_a_clone(&a, &b);
        assert!(
            first.contains(&("east coast".into(), "west coast".into())),
            "{first:?}"
        );
        assert!(
            first.iter().any(|f| f.0 == "Aberdeen" && f.1 == "Glasgow"),
            "{first:?}"
        );
        for p in [&a, &b] {
            assert!(p.facts.places.get().is_some_and(|x| x.len() == 1));
            assert!(p.facts.directions.get().is_some_and(|x| x.len() == 1));
        }
        // Both sides on one side: no side flag, read from the kept facts as afresh.
        let near = flags_through_a_clone(&a, &c);
        assert!(!near.iter().any(|f| f.1.contains("coast")), "{near:?}");
        assert!(c.facts.places.get().is_some_and(Vec::is_empty));
    }
}
