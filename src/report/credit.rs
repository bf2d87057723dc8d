//! Who an attribution credits: a name pulled out of the attribution text, and whether the
//! source is anonymous ("an official said", "sources close to the talks").
//!
//! A heuristic over English news wording, not a parser: a source is **named** when the
//! text holds a personal name or a named body (a run of capitalised words that are not
//! only generic words such as "South Korean" or "Officials"), and **anonymous** when it
//! holds a generic source word ("official", "source", "spokesman", "diplomat", "aide",
//! "witness", "people familiar", "on condition of anonymity") and no such name. Text with
//! neither (e.g. "he said") is neither: it counts as named by reference (the article named
//! the speaker elsewhere), so anonymity is never over-reported.

/// Generic source words: their presence without a name makes a source anonymous. They
/// are generic when capitalised too ("Doctors said" at a sentence's start is no name):
/// [`is_generic`] reads this list as well as [`GENERIC_CAPS`].
const ANON_WORDS: &str =
    "official officials source sources spokesman spokeswoman spokesperson diplomat \
     diplomats aide aides witness witnesses insider insiders anonymity unnamed \
     familiar analyst analysts resident residents doctor doctors observer observers \
     expert experts investigator investigators rescuer rescuers medic medics \
     paramedics villager villagers eyewitness eyewitnesses";

/// Capitalised words that do not make a name on their own: places, adjectives of
/// nationality, institutions' generic parts, titles, sentence openers (the generic
/// source words of [`ANON_WORDS`] are not repeated here).
const GENERIC_CAPS: &str =
    "a an the according south north korean korea koreas us u.s. american united \
     states nations un government officials official military army police ministry \
     sources source western european chinese russian japanese senior white house \
     state department in on at he she they it we but and however when then colonel \
     col. gen. general president secretary minister dr. dr mr. mrs. ms. lt. sgt. \
     spokesman spokeswoman forces";

/// Titles dropped from the front of a name ("Colonel Chad Carroll" -> "Chad Carroll").
const TITLES: &str =
    "colonel col. gen. general president secretary minister dr. dr mr. mrs. ms. lt. \
     sgt. army spokesman spokeswoman adm. admiral senator sen. rep. prime foreign \
     defense defence of state";

/// Whether `word` is one of the space-separated words of `list` (word lists are kept as
/// one string: an array of string slices costs 16 bytes of wasm data per entry).
fn in_list(list: &str, word: &str) -> bool {
    list.split_ascii_whitespace().any(|w| w == word)
}

/// What an attribution credits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credited {
    /// The name found (`"Chad Carroll"`), else the attribution text itself, trimmed.
    pub name: String,
    /// No name, and a generic source word: "an official said".
    pub anonymous: bool,
}

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '"'))
        .map(|w| w.trim_matches(|c: char| matches!(c, '\u{201c}' | '\u{201d}' | '\'' | '\u{2019}')))
        .filter(|w| !w.is_empty())
        .collect()
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_generic(w: &str) -> bool {
    let l = w.to_lowercase();
    let l = l.trim_end_matches("'s").trim_end_matches('\u{2019}');
    in_list(GENERIC_CAPS, l) || in_list(ANON_WORDS, l)
}

