//! The fate of a site: what a company does with a plant, a factory, a site or a business,
//! told differently by two reports ("… will cut 4,500 jobs … and close its plant in
//! Kassel" / "… plans to eliminate 4,500 positions … and sell its factory in Kassel":
//! trial 35 F5.2). A site is closed, sold, kept, reopened, merged or spun off
//! ([`SiteFate`]); two reports that give one site two of these fates differ in its
//! outcome. English, French, Spanish, Italian and German.
//!
//! A fate is read only of a site: a word of [`FATE_WORDS`] within [`REACH`] tokens of a
//! noun of a site ([`SITES`]), before it ("close its plant", "vendre l'usine", "chiudere
//! lo stabilimento") or after it ("The factory is due to shut", "la planta cerrará"),
//! with no clause mark or "and" between. A sentence that gives sites two fates ("close
//! the plant in Kassel and sell the one in Regensburg") is not compared, nor two sites
//! each named by another place ("its plant in Kassel" / "its factory in Regensburg": the
//! place flag's), nor a fate told only as possible on either side ("could sell").
//!
//! Ranges are code points of each sentence's own text, as every flag.

use super::participants::CLAUSE_ENDS;
use super::MAY;
use crate::matcher::flags::Ranges;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// What becomes of a site.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum SiteFate {
    /// Closed or shut down.
    Close,
    /// Sold or handed over.
    Sell,
    /// Kept, retained.
    Keep,
    /// Reopened.
    Reopen,
    /// Merged with another.
    Merge,
    /// Spun off.
    SpinOff,
}

/// The words of each fate, whole lower-case tokens, in English, French, Spanish, Italian
/// and German (the German words of selling are `lexicon::german`'s, one list for both:
/// [`fate_at`]). "spin" and "spun" are read only before "off" ([`fate_at`]), "close" not
/// before "to" nor after an article ("close to the plant", "at the close of").
const FATE_WORDS: &[(SiteFate, &[&str])] = &[
    (
        SiteFate::Close,
        &[
            // en
            "close",
            "closes",
            "closed",
            "closing",
            "closure",
            "shut",
            "shuts",
            "shutting",
            "shutdown",
            // fr
            "fermer",
            "fermera",
            "fermeront",
            "fermé",
            "fermée",
            "fermés",
            "fermées",
            "fermeture",
            // es
            "cerrar",
            "cerrará",
            "cerrarán",
            "cerró",
            "cerrado",
            "cerrada",
            "cierre",
            "cierra",
            // it
            "chiudere",
            "chiuderà",
            "chiuderanno",
            "chiuso",
            "chiusa",
            "chiusura",
            "chiude",
            // de (trial 35 F6.3: "sein Werk in Kassel schließen" / "das Werk in Kassel
            // verkaufen"; the verb at the clause's end, after the site)
            "schließen",
            "schließt",
            "schloss",
            "geschlossen",
            "schließung",
            "schließungen",
            "stilllegen",
            "stillgelegt",
            "stilllegung",
            "dichtmachen",
            "dichtgemacht",
        ],
    ),
    (
        SiteFate::Sell,
        &[
            // en
            "sell", "sells", "sold", "selling", "sale", "divest", "divests", "divested",
            // fr
            "vendre", "vendra", "vendu", "vendue", "vendus", "vente", "céder", "cédera", "cédé",
            "cédée", "cession", // es
            "vender", "venderá", "vendió", "vendido", "vendida", "venta", // it
            "vendere", "venderà", "venduto", "venduta", "vendita", "cedere", "cederà", "ceduto",
            "ceduta",
            "cessione",
            // de: `lexicon::german`'s words of selling ("verkaufen", "verkauft",
            // "veräußert"), read by [`fate_at`].
        ],
    ),
    (
        SiteFate::Keep,
        &[
            // en
            "keep",
            "keeps",
            "kept",
            "retain",
            "retains",
            "retained", // fr
            "maintenir",
            "maintiendra",
            "conserver",
            "conservera",
            "garder", // es
            "mantener",
            "mantendrá",
            "conservar",
            "conservará", // it
            "mantenere",
            "manterrà",
            "conservare",
            "conserverà",
        ],
    ),
    (
        SiteFate::Reopen,
        &[
            // en
            "reopen",
            "reopens",
            "reopened",
            "reopening",
            // fr
            "rouvrir",
            "rouvrira",
            "rouvert",
            "rouverte",
            "réouverture",
            // es
            "reabrir",
            "reabrirá",
            "reabierto",
            "reabierta",
            "reapertura",
            // it
            "riaprire",
            "riaprirà",
            "riaperto",
            "riaperta",
            "riapertura",
        ],
    ),
    (
        SiteFate::Merge,
        &[
            "merge",
            "merges",
            "merged",
            "merger",
            "fusionner",
            "fusionnera",
            "fusion",
            "fusionar",
            "fusionará",
            "fusión",
            "fondere",
            "fusione",
        ],
    ),
    (
        SiteFate::SpinOff,
        &[
            "spin",
            "spins",
            "spun",
            "spinoff",
            "scinder",
            "scission",
            "escindir",
            "escisión",
            "scorporare",
            "scorporo",
        ],
    ),
];

