//! The claim matcher on the built-in sample articles (AFP and LA Times on the Panmunjom
//! defection) and on edge cases, through the public API only.

use parallax::matcher::{self, Corpus, DiscrepancyKind, PairSuggestion, Suggestion};

fn sample(name: &str) -> String {
    let path = format!("{}/samples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn afp() -> String {
    sample("afp-defector-footage.txt")
}

fn lat() -> String {
    sample("latimes-defector-video.txt")
}

fn slice(text: &str, s: usize, e: usize) -> String {
    text.chars().skip(s).take(e - s).collect()
}

/// The sentence of `text` that starts with `prefix`, as a range.
fn sentence(text: &str, prefix: &str) -> (usize, usize) {
    matcher::segment(text)
        .into_iter()
        .find(|&(s, e)| slice(text, s, e).starts_with(prefix))
        .unwrap_or_else(|| panic!("no sentence starts with {prefix:?}"))
}

#[test]
fn sample_segmentation_keeps_abbreviations_and_quotes_whole() {
    let lat = lat();
    let sents: Vec<String> = matcher::segment(&lat)
        .into_iter()
        .map(|(s, e)| slice(&lat, s, e))
        .collect();
    assert!(sents.contains(&"Army Gen. Vincent Brooks, who commands U.S. forces in South Korea and at the DMZ, said security forces on the South Korean side of the compound acted appropriately and sought to deescalate the situation.".to_string()));
    assert!(sents
        .iter()
        .any(|s| s.starts_with("The video, shot the afternoon of Nov. 13, shows")));
    assert!(sents.contains(&"“The armistice agreement was challenged, but it remains in place,” he said in a written statement.".to_string()));
    // The headline has no final stop and is a sentence of its own.
    assert_eq!(
        sents[0],
        "Watch dramatic video showing North Korean forces chasing, firing on defecting soldier"
    );
    for s in &sents {
        assert_eq!(s.trim(), s, "not trimmed: {s:?}");
        assert!(!s.is_empty());
    }
    let afp = afp();
    let n = matcher::segment(&afp).len();
    assert!((25..=32).contains(&n), "{n} sentences");
}

#[test]
fn suggestions_find_the_parallel_sentences_of_the_samples() {
    let (a, b) = (afp(), lat());
    let corpus = Corpus::new(&[&a, &b]);
    // (AFP sentence, LA Times sentence that reports the same fact)
    let parallels = [
        (
            "Dramatic footage of a North Korean soldier's defection",
            "United States military officials Wednesday released dramatic video",
        ),
        (
            "The footage also showed a North Korean guard",
            "During the incident, U.S. forces say",
        ),
        (
            "The video released by the UNC began",
            "The video, shot the afternoon of Nov. 13",
        ),
        (
            "He then got out of the jeep and ran",
            "They pursue the soldier, firing",
        ),
        (
            "The footage then showed the badly injured man",
            "At around the 6-minute mark",
        ),
        (
            "An investigation found that the North Korean army",
            "United States military officials here said their investigation",
        ),
        (
            "The UNC has \"requested a meeting",
            "American officials said that North Korean officials received a notice",
        ),
        (
            "The security forces \"demonstrated considerable courage",
            "Army Gen. Vincent Brooks",
        ),
    ];
    for (pa, pb) in parallels {
        let (s, e) = sentence(&a, pa);
        let sug = corpus.suggest(0, s, e, 3);
        let top = sug
            .first()
            .unwrap_or_else(|| panic!("no suggestion for {pa:?}"));
        assert_eq!(top.doc, 1);
        // The expected sentence is the first or second suggestion.
        let texts: Vec<String> = sug
            .iter()
            .take(2)
            .map(|x| slice(&b, x.start, x.end))
            .collect();
        assert!(
            texts.iter().any(|t| t.starts_with(pb)),
            "{pa:?}: expected {pb:?}, got {texts:?}"
        );
        assert!((0.0..=1.0).contains(&top.score));
        assert!(!top.reason.shared.is_empty());
    }
    // All-pairs over the two samples includes the investigation pair above the threshold.
    let pairs = corpus.all_pairs(matcher::SUGGEST_MIN, &mut |_, _| {});
    assert!(pairs.iter().any(|p| slice(&a, p.a_start, p.a_end)
        .starts_with("An investigation found")
        && slice(&b, p.b_start, p.b_end)
            .starts_with("United States military officials here said")));
    assert!(pairs
        .iter()
        .all(|p| p.a_doc != p.b_doc && p.score >= matcher::SUGGEST_MIN));
}

#[test]
fn sample_flags_jeep_truck_count_and_speaker() {
    let (a, b) = (afp(), lat());
    let corpus = Corpus::new(&[&a, &b]);
    // jeep vs truck: suggested for the AFP jeep sentence, with absolute ranges.
    let (s, e) = sentence(&a, "He then got out of the jeep");
    let sug = corpus.suggest(0, s, e, 5);
    let vehicle = sug
        .iter()
        .flat_map(|x| x.flags.iter())
        .find(|f| f.kind == DiscrepancyKind::Vehicle)
        .expect("a vehicle flag among the suggestions");
    assert_eq!((vehicle.a.as_str(), vehicle.b.as_str()), ("jeep", "truck"));
    assert_eq!(slice(&a, vehicle.a_range.0, vehicle.a_range.1), "jeep");
    assert_eq!(slice(&b, vehicle.b_range.0, vehicle.b_range.1), "truck");

    // "at least four times" vs the LA Times' "several times".
    let (s, e) = sentence(&a, "The defector was shot at least four times");
    let (t, u) = sentence(&b, "The soldier, shot several times");
    let ex = matcher::explain(&slice(&a, s, e), &slice(&b, t, u));
    let num = ex
        .flags
        .iter()
        .find(|f| f.kind == DiscrepancyKind::Number)
        .expect("number flag");
    assert_eq!(
        (num.a.as_str(), num.b.as_str()),
        ("at least four times", "several times")
    );

    // Carroll (AFP) vs Brooks (LA Times) on the restraint of the security forces: two
    // sources for related facts, not the same words, so no speaker flag between the bare
    // sentences (changed in issue 8: the flag is for the same statement credited to two
    // people; in the page attribution spans decide, see tests/linking.rs).
    let (s, e) = sentence(&a, "South Korean and US service members");
    let (t, u) = sentence(&b, "Army Gen. Vincent Brooks");
    let ex = matcher::explain(&slice(&a, s, e), &slice(&b, t, u));
    assert!(
        ex.flags.iter().all(|f| f.kind != DiscrepancyKind::Speaker),
        "{:?}",
        ex.flags
    );
    // The same words credited to Carroll and to Brooks: flagged.
    let ex = matcher::explain(
        "Security forces acted appropriately at the border, Carroll said.",
        "Army Gen. Vincent Brooks said security forces acted appropriately at the border.",
    );
    let sp = ex
        .flags
        .iter()
        .find(|f| f.kind == DiscrepancyKind::Speaker)
        .expect("speaker flag");
    assert_eq!(sp.a, "Carroll");
    assert!(sp.b.ends_with("Brooks"), "{}", sp.b);

    // Same date written two ways: no date flag.
    let ex = matcher::explain(
        "The defector was shot on November 13 at Panmunjom.",
        "The video, shot the afternoon of Nov. 13, shows the soldier.",
    );
    assert!(
        ex.flags.iter().all(|f| f.kind != DiscrepancyKind::Date),
        "{:?}",
        ex.flags
    );
    assert!(ex.reason.shared.iter().any(|t| t.term == "november"));
}

#[test]
fn score_properties() {
    let a = "The defector was shot at least four times in his escape bid.";
    let pairs = [
        (a, a),
        (a, "The soldier, shot several times, underwent surgery."),
        (a, "Shares of Microsoft rose 2 percent."),
        ("", ""),
        ("😀😀", "Ünïcode ñ"),
    ];
    for (x, y) in pairs {
        let s = matcher::score(x, y);
        assert!((0.0..=1.0).contains(&s), "{s}");
        assert!((s - matcher::score(y, x)).abs() < 1e-9);
    }
    assert!(matcher::score(a, a) > 0.8);
    // Number words and numerals are the same; a different count is not.
    let four = matcher::score(
        "Police said four people were hurt in the blast.",
        "Police said 4 people were hurt in the blast.",
    );
    let five = matcher::score(
        "Police said four people were hurt in the blast.",
        "Police said 5 people were hurt in the blast.",
    );
    assert!(four > 0.8, "{four}");
    assert!(five < four, "{five} vs {four}");
}

#[test]
fn names_spelled_with_and_without_accents_score_alike() {
    // One outlet keeps the accents of a name, another drops them: the same words.
    let plain = "Police arrested Jose Luis Nunez in Montreal on Friday.";
    let accented = "Police arrested José Luis Núñez in Montréal on Friday.";
    let other = "Jose Luis Nunez was arrested in Montreal on Friday, police said.";
    let with_accents = matcher::score(accented, other);
    let without = matcher::score(plain, other);
    assert!(
        (with_accents - without).abs() < 1e-9,
        "{with_accents} vs {without}"
    );
    assert!(matcher::score(accented, plain) > 0.8);
    // And no place or speaker flag for the spelling.
    let ex = matcher::explain(accented, other);
    assert!(ex.flags.is_empty(), "{:?}", ex.flags);
}

#[test]
fn similar_event_with_other_names_places_dates_scores_lower() {
    let a = "A 25-year-old man was shot dead by police in Dayton, Ohio, on Monday, officials said.";
    let same = "Officials said police shot dead a 25-year-old man in Dayton, Ohio, on Monday.";
    let other =
        "A 31-year-old man was shot dead by police in Austin, Texas, on Friday, officials said.";
    let s_same = matcher::score(a, same);
    let s_other = matcher::score(a, other);
    assert!(s_same > s_other, "{s_same} vs {s_other}");
    let ex = matcher::explain(a, other);
    let kinds: Vec<DiscrepancyKind> = ex.flags.iter().map(|f| f.kind).collect();
    assert!(kinds.contains(&DiscrepancyKind::Place), "{kinds:?}");
    assert!(kinds.contains(&DiscrepancyKind::Date), "{kinds:?}");
}

#[test]
fn results_round_trip_as_json() {
    let (a, b) = (afp(), lat());
    let corpus = Corpus::new(&[&a, &b]);
    let pairs = corpus.all_pairs(0.0, &mut |_, _| {});
    assert!(!pairs.is_empty());
    let json = serde_json::to_string(&pairs).expect("serialise");
    let back: Vec<PairSuggestion> = serde_json::from_str(&json).expect("parse");
    assert_eq!(back.len(), pairs.len());
    for (x, y) in back.iter().zip(&pairs) {
        assert!((x.score - y.score).abs() < 1e-12);
        assert_eq!((&x.reason, &x.flags), (&y.reason, &y.flags));
        assert_eq!((x.a_doc, x.a_start, x.a_end), (y.a_doc, y.a_start, y.a_end));
        assert_eq!((x.b_doc, x.b_start, x.b_end), (y.b_doc, y.b_start, y.b_end));
    }
    assert!(json.contains("\"a_start\":"));
    let (s, e) = corpus.sentences(0)[3];
    let sug = corpus.suggest(0, s, e, 2);
    let json = serde_json::to_string(&sug).expect("serialise");
    let back: Vec<Suggestion> = serde_json::from_str(&json).expect("parse");
    assert_eq!(back.len(), sug.len());
    for (x, y) in back.iter().zip(&sug) {
        assert!((x.score - y.score).abs() < 1e-12);
        assert_eq!(
            (x.doc, x.start, x.end, &x.reason, &x.flags),
            (y.doc, y.start, y.end, &y.reason, &y.flags)
        );
    }
}

#[test]
fn suggest_accepts_any_span_and_rejects_bad_ranges() {
    let (a, b) = (afp(), lat());
    let corpus = Corpus::new(&[&a, &b]);
    // A span that is not a whole sentence: part of one.
    let (s, e) = sentence(&a, "An investigation found");
    let sug = corpus.suggest(0, s + 28, e - 30, 1);
    assert_eq!(sug.len(), 1);
    assert!(slice(&b, sug[0].start, sug[0].end).contains("investigation"));
    let n = a.chars().count();
    assert!(corpus.suggest(0, n, n + 10, 1).is_empty());
    assert!(corpus.suggest(5, 0, 10, 1).is_empty());
    assert!(Corpus::new(&[]).all_pairs(0.0, &mut |_, _| {}).is_empty());
}

#[test]
fn a_contraction_glued_to_a_figure_is_explained() {
    // Found by the property test below: "2.5N'T" gives two tokens that overlap ("2.5" and
    // the "n't"), and the gap between them was cut with an overflowing subtraction.
    for (a, b) in [
        ("2.5N'T", ""),
        ("2.5N'T", "2.5N'T"),
        ("It was 2.5N'T 3 times.", "4 times"),
    ] {
        let e = matcher::explain(a, b);
        let (na, nb) = (a.chars().count(), b.chars().count());
        assert!(e
            .flags
            .iter()
            .all(|f| f.a_range.0 <= f.a_range.1 && f.a_range.1 <= na && f.b_range.1 <= nb));
        assert!((0.0..=1.0).contains(&matcher::score(a, b)));
    }
}

mod properties {
    use parallax::matcher::{self, Corpus};
    use proptest::prelude::*;

    /// Text with the characters that stress segmentation and offsets: stops, quotes,
    /// line breaks, digits, emoji, combining marks, CJK, right-to-left.
    fn newsy() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just("U.S.".to_string()),
                Just("Nov. 13".to_string()),
                Just("Gen.".to_string()),
                Just("J. R.".to_string()),
                Just("2.5".to_string()),
                Just("four".to_string()),
                Just("\u{201c}".to_string()),
                Just("\u{201d}".to_string()),
                Just("\"".to_string()),
                Just(". ".to_string()),
                Just("? ".to_string()),
                Just("\n".to_string()),
                Just("\r\n".to_string()),
                Just(" ".to_string()),
                Just("😀".to_string()),
                Just("e\u{301}".to_string()),
                Just("北京".to_string()),
                Just("שלום".to_string()),
                Just("ﬁ".to_string()),
                // Words the rules look around (place-name joiners, speech verbs, figures,
                // units, days, outcomes), so random texts reach them at every position,
                // also last before a stop or a line break (trial 35, F13).
                Just(" an".to_string()),
                Just(" am".to_string()),
                Just(" de".to_string()),
                Just(" des".to_string()),
                Just(" upon".to_string()),
                Just(" van".to_string()),
                Just(" Frankfurt".to_string()),
                Just(" said".to_string()),
                Just(" according to".to_string()),
                Just(" 1,200".to_string()),
                Just(" 1 200".to_string()),
                Just(" 12".to_string()),
                Just(" km".to_string()),
                Just(" per cent".to_string()),
                Just(" million".to_string()),
                Just(" Monday".to_string()),
                Just(" killed".to_string()),
                Just(" not".to_string()),
                Just(" \u{ab} ".to_string()),
                Just("-".to_string()),
                Just(", ".to_string()),
                Just("\n\n".to_string()),
                "[A-Za-z']{1,8}",
            ],
            0..40,
        )
        .prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn segments_are_ordered_trimmed_and_in_bounds(text in newsy()) {
            let chars: Vec<char> = text.chars().collect();
            let mut last = 0;
            for (s, e) in matcher::segment(&text) {
                prop_assert!(s >= last && s < e && e <= chars.len());
                prop_assert!(!chars[s].is_whitespace() && !chars[e - 1].is_whitespace());
                // A sentence may run over a wrapped line, never over a blank line.
                let inner: String = chars[s..e].iter().collect();
                prop_assert!(!inner.replace("\r\n", "\n").split('\n').skip(1).any(|l| l.trim().is_empty()), "{inner:?}");
                last = e;
            }
        }

        #[test]
        fn scores_and_explanations_are_well_formed(a in newsy(), b in newsy()) {
            let s = matcher::score(&a, &b);
            prop_assert!((0.0..=1.0).contains(&s));
            prop_assert!((s - matcher::score(&b, &a)).abs() < 1e-9);
            let e = matcher::explain(&a, &b);
            let (na, nb) = (a.chars().count(), b.chars().count());
            for t in &e.reason.shared {
                prop_assert!(t.a.iter().all(|&(x, y)| x < y && y <= na));
                prop_assert!(t.b.iter().all(|&(x, y)| x < y && y <= nb));
            }
            for f in &e.flags {
                prop_assert!(f.a_range.0 <= f.a_range.1 && f.a_range.1 <= na);
                prop_assert!(f.b_range.0 <= f.b_range.1 && f.b_range.1 <= nb);
            }
        }

        #[test]
        fn corpus_never_panics(docs in proptest::collection::vec(newsy(), 0..4), s in 0usize..50, len in 0usize..50) {
            let refs: Vec<&str> = docs.iter().map(|d| d.as_str()).collect();
            let c = Corpus::new(&refs);
            for d in 0..docs.len() + 1 {
                let _ = c.suggest(d, s, s + len, 3);
            }
            let pairs = c.all_pairs(0.0, &mut |_, _| {});
            for p in pairs {
                prop_assert!(p.a_doc < p.b_doc);
                prop_assert!((0.0..=1.0).contains(&p.score));
            }
        }
    }
}

