//! Who won: "Arsenal beat Chelsea 2-1" / "Chelsea beat Arsenal 2-1", "Rapid won the last
//! derby 2-1" / "Austria Vienna beat Rapid 2-1". The two sentences share the names and the
//! score, so they score as the same fact; which side won is the fact itself. The flag is
//! an outcome flag.
//!
//! A **result** is read from a sentence in any of the structures that tell who won, in
//! English, German, French and Spanish (the words: `winner/words.rs`), each giving the
//! winner, the loser or both as names (capitalised words, as written, an article before
//! them left out: "le PSG", "l'OM", "die Austria"):
//! - a verb whose subject beat its object: "Arsenal beat Chelsea", "Nadal defeated
//!   Federer", de "Rapid besiegte Austria", fr "Le PSG a battu l'OM", es "El Betis venció
//!   al Sevilla"; in the passive, "Chelsea were beaten by Arsenal", fr "a été battu par",
//!   es "fue derrotado por", the other way round;
//! - a verb whose subject won, the loser after "against" / "over" if told: "Arsenal won
//!   2-1 against Chelsea", "Rapid won the last derby 2-1", de "Rapid gewann das Derby",
//!   fr "Rapid s'est imposé face à l'Austria", "a remporté le match", es "ganó", "se
//!   impuso";
//! - a verb whose subject lost, the winner after "to" / "against" if told: "Chelsea lost
//!   2-1 to Arsenal", de "verlor gegen", "unterlag", fr "a perdu contre", "s'est incliné
//!   face à", es "perdió ante", "cayó ante";
//! - a noun of a win or a defeat and whose it is: "Arsenal's win over Chelsea", "a
//!   victory for Arsenal", "Chelsea's defeat", fr "victoire de Rapid", "défaite de
//!   l'Austria", es "victoria del Betis", de "Sieg für Rapid", "Niederlage gegen Austria".
//!
//! - who attacked whom, read as who beat whom (the attacker as the winner): "Russia
//!   attacked Ukraine", "Israel struck Iran", "Israel bombed Gaza", passives "Ukraine was
//!   hit by Russia", and what was fired at a target, "Russia launched 120 drones at
//!   Ukraine", es "lanzó … contra"; an attack's sides may be common nouns ("the police
//!   attacked the protesters"), and a side named by its people's adjective is its country
//!   ("India shelled Pakistani positions", "Russian forces").
//!
//! - an election's winner and the side it came out ahead of, later in the clause past a
//!   comma (`words::AHEAD`: "The CDU narrowly won the election on Sunday, ahead of the
//!   AfD", "won …, beating Reform UK", de "gewinnt … knapp vor der AfD", fr "devant", es
//!   "por delante de", it "davanti a"); a German perfect, the participle at the clause's
//!   end ("Die CDU hat die Wahl knapp vor der AfD gewonnen"); a first place told with no
//!   verb of a win (`words::FIRST_PLACE`: "Die AfD ist stärkste Kraft geworden", "AfD
//!   knapp vor CDU stärkste Kraft"). Every word of an election is one contest ("Wahl",
//!   "Landtagswahl", "élections": trial 39 N2).
//!
//! "won" and "lost" (and the like) tell a result only with a score, a contest word or the
//! other side after them ("won the derby", "won 2-1", "lost to Arsenal": not "won
//! praise", "lost his life"). In German the subject may stand after the verb ("Am
//! Sonntag gewann Rapid das Derby").
//!
//! - who bought whom (trial 40 T2), read as who beat whom in a class of its own: "Novaris
//!   agreed to buy Helixa", "Helixa was acquired by Novaris", fr "va racheter", de
//!   "übernimmt", es "comprará", it "acquisirà", pt "vai comprar", nl "neemt … over"; the
//!   target after the words that describe it ("U.S. biotech firm Helixa"), a part of a
//!   company another target ("the gene therapy unit of Novaris": its keys are the part's
//!   noun and the company's); and who advised whom ("Goldman Sachs advised Novaris"),
//!   flagged when the adviser of one side in one sentence advises the other side in the
//!   other ("Goldman Sachs advised Novaris, and Morgan Stanley advised Helixa" / the
//!   advisers swapped).
//!
//! Two results differ when a side one sentence gives as the winner is the other's loser,
//! or when both give a winner, the two are different sides, and the two results are of
//! one contest (the same score, or the same contest word: "Rapid won the derby" /
//! "Austria won the derby"), neither sentence naming the other's winner at all. A side
//! is compared by the stems of its name's words that the other side of its own result
//! does not share: "Manchester United" and "United" are one side, while "Manchester
//! United beat Manchester City" tells "United" against "City". Ranges are code points of
//! each prepared sentence's own text.

use super::Ranges;
use crate::matcher::lexicon::articles::BEFORE_NAME as ARTICLES;
use crate::matcher::lexicon::{
    passive::BY,
    races::{CITY_RACES, DIVISIONS},
};
use crate::matcher::outcome::CONTESTS;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};
use sentence::Sentence;
use words::CONTEST_WORDS;
use words::{Class, ADVICE_PASSIVE, DEAL_ENDS, DEAL_LEADS, DEAL_PASSIVE, INHERIT, PART_OF};
use words::{Shape, AGAINST_LOSER, AGAINST_WINNER, AT_TARGET, AUXILIARIES};
use words::{ADVERBS, AHEAD, ELECTIONS, FIRST_PLACE, GERMAN_PERFECT, OTHER_CLAUSE};
use words::{GERMAN_OPENERS, LOSS_NOUNS, OWNER, PASSIVE, VERBS, WIN_NOUNS};
use words::{TAKES_OVER, TRANSITIVE_WINS};

