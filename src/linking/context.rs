//! The workspace's side of a pair the matcher scored: who each span is credited with (its
//! attribution relation in the workspace first, else a speaker named in its sentence), the
//! speaker flag from the two, and the part of a sentence a new span would cover.

use super::{match_part, Matching};
use crate::matcher::{Discrepancy, DiscrepancyKind};
use crate::model::{Label, Span, Workspace};

/// A speaker as the speaker flag shows it, with its range (code points of its document).
type Shown = (String, (usize, usize));

/// Who a span is credited with ([`Matching::speaker_of`]).
struct Credited {
    /// The words compared with the other side's: an attribution span's text, or the
    /// speaker its sentence names, with "the" before an organisation ("the Kremlin").
    text: String,
    /// Code points of `text` in its document.
    range: (usize, usize),
    /// As the speaker flag shows it, with its range: a name with the title written
    /// before it ("Kremlin spokesman Dmitry Peskov", `matcher::titled_speaker`), as
    /// `parallax suggest` shows it; else `text`.
    shown: (String, (usize, usize)),
    /// Whether an attribution span of the workspace credits it (not a speaker its
    /// sentence names).
    attributed: bool,
}

/// The speaker at code points `a..b` of `chars` (a sentence) with "the" right before it
/// ("the Kremlin", an organisation: the article tells it from a person's name,
/// `matcher::speakers_may_differ`, so it stays with the speaker), and where that starts.
fn with_the(chars: &[char], a: usize, b: usize) -> (String, usize) {
    let name: String = chars.get(a..b).unwrap_or_default().iter().collect();
    let before: String = chars[a.saturating_sub(4)..a.min(chars.len())]
        .iter()
        .collect();
    match before.eq_ignore_ascii_case("the ") && (a == 4 || !chars[a - 5].is_alphanumeric()) {
        true => (format!("{before}{name}"), a - 4),
        false => (name, a),
    }
}

/// How a range must lie in the sentence that holds it ([`Matching::sentence_at`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Holds {
    /// The whole range lies within the sentence: `start <= range.0 && range.1 <= end`
    /// (a span read in its sentence).
    Whole,
    /// The range's first code point lies in the sentence: `start <= range.0 < end` (an
    /// attribution span, which may run past its sentence's end).
    Start,
}

impl Matching {
    /// The sentence of document `doc` (an index of this corpus) holding code points
    /// `range` as `holds` tells ([`Holds`]), in code points of the document: the first
    /// such sentence in order (the corpus's sentences are sorted and none is empty, so a
    /// code point lies in one sentence at most unless two overlap). `None` for an unknown
    /// document or a range no sentence holds.
    fn sentence_at(
        &self,
        doc: usize,
        range: (usize, usize),
        holds: Holds,
    ) -> Option<(usize, usize)> {
        self.corpus
            .sentences(doc)
            .iter()
            .copied()
            .find(|&(s, e)| match holds {
                Holds::Whole => s <= range.0 && range.1 <= e,
                Holds::Start => s <= range.0 && range.0 < e,
            })
    }

    /// Span `a` against span `b` of another document, as a suggestion to link `a` to the
    /// existing span `b` is scored: text against text (`Corpus::score_ranges`), one score
    /// from either side, with the speakers checked against the workspace's attributions
    /// ([`Matching::check_speakers`]). `None` if either document is not in this corpus or
    /// a range does not fit it.
    pub(super) fn span_pair(
        &self,
        ws: &Workspace,
        a: &Span,
        b: &Span,
    ) -> Option<crate::matcher::Suggestion> {
        let (&da, &db) = (self.index.get(&a.doc)?, self.index.get(&b.doc)?);
        let (ra, rb) = (self.read_over(ws, a, b), self.read_over(ws, b, a));
        let mut sug = self
            .corpus
            .score_ranges((da, ra.0, ra.1), (db, rb.0, rb.1))?;
        self.check_speakers(ws, a, db, rb, Some(&b.id), &mut sug.flags);
        Some(sug)
    }

