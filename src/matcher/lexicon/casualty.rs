//! The casualty lexicon: the words of seven languages that tell what befell the people of
//! an event (killed, injured, missing, rescued, arrested, evacuated, survived, trapped), one
//! table
//! ([`CASUALTY`]) read by two readers:
//! - the number flags (`flags/numbers/toll.rs`) read the fate a count of people counts
//!   ("14 killed", "Two people died", "killing 12", "trois morts", "45 heridos");
//! - the outcome flags (`outcome.rs`) read the opposite fates of two sentences ("two
//!   killed" / "two injured"), from the sides this file builds ([`forms`]).
//!
//! Each word is a form as the outcome flags read it: a beginning of the lower-case token
//! ("kill" covers killed, killing, kills; "verletz" verletzt, Verletzte, Verletzungen), or
//! a whole word when it ends with `$` ("mort$": not "mortier"). A beginning starts no
//! other English word than its own ("dispers" would be "dispersed": the Italian words are
//! whole). [`Read`] says which reader reads a word: a beginning too wide to tell what a
//! count counts ("death": "the death penalty"; "wound": "three stab wounds") is read by the
//! outcome flags alone ("dead" for them, "dead$" for a count: not "deadly"); a word that is
//! no casualty by itself ("vittime": victims) or one
//! the outcome flags read with its neighbour ("ums" of "ums Leben") by one reader only.

use crate::matcher::language::Language;

/// What befell the people a word tells of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(in crate::matcher) enum Fate {
    /// Killed, dead ("killed", "morts", "Tote", "muertos", "morti").
    Dead = 0,
    /// Injured ("injured", "blessés", "verletzt", "heridos", "feriti").
    Injured = 1,
    /// Missing ("missing", "disparus", "vermisst", "desaparecidos", "dispersi").
    Missing = 2,
    /// Rescued ("rescued", "secourus", "gerettet", "rescatados", "salvati").
    Rescued = 3,
    /// Arrested, detained ("arrested", "interpellés", "festgenommen", "detenidos").
    Arrested = 4,
    /// Evacuated ("evacuated", "évacués", "evakuiert", "evacuados").
    Evacuated = 5,
    /// Survived ("survived", "survivors"): the outcome flags' opposite of the dead.
    Survived = 6,
    /// Trapped ("trapped", "atrapados", "eingeschlossen", "intrappolati"): read by the
    /// number flags alone, so that a count of the trapped is told apart from a count of
    /// the dead or the rescued of one noun ("Three miners are still trapped" / "the bodies
    /// of two miners", "Fourteen miners were trapped" / "Nine miners were rescued": two
    /// states of one noun, no conflict of one count; session 50).
    Trapped = 7,
}

impl Fate {
    /// The fate's bit in a set of fates ([`forms`]).
    pub(in crate::matcher) const fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// Which reader reads a word of [`CASUALTY`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::matcher) enum Read {
    /// Both the number flags and the outcome flags.
    Both,
    /// The number flags alone: what a count of people counts.
    Count,
    /// The outcome flags alone.
    Outcome,
}

/// A word of the casualty lexicon: its form (a beginning, or a whole word ending with
/// `$`), the fate it tells, its language and its readers.
#[derive(Debug, Clone, Copy)]
pub(in crate::matcher) struct Casualty {
    /// The form: a beginning of the lower-case token, or a whole word ending with `$`.
    pub(in crate::matcher) form: &'static str,
    /// What befell the people the word tells of.
    pub(in crate::matcher) fate: Fate,
    /// The word's language.
    pub(in crate::matcher) language: Language,
    /// Which reader reads it.
    pub(in crate::matcher) read: Read,
}