mod sentence;
mod words;

/// A side of a result: the keys of its name's words ([`key`]) and its range (code
/// points).
#[derive(Debug, Clone)]
struct Side {
    stems: Vec<String>,
    range: (usize, usize),
}

/// A result read from a sentence: the winner, the loser (either may be missing, not both),
/// the score as two figures, low first, if told, the stem of a contest word if told, the
/// place an ordinal before that word names ("won the first set": 1), and the range of the
/// whole result.
#[derive(Debug, Clone)]
pub(super) struct GameResult {
    winner: Option<Side>,
    loser: Option<Side>,
    score: Option<(u32, u32)>,
    contest: Option<u64>,
    nth: Option<u32>,
    range: (usize, usize),
    class: Class,
}

impl GameResult {
    /// A result of `winner` and `loser` (not both missing), spanning `from..to` (code
    /// points) and the sides; `None` when it has no side, or the two sides are one name.
    fn new(
        winner: Option<Side>,
        loser: Option<Side>,
        (from, to): (usize, usize),
        score: Option<(u32, u32)>,
        contest: Option<u64>,
    ) -> Option<GameResult> {
        if let (Some(w), Some(l)) = (&winner, &loser) {
            if w.stems.iter().all(|s| l.stems.contains(s)) {
                return None;
            }
        }
        let ends = [&winner, &loser].into_iter().flatten().map(|s| s.range);
        let start = ends.clone().map(|r| r.0).chain([from]).min()?;
        let end = ends.map(|r| r.1).chain([to]).max()?;
        (winner.is_some() || loser.is_some()).then_some(GameResult {
            winner,
            loser,
            score,
            contest,
            nth: None,
            range: (start, end),
            class: Class::Game,
        })
    }

    /// The keys of side `s` of this result (`true`: the winner) that its other side does
    /// not share.
    fn own(&self, winner: bool) -> Vec<String> {
        let (this, other) = match winner {
            true => (&self.winner, &self.loser),
            false => (&self.loser, &self.winner),
        };
        let Some(this) = this else {
            return Vec::new();
        };
        let other = other.as_ref().map_or(&[][..], |o| &o.stems[..]);
        this.stems
            .iter()
            .filter(|s| !other.contains(s))
            .cloned()
            .collect()
    }
}

/// Whether two lists of keys share one.
fn meet(x: &[String], y: &[String]) -> bool {
    x.iter().any(|s| y.contains(s))
}

/// What a word of a name is compared by: its lower-case form without an elided article
/// ("L'OM" and "l'OM" are "om"; the tokeniser keeps the "l'" of a capitalised "L'OM").
/// A word naming a country or its people is its country ("Pakistani positions" is
/// Pakistan's side, "russische Truppen" Russia's: `speakers::country_word`).
fn key(t: &Token) -> String {
    let word = match t.norm.split_once('\'') {
        Some((before, after)) if before.chars().count() <= 3 && !after.is_empty() => after,
        _ => t.norm.as_str(),
    };
    match crate::matcher::speakers::country_word(word) {
        Some(country) => country.to_string(),
        None => word.to_string(),
    }
}

/// Whether `norm` is a verb of a result ([`VERBS`]) or a noun of a win or a defeat.
/// Looked up in one set of the three tables, built once (every token of a sentence is
/// asked).
fn result_word(norm: &str) -> bool {
    static WORDS: std::sync::OnceLock<crate::matcher::text::FxWordSet> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| {
            let verbs = VERBS.iter().map(|v| v.0);
            verbs
                .chain(WIN_NOUNS.iter().chain(LOSS_NOUNS).copied())
                .collect()
        })
        .contains(norm)
}

/// The stem of token `t` when it is a word of a contest (`outcome::CONTESTS`,
/// [`CONTEST_WORDS`]); every word of an election is one contest, [`election`]
/// ([`ELECTIONS`], German compounds of "-wahl": "Landtagswahl").
fn contest_word(t: &Token) -> Option<u64> {
    let n = t.norm.as_str();
    if ELECTIONS.contains(&n) || n.ends_with("wahl") || n.ends_with("wahlen") {
        return Some(election());
    }
    let race = CITY_RACES.contains(&n);
    (race || CONTESTS.contains(&n) || CONTEST_WORDS.contains(&n)).then_some(t.stem)
}

/// The divisions of a race a sentence names ([`DIVISIONS`]): whether it names the
/// women's, whether the men's.
fn division(p: &Prepared) -> (bool, bool) {
    let mut out = (false, false);
    for t in p.tokens.iter() {
        let w = t.norm.trim_end_matches("'s");
        for (d, women) in DIVISIONS {
            if t.norm == *d || w == *d {
                if *women {
                    out.0 = true;
                } else {
                    out.1 = true;
                }
            }
        }
    }
    out
}

/// How many capitalised words a contest's name may run to before its contest word ("the
/// UEFA Europa League final", "the New York City Marathon").
const CONTEST_NAME_WORDS: usize = 4;

