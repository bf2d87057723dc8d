//! Closed-class synonyms: indefinite and negative pronouns that say one thing in two
//! words ("no one" / "nobody", "everyone" / "everybody", "someone" / "somebody") and their
//! words in French, Spanish, Italian, Portuguese, German and Dutch. Each word of a group
//! gets the group's stem (`text::finish`), so a quotation told with the other word still
//! shares it (trial 38 F5: "No one will be left behind" / "Nobody will be left behind"
//! shared only "left" and scored 17 %). "no one" is two tokens: its "no" takes the stem
//! (`text::tokenize_chars`), as does French "personne" before "ne" / "n'" ("Personne ne
//! sera oublié"; "une personne" is a person).

/// The groups: (stem key, lower-case forms). The key is no word any stemmer gives, so a
/// group shares its stem with nothing else.
const GROUPS: &[(&str, &[&str])] = &[
    (
        "~nobody",
        &[
            "nobody", "no-one", "noone", "nadie", "niemand", "nessuno", "ninguém", "ninguem",
        ],
    ),
    (
        "~everyone",
        &["everyone", "everybody", "iedereen", "jedermann"],
    ),
    (
        "~someone",
        &[
            "someone",
            "somebody",
            "alguien",
            "alguém",
            "jemand",
            "iemand",
            "qualcuno",
            "quelqu'un",
        ],
    ),
    ("~anyone", &["anyone", "anybody"]),
];

/// The stem key of the group of closed-class synonyms `norm` (lower case) belongs to.
pub(in crate::matcher) fn pronoun_key(norm: &str) -> Option<&'static str> {
    // Every form is ASCII-lettered or starts with one of these bytes; most words are not.
    let first = *norm.as_bytes().first()?;
    if !matches!(
        first,
        b'a' | b'c' | b'e' | b'i' | b'j' | b'n' | b'q' | b'r' | b's'
    ) {
        return None;
    }
    GROUPS
        .iter()
        .find(|(_, forms)| forms.contains(&norm))
        .map(|&(key, _)| key)
}

/// The stem key of "nobody", which "no one" and a French "personne ... ne" take.
pub(in crate::matcher) const NOBODY: &str = "~nobody";

/// Whether `stem` is the stem of a group of closed-class synonyms (the hash of its key,
/// as `text::finish` gives it).
pub(in crate::matcher) fn is_grouped(stem: u64) -> bool {
    static STEMS: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    let stems = STEMS.get_or_init(|| {
        GROUPS
            .iter()
            .map(|(key, _)| crate::matcher::text::hash_str(key))
            .collect()
    });
    stems.contains(&stem)
}
