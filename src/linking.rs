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

use crate::matcher::{Corpus, Discrepancy, DiscrepancyKind, SharedTerm};
use crate::model::{Document, Flag, Label, ModelError, Origin, Rejection, Span, Workspace};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Arc;

/// How many suggestions per other document each span gets.
pub const PER_DOC: usize = 3;

/// Suggestions scoring below this are not shown at all. The panel shows the best few
/// per document whatever their score (with the score and verdict), so people see the
/// closest sentences even when the matcher is unsure; only zero scores are dropped.
pub const MIN_SCORE: f64 = 0.0;

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
    /// The source span's label; a span created on accept gets it.
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
        let texts: Vec<&str> = docs.iter().map(|d| &*d.text).collect();
        let corpus = Corpus::new(&texts);
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
    pub fn suggest(&self, ws: &Workspace, progress: &mut dyn FnMut(usize, usize)) -> Suggestions {
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
        let total = sources.len();
        let mut groups = Vec::with_capacity(total);
        for (k, span) in sources.iter().enumerate() {
            groups.push(SpanGroup {
                span: span.id.clone(),
                suggestions: self.suggest_for(ws, span),
            });
            progress(k + 1, total);
        }
        let mut best: HashMap<(String, usize, usize), SpanSuggestion> = HashMap::new();
        for s in groups.iter().flat_map(|g| g.suggestions.iter()) {
            if s.target_span.is_some() || s.score < UNLABELLED_MIN {
                continue;
            }
            let key = (s.target_doc.clone(), s.sentence.0, s.sentence.1);
            match best.get(&key) {
                Some(b) if b.score >= s.score => {}
                _ => {
                    best.insert(key, s.clone());
                }
            }
        }
        let mut unlabelled: Vec<SpanSuggestion> = best.into_values().collect();
        unlabelled.sort_by(|x, y| {
            y.score
                .total_cmp(&x.score)
                .then_with(|| x.key().cmp(&y.key()))
        });
        Suggestions {
            groups,
            unlabelled,
            sentences: self.corpus.sentence_count(),
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
        let raw = self
            .corpus
            .suggest(di, span.start, span.end, PER_DOC + hidden + 2);
        let linked: Vec<&Span> = ws
            .links_of(&span.id)
            .filter_map(|l| ws.span(if l.a == span.id { &l.b } else { &l.a }))
            .collect();
        let mut per_doc: HashMap<usize, usize> = HashMap::new();
        let mut seen_targets: Vec<String> = Vec::new();
        let mut out = Vec::new();
        for sug in raw {
            if sug.score <= MIN_SCORE {
                continue;
            }
            let Some((target_doc, _)) = self.docs.get(sug.doc) else {
                continue;
            };
            if target_doc == &span.doc || ws.document(target_doc).is_none() {
                continue;
            }
            let (s0, s1) = (sug.start, sug.end);
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
            let (target_span, start, end, sug) = if labelled.is_empty() {
                let (a, b) = self.match_part(sug.doc, (s0, s1), span.label, source);
                (None, a, b, sug)
            } else {
                let score = |a: usize, b: usize| {
                    self.corpus
                        .score_ranges((di, span.start, span.end), (sug.doc, a, b))
                };
                let link = existing.and_then(|t| Some((t, self.span_pair(ws, span, t)?)));
                let document = ws.document(target_doc);
                let fresh = document
                    .and_then(|d| free_part(d, &labelled, (s0, s1)))
                    .and_then(|gap| {
                        let (a, b) = self.match_part(sug.doc, gap, span.label, source);
                        Some((a, b, score(a, b)?))
                    });
                match (link, fresh) {
                    (Some((t, l)), fresh)
                        if fresh.as_ref().is_none_or(|(_, _, f)| l.score >= f.score) =>
                    {
                        seen_targets.push(t.id.clone());
                        (Some(t.id.clone()), t.start, t.end, l)
                    }
                    (_, Some((a, b, f))) => (None, a, b, f),
                    _ => continue,
                }
            };
            let n = per_doc.entry(sug.doc).or_insert(0);
            if *n >= PER_DOC {
                continue;
            }
            *n += 1;
            // A link to an existing span has its speakers checked already (`span_pair`).
            let mut flags = sug.flags;
            if target_span.is_none() {
                self.check_speakers(ws, span, sug.doc, (s0, s1), None, &mut flags);
            }
            out.push(SpanSuggestion {
                source: span.id.clone(),
                source_doc: span.doc.clone(),
                label: span.label,
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
        // Scores of existing spans were taken span against span: rank again.
        out.sort_by(|x, y| y.score.total_cmp(&x.score));
        out
    }
}

impl Matching {
    /// Span `a` against span `b` of another document, as a suggestion to link `a` to the
    /// existing span `b` is scored: text against text (`Corpus::score_ranges`), one score
    /// from either side, with the speakers checked against the workspace's attributions
    /// ([`Matching::check_speakers`]). `None` if either document is not in this corpus or
    /// a range does not fit it.
    fn span_pair(&self, ws: &Workspace, a: &Span, b: &Span) -> Option<crate::matcher::Suggestion> {
        let (&da, &db) = (self.index.get(&a.doc)?, self.index.get(&b.doc)?);
        let mut sug = self
            .corpus
            .score_ranges((da, a.start, a.end), (db, b.start, b.end))?;
        self.check_speakers(ws, a, db, (b.start, b.end), Some(&b.id), &mut sug.flags);
        Some(sug)
    }

    /// Who is credited with `span`: the attribution span attributing it in the workspace,
    /// else a speaker named in its sentence ("X said", "according to X", "X told
    /// reporters"). `(text, range)` in code points of the span's document.
    fn speaker_of(&self, ws: &Workspace, span: &Span) -> Option<(String, (usize, usize))> {
        if let Some(att) = ws
            .relations
            .iter()
            .filter(|r| r.to == span.id)
            .find_map(|r| ws.span(&r.from))
        {
            return Some((ws.span_text(att)?.to_string(), (att.start, att.end)));
        }
        let &i = self.index.get(&span.doc)?;
        let (s, e) = self
            .corpus
            .sentences(i)
            .iter()
            .copied()
            .find(|&(s, e)| s <= span.start && span.end <= e)?;
        self.sentence_speaker(i, s, e)
    }

    /// The first speaker named in sentence `s..e` of document `doc`.
    fn sentence_speaker(&self, doc: usize, s: usize, e: usize) -> Option<(String, (usize, usize))> {
        let (_, text) = self.docs.get(doc)?;
        let sentence: String = text.chars().skip(s).take(e - s).collect();
        let ((a, b), name) = crate::matcher::speaker_names(&sentence)
            .into_iter()
            .next()?;
        Some((name, (s + a, s + b)))
    }

    /// The words of the sentence of document `doc` holding code point `range.0`, lower
    /// case (`matcher::name_words`); empty if there is none.
    fn sentence_words(&self, doc: Option<usize>, range: (usize, usize)) -> Vec<String> {
        let Some((doc, (_, text))) = doc.and_then(|d| Some((d, self.docs.get(d)?))) else {
            return Vec::new();
        };
        let Some((s, e)) = self
            .corpus
            .sentences(doc)
            .iter()
            .copied()
            .find(|&(s, e)| s <= range.0 && range.0 < e.max(s + 1))
        else {
            return Vec::new();
        };
        let sentence: String = text.chars().skip(s).take(e - s).collect();
        crate::matcher::name_words(&sentence)
    }

    /// Speaker flags with the workspace's attributions: when both sides have a known
    /// speaker, the flag is raised if they share no name word ("Carroll" vs "Army Gen.
    /// Vincent Brooks") and may be two people by their kinds (not a generic source such as
    /// "officials", nor a bare role against a name: `matcher::speakers_may_differ`), and
    /// any sentence-level speaker flag is dropped otherwise ("Carroll said" vs "according
    /// to Colonel Chad Carroll").
    fn check_speakers(
        &self,
        ws: &Workspace,
        span: &Span,
        target_doc: usize,
        sentence: (usize, usize),
        target_span: Option<&str>,
        flags: &mut Vec<Discrepancy>,
    ) {
        let Some(src) = self.speaker_of(ws, span) else {
            return;
        };
        let tgt = match target_span.and_then(|id| ws.span(id)) {
            Some(t) => self.speaker_of(ws, t),
            None => self.sentence_speaker(target_doc, sentence.0, sentence.1),
        };
        let Some(tgt) = tgt else { return };
        flags.retain(|f| f.kind != DiscrepancyKind::Speaker);
        let (wa, wb) = (
            crate::matcher::name_words(&src.0),
            crate::matcher::name_words(&tgt.0),
        );
        // As `parallax suggest` has it (`speakers::speaker_conflict`): no flag when either
        // sentence mentions the other's speaker ("Her agent, Mark Roesler, said Page died"
        // / "Page died ..., agent Mark Roesler said").
        let (sa, sb) = (
            self.sentence_words(self.index.get(&span.doc).copied(), (span.start, span.end)),
            self.sentence_words(Some(target_doc), sentence),
        );
        let mentioned = wa.iter().any(|w| sb.contains(w)) || wb.iter().any(|w| sa.contains(w));
        if !wa.is_empty()
            && !wb.is_empty()
            && !mentioned
            && wa.iter().all(|w| !wb.contains(w))
            && crate::matcher::speakers_may_differ(&src.0, &tgt.0)
        {
            flags.push(Discrepancy {
                kind: DiscrepancyKind::Speaker,
                a: src.0,
                b: tgt.0,
                a_range: src.1,
                b_range: tgt.1,
                vague: false,
            });
        }
    }

    /// The part of sentence `start..end` of document `doc` that a new span matching
    /// `source` (the text of the span being matched) should cover (see [`match_part`]),
    /// in code points of the document.
    fn match_part(
        &self,
        doc: usize,
        (start, end): (usize, usize),
        label: Label,
        source: &str,
    ) -> (usize, usize) {
        let Some((_, text)) = self.docs.get(doc) else {
            return (start, end);
        };
        let sentence: Vec<char> = text.chars().skip(start).take(end - start).collect();
        let (a, b) = match_part(&sentence, label, source);
        (start + a, start + b)
    }
}

/// The part of a sentence (as code points) that an accepted match with `label` should
/// cover: see [`crate::matcher::match_part`] (the quotation for a quote, the clause without
/// its attribution otherwise; of the pieces an interposed "doctors said" leaves, the one
/// sharing most words with `source`, the text of the span being matched, or the longest
/// when it is empty). Returns `(start, end)` within `sentence`.
pub fn match_part(sentence: &[char], label: Label, source: &str) -> (usize, usize) {
    crate::matcher::match_part(sentence, label == Label::Quote, source)
}

/// The longest stretch of sentence `s0..s1` of `document` that none of the `labelled`
/// claim and quote spans overlapping it covers, if it holds at least [`FREE_PART_LETTERS`]
/// letters: where a new span could go beside them. Code points.
fn free_part(
    document: &Document,
    labelled: &[&Span],
    (s0, s1): (usize, usize),
) -> Option<(usize, usize)> {
    let mut taken: Vec<(usize, usize)> = labelled
        .iter()
        .map(|t| (t.start.max(s0), t.end.min(s1)))
        .collect();
    taken.sort_unstable();
    let mut gaps = Vec::new();
    let mut at = s0;
    for (a, b) in taken {
        if a > at {
            gaps.push((at, a));
        }
        at = at.max(b);
    }
    if at < s1 {
        gaps.push((at, s1));
    }
    let letters = |(a, b): (usize, usize)| {
        document
            .slice(a, b)
            .map_or(0, |t| t.chars().filter(|c| c.is_alphabetic()).count())
    };
    gaps.into_iter()
        .map(|g| (letters(g), g))
        .filter(|&(n, _)| n >= FREE_PART_LETTERS)
        .max_by_key(|&(n, g)| (n, std::cmp::Reverse(g.0)))
        .map(|(_, g)| g)
}

/// The fewest letters a stretch of a sentence beside labelled spans must hold to be
/// offered as a new span (fewer is a connective or a speaker's name, not a fact).
const FREE_PART_LETTERS: usize = 12;

/// Of the claim and quote spans `labelled` overlapping `start..end`, the one overlapping
/// it the most (ties: the same label as the source, then the earliest).
fn best_overlap<'a>(
    labelled: &[&'a Span],
    start: usize,
    end: usize,
    label: Label,
) -> Option<&'a Span> {
    labelled.iter().copied().max_by_key(|t| {
        let overlap = t.end.min(end) - t.start.max(start);
        (
            overlap,
            t.label == label,
            std::cmp::Reverse(t.start),
            std::cmp::Reverse(t.id.clone()),
        )
    })
}

/// Suggestions for `ws`, building the corpus from its documents.
pub fn suggestions(ws: &Workspace) -> Suggestions {
    Matching::new(&ws.documents).suggest(ws, &mut |_, _| {})
}

/// Accept a suggestion: create the target span if needed (with the source span's label)
/// and link it to the source (`origin: matcher`, the score, the flags). Returns the link id.
/// Nothing changes if it fails (the source span is gone, the range no longer fits...).
pub fn accept(ws: &mut Workspace, s: &SpanSuggestion) -> Result<String, ModelError> {
    let source = ws
        .span(&s.source)
        .ok_or_else(|| ModelError::NoSuchSpan(s.source.clone()))?;
    let label = source.label;
    let existing = s
        .target_span
        .as_deref()
        .filter(|id| ws.span(id).is_some_and(|t| t.doc == s.target_doc))
        .map(str::to_string);
    // Check everything that could fail before changing anything.
    if s.target_doc == source.doc {
        return Err(ModelError::SameDocumentLink {
            a: s.source.clone(),
            b: s.target_span.clone().unwrap_or_default(),
        });
    }
    let target = match existing {
        Some(id) => id,
        None => {
            ws.check_range(&s.target_doc, s.start, s.end)?;
            ws.add_span(&s.target_doc, s.start, s.end, label)?
        }
    };
    ws.add_link(
        &s.source,
        &target,
        Origin::Matcher,
        Some(s.score),
        s.model_flags(),
    )
}

/// Link spans `a` and `b` by hand (`origin: manual`, no score): the link gets the flags
/// accepting a suggestion to link the two spans would give (span text against span text,
/// speakers from the workspace's attributions; `Matching::span_pair`), and so its kind
/// as an accepted link does: `differs` when flagged, else `same`. Returns the link id (an
/// existing link's, if the pair is linked already). Errors: as [`Workspace::add_link`].
pub fn link_by_hand(ws: &mut Workspace, a: &str, b: &str) -> Result<String, ModelError> {
    let flags = match (ws.span(a), ws.span(b)) {
        (Some(sa), Some(sb)) if sa.doc != sb.doc => {
            // Flags read only the two texts: a corpus of the two articles gives the same
            // flags as the whole workspace's, without indexing every article; of a long
            // article, only the text around the span and its attributions is indexed.
            let docs: Vec<Document> = [sa, sb]
                .into_iter()
                .filter_map(|s| Some(around(ws.document(&s.doc)?, &kept_ranges(ws, s))))
                .collect();
            Matching::new(&docs)
                .span_pair(ws, sa, sb)
                .map(|s| model_flags(&s.flags))
                .unwrap_or_default()
        }
        // Not a valid pair: add_link says why.
        _ => Vec::new(),
    };
    ws.add_link(a, b, Origin::Manual, None, flags)
}

/// Articles longer than this (bytes of UTF-8) are cut down to the text around a hand-drawn
/// link's span before its flags are computed ([`around`]), so that linking by hand in a
/// multi-megabyte article does not index all of it on the page's thread.
const LONG_ARTICLE: usize = 100_000;

/// How much text around a kept range [`around`] keeps on each side (code points): far
/// more than a sentence.
const AROUND: usize = 4_000;

/// The ranges of `span`'s document a hand-drawn link's flags read: the span and the
/// attribution spans attributing it.
fn kept_ranges(ws: &Workspace, span: &Span) -> Vec<(usize, usize)> {
    let attributions = ws
        .relations
        .iter()
        .filter(|r| r.to == span.id)
        .filter_map(|r| ws.span(&r.from))
        .filter(|a| a.doc == span.doc)
        .map(|a| (a.start, a.end));
    std::iter::once((span.start, span.end))
        .chain(attributions)
        .collect()
}

/// `doc` itself when it is short; else a copy whose text keeps [`AROUND`] code points
/// around each of `keep` and line breaks, every other character a space, so every code
/// point offset stays where it was while the rest costs nothing to index.
fn around(doc: &Document, keep: &[(usize, usize)]) -> Document {
    if doc.text.len() <= LONG_ARTICLE {
        return doc.clone();
    }
    let windows: Vec<(usize, usize)> = keep
        .iter()
        .map(|&(s, e)| (s.saturating_sub(AROUND), e.saturating_add(AROUND)))
        .collect();
    let text: String = doc
        .text
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if c == '\n' || windows.iter().any(|&(s, e)| (s..e).contains(&i)) {
                c
            } else {
                ' '
            }
        })
        .collect();
    Document::new(
        doc.id.clone(),
        doc.title.clone(),
        doc.source.clone(),
        text.into(),
    )
}

