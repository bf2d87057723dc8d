//! Page furniture: lines of a web page that report no fact, one list per language
//! (English, French, German, Spanish): an advertisement's label ("Advertisement",
//! "Publicité", "Anzeige", "Publicidad"), a link to other stories ("Read more:", "Lire
//! aussi : ...", "Lesen Sie auch", "Lee también"), a newsletter or social prompt, a
//! photo credit ("Photo: Reuters", "Foto: dpa"), and how a byline opens ("By", "Par",
//! "Von", "Por"). Two such lines share their words across any two pages, so the matcher
//! never suggests them (see `page_lines`). A live page's invitations and live titles are
//! in [`live`].

mod live;
pub(super) use live::is_live_title;

/// How an English line of furniture opens, as normalised words.
const EN: &[&[&str]] = &[
    &["advertisement"],
    &["sponsored", "content"],
    &["read", "more"],
    &["see", "also"],
    &["related", "stories"],
    &["related", "articles"],
    &["sign", "up", "for", "our"],
    &["subscribe", "to", "our"],
    &["follow", "us", "on"],
    &["click", "here"],
    &["skip", "to", "content"],
];

/// French: "Publicité", "Lire aussi : ...", "À lire aussi", "Voir aussi", "Sur le même
/// sujet", "Abonnez-vous à notre newsletter", "Suivez-nous sur".
const FR: &[&[&str]] = &[
    &["publicité"],
    &["contenu", "sponsorisé"],
    &["lire", "aussi"],
    &["lire", "la", "suite"],
    &["à", "lire", "aussi"],
    &["a", "lire", "aussi"],
    &["voir", "aussi"],
    &["sur", "le", "même", "sujet"],
    &["abonnez"],
    &["inscrivez"],
    &["suivez"],
];

/// German: "Anzeige", "Werbung", "Lesen Sie auch", "Mehr zum Thema", "Siehe auch",
/// "Folgen Sie uns auf".
const DE: &[&[&str]] = &[
    &["anzeige"],
    &["werbung"],
    &["lesen", "sie", "auch"],
    &["lesen", "sie", "mehr"],
    &["mehr", "zum", "thema"],
    &["siehe", "auch"],
    &["folgen", "sie", "uns"],
    &["abonnieren", "sie"],
];

/// Spanish: "Publicidad", "Lee también", "Lea también", "Leer más", "Ver también", "Te
/// puede interesar", "Síguenos en".
const ES: &[&[&str]] = &[
    &["publicidad"],
    &["lee", "también"],
    &["lea", "también"],
    &["leer", "más"],
    &["ver", "también"],
    &["te", "puede", "interesar"],
    &["síguenos"],
    &["suscríbete"],
];

/// Every language's furniture openings.
const FURNITURE: &[&[&[&str]]] = &[EN, FR, DE, ES];

/// The longest line of page furniture ([`FURNITURE`], [`CREDITS`]), in words.
const FURNITURE_WORDS: usize = 8;

/// A credit's first word before a colon: "Photo: Reuters", "Image: AFP/Getty", "Foto:
/// dpa", "Bild: Keystone", "Imagen: EFE".
const CREDITS: &[&str] = &[
    "photo",
    "photos",
    "image",
    "images",
    "picture",
    "photograph",
    "video",
    "credit",
    "graphic",
    "crédit",
    "crédits",
    "foto",
    "fotos",
    "bild",
    "imagen",
];

