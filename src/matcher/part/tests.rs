//! Tests of [`super::match_part`]: the quotation of a quote, and the clause of a claim
//! without its attribution frame, for each kind of frame news uses and for what is not
//! one.

use super::*;

/// The part `match_part` picks, as text (`source`: the text of the span being matched).
fn part_for(s: &str, quote: bool, source: &str) -> String {
    let c: Vec<char> = s.chars().collect();
    let (a, b) = match_part(&c, quote, source);
    assert!(a < b && b <= c.len(), "{a}..{b} in {s:?}");
    c[a..b].iter().collect()
}

fn part(s: &str, quote: bool) -> String {
    part_for(s, quote, "")
}

#[test]
fn the_part_that_matches_leaves_the_attribution_out() {
    assert_eq!(
        part("\u{201c}The armistice agreement was challenged, but it remains in place,\u{201d} he said in a written statement.", true),
        "The armistice agreement was challenged, but it remains in place"
    );
    assert_eq!(
        part(
            "Officials said the troops had crossed the line twice.",
            false
        ),
        "the troops had crossed the line twice."
    );
    assert_eq!(
        part(
            "The troops had crossed the line twice, officials said.",
            false
        ),
        "The troops had crossed the line twice"
    );
    assert_eq!(
        part(
            "According to the army, the troops had crossed the line.",
            false
        ),
        "the troops had crossed the line."
    );
    assert_eq!(
        part(
            "Carroll told reporters that the guard ran back to the north side.",
            false
        ),
        "the guard ran back to the north side."
    );
    // Nothing to strip: the whole sentence; a quote without marks is a claim-like clause.
    let plain = "They finally reach him and drag him to safety.";
    assert_eq!(part(plain, false), plain);
    assert_eq!(part(plain, true), plain);
    // A long tail after the last comma is not an attribution.
    let long = "The soldier ran, and fellow troops who said nothing fired at him from the building across the road.";
    assert_eq!(part(long, false), long);
}

const SHOT: &str = "The defector was shot at least four times in his desperate escape bid at the Panmunjom truce village on November 13, and has been recovering in a South Korean hospital.";
const SOLDIER: &str = "The soldier, shot several times, underwent surgery and treatment for parasitic worms, doctors said, before regaining consciousness on Tuesday.";

#[test]
fn an_interposed_attribution_leaves_the_piece_that_shares_the_most_words_with_the_source() {
    assert_eq!(
        part_for(SOLDIER, false, SHOT),
        "The soldier, shot several times, underwent surgery and treatment for parasitic worms"
    );
    // Another source picks the other piece: the choice follows the words, not the place.
    assert_eq!(
        part_for(SOLDIER, false, "He regained consciousness on Tuesday."),
        "before regaining consciousness on Tuesday."
    );
    // No source text: the longest piece.
    assert_eq!(
        part(SOLDIER, false),
        "The soldier, shot several times, underwent surgery and treatment for parasitic worms"
    );
    let s = "The guard ran back across the line, he said, and the troops did not return fire.";
    assert_eq!(
        part_for(s, false, "Troops at the border did not return fire."),
        "the troops did not return fire."
    );
    assert_eq!(
        part_for(s, false, "A guard ran back across the line."),
        "The guard ran back across the line"
    );
    let s = "Four men rammed their car into the store, according to police, and fled with jewels worth two million euros.";
    assert_eq!(
        part_for(
            s,
            false,
            "The robbers fled with jewels worth 2 million euros."
        ),
        "fled with jewels worth two million euros."
    );
    let s = "During the incident, U.S. forces say, a North Korean soldier crossed a military demarcation line.";
    assert_eq!(
        part_for(s, false, "A guard crossed the demarcation line."),
        "a North Korean soldier crossed a military demarcation line."
    );
}

