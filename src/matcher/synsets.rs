//! A WordNet synonym table for the alignment model: two sentences that tell one fact in
//! other words ("died" / "death" / "killed", "wounded" / "hurt") share a WordNet concept
//! even when they share no stem.
//!
//! The table (`synsets.txt`, about 4,100 stems and 4,400 concept ids) is generated from
//! WordNet 3.1 (Princeton University; its licence is in the file's header) by
//! `cargo run --release --example build_synsets -- WORDNET_DICT` (see that example for
//! what is taken: the first two senses of common nouns, verbs and adjectives, their
//! derivational links, adjectives' pertainyms and verbs' causes). It is keyed by the
//! matcher's Snowball stem and parsed once, on first use.
//!
//! [`sentence_ids`] lists a prepared sentence's concept ids (computed once per sentence);
//! [`synonym_coverage`] is the alignment feature: the IDF mass of the shorter sentence's
//! content words that share a concept, but no stem, with a content word of the other.

use super::features::Prepared;
use super::text::{hash_str, FnvMap};
use std::sync::OnceLock;

/// The generated table: `stem id id ...` lines, ids in base 36; `#` lines are comments.
const TABLE: &str = include_str!("synsets.txt");

/// Stem hash -> (start, end) in the id list.
struct Table {
    index: FnvMap<u64, (u32, u32)>,
    ids: Vec<u32>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| parse(TABLE))
}

/// Parse the table's text. Lines that do not parse (a bad id) are skipped: the table is
/// generated, and a word without ids only loses this feature.
fn parse(text: &str) -> Table {
    let mut index = FnvMap::default();
    let mut ids = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut f = line.split(' ');
        let Some(stem) = f.next().filter(|s| !s.is_empty()) else {
            continue;
        };
        let start = ids.len();
        let parsed: Option<Vec<u32>> = f
            .map(|s| match s.strip_prefix('^') {
                Some(up) => u32::from_str_radix(up, 36).ok().map(|v| v | UP),
                None => u32::from_str_radix(s, 36).ok(),
            })
            .collect();
        match parsed {
            Some(v) if !v.is_empty() => ids.extend(v),
            _ => continue,
        }
        index.insert(hash_str(stem), (start as u32, ids.len() as u32));
    }
    Table { index, ids }
}

/// The concept ids of the stem whose hash is `stem` (empty when WordNet has none).
pub(crate) fn ids_of(stem: u64) -> &'static [u32] {
    let t = table();
    match t.index.get(&stem) {
        Some(&(s, e)) => &t.ids[s as usize..e as usize],
        None => &[],
    }
}

/// The concept ids of a sentence's content stems, as `(id, index into content)` sorted by
/// id. Names (`flags` bit 2: capitalised inside the sentence) and numbers (bit 0) are left
/// out: WordNet's senses are those of common words ("Brooks" is not a stream).
pub(crate) fn sentence_ids(content: &[(u64, f32)], flags: &[u8]) -> Vec<(u32, u16)> {
    let mut v: Vec<(u32, u16)> = Vec::new();
    for (k, (stem, _)) in content.iter().enumerate().take(u16::MAX as usize) {
        if flags.get(k).is_some_and(|f| f & 0b101 != 0) {
            continue;
        }
        v.extend(ids_of(*stem).iter().map(|&id| (id, k as u16)));
    }
    v.sort_unstable();
    v
}

/// The bit of an id that marks a concept the word is a kind of (its sense's direct
/// WordNet hypernym: "jeep" is a kind of "car"), not one of its own senses.
pub(crate) const UP: u32 = 1 << 31;

/// Content words considered per sentence (the bit set's size); later words do not count.
const MAX_WORDS: usize = 256;

/// The IDF mass of each sentence's content words that share a WordNet concept with a
/// content word of the other sentence and whose stem the other does not hold: `(a's
/// mass, b's mass)`, in IDF units.
pub fn synonym_mass(a: &Prepared, b: &Prepared) -> (f32, f32) {
    let (mut ma, mut mb) = ([0u64; MAX_WORDS / 64], [0u64; MAX_WORDS / 64]);
    let ((oa, ua), (ob, ub)) = (split_up(&a.synsets), split_up(&b.synsets));
    // The same sense on both sides, or a word and the kind of thing the other's word is.
    mark(oa, ob, &mut ma, &mut mb);
    mark(oa, ub, &mut ma, &mut mb);
    mark(ua, ob, &mut ma, &mut mb);
    (
        unshared_mass(&a.content, &ma, &b.content),
        unshared_mass(&b.content, &mb, &a.content),
    )
}

