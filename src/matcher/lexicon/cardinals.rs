//! Cardinal number words of French, German, Spanish, Italian, Portuguese and Dutch that
//! the tokeniser does not read as numbers (`lexicon::UNITS` holds the English ones and a
//! few French and German ones that are no other word: "trois", "zwei"). Many are other
//! words too: Spanish "dos" is Portuguese "of the", Italian "due" and "sei" are English
//! "due" and Italian "you are", French "neuf" is "new", Dutch "onze" is "our", "Otto" and
//! "Dix" are names. So each word says in which languages it is a number and whether it
//! may be read as one in a sentence whose language is not told ([`cardinal`]); the number
//! flags read them (`flags::numbers`). "One" ("un", "ein", "uno", "um", "een") is left
//! out: it is mostly an article. The articles themselves are [`ONE_ARTICLES`]: before a
//! unit of time they count one ("a year", "un an", "ein Jahr").

use crate::matcher::language::Language;

/// The languages of a word of a lexicon table, one bit each (read with [`language_bits`]):
/// French.
pub(super) const FR: u8 = 1;
/// German.
pub(super) const DE: u8 = 2;
/// Spanish.
pub(super) const ES: u8 = 4;
/// Italian.
pub(super) const IT: u8 = 8;
/// Portuguese.
pub(super) const PT: u8 = 16;
/// Dutch.
pub(super) const NL: u8 = 32;
/// English.
pub(super) const EN: u8 = 64;

/// The bit of `language` among [`FR`] ... [`EN`]: every bit when the language is not
/// told (a word of any language is read), none for a language of no table.
pub(super) fn language_bits(language: Option<Language>) -> u8 {
    match language {
        None => u8::MAX,
        Some(Language::English) => EN,
        Some(Language::French) => FR,
        Some(Language::German) => DE,
        Some(Language::Spanish) => ES,
        Some(Language::Italian) => IT,
        Some(Language::Portuguese) => PT,
        Some(Language::Dutch) => NL,
        Some(_) => 0,
    }
}

