//! Quotation flags: the same quotation given in other words by two outlets ("We heard a
//! terrible crack" / "We heard a loud crack"). A fact-checker compares quotations word for
//! word; the sentence scores alone call such a pair the same fact.
//!
//! The two quotations (the insides of paired marks, [`super::part::quoted_parts`]; the
//! parts of an interrupted quotation together, without the "Kim said" between them) are
//! compared token by token, by stem: what stands between their common beginning and
//! common end differs.
//! Flagged when a word was replaced, or one added or dropped inside the quotation; a
//! quotation cut short at either end (one outlet quoting less) is not a discrepancy, nor
//! an editor's ellipsis or bracketed word, nor two quotations sharing less than half
//! their words (two different statements).

use super::flags::Ranges;
use super::prepared::Prepared;
use super::text::Token;

/// The tokens of `p` inside its quotation, when there are at least three.
fn quoted(p: &Prepared) -> Option<Vec<&Token>> {
    let (inside, _) = inside_and_outside(p)?;
    (inside.len() >= 3).then_some(inside)
}

/// The insides of the quotations of `p` ([`quotations`]), `None` without a quotation
/// mark: found once per sentence (`flags/facts.rs`), as the flags of every pair read them.
fn insides(p: &Prepared) -> Option<&[(usize, usize)]> {
    p.facts.quoted.get_or_init(|| quotations(p)).as_deref()
}

/// The tokens of `p` inside its quotation and those outside it (`None` without a
/// quotation mark).
fn inside_and_outside(p: &Prepared) -> Option<(Vec<&Token>, Vec<&Token>)> {
    let parts = insides(p)?;
    Some(
        p.tokens
            .iter()
            .partition(|t| parts.iter().any(|&(s, e)| t.start >= s && t.end <= e)),
    )
}

/// The insides of `p`'s quotations (code points, `part::quoted_parts`), `None` without a
/// quotation mark.
fn quotations(p: &Prepared) -> Option<Vec<(usize, usize)>> {
    // Most sentences hold no quotation: say so before collecting their characters.
    // Every opening mark `part::quoted_parts` pairs: double, single (British ‘…’, '…'),
    // German „…“ ‚…‘ »…«, Swedish ”…”, French « » ‹ ›, Chinese and Japanese 「」『』.
    if !p.text.contains([
        '"', '\'', '\u{201c}', '\u{201d}', '\u{201e}', '\u{2018}', '\u{201a}', '\u{ab}', '\u{bb}',
        '\u{2039}', '\u{300c}', '\u{300e}',
    ]) {
        return None;
    }
    let chars = crate::matcher::flags::chars_of(p);
    // Each quotation's inside: an attribution between the parts of an interrupted
    // quotation ("“…,” Kim said, “and …”") is no part of what was said, nor one inserted
    // between dashes ([`dashed_attribution`]).
    let parts = super::part::quoted_parts(chars);
    Some(
        parts
            .into_iter()
            .flat_map(|part| without_dashed(p, chars, part))
            .collect(),
    )
}

/// Whether code point `at` of `p` stands inside one of its quotations (the insides of
/// paired marks, as the quotation flag reads them, without an attribution set off by
/// dashes): a speech verb there is what was said, not who said it ("Landini: «Oggi il
/// Paese ha detto chiaramente che …»", "„Der Präsident sagte uns …“, sagte Müller").
/// Not a quotation opened by a straight mark right after a word or a comma: that mark
/// closes one begun in an earlier sentence ("… wrong," Smith said, "and …" holds no
/// quotation around "Smith said").
pub(crate) fn in_quotation(p: &Prepared, at: usize) -> bool {
    let Some(parts) = insides(p) else {
        return false;
    };
    let chars = crate::matcher::flags::chars_of(p);
    let opens = |s: usize| match s.checked_sub(1).and_then(|o| chars.get(o)) {
        Some('"') => {
            s < 2
                || chars.get(s - 2).is_some_and(|c| {
                    !c.is_alphanumeric() && !matches!(c, ',' | '.' | ';' | '!' | '?')
                })
        }
        _ => true,
    };
    parts.iter().any(|&(s, e)| s <= at && at < e && opens(s))
}

/// Dashes that set off an attribution inside a quotation: em and en dash.
const DASHES: &[char] = &['\u{2014}', '\u{2013}'];

