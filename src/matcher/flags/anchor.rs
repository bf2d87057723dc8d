//! What a date or a count is about (its anchor: the content words around it), so that
//! two dates or counts are compared only when they are about the same thing.

use crate::matcher::features::Prepared;
use crate::matcher::text::{Kind, Token};

/// How many content words on each side of a date or count [`anchor`] looks at.
const ANCHOR_WORDS: usize = 4;

/// What a date or a count is about: the content words (stem, event classes) within
/// [`ANCHOR_WORDS`] on each side of tokens `lo..=hi` (the expression: "Thursday, December
/// 11", "at least four times"), in its clause (a comma, semicolon, colon, dash or bracket
/// ends the clause). Numbers, dates and stop words are not counted.
fn anchor(p: &Prepared, chars: &[char], lo: usize, hi: usize) -> Vec<(u64, u32)> {
    let toks = &p.tokens;
    let boundary = |from: usize, to: usize| {
        chars.get(from..to).is_some_and(|gap| {
            // A spaced hyphen is a dash; the one inside "pin-up" is not.
            gap.iter().any(|c| ",;:()[]\u{2013}\u{2014}".contains(*c))
                || (gap.len() > 1 && gap.contains(&'-'))
        })
    };
    let content = |t: &Token| !t.stop && t.kind == Kind::Word && !t.date;
    let mut out = Vec::new();
    let (mut k, mut n) = (lo, 0);
    while k > 0 && n < ANCHOR_WORDS && !boundary(toks[k - 1].end, toks[k].start) {
        k -= 1;
        if content(&toks[k]) {
            out.push((toks[k].stem, toks[k].classes));
            n += 1;
        }
    }
    let (mut k, mut n) = (hi, 0);
    while k + 1 < toks.len() && n < ANCHOR_WORDS && !boundary(toks[k].end, toks[k + 1].start) {
        k += 1;
        if content(&toks[k]) {
            out.push((toks[k].stem, toks[k].classes));
            n += 1;
        }
    }
    out
}

/// The tokens inside code points `start..end` of `p`, as token indices `(lo, hi)`.
pub(super) fn tokens_within(p: &Prepared, (start, end): (usize, usize)) -> Option<(usize, usize)> {
    let lo = p.tokens.iter().position(|t| t.start >= start)?;
    let hi = p.tokens.iter().rposition(|t| t.end <= end)?;
    (lo <= hi).then_some((lo, hi))
}

/// Whether two dates or counts (token ranges of `a` and `b`) are about the same thing:
/// their anchors ([`anchor`]) share a stem or an event class ("killed in Ohio on Monday" /
/// "killed in Texas on Friday"; "shot at least four times" / "shot several times"), or one
/// of them has no anchor to tell. A long sentence carries several facts with their own
/// dates and figures: "suffering a heart attack on December 2" and "passed away Thursday,
/// December 11" date two events, not one event twice.
pub(super) fn same_anchor(
    a: &Prepared,
    (alo, ahi): (usize, usize),
    b: &Prepared,
    (blo, bhi): (usize, usize),
) -> bool {
    let ca: Vec<char> = a.text.chars().collect();
    let cb: Vec<char> = b.text.chars().collect();
    let xa = anchor(a, &ca, alo, ahi);
    let xb = anchor(b, &cb, blo, bhi);
    xa.is_empty()
        || xb.is_empty()
        || xa
            .iter()
            .any(|&(s, c)| xb.iter().any(|&(t, d)| s == t || c & d != 0))
}
