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

/// Sets [`Prepared::quotation`] of each sentence of a quotation that runs over two to
/// [`MOST_SENTENCES`] sentences of one paragraph (one opens a quotation it does not
/// close, the next ones without marks go on, one closes it), when exactly one of them
/// names a speaker ([`speakers`]) and the sentence itself names none: the quotation's
/// sentences joined by a space, prepared with `idf`. `sentences` are in article order;
/// `at` gives a sentence's (article, start, end), code points, and its prepared text;
/// `one_paragraph(doc, from, to)` whether code points `from..to` of article `doc` (what
/// lies between two sentences) hold no line break.
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
