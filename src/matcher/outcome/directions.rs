//! Directions of a level in every language the matcher reads (trial 42 B1, B2): the
//! guards that read a word of a rise or a fall of [`super::MORE_LANGUAGES`] as one only
//! where it moves a level ("hat den Leitzins gesenkt", "ha tagliato i tassi", "cayó un
//! 8 %"; not "tagliato il nastro", "a relevé que", "cayó en la trampa"), and of one thing
//! ("Die Aktie fiel" / "Der Umsatz stieg" are two); and two more opposite pairs: a level
//! changed against left as it was ("cut rates" / "left rates unchanged", "tagliato i
//! tassi" / "lasciato i tassi invariati"), people held in custody against let go
//! ("placées en garde à vue" / "relâchées", "held in custody" / "released").

use super::index_of;
use super::languages::MORE_LANGUAGES;
use crate::matcher::lexicon::beginnings::whole_or_beginning;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// More opposite pairs, read as [`super::OPPOSITES`] are, after
/// [`super::MORE_LANGUAGES`]: a level left unchanged against changed ([`UNCHANGED`],
/// [`CHANGED`]: both read only next to a word of a level, [`near_a_level`]), people held
/// in custody against let go ([`CUSTODY`] against the release words of the arrest pair of
/// [`super::OPPOSITES`]: "15 ont été placées en garde à vue" / "toutes ont été relâchées"
/// is flagged though both tell an arrest).
pub(super) const MORE_DIRECTIONS: &[(&[&str], &[&str])] =
    &[(UNCHANGED, CHANGED), (CUSTODY, super::OPPOSITES[0].1)];

/// A level left as it was: en, fr, de, it, es, pt, nl ("left rates unchanged", "laissé
/// ses taux inchangés", "den Leitzins unverändert gelassen", "lasciato i tassi
/// invariati", "mantuvo los tipos inalterados", "manteve os juros inalterados", "liet de
/// rente ongewijzigd"). Read only next to a word of a level ([`near_a_level`]).
const UNCHANGED: &[&str] = &[
    "unchanged$",
    "inchangé$",
    "inchangés$",
    "inchangée$",
    "inchangées$",
    "unverändert$",
    "invariato$",
    "invariati$",
    "invariata$",
    "invariate$",
    "inalterado$",
    "inalterados$",
    "inalterada$",
    "inalteradas$",
    "ongewijzigd$",
    "onveranderd$",
    // Read only after the words of [`ONLY_AFTER`]: "held rates steady", "kept rates on
    // hold", "sin cambios", "sans changement", "sem alterações", "senza variazioni".
    "steady$",
    "hold$",
    "cambios$",
    "cambio$",
    "changement$",
    "changements$",
    "alterações$",
    "alteração$",
    "mudanças$",
    "variazioni$",
];

/// Words of [`UNCHANGED`] that tell a level left as it was only after other words, within
/// so many tokens before them: a noun of change after a word of "without"
/// (`negation::WITHOUT`: "mantuvo los tipos sin cambios", "sans changement", "sem
/// alterações"; not "anunció cambios"), "hold" right after "on" ("kept rates on hold";
/// not "will hold a meeting on rates"), "steady" after a verb of keeping ("held rates
/// steady", "kept prices steady"; not "steady growth").
const ONLY_AFTER: &[(&[&str], &[&str], usize)] = &[
    (
        &[
            "cambios",
            "cambio",
            "changement",
            "changements",
            "alterações",
            "alteração",
            "mudanças",
            "variazioni",
        ],
        super::negation::WITHOUT,
        1,
    ),
    (&["hold"], &["on"], 1),
    (
        &["steady"],
        &[
            "held", "hold", "holds", "holding", "kept", "keep", "keeps", "keeping", "left",
            "leave", "leaves", "remained", "stayed",
        ],
        4,
    ),
];

/// Whether token `i` of `p`, a word of [`UNCHANGED`], stands after the words it needs
/// ([`ONLY_AFTER`]); every other word of it does.
fn after_its_words(p: &Prepared, i: usize) -> bool {
    let norm = p.tokens[i].norm.as_str();
    ONLY_AFTER
        .iter()
        .find(|(words, _, _)| words.contains(&norm))
        .is_none_or(|(_, before, reach)| {
            p.tokens[i.saturating_sub(*reach)..i]
                .iter()
                .any(|t| before.contains(&t.norm.as_str()))
        })
}

