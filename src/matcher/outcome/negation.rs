//! The negation rule of the outcome flags: exactly one sentence negates ("not", "never",
//! "no", "n't", "failed to", "refused to") a content word that the other states plainly ("was not safe"
//! / "was safe"), but for a past habit ("has not been hit by a quake in 25 years") or a
//! cause denied by a contrast ("A mudslide, not the stream, destroyed": a cause flag,
//! `cause/denied.rs`).
//! Ranges are code points of each sentence's own text, as every flag.

use super::participants::CLAUSE_ENDS;
use crate::matcher::flags::Ranges;
use crate::matcher::language::{guess_sentence, guess_short, Language};
use crate::matcher::lexicon::casualty::{self, Fate, Read};
use crate::matcher::lexicon::deaths::FATAL;
use crate::matcher::lexicon::until::{DUTCH_UNTIL, NOW, NOW_REACH, UNTIL};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{FxWordSet, Kind, Token};
pub(in crate::matcher) use portuguese::portuguese_no;

mod confirmed;
mod french;
mod fronted;
mod german;
mod known;
mod lives_lost;
mod members;
mod planned;
mod portuguese;
mod refused;
mod safe;
mod word_forms;
pub(crate) use word_forms::WordForm;
use word_forms::{same_word_few, same_word_in};

/// Whether token `i` of `toks` negates what follows: a negation word ("not", "never",
/// "no", "n't", "nobody"), a failure ("failed to find", "unable to reach"), "unlikely
/// to" (trial 35 F14: "expected to rise" / "unlikely to rise"), or a refusal
/// ([`refusal`]).
pub(super) fn negation_at(toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    let to = toks.get(i + 1).is_some_and(|n| n.norm == "to");
    // "released without charge", "without being charged": not charged.
    // "escaped without injury", "sans blessure", "ohne Verletzungen": not hurt.
    let without_charge = WITHOUT.contains(&t.norm.as_str())
        && toks[i + 1..toks.len().min(i + 3)]
            .iter()
            .any(|n| (t.norm == "without" && n.norm.starts_with("charg")) || fate(n).is_some());
    // "not only ... but also", "nicht nur", "non solo", "non seulement": no negation
    // (trial 31: `not only the factory ≠ factory`).
    let only = toks
        .get(i + 1)
        .is_some_and(|n| ONLY.contains(&n.norm.as_str()));
    !only
        && ((t.negation && !portuguese_no(toks, i))
            || foreign_negation(toks, i)
            || without_charge
            || (to
                && matches!(
                    t.norm.as_str(),
                    "failed" | "fails" | "fail" | "unable" | "unlikely"
                ))
            || refusal(toks, i)
            || german::refusal(toks, i).is_some()
            || rather_than(toks, i))
}

/// Whether token `i` of `toks` is the "than" of "rather than": it negates what follows as
/// "not" does ("tried to prove suicide rather than consider murder" does not consider it).
/// Only before a verb (a word, no stop word: not "rather than a political appointment");
/// not "instead of", whose noun phrases ("instead of remains") the flag showed badly.
fn rather_than(toks: &[Token], i: usize) -> bool {
    let verb = toks
        .get(i + 1)
        .is_some_and(|n| n.kind == Kind::Word && !n.stop && !n.proper);
    i > 0 && toks[i].norm == "than" && toks[i - 1].norm == "rather" && verb
}

/// Verbs of refusing ("refused to concede", "declined to", fr "a refusé de", es "rehusó",
/// it "rifiutato di", pt "recusou-se a"): with the word of "to" after them ([`TO`])
/// they negate the verb that follows, as "not" does (trial 35 F8: "conceded defeat" /
/// "refused to concede"). "refused the offer" (no "to") is a rejection, read by
/// [`super::OPPOSITES`].
const REFUSALS: &[&str] = &["refus", "declin", "rehus", "rifiut", "recus"];

/// Whole forms of es "negarse a" and pt "negar-se a", verbs of refusing with the word of
/// "to" after them as those of [`REFUSALS`] ("El hospital se negó a pagar el rescate",
/// "O hospital negou-se a pagar", trial 44 y131); whole words, for "neg" begins
/// "negotiate" and "negative". Not it "nega" (denies).
const REFUSED: &[&str] = &[
    "negó", "negaron", "niega", "niegan", "negado", "negou", "negaram", "negam",
];

/// The words of "to" after a verb of refusing ([`REFUSALS`]): en "to", fr "de", es "a",
/// it "di", pt "a" ("recusou-se a": "se" is its own token).
const TO: &[&str] = &["to", "de", "a", "di"];

/// Whether token `i` of `toks` is a verb of refusing ([`REFUSALS`]) followed by its word
/// of "to" ([`TO`]), with a reflexive pronoun between ("se", "si") allowed, and a verb
/// after that (a word, no stop word: not "shares declined to 12 euros", "declined to
/// their lowest level"): it negates what follows. German "weigerte sich, … anzuerkennen"
/// puts its verb at the clause's end: `german::refusal`.
pub(super) fn refusal(toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    let mut k = i + 1;
    if toks
        .get(k)
        .is_some_and(|n| matches!(n.norm.as_str(), "se" | "si"))
    {
        k += 1;
    }
    let verb = |n: &Token| n.kind == Kind::Word && !n.stop && !n.date && !n.proper;
    t.kind == Kind::Word
        && (REFUSALS.iter().any(|r| t.norm.starts_with(r)) || REFUSED.contains(&t.norm.as_str()))
        && toks.get(k).is_some_and(|n| TO.contains(&n.norm.as_str()))
        && toks.get(k + 1).is_some_and(verb)
}

/// "only" and its translations: after a negation word they make "not only ... but also",
/// which negates nothing.
const ONLY: &[&str] = &[
    "only",
    "nur",
    "seulement",
    "solo",
    "sólo",
    "solamente",
    "soltanto",
    "só",
    "apenas",
];

/// Whether every negation of `p` ([`negation_at`]) is "without" before a charge
/// ("released *without charge*", "without being charged"), or `p` negates nothing: it
/// negates the charge, not the verbs of its outcomes. Not "without injury": a fate
/// negated ("escaped without injury" / "escaped unharmed" agree).
pub(super) fn only_without_charge(p: &Prepared) -> bool {
    let toks = &p.tokens;
    (0..toks.len()).filter(|&i| negation_at(toks, i)).all(|i| {
        toks[i].norm == "without"
            && toks[i + 1..toks.len().min(i + 3)]
                .iter()
                .any(|n| n.norm.starts_with("charg"))
    })
}

/// "without" and its translations: a negation of a charge ("released without charge") or
/// of a fate after it ("escaped without injury", "sans blessure", "ohne Verletzungen").
pub(super) const WITHOUT: &[&str] = &["without", "sans", "ohne", "sin", "senza", "sem"];

/// Words of there being something ("hubo", "gab", "eu", "houve"), or of its being reported
/// (it "segnalano", es "registran", pt "registam", trial 43 m10 y55): a negation before one
/// negates the word of a fate after it ("no hubo heridos", "il n'y a pas eu de blessés",
/// "Non si segnalano feriti" / "Due escursionisti sono rimasti feriti").
/// How many tokens further than a negation's reach a fate may stand after a word of there
/// being ([`EXISTENTIAL`]: "Non ci sono *state* vittime": 1 more; 2 for an auxiliary and
/// an article).
const THERE_WAS_REACH: usize = 2;