/// What rejecting a suggestion remembers: the source span and the suggested sentence.
pub fn rejection(s: &SpanSuggestion) -> Rejection {
    Rejection {
        span: s.source.clone(),
        doc: s.target_doc.clone(),
        start: s.sentence.0,
        end: s.sentence.1,
    }
}

/// Whether a suggestion computed earlier still applies to `ws`: its source span exists
/// unchanged, it is not rejected, and the source is not yet linked to its target.
pub fn still_applies(ws: &Workspace, s: &SpanSuggestion) -> bool {
    let Some(src) = ws.span(&s.source) else {
        return false;
    };
    if src.doc != s.source_doc || ws.document(&s.target_doc).is_none() {
        return false;
    }
    if ws.is_rejected(&s.source, &s.target_doc, s.sentence.0, s.sentence.1)
        || ws.is_rejected(&s.source, &s.target_doc, s.start, s.end)
    {
        return false;
    }
    if let Some(t) = &s.target_span {
        if ws.span(t).is_none() {
            return false;
        }
    }
    !ws.links_of(&s.source).any(|l| {
        let other = if l.a == s.source { &l.b } else { &l.a };
        ws.span(other).is_some_and(|t| {
            t.doc == s.target_doc && t.start < s.sentence.1 && s.sentence.0 < t.end
        })
    })
}
