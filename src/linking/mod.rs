//! The bridge between the workspace and the claim matcher: which sentences or spans of the
//! other articles match each claim or quote span the user made, and turning an accepted
//! suggestion into a span plus a link.
//!
//! - [`Matching`] builds a matcher [`Corpus`] from the workspace's documents once (document
//!   index <-> document id) and can be reused while the documents stay the same.
//! - [`Matching::suggest`] returns, for every claim and quote span, the best-matching
//!   sentences in every other document ([`SpanGroup`]), leaving out the span's own document,
//!   rejected targets and targets already linked. A suggested sentence that overlaps an
//!   existing claim or quote span of the other document is offered as a link to that span.
//!   It also returns the *unlabelled matches*: sentences with no claim or quote span that
//!   match a labelled span at or above [`UNLABELLED_MIN`]; accepting one creates the span (with
//!   the source span's label) and the link in one step.
//! - [`accept`] applies a suggestion to a workspace (a new span covers the part of the
//!   sentence that matches: [`match_part`]); [`rejection`] is what rejecting it remembers.
//! - [`link_by_hand`] links two spans the user chose, with the flags (and so the kind)
//!   accepting a suggestion between them would give.
//! - Speaker flags consult the workspace first: the attribution span attributing each side
//!   (its relation), else a speaker named in the sentence.
//!
//! Everything here is plain serde data, so results cross a Web Worker boundary as JSON.

use crate::matcher::{Corpus, Discrepancy, DiscrepancyKind, Ranked, SharedTerm};
use crate::model::{Document, Flag, Label, LinkKind, Span, Workspace};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Arc;

mod accept;
mod context;
mod headline;
mod parts;
pub mod shares;

pub use accept::{accept, link_by_hand, rejection, still_applies};
pub use parts::match_part;
use parts::{best_overlap, cover_flags, free_part};

/// The most code points looked back from a span's start for a dated head ([`reach`]).
const HEAD_REACH: usize = 48;

/// The range span `span` of `doc` is read over by the matcher, in code points of `doc`:
/// from the start of its line when only a dated head stands there before it (a live blog's
/// post stamp or a timeline entry's time and its dash, `matcher::dated_head`: "Thursday
/// 09:00 – The hospital is accepting ambulances again." with the sentence after the dash
/// labelled), else the span itself. The head dates what the span tells, so its date is
/// compared and a flag on it is the span's own ([`SpanSuggestion::kind_on`] is asked with
/// this range); `parallax suggest` reads the whole sentence alike (session 47's last pass:
/// the span alone was 99 % with no "Thursday ≠ Wednesday").
pub fn reach(doc: &Document, span: &Span) -> (usize, usize) {
    let from = span.start.saturating_sub(HEAD_REACH);
    let Some(before) = doc.slice(from, span.start) else {
        return (span.start, span.end);
    };
    // The line's start: after the last line break before the span, or the document's start.
    let Some(line) = before
        .rfind('\n')
        .map(|b| &before[b + 1..])
        .or((from == 0).then_some(before))
    else {
        return (span.start, span.end);
    };
    // A head ends in a dash: most spans' lines hold none, and are not tokenised (the card
    // asks this of every suggestion it draws).
    if !line.contains(['-', '\u{2013}', '\u{2014}']) {
        return (span.start, span.end);
    }
    let head = line.chars().count();
    let read = doc.slice(span.start - head, span.end).unwrap_or("");
    match head > 0 && crate::matcher::dated_head(read) == head {
        true => (span.start - head, span.end),
        false => (span.start, span.end),
    }
}

/// [`reach`] of `span` in its document of `ws`; the span itself when the document is gone.
pub fn span_reach(ws: &Workspace, span: &Span) -> (usize, usize) {
    ws.document(&span.doc)
        .map_or((span.start, span.end), |d| reach(d, span))
}

/// How many suggestions per other document each span gets.
pub const PER_DOC: usize = 3;

