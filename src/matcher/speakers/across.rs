//! The speaker of a quotation that runs over several sentences of its article ("District
//! fire commander Reinhard Kircher tells ORF radio: “We have never seen water come down
//! this fast. / Within twenty minutes the stream had become a wall of mud and rock.”"):
//! every sentence of it is the speaker's, not only the one that names them (trial 55, F5:
//! the card of the second sentence had no speaker flag, the first's "Kerschbaumer ≠
//! Kircher"). The corpus joins the quotation's sentences ([`resolve_quotations`]); a
//! sentence naming no speaker of its own reads its speaker flag in the whole quotation
//! ([`speaker_flag_across`]), the flag's range in the sentence being its own text.

use super::speakers;
use crate::matcher::features::Prepared;
use crate::matcher::flags::surface;
use crate::matcher::prepared::Idf;
use crate::matcher::results::{Discrepancy, DiscrepancyKind};
use std::sync::Arc;

/// Most sentences one quotation is read over.
const MOST_SENTENCES: usize = 4;

/// How a sentence stands to a quotation running over sentences, by its marks without a
/// partner in the sentence (`part::quote_marks`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Runs {
    /// No mark: inside an open quotation, it goes on.
    None,
    /// Its last mark opens a quotation it does not close (text follows the mark).
    Opens,
    /// Its first mark closes a quotation it did not open (text before the mark).
    Closes,
    /// Marks all paired, or both an unpaired opening and closing one.
    Other,
}

/// How `text` stands to a quotation running over sentences ([`Runs`]).
fn runs(text: &str) -> Runs {
    let chars: Vec<char> = text.chars().collect();
    let marks = crate::matcher::part::quote_marks(&chars);
    if marks.is_empty() {
        return Runs::None;
    }
    let unpaired: Vec<usize> = marks
        .iter()
        .filter(|m| m.1.is_none())
        .map(|m| m.0)
        .collect();
    let letter = |r: &[char]| r.iter().any(|c| c.is_alphanumeric());
    match unpaired[..] {
        [m] if m == marks[marks.len() - 1].0 && letter(&chars[m + 1..]) => Runs::Opens,
        [m] if m == marks[0].0 && letter(&chars[..m]) => Runs::Closes,
        _ => Runs::Other,
    }
}

/// Whether `text` is one quotation whole: its first mark opens it at the text's start and
/// its partner closes it with no letter after ("\u{201c}Whole streets were gone in
/// minutes.\u{201d}", "« Des rues entières ont disparu. »"), as the second sentence of a
/// speaker's words told on after "X said." is written.
pub(super) fn whole_quotation(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let marks = crate::matcher::part::quote_marks(&chars);
    let letter = |r: &[char]| r.iter().any(|c| c.is_alphanumeric());
    match marks.first() {
        Some(&(m, Some(close))) => {
            !letter(&chars[..m])
                && close > m
                && letter(&chars[m + 1..close])
                && !letter(chars.get(close + 1..).unwrap_or(&[]))
        }
        _ => false,
    }
}

/// Sets [`Prepared::quotation`] of a sentence that is one quotation whole
/// ([`whole_quotation`]) and names no speaker, told right after a sentence of the same
/// paragraph that gives a quotation and names its speaker (session 52's last look:
/// "\"We have never seen water rise so fast,\" Mayor Anna Berger said. \"Whole streets
/// were gone in minutes.\"", "… sagte Bürgermeisterin Anna Berger. „Ganze Straßen …“"):
/// the speaker's words go on, so its speaker is read in that sentence, prepared with
/// `idf` (the speaker rules read a name after an inverted "said" only where it ends its
/// sentence: the two sentences joined would lose it). A sentence told on after one told
/// on reads the same, up to [`MOST_SENTENCES`] sentences in all. Arguments as for
/// [`resolve_quotations`].
fn resolve_told_on<S>(
    sentences: &mut [S],
    at: &impl Fn(&mut S) -> ((usize, usize, usize), &mut Prepared),
    one_paragraph: &impl Fn(usize, usize, usize) -> bool,
    idf: &Idf,
) {
    let mut told = 0;
    for k in 1..sentences.len() {
        let ((doc, start, _), p) = at(&mut sentences[k]);
        if p.quotation.is_some() || !whole_quotation(&p.text) || !speakers(p).is_empty() {
            told = 0;
            continue;
        }
        let ((d, _, end), q) = at(&mut sentences[k - 1]);
        let named = match &q.quotation {
            Some(named) if told > 0 && told + 1 < MOST_SENTENCES => named.clone(),
            Some(_) => {
                told = 0;
                continue;
            }
            None => {
                let chars: Vec<char> = q.text.chars().collect();
                let quoted = !crate::matcher::part::quote_marks(&chars).is_empty();
                if !quoted || speakers(q).is_empty() {
                    told = 0;
                    continue;
                }
                told = 1;
                Arc::new(Prepared::new(&q.text, idf))
            }
        };
        if d != doc || end > start || !one_paragraph(doc, end, start) {
            told = 0;
            continue;
        }
        at(&mut sentences[k]).1.quotation = Some(named);
        told += 1;
    }
}

