//! The words of a reported future and of a fact told as done in French, Spanish, Italian,
//! Portuguese, German and Dutch (`outcome/futures.rs`: "a annoncé qu'il allait ouvrir une
//! enquête" / "a ouvert une enquête"; "sagte, sie werde ein Verfahren einleiten" / "hat ein
//! Verfahren eingeleitet"). Lower case, as the tokens' `norm`s are; English has its own
//! words in `outcome/hedge.rs`.

use crate::matcher::language::Language;

/// How one language tells a fact still to come and one done.
pub(in crate::matcher) struct Tenses {
    /// The language.
    pub language: Language,
    /// Auxiliaries of a future or a future in the past before an infinitive (fr "allait
    /// ouvrir", es "va a abrir", pt "vai abrir", de "werde … einleiten", nl "zou …
    /// instellen").
    pub future_aux: &'static [&'static str],
    /// Endings of a verb's simple future or conditional (fr "ouvrira", es "abrirá", it
    /// "aprirà", pt "abrirá"); none in German and Dutch.
    pub future_endings: &'static [&'static str],
    /// Auxiliaries of the perfect before a past participle (fr "a ouvert", es "ha
    /// abierto", it "ha aperto", de "hat … eingeleitet", nl "heeft … ingesteld").
    pub done_aux: &'static [&'static str],
    /// Endings of a verb's simple past told as done (es "abrió", pt "abriu").
    pub preterite_endings: &'static [&'static str],
    /// Whether the verb stands after its object ("ein Verfahren einleiten"): German and
    /// Dutch; before it in the Romance languages ("ouvrir une enquête").
    pub verb_last: bool,
}

/// The six languages' words of [`Tenses`].
pub(in crate::matcher) const TENSES: &[Tenses] = &[
    Tenses {
        language: Language::French,
        future_aux: &["allait", "allaient", "va", "vont", "irait", "iraient"],
        future_endings: &["ra", "ront", "rait", "raient"],
        done_aux: &["a", "ont", "avait", "avaient"],
        preterite_endings: &[],
        verb_last: false,
    },
    Tenses {
        language: Language::Spanish,
        future_aux: &["va", "van", "iba", "iban"],
        future_endings: &["rá", "rán", "ría", "rían"],
        done_aux: &["ha", "han", "había", "habían"],
        preterite_endings: &["ó", "aron", "ieron"],
        verb_last: false,
    },
    Tenses {
        language: Language::Italian,
        future_aux: &[],
        future_endings: &["rà", "ranno", "rebbe", "rebbero"],
        done_aux: &["ha", "hanno", "aveva", "avevano"],
        preterite_endings: &["ò", "ì"],
        verb_last: false,
    },
    Tenses {
        language: Language::Portuguese,
        future_aux: &["vai", "vão", "ia", "iam", "iria", "iriam"],
        future_endings: &["rá", "rão", "ria", "riam"],
        done_aux: &["tinha", "tinham"],
        preterite_endings: &["iu", "ou", "eu", "ram"],
        verb_last: false,
    },
    Tenses {
        language: Language::German,
        future_aux: &["werde", "werden", "wird", "würde", "würden"],
        future_endings: &[],
        done_aux: &["hat", "haben", "hatte", "hatten"],
        preterite_endings: &[],
        verb_last: true,
    },
    Tenses {
        language: Language::Dutch,
        future_aux: &["zal", "zullen", "zou", "zouden"],
        future_endings: &[],
        done_aux: &["heeft", "hebben", "had", "hadden"],
        preterite_endings: &[],
        verb_last: true,
    },
];

/// Endings of French verb forms of the first conjugation, longest first: future and
/// conditional ("paiera", "paieraient"), imperfect ("payait"), simple past ("paya",
/// "payèrent"), present ("paie", "paient") and participle ("payé", "payées"), read off a
/// verb between "ne" and "pas" and the plain side's word (`outcome/negation/french.rs`:
/// "ne paiera pas" / "a payé", trial 49 item 2).
pub(in crate::matcher) const FRENCH_VERB_ENDINGS: &[&str] = &[
    "eraient", "erions", "eriez", "eront", "erais", "erait", "erons", "aient", "èrent", "erez",
    "erai", "eras", "ions", "era", "iez", "ons", "ent", "ait", "ais", "ées", "ai", "er", "ez",
    "es", "és", "ée", "é", "e", "a",
];
