//! What a sum of money or a length of time is of (trial 34 F6): a fine, a sum taken (a
//! bribe), a contract's value, damages or bail; a prison sentence, a detention before
//! trial, or a trial. Two figures of two purposes are two facts ("fined Ortega 2.4 million
//! euros" / "took around 1.5 million euros from builders", "spent eight months in pre-trial
//! detention" / "the trial lasted nearly six months"): the number flag and the matcher's
//! count slots (`flags::counts_apart`) compare figures of one purpose only, or of a purpose
//! the words do not tell. The role reader of counts of people is `roles.rs`; what a length
//! or a percentage measures is read in `measures.rs`.

use crate::matcher::features::Prepared;
use crate::matcher::flags::units::{is_money, unit_of};
use crate::matcher::text::Kind;

/// What a sum of money or a length of time is of, as the words near it tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Purpose {
    /// A fine imposed ("fined Ortega 2.4 million euros", "una multa de 2,4 millones").
    Fine,
    /// A sum taken or received: bribes, kickbacks ("took around 1.5 million euros",
    /// "recibió al menos 1,8 millones", "cobró unos 1,5 millones").
    Taken,
    /// The value of contracts ("contracts worth 40 million euros", "los contratos ...
    /// suman 40 millones").
    Contract,
    /// Damages or compensation to pay ("ordered to pay 500,000 euros in damages").
    Damages,
    /// Bail ("released on bail of 50,000 euros", "una fianza de 10.000 euros").
    Bail,
    /// A prison sentence ("seven years in prison", "11 años de cárcel").
    Sentence,
    /// Detention before a trial ("eight months in pre-trial detention", "held in custody
    /// for eight months", "ocho meses en prisión provisional").
    Detention,
    /// The length of a trial ("The trial lasted five months", "el juicio duró").
    Trial,
    /// A depth ("at a depth of 10 km", "12 kilometers deep": `measures.rs`).
    Depth,
    /// A distance from a place ("20 km north-east of the town", "10 km away").
    Distance,
    /// A height ("30 metres high", "at an altitude of 3,000 metres").
    Height,
    /// A length ("a 5 km long tailback").
    Length,
    /// A width ("2 km wide").
    Width,
    /// A share of the vote ("27.4% of the vote").
    VoteShare,
    /// An election's turnout ("Turnout stood at 77.5%").
    Turnout,
}

/// Words that tell what a sum is of, lower case, in English, Spanish, Italian, French,
/// German and Portuguese.
const SUM_WORDS: &[(&str, Purpose)] = &[
    ("fine", Purpose::Fine),
    ("fines", Purpose::Fine),
    ("fined", Purpose::Fine),
    ("penalty", Purpose::Fine),
    ("multa", Purpose::Fine),
    ("multas", Purpose::Fine),
    ("multado", Purpose::Fine),
    ("multada", Purpose::Fine),
    ("multó", Purpose::Fine),
    ("ammenda", Purpose::Fine),
    ("amende", Purpose::Fine),
    ("geldstrafe", Purpose::Fine),
    ("bribe", Purpose::Taken),
    ("bribes", Purpose::Taken),
    ("kickback", Purpose::Taken),
    ("kickbacks", Purpose::Taken),
    ("took", Purpose::Taken),
    ("taken", Purpose::Taken),
    ("received", Purpose::Taken),
    ("receiving", Purpose::Taken),
    ("accepted", Purpose::Taken),
    ("accepting", Purpose::Taken),
    ("pocketed", Purpose::Taken),
    ("soborno", Purpose::Taken),
    ("sobornos", Purpose::Taken),
    ("comisiones", Purpose::Taken),
    ("recibió", Purpose::Taken),
    ("recibido", Purpose::Taken),
    ("cobró", Purpose::Taken),
    ("cobrado", Purpose::Taken),
    ("tangenti", Purpose::Taken),
    ("tangente", Purpose::Taken),
    ("intascato", Purpose::Taken),
    ("ricevuto", Purpose::Taken),
    ("pots-de-vin", Purpose::Taken),
    ("schmiergeld", Purpose::Taken),
    ("propina", Purpose::Taken),
    ("propinas", Purpose::Taken),
    ("contract", Purpose::Contract),
    ("contracts", Purpose::Contract),
    ("contrato", Purpose::Contract),
    ("contratos", Purpose::Contract),
    ("contratto", Purpose::Contract),
    ("contratti", Purpose::Contract),
    ("contrat", Purpose::Contract),
    ("contrats", Purpose::Contract),
    ("damages", Purpose::Damages),
    ("compensation", Purpose::Damages),
    ("indemnización", Purpose::Damages),
    ("indemnizar", Purpose::Damages),
    ("risarcimento", Purpose::Damages),
    ("dommages-intérêts", Purpose::Damages),
    ("schadenersatz", Purpose::Damages),
    ("bail", Purpose::Bail),
    ("fianza", Purpose::Bail),
    ("cauzione", Purpose::Bail),
    ("kaution", Purpose::Bail),
];

