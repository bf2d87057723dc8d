//! Stock-market mentions: a city named as the market where a company's shares trade
//! ("ASML shares fell 3% in Amsterdam", "listed in New York", "before the opening bell in
//! New York", "de beurs van Amsterdam", "an der Frankfurter Börse") names no place of the
//! event. Two reports of two quarters of one company both name its market; a report of
//! a deal names the buyer's market, and the report of another deal the other's (trial 42,
//! A1 and F8): such a name is neither a place the two articles share nor a side's place.
//! Positions are code points.

use crate::matcher::features::Prepared;
use crate::matcher::lexicon::markets::MARKET_WORDS;
use crate::matcher::text::{Kind, Token};

/// How many tokens before a name a market word may stand ("shares fell 8 % in
/// Amsterdam": four).
const WINDOW: usize = 6;

/// The longest small word (a preposition or an article: "in", "on", "van", "op", "der",
/// "di", "em") that may stand right before a market's name, in code points.
const LINK: usize = 3;

/// Whether `t` is one of [`MARKET_WORDS`].
fn market_word(t: &Token) -> bool {
    t.kind == Kind::Word && MARKET_WORDS.contains(&t.norm.as_str())
}

/// The spans (code points, end exclusive) of the names `p` gives as a stock market's
/// place: a run of capitalised words right after a small lower-case word with a market
/// word at most [`WINDOW`] tokens before the run ("shares fell 8% in Amsterdam",
/// "beurs van Amsterdam"; a place the gazetteer knows), or right before a market word ("Frankfurter Börse", "the
/// Amsterdam stock exchange"). Not the sentence's first word.
pub(in crate::matcher::flags) fn market_names(p: &Prepared) -> Vec<(usize, usize)> {
    let toks = &p.tokens;
    let name = |t: &Token| t.capital && t.kind == Kind::Word;
    let mut out = Vec::new();
    let mut k = 1;
    while k < toks.len() {
        if !name(&toks[k]) {
            k += 1;
            continue;
        }
        let mut e = k;
        while toks.get(e + 1).is_some_and(name) {
            e += 1;
        }
        let next = e + 1;
        // A market word closing the run is no part of the name ("Frankfurter Börse", "New
        // York Stock Exchange").
        while e > k && market_word(&toks[e]) {
            e -= 1;
        }
        let link = &toks[k - 1];
        let after_link = !link.capital
            && link.kind == Kind::Word
            && link.norm.chars().count() <= LINK
            && toks[k.saturating_sub(WINDOW + 1)..k - 1]
                .iter()
                .any(market_word);
        let before_market = toks.get(e + 1).is_some_and(market_word);
        // After a link, only a place the gazetteer knows ("shares in Helixa" names a
        // company).
        let place = || {
            let words: Vec<&str> = toks[k..=e].iter().map(|t| t.norm.as_str()).collect();
            !crate::matcher::flags::gazetteer::readings(&words.join(" ")).is_empty()
        };
        if before_market || (after_link && place()) {
            out.push((toks[k].start, toks[e].end));
        }
        k = next;
    }
    out
}

/// [`market_names`] of `p`, read once per sentence (`flags/facts.rs`): the two-events
/// rule blanks the markets of every sentence of an article for each place it looks for
/// (`market_only`) and for the lead's and the article's words.
fn markets_of(p: &Prepared) -> &[(usize, usize)] {
    p.facts.markets.get_or_init(|| market_names(p))
}

/// The text of `p` with the names of its stock markets ([`market_names`]) blanked, for
/// reading the places it names: "ASML shares fell 8% in  on Wednesday".
pub(in crate::matcher::flags) fn without_markets(p: &Prepared) -> std::borrow::Cow<'_, str> {
    let spans = markets_of(p);
    if spans.is_empty() {
        return std::borrow::Cow::Borrowed(&p.text);
    }
    let text: String = p
        .text
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if spans.iter().any(|&(s, e)| (s..e).contains(&i)) {
                ' '
            } else {
                c
            }
        })
        .collect();
    std::borrow::Cow::Owned(text)
}

