//! The synonym resource of the whole-article alignment (issue 8, cause 5: "same fact, no
//! shared words"): classes of news-event words ([`SYNONYMS`]) and multi-word phrases folded
//! into them ([`PHRASES`]); a sentence's classes are a bit set that `align_features`
//! compares (`synonym_classes`) and `rare_shared` reads as event words.

use crate::matcher::lexicon::first_bytes::first_byte;

/// A small synonym resource: classes of words news reports use for the same kind of event
/// or participant ("killed" / "slain" / "died", "quake" / "tremor", "fire brigade" /
/// "firefighters"), and the ways of writing one unit of speed ("km/h" / "kph"), so two
/// sentences that report one fact in other words still share something. Lower-case surface
/// forms. The toll and condition bits (`tolls.rs`, `outcome/condition.rs`) follow the
/// classes' bits, so the classes and those three fit in [`Classes`] (64 bits).
///
/// The classes of counted nouns ([`NOUN_GROUPS`]: homes, workers, jobs, residents,
/// firefighters, soldiers, rescuers) are the number flag's groups too
/// (`flags/numbers/nouns.rs`): "23 homes" / "31 houses" is one count told two ways for
/// the flag and a shared class for the ranking.
///
/// The classes are the words read within one language of the one table of meaning groups
/// (`lexicon/meanings.rs`: `Meaning::same`, class k the k-th group that has them), which
/// holds the words read across languages too.
pub const SYNONYMS: &[&[&str]] = &crate::matcher::lexicon::meanings::SAME;

/// A sentence's classes: bit k for class k of [`SYNONYMS`], then the toll bits
/// (`tolls.rs`) and the condition bit (`outcome::CONDITION`). Copy and one word wide, as
/// it is read for every compared pair.
pub type Classes = u64;

/// Index of the class of homes in [`SYNONYMS`] (a counted noun).
pub(crate) const HOMES: u8 = 29;
/// Index of the class of workers in [`SYNONYMS`] (a counted noun of people).
pub(crate) const WORKERS: u8 = 30;
/// Index of the class of jobs in [`SYNONYMS`] (a counted noun).
const JOBS: u8 = 31;
/// Index of the class of residents in [`SYNONYMS`] (a counted noun of people).
pub(crate) const RESIDENTS: u8 = 32;
/// Index of the class of soldiers in [`SYNONYMS`] (a counted noun of people).
const SOLDIERS: u8 = 33;
/// Index of the class of rescuers in [`SYNONYMS`] (a counted noun of people).
const RESCUERS: u8 = 34;

/// The classes of [`SYNONYMS`] that are counted nouns: the number flag's groups of one
/// thing under two nouns (`flags/numbers/nouns.rs`, keyed by the class's first word), in
/// the order the flag reads them (a word of two groups is read in the first).
pub(crate) const NOUN_GROUPS: &[u8] = &[
    WORKERS,
    JOBS,
    SOLDIERS,
    RESCUERS,
    HOMES,
    FIREFIGHTERS,
    RESIDENTS,
];

/// The bits of [`NOUN_GROUPS`] in [`Classes`].
pub(crate) const NOUN_GROUP_CLASSES: Classes = {
    let mut bits: Classes = 0;
    let mut i = 0;
    while i < NOUN_GROUPS.len() {
        bits |= 1 << NOUN_GROUPS[i];
        i += 1;
    }
    bits
};

/// The classes of [`SYNONYMS`] the number flag reads ([`NOUN_GROUPS`]) and the ranking
/// does not ([`classes`] leaves them out): soldiers and rescuers are the topic of a whole
/// story more than one fact's words. In the ranking, the class of soldiers moved 32
/// sentence pairs of the samples' story (24 of them no link) and the leave-one-out ECE
/// from 0.072 to 0.089 (session 34).
const FLAG_ONLY: Classes = (1 << SOLDIERS) | (1 << RESCUERS);

