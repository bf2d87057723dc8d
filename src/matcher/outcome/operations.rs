//! Work stopped against work going on: "Verhoef said it had stopped production at its
//! plant in Urk" / "Verhoef said production at its plant in Urk would continue", "has
//! halted production" / "Production … is continuing", nl "heeft de productie stilgelegd"
//! / "De productie … gaat gewoon door" (trial 36 F7.4, F19.5, F12.5). What goes on or
//! stops is an operation ([`OPERATIONS`]: production, operations, output, flights, the
//! search …); a word of stopping ([`STOPPED`]) or of going on ([`GOES_ON`]) tells its
//! state when the operation's noun stands in its clause before it ("production … would
//! continue", "la producción fue suspendida") or right after it ("halted production").
//!
//! Vehicles and machines that run or stop ([`MACHINES`]: trams, trains, traffic lights,
//! lifts …; trial 53 F2: "Trams and metro trains stopped across the city" / "… kept
//! running", "Traffic lights went dark" / "… kept working") are operations too, but of
//! one noun on both sides: trains stopped while production went on are two facts.
//!
//! Not compared: a sentence telling both states ("halted production in Urk but continues
//! in Kampen"), a state told as possible ("could halt production") or threatened. Ranges
//! are code points of each sentence's own text, as every flag.

use super::MAY;
use crate::matcher::flags::Ranges;
use crate::matcher::lexicon::speech::SAID_THAT;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// Nouns of work that stops or goes on, in English, French, Spanish, Italian, Portuguese,
/// German and Dutch (whole lower-case tokens).
const OPERATIONS: &[&str] = &[
    // en
    "production",
    "output",
    "operations",
    "manufacturing",
    "flights",
    "services",
    "trading",
    "search",
    // fr
    "activité",
    "activités",
    "exploitation",
    "recherches",
    // es
    "producción",
    "operaciones",
    "actividad",
    "búsqueda",
    // it
    "produzione",
    "attività",
    "ricerche",
    // pt
    "produção",
    "operações",
    "laboração",
    "atividade",
    "buscas",
    // de
    "produktion",
    "fertigung",
    "suche",
    // nl
    "productie",
    "zoektocht",
];

/// Vehicles and machines that run or stop, read as [`OPERATIONS`] are but only against
/// the same noun (trial 53 F2), in seven languages (whole lower-case tokens): trams,
/// trains, buses, the metro, traffic lights, lifts, escalators.
const MACHINES: &[&str] = &[
    // en
    "trams",
    "trains",
    "buses",
    "metro",
    "subway",
    "lights",
    "signals",
    "lifts",
    "elevators",
    "escalators",
    // fr
    "métro",
    "feux",
    "ascenseurs",
    // es
    "trenes",
    "tranvías",
    "autobuses",
    "semáforos",
    "ascensores",
    // it
    "treni",
    "tram",
    "autobus",
    "metropolitana",
    "semafori",
    "ascensori",
    // pt
    "comboios",
    "trens",
    "elétricos",
    "autocarros",
    "ônibus",
    "elevadores",
    // de
    "züge",
    "straßenbahnen",
    "busse",
    "ampeln",
    "aufzüge",
    // nl
    "treinen",
    "bussen",
    "verkeerslichten",
    "stoplichten",
    "liften",
];

/// Words of stopping (whole lower-case tokens).
const STOPPED: &[&str] = &[
    // en
    "stopped",
    "stop",
    "stops",
    "halted",
    "halt",
    "halts",
    "suspended",
    "suspend",
    "suspends",
    "ceased",
    "paused",
    "idled",
    "shut",
    "shuts",
    // fr
    "arrêté",
    "arrêtée",
    "arrêtées",
    "suspendu",
    "suspendue",
    "suspendues",
    "interrompu",
    "interrompue",
    "stoppé",
    "stoppée",
    // es
    "detuvo",
    "detenida",
    "paralizó",
    "paralizada",
    "suspendió",
    "suspendida",
    "interrumpió",
    "interrumpida",
    // it
    "sospeso",
    "sospesa",
    "sospese",
    "interrotta",
    "interrotte",
    "bloccata",
    "fermata",
    // pt
    "parou",
    "parada",
    "suspendeu",
    "suspensa",
    "suspensas",
    "interrompeu",
    "interrompida",
    "interrompidas",
    "paralisou",
    "paralisada",
    // de
    "gestoppt",
    "stoppte",
    "eingestellt",
    "stillgelegt",
    "unterbrochen",
    // nl
    "stilgelegd",
    "gestopt",
    "stopgezet",
    "onderbroken",
];