/// A small labelled set of flagged and unflagged pairs (from the samples, the development
/// articles of `../shared/eval/articles` (ECB+, CC BY 3.0) and made-up variants of the kinds
/// the issue names): each pair with the flag kinds it must carry, nothing else. The full
/// precision/recall over every gold link is in BENCHMARKS.md (`examples/eval_articles.rs`).
#[test]
fn flag_fixture_labelled_pairs() {
    use DiscrepancyKind::*;
    let cases: &[(&str, &str, &[DiscrepancyKind])] = &[
        // Samples: the figure, the vehicle, the same date written two ways.
        (
            "The defector was shot at least four times in his desperate escape bid.",
            "The soldier, shot several times, underwent surgery and treatment for parasitic worms.",
            &[Number],
        ),
        (
            "He then got out of the jeep and ran, pursued by North Korean soldiers.",
            "A North Korean soldier barreled across the Demilitarized Zone in a truck and then ran.",
            &[Vehicle],
        ),
        (
            "The defector was shot on November 13 at the truce village.",
            "The video, shot the afternoon of Nov. 13, shows the soldier speeding down a road.",
            &[],
        ),
        // The same words credited to two people; the same person two ways.
        (
            "\u{201c}The harbour stays closed until the storm has passed,\u{201d} the harbour master said.",
            "\u{201c}The harbour stays closed until the storm has passed,\u{201d} the mayor said.",
            &[Speaker],
        ),
        (
            "The guard ran back to the north side after a few seconds, Carroll said.",
            "According to Carroll, the guard ran back to the north side after a few seconds.",
            &[],
        ),
        // Two sources for one reported fact: no speaker flag.
        (
            "Cooley said Jose Luis Orozco was charged with murdering the deputy outside a Hawaiian Gardens apartment.",
            "A sheriff's deputy died after a shooting Friday afternoon in Hawaiian Gardens, according to the sheriff's department.",
            &[],
        ),
        // Development article 21a: a vague count of the same kind of thing.
        (
            "During his flee, Lasalle struck two other vehicles, but no one was injured.",
            "She said the driver then gunned the car and took off, hitting several cars in the parking lot.",
            &[Number],
        ),
        // 26a: a year both give; the other dates are other facts of the sentence.
        (
            "Gigante had scored a string of victories over prosecutors, but it ended with a July 1997 racketeering conviction.",
            "But in 1997, he was finally convicted of racketeering, and in April 2003 he admitted it was a ruse.",
            &[],
        ),
        // A date that differs.
        (
            "The quake struck on Sunday, killing at least 10 people.",
            "The quake struck on Monday, killing at least 10 people.",
            &[Date],
        ),
        // 24a: a title-case headline has no place to compare.
        (
            "Paris: Jewellery Stolen In Casty Shop Raid",
            "Ram-raiders ploughed their vehicle into a jewellery boutique near Place Vendome in central Paris.",
            &[],
        ),
        // The samples: where the soldier drove ("toward") is not where he was shot ("at"):
        // two names of one place, Panmunjom and the Joint Security Area, are no conflict.
        (
            "The defector was shot at least four times in his desperate escape bid at the Panmunjom truce village on November 13.",
            "The video shows the soldier speeding down a road toward the Joint Security Area, a border outpost.",
            &[],
        ),
        // A place that differs.
        (
            "The plant in Ohio will close next year, the company said.",
            "The plant in Texas will close next year, the company said.",
            &[Place],
        ),
    ];
    for (a, b, want) in cases {
        let got: Vec<DiscrepancyKind> = matcher::explain(a, b)
            .flags
            .iter()
            .map(|f| f.kind)
            .collect();
        assert_eq!(&got, want, "{a}\n{b}");
    }
}