const EXISTENTIAL: &[&str] = &[
    "hubo",
    "hay",
    "había",
    "habido",
    "eu",
    "gab",
    "gibt",
    "houve",
    "há",
    "havia",
    "ci",
    "stati",
    "segnala",
    "segnalano",
    "segnalati",
    "registran",
    "registraron",
    "registrado",
    "registrados",
    "reportan",
    "reportaron",
    "registam",
    "registaram",
    "registados",
    "signale",
    "signalent",
    "déplore",
];

/// Negation words of French, German, Spanish, Italian, Portuguese and Dutch ("pas",
/// "jamais", "aucun", "nicht", "kein", "niemand", "nunca", "nadie", "non", "nessuno",
/// "não", "ninguém", "niet", "geen"); Spanish "no" is English's. French "plus" negates
/// only after "ne" ([`foreign_negation`]).
const FOREIGN_NEGATIONS: &[&str] = &[
    "pas", "jamais", "aucun", "aucune", "nicht", "nie", "niemals", "kein", "keine", "keinen",
    "keinem", "keiner", "keines", "niemand", "nunca", "jamás", "nadie", "ningún", "ninguna",
    "ninguno", "non", "nessuno", "nessuna", "nessun", "não", "ninguém", "nenhum", "nenhuma",
    // Dutch (trial 36 F12.4: "is nog niet bevestigd")
    "niet", "geen", "nooit",
];

/// Function words of French and Italian that no English sentence has, for "non".
/// Italian's auxiliaries and articled prepositions too (trial 37: "La Cgil non ha aderito
/// allo sciopero" / "ha aderito" went unflagged).
const ROMANCE_WORDS: &[&str] = &[
    "il", "les", "des", "du", "est", "et", "été", "di", "che", "è", "della", "sono", "gli", "une",
    "ont", "ha", "hanno", "allo", "alla", "alle", "agli", "nel", "nella", "dello", "degli",
    "delle", "sul", "sulla",
    // Short quotations hold few of those (session 36: «La manovra non va bene» was read as
    // English, its "non" as a prefix): common Italian and French words that English
    // sentences do not have.
    "va", "vanno", "può", "più", "già", "anche", "questa", "questo", "sarà", "bene", "nous", "vous",
    "ils", "pour", "dans", "avec", "cette", "sont",
];

/// Letters of French and Italian words that English ones do not have ("farà", "été").
const ROMANCE_LETTERS: [char; 12] = ['à', 'è', 'ì', 'ò', 'ù', 'é', 'ê', 'ç', 'â', 'î', 'ô', 'û'];

/// The German words of [`FOREIGN_NEGATIONS`]: the word they negate may be a noun, written
/// with a capital ("nicht in Berufung", "keine Verletzten").
const GERMAN_NEGATIONS: &[&str] = &[
    "nicht", "nie", "niemals", "kein", "keine", "keinen", "keinem", "keiner", "keines", "niemand",
];

/// Words of "nobody" that may stand after what they negate ("Verletzt wurde niemand",
/// "no resultó herido nadie"): [`negated`] then reads the word of a fate before them.
const NOBODY: &[&str] = &[
    "nobody", "niemand", "nadie", "nessuno", "ninguém", "personne",
];

/// Whether token `i` of `toks` is a negation of another language than English
/// ([`FOREIGN_NEGATIONS`]; French "plus" after a "ne" among the three words before it,
/// "personne" opening the sentence or after "ne": "Personne n'a été blessé").
fn foreign_negation(toks: &[Token], i: usize) -> bool {
    // The negations as a set, built once: every token of a sentence is asked.
    static NEGATIONS: std::sync::OnceLock<FxWordSet> = std::sync::OnceLock::new();
    let negations = NEGATIONS.get_or_init(|| FOREIGN_NEGATIONS.iter().copied().collect());
    let t = &toks[i];
    let ne_before = || toks[i.saturating_sub(3)..i].iter().any(|p| p.norm == "ne");
    // "non" of English is a prefix ("non-stop", split at its hyphen): read only with a word
    // or a letter of French or Italian in the sentence, or in a sentence guessed French or Italian.
    let romance = || {
        toks.iter()
            .any(|w| ROMANCE_WORDS.contains(&w.norm.as_str()) || w.norm.contains(ROMANCE_LETTERS))
            || matches!(guess(toks), Some(Language::French | Language::Italian))
    };
    t.kind == Kind::Word
        && ((negations.contains(t.norm.as_str()) && (t.norm != "non" || romance()))
            || (t.norm == "plus" && ne_before())
            || (t.norm == "personne" && (i == 0 || toks[i - 1].norm == "ne")))
}

/// The fate of the casualty lexicon (`lexicon/casualty.rs`) a token tells, if any, of the
/// words the outcome flags read: "injured", "hurt", "blessé", "verletzt" are all
/// `Fate::Injured`.
fn fate(t: &Token) -> Option<Fate> {
    casualty::CASUALTY
        .iter()
        .find(|c| c.read != Read::Count && casualty::is_form(&t.norm, c.form))
        .map(|c| c.fate)
}

/// The language `toks` is guessed to be written in (`language::guess_sentence`, or
/// `language::guess_short` for a sentence of under six words).
fn guess(toks: &[Token]) -> Option<Language> {
    let text: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
    let text = text.join(" ");
    // Told from six words; a shorter sentence ("Três pessoas morreram no acidente.") from
    // four.
    let words = toks.iter().filter(|t| t.kind == Kind::Word).count();
    match words < 6 {
        true => guess_short(&text),
        false => guess_sentence(&text),
    }
}

/// Words of a span of time that make a negation a past habit, not the event's outcome:
/// "has not been hit by a quake in more than 25 years", "had not flooded for decades".
const SPANS_OF_TIME: &[&str] = &["years", "decades", "century", "centuries", "generations"];

/// Whether the negated word at `j` tells a past habit ("not been hit ... in 25 years",
/// "for decades", "since 1990", "never before"): a span of time after "in", "for" or
/// "over", or "since", within eight tokens after it, or "before" right after "never".
fn habitual(toks: &[Token], neg: usize, j: usize) -> bool {
    let ahead = &toks[j + 1..toks.len().min(j + 9)];
    let span = ahead.iter().enumerate().any(|(k, t)| {
        SPANS_OF_TIME.contains(&t.norm.as_str())
            && ahead[..k]
                .iter()
                .any(|p| matches!(p.norm.as_str(), "in" | "for" | "over"))
    });
    let since = ahead.iter().any(|t| t.norm == "since");
    let never_before = toks[neg].norm == "never"
        && (toks.get(neg + 1).is_some_and(|t| t.norm == "before")
            || ahead.first().is_some_and(|t| t.norm == "before"));
    span || since || never_before
}

/// [`negated`] of `p`'s tokens, read once per sentence (`flags/facts.rs`): each pair of
/// all-pairs matching and the panel's disputes ask it of both sentences.
pub(super) fn negated_of(p: &Prepared) -> &[(usize, usize)] {
    p.facts.negated.get_or_init(|| negated(&p.tokens))
}

