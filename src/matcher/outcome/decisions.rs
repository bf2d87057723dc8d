//! Opposite decisions told of one subject about one thing (trial 31, F4): bail, asylum,
//! parole or a permit granted against refused ("The judge granted bail" / "The judge
//! refused bail", "denied bail"), and a forecast kept against changed ("confirmed its
//! forecast" / "cut its forecast", "kept" / "lowered", "bestätigte seine Prognose" /
//! "senkte seine Prognose"), a penalty kept against changed ("The court upheld the
//! four-year ban" / "The court reduced the ban from four years to two years"). Read as [`super::OPPOSITES`] are (word beginnings, a word
//! ending with `$` read whole), each word only next to a word of what is decided
//! ([`reads_here`]) and each pair only of one thing and one subject ([`one_thing`],
//! [`one_subject`]): "The minister was granted bail" / "His aide was refused bail" tell
//! of two people.

use super::fates::subject;
use super::index_of;
use crate::matcher::lexicon::casualty::is_form;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::Token;

/// Words of granting, in English, French, German, Spanish, Italian and Portuguese.
const GRANTED: &[&str] = &[
    "granted$",
    "grants$",
    "grant$",
    "granting$",
    "accordé$",
    "accordée$",
    "gewährt$",
    "gewährte$",
    "concedió$",
    "concedida$",
    "concedido$",
    "concesso$",
    "concessa$",
    "concedeu$",
];

/// Words of refusing ("refused", "denied", "rejected", "refusé", "verweigert",
/// "abgelehnt", "denegó", "negata", "recusou"): the other side of [`GRANTED`].
const REFUSED: &[&str] = &[
    "refused$",
    "refuses$",
    "refuse$",
    "refusing$",
    "denied$",
    "denies$",
    "deny$",
    "denying$",
    "rejected$",
    "refusé$",
    "refusée$",
    "verweigert$",
    "verweigerte$",
    "abgelehnt$",
    "denegó$",
    "negó$",
    "denegada$",
    "denegado$",
    "rechazó$",
    "rifiutato$",
    "rifiutata$",
    "negato$",
    "negata$",
    "negou$",
    "negada$",
    "negado$",
    "recusou$",
];

/// Words of a forecast kept ("confirmed", "reaffirmed", "maintained", "kept",
/// "bestätigte", "confirmó", "mantuvo", "confermato", "manteve").
const KEPT: &[&str] = &[
    // A penalty upheld ("The court upheld the four-year ban": trial 36 F7.10).
    "upheld$",
    "upholds$",
    "confirmed$",
    "confirms$",
    "reaffirmed$",
    "reiterated$",
    "maintained$",
    "maintains$",
    "kept$",
    "keeps$",
    "confirmé$",
    "maintenu$",
    "bestätigte$",
    "bestätigt$",
    "bekräftigte$",
    "confirmó$",
    "mantuvo$",
    "confermato$",
    "confermò$",
    "mantenuto$",
    "confirmou$",
    "manteve$",
];

/// Words of a forecast changed, down or up ("cut", "lowered", "raised", "abaissé",
/// "senkte", "rebajó", "tagliato", "cortou"): the other side of [`KEPT`]. Down against up
/// is `english::MORE_ENGLISH`'s ("raised" / "cut").
const CHANGED: &[&str] = &[
    "cut$",
    "cuts$",
    "lowered$",
    "lowers$",
    "reduced$",
    "slashed$",
    "trimmed$",
    "downgraded$",
    "raised$",
    "raises$",
    "lifted$",
    "upgraded$",
    "increased$",
    "abaissé$",
    "relevé$",
    "réduit$",
    "senkte$",
    "gesenkt$",
    "kappte$",
    "erhöhte$",
    "erhöht$",
    "rebajó$",
    "recortó$",
    "elevó$",
    "redujo$",
    "tagliato$",
    "ridotto$",
    "alzato$",
    "cortou$",
    "reduziu$",
    "elevou$",
    // A penalty shortened or commuted ("reduced the ban from four years to two": trial
    // 36 F7.10), de "verkürzte", es "redujo" (above), pt "reduzida".
    "shortened$",
    "halved$",
    "commuted$",
    "verkürzt$",
    "verkürzte$",
    "reduziert$",
    "reduzierte$",
    "reduzida$",
    "reducida$",
    "ridotta$",
    "réduite$",
];

/// The opposite pairs (see the module's comment).
pub(crate) const DECISIONS: &[(&[&str], &[&str])] = &[(GRANTED, REFUSED), (KEPT, CHANGED)];

/// What is granted or refused, one group per thing in six languages (bail, asylum,
/// parole, a permit, a visa, a pardon, extradition, immunity, a request).
const GRANTS: &[&[&str]] = &[
    &["bail", "kaution", "caution", "fianza", "cauzione", "fiança"],
    &["asylum", "asyl", "asile", "asilo"],
    &["parole", "bewährung"],
    &[
        "permission",
        "permit",
        "licence",
        "license",
        "genehmigung",
        "erlaubnis",
        "permis",
        "autorisation",
        "permiso",
        "autorización",
        "permesso",
        "autorizzazione",
        "licença",
        "autorização",
    ],
    &["visa", "visas", "visum", "visto"],
    &[
        "pardon",
        "clemency",
        "begnadigung",
        "grâce",
        "indulto",
        "grazia",
    ],
    &[
        "extradition",
        "auslieferung",
        "extradición",
        "estradizione",
        "extradição",
    ],
    &[
        "immunity",
        "immunität",
        "immunité",
        "inmunidad",
        "immunità",
        "imunidade",
    ],
    &[
        "request",
        "demande",
        "antrag",
        "solicitud",
        "petición",
        "richiesta",
        "pedido",
    ],
];

