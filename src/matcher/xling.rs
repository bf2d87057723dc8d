//! Evidence that two sentences in different languages tell one fact: the concepts they
//! share. The matcher's score compares words (stems, character trigrams), so across
//! languages it rests on the names and numbers two sentences share; trial 49 found the
//! Dutch parallel of a Reuters sentence ("De drie ziekenhuizen van de groep moesten
//! ongeveer 150 geplande operaties uitstellen." / "...forcing its three hospitals to
//! postpone about 120 planned operations...") at 0.3 %, below unrelated English
//! sentences, and without a card.
//!
//! A sentence's concepts ([`concepts`]) are read from its tokens: numbers by their value,
//! number words of its language ("drie" is 3: `lexicon::cardinal`), weekdays, months and
//! parts of the day by what they name (`lexicon/dates.rs`), the fates of the casualty
//! lexicon ("morts" / "killed"), the counted nouns ("operaties" / "surgeries"), the
//! families of crimes, the meaning groups of `lexicon/meanings.rs` read across languages
//! ("ziekenhuis" / "hospital"), the tables read only here ([`kinds`]: kinds of people,
//! nationalities and countries, `lexicon/across_concepts.rs`, the causes of a road crash),
//! the head and modifier of a German or Dutch compound ([`compounds`]: "Polizeisprecher"),
//! a figure with its millions ("5 miljoen"), and otherwise a name or a word of five
//! letters or more as written without diacritics ("Amstelveen", "ransomware"). Two sentences' similarity
//! ([`CrossLanguage::similarity`]) is the Dice coefficient of their concepts, each weighed
//! by its rarity over the two articles' sentences (a concept held by every sentence
//! tells nothing), and it lifts the pair's score ([`lifted`]).
//!
//! Only two sentences of articles guessed in two different languages
//! (`language::guess`) are read so: two articles in one language, or an article whose
//! language is not told, are compared by their words alone, and their scores stay as
//! they were. A score across languages stays no probability: the card says "across
//! languages" instead of a band (`app/components/suggestion_group.rs`).

use super::features::Prepared;
use super::language::Language;
use super::lexicon::{self, casualty, meanings};
use super::text::{fold_accents, hash_str, FxMap, Kind};

/// How far the concepts two sentences share lift a score across languages: a pair sharing
/// every concept (similarity 1) has its distance to 1 cut by this share ([`lifted`]).
/// Chosen on the development sets of `bench/xling` (mean AP per English sentence 0.943
/// at 0.3, 0.5 and 0.7 alike; in-sample, no held-out set across languages).
pub(in crate::matcher) const LIFT: f64 = 0.5;

/// The least code points of a word read as itself (a cognate or a name written alike in
/// both languages: "ambulances", "bitcoin", "Amstelveen") when no table names its concept.
const OWN_WORD_CHARS: usize = 5;

/// The key of concept `value` of kind `tag`.
fn key(tag: &str, value: &str) -> u64 {
    let name = format!("{tag}:{value}");
    let k = hash_str(&name);
    #[cfg(test)]
    tests_trial57::NAMES.with(|names| names.borrow_mut().insert(k, name));
    k
}