/// The forms of one participle or noun of the dead or the injured in French, German,
/// Spanish, Italian, Portuguese and Dutch that differ only by gender, number or case,
/// lower case, each row under its key: "una persona è morta" / "un morto", "tre sono
/// rimaste ferite" / "tre feriti" tell one fate in one word, as English "dead" and
/// "injured" do, but the English stemmer keeps "morta" and "morto" apart. Trial 44: "Una
/// persona è morta e tre sono rimaste ferite" / "Un morto e tre feriti nell'incidente"
/// shared only "tre" and scored 0.195 (the English pair 0.680). English words are left
/// to the stemmer.
const INFLECTED: &[(&str, &[&str])] = &[
    // Italian, Portuguese, French and Spanish: one key across them.
    (
        "~dead",
        &[
            "morto",
            "morta",
            "morti",
            "morte",
            "mortos",
            "mortas",
            "mort",
            "morts",
            "muerto",
            "muerta",
            "muertos",
            "muertas",
            // The verb "died" told beside "dead" (session 48: "murió" / "muerto", "morreu"
            // / "morto" shared no key, so the toll test's Spanish and Portuguese parallels
            // had two matched words), and "deceased".
            "murió",
            "murieron",
            "morreu",
            "morreram",
            "morì",
            "morirono",
            "falleció",
            "fallecieron",
            "fallecido",
            "fallecida",
            "fallecidos",
            "fallecidas",
            "faleceu",
            "faleceram",
            "falecido",
            "falecida",
            "falecidos",
            "falecidas",
            "deceduto",
            "deceduta",
            "deceduti",
            "decedute",
            "décédé",
            "décédée",
            "décédés",
            "décédées",
        ],
    ),
    (
        "~injured",
        &[
            "ferito",
            "ferita",
            "feriti",
            "ferite",
            "ferido",
            "ferida",
            "feridos",
            "feridas",
            "herido",
            "herida",
            "heridos",
            "heridas",
            "blessé",
            "blessée",
            "blessés",
            "blessées",
        ],
    ),
    (
        "verletzt",
        &["verletzt", "verletzte", "verletzter", "verletzten"],
    ),
    ("tote", &["tote", "toter", "toten"]),
    ("dode", &["dode", "doden"]),
    ("gewond", &["gewond", "gewonde", "gewonden"]),
];

/// The key a word of the dead or the injured shares with its other forms of gender,
/// number or case ([`INFLECTED`]: "morta", "morti" -> "morto"; "heridas" -> "herido"), for
/// the tokeniser's stems; the Romance words of one fate share one key across their
/// languages ("morta", "muerto", "morts"). `None` for any other word (`norm`: lower case).
pub(in crate::matcher) fn inflection_key(norm: &str) -> Option<&'static str> {
    INFLECTED
        .iter()
        .find(|(_, forms)| forms.contains(&norm))
        .map(|&(key, _)| key)
}

/// A row of [`CASUALTY`].
const fn w(form: &'static str, fate: Fate, language: Language, read: Read) -> Casualty {
    Casualty {
        form,
        fate,
        language,
        read,
    }
}

use Fate::{Arrested, Dead, Evacuated, Injured, Missing, Rescued, Survived, Trapped};
use Language::{Dutch, English, French, German, Italian, Portuguese, Spanish};
use Read::{Both, Count, Outcome};

