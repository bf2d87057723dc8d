//! Opposite outcomes told as states and sides (trial 29, F7, F17, F14): an admission
//! against a denial in French, Spanish, Italian, Portuguese and German ("a reconnu les
//! faits" / "a nié les faits"), a charge retained against ruled out ("la préméditation
//! retenue" / "écartée"), a place that stays open against one that closes, a suspect held
//! in custody against one released on bail, a vote survived against lost, a medal (gold,
//! silver, bronze), and a side, left against right. Read as [`super::OPPOSITES`] are
//! (word beginnings, a word ending with `$` read whole), each word only where
//! [`reads_here`] says it tells the outcome.

use super::index_of;
use crate::matcher::lexicon::FOR_A_TIME;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// Admissions in French, Spanish, Italian, Portuguese and German ("avoué", "reconnu",
/// "admitió", "ammesso", "confessou", "gestand"): the other side of [`DENIED`]. English
/// "admit" is on [`super::OPPOSITES`].
const ADMITTED: &[&str] = &[
    "reconnu$",
    "reconnaît$",
    "reconnait$",
    "avoué$",
    "avoue$",
    "admis$",
    "admet$",
    "admitió$",
    "admite$",
    "confesó$",
    "reconoció$",
    "ammesso$",
    "ammette$",
    "ammise$",
    "confessato$",
    "confessò$",
    "admitiu$",
    "confessou$",
    "reconheceu$",
    "gestand$",
    "gestanden$",
    "gesteht$",
    "zugegeben$",
    "eingeräumt$",
    // Confirmations, against a denial ("a confirmé" / "a démenti", "bestätigte" /
    // "dementierte", "confirmó" / "desmintió"; English "confirm" is on
    // [`super::OPPOSITES`]).
    "confirmé$",
    "confirme$",
    "confirmó$",
    "confirmaron$",
    "confirmou$",
    "confermato$",
    "confermò$",
    "bestätigte$",
    "bestätigt$",
    "bestätigten$",
];

/// Denials in French, Spanish, Italian, Portuguese and German ("nié", "negó", "negato",
/// "negou", "bestritt"): they also turn the other outcome rules off, as "denied" does
/// ([`super::is_denial`]). Not French "nie" (German "never").
pub(super) const DENIED: &[&str] = &[
    "nié$",
    "niée$",
    "niés$",
    "niait$",
    "niaient$",
    "nient$",
    "nier$",
    "negó$",
    "negaron$",
    "niega$",
    "niegan$",
    "negato$",
    "negò$",
    "negano$",
    "negou$",
    "negaram$",
    "bestritt",
    "bestreit",
    "bestritten$",
    "geleugnet$",
    "leugnet",
    // A report denied: fr "a démenti", de "dementierte", es "desmintió", it "ha
    // smentito", pt "desmentiu" (not "dementia").
    "démenti$",
    "démentie$",
    "dément$",
    "démentent$",
    "dementiert$",
    "dementierte$",
    "dementierten$",
    "desmintió$",
    "desmintieron$",
    "desmiente$",
    "smentito$",
    "smentisce$",
    "smentì$",
    "desmentiu$",
    "desmente$",
];

/// The words of place that make "left" / "right" and their translations a side ("to the
/// left", "on the right", fr "à gauche", de "nach links", es "a la derecha", it "a
/// sinistra", pt "à esquerda"): the word before the side, or the two before it.
const SIDE_BEFORE: &[&str] = &["nach", "à", "a", "vers", "verso", "hacia", "para", "pela"];

/// Verbs of turning a side right after which tells a direction ("banked left", "veered
/// right", "turned left"), as word beginnings.
const TURNS: &[&str] = &[
    "bank", "veer", "turn", "swerv", "tilt", "lean", "swung", "swing", "drift", "steer", "roll",
];