/// The concepts of `p`, a sentence (or any text) in `language` (`None`: not told, and
/// only the number words that are no other word are read), as keys, sorted and unique.
pub(in crate::matcher) fn concepts(p: &Prepared, language: Option<Language>) -> Vec<u64> {
    let mut out = Vec::new();
    // A clock time is one concept, its minutes on a 12-hour dial ("7:40 p.m." / "19.40
    // Uhr"), not its hour and minutes; which half of the day each tells is the time
    // flag's (`flags/times.rs`).
    // A figure, or a word that opens with one ("19h40").
    let figure = |t: &super::text::Token| {
        matches!(t.kind, Kind::Number(_)) || t.norm.starts_with(|c: char| c.is_ascii_digit())
    };
    let clocks = match p.tokens.iter().any(figure) {
        true => super::flags::clock_spans(p),
        false => Vec::new(),
    };
    let in_clock = |k: usize| clocks.iter().any(|&(_, a, b)| (a..=b).contains(&k));
    for &(minutes, _, _) in &clocks {
        out.push(key("clock", &(minutes % 720).to_string()));
    }
    for (k, t) in p.tokens.iter().enumerate() {
        // A count of decades is its count of years ("two decades" / "zwanzig Jahren").
        if let Some(years) = lexicon::decades::decade_years(&p.tokens, k) {
            out.push(key("n", &years.to_string()));
            continue;
        }
        match t.kind {
            Kind::Number(_) if in_clock(k) => {}
            Kind::Number(v) => out.push(key("n", &scaled(p, k, v).to_string())),
            Kind::Weekday(d) => out.push(key("wd", &d.to_string())),
            Kind::Month(m) => out.push(key("m", &m.to_string())),
            Kind::Vague => {}
            Kind::Word if t.stop || t.foreign == 1 => {}
            // A word of millions after a figure is read with it ("5 miljoen").
            Kind::Word if k > 0 && millions_after_figure(p, k - 1) => {}
            Kind::Word => word_concepts(&t.norm, language, t.proper, true, &mut out),
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The value of the figure `v` at token `k` of `p`, times the word of millions or
/// milliards after it (`lexicon::millions_value`): "5 miljoen", "2,4 millones" and "9
/// milioni" tell the count "$5 million" does (the English tokens read it whole; trial
/// 44's Dutch "5 miljoen dollar" was a 5).
fn scaled(p: &Prepared, k: usize, v: f64) -> f64 {
    let times = p
        .tokens
        .get(k + 1)
        .and_then(|t| lexicon::millions_value(&t.norm));
    match times {
        Some(m) => (v * m).round(),
        None => v,
    }
}

/// Whether token `k` of `p` is a figure a word of millions follows ([`scaled`]).
fn millions_after_figure(p: &Prepared, k: usize) -> bool {
    matches!(p.tokens[k].kind, Kind::Number(_))
        && p.tokens
            .get(k + 1)
            .is_some_and(|t| lexicon::millions_value(&t.norm).is_some())
}

/// Whether the word `norm` (lower case) is a common word of a table of concepts: a counted
/// noun, a crime or a meaning group read across languages ("aufzügen" of the lifts,
/// "passagiere"), not a number, a date or a word read as itself. A capitalised German word
/// so known is a noun, no town's name (`flags/places/prepositions.rs`: "in Aufzügen").
pub(in crate::matcher) fn common_concept(norm: &str) -> bool {
    let plain = fold_accents(norm);
    concept_tables(norm, &plain)
        .iter()
        .any(|&(_, groups, word)| group_of(groups, word).is_some())
}

/// The groups of the lexicon's tables of meanings that hold the word `norm` (lower case),
/// as keys: every group of `lexicon/meanings.rs` that holds it in either list (whole forms
/// within one language, beginnings across languages), the counted nouns' groups and the
/// crimes'. Empty for a word of no table. Two nouns whose keys meet may be one noun in two
/// languages ("Fahrgäste" / "passengers"); two whose keys do not, one of them in a table
/// whose groups hold the seven languages, are two things ("Fahrgäste" / "crossings":
/// `flags/numbers.rs`, session 51).
pub(in crate::matcher) fn table_groups(norm: &str) -> Vec<u64> {
    let plain = fold_accents(norm);
    let mut out: Vec<u64> = meanings::MEANINGS
        .iter()
        .enumerate()
        .filter(|(_, m)| m.same.contains(&norm) || m.across.iter().any(|w| table_form(&plain, w)))
        .map(|(i, _)| key("meaning", &i.to_string()))
        .collect();
    for (tag, groups, word) in concept_tables(norm, &plain).into_iter().take(2) {
        if let Some(i) = group_of(groups, word) {
            out.push(key(tag, &i.to_string()));
        }
    }
    out
}

/// The tables of concepts a word is looked up in, each with its tag and the form of the
/// word it reads (`norm` as written, `plain` without diacritics): the counted nouns, the
/// crimes, the meaning groups across languages.
fn concept_tables<'w>(
    norm: &'w str,
    plain: &'w str,
) -> [(&'static str, &'static [&'static [&'static str]], &'w str); 3] {
    [
        ("counted", lexicon::counted_nouns::COUNTED_GROUPS, norm),
        ("crime", lexicon::crimes::CRIMES, norm),
        ("c", &meanings::ACROSS, plain),
    ]
}

/// The index of the first group of `groups` that holds `word` ([`table_form`]).
fn group_of(groups: &[&[&str]], word: &str) -> Option<usize> {
    groups
        .iter()
        .position(|g| g.iter().any(|w| table_form(word, w)))
}

/// Whether `word` is written in form `form` of a table (`casualty::is_form`: the whole
/// word with `$`, else a beginning), or is the Italian plural in "-i" of a beginning that
/// ends in "-io": a beginning written from a singular ("edificio", "rischio") is no
/// beginning of its plural ("edifici", "rischi"), so "Tre edifici sono stati
/// danneggiati." / "Two buildings were damaged." counted two things (session 54).
fn table_form(word: &str, form: &str) -> bool {
    casualty::is_form(word, form)
        || (!form.ends_with('$')
            && form.strip_suffix("io").is_some_and(|stem| {
                word.len() == stem.len() + 1 && word.starts_with(stem) && word.ends_with('i')
            }))
}

/// The concepts of the one word `norm` (lower case), its language not told: the keys
/// [`concepts`] gives it ("derrumbe" and "collapse" share the collapse group's), of the
/// tables the flags read too (not [`kinds`]' nor a compound's head).
pub(in crate::matcher) fn word_keys(norm: &str) -> Vec<u64> {
    let mut out = Vec::new();
    word_concepts(norm, None, false, false, &mut out);
    out
}

/// Adds to `out` the concepts of the word `norm` (lower case) in `language`, `proper` when
/// it is likely a name: a number, a weekday or a part of the day alone; else every table
/// that holds it (a crime's word may be a news concept too: "thieves" / "ladri"), with
/// `wide` the tables read only across languages too ([`kinds`]) and a German or Dutch
/// compound's head ([`compounds`]), and the word itself when no table does and it is a
/// name or long enough.
fn word_concepts(
    norm: &str,
    language: Option<Language>,
    proper: bool,
    wide: bool,
    out: &mut Vec<u64>,
) {
    if let Some(v) = lexicon::cardinal(norm, language) {
        out.push(key("n", &v.to_string()));
        return;
    }
    if let Some(d) = lexicon::compound_weekday(norm) {
        out.push(key("wd", &d.to_string()));
        return;
    }
    if let Some(&(_, part)) = lexicon::DAY_PARTS.iter().find(|x| x.0 == norm) {
        out.push(key("part", &part.to_string()));
        return;
    }
    let before = out.len();
    let plain = fold_accents(norm);
    table_concepts(norm, &plain, wide, out);
    if wide && matches!(language, Some(Language::German | Language::Dutch)) {
        compounds::head_concepts(&plain, out.len() > before, out);
    }
    if out.len() == before && (proper || plain.chars().count() >= OWN_WORD_CHARS) {
        out.push(key("w", &plain));
    }
}

/// Adds to `out` the concepts of the tables that hold the word `norm` (`plain` without
/// diacritics): the casualty words' fates, the counted nouns, the crimes, the meaning
/// groups across languages, and with `wide` the tables read only across languages
/// ([`kinds`]).
fn table_concepts(norm: &str, plain: &str, wide: bool, out: &mut Vec<u64>) {
    if let Some(c) = casualty::count_word(norm) {
        out.push(key("fate", &(c.fate as u8).to_string()));
    }
    for (tag, groups, word) in concept_tables(norm, plain) {
        if let Some(i) = group_of(groups, word) {
            out.push(key(tag, &i.to_string()));
        }
    }
    if wide {
        kinds::concepts(norm, plain, out);
    }
}

/// The concepts of every sentence of a corpus whose articles are in more than one
/// language, with what weighs them: per article, its language and how many of its
/// sentences hold each concept.
#[derive(Debug, Clone)]
pub(in crate::matcher) struct CrossLanguage {
    /// Per article: its language (`language::guess`), `None` when not told.
    langs: Vec<Option<Language>>,
    /// Per sentence of the corpus: its concepts ([`concepts`]).
    keys: Vec<Vec<u64>>,
    /// Per article: concept -> how many of its sentences hold it.
    df: Vec<FxMap<u64, u32>>,
    /// Per article: how many sentences it has.
    counts: Vec<u32>,
}

impl CrossLanguage {
    /// The concepts of `sentences` ((article, prepared sentence), every sentence of the
    /// corpus in order) of articles in the languages `langs` (one per article); `None`
    /// when no two articles are guessed in different languages (nothing is read).
    pub(in crate::matcher) fn new<'p>(
        langs: Vec<Option<Language>>,
        sentences: impl Iterator<Item = (usize, &'p Prepared)>,
    ) -> Option<CrossLanguage> {
        if !super::language::differ(&langs) {
            return None;
        }
        let mut df: Vec<FxMap<u64, u32>> = vec![FxMap::default(); langs.len()];
        let mut counts = vec![0u32; langs.len()];
        let mut keys = Vec::new();
        for (doc, p) in sentences {
            // A line of the page reports no fact (`page_lines`: a byline, a dateline, a
            // heading): it holds no concept, so no sentence in another language lifts it
            // from the 0 its score is (trial 53 F7: "By our city desk" and "Berlin." were
            // suggested across languages at 11 % and 25 %).
            let k = match p.cues & super::prepared::TIMESTAMP {
                0 => concepts(p, langs.get(doc).copied().flatten()),
                _ => Vec::new(),
            };
            if let (Some(d), Some(n)) = (df.get_mut(doc), counts.get_mut(doc)) {
                *n += 1;
                for &x in &k {
                    *d.entry(x).or_insert(0) += 1;
                }
            }
            keys.push(k);
        }
        Some(CrossLanguage {
            langs,
            keys,
            df,
            counts,
        })
    }

    /// Whether articles `da` and `db` are guessed in two different languages.
    pub(in crate::matcher) fn differ(&self, da: usize, db: usize) -> bool {
        matches!(
            (self.langs.get(da), self.langs.get(db)),
            (Some(Some(a)), Some(Some(b))) if a != b
        )
    }

    /// The language of article `doc`, `None` when not told.
    pub(in crate::matcher) fn language(&self, doc: usize) -> Option<Language> {
        self.langs.get(doc).copied().flatten()
    }

    /// The concepts of sentence `i` of the corpus (empty for an unknown sentence).
    pub(in crate::matcher) fn keys(&self, i: usize) -> &[u64] {
        self.keys.get(i).map_or(&[], |k| &k[..])
    }

    /// How alike the concepts `a` (of a text of article `da`) and `b` (of article `db`)
    /// are, 0-1: twice the weight of the concepts they share over the weight of both, each
    /// concept weighed ln(1 + n / df), n the two articles' sentences and df those holding
    /// it (at least 1).
    pub(in crate::matcher) fn similarity(
        &self,
        (a, da): (&[u64], usize),
        (b, db): (&[u64], usize),
    ) -> f64 {
        let (Some(fa), Some(fb)) = (self.df.get(da), self.df.get(db)) else {
            return 0.0;
        };
        let n = f64::from(self.counts[da] + self.counts[db]);
        let weight = |k: &u64| {
            let df = fa.get(k).copied().unwrap_or(0) + fb.get(k).copied().unwrap_or(0);
            (1.0 + n / f64::from(df.max(1))).ln()
        };
        let total: f64 = a.iter().chain(b).map(weight).sum();
        if total <= 0.0 {
            return 0.0;
        }
        let (mut i, mut j, mut shared) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += weight(&a[i]);
                    i += 1;
                    j += 1;
                }
            }
        }
        2.0 * shared / total
    }
}

/// `score` lifted by the `similarity` of two sentences' concepts across languages
/// ([`CrossLanguage::similarity`]): 1 - (1 - score)(1 - [`LIFT`] x similarity), so a
/// score only rises, and only as far as the concepts are shared (one sharing none is left
/// exactly as it was).
pub(in crate::matcher) fn lifted(score: f64, similarity: f64) -> f64 {
    if similarity <= 0.0 {
        return score;
    }
    1.0 - (1.0 - score) * (1.0 - LIFT * similarity.min(1.0))
}

mod compounds;
mod kinds;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_kinds;
#[cfg(test)]
mod tests_trial57;