#[test]
fn a_reporting_clause_inside_the_sentence_is_cut() {
    let s = "Helicopters ferried the injured to hospital but the authorities say the rescue effort is winding down.";
    assert_eq!(
        part_for(s, false, "The rescue effort is now winding down."),
        "the rescue effort is winding down."
    );
    assert_eq!(
        part_for(
            s,
            false,
            "The injured were flown to hospital by helicopter."
        ),
        "Helicopters ferried the injured to hospital"
    );
    let s = "Some witnesses felt a tremor for one minute, although others told AFP they had not felt anything.";
    assert_eq!(
        part_for(s, false, "Others had not felt anything at all."),
        "they had not felt anything."
    );
    let s = "Turkmenistan voted on Sunday in an election meant to show change, but Western observers said nothing had changed.";
    assert_eq!(
        part_for(
            s,
            false,
            "Turkmenistan held a parliamentary election on Sunday."
        ),
        "Turkmenistan voted on Sunday in an election meant to show change"
    );
    assert_eq!(
        part_for(s, false, "Observers say nothing has changed."),
        "nothing had changed."
    );
    let s = "In Gyami, a village outside the capital, 25-year-old Guzel said she had come to vote.";
    assert_eq!(part(s, false), "she had come to vote.");
    let s = "John Christie, head of production at the studio, said they were planning a party.";
    assert_eq!(part(s, false), "they were planning a party.");
}

#[test]
fn a_piece_of_fewer_than_three_words_is_never_chosen() {
    // "He was" is too short to be a span, and "the last great mafioso" no claim without
    // it: the whole sentence, the frame inside (a span cannot skip it).
    let s = "He was, according to the New York Times, the last great mafioso of the century.";
    assert_eq!(part_for(s, false, "He was a mafioso."), s);
    // Nothing long enough on either side: the whole sentence.
    let s = "He left, she said, at once.";
    assert_eq!(part(s, false), s);
}

#[test]
fn trailing_frames_of_every_kind_are_cut() {
    let cases = [
        ("The harbour will reopen on Monday, said Carroll.", "The harbour will reopen on Monday"),
        ("The harbour will reopen on Monday, said the harbour master.", "The harbour will reopen on Monday"),
        ("The harbour will reopen on Monday, said prison spokesman Al Quintero of the port authority.", "The harbour will reopen on Monday"),
        ("The harbour will reopen on Monday, according to the mayor.", "The harbour will reopen on Monday"),
        ("The harbour will reopen on Monday, police said Tuesday.", "The harbour will reopen on Monday"),
        ("The harbour will reopen on Monday, the mayor added.", "The harbour will reopen on Monday"),
        ("The harbour will reopen on Monday, the mayor told the BBC.", "The harbour will reopen on Monday"),
        ("The harbour will reopen on Monday, the mayor said in a written statement.", "The harbour will reopen on Monday"),
        ("The harbour will reopen on Monday, the newspaper reported.", "The harbour will reopen on Monday"),
        ("The harbour will reopen on Monday (he said).", "The harbour will reopen on Monday"),
        ("\u{201c}The harbour will reopen on Monday\u{201d} (he said).", "\u{201c}The harbour will reopen on Monday\u{201d}"),
        ("\"The harbour will reopen on Monday,\" he said.", "\"The harbour will reopen on Monday,\""),
        ("The harbour will reopen on Monday, said a Western diplomat, who requested anonymity.", "The harbour will reopen on Monday"),
        ("\u{201c}It will reopen on Monday,\u{201d} the port chief, Ann Lee, said.", "\u{201c}It will reopen on Monday,\u{201d}"),
        ("\u{201c}It will reopen on Monday,\u{201d} Ann Lee, an official at the port, told AFP.", "\u{201c}It will reopen on Monday,\u{201d}"),
    ];
    for (s, want) in cases {
        assert_eq!(part(s, false), want, "{s}");
    }
}

#[test]
fn leading_frames_of_every_kind_are_cut() {
    let want = "the harbour will reopen on Monday.";
    let cases = [
        "The mayor said the harbour will reopen on Monday.",
        "The mayor says the harbour will reopen on Monday.",
        "The mayor said that the harbour will reopen on Monday.",
        "The mayor said in a statement that the harbour will reopen on Monday.",
        "The mayor said in a statement on Tuesday that the harbour will reopen on Monday.",
        "Police said Tuesday that the harbour will reopen on Monday.",
        "Police said this week the harbour will reopen on Monday.",
        "The mayor told reporters that the harbour will reopen on Monday.",
        "The mayor told reporters the harbour will reopen on Monday.",
        "The mayor told AFP the harbour will reopen on Monday.",
        "The mayor told the BBC that the harbour will reopen on Monday.",
        "The mayor added the harbour will reopen on Monday.",
        "The mayor confirmed that the harbour will reopen on Monday.",
        "The mayor claimed that the harbour will reopen on Monday.",
        "According to the mayor, the harbour will reopen on Monday.",
        "However, the mayor said the harbour will reopen on Monday.",
        "The mayor, Ann Lee, said the harbour will reopen on Monday.",
        "Ann Lee, who runs the port, said the harbour will reopen on Monday.",
        "The official who runs the port at Dover said Wednesday the harbour will reopen on Monday.",
    ];
    for s in cases {
        assert_eq!(part(s, false), want, "{s}");
    }
    // A number right after the verb is content, not a time.
    assert_eq!(
        part("Police said five villages had been hit.", false),
        "five villages had been hit."
    );
}

