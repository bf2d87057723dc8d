//! Groups of unnamed sources, for the speaker flag: "Police said" and "Witnesses said"
//! credit one statement to two different kinds of source, while "police" and "officers"
//! or "a police spokesman" are one kind told two ways. A small taxonomy in English,
//! French, German, Spanish and Italian (trial 23, F-K); its words of the police and the
//! authorities are those of the table of known sources (`known_sources.rs`), which
//! `bodies.rs` reads too.

use super::known_sources::{AUTHORITIES, POLICE};
use crate::matcher::features::Prepared;
use crate::matcher::flags::fold_diacritics;
use crate::matcher::text::Token;

/// A group of unnamed sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Group {
    /// Police, officials, authorities, prosecutors, investigators.
    Authorities,
    /// Witnesses, bystanders, residents, neighbours, passers-by.
    Witnesses,
    /// The family and relatives of someone.
    Family,
    /// A lawyer, an attorney, the defence.
    Lawyer,
    /// A company, a firm, an employer, its management.
    Company,
    /// Doctors, medics, a hospital.
    Doctors,
}

/// The words of each [`Group`], lower case and without diacritics, singular and plural
/// (en, fr, de, es, it); those of the authorities that name a known body ("police",
/// "officials", "Behörden") are in the table of known sources (`known_sources.rs`:
/// [`POLICE`], [`AUTHORITIES`]).
const GROUPS: &[(Group, &[&str])] = &[
    (
        Group::Authorities,
        &[
            "policeman",
            "policemen",
            "policewoman",
            "officer",
            "officers",
            "official",
            "authority",
            "prosecutor",
            "prosecutors",
            "investigators",
            "detectives",
            "detective",
            "constabulary",
            "policier",
            "policiers",
            "gendarmes",
            "enqueteurs",
            "parquet",
            "procureur",
            "prefecture",
            "polizist",
            "polizisten",
            "behorde",
            "ermittler",
            "staatsanwaltschaft",
            "staatsanwalt",
            "beamte",
            "beamten",
            "fiscalia",
            "fiscal",
            "agentes",
            "investigadores",
            "autorita",
            "procura",
            "inquirenti",
        ],
    ),
    (
        Group::Witnesses,
        &[
            "witness",
            "witnesses",
            "eyewitness",
            "eyewitnesses",
            "bystander",
            "bystanders",
            "resident",
            "residents",
            "neighbour",
            "neighbours",
            "neighbor",
            "neighbors",
            "locals",
            "onlookers",
            "temoin",
            "temoins",
            "habitants",
            "riverains",
            "voisins",
            "passants",
            "zeuge",
            "zeugen",
            "zeugin",
            "augenzeuge",
            "augenzeugen",
            "anwohner",
            "nachbarn",
            "passanten",
            "testigo",
            "testigos",
            "vecinos",
            "residentes",
            "testimone",
            "testimoni",
            "residenti",
            "vicini",
            // Singular bystanders of other languages, as English "a resident" is
            // ("ha detto un residente", "dijo un vecino"): one group with the plural.
            "onlooker",
            "habitant",
            "habitante",
            "habitantes",
            "voisin",
            "voisine",
            "nachbar",
            "nachbarin",
            "anwohnerin",
            "vecino",
            "vecina",
            "residente",
            "abitante",
            "abitanti",
            "morador",
            "moradora",
            "moradores",
            "testemunha",
            "testemunhas",
        ],
    ),
    (
        Group::Family,
        &[
            "family",
            "relatives",
            "relative",
            "famille",
            "proches",
            "familie",
            "angehorige",
            "angehorigen",
            "familia",
            "familiares",
            "famiglia",
            "familiari",
            "parenti",
        ],
    ),
    (
        Group::Lawyer,
        &[
            "lawyer",
            "lawyers",
            "attorney",
            "attorneys",
            "solicitor",
            "barrister",
            "counsel",
            "defence",
            "defense",
            "avocat",
            "avocats",
            "avocate",
            "anwalt",
            "anwaltin",
            "anwalte",
            "rechtsanwalt",
            "verteidiger",
            "verteidigerin",
            "verteidigung",
            "abogado",
            "abogada",
            "abogados",
            "defensa",
            "avvocato",
            "avvocati",
            "difesa",
        ],
    ),
    (
        Group::Company,
        &[
            "company",
            "firm",
            "employer",
            "management",
            "entreprise",
            "societe",
            "employeur",
            "unternehmen",
            "firma",
            "konzern",
            "arbeitgeber",
            "empresa",
            "compania",
            "azienda",
            "societa",
        ],
    ),
    (
        Group::Doctors,
        &[
            "doctor",
            "doctors",
            "medics",
            "paramedics",
            "surgeon",
            "surgeons",
            "hospital",
            "medecin",
            "medecins",
            "hopital",
            "arzt",
            "arzte",
            "arztin",
            "krankenhaus",
            "klinik",
            "medico",
            "medicos",
            "medici",
            "ospedale",
        ],
    ),
];