/// Where the contest word is that the capitalised words from token `k` of `s` name
/// ("Berlin" of "the Berlin Marathon", "DFB" of "the DFB-Pokal final"): the first token
/// after at most [`CONTEST_NAME_WORDS`] name words in a row that is a contest word
/// ([`contest_word`]; a capitalised one ends the run, "Marathon"); `None` when the name
/// runs into no contest word (a side: "won 2-1 against Chelsea").
fn contest_named_from(s: &Sentence, k: usize) -> Option<usize> {
    let toks = s.toks();
    let mut j = k;
    while j < k + CONTEST_NAME_WORDS && s.name_word(j) && contest_word(&toks[j]).is_none() {
        j += 1;
    }
    (j > k && contest_word(toks.get(j)?).is_some()).then_some(j)
}

/// The contest of an election, whichever word tells it ([`contest_word`]).
fn election() -> u64 {
    crate::matcher::text::hash_str("election")
}

/// The length of the phrase of `phrases` (words in a row, `text::phrase_at`) that starts
/// at token `k`, the longest one; 0 for none.
fn longest_phrase_at(s: &Sentence, k: usize, phrases: &[&[&str]]) -> usize {
    phrases
        .iter()
        .filter(|ph| crate::matcher::text::phrase_at(s.toks(), k, ph))
        .map(|ph| ph.len())
        .max()
        .unwrap_or(0)
}

/// The side a winner came out ahead of ([`AHEAD`]: "…, ahead of the AfD", "knapp vor der
/// AfD", "beating Reform UK"), looked for from token `from` to the end of its clause (a
/// full stop, a semicolon or a colon, a word of [`OTHER_CLAUSE`] or another word of a
/// result; commas do not end it).
fn ahead_of(s: &Sentence, from: usize) -> Option<Side> {
    for (k, t) in s.toks().iter().enumerate().skip(from) {
        let ends = s.gap(k).iter().any(|c| ".;:".contains(*c));
        let norm = t.norm.as_str();
        if k > from && (ends || OTHER_CLAUSE.contains(&norm) || result_word(norm)) {
            return None;
        }
        let n = longest_phrase_at(s, k, AHEAD);
        if n > 0 {
            if let Some((side, _)) = s.name_after(k + n) {
                return Some(side);
            }
        }
    }
    None
}

/// A first place in an election told by the words of [`FIRST_PLACE`] at token `v` ("Die
/// AfD ist stärkste Kraft geworden", "AfD knapp vor CDU stärkste Kraft"): the winner is
/// the name that opens its clause (after a colon: "Sachsen-Anhalt: AfD …"), the loser the
/// side it came out ahead of ([`ahead_of`]) if told.
fn first_place(s: &Sentence, v: usize, n: usize) -> Option<GameResult> {
    let toks = s.toks();
    let start = (1..=v).rev().find(|&k| clause_opens(s, k)).unwrap_or(0);
    // "Die AfD": the article opening the sentence has a capital, which `name_after` does
    // not skip.
    let article = toks
        .get(start)
        .is_some_and(|t| ARTICLES.contains(&t.norm.as_str()));
    let (winner, last) = s.name_after(start + usize::from(article))?;
    if last >= v {
        return None;
    }
    let loser = ahead_of(s, last + 1);
    let span = (toks[v].start, toks[v + n - 1].end);
    GameResult::new(Some(winner), loser, span, None, Some(election()))
}

/// The results a sentence tells ([`read_results`]), read once per sentence
/// (`flags/facts.rs`: each pair of all-pairs matching asks both of its sentences).
fn results(p: &Prepared) -> &[GameResult] {
    p.facts.results.get_or_init(|| read_results(p))
}

/// The results a sentence tells (see the module docs), read afresh.
fn read_results(p: &Prepared) -> Vec<GameResult> {
    // Most sentences have no word of a result: their characters are not collected.
    let opens_first_place = |t: &Token| FIRST_PLACE.iter().any(|ph| ph[0] == t.norm);
    let passive_word =
        |w: &str| PASSIVE.contains(&w) || DEAL_PASSIVE.contains(&w) || ADVICE_PASSIVE.contains(&w);
    if !p
        .tokens
        .iter()
        .any(|t| result_word(&t.norm) || passive_word(&t.norm) || opens_first_place(t))
    {
        return Vec::new();
    }
    let s = Sentence {
        p,
        chars: p.text.chars().collect(),
    };
    let toks = s.toks();
    let mut out = Vec::new();
    for (v, t) in toks.iter().enumerate() {
        let word = t.norm.as_str();
        let first = longest_phrase_at(&s, v, FIRST_PLACE);
        let found = if first > 0 {
            first_place(&s, v, first)
        } else if PASSIVE.contains(&word) {
            passive(&s, v)
        } else {
            None
        };
        let class = match word {
            _ if DEAL_PASSIVE.contains(&word) => Some(Class::Deal),
            _ if ADVICE_PASSIVE.contains(&word) => Some(Class::Advice),
            _ => None,
        };
        let found = found.or_else(|| {
            let r = passive(&s, v).filter(|_| class.is_some())?;
            Some(GameResult { class: class?, ..r })
        });
        // An infinitive or a gerund of a win: the subject of the main clause.
        let inherited = || {
            let last = out
                .iter()
                .rev()
                .find(|r: &&GameResult| r.class == Class::Game);
            // "El Betis se proclamó campeón tras derrotar …": the capitalised article
            // opening the sentence is no name.
            let article = toks
                .first()
                .is_some_and(|t| ARTICLES.contains(&t.norm.as_str()));
            let opening = || {
                let named = s.name_after(usize::from(article));
                named.filter(|x| x.1 < v).map(|x| x.0)
            };
            last.and_then(|r| r.winner.clone()).or_else(opening)
        };
        let inherited = INHERIT.contains(&word).then(inherited).flatten();
        let found = found
            .or_else(|| {
                VERBS
                    .iter()
                    .find(|x| x.0 == word)
                    .and_then(|x| verb(&s, v, *x, inherited))
            })
            .or_else(|| noun(&s, v));
        out.extend(found);
    }
    out
}