/// The end (exclusive, code points) of an attribution inserted in a quotation at dash
/// `d` of `chars` and closed by the next dash, or by the end `end` of the quotation: the
/// first word after the dash is a speech verb ("«La situación es grave, —dijo el
/// alcalde—, pero no hay heridos»", "«Es grave —afirmó Pérez—»", Spanish dialogue marks;
/// trial 37). `None` for a dash that sets off what was said ("«Wir kommen — sofort»").
fn dashed_attribution(p: &Prepared, chars: &[char], d: usize, end: usize) -> Option<usize> {
    let verb = p.tokens.iter().find(|t| t.start > d)?;
    let speech =
        |w: &str| super::speakers::SPEECH.contains(&w) || super::lexicon::speech::is_foreign(w);
    if verb.start >= end || !speech(&verb.norm) {
        return None;
    }
    let close = (verb.end..end).find(|&k| chars.get(k).is_some_and(|c| DASHES.contains(c)));
    Some(close.map_or(end, |c| c + 1))
}

/// The quotation `(s, e)` of `p` without the attributions inserted in it between dashes
/// ([`dashed_attribution`]): the parts around them (code points).
fn without_dashed(p: &Prepared, chars: &[char], (s, e): (usize, usize)) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = s;
    let mut k = s;
    while k < e {
        let dash = chars.get(k).is_some_and(|c| DASHES.contains(c));
        match dash.then(|| dashed_attribution(p, chars, k, e)).flatten() {
            Some(after) => {
                if k > from {
                    out.push((from, k));
                }
                from = after;
                k = after;
            }
            None => k += 1,
        }
    }
    if e > from {
        out.push((from, e));
    }
    out
}

/// The fewest words of one quotation two sentences give word for word that make them a
/// strong candidate ([`same_quotation`]).
pub(crate) const SHARED_QUOTE_WORDS: usize = 4;

/// Whether `a` and `b` give one quotation word for word (by stem): their quotations'
/// words and numbers the same, at least [`SHARED_QUOTE_WORDS`] of them, two of them content
/// words ("ninguém esperava uma tragédia destas", told by two outlets with other
/// attributions: trial 42, E). Who said it is the speaker flag's to tell.
pub(crate) fn same_quotation(a: &Prepared, b: &Prepared) -> bool {
    // This runs for every scored pair below the score it lifts to: each sentence's
    // quotation words are read once (`flags/facts.rs`).
    let (Some((wa, ca)), Some((wb, _))) = (quotation_words(a), quotation_words(b)) else {
        return false;
    };
    wa.len() >= SHARED_QUOTE_WORDS && *ca >= 2 && wa == wb
}

/// The words of `p`'s quotations [`same_quotation`] compares: the stems of the words and
/// numbers inside them, in order, and how many of those are content words (not stop
/// words); `None` without a quotation mark. Read once per sentence.
fn quotation_words(p: &Prepared) -> Option<&(Box<[u64]>, usize)> {
    p.facts
        .quote_words
        .get_or_init(|| {
            let (inside, _) = inside_and_outside(p)?;
            let w: Vec<&Token> = inside
                .into_iter()
                .filter(|t| !matches!(t.kind, super::text::Kind::Vague))
                .filter(|t| t.norm.chars().any(char::is_alphanumeric))
                .collect();
            let content = w.iter().filter(|t| !t.stop).count();
            Some((w.iter().map(|t| t.stem).collect(), content))
        })
        .as_ref()
}

/// The differing stretch of the two quotations of `a` and `b`, if they are one quotation
/// told in other words (see the module docs), or two quotations in one frame
/// ([`in_one_frame`]). Ranges in code points of each sentence.
pub(crate) fn quote_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    word_for_word(a, b)
        .or_else(|| in_one_frame(a, b))
        .or_else(|| in_another_frame(a, b))
}