/// Content words negated in `toks`: (negation token index, negated token index), the
/// negated word being the first content word within three tokens after the negation
/// ([`negation_at`]), when it is a word (not a number, date or name). "no one" negates
/// as "nobody" does (the word after "one").
pub(super) fn negated(toks: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for i in 0..toks.len() {
        if !negation_at(toks, i) {
            continue;
        }
        // "Todesopfer gab es bisher keines": the fate before its "kein" (`fronted.rs`).
        if let Some(j) = fronted::fronted_fate(toks, i) {
            out.push((i, j));
            continue;
        }
        // The tokeniser reads "one" as the number 1.
        let no_one = toks[i].norm == "no"
            && toks
                .get(i + 1)
                .is_some_and(|t| t.norm == "one" || t.kind == Kind::Number(1.0));
        // A "nobody" subject ([`NOBODY`], or "no one") negates the fate its verb tells, a
        // few words on ("Personne n'a été blessé", "Nessuno è rimasto ferito", "Ninguém
        // ficou ferido", "No one was hurt").
        let nobody = NOBODY.contains(&toks[i].norm.as_str()) || no_one;
        let from = i + 1 + usize::from(no_one);
        // A place or a group after it ("No one *at the bus stop* was harmed") tells who is
        // denied, not what: the words after its verb are read ([`after_subject_phrase`];
        // session 51: "No one at the bus ≠ bus").
        let from = match nobody {
            true => after_subject_phrase(toks, from),
            false => from,
        };
        // A word, not a number, date or name: "wasn't until 1997" negates no outcome; after
        // a word of there being ([`EXISTENTIAL`]: "no hubo heridos") a word of a fate among
        // the three first.
        // An auxiliary of another language is no content word ("non è sopravvissuto",
        // "não foi preso": the participle after it is what is negated).
        let content = |j: &usize| {
            !toks[*j].stop
                && !toks[*j].negation
                && !foreign_negation(toks, *j)
                && !AUXILIARIES.contains(&toks[*j].norm.as_str())
                && !YET.contains(&toks[*j].norm.as_str())
                && !LONGER.contains(&toks[*j].norm.as_str())
                && !CLITICS.contains(&toks[*j].norm.as_str())
        };
        // "Not yet" or "still not" ([`YET`]) puts one word more before the participle
        // ("non è ancora stato domato", trial 41 F2), as "no longer" does ([`LONGER`]).
        let yet = toks[from.min(toks.len())..toks.len().min(from + 3)]
            .iter()
            .any(|t| YET.contains(&t.norm.as_str()) || LONGER.contains(&t.norm.as_str()));
        let reach = if nobody { 5 } else { 3 } + usize::from(yet);
        let window = from..toks.len().min(from + reach);
        // After "no longer" ([`LONGER`]) the word right after it, or after a form of "be"
        // ("no longer (being) diverted"), else "longer" itself: "no longer had any sense"
        // negates no "sense" (paraphrase-train: "lost their sense").
        let longer = window
            .clone()
            .find(|&l| LONGER.contains(&toks[l].norm.as_str()));
        let after_longer = |j: &usize| {
            longer.is_none_or(|l| {
                *j > l
                    && toks[l + 1..*j]
                        .iter()
                        .all(|t| crate::matcher::lexicon::passive::BE.contains(&t.norm.as_str()))
            })
        };
        let first = window
            .clone()
            .find(|j| content(j) && after_longer(j))
            .or(longer);
        // The word of there being may be a clitic, no content word ("Non *ci* sono").
        let existential = [first, Some(from)].into_iter().flatten().any(|j| {
            toks.get(j)
                .is_some_and(|t| EXISTENTIAL.contains(&t.norm.as_str()))
        });
        // "geen dodelijke slachtoffers": the victims after their adjective of a death.
        let fatal = first.is_some_and(|j| lives_lost::fatal_victims(toks, j));
        let there_was = nobody || existential || fatal;
        // After a word of there being the fate may stand further on ("Non ci sono *state*
        // vittime", "No se registraron víctimas mortales").
        let fate_window = match existential && !nobody {
            true => from..toks.len().min(from + reach + THERE_WAS_REACH),
            false => window.clone(),
        };
        let next = fate_window
            .filter(content)
            .find(|&j| {
                there_was
                    && (fate(&toks[j]).is_some()
                        || lives_lost::lives_after(toks, j).is_some()
                        || lives_lost::victims_at(toks, j))
            })
            .or(first)
            .or_else(|| after_its_word(toks, i));
        // German denies the verb at the clause's end ("keine Stellen streichen") and
        // refuses an infinitive with "zu" ("weigerte sich, … anzuerkennen").
        let german_negation = GERMAN_NEGATIONS.contains(&toks[i].norm.as_str());
        let next = german::refusal(toks, i).or(match german_negation {
            true => next
                .map(|j| german::verb_at_the_end(toks, i, j))
                .or_else(|| german::separable_verb(toks, i)),
            false => next,
        });
        // French "ne paiera pas": the simple verb before "pas" first; the word after "pas"
        // second, for a verb that carries little ("ne feraient pas appel": the appeal).
        let french_verb = french::verb_before(toks, i, AUXILIARIES).map(|(v, _)| v);
        let after_pas = french_verb.and(next);
        let next = french_verb.or(next);
        // "nicht mehr nach Utrecht umgeleitet", "niet meer naar Utrecht omgeleid": after a
        // phrase, the verb at the clause's end is what no longer holds (not "mehr").
        let next = match (next, longer) {
            (Some(j), Some(l)) if j == l => german::verb_after_no_longer(toks, i, l).or(next),
            _ => next,
        };
        let read = |&j: &usize| {
            let w = &toks[j];
            // German writes its nouns with a capital: "nicht in Berufung".
            let german = GERMAN_NEGATIONS.contains(&toks[i].norm.as_str());
            w.kind == Kind::Word && !w.date && (!w.proper || german) && !ruled_out(toks, j)
        };
        for j in [next, after_pas].into_iter().flatten().filter(read) {
            out.push((i, j));
        }
    }
    out
}

/// How many tokens a place or a group after a "nobody" subject may run to its verb ("at
/// the bus stop was": 5).
const SUBJECT_PHRASE: usize = 6;

/// Where the words a "nobody" subject denies start when a place or a group follows it
/// (`lexicon::prepositions::AFTER_SUBJECT`: "No one *at the bus stop* was harmed",
/// "Nobody *on board* was hurt", "Niemand *im Bus* wurde verletzt"): after the first form of
/// "to be" or auxiliary (`lexicon::passive::BE`, [`AUXILIARIES`], "has", "had") within
/// [`SUBJECT_PHRASE`] tokens, or at the first word of a fate there ("died", "lost their
/// life": `lives_lost.rs`); `from` itself when no preposition
/// stands there or no such verb follows.
fn after_subject_phrase(toks: &[Token], from: usize) -> usize {
    use crate::matcher::lexicon::passive::BE;
    use crate::matcher::lexicon::prepositions::AFTER_SUBJECT;
    if !toks
        .get(from)
        .is_some_and(|t| AFTER_SUBJECT.contains(&t.norm.as_str()))
    {
        return from;
    }
    let verb = |t: &Token| {
        let w = t.norm.as_str();
        BE.contains(&w) || AUXILIARIES.contains(&w) || matches!(w, "has" | "have" | "had")
    };
    // A verb of a fate itself ("Nobody at the bus stop *died*", "… *lost* their life") is
    // where the denied words start (session 51).
    let fate_verb =
        |k: usize| fate(&toks[k]).is_some() || lives_lost::lives_after(toks, k).is_some();
    (from + 1..toks.len().min(from + SUBJECT_PHRASE))
        .find(|&k| verb(&toks[k]) || fate_verb(k))
        .map_or(from, |k| k + usize::from(verb(&toks[k])))
}