/// Words before "close" that make it a verb: "will close", "to close", "would close".
const CLOSE_VERB: &[&str] = &[
    "will", "to", "would", "could", "may", "might", "must", "shall", "should", "and",
];

/// The opposite pairs (see the module's comment). A place reopened is open again: the
/// reopened side of the open pair is read in every language ("reopened" / "closed", "la
/// strada è stata riaperta" / "interrotta", "wieder freigegeben" / "gesperrt").
pub(crate) const STATES: &[(&[&str], &[&str])] = &[
    (ADMITTED, DENIED),
    // fr: a charge or a circumstance retained or ruled out.
    (
        &["retenu$", "retenue$", "retenus$", "retenues$"],
        &[
            "écarté$",
            "écartée$",
            "écartés$",
            "écartées$",
            "écarte$",
            "écartent$",
            "rejeté$",
            "rejetée$",
            "rejetés$",
            "rejetées$",
        ],
    ),
    // A place open or closed: "will stay open" / "will close", in five more languages.
    (
        &[
            "open",
            "ouvert$",
            "ouverte$",
            "ouverts$",
            "ouvertes$",
            "geöffnet$",
            "offen$",
            "abierto$",
            "abierta$",
            "abiertos$",
            "abiertas$",
            "aperto$",
            "aperta$",
            "aperti$",
            "aperte$",
            "aberto$",
            "aberta$",
            "abertos$",
            "abertas$",
            // Reopened, a road or a line (trial 32): en "reopened", fr "rouverte", de
            // "freigegeben", es "reabierta", it "riaperta", pt "reaberta".
            "reopen",
            "rouvert",
            "rouvr",
            "freigegeben$",
            "wiedereröffnet$",
            "reabiert",
            "reabrió$",
            "reabrieron$",
            "riapert",
            "riaprirà$",
            "reabert",
            "reabriu$",
        ],
        &[
            "close$",
            "closes$",
            "closure$",
            // English "closed" against a reopening told in another language ("The coastal
            // road was closed" / "La strada costiera è stata riaperta", session 52);
            // against English "open" the first list of `OPPOSITES` reads it first.
            "closed$",
            "shut$",
            "fermé$",
            "fermée$",
            "fermés$",
            "fermées$",
            "fermera$",
            "fermer$",
            "fermeture$",
            "geschlossen$",
            "schließt$",
            "schließen$",
            "cerrado$",
            "cerrada$",
            "cerrará$",
            "cerrar$",
            "chiuso$",
            "chiusa$",
            // Plurals and Dutch (trial 40: "Le scuole resteranno chiuse" / "aperte", "Los
            // colegios permanecerán cerrados" / "abiertos", "As escolas ... fechadas" /
            // "abertas", "De scholen blijven dinsdag gesloten" / "open").
            "chiusi$",
            "chiuse$",
            "cerrados$",
            "cerradas$",
            "fechados$",
            "fechadas$",
            "gesloten$",
            "chiuderà$",
            "chiudere$",
            "fechado$",
            "fechada$",
            "fechará$",
            "fechar$",
            // Closed, a road or a line (trial 32): de "gesperrt", es "cortada", it
            // "interrotta", pt "interditada".
            "gesperrt$",
            "sperrung$",
            "cortada$",
            "cortadas$",
            "cortado$",
            "cortados$",
            "interrotta$",
            "interrotto$",
            "interrotte$",
            "interrotti$",
            "interditada$",
            "interditado$",
        ],
    ),
    // A suspect held in custody or released on bail: "remanded in custody" / "released on
    // bail", fr "placé en détention" / "remis en liberté", de "in Untersuchungshaft" /
    // "auf Kaution", es "prisión preventiva" / "bajo fianza".
    (
        &[
            "remanded$",
            "custody$",
            "détention$",
            "untersuchungshaft$",
            "u-haft$",
            "prisión$",
            "custodia$",
            "prisão$",
            // nl "in voorarrest"
            "voorarrest$",
        ],
        &[
            "bail$",
            "caution$",
            "liberté$",
            "kaution$",
            "fianza$",
            "cauzione$",
            "fiança$",
            // pt, nl: released (trial 36 F16.4: "ficou em prisão preventiva" / "foi
            // libertado")
            "libertado$",
            "libertada$",
            "libertados$",
            "libertadas$",
            "vrijgelaten$",
        ],
    ),
    // A prison term served against a suspended one: pt "prisão efetiva" / "pena suspensa"
    // (trial 36 F17.4), nl "onvoorwaardelijke" / "voorwaardelijke celstraf".
    (
        &[
            "efetiva$",
            "efectiva$",
            "efetivas$",
            "onvoorwaardelijke$",
            "onvoorwaardelijk$",
        ],
        &[
            "suspensa$",
            "suspensas$",
            "voorwaardelijke$",
            "voorwaardelijk$",
        ],
    ),
    // A vote survived or lost: "survived a confidence vote" / "lost a confidence vote",
    // "was toppled by a no-confidence vote", de "überstand das Misstrauensvotum" /
    // "durch ein Misstrauensvotum gestürzt", es "superó la moción de censura" / "perdió".
    (
        &[
            "survived$",
            "survives$",
            "survive$",
            "survécu$",
            "überstand$",
            "überstanden$",
            "übersteht$",
            "superó$",
            "superado$",
            "superato$",
            "superou$",
            "sobrevivió$",
            "sobreviveu$",
            // Session 39: a vote or seats won, in French, German, Spanish, Italian,
            // Portuguese and Dutch ("a remporté 52 sièges" / "a perdu 52 sièges"): read
            // only of a vote or seats, as the words above.
            "remporté$",
            "gagné$",
            "gewann$",
            "gewonnen$",
            "ganó$",
            "ganado$",
            "vinto$",
            "conquistato$",
            "ganhou$",
            "conquistou$",
            "won$",
        ],
        &[
            "lost$",
            "loses$",
            "lose$",
            "perdu$",
            "toppled$",
            "ousted$",
            "renversé$",
            "gestürzt$",
            "verlor$",
            "verloren$",
            "perdió$",
            "perdido$",
            "derrocado$",
            "perso$",
            "perdeu$",
            "verloor$",
        ],
    ),
    // A medal: gold / silver / bronze ("won silver" / "won bronze": trial 36 F7.8), read
    // only as a medal ([`reads_here`]).
    (GOLD, SILVER),
    (GOLD, BRONZE),
    (SILVER, BRONZE),
    // A side: "to the left" / "to the right", "à gauche" / "à droite".
    (
        &[
            "left$",
            "links$",
            "gauche$",
            "izquierda$",
            "sinistra$",
            "esquerda$",
        ],
        &[
            "right$", "rechts$", "droite$", "derecha$", "destra$", "direita$",
        ],
    ),
];