/// What a forecast is called ("forecast", "guidance", "outlook", "prévisions",
/// "Prognose", "previsiones", "previsioni", "previsão"), one group.
const FORECASTS: &[&str] = &[
    "forecast",
    "forecasts",
    "guidance",
    "outlook",
    "target",
    "targets",
    "prévision",
    "prévisions",
    "objectif",
    "objectifs",
    "prognose",
    "ausblick",
    "jahresziel",
    "previsión",
    "previsiones",
    "previsione",
    "previsioni",
    "previsão",
    "previsões",
];

/// What a penalty is called, one group per kind of penalty in seven languages: a ban or a
/// suspension, a prison sentence, a fine. A penalty kept ("upheld the ban") against one
/// changed ("reduced the ban") is a decision of [`DECISIONS`] as a forecast's is.
const PENALTIES: &[&[&str]] = &[
    &[
        "ban",
        "suspension",
        "sperre",
        "squalifica",
        "sanción",
        "suspensión",
        "sanção",
        "suspensão",
        "schorsing",
    ],
    &[
        "sentence",
        "peine",
        "strafe",
        "haftstrafe",
        "pena",
        "condena",
        "condanna",
        "straf",
        "celstraf",
    ],
    &["fine", "amende", "geldstrafe", "multa", "boete"],
];

/// How many tokens either side of a word of [`DECISIONS`] the thing decided is read.
const REACH: usize = 4;

/// The thing decided near token `t` of `p` ([`REACH`] tokens either side): the index of
/// its group of [`GRANTS`] when `t` grants or refuses, `GRANTS.len()` for a forecast when
/// `t` keeps or changes, or `GRANTS.len() + 1 + k` for group `k` of [`PENALTIES`]; `None`
/// when no such word stands there.
fn thing(p: &Prepared, t: &Token) -> Option<usize> {
    let i = index_of(&p.tokens, t)?;
    let near = &p.tokens[i.saturating_sub(REACH)..p.tokens.len().min(i + REACH + 1)];
    let is = |list: &[&str]| near.iter().any(|n| list.contains(&n.norm.as_str()));
    let word = |list: &[&str]| list.iter().any(|w| is_form(&t.norm, w));
    if word(GRANTED) || word(REFUSED) {
        GRANTS.iter().position(|g| is(g))
    } else if !(word(KEPT) || word(CHANGED)) {
        None
    } else if is(FORECASTS) {
        Some(GRANTS.len())
    } else {
        PENALTIES
            .iter()
            .position(|g| is(g))
            .map(|k| GRANTS.len() + 1 + k)
    }
}

/// Whether token `t` of `p`, a word of [`DECISIONS`], tells a decision where it stands: a
/// word of what is decided ([`GRANTS`], [`FORECASTS`], [`PENALTIES`]) within [`REACH`]
/// tokens of it ("granted bail", "bail was refused", "cut its forecast", "upheld the
/// ban").
pub(super) fn reads_here(p: &Prepared, t: &Token) -> bool {
    thing(p, t).is_some()
}

/// Whether decisions `x` of `a` and `y` of `b` are about one thing ([`thing`]: "granted
/// bail" / "refused bail", not "granted bail" / "refused asylum").
pub(super) fn one_thing(a: &Prepared, x: &Token, b: &Prepared, y: &Token) -> bool {
    thing(a, x).is_some() && thing(a, x) == thing(b, y)
}

/// Whether outcome words `x` of `a` and `y` of `b` are told of one subject: the content
/// words before each in its clause (`fates::subject`: "The former minister denied") share
/// a word, or one side names none ("He denied" / "The minister admitted" may be one
/// man). "The minister denied the charges" / "His aide confessed" are two people.
pub(super) fn one_subject(a: &Prepared, x: &Token, b: &Prepared, y: &Token) -> bool {
    let words = |p: &Prepared, t: &Token| {
        index_of(&p.tokens, t)
            .and_then(|i| subject(p, i))
            .map(|(w, _)| w)
            .unwrap_or_default()
    };
    // A person named by a role anyone may have ("the man", "the accused") may be the
    // one the other names: no word of the subject.
    let generic = |p: &Prepared| -> Vec<u64> {
        p.tokens
            .iter()
            .filter(|t| ANYONE.contains(&t.norm.as_str()))
            .map(|t| t.stem)
            .collect()
    };
    let (ga, gb) = (generic(a), generic(b));
    let (mut wa, mut wb) = (words(a, x), words(b, y));
    wa.retain(|w| !ga.contains(w));
    wb.retain(|w| !gb.contains(w));
    wa.is_empty() || wb.is_empty() || wa.iter().any(|w| wb.contains(w))
}

/// Words that name a person by a role anyone in a case may have ("the man", "the
/// suspect", "the accused", "l'homme", "der Angeklagte", "el acusado", "l'imputato", "o
/// arguido"): [`one_subject`] reads them as naming nobody in particular.
const ANYONE: &[&str] = &[
    "man",
    "woman",
    "person",
    "suspect",
    "accused",
    "defendant",
    "homme",
    "femme",
    "accusé",
    "accusée",
    "prévenu",
    "prévenue",
    "mann",
    "frau",
    "angeklagte",
    "angeklagter",
    "beschuldigte",
    "verdächtige",
    "hombre",
    "mujer",
    "acusado",
    "acusada",
    "sospechoso",
    "uomo",
    "donna",
    "imputato",
    "accusato",
    "homem",
    "mulher",
    "arguido",
    "réu",
];
