//! German separable verbs among the tokens: a particle at the end of a main clause
//! belongs to the clause's verb ("Der Betriebsrat *kündigte* Widerstand *an*", "Veltra
//! *baut* 4500 Jobs *ab*", "*nahmen* … an dem Warnstreik *teil*"), and a participle or
//! an infinitive with "zu" writes them as one word ("angekündigt", "abzubauen"). The
//! verb's stem becomes the two's (`lexicon::german::separable_key`: "kündigte … an" and
//! "kündigten … an" are one word, "nahm … teil" and "nahm … fest" two, "baut … ab" is a
//! cut as "abbauen" is), and the particle is no content word, as English "up" and "out"
//! are not. A particle that is an English word too ("her", "fort") is read only in a
//! sentence with a German function word ([`GERMAN`]) or a letter of German words (ä, ö,
//! ü, ß: "Die Arbeitnehmervertreter stellen … her").

use super::{hash_str, Kind, Token};
use crate::matcher::lexicon::german::{
    could_be_joined, is_particle, separable_key, verb_stem, PARTICLES,
};

/// German function words that tell a sentence is German (no English words): articles,
/// conjunctions, auxiliaries, prepositions.
const GERMAN: &[&str] = &[
    "der", "das", "und", "ist", "nicht", "sich", "den", "dem", "eine", "einen", "einem", "einer",
    "wird", "wurde", "wurden", "sind", "von", "für", "auch", "im", "zum", "zur", "vom", "dass",
    "haben", "hatte", "sein", "seine", "sie", "es", "er", "wie", "nach", "bei", "mit",
];

/// Particles that are English words too ("told her.", "stormed the fort."): read only
/// in a sentence with a German function word or letter ([`GERMAN`]). Every sentence
/// is read alike otherwise, so that a German sentence with no such word ("Die Polizei
/// nahm Peter Schmidt fest") joins its verb as one with them does.
const ENGLISH_TOO: &[&str] = &["her", "fort", "los"];

/// Words that join two main clauses ("kündigte Widerstand an *und* rief … auf"): a clause
/// ends before them and the next begins after them.
const JOINS: &[&str] = &["und", "oder", "aber", "sondern", "denn"];

/// German function words that are verbs of speech ("teilte … mit"): they may carry a
/// particle though they are stop words.
const STOP_VERBS: &[&str] = &["teilte", "teilten", "teilt", "gab", "gaben", "gibt"];

/// Lower-case words that stand before the verb of a main clause and are none: hedges,
/// quantifiers and adverbs that are no function words ("Rund 900 …", "Die meisten …").
const NOT_VERBS: &[&str] = &[
    "fast",
    "knapp",
    "meisten",
    "beiden",
    "viele",
    "vielen",
    "einige",
    "einigen",
    "mehrere",
    "insgesamt",
    "zunächst",
    "mindestens",
    "höchstens",
    "neue",
    "neuen",
];

/// Whether the characters between two tokens close a clause: a comma, a full stop, a
/// colon, a semicolon, a question or exclamation mark, a closing bracket or guillemet. Not
/// a quotation mark or a dash, which may open what follows (English `an "outrageous act"`).
fn closes(gap: &[char]) -> bool {
    gap.iter()
        .any(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | '»'))
}

