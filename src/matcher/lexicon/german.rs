//! German words the matcher reads as one: words news reports use for one thing
//! ("Stellen" / "Arbeitsplätze" / "Jobs", "abbauen" / "streichen", "Werk" / "Fabrik"),
//! the heads of compounds that name it ("Stellen*streichungen*", "Auto*zulieferer*"),
//! and separable verbs, whose particle stands at the clause's end ("Der Betriebsrat
//! *kündigte* Widerstand *an*", "Veltra *baut* 4500 Jobs *ab*"): the verb and its
//! particle are one word ([`separable_key`]). Read by the tokeniser (`text.rs`: a token's
//! stem) so that two German reports of one fact in other words share them, as English
//! ones share "cut" and "jobs". Lower case, as tokens are normalised (a word that is
//! one of these only as a noun, "Stellen", is listed with its capital).

/// Classes of German words for one thing, each with the key its words' stem is the hash
/// of: the English stem of the thing ("job", "cut"), so that the German words keep the
/// stem the English Snowball stemmer gives "Jobs" already. A form with a capital is read
/// only when written with one (a noun: "Stellen", not the verb "stellen"); a form
/// starting with `-` is a compound's head, read at the end of a longer word (at least
/// [`MIN_MODIFIER`] letters before it: "Stellen-streichungen", "Auto-zulieferer"; not
/// heads that end other words often, "Werk" of "Feuerwerk", "Stellen" of "Baustellen").
pub(in crate::matcher) const SAME: &[(&str, &[&str])] = &[
    // Jobs, posts: "4500 Stellen" / "4500 Arbeitsplätze" / "4500 Jobs".
    (
        "job",
        &[
            "Stelle",
            "Stellen",
            "arbeitsplatz",
            "arbeitsplätze",
            "arbeitsplätzen",
            "arbeitsplatzes",
            "jobs",
            "-arbeitsplätze",
        ],
    ),
    // Cutting jobs: "Stellen abbauen" / "Arbeitsplätze streichen", "Stellenabbau",
    // "Stellenstreichungen", "Einschnitte" (the separable "baut … ab", "fallen … weg":
    // `SEPARABLE`).
    (
        "cut",
        &[
            "abbauen",
            "abgebaut",
            "abbau",
            "streichen",
            "streicht",
            "strich",
            "strichen",
            "gestrichen",
            "streichung",
            "streichungen",
            "einschnitt",
            "einschnitte",
            "einschnitten",
            "wegfallen",
            "weggefallen",
            "-abbau",
            "-streichung",
            "-streichungen",
        ],
    ),
    // A plant, a factory, a site.
    (
        "plant",
        &[
            "werk",
            "werke",
            "werks",
            "werkes",
            "fabrik",
            "fabriken",
            "standort",
            "standorte",
            "standorts",
            "standortes",
            "-fabrik",
            "-fabriken",
        ],
    ),
    // Closing a plant: "schließen" / "geschlossen" / "stilllegen" ("schloss" is a
    // castle too, and "schloss … aus" rules out: `SEPARABLE`).
    (
        "close",
        &[
            "schließen",
            "schließt",
            "geschlossen",
            "schließung",
            "stilllegen",
            "stillgelegt",
            "stilllegung",
        ],
    ),
    // Selling: "verkaufen" / "verkauft" / "Verkauf".
    (
        "sell",
        &[
            "verkaufen",
            "verkauft",
            "verkaufte",
            "verkauf",
            "veräußern",
            "veräußert",
            "veräußerung",
        ],
    ),
    // Staff: "1200 Beschäftigte" / "1200 Mitarbeiter".
    (
        "employe",
        &[
            "beschäftigte",
            "beschäftigten",
            "mitarbeiter",
            "mitarbeiterinnen",
            "mitarbeitern",
            "angestellte",
            "angestellten",
            "-beschäftigte",
            "-beschäftigten",
            "-mitarbeiter",
        ],
    ),
    // Recognised: "anerkannt", "anerkennen" (the separable "erkannte … an",
    // "anzuerkennen": `SEPARABLE`).
    (
        "recogn",
        &[
            "anerkannt",
            "anerkannte",
            "anerkannten",
            "anerkennen",
            "anerkennt",
        ],
    ),
    // Ruled out: "ausschließen" (the separable "schloss … aus", "ausgeschlossen":
    // `SEPARABLE`).
    ("exclud", &["ausschließen", "ausschließt"]),
    // A supplier: "Der Autozulieferer" / "Der Zulieferer".
    (
        "zulieferer",
        &["zulieferers", "-zulieferer", "-zulieferers"],
    ),
    // A strike: "Warnstreik" / "Streik".
    (
        "strike",
        &[
            "streik",
            "streiks",
            "streikt",
            "streikten",
            "gestreikt",
            "-streik",
            "-streiks",
        ],
    ),
];