#[test]
fn japanese_and_chinese_sentences_that_share_words_are_matched() {
    // Two short reports in Japanese and one in Chinese; no spaces between words. The
    // parallel sentences share words (午前3時, 地震, 津波), the others do not.
    let ja1 = "午前3時ごろ、東北地方で強い地震があった。\n\n気象庁は津波注意報を出した。\n\n市長は記者会見で被害を説明した。";
    let ja2 = "東北地方で午前3時に地震が発生した。\n\n津波注意報が気象庁から出された。\n\n駅の売店は通常通り営業している。";
    let corpus = Corpus::new(&[ja1, ja2]);
    let pairs = corpus.all_pairs(0.0, &mut |_, _| {});
    let score_of = |a: &str, b: &str| {
        pairs
            .iter()
            .find(|p| {
                ja1.chars()
                    .skip(p.a_start)
                    .collect::<String>()
                    .starts_with(a)
                    && ja2
                        .chars()
                        .skip(p.b_start)
                        .collect::<String>()
                        .starts_with(b)
            })
            .map(|p| p.score)
            .unwrap_or_else(|| panic!("no pair {a} / {b}"))
    };
    let quake = score_of("午前3時ごろ", "東北地方で午前3時");
    let tsunami = score_of("気象庁は", "津波注意報が");
    let unrelated = score_of("市長は", "駅の売店は");
    assert!(
        quake > unrelated && tsunami > unrelated,
        "{quake} {tsunami} {unrelated}"
    );
    // What the page suggests (the floor, past the prefilter): the two parallels, not the
    // unrelated pair. (When a clause was one token, nothing was suggested: 0.03 at most.)
    let suggested = corpus.all_pairs(matcher::SUGGEST_MIN, &mut |_, _| {});
    assert_eq!(suggested.len(), 2, "{suggested:?}");
    assert!(quake >= 0.5 && tsunami >= 0.5 && unrelated < matcher::SUGGEST_MIN);
    // The parallels come first among their sentence's pairs.
    let best_for = |a: &str| {
        pairs
            .iter()
            .filter(|p| {
                ja1.chars()
                    .skip(p.a_start)
                    .collect::<String>()
                    .starts_with(a)
            })
            .max_by(|x, y| x.score.total_cmp(&y.score))
            .map(|p| ja2.chars().skip(p.b_start).take(6).collect::<String>())
            .unwrap_or_default()
    };
    assert_eq!(best_for("午前3時ごろ"), "東北地方で午");
    assert_eq!(best_for("気象庁は"), "津波注意報が");
    // Chinese: the sentence pair scorer sees the shared words too.
    let same = matcher::score(
        "东京时间凌晨三点发生强烈地震。",
        "强烈地震于东京时间凌晨三点发生。",
    );
    let other = matcher::score("东京时间凌晨三点发生强烈地震。", "市长今天参观了新学校。");
    assert!(same > other + 0.1, "{same} {other}");
    // Function characters are no shared words: two unrelated reports that share only
    // 在 (at), 的 (of), 了 (aspect) and 是 (is) share no term.
    let a = "警方在周一逮捕了三名男子，这是本月的第二次。";
    let b = "市长在学校的开幕式上讲了话，他说这是好消息。";
    let e = matcher::explain(a, b);
    let terms: Vec<&str> = e.reason.shared.iter().map(|t| t.term.as_str()).collect();
    assert!(terms.is_empty(), "{terms:?}");
}