/// A sentence's ids split into its words' own senses and the kinds they are ([`UP`]).
fn split_up(s: &[(u32, u16)]) -> (&[(u32, u16)], &[(u32, u16)]) {
    s.split_at(s.partition_point(|x| x.0 & UP == 0))
}

/// Mark the words of `sa` and of `sb` that share an id (compared without [`UP`]).
fn mark(
    sa: &[(u32, u16)],
    sb: &[(u32, u16)],
    ma: &mut [u64; MAX_WORDS / 64],
    mb: &mut [u64; MAX_WORDS / 64],
) {
    let (mut i, mut j) = (0, 0);
    while i < sa.len() && j < sb.len() {
        let (x, y) = (sa[i].0 & !UP, sb[j].0 & !UP);
        if x == y {
            // Every a-word and every b-word of this id.
            let i_end = i + sa[i..].iter().take_while(|p| p.0 & !UP == x).count();
            let j_end = j + sb[j..].iter().take_while(|p| p.0 & !UP == x).count();
            for &(_, k) in &sa[i..i_end] {
                set(ma, k);
            }
            for &(_, k) in &sb[j..j_end] {
                set(mb, k);
            }
            (i, j) = (i_end, j_end);
        } else if x < y {
            i += 1;
        } else {
            j += 1;
        }
    }
}

fn set(bits: &mut [u64; MAX_WORDS / 64], k: u16) {
    let k = k as usize;
    if k < MAX_WORDS {
        bits[k / 64] |= 1 << (k % 64);
    }
}

/// IDF mass of the marked words of `own` whose stem `other` does not hold.
fn unshared_mass(own: &[(u64, f32)], bits: &[u64; MAX_WORDS / 64], other: &[(u64, f32)]) -> f32 {
    let mut m = 0.0;
    for (k, &(stem, w)) in own.iter().enumerate().take(MAX_WORDS) {
        if bits[k / 64] & (1 << (k % 64)) != 0
            && other.binary_search_by_key(&stem, |c| c.0).is_err()
        {
            m += w;
        }
    }
    m
}

/// The alignment feature: the synonym mass ([`synonym_mass`]) of the sentence with the
/// smaller content mass over that content mass, 0-1 (the "coverage of the shorter
/// sentence" of `align.rs`, by WordNet concepts instead of stems).
pub fn synonym_coverage(a: &Prepared, b: &Prepared) -> f32 {
    let (ma, mb) = synonym_mass(a, b);
    let (m, total) = if a.content_mass <= b.content_mass {
        (ma, a.content_mass)
    } else {
        (mb, b.content_mass)
    };
    if total > 0.0 {
        (m / total).min(1.0)
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::features::Idf;

    fn stem(w: &str) -> u64 {
        hash_str(&crate::matcher::text::stemmer().stem(w))
    }

    #[test]
    fn the_table_parses_and_links_words_of_one_concept() {
        let t = table();
        assert!(t.index.len() > 3000, "{} stems", t.index.len());
        let shares = |x: &str, y: &str| ids_of(stem(x)).iter().any(|i| ids_of(stem(y)).contains(i));
        assert!(shares("died", "death"));
        assert!(shares("killed", "died"));
        assert!(shares("wounded", "hurt"));
        assert!(!shares("died", "election"));
        assert!(!shares("truck", "wife"));
        assert!(ids_of(hash_str("zzzq")).is_empty());
    }

    #[test]
    fn bad_lines_are_skipped() {
        let t = parse("# comment\nfoo 1 2\nbar !!\n\nbaz z\n");
        assert_eq!(t.index.len(), 2);
        assert_eq!(t.ids, vec![1, 2, 35]);
    }

    #[test]
    fn synonyms_count_and_shared_stems_or_unrelated_words_do_not() {
        let idf = Idf::builtin();
        let p = |t: &str| Prepared::new(t, idf);
        let died = p("Three people died in the flood.");
        let killed = p("The flood killed three people.");
        let (ma, mb) = synonym_mass(&died, &killed);
        assert!(ma > 0.0 && mb > 0.0, "{ma} {mb}");
        assert!(synonym_coverage(&died, &killed) > 0.0);
        // The same word is a shared stem, not a synonym.
        let same = p("Three people died in the fire.");
        assert_eq!(synonym_mass(&died, &same).0, 0.0);
        // Unrelated words share no concept.
        let vote = p("The election results were announced on television.");
        assert_eq!(synonym_coverage(&died, &vote), 0.0);
    }
}