/// The fewest letters a compound's modifier has before a head of [`SAME`] ("Auto-").
pub(in crate::matcher) const MIN_MODIFIER: usize = 3;

/// Separable verbs whose particle stands at the clause's end, read as one word: the
/// particle, the stems of the verb's forms ([`verb_stem`]: "kündig" of "kündigte",
/// "kündigten", "kündigt"), and the key of [`SAME`] it joins, if any ("baut … ab" is
/// "abbauen", a cut). A separable verb not listed is still one word of its own
/// ([`separable_key`]).
pub(in crate::matcher) const SEPARABLE: &[(&str, &[&str], &str)] = &[
    ("ab", &["bau"], "cut"),
    ("weg", &["fall", "fäll", "fiel"], "cut"),
    // "erkannte … an" / "anzuerkennen" / "anerkannt": recognised (the stem changes).
    ("an", &["erkann", "erkenn"], "recogn"),
    // "schloss … aus" / "ausgeschlossen": ruled out, as "exclude".
    (
        "aus",
        &["schloss", "schloß", "schließ", "schlöss"],
        "exclud",
    ),
];

/// German articles: a sentence's first word, capitalised there, that is no name's word
/// before a noun ("Der Betriebsrat", "Die Arbeitnehmervertreter": German writes every
/// noun with a capital).
pub(in crate::matcher) const ARTICLES: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines",
];

/// Particles of German separable verbs that stand at the end of a main clause
/// ("kündigte … *an*", "nahmen … *teil*", "gab … *an*", "schloss … nicht *aus*").
pub(in crate::matcher) const PARTICLES: &[&str] = &[
    "ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "frei", "her", "hin", "los", "mit",
    "nach", "statt", "teil", "vor", "weg", "weiter", "zu", "zurück", "zusammen", "bekannt",
];

/// The first letters of [`PARTICLES`] by length in bytes: bit `c - b'a'` of entry `n` is
/// set when a particle of `n` bytes starts with the letter `c`. Every particle is at most
/// [`PARTICLE_MAX`] bytes long and starts with a letter from 'a' to 'z'.
const PARTICLE_FIRSTS: [u32; PARTICLE_MAX + 1] = {
    let mut masks = [0u32; PARTICLE_MAX + 1];
    let mut i = 0;
    while i < PARTICLES.len() {
        let p = PARTICLES[i].as_bytes();
        assert!(p.len() <= PARTICLE_MAX && p[0].is_ascii_lowercase());
        masks[p.len()] |= 1 << (p[0] - b'a');
        i += 1;
    }
    masks
};

/// The longest particle of [`PARTICLES`] in bytes ("zusammen").
const PARTICLE_MAX: usize = 8;

/// Whether `norm` is one of [`PARTICLES`]. Asked of every lower-case token of every
/// sentence, so most words are told apart by their length and first letter alone
/// ([`PARTICLE_FIRSTS`]) before the list is searched.
pub(in crate::matcher) fn is_particle(norm: &str) -> bool {
    could_start(norm.as_bytes(), norm.len()) && PARTICLES.contains(&norm)
}

/// Whether a particle of `len` bytes could start `word` (its length and first letter
/// allow it; [`PARTICLE_FIRSTS`]).
fn could_start(word: &[u8], len: usize) -> bool {
    match (PARTICLE_FIRSTS.get(len), word.first()) {
        (Some(&mask), Some(&c)) if c.is_ascii_lowercase() => mask >> (c - b'a') & 1 == 1,
        _ => false,
    }
}