#[test]
fn an_article_repeating_one_sentence_takes_no_link_away() {
    // A third article that is one AFP sentence repeated 2,500 times (a 300 KB paste): the
    // claim still gets its LA Times suggestion and the repeated sentence, and the links
    // between the two samples stay.
    let (a, b) = (afp(), lat());
    let claim = "The defector was shot at least four times";
    let (s, e) = sentence(&a, claim);
    let repeated = format!("Pasted\n\n{}\n", vec![slice(&a, s, e); 2500].join(" "));
    let alone = Corpus::new(&[&a, &b]);
    let with = Corpus::new(&[&a, &b, &repeated]);
    let span = (s, s + claim.chars().count());
    let best_in = |c: &Corpus, doc: usize| -> Option<(f64, String)> {
        let text = [&a, &b, &repeated][doc];
        c.suggest(0, span.0, span.1, 3)
            .into_iter()
            .find(|x| x.doc == doc)
            .map(|x| (x.score, slice(text, x.start, x.end)))
    };
    let (before, la_text) = best_in(&alone, 1).expect("an LA Times suggestion");
    let (after, la_after) = best_in(&with, 1).expect("the LA Times suggestion stays");
    assert_eq!(la_after, la_text);
    assert!(after >= 0.4 && before - after < 0.2, "{before} -> {after}");
    let (own, text) = best_in(&with, 2).expect("the repeated sentence is suggested");
    assert!(own > 0.9 && text == slice(&a, s, e), "{own} {text:?}");
    // All pairs: the pairs of the two samples are still found, and the copies match.
    let pairs = |c: &Corpus| -> Vec<(usize, usize)> {
        c.all_pairs(matcher::SUGGEST_MIN, &mut |_, _| {})
            .iter()
            .filter(|p| (p.a_doc, p.b_doc) == (0, 1))
            .map(|p| (p.a_start, p.b_start))
            .collect()
    };
    let (x, y) = (pairs(&alone), pairs(&with));
    let kept = x.iter().filter(|p| y.contains(p)).count();
    assert!(
        kept * 10 >= x.len() * 9,
        "{kept} of {} sample pairs kept",
        x.len()
    );
    let copies = with.all_pairs(0.9, &mut |_, _| {});
    assert!(copies.iter().filter(|p| p.b_doc == 2).count() >= 2500);
}