/// Join the separable verbs of `toks` (a sentence's tokens, code points of `chars`): see
/// the module's comment.
pub(super) fn separable_verbs(toks: &mut [Token], chars: &[char]) {
    let german =
        |t: &Token| GERMAN.contains(&t.norm.as_str()) || t.norm.contains(['ä', 'ö', 'ü', 'ß']);
    // Asked only of a particle that is an English word too; a German article opening the
    // sentence counts ("Die Polizei …").
    let is_german = std::cell::OnceCell::new();
    let opens = |toks: &[Token]| {
        toks.first()
            .is_some_and(|t| crate::matcher::lexicon::german::ARTICLES.contains(&t.norm.as_str()))
    };
    let gap = |a: &Token, b: &Token| chars.get(a.end..b.start).unwrap_or(&[]);
    let lower =
        |t: &Token| t.kind == Kind::Word && chars.get(t.start).is_some_and(|c| c.is_lowercase());
    for k in 0..toks.len() {
        let particle = &toks[k];
        if !lower(particle) || !is_particle(&particle.norm) {
            // One word: "angekündigt", "abzubauen".
            if lower(particle) && !particle.proper {
                if let Some(key) = joined_word(&particle.norm) {
                    toks[k].stem = hash_str(&key);
                }
            }
            continue;
        }
        let ends = match toks.get(k + 1) {
            None => true,
            Some(next) => closes(gap(particle, next)) || JOINS.contains(&next.norm.as_str()),
        };
        let english_too = ENGLISH_TOO.contains(&toks[k].norm.as_str());
        if !ends
            || k == 0
            || (english_too && !*is_german.get_or_init(|| opens(toks) || toks.iter().any(german)))
        {
            continue;
        }
        // The clause's first token: after a mark that closes a clause or a word that joins
        // two.
        let start = (1..k)
            .rev()
            .find(|&s| {
                closes(gap(&toks[s - 1], &toks[s])) || JOINS.contains(&toks[s - 1].norm.as_str())
            })
            .unwrap_or(0);
        let verb = (start..k).find(|&v| {
            let t = &toks[v];
            lower(t)
                && !t.negation
                && !is_particle(&t.norm)
                && ((!t.stop && t.foreign == 0) || STOP_VERBS.contains(&t.norm.as_str()))
                && !NOT_VERBS.contains(&t.norm.as_str())
        });
        if let Some(v) = verb {
            // The particle's stem tells its verb's ([`particle_stem`]; a stop word: no
            // content), so that a negation before it finds the verb
            // (`outcome/negation/german.rs`).
            let stem = hash_str(&separable_key(&toks[k].norm, &toks[v].norm));
            toks[v].stem = stem;
            toks[k].stem = particle_stem(stem);
            toks[k].stop = true;
        }
    }
}

/// The stem a separable verb's particle is given when its verb's is `verb`: another
/// stem (the two are no repeated word), that tells which verb the particle belongs to.
pub(crate) fn particle_stem(verb: u64) -> u64 {
    verb.rotate_left(29) ^ 0x9e37_79b9_7f4a_7c15
}

/// The key of a separable verb written as one word, its particle first: a participle
/// ("angekündigt", "abgebaut", "festgenommen": particle, "ge", the verb) or an infinitive
/// with "zu" ("anzuerkennen", "abzubauen"): the key `separable_key` gives the particle and
/// the verb ("angekündigt" is "kündigte … an"). `None` for other words ("anschließend",
/// "andere").
fn joined_word(norm: &str) -> Option<String> {
    if !could_be_joined(norm) {
        return None; // most words: no particle followed by "ge" or "zu"
    }
    // The longest particle: "zurückgetreten" is "zurück" + "getreten", not "zu" + ….
    let p = PARTICLES
        .iter()
        .filter(|p| norm.starts_with(*p))
        .max_by_key(|p| p.len())?;
    let rest = &norm[p.len()..];
    let verb = rest
        .strip_prefix("ge")
        .or_else(|| rest.strip_prefix("zu"))?;
    let inflected = verb.ends_with('t') || verb.ends_with("en");
    (inflected && verb_stem(verb).chars().count() >= 3).then(|| separable_key(p, verb))
}

#[cfg(test)]
mod tests {
    use crate::matcher::text::{stemmer, tokenize, Token};

    fn toks(s: &str) -> Vec<Token> {
        tokenize(s, &stemmer())
    }

    fn stem_of(toks: &[Token], norm: &str) -> u64 {
        toks.iter()
            .find(|t| t.norm == norm)
            .map(|t| t.stem)
            .unwrap_or(0)
    }

