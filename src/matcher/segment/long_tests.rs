//! Tests of runs too long to be a sentence (`segment/long.rs`, trial 28 F13): cut into
//! pieces of at most `SENTENCE_MAX` code points, at a clause mark or a space, with exact
//! code point ranges; sentences of news length are never cut.
use super::*;

/// `n` words of "word{i}" separated by single spaces, with a comma after every 40th.
fn words(n: usize) -> String {
    (0..n)
        .map(|i| {
            if i % 40 == 39 {
                format!("wörd{i},")
            } else {
                format!("wörd{i}")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The sentences of `text` as strings (`tests.rs`).
fn pieces(text: &str) -> Vec<String> {
    super::tests::sentences(text)
}

#[test]
fn a_run_with_no_stop_is_cut_into_pieces_at_clause_marks() {
    let run = words(3000);
    let text = format!("Headline\n\n{run}\nA last sentence.");
    let got = segment(&text);
    let chars: Vec<char> = text.chars().collect();
    assert!(got.len() > 3, "{}", got.len());
    assert!(got.iter().all(|&(s, e)| e - s <= SENTENCE_MAX && s < e));
    // The pieces cover the run word for word, in order, and none splits a word.
    let middle: Vec<String> = got[1..got.len() - 1]
        .iter()
        .map(|&(s, e)| chars[s..e].iter().collect())
        .collect();
    assert_eq!(middle.join(" "), run);
    // Each piece but the last ends after a comma (there is one in every half window).
    assert!(middle[..middle.len() - 1].iter().all(|p| p.ends_with(',')));
    assert_eq!(
        pieces(&text).last().map(String::as_str),
        Some("A last sentence.")
    );
    assert_eq!(longest_cut(&text), Some(run.chars().count()));
}

#[test]
fn a_run_without_commas_is_cut_at_spaces_and_one_without_spaces_at_the_limit() {
    let run = "alpha beta gamma ".repeat(200);
    let got = pieces(run.trim());
    assert!(got.len() >= 3);
    assert!(got.iter().all(|p| p.chars().count() <= SENTENCE_MAX));
    assert_eq!(got.join(" "), run.trim());
    // No space at all (Chinese with no stop): cut at the limit, nothing lost.
    let han = "地震".repeat(1500);
    let got = pieces(&han);
    assert_eq!(got.len(), 3);
    assert_eq!(got[0].chars().count(), SENTENCE_MAX);
    assert_eq!(got.concat(), han);
}

#[test]
fn sentences_of_news_length_are_never_cut() {
    // A long sentence (about 600 code points) and a long quotation stay whole.
    let long = format!("The minister said {} before leaving.", words(90));
    let text = format!("{long} \"The {}.\" Then it rained.", words(80));
    assert!(long.chars().count() > 500);
    let got = pieces(&text);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0], long);
    assert_eq!(longest_cut(&text), None);
    assert_eq!(longest_cut("Short."), None);
}