/// Whether the negated word at `j` of `toks` is "rule out" or "exclude": "did not rule
/// out further cuts" tells the cuts possible, it negates no outcome (trial 35 F5: against
/// "no further cuts were planned" the cuts are what differs).
fn ruled_out(toks: &[Token], j: usize) -> bool {
    let out = toks.get(j + 1).is_some_and(|t| t.norm == "out");
    match toks[j].norm.as_str() {
        "rule" | "ruled" | "rules" | "ruling" => out,
        "exclude" | "excluded" | "excludes" => true,
        _ => german::ruled_out(toks, j),
    }
}

/// The negation of a "rule out" or "exclude" within the five tokens before token `at` of
/// `toks` ("did *not* rule out further cuts", "*n't* exclude new cuts"), if any: what
/// stands at `at` is told as possible ([`ruled_out`]).
fn not_ruled_out(toks: &[Token], at: usize) -> Option<usize> {
    let from = at.saturating_sub(5);
    (from..at).find(|&i| {
        negation_at(toks, i)
            && (i + 1..at.min(i + 4)).any(|j| toks[j].kind == Kind::Word && ruled_out(toks, j))
    })
}

/// The word a "nobody" at `i` of `toks` that ends its clause negates ("Verletzt wurde
/// bisher niemand": "Verletzt"): a word of a fate among the four words before it
/// ([`NOBODY`], [`fate`]).
fn after_its_word(toks: &[Token], i: usize) -> Option<usize> {
    if !NOBODY.contains(&toks[i].norm.as_str()) {
        return None;
    }
    (i.saturating_sub(4)..i)
        .rev()
        .find(|&j| fate(&toks[j]).is_some())
}

/// The negated words of sentence `p` ([`negated`]) that may be an outcome: not a past habit
/// ([`habitual`]), not a delay ([`delayed`]), not a patient's condition told light
/// (`condition.rs`, the sentence's conditions as the flag reads them: "None of their injuries
/// were life-threatening" tells of injuries, no "nobody hurt").
fn negated_outcomes(p: &Prepared) -> &[(usize, usize)] {
    p.facts
        .negated_outcomes
        .get_or_init(|| read_negated_outcomes(p))
}

/// [`negated_outcomes`], read from the sentence.
fn read_negated_outcomes(p: &Prepared) -> Vec<(usize, usize)> {
    let toks = &p.tokens;
    let mut out = negated_of(p).to_vec();
    if out.is_empty() {
        return out;
    }
    let conditions = super::condition::conditions_of(p);
    let turned = |i: usize| conditions.iter().any(|c| c.negation == Some(i));
    out.retain(|&(i, j)| !habitual(toks, i, j) && !delayed(p, i, j) && !turned(i));
    out
}

/// Negation words of Italian, Spanish and Portuguese that take up a "non" / "no" / "não"
/// before their verb ("non … nessun", "no … ningún", "não … nenhum"): the noun after them
/// is what is denied.
const CONCORD: &[&str] = &[
    "nessun", "nessuna", "nessuno", "alcun", "alcuna", "ningún", "ninguna", "ninguno", "nenhum",
    "nenhuma", "qualquer",
];

/// The most tokens after a "non" / "no" / "não" a word of [`CONCORD`] is read at ("non
/// hanno ancora trovato nessun").
const CONCORD_REACH: usize = 5;

/// Whether the word at `j` of `neg`, denied by a negation of another language than
/// English at `i` ([`FOREIGN_NEGATIONS`]: "nessun", "keine", "aucune"), has a qualifier
/// right after it (a content word, no mark between: "nessun valore *anomalo*") that
/// `plain` does not tell in any form: what is denied is the thing so qualified, and the
/// thing told otherwise is no contradiction ("nessun valore anomalo" / "valori nella
/// norma"; "keine erhöhten Werte" / "erhöhte Werte" is: trial 44).
fn qualifier_untold(neg: &Prepared, i: usize, j: usize, plain: &Prepared) -> bool {
    let toks = &neg.tokens;
    if !FOREIGN_NEGATIONS.contains(&toks[i].norm.as_str()) || j < i {
        return false;
    }
    let Some(next) = toks.get(j + 1) else {
        return false;
    };
    let chars = crate::matcher::flags::chars_of(neg);
    let joined = chars
        .get(toks[j].end..next.start)
        .unwrap_or(&[])
        .iter()
        .all(|c| c.is_whitespace());
    let qualifier = joined
        && next.kind == Kind::Word
        && !next.stop
        && !next.date
        && !negation_at(toks, j + 1)
        && !AUXILIARIES.contains(&next.norm.as_str())
        && !CONCORD.contains(&next.norm.as_str())
        // "vittime mortali", "vítimas mortais": victims of a death are the dead.
        && !(lives_lost::victims_at(toks, j) && FATAL.contains(&next.norm.as_str()));
    qualifier
        && !plain.tokens.iter().enumerate().any(|(k, t)| {
            same_word_in(plain, k, neg, j + 1) || one_inflected_word(&toks[i], next, t)
        })
}

/// Whether the negation at `i` of `neg` is a verb's "non" / "no" / "não" that a word of
/// [`CONCORD`] takes up, and `plain` does not tell the words after that word (up to two
/// content words in a row: "nessun *valore anomalo*"): what is denied is those, not the
/// verb ("non hanno trovato nessun valore anomalo" / "hanno trovato valori nella norma"
/// agree; "no pagó ningún rescate" / "se pagó un rescate" do not: trial 44).
fn concord_untold(neg: &Prepared, i: usize, plain: &Prepared) -> bool {
    let toks = &neg.tokens;
    if !matches!(toks[i].norm.as_str(), "non" | "no" | "não") {
        return false;
    }
    let Some(k) = (i + 1..toks.len().min(i + 1 + CONCORD_REACH))
        .find(|&k| CONCORD.contains(&toks[k].norm.as_str()))
    else {
        return false;
    };
    let told = |w: usize| {
        plain.tokens.iter().enumerate().any(|(m, t)| {
            same_word_in(plain, m, neg, w) || one_inflected_word(&toks[k], &toks[w], t)
        })
    };
    (k + 1..toks.len())
        .take(2)
        .take_while(|&w| toks[w].kind == Kind::Word && !toks[w].stop)
        .any(|w| !told(w))
}