/// German compounds by their first part ("Polizeisprecher", "Augenzeuge").
const PREFIXES: &[(Group, &str)] = &[
    (Group::Authorities, "polizei"),
    (Group::Authorities, "staatsanwalt"),
    (Group::Witnesses, "augenzeug"),
    (Group::Lawyer, "anwalt"),
];

/// The group of one word (its normalised form), if any.
fn word_group(norm: &str) -> Option<Group> {
    let w = fold_diacritics(norm);
    let body = |words: &[&str]| words.contains(&w.as_ref());
    if body(POLICE) || body(AUTHORITIES) {
        return Some(Group::Authorities);
    }
    GROUPS
        .iter()
        .find(|(_, words)| words.contains(&w.as_ref()))
        .map(|(g, _)| *g)
        .or_else(|| {
            PREFIXES
                .iter()
                .find(|(_, p)| w.starts_with(p))
                .map(|(g, _)| *g)
        })
}

/// The group of the speaker at code points `start..end` of `p`: the last word of the
/// range that has one ("the victim's lawyer": a lawyer), or else the word right before
/// the range ("a police spokesman" read as "spokesman": the police). `None` when no word
/// says.
pub(super) fn group_at(p: &Prepared, (start, end): (usize, usize)) -> Option<Group> {
    let toks = &p.tokens;
    let inside = toks
        .iter()
        .rev()
        .filter(|t| t.start >= start && t.end <= end)
        .find_map(|t| word_group(&t.norm));
    inside.or_else(|| {
        let first = toks.iter().position(|t| t.start >= start)?;
        first.checked_sub(1).and_then(|k| word_group(&toks[k].norm))
    })
}

/// Determiners between "according to" and an unnamed source ("according to the police",
/// "according to his lawyer", "selon des témoins", "laut der Polizei").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "la", "le", "les", "l", "des", "du", "un",
    "une", "sa", "son", "ses", "leur", "der", "die", "den", "dem", "des", "ein", "eines", "einem",
    "seiner", "ihrer", "el", "los", "las", "su", "sus", "il", "i", "gli",
];

/// The speakers of `p` as `speakers` finds them, or, when it finds none, the unnamed
/// sources of a group ([`Group`]) after "according to" (or "selon", "laut", "según" ...)
/// or a speech verb that it leaves out ("according to police", "..., sagte ein Zeuge"):
/// each the range of its group words with the stem of the last. Read once per sentence
/// (`flags/facts.rs`).
pub(super) fn speakers_or_groups(p: &Prepared) -> Vec<((usize, usize), u64)> {
    crate::matcher::flags::read_with(p, &p.facts.sources, read_speakers_or_groups)
}

/// [`speakers_or_groups`] read afresh.
fn read_speakers_or_groups(p: &Prepared) -> Vec<((usize, usize), u64)> {
    let found = super::speakers(p);
    if !found.is_empty() {
        return found;
    }
    let toks = &p.tokens;
    let mut out = Vec::new();
    for i in 0..toks.len() {
        let english =
            toks[i].norm == "according" && toks.get(i + 1).is_some_and(|t| t.norm == "to");
        if !english && !super::foreign::according(p, i) && !super::find::attributes(p, i) {
            continue;
        }
        let mut k = i + 1 + usize::from(english);
        while toks
            .get(k)
            .is_some_and(|t| DETERMINERS.contains(&t.norm.as_str()))
        {
            k += 1;
        }
        let mut e = k;
        while toks.get(e).is_some_and(|t| word_group(&t.norm).is_some()) {
            e += 1;
        }
        if e > k {
            out.push(((toks[k].start, toks[e - 1].end), toks[e - 1].stem));
        }
    }
    out
}

/// Whether a word ([`Token::norm`]) names a body of a known kind apart from the state's:
/// a hospital or a company ([`Group::Doctors`], [`Group::Company`]: "hôpital", "ospedale",
/// "Klinik"), whose management is no known body's of another kind (`sources.rs`).
pub(super) fn is_body_apart(t: &Token) -> bool {
    matches!(word_group(&t.norm), Some(Group::Doctors | Group::Company))
}

/// Whether a word ([`Token::norm`]) is a word of a group of unnamed sources ([`GROUPS`],
/// or a German compound of one, [`PREFIXES`]): "police", "lawyer", "Polizeisprecher".
pub(super) fn is_group_word(t: &Token) -> bool {
    word_group(&t.norm).is_some()
}
