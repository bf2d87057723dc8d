//! Verbs of change: the words that tell a figure or a count rose or fell ("rose",
//! "fell", "a grimpé", "ist gestiegen", "han bajado", "è salito", "subiu", "opgelopen"),
//! by direction and language, in one table ([`CHANGE_VERBS`]). Read by the number flags
//! (a toll told as risen, the subject and level of a change: `flags/numbers`), the
//! figures of a change (`flags/figures/changes.rs`, English forms with its other words of
//! a change: "went up", "was cut") and checked against the outcome pair "rose" / "fell"
//! (`outcome/english.rs`). Lower case, as tokens are normalised.

/// Which way a verb of change moves its figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(in crate::matcher) enum Direction {
    /// Rose: "rose", "climbed", "stieg", "subió".
    Up,
    /// Fell: "fell", "dropped", "sank", "bajó".
    Down,
    /// Moved to a figure either way: French "est passé à".
    Either,
}

use super::cardinals::{language_bits, DE, EN, ES, FR, IT, NL, PT};
use crate::matcher::language::Language;
use Direction::{Down, Either, Up};

/// The languages of an entry, one bit each (the lexicon's, `cardinals::EN` ...).
type Languages = u8;

/// The verbs of change: the word, its direction, its languages. English has every form
/// ("rise", "rises", "rising", "rose", "risen"); the other languages the past forms
/// news tell a change with ("a augmenté", "ist gestiegen", "subió", "è salito", "subiu").
/// Verbs that change a figure as an object ("raised", "cut", "doubled", "revised") and
/// the words of "went up" are the figures' own (`flags/figures/changes.rs`).
static CHANGE_VERBS: &[(&str, Direction, Languages)] = &[
    // English, up.
    ("rise", Up, EN),
    ("rises", Up, EN),
    ("rising", Up, EN),
    ("rose", Up, EN),
    ("risen", Up, EN),
    ("increase", Up, EN),
    ("increases", Up, EN),
    ("increasing", Up, EN),
    ("increased", Up, EN),
    ("jump", Up, EN),
    ("jumps", Up, EN),
    ("jumping", Up, EN),
    ("jumped", Up, EN),
    ("climb", Up, EN),
    ("climbs", Up, EN),
    ("climbing", Up, EN),
    ("climbed", Up, EN),
    ("grow", Up, EN),
    ("grows", Up, EN),
    ("growing", Up, EN),
    ("grew", Up, EN),
    ("grown", Up, EN),
    ("soared", Up, EN),
    ("soaring", Up, EN),
    ("surged", Up, EN),
    ("surging", Up, EN),
    ("swelled", Up, EN),
    ("swollen", Up, EN),
    ("leapt", Up, EN),
    ("leaped", Up, EN),
    ("spiked", Up, EN),
    ("mounted", Up, EN),
    ("gained", Up, EN),
    // English, down.
    ("fall", Down, EN),
    ("falls", Down, EN),
    ("falling", Down, EN),
    ("fell", Down, EN),
    ("fallen", Down, EN),
    ("decrease", Down, EN),
    ("decreases", Down, EN),
    ("decreasing", Down, EN),
    ("decreased", Down, EN),
    ("drop", Down, EN),
    ("drops", Down, EN),
    ("dropping", Down, EN),
    ("dropped", Down, EN),
    ("decline", Down, EN),
    ("declines", Down, EN),
    ("declining", Down, EN),
    ("declined", Down, EN),
    ("plunged", Down, EN),
    ("plunging", Down, EN),
    ("plummeted", Down, EN),
    ("slipped", Down, EN),
    ("slid", Down, EN),
    ("dipped", Down, EN),
    ("tumbled", Down, EN),
    ("slumped", Down, EN),
    ("sank", Down, EN | DE),
    ("shrank", Down, EN),
    ("shrunk", Down, EN),
    // French.
    ("passé", Either, FR),
    ("passés", Either, FR),
    ("passées", Either, FR),
    ("grimpé", Up, FR),
    ("monté", Up, FR),
    ("augmenté", Up, FR),
    ("progressé", Up, FR),
    ("tombé", Down, FR),
    ("tombés", Down, FR),
    ("tombées", Down, FR),
    ("baissé", Down, FR),
    ("diminué", Down, FR),
    ("reculé", Down, FR),
    ("chuté", Down, FR),
    // German.
    ("stieg", Up, DE),
    ("stiegen", Up, DE),
    ("steigt", Up, DE),
    ("gestiegen", Up, DE),
    ("wuchs", Up, DE),
    ("gewachsen", Up, DE),
    ("gesunken", Down, DE),
    ("fiel", Down, DE),
    ("fielen", Down, DE),
    ("gefallen", Down, DE),
    // Spanish.
    ("subió", Up, ES),
    ("subido", Up, ES),
    ("subieron", Up, ES),
    ("aumentó", Up, ES),
    ("aumentado", Up, ES | PT),
    ("aumentaron", Up, ES),
    ("ascendido", Up, ES),
    ("ascendió", Up, ES),
    ("creció", Up, ES),
    ("crecieron", Up, ES),
    ("avanzó", Up, ES),
    ("bajado", Down, ES),
    ("bajó", Down, ES),
    ("bajaron", Down, ES),
    ("disminuido", Down, ES),
    ("disminuyó", Down, ES),
    ("disminuyeron", Down, ES),
    ("descendido", Down, ES),
    ("caído", Down, ES | PT),
    ("cayó", Down, ES),
    ("cayeron", Down, ES),
    ("retrocedió", Down, ES),
    // Italian.
    ("salito", Up, IT),
    ("salita", Up, IT),
    ("saliti", Up, IT),
    ("salite", Up, IT),
    ("aumentato", Up, IT),
    ("aumentati", Up, IT),
    ("aumentate", Up, IT),
    ("cresciuto", Up, IT),
    ("cresciuti", Up, IT),
    ("cresciuta", Up, IT),
    ("sceso", Down, IT),
    ("scesi", Down, IT),
    ("scese", Down, IT),
    ("diminuito", Down, IT),
    ("diminuiti", Down, IT),
    ("calato", Down, IT),
    ("calati", Down, IT),
    // Portuguese.
    ("subiu", Up, PT),
    ("subiram", Up, PT),
    ("aumentaram", Up, PT),
    ("cresceu", Up, PT),
    ("cresceram", Up, PT),
    ("caiu", Down, PT),
    ("caíram", Down, PT),
    ("diminuiu", Down, PT),
    ("recuou", Down, PT),
    // Dutch.
    ("gestegen", Up, NL),
    ("opgelopen", Up, NL),
];