/// Auxiliaries of French, German, Spanish, Italian and Portuguese that stand between a
/// negation and the participle it negates ("non è sopravvissuto", "não foi preso", "no
/// ha sido detenido"): no content word for [`negated`]. English ones are stop words.
pub(super) const AUXILIARIES: &[&str] = &[
    // it
    "è",
    "sono",
    "era",
    "erano",
    "stato",
    "stata",
    "stati",
    "state",
    "ha",
    "hanno",
    "viene",
    "vengono",
    "fu",
    "furono",
    "sarà", // pt
    "foi",
    "foram",
    "é",
    "eram",
    "está",
    "estava",
    "ficou",
    "ficaram",
    "tem",
    "têm",
    "tinha",
    "será",
    "sido", // es
    "fue",
    "fueron",
    "es",
    "han",
    "había",
    "habían",
    "resultó",
    "resultaron", // fr
    "a",
    "ont",
    "est",
    "sont",
    "été",
    "était",
    "sera", // de
    "wurde",
    "wurden",
    "ist",
    "war",
    "waren",
    "hat",
    "wird",
    "werden",
    "worden",
];

/// Words of "yet" or "still" between a negation and the participle it negates, in
/// French, German, Spanish, Italian and Portuguese ("n'a pas encore été maîtrisé", "non
/// è ancora stato domato", "aún no ha sido controlado"): no content word for [`negated`].
const YET: &[&str] = &[
    "encore", "toujours", "noch", "todavía", "aún", "ancora", "ainda",
];

/// Words of "longer" after a negation ("no *longer* diverted", de "nicht *mehr*", nl "niet
/// *meer*", "niet *langer*", it "non … *più*"): no content word for [`negated`], which reads
/// the word after them ("Ambulances were no longer diverted" / "were diverted": trial 49
/// F2); the conflict is a state that ended ([`no_longer`]).
const LONGER: &[&str] = &["longer", "mehr", "meer", "langer", "più"];

/// Whether the negation of conflict `r` (the ranges of `a` and `b` that
/// [`negation_conflict`] gives) is a "no longer" ([`LONGER`]): a state that ended, which
/// two times of one story may both tell.
pub(super) fn no_longer(a: &Prepared, b: &Prepared, r: Ranges) -> bool {
    let has = |p: &Prepared, (from, to): (usize, usize)| {
        p.tokens
            .iter()
            .any(|t| t.start >= from && t.end <= to && LONGER.contains(&t.norm.as_str()))
    };
    has(a, r.0) || has(b, r.1)
}

/// Unstressed pronouns of Italian, Spanish, Portuguese and French that stand between a
/// negation and its verb ("Non *si* segnalano danni", "No *se* registraron heridos", "Não
/// *lhe* foi dado"): no content word for [`negated`] (trial 43 B: "outcome: Non si ≠ si").
const CLITICS: &[&str] = &["si", "ci", "vi", "se", "lhe", "lhes", "le", "les"];

/// Whether token `k` of `p` is a word of "until" (`lexicon::until`): one of
/// [`UNTIL`] ("until", "bis", "hasta", "fino", "até"), French "jusqu'à", "jusqu'au",
/// "jusqu'en" (the tokeniser reads the word after the elided "jusqu'", `text::ELISIONS`, so
/// its norm is "à" and its text tells the "until": trial 48 F6), or Dutch "tot"
/// ([`DUTCH_UNTIL`]) in a sentence guessed Dutch. Read by the delay of a negation
/// ([`delayed`]) and by a closure until a time (`states.rs`).
pub(in crate::matcher) fn until_word(p: &Prepared, k: usize) -> bool {
    let Some(t) = p.tokens.get(k) else {
        return false;
    };
    let chars = crate::matcher::flags::chars_of(p);
    let written = chars.get(t.start..t.end).unwrap_or(&[]);
    let jusqu = written.len() > 6
        && written[..5]
            .iter()
            .flat_map(|c| c.to_lowercase())
            .eq("jusqu".chars())
        && matches!(written[5], '\'' | '\u{2019}' | '\u{2bc}');
    let dutch = || {
        DUTCH_UNTIL.contains(&t.norm.as_str())
            && crate::matcher::flags::language_of(p) == Some(Language::Dutch)
    };
    UNTIL.contains(&t.norm.as_str()) || jusqu || dutch()
}

/// Whether the word of "until" at token `k` of `p` is "until now", "so far" (a word of
/// [`NOW`] within [`NOW_REACH`] tokens after it: "bis jetzt", "jusqu'à présent", "fino ad
/// ora", "tot nu toe"): no delay.
pub(in crate::matcher) fn until_now(p: &Prepared, k: usize) -> bool {
    let toks = &p.tokens;
    toks[(k + 1).min(toks.len())..(k + 1 + NOW_REACH).min(toks.len())]
        .iter()
        .any(|t| NOW.contains(&t.norm.as_str()))
}

/// Words of "before" after a negation that tell a delay when a time follows them ("not
/// before Friday", "nicht vor Freitag", "pas avant vendredi", "no antes del lunes", "non
/// prima di venerdì", "não antes de sexta-feira").
const BEFORE: &[&str] = &["before", "vor", "avant", "antes", "prima"];

/// Words of a time that are no date ("not before next week", "no antes de mañana").
const TIMES: &[&str] = &[
    "tomorrow",
    "week",
    "month",
    "year",
    "weekend",
    "noon",
    "midnight",
    "morgen",
    "woche",
    "demain",
    "semaine",
    "mañana",
    "semana",
    "domani",
    "settimana",
    "amanhã",
];

/// Whether the negation at `neg` of `p`, negating the word at `j`, tells a delay, not
/// that the word's outcome did not come about: a word of "until" ([`until_word`]: "until",
/// "jusqu'à", "hasta", "tot"), not "until now" ([`until_now`]), after the negation,
/// before the negated word or within five tokens after it in its clause (no "and", "but"
/// ... between: `participants::CLAUSE_ENDS`), or among the three words before a German
/// one ("bis Freitag nicht geöffnet"); or one of [`BEFORE`] there with a time after it (a
/// date, a figure or a word of [`TIMES`] within its three next tokens).
fn delayed(p: &Prepared, neg: usize, j: usize) -> bool {
    let toks = &p.tokens;
    let end = toks.len().min(j + 6);
    let end = (j + 1..end)
        .find(|&k| CLAUSE_ENDS.contains(&toks[k].norm.as_str()))
        .unwrap_or(end);
    // German puts "bis" before the negation too: "wird bis Freitag nicht geöffnet".
    let from = match toks[neg].norm.as_str() {
        "nicht" | "kein" | "keine" => neg.saturating_sub(3),
        _ => neg + 1,
    };
    (from..end).filter(|&k| k != neg).any(|k| {
        let w = toks[k].norm.as_str();
        let timed = || {
            toks[k + 1..toks.len().min(k + 4)].iter().any(|t| {
                t.date || matches!(t.kind, Kind::Number(_)) || TIMES.contains(&t.norm.as_str())
            })
        };
        (until_word(p, k) && !until_now(p, k)) || (BEFORE.contains(&w) && timed())
    })
}

