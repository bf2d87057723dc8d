//! Tests of what a pair's score reads of attribution frames (`corpus/statement.rs`,
//! `align::statement_features`): the words of a frame ("according to X", "X said", "selon
//! X", "teilte X mit", "según X", "secondo X") never make a match by themselves, whether
//! the statement is long enough to be scored alone or is scored with its frame (trial 35,
//! F1).

use super::*;
use crate::matcher::align::{PROBABLY_SAME, RELATED};

/// The score of sentence `i` of `a` against sentence `j` of `b`, in a corpus of the two.
fn score(a: &str, b: &str, i: usize, j: usize) -> f64 {
    let corpus = Corpus::new(&[a, b]);
    let ((sa, ea), (sb, eb)) = (corpus.sentences(0)[i], corpus.sentences(1)[j]);
    corpus
        .score_ranges((0, sa, ea), (1, sb, eb))
        .map_or(0.0, |s| s.score)
}

/// Two articles of one story: three shared context sentences, then `x` in the first and
/// `y` in the second (sentence 3 of each).
fn story(context: [&str; 3], x: &str, y: &str) -> (String, String) {
    let [c0, c1, c2] = context;
    (
        format!("{c0}\n\n{c1}\n\n{c2}\n\n{x}\n"),
        format!("{c0}\n\n{c1}\n\n{c2}\n\n{y}\n"),
    )
}

/// The score of `x` against `y` told as sentence 3 of two articles of the story `context`
/// ([`story`]).
fn story_score(context: [&str; 3], x: &str, y: &str) -> f64 {
    let (a, b) = story(context, x, y);
    score(&a, &b, 3, 3)
}

/// Asserts that each pair `(x, y)` told in the story `context` ([`story_score`]) scores
/// `floor` or more.
#[track_caller]
fn scores_at_least(context: [&str; 3], pairs: &[(&str, &str)], floor: f64) {
    for &(x, y) in pairs {
        let p = story_score(context, x, y);
        assert!(p >= floor, "{p:.3} for {x:?} / {y:?}");
    }
}

/// Asserts that each pair `(x, y)` told in the story `context` ([`story_score`]) scores
/// below `ceiling`.
#[track_caller]
fn scores_below(context: [&str; 3], pairs: &[(&str, &str)], ceiling: f64) {
    for &(x, y) in pairs {
        let p = story_score(context, x, y);
        assert!(p < ceiling, "{p:.3} for {x:?} / {y:?}");
    }
}

const QUAKE: [&str; 3] = [
    "A strong earthquake struck the mountains late on Wednesday, killing at least 38 people.",
    "Hundreds of houses collapsed in remote villages.",
    "The king ordered the army to help the rescue effort.",
];

/// (language, a sentence whose words meet only the other's frame, a sentence with a short
/// statement and that frame) in each language the frame reader knows. Before the frames
/// were read apart (main at session 33), these pairs scored 0.56-0.84, all but Spanish
/// "same fact" or close to it.
const FRAME_ONLY: &[(&str, &str, &str)] = &[
    (
        "en, according to X",
        "Rescue teams from the civil protection service worked through the night with sniffer dogs.",
        "Nine people remain missing, according to the civil protection service.",
    ),
    (
        "en, X said",
        "Engineers from the regional water authority inspected the old dam overnight.",
        "Two bridges collapsed, the regional water authority said.",
    ),
    (
        "fr, selon X",
        "Les équipes de la sécurité civile ont travaillé toute la nuit avec des chiens.",
        "Neuf personnes manquent, selon la sécurité civile.",
    ),
    (
        "de, teilte X mit",
        "Der Zivilschutz der Provinz Azilal schickte in der Nacht Helfer mit Suchhunden.",
        "Neun Menschen werden vermisst, teilte der Zivilschutz der Provinz Azilal mit.",
    ),
    (
        "es, según X",
        "Los equipos de la protección civil trabajaron toda la noche con perros.",
        "Nueve personas siguen desaparecidas, según la protección civil.",
    ),
    (
        "it, secondo X",
        "Le squadre della protezione civile hanno lavorato tutta la notte con i cani.",
        "Nove persone mancano, secondo la protezione civile.",
    ),
];