    /// The range span `t` is read over against span `other` (code points of `t`'s document): its
    /// sentence when `t` is all of that sentence but its attribution frames (a quotation
    /// labelled without its "…,” said X.") and `other` is all of its own sentence, frames
    /// included: sentence against sentence, as `parallax suggest` scores the pair and as
    /// the card did before `t` was labelled (trial 35, F10: 47 % against the quotation
    /// alone, where the two sentences score 72 %). Otherwise `t` itself, from its dated head
    /// when one stands before it ([`super::reach`]). Either way round
    /// the same, so a link has one score from either side.
    fn read_over(&self, ws: &Workspace, t: &Span, other: &Span) -> (usize, usize) {
        let whole = |s: &Span, frames: bool| -> Option<(usize, usize)> {
            let i = *self.index.get(&s.doc)?;
            let sentence = self.sentence_at(i, (s.start, s.end), Holds::Whole)?;
            (super::parts::letters_beside(ws.document(&s.doc)?, s, sentence, frames) == 0)
                .then_some(sentence)
        };
        match (whole(t, true), whole(other, false)) {
            (Some(sentence), Some(_)) => sentence,
            // With a dated head before it, which dates it (`linking::reach`).
            _ => super::span_reach(ws, t),
        }
    }

    /// Who is credited with `span`: the attribution span attributing it in the workspace,
    /// else a speaker named in its sentence ("X said", "according to X", "X told
    /// reporters"). Ranges in code points of the span's document.
    fn speaker_of(&self, ws: &Workspace, span: &Span) -> Option<Credited> {
        if let Some(att) = ws
            .relations
            .iter()
            .filter(|r| r.to == span.id)
            .find_map(|r| ws.span(&r.from))
        {
            let range = (att.start, att.end);
            // Who it credits, whatever words it holds beside the name (trial 44, A1:
            // "Sheriff Bill Franklin spoke to reporters", "ha raccontato un vicino,
            // Gennaro Esposito"); its whole text when it names no one ("the mayor").
            let (text, shown) = match self.credited(att) {
                Some(found) => found,
                None => {
                    let text = ws.span_text(att)?.to_string();
                    (text.clone(), (text, range))
                }
            };
            return Some(Credited {
                shown,
                text,
                range,
                attributed: true,
            });
        }
        let &i = self.index.get(&span.doc)?;
        let (s, e) = self.sentence_at(i, (span.start, span.end), Holds::Whole)?;
        self.sentence_speaker(i, s, e)
    }

    /// Who attribution span `att` credits (`matcher::credited_speaker`, read in the
    /// sentence holding its start): the name as written, and as the speaker flag shows it
    /// with the title written before it (`matcher::titled_speaker`) and its range (code
    /// points of the document). `None` when it names no one, or its document is not in this
    /// corpus.
    fn credited(&self, att: &Span) -> Option<(String, Shown)> {
        let &i = self.index.get(&att.doc)?;
        let (s, e) = self.sentence_at(i, (att.start, att.end), Holds::Start)?;
        let (_, text) = self.docs.get(i)?;
        let chars: Vec<char> = text.chars().skip(s).take(e - s).collect();
        let sentence: String = chars.iter().collect();
        let within = (att.start - s, att.end.min(e) - s);
        let (a, b) = crate::matcher::credited_speaker(&sentence, within)?;
        let (name, from) = with_the(&chars, a, b);
        let (ta, tb) = crate::matcher::titled_speaker(&sentence, (a, b));
        let shown = match ta < a {
            true => (chars.get(ta..tb)?.iter().collect(), (s + ta, s + tb)),
            false => (name.clone(), (s + from, s + b)),
        };
        Some((name, shown))
    }

    /// The first speaker named in sentence `s..e` of document `doc`, with "the" right
    /// before it ("the Kremlin", an organisation).
    fn sentence_speaker(&self, doc: usize, s: usize, e: usize) -> Option<Credited> {
        let (_, text) = self.docs.get(doc)?;
        let sentence: String = text.chars().skip(s).take(e - s).collect();
        let ((a, b), _) = crate::matcher::speaker_names(&sentence)
            .into_iter()
            .next()?;
        let chars: Vec<char> = sentence.chars().collect();
        let (text, from) = with_the(&chars, a, b);
        let range = (s + from, s + b);
        let (ta, tb) = crate::matcher::titled_speaker(&sentence, (a, b));
        let shown = match ta < a {
            true => (chars[ta..tb].iter().collect(), (s + ta, s + tb)),
            false => (text.clone(), range),
        };
        Some(Credited {
            text,
            range,
            shown,
            attributed: false,
        })
    }