/// Irregular past forms of verbs news reports negate ("failed to find" / "found"), with
/// their base form: the two are one word for the negation rule.
const IRREGULAR: &[(&str, &str)] = &[
    ("found", "find"),
    ("caught", "catch"),
    ("took", "take"),
    ("made", "make"),
    ("got", "get"),
    ("saw", "see"),
    ("gave", "give"),
    ("won", "win"),
    ("kept", "keep"),
    ("held", "hold"),
    ("met", "meet"),
    ("brought", "bring"),
    ("left", "leave"),
    ("reached", "reach"),
    ("fled", "flee"),
    ("sent", "send"),
    ("came", "come"),
    ("went", "go"),
    ("knew", "know"),
    ("stole", "steal"),
    ("shot", "shoot"),
    // Trial 35 F9: "did not break" / "broke"; more verbs of what befell a thing or a
    // person, and of what was said or done.
    ("broke", "break"),
    ("broken", "break"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("sank", "sink"),
    ("sunk", "sink"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("struck", "strike"),
    ("stricken", "strike"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("blew", "blow"),
    ("blown", "blow"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("lost", "lose"),
    ("sold", "sell"),
    ("paid", "pay"),
    ("told", "tell"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("stood", "stand"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("began", "begin"),
    ("begun", "begin"),
    ("built", "build"),
    ("bought", "buy"),
    ("fought", "fight"),
    ("led", "lead"),
    ("ran", "run"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("taken", "take"),
    ("given", "give"),
    ("seen", "see"),
    ("known", "know"),
    ("stolen", "steal"),
    ("gone", "go"),
    ("spent", "spend"),
    ("wrote", "write"),
    ("written", "write"),
    ("forgave", "forgive"),
    ("forgiven", "forgive"),
];

/// Negations of Dutch, which inflects its adjectives and verbs as German does
/// ("geen verhoogde waarden" / "de waarden waren verhoogd").
const DUTCH_NEGATIONS: &[&str] = &["niet", "geen", "nooit"];

/// Endings of German and Dutch adjectives, participles and verbs, read off a word before
/// its last "t" or "d" ([`germanic_base`]).
const GERMANIC_ENDINGS: &[&str] = &["en", "em", "er", "es", "e", "n"];

/// Final vowels of Italian, Spanish and Portuguese nouns and adjectives, singular or
/// plural ("valore" / "valori", "anomalo" / "anomali").
const ROMANCE_VOWELS: &[char] = &['a', 'e', 'i', 'o'];

/// Shortest base (code points) two inflected forms must share for [`one_inflected_word`].
const INFLECTED_BASE: usize = 4;

/// The base of a German or Dutch word without its inflection: "ge" off the front, one
/// ending of [`GERMANIC_ENDINGS`] and then a "t" or "d" off the end, a doubled vowel of
/// the last syllable made single ("erhöhten", "erhöhte", "erhöht": "erhöh"; "gezahlt",
/// "zahlen": "zahl"; "betaalde", "betalen": "betal").
fn germanic_base(w: &str) -> String {
    let long = |rest: &str| rest.chars().count() >= INFLECTED_BASE;
    let w = w.strip_prefix("ge").filter(|r| long(r)).unwrap_or(w);
    let w = GERMANIC_ENDINGS
        .iter()
        .find_map(|e| w.strip_suffix(e))
        .filter(|r| long(r))
        .unwrap_or(w);
    let w = w.strip_suffix(['t', 'd']).filter(|r| long(r)).unwrap_or(w);
    let mut out: Vec<char> = w.chars().collect();
    let n = out.len();
    if n >= 3 && out[n - 2] == out[n - 3] && matches!(out[n - 2], 'a' | 'e' | 'o' | 'u') {
        out.remove(n - 2);
    }
    out.into_iter().collect()
}

/// The base of an Italian, Spanish or Portuguese noun or adjective without its final
/// vowel ([`ROMANCE_VOWELS`]).
fn romance_base(w: &str) -> &str {
    w.strip_suffix(ROMANCE_VOWELS).unwrap_or(w)
}

/// Whether the word `plain` is another inflected form of the word `negated` that the
/// negation at token `neg` denies, in the language of that negation: German or Dutch
/// ([`germanic_base`]: "keine erhöhten Schadstoffwerte" / "erhöhte Schadstoffwerte",
/// "weigerte sich, Lösegeld zu zahlen" / "hat Lösegeld gezahlt") or Italian, Spanish,
/// Portuguese ([`romance_base`]: "nessun valore anomalo" / "valori anomali"), with a base
/// of [`INFLECTED_BASE`] code points or more (trial 44: "keine erhöhten ≠ erhöhte" went
/// unflagged). English is left to the stemmer.
fn one_inflected_word(neg: &Token, negated: &Token, plain: &Token) -> bool {
    let (x, y) = (negated.norm.as_str(), plain.norm.as_str());
    if x == y || plain.kind != Kind::Word || plain.stop {
        return false;
    }
    let n = neg.norm.as_str();
    let germanic = GERMAN_NEGATIONS.contains(&n)
        || DUTCH_NEGATIONS.contains(&n)
        || n.starts_with("weiger")
        || n.starts_with("geweiger");
    let long = |b: &str| b.chars().count() >= INFLECTED_BASE;
    if germanic {
        let base = germanic_base(x);
        return long(&base) && base == germanic_base(y);
    }
    // French "ne paiera pas" / "a payé" (`french::one_verb`).
    if matches!(n, "pas" | "plus" | "jamais" | "point") && french::one_verb(x, y) {
        return true;
    }
    let romance =
        FOREIGN_NEGATIONS.contains(&n) && !matches!(n, "pas" | "jamais" | "aucun" | "aucune");
    romance && long(romance_base(x)) && romance_base(x) == romance_base(y)
}

/// Whether two tokens are one word for the negation rule: one stem, an irregular past
/// and its base ([`IRREGULAR`]: "find" / "found"), two words of one fate of the
/// casualty lexicon, dead or injured ("hurt" / "injured", "Verletzten" / "verletzt"), or
/// one act told in two languages (`lexicon/acts.rs`: "payé" / "paid").
///
/// Every test reads the two words alone, so the cheapest goes first: the rule asks this of
/// each word of a pair's sentences, and the panel's disputes of a span against every
/// sentence of the other articles.
///
/// The rule reads it from each token's [`WordForm`], read once per sentence
/// ([`word_forms::same_word_in`]); this reading of the two words afresh is the reference
/// its tests compare that with.
#[cfg(test)]
fn same_word(x: &Token, y: &Token) -> bool {
    if x.stem == y.stem {
        return true;
    }
    let told = |t: &Token| fate(t).filter(|f| matches!(f, Fate::Dead | Fate::Injured));
    let fate_x = told(x);
    if fate_x.is_some() && fate_x == told(y) {
        return true;
    }
    let base = |n: &str| irregular_base(n).unwrap_or(n).to_string();
    base(&x.norm) == base(&y.norm)
        || one_romance_verb(&x.norm, &y.norm)
        || (held(x) && held(y))
        || crate::matcher::lexicon::acts::one_act_across(&x.norm, &y.norm)
}

/// The base of `n` when it is an irregular past of [`IRREGULAR`] ("found" → "find").
fn irregular_base(n: &str) -> Option<&'static str> {
    IRREGULAR
        .iter()
        .find(|(past, _)| *past == n)
        .map(|&(_, b)| b)
}

/// Whether token `t` tells a suspect held, in any of the languages read (a word of the
/// arrest side of the outcome pairs, [`super::ARRESTED`]: "arrests", "arrestato",
/// "festgenommen", "detenido"): "No arrests have been made" / "Un uomo … è stato
/// arrestato" deny and tell one arrest across two languages, whose stems differ (trial 47,
/// item 3).
fn held(t: &Token) -> bool {
    use crate::matcher::lexicon::beginnings::whole_or_beginning;
    super::ARRESTED.iter().any(|w| match whole_or_beginning(w) {
        (w, true) => t.norm == w,
        (w, false) => t.norm.starts_with(w),
    })
}

/// Endings of a past or a participle of a Romance verb of the first conjugation: pt
/// "pagou", "pagaram", es "pagó", "pagaron", "pagado", it "pagato", fr "payé", "payée".
const ROMANCE_PAST: &[&str] = &[
    "aram", "aron", "ados", "adas", "ado", "ada", "ati", "ate", "ato", "ata", "ées", "ée", "és",
    "ou", "ó", "é",
];

/// Endings of a Portuguese short participle ("foi pago", "foram pagos"), or of the same
/// past, read against a [`ROMANCE_PAST`] form; and of an infinitive of the first
/// conjugation after a refusal ("a refusé de payer", "se negó a pagar", "si è rifiutato di
/// pagare" against "a payé", "pagó", "ha pagato": trial 44 y131).
const ROMANCE_SHORT: &[&str] = &["are", "ar", "er", "os", "as", "o", "a"];

/// Shortest stem (code points) two Romance verb forms must share for
/// [`one_romance_verb`].
const ROMANCE_STEM: usize = 3;

/// Whether words `x` and `y` are two forms of one Romance verb: one ends with a past of
/// [`ROMANCE_PAST`], the other with one of it, of a simple future
/// (`refused::ROMANCE_FUTURE`) or of [`ROMANCE_SHORT`], and what stands
/// before the endings is the same, of [`ROMANCE_STEM`] code points or more ("não pagou"
/// / "foi pago um resgate", session 39). The rule reads the endings once per word
/// ([`WordForm`]); this is the reference its tests compare with.
#[cfg(test)]
fn one_romance_verb(x: &str, y: &str) -> bool {
    let past = |w| romance_stem(w, ROMANCE_PAST);
    // A simple future or conditional ("no pagará" / "pagó", "non pagherà" / "ha pagato":
    // trial 49 F1), before the short endings ("pagaría" is no "-a" form).
    let any = |w| {
        past(w)
            .or_else(|| refused::future_stem(w))
            .or_else(|| romance_stem(w, ROMANCE_SHORT))
    };
    x != y && ((past(x).is_some() && past(x) == any(y)) || (past(y).is_some() && past(y) == any(x)))
}

/// Word `w` without the first of `ends` it ends with, when [`ROMANCE_STEM`] code points
/// or more are left.
fn romance_stem<'a>(w: &'a str, ends: &[&str]) -> Option<&'a str> {
    ends.iter()
        .find_map(|e| w.strip_suffix(e))
        .filter(|s| s.chars().count() >= ROMANCE_STEM)
}

/// Whether the word `plain_word` of `plain` is another form of the negated word at
/// token `j` of `neg` that names another thing: the negated word (an adjective, "no
/// *dangerous* concentrations") qualifies a content word right after it, which `plain`
/// never names, and `plain` tells the stem in another form ("the *danger* of storing
/// chemicals"): what is denied is the concentrations, not the danger (trial 33 F6). The
/// same form ("no dangerous concentrations" / "the concentrations were dangerous") or the
/// qualified word told too is one outcome denied and stated.
fn another_form(neg: &Prepared, j: usize, plain_word: &Token, plain: &Prepared) -> bool {
    let word = &neg.tokens[j];
    let Some(next) = neg.tokens.get(j + 1) else {
        return false;
    };
    // Not across a punctuation mark ("refused to concede, saying …": no qualifier).
    let chars = crate::matcher::flags::chars_of(neg);
    let gap = chars.get(word.end..next.start).unwrap_or(&[]);
    let joined = gap.iter().all(|c| c.is_whitespace() || *c == '-');
    let qualifies = joined && next.kind == Kind::Word && !next.stop && !next.negation;
    qualifies
        && plain_word.stem == word.stem
        && plain_word.norm != word.norm
        && !plain.tokens.iter().any(|t| t.stem == next.stem)
}

/// Whether `a` and `b` negate the same words and no other ("a no-confidence vote" on both
/// sides): a negation both tell says nothing of the outcome, and the opposite words are
/// read as if neither negated.
pub(super) fn same_negations(a: &Prepared, b: &Prepared) -> bool {
    let (na, nb) = (negated_of(a), negated_of(b));
    let within = |x: &[(usize, usize)], p: &Prepared, y: &[(usize, usize)], q: &Prepared| {
        x.iter()
            .all(|&(_, j)| y.iter().any(|&(_, k)| same_word_few(p, j, q, k)))
    };
    let all = |p: &Prepared| super::negations_and_denial(p).0;
    !na.is_empty()
        && na.len() == all(a)
        && nb.len() == all(b)
        && within(na, a, nb, b)
        && within(nb, b, na, a)
}

/// Words of "more of the same" ("no *further* cuts", "keine *weiteren* Stellen", "pas
/// d'*autres* victimes"): what they deny is more than the plain side tells, not what it
/// tells.
const FURTHER: &[&str] = &[
    "further",
    "more",
    "additional",
    "new",
    "other",
    "weitere",
    "weiteren",
    "weiterer",
    "neuen",
    "autres",
    "nouvelles",
    "nouveaux",
    "nouvelle",
    "nouveau",
    "más",
    "nuevos",
    "nuevas",
    "ulteriori",
    "altri",
    "altre",
    "nuovi",
    "nuove",
];

/// Whether the negation at `i` of `neg` denies more of its word at `j` ("no further cuts",
/// [`FURTHER`] between them) while `plain` tells the word without such a word ("In 2021,
/// Veltra cut 2,000 jobs"): a cut before and none further agree (trial 35 F5). With
/// "further" on both sides ("further cuts are planned") the negation still differs.
fn beyond(neg: &Prepared, i: usize, j: usize, plain: &Prepared) -> bool {
    let further = |t: &Token| FURTHER.contains(&t.norm.as_str());
    let between = neg.tokens.get(i.min(j) + 1..i.max(j)).unwrap_or(&[]);
    between.iter().any(further) && !plain.tokens.iter().any(further)
}

/// Modal verbs after a gerund that make it the subject of a hypothetical ("turning over
/// the documents *would* violate …").
const GERUND_MODALS: &[&str] = &[
    "would", "could", "might", "may", "will", "can", "should", "must",
];

/// Whether token `k` of `p` is a gerund told as the subject of a hypothetical: a word in
/// "-ing" not after a form of "be" or "after" / "since" (no "was turning", no "after
/// turning"), with a modal of [`GERUND_MODALS`] within the six tokens after it and no
/// clause mark between ("Lay had contended that *turning* over the documents would
/// violate his right" tells no documents turned over: session 32's wrong `turning ≠
/// refused to turn`). No deed is told, so a negation of the verb on the other side
/// contradicts nothing.
fn gerund_subject(p: &Prepared, k: usize) -> bool {
    let toks = &p.tokens;
    let t = &toks[k];
    if !t.norm.ends_with("ing") || t.norm.chars().count() < 5 {
        return false;
    }
    let before = k.checked_sub(1).map(|i| toks[i].norm.as_str());
    let told = before.is_some_and(|w| {
        matches!(
            w,
            "is" | "was" | "are" | "were" | "be" | "been" | "being" | "am" | "after" | "since"
        )
    });
    if told {
        return false;
    }
    let chars = crate::matcher::flags::chars_of(p);
    let end = toks.len().min(k + 7);
    for m in k + 1..end {
        let gap = chars.get(toks[m - 1].end..toks[m].start).unwrap_or(&[]);
        if gap
            .iter()
            .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '.'))
            || CLAUSE_ENDS.contains(&toks[m].norm.as_str())
        {
            return false;
        }
        if GERUND_MODALS.contains(&toks[m].norm.as_str()) {
            return true;
        }
    }
    false
}

/// Words of a future or a conditional before a verb ("will", "shall", "would", the "wo"
/// of "won't", "'ll"; it "sarà", es "será", fr "sera", pt "será"): a negation told with one
/// is a promise or a forecast ("No one will be left behind").
const FUTURE: &[&str] = &[
    "will", "shall", "would", "wo", "ll", "sarà", "saranno", "será", "serán", "sera", "seront",
    "serão",
];

/// Whether the negation at `i` of `neg` denies its word at `j` in the future ("No one
/// will be left behind", "The plant will not close": a word of [`FUTURE`] from two tokens
/// before the negation to the word, or a Romance simple future right after the negation,
/// "no pagará": `refused::simple_future`) while `plain` tells its word at `at` as done (no
/// such word among the three tokens before it, not itself a simple future: "Hundreds were
/// left homeless"; not a German negation, whose "will" is "wants"). A promise or a
/// forecast against what happened is no conflict of facts (trial 37: "No one will be
/// left behind" / "... were left ..." was flagged); but a subject's own act refused in
/// the future, told done by the other side with the same object, is one
/// (`refused::own_act_refused`, trial 49 F1: "said it would not pay the ransom" / "paid
/// the ransom").
fn promised(neg: &[Token], i: usize, j: usize, plain: &[Token], at: usize) -> bool {
    // German "will" is "wants" ("Veltra will keine Stellen streichen").
    if GERMAN_NEGATIONS.contains(&neg[i].norm.as_str()) {
        return false;
    }
    let future = |t: &Token| FUTURE.contains(&t.norm.as_str());
    let (lo, hi) = (i.min(j).saturating_sub(2), i.max(j));
    let to_come = neg[lo..hi].iter().any(future)
        || refused::simple_future(neg, i, j)
        || french::future_before(neg, i, j);
    let done = !plain[at.saturating_sub(3)..at].iter().any(future)
        && refused::future_stem(&plain[at].norm).is_none();
    to_come && done && !refused::own_act_refused(neg, i, j, plain, at)
}

/// Exactly one side negates a content word the other states: "was not safe" / "was
/// safe". Both negating (or neither) is no conflict.
pub(super) fn negation_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (na, nb) = (negated_of(a), negated_of(b));
    if !na.is_empty() && !nb.is_empty() {
        return None;
    }
    let (na, nb) = (negated_outcomes(a), negated_outcomes(b));
    let check = |neg: &Prepared, list: &[(usize, usize)], plain: &Prepared| {
        list.iter().find_map(|&(i, j)| {
            let word = &neg.tokens[j];
            // The word stated plainly on the negating side too ("Unable to find a home,
            // ... told them to find housing"): no outcome denied.
            let also = |k: usize| {
                k != j && same_word_in(neg, k, neg, j) && !list.iter().any(|&(_, m)| m == k)
            };
            // "failed to get" / "their failure ... to get": a failure told otherwise.
            // "refused to concede" / "his refusal to concede": a refusal told otherwise.
            let failure = |t: &Token| {
                t.norm.starts_with("fail")
                    || t.norm == "unable"
                    || REFUSALS.iter().any(|r| t.norm.starts_with(r))
            };
            let failed = !neg.tokens[i].negation && plain.tokens.iter().any(failure);
            if (0..neg.tokens.len()).any(also)
                || failed
                || beyond(neg, i, j, plain)
                || concord_untold(neg, i, plain)
                || (qualifier_untold(neg, i, j, plain)
                    && lives_lost::lives_after(&neg.tokens, j).is_none())
                || safe::harm_denied_as_safe(neg, i, j, plain)
                || crate::matcher::cause::denied::contrast_at(neg, i).is_some()
            {
                return None;
            }
            // Not the second part of a compound ("low-paid cooks" tells no pay).
            let chars = crate::matcher::flags::chars_of(plain);
            let compound = |t: &Token| t.start > 0 && chars.get(t.start - 1) == Some(&'-');
            let inflected = |t: &Token| one_inflected_word(&neg.tokens[i], word, t);
            // A death told as lives lost against another word of the dead ("Nobody lost
            // their life" / "One woman was killed": `lives_lost.rs`).
            // Victims denied ("Non ci sono vittime", "There were no victims") deny a death.
            let death =
                lives_lost::death_at(&neg.tokens, j) || lives_lost::victims_at(&neg.tokens, j);
            let Some(at) = plain
                .tokens
                .iter()
                .enumerate()
                .position(|(k, t)| {
                    (same_word_in(plain, k, neg, j)
                        || inflected(t)
                        || (death && lives_lost::death_at(&plain.tokens, k)))
                        && !lives_lost::other_loss(&neg.tokens, j, &plain.tokens, k)
                        && !t.stop
                        && !compound(t)
                })
                // A member of the group denied ("No child was killed" / "A girl was killed").
                .or_else(|| members::member_of_denied_group(neg, j, plain))
            else {
                // "Further cuts are not planned" / "did not rule out further cuts";
                // "Unfälle seien nicht bekannt" / "zwei Unfälle" (trial 42 B2).
                return planned::plan_denied(neg, i, j, plain)
                    .or_else(|| known::count_not_known(neg, i, j, plain));
            };
            let same = &plain.tokens[at];
            if another_form(neg, j, same, plain)
                || gerund_subject(plain, at)
                || confirmed::other_thing_confirmed(&neg.tokens, j, &plain.tokens, at)
                || promised(&neg.tokens, i, j, &plain.tokens, at)
            {
                return None;
            }
            // The negation and its word, in either order ("Verletzt wurde niemand"), with
            // the "ne" of a French verb before "pas" ("ne paiera pas").
            let from = french::verb_before(&neg.tokens, i, AUXILIARIES)
                .filter(|&(v, _)| v == j)
                .map_or(neg.tokens[i].start, |(_, ne)| neg.tokens[ne].start);
            let to = neg.tokens[i].end;
            let told = (
                from.min(word.start),
                to.max(lives_lost::end_of(&neg.tokens, j)),
            );
            // The plain word with its hedge ("expected to rise" / "unlikely to rise",
            // trial 35 F14): both are shown as told.
            // "did not rule out further cuts" / "no further cuts": the cuts told possible
            // are shown with what tells them so (trial 35 F5.1).
            let hedge = super::hedge::hedged(&plain.tokens)
                .into_iter()
                .find(|&(_, h)| h == at)
                .map(|(h, _)| h)
                .or_else(|| not_ruled_out(&plain.tokens, at))
                .map_or(same.start, |h| plain.tokens[h].start);
            Some((told, (hedge, lives_lost::end_of(&plain.tokens, at))))
        })
    };
    if let Some((n, p)) = check(a, na, b) {
        return Some((n, p));
    }
    check(b, nb, a).map(|(n, p)| (p, n))
}