#[test]
fn words_shared_only_with_a_frame_do_not_make_a_match_in_any_language() {
    for &(lang, x, y) in FRAME_ONLY {
        let (a, b) = story(QUAKE, x, y);
        let p = score(&a, &b, 3, 3);
        assert!(p < RELATED, "{lang}: {p:.3} for {x:?} / {y:?}");
        // Either way round, and in all-pairs matching (`parallax suggest`).
        assert_eq!(score(&b, &a, 3, 3), p, "{lang}");
        let corpus = Corpus::new(&[&a, &b]);
        let pairs = corpus.all_pairs(0.0, &mut |_, _| {});
        let (sa, sb) = (corpus.sentences(0)[3].0, corpus.sentences(1)[3].0);
        let found = pairs.iter().find(|q| q.a_start == sa && q.b_start == sb);
        assert!(found.is_none_or(|q| q.score == p), "{lang}: {found:?}");
    }
}

#[test]
fn a_long_statement_whose_frame_holds_all_that_is_shared_is_no_match() {
    // The statement "Neuf personnes sont portées disparues" is scored alone (five
    // words); the whole sentences' cosine (the frame's words) is not taken when the
    // statements share nothing.
    scores_below(
        QUAKE,
        &[(
            "Les équipes de la sécurité civile ont travaillé toute la nuit avec des chiens.",
            "Neuf personnes sont portées disparues, selon la sécurité civile.",
        )],
        RELATED,
    );
}

#[test]
fn a_short_statement_still_matches_its_parallel_with_another_frame() {
    // The statements share words: the pair is scored with its frames, as before, and the
    // true parallel ranks above the sentence that shares only the frame's words.
    let twelve =
        "Twelve people were still missing on Thursday afternoon, a ministry spokesman said.";
    let rescue = "Rescue teams from the civil protection service worked through the night with sniffer dogs.";
    let nine = "Nine people remain missing, according to the civil protection service.";
    let a = format!(
        "{}\n\n{}\n\n{}\n\n{twelve}\n\n{rescue}\n",
        QUAKE[0], QUAKE[1], QUAKE[2]
    );
    let b = format!("{}\n\n{}\n\n{}\n\n{nine}\n", QUAKE[0], QUAKE[1], QUAKE[2]);
    let corpus = Corpus::new(&[&a, &b]);
    let (s, e) = corpus.sentences(1)[3];
    let sug = corpus.suggest(1, s, e, 5);
    let a_chars: Vec<char> = a.chars().collect();
    let text = |x: &Suggestion| a_chars[x.start..x.end].iter().collect::<String>();
    assert_eq!(sug.first().map(text).as_deref(), Some(twelve), "{sug:?}");
    assert!(sug[0].score >= PROBABLY_SAME, "{sug:?}");
    let rescue_score = sug
        .iter()
        .find(|x| text(x) == rescue)
        .map_or(0.0, |x| x.score);
    assert!(rescue_score < RELATED, "{rescue_score:.3}");
}

#[test]
fn the_short_statement_read_without_its_frame_is_weighed_as_its_sentence() {
    let (a, b) = story(QUAKE, FRAME_ONLY[0].1, FRAME_ONLY[0].2);
    let corpus = Corpus::new(&[&a, &b]);
    let s = &corpus.sentences[corpus.doc_first[1] + 3];
    assert!(s.part.is_none());
    let bare = s.prep.bare_weighed().expect("a short statement apart");
    assert_eq!(bare.text, "Nine people remain missing");
    for &(stem, w) in bare.content() {
        let i = s.prep.content().binary_search_by_key(&stem, |c| c.0);
        assert_eq!(i.map(|i| s.prep.content()[i].1), Ok(w));
    }
    // A sentence with no frame, or a statement long enough to be scored alone, has none.
    let first = &corpus.sentences[corpus.doc_first[1]];
    assert!(first.prep.bare.is_none());
}