/// The classes of counted nouns new to the ranking in session 35 (homes, workers, jobs,
/// residents): a pair shares one only when both sentences count its thing ("23 homes" /
/// "31 houses"; `align::counted_classes`). A noun of them alone is the topic of a story
/// more than a fact ("a former employee" / "some employees gathered": 7 sentence pairs of
/// a different-event article pair, which lowered the samples' AP from 0.823 to 0.820 and
/// the development pairs' mean AP from 0.633 to 0.632).
pub(crate) const COUNTED_ONLY: Classes =
    (1 << HOMES) | (1 << WORKERS) | (1 << JOBS) | (1 << RESIDENTS);

/// The classes of [`SYNONYMS`] that name no event (a participant, a place, a unit or a
/// thing: police, hospital, car, rehab, spouse, actor, firefighters, speed, a site and the
/// counted nouns): `align::EVENT_CLASSES` is the others.
pub(crate) const NOT_EVENTS: Classes = (1 << 7)
    | (1 << 8)
    | (1 << 11)
    | (1 << 12)
    | (1 << 20)
    | (1 << 21)
    | (1 << FIREFIGHTERS)
    | (1 << SPEED)
    | (1 << SITE)
    | (1 << HOMES)
    | (1 << WORKERS)
    | (1 << JOBS)
    | (1 << RESIDENTS)
    | (1 << SOLDIERS)
    | (1 << RESCUERS);

/// Index of the death class in [`SYNONYMS`].
const DIE: u8 = 0;
/// Index of the arrest class in [`SYNONYMS`].
const ARREST: u8 = 2;
/// Index of the prison class in [`SYNONYMS`].
const PRISON: u8 = 9;
/// Index of the flight class in [`SYNONYMS`] ("fled", "escaped").
const FLEE: u8 = 14;
/// Index of the resignation class in [`SYNONYMS`].
const RESIGN: u8 = 18;
/// Index of the drink-driving class in [`SYNONYMS`].
const DUI: u8 = 22;
/// Index of the firefighters class in [`SYNONYMS`].
pub(crate) const FIREFIGHTERS: u8 = 24;
/// Index of the speed-unit class in [`SYNONYMS`].
pub(crate) const SPEED: u8 = 26;
/// Index of the class of sites (plant, factory) in [`SYNONYMS`]: participants, no event.
pub(crate) const SITE: u8 = 28;
/// Index of the class of a blackout (a power cut, an outage) in [`SYNONYMS`].
const BLACKOUT: u8 = 35;