/// A number word: its value, the languages it is a number in, and whether it is no other
/// word of English or of these languages (read too when a sentence's language is not
/// told).
type Cardinal = (&'static str, f64, u8, bool);

/// The number words, lower case with their accents as tokens are normalised. A `static`,
/// not a `const`: the map of [`number_word`] refers into this one table (a `const` may be
/// copied at each use, so a debug build gave the test another copy's addresses).
static CARDINALS: &[Cardinal] = &[
    // French (the others are `lexicon::UNITS`); "sept" is also a month's abbreviation
    // and "neuf" "new" ([`cardinal`]), "dix", "trente" are names, "seize" an English verb.
    ("sept", 7.0, FR, false),
    ("neuf", 9.0, FR, false),
    ("dix", 10.0, FR, false),
    ("onze", 11.0, FR | PT, false),
    ("treize", 13.0, FR, true),
    ("quatorze", 14.0, FR | PT, true),
    ("seize", 16.0, FR, false),
    ("trente", 30.0, FR, false),
    ("quarante", 40.0, FR, true),
    ("soixante", 60.0, FR, true),
    // German; "elf" is an English word.
    ("elf", 11.0, DE | NL, false),
    ("dreizehn", 13.0, DE, true),
    ("vierzehn", 14.0, DE, true),
    ("fünfzehn", 15.0, DE, true),
    ("sechzehn", 16.0, DE, true),
    ("siebzehn", 17.0, DE, true),
    ("achtzehn", 18.0, DE, true),
    ("neunzehn", 19.0, DE, true),
    ("vierzig", 40.0, DE, true),
    ("sechzig", 60.0, DE, true),
    ("siebzig", 70.0, DE, true),
    ("achtzig", 80.0, DE, true),
    ("neunzig", 90.0, DE, true),
    // Spanish; "dos" is Portuguese "of the", "tres" French "très" unaccented, "once" and
    // "quince" English words, "doce" Portuguese "sweet".
    ("dos", 2.0, ES, false),
    ("tres", 3.0, ES | PT, false),
    ("cuatro", 4.0, ES, true),
    ("cinco", 5.0, ES | PT, true),
    ("seis", 6.0, ES | PT, true),
    ("siete", 7.0, ES, true),
    ("ocho", 8.0, ES, true),
    ("nueve", 9.0, ES, true),
    ("diez", 10.0, ES, true),
    ("once", 11.0, ES, false),
    ("doce", 12.0, ES, false),
    ("trece", 13.0, ES, true),
    ("catorce", 14.0, ES, true),
    ("quince", 15.0, ES, false),
    ("veinte", 20.0, ES, true),
    ("treinta", 30.0, ES, true),
    ("cuarenta", 40.0, ES, true),
    ("cincuenta", 50.0, ES, true),
    ("sesenta", 60.0, ES, true),
    ("setenta", 70.0, ES | PT, true),
    ("ochenta", 80.0, ES, true),
    ("noventa", 90.0, ES | PT, true),
    // Portuguese; "sete" is Sète unaccented, "dez" and "doze" are other words.
    ("dois", 2.0, PT, true),
    ("duas", 2.0, PT, true),
    ("três", 3.0, PT, true),
    ("quatro", 4.0, PT, true),
    ("sete", 7.0, PT, false),
    ("oito", 8.0, PT, true),
    ("nove", 9.0, PT | IT, false),
    ("dez", 10.0, PT, false),
    ("doze", 12.0, PT, false),
    ("treze", 13.0, PT, true),
    ("vinte", 20.0, PT, true),
    ("trinta", 30.0, PT, true),
    ("quarenta", 40.0, PT, true),
    ("cinquenta", 50.0, PT, true),
    ("sessenta", 60.0, PT, true),
    ("oitenta", 80.0, PT, true),
    // A multiplier alone is its own value ("cerca de mil pessoas", "ruim duizend mensen":
    // trial 36 F16.2); after a figure or a number word ("12 mil", "tres mil") it is not
    // read (`flags::numbers::spelled`). Spanish "mil" is a thousand too; "Mil" is a maker
    // of helicopters, so not read where the language is not told.
    ("mil", 1000.0, PT | ES, false),
    ("cem", 100.0, PT, true),
    // Italian; "due", "tre", "sei", "otto", "venti" are other words or names.
    ("due", 2.0, IT, false),
    ("tre", 3.0, IT, false),
    ("quattro", 4.0, IT, true),
    ("cinque", 5.0, IT, true),
    ("sei", 6.0, IT, false),
    ("sette", 7.0, IT, true),
    ("otto", 8.0, IT, false),
    ("dieci", 10.0, IT, true),
    ("undici", 11.0, IT, true),
    ("dodici", 12.0, IT, true),
    ("tredici", 13.0, IT, true),
    ("quindici", 15.0, IT, true),
    ("venti", 20.0, IT, false),
    ("trenta", 30.0, IT, false),
    ("quaranta", 40.0, IT, true),
    ("cinquanta", 50.0, IT, true),
    // Dutch ("vier" and "acht" are `lexicon::UNITS`); "tien" is a name. "één", one
    // written with its accents ("Eén" at the start of a sentence), is never the article
    // "een" (trial 36 F12.2: "Twee oudere mensen" / "Eén persoon").
    ("één", 1.0, NL, true),
    ("eén", 1.0, NL, true),
    ("twee", 2.0, NL, true),
    ("drie", 3.0, NL, true),
    ("vijf", 5.0, NL, true),
    ("zes", 6.0, NL, true),
    ("zeven", 7.0, NL, true),
    ("negen", 9.0, NL, true),
    ("tien", 10.0, NL, false),
    ("twaalf", 12.0, NL, true),
    ("dertien", 13.0, NL, true),
    ("veertien", 14.0, NL, true),
    ("vijftien", 15.0, NL, true),
    ("twintig", 20.0, NL, true),
    ("dertig", 30.0, NL, true),
    ("veertig", 40.0, NL, true),
    ("vijftig", 50.0, NL, true),
    ("honderd", 100.0, NL, true),
    ("duizend", 1000.0, NL, true),
];

/// Words that multiply the number word before them ("tres mil", "trois cents", "zwei
/// Millionen"): such a number is not read ([`cardinal`] is for the word alone), nor are
/// these words by themselves. The words of millions and milliards come last, from
/// "million" ([`millions`]).
pub(in crate::matcher) const MULTIPLIERS: &[&str] = &[
    "cent",
    "cents",
    "mille",
    "mil",
    "mila",
    "cien",
    "cientos",
    "cento",
    "cem",
    "hundert",
    "tausend",
    "honderd",
    "duizend",
    "million",
    "millions",
    "milliard",
    "milliards",
    "millionen",
    "milliarde",
    "milliarden",
    "millón",
    "millones",
    "milione",
    "milioni",
    "milhão",
    "milhões",
    "miljoen",
    "miljard",
    "miliardo",
    "miliardi",
];

/// The words of millions and milliards of [`MULTIPLIERS`] ("millones", "milioni",
/// "Millionen", "miljoen"): a number word before one is read as a count of them, as a
/// figure before it is ("dos millones" as "2,4 millones").
pub(in crate::matcher) fn millions() -> &'static [&'static str] {
    let from = MULTIPLIERS.iter().position(|w| *w == "million");
    &MULTIPLIERS[from.unwrap_or(MULTIPLIERS.len())..]
}