/// Every text of the test fixtures and samples cut after each of its words, the cut kept as a
/// paragraph of its own with and without a full stop: building the corpus, every suggestion
/// and all pairs never panic. The rules read words around a token ("Frankfurt am Main",
/// "kündigte Widerstand an."); a word that ends a sentence or a paragraph must not send them
/// past the last token (trial 35's F13: German sentences ending in "an." aborted the matcher).
#[test]
fn the_matcher_never_panics_on_text_cut_at_any_word() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut texts = Vec::new();
    let dirs = [
        "samples",
        "tests/fixtures/languages",
        "tests/fixtures/events",
        "tests/fixtures/clauses",
    ];
    for dir in dirs {
        let mut paths: Vec<_> = std::fs::read_dir(format!("{root}/{dir}"))
            .unwrap_or_else(|e| panic!("cannot read {dir}: {e}"))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            texts.push(std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p:?}: {e}")));
        }
    }
    assert!(texts.len() >= 10, "fixtures missing: {}", texts.len());
    // Cuts: up to three words ending at each word, as wire lines break.
    let mut cuts = Vec::new();
    for text in &texts {
        for line in text.lines() {
            let words: Vec<&str> = line.split_whitespace().collect();
            for i in 1..=words.len() {
                let cut = words[i.saturating_sub(3)..i].join(" ");
                cuts.push(format!("{cut}."));
                cuts.push(cut);
            }
        }
    }
    cuts.sort();
    cuts.dedup();
    for chunk in cuts.chunks(400) {
        let doc = chunk.join("\n\n");
        let other = "Der Betriebsrat kündigte Widerstand an. Fine day in Frankfurt am Main.";
        let c = Corpus::new(&[doc.as_str(), other]);
        let pairs = c.all_pairs(0.0, &mut |_, _| {});
        assert!(pairs.iter().all(|p| (0.0..=1.0).contains(&p.score)));
        let n = doc.chars().count();
        for s in (0..n).step_by(97) {
            let _ = c.suggest(0, s, (s + 40).min(n), 3);
        }
    }
}