/// A link to another story, in any of the languages above and Italian, when a colon ends
/// it: then the line is furniture whatever its length, as the headline it announces can be
/// long ("Read more: Spain bus crash: Twelve dead after coach plunges off road near
/// Granada", "Lire aussi : ...", "Lesen Sie auch: ...", "Lee también: ...", "Leggi anche:
/// ..."). Such a teaser often names the same event, so without this rule it was suggested as
/// the same fact as the other outlet's headline (trial 25). "More" cues open the same way
/// ("Más información | ...", trial 27). "Watch:" and "Video:" are not cues: a video story's
/// own headline opens so ("Watch: Dramatic footage shows N. Korea defector's border dash").
const TEASERS: &[&[&str]] = &[
    &["read", "more"],
    &["read", "also"],
    &["also", "read"],
    &["read", "next"],
    &["see", "also"],
    &["related"],
    &["more"],
    &["more", "on", "this", "story"],
    &["recommended"],
    &["en", "savoir", "plus"],
    &["à", "voir", "aussi"],
    &["a", "voir", "aussi"],
    &["mehr", "dazu"],
    &["más", "información"],
    &["mas", "informacion"],
    &["más", "noticias"],
    &["ver", "más"],
    &["guarda", "anche"],
    &["leggi", "di", "più"],
    &["lire", "aussi"],
    &["à", "lire", "aussi"],
    &["a", "lire", "aussi"],
    &["voir", "aussi"],
    &["sur", "le", "même", "sujet"],
    &["lesen", "sie", "auch"],
    &["lesen", "sie", "mehr"],
    &["mehr", "zum", "thema"],
    &["auch", "interessant"],
    &["siehe", "auch"],
    &["lee", "también"],
    &["lea", "también"],
    &["leer", "más"],
    &["ver", "también"],
    &["te", "puede", "interesar"],
    &["leggi", "anche"],
    &["vedi", "anche"],
    &["potrebbe", "interessarti"],
];

/// The longest teaser line ([`TEASERS`]) read as furniture, in words: past it the line is
/// a paragraph of the story that happens to open so.
const TEASER_WORDS: usize = 40;

/// What ends a teaser's cue ([`is_teaser`]): a colon, a bar, a dash set off by spaces
/// ("Read more - Spain bus crash …", "Related | …": trial 26, which found the dash
/// teaser at 99 %) or a guillemet.
const TEASER_ENDS: &[&str] = &[":", "|", " - ", " \u{2013} ", " \u{2014} ", "\u{bb}", ">>"];

/// A link cue at the *end* of a line, after the headline it closes ("Spain bus crash leaves
/// twelve dead - read more", "... | Leer más", "... Lire la suite »": trial 27), as
/// lower-case words.
const TRAILING_CUES: &[&str] = &[
    "read more",
    "read the full story",
    "full story",
    "continue reading",
    "lire la suite",
    "weiterlesen",
    "mehr lesen",
    "leer más",
    "seguir leyendo",
    "leggi tutto",
    "leggi di più",
];

/// What stands between a headline and a [`TRAILING_CUES`] cue: a dash, a bar, an ellipsis
/// or an opening bracket.
const TRAILING_MARKS: &[char] = &['-', '\u{2013}', '\u{2014}', '|', '\u{2026}', '.', '(', '['];

/// Whether `text` ends with a link cue of [`TRAILING_CUES`] set off by one of
/// [`TRAILING_MARKS`] (closing marks such as "»", ")" or "→" after the cue allowed).
fn ends_as_teaser(text: &str) -> bool {
    let body = text.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '\u{bb}' | '>' | ')' | ']' | '\u{2192}' | '.' | '\u{2026}'
            )
    });
    let set_off = |head: &str| {
        head.ends_with(|c: char| c.is_whitespace() || TRAILING_MARKS.contains(&c))
            && head.trim_end().ends_with(TRAILING_MARKS)
    };
    if body.is_ascii() {
        // ASCII (most lines): the cue compared without case in place, no lower-case copy
        // (lower case changes only letters, and the head's test reads none).
        let bytes = body.as_bytes();
        return TRAILING_CUES.iter().any(|cue| {
            let head = bytes.len().checked_sub(cue.len());
            head.is_some_and(|h| {
                bytes[h..].eq_ignore_ascii_case(cue.as_bytes()) && set_off(&body[..h])
            })
        });
    }
    let lower = body.to_lowercase();
    TRAILING_CUES
        .iter()
        .any(|cue| lower.strip_suffix(cue).is_some_and(set_off))
}