/// Whether `p` names `name` (lower case, as the gazetteer reads it: "new york", "zurich")
/// only as a stock market's place ([`market_names`]): its words are in the sentence, and
/// not once the markets are blanked. A name the sentence does not write as such (an
/// alias, "U.N." of "United Nations") is no market's. Diacritics are folded on both sides
/// ("Zürich").
pub(in crate::matcher::flags) fn market_only(p: &Prepared, name: &str) -> bool {
    let text = without_markets(p);
    if matches!(text, std::borrow::Cow::Borrowed(_)) {
        return false;
    }
    let fold = |s: &str| super::evidence::words(&crate::matcher::flags::names::fold_diacritics(s));
    let name = fold(name);
    super::evidence::names_words(&[fold(&p.text)], &name)
        && !super::evidence::names_words(&[fold(&text)], &name)
}

#[cfg(test)]
mod tests {
    use super::{market_names, market_only, without_markets};
    use crate::matcher::features::Idf;
    use crate::matcher::features::Prepared;

    fn names(text: &str) -> Vec<String> {
        let p = Prepared::new(text, Idf::builtin());
        let chars: Vec<char> = p.text.chars().collect();
        market_names(&p)
            .into_iter()
            .map(|(s, e)| chars[s..e].iter().collect())
            .collect()
    }

    #[test]
    fn a_stock_markets_city_is_read_in_several_languages() {
        assert_eq!(
            names("ASML shares fell 8% in Amsterdam on Wednesday."),
            ["Amsterdam"]
        );
        assert_eq!(names("The company is listed in New York."), ["New York"]);
        assert_eq!(
            names("Het aandeel Philips daalde op de beurs van Amsterdam 2 procent."),
            ["Amsterdam"]
        );
        assert_eq!(
            names("Die Aktie verlor an der Frankfurter Börse 3 Prozent."),
            ["Frankfurter"]
        );
    }

    #[test]
    fn a_place_of_the_story_or_a_company_after_shares_is_no_market() {
        // The place of the event, no market word before it.
        assert!(names("A fire broke out at a warehouse in Amsterdam on Wednesday.").is_empty());
        // A company after "shares in": the gazetteer knows no such place.
        assert!(names("Shares in Helixa rose 35 per cent.").is_empty());
        let p = Prepared::new(
            "Veltra shares fell 2% in Amsterdam after it cut jobs in Eindhoven.",
            Idf::builtin(),
        );
        assert!(market_only(&p, "amsterdam"));
        assert!(!market_only(&p, "eindhoven"));
    }

    /// The markets of a sentence are read once (`flags/facts.rs`) and shared by its clones
    /// (the corpus explains weighed copies): the cached spans are [`market_names`]'s, and
    /// the text with them blanked is the same read through the cache, a clone or afresh;
    /// a sentence with no market keeps its own text, and an empty list is kept for it.
    #[test]
    fn markets_are_read_once_per_sentence_and_shared_by_clones() {
        let idf = Idf::builtin();
        let text = "Veltra shares fell 2% in Amsterdam after it cut jobs in Eindhoven.";
        let p = Prepared::new(text, idf);
        assert!(p.facts.markets.get().is_none());
        let blanked = without_markets(&p).into_owned();
        assert_eq!(
            blanked,
            "Veltra shares fell 2% in           after it cut jobs in Eindhoven."
        );
        assert_eq!(p.facts.markets.get(), Some(&market_names(&p)));
        let clone = p.clone();
        assert!(clone.facts.markets.get().is_some());
        assert_eq!(without_markets(&clone), blanked);
        assert_eq!(without_markets(&Prepared::new(text, idf)), blanked);
        // No market: the text itself, borrowed, and the empty list kept.
        let q = Prepared::new("A fire broke out at a warehouse in Amsterdam.", idf);
        assert!(matches!(without_markets(&q), std::borrow::Cow::Borrowed(_)));
        assert_eq!(q.facts.markets.get().map(Vec::len), Some(0));
        // Near case: a market word with no place after it names no market.
        let r = Prepared::new("Veltra shares fell 2% on Wednesday.", idf);
        assert_eq!(without_markets(&r), r.text.as_str());
    }
}