/// Gold, as a medal, in English, French, Spanish, Portuguese, Italian, German and Dutch.
const GOLD: &[&str] = &["gold$", "or$", "oro$", "ouro$", "goud$"];

/// Silver, as a medal ([`GOLD`]'s languages).
const SILVER: &[&str] = &[
    "silver$", "argent$", "plata$", "prata$", "argento$", "silber$", "zilver$",
];

/// Bronze, as a medal ([`GOLD`]'s languages).
const BRONZE: &[&str] = &["bronze$", "bronce$", "bronzo$", "brons$"];

/// Words of a medal, one of which stands within the two tokens before a medal's metal
/// ("medalha de prata", "médaille d'or") or right after it ("silver medal").
const MEDALS: &[&str] = &[
    "medal",
    "medals",
    "médaille",
    "medalla",
    "medalha",
    "medaglia",
    "medaille",
    "olympic",
];

/// Verbs of winning a medal, one of which stands within the three tokens before its
/// metal ("won silver", "took the bronze", "ganhou a prata", "gewann Gold").
const WON_MEDAL: &[&str] = &[
    "won",
    "wins",
    "win",
    "winning",
    "took",
    "takes",
    "claimed",
    "claims",
    "grabbed",
    "earned",
    "remporté",
    "remporte",
    "décroché",
    "ganó",
    "gana",
    "conquistó",
    "ganhou",
    "conquistou",
    "vinto",
    "vince",
    "conquistato",
    "gewann",
    "gewinnt",
    "holte",
    "wint",
    "pakte",
];