/// Multi-word phrases of general news wording that say what one word of a [`SYNONYMS`]
/// class says ("passed away" = "died", "behind bars" = "in prison", "sped off" = "fled"),
/// as runs of lower-case token norms (stop words included; punctuation is not a token) and
/// the class they fold into. A sentence holding the run has the class, as if it held the
/// word: issue 8's "same fact, no shared words".
pub const PHRASES: &[(&[&str], u8)] = &[
    (&["passed", "away"], DIE),
    (&["pass", "away"], DIE),
    (&["passes", "away"], DIE),
    (&["passing", "away"], DIE),
    (&["lost", "his", "life"], DIE),
    (&["lost", "her", "life"], DIE),
    (&["lost", "their", "lives"], DIE),
    (&["taken", "into", "custody"], ARREST),
    (&["turned", "himself", "in"], ARREST),
    (&["turned", "herself", "in"], ARREST),
    (&["gave", "himself", "up"], ARREST),
    (&["gave", "herself", "up"], ARREST),
    (&["behind", "bars"], PRISON),
    (&["ran", "away"], FLEE),
    (&["ran", "off"], FLEE),
    (&["sped", "off"], FLEE),
    (&["sped", "away"], FLEE),
    (&["drove", "off"], FLEE),
    (&["drove", "away"], FLEE),
    (&["on", "the", "run"], FLEE),
    // "at large" of a person only ("the public at large" is no flight).
    (&["remains", "at", "large"], FLEE),
    (&["remain", "at", "large"], FLEE),
    (&["remained", "at", "large"], FLEE),
    (&["still", "at", "large"], FLEE),
    (&["is", "at", "large"], FLEE),
    (&["are", "at", "large"], FLEE),
    (&["was", "at", "large"], FLEE),
    (&["were", "at", "large"], FLEE),
    (&["on", "the", "loose"], FLEE),
    (&["en", "fuite"], FLEE),
    (&["in", "fuga"], FLEE),
    (&["auf", "der", "flucht"], FLEE),
    (&["stepped", "down"], RESIGN),
    (&["step", "down"], RESIGN),
    (&["stepping", "down"], RESIGN),
    (&["under", "the", "influence"], DUI),
    (&["drink", "driving"], DUI),
    (&["fire", "brigade"], FIREFIGHTERS),
    (&["fire", "brigades"], FIREFIGHTERS),
    (&["fire", "service"], FIREFIGHTERS),
    (&["fire", "crews"], FIREFIGHTERS),
    (&["fire", "department"], FIREFIGHTERS),
    // A power cut told in two words or more (trial 53 F8: "The blackout was the largest
    // ..." / "The power cut was the worst ...").
    (&["power", "cut"], BLACKOUT),
    (&["power", "cuts"], BLACKOUT),
    (&["power", "failure"], BLACKOUT),
    (&["power", "failures"], BLACKOUT),
    (&["panne", "de", "courant"], BLACKOUT),
    (&["coupure", "de", "courant"], BLACKOUT),
    (&["coupures", "de", "courant"], BLACKOUT),
    (&["corte", "de", "luz"], BLACKOUT),
    (&["cortes", "de", "luz"], BLACKOUT),
    (&["interruzione", "di", "corrente"], BLACKOUT),
    (&["km", "h"], SPEED),
    (&["kilometres", "per", "hour"], SPEED),
    (&["kilometers", "per", "hour"], SPEED),
    (&["kilometres", "an", "hour"], SPEED),
    (&["kilometers", "an", "hour"], SPEED),
    (&["miles", "per", "hour"], SPEED),
    (&["miles", "an", "hour"], SPEED),
    // A company's staff told by its verb (trial 36 F19.7: "Verhoef employs 220 people" /
    // "The company has about 250 employees"): one word, for the ranking only (the number
    // flag's groups read the words of [`SYNONYMS`]).
    (&["employs"], WORKERS),
    (&["employ"], WORKERS),
    (&["employing"], WORKERS),
    (&["emploie"], WORKERS),
    (&["emploient"], WORKERS),
    (&["emplea"], WORKERS),
    (&["emplean"], WORKERS),
    (&["impiega"], WORKERS),
    (&["emprega"], WORKERS),
    (&["empregam"], WORKERS),
];

/// The [`SYNONYMS`] classes that [`PHRASES`] among `tokens` fold into and the toll
/// classes of a count of the dead or the injured (`tolls.rs`), as a bit set (0 for a
/// single token, so a sentence's classes are the OR of its tokens' and these). The class
/// of a patient's condition ("in serious condition", "not life-threatening") needs the
/// text's clause punctuation: `Prepared` adds it (`outcome/condition.rs`).
pub(crate) fn phrase_classes(tokens: &[crate::matcher::text::Token]) -> Classes {
    let mut bits = super::tolls::toll_classes(tokens);
    let by_byte = phrases_by_first_byte();
    for i in 0..tokens.len() {
        let rest = &tokens[i..];
        // Speed only: only the phrases whose first word begins with the token's first
        // byte are compared (most tokens begin none).
        for &(run, class) in &by_byte[usize::from(first_byte(&rest[0]))] {
            if crate::matcher::text::phrase_at(rest, 0, run) {
                bits |= 1 << class;
            }
        }
    }
    bits
}

/// One of [`PHRASES`]: its run of norms and its class.
type Phrase = (&'static [&'static str], u8);

/// [`PHRASES`] by the first byte of their first word (0 for an empty word, as
/// `first_byte` gives for an empty token), so that [`phrase_classes`] compares a token
/// only with the few phrases that may begin with it.
fn phrases_by_first_byte() -> &'static [Vec<Phrase>] {
    static BY_BYTE: std::sync::OnceLock<Vec<Vec<Phrase>>> = std::sync::OnceLock::new();
    BY_BYTE.get_or_init(|| {
        let mut by_byte = vec![Vec::new(); 256];
        for &(run, class) in PHRASES {
            let b = run.first().and_then(|w| w.as_bytes().first()).copied();
            by_byte[usize::from(b.unwrap_or(0))].push((run, class));
        }
        by_byte
    })
}