/// Suggestions scoring below this are not shown at all. The panel shows the best few
/// per document whatever their score (with the score and verdict), so people see the
/// closest sentences even when the matcher is unsure; only zero scores are dropped. The
/// sentences scored are those sharing a stem or an event class with the span
/// (`matcher/corpus/pair_candidates.rs`), and every sentence of a short article in
/// another language that gives fewer than are shown (`Corpus::fill_few`, trial 56: a
/// span sharing no word with an article in another language), and beside them the
/// sentences disputing what the span says happened ([`DISPUTED_PER_DOC`]); README "Using
/// it".
pub const MIN_SCORE: f64 = 0.0;

/// How many sentences per other document that dispute what a span says happened (a death
/// against none, one cause against another: `Corpus::disputed`) are shown beside the
/// best [`PER_DOC`], whatever their score: such a pair often shares no word, so it ranks
/// low or is not ranked at all, and its flag is what a journalist must see (session 53's
/// testers: "Una persona murió." / "No hubo víctimas mortales." had no card).
pub const DISPUTED_PER_DOC: usize = 2;

/// Whether `flag` says two reports disagree on what happened: an outcome or a cause flag
/// (the cards of [`DISPUTED_PER_DOC`]).
fn disputes(flag: &Discrepancy) -> bool {
    matches!(flag.kind, DiscrepancyKind::Outcome | DiscrepancyKind::Cause)
}

/// Score from which an unlabelled sentence is offered as an unlabelled match: the start of
/// the "related" band of the calibrated score (about one in five pairs scored 0.2-0.3 is a
/// true link on the development articles); people confirm each one.
pub const UNLABELLED_MIN: f64 = crate::matcher::SUGGEST_MIN;

/// Which labels get suggestions (and can be the source of an unlabelled match).
pub fn is_matched_label(label: Label) -> bool {
    matches!(label, Label::Claim | Label::Quote)
}

/// One suggested link for a span the user made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpanSuggestion {
    /// The user's span (claim or quote) the suggestion is for.
    pub source: String,
    /// The id of the source span's document.
    pub source_doc: String,
    /// The label a span created on accept gets: the source span's, except that a quote's
    /// match whose part holds no quotation (reported speech) gets a claim (trial 22, F12).
    /// With `target_span` set, the source span's label.
    pub label: Label,
    /// The document of the suggested text.
    pub target_doc: String,
    /// The matched sentence of `target_doc` (code points).
    pub sentence: (usize, usize),
    /// An existing claim or quote span of `target_doc` overlapping the sentence: accepting
    /// links to it. `None`: accepting creates a span over the sentence.
    pub target_span: Option<String>,
    /// The target range's start in `target_doc`, in code points: the existing span's, or
    /// the sentence's.
    pub start: usize,
    /// The target range's end in code points (exclusive).
    pub end: usize,
    /// The matcher's score in [0, 1].
    pub score: f64,
    /// One line for people.
    pub summary: String,
    /// Shared terms: `a` ranges in the source document, `b` in the target document.
    pub shared: Vec<SharedTerm>,
    /// Discrepancies: `a` in the source span, `b` in the target sentence.
    pub flags: Vec<Discrepancy>,
}

impl SpanSuggestion {
    /// The flags as the model stores them on a link.
    pub fn model_flags(&self) -> Vec<Flag> {
        model_flags(&self.flags)
    }

    /// The flags split by where their words lie on the source side, given the source
    /// span's range `span` (code points of `source_doc`): first the flags whose source words
    /// ([`Discrepancy::a_range`]) share a code point with the span (or, for an empty range,
    /// touch it), shown as the card's flags; then those whose source words all lie outside
    /// it, in the rest of its sentence (trial 44 F2: a clause's card showed its sentence's
    /// `Lyon ≠ Nice` as if the clause "Le Conseil d'État a suspendu mercredi" said it).
    /// Both keep the matcher's order; a whole-sentence span has every flag in the first.
    /// A speaker flag is always in the first: who is credited is the span's own fact,
    /// wherever the name stands (an attribution span drawn to a quote, "…, the mayor said").
    pub fn flags_by_place(&self, span: (usize, usize)) -> (Vec<&Discrepancy>, Vec<&Discrepancy>) {
        self.flags.iter().partition(|f| about_span(f, span))
    }