/// The casualty words of English, French, German, Spanish, Portuguese, Italian and Dutch (a
/// `static`: the first-byte lists refer into this one table):
/// the participles and nouns of news reports of a toll ("killed", "dead", "morts",
/// "Verletzte"), the verbs that govern a count ("killing 12", "tuant trois personnes",
/// "mató a cinco", "uccidendo tre persone") and the fates of the people of an event other
/// than death and injury (missing, rescued, arrested, evacuated).
pub(in crate::matcher) static CASUALTY: &[Casualty] = &[
    // English.
    w("kill", Dead, English, Both),
    w("dead", Dead, English, Outcome),
    w("dead$", Dead, English, Count),
    w("died", Dead, English, Both),
    w("dies$", Dead, English, Outcome),
    w("death", Dead, English, Outcome),
    w("deaths$", Dead, English, Count),
    w("fatal", Dead, English, Both),
    w("perish", Dead, English, Both),
    w("injur", Injured, English, Both),
    w("wound", Injured, English, Outcome),
    w("wounded$", Injured, English, Count),
    w("wounding$", Injured, English, Count),
    w("hurt", Injured, English, Both),
    w("hospitalised$", Injured, English, Count),
    // A burn is an injury of a person ("One firefighter suffered minor burns": trial 43
    // m10 y45); the plural noun alone, not "burned" (buildings burn).
    w("burns$", Injured, English, Count),
    w("hospitalized$", Injured, English, Count),
    w("surviv", Survived, English, Outcome),
    w("missing$", Missing, English, Count),
    w("rescued$", Rescued, English, Count),
    // "airlifted 22 of the ship's 23 crew members", "winched up about twenty sailors",
    // fr "ont hélitreuillé une vingtaine de marins" (trial 58).
    w("airlifted$", Rescued, English, Count),
    w("winched$", Rescued, English, Count),
    w("arrested$", Arrested, English, Count),
    w("detained$", Arrested, English, Count),
    w("evacuated$", Evacuated, English, Count),
    // The trapped (session 50): whole words, "trap" begins "trappings" and "trapeze".
    w("trapped$", Trapped, English, Count),
    w("traps$", Trapped, English, Count),
    w("trapping$", Trapped, English, Count),
    // French.
    w("tué", Dead, French, Both),
    w("tuant$", Dead, French, Both),
    w("mort$", Dead, French, Both),
    w("morts$", Dead, French, Both),
    w("morte$", Dead, French, Both),
    w("mortes$", Dead, French, Both),
    w("décéd", Dead, French, Both),
    w("décès", Dead, French, Both),
    w("péri$", Dead, French, Both),
    w("blessé", Injured, French, Both),
    w("blessant$", Injured, French, Both),
    w("blessur", Injured, French, Outcome),
    w("brûlures$", Injured, French, Count),
    w("disparu", Missing, French, Count),
    w("recherché$", Missing, French, Count),
    w("recherchée$", Missing, French, Count),
    w("recherchés$", Missing, French, Count),
    w("recherchées$", Missing, French, Count),
    w("secouru", Rescued, French, Count),
    w("hélitreuillé", Rescued, French, Count),
    w("interpellé", Arrested, French, Count),
    w("évacué", Evacuated, French, Count),
    w("piégé", Trapped, French, Count),
    w("coincé", Trapped, French, Count),
    w("bloqué", Trapped, French, Count),
    // German.
    w("getötet", Dead, German, Both),
    w("tötete$", Dead, German, Both),
    w("töteten$", Dead, German, Both),
    w("tote$", Dead, German, Both),
    w("toten$", Dead, German, Both),
    w("todesopfer", Dead, German, Both),
    w("starb", Dead, German, Both),
    w("gestorben", Dead, German, Both),
    w("ums$", Dead, German, Outcome),
    w("verletz", Injured, German, Both),
    w("schwerverletzt", Injured, German, Both),
    w("leichtverletzt", Injured, German, Both),
    w("verwund", Injured, German, Both),
    w("verbrennungen$", Injured, German, Count),
    w("vermisst", Missing, German, Count),
    w("gerettet$", Rescued, German, Count),
    w("festgenommen$", Arrested, German, Count),
    w("evakuiert$", Evacuated, German, Count),
    w("eingeschlossen$", Trapped, German, Count),
    w("eingeschlossene$", Trapped, German, Count),
    w("eingeschlossenen$", Trapped, German, Count),
    w("verschüttet", Trapped, German, Count),
    // Spanish.
    w("muert", Dead, Spanish, Both),
    w("murió", Dead, Spanish, Both),
    w("murieron", Dead, Spanish, Both),
    w("fallec", Dead, Spanish, Both),
    w("mató$", Dead, Spanish, Both),
    w("mataron$", Dead, Spanish, Both),
    w("herid", Injured, Spanish, Both),
    w("hirió$", Injured, Spanish, Both),
    w("quemaduras$", Injured, Spanish, Count),
    // Trial 42 C2: "hiriendo a otros siete", "ferindo outras sete".
    w("hiriendo$", Injured, Spanish, Count),
    w("desaparecid", Missing, Spanish, Count),
    w("rescatad", Rescued, Spanish, Count),
    w("detenid", Arrested, Spanish, Count),
    w("evacuad", Evacuated, Spanish, Count),
    w("atrapad", Trapped, Spanish, Count),
    // Portuguese.
    w("mortos$", Dead, Portuguese, Both),
    w("mortas$", Dead, Portuguese, Both),
    w("morreu", Dead, Portuguese, Both),
    w("morreram", Dead, Portuguese, Both),
    // Trial 36 F2: "mataram 66 pessoas" is a toll, as "mataron" and "killed" are.
    w("matou$", Dead, Portuguese, Both),
    w("mataram$", Dead, Portuguese, Both),
    w("matando$", Dead, Portuguese, Both),
    w("ferid", Injured, Portuguese, Both),
    w("ferindo$", Injured, Portuguese, Count),
    w("queimaduras$", Injured, Portuguese, Count),
    w("resgatad", Rescued, Portuguese, Count),
    w("detid", Arrested, Portuguese, Count),
    w("retirad", Evacuated, Portuguese, Count),
    w("encurralad", Trapped, Portuguese, Count),
    w("aprisionad", Trapped, Portuguese, Count),
    // Italian.
    w("morti$", Dead, Italian, Both),
    w("morto$", Dead, Italian, Both),
    w("morta$", Dead, Italian, Both),
    w("uccis", Dead, Italian, Both),
    w("uccidendo$", Dead, Italian, Both),
    w("decedut", Dead, Italian, Count),
    w("morirono$", Dead, Italian, Count),
    w("vittime$", Dead, Italian, Count),
    w("ferit", Injured, Italian, Both),
    w("ferendo$", Injured, Italian, Count),
    w("ustioni$", Injured, Italian, Count),
    w("dispersi$", Missing, Italian, Count),
    w("disperse$", Missing, Italian, Count),
    w("dispersa$", Missing, Italian, Count),
    w("disperso$", Missing, Italian, Count),
    // "hanno salvato 19 marittimi" (trial 58).
    w("salvato$", Rescued, Italian, Count),
    w("salvata$", Rescued, Italian, Count),
    w("salvati$", Rescued, Italian, Count),
    w("salvate$", Rescued, Italian, Count),
    w("arrestati$", Arrested, Italian, Count),
    w("evacuati$", Evacuated, Italian, Count),
    w("intrappolat", Trapped, Italian, Count),
    // Dutch.
    w("gedood", Dead, Dutch, Both),
    w("omgekomen", Dead, Dutch, Both),
    w("doden$", Dead, Dutch, Both),
    w("kwamen$", Dead, Dutch, Outcome),
    w("kwam$", Dead, Dutch, Outcome),
    w("gewond", Injured, Dutch, Both),
    w("brandwonden$", Injured, Dutch, Count),
    // Trial 36 F12.2: "Twee oudere mensen zijn overleden".
    w("overleden$", Dead, Dutch, Both),
    w("overleed$", Dead, Dutch, Both),
    w("stierf$", Dead, Dutch, Both),
    w("stierven$", Dead, Dutch, Both),
    w("vermist$", Missing, Dutch, Count),
    w("gered$", Rescued, Dutch, Count),
    w("aangehouden$", Arrested, Dutch, Count),
    w("gearresteerd$", Arrested, Dutch, Count),
    w("geëvacueerd$", Evacuated, Dutch, Count),
    w("ingesloten$", Trapped, Dutch, Count),
];