/// Whether some particle of [`PARTICLES`] could begin `word` with "ge" or "zu" right after
/// it, as a participle or an infinitive with "zu" of a separable verb does
/// ("angekündigt", "abzubauen"): `false` rules that out with a look at a few bytes;
/// `true` leaves the particles to be checked.
pub(in crate::matcher) fn could_be_joined(word: &str) -> bool {
    let b = word.as_bytes();
    (2..=PARTICLE_MAX.min(b.len().saturating_sub(2)))
        .any(|k| matches!((b[k], b[k + 1]), (b'g', b'e') | (b'z', b'u')) && could_start(b, k))
}

/// The stem of a German verb form for [`separable_key`]: the word without the endings of
/// its person and tense ("kündigte", "kündigten", "kündigt" → "kündig"; "nahmen" →
/// "nahm"; "baut" → "bau"), at least three letters kept.
pub(in crate::matcher) fn verb_stem(norm: &str) -> &str {
    for ending in [
        "eten", "ten", "tet", "ete", "te", "en", "et", "st", "t", "e",
    ] {
        if let Some(stem) = norm.strip_suffix(ending) {
            if stem.chars().count() >= 3 {
                return stem;
            }
        }
    }
    norm
}

/// The key whose hash is the stem of a separable verb told apart from its particle
/// ("kündigte" … "an"): the key of [`SEPARABLE`] for a listed verb ("baut … ab": "cut"),
/// else the particle and the verb's stem ([`verb_stem`]), so that "kündigte … an" and
/// "kündigten … an" are one word and "nahm … teil" and "nahm … fest" two.
pub(in crate::matcher) fn separable_key(particle: &str, verb: &str) -> String {
    let stem = verb_stem(verb);
    SEPARABLE
        .iter()
        .find(|(p, stems, _)| *p == particle && stems.contains(&stem))
        .map_or_else(
            || format!("{particle}~{stem}"),
            |(_, _, key)| key.to_string(),
        )
}

/// The key of [`SAME`] the German word `norm` (lower case) belongs to, `capital` telling
/// whether it was written with a capital: a listed form, or a longer word ending in a
/// listed head (`-` forms, after at least [`MIN_MODIFIER`] letters). `None` for other
/// words.
pub(in crate::matcher) fn same_key(norm: &str, capital: bool) -> Option<&'static str> {
    let map = forms();
    if let Some(&(key, needs_capital)) = map.whole.get(norm) {
        return (capital || !needs_capital).then_some(key);
    }
    // Heads, longest first, so that "-streichungen" is tried before a shorter head.
    map.heads.iter().find_map(|&(head, key)| {
        let modifier = norm.strip_suffix(head)?;
        (modifier.chars().count() >= MIN_MODIFIER && !modifier.ends_with('-')).then_some(key)
    })
}

/// The German noun `norm` (lower case) of a dative plural without its case ending:
/// "abflügen" -> "abflüge", "häusern" -> "häuser", "mitteln" -> "mittel" (a final "n"
/// after "e", "er" or "el", at least four letters left), so that "143 Abflüge" and "von
/// 143 Abflügen" count one thing. A noun whose every plural form ends in "-en"
/// ("Menschen", "Frauen") loses its "n" in every case alike. `None` for a word of no such
/// ending.
pub(in crate::matcher) fn dative_plural_base(norm: &str) -> Option<&str> {
    let base = norm.strip_suffix('n')?;
    let ending = base.ends_with('e') || base.ends_with("er") || base.ends_with("el");
    (ending && base.chars().count() >= 4).then_some(base)
}