#[test]
fn what_is_not_an_attribution_stays() {
    let whole = [
        "The man who said he saw the crash was arrested.",
        "He would not say where she is being treated.",
        "Staff were told to leave the premises before noon.",
        "The man police say is behind the crash now faces a murder charge.",
        "The announcement confirmed the harbour reopening plans for Monday.",
        "Relatives, including his brother, insisted he suffered from dementia, anxiety and depression.",
        "The website reported 65 responses from Dubai.",
        "Playboy founder Hugh Hefner said:",
        "He ran to the car and said nothing to anyone there.",
        "The guards saw him, and the officer told them to stop firing at once.",
        "The soldier ran, and fellow troops who said nothing fired at him from the building across the road.",
    ];
    for s in whole {
        assert_eq!(part(s, false), s.trim_end_matches(':'), "{s}");
        assert!(
            attribution_frames(&s.chars().collect::<Vec<_>>()).is_empty(),
            "{s}"
        );
    }
}

#[test]
fn offsets_are_code_points_with_accents_curly_quotes_and_emoji() {
    let s = "Zo\u{eb} M\u{fc}ller\u{2019}s caf\u{e9} burned down, said Jos\u{e9} N\u{fa}\u{f1}ez.";
    let c: Vec<char> = s.chars().collect();
    let (a, b) = match_part(&c, false, "");
    assert_eq!(
        (a, b),
        (
            0,
            "Zo\u{eb} M\u{fc}ller\u{2019}s caf\u{e9} burned down"
                .chars()
                .count()
        )
    );
    assert_eq!(
        attribution_frames(&c),
        vec![(31, 31 + "said Jos\u{e9} N\u{fa}\u{f1}ez".chars().count())]
    );
    assert_eq!(c[31..35].iter().collect::<String>(), "said");
    // An emoji before the attribution: the chosen piece still ends on the right code point.
    let s = "The fire crew arrived within minutes \u{1f692}, firefighters said.";
    assert_eq!(
        part_for(s, false, "The fire crew was there."),
        "The fire crew arrived within minutes \u{1f692}"
    );
    // A short subject and its predicate: the frame stays inside, the end on the right
    // code point.
    let s = "The \u{1f692} fire crew, firefighters said, arrived within minutes of the call.";
    let c: Vec<char> = s.chars().collect();
    assert_eq!(
        match_part(&c, false, "They arrived within minutes."),
        (0, c.len())
    );
    // A quote with the attribution between two quotations: the quotation that matches.
    let s = "\u{201c}We\u{2019}ll be back,\u{201d} N\u{fa}\u{f1}ez said, \u{201c}and the caf\u{e9} will reopen in spring.\u{201d}";
    assert_eq!(
        part_for(s, true, "The caf\u{e9} will reopen in the spring."),
        "the caf\u{e9} will reopen in spring."
    );
    assert_eq!(
        part_for(s, true, "\u{201c}We will be back\u{201d}"),
        "We\u{2019}ll be back"
    );
}

/// Every sentence of the two sample articles: the claim part is a non-empty range of the
/// sentence that overlaps no attribution frame; every sentence with a "said" or "says"
/// (the samples credit reported facts that way) has a frame cut, and its part keeps
/// neither word.
#[test]
fn no_sample_sentence_keeps_its_attribution() {
    let said = |t: &str| {
        t.split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "said" | "says" | "say"))
    };
    let mut cut = 0;
    for text in [
        include_str!("../../../samples/afp-defector-footage.txt"),
        include_str!("../../../samples/latimes-defector-video.txt"),
    ] {
        let chars: Vec<char> = text.chars().collect();
        for (s, e) in crate::matcher::segment(text) {
            let sentence = &chars[s..e];
            let whole: String = sentence.iter().collect();
            let frames = attribution_frames(sentence);
            let (a, b) = match_part(sentence, false, "");
            assert!(a < b && b <= sentence.len());
            assert!(frames.iter().all(|&(x, y)| b <= x || y <= a), "{frames:?}");
            let part: String = sentence[a..b].iter().collect();
            assert!(!said(&part), "{part:?}");
            if said(&whole) {
                assert!(!frames.is_empty(), "{whole:?}");
                cut += 1;
            }
        }
    }
    assert!(cut >= 12, "{cut} sentences with a said");
}