/// Whether `norm` (a lower-case token) is written in form `form`: equal to it when it
/// ends with `$`, else starting with it.
pub(in crate::matcher) fn is_form(norm: &str, form: &str) -> bool {
    match form.strip_suffix('$') {
        Some(whole) => norm == whole,
        None => norm.starts_with(form),
    }
}

/// The word of [`CASUALTY`] the number flags read (`Read::Both` or `Read::Count`) that
/// `norm` (a lower-case token) is written in, if any: "killed", "killing", "morts",
/// "Verletzten", "heridas", "feriti".
pub(in crate::matcher) fn count_word(norm: &str) -> Option<&'static Casualty> {
    let bucket = norm.as_bytes().first().map_or(256, |&b| usize::from(b));
    count_words_by_first_byte()[bucket]
        .iter()
        .map(|&i| &CASUALTY[usize::from(i)])
        .find(|c| is_form(norm, c.form))
}

/// The indices in [`CASUALTY`] of the words [`count_word`] reads, in order, by the first
/// byte a token they fit can begin with (256: the empty token); a form of no letters
/// fits any token and is in every list. Speed only: every token of every sentence is
/// asked, and a scan of the whole list was most of the toll classes' time.
fn count_words_by_first_byte() -> &'static [Vec<u16>] {
    use std::sync::OnceLock;
    static BY_FIRST: OnceLock<Vec<Vec<u16>>> = OnceLock::new();
    BY_FIRST.get_or_init(|| {
        let mut by_first = vec![Vec::new(); 257];
        for (i, c) in CASUALTY.iter().enumerate() {
            let Ok(i) = u16::try_from(i) else { break };
            if c.read == Read::Outcome {
                continue;
            }
            let (text, whole) = match c.form.strip_suffix('$') {
                Some(whole) => (whole, true),
                None => (c.form, false),
            };
            match text.as_bytes().first() {
                Some(&b) => by_first[usize::from(b)].push(i),
                None if whole => by_first[256].push(i),
                None => by_first.iter_mut().for_each(|l| l.push(i)),
            }
        }
        by_first
    })
}