    /// The kind of link accepting this suggestion makes for the source span's range `span`
    /// (code points of `source_doc`): `differs` when a flag's words lie on the span (the
    /// first part of [`SpanSuggestion::flags_by_place`]), else `same`: a clause whose only
    /// flags are in the rest of its sentence agrees with its parallel (trial 48).
    pub fn kind_on(&self, span: (usize, usize)) -> LinkKind {
        if self.flags.iter().any(|f| about_span(f, span)) {
            LinkKind::Differs
        } else {
            LinkKind::Same
        }
    }

    /// A stable key for the UI (source, target document and range).
    pub fn key(&self) -> String {
        format!(
            "{}:{}:{}-{}",
            self.source, self.target_doc, self.sentence.0, self.sentence.1
        )
    }
}

/// The suggestions for one span, best first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpanGroup {
    /// The id of the user's claim or quote span.
    pub span: String,
    /// Its suggested links, highest score first.
    pub suggestions: Vec<SpanSuggestion>,
}

/// Whether flag `f` is about the source span at `span` (code points): a speaker flag
/// always (a quote's speaker credited by an attribution span outside the quote is the
/// quote's difference: `tests/linking_speakers.rs`), any other when its source
/// words are not [`words_outside`] the span.
fn about_span(f: &Discrepancy, span: (usize, usize)) -> bool {
    f.kind == crate::matcher::DiscrepancyKind::Speaker || !words_outside(f.a_range, span)
}

/// Whether the words at `words` (code points) lie wholly outside the range `span`: they
/// share no code point with it, or, an empty range (a detail with no words of its own),
/// it is not within the span or at its ends.
fn words_outside((ws, we): (usize, usize), (ss, se): (usize, usize)) -> bool {
    if ws >= we {
        ws < ss || ws > se
    } else {
        we <= ss || ws >= se
    }
}

/// Discrepancies as the model stores them on a link.
fn model_flags(flags: &[Discrepancy]) -> Vec<Flag> {
    flags
        .iter()
        .map(|d| Flag {
            kind: d.kind.as_str().to_string(),
            a: d.a.clone(),
            b: d.b.clone(),
            vague: d.vague,
        })
        .collect()
}

/// Everything the suggestions panel shows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Suggestions {
    /// One group per claim or quote span, in document order then text order.
    pub groups: Vec<SpanGroup>,
    /// Sentences without a claim or quote span that match a labelled span at or above
    /// [`UNLABELLED_MIN`], best first, each sentence once (with its best source).
    pub unlabelled: Vec<SpanSuggestion>,
    /// How many sentences the corpus holds.
    pub sentences: usize,
    /// The pairs of documents whose places are known apart (`Corpus::places_apart`): two
    /// events of one kind, their links scored lower.
    #[serde(default)]
    pub apart: Vec<ApartArticles>,
}