/// A word or two put in quotation marks ([`SHORT_QUOTE`]), told in another frame that
/// holds the same words in another order: 'The mayor said the town was "devastated" by
/// the flood.' / 'The flood left the town "shocked", the mayor said.' (trial 25, M7': 96
/// %, no flag; [`in_one_frame`] needs the frame word for word). The two quotations share
/// no word and are lower-case words (no name, title or number: "The Chin" / "Oddfather"),
/// and the words outside them (no stop words) share at least [`FRAME_WORDS`], three
/// quarters of either side's ("in intensive care as he continued his \"steady\" recovery"
/// / "could be kept in intensive care for \"several days\"" share fewer). The two
/// quotations' ranges.
fn in_another_frame(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let ((qa, fa), (qb, fb)) = (inside_and_outside(a)?, inside_and_outside(b)?);
    // A word or two of description: not a name or a title ("The Chin", "Catching Fire"),
    // nor a number.
    let short = |q: &[&Token]| {
        (1..=SHORT_QUOTE).contains(&q.len())
            && q.iter()
                .all(|t| t.kind == super::text::Kind::Word && !t.capital && !t.proper)
    };
    if !short(&qa) || !short(&qb) || qa.iter().any(|x| qb.iter().any(|y| x.stem == y.stem)) {
        return None;
    }
    let words = |f: &[&Token]| {
        let mut w: Vec<u64> = f.iter().filter(|t| !t.stop).map(|t| t.stem).collect();
        w.sort_unstable();
        w.dedup();
        w
    };
    let (wa, wb) = (words(&fa), words(&fb));
    let shared = wa.iter().filter(|x| wb.contains(x)).count();
    if shared < FRAME_WORDS || 4 * shared < 3 * wa.len().max(wb.len()) {
        return None;
    }
    let range = |q: &[&Token]| (q[0].start, q[q.len() - 1].end);
    Some((range(&qa), range(&qb)))
}

/// The fewest words outside the quotation that make a frame ([`in_one_frame`]): "the
/// mayor said" is three.
const FRAME_WORDS: usize = 3;

/// The most words of a quotation read as a word or two put in quotation marks
/// ("devastated", "a disaster"), compared in one frame whatever the other holds.
const SHORT_QUOTE: usize = 2;

/// Two quotations told in one frame, word for word the same outside the quotation marks
/// (by stem, at least [`FRAME_WORDS`] words: the same speaker on the same occasion), whose
/// words differ inside them, however short or however little they share: the town was
/// "devastated" / "shocked", "We will rebuild this town," the mayor said after the flood
/// / "We will never give up," the mayor said after the flood (trial 24, M11: a quotation
/// of one or two words, or two sharing less than half their words, went unflagged at
/// 84-100 %). Gives the stretches between their common beginning and end; `None` when
/// one quotation holds the other (one outlet quotes less), or two quotations longer than
/// [`SHORT_QUOTE`] share no word (two statements of one speaker).
fn in_one_frame(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let ((qa, fa), (qb, fb)) = (inside_and_outside(a)?, inside_and_outside(b)?);
    let same_frame = fa.len() >= FRAME_WORDS
        && fa.len() == fb.len()
        && fa.iter().zip(&fb).all(|(x, y)| x.stem == y.stem);
    if !same_frame || qa.is_empty() || qb.is_empty() {
        return None;
    }
    // Two longer quotations with no word in common are two statements ("It's going to
    // happen" / "That really affects the companies"); a word or two in quotation marks
    // stands for a statement either way.
    let shares = qa.iter().any(|x| qb.iter().any(|y| x.stem == y.stem));
    if !shares && qa.len().min(qb.len()) > SHORT_QUOTE {
        return None;
    }
    let (prefix, suffix) = common_ends(&qa, &qb);
    if prefix + suffix >= qa.len().min(qb.len()) {
        return None;
    }
    let range = |q: &[&Token]| (q[prefix].start, q[q.len() - suffix - 1].end);
    Some((range(&qa), range(&qb)))
}

/// How many tokens two quotations share at their beginning and, after it, at their end
/// (by stem).
fn common_ends(qa: &[&Token], qb: &[&Token]) -> (usize, usize) {
    let shorter = qa.len().min(qb.len());
    let prefix = qa
        .iter()
        .zip(qb)
        .take_while(|(x, y)| same_wording(x, y))
        .count();
    let suffix = qa
        .iter()
        .rev()
        .zip(qb.iter().rev())
        .take(shorter - prefix)
        .take_while(|(x, y)| same_wording(x, y))
        .count();
    (prefix, suffix)
}

/// Whether two tokens of two quotations are one word as quoted: one stem, and for the
/// pronouns that share a stem as synonyms (`lexicon::pronouns`: "No one" / "Nobody") the
/// same word, so the flag shows "No one ≠ Nobody".
fn same_wording(x: &Token, y: &Token) -> bool {
    x.stem == y.stem && (x.norm == y.norm || !super::lexicon::pronouns::is_grouped(x.stem))
}