#[test]
fn one_cut_of_the_frames_tells_the_statement_alone_the_short_one_or_the_whole_sentence() {
    use super::statement::Statement;
    // What is read of `s`: "alone" or "short" with its text, or "whole".
    let read = |scoring: Scoring, s: &str| {
        let chars: Vec<char> = s.chars().collect();
        match scoring.statement_in(&chars, None) {
            Statement::Alone(a, b) => ("alone", chars[a..b].iter().collect()),
            Statement::Short(text) => ("short", text),
            Statement::Whole => ("whole", String::new()),
        }
    };
    let twelve =
        "Twelve people were still missing on Thursday afternoon, a ministry spokesman said.";
    let nine = "Nine people remain missing, according to the civil protection service.";
    let plain = "Rescue teams worked through the night with sniffer dogs.";
    // A statement of five words or more is scored alone, and read as no short statement.
    let alone = read(Scoring::SHIPPED, twelve);
    assert_eq!(
        (alone.0, alone.1.as_str()),
        (
            "alone",
            "Twelve people were still missing on Thursday afternoon"
        )
    );
    // A shorter one: the whole sentence is scored, the statement read apart.
    let short = read(Scoring::SHIPPED, nine);
    assert_eq!(
        (short.0, short.1.as_str()),
        ("short", "Nine people remain missing")
    );
    // No frame, or a score of whole sentences: nothing else to read.
    assert_eq!(read(Scoring::SHIPPED, plain).0, "whole");
    assert_eq!(read(Scoring::Whole, twelve).0, "whole");
    assert_eq!(read(Scoring::Whole, nine).0, "whole");
}

/// Trial 42, E: one quotation given word for word in two other frames (other speakers) is
/// a strong candidate, in a corpus of the two articles and as `suggest` ranks it; a
/// quotation with other words in the same frames is not raised.
#[test]
fn one_quotation_word_for_word_in_other_frames_is_a_strong_candidate() {
    let context = [
        "Uma ponte pedonal ruiu na segunda-feira em Amarante, causando a morte de duas pessoas.",
        "Os bombeiros resgataram quatro pessoas do rio.",
        "A Polícia Judiciária abriu um inquérito às causas do colapso.",
    ];
    let (a, b) = story(
        context,
        "O presidente da câmara, José Luís Gaspar, disse que \"ninguém esperava uma tragédia destas\".",
        "\"Ninguém esperava uma tragédia destas\", afirmou o comandante dos bombeiros, Rui Pinto.",
    );
    assert!(score(&a, &b, 3, 3) >= crate::matcher::align::SHARED_QUOTE_SCORE);
    let corpus = Corpus::new(&[a.as_str(), b.as_str()]);
    let (sa, ea) = corpus.sentences(0)[3];
    let (sb, _) = corpus.sentences(1)[3];
    let ranked = corpus.ranked(0, sa, ea, 5);
    let r = ranked.iter().find(|r| r.doc == 1 && r.start == sb);
    assert!(r.is_some_and(|r| r.score >= crate::matcher::align::SHARED_QUOTE_SCORE));
    let (a, b) = story(
        context,
        "O presidente da câmara, José Luís Gaspar, disse que \"a ponte estava em bom estado\".",
        "\"Ninguém esperava uma tragédia destas\", afirmou o comandante dos bombeiros, Rui Pinto.",
    );
    assert!(score(&a, &b, 3, 3) < crate::matcher::align::SHARED_QUOTE_SCORE);
}

const BRIDGE: [&str; 3] = [
    "A road bridge over the Weser collapsed in Bremen during the evening rush hour on Tuesday.",
    "At least eight vehicles, including a city bus, fell into the river.",
    "Nine people were still missing late on Tuesday, police said.",
];