/// Whether the metal at token `i` of `toks` is a medal: a word of [`MEDALS`] right after
/// it or within the two tokens before it, or a verb of [`WON_MEDAL`] within the three
/// tokens before it ("won silver", not "the silver price", "gold mine").
fn medal(toks: &[Token], i: usize) -> bool {
    let word =
        |k: usize, list: &[&str]| toks.get(k).is_some_and(|t| list.contains(&t.norm.as_str()));
    // French "or" only right after "médaille" ("médaille d'or"; English "or" is a
    // conjunction).
    if toks[i].norm == "or" {
        return i > 0 && word(i - 1, &["médaille", "médailles"]);
    }
    word(i + 1, MEDALS)
        || (i.saturating_sub(2)..i).any(|k| word(k, MEDALS))
        || (i.saturating_sub(3)..i).any(|k| word(k, WON_MEDAL))
}

/// Words after "reconnu" and its translations that make it a verdict, not an admission
/// ("reconnu coupable", "reconoció culpable", "reconnu comme").
const VERDICT_AFTER: &[&str] = &[
    "coupable",
    "coupables",
    "culpable",
    "culpables",
    "culpado",
    "colpevole",
    "responsable",
    "responsables",
    "innocent",
    "comme",
    "como",
];

/// Words of a vote or a contest in French, German, Spanish, Italian and Portuguese that
/// "perdu", "survécu", "überstand", "superó" and the like are told of ("perdu
/// l'élection", "survécu à la motion", "überstand das Misstrauensvotum", "superó la
/// moción de censura"), besides the English ones of [`super::CONTESTS`] ("vote",
/// "match").
const CONTESTS_ABROAD: &[&str] = &[
    "élection",
    "élections",
    "scrutin",
    "motion",
    "procès",
    "censure",
    "misstrauensvotum",
    "vertrauensfrage",
    "vertrauensvotum",
    "abstimmung",
    "wahl",
    "moción",
    "censura",
    "votación",
    "sfiducia",
    "fiducia",
    "mozione",
    "votazione",
    "moção",
    "votação",
    // Session 39: seats won or lost.
    "sièges",
    "sitze",
    "escaños",
    "seggi",
    "assentos",
];

/// Words of the lost side of the vote pair of [`STATES`] that may tell the vote before
/// them ("durch ein Misstrauensvotum gestürzt", "toppled by a no-confidence vote").
const TOPPLED: &[&str] = &[
    "toppled",
    "ousted",
    "renversé",
    "gestürzt",
    "verloren",
    "derrocado",
];

/// Whether a word of a vote or a contest ([`super::CONTESTS`], [`CONTESTS_ABROAD`]) is
/// among `toks`.
fn of_a_vote(toks: &[Token]) -> bool {
    toks.iter().any(|n| {
        super::CONTESTS.contains(&n.norm.as_str()) || CONTESTS_ABROAD.contains(&n.norm.as_str())
    })
}