/// Whether `a` and `b` give one quotation: each holds one of at least three tokens, and
/// the two share their beginning and end for at least half the shorter (word for word or
/// told in other words, as [`word_for_word`] reads them). Its place is then one place
/// told by two outlets (`flags/places.rs`).
pub(crate) fn one_quotation(a: &Prepared, b: &Prepared) -> bool {
    let (Some(qa), Some(qb)) = (quoted(a), quoted(b)) else {
        return false;
    };
    let (prefix, suffix) = common_ends(&qa, &qb);
    2 * (prefix + suffix) >= qa.len().min(qb.len())
}

/// One quotation told in other words (see the module docs).
fn word_for_word(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (qa, qb) = (quoted(a)?, quoted(b)?);
    let shorter = qa.len().min(qb.len());
    let (prefix, suffix) = common_ends(&qa, &qb);
    if 2 * (prefix + suffix) < shorter {
        return None; // two different statements
    }
    let (ma, mb) = (prefix..qa.len() - suffix, prefix..qb.len() - suffix);
    if ma.is_empty() && mb.is_empty() {
        return None; // the same words
    }
    if contraction(&qa, &ma, b, &qb, &mb) || contraction(&qb, &mb, a, &qa, &ma) {
        return None; // "We are" / "We're": the same words
    }
    // An editor's ellipsis or bracketed word ("crack ... the deck", "the [Rhone] river")
    // marks the quotation as edited, not misquoted.
    let between = |p: &Prepared, q: &[&Token], m: &std::ops::Range<usize>| -> String {
        let s = if m.start == 0 { 0 } else { q[m.start - 1].end };
        let e = q.get(m.end).map_or(p.text.chars().count(), |t| t.start);
        p.text.chars().skip(s).take(e.saturating_sub(s)).collect()
    };
    let edited = |t: String| t.contains('\u{2026}') || t.contains("...") || t.contains('[');
    if edited(between(a, &qa, &ma)) || edited(between(b, &qb, &mb)) {
        return None;
    }
    let inside = prefix > 0 && suffix > 0;
    if (ma.is_empty() || mb.is_empty()) && !inside {
        return None; // one outlet quotes less
    }
    // A word added or dropped shows with its neighbours ("a crack" / "a loud crack").
    let widen = |m: std::ops::Range<usize>, len: usize| {
        if ma.is_empty() || mb.is_empty() {
            m.start.saturating_sub(1)..(m.end + 1).min(len)
        } else {
            m
        }
    };
    let (ra, rb) = (widen(ma.clone(), qa.len()), widen(mb.clone(), qb.len()));
    let range = |q: &[&Token], r: std::ops::Range<usize>| (q[r.start].start, q[r.end - 1].end);
    Some((range(&qa, ra), range(&qb, rb)))
}

/// Words a contraction stands for after the word it is written onto ("we're", "it's",
/// "they've", "I'll", "she'd"): the tokeniser keeps only that word ("we").
const CONTRACTED: &[&str] = &["are", "am", "is", "have", "has", "will", "would", "had"];

/// Whether the stretch `m` of quotation `q` is only words a contraction of the
/// other quotation `oq` (of `o`) holds, its stretch `om` empty: "We are not" / "We're not"
/// (`m` = "are", written "'re" on "We").
fn contraction(
    q: &[&Token],
    m: &std::ops::Range<usize>,
    o: &Prepared,
    oq: &[&Token],
    om: &std::ops::Range<usize>,
) -> bool {
    if !om.is_empty() || m.is_empty() || om.start == 0 || m.len() > 1 {
        return false;
    }
    let word = &oq[om.start - 1];
    let written: String = o
        .text
        .chars()
        .skip(word.start)
        .take(word.end - word.start)
        .collect();
    CONTRACTED.contains(&q[m.start].norm.as_str()) && written.contains(['\'', '\u{2019}'])
}

#[cfg(test)]
mod tests {
    use super::*;
    fn conflict(a: &str, b: &str) -> Option<(String, String)> {
        crate::matcher::flags::flagged_texts(quote_conflict, a, b)
    }

