//! A claim span that holds only a clause of its sentence keeps its parallel (trial 32, F1):
//! "Four workers were killed and 11 others injured" labelled out of "..., police said,
//! after the blast at the plant on Tuesday." must rank the other outlet's "Three people
//! died and 11 were hurt in the explosion." first, in a band the user reads as a match,
//! as its whole sentence does; a clause that holds none of what a sentence shares with
//! the other article is not lifted by it (`corpus/clause.rs`).

use parallax::matcher::align::PROBABLY_SAME;
use parallax::matcher::Corpus;

const A: &str = "Explosion at chemical plant kills four
Four workers were killed and 11 others injured, police said, after the blast at the Westfield chemical plant on Tuesday.
The explosion happened shortly after 9 a.m. in a storage building, according to fire officials.
Firefighters needed three hours to put out the blaze.
The plant's owner, Norchem, said it was cooperating with investigators.
Residents within a mile were told to stay indoors.
";

const B: &str = "Deadly blast at Westfield chemical plant
Three people died and 11 were hurt in the explosion at the Westfield plant on Tuesday.
The blast at the Norchem plant in Westfield on Tuesday morning shook homes across the town.
Fire crews fought the blaze for three hours.
Norchem said it was working with investigators to find the cause.
People living nearby were asked to keep their windows shut.
";

/// Code-point range of the first occurrence of `part` in `text`.
fn range(text: &str, part: &str) -> (usize, usize) {
    let at = text
        .find(part)
        .unwrap_or_else(|| panic!("{part:?} not in the text"));
    let s = text[..at].chars().count();
    (s, s + part.chars().count())
}

/// The text of code points `s..e` of `text`.
fn slice(text: &str, (s, e): (usize, usize)) -> String {
    text.chars().skip(s).take(e - s).collect()
}

#[test]
fn a_clause_ranks_its_parallel_first_in_a_matching_band() {
    let corpus = Corpus::new(&[A, B]);
    let parallel = range(
        B,
        "Three people died and 11 were hurt in the explosion at the Westfield plant on Tuesday.",
    );
    let sentence = range(
        A,
        "Four workers were killed and 11 others injured, police said, after the blast at the Westfield chemical plant on Tuesday.",
    );
    let whole = corpus.ranked(0, sentence.0, sentence.1, 3);
    for clause in [
        "Four workers were killed and 11 others injured",
        "Four workers were killed and 11 others injured, police said",
    ] {
        let (s, e) = range(A, clause);
        let got = corpus.ranked(0, s, e, 3);
        let first = got.first().expect("suggestions for the clause");
        assert_eq!(
            (first.start, first.end),
            parallel,
            "{clause:?}: first {:?} ({}), whole sentence {:?}",
            slice(B, (first.start, first.end)),
            first.score,
            whole
        );
        assert!(
            first.score >= PROBABLY_SAME,
            "{clause:?}: {}, whole sentence {whole:?}",
            first.score
        );
        // The card's score is the same whichever way it is asked.
        let card = corpus
            .score_ranges((0, s, e), (1, parallel.0, parallel.1))
            .expect("valid ranges");
        assert!(
            (card.score - first.score).abs() < 1e-9,
            "{} {}",
            card.score,
            first.score
        );
        let back = corpus
            .score_ranges((1, parallel.0, parallel.1), (0, s, e))
            .expect("valid ranges");
        assert!(
            (back.score - first.score).abs() < 1e-9,
            "{} {}",
            back.score,
            first.score
        );
    }
}

#[test]
fn a_clause_without_the_shared_words_is_not_lifted_by_its_sentence() {
    // "after the blast at the Westfield chemical plant on Tuesday" is what the sentence
    // shares with B's second sentence; the clause about the dead and injured holds none of
    // it, so that pair keeps the clause's own score.
    let corpus = Corpus::new(&[A, B]);
    let (s, e) = range(A, "Four workers were killed and 11 others injured");
    let other = range(
        B,
        "The blast at the Norchem plant in Westfield on Tuesday morning shook homes across the town.",
    );
    let sentence = range(
        A,
        "Four workers were killed and 11 others injured, police said, after the blast at the Westfield chemical plant on Tuesday.",
    );
    let clause = corpus
        .score_ranges((0, s, e), (1, other.0, other.1))
        .expect("valid ranges")
        .score;
    let whole = corpus
        .score_ranges((0, sentence.0, sentence.1), (1, other.0, other.1))
        .expect("valid ranges")
        .score;
    assert!(clause < whole, "clause {clause}, sentence {whole}");
    assert!(clause < PROBABLY_SAME, "{clause}");
}

/// The Rotterdam fire told by two outlets (trial 33's inputs): each tells the injured
/// firefighters' condition in words the other does not use.
const FIRE_A: &str = include_str!("fixtures/clauses/rotterdam_a.txt");
const FIRE_B: &str = include_str!("fixtures/clauses/rotterdam_b.txt");

#[test]
fn a_claim_gets_its_parallel_told_in_other_words_as_a_suggestion() {
    // Trial 33, F2: the clause shares no word with its parallel, only the fact (the
    // condition of the injured); a candidate must share a word, so it was never scored.
    let corpus = Corpus::new(&[FIRE_A, FIRE_B]);
    let parallel = range(
        FIRE_B,
        "One of them is in serious condition, a spokeswoman for the Erasmus hospital said.",
    );
    let (s, e) = range(FIRE_A, "None of their injuries were life-threatening");
    let got = corpus.ranked(0, s, e, 3);
    let card = got
        .iter()
        .find(|r| (r.start, r.end) == parallel)
        .unwrap_or_else(|| panic!("the parallel among the cards: {got:?}"));
    assert!(card.score > 0.0);
    // And the other way round, from B's clause.
    let parallel = range(
        FIRE_A,
        "None of their injuries were life-threatening, according to a hospital spokeswoman.",
    );
    let (s, e) = range(FIRE_B, "One of them is in serious condition");
    let got = corpus.ranked(1, s, e, 3);
    assert!(
        got.iter().any(|r| (r.start, r.end) == parallel),
        "the parallel among the cards: {got:?}"
    );
}
