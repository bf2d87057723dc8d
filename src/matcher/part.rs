//! The part of a matched sentence a new span should cover (the quotation for a quote, the
//! clause without its "he said" otherwise), and the words of a speaker's name. Plain
//! string logic on code points, used by `linking` when an unlabelled match is accepted and
//! when speakers are compared.

use super::speakers::SPEECH as SPEECH_WORDS;

/// The words of a speaker's name or role, lower case, without speech verbs, titles and
/// function words ("Army Gen. Vincent Brooks said" -> vincent, brooks).
pub fn name_words(text: &str) -> Vec<String> {
    const SKIP: &[&str] = &[
        "the",
        "a",
        "an",
        "to",
        "of",
        "he",
        "she",
        "they",
        "reporters",
        "journalists",
        "gen",
        "general",
        "col",
        "colonel",
        "army",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sgt",
        "lt",
        "capt",
        "that",
        "in",
        "a",
        "written",
        "statement",
    ];
    words_of(&text.chars().collect::<Vec<char>>())
        .into_iter()
        .filter(|w| w.chars().count() >= 2)
        .filter(|w| !SPEECH_WORDS.contains(&w.as_str()) && !SKIP.contains(&w.as_str()))
        .collect()
}

fn is_open_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201c}' | '\u{ab}' | '\u{201e}')
}

fn is_close_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201d}' | '\u{bb}')
}

fn words_of(chars: &[char]) -> Vec<String> {
    chars
        .iter()
        .collect::<String>()
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn has_speech(chars: &[char]) -> bool {
    words_of(chars)
        .iter()
        .any(|w| SPEECH_WORDS.contains(&w.as_str()))
}

/// The part of a sentence (as code points) that an accepted match should label: for a
/// quote (`quote`), the quotation inside the quotation marks (from the first opening mark to the
/// last closing one, marks and a trailing comma inside them left out); otherwise, and for
/// a quote with no marks, the sentence without its attribution: a leading "X said (that)"
/// / "According to X," or a trailing ", X said." / ", according to X." / ", X told
/// reporters." (at most eight words after the comma). Returns `(start, end)` within
/// `sentence`; the whole (trimmed) sentence when there is nothing to strip.
pub fn match_part(sentence: &[char], quote: bool) -> (usize, usize) {
    let n = sentence.len();
    if quote {
        let open = sentence.iter().position(|&c| is_open_quote(c));
        let close = sentence.iter().rposition(|&c| is_close_quote(c));
        if let (Some(o), Some(c)) = (open, close) {
            if c > o + 1 {
                let (mut s, mut e) = (o + 1, c);
                while e > s && matches!(sentence[e - 1], ',' | ' ') {
                    e -= 1;
                }
                while s < e && sentence[s] == ' ' {
                    s += 1;
                }
                if e > s {
                    return (s, e);
                }
            }
        }
    }
    let (mut s, mut e) = (0, n);
    // Trailing attribution: ", he said." / ", according to officials."
    if let Some(k) = sentence.iter().rposition(|&c| c == ',') {
        let tail = &sentence[k + 1..];
        let words = words_of(tail);
        if !words.is_empty() && words.len() <= 8 && has_speech(tail) && k > 0 {
            e = k;
        }
    }
    // Leading attribution: "According to X, ..." / "X said (that) ..."
    let head: String = sentence[..e].iter().collect::<String>().to_lowercase();
    if head.starts_with("according to ") {
        if let Some(k) = sentence[..e].iter().position(|&c| c == ',') {
            s = k + 1;
        }
    } else {
        let words: Vec<(usize, usize)> = {
            let mut v = Vec::new();
            let mut i = 0;
            while i < e {
                if sentence[i].is_alphanumeric() {
                    let st = i;
                    while i < e && (sentence[i].is_alphanumeric() || sentence[i] == '.') {
                        i += 1;
                    }
                    v.push((st, i));
                } else {
                    i += 1;
                }
            }
            v
        };
        // "X said (that)" within the first six words, with no comma before it.
        for (wi, &(ws, we)) in words.iter().enumerate().take(6) {
            let w: String = sentence[ws..we].iter().collect::<String>().to_lowercase();
            if wi > 0
                && matches!(w.as_str(), "said" | "says" | "announced" | "told")
                && !sentence[..ws].contains(&',')
            {
                let mut next = wi + 1;
                if w == "told" {
                    next += 1; // "told reporters"
                }
                if let Some(&(ts, te)) = words.get(next) {
                    let t: String = sentence[ts..te].iter().collect::<String>().to_lowercase();
                    if t == "that" {
                        next += 1;
                    }
                }
                if let Some(&(ns, _)) = words.get(next) {
                    if next < words.len() && words.len() - next >= 3 {
                        s = ns;
                    }
                }
                break;
            }
        }
    }
    while s < e && sentence[s].is_whitespace() {
        s += 1;
    }
    while e > s && matches!(sentence[e - 1], ' ' | ',' | ';' | ':') {
        e -= 1;
    }
    if e <= s {
        (0, n)
    } else {
        (s, e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(s: &str, label: bool) -> String {
        let c: Vec<char> = s.chars().collect();
        let (a, b) = match_part(&c, label);
        c[a..b].iter().collect()
    }

    #[test]
    fn the_part_that_matches_leaves_the_attribution_out() {
        assert_eq!(
            part("\u{201c}The armistice agreement was challenged, but it remains in place,\u{201d} he said in a written statement.", true),
            "The armistice agreement was challenged, but it remains in place"
        );
        assert_eq!(
            part(
                "Officials said the troops had crossed the line twice.",
                false
            ),
            "the troops had crossed the line twice."
        );
        assert_eq!(
            part(
                "The troops had crossed the line twice, officials said.",
                false
            ),
            "The troops had crossed the line twice"
        );
        assert_eq!(
            part(
                "According to the army, the troops had crossed the line.",
                false
            ),
            "the troops had crossed the line."
        );
        assert_eq!(
            part(
                "Carroll told reporters that the guard ran back to the north side.",
                false
            ),
            "the guard ran back to the north side."
        );
        // Nothing to strip: the whole sentence; a quote without marks is a claim-like clause.
        let plain = "They finally reach him and drag him to safety.";
        assert_eq!(part(plain, false), plain);
        assert_eq!(part(plain, true), plain);
        // A long tail after the last comma is not an attribution.
        let long = "The soldier ran, and fellow troops who said nothing fired at him from the building across the road.";
        assert_eq!(part(long, false), long);
    }
}