    #[test]
    fn a_word_in_quotation_marks_in_another_frame_is_compared() {
        assert_eq!(
            conflict(
                "The mayor said the town was \"devastated\" by the flood.",
                "The flood left the town \"shocked\", the mayor said."
            ),
            Some(("devastated".into(), "shocked".into()))
        );
        for (a, b) in [
            // The same word quoted.
            (
                "The mayor said the town was \"devastated\" by the flood.",
                "The flood left the town \"devastated\", the mayor said.",
            ),
            // Another frame with few words in common: another statement.
            (
                "The mayor said the town was \"devastated\" by the flood.",
                "Residents called the new bridge \"a disgrace\" on Monday.",
            ),
            // A name or a title in quotation marks, or frames sharing under three quarters.
            (
                "Mob boss 'Oddfather' dies in prison at 77",
                "Mob boss Vincent \"The Chin\" Gigante died in prison at 77, officials said.",
            ),
            (
                "Ozzy Osbourne was in intensive care today as he continued his \"steady\" recovery from a quad bike accident.",
                "Ozzy Osbourne could be kept in intensive care for \"several days\" following his quad bike accident, his doctor said.",
            ),
            // Longer quotations are compared word for word only.
            (
                "\"We are devastated,\" the mayor said of the flood.",
                "The flood left the town \"shocked beyond words\", the mayor said.",
            ),
        ] {
            assert_eq!(conflict(a, b), None, "{a} / {b}");
            assert_eq!(conflict(b, a), None, "{b} / {a}");
        }
    }

    #[test]
    fn quotations_in_single_and_german_marks_are_compared_too() {
        assert_eq!(
            conflict(
                "\u{2018}We heard a terrible crack and then the deck fell,\u{2019} Dubois said.",
                "\u{2018}We heard a loud crack and then the deck fell,\u{2019} said Marie Dubois."
            ),
            Some(("terrible".into(), "loud".into()))
        );
        assert_eq!(
            conflict(
                "Dubois sagte: \u{bb}Wir hörten ein schreckliches Krachen und dann fiel die Brücke.\u{ab}",
                "Dubois sagte: \u{bb}Wir hörten ein lautes Krachen und dann fiel die Brücke.\u{ab}"
            ),
            Some(("schreckliches".into(), "lautes".into()))
        );
    }

    /// Trial 11: "We are" / "We're" was flagged while "do not" / "don't" was quiet.
    #[test]
    fn a_contraction_is_the_same_words() {
        for (a, b) in [
            (
                "\"We are not going to surrender,\" he said.",
                "\"We're not going to surrender,\" he said.",
            ),
            (
                "\"It is a sad day for the town,\" he said.",
                "\"It\u{2019}s a sad day for the town,\" he said.",
            ),
            (
                "\"I don't want to go back,\" she said.",
                "\"I do not want to go back,\" she said.",
            ),
        ] {
            assert_eq!(conflict(a, b), None, "{a} / {b}");
            assert_eq!(conflict(b, a), None, "{b} / {a}");
        }
        assert_eq!(
            conflict(
                "\"We are not going to surrender,\" he said.",
                "\"We will not going to surrender,\" he said."
            ),
            Some(("are".into(), "will".into()))
        );
    }

    #[test]
    fn a_quotation_in_other_words_is_flagged() {
        assert_eq!(
            conflict(
                "\"We heard a terrible crack and then the deck fell,\" said Marie Dubois.",
                "\u{201c}We heard a loud crack and then the deck fell,\u{201d} Dubois said."
            ),
            Some(("terrible".into(), "loud".into()))
        );
        assert_eq!(
            conflict(
                "He said: \"We will rebuild the bridge within two years.\"",
                "He said: \"We will rebuild the bridge within three years.\""
            ),
            Some(("two".into(), "three".into()))
        );
        // A word dropped inside the quotation, shown with its neighbours.
        assert_eq!(
            conflict(
                "\"We heard a crack and then the deck fell,\" she said.",
                "\"We heard a loud crack and then the deck fell,\" she said."
            ),
            Some(("a crack".into(), "a loud crack".into()))
        );
    }

    #[test]
    fn the_same_words_a_shorter_quotation_or_another_statement_is_no_conflict() {
        let q = "\"We will rebuild the bridge within two years,\" Martin said.";
        assert_eq!(
            conflict(
                q,
                "\"We will rebuild the bridge within two years,\" the mayor said."
            ),
            None
        );
        // Case and inflection aside: the same words.
        assert_eq!(
            conflict(
                q,
                "Martin said: \"we will rebuild the bridge within two year.\""
            ),
            None
        );
        // One outlet quotes less.
        assert_eq!(
            conflict(q, "\"We will rebuild the bridge,\" Martin said."),
            None
        );
        // An editor's ellipsis or brackets.
        assert_eq!(
            conflict(
                "\"We heard a crack and then the whole deck fell,\" she said.",
                "\"We heard a crack ... the whole deck fell,\" she said."
            ),
            None
        );
        assert_eq!(
            conflict(
                "\"The car fell into the river and sank,\" she said.",
                "\"The car fell into the [Rhone] river and sank,\" she said."
            ),
            None
        );
        // Another statement.
        assert_eq!(
            conflict(q, "\"The river is too high to dive today,\" a diver said."),
            None
        );
        // No quotation on one side.
        assert_eq!(
            conflict(
                q,
                "Martin said the bridge would be rebuilt within two years."
            ),
            None
        );
    }

