//! Who said it: the speakers a sentence names ("Carroll said", "according to Carroll",
//! "Carroll told reporters", "Brooks, who commands ..., said", "said the harbour master"),
//! and the speaker flag of a pair (the same statement credited to two different people).
//! Ranges are code points of each prepared sentence's own text.
//!
//! - `find.rs`: the speakers of one sentence ([`speakers`]), the name after an inverted
//!   "said" that ends its clause;
//! - `placed.rs`: names that are a place or a body, not who speaks ("officials in Ohio
//!   said", "the mayor of Rotterdam said");
//! - `phrase.rs`: a source told as a noun phrase ("according to a statement from X", "the
//!   Kremlin's spokesman, Dmitry Peskov", "a spokesman for X"): whom it names;
//! - `roles.rs`: roles without a name ("the mayor said", "..., said the harbour master");
//! - `pronouns.rs`: "..., he said" resolved to the person an earlier sentence named;
//! - `conflict.rs`: the speaker flag of a pair ([`speaker_conflict`]);
//! - `sources.rs`: kinds of sources (generic, institution, role, name) and which differ;
//! - `names.rs`: whether two names as written are one person.

use super::features::Prepared;
use super::flags::surface;

mod conflict;
mod find;
mod names;
mod phrase;
mod placed;
mod pronouns;
mod roles;
mod sources;

pub(crate) use conflict::speaker_conflict;
pub(crate) use find::speakers;
pub use names::one_person;
pub(crate) use pronouns::{pronoun_speaker, resolve_pronouns};
pub use sources::speakers_may_differ;

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

/// The speakers named in a sentence ("Carroll said", "according to Carroll", "Carroll told
/// reporters", "said the harbour master"), as they are written, in order.
pub fn speaker_names(p: &Prepared) -> Vec<((usize, usize), String)> {
    speakers(p)
        .into_iter()
        .map(|(r, _)| (r, surface(p, r.0, r.1)))
        .collect()
}