/// Nouns of a site or a business whose fate a company decides, in English, French,
/// Spanish, Italian and German (the German plants are `lexicon::german`'s: [`is_site`]).
/// Not "works" ("the works council"), nor "unit" or
/// "operations".
pub(super) const SITES: &[&str] = &[
    // en
    "plant",
    "plants",
    "factory",
    "factories",
    "site",
    "sites",
    "facility",
    "facilities",
    "mill",
    "mills",
    "smelter",
    "refinery",
    "division",
    "subsidiary",
    "business",
    // fr
    "usine",
    "usines",
    "filiale",
    "établissement",
    // es
    "planta",
    "plantas",
    "fábrica",
    "fábricas",
    "factoría",
    "filial",
    // it
    "stabilimento",
    "stabilimenti",
    "fabbrica",
    "fabbriche",
    "impianto",
    "sito",
    // de (a plant, a factory, a site: `lexicon::german`'s plants, [`is_site`])
    "betrieb",
];

/// Whether token `t` is a noun of a site: a word of [`SITES`], or a German one of a plant,
/// a factory or a site (`lexicon::german::SAME`'s "plant": "Werk", "Fabrik", "Standort",
/// "Autofabrik").
fn is_site(t: &Token) -> bool {
    use crate::matcher::lexicon::german::same_key;
    let w = t.norm.as_str();
    t.kind == Kind::Word && (SITES.contains(&w) || same_key(w, t.capital) == Some("plant"))
}

/// The most tokens between a fate word and its site's noun.
const REACH: usize = 4;

/// Words that tell a fate as promised, not told as decided ("its promise to keep every
/// plant open", "pledged to keep the plant"); the modal verbs of [`MAY`] tell it as only
/// possible ("could sell the plant").
const POSSIBLE: &[&str] = &[
    "promise",
    "promised",
    "pledge",
    "pledged",
    "vowed",
    "promesse",
    "promis",
    "promesa",
    "prometió",
    "promessa",
    "promesso",
];

/// The fate token `i` of `toks` tells, if it is a word of [`FATE_WORDS`] where it stands,
/// with the end of its words ("shut down", "spin off").
fn fate_at(toks: &[Token], i: usize) -> Option<(SiteFate, usize)> {
    let t = &toks[i];
    if t.kind != Kind::Word {
        return None;
    }
    let w = t.norm.as_str();
    // German selling: the lexicon's words ("verkaufen", "verkauft", "Verkauf").
    let german_sale = || {
        use crate::matcher::lexicon::german::same_key;
        (same_key(w, t.capital) == Some("sell")).then_some(SiteFate::Sell)
    };
    let fate = &FATE_WORDS
        .iter()
        .find(|(_, words)| words.contains(&w))
        .map(|f| f.0)
        .or_else(german_sale)?;
    let next = toks.get(i + 1).map(|n| n.norm.as_str());
    let prev = i.checked_sub(1).map(|k| toks[k].norm.as_str());
    match w {
        "spin" | "spins" | "spun" if next != Some("off") => None,
        "close" if next == Some("to") || matches!(prev, Some("a" | "the" | "very" | "so")) => None,
        _ => {
            let two = matches!(next, Some("down" | "off")) && *fate != SiteFate::Keep;
            Some((*fate, i + 1 + usize::from(two)))
        }
    }
}

/// Whether tokens `x` and `y` of `p` (`x < y`) stand in one clause ([`super::one_clause`]):
/// no word of `participants::CLAUSE_ENDS` ("and", "but", "et", "y" …) between them.
fn one_clause(p: &Prepared, x: usize, y: usize) -> bool {
    super::one_clause(p, x, y, CLAUSE_ENDS)
}

/// One fate of a site told in a sentence: the fate, the token range of its words and the
/// index of the site's noun.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SiteTold {
    fate: SiteFate,
    words: (usize, usize),
    site: usize,
}

/// Words that open a clause or a phrase set off by commas right after a site's noun,
/// which tells more of the site, not its fate ("The plant, which employs 300 people, will
/// be closed", fr "L'usine, qui emploie 300 salariés, sera fermée", es "La fábrica, que
/// emplea a 300 trabajadores, permanecerá cerrada", "La planta, con 300 trabajadores,
/// será vendida", de "Das Werk, das 300 Menschen beschäftigt, wird geschlossen"):
/// relative pronouns and "with".
const INSERTS: &[&str] = &[
    "which", "who", "that", "where", "with", "qui", "que", "dont", "où", "avec", "quien", "donde",
    "con", "cuyo", "cuya", "che", "dove", "cui", "der", "die", "das", "welche", "welcher",
    "welches", "wo", "mit", "com", "onde",
];

/// The most tokens of a clause set off by commas after a site's noun ([`INSERTS`]).
const INSERT_WORDS: usize = 10;