/// How many units a word of millions or milliards ([`millions`]) stands for: a thousand
/// million for a milliard ("milliards", "Milliarden", "miljard", "miliardi"), a million for
/// the others ("millones", "milioni", "Millionen", "miljoen"); `None` for any other word.
pub(in crate::matcher) fn millions_value(norm: &str) -> Option<f64> {
    if !millions().contains(&norm) {
        None
    } else if ["milliard", "miljard", "miliard"]
        .iter()
        .any(|m| norm.starts_with(m))
    {
        Some(1e9)
    } else {
        Some(1e6)
    }
}

/// The value of the number word `word` (lower case) in a sentence of `language`: a word
/// of [`CARDINALS`] that is a number in that language, or that is no other word when the
/// language is not told; `None` for any other word.
pub(in crate::matcher) fn cardinal(word: &str, language: Option<Language>) -> Option<f64> {
    // English words and languages of no table: none of these words is their number.
    let bit = match language.map(|_| language_bits(language)) {
        None => 0,
        Some(0 | EN) => return None,
        Some(b) => b,
    };
    number_word(word)
        .filter(|&&(_, _, langs, sure)| langs & bit != 0 || (bit == 0 && sure))
        .map(|c| c.1)
}

/// The first entry of [`CARDINALS`] for `word`, looked up in a map built once (every
/// token of every sentence is asked; a scan of the list was most of the toll classes'
/// time; keyed with `FxHasher`, as hashing the word was most of a lookup). A word whose
/// first byte begins no number word is not looked up (speed only: "the", "police").
fn number_word(word: &str) -> Option<&'static Cardinal> {
    use super::first_bytes::{first_bytes_of, may_start, FirstBytes};
    use crate::matcher::text::FxMap;
    use std::sync::OnceLock;
    type Map = FxMap<&'static str, &'static Cardinal>;
    static MAP: OnceLock<(Map, FirstBytes)> = OnceLock::new();
    let (map, starts) = MAP.get_or_init(|| {
        let mut m = FxMap::default();
        for c in CARDINALS {
            m.entry(c.0).or_insert(c);
        }
        (m, first_bytes_of(CARDINALS.iter().map(|c| c.0)))
    });
    match word.as_bytes().first() {
        Some(&b) if !may_start(starts, b) => None,
        _ => map.get(word).copied(),
    }
}

/// The value of the number word `word` (lower case) in any language of [`CARDINALS`],
/// whether or not it is another word too ("sei", "tres"): for a word whose context shows
/// it is a number ("sei feriti", "tres muertos": before a noun of people,
/// `flags::numbers::spelled`).
pub(in crate::matcher) fn cardinal_any(word: &str) -> Option<f64> {
    number_word(word).map(|c| c.1)
}