/// The subject before the verb at `v`, auxiliaries between them skipped ("Le PSG a
/// battu", "Rapid s'est imposé"): the side and whether it opens a German sentence with
/// its subject (not "Am Sonntag" nor "Im Derby").
fn subject_before(s: &Sentence, v: usize) -> Option<Side> {
    s.name_before(before_auxiliaries(s, v)?)
}

/// The subject before the verb at `v` told by common nouns, auxiliaries between them
/// skipped ("the protesters were attacked", "Russian forces have struck"), as
/// [`subject_before`] reads a name.
fn nouns_before_verb(s: &Sentence, v: usize) -> Option<Side> {
    s.nouns_before(before_auxiliaries(s, v)?)
}

/// The token before the verb at `v` and up to two auxiliaries or adverbs right before it
/// ("were attacked", "a battu", "narrowly won": [`ADVERBS`], English ones in "-ly",
/// Romance ones in "-mente"), where its subject ends; `None` at the sentence's start.
fn before_auxiliaries(s: &Sentence, v: usize) -> Option<usize> {
    let toks = s.toks();
    let skipped = |t: &Token| {
        let w = t.norm.as_str();
        let adverb = !t.capital
            && t.kind == Kind::Word
            && (ADVERBS.contains(&w)
                || (w.len() > 5 && (w.ends_with("ly") || w.ends_with("mente"))));
        AUXILIARIES.contains(&w) || adverb
    };
    let mut k = v;
    while k > 0 && v - k < 3 && skipped(&toks[k - 1]) {
        k -= 1;
    }
    k.checked_sub(1)
}

/// Whether a clause opens at token `k`: a colon, a semicolon, a bracket or a dash before
/// it (a hyphen with a space: "Magdeburg (dpa) - Die CDU …", "Sachsen-Anhalt: AfD …"; not
/// the one inside "Sachsen-Anhalt").
fn clause_opens(s: &Sentence, k: usize) -> bool {
    let gap = s.gap(k);
    gap.iter().any(|c| ":;()\u{2013}\u{2014}".contains(*c)) || (gap.len() > 1 && gap.contains(&'-'))
}

/// A German perfect whose participle at `v` ends the clause ("Die CDU hat die Wahl am
/// Sonntag knapp vor der AfD gewonnen", "Am Sonntag hat die CDU die Wahl gewonnen"): the
/// subject (the name before its auxiliary of [`GERMAN_PERFECT`] when one opens the
/// sentence, else the name right after it) and the token after the subject, where what
/// was won is read from.
fn german_perfect(s: &Sentence, v: usize) -> Option<(Side, usize)> {
    let toks = s.toks();
    let aux = (0..v)
        .rev()
        .take_while(|&k| !s.gap(k + 1).iter().any(|c| ",.;:".contains(*c)))
        .find(|&k| GERMAN_PERFECT.contains(&toks[k].norm.as_str()))?;
    let before = aux.checked_sub(1).and_then(|k| s.name_before(k));
    // The subject opens the sentence, or its clause after a dateline ("Magdeburg (dpa) -
    // Die CDU hat …").
    let opens = before.as_ref().is_some_and(|b| {
        let f = toks.iter().position(|t| t.start == b.range.0);
        f.is_some_and(|f| {
            let article = f > 0 && ARTICLES.contains(&toks[f - 1].norm.as_str());
            let g = f - usize::from(article);
            g == 0 || clause_opens(s, g)
        })
    });
    match before {
        Some(b) if opens => Some((b, aux + 1)),
        _ => {
            let (after, last) = s.name_after(aux + 1)?;
            (last < v).then_some((after, last + 1))
        }
    }
}

/// The buyer before a verb of a takeover at `v`: the name before it, up to five words of
/// [`DEAL_LEADS`], auxiliaries, adverbs or dates between them skipped ("Novaris AG agreed
/// on Wednesday to buy", "Novaris va racheter"); no clause break between them.
fn deal_subject(s: &Sentence, v: usize) -> Option<Side> {
    let toks = s.toks();
    let skipped = |t: &Token| {
        let w = t.norm.as_str();
        t.date
            || !t.capital
                && (DEAL_LEADS.contains(&w)
                    || AUXILIARIES.contains(&w)
                    || ADVERBS.contains(&w)
                    || (w.len() > 5 && (w.ends_with("ly") || w.ends_with("mente"))))
    };
    let mut k = v;
    while k > 0 && v - k < 5 && !s.breaks(k) && skipped(&toks[k - 1]) {
        k -= 1;
    }
    if k > 0 && s.breaks(k) {
        return None;
    }
    s.name_before(k.checked_sub(1)?)
}