    #[test]
    fn two_quotations_in_one_frame_are_flagged_however_short_or_unlike() {
        assert_eq!(
            conflict(
                "\"We will rebuild this town,\" the mayor said after the flood.",
                "\"We will never give up,\" the mayor said after the flood."
            ),
            Some(("rebuild this town".into(), "never give up".into()))
        );
        assert_eq!(
            conflict(
                "The mayor said the town was \"devastated\".",
                "The mayor said the town was \"shocked\"."
            ),
            Some(("devastated".into(), "shocked".into()))
        );
        // Another frame (another speaker), one quotation holding the other, or two
        // statements with no word in common: no flag.
        assert_eq!(
            conflict(
                "\"It's going to happen,\" said Jim Santangelo of the union.",
                "\"That really affects the companies,\" said Jim Santangelo of the union."
            ),
            None
        );
        assert_eq!(
            conflict(
                "The mayor said the town was \"devastated\".",
                "A resident said the town was \"shocked\"."
            ),
            None
        );
        assert_eq!(
            conflict(
                "The mayor said the town was \"devastated\".",
                "The mayor said the town was \"utterly devastated\"."
            ),
            None
        );
    }

    /// Trial 19: a quotation interrupted by its attribution ("…,” Kim said, “and …”)
    /// was flagged against the same words quoted whole, the attribution taken for words
    /// of the quotation.
    #[test]
    fn an_interrupted_quotation_is_the_same_quotation() {
        let whole =
            "\"We will never accept this provocation and we will respond in kind,\" Kim said.";
        for (a, b) in [
            (whole, "\"We will never accept this provocation,\" Kim said, \"and we will respond in kind.\""),
            (whole, "\"We will never accept this provocation,\" he said, \"and we will respond in kind.\""),
            (
                "\"The situation is very serious and we are watching closely,\" the minister said.",
                "\"The situation is very serious,\" the minister told reporters on Monday, \"and we are watching closely.\"",
            ),
            (
                "\u{201e}Wir werden diese Provokation niemals hinnehmen und entsprechend reagieren\u{201c}, sagte Kim.",
                "\u{201e}Wir werden diese Provokation niemals hinnehmen\u{201c}, sagte Kim, \u{201e}und entsprechend reagieren.\u{201c}",
            ),
            (
                "\u{ab} Nous ne tol\u{e9}rerons jamais cette provocation et nous r\u{e9}pondrons \u{bb}, a d\u{e9}clar\u{e9} Kim.",
                "\u{ab} Nous ne tol\u{e9}rerons jamais cette provocation \u{bb}, a d\u{e9}clar\u{e9} Kim, \u{ab} et nous r\u{e9}pondrons. \u{bb}",
            ),
            (
                "\"We are ready,\" said Kim, \"to respond in kind.\"",
                "\"We are ready to respond in kind,\" said Kim.",
            ),
        ] {
            assert_eq!(conflict(a, b), None, "{a} / {b}");
            assert_eq!(conflict(b, a), None, "{b} / {a}");
        }
        // Other words, interrupted or not, are still flagged.
        assert_eq!(
            conflict(
                whole,
                "\"We will always accept this provocation,\" Kim said, \"and we will respond in kind.\""
            ),
            Some(("never".into(), "always".into()))
        );
        assert!(conflict(
            "\"The soldier is in stable condition,\" the doctor said, \"and should recover.\"",
            "\"The soldier is in critical condition,\" the doctor said, \"and may not recover.\""
        )
        .is_some());
    }

    #[test]
    fn ranges_are_code_points() {
        assert_eq!(
            conflict(
                "Ümit 😀 said: \"It was a terrible crack indeed.\"",
                "Ümit said: \"It was a loud crack indeed.\""
            ),
            Some(("terrible".into(), "loud".into()))
        );
    }
}