/// Sets [`Prepared::quotation`] of each sentence of a quotation that runs over two to
/// [`MOST_SENTENCES`] sentences of one paragraph (one opens a quotation it does not
/// close, the next ones without marks go on, one closes it), when exactly one of them
/// names a speaker ([`speakers`]) and the sentence itself names none: the quotation's
/// sentences joined by a space, prepared with `idf`. `sentences` are in article order;
/// `at` gives a sentence's (article, start, end), code points, and its prepared text;
/// `one_paragraph(doc, from, to)` whether code points `from..to` of article `doc` (what
/// lies between two sentences) hold no line break. Then a quotation told on in a sentence
/// of its own after "X said." ([`resolve_told_on`]).
pub(crate) fn resolve_quotations<S>(
    sentences: &mut [S],
    at: impl Fn(&mut S) -> ((usize, usize, usize), &mut Prepared),
    one_paragraph: impl Fn(usize, usize, usize) -> bool,
    idf: &Idf,
) {
    let mut k = 0;
    while k < sentences.len() {
        let ((doc, _, mut last_end), p) = at(&mut sentences[k]);
        if runs(&p.text) != Runs::Opens {
            k += 1;
            continue;
        }
        // The sentence that closes it, in the same paragraph.
        let mut end = None;
        for j in k + 1..sentences.len().min(k + MOST_SENTENCES) {
            let ((d, s, e), q) = at(&mut sentences[j]);
            let joined = d == doc && s >= last_end && one_paragraph(d, last_end, s);
            last_end = e;
            match (joined, runs(&q.text)) {
                (true, Runs::None) => continue,
                (true, Runs::Closes) => end = Some(j),
                _ => {}
            }
            break;
        }
        let Some(end) = end else {
            k += 1;
            continue;
        };
        let named: Vec<bool> = (k..=end)
            .map(|j| !speakers(at(&mut sentences[j]).1).is_empty())
            .collect();
        if named.iter().filter(|&&n| n).count() == 1 {
            let text: Vec<String> = (k..=end)
                .map(|j| at(&mut sentences[j]).1.text.clone())
                .collect();
            let whole = Arc::new(Prepared::new(&text.join(" "), idf));
            for (j, named) in (k..=end).zip(named) {
                if !named {
                    at(&mut sentences[j]).1.quotation = Some(whole.clone());
                }
            }
        }
        k = end + 1;
    }
    resolve_told_on(sentences, &at, &one_paragraph, idf);
}

/// The speaker flag of `a` and `b` when one or both name no speaker but are a sentence of
/// a quotation whose speaker another sentence names ([`Prepared::quotation`]): the flag
/// [`super::speaker_conflict`] gives read in the whole quotation, the speaker's name as
/// it is written there, its range on that side the sentence's own text (trimmed).
pub(crate) fn speaker_flag_across(a: &Prepared, b: &Prepared) -> Option<Discrepancy> {
    let whole = |p: &Prepared| match (&p.quotation, speakers(p).is_empty()) {
        (Some(q), true) => Some(q.clone()),
        _ => None,
    };
    let (qa, qb) = (whole(a), whole(b));
    if qa.is_none() && qb.is_none() {
        return None;
    }
    let (wa, wb) = (qa.as_deref().unwrap_or(a), qb.as_deref().unwrap_or(b));
    let (ar, br) = super::speaker_conflict(wa, wb)?;
    let own = |p: &Prepared| {
        let n = p.text.chars().count();
        let lead = p.text.chars().take_while(|c| c.is_whitespace()).count();
        let trail = p
            .text
            .chars()
            .rev()
            .take_while(|c| c.is_whitespace())
            .count();
        (lead.min(n), n.saturating_sub(trail).max(lead.min(n)))
    };
    let range = |p: &Prepared, joined: bool, r: (usize, usize)| match joined {
        true => own(p),
        false => r,
    };
    Some(Discrepancy {
        kind: DiscrepancyKind::Speaker,
        a: surface(wa, ar.0, ar.1).into_owned(),
        b: surface(wb, br.0, br.1).into_owned(),
        a_range: range(a, qa.is_some(), ar),
        b_range: range(b, qb.is_some(), br),
        vague: false,
    })
}
