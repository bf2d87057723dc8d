//! Who said it: the speakers a sentence names ("Carroll said", "according to Carroll",
//! "Carroll told reporters", "Brooks, who commands ..., said", "said the harbour master"),
//! and the speaker flag of a pair (the same statement credited to two different people).
//! Ranges are code points of each prepared sentence's own text. A flag shows a named
//! speaker with the title written right before the name ([`titled`]: "Kremlin spokesman
//! Dmitry Peskov", as "Foreign Minister Sergei Lavrov").
//!
//! - `find.rs`: the speakers of one sentence ([`speakers`]); `clause_end.rs`: the name
//!   after an inverted "said" that ends its clause;
//! - `placed.rs`: names that are a place or a body, not who speaks ("officials in Ohio
//!   said", "the mayor of Rotterdam said");
//! - `phrase.rs`: a source told as a noun phrase ("according to a statement from X", "the
//!   Kremlin's spokesman, Dmitry Peskov", "a spokesman for X"): whom it names;
//! - `described.rs`: a name after its role, after an inverted "said" or "according to"
//!   ("selon le maire d'Alès, Christophe Rivenq", "said the minister Mark Harper", "said
//!   Tom Hill's wife, Ann Hill");
//! - `roles.rs`: roles without a name ("the mayor said", "..., said the harbour master");
//! - `pronouns.rs`: "..., he said" resolved to the person an earlier sentence named;
//!   `role_people.rs`: a bare role as the speaker ("dijo el murciano") resolved to the one
//!   person its article names with that word ("el murciano Carlos Alcaraz");
//! - `conflict.rs`: the speaker flag of a pair ([`speaker_conflict`]); `across.rs`: the
//!   speaker of a quotation running over several sentences, read by each of them;
//! - `bodies.rs`: organisations and public bodies as sources ("according to Amnesty
//!   International" / "according to the Red Cross", "the police" / "the fire brigade",
//!   "Russia's defence ministry" / "Ukraine's defence ministry"), and their spokespeople
//!   (`spokes.rs`: "police spokesman" / "army spokesman");
//! - `known_sources.rs`: the table of known bodies and their ways of writing, read by
//!   `bodies.rs` and `groups.rs`;
//! - `countries.rs`: the country a body of the state speaks for ("Israeli", "Gaza",
//!   "russische"; the countries' names are the gazetteer's), and the capitals that stand
//!   for their state ("Kyiv said", "sagte Moskau"; the tables: `capitals.rs`, with the
//!   seats of government, "the Kremlin said");
//! - `sides.rs` (of `bodies.rs`): the side a body speaks for ("Russian-backed rebels",
//!   "the Houthi-run health ministry"), and capitals and countries as speakers;
//! - `sources.rs`: kinds of sources (generic, institution, role, held role, name) and the
//!   one table of which may differ (person, role, held role, office, body);
//!   `titles.rs`: the titles a role or a name holds, in six languages;
//! - `names.rs`: whether two names as written are one person;
//! - `foreign.rs`: speech verbs, "according to" and articles of French, German, Spanish,
//!   Italian, Portuguese and Dutch, read by the same rules.

use super::features::Prepared;
use super::flags::{joins_name, surface};
use super::text::Kind;

mod across;
mod bodies;
mod capitals;
mod clause_end;
mod conflict;
mod countries;
mod credited;
mod described;
mod find;
mod foreign;
mod groups;
mod known_sources;
mod names;
mod phrase;
mod placed;
mod pronouns;
mod role_people;
mod roles;
mod sources;
mod subject;
mod titles;

pub(crate) use across::{resolve_quotations, speaker_flag_across};
pub(crate) use conflict::speaker_conflict;
pub(crate) use credited::credited;
pub(crate) use find::speakers;
pub use names::one_person;
pub(crate) use phrase::{possessive, possessive_text};
pub(crate) use pronouns::{pronoun_speaker, resolve_pronouns};
pub(crate) use role_people::resolve_roles;
pub use sources::speakers_may_differ;
pub(crate) use titles::title;

/// Words that report speech ("X said", "according to X", "X told reporters"): the one
/// list of the matcher (speakers, the part of a sentence a span covers, report dates).
pub const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "states",
    "announced",
    "confirmed",
    "commended",
    "warned",
    "explained",
    "noted",
    "wrote",
    "writes",
    "according",
    "claimed",
    "claims",
    "insisted",
    "argued",
    "acknowledged",
    "denied",
    "reported",
    "testified",
    "recalled",
    "praised",
    "described",
];

/// The country a word names or whose people it names, by the gazetteer's canonical name
/// ("pakistani" and "pakistan" are "pakistan", "russische" "russia"); not a capital. `word`
/// is lower case, as tokens' `norm`s are.
pub(crate) fn country_word(word: &str) -> Option<&'static str> {
    countries::country_of_word(word)
}