/// Words of going on (whole lower-case tokens).
const GOES_ON: &[&str] = &[
    // en
    "continue",
    "continues",
    "continued",
    "continuing",
    // fr
    "continuera",
    "poursuit",
    "poursuivra",
    "poursuivie",
    // es
    "continúa",
    "continuará",
    "continuaba",
    "prosigue",
    "proseguirá",
    // it, pt ("continua" both)
    "continua",
    "continuerà",
    "prosegue",
    "proseguirà",
    "continuará",
    "continuam",
    "prossegue",
    "prosseguirá",
    // de
    "fortgesetzt",
    "weiterlaufen",
    // nl
    "voortgezet",
];

/// Words of going on with their particle after them, within [`PARTICLE_REACH`] tokens
/// ("goes on",
/// "carries on", de "läuft weiter", nl "gaat gewoon door"; of a machine, trial 53 F2:
/// "kept running", "kept working", de "fuhren weiter", nl "reden door").
const GOES_ON_WITH: &[(&str, &str)] = &[
    ("kept", "running"),
    ("kept", "working"),
    ("kept", "operating"),
    ("keep", "running"),
    ("keeps", "running"),
    ("fuhren", "weiter"),
    ("fahren", "weiter"),
    ("liefen", "weiter"),
    ("bleven", "rijden"),
    ("bleven", "werken"),
    ("reden", "door"),
    ("rijden", "door"),
    ("siguieron", "funcionando"),
    ("siguieron", "circulando"),
    ("continuaron", "funcionando"),
    ("continuaron", "circulando"),
    ("goes", "on"),
    ("go", "on"),
    ("carry", "on"),
    ("carries", "on"),
    ("läuft", "weiter"),
    ("laufen", "weiter"),
    ("geht", "weiter"),
    ("gaat", "door"),
    ("gaan", "door"),
    ("loopt", "door"),
    ("lopen", "door"),
];

/// Words of stopping with their particle after them, within [`PARTICLE_REACH`] tokens
/// (trial 53 F2: "Traffic lights *went dark*", "went out", de "*fielen* die Ampeln *aus*",
/// "gingen aus", nl "*vielen* uit").
const STOPPED_WITH: &[(&str, &str)] = &[
    ("went", "dark"),
    ("went", "out"),
    ("go", "dark"),
    ("fielen", "aus"),
    ("fiel", "aus"),
    ("gingen", "aus"),
    ("vielen", "uit"),
    ("viel", "uit"),
];

/// How many tokens after its verb the particle of [`STOPPED_WITH`] or [`GOES_ON_WITH`]
/// may stand ("fielen *die Ampeln* aus", "liefen *die Ampeln* weiter": 3).
const PARTICLE_REACH: usize = 3;

/// Words before a state that tell it as threatened ("threatened to stop work"); the
/// modal verbs of [`MAY`] tell it as only possible ("could halt production").
const POSSIBLE: &[&str] = &["threatened", "threatens", "threat"];

/// How many tokens before a state its operation's noun may stand in its clause
/// ("*production* at its plant in Urk would continue": 7).
const BEFORE: usize = 8;

/// How many tokens after a state its operation's noun may stand ("halted *all*
/// production").
const AFTER: usize = 3;

/// Whether a word before a state tells it as only possible or threatened ([`MAY`],
/// [`POSSIBLE`]).
fn possible(w: &str) -> bool {
    MAY.contains(&w) || POSSIBLE.contains(&w)
}

/// One state of an operation told in a sentence: stopped (`true`) or going on, and the
/// token range of its words.
#[derive(Clone, Copy, Debug)]
pub(crate) struct OperationTold {
    stopped: bool,
    words: (usize, usize),
    /// The noun of [`MACHINES`] the state is told of, if it is a machine's.
    machine: Option<usize>,
}

/// The token of the particle of the verb at token `i` of `toks` by `pairs` (verb,
/// particle: [`STOPPED_WITH`], [`GOES_ON_WITH`]), within [`PARTICLE_REACH`] tokens after
/// it.
fn particle_of(toks: &[Token], i: usize, pairs: &[(&str, &str)]) -> Option<usize> {
    let w = toks[i].norm.as_str();
    let end = toks.len().min(i + 1 + PARTICLE_REACH);
    pairs
        .iter()
        .filter(|(head, _)| *head == w)
        .find_map(|(_, p)| (i + 1..end).find(|&k| toks[k].norm == *p))
}