/// Whether `text` (of `words` words) is a teaser: one of [`TEASERS`] and then a mark of
/// [`TEASER_ENDS`], or a headline closed by a link cue ([`ends_as_teaser`]).
fn is_teaser(text: &str, words: usize) -> bool {
    if words > TEASER_WORDS {
        return false;
    }
    if ends_as_teaser(text) {
        return true;
    }
    let Some(end) = teaser_end(text) else {
        return false;
    };
    let head = &text[..end];
    let head: Vec<String> = head
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    TEASERS
        .iter()
        .any(|cue| head.len() == cue.len() && head.iter().zip(cue.iter()).all(|(a, b)| a == b))
}

/// Where the first of [`TEASER_ENDS`] in `text` starts (a byte offset): the least of
/// their first occurrences, found in one pass over the bytes (each mark begins with one
/// of a few bytes) instead of one search of the whole text per mark.
fn teaser_end(text: &str) -> Option<usize> {
    use super::lexicon::first_bytes::{first_bytes_of, may_start, FirstBytes};
    static STARTS: std::sync::OnceLock<FirstBytes> = std::sync::OnceLock::new();
    let starts = STARTS.get_or_init(|| first_bytes_of(TEASER_ENDS.iter().copied()));
    let bytes = text.as_bytes();
    (0..bytes.len()).find(|&i| {
        may_start(starts, bytes[i])
            && TEASER_ENDS
                .iter()
                .any(|m| bytes[i..].starts_with(m.as_bytes()))
    })
}

/// How a byline opens, before the names: "By Jane Smith", "Par Claire Dupont", "Von Anna
/// Schmidt", "Por Ana García".
pub(super) const BYLINE_OPENINGS: &[&str] = &["by", "par", "von", "por"];

/// Whether `text` (of `words`, normalised) is a line of page furniture: a teaser
/// ([`TEASERS`], any length up to [`TEASER_WORDS`]) or a live page's invitation or live
/// title ([`live::is_live_furniture`]), or it opens as one of
/// [`FURNITURE`], or is a credit ("Photo: Reuters"), of at most [`FURNITURE_WORDS`] words.
pub(super) fn is_furniture(text: &str, words: &[&str]) -> bool {
    if words.is_empty() {
        return false;
    }
    if is_teaser(text.trim_start(), words.len()) || live::is_live_furniture(text, words) {
        return true;
    }
    if words.len() > FURNITURE_WORDS {
        return false;
    }
    if is_time_note(words) {
        return true;
    }
    if FURNITURE
        .iter()
        .any(|lang| lang.iter().any(|o| words.starts_with(o)))
    {
        return true;
    }
    let first_word_end = text
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(text.len(), |(i, _)| i);
    CREDITS.contains(&words[0]) && text[first_word_end..].trim_start().starts_with(':')
}

/// Whether `words` are a note of the zone a page's times are in ("All times are local.",
/// "All times CET", "Times are UTC", "(all times local)", "Alle Zeiten MEZ": trial 54, a
/// live page's note suggested as a card): a word for "times"
/// (`lexicon::time_notes::TIMES`) and a zone or "local", with no word but those of
/// `NOTE_WORDS`, the zones and an offset ([`is_offset`]: "All times are local
/// (GMT+1)", session 53's last tester found it suggested at 33 %). "All times" alone, or
/// any line with another word ("All times the fire crossed the road"), is none.
fn is_time_note(words: &[&str]) -> bool {
    use super::lexicon::time_notes::{LOCAL, NOTE_WORDS, TIMES};
    let zone = |w: &str| super::flags::time_zone(w) || LOCAL.contains(&w);
    words.iter().any(|w| TIMES.contains(w))
        && words.iter().any(|w| zone(w))
        && words
            .iter()
            .all(|w| TIMES.contains(w) || NOTE_WORDS.contains(w) || zone(w) || is_offset(w))
}

