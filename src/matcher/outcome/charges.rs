//! Charges: one suspect charged with crimes of other families by two reports ("The man
//! was charged with murder" / "The man was charged with robbery", "wegen Mordes angeklagt"
//! / "wegen Raubes angeklagt", "inculpé de meurtre" / "inculpé de vol"; trial 44). The
//! same charge told otherwise ("charged with murder" / "charged with killing his wife") is
//! one family of `lexicon::crimes` and no flag; so is one charge among several told on
//! both sides ("charged with murder and robbery" / "charged with robbery").
//!
//! A charge is a lead of whole words in a row ([`LEADS`]: "charged with", "inculpé de",
//! "acusado de", "wegen") and the crimes after it, up to [`REACH`] tokens on in its
//! clause, a crime right before "charge" ("faces a murder charge"), or a German genitive
//! crime before its verb ([`GERMAN_AFTER`]: "wurde des Mordes angeklagt", "des
//! versuchten Totschlags beschuldigt"; trial 44). Two sentences differ when each tells a
//! charge, no family is on both sides, the subjects may be one
//! (`decisions::one_subject`: "The man" / "Smith" may be one, "Smith" / "Jones" not)
//! and neither charge is told as a mere possibility ("could be charged"). Ranges are code
//! points of each sentence's own text.
//!
//! Within the family of a killing, two legal names are two charges too
//! ([`near_charge_conflict`], `lexicon::crimes::killing_grade`: "charged with murder" /
//! "charged with manslaughter", "assassinat" / "meurtre", "Mord" / "Totschlag",
//! "asesinato" / "homicidio", a killing by negligence against any other): the softer
//! kind, as a patient's grades are (reports and charges name them loosely, and a charge
//! may be changed). A word that names no grade ("killing", "homicide") is no charge of
//! another grade.

use super::decisions::one_subject;
use super::{first_words, modal, one_clause};
use crate::matcher::flags::Ranges;
use crate::matcher::lexicon::crimes::{crime_families, is_manner, killing_grade, Grade};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{FxWordSet, Kind, Token};
use std::sync::OnceLock;