/// The state token `i` of `toks` tells, if it is a word of [`STOPPED`] or [`GOES_ON`]
/// (or of [`STOPPED_WITH`] or [`GOES_ON_WITH`] with its particle): stopped or not, and
/// the end of its words.
fn state_at(toks: &[Token], i: usize) -> Option<(bool, usize)> {
    let t = &toks[i];
    if t.kind != Kind::Word {
        return None;
    }
    let w = t.norm.as_str();
    if STOPPED.contains(&w) {
        let down = toks.get(i + 1).is_some_and(|n| n.norm == "down");
        return Some((true, i + 1 + usize::from(down)));
    }
    if GOES_ON.contains(&w) {
        return Some((false, i + 1));
    }
    if let Some(particle) = particle_of(toks, i, STOPPED_WITH) {
        return Some((true, particle + 1));
    }
    let particle = particle_of(toks, i, GOES_ON_WITH)?;
    Some((false, particle + 1))
}

/// Whether tokens `x` and `y` of `p` (`x < y`) stand in one clause ([`super::one_clause`]):
/// no verb of saying (`lexicon::speech::SAID_THAT`: "Verhoef said production
/// … would continue") after `x` up to `y`.
fn one_clause(p: &Prepared, x: usize, y: usize) -> bool {
    super::one_clause(p, x, y, SAID_THAT)
}

/// Every state of an operation `p` tells ([`state_at`] with a noun of [`OPERATIONS`] or
/// [`MACHINES`] in its clause, or between its verb and particle ("fielen *die Ampeln*
/// aus"), up to [`BEFORE`] tokens before it or [`AFTER`] after it), not told as
/// possible ([`POSSIBLE`] in the three tokens before it), in the order of the text.
fn told(p: &Prepared) -> Vec<OperationTold> {
    let toks = &p.tokens;
    let machine = |k: usize| MACHINES.contains(&toks[k].norm.as_str());
    let nouns: Vec<usize> = (0..toks.len())
        .filter(|&k| OPERATIONS.contains(&toks[k].norm.as_str()) || machine(k))
        .collect();
    if nouns.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for i in 0..toks.len() {
        let Some((stopped, end)) = state_at(toks, i) else {
            continue;
        };
        // "continue to" with a verb after it tells another deed going on ("would
        // continue to pay production staff"), unless the operation stands before it.
        let to = !stopped
            && toks
                .get(end)
                .is_some_and(|n| matches!(n.norm.as_str(), "to" | "à" | "a"));
        let near = |&&n: &&usize| match n < i {
            true => i - n <= BEFORE && one_clause(p, n, i),
            false => {
                // Between the verb and its particle, or after the words.
                n < end || (!to && n - (end - 1) <= AFTER && one_clause(p, end - 1, n))
            }
        };
        let Some(&noun) = nouns.iter().find(near) else {
            continue;
        };
        let possible = toks[i.saturating_sub(3)..i]
            .iter()
            .any(|m| possible(&m.norm) && !(m.capital && m.norm == "may"));
        if possible {
            continue;
        }
        // The noun right after the words joins them ("halted production").
        let words = match noun >= end {
            true => (i, noun + 1),
            false => (i, end),
        };
        out.push(OperationTold {
            stopped,
            words,
            machine: machine(noun).then_some(noun),
        });
    }
    out
}

/// The one state a sentence gives its operations, if it gives any and only one: its
/// first telling. Read once per sentence (`flags/facts.rs`).
fn one_state(p: &Prepared) -> Option<OperationTold> {
    *p.facts.operation.get_or_init(|| read_one_state(p))
}

/// [`one_state`], read from the tokens.
fn read_one_state(p: &Prepared) -> Option<OperationTold> {
    let all = told(p);
    let first = *all.first()?;
    all.iter()
        .all(|t| t.stopped == first.stopped)
        .then_some(first)
}

/// Work stopped in one sentence and going on in the other, each giving one state: the
/// ranges of the two states' words, `a`'s first. A machine's state is compared with the
/// same machine's only ([`MACHINES`]).
pub(super) fn operation_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let x = one_state(a)?;
    let y = one_state(b)?;
    if x.stopped == y.stopped {
        return None;
    }
    // A machine's state against the same machine only ("trams stopped" / "trams kept
    // running"; not "trains stopped" / "production continued").
    if x.machine.is_some() || y.machine.is_some() {
        let same = match (x.machine, y.machine) {
            (Some(m), Some(n)) => a.tokens[m].stem == b.tokens[n].stem,
            _ => false,
        };
        if !same {
            return None;
        }
    }
    let range = |p: &Prepared, (s, e): (usize, usize)| (p.tokens[s].start, p.tokens[e - 1].end);
    Some((range(a, x.words), range(b, y.words)))
}