/// The target after a verb of a takeover, from token `at`: the first name within ten
/// tokens, past the words that describe it ("U.S. biotech firm Helixa Therapeutics":
/// a name of countries only, or of one short word in capitals, before a small word is
/// part of the description), up to a clause break or a word of [`DEAL_ENDS`] ("for $12.4
/// billion"). A part of a company ("the gene therapy unit of Novaris") is another target:
/// the part's noun is a key of the side.
fn deal_target(s: &Sentence, at: usize) -> Option<(Side, usize)> {
    let toks = s.toks();
    let mut part = None;
    let mut k = at;
    while k < toks.len() && k < at + 10 && !(k > at && s.breaks(k)) {
        let t = &toks[k];
        if DEAL_ENDS.contains(&t.norm.as_str()) || matches!(t.kind, Kind::Number(_)) {
            return None;
        }
        if let Some((mut side, last)) = s.name_after(k) {
            let country = |w: &String| crate::matcher::speakers::country_word(w).is_some();
            let short = last == k && t.norm.chars().filter(|c| c.is_alphabetic()).count() <= 3;
            let described = toks
                .get(last + 1)
                .is_some_and(|n| !n.capital && !n.stop && n.kind == Kind::Word);
            if described && (side.stems.iter().all(country) || short) {
                k = last + 1;
                continue;
            }
            if let Some(p) = part {
                side.stems.insert(0, p);
            }
            return Some((side, last));
        }
        if k > at && PART_OF.contains(&t.norm.as_str()) && !toks[k - 1].stop {
            part = Some(key(&toks[k - 1]));
        }
        k += 1;
    }
    None
}

/// A passive result at the participle `v` ("Chelsea were beaten 2-1 by Arsenal").
fn passive(s: &Sentence, v: usize) -> Option<GameResult> {
    let toks = s.toks();
    let at = s.skip_score(v + 1);
    let score = s.score(v + 1).map(|x| x.1);
    if !toks.get(at).is_some_and(|t| BY.contains(&t.norm.as_str())) {
        return None;
    }
    let aux = v > 0 && AUXILIARIES.contains(&toks[v - 1].norm.as_str());
    if !aux {
        return None;
    }
    // "the protesters were attacked by the police": common nouns where no name stands.
    let loser = subject_before(s, v).or_else(|| nouns_before_verb(s, v))?;
    let (winner, _) = s.name_after(at + 1).or_else(|| s.nouns_after(at + 1))?;
    GameResult::new(
        Some(winner),
        Some(loser),
        (toks[v].start, toks[v].end),
        score,
        None,
    )
}