/// Words the rules read their neighbours from (place-name joiners, speech verbs, figures,
/// units, days, negations) as the last word of a text, a sentence, a paragraph or a line,
/// and as the first after a break: building the corpus, suggesting, all pairs and the
/// explanation of each text against itself with other figures never panic (the kind of
/// trial 35's F13, where a joiner ending a sentence sent a rule past the last token).
#[test]
fn the_matcher_never_panics_on_a_trigger_word_at_any_edge() {
    let words = [
        "an",
        "am",
        "an der",
        "ob",
        "de",
        "des",
        "del",
        "la",
        "di",
        "van",
        "von",
        "upon",
        "on",
        "sur",
        "bei",
        "im",
        "said",
        "told",
        "according to",
        "says",
        "12",
        "1,200",
        "1 200",
        "3.5",
        "km",
        "per cent",
        "%",
        "million",
        "Monday",
        "p.m.",
        "killed",
        "not",
        "no",
        "more than",
        "about",
        "of",
        "\u{ab}",
        "\"",
        "(",
        "-",
        "\u{2013}",
        "Gen.",
    ];
    let frames = [
        "{w}",
        "{w}.",
        "Widerstand {w}",
        "Widerstand {w}.",
        "The Mayor of Santiago {w}.",
        "Officials said 12 {w}\nNext line.",
        "The minister {w}\n\nA new paragraph.",
        "He {w}, she said.",
        "\"{w}\"",
        "Der Minister kündigte {w}",
    ];
    let mut texts = Vec::new();
    for w in words {
        for f in frames {
            texts.push(f.replace("{w}", w));
        }
    }
    let other = texts
        .iter()
        .map(|t| t.replace('2', "7"))
        .collect::<Vec<_>>()
        .join("\n\n");
    for chunk in texts.chunks(40) {
        let doc = chunk.join("\n\n");
        let c = Corpus::new(&[doc.as_str(), other.as_str()]);
        let pairs = c.all_pairs(0.0, &mut |_, _| {});
        assert!(pairs.iter().all(|p| (0.0..=1.0).contains(&p.score)));
        let mut at = 0;
        for t in chunk {
            let n = t.chars().count();
            let _ = c.suggest(0, at, at + n, 3);
            at += n + 2;
            let e = matcher::explain(t, &t.replace('1', "4"));
            assert!((0.0..=1.0).contains(&e.score), "{t:?}");
        }
    }
}