/// A level changed by someone, up or down, in the seven languages ("cut", "raised",
/// "gesenkt", "erhöht", "baissé", "relevé", "tagliato", "alzato", "recortó", "subió",
/// "cortou", "subiu", "verlaagd", "verhoogd"): against [`UNCHANGED`], read only next to a
/// word of a level ([`near_a_level`]: "cut 500 jobs" is no level).
const CHANGED: &[&str] = &[
    "cut$",
    "cuts$",
    "raised$",
    "raises$",
    "lowered$",
    "hiked$",
    "gesenkt$",
    "senkte$",
    "erhöht$",
    "erhöhte$",
    "angehoben$",
    "baissé$",
    "abaissé$",
    "relevé$",
    "tagliato$",
    "alzato$",
    "ridotto$",
    "abbassato$",
    "aumentato$",
    "recortó$",
    "redujo$",
    "bajó$",
    "subió$",
    "cortou$",
    "reduziu$",
    "baixou$",
    "subiu$",
    "verlaagd$",
    "verlaagde$",
    "verhoogd$",
    "verhoogde$",
];

/// Held by the police ("held in custody", "placées en garde à vue", "in Gewahrsam
/// genommen", "bajo custodia", "in custodia cautelare", "em custódia", "in voorarrest"):
/// against a release. "garde" only in "garde à vue" ([`reads_here`]).
const CUSTODY: &[&str] = &[
    "custody$",
    "garde$",
    "gewahrsam$",
    "custodia$",
    "custódia$",
    "voorarrest$",
];

/// Words of a rise or a fall of [`super::MORE_LANGUAGES`] that tell something else too
/// ("tagliato il nastro", "alzato le mani", "a relevé que", "cayó en la trampa", "caiu no
/// rio", "scese dall'auto", "a reculé sur la réforme", "zakte voor het examen"): read only
/// next to a level or before a figure ([`near_a_level`]). German "fiel" with them (a
/// figure four words on: "fiel am Mittwoch um 8 Prozent").
const OTHER_SENSES: &[&str] = &[
    "fiel", "fielen", "relevé", "relevés", "reculé", "réduit", "tagliato", "tagliati", "alzato",
    "alzati", "ridotto", "ridotti", "scesa", "scese", "cayó", "caiu", "cortou", "recortó", "zakte",
];

/// Beginnings of words of a level: rates, prices, taxes, shares, an index, a currency, in
/// the seven languages ("rates", "Leitzins", "taux", "tassi", "tipos", "juros", "rente",
/// "Preise", "prix", "prezzi", "precios", "Aktie", "action", "azioni", "acciones",
/// "ações", "aandeel", "koers"); a word ending with `$` read whole ("stock", not
/// "Stockholm"; "cours", not "course"). German compounds end with one: [`LEVEL_ENDS`].
const LEVELS: &[&str] = &[
    "rate", "interest", "zins", "taux$", "tass", "tipos$", "juro", "taxa", "rente", "price",
    "prix$", "prezz", "precio$", "precios$", "preço", "preis", "prijs", "prijz", "tax$", "taxes$",
    "steuer", "impost", "share", "stock$", "stocks$", "aktie", "action$", "actions$", "azion",
    "accion", "ação", "açõe", "aandeel", "koers", "kurs", "cours$", "index", "indice", "índice",
    "dollar", "dólar", "dollaro", "euro$", "euros$",
];

/// Ends of German and Dutch compounds of a level ("Leitzins", "Einlagenzins",
/// "Strompreis", "Mehrwertsteuer", "Aktienkurs", "beleidsrente").
const LEVEL_ENDS: &[&str] = &[
    "zins", "zinsen", "preis", "preise", "steuer", "kurs", "rente",
];

/// Whether token `t` is list word `w`: the word itself when `w` ends with `$`, else any
/// word beginning with it.
fn is_word(w: &'static str, t: &Token) -> bool {
    match whole_or_beginning(w) {
        (w, true) => t.norm == w,
        (w, false) => t.norm.starts_with(w),
    }
}

/// Whether `t` is a word of a level ([`LEVELS`], [`LEVEL_ENDS`]).
fn level(t: &Token) -> bool {
    t.kind == Kind::Word
        && (LEVELS.iter().any(|w| is_word(w, t)) || LEVEL_ENDS.iter().any(|w| t.norm.ends_with(w)))
}

/// Whether token `i` of `p` stands next to a level: a word of a level within the four
/// tokens either side ("den Leitzins gesenkt", "tagliato i tassi"), or, when `figures`,
/// a figure within the five after it ("cayó el miércoles un 8 %").
fn near_a_level(p: &Prepared, i: usize, figures: bool) -> bool {
    let toks = &p.tokens;
    let around = &toks[i.saturating_sub(4)..toks.len().min(i + 5)];
    let ahead = &toks[(i + 1).min(toks.len())..toks.len().min(i + 6)];
    around.iter().any(level) || (figures && ahead.iter().any(|n| matches!(n.kind, Kind::Number(_))))
}

