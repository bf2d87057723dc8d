//! Where a suggested link lands in the other document's sentence: the part a new span
//! covers ([`match_part`]: the quotation, or the clause without its attribution), the free
//! stretch beside spans already there, and the existing span it would join.

use crate::matcher::{Discrepancy, DiscrepancyKind};
use crate::model::{Document, Label, Span};

/// The part of a sentence (as code points) that an accepted match with `label` should
/// cover: see [`crate::matcher::match_part`] (the quotation for a quote, the clause without
/// its attribution otherwise; of the pieces an interposed "doctors said" leaves, the one
/// sharing most words with `source`, the text of the span being matched, or the longest
/// when it is empty). Returns `(start, end)` within `sentence`, and the label a span
/// created over it gets: `label`, except that a quote becomes a claim when the part holds
/// no quotation (reported speech, "…, authorities said": trial 22, F12).
pub fn match_part(sentence: &[char], label: Label, source: &str) -> ((usize, usize), Label) {
    let (part, quoted) = crate::matcher::match_part_quoted(sentence, label == Label::Quote, source);
    let label = if label == Label::Quote && !quoted {
        Label::Claim
    } else {
        label
    };
    (part, label)
}

/// The part `start..end` a new claim span would cover, widened to hold the flagged details
/// of the link's `flags` that lie in its sentence `s0..s1` (code points of the document):
/// a link told differently must hold the detail that differs (trial 34, F10.3: a headline
/// cut at ";" to "Italian train derails in landslide" left out "5 dead, dozens hurt", the
/// very figures its number flags pointed at). Flags of the kinds a left-out attribution
/// or dateline holds (speaker, date, place: "MADRID (AP) —", "said on Tuesday") widen
/// nothing, so the span still leaves the frame out; nor do flags on a quote's span, which
/// is the quotation.
pub(super) fn cover_flags(
    (start, end): (usize, usize),
    (s0, s1): (usize, usize),
    label: Label,
    flags: &[Discrepancy],
) -> (usize, usize) {
    if label != Label::Claim {
        return (start, end);
    }
    flags
        .iter()
        .filter(|f| {
            !matches!(
                f.kind,
                DiscrepancyKind::Speaker | DiscrepancyKind::Date | DiscrepancyKind::Place
            )
        })
        .map(|f| f.b_range)
        .filter(|&(a, b)| s0 <= a && a < b && b <= s1)
        .fold((start, end), |(lo, hi), (a, b)| (lo.min(a), hi.max(b)))
}

/// The longest stretch of sentence `s0..s1` of `document` that none of the `labelled`
/// claim and quote spans overlapping it covers, if it holds at least [`FREE_PART_LETTERS`]
/// letters outside the sentence's attribution frames (`matcher::attribution_frames`):
/// where a new span could go beside them. The frame of a labelled quotation ("…,” said
/// Interior Ministry spokesman Youssef Amrani.") is who said it, no fact: a claim scored
/// against it alone got 55 % for sharing "ministry spokesman" (trial 35, F10). Code points.
pub(super) fn free_part(
    document: &Document,
    labelled: &[&Span],
    (s0, s1): (usize, usize),
) -> Option<(usize, usize)> {
    let frames = sentence_frames(document, (s0, s1));
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
        document.slice(a, b).map_or(0, |t| {
            t.chars()
                .zip(a..)
                .filter(|&(c, k)| {
                    c.is_alphabetic() && !frames.iter().any(|&(f0, f1)| f0 <= k && k < f1)
                })
                .count()
        })
    };
    gaps.into_iter()
        .map(|g| (letters(g), g))
        .filter(|&(n, _)| n >= FREE_PART_LETTERS)
        .max_by_key(|&(n, g)| (n, std::cmp::Reverse(g.0)))
        .map(|(_, g)| g)
}

/// How many letters of sentence `s0..s1` of `document` lie outside span `t` (and, with
/// `frames`, outside the sentence's attribution frames): 0 when `t` is all of the
/// sentence (but its frames).
pub(super) fn letters_beside(
    document: &Document,
    t: &Span,
    (s0, s1): (usize, usize),
    frames: bool,
) -> usize {
    let frames = match frames {
        true => sentence_frames(document, (s0, s1)),
        false => Vec::new(),
    };
    document.slice(s0, s1).map_or(0, |text| {
        text.chars()
            .zip(s0..)
            .filter(|&(c, k)| {
                c.is_alphabetic()
                    && !(t.start <= k && k < t.end)
                    && !frames.iter().any(|&(f0, f1)| f0 <= k && k < f1)
            })
            .count()
    })
}

/// The attribution frames of sentence `s0..s1` of `document`
/// (`matcher::attribution_frames`), in code points of the document.
fn sentence_frames(document: &Document, (s0, s1): (usize, usize)) -> Vec<(usize, usize)> {
    document
        .slice(s0, s1)
        .map(|t| {
            let chars: Vec<char> = t.chars().collect();
            crate::matcher::attribution_frames(&chars)
                .into_iter()
                .map(|(a, b)| (s0 + a, s0 + b))
                .collect()
        })
        .unwrap_or_default()
}

/// The fewest letters a stretch of a sentence beside labelled spans must hold to be
/// offered as a new span (fewer is a connective or a speaker's name, not a fact).
const FREE_PART_LETTERS: usize = 12;

/// Of the claim and quote spans `labelled` overlapping `start..end`, the one overlapping
/// it the most (ties: the same label as the source, then the earliest).
pub(super) fn best_overlap<'a>(
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