/// Two whole reports of one invented earthquake (`tests/fixtures/frames`): a sentence that
/// shares words only with another's attribution ("…, according to the civil protection
/// service.") is no match, and that sentence's true parallel, attributed to another source,
/// comes first (trial 35, F1: 80 % "same fact" above the parallel's 78 %).
#[test]
fn a_frame_alone_makes_no_match_in_whole_articles() {
    let read = |f: &str| {
        let path = format!("{}/tests/fixtures/frames/{f}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
    };
    let (a, b) = (read("reuters-quake.txt"), read("ap-quake.txt"));
    let corpus = Corpus::new(&[&a, &b]);
    let rescue = sentence(&a, "Rescue teams from the civil protection service");
    let twelve = sentence(&a, "Twelve people were still missing");
    let nine = sentence(&b, "Nine people remain missing");
    let pairs = corpus.all_pairs(0.0, &mut |_, _| {});
    let score = |x: (usize, usize), y: (usize, usize)| {
        pairs
            .iter()
            .find(|p| (p.a_start, p.b_start) == (x.0, y.0))
            .map_or(0.0, |p| p.score)
    };
    let (frame_only, parallel) = (score(rescue, nine), score(twelve, nine));
    assert!(frame_only < matcher::align::RELATED, "{frame_only:.3}");
    assert!(parallel >= matcher::align::PROBABLY_SAME, "{parallel:.3}");
    // From the AP sentence's side (a claim over it), the parallel is the first card.
    let cards = corpus.suggest(1, nine.0, nine.1, 3);
    let first = cards.iter().find(|c| c.doc == 0).map(|c| (c.start, c.end));
    assert_eq!(first, Some(twelve), "{cards:?}");
}
