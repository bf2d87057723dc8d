//! The quotation marks of a sentence, paired, so that the part an accepted match labels
//! never carries one mark without its partner: straight marks pair in turn; curly “…”,
//! German „…“ and „…”, guillemets «…» (French, with or without the non-breaking spaces
//! inside), German »…« and ‚…‘, Swedish ”…”, single ‹…› and ‘…’ (British), straight
//! single '…', and the CJK
//! corner brackets 「…」 and 『…』 pair as nested brackets. An apostrophe ("don’t",
//! "drivers’", "l’homme") is no mark. Indices are code points of the sentence.

use super::frames::Frame;
use super::vocab::Word;

/// The quotation marks of one sentence: each mark's code point index and its partner's
/// (`None`: a mark with no partner in the sentence, as in the first sentence of a
/// quotation that runs on).
#[derive(Debug, Clone, Default)]
pub(super) struct Marks {
    marks: Vec<(usize, Option<usize>)>,
}

/// What a character is as a quotation mark where it stands.
enum Mark {
    /// Opens a quotation.
    Opens,
    /// Closes the innermost open quotation.
    Closes,
    /// A closing mark with nothing open to close (the end of a quotation begun in an
    /// earlier sentence).
    Stray,
    /// No quotation mark (an apostrophe).
    None,
}

/// A single mark at `i`, with `top` the innermost open mark: `‘` opens; `’` and `'` are
/// apostrophes between two letters ("don’t", "l’homme"); `’`/`'` close an open single
/// mark of their kind (a straight one around more than one letter) unless they end a
/// plural possessive ("the drivers’ union") with
/// another closing candidate later in the sentence; `'` opens after a space or an
/// opening mark and before a letter or digit; `’` closing nothing is a stray mark after
/// a stop or comma ("… dark.’"), an apostrophe otherwise ("drivers’", "’90s").
fn single(sentence: &[char], i: usize, top: Option<(usize, char)>) -> Mark {
    let c = sentence[i];
    let before = i.checked_sub(1).map(|k| sentence[k]);
    let after = sentence.get(i + 1).copied();
    if c == '\u{2018}' {
        return Mark::Opens;
    }
    if before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphabetic) {
        return Mark::None;
    }
    // The end of an elided word of one letter: "rock ’n’ roll".
    if elided(sentence, i) {
        return Mark::None;
    }
    let open_kind = if c == '\'' { '\'' } else { '\u{2018}' };
    let closing = |k: usize| {
        let b = k.checked_sub(1).map(|j| sentence[j]);
        b.is_some_and(|b| !b.is_whitespace())
            && !(b.is_some_and(char::is_alphanumeric)
                && sentence.get(k + 1).is_some_and(|a| a.is_alphabetic()))
    };
    // A straight pair around one letter is an elision ("rock 'n' roll").
    let top = top.filter(|&(o, _)| c != '\'' || i > o + 2).map(|t| t.1);
    if top == Some(open_kind) && closing(i) {
        let possessive = before.is_some_and(|b| b == 's' || b == 'S')
            && sentence[i + 1..]
                .iter()
                .enumerate()
                .take_while(|&(_, &d)| d != open_kind || c == '\'')
                .any(|(k, &d)| d == c && closing(i + 1 + k));
        return if possessive { Mark::None } else { Mark::Closes };
    }
    if c == '\'' {
        let opens = before.is_none_or(|b| b.is_whitespace() || "(\"\u{201c}\u{ab}[—–".contains(b))
            && after.is_some_and(char::is_alphanumeric);
        return if opens { Mark::Opens } else { Mark::None };
    }
    if before.is_some_and(|b| matches!(b, '.' | ',' | '!' | '?')) {
        Mark::Stray
    } else {
        Mark::None
    }
}

/// Whether the single mark at `i` ends a one-letter elision opened by an apostrophe
/// ("’n’", "'n'").
pub(super) fn elided(sentence: &[char], i: usize) -> bool {
    i >= 2
        && matches!(sentence[i - 2], '\'' | '\u{2019}')
        && sentence[i - 1].is_alphabetic()
        && (i < 3 || !sentence[i - 3].is_alphanumeric())
}

