//! Charges: one suspect charged with crimes of other families by two reports ("The man
//! was charged with murder" / "The man was charged with robbery", "wegen Mordes angeklagt"
//! / "wegen Raubes angeklagt", "inculpé de meurtre" / "inculpé de vol"; trial 44). The
//! same charge told otherwise ("charged with murder" / "charged with killing his wife") is
//! one family of `lexicon::crimes` and no flag; so is one charge among several told on
//! both sides ("charged with murder and robbery" / "charged with robbery").
//!
//! A charge is a lead of whole words in a row ([`LEADS`]: "charged with", "inculpé de",
//! "acusado de", "wegen") and the crimes after it, up to [`REACH`] tokens on in its
//! clause, or a crime right before "charge" ("faces a murder charge"). Two sentences
//! differ when each tells a charge, no family is on both sides, the subjects may be one
//! (`decisions::one_subject`: "The man" / "Smith" may be one, "Smith" / "Jones" not)
//! and neither charge is told as a mere possibility ("could be charged"). Ranges are code
//! points of each sentence's own text.

use super::decisions::one_subject;
use super::{modal, one_clause};
use crate::matcher::flags::Ranges;
use crate::matcher::lexicon::crimes::crime_families;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

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

/// The most tokens after a lead a crime is read at ("charged with *the* first-degree
/// murder", "wegen *versuchten* Mordes", "charged with murder *and* robbery").
const REACH: usize = 5;

/// The charges told in `p`: per charge the families of its crimes (bits of
/// `lexicon::crimes`), the token where it starts and the token of its last crime.
fn charges(p: &Prepared) -> Vec<(u32, usize, usize)> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    for i in 0..toks.len() {
        // A crime right before "charge": "faces a murder charge".
        if i > 0 && CHARGE_NOUNS.contains(&toks[i].norm.as_str()) {
            let families = crime_families(&toks[i - 1].norm);
            if families != 0 {
                out.push((families, i - 1, i));
            }
        }
        for lead in LEADS {
            let at = |k: usize, alts: &&[&str]| {
                toks.get(i + k)
                    .is_some_and(|t| alts.contains(&t.norm.as_str()))
            };
            if !lead.iter().enumerate().all(|(k, alts)| at(k, alts)) {
                continue;
            }
            let from = i + lead.len();
            let mut families = 0;
            let mut last = None;
            for k in from..toks.len().min(from + REACH) {
                if !one_clause(p, i, k, &[]) || toks[k].kind != Kind::Word {
                    break;
                }
                let f = crime_families(&toks[k].norm);
                if f != 0 {
                    families |= f;
                    last = Some(k);
                }
            }
            if let Some(last) = last {
                out.push((families, i, last));
            }
        }
    }
    out
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
    if ca.is_empty() || cb.is_empty() {
        return None;
    }
    // Every crime each side tells: a family on both sides is one charge told by both.
    let all = |c: &[(u32, usize, usize)]| c.iter().fold(0, |acc, x| acc | x.0);
    if all(&ca) & all(&cb) != 0 {
        return None;
    }
    let range = |p: &Prepared, s: usize, e: usize| (p.tokens[s].start, p.tokens[e].end);
    for &(_, xs, xe) in &ca {
        for &(_, ys, ye) in &cb {
            if possible(&a.tokens, xs) || possible(&b.tokens, ys) {
                continue;
            }
            if one_subject(a, &a.tokens[xs], b, &b.tokens[ys]) {
                return Some((range(a, xs, xe), range(b, ys, ye)));
            }
        }
    }
    None
}