    /// The words of the sentence of document `doc` holding code point `range.0`, lower
    /// case (`matcher::name_words`, a possessive's "'s" taken off), without those of its
    /// speaker at code points `speaker` of the document (the speaker's own name is no
    /// mention of it); empty if there is none.
    fn sentence_words(
        &self,
        doc: Option<usize>,
        range: (usize, usize),
        speaker: (usize, usize),
    ) -> Vec<String> {
        let Some((doc, (_, text))) = doc.and_then(|d| Some((d, self.docs.get(d)?))) else {
            return Vec::new();
        };
        let Some((s, e)) = self.sentence_at(doc, range, Holds::Start) else {
            return Vec::new();
        };
        let sentence: String = text
            .chars()
            .enumerate()
            .skip(s)
            .take(e - s)
            .map(|(k, c)| match (speaker.0..speaker.1).contains(&k) {
                true => ' ',
                false => c,
            })
            .collect();
        // "the Kremlin's spokesman" mentions the Kremlin.
        crate::matcher::name_words(&sentence)
            .into_iter()
            .map(
                |w| match w.strip_suffix("'s").or(w.strip_suffix("\u{2019}s")) {
                    Some(base) => base.to_string(),
                    None => w,
                },
            )
            .collect()
    }

    /// Speaker flags with the workspace's attributions: when both sides have a known
    /// speaker, the flag is raised if the two are not one person as written ("Carroll" vs
    /// "Army Gen. Vincent Brooks", "Kim Jong Un" vs "Kim Yo Jong", not "Yoon" vs
    /// "President Yoon Suk Yeol": `matcher::one_person`) and may be two people by their
    /// kinds (not a generic source such as "officials", nor a bare role against a name:
    /// `matcher::speakers_may_differ`), and any sentence-level speaker flag is dropped
    /// otherwise ("Carroll said" vs "according to Colonel Chad Carroll"). When the
    /// workspace credits neither side, the flag is the one `parallax suggest` gives the two
    /// spans' whole sentences (`Corpus::sentence_speaker_flag`).
    pub(super) fn check_speakers(
        &self,
        ws: &Workspace,
        span: &Span,
        target_doc: usize,
        sentence: (usize, usize),
        target_span: Option<&str>,
        flags: &mut Vec<Discrepancy>,
    ) {
        let src = self.speaker_of(ws, span);
        let target = target_span.and_then(|id| ws.span(id));
        let tgt = match target {
            Some(t) => self.speaker_of(ws, t),
            None => self.sentence_speaker(target_doc, sentence.0, sentence.1),
        };
        // Neither credited by the workspace: the speakers are those the two sentences
        // name, and the flag is the one `parallax suggest` gives the two whole sentences
        // (`Corpus::sentence_speaker_flag`: the same statement credited to two people,
        // speaker and subject swapped), so the page and the CLI flag a pair alike.
        let attributed = |c: &Option<Credited>| c.as_ref().is_some_and(|c| c.attributed);
        if !attributed(&src) && !attributed(&tgt) {
            let own = self.index.get(&span.doc).copied();
            let whole = |doc: Option<usize>, range: (usize, usize)| {
                let doc = doc?;
                let (a, b) = self.sentence_at(doc, range, Holds::Whole)?;
                Some((doc, a, b))
            };
            let theirs = target.map_or(sentence, |t| (t.start, t.end));
            if let (Some(a), Some(b)) = (
                whole(own, (span.start, span.end)),
                whole(Some(target_doc), theirs),
            ) {
                flags.retain(|f| f.kind != DiscrepancyKind::Speaker);
                flags.extend(self.corpus.sentence_speaker_flag(a, b));
            }
            return;
        }
        let (Some(src), Some(tgt)) = (src, tgt) else {
            return;
        };
        flags.retain(|f| f.kind != DiscrepancyKind::Speaker);
        let (wa, wb) = (
            crate::matcher::name_words(&src.text),
            crate::matcher::name_words(&tgt.text),
        );
        // As `parallax suggest` has it (`speakers::speaker_conflict`): no flag when either
        // sentence mentions the other's speaker ("Her agent, Mark Roesler, said Page died"
        // / "Page died ..., agent Mark Roesler said"), outside its own speaker's name
        // ("Kim Jong Un" / "Kim Yo Jong" share words, and are two people).
        let doc = self.index.get(&span.doc).copied();
        let (sa, sb) = (
            self.sentence_words(doc, (span.start, span.end), src.range),
            self.sentence_words(Some(target_doc), sentence, tgt.range),
        );
        let mentioned = wa.iter().any(|w| sb.contains(w)) || wb.iter().any(|w| sa.contains(w));
        if !wa.is_empty()
            && !wb.is_empty()
            && !mentioned
            && !crate::matcher::one_person(&src.text, &tgt.text)
            && crate::matcher::speakers_may_differ(&src.text, &tgt.text)
        {
            flags.push(Discrepancy {
                kind: DiscrepancyKind::Speaker,
                a: src.shown.0,
                b: tgt.shown.0,
                a_range: src.shown.1,
                b_range: tgt.shown.1,
                vague: false,
            });
        }
    }

