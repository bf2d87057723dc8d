//! The words of a fire's start, in English, French, German, Spanish, Italian, Portuguese
//! and Dutch, read by the cause flags (`cause.rs`, `cause/accidental.rs`, session 51): the
//! verbs that tell a cause as the subject that started a fire ("A cigarette *started* the
//! fire", es "Una vela *inició* el incendio"), the nouns of a fire after them ("the
//! *fire*", "el *incendio*", "den *Brand*"), and the words of a fire told as an accident
//! ("The fire was *an accident*", "*accidental*", de "*versehentlich*"), against one set
//! on purpose. Lower case, whole words, as the tokens' `norm`s are.

/// Verbs of starting a fire that tell their subject as its cause when a noun of
/// [`FIRES`] follows them ("A candle *started* the fire"; not "The fire *started* in the
/// kitchen": its subject is the fire itself, and no fire follows the verb).
pub(in crate::matcher) const FIRE_STARTERS: &[&str] = &[
    // en
    "started",
    "starts",
    "ignited",
    "sparked",
    "set",
    "lit",
    // fr
    "allumé",
    "déclenché",
    "provoqué",
    // de, and the separable "löste … aus" whose particle follows the fire ("Eine Kerze
    // *löste* den Brand aus", session 52)
    "entfachte",
    "entfachten",
    "entzündete",
    "entzündeten",
    "löste",
    "lösten",
    // es
    "inició",
    "originó",
    "provocó",
    "desató",
    // it
    "innescato",
    "innescò",
    "appiccato",
    "provocato",
    // pt
    "iniciou",
    "originou",
    "provocou",
    "ateou",
    // nl
    "veroorzaakte",
    "ontstak",
];

/// Participles of starting a fire that stand last, after the fire, in German and Dutch
/// ("Eine Kerze hat den Brand *ausgelöst*", "Een kaars heeft de brand *veroorzaakt*";
/// session 52): with an auxiliary before the fire they tell the subject as its cause as
/// [`FIRE_STARTERS`] do.
pub(in crate::matcher) const FIRE_STARTERS_LAST: &[&str] = &[
    // de
    "ausgelöst",
    "verursacht",
    "entfacht",
    "entzündet",
    // nl
    "veroorzaakt",
    "aangestoken",
    "ontstoken",
];

/// Nouns of a fire, after a verb of [`FIRE_STARTERS`] (and an article): "the *fire*",
/// "the *blaze*", fr "l'*incendie*", "le *feu*", de "den *Brand*", "das *Feuer*", es "el
/// *incendio*", "el *fuego*", it "l'*incendio*", "il *rogo*", pt "o *incêndio*", "o
/// *fogo*", nl "de *brand*"; "it" too, of a fire told before ("is thought to have
/// started *it*").
pub(in crate::matcher) const FIRES: &[&str] = &[
    "fire",
    "fires",
    "blaze",
    "flames",
    "it",
    "incendie",
    "feu",
    "brand",
    "feuer",
    "incendio",
    "fuego",
    "rogo",
    "incêndio",
    "fogo",
];

/// Words that tell a fire (or another event) as an accident, not set on purpose: "The
/// fire was *accidental*", "started *accidentally*", "*by accident*", fr "*accidentel*",
/// "*accidentellement*", de "*versehentlich*", es "*accidental*", "*fortuito*", it
/// "*accidentale*", pt "*acidental*", nl "*per ongeluk*" (read as "ongeluk" after "per",
/// `cause/accidental.rs`).
pub(in crate::matcher) const ACCIDENTAL: &[&str] = &[
    // en
    "accidental",
    "accidentally",
    // fr
    "accidentel",
    "accidentelle",
    "accidentels",
    "accidentelles",
    "accidentellement",
    // de
    "versehentlich",
    "unbeabsichtigt",
    // es, pt
    "accidentalmente",
    "fortuito",
    "fortuita",
    "acidental",
    "acidentalmente",
    // it ("accidentalmente" as es)
    "accidentale",
    "accidentali",
];

/// Nouns of an accident, read as a fire's cause after a form of "to be" and an article
/// ("The fire was *an accident*", fr "était *un accident*", de "war *ein Unfall*", es "fue
/// *un accidente*", it "è stato *un incidente*", pt "foi *um acidente*", nl "was *een
/// ongeluk*") or after "by" ("*by accident*", nl "*per ongeluk*").
pub(in crate::matcher) const ACCIDENTS: &[&str] = &[
    "accident",
    "unfall",
    "accidente",
    "incidente",
    "acidente",
    "ongeluk",
];