/// [`SAME`] read once: whole forms (with whether they need a capital) and heads (longest
/// first).
struct Forms {
    whole: std::collections::HashMap<String, (&'static str, bool)>,
    heads: Vec<(&'static str, &'static str)>,
}

/// [`Forms`] of [`SAME`], built once.
fn forms() -> &'static Forms {
    static FORMS: std::sync::OnceLock<Forms> = std::sync::OnceLock::new();
    FORMS.get_or_init(|| {
        let mut whole = std::collections::HashMap::new();
        let mut heads = Vec::new();
        for &(key, words) in SAME {
            whole.insert(key.to_string(), (key, false));
            for &w in words {
                if let Some(head) = w.strip_prefix('-') {
                    heads.push((head, key));
                } else {
                    let capital = w.chars().next().is_some_and(char::is_uppercase);
                    whole.insert(w.to_lowercase(), (key, capital));
                }
            }
        }
        heads.sort_by_key(|&(h, _)| std::cmp::Reverse(h.len()));
        Forms { whole, heads }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_heads_and_capitals() {
        assert_eq!(same_key("stellen", true), Some("job"));
        // The verb "stellen" ("Fragen stellen") is no post.
        assert_eq!(same_key("stellen", false), None);
        assert_eq!(same_key("arbeitsplätze", false), Some("job"));
        assert_eq!(same_key("stellenstreichungen", true), Some("cut"));
        assert_eq!(same_key("autozulieferer", true), Some("zulieferer"));
        assert_eq!(same_key("zulieferer", true), Some("zulieferer"));
        assert_eq!(same_key("warnstreik", true), Some("strike"));
        // A head needs a modifier of three letters: "Abbau" is whole, "Bau" no cut.
        assert_eq!(same_key("bau", true), None);
        // "Werk" has no head form: "Feuerwerk", "Netzwerk", "Handwerk" are no plants;
        // nor "-stellen": "Baustellen", "Haltestellen" are no posts.
        assert_eq!(same_key("feuerwerk", true), None);
        assert_eq!(same_key("baustellen", true), None);
        assert_eq!(same_key("werken", false), None);
        assert_eq!(same_key("haus", true), None);
    }

    #[test]
    fn separable_verbs_are_one_word_across_person_and_number() {
        assert_eq!(
            separable_key("an", "kündigte"),
            separable_key("an", "kündigten")
        );
        assert_eq!(
            separable_key("an", "kündigt"),
            separable_key("an", "kündigte")
        );
        assert_ne!(
            separable_key("teil", "nahmen"),
            separable_key("fest", "nahmen")
        );
        assert_eq!(separable_key("ab", "baut"), "cut");
        assert_eq!(separable_key("weg", "fallen"), "cut");
        assert_eq!(verb_stem("nahm"), "nahm");
    }
}

#[cfg(test)]
mod shared_tests {
    use crate::matcher::lexicon::tests::shared;

    #[test]
    fn german_hedges_and_auxiliaries_are_no_shared_words() {
        // Trial 35: two facts sharing only "Rund" and "wurden".
        let s = shared(
            "Rund 1.200 Häuser wurden zerstört.",
            "Rund 10.000 Menschen wurden evakuiert.",
        );
        assert_eq!(s, Vec::<String>::new());
        // One fact still shares its words.
        let s = shared(
            "Rund 1.200 Häuser wurden zerstört.",
            "Mehr als 1.500 Häuser wurden zerstört.",
        );
        assert!(s.len() >= 2, "{s:?}");
    }

    #[test]
    fn german_words_for_one_thing_are_shared() {
        let s = shared(
            "Der Autozulieferer Veltra will 4500 Stellen abbauen und sein Werk schließen.",
            "Der Zulieferer Veltra will 4500 Arbeitsplätze streichen und die Fabrik schließen.",
        );
        // Veltra, 4500, the posts, the cut, the supplier, the plant, the closing.
        assert!(s.len() >= 7, "{s:?}");
        // Words that only look alike are not: "Baustellen" (building sites) and
        // "Stellen", the verb "stellen" and "Stellen".
        let s = shared(
            "Die Baustellen in Kassel ruhen.",
            "Veltra will 4500 Stellen streichen.",
        );
        assert_eq!(s, Vec::<String>::new());
        let s = shared(
            "Die Gewerkschaft will Forderungen stellen.",
            "Veltra will 4500 Stellen streichen.",
        );
        assert_eq!(s, Vec::<String>::new());
    }
}