/// Two loaded articles that place their stories in places known apart ("Leeds" /
/// "Glasgow"), or whose leads name other places with more evidence of two events (other
/// days, counts, dates, vehicles) than of one (a shared weekday, clock time, quotation or
/// city; "Granada" / "Valencia", `matcher::flags::leads_apart`): probably two events of
/// one kind, so the scores of their sentence pairs are
/// scaled down (`matcher::align::APART_FACTOR`) and the suggestions panel says why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApartArticles {
    /// The first document's id.
    pub a_doc: String,
    /// The place the first document names most, or the place its lead names where the
    /// other's names another, as the document first writes it ("Sachsen-Anhalt",
    /// "Thüringen", "Los Cabos"; as the gazetteer reads it, lower case and without
    /// diacritics, "sachsen anhalt", when the text does not write it so: [`written_place`]);
    /// or, when the two name two storms, the storm it names as written ("Typhoon
    /// Fung-wong", `matcher::is_storm_label` tells which).
    pub a_place: String,
    /// The second document's id.
    pub b_doc: String,
    /// The place the second document names most (or its storm, as [`Self::a_place`]).
    pub b_place: String,
    /// The time the first document's lead tells its story at, when the two are told apart
    /// by their times too or only ("Thursday", "mardi", "2010", "Q2": as the text writes a
    /// word, [`written_place`]); empty when the two are told apart by places or storms
    /// alone. [`Self::a_place`] is then empty when the lead names no place (trial 40 T9).
    #[serde(default)]
    pub a_when: String,
    /// The time the second document's lead tells its story at (as [`Self::a_when`]).
    #[serde(default)]
    pub b_when: String,
}

/// A label of two articles told apart (`matcher::label_place_and_time`: "lambeth,
/// thursday", "jeudi", "genova") as its document `text` writes it: the place and the time,
/// each empty when the label gives none ("Lambeth", "Thursday"; "", "jeudi").
pub fn written_label(text: &str, label: &str) -> (String, String) {
    let (place, time) = crate::matcher::label_place_and_time(label);
    let place = place.map_or_else(String::new, |p| written_place(text, p.to_string()));
    let time = time.map_or_else(String::new, |t| {
        if t == "undated" {
            t.to_string()
        } else if t.chars().all(char::is_alphabetic) {
            written_place(text, t.to_string())
        } else {
            // "q2" as written "Q2"; "4/12", "2010" as they are.
            t.to_uppercase()
        }
    });
    (place, time)
}

/// A place as the gazetteer reads it (`place`: "sachsen anhalt", "thuringen", "los
/// cabos") as `text` first writes it ("Sachsen-Anhalt", "Thüringen", "Los Cabos", trial 39
/// N9): the first run of words of `text`, joined by spaces, hyphens or full stops, whose
/// words are the place's once lower-cased and without diacritics, preferring one not all in
/// capitals (a wire dateline's "LONDON"). `place` itself when the
/// text writes it nowhere so (another name of it, "Köln" for "cologne"), and a storm's
/// label, written as the text writes it already (`matcher::is_storm_label`). The page's
/// suggestions panel and the CLI's `parallax suggest` (`a_place`, `b_place`) show it.
pub fn written_place(text: &str, place: String) -> String {
    if crate::matcher::is_storm_label(&place) {
        return place;
    }
    let fold = |w: &str| crate::matcher::text::fold_accents(&w.to_lowercase()).into_owned();
    let wanted: Vec<String> = place
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect();
    if wanted.is_empty() {
        return place;
    }
    // The text's words: (byte start, byte end, folded word).
    let mut words: Vec<(usize, usize, String)> = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, i, fold(&text[s..i])));
                start = None;
            }
            _ => {}
        }
    }
    let joined = |x: usize, y: usize| {
        text.get(x..y)
            .is_some_and(|g| !g.is_empty() && g.chars().all(|c| matches!(c, ' ' | '-' | '.')))
    };
    let mut runs = words
        .windows(wanted.len())
        .filter(|run| {
            run.iter().zip(&wanted).all(|(w, x)| &w.2 == x)
                && run.windows(2).all(|p| joined(p[0].1, p[1].0))
        })
        .filter_map(|run| text.get(run.first()?.0..run.last()?.1));
    // A wire dateline shouts its place ("LONDON, Dec 4 (Reuters) - A London court"): the
    // first mention not in capitals, else the first.
    let shouted = |g: &str| !g.chars().any(char::is_lowercase);
    let first = runs.next();
    // Only in capitals (the dateline alone writes it, trial 43 F: "MADRID"): in its
    // normal case, "Madrid", as the README says dateline capitals are not shown.
    match first
        .filter(|g| !shouted(g))
        .or_else(|| runs.find(|g| !shouted(g)))
    {
        Some(g) => g.to_string(),
        None => first.map_or(place, normal_case),
    }
}