/// A result told by the verb at `v` of [`VERBS`] (see the module docs).
fn verb(
    s: &Sentence,
    v: usize,
    (_, shape, alone, german): (&str, Shape, bool, bool),
    inherited: Option<Side>,
) -> Option<GameResult> {
    let toks = s.toks();
    let class = match shape {
        Shape::Bought => Class::Deal,
        Shape::Advised => Class::Advice,
        _ => Class::Game,
    };
    if class != Class::Game {
        return deal(s, v, shape, german);
    }
    // An attack's sides may be common nouns where no name stands ("the police attacked
    // the protesters", "Russian forces attacked Ukraine").
    let attack = matches!(shape, Shape::Attacked | Shape::Fired);
    // German: "Am Sonntag gewann Rapid", "Im Derby verlor Rapid gegen Austria": the
    // subject after the verb when none opens the sentence before it. A game's subject
    // told with its country is the person ("Daniel Kiprop of Kenya won": trial 44); an
    // attack's is the country ("Russian forces").
    let before = match attack {
        true => subject_before(s, v),
        false => before_auxiliaries(s, v).and_then(|k| s.person_before(k)),
    };
    let before = before.or(inherited);
    let before = match (before, attack) {
        (None, true) => nouns_before_verb(s, v),
        (b, _) => b,
    };
    let opens = |side: &Side| {
        let first = toks.iter().position(|t| t.start == side.range.0);
        first.is_some_and(|f| {
            (f == 0 || (f <= 1 && ARTICLES.contains(&toks[0].norm.as_str())))
                && !GERMAN_OPENERS.contains(&toks[f].norm.as_str())
        })
    };
    let perfect = match toks[v].norm.as_str() {
        "gewonnen" | "verloren" => german_perfect(s, v),
        _ => None,
    };
    let (subject, mut at) = match before {
        _ if perfect.is_some() => perfect?,
        Some(b) if !german || opens(&b) => (b, v + 1),
        _ if german => {
            let (after, last) = s.name_after(v + 1)?;
            (after, last + 1)
        }
        _ => return None,
    };
    // "schlug ... vor": proposed, no result.
    if german && toks[v].norm == "schlug" && toks[v + 1..].iter().any(|t| t.norm == "vor") {
        return None;
    }
    let (mut score, mut end) = (None, toks[v].end);
    if let Some((j, sc)) = s.score(at) {
        (score, at, end) = (Some(sc), j, toks[j - 1].end);
    }
    let other = |k: usize| {
        let nouns = || s.nouns_after(k).filter(|_| attack);
        s.name_after(k).or_else(nouns).map(|x| x.0)
    };
    // pt "O Benfica venceu o FC Porto": a name right after the verb, with no word of a
    // contest, is the loser ("venceu a Taça" is a cup won).
    if TRANSITIVE_WINS.contains(&toks[v].norm.as_str()) {
        if let Some((object, last)) = s.name_after(at) {
            if !(at..=last).any(|k| contest_word(&toks[k]).is_some()) {
                let span = (toks[v].start, toks[v].end);
                return GameResult::new(Some(subject), Some(object), span, score, None);
            }
        }
    }
    if matches!(shape, Shape::Beat | Shape::Attacked | Shape::LostTo) {
        let object = other(at)?;
        let score = score.or_else(|| {
            let k = toks.iter().position(|t| t.start >= object.range.1)?;
            s.score(k).map(|x| x.1)
        });
        let (w, l) = match shape {
            Shape::LostTo => (object, subject),
            _ => (subject, object),
        };
        return GameResult::new(Some(w), Some(l), (toks[v].start, toks[v].end), score, None);
    }
    // "won the last derby 2-1 in October", "lost 2-1 to Arsenal", "a perdu contre".
    // "launched 120 drones at Ukraine": what was fired may be long and named ("fired
    // Storm Shadow missiles at Russia").
    let fired = shape == Shape::Fired;
    let preps = match shape {
        Shape::Won => AGAINST_LOSER,
        Shape::Fired => AT_TARGET,
        _ => AGAINST_WINNER,
    };
    let reach = if fired { 10 } else { 7 };
    let (mut contest, mut rival, mut nth) = (None, None, None);
    let mut k = at;
    // Inside a contest's own name ("la Copa del Rey ante el Athletic"): its capitalised
    // and small words after the contest word are no side.
    let mut naming = false;
    while k < toks.len() && k < at + reach && !(k > at && s.breaks(k)) && rival.is_none() {
        if let Some((j, sc)) = s.score(k) {
            score = score.or(Some(sc));
            end = toks[j - 1].end;
            k = j;
            continue;
        }
        let t = &toks[k];
        // "won the first set", "the second round": two contests of one match.
        nth = nth.or_else(|| super::ordinal::ordinal(s.p, t));
        if let Some(c) = contest_word(t) {
            contest = Some(c);
            end = t.end;
            naming = true;
        } else if preps.contains(&t.norm.as_str()) {
            // "face à", "frente a": the second word skipped.
            let next = k + 1 + usize::from(toks.get(k + 1).is_some_and(|n| n.norm == "à"));
            rival = other(next);
        } else if naming && (t.stop || s.name_word(k)) {
            if !t.stop {
                end = end.max(t.end);
            }
        } else if s.name_word(k) && !fired {
            // A contest's name before its word ("won the Berlin Marathon", "the DFB-Pokal
            // final", "the FA Cup final": trial 44, 3/4) is no side: read on to the word.
            match contest_named_from(s, k) {
                Some(j) => {
                    k = j;
                    continue;
                }
                None => break,
            }
        } else {
            naming = false;
        }
        k += 1;
    }
    // "won the election on Sunday, ahead of the AfD", "won …, beating Reform UK": the
    // loser later in the clause, past a comma.
    if shape == Shape::Won && rival.is_none() {
        rival = ahead_of(s, at);
    }
    if !(alone || score.is_some() || contest.is_some() || rival.is_some())
        || fired && rival.is_none()
    {
        return None;
    }
    let (w, l) = match shape {
        Shape::Won | Shape::Fired => (Some(subject), rival),
        _ => (rival, Some(subject)),
    };
    // A German perfect's participle ends its result ("CDU hat die Wahl … gewonnen").
    let end = end.max(toks[v].end);
    GameResult::new(w, l, (toks[v].start, end), score, contest).map(|r| GameResult { nth, ..r })
}

/// A takeover or an advice told by the verb at `v` (of [`Shape::Bought`] or
/// [`Shape::Advised`]): the buyer or adviser before it ([`deal_subject`]; in German and
/// Dutch after it when none opens the sentence), the target or the side advised after it
/// ([`deal_target`]); a Dutch "neemt" needs "over" after the target.
fn deal(s: &Sentence, v: usize, shape: Shape, german: bool) -> Option<GameResult> {
    let toks = s.toks();
    let before = deal_subject(s, v).filter(|b| {
        let f = toks.iter().position(|t| t.start == b.range.0);
        let opening = f.is_some_and(|f| {
            f == 0 || (f == 1 && ARTICLES.contains(&toks[0].norm.as_str())) || s.breaks(f)
        });
        !german || opening
    });
    let (subject, at) = match before {
        Some(b) => (b, v + 1),
        None if german => {
            let (after, last) = s.name_after(v + 1)?;
            (after, last + 1)
        }
        None => return None,
    };
    let (object, last) = deal_target(s, at)?;
    if TAKES_OVER.contains(&toks[v].norm.as_str())
        && toks.get(last + 1).is_none_or(|t| t.norm != "over")
    {
        return None;
    }
    let class = match shape {
        Shape::Advised => Class::Advice,
        _ => Class::Deal,
    };
    let span = (toks[v].start, toks[v].end);
    let r = GameResult::new(Some(subject), Some(object), span, None, None)?;
    Some(GameResult { class, ..r })
}

