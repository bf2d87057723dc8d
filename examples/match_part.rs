//! The part of a sentence an accepted match labels, over real text: every sentence of the
//! given files that carries a speech verb, with the attribution frames found and the claim
//! part chosen (`parallax::matcher::match_part`, no source text), for reading by eye.
//!
//!     cargo run --example match_part -- ../shared/eval/articles samples
//!
//! Arguments are `.txt` files or folders of them; sentences come from the matcher's own
//! segmenter. Checks on every sentence (exits 1 if one fails): the part is a non-empty
//! range of the sentence at code point offsets, cuts no frame in two (a frame is outside
//! the part, or wholly inside it with words on both sides: one between a short subject
//! and its predicate), and is the whole (trimmed) sentence when no frame was found, or
//! that without an unpaired quotation mark at an end. Prints `CUT` lines (a frame cut
//! out; `INSIDE` when the part keeps a frame inside) and `KEEP` lines (a speech verb but
//! nothing cut, with the part when it differs from the sentence), then the counts.

use parallax::matcher::{attribution_frames, match_part, segment, SPEECH_VERBS as SPEECH};
use std::path::PathBuf;

fn main() {
    let mut files: Vec<PathBuf> = Vec::new();
    for a in std::env::args().skip(1) {
        let p = PathBuf::from(&a);
        match std::fs::read_dir(&p) {
            Ok(rd) => {
                let mut v: Vec<PathBuf> = rd
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                    .collect();
                v.sort();
                files.extend(v);
            }
            Err(_) => files.push(p),
        }
    }
    if files.is_empty() {
        eprintln!("usage: match_part FILE_OR_FOLDER... (plain-text articles)");
        std::process::exit(2);
    }
    let (mut checked, mut cut, mut bad) = (0, 0, 0);
    for f in &files {
        let text = match std::fs::read_to_string(f) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("cannot read {}: {e}", f.display());
                std::process::exit(2);
            }
        };
        let chars: Vec<char> = text.chars().collect();
        for (s, e) in segment(&text) {
            let sentence = &chars[s..e];
            let st: String = sentence.iter().collect();
            let lower = st.to_lowercase();
            let has = lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| SPEECH.contains(&w));
            if !has {
                continue;
            }
            checked += 1;
            let frames = attribution_frames(sentence);
            let (a, b) = match_part(sentence, false, "");
            let part: String = sentence[a.min(b)..b.min(sentence.len())].iter().collect();
            let whole = st.trim().trim_end_matches([',', ';', ':']).trim_end();
            let inside = frames.iter().filter(|&&(x, y)| a < x && y < b).count();
            let quotes = |c: char| {
                "\"'\u{201c}\u{201d}\u{ab}\u{bb}\u{201e}\u{2018}\u{2019}\u{2039}\u{203a}"
                    .contains(c)
            };
            let ok = a < b
                && b <= sentence.len()
                && frames
                    .iter()
                    .all(|&(x, y)| b <= x || y <= a || (a < x && y < b))
                && (!frames.is_empty()
                    || part == whole
                    || part == whole.trim_matches(quotes).trim());
            if !ok {
                bad += 1;
                println!("FAIL {}: {st:?} -> {a}..{b} {frames:?}", f.display());
            }
            if frames.is_empty() {
                println!("KEEP {st}");
                if part != whole {
                    println!("     part   {part}");
                }
            } else {
                cut += 1;
                let shown: Vec<String> = frames
                    .iter()
                    .map(|&(x, y)| sentence[x..y].iter().collect())
                    .collect();
                let tag = if inside > 0 { "  (frame inside)" } else { "" };
                println!("CUT  {st}\n     frames {shown:?}\n     part   {part}{tag}");
            }
        }
    }
    println!("{checked} sentences with a speech verb, {cut} with a frame cut, {bad} failed checks");
    if bad > 0 {
        std::process::exit(1);
    }
}