/// The indefinite articles of English and of the languages of [`CARDINALS`], lower case,
/// with the languages they are an article in: before a unit of time they count one of it
/// ("a year", "an hour", "un an", "ein Jahr", "un año", "un anno", "um ano", "een jaar";
/// [`one_article`]).
const ONE_ARTICLES: &[(&str, u8)] = &[
    ("a", EN),
    ("an", EN),
    ("un", FR | ES | IT),
    ("une", FR),
    ("una", ES | IT),
    ("uno", IT),
    ("ein", DE),
    ("eine", DE),
    ("einen", DE),
    ("einem", DE),
    ("einer", DE),
    ("eines", DE),
    ("um", PT),
    ("uma", PT),
    ("een", NL),
];

/// The words of [`CARDINALS`] and of [`ONE_ARTICLES`]: every word [`cardinal_any`] reads
/// and every word [`one_article`] admits in some language (for a set of the words a rule
/// may read a count at, `flags::numbers::count_start`).
pub(in crate::matcher) fn number_and_article_words() -> impl Iterator<Item = &'static str> {
    CARDINALS
        .iter()
        .map(|c| c.0)
        .chain(ONE_ARTICLES.iter().map(|a| a.0))
}

/// Whether `word` (lower case) is an indefinite article ([`ONE_ARTICLES`]) in a sentence
/// of `language`: an article of that language, or of any when the language is not told.
/// Other languages' words are left out: Portuguese, Spanish and Italian "a" is "the" or
/// "to" ("a semana passada" is last week).
pub(in crate::matcher) fn one_article(word: &str, language: Option<Language>) -> bool {
    let bit = language_bits(language);
    ONE_ARTICLES
        .iter()
        .any(|&(w, langs)| w == word && langs & bit != 0)
}

/// Whether `word` (lower case) is an indefinite article ([`ONE_ARTICLES`]) of one of
/// `languages`: [`one_article`] asked of several languages at once (the nationality
/// flags, `flags/nationality.rs`, read "un", "une", "una", "uno", "um", "uma" as the
/// Romance articles before a noun of a person: "un Français", "un italiano").
pub(in crate::matcher) fn one_article_of(word: &str, languages: &[Language]) -> bool {
    languages.iter().any(|&l| one_article(word, Some(l)))
}

/// "Half" in the languages of [`CARDINALS`] as it ends a length of time ("un an et demi",
/// "un año y medio", "un anno e mezzo", "um ano e meio", "een jaar en een half"): such a
/// length is not one unit. English "half" is the figure 0.5 (`lexicon::UNITS`).
pub(in crate::matcher) const HALVES: &[&str] = &[
    "demi", "demie", "medio", "media", "mezzo", "mezza", "meio", "meia", "halb", "halbe", "halbes",
    "halve",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The map answers what a scan of [`CARDINALS`] answers: the first entry of a word,
    /// for every word of the list and for words that are none.
    #[test]
    fn the_number_word_map_finds_the_first_entry_a_scan_finds() {
        let scan = |w: &str| CARDINALS.iter().find(|c| c.0 == w);
        let same = |w: &str| {
            let (got, want) = (number_word(w), scan(w));
            assert_eq!(
                got.map(|c| c as *const Cardinal),
                want.map(|c| c as *const _),
                "{w:?}"
            );
            got.is_some()
        };
        assert!(CARDINALS.iter().all(|c| same(c.0)));
        // Words whose first byte begins number words and words whose first byte begins
        // none (skipped without the lookup).
        for w in [
            "", "the", "seven", "sep", "septs", "Sept", "1", "zwölf ", "police", "berlin", "été",
            "ünf", "x",
        ] {
            assert!(!same(w), "{w:?}");
        }
        assert_eq!(cardinal_any("treize"), Some(13.0));
        assert_eq!(cardinal_any("the"), None);
        assert_eq!(cardinal("sept", None), None);
        assert_eq!(cardinal("sept", Some(Language::French)), Some(7.0));
    }
}