/// A lead: per token in a row, the whole words (lower case) it may be.
type Lead = &'static [&'static [&'static str]];

/// Words that tell what a suspect is charged with, accused or convicted of, in seven
/// languages, before the crime.
const LEADS: &[Lead] = &[
    // en
    &[&["charged", "charging"], &["with"]],
    &[&["indicted", "convicted", "accused"], &["of", "on", "for"]],
    &[&["charges", "charge", "counts", "count"], &["of"]],
    &[&["guilty"], &["of"]],
    // de ("wegen Mordes angeklagt", "Anklage wegen Raubes")
    &[&["wegen"]],
    // fr ("inculpé de meurtre", "mis en examen pour vol")
    &[
        &[
            "inculpé",
            "inculpée",
            "inculpés",
            "inculpées",
            "accusé",
            "accusée",
            "accusés",
            "condamné",
            "condamnée",
            "condamnés",
        ],
        &["de", "d", "pour"],
    ],
    &[
        &["examen", "poursuivi", "poursuivie", "poursuivis"],
        &["pour"],
    ],
    // es, pt ("acusado de asesinato", "imputado por robo", "acusado do crime de roubo")
    &[
        &[
            "acusado",
            "acusada",
            "acusados",
            "acusadas",
            "imputado",
            "imputada",
            "procesado",
            "procesada",
            "condenado",
            "condenada",
            "indiciado",
            "indiciada",
        ],
        &["de", "do", "da", "por", "pelo", "pela"],
    ],
    &[&["cargos", "cargo", "delito", "crime", "crimes"], &["de"]],
    // it ("accusato di omicidio", "imputato per rapina")
    &[
        &[
            "accusato",
            "accusata",
            "accusati",
            "imputato",
            "imputata",
            "imputati",
            "incriminato",
            "incriminata",
            "condannato",
            "condannata",
        ],
        &["di", "per"],
    ],
    // nl ("aangeklaagd voor moord", "beschuldigd van diefstal")
    &[
        &[
            "aangeklaagd",
            "beschuldigd",
            "verdacht",
            "veroordeeld",
            "vervolgd",
        ],
        &["voor", "wegens", "van"],
    ],
    &[&["wegens"]],
];

/// Words after which "charge" or "charges" ends a charge whose crime stands before it
/// ("faces a murder charge", "on robbery charges").
const CHARGE_NOUNS: &[&str] = &["charge", "charges", "count", "counts"];

/// German verbs of a charge after a genitive crime ("des Mordes angeklagt", "des
/// Totschlags beschuldigt", "des Betrugs schuldig", "des Raubes verdächtigt"), whole
/// words, lower case.
const GERMAN_AFTER: &[&str] = &[
    "angeklagt",
    "beschuldigt",
    "verdächtigt",
    "bezichtigt",
    "schuldig",
    "überführt",
    "angeklagte",
    "beschuldigte",
];

/// German genitive articles that open a crime before [`GERMAN_AFTER`] ("des Mordes",
/// "der Vergewaltigung").
const GERMAN_GENITIVE: &[&str] = &["des", "der"];

/// The most tokens after a lead a crime is read at ("charged with *the* first-degree
/// murder", "wegen *versuchten* Mordes", "charged with murder *and* robbery").
const REACH: usize = 5;

/// A charge told in a sentence: the families of its crimes (bits of `lexicon::crimes`),
/// the grades of its killings (`crimes::killing_grade`), the token where it starts and
/// the token where it ends (its last crime, or a German verb after the crime).
pub(crate) struct Charge {
    families: u32,
    grades: Vec<Grade>,
    start: usize,
    end: usize,
}

/// The families and the grades of the crimes at tokens `ks` of `toks`, and the last
/// token they take in: the last crime, or a word of how a killing was done after it
/// ("omicidio *colposo*": `crimes::is_manner`).
fn crimes_at(toks: &[Token], ks: &[usize]) -> (u32, Vec<Grade>, usize) {
    let mut families = 0;
    let mut grades = Vec::new();
    let mut last = 0;
    for &k in ks {
        families |= crime_families(&toks[k].norm);
        let around: Vec<&str> = [k.checked_sub(1), Some(k + 1), Some(k + 2)]
            .into_iter()
            .flatten()
            .filter_map(|j| toks.get(j).map(|t| t.norm.as_str()))
            .collect();
        let grade = killing_grade(&toks[k].norm, &around);
        grades.extend(grade);
        let manner = (k + 1..toks.len().min(k + 3)).rfind(|&j| is_manner(&toks[j].norm));
        last = last.max(manner.filter(|_| grade.is_some()).unwrap_or(k));
    }
    (families, grades, last)
}

/// The charges told in `p` (see the module docs), read once per sentence and kept in its
/// facts (`flags/facts.rs`): each pair asks them of both sides twice ([`charge_conflict`],
/// [`near_charge_conflict`]), and all-pairs matching asks them of a sentence in about two
/// pairs. They read only the sentence's tokens and text.
fn charges(p: &Prepared) -> &[Charge] {
    p.facts.charges.get_or_init(|| read_charges(p))
}

/// Whether a lead of [`LEADS`] may start at a token written `norm` (whole or shortened
/// before an elided "d'", a lead starts with its first word): one lookup in a set of
/// their first words, built once.
fn opens_a_lead(norm: &str) -> bool {
    static FIRST: OnceLock<Option<FxWordSet>> = OnceLock::new();
    FIRST
        .get_or_init(|| first_words(LEADS))
        .as_ref()
        .is_none_or(|set| set.contains(norm))
}

/// [`charges`] read afresh.
fn read_charges(p: &Prepared) -> Vec<Charge> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    // The crimes at `ks`, from token `start`, to `end` or the last token they take in.
    let charge = |ks: &[usize], start: usize, end: usize| {
        let (families, grades, last) = crimes_at(toks, ks);
        (families != 0).then_some(Charge {
            families,
            grades,
            start,
            end: end.max(last),
        })
    };
    for i in 0..toks.len() {
        // A crime right before "charge": "faces a murder charge".
        if i > 0 && CHARGE_NOUNS.contains(&toks[i].norm.as_str()) {
            out.extend(charge(&[i - 1], i - 1, i));
        }
        // A German genitive crime before its verb: "wurde des Mordes angeklagt".
        if GERMAN_AFTER.contains(&toks[i].norm.as_str()) {
            out.extend(german_genitive(p, i).and_then(|(g, ks)| charge(&ks, g, i)));
        }
        if !opens_a_lead(&toks[i].norm) {
            continue;
        }
        for lead in LEADS {
            let at = |k: usize, alts: &&[&str]| {
                toks.get(i + k)
                    .is_some_and(|t| alts.contains(&t.norm.as_str()))
            };
            // "inculpé d'assassinat": the tokeniser reads the word after an elided "d'",
            // which stands for a last word "d" of the lead.
            let n = lead.len() - 1;
            let elided =
                n > 0 && lead[n].contains(&"d") && toks.get(i + n).is_some_and(|t| elided_d(p, t));
            let whole = lead.iter().enumerate().all(|(k, alts)| at(k, alts));
            let shortened = elided && lead[..n].iter().enumerate().all(|(k, alts)| at(k, alts));
            if !(whole || shortened) {
                continue;
            }
            let from = i + lead.len() - usize::from(!whole);
            let crimes: Vec<usize> = (from..toks.len().min(from + REACH))
                .take_while(|&k| one_clause(p, i, k, &[]) && toks[k].kind == Kind::Word)
                .filter(|&k| crime_families(&toks[k].norm) != 0)
                .collect();
            if let Some(&last) = crimes.last() {
                out.extend(charge(&crimes, i, last));
            }
        }
    }
    out
}