/// The [`SYNONYMS`] classes among `tokens`, with those of [`phrase_classes`], as a bit set.
pub(crate) fn classes(tokens: &[crate::matcher::text::Token]) -> Classes {
    use crate::matcher::text::FxMap;
    use std::sync::OnceLock;
    static MAP: OnceLock<FxMap<&'static str, Classes>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut m: FxMap<&'static str, Classes> = FxMap::default();
        let read = SYNONYMS.iter().enumerate();
        for (k, words) in read.filter(|&(k, _)| FLAG_ONLY & (1 << k) == 0) {
            for w in words.iter() {
                *m.entry(w).or_insert(0) |= 1 << k;
            }
        }
        m
    });
    tokens
        .iter()
        .filter_map(|t| map.get(t.norm.as_str()))
        .fold(0, |a, &b| a | b)
        | phrase_classes(tokens)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::text;

    /// Portuguese and Dutch words of a fire, its firefighters and its dead fall in the
    /// classes of their English words (trial 36 F2: "os incêndios … provocaram 66 mortos"
    /// / "os fogos … mataram 66 pessoas"), and a sentence of none of them has none.
    #[test]
    fn portuguese_and_dutch_words_share_the_english_classes() {
        let stemmer = text::stemmer();
        let of = |s: &str| classes(&text::tokenize(s, &stemmer));
        let en = of("Firefighters fought the blaze, which killed two people.");
        for s in [
            "Os bombeiros combatiam o fogo, que matou duas pessoas.",
            "Mais de 900 operacionais combatiam os incêndios, que provocaram dois mortos.",
            "De brandweer bestreed de brand, waarbij twee mensen zijn omgekomen.",
        ] {
            let bits = of(s);
            for class in [DIE, FIREFIGHTERS] {
                assert_ne!(bits & (1 << class), 0, "{s}: class {class}");
                assert_ne!(en & (1 << class), 0, "{class}");
            }
        }
        assert_eq!(of("A câmara aprovou o orçamento para o próximo ano."), 0);
        assert_eq!(
            of("De gemeente keurde de begroting voor volgend jaar goed."),
            0
        );
    }

    /// Counts told with other nouns of one thing share the class of their nouns in the
    /// seven languages (trial 36 F1, F2, F19.7), each noun in one counted-noun class only
    /// (the number flag keys a group by its class), and the classes the ranking leaves to
    /// the flag ([`FLAG_ONLY`]: soldiers) are no class of a sentence.
    #[test]
    fn nouns_of_one_counted_thing_share_one_class_in_seven_languages() {
        let stemmer = text::stemmer();
        let of = |s: &str| classes(&text::tokenize(s, &stemmer));
        for (class, a, b) in [
            (
                HOMES,
                "At least 23 homes burned.",
                "At least 31 houses burned.",
            ),
            (HOMES, "Pelo menos 23 casas.", "Pelo menos 31 habitações."),
            (HOMES, "1 200 maisons.", "1 500 habitations."),
            (HOMES, "1200 Häuser.", "1500 Wohnungen."),
            (HOMES, "220 woningen.", "250 huizen."),
            (
                WORKERS,
                "Het bedrijf heeft 220 medewerkers.",
                "Verhoef heeft 250 werknemers.",
            ),
            (
                WORKERS,
                "Verhoef employs 220 people.",
                "The company has 250 employees.",
            ),
            (WORKERS, "1100 Beschäftigte.", "1200 Mitarbeiter."),
            (WORKERS, "220 funcionários.", "250 trabalhadores."),
            (FIREFIGHTERS, "900 operacionais.", "700 bombeiros."),
            (FIREFIGHTERS, "900 pompiers.", "700 Feuerwehrleute."),
            (FIREFIGHTERS, "Los bomberos.", "De brandweerlieden."),
            (RESIDENTS, "1100 moradores.", "1100 inwoners."),
        ] {
            let bit: Classes = 1 << class;
            assert_ne!(of(a) & bit, 0, "{a}");
            assert_ne!(of(b) & bit, 0, "{b}");
        }
        assert_eq!(
            of("Verhoef recalled mackerel in 2019.") & NOUN_GROUP_CLASSES,
            0
        );
        assert_eq!(of("Twelve soldiers and 30 troops were there."), 0);
        for (i, &c) in NOUN_GROUPS.iter().enumerate() {
            for w in SYNONYMS[usize::from(c)] {
                let others = NOUN_GROUPS[i + 1..].iter();
                let twice = others.filter(|&&d| SYNONYMS[usize::from(d)].contains(w));
                assert_eq!(twice.count(), 0, "{w}");
            }
        }
    }

    /// The phrases by first byte in [`phrase_classes`] find every phrase a scan of [`PHRASES`]
    /// at every token finds, and no other: each phrase inside a sentence, and sentences
    /// holding none.
    #[test]
    fn phrases_are_found_past_the_first_byte_skip() {
        let stemmer = text::stemmer();
        let scan = |tokens: &[text::Token]| {
            let mut bits = super::super::tolls::toll_classes(tokens);
            for i in 0..tokens.len() {
                for (run, class) in PHRASES {
                    let rest = &tokens[i..];
                    if crate::matcher::text::phrase_at(rest, 0, run) {
                        bits |= 1 << class;
                    }
                }
            }
            bits
        };
        for (run, class) in PHRASES {
            let s = format!("Yesterday the man {} in Paris.", run.join(" "));
            let tokens = text::tokenize(&s, &stemmer);
            let bits = phrase_classes(&tokens);
            assert_ne!(bits & (1 << class), 0, "{s}");
            assert_eq!(bits, scan(&tokens), "{s}");
        }
        for s in [
            "",
            "Nothing here.",
            "Zwölf Menschen starben.",
            "The toll rose to 71.",
        ] {
            let tokens = text::tokenize(s, &stemmer);
            assert_eq!(phrase_classes(&tokens), scan(&tokens), "{s}");
        }
    }

    /// Trial 44: an escapee still at large and escapees caught again share the class of an
    /// escape, in the languages of the outcome flag's two sides; "at large" of no person
    /// ("the public at large") has none.
    #[test]
    fn at_large_and_recaptured_share_the_class_of_an_escape() {
        let stemmer = text::stemmer();
        let flee = |s: &str| classes(&text::tokenize(s, &stemmer)) & (1 << FLEE) != 0;
        for s in [
            "Hood remains at large.",
            "Both men were recaptured.",
            "Two inmates escaped from the jail.",
            "Les deux détenus sont toujours en fuite.",
            "Die beiden Häftlinge sind weiter auf der Flucht.",
            "Los dos reos fueron recapturados el jueves.",
            "I due detenuti sono stati ricatturati giovedì.",
        ] {
            assert!(flee(s), "{s}");
        }
        for s in [
            "The decision worries the public at large.",
            "Both men were arrested on Thursday.",
        ] {
            assert!(!flee(s), "{s}");
        }
    }

    /// Trial 53 F8: a blackout, a power cut and an outage are one class in the seven
    /// languages ("The blackout was the largest ..." / "The power cut was the worst ...");
    /// the power alone, a cut of another thing or a plant's failure is none.
    #[test]
    fn a_blackout_and_a_power_cut_share_one_class() {
        assert_eq!(SYNONYMS[usize::from(BLACKOUT)][0], "blackout");
        let stemmer = text::stemmer();
        let cut = |s: &str| classes(&text::tokenize(s, &stemmer)) & (1 << BLACKOUT) != 0;
        for s in [
            "The blackout was the largest in the city in two decades.",
            "The power cut was the worst in the city in twenty years.",
            "It was the largest outage in the city in more than two decades.",
            "Power cuts hit the east of the city.",
            "Das war der größte Stromausfall in der Stadt.",
            "Une panne de courant a touché Berlin.",
            "Un apagón dejó sin luz a Berlín.",
            "Un corte de luz afectó a la ciudad.",
            "Een stroomstoring trof de stad.",
        ] {
            assert!(cut(s), "{s}");
        }
        for s in [
            "Power was restored district by district.",
            "The company cut 300 jobs.",
            "A fire broke out at the power plant.",
            "The pump failure caused the flood.",
        ] {
            assert!(!cut(s), "{s}");
        }
    }
}