/// The longest run of capitalised words with at least one non-generic word, titles
/// dropped from its front; `None` if there is none.
pub fn name_in(text: &str) -> Option<String> {
    let ws = words(text);
    let mut best: Option<Vec<&str>> = None;
    let mut i = 0;
    while i < ws.len() {
        if !capitalised(ws[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < ws.len() && (capitalised(ws[j]) || (j > i && ws[j] == "of")) {
            j += 1;
        }
        let mut run: Vec<&str> = ws[i..j].to_vec();
        while run.last() == Some(&"of") {
            run.pop();
        }
        while run
            .first()
            .is_some_and(|w| in_list(TITLES, &w.to_lowercase()) || is_generic(w))
            && run.iter().skip(1).any(|w| !is_generic(w))
        {
            run.remove(0);
        }
        if run.iter().any(|w| !is_generic(w)) {
            let better = match &best {
                None => true,
                Some(b) => run.len() > b.len(),
            };
            if better {
                best = Some(run);
            }
        }
        i = j.max(i + 1);
    }
    best.map(|r| {
        r.join(" ")
            .trim_end_matches(['.', ','])
            .trim_end_matches("'s")
            .to_string()
    })
}

/// Classify an attribution span's text.
pub fn credit(attribution: &str) -> Credited {
    let text = attribution.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(name) = name_in(&text) {
        return Credited {
            name,
            anonymous: false,
        };
    }
    let lower = text.to_lowercase();
    let anonymous = words(&lower)
        .iter()
        .any(|w| in_list(ANON_WORDS, w.trim_end_matches(['.', ','])));
    Credited {
        name: source_words(&text),
        anonymous,
    }
}

/// The words of an attribution without a name that say who spoke: its speech verb and
/// what follows it dropped ("doctors said" -> "doctors", "officials told reporters" ->
/// "officials"), or, with the verb first, what comes after it ("said the doctors" ->
/// "the doctors"); "according to" goes too. The text itself when nothing is left.
fn source_words(text: &str) -> String {
    let lower = text.to_lowercase();
    let text = match lower.strip_prefix("according to ") {
        Some(_) => &text["according to ".len()..],
        None => text,
    };
    let ws: Vec<&str> = text.split(' ').collect();
    // A capitalised word is a name's ("United States"), not a verb.
    let is_verb = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        !capitalised(w) && crate::matcher::SPEECH_VERBS.contains(&w.to_lowercase().as_str())
    };
    let kept: Vec<&str> = match ws.iter().position(|w| is_verb(w)) {
        Some(0) => ws[1..].to_vec(),
        Some(k) => ws[..k].to_vec(),
        None => ws,
    };
    let out = kept.join(" ");
    let out = out.trim_matches(|c: char| c == ',' || c == '.' || c.is_whitespace());
    if out.is_empty() {
        text.to_string()
    } else {
        out.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_without_a_name_is_given_without_its_speech_verb() {
        let c = credit("doctors said");
        assert_eq!(c.name, "doctors");
        assert!(c.anonymous);
        assert_eq!(credit("officials told reporters").name, "officials");
        assert_eq!(credit("said the doctors").name, "the doctors");
        assert_eq!(credit("according to witnesses").name, "witnesses");
        assert_eq!(credit("he said").name, "he");
        assert_eq!(credit("said").name, "said");
    }

    #[test]
    fn named_sources_give_the_name_without_titles() {
        let c = credit("UN Command spokesman Colonel Chad Carroll told journalists");
        assert_eq!(c.name, "Chad Carroll");
        assert!(!c.anonymous);
        assert_eq!(credit("Carroll said").name, "Carroll");
        assert_eq!(credit("Lee Cook-Jong told reporters").name, "Lee Cook-Jong");
        let brooks = credit("Army Gen. Vincent Brooks, who commands U.S. forces in South Korea");
        assert_eq!(brooks.name, "Vincent Brooks");
    }

    #[test]
    fn generic_sources_are_anonymous() {
        for t in [
            "an official said",
            "a government official, speaking on condition of anonymity",
            "South Korean officials said",
            "sources familiar with the investigation said",
            "United States military officials here said",
            "a spokesman said",
        ] {
            let c = credit(t);
            assert!(c.anonymous, "{t}: {c:?}");
            // The words before the speech verb, or the whole text without one.
            let before = t.split(" said").next().unwrap_or(t);
            assert_eq!(c.name, before, "{t}");
        }
    }

    #[test]
    fn pronouns_are_not_counted_as_anonymous() {
        let c = credit("he said");
        assert!(!c.anonymous);
        assert_eq!(c.name, "he");
    }
}