/// The German genitive crimes before the verb of a charge at `v` ([`GERMAN_AFTER`]: "des
/// Mordes angeklagt", "des versuchten Mordes und des Raubes beschuldigt"): the article
/// that opens them ([`GERMAN_GENITIVE`], at most one word before the first crime: "des
/// versuchten Mordes") and the crimes' tokens, read back up to [`REACH`] tokens in the
/// clause; `None` when there is no such crime.
fn german_genitive(p: &Prepared, v: usize) -> Option<(usize, Vec<usize>)> {
    let toks = &p.tokens;
    let crimes: Vec<usize> = (v.saturating_sub(REACH)..v)
        .filter(|&k| one_clause(p, k, v, &[]) && crime_families(&toks[k].norm) != 0)
        .collect();
    let first = *crimes.first()?;
    // The crime follows its article over at most one word ("des versuchten Mordes").
    let article = (first.saturating_sub(2)..first)
        .rev()
        .find(|&k| GERMAN_GENITIVE.contains(&toks[k].norm.as_str()))?;
    Some((article, crimes))
}

/// Whether token `t` of `p` is written after an elided "d'" ("d'assassinat", "d’homicide").
fn elided_d(p: &Prepared, t: &Token) -> bool {
    let chars = crate::matcher::flags::chars_of(p);
    matches!(
        chars.get(t.start..t.start + 2),
        Some(['d' | 'D', '\'' | '\u{2019}'])
    )
}

/// Whether the charge starting at `t` of `toks` is told as a mere possibility ("could be
/// charged with murder").
fn possible(toks: &[Token], t: usize) -> bool {
    modal(toks, &toks[t])
}

/// A charge in each sentence, of crimes of no family in common, of one subject and
/// neither told as a mere possibility: the ranges of the two (the lead to its last
/// crime), `a`'s first.
pub(super) fn charge_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (ca, cb) = (charges(a), charges(b));
    // Every crime each side tells: a family on both sides is one charge told by both.
    let all = |c: &[Charge]| c.iter().fold(0, |acc, x| acc | x.families);
    if ca.is_empty() || cb.is_empty() || all(ca) & all(cb) != 0 {
        return None;
    }
    one_suspect(a, ca, b, cb, |_, _| true)
}

/// Two charges of a killing told by two legal names of other grades (see the module
/// docs: "charged with murder" / "charged with manslaughter"), of one subject and
/// neither told as a mere possibility: the ranges of the two, `a`'s first. `None` when
/// a grade is on both sides ("murder and manslaughter" / "manslaughter"), or either side
/// names no grade ("murder" / "killing").
pub(crate) fn near_charge_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (ca, cb) = (charges(a), charges(b));
    let grades = |c: &[Charge]| c.iter().flat_map(|x| x.grades.clone()).collect::<Vec<_>>();
    let (ga, gb) = (grades(ca), grades(cb));
    if ga.is_empty() || gb.is_empty() || ga.iter().any(|g| gb.contains(g)) {
        return None;
    }
    one_suspect(a, ca, b, cb, |x, y| {
        !x.grades.is_empty()
            && !y.grades.is_empty()
            && x.grades
                .iter()
                .all(|g| y.grades.iter().all(|h| g.differs(*h)))
    })
}

/// The first charges `x` of `ca` and `y` of `cb` that `apart(x, y)` says differ, of one
/// subject (`decisions::one_subject`) and neither told as a mere possibility: their
/// ranges.
fn one_suspect(
    a: &Prepared,
    ca: &[Charge],
    b: &Prepared,
    cb: &[Charge],
    apart: impl Fn(&Charge, &Charge) -> bool,
) -> Option<Ranges> {
    let range = |p: &Prepared, s: usize, e: usize| (p.tokens[s].start, p.tokens[e].end);
    for x in ca {
        for y in cb {
            if possible(&a.tokens, x.start) || possible(&b.tokens, y.start) || !apart(x, y) {
                continue;
            }
            if one_subject(a, &a.tokens[x.start], b, &b.tokens[y.start]) {
                return Some((range(a, x.start, x.end), range(b, y.start, y.end)));
            }
        }
    }
    None
}
