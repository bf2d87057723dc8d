//! What the negation rule's test of one word (`same_word`: one stem, an irregular past and
//! its base, one fate of the dead or injured, one Romance verb, one act across two
//! languages) reads of each token alone, read once per sentence and kept with its facts
//! (`flags/facts.rs`). The rule asks it of every word of the other sentence for each word
//! a sentence negates, and the panel's disputes (`corpus/disputes.rs`) ask it of a span
//! against every sentence of the other articles: read afresh for each pair, the lexicon
//! scans behind it were two thirds of a panel query (session 56).

use super::{fate, held, irregular_base, refused, romance_stem, ROMANCE_PAST, ROMANCE_SHORT};
use crate::matcher::lexicon::casualty::Fate;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::Token;

/// What [`same_forms`] reads of one token alone ([`WordForm::of`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordForm {
    /// The fate of the casualty lexicon it tells, when dead or injured ("hurt",
    /// "verletzt").
    told: Option<Fate>,
    /// Its base, when it is an irregular past ("found" → "find").
    irregular: Option<&'static str>,
    /// The length in bytes of what stands before its Romance past ending ("pag" of
    /// "pagou"), if it ends with one and enough stands before it.
    past: Option<u32>,
    /// The same before a past, a simple future or a short ending ("pag" of "pagará",
    /// "pago").
    any: Option<u32>,
    /// Whether it tells a suspect held ("arrested", "festgenommen").
    held: bool,
    /// Whether it is a form of an act of `lexicon/acts.rs` ("payé", "paid").
    act: bool,
}

impl WordForm {
    /// What [`same_forms`] reads of token `t`.
    pub(crate) fn of(t: &Token) -> WordForm {
        let n = t.norm.as_str();
        let len = |s: Option<&str>| s.and_then(|s| u32::try_from(s.len()).ok());
        let past = romance_stem(n, ROMANCE_PAST);
        let any = past
            .or_else(|| refused::future_stem(n))
            .or_else(|| romance_stem(n, ROMANCE_SHORT));
        WordForm {
            told: fate(t).filter(|f| matches!(f, Fate::Dead | Fate::Injured)),
            irregular: irregular_base(n),
            past: len(past),
            any: len(any),
            held: held(t),
            act: crate::matcher::lexicon::acts::is_act(n),
        }
    }
}

/// The word forms of each token of `p` ([`WordForm::of`]), read once per sentence.
pub(crate) fn word_forms(p: &Prepared) -> &[WordForm] {
    p.facts
        .word_forms
        .get_or_init(|| p.tokens.iter().map(WordForm::of).collect())
}

/// Whether token `k` of `p` and token `m` of `q` are one word for the negation rule
/// (`same_word`), read from their kept [`word_forms`].
pub(super) fn same_word_in(p: &Prepared, k: usize, q: &Prepared, m: usize) -> bool {
    match (word_forms(p).get(k), word_forms(q).get(m)) {
        (Some(fx), Some(fy)) => same_forms((&p.tokens[k], fx), (&q.tokens[m], fy)),
        _ => false,
    }
}

/// [`same_word_in`] for a rule that compares a few words of each sentence (the negated
/// words of two sentences, `same_negations`): the kept forms of a sentence that has them,
/// else the two tokens' forms read alone, not every token of the sentence. The same
/// answer either way.
pub(super) fn same_word_few(p: &Prepared, k: usize, q: &Prepared, m: usize) -> bool {
    let form = |p: &Prepared, k: usize| match p.facts.word_forms.get() {
        Some(kept) => kept.get(k).copied(),
        None => p.tokens.get(k).map(WordForm::of),
    };
    match (form(p, k), form(q, m)) {
        (Some(fx), Some(fy)) => same_forms((&p.tokens[k], &fx), (&q.tokens[m], &fy)),
        _ => false,
    }
}