/// The last token of a clause set off by commas right after the site's noun at `site`
/// ([`INSERTS`], up to [`INSERT_WORDS`] tokens, closed by a comma), or `site` itself
/// when none follows it: where the site's words end before its fate.
fn site_end(p: &Prepared, site: usize) -> usize {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let comma_before = |k: usize| {
        chars
            .get(toks[k - 1].end..toks[k].start)
            .is_some_and(|g| g.contains(&','))
    };
    let opens = toks
        .get(site + 1)
        .is_some_and(|t| INSERTS.contains(&t.norm.as_str()) && comma_before(site + 1));
    if !opens {
        return site;
    }
    (site + 2..toks.len().min(site + 2 + INSERT_WORDS))
        .find(|&k| comma_before(k))
        .map_or(site, |k| k - 1)
}

/// Every fate of a site `p` tells ([`fate_at`] within [`REACH`] tokens of a noun of
/// a site, [`is_site`], in one clause; a clause set off by commas right after the noun
/// skipped, [`site_end`]), in the order of the text.
fn told(p: &Prepared) -> Vec<SiteTold> {
    let toks = &p.tokens;
    let sites: Vec<usize> = (0..toks.len()).filter(|&k| is_site(&toks[k])).collect();
    if sites.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for i in 0..toks.len() {
        let Some((fate, end)) = fate_at(toks, i) else {
            continue;
        };
        let near = sites.iter().copied().find(|&s| {
            let (x, y) = if s < i { (s, i) } else { (end - 1, s) };
            // "The plant, which employs 300 people, will be closed": the fate read after
            // the clause, counted from the clause's last word.
            let inserted = || {
                let last = site_end(p, s);
                last > s && last < i && i - last <= REACH + 1 && one_clause(p, last + 1, i)
            };
            (y - x <= REACH + 1 && y > x && one_clause(p, x, y)) || (s < i && inserted())
        });
        if let Some(site) = near {
            out.push(SiteTold {
                fate,
                words: (i, end),
                site,
            });
        }
    }
    out
}

/// Words of place after a site's noun before its name ("plant *in* Kassel", "usine *de*
/// Kassel", "stabilimento *di* Kassel").
const SITE_OF: &[&str] = &["in", "at", "near", "à", "de", "du", "en", "di", "a"];

/// The names that tell which site the noun at `site` of `p` is: a capitalised word right
/// before it ("the *Kassel* plant", not opening the sentence) and the capitalised words
/// after a word of [`SITE_OF`] right after it ("its plant in *Kassel*"), diacritics
/// folded.
fn names_near(p: &Prepared, site: usize) -> Vec<String> {
    let toks = &p.tokens;
    let name = |k: usize| toks[k].capital && toks[k].kind == Kind::Word && !toks[k].stop;
    let mut out: Vec<usize> = Vec::new();
    if site > 1 && name(site - 1) && one_clause(p, site - 1, site) {
        out.push(site - 1);
    }
    let of = toks
        .get(site + 1)
        .is_some_and(|t| SITE_OF.contains(&t.norm.as_str()));
    if of {
        out.extend((site + 2..toks.len().min(site + 5)).take_while(|&k| name(k)));
    }
    out.iter()
        .map(|&k| crate::matcher::flags::fold_diacritics(&toks[k].norm).into_owned())
        .collect()
}

/// Whether the fate at `t` of `p` is told as only possible or promised: a word of
/// [`MAY`] or [`POSSIBLE`] among the three tokens before it.
fn possible(p: &Prepared, t: &SiteTold) -> bool {
    let i = t.words.0;
    p.tokens[i.saturating_sub(3)..i].iter().any(|m| {
        let w = m.norm.as_str();
        (MAY.contains(&w) || POSSIBLE.contains(&w)) && !(m.capital && w == "may")
    })
}

/// The one fate a sentence gives its sites, if it gives any and only one (a fate told
/// several times counts once): its first telling. Read once per sentence
/// (`flags/facts.rs`).
fn one_fate(p: &Prepared) -> Option<SiteTold> {
    *p.facts.site_fate.get_or_init(|| read_one_fate(p))
}

/// [`one_fate`], read from the tokens.
fn read_one_fate(p: &Prepared) -> Option<SiteTold> {
    let all = told(p);
    let first = *all.first()?;
    all.iter().all(|t| t.fate == first.fate).then_some(first)
}

/// Two fates of one site, one in each sentence ("close its plant in Kassel" / "sell its
/// factory in Kassel"): each sentence gives its sites one fate, the two differ, neither
/// is told as only possible, and the sites are not named by two other places. The ranges
/// of the two fates' words, `a`'s first.
pub(super) fn site_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let x = one_fate(a)?;
    let y = one_fate(b)?;
    if x.fate == y.fate || possible(a, &x) || possible(b, &y) {
        return None;
    }
    let (na, nb) = (names_near(a, x.site), names_near(b, y.site));
    if !na.is_empty() && !nb.is_empty() && !na.iter().any(|n| nb.contains(n)) {
        return None;
    }
    let range = |p: &Prepared, (s, e): (usize, usize)| (p.tokens[s].start, p.tokens[e - 1].end);
    Some((range(a, x.words), range(b, y.words)))
}