/// A name written all in capitals in its normal case: each word's first letter a
/// capital, the rest small ("SAN SEBASTIÁN" -> "San Sebastián", "CASTILLA-LA MANCHA" ->
/// "Castilla-La Mancha").
fn normal_case(shouted: &str) -> String {
    let mut out = String::with_capacity(shouted.len());
    let mut at_start = true;
    for c in shouted.chars() {
        if c.is_alphabetic() {
            if at_start {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
            at_start = false;
        } else {
            out.push(c);
            at_start = true;
        }
    }
    out
}

/// The matcher corpus for a set of documents, with the map between document index and id.
#[derive(Debug, Clone)]
pub struct Matching {
    corpus: Corpus,
    docs: Vec<(String, Arc<str>)>,
    index: HashMap<String, usize>,
}

impl Matching {
    /// Segment, normalise and index `docs`.
    pub fn new(docs: &[Document]) -> Matching {
        Matching::new_reporting(docs, &mut |_, _| {})
    }

    /// [`Matching::new`], telling `progress(done, total)` how many sentences are indexed
    /// ([`Corpus::new_reporting`]).
    pub fn new_reporting(docs: &[Document], progress: &mut dyn FnMut(usize, usize)) -> Matching {
        let texts: Vec<&str> = docs.iter().map(|d| &*d.text).collect();
        let corpus = Corpus::new_reporting(&texts, progress);
        let docs: Vec<(String, Arc<str>)> = docs
            .iter()
            .map(|d| (d.id.clone(), d.text.clone()))
            .collect();
        let index = docs
            .iter()
            .enumerate()
            .map(|(i, (id, _))| (id.clone(), i))
            .collect();
        Matching {
            corpus,
            docs,
            index,
        }
    }

    /// Whether this corpus was built from exactly these documents (any order): same ids,
    /// same texts. Cheap when the texts are the same shared strings.
    pub fn fits(&self, docs: &[Document]) -> bool {
        docs.len() == self.docs.len()
            && docs.iter().all(|d| {
                self.index.get(&d.id).is_some_and(|&i| {
                    let t = &self.docs[i].1;
                    Arc::ptr_eq(t, &d.text) || **t == *d.text
                })
            })
    }

    /// How many sentences the corpus holds, over all its documents.
    pub fn sentence_count(&self) -> usize {
        self.corpus.sentence_count()
    }

    /// The matched sentence ranges of a document (empty for an unknown id).
    pub fn sentences(&self, doc: &str) -> &[(usize, usize)] {
        match self.index.get(doc) {
            Some(&i) => self.corpus.sentences(i),
            None => &[],
        }
    }

    /// Suggestions for every claim and quote span of `ws` whose document is in this corpus.
    /// `progress(done, total)` is called after each span (`total` = spans to match).
    /// The same as [`Suggestions::merge`] of every share of [`Matching::suggest_share`].
    pub fn suggest(&self, ws: &Workspace, progress: &mut dyn FnMut(usize, usize)) -> Suggestions {
        self.suggest_share(ws, (0, 1), progress)
    }

    /// The claim and quote spans of `ws` that [`Matching::suggest`] matches, in the order
    /// of its groups: by document (the workspace's order), then start, then end.
    fn sources<'w>(&self, ws: &'w Workspace) -> Vec<&'w Span> {
        let order: HashMap<&str, usize> = ws
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.as_str(), i))
            .collect();
        let mut sources: Vec<&Span> = ws
            .spans
            .iter()
            .filter(|s| is_matched_label(s.label) && self.index.contains_key(&s.doc))
            .collect();
        sources.sort_by_key(|s| (order.get(s.doc.as_str()).copied(), s.start, s.end));
        sources
    }

    /// Share `part` of `parts` of [`Matching::suggest`], for splitting the job over several
    /// Web Workers that each hold the whole corpus (so the document frequencies are those
    /// of all the articles): the groups of one run of its spans ([`shares::share_of`]:
    /// consecutive spans, the runs balanced by the sentence pairs they score).
    /// `progress(done, total)` counts the share's own spans. `parts` 0 is taken as 1;
    /// `part >= parts` gives no groups. [`Suggestions::merge`] of the shares in part order
    /// is exactly what `suggest` gives.
    pub fn suggest_share(
        &self,
        ws: &Workspace,
        (part, parts): (usize, usize),
        progress: &mut dyn FnMut(usize, usize),
    ) -> Suggestions {
        let sources = self.sources(ws);
        let all = self.corpus.sentence_count();
        let costs: Vec<usize> = sources
            .iter()
            .map(|s| all.saturating_sub(self.sentences(&s.doc).len()))
            .collect();
        let mine = shares::share_of(&costs, part, parts);
        let total = mine.len();
        let mut groups = Vec::with_capacity(total);
        for (k, span) in sources[mine].iter().enumerate() {
            groups.push(SpanGroup {
                span: span.id.clone(),
                suggestions: self.suggest_for(ws, span),
            });
            progress(k + 1, total);
        }
        let unlabelled = shares::unlabelled(&groups);
        let apart = self
            .corpus
            .apart_pairs()
            .into_iter()
            .filter_map(|(a, b, a_place, b_place)| {
                let (da, db) = (self.docs.get(a)?, self.docs.get(b)?);
                let (a_place, a_when) = written_label(&da.1, &a_place);
                let (b_place, b_when) = written_label(&db.1, &b_place);
                Some(ApartArticles {
                    a_doc: da.0.clone(),
                    a_place,
                    b_doc: db.0.clone(),
                    b_place,
                    a_when,
                    b_when,
                })
            })
            .collect();
        Suggestions {
            groups,
            unlabelled,
            sentences: all,
            apart,
        }
    }

    /// The suggestions for one span, best first, at most [`PER_DOC`] per other document.
    pub fn suggest_for(&self, ws: &Workspace, span: &Span) -> Vec<SpanSuggestion> {
        let Some(&di) = self.index.get(&span.doc) else {
            return Vec::new();
        };
        // Ask for more than shown: some will be filtered out below.
        let hidden = ws.rejections.iter().filter(|r| r.span == span.id).count()
            + ws.links_of(&span.id).count();
        // Ranked without their flags: only the ones shown are explained, below.
        // Read with a dated head before it ("Thursday 09:00 – "), which dates it.
        let (r0, r1) = span_reach(ws, span);
        let raw = self.corpus.ranked(di, r0, r1, PER_DOC + hidden + 2);
        let linked: Vec<&Span> = ws
            .links_of(&span.id)
            .filter_map(|l| ws.span(if l.a == span.id { &l.b } else { &l.a }))
            .collect();
        let mut per_doc: HashMap<usize, usize> = HashMap::new();
        // Sentences disputing what the span says happened (`Corpus::disputed`), after the
        // ranked ones: shown beside them, however low, when their flags say so, unless a
        // ranked card shows them already. One ranked past the cards its article shows is
        // still one of these (trial 57: "Die Ermittler gehen … von Sekundenschlaf des
        // Lenkers aus." ranked 5th of the German article for "Police said initial
        // evidence pointed to brake failure", was left out as ranked and as disputed).
        let disputed: Vec<Ranked> = self
            .corpus
            .disputed(di, r0, r1)
            .into_iter()
            .map(|(doc, start, end)| Ranked {
                doc,
                start,
                end,
                score: 0.0,
            })
            .collect();
        // Another article's headline is no card unless the span is in a headline too
        // (`linking/headline.rs`).
        let own_headline = headline::in_headline(ws, &span.doc, (span.start, span.end));
        let mut per_doc_disputed: HashMap<usize, usize> = HashMap::new();
        // The sentences of the cards made so far: a disputing one is not shown twice.
        let mut carded: Vec<(usize, usize, usize)> = Vec::new();
        let mut seen_targets: Vec<String> = Vec::new();
        let mut out = Vec::new();
        let raw = raw.into_iter().map(|r| (r, false));
        for (sug, extra) in raw.chain(disputed.into_iter().map(|r| (r, true))) {
            if !extra && sug.score <= MIN_SCORE {
                continue;
            }
            let Some((target_doc, _)) = self.docs.get(sug.doc) else {
                continue;
            };
            if target_doc == &span.doc || ws.document(target_doc).is_none() {
                continue;
            }
            let (s0, s1) = (sug.start, sug.end);
            let sentence = (sug.doc, s0, s1);
            if extra && carded.contains(&sentence) {
                continue;
            }
            if !own_headline && headline::is_unlabelled_headline(ws, target_doc, (s0, s1)) {
                continue;
            }
            if ws.is_rejected(&span.id, target_doc, s0, s1) {
                continue;
            }
            // Already linked to something in that sentence: nothing to suggest.
            if linked
                .iter()
                .any(|t| &t.doc == target_doc && t.start < s1 && s0 < t.end)
            {
                continue;
            }
            // What accepting would link: a span already labelled in the sentence, or a new
            // span over the part that matches. When spans cover only part of the sentence,
            // the rest may hold the match ("\"We heard a crack,\" she said, adding that the
            // driver was drunk." with the quotation labelled, for a claim about the
            // driver): both are scored span against range and the better one is offered.
            let labelled: Vec<&Span> = ws
                .spans_of(target_doc)
                .filter(|t| is_matched_label(t.label) && t.start < s1 && s0 < t.end)
                .collect();
            let existing = best_overlap(&labelled, s0, s1, span.label).filter(|t| {
                !seen_targets.contains(&t.id)
                    && !ws.is_rejected(&span.id, target_doc, t.start, t.end)
            });
            let source = ws.span_text(span).unwrap_or_default();
            let mut label = span.label;
            let (target_span, start, end, shown) = if labelled.is_empty() {
                let (a, b, l) = self.match_part(sug.doc, (s0, s1), span.label, source);
                label = l;
                (None, a, b, None)
            } else {
                let score =
                    |a: usize, b: usize| self.corpus.score_ranges((di, r0, r1), (sug.doc, a, b));
                let link = existing.and_then(|t| Some((t, self.span_pair(ws, span, t)?)));
                let document = ws.document(target_doc);
                let fresh = document
                    .and_then(|d| free_part(d, &labelled, (s0, s1)))
                    .and_then(|gap| {
                        let (a, b, l) = self.match_part(sug.doc, gap, span.label, source);
                        Some((a, b, l, score(a, b)?))
                    });
                match (link, fresh) {
                    (Some((t, l)), fresh)
                        if fresh.as_ref().is_none_or(|(_, _, _, f)| l.score >= f.score) =>
                    {
                        seen_targets.push(t.id.clone());
                        (Some(t.id.clone()), t.start, t.end, Some(l))
                    }
                    (_, Some((a, b, l, f))) => {
                        label = l;
                        (None, a, b, Some(f))
                    }
                    _ => continue,
                }
            };
            let n = match extra {
                false => per_doc.entry(sug.doc).or_insert(0),
                true => per_doc_disputed.entry(sug.doc).or_insert(0),
            };
            if *n >= if extra { DISPUTED_PER_DOC } else { PER_DOC } {
                continue;
            }
            // The sentence's reason and flags, as `Corpus::suggest` gives them.
            let Some(sug) =
                shown.or_else(|| self.corpus.score_ranges((di, r0, r1), (sug.doc, s0, s1)))
            else {
                continue;
            };
            if extra && (sug.score <= MIN_SCORE || !sug.flags.iter().any(disputes)) {
                continue;
            }
            *n += 1;
            carded.push(sentence);
            // A link to an existing span has its speakers checked already (`span_pair`).
            let mut flags = sug.flags;
            let (mut start, mut end) = (start, end);
            if target_span.is_none() {
                self.check_speakers(ws, span, sug.doc, (s0, s1), None, &mut flags);
                (start, end) = cover_flags((start, end), (s0, s1), label, &flags);
            }
            out.push(SpanSuggestion {
                source: span.id.clone(),
                source_doc: span.doc.clone(),
                label,
                target_doc: target_doc.clone(),
                sentence: (s0, s1),
                target_span,
                start,
                end,
                score: sug.score,
                summary: sug.reason.summary,
                shared: sug.reason.shared,
                flags,
            });
        }
        // Scores of existing spans were taken span against span: rank again, the cards
        // of an article of another event after the others (`Corpus::comes_after`).
        let after = |x: &SpanSuggestion| {
            self.index
                .get(&x.target_doc)
                .is_some_and(|&db| self.corpus.comes_after((di, r0, r1), db))
        };
        out.sort_by(|x, y| after(x).cmp(&after(y)).then(y.score.total_cmp(&x.score)));
        out
    }
}