/// Whether tokens `x` and `y`, with their forms, are one word for the negation rule: one
/// stem, one fate of the dead or injured, one base, one Romance verb (`one_romance_verb`),
/// both a suspect held, or one act in two languages.
pub(super) fn same_forms((x, fx): (&Token, &WordForm), (y, fy): (&Token, &WordForm)) -> bool {
    if x.stem == y.stem {
        return true;
    }
    if fx.told.is_some() && fx.told == fy.told {
        return true;
    }
    let (nx, ny) = (x.norm.as_str(), y.norm.as_str());
    if fx.irregular.unwrap_or(nx) == fy.irregular.unwrap_or(ny) {
        return true;
    }
    fn stem(n: &str, l: Option<u32>) -> Option<&str> {
        l.and_then(|l| n.get(..l as usize))
    }
    let (px, py) = (stem(nx, fx.past), stem(ny, fy.past));
    let romance = nx != ny
        && ((px.is_some() && px == stem(ny, fy.any)) || (py.is_some() && py == stem(nx, fx.any)));
    romance
        || (fx.held && fy.held)
        || (fx.act && fy.act && crate::matcher::lexicon::acts::one_act_across(nx, ny))
}

#[cfg(test)]
mod tests {
    use super::super::same_word;
    use super::*;
    use crate::matcher::prepared::Idf;

    /// The kept forms answer as the two words read afresh (`same_word`) for every pair of
    /// tokens of sentences with each kind of sameness: one stem, an irregular past and its
    /// base, one fate ("hurt" / "injured"), one Romance verb ("pagou" / "pago"), a suspect
    /// held in two languages, one act in two languages ("payé" / "paid"); and the near cases
    /// (other words, two forms of one act in one language left to the stems) stay apart.
    #[test]
    fn kept_word_forms_answer_as_the_words_read_afresh() {
        let texts = [
            "Police did not find the boy; they found him later and he was not hurt.",
            "Nobody was injured and two men were arrested after the driver was killed.",
            "A família não pagou o resgate, mas foi pago um resgate depois.",
            "La famille n'a pas payé la rançon; the family paid the ransom.",
            "Un uomo è stato arrestato; zwei Männer wurden festgenommen, es gab Verletzte.",
            "El gobierno no pagará y se negó a pagar lo que pagó antes.",
        ];
        let preps: Vec<Prepared> = texts
            .iter()
            .map(|t| Prepared::new(t, Idf::builtin()))
            .collect();
        let (mut same, mut pairs) = (0, 0);
        for p in &preps {
            for q in &preps {
                for k in 0..p.tokens.len() {
                    for m in 0..q.tokens.len() {
                        let fresh = same_word(&p.tokens[k], &q.tokens[m]);
                        assert_eq!(same_word_few(p, k, q, m), fresh);
                        assert_eq!(
                            same_word_in(p, k, q, m),
                            fresh,
                            "{:?} / {:?}",
                            p.tokens[k].norm,
                            q.tokens[m].norm
                        );
                        pairs += 1;
                        same += usize::from(fresh && p.tokens[k].stem != q.tokens[m].stem);
                    }
                }
            }
        }
        assert!(pairs > 5_000 && same >= 8, "{same} of {pairs}");
        // Each kind, by the kept forms.
        let at = |p: &Prepared, w: &str| p.tokens.iter().position(|t| t.norm == w);
        let one = |x: (usize, &str), y: (usize, &str)| {
            let (p, q) = (&preps[x.0], &preps[y.0]);
            match (at(p, x.1), at(q, y.1)) {
                (Some(k), Some(m)) => same_word_in(p, k, q, m),
                _ => panic!("{x:?} / {y:?} not found"),
            }
        };
        assert!(one((0, "find"), (0, "found")));
        assert!(one((0, "hurt"), (1, "injured")));
        assert!(one((2, "pagou"), (2, "pago")));
        assert!(one((3, "payé"), (3, "paid")));
        assert!(one((1, "arrested"), (4, "festgenommen")));
        // Near cases: other words; a ransom is no payment.
        assert!(!one((0, "find"), (0, "boy")));
        assert!(!one((2, "pagou"), (2, "resgate")));
        assert!(!one((1, "killed"), (1, "arrested")));
        // The forms are read once per sentence and kept with its facts.
        assert!(preps[0].facts.word_forms.get().is_some());
        assert_eq!(word_forms(&preps[0]).len(), preps[0].tokens.len());
    }
}