/// How many words of [`CASUALTY`] the outcome flags read (`Read::Both` or
/// `Read::Outcome`) tell a fate of the set `fates` ([`Fate::bit`]s), and `extra` words
/// besides: the length of [`forms`]' array.
pub(in crate::matcher) const fn form_count(fates: u8, extra: &[&str]) -> usize {
    let mut n = extra.len();
    let mut i = 0;
    while i < CASUALTY.len() {
        if outcome_reads(&CASUALTY[i], fates) {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The forms of the words of [`CASUALTY`] the outcome flags read that tell a fate of the
/// set `fates`, then `extra` words: one side of an outcome list ("kill", "dead", "morts$"
/// … against "injur", "surviv", "blessé" …). `N` is [`form_count`] of the same arguments
/// (a smaller `N` fails to compile).
pub(in crate::matcher) const fn forms<const N: usize>(
    fates: u8,
    extra: &[&'static str],
) -> [&'static str; N] {
    let mut out = [""; N];
    let (mut i, mut n) = (0, 0);
    while i < CASUALTY.len() {
        if outcome_reads(&CASUALTY[i], fates) {
            out[n] = CASUALTY[i].form;
            n += 1;
        }
        i += 1;
    }
    let mut k = 0;
    while k < extra.len() {
        out[n] = extra[k];
        n += 1;
        k += 1;
    }
    out
}

/// Whether the outcome flags read word `c` as one of the fates `fates`.
const fn outcome_reads(c: &Casualty, fates: u8) -> bool {
    !matches!(c.read, Read::Count) && fates & c.fate.bit() != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_read_whole_or_by_its_beginning() {
        assert!(is_form("killed", "kill") && is_form("killing", "kill"));
        assert!(is_form("morts", "morts$") && !is_form("mortier", "mort$"));
        let fate = |w: &str| count_word(w).map(|c| c.fate);
        assert_eq!(fate("verletzten"), Some(Fate::Injured));
        assert_eq!(fate("heridas"), Some(Fate::Injured));
        assert_eq!(fate("feriti"), Some(Fate::Injured));
        assert_eq!(fate("morte"), Some(Fate::Dead));
        assert_eq!(fate("dispersi"), Some(Fate::Missing));
        assert_eq!(fate("rescued"), Some(Fate::Rescued));
        assert_eq!(fate("festgenommen"), Some(Fate::Arrested));
        assert_eq!(fate("évacués"), Some(Fate::Evacuated));
        assert_eq!(fate("atrapados"), Some(Fate::Trapped));
        assert_eq!(fate("trapped"), Some(Fate::Trapped));
        assert_eq!(fate("trappings"), None);
    }

    #[test]
    fn words_too_wide_to_tell_a_count_are_read_by_the_outcome_flags_alone() {
        // "the death penalty", "three stab wounds", "survivors", "dispersed", "ums Leben".
        for w in [
            "death",
            "wounds",
            "survivors",
            "dispersed",
            "ums",
            "blessures",
        ] {
            assert!(count_word(w).is_none(), "{w}");
        }
        let dead: [&str; form_count(Fate::Dead.bit(), &[])] = forms(Fate::Dead.bit(), &[]);
        for w in [
            "death", "ums$", "kill", "morts$", "getötet", "muert", "uccis", "gedood",
        ] {
            assert!(dead.contains(&w), "{w}");
        }
        // The outcome flags read no word that counts only ("vittime": victims, not dead).
        assert!(!dead.contains(&"vittime$"));
    }

    #[test]
    fn every_form_is_lower_case_and_every_beginning_starts_no_other_english_word() {
        for c in CASUALTY {
            assert_eq!(c.form, c.form.to_lowercase(), "{}", c.form);
            assert!(!c.form.is_empty() && c.form != "$");
        }
        // English words a careless beginning would take in.
        for other in [
            "dispersed",
            "mortgage",
            "mortier",
            "ferry",
            "herd",
            "salvation",
            "evacuation",
        ] {
            let hit = count_word(other).filter(|c| c.language != Language::English);
            assert!(hit.is_none(), "{other}: {hit:?}");
        }
    }

    /// The first-byte lists give what a scan of [`CASUALTY`] gives, for every form
    /// written as a token and for words that are none.
    #[test]
    fn count_words_by_first_byte_are_the_scans_first_match() {
        let scan = |norm: &str| {
            CASUALTY
                .iter()
                .find(|c| c.read != Read::Outcome && is_form(norm, c.form))
        };
        let forms = CASUALTY.iter().map(|c| c.form.trim_end_matches('$'));
        let mut found = 0;
        for w in forms.chain(["", "the", "killedx", "morts", "blessées", "über", "7"]) {
            let (got, want) = (count_word(w), scan(w));
            assert_eq!(
                got.map(|c| c as *const Casualty),
                want.map(|c| c as *const _),
                "{w:?}"
            );
            found += usize::from(got.is_some());
        }
        assert!(found >= 20, "{found}");
        assert!(count_word("killed").is_some() && count_word("the").is_none());
    }
}
