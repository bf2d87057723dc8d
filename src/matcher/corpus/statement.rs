//! The statement a sentence's score reads: the sentence without its attribution frames
//! ("X said", ", according to X.", "X told reporters that"; `matcher::part`), so that two
//! reports of one statement by two different speakers ("..., Foreign Minister Sergei Lavrov
//! said." / "..., according to Kremlin spokesman Dmitry Peskov.") are ranked as the same
//! fact and flagged for the speaker, not ranked lower for the speakers' unshared names and
//! titles (a differing detail gives a flag, `matcher::flags`, not a lower rank). The flags,
//! the reasons and the speaker comparison still read the whole sentence: the frame is what
//! the speaker flag reads.
//!
//! Measured on the development article pairs leave-one-pair-out (`examples/eval_articles.rs`,
//! `STRIP=`; BENCHMARKS.md, fourteenth and fifteenth rounds).

use super::pair_idf::PairIdf;
use super::Sentence;
use crate::matcher::align;
use crate::matcher::features::Prepared;
use crate::matcher::part::{attribution_frames, attribution_frames_in, statement_part};
use crate::matcher::text::Token;

/// What a sentence pair's score reads, and over what the word weights are counted.
/// [`Scoring::SHIPPED`] is what [`super::Corpus::new`] and [`super::Corpus::from_ranges`]
/// use; the others are for measuring (`examples/eval_articles.rs`).
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scoring {
    /// The whole sentence (before session 17).
    Whole,
    /// The part `part::statement_part` cuts for a claim (its attribution frames out; of
    /// two pieces around an interposed frame, one), the document frequencies counted on
    /// the parts.
    Statement,
    /// As [`Scoring::Statement`], the document frequencies counted on whole sentences.
    StatementWholeCounts,
    /// Only frames at the sentence's start or end cut (an interposed frame stays), the
    /// document frequencies counted on the parts.
    StatementEnds,
    /// As [`Scoring::Statement`], the IDF cosine the higher of the statements' and the
    /// whole sentences' (both under the statements' document frequencies).
    StatementMaxCosine,
}

impl Scoring {
    /// The scoring the library ships.
    pub const SHIPPED: Scoring = Scoring::StatementMaxCosine;

    /// Whether the document frequencies are counted on the statements.
    pub(super) fn counts_parts(self) -> bool {
        matches!(
            self,
            Scoring::Statement | Scoring::StatementEnds | Scoring::StatementMaxCosine
        )
    }

    /// Whether the IDF cosine is the higher of the statements' and the whole sentences'.
    pub(super) fn max_cosine(self) -> bool {
        self == Scoring::StatementMaxCosine
    }

    /// What the score reads of `sentence` ([`Statement`]), with the sentence's tokens
    /// when they are known (`text::tokenize_chars` of `sentence`, as the corpus holds
    /// them: its frames are read from them, not from the sentence tokenised again). The
    /// frames are cut once for both answers: the statement scored alone, or the short
    /// statement read when the frames hold all a pair shares.
    pub(super) fn statement_in(self, sentence: &[char], tokens: Option<&[Token]>) -> Statement {
        let Some((s, e)) = self.cut_in(sentence, tokens) else {
            return Statement::Whole;
        };
        // A statement of a few words ("the strike would continue", "trade was down") is
        // too little to score alone: two such remainders match on one or two shared
        // words, whoever said them; the whole sentence is scored then.
        if words(&sentence[s..e]) >= MIN_STATEMENT_WORDS {
            return Statement::Alone(s, e);
        }
        match short_statement(sentence, tokens) {
            Some(text) => Statement::Short(text),
            None => Statement::Whole,
        }
    }

    /// The part of `sentence` left when its attribution frames are cut, as this scoring
    /// cuts them, however few words it has; `None` when nothing is cut.
    fn cut_in(self, sentence: &[char], tokens: Option<&[Token]>) -> Option<(usize, usize)> {
        let (s, e) = match self {
            Scoring::Whole => return None,
            Scoring::Statement | Scoring::StatementWholeCounts | Scoring::StatementMaxCosine => {
                statement_part(sentence, tokens)
            }
            Scoring::StatementEnds => ends_cut(sentence)?,
        };
        let word = |c: &char| c.is_alphanumeric();
        let cut =
            sentence[..s].iter().any(word) || sentence[e.min(sentence.len())..].iter().any(word);
        (cut && s < e && e <= sentence.len()).then_some((s, e))
    }
}

/// What the score reads of a sentence ([`Scoring::statement_in`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Statement {
    /// The statement (code points within the sentence), scored alone: the sentence
    /// without its attribution frames, of at least [`MIN_STATEMENT_WORDS`] words.
    Alone(usize, usize),
    /// The sentence is scored whole although it has frames, as its statement has fewer
    /// than [`MIN_STATEMENT_WORDS`] words ("Nine people remain missing, according to the
    /// civil protection service."): the text of the statement without the frames (every
    /// piece left, joined by a space: "Nine people remain missing"). The pair's score reads
    /// it when the frames hold every word two sentences share (`align::frames_alone`,
    /// `Prepared::bare`).
    Short(String),
    /// The whole sentence, with nothing else to read: it has no frame cut (nothing cut but
    /// white space and punctuation at its edges), or the score reads whole sentences
    /// ([`Scoring::Whole`]).
    Whole,
}

