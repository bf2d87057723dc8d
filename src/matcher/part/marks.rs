//! The quotation marks of a sentence, paired, so that the part an accepted match labels
//! never carries one mark without its partner: straight marks pair in turn; curly “…”,
//! German „…“ and „…”, guillemets «…», and the CJK corner brackets 「…」 and 『…』 pair
//! as nested brackets. Indices are code points of the sentence.

use super::frames::Frame;

/// The quotation marks of one sentence: each mark's code point index and its partner's
/// (`None`: a mark with no partner in the sentence, as in the first sentence of a
/// quotation that runs on).
#[derive(Debug, Clone, Default)]
pub(super) struct Marks {
    marks: Vec<(usize, Option<usize>)>,
}

impl Marks {
    /// Pairs the marks of `sentence`: a closing mark closes the innermost open mark of
    /// its kind if that is the innermost one open; a mark that closes nothing, and one
    /// left open at the end, has no partner.
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
            let closes = match c {
                '"' => top == Some('"'),
                '\u{201c}' => top == Some('\u{201e}'),
                '\u{201d}' => matches!(top, Some('\u{201c}' | '\u{201e}')),
                '\u{bb}' => top == Some('\u{ab}'),
                '\u{300d}' => top == Some('\u{300c}'),
                '\u{300f}' => top == Some('\u{300e}'),
                _ => false,
            };
            if closes {
                if let Some((o, _)) = open.pop() {
                    pair(&mut marks, o, i);
                }
            } else if matches!(
                c,
                '"' | '\u{201c}' | '\u{201e}' | '\u{ab}' | '\u{300c}' | '\u{300e}'
            ) {
                open.push((i, c));
                marks.push((i, None));
            } else if matches!(c, '\u{201d}' | '\u{bb}' | '\u{300d}' | '\u{300f}') {
                marks.push((i, None));
            }
        }
        marks.sort_unstable();
        Marks { marks }
    }

    fn partner(&self, i: usize) -> Option<Option<usize>> {
        self.marks
            .binary_search_by_key(&i, |m| m.0)
            .ok()
            .map(|k| self.marks[k].1)
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

    /// The stretches between two quotations that follow each other within `s..e` (a
    /// quotation's inside, as `quotation` gives it): from the closing mark of one to the
    /// opening mark of the next, both marks included ("“We’ll be back,| he said, |and
    /// the café will reopen.”"), as frames beside the quotations.
    pub(super) fn between_quotations(&self, s: usize, e: usize) -> Vec<Frame> {
        // Top-level pairs: not inside another pair.
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for &(i, p) in &self.marks {
            if let Some(p) = p.filter(|&p| p > i) {
                if pairs.last().is_none_or(|&(_, c)| i > c) {
                    pairs.push((i, p));
                }
            }
        }
        pairs
            .windows(2)
            .filter(|w| w[0].1 + 1 >= s && w[1].0 <= e)
            .map(|w| Frame {
                start: w[0].1,
                end: w[1].0 + 1,
                introduces: false,
            })
            .collect()
    }
}