/// Trial 51, F3: two different statements credited to one speaker with a long title share
/// the speaker's words ("Federal Transport Minister Jonas Albrecht", "said") and one of
/// little weight in the statements ("Bremen"); the whole sentences' cosine took the
/// speaker's words and made the pair the same fact (0.94-0.99). The speaker's name is
/// left out of the whole sentences' share (`align::shared_speaker_words`), whatever
/// frame credits it (a colon lead after a post stamp, "said:", an inverted "said").
#[test]
fn one_speakers_two_statements_are_no_match_on_the_speakers_words() {
    let travel =
        "Federal Transport Minister Jonas Albrecht said he would travel to Bremen on Wednesday.";
    let pairs = [
        "21:30 Federal Transport Minister Jonas Albrecht has spoken: \"This is a black day for Bremen.\"",
        "Federal Transport Minister Jonas Albrecht said: \"This is a black day for Bremen.\"",
        "\"This is a black day for Bremen,\" Federal Transport Minister Jonas Albrecht said.",
        "Federal Transport Minister Jonas Albrecht said the city of Bremen had asked for federal help.",
    ]
    .map(|other| (travel, other));
    scores_below(BRIDGE, &pairs, RELATED);
    // Either way round.
    for (x, y) in pairs {
        assert_eq!(story_score(BRIDGE, y, x), story_score(BRIDGE, x, y), "{y}");
    }
}

/// Near cases of the test above: one fact told by one speaker in other words, in other
/// frames, stays the same fact; the words of a frame that are not the speaker's still count
/// (a birth date before "Page said", a frame cut in the wrong place).
#[test]
fn one_speakers_one_fact_in_other_words_stays_the_same_fact() {
    let pairs = [
        (
            "Albrecht said the bridge had been inspected in 2019.",
            "The bridge was last inspected in 2019, Albrecht said.",
        ),
        (
            "Federal Transport Minister Jonas Albrecht said he would travel to Bremen on Wednesday.",
            "Albrecht will travel to Bremen on Wednesday, the federal transport minister said.",
        ),
        (
            "Federal Transport Minister Jonas Albrecht said federal money would pay for a new bridge.",
            "A new bridge will be paid for with federal money, Transport Minister Jonas Albrecht said.",
        ),
    ];
    scores_at_least(BRIDGE, &pairs, PROBABLY_SAME);
}

/// What `align::shared_speaker_words` leaves out: the name with its title both sentences
/// credit, not the other words of the frame nor a name that is no speaker on one side.
#[test]
fn the_shared_speaker_words_are_the_name_and_its_title() {
    use crate::matcher::features::{Idf, Prepared};
    let prepare = |text: &str| Prepared::new(text, Idf::builtin());
    let stems = |text: &str| -> Vec<String> {
        let p = prepare(text);
        let words = crate::matcher::align::shared_speaker_words(
            &p,
            &prepare("Federal Transport Minister Jonas Albrecht said the bridge was safe."),
        );
        let mut out: Vec<String> = p
            .tokens
            .iter()
            .filter(|t| words.contains(&t.stem))
            .map(|t| t.norm.clone())
            .collect();
        out.dedup();
        out
    };
    assert_eq!(
        stems("Federal Transport Minister Jonas Albrecht said he would travel to Bremen."),
        ["federal", "transport", "minister", "jonas", "albrecht"]
    );
    // Albrecht is no speaker here: nothing is left out ("said" is no content word).
    assert!(stems("The bridge was opened by Jonas Albrecht in 1998, the city said.").is_empty());
}

/// The statement read of `sentence` as the score cuts it (`part::statement_part`).
fn statement(sentence: &str) -> String {
    let chars: Vec<char> = sentence.chars().collect();
    let (s, e) = crate::matcher::part::statement_part(&chars, None);
    chars[s..e].iter().collect()
}