impl Statement {
    /// The statement scored alone, `None` when the whole sentence is scored.
    pub(super) fn alone(&self) -> Option<(usize, usize)> {
        match *self {
            Statement::Alone(s, e) => Some((s, e)),
            _ => None,
        }
    }
}

/// The text of `sentence` without its attribution frames (every piece left that holds a
/// word, trimmed of spaces and clause punctuation, joined by a space), `None` when no
/// word is left ([`Statement::Short`]).
fn short_statement(sentence: &[char], tokens: Option<&[Token]>) -> Option<String> {
    let mut text = String::new();
    let mut at = 0;
    let frames = attribution_frames_in(sentence, tokens);
    let edge = |c: &char| c.is_whitespace() || matches!(c, ',' | ';' | ':');
    for (a, b) in frames
        .iter()
        .copied()
        .chain([(sentence.len(), sentence.len())])
    {
        let piece = &sentence[at.min(a)..a.min(sentence.len())];
        let (i, j) = (
            piece.iter().position(|c| !edge(c)).unwrap_or(piece.len()),
            piece.iter().rposition(|c| !edge(c)).map_or(0, |k| k + 1),
        );
        if i < j && words(&piece[i..j]) > 0 {
            if !text.is_empty() {
                text.push(' ');
            }
            text.extend(&piece[i..j]);
        }
        at = at.max(b);
    }
    (!text.is_empty()).then_some(text)
}