#[test]
fn a_long_according_to_frame_is_cut_up_to_its_comma() {
    let report = "a police report released Tuesday by the county sheriff\u{2019}s office";
    assert_eq!(
        part(
            &format!("According to {report}, the driver was drunk."),
            false
        ),
        "the driver was drunk."
    );
    assert_eq!(
        part(
            &format!("The driver was drunk, according to {report}."),
            false
        ),
        "The driver was drunk"
    );
    assert_eq!(
        part(
            "According to witnesses who saw the crash from the other side of the road, the driver was drunk.",
            false
        ),
        "the driver was drunk."
    );
    assert_eq!(
        part(
            "According to a statement issued on Friday by the office of the state attorney general, two officers were suspended.",
            false
        ),
        "two officers were suspended."
    );
    // X with an apposition naming the speaker's role, opening or ending the sentence.
    assert_eq!(
        part(
            "According to John Smith, a spokesman for the sheriff\u{2019}s office, the driver was drunk.",
            false
        ),
        "the driver was drunk."
    );
    assert_eq!(
        part(
            "The driver was drunk, according to John Smith, a spokesman for the sheriff\u{2019}s office.",
            false
        ),
        "The driver was drunk"
    );
    assert_eq!(
        part(
            "According to Smith, who saw the crash from his porch, the driver was drunk.",
            false
        ),
        "the driver was drunk."
    );
    // A long first segment with a clause in it is no frame.
    let s = "According to police the driver was drunk and the road was closed for hours, the report says nothing.";
    assert!(!part(s, false).starts_with("the road"), "{s}");
    let s = "According to police the driver was drunk and then fled the scene on foot before dawn, leaving the car.";
    assert_eq!(part(s, false), s);
}

#[test]
fn a_frame_between_a_short_subject_and_its_predicate_stays_inside_the_part() {
    // Neither "The driver" nor "was driving drunk." is a claim, and a span is one piece:
    // the whole sentence, the frame inside.
    for s in [
        "The driver, police said, was driving drunk.",
        "The driver, police said, was drunk.",
        "He, police said, was driving drunk.",
        "The captain, doctors said, had a bullet removed from his lung.",
        "Two men in a grey car, according to police, fled with the jewels.",
        "The 34-year-old driver, a local man, police said Tuesday, was driving drunk.",
        "The driver was, police said, drunk and angry.",
        "The driver, police said, apparently was drunk.",
        "Officials, he said, are investigating the crash.",
        "The driver, according to a police report released Tuesday by the county sheriff\u{2019}s office, was drunk.",
    ] {
        assert_eq!(part(s, false), s, "{s}");
        assert_eq!(part_for(s, false, "He was drunk and fled."), s, "{s}");
        // The frame is still found: only the part keeps it.
        assert!(
            !attribution_frames(&s.chars().collect::<Vec<_>>()).is_empty(),
            "{s}"
        );
    }
    // In a quote split by its attribution: both quotations, the marks paired.
    let s = "\u{201c}The road,\u{201d} Smith said, \u{201c}was closed for hours.\u{201d}";
    assert_eq!(part(s, true), s);
    // Other frames are still cut around the pair.
    assert_eq!(
        part(
            "The driver, police said, was driving drunk, according to the report.",
            false
        ),
        "The driver, police said, was driving drunk"
    );
    // Not a subject before the frame (a phrase, a clause) or not a predicate after it
    // (a clause with its own subject, "and ..."): the piece that matches, as before.
    let s = "During the incident, U.S. forces say, a North Korean soldier crossed a military demarcation line.";
    assert_eq!(
        part(s, false),
        "a North Korean soldier crossed a military demarcation line."
    );
    let s = "The guard ran back across the line, he said, and the troops did not return fire.";
    assert_eq!(part(s, false), "The guard ran back across the line");
    // A sentence adverb or a time is no subject; "rescue teams were" has its own.
    for (s, want) in [
        (
            "Meanwhile, officials said, rescue teams were searching the rubble.",
            "rescue teams were searching the rubble.",
        ),
        (
            "Separately, officials said, rescue teams searched the rubble.",
            "rescue teams searched the rubble.",
        ),
        (
            "Yesterday, police said, officers arrested two men.",
            "officers arrested two men.",
        ),
    ] {
        assert_eq!(part(s, false), want, "{s}");
    }
}