/// Words that tell what a length of time is of, lower case ("trial" after "pre" is a
/// detention: [`purpose_at`]).
const TIME_WORDS: &[(&str, Purpose)] = &[
    ("prison", Purpose::Sentence),
    ("jail", Purpose::Sentence),
    ("jailed", Purpose::Sentence),
    ("imprisoned", Purpose::Sentence),
    ("imprisonment", Purpose::Sentence),
    ("sentence", Purpose::Sentence),
    ("sentences", Purpose::Sentence),
    ("sentenced", Purpose::Sentence),
    ("cárcel", Purpose::Sentence),
    ("prisión", Purpose::Sentence),
    ("condena", Purpose::Sentence),
    ("condenado", Purpose::Sentence),
    ("condenada", Purpose::Sentence),
    ("condenados", Purpose::Sentence),
    ("condenó", Purpose::Sentence),
    ("pena", Purpose::Sentence),
    ("penas", Purpose::Sentence),
    ("carcere", Purpose::Sentence),
    ("reclusione", Purpose::Sentence),
    ("condannato", Purpose::Sentence),
    ("condannata", Purpose::Sentence),
    ("réclusion", Purpose::Sentence),
    ("emprisonnement", Purpose::Sentence),
    ("gefängnis", Purpose::Sentence),
    ("haftstrafe", Purpose::Sentence),
    ("detention", Purpose::Detention),
    ("custody", Purpose::Detention),
    ("remand", Purpose::Detention),
    ("remanded", Purpose::Detention),
    ("pretrial", Purpose::Detention),
    ("detenido", Purpose::Detention),
    ("detención", Purpose::Detention),
    ("custodia", Purpose::Detention),
    ("détention", Purpose::Detention),
    ("untersuchungshaft", Purpose::Detention),
    ("trial", Purpose::Trial),
    ("trials", Purpose::Trial),
    ("hearing", Purpose::Trial),
    ("hearings", Purpose::Trial),
    ("juicio", Purpose::Trial),
    ("processo", Purpose::Trial),
    ("procès", Purpose::Trial),
    ("prozess", Purpose::Trial),
];

/// Words after a word of prison that make it a detention before trial ("prisión
/// provisional", "carcerazione preventiva", "custodia cautelare"), lower case.
const BEFORE_TRIAL: &[&str] = &[
    "provisional",
    "preventiva",
    "preventivo",
    "cautelare",
    "provisoire",
];

/// How many tokens from a figure a word of its purpose may stand ("The trial began in
/// May and lasted nearly six months": seven tokens back).
const WITHIN: usize = 8;

/// The purpose of the sum of money (`money`) or length of time of `p` whose figure is at
/// token `first` and whose text ends at code point `end` ("2.4 million euros": "euros"):
/// the word of [`SUM_WORDS`] or [`TIME_WORDS`] nearest to it within [`WITHIN`] tokens
/// either side, not across a ";" or a sentence's end, the word before the figure winning a
/// tie. `None` when no such word is near.
pub(super) fn purpose_of(p: &Prepared, first: usize, end: usize, money: bool) -> Option<Purpose> {
    let toks = &p.tokens;
    let last = toks
        .iter()
        .rposition(|t| t.start < end)
        .unwrap_or(first)
        .max(first);
    // Whether the text between tokens `i` and `i + 1` ends a clause.
    let breaks = |i: usize| {
        let (from, to) = (toks[i].end, toks[i + 1].start);
        p.text
            .chars()
            .skip(from)
            .take(to.saturating_sub(from))
            .any(|c| matches!(c, ';' | '.' | '!' | '?' | ':'))
    };
    let (mut back, mut ahead) = (Some(first), Some(last));
    for _ in 0..WITHIN {
        back = back.and_then(|k| k.checked_sub(1)).filter(|&k| !breaks(k));
        ahead = ahead
            .filter(|&k| k + 1 < toks.len() && !breaks(k))
            .map(|k| k + 1);
        for k in [back, ahead].into_iter().flatten() {
            if let Some(found) = purpose_at(p, k, money) {
                return Some(found);
            }
        }
    }
    None
}

/// The purpose word `k` of `p` tells of a sum (`money`) or of a length of time.
fn purpose_at(p: &Prepared, k: usize, money: bool) -> Option<Purpose> {
    let toks = &p.tokens;
    let t = &toks[k];
    if t.kind != Kind::Word {
        return None;
    }
    let word = t.norm.as_str();
    let table = if money { SUM_WORDS } else { TIME_WORDS };
    let found = table.iter().find(|(w, _)| *w == word).map(|&(_, f)| f)?;
    let next = toks.get(k + 1).map(|n| n.norm.as_str());
    let prev = k.checked_sub(1).map(|j| toks[j].norm.as_str());
    Some(match found {
        // "pre-trial detention", "prisión provisional".
        Purpose::Trial if prev == Some("pre") => Purpose::Detention,
        Purpose::Sentence if next.is_some_and(|n| BEFORE_TRIAL.contains(&n)) => Purpose::Detention,
        f => f,
    })
}

/// Whether a currency follows the count of `p` whose text ends at code point `end` after
/// "de", "di" or "d'" ("1,8 *millones de euros*", "2 *milioni di euro*", "2 *millions
/// d'euros*"): the count (read as one of "millones") is a sum of money, whose purpose
/// [`purpose_of`] reads.
pub(super) fn currency_follows(p: &Prepared, end: usize) -> bool {
    let toks = &p.tokens;
    let Some(k) = toks.iter().position(|t| t.start >= end) else {
        return false;
    };
    let of = toks[k].norm.as_str();
    matches!(of, "de" | "di" | "d")
        && toks
            .get(k + 1)
            .and_then(|c| unit_of(&c.norm))
            .is_some_and(|(_, dim)| is_money(dim))
}