/// Whether `word` (lower case) is the name of a country or of its capital, not an
/// adjective of its people ("kenya", "austria", "vienna"; not "kenyan", "russische").
pub(crate) fn country_name(word: &str) -> bool {
    countries::state_named(word).is_some()
}

/// The speakers named in a sentence ("Carroll said", "according to Carroll", "Carroll told
/// reporters", "said the harbour master"), as they are written, in order.
pub fn speaker_names(p: &Prepared) -> Vec<((usize, usize), String)> {
    speakers(p)
        .into_iter()
        .map(|(r, _)| (r, surface(p, r.0, r.1).into_owned()))
        .collect()
}

/// The content stems of the speakers' own names in `p`, sorted and unique: the names' words
/// written as names (capitalised, [`crate::matcher::text::Token::proper`]) with the title
/// written before them ([`speakers`], [`titled`]: "Federal Transport Minister Jonas
/// Albrecht"); no speech verb, and no role or body told in lower case ("the mayor", "police
/// said": those are common words two reports share for their own sake, and leaving them
/// out too lowered true parallels, mean ECE 0.061 -> 0.068 on the development articles).
/// Two sentences crediting one named speaker share these words whatever each says; the
/// whole sentences' cosine a pair's score may take leaves them out
/// (`align::shared_speaker_words`). Read once per sentence and speaker of its context
/// (`flags/facts.rs`): all-pairs matching asks it of both sentences of every candidate.
pub(crate) fn speaker_words(p: &Prepared) -> Vec<u64> {
    crate::matcher::flags::read_with(p, &p.facts.speaker_words, read_speaker_words)
}

/// [`speaker_words`], read from the sentence's speakers.
fn read_speaker_words(p: &Prepared) -> Vec<u64> {
    let ranges: Vec<(usize, usize)> = speakers(p).into_iter().map(|(r, _)| titled(p, r)).collect();
    let mut out: Vec<u64> = p
        .tokens
        .iter()
        .enumerate()
        .filter(|(k, t)| {
            !t.stop
                && t.proper
                && ranges.iter().any(|&(s, e)| t.start >= s && t.end <= e)
                && !find::is_speech(p, *k)
        })
        .map(|(_, t)| t.stem)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The speaker at code points `range` of `p` as a flag shows it: a name with the title
/// written right before it, lower-case role words and the capitalised words of whom the
/// role is ("Kremlin spokesman Dmitry Peskov", "White House press secretary Karine
/// Jean-Pierre", "Israeli military spokesman Daniel Hagari"), up to four words joined as
/// a name's are (no comma between), the word right before the name a lower-case one. A
/// capitalised title is part of the name already ("Foreign Minister Sergei Lavrov"), so
/// the two read alike. Not a speech verb ("said Kremlin spokesman ..."), a stop word, a
/// time ("yesterday Peskov said"), an adverb ("separately") or a participle
/// ("Kremlin-backed", "jailed"); a role or an organisation stays as it is ("spokesman",
/// "Kremlin").
pub(crate) fn titled(p: &Prepared, (start, end): (usize, usize)) -> (usize, usize) {
    let toks = &p.tokens;
    let Some(first) = toks.iter().position(|t| t.start >= start && t.end <= end) else {
        return (start, end);
    };
    if !toks[first].proper {
        return (start, end);
    }
    let chars = crate::matcher::flags::chars_of(p);
    let joined = |k: usize| joins_name(chars.get(toks[k - 1].end..toks[k].start).unwrap_or(&[]));
    let role = |k: usize| {
        let t = &toks[k];
        let adverb = t.norm.ends_with("ly") || find::AFTER_SPEAKER.contains(&t.norm.as_str());
        // "Kremlin-backed", "jailed": a description, no title.
        let participle = t.norm.ends_with("ed")
            || k > 0 && chars.get(toks[k - 1].end..t.start) == Some(&['-'][..]);
        // Not an article ("disse o governador João Silva": "governador João Silva").
        let article = foreign::is_foreign_det(&t.norm);
        // Not "propio" of "el propio Roca", "liet" of "liet burgemeester Aboutaleb weten"
        // (trial 43 D).
        let lexicon = crate::matcher::lexicon::speech::SELF_WORDS.contains(&t.norm.as_str())
            || crate::matcher::lexicon::speech::DUTCH_LET.contains(&t.norm.as_str());
        roles::role_word(t)
            && !adverb
            && !participle
            && !article
            && !lexicon
            && !find::is_speech(p, k)
    };
    let word = |k: usize| {
        let t = &toks[k];
        t.kind == Kind::Word && !t.stop && (t.proper || role(k))
    };
    if first == 0 || !role(first - 1) || !joined(first) {
        return (start, end);
    }
    let mut k = first - 1;
    while k > 0 && first - k < 4 && word(k - 1) && joined(k) {
        k -= 1;
    }
    (toks[k].start, end)
}