/// A result told by a noun of a win or a defeat at `n` (see the module docs): whose it is
/// (a genitive before it, over a score and up to two words: "Arsenal's narrow 2-1 win";
/// or a word of [`OWNER`] and a name after it) and the other side (a preposition and a
/// name after it).
fn noun(s: &Sentence, n: usize) -> Option<GameResult> {
    let toks = s.toks();
    let norm = toks[n].norm.as_str();
    let win = WIN_NOUNS.contains(&norm);
    if !win && !LOSS_NOUNS.contains(&norm) {
        return None;
    }
    let mut score = None;
    let mut k = n;
    let mut words = 0;
    let genitive = loop {
        let Some(j) = k.checked_sub(1) else {
            break None;
        };
        if j >= 1 {
            if let Some((after, sc)) = s.score(j - 1).filter(|x| x.0 == k) {
                score = Some(sc);
                k = after - 2;
                continue;
            }
        }
        if s.genitive(j) {
            break s.name_before(j);
        }
        let t = &toks[j];
        if t.kind != Kind::Word || t.capital || t.stop || words == 2 {
            break None;
        }
        words += 1;
        k = j;
    };
    let mut at = s.skip_score(n + 1);
    score = score.or_else(|| s.score(n + 1).map(|x| x.1));
    let mut owner = None;
    let mut of_rival = None;
    if let Some(t) = toks.get(at).filter(|t| OWNER.contains(&t.norm.as_str())) {
        if let Some((side, last)) = s.name_after(at + 1) {
            // "Chelsea's defeat of Arsenal": Chelsea won.
            match (genitive.is_some() && t.norm == "of", win) {
                (true, false) => of_rival = Some(side),
                _ => owner = Some(side),
            }
            at = last + 1;
        }
    }
    let owner = genitive.clone().filter(|_| owner.is_none()).or(owner);
    let preps = if win { AGAINST_LOSER } else { AGAINST_WINNER };
    let rival = toks
        .get(at)
        .filter(|t| preps.contains(&t.norm.as_str()))
        .and_then(|_| {
            let next = at + 1 + usize::from(toks.get(at + 1).is_some_and(|n| n.norm == "à"));
            s.name_after(next).map(|x| x.0)
        });
    let span = (toks[n].start, toks[n].end);
    match (win, of_rival) {
        (false, Some(beaten)) => GameResult::new(genitive, Some(beaten), span, score, None),
        (true, _) => GameResult::new(owner, rival, span, score, None),
        (false, None) => GameResult::new(rival, owner, span, score, None),
    }
}

/// A result of `a` and one of `b` that disagree on who won (see the module docs): the
/// ranges of the two results. Two results of two times are no disagreement: a sentence
/// that names a time before the story's (`lexicon::past::names_a_past_year`: "Last year
/// Bekele won the race", "Il y a deux ans") tells a past result, background to today's
/// ("Kiprop won the marathon"), as the article rules read a lead (`told_from::story_lead`).
pub(super) fn winner_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let ra = results(a);
    if ra.is_empty() {
        return None;
    }
    let rb = results(b);
    if rb.is_empty() {
        return None;
    }
    let past = |p: &Prepared| crate::matcher::lexicon::past::names_a_past_year(&p.tokens);
    if past(a) != past(b) {
        return None;
    }
    let names = |p: &Prepared, keys: &[String]| p.tokens.iter().any(|t| keys.contains(&key(t)));
    ra.iter().find_map(|x| {
        rb.iter()
            .find(|y| {
                // Two contests told apart by their ordinals ("won the first set 6-4" /
                // "won the second set 6-4") are no disagreement.
                if x.nth.is_some() && y.nth.is_some() && x.nth != y.nth || x.class != y.class {
                    return false;
                }
                if x.class == Class::Advice {
                    return advisers_swapped(x, y, rb);
                }
                let (xw, xl, yw, yl) = (x.own(true), x.own(false), y.own(true), y.own(false));
                let crossed = (meet(&xw, &yl) && !meet(&xw, &yw) && !meet(&xl, &yl))
                    || (meet(&xl, &yw) && !meet(&xl, &yl) && !meet(&xw, &yw));
                let one_contest = (x.score.is_some() && x.score == y.score)
                    || (x.contest.is_some() && x.contest == y.contest);
                // "won the women's marathon" / "won the marathon": two races of one
                // event (trial 43 A1).
                let two_winners = !xw.is_empty()
                    && !yw.is_empty()
                    && one_contest
                    && division(a) == division(b)
                    && !names(b, &xw)
                    && !names(a, &yw);
                crossed || two_winners
            })
            .map(|y| parallel(a, x, b, y))
    })
}