    /// The part of sentence `start..end` of document `doc` that a new span matching
    /// `source` (the text of the span being matched) should cover (see [`match_part`]),
    /// in code points of the document, and the label a span created there gets (`label`,
    /// or a claim for a quote whose part holds no quotation).
    pub(super) fn match_part(
        &self,
        doc: usize,
        (start, end): (usize, usize),
        label: Label,
        source: &str,
    ) -> (usize, usize, Label) {
        let Some((_, text)) = self.docs.get(doc) else {
            return (start, end, label);
        };
        let sentence: Vec<char> = text.chars().skip(start).take(end - start).collect();
        let ((a, b), label) = match_part(&sentence, label, source);
        let (a, b) = match label {
            Label::Quote => quotation_across(text, (start, end), (start + a, start + b)),
            _ => (start + a, start + b),
        };
        (a, b, label)
    }
}

/// A quote's part `(a, b)` of sentence `start..end` of `text` (code points of the
/// document) widened to the whole quotation it lies in when that quotation runs over
/// more than one sentence of its paragraph, from its opening mark to its closing one
/// ("“We have never seen water come down this fast. Within twenty minutes the stream had
/// become a wall of mud and rock.”": trial 55, step 2 gave the first sentence alone
/// without its opening mark). A quotation within the sentence leaves the part as it is.
fn quotation_across(
    text: &str,
    (start, end): (usize, usize),
    (a, b): (usize, usize),
) -> (usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    let line_break = |c: &char| matches!(c, '\n' | '\r');
    let p0 = chars[..start.min(chars.len())]
        .iter()
        .rposition(line_break)
        .map_or(0, |k| k + 1);
    let p1 = chars[end.min(chars.len())..]
        .iter()
        .position(line_break)
        .map_or(chars.len(), |k| end + k);
    let marks = crate::matcher::quote_marks(&chars[p0..p1]);
    marks
        .iter()
        .filter_map(|&(i, j)| Some((p0 + i, p0 + j?)))
        .filter(|&(o, c)| o < c && (o < start || c >= end) && o < b && a <= c)
        .map(|(o, c)| (a.min(o), b.max(c + 1)))
        .next()
        .unwrap_or((a, b))
}

#[cfg(test)]
mod tests {
    use super::{Holds, Matching};
    use crate::model::Workspace;

    /// One lookup of "the sentence holding this range" for every reader of the context:
    /// a whole span within its sentence, or an attribution span's start.
    #[test]
    fn the_sentence_at_a_range_keeps_its_bounds() {
        let text = "The bridge was closed on Monday. The mayor said it would reopen soon.";
        let mut ws = Workspace::new();
        ws.add_document("A", "a.txt", text);
        let m = Matching::new(&ws.documents);
        let sentences = m.corpus.sentences(0).to_vec();
        assert_eq!(sentences.len(), 2, "{sentences:?}");
        let ((s0, e0), (s1, e1)) = (sentences[0], sentences[1]);
        // Within the first sentence: both ways find it.
        for holds in [Holds::Whole, Holds::Start] {
            assert_eq!(m.sentence_at(0, (s0 + 4, e0 - 1), holds), Some((s0, e0)));
            assert_eq!(m.sentence_at(0, (s1, e1), holds), Some((s1, e1)));
        }
        // A range running past the first sentence's end: only its start is held.
        let across = (s0 + 4, s1 + 3);
        assert_eq!(m.sentence_at(0, across, Holds::Whole), None);
        assert_eq!(m.sentence_at(0, across, Holds::Start), Some((s0, e0)));
        // A sentence's end is no part of it; an unknown document holds nothing.
        assert_eq!(m.sentence_at(0, (e1, e1), Holds::Start), None);
        assert_eq!(m.sentence_at(3, (s0, e0), Holds::Whole), None);
    }
}
