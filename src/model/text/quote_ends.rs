//! Quotation marks at the ends of a snapped selection, in every language the matcher
//! reads: a mark that opens a quotation after the selection's end, or closes one before
//! its start, is dropped (a drag that overshot: "the soldier “"); a mark whose partner is
//! inside the selection is kept, however the language writes it (German „…“ ends on the
//! English opening mark, Swedish ”…” opens on the English closing one); and a mark inside
//! the selection whose partner stands right beside it (only stops or spaces between) takes
//! the partner in, so a span never holds one mark of a pair while its partner was just
//! missed. Marks are paired as the matcher pairs them ([`crate::matcher::quote_marks`]);
//! a mark with no partner near the selection is read from the spacing around it.
//! Positions are code points.

use crate::model::offsets::{cp_len, OffsetIndex};

/// How far the pairing reads around the selection, in code points (within its
/// paragraph): enough for straight marks, which pair in turn, to pair right.
const CONTEXT: usize = 2000;

/// How many characters may stand between a selection and the partner of a mark inside
/// it for the partner to be taken in.
const GAP: usize = 3;

/// Whether `c` may be a quotation mark (or an apostrophe).
fn quote_like(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '\u{ab}'
            | '\u{bb}'
            | '\u{2039}'
            | '\u{203a}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{201a}'
            | '\u{201b}'
            | '\u{201c}'
            | '\u{201d}'
            | '\u{201e}'
            | '\u{201f}'
            | '\u{300c}'
            | '\u{300d}'
            | '\u{300e}'
            | '\u{300f}'
    )
}

/// Whether the unpaired mark at `i` opens, read from the spacing: white space (or the
/// start, or an opening bracket or dash) before it and a letter after it; with white
/// space on both sides, an opening mark of its kind (French « ).
fn flank_opens(chars: &[char], i: usize) -> bool {
    let before = i.checked_sub(1).map(|k| chars[k]);
    let after = chars.get(i + 1).copied();
    let open_before = before
        .is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[' | '\u{2013}' | '\u{2014}'));
    let space_after = after.is_none_or(char::is_whitespace);
    match (open_before, space_after) {
        (true, false) => true,
        (true, true) => matches!(
            chars[i],
            '\u{ab}' | '\u{2039}' | '\u{201e}' | '\u{201a}' | '\u{300c}' | '\u{300e}'
        ),
        _ => false,
    }
}

/// The selection `s..e` (code points of `text`, already snapped to words and trimmed of
/// separators, which `leading` and `trailing` name) with its quotation marks settled as
/// the module docs say. A selection of nothing but marks and separators stays as made.
/// Cost: linear in the selection plus at most [`CONTEXT`] code points on either side.
pub(super) fn settle(
    text: &str,
    index: &OffsetIndex,
    (s, e): (usize, usize),
    leading: &str,
    trailing: &str,
) -> (usize, usize) {
    let (Some(bs), Some(be)) = (index.cp_to_byte(text, s), index.cp_to_byte(text, e)) else {
        return (s, e);
    };
    if !text[bs..be].contains(quote_like)
        && !text[..bs].chars().next_back().is_some_and(quote_like)
        && !text[be..].chars().next().is_some_and(quote_like)
    {
        return (s, e);
    }
    let lo = text[..bs]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c != '\n')
        .take(CONTEXT)
        .last()
        .map_or(bs, |(i, _)| i);
    let hi = text[be..]
        .char_indices()
        .take_while(|&(_, c)| c != '\n')
        .take(CONTEXT)
        .last()
        .map_or(be, |(i, c)| be + i + c.len_utf8());
    let chars: Vec<char> = text[lo..hi].chars().collect();
    let off = cp_len(&text[lo..bs]);
    let marks = crate::matcher::quote_marks(&chars);
    let partner = |i: usize| {
        marks
            .binary_search_by_key(&i, |m| m.0)
            .ok()
            .map(|k| marks[k].1)
    };
    // A mark that opens a quotation (its partner after it, or none and spaced as an
    // opening mark), and one that closes (or an apostrophe hanging on the word before).
    let opens = |i: usize| match partner(i) {
        Some(Some(p)) => p > i,
        Some(None) => flank_opens(&chars, i),
        None => false,
    };
    let closes = |i: usize| match partner(i) {
        Some(Some(p)) => p < i,
        Some(None) => !flank_opens(&chars, i),
        None => {
            quote_like(chars[i])
                && i > 0
                && chars[i - 1].is_alphanumeric()
                && chars.get(i + 1).is_none_or(|c| !c.is_alphanumeric())
        }
    };
    let (mut a, mut b) = (off, off + (e - s));
    while a < b && (chars[a].is_whitespace() || leading.contains(chars[a]) || closes(a)) {
        a += 1;
    }
    while b > a && (chars[b - 1].is_whitespace() || trailing.contains(chars[b - 1]) || opens(b - 1))
    {
        b -= 1;
    }
    if a >= b || !chars[a..b].iter().any(|c| c.is_alphanumeric()) {
        return (s, e);
    }
    // Take in the partner of a mark inside, when it stands right beside the selection:
    // after it past stops or spaces (‹eingeschlafen“›, ‹hands,”›, ‹ampleur »›), before it
    // past spaces (‹« Nous›).
    let space = |c: &char| c.is_whitespace() && *c != '\n';
    let mut grown = true;
    while grown {
        grown = false;
        for &(i, p) in &marks {
            let Some(p) = p else { continue };
            if i < a || i >= b {
                continue;
            }
            if p >= b
                && p - b <= GAP
                && chars[b..p]
                    .iter()
                    .all(|c| space(c) || matches!(c, '.' | ',' | '!' | '?' | '\u{2026}'))
            {
                b = p + 1;
                grown = true;
            } else if p < a && a - p - 1 <= GAP && chars[p + 1..a].iter().all(space) {
                a = p;
                grown = true;
            }
        }
    }
    (s - off + a, s - off + b)
}