/// Whether every quotation mark of `s` has its partner in `s`.
fn balanced(s: &str) -> bool {
    let straight = s.chars().filter(|&c| c == '"').count();
    let count = |set: &[char]| s.chars().filter(|c| set.contains(c)).count();
    let opens = count(&['\u{201c}', '\u{201e}', '\u{ab}', '\u{300c}']);
    let closes = count(&['\u{201d}', '\u{bb}', '\u{300d}']);
    let german = count(&['\u{201e}']);
    // „…“: the German closing mark is the English opening one.
    straight % 2 == 0 && (opens == closes || (german > 0 && opens == 2 * german + closes))
}

#[test]
fn a_part_never_carries_one_quotation_mark_without_its_partner() {
    assert_eq!(
        part(
            "Smith said that \"the road was closed\" when the crash happened.",
            false
        ),
        "\"the road was closed\" when the crash happened."
    );
    assert_eq!(
        part(
            "Smith said that \u{201c}the road was closed\u{201d} when the crash happened.",
            false
        ),
        "\u{201c}the road was closed\u{201d} when the crash happened."
    );
    assert_eq!(
        part(
            "Smith said that \"the road was closed\" when the crash happened.",
            true
        ),
        "the road was closed"
    );
    assert_eq!(
        part(
            "\u{201e}Der Fahrer war betrunken\u{201c}, sagte die Polizei.",
            false
        ),
        "\u{201e}Der Fahrer war betrunken\u{201c}"
    );
    // A quote inside German or Japanese marks: the quotation.
    assert_eq!(
        part(
            "\u{201e}Der Fahrer war betrunken\u{201c}, sagte die Polizei.",
            true
        ),
        "Der Fahrer war betrunken"
    );
    // 警察は「運転手は酒に酔っていた」と述べた。
    assert_eq!(
        part("\u{8b66}\u{5bdf}\u{306f}\u{300c}\u{904b}\u{8ee2}\u{624b}\u{306f}\u{9152}\u{306b}\u{9154}\u{3063}\u{3066}\u{3044}\u{305f}\u{300d}\u{3068}\u{8ff0}\u{3079}\u{305f}\u{3002}", true),
        "\u{904b}\u{8ee2}\u{624b}\u{306f}\u{9152}\u{306b}\u{9154}\u{3063}\u{3066}\u{3044}\u{305f}"
    );
    // Words between two quotations are no part of a quote: the quotation that matches.
    let s = "She called it \"the embodiment of beauty\" and thought it \"captured the imagination of a generation.\"";
    assert_eq!(
        part_for(s, true, "It captured a generation."),
        "captured the imagination of a generation."
    );
    assert_eq!(
        part_for(s, true, "the embodiment of beauty"),
        "the embodiment of beauty"
    );
    // The first sentence of a quotation that runs on: the stray mark is left out.
    assert_eq!(
        part("\"The road was closed.", false),
        "The road was closed."
    );
    assert_eq!(part("It was icy and dark.\"", true), "It was icy and dark.");
    for s in [
        "Smith said that \"the road was closed\" when the crash happened.",
        "Smith told reporters \u{201c}the road was closed\u{201d} before the crash.",
        "The road was \"closed\" and \"icy\", police said.",
        "\u{201c}The road was closed,\u{201d} Smith said, \u{201c}when the crash happened.\u{201d}",
        "According to \"official sources\", the road was closed.",
        "The road, \"a death trap\" locals said, was closed on Monday morning.",
        "He said: \u{201c}The road was closed.",
        "\u{ab}La route \u{e9}tait ferm\u{e9}e\u{bb}, a dit le maire, selon Smith.",
        "She called it \"the embodiment of beauty\" and thought it \"captured the imagination of a generation.\"",
        "\"The road was closed.",
        "It was icy and dark.\"",
    ] {
        for quote in [false, true] {
            for source in ["", "the road was closed", "when the crash happened"] {
                let p = part_for(s, quote, source);
                let whole_unbalanced = !balanced(s) && p == s;
                assert!(balanced(&p) || whole_unbalanced, "{s:?} -> {p:?}");
            }
        }
    }
}