/// Whether the word `w` is a zone's offset or a part of one, as a tokenizer may give it
/// ("+1", "1", "+01:00", "01", "00", "−5"): a sign or none, one or two digits, and
/// optionally a colon and two digits.
fn is_offset(w: &str) -> bool {
    let w = w.trim_start_matches(['+', '-', '\u{2212}']);
    let (h, m) = w.split_once(':').unwrap_or((w, "00"));
    let digits = |x: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit())
    };
    digits(h, 1..=2) && digits(m, 2..=2)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A note of the zone a page's times are in is furniture, in seven languages (trial
    /// 54: "All times are local." was suggested as a card at 9.2 %); a line with any other
    /// word, or "times" with no zone, tells a fact.
    #[test]
    fn a_note_of_the_time_zone_is_furniture() {
        use crate::matcher::reports_no_fact;
        for t in [
            "All times are local.",
            "All times CET",
            "Times are UTC.",
            "(all times local)",
            "All times GMT.",
            "Toutes les heures sont locales.",
            "Alle Zeiten MEZ",
            "Todas las horas son locales.",
            "Tutti gli orari sono locali.",
            "Horários locais.",
            "Alle tijden zijn lokaal.",
            "All times are local (GMT+1).",
            "All times GMT+1.",
            "Toutes les heures sont locales (UTC+01:00).",
        ] {
            assert!(reports_no_fact(t), "{t}");
        }
        for t in [
            "All times the fire crossed the road.",
            "The fire changed direction three times.",
            "All times are approximate.",
            "Local times vary.",
            "At all times, local firefighters stayed on the front.",
            "Times Square was closed at 10 p.m. local time.",
            "All times are local (GMT+1), 3 dead.",
            "All times are local; 120 residents were evacuated.",
        ] {
            assert!(!reports_no_fact(t), "{t}");
        }
    }

    /// The one-pass [`teaser_end`] finds what the least of one search per mark finds, on
    /// lines with no mark, one, several, marks that begin with the same byte as other
    /// text (spaces, "–" among other three-byte characters) and non-ASCII text.
    #[test]
    fn teaser_end_is_the_first_mark() {
        let by_search = |t: &str| TEASER_ENDS.iter().filter_map(|m| t.find(m)).min();
        for t in [
            "",
            "Read more: Spain bus crash leaves twelve dead",
            "Related | Spain bus crash",
            "Read more - Spain bus crash",
            "Lire aussi \u{2013} L'accident",
            "Leer m\u{e1}s \u{2014} El accidente",
            "Lire aussi \u{bb} L'accident",
            "More >> here",
            "A bus crash in Spain \u{2013}killed 12 people on Monday.",
            "Twelve died \u{2014} officials said: more later | here - there",
            "A-B c- -d \u{201c}quoted\u{201d} \u{e9}t\u{e9} \u{ab}x\u{bb}",
            "No mark in this sentence at all.",
        ] {
            assert_eq!(teaser_end(t), by_search(t), "{t}");
        }
    }

    /// A link cue closes a teaser in any case, ASCII or not ("READ MORE", "Leer Más"),
    /// set off by a mark; a sentence that merely ends with the cue's words is none.
    #[test]
    fn trailing_cues_in_any_case() {
        for t in [
            "Spain bus crash leaves twelve dead - read more",
            "Spain bus crash leaves twelve dead - READ MORE \u{bb}",
            "Spain bus crash | Read More",
            "El accidente | Leer M\u{e1}s",
            "El accidente \u{2014} LEER M\u{c1}S",
            "L'accident... Lire la suite \u{bb}",
            "Spain bus crash (full story)",
        ] {
            assert!(ends_as_teaser(t), "{t}");
        }
        for t in [
            "She said she wanted to read more",
            "He wanted to Read More.",
            "read more",
            "Quiero leer m\u{e1}s",
            "",
        ] {
            assert!(!ends_as_teaser(t), "{t}");
        }
    }
}