/// Suggestions for `ws`, building the corpus from its documents.
pub fn suggestions(ws: &Workspace) -> Suggestions {
    Matching::new(&ws.documents).suggest(ws, &mut |_, _| {})
}

#[cfg(test)]
mod tests {
    use super::{words_outside, written_place};

    /// A flag's words against a span `(10, 20)`: any code point in common is inside; an
    /// empty range is inside from one end to the other.
    #[test]
    fn words_are_outside_only_with_no_code_point_in_the_span() {
        let span = (10, 20);
        for inside in [
            (10, 20),
            (12, 15),
            (5, 11),
            (19, 25),
            (0, 30),
            (10, 10),
            (20, 20),
        ] {
            assert!(!words_outside(inside, span), "{inside:?}");
        }
        for outside in [(0, 10), (20, 24), (25, 30), (9, 9), (21, 21)] {
            assert!(words_outside(outside, span), "{outside:?}");
        }
    }

    /// Trial 39 N9: the places of two articles apart are shown as their texts write them.
    #[test]
    fn a_place_apart_is_shown_as_written() {
        let text = "MAGDEBURG (dpa) - In Sachsen-Anhalt und in Thüringen wurde gewählt.";
        assert_eq!(
            written_place(text, "sachsen anhalt".into()),
            "Sachsen-Anhalt"
        );
        assert_eq!(written_place(text, "thuringen".into()), "Thüringen");
        assert_eq!(
            written_place("Hurricane hits Los Cabos.", "los cabos".into()),
            "Los Cabos"
        );
        // Another name of the place, or none: as the gazetteer reads it.
        assert_eq!(written_place("Brand in Köln.", "cologne".into()), "cologne");
        // Words of the place apart in the text are not it.
        assert_eq!(
            written_place("Los Angeles, Cabos", "los cabos".into()),
            "los cabos"
        );
        // A dateline's capitals give way to the place as the story writes it.
        assert_eq!(
            written_place(
                "LONDON, Dec 4 (Reuters) - A London court sentenced him.",
                "london".into()
            ),
            "London"
        );
        // Written only in a dateline's capitals: in its normal case (trial 43, F).
        assert_eq!(
            written_place("HUELVA, 12 nov (EFE).-", "huelva".into()),
            "Huelva"
        );
        assert_eq!(
            written_place(
                "SAN SEBASTIÁN, 3 dic (EFE).- Un juez.",
                "san sebastian".into()
            ),
            "San Sebastián"
        );
        assert_eq!(
            written_place("Typhoon Fung-wong hit.", "Typhoon Fung-wong".into()),
            "Typhoon Fung-wong"
        );
    }
}