/// Session 49: a frame that closes a quotation ("“…,” said X …", "“…,” Mr. X said in a
/// speech to …") introduces no statement after it: the words after it are its speaker and
/// where the words were said; the quotation is the statement. The speaker's name and title
/// written between the quotation and the verb ("“…,” Anna Berg, Norlys's chief executive,
/// said in a statement") are no part of the statement; a name with its apposition before
/// a speech verb ("Anna Berg, CEO of Norlys, claimed the merger …") is the
/// verb's subject, not an inverted speaker after it. Each fault left the name in the
/// statement or took the frame's remainder for it, and the pair then lived on the whole
/// sentences' cosine, which leaves the shared speaker's name out (trial 51, F3): true
/// parallels fell below 0.5 (bench_all_pairs: Halla 0.878, Conway 0.530).
#[test]
fn a_frame_closing_a_quotation_leaves_the_quotation_as_the_statement() {
    for (sentence, want) in [
        (
            "\"This merger makes sense for both firms,\" Anna Berg, Norlys's chief executive, said in a statement.",
            "\"This merger makes sense for both firms,\"",
        ),
        (
            "\"The offer undervalues the company and is not in the interest of shareholders,\" said Norlys President and CEO Anna Berg, in the statement.",
            "\"The offer undervalues the company and is not in the interest of shareholders,\"",
        ),
        (
            "\"The city welcomes a greater federal role in the rebuilding,\" Mr. Albrecht said in a speech to fellow ministers.",
            "\"The city welcomes a greater federal role in the rebuilding,\"",
        ),
        (
            "Anna Berg, CEO of Norlys, claimed the merger made sense for both firms.",
            "Anna Berg, CEO of Norlys, claimed the merger made sense for both firms.",
        ),
        // Near case, cut as before: an inverted speaker after a clause. (Not yet: a name
        // with a lower-case role apposition, "Anna Berg, chief executive of Norlys, said
        // the merger …", still reads "said the merger …" as an inverted frame, as on main.)
        (
            "The bridge collapsed into the river, said the harbour master.",
            "The bridge collapsed into the river",
        ),
    ] {
        assert_eq!(statement(sentence), want, "{sentence}");
    }
}

/// The pairs of the test above scored: one statement in two frames is the same fact
/// (Halla, Conway, Powell in bench_all_pairs), and the same speaker saying another thing
/// in the same frames is not.
#[test]
fn one_speakers_one_quotation_in_closing_frames_stays_the_same_fact() {
    let same = [
        (
            "Anna Berg, CEO of Norlys, claimed the merger made sense for both firms.",
            "\"This merger makes sense for both firms,\" Anna Berg, Norlys's chief executive, said in a statement.",
        ),
        (
            "The offer \"undervalues the company and is not in the interest of shareholders,\" Norlys CEO Anna Berg said.",
            "\"The offer undervalues the company and is not in the interest of Norlys shareholders,\" said Norlys President and CEO Anna Berg, in the statement.",
        ),
        (
            "\"The city welcomes a greater federal role in the rebuilding,\" Albrecht said, according to the text of his remarks.",
            "\"The city welcomes a greater federal role in the rebuilding,\" Mr. Albrecht said in a speech to fellow ministers.",
        ),
    ];
    scores_at_least(BRIDGE, &same, PROBABLY_SAME);
    let other = [
        (
            "\"This merger makes sense for both firms,\" Anna Berg, Norlys's chief executive, said in a statement.",
            "\"We will close two plants in Bremen next year,\" Anna Berg, Norlys's chief executive, said in a statement.",
        ),
        (
            "\"The city welcomes a greater federal role in the rebuilding,\" Mr. Albrecht said in a speech to fellow ministers.",
            "\"Nobody in the ministry knew of the cracks,\" Mr. Albrecht said in a speech to fellow ministers.",
        ),
    ];
    scores_below(BRIDGE, &other, RELATED);
}

/// One spokesman's two statements with the same frame and place ("In Washington on
/// Sunday, FBI spokesman John Iannarelli said the bureau will join the investigation …" /
/// "… said Sunday the bureau will provide forensic analysis …", bench_all_pairs 0.965 at
/// main): related at most, never the same fact.
#[test]
fn one_spokesmans_two_statements_in_one_frame_are_not_the_same_fact() {
    scores_below(
        BRIDGE,
        &[(
            "In Bremen on Tuesday, police spokesman Karl Meyer said divers will search the river at dawn.",
            "In Bremen, police spokesman Karl Meyer said Tuesday engineers will examine the broken pillars.",
        )],
        PROBABLY_SAME,
    );
}