/// The winners of one contest told otherwise by the first results of two leads (trial
/// 44, 3/4: "Bayern Munich won the DFB-Pokal final 3-1 against RB Leipzig" / "RB Leipzig
/// won the DFB-Pokal final 1-0 against Eintracht Frankfurt", two cup finals; "Daniel
/// Kiprop won the Berlin Marathon" / "Tadese Bekele won the Berlin Marathon", two years'
/// races; "Bayern Munich beat RB Leipzig 3-1 in the German Cup final" / "RB Leipzig won
/// the DFB-Pokal final 1-0", the loser of one the winner of the other): the first
/// sentence of each lead that tells a game's result with a winner (not a deal, an
/// adviser), the two sentences disagreeing on who won ([`winner_conflict`]: one contest,
/// by its word or its score, or the sides crossed). Gives the last word of each
/// winner's name, lower case ("munich", "leipzig"), for the caller to look for in the
/// other article; `None` when either lead tells no such result, or the results agree.
/// The story's own result comes first in a lead; a past one ("Last year's winner …")
/// comes after it.
pub(super) fn first_winners_apart(a: &[&Prepared], b: &[&Prepared]) -> Option<(String, String)> {
    let ((pa, ra), (pb, rb)) = (first_game(a)?, first_game(b)?);
    winner_conflict(pa, pb)?;
    let last_word = |p: &Prepared, r: &GameResult| {
        let (s, e) = r.winner.as_ref()?.range;
        p.tokens
            .iter()
            .rev()
            .find(|t| t.start >= s && t.end <= e && t.kind == Kind::Word)
            .map(|t| t.norm.clone())
    };
    Some((last_word(pa, ra)?, last_word(pb, rb)?))
}

/// The first sentence of `lead` that tells a game's result with a winner (no deal, no
/// adviser), with that result.
fn first_game<'p>(lead: &[&'p Prepared]) -> Option<(&'p Prepared, &'p GameResult)> {
    lead.iter().find_map(|p| {
        results(p)
            .iter()
            .find(|r| r.class == Class::Game && r.winner.is_some())
            .map(|r| (*p, r))
    })
}

/// Whether advice `x` of one sentence and advice `y` of the other tell one side advised
/// by two advisers, and `x`'s adviser advises another side in the other sentence (among
/// `others`, its results): "Goldman Sachs advised Novaris, and Morgan Stanley advised
/// Helixa" / "Morgan Stanley advised Novaris, and Goldman Sachs advised Helixa".
fn advisers_swapped(x: &GameResult, y: &GameResult, others: &[GameResult]) -> bool {
    let (xw, xl, yw, yl) = (x.own(true), x.own(false), y.own(true), y.own(false));
    meet(&xl, &yl)
        && !meet(&xw, &yw)
        && others.iter().any(|z| {
            z.class == Class::Advice && meet(&z.own(true), &xw) && !meet(&z.own(false), &xl)
        })
}

/// The most tokens a who-won flag shows of a result whole ([`shown`]: "Arsenal were
/// beaten 2-1 by Chelsea").
const SHOWN_WHOLE: usize = 9;

/// The range a who-won flag shows of result `x` of `p` against `other`: the whole result
/// ("Arsenal beat Chelsea"), but of one that runs over a comma or a semicolon (not the
/// colon of a score, "2:1") or more than
/// [`SHOWN_WHOLE`] tokens ("The CDU narrowly won the election on Sunday, ahead of the
/// AfD", "CDU hat die Wahl am Sonntag knapp vor der AfD gewonnen": trial 40 T9 quoted
/// them whole) the part that differs, its winner, when both results name one (else its
/// loser).
fn shown(p: &Prepared, x: &GameResult, other: &GameResult) -> (usize, usize) {
    let chars = super::chars_of(p);
    let inside = chars.get(x.range.0..x.range.1).unwrap_or(&[]);
    let words = p
        .tokens
        .iter()
        .filter(|t| t.start >= x.range.0 && t.end <= x.range.1)
        .count();
    if words <= SHOWN_WHOLE && !inside.iter().any(|c| matches!(c, ',' | ';')) {
        return x.range;
    }
    match (&x.winner, &other.winner, &x.loser, &other.loser) {
        (Some(w), Some(_), _, _) => w.range,
        (_, _, Some(l), Some(_)) => l.range,
        _ => x.range,
    }
}

/// The ranges a who-won flag shows of result `x` of `a` and `y` of `b` ([`shown`]), the
/// two sides parallel: when one is cut to its winner (or loser) and the other is shown
/// whole, the other is cut to its winner (or loser) too (trial 41 F9: "Betis ganó la final
/// al imponerse por 2-1 ≠ Athletic", now "Betis ≠ Athletic").
fn parallel(a: &Prepared, x: &GameResult, b: &Prepared, y: &GameResult) -> Ranges {
    let (sa, sb) = (shown(a, x, y), shown(b, y, x));
    if (sa == x.range) == (sb == y.range) {
        return (sa, sb);
    }
    match (&x.winner, &y.winner, &x.loser, &y.loser) {
        (Some(w), Some(v), _, _) => (w.range, v.range),
        (_, _, Some(l), Some(m)) => (l.range, m.range),
        _ => (sa, sb),
    }
}

#[cfg(test)]
mod tests_result_word {
    use super::*;

    /// The set of result words answers what a scan of the three tables answers.
    #[test]
    fn the_set_of_result_words_is_the_three_tables() {
        let scan = |w: &str| {
            VERBS.iter().any(|v| v.0 == w) || WIN_NOUNS.contains(&w) || LOSS_NOUNS.contains(&w)
        };
        let words = VERBS.iter().map(|v| v.0);
        let words: Vec<&str> = words
            .chain(WIN_NOUNS.iter().chain(LOSS_NOUNS).copied())
            .chain([
                "", "the", "police", "beaten", "won", "victory", "defeats", "Won",
            ])
            .collect();
        for w in words {
            assert_eq!(result_word(w), scan(w), "{w}");
        }
        assert!(!result_word("police"));
    }
}