/// Whether `»` (or `›`) at `i` opens a German quotation (»Der Fahrer …«): no space after
/// it and a space, an opening bracket or the sentence start before it (the French closing
/// mark follows the words: "ivre »", "ivre»").
fn german_opening(sentence: &[char], i: usize) -> bool {
    let before = i.checked_sub(1).map(|k| sentence[k]);
    let after = sentence.get(i + 1).copied();
    before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[' | '\u{2014}' | '\u{2013}'))
        && after.is_some_and(|a| a.is_alphanumeric())
}

impl Marks {
    /// Pairs the marks of `sentence`: a closing mark closes the innermost open mark of
    /// its kind if that is the innermost one open; a mark that closes nothing, and one
    /// left open at the end, has no partner. Single marks are told from apostrophes
    /// ([`single`]); German »…« from French «…» by what is open and the spacing.
    pub(super) fn of(sentence: &[char]) -> Marks {
        let mut open: Vec<(usize, char)> = Vec::new();
        let mut marks: Vec<(usize, Option<usize>)> = Vec::new();
        let pair = |marks: &mut Vec<(usize, Option<usize>)>, o: usize, c: usize| {
            if let Some(m) = marks.iter_mut().find(|m| m.0 == o) {
                m.1 = Some(c);
            }
            marks.push((c, Some(o)));
        };
        for (i, &c) in sentence.iter().enumerate() {
            let top = open.last().map(|&(_, t)| t);
            let kind = match c {
                // German ‚…‘: the English opening single mark closes.
                '\u{2018}' if top == Some('\u{201a}') => Mark::Closes,
                '\u{201a}' => Mark::Opens,
                '\'' | '\u{2018}' | '\u{2019}' => single(sentence, i, open.last().copied()),
                '\u{bb}' if top != Some('\u{ab}') && german_opening(sentence, i) => Mark::Opens,
                '\u{203a}' if top != Some('\u{2039}') && german_opening(sentence, i) => Mark::Opens,
                // Swedish and Finnish ”…”: the same mark opens and closes.
                '\u{201d}' if top == Some('\u{201d}') => Mark::Closes,
                '\u{201d}'
                    if !matches!(top, Some('\u{201c}' | '\u{201e}'))
                        && german_opening(sentence, i) =>
                {
                    Mark::Opens
                }
                _ => {
                    let closes = match c {
                        '"' => top == Some('"'),
                        '\u{201c}' => top == Some('\u{201e}'),
                        '\u{201d}' => matches!(top, Some('\u{201c}' | '\u{201e}')),
                        '\u{bb}' => top == Some('\u{ab}'),
                        '\u{ab}' => top == Some('\u{bb}'),
                        '\u{203a}' => top == Some('\u{2039}'),
                        '\u{2039}' => top == Some('\u{203a}'),
                        '\u{300d}' => top == Some('\u{300c}'),
                        '\u{300f}' => top == Some('\u{300e}'),
                        _ => false,
                    };
                    if closes {
                        Mark::Closes
                    } else if matches!(
                        c,
                        '"' | '\u{201c}'
                            | '\u{201e}'
                            | '\u{ab}'
                            | '\u{2039}'
                            | '\u{300c}'
                            | '\u{300e}'
                    ) {
                        Mark::Opens
                    } else if matches!(
                        c,
                        '\u{201d}' | '\u{bb}' | '\u{203a}' | '\u{300d}' | '\u{300f}'
                    ) {
                        Mark::Stray
                    } else {
                        Mark::None
                    }
                }
            };
            match kind {
                Mark::Closes => {
                    if let Some((o, _)) = open.pop() {
                        pair(&mut marks, o, i);
                    }
                }
                Mark::Opens => {
                    open.push((i, c));
                    marks.push((i, None));
                }
                Mark::Stray => marks.push((i, None)),
                Mark::None => {}
            }
        }
        // An opening straight single mark that found no partner is an apostrophe
        // ("'90s", "rock 'n' roll"), unless it opens the sentence (a quotation running
        // on into the next one).
        let first = sentence.iter().position(|c| !c.is_whitespace());
        marks.retain(|&(i, p)| p.is_some() || sentence[i] != '\'' || Some(i) == first);
        marks.sort_unstable();
        Marks { marks }
    }

    fn partner(&self, i: usize) -> Option<Option<usize>> {
        self.marks
            .binary_search_by_key(&i, |m| m.0)
            .ok()
            .map(|k| self.marks[k].1)
    }

    /// The partner of the quotation mark at `i`, `None` for a mark without one or no mark.
    #[cfg(test)]
    pub(super) fn partner_of(&self, i: usize) -> Option<usize> {
        self.partner(i).flatten()
    }

    /// Every mark of the sentence with its partner, in order of index.
    pub(super) fn all(&self) -> &[(usize, Option<usize>)] {
        &self.marks
    }

    /// Whether a mark has no partner in the sentence (a quotation running on from or to
    /// another sentence).
    pub(super) fn has_unpaired(&self) -> bool {
        self.marks.iter().any(|(_, p)| p.is_none())
    }

    /// Whether code point `i` is a quotation mark.
    pub(super) fn is_mark(&self, i: usize) -> bool {
        self.partner(i).is_some()
    }

    /// The first opening mark that has a partner and the last closing mark that has one:
    /// the outer marks of the sentence's quotations; `None` without a pair.
    pub(super) fn outer(&self) -> Option<(usize, usize)> {
        let o = self
            .marks
            .iter()
            .find(|&&(i, p)| p.is_some_and(|p| p > i))?
            .0;
        let c = self
            .marks
            .iter()
            .rev()
            .find(|&&(i, p)| p.is_some_and(|p| p < i))?
            .0;
        Some((o, c))
    }

    /// Whether code point `i` is a quotation mark whose partner is not in `a..b`.
    pub(super) fn outside(&self, i: usize, a: usize, b: usize) -> bool {
        match self.partner(i) {
            None => false,
            Some(None) => true,
            Some(Some(p)) => p < a || p >= b,
        }
    }

    /// `a..b` grown until every paired mark inside it has its partner inside too ("the
    /// road was closed” when ..." takes in its opening mark). Marks with no partner
    /// anywhere stay as they are.
    pub(super) fn balance(&self, mut a: usize, mut b: usize) -> (usize, usize) {
        loop {
            let stray = self.marks.iter().find_map(|&(i, p)| {
                let p = p?;
                (a <= i && i < b && (p < a || p >= b)).then_some(p)
            });
            match stray {
                Some(p) if p < a => a = p,
                Some(p) => b = p + 1,
                None => return (a, b),
            }
        }
    }

    /// The quotations not inside another one: (opening mark, closing mark), in order.
    pub(super) fn top_pairs(&self) -> Vec<(usize, usize)> {
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for &(i, p) in &self.marks {
            if let Some(p) = p.filter(|&p| p > i) {
                if pairs.last().is_none_or(|&(_, c)| i > c) {
                    pairs.push((i, p));
                }
            }
        }
        pairs
    }
}

/// The lead of a sentence that introduces a quotation after a colon ("The prefect's
/// statement was blunt: “The driver was drunk.”"): from the first word to the colon,
/// when at most twelve words stand before it, none of them quoted, and a quotation
/// opening right after the colon with a capital runs to the end of the sentence (only
/// stops after it) with at least three words. `None` otherwise ("… in the cab: “a
/// bottle”" quotes a term, not a statement). The colon of a live blog's post stamp
/// opening the sentence is not the lead's ("21:30 Federal Transport Minister Jonas
/// Albrecht has spoken: "…"", `dateline::post_stamp_end`; trial 51): the frame runs
/// from the stamp to the colon after it.
pub(super) fn colon_lead(sentence: &[char], words: &[Word]) -> Option<Frame> {
    let stamp = super::dateline::post_stamp_end(sentence).unwrap_or(0);
    let colon = stamp
        + sentence[stamp..]
            .iter()
            .position(|&c| c == ':' || c == '\u{ff1a}')?;
    let marks = Marks::of(sentence);
    let before = words
        .iter()
        .filter(|w| w.start >= stamp && w.end <= colon)
        .count();
    if before == 0 || before > 12 || (0..colon).any(|i| marks.is_mark(i)) {
        return None;
    }
    let open = (colon + 1..sentence.len()).find(|&i| !sentence[i].is_whitespace())?;
    let close = marks.partner(open).flatten().filter(|&c| c > open)?;
    let after_ok = sentence[close + 1..]
        .iter()
        .all(|&c| c.is_whitespace() || matches!(c, '.' | '!' | '?' | '\u{2026}' | '\u{3002}'));
    let capital = sentence[open + 1..close]
        .iter()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase());
    let inside = words
        .iter()
        .filter(|w| open < w.start && w.end <= close)
        .count();
    (after_ok && capital && inside >= 3).then(|| Frame {
        start: words[0].start,
        end: colon + 1,
        introduces: true,
    })
}