    #[test]
    fn a_particle_at_the_clause_end_joins_its_verb() {
        let a = toks("Der Betriebsrat kündigte Widerstand an und rief zum Streik auf.");
        let b = toks("Die Arbeitnehmervertreter kündigten Widerstand an.");
        assert_eq!(stem_of(&a, "kündigte"), stem_of(&b, "kündigten"));
        assert!(a
            .iter()
            .filter(|t| t.norm == "an" || t.norm == "auf")
            .all(|t| t.stop));
        // The participle is the same verb.
        let c = toks("Der Betriebsrat hat Widerstand angekündigt.");
        assert_eq!(stem_of(&a, "kündigte"), stem_of(&c, "angekündigt"));
        // Two verbs with one stem and other particles are two words.
        let d = toks("Die Polizei nahm drei Demonstranten fest.");
        let e = toks("Drei Demonstranten nahmen an der Kundgebung teil.");
        assert_ne!(stem_of(&d, "nahm"), stem_of(&e, "nahmen"));
        // With no German function word or letter: read alike.
        let h = toks("Die Polizei nahm Peter Schmidt am Montag fest.");
        assert_eq!(stem_of(&d, "nahm"), stem_of(&h, "nahm"));
        // "baut … ab" is a cut, as "abbauen" and "streichen" are.
        let f = toks("Veltra baut 4500 Jobs ab und verkauft Werk in Kassel");
        let g = toks("Veltra will 4500 Stellen streichen.");
        assert_eq!(stem_of(&f, "baut"), stem_of(&g, "streichen"));
    }

    #[test]
    fn a_preposition_or_an_english_word_is_no_particle() {
        // "an dem Warnstreik": a preposition with its object, no clause end.
        let a = toks("Sie nahmen an dem Warnstreik teil.");
        let plain = toks("Sie nahmen an dem Warnstreik.");
        assert_eq!(stem_of(&a, "an"), stem_of(&plain, "an"));
        // "teil" ends the clause: "nahmen … teil" is another word than "nahmen".
        assert_ne!(stem_of(&a, "nahmen"), stem_of(&plain, "nahmen"));
        // English: "her" at the end of a clause is a pronoun; "an" before a quotation is
        // the article.
        let q = toks("Woo called the ruling an \"outrageous act\".");
        let r = toks("Woo called the ruling outrageous.");
        assert_eq!(stem_of(&q, "called"), stem_of(&r, "called"));
        let e = toks("The police told her.");
        let f = toks("The police told him.");
        assert_eq!(stem_of(&e, "told"), stem_of(&f, "told"));
        // A word that only begins with a particle is no separable verb.
        let g = toks("Die Werke sind anschließend geschlossen worden.");
        let h = toks("Anschließend wurde das Werk geschlossen.");
        assert_eq!(stem_of(&g, "anschließend"), stem_of(&h, "anschließend"));
    }

    /// The words of the sample articles and of the German, French and other language
    /// fixtures, in lower case, with participles and infinitives of separable verbs.
    fn words() -> Vec<String> {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut texts = vec![
            "angekündigt abgebaut festgenommen anzuerkennen abzubauen zurückgetreten \
             zusammengebrochen bekanntgegeben bekanntzugeben anschließend andere zuge ge zu"
                .to_string(),
        ];
        for f in [
            "samples/afp-defector-footage.txt",
            "samples/latimes-defector-video.txt",
            "tests/fixtures/languages/layoffs-de.txt",
            "tests/fixtures/languages/defector-fr.txt",
            "tests/fixtures/languages/quake-fr.txt",
        ] {
            texts.push(std::fs::read_to_string(format!("{root}/{f}")).expect("fixture"));
        }
        texts
            .iter()
            .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }

    #[test]
    fn the_quick_particle_tests_agree_with_the_list() {
        use crate::matcher::lexicon::german::{could_be_joined, is_particle, PARTICLES};
        let words = words();
        assert!(words.len() > 1000, "{} words", words.len());
        for w in words
            .iter()
            .map(String::as_str)
            .chain(PARTICLES.iter().copied())
        {
            assert_eq!(is_particle(w), PARTICLES.contains(&w), "{w}");
            // Some particle begins the word and "ge" or "zu" follows it: the quick test
            // must leave the word to the full one.
            let joined = PARTICLES.iter().any(|p| {
                w.strip_prefix(p)
                    .is_some_and(|rest| rest.starts_with("ge") || rest.starts_with("zu"))
            });
            if joined {
                assert!(could_be_joined(w), "{w}");
            }
        }
        assert!(could_be_joined("angekündigt") && could_be_joined("abzubauen"));
        assert!(!could_be_joined("anschließend") && !could_be_joined("the"));
    }
}
