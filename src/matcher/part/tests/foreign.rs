//! Tests of the Chinese, German and Arabic frames (offsets in code points), and of
//! random text.

use super::*;

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
    // A "据X" clause naming its source as a document (a new-user trial).
    assert_eq!(
        part(
            "据上海市交通委员会周二发布的报告，信号系统故障导致了事故。",
            false
        ),
        "信号系统故障导致了事故。"
    );
    // Japanese 警察によると、運転手は酒に酔っていた。
    let s = "\u{8b66}\u{5bdf}\u{306b}\u{3088}\u{308b}\u{3068}\u{3001}\u{904b}\u{8ee2}\u{624b}\u{306f}\u{9152}\u{306b}\u{9154}\u{3063}\u{3066}\u{3044}\u{305f}\u{3002}";
    assert_eq!(
        part(s, false),
        "\u{904b}\u{8ee2}\u{624b}\u{306f}\u{9152}\u{306b}\u{9154}\u{3063}\u{3066}\u{3044}\u{305f}\u{3002}"
    );
    assert_eq!(
        attribution_frames(&s.chars().collect::<Vec<_>>()),
        vec![(0, 6)]
    );
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
        // 東京、大阪で雨が降った。 (an enumeration comma)
        "\u{6771}\u{4eac}\u{3001}\u{5927}\u{962a}\u{3067}\u{96e8}\u{304c}\u{964d}\u{3063}\u{305f}\u{3002}",
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
        // Session 8: single marks, German and Swedish marks, colons, French and Spanish
        // frame words, a Markdown quotation's line.
        "'",
        "\u{2018}",
        "\u{2019}",
        "\u{201a}",
        "\u{2039}",
        "\u{203a}",
        ": ",
        "\u{a0}",
        "\n> ",
        "déclaré",
        "selon",
        "qu'il",
        "dijo",
        "que",
        "Jean",
        "54",
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