#[test]
fn frames_in_chinese_german_and_arabic_are_cut() {
    let cases = [
        ("\u{636e}\u{8b66}\u{65b9}\u{79f0}\u{ff0c}\u{53f8}\u{673a}\u{9189}\u{9152}\u{9a7e}\u{9a76}\u{3002}", "\u{53f8}\u{673a}\u{9189}\u{9152}\u{9a7e}\u{9a76}\u{3002}"),
        ("\u{8b66}\u{65b9}\u{8bf4}\u{ff0c}\u{53f8}\u{673a}\u{9189}\u{9152}\u{9a7e}\u{9a76}\u{3002}", "\u{53f8}\u{673a}\u{9189}\u{9152}\u{9a7e}\u{9a76}\u{3002}"),
        ("\u{53f8}\u{673a}\u{9189}\u{9152}\u{9a7e}\u{9a76}\u{ff0c}\u{8b66}\u{65b9}\u{8bf4}\u{3002}", "\u{53f8}\u{673a}\u{9189}\u{9152}\u{9a7e}\u{9a76}"),
        // 据新华社报道，... / ...，据警方称。
        ("\u{636e}\u{65b0}\u{534e}\u{793e}\u{62a5}\u{9053}\u{ff0c}\u{53f8}\u{673a}\u{9189}\u{9152}\u{9a7e}\u{9a76}\u{3002}", "\u{53f8}\u{673a}\u{9189}\u{9152}\u{9a7e}\u{9a76}\u{3002}"),
        ("\u{53f8}\u{673a}\u{9189}\u{9152}\u{9a7e}\u{9a76}\u{ff0c}\u{636e}\u{8b66}\u{65b9}\u{79f0}\u{3002}", "\u{53f8}\u{673a}\u{9189}\u{9152}\u{9a7e}\u{9a76}"),
        // “司机醉酒驾驶，”警方说。: the quotation with its marks, as in English.
        ("\u{201c}\u{53f8}\u{673a}\u{9189}\u{9152}\u{9a7e}\u{9a76}\u{ff0c}\u{201d}\u{8b66}\u{65b9}\u{8bf4}\u{3002}", "\u{201c}\u{53f8}\u{673a}\u{9189}\u{9152}\u{9a7e}\u{9a76}\u{ff0c}\u{201d}"),
        ("Laut Polizei war der Fahrer betrunken.", "war der Fahrer betrunken."),
        ("Der Fahrer war betrunken, so die Polizei.", "Der Fahrer war betrunken"),
        ("Wie die Polizei mitteilte, war der Fahrer betrunken.", "war der Fahrer betrunken."),
        ("Laut einem Bericht der Polizei war der Fahrer betrunken.", "war der Fahrer betrunken."),
        ("Nach Angaben der Polizei war der Fahrer betrunken.", "war der Fahrer betrunken."),
        ("Der Fahrer war betrunken, sagte die Polizei.", "Der Fahrer war betrunken"),
        ("Der Fahrer war betrunken, teilte die Polizei am Montag mit.", "Der Fahrer war betrunken"),
        ("Die Polizei sagte, der Fahrer sei betrunken gewesen.", "der Fahrer sei betrunken gewesen."),
        ("Der Fahrer war laut Polizei betrunken.", "Der Fahrer war laut Polizei betrunken."),
        // بحسب الشرطة، كان السائق مخمورا. / ...، بحسب الشرطة.
        ("\u{628}\u{62d}\u{633}\u{628} \u{627}\u{644}\u{634}\u{631}\u{637}\u{629}\u{60c} \u{643}\u{627}\u{646} \u{627}\u{644}\u{633}\u{627}\u{626}\u{642} \u{645}\u{62e}\u{645}\u{648}\u{631}\u{627}.", "\u{643}\u{627}\u{646} \u{627}\u{644}\u{633}\u{627}\u{626}\u{642} \u{645}\u{62e}\u{645}\u{648}\u{631}\u{627}."),
        ("\u{643}\u{627}\u{646} \u{627}\u{644}\u{633}\u{627}\u{626}\u{642} \u{645}\u{62e}\u{645}\u{648}\u{631}\u{627}\u{60c} \u{628}\u{62d}\u{633}\u{628} \u{627}\u{644}\u{634}\u{631}\u{637}\u{629}.", "\u{643}\u{627}\u{646} \u{627}\u{644}\u{633}\u{627}\u{626}\u{642} \u{645}\u{62e}\u{645}\u{648}\u{631}\u{627}"),
        // قالت الشرطة إن السائق كان مخمورا. (the police said that the driver was drunk)
        ("\u{642}\u{627}\u{644}\u{62a} \u{627}\u{644}\u{634}\u{631}\u{637}\u{629} \u{625}\u{646} \u{627}\u{644}\u{633}\u{627}\u{626}\u{642} \u{643}\u{627}\u{646} \u{645}\u{62e}\u{645}\u{648}\u{631}\u{627}.", "\u{627}\u{644}\u{633}\u{627}\u{626}\u{642} \u{643}\u{627}\u{646} \u{645}\u{62e}\u{645}\u{648}\u{631}\u{627}."),
    ];
    for (s, want) in cases {
        assert_eq!(part(s, false), want, "{s}");
    }
    // Offsets are code points: 据警方称，|司机醉酒驾驶。
    let c: Vec<char> = cases[0].0.chars().collect();
    assert_eq!(match_part(&c, false, ""), (5, 12));
    assert_eq!(attribution_frames(&c), vec![(0, 4)]);
    // Not frames: a novel (小说), "according to the law" (根据法律), "laut" as "loudly".
    for s in [
        "\u{8fd9}\u{90e8}\u{5c0f}\u{8bf4}\u{ff0c}\u{8bb2}\u{8ff0}\u{4e86}\u{4e00}\u{4e2a}\u{53f8}\u{673a}\u{7684}\u{6545}\u{4e8b}\u{3002}",
        "\u{6839}\u{636e}\u{6cd5}\u{5f8b}\u{ff0c}\u{53f8}\u{673a}\u{5fc5}\u{987b}\u{7cfb}\u{5b89}\u{5168}\u{5e26}\u{3002}",
        "Laut schreiend lief der Fahrer davon.",
        "Nach dem Unfall war der Fahrer betrunken.",
        "He was late for the meeting, so Smith left.",
    ] {
        assert_eq!(part(s, false), s, "{s}");
        assert!(attribution_frames(&s.chars().collect::<Vec<_>>()).is_empty(), "{s}");
    }
}
/// Sentences pieced together at random from quotation marks of every kind, commas, and
/// frame words of the four languages: the part is always a range of the sentence, and
/// not empty when the sentence has a word (no panic on unpaired or crossed marks).
#[test]
fn any_text_gives_a_part_in_range() {
    let pieces = [
        "\"",
        "\u{201c}",
        "\u{201d}",
        "\u{201e}",
        "\u{ab}",
        "\u{bb}",
        "\u{300c}",
        "\u{300d}",
        ", ",
        "\u{ff0c}",
        "\u{3002}",
        ". ",
        " ",
        "said",
        "police",
        "according",
        "to",
        "the",
        "driver",
        "was",
        "drunk",
        "Laut",
        "Polizei",
        "sagte",
        "die",
        "so",
        "\u{636e}",
        "\u{79f0}",
        "\u{8bf4}",
        "\u{8b66}\u{65b9}",
        "\u{53f8}\u{673a}",
        "\u{628}\u{62d}\u{633}\u{628}",
        "\u{60c}",
        "\u{642}\u{627}\u{644}\u{62a}",
        "\u{625}\u{646}",
        "Nach",
        "Angaben",
        "Wie",
        "mitteilte",
        "teilte",
        "mit",
        "he",
        "told",
        "reporters",
        "that",
        "(",
        ")",
        "who",
        "a",
        "spokesman",
        "for",
        "\u{1f692}",
    ];
    let mut x: u64 = 12345;
    for _ in 0..3000 {
        let mut s = String::new();
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let n = (x >> 33) % 14 + 1;
        for _ in 0..n {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            s.push_str(pieces[((x >> 33) % pieces.len() as u64) as usize]);
            if (x >> 20) % 2 == 0 {
                s.push(' ');
            }
        }
        let c: Vec<char> = s.chars().collect();
        for q in [false, true] {
            let (a, b) = match_part(&c, q, "the driver was drunk");
            assert!(
                a <= b && b <= c.len() && (a < b || !s.chars().any(char::is_alphanumeric)),
                "{s:?} {a} {b}"
            );
            let _ = attribution_frames(&c);
        }
    }
}