/// Whether token `t` of `p`, a word of [`STATES`], tells the outcome where it stands:
/// "reconnu" not before "coupable" ([`VERDICT_AFTER`]); "admis" not before "à", "en" or
/// "dans" (admitted to a hospital); "close" after "will", "to" and the like
/// ([`CLOSE_VERB`]), "closes" not after an article; "caution", "liberté" after "sous" /
/// "en"; "survived", "lost" and their forms in other languages of a vote or contest (in
/// the four words after them; "toppled", "gestürzt" ... in the six after them or the four
/// before them:
/// [`TOPPLED`]); a side after a word of place ("to the left", "à gauche", "nach links") or
/// a verb of turning ("banked left"). Any other word is read as it stands.
pub(super) fn reads_here(p: &Prepared, t: &Token) -> bool {
    let Some(i) = index_of(&p.tokens, t) else {
        return true;
    };
    let toks = &p.tokens;
    let prev = |k: usize| (i >= k).then(|| toks[i - k].norm.as_str());
    let next = toks.get(i + 1).map(|n| n.norm.as_str());
    // Four words: "survived a no-confidence vote" ("no-confidence" is two tokens).
    let ahead4 = &toks[i + 1..toks.len().min(i + 5)];
    match t.norm.as_str() {
        "reconnu" | "reconoció" | "reconheceu" => next.is_none_or(|n| !VERDICT_AFTER.contains(&n)),
        "admis" => next.is_none_or(|n| !matches!(n, "à" | "a" | "en" | "dans" | "au")),
        "close" => prev(1).is_some_and(|w| CLOSE_VERB.contains(&w)),
        "closes" => prev(1).is_none_or(|w| !matches!(w, "the" | "a" | "an")),
        "caution" => prev(1) == Some("sous"),
        "liberté" => prev(1) == Some("en"),
        "survived" | "survives" | "survive" | "survécu" | "perdu" | "überstand" | "überstanden"
        | "übersteht" | "superó" | "superado" | "superato" | "superou" | "sobrevivió"
        | "sobreviveu" | "verlor" | "perdió" | "perdido" | "perso" | "perdeu" | "remporté"
        | "gagné" | "gewann" | "gewonnen" | "ganó" | "ganado" | "vinto" | "conquistato"
        | "ganhou" | "conquistou" | "won" | "verloor" => of_a_vote(ahead4),
        // "toppled by a no-confidence vote", "durch ein Misstrauensvotum gestürzt".
        // Six words on: "toppled by a no-confidence vote".
        w if TOPPLED.contains(&w) => {
            of_a_vote(&toks[i + 1..toks.len().min(i + 7)])
                || of_a_vote(&toks[i.saturating_sub(4)..i])
        }
        w if [GOLD, SILVER, BRONZE]
            .iter()
            .any(|metal| metal.iter().any(|m| m.strip_suffix('$') == Some(w))) =>
        {
            medal(toks, i)
        }
        "left" | "right" => {
            let to_the = prev(1) == Some("the")
                && prev(2).is_some_and(|w| matches!(w, "to" | "on" | "toward" | "towards"));
            let turned = prev(1).is_some_and(|w| TURNS.iter().any(|v| w.starts_with(v)));
            to_the || turned
        }
        "links" | "rechts" | "gauche" | "droite" | "izquierda" | "derecha" | "sinistra"
        | "destra" | "esquerda" | "direita" => {
            let placed = |w: Option<&str>| w.is_some_and(|w| SIDE_BEFORE.contains(&w));
            placed(prev(1))
                || (prev(1).is_some_and(|w| matches!(w, "la" | "le")) && placed(prev(2)))
        }
        _ => t.kind == Kind::Word,
    }
}

/// Words that begin a reopening ("reopened", fr "rouverte", es "reabierta", pt "reabriu",
/// it "riaperta", de "wiedereröffnet" / "freigegeben", nl "heropend").
const REOPENED: &[&str] = &[
    "reopen",
    "rouv",
    "reabri",
    "reabert",
    "riapr",
    "riapert",
    "wiedereröffnet",
    "freigegeben",
    "heropend",
];

/// Units of a span of time in the languages of `lexicon::FOR_A_TIME` (word beginnings):
/// "hours", "heures", "horas", "ore", "Stunden", "uur", "minutes", "days", "jours" ….
const SPANS: &[&str] = &[
    "hour", "minut", "day", "week", "month", "heure", "jour", "semaine", "mois", "hora", "día",
    "dia", "semana", "mes", "ore$", "ora$", "giorn", "settiman", "stunde", "tag", "woche", "monat",
    "uur", "dag", "wek", "maand",
];