/// The direction of `word` (lower case) as a verb of change ([`CHANGE_VERBS`]) of
/// `language`, or of any language when it is not told; `None` for any other word. Looked up in a map built
/// once, as number words are (`cardinals::number_word`): it is asked of many tokens.
pub(in crate::matcher) fn change_verb(word: &str, language: Option<Language>) -> Option<Direction> {
    use super::first_bytes::{first_bytes_of, may_start, FirstBytes};
    use crate::matcher::text::FxMap;
    use std::sync::OnceLock;
    type Map = FxMap<&'static str, (Direction, Languages)>;
    static MAP: OnceLock<(Map, FirstBytes)> = OnceLock::new();
    let (map, starts) = MAP.get_or_init(|| {
        let map = CHANGE_VERBS.iter().map(|&(w, d, l)| (w, (d, l))).collect();
        (map, first_bytes_of(CHANGE_VERBS.iter().map(|c| c.0)))
    });
    if !may_start(starts, *word.as_bytes().first()?) {
        return None;
    }
    let bits = language_bits(language);
    map.get(word)
        .filter(|&&(_, l)| l & bits != 0)
        .map(|&(d, _)| d)
}

/// Whether `word` (lower case) tells a figure rose, or moved to a figure ("est passé à"),
/// in any language ([`change_verb`]): a toll told as risen ("has risen to", "stieg auf").
pub(in crate::matcher) fn risen(word: &str) -> bool {
    matches!(change_verb(word, None), Some(Up | Either))
}

/// Whether `word` (lower case) is a verb of change of any language and direction.
pub(in crate::matcher) fn changed(word: &str) -> bool {
    change_verb(word, None).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    const EN: Option<Language> = Some(Language::English);

    #[test]
    fn each_word_is_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for (w, _, _) in CHANGE_VERBS {
            assert!(seen.insert(w), "{w} is listed twice");
            assert_eq!(w.to_lowercase(), *w, "{w} is not lower case");
        }
    }

    #[test]
    fn verbs_are_read_by_direction_and_language() {
        assert_eq!(change_verb("rose", EN), Some(Direction::Up));
        assert_eq!(change_verb("fell", EN), Some(Direction::Down));
        assert_eq!(change_verb("sank", EN), Some(Direction::Down));
        // A verb of another language is no English one.
        assert_eq!(change_verb("stieg", EN), None);
        assert_eq!(change_verb("stieg", None), Some(Direction::Up));
        assert_eq!(change_verb("passé", None), Some(Direction::Either));
        assert_eq!(change_verb("police", None), None);
        assert_eq!(change_verb("", None), None);
        assert!(risen("passé") && risen("gestiegen") && !risen("gesunken"));
        assert!(changed("gesunken") && changed("bajó") && !changed("reached"));
    }
}