/// Whether token `t` of `p`, a word of a list of opposites, is read as an outcome by the
/// rules of this file (`None`: not a word of theirs): a word of [`OTHER_SENSES`],
/// next to a level or a figure, of [`UNCHANGED`] next to a word of a level
/// ([`near_a_level`]) and after the words it needs ([`after_its_words`]); "garde" only before
/// "à vue".
pub(super) fn reads_here(p: &Prepared, t: &Token) -> Option<bool> {
    let norm = t.norm.as_str();
    let i = index_of(&p.tokens, t)?;
    if norm == "garde" {
        let next = |k: usize| p.tokens.get(i + k).map(|n| n.norm.as_str());
        return Some(matches!(next(1), Some("à" | "a")) && next(2) == Some("vue"));
    }
    let unchanged = UNCHANGED.iter().any(|w| whole_or_beginning(w).0 == norm);
    (unchanged || OTHER_SENSES.contains(&norm))
        .then(|| near_a_level(p, i, !unchanged) && (!unchanged || after_its_words(p, i)))
}

/// Whether the words of change `x` of `a` and `y` of `b` are told of one thing (`None`
/// when neither is a word of this file's): a level unchanged against changed only when
/// the changed one stands next to a word of a level too ("cut rates" / "left rates
/// unchanged", not "cut 500 jobs"); held in custody against released only of a person ("were released",
/// not "released the name of the victim"); a rise against a fall of [`super::MORE_LANGUAGES`] when their movers
/// ([`mover`]) share a word, or one has none ("Die Aktie fiel" / "Die Aktie stieg", not
/// "Die Aktie fiel" / "Der Umsatz stieg").
pub(super) fn one_thing(a: &Prepared, x: &Token, b: &Prepared, y: &Token) -> Option<bool> {
    let is =
        |list: &[&'static str], t: &Token| list.iter().any(|w| whole_or_beginning(w).0 == t.norm);
    if is(UNCHANGED, x) || is(UNCHANGED, y) {
        let near = |p: &Prepared, t: &Token| {
            index_of(&p.tokens, t).is_some_and(|i| near_a_level(p, i, false))
        };
        return Some(near(a, x) && near(b, y));
    }
    // Held against released: a person released ("were released", "released from"), not
    // a name or a statement (`super::released_person`).
    if is(CUSTODY, x) {
        return Some(super::released_person(&b.tokens, y));
    }
    if is(CUSTODY, y) {
        return Some(super::released_person(&a.tokens, x));
    }
    if !rise_or_fall(x) || !rise_or_fall(y) {
        return None;
    }
    let (ma, mb) = (mover(a, x), mover(b, y));
    Some(ma.is_empty() || mb.is_empty() || ma.iter().any(|s| mb.contains(s)))
}

/// Whether `t` is a word of the rise / fall pair of [`super::MORE_LANGUAGES`] (its first).
fn rise_or_fall(t: &Token) -> bool {
    let Some((up, down)) = MORE_LANGUAGES.first() else {
        return false;
    };
    up.iter().chain(down.iter()).any(|w| is_word(w, t))
}

/// What moves with the word of change `t` of `p`: the stems of up to two content words
/// before it and up to two after it in its clause (no comma, semicolon, colon or bracket
/// between), leaving out figures, the unit after a figure and dates ("Der Umsatz ist um 8
/// Prozent gestiegen" gives "Umsatz"; "Op het Damrak steeg het aandeel woensdag 3
/// procent", the subject after its verb, "Damrak" and "aandeel").
fn mover(p: &Prepared, t: &Token) -> Vec<u64> {
    let Some(i) = index_of(&p.tokens, t) else {
        return Vec::new();
    };
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    // Whether tokens `k` and `k + 1` stand in one clause.
    let joined = |k: usize| {
        let gap = chars.get(toks[k].end..toks[k + 1].start).unwrap_or(&[]);
        !gap.iter()
            .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '.'))
    };
    let content = |k: &usize| {
        let t = &toks[*k];
        let unit = *k >= 1 && matches!(toks[*k - 1].kind, Kind::Number(_));
        t.kind == Kind::Word && !t.date && !t.stop && !unit
    };
    let before = (0..i)
        .rev()
        .take_while(|&k| joined(k))
        .filter(content)
        .take(2);
    let after = (i + 1..toks.len())
        .take_while(|&k| joined(k - 1))
        .filter(content)
        .take(2);
    before.chain(after).map(|k| toks[k].stem).collect()
}