/// Whether token `t` of `p` tells a place closed for a span of time, over by now: a word
/// of `lexicon::FOR_A_TIME` (the words that tell how long: "closed *for* three hours", fr
/// "fermée *pendant*", de "*für* drei Stunden gesperrt") within the two tokens after it, then a unit of [`SPANS`] within the
/// three tokens after that ("closed for three hours", "fechada durante três horas"), or,
/// German, that span before the closed word ("für drei Stunden gesperrt").
fn closed_for_a_time(p: &Prepared, t: &Token) -> bool {
    let Some(i) = index_of(&p.tokens, t) else {
        return false;
    };
    let toks = &p.tokens;
    let span = |k: usize| {
        toks.get(k).is_some_and(|n| {
            SPANS.iter().any(|w| match w.strip_suffix('$') {
                Some(whole) => n.norm == whole,
                None => n.norm.starts_with(w),
            })
        })
    };
    let after = (i + 1..(i + 3).min(toks.len()))
        .filter(|&k| FOR_A_TIME.contains(&toks[k].norm.as_str()))
        .any(|k| (k + 1..k + 4).any(span));
    let before = (i.saturating_sub(4)..i).any(|k| toks[k].norm == "für" && (k + 1..i).any(span));
    after || before
}

/// Whether the open / closed words at `x` of `a` and `y` of `b` tell one story, not two
/// outcomes: one is a reopening ([`REOPENED`]) and the other a closure told with its span
/// of time ("the runway was closed for three hours" / "the runway reopened after five
/// hours": trial 36 F13.2; pt "esteve fechada durante três horas" / "reabriu ao fim de
/// cinco horas"). A closure for a span is over: the place reopened. How long is the
/// number flag's ("three hours ≠ five hours"). A closure with no span ("remains closed")
/// still differs from a reopening.
pub(super) fn closed_then_reopened(a: &Prepared, x: &Token, b: &Prepared, y: &Token) -> bool {
    let reopened = |t: &Token| REOPENED.iter().any(|w| t.norm.starts_with(w));
    let over = |p: &Prepared, t: &Token| closed_for_a_time(p, t) || closed_until(p, t);
    (reopened(x) && over(b, y)) || (reopened(y) && over(a, x))
}

/// Words after "until" that tell no end ("until further notice", "bis auf Weiteres",
/// "jusqu'à nouvel ordre", "hasta nuevo aviso", "fino a nuovo avviso", "até novo aviso").
const NO_END: &[&str] = &[
    "further", "weiteres", "nouvel", "nuevo", "nueva", "nuovo", "novo",
];

/// Whether token `t` of `p` tells a place closed until a time, when it reopens: a word of
/// "until" (`negation::until_word`: "until", "bis", "jusqu'à", "hasta", "fino", "até", nl
/// "tot") within
/// the four tokens before it or the two after it, in one clause ("Die Strecke bleibt bis
/// Freitag gesperrt" = "Erst am Freitag soll die Strecke wieder freigegeben werden":
/// trial 43 z19; "closed until Friday"); not "until further notice" ([`NO_END`]).
fn closed_until(p: &Prepared, t: &Token) -> bool {
    let Some(i) = index_of(&p.tokens, t) else {
        return false;
    };
    let toks = &p.tokens;
    let end = (i + 3).min(toks.len());
    (i.saturating_sub(4)..end).filter(|&k| k != i).any(|k| {
        super::negation::until_word(p, k)
            && super::one_clause(p, k.min(i), k.max(i), &[])
            && !toks[k + 1..(k + 4).min(toks.len())]
                .iter()
                .any(|n| NO_END.contains(&n.norm.as_str()))
    })
}