/// The number of words (runs of letters and digits) of `text`.
fn words(text: &[char]) -> usize {
    text.split(|c| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

/// The fewest words a statement is scored alone with (session 17, after a new-user trial:
/// "Workers said the strike would continue." / "Managers said the talks would continue."
/// scored 0.96 on their four-word statements). Measured leave-one-pair-out on the
/// development articles (BENCHMARKS.md, fifteenth round): 1 (no floor) mean AP 0.604,
/// ECE 0.049; 5: 0.605, 0.057; 6: 0.606, 0.067.
const MIN_STATEMENT_WORDS: usize = 5;

/// `sentence` without the attribution frames that open or close it (no word before, or
/// none after the frame), trimmed of the punctuation and spaces the cut leaves; `None`
/// when no such frame is found or fewer than three words would be left.
fn ends_cut(sentence: &[char]) -> Option<(usize, usize)> {
    let word = |c: &char| c.is_alphanumeric();
    let (mut s, mut e) = (0, sentence.len());
    for (a, b) in attribution_frames(sentence) {
        if !sentence[..a].iter().any(word) {
            s = s.max(b);
        } else if !sentence[b.min(sentence.len())..].iter().any(word) {
            e = e.min(a);
        }
    }
    let edge = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '\u{2014}');
    while s < e && edge(sentence[s]) {
        s += 1;
    }
    while e > s && edge(sentence[e - 1]) {
        e -= 1;
    }
    let words = sentence[s..e]
        .split(|c| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count();
    (words >= 3 && (s, e) != (0, sentence.len())).then_some((s, e))
}

impl super::Corpus {
    /// The IDF cosine of the whole texts `a` and `b` (of documents `da` and `db`) under
    /// the pair's weights (`idf`, the pair's IDF when the corpus weighs pairs; made here
    /// when `None`), when the score takes it ([`Scoring::max_cosine`]) and one of their
    /// statements (`as_`, `bs`) lost a frame; `None` otherwise. The name of a speaker both
    /// credit (`align::shared_speaker_words`: the name with its title) counts as unshared: one speaker is no match by itself (trial 51, F3). Computed from
    /// the stems' weights, without weighing copies of the two texts.
    pub(super) fn whole_cosine(
        &self,
        (a, as_): (&Prepared, &Prepared),
        (b, bs): (&Prepared, &Prepared),
        (da, db): (usize, usize),
        idf: Option<&PairIdf>,
    ) -> Option<f32> {
        if !self.takes_whole((a, as_), (b, bs)) {
            return None;
        }
        // One speaker credited by both sides is no match by itself (trial 51, F3).
        let spoken = align::shared_speaker_words(a, b);
        if !self.weighs_pairs() {
            return Some(align::cosine_leaving(a, b, &spoken));
        }
        let made;
        let idf = match idf {
            Some(idf) => idf,
            None => {
                made = self.pair_idf(da, db);
                &made
            }
        };
        let (ca, cb) = (a.content(), b.content());
        let norm = |c: &[(u64, f32)]| c.iter().map(|x| idf.get(x.0).powi(2)).sum::<f32>().sqrt();
        let (na, nb) = (norm(ca), norm(cb));
        let (mut i, mut j, mut dot) = (0, 0, 0.0f32);
        while i < ca.len() && j < cb.len() {
            let (x, y) = (ca[i].0, cb[j].0);
            if x == y && spoken.binary_search(&x).is_err() {
                dot += idf.get(x).powi(2);
            }
            i += (x <= y) as usize;
            j += (y <= x) as usize;
        }
        Some(if na > 0.0 && nb > 0.0 {
            (dot / (na * nb)).min(1.0)
        } else {
            0.0
        })
    }

    /// Whether a pair's score takes the whole sentences' IDF cosine beside the statements'
    /// ([`Scoring::max_cosine`]): when one of the statements (`as_` of `a`, `bs` of `b`)
    /// lost a frame.
    fn takes_whole(
        &self,
        (a, as_): (&Prepared, &Prepared),
        (b, bs): (&Prepared, &Prepared),
    ) -> bool {
        let cut = |whole: &Prepared, part: &Prepared| whole.tokens.len() != part.tokens.len();
        self.scoring.max_cosine() && (cut(a, as_) || cut(b, bs))
    }
}

/// [`super::Corpus::whole_cosine`] for all-pairs matching, with what every pair would
/// compute again kept: the weights and norm of the query sentence's stems under the IDF of
/// its article and the candidate's (once per query sentence and article), and each
/// candidate's norm under the IDF of its article and the query's (once per query article).
/// The same arithmetic in the same order, so the same cosines bit for bit.
pub(super) struct WholeCosines {
    /// The query sentence and the article the weights below are for.
    query: Option<(usize, usize)>,
    /// The query's content-stem weights under the pair's IDF (same order), and their norm.
    q_weights: Vec<f32>,
    q_norm: f32,
    /// Per sentence: its whole norm under the pair's IDF with article `norm_for[j]`.
    norms: Vec<f32>,
    norm_for: Vec<usize>,
}

impl WholeCosines {
    /// The cache for a corpus of `sentences` sentences.
    pub(super) fn new(sentences: usize) -> WholeCosines {
        WholeCosines {
            query: None,
            q_weights: Vec::new(),
            q_norm: 0.0,
            norms: vec![0.0; sentences],
            norm_for: vec![usize::MAX; sentences],
        }
    }

    /// The whole-sentence IDF cosine of sentences `i` (`a`) and `j` (`b`, of another
    /// article) under `idf`, the IDF of their two articles, when the score takes it; as
    /// [`super::Corpus::whole_cosine`] gives.
    pub(super) fn cosine(
        &mut self,
        corpus: &super::Corpus,
        (i, a): (usize, &Sentence),
        (j, b): (usize, &Sentence),
        idf: Option<&PairIdf>,
    ) -> Option<f32> {
        if !corpus.takes_whole((&a.prep, a.scored().0), (&b.prep, b.scored().0)) {
            return None;
        }
        let Some(idf) = idf.filter(|_| corpus.weighs_pairs()) else {
            return corpus.whole_cosine(
                (&a.prep, a.scored().0),
                (&b.prep, b.scored().0),
                (a.doc, b.doc),
                idf,
            );
        };
        // A stem's weight in the pair: its document frequencies in the two articles summed
        // (`PairIdf::get`, with the sentence's own ones looked up once, `Sentence::own_df`).
        let weight = |s: &Sentence, k: usize, stem: u64, other: usize| {
            let own = s.own_df.get(k).copied().unwrap_or(0);
            idf.of_df(own + corpus.doc_df[other].df.get(&stem).copied().unwrap_or(0))
        };
        if self.query != Some((i, b.doc)) {
            self.q_weights.clear();
            for (k, x) in a.prep.content().iter().enumerate() {
                self.q_weights.push(weight(a, k, x.0, b.doc));
            }
            self.q_norm = self.q_weights.iter().map(|w| w.powi(2)).sum::<f32>().sqrt();
            self.query = Some((i, b.doc));
        }
        if self.norm_for[j] != a.doc {
            let c = b.prep.content();
            self.norms[j] = c
                .iter()
                .enumerate()
                .map(|(k, x)| weight(b, k, x.0, a.doc).powi(2))
                .sum::<f32>()
                .sqrt();
            self.norm_for[j] = a.doc;
        }
        let (na, nb) = (self.q_norm, self.norms[j]);
        let (ca, cb) = (a.prep.content(), b.prep.content());
        let spoken = align::shared_speaker_words(&a.prep, &b.prep);
        let (mut p, mut q, mut dot) = (0, 0, 0.0f32);
        while p < ca.len() && q < cb.len() {
            let (x, y) = (ca[p].0, cb[q].0);
            if x == y && spoken.binary_search(&x).is_err() {
                dot += self.q_weights[p].powi(2);
            }
            p += (x <= y) as usize;
            q += (y <= x) as usize;
        }
        Some(if na > 0.0 && nb > 0.0 {
            (dot / (na * nb)).min(1.0)
        } else {
            0.0
        })
    }
}
