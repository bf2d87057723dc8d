//! Trial 40's opposite outcomes, speakers and vehicles (REPORT37-trial T4, T6, T9), read
//! through the public corpus as the CLI and the page read them: each pair of
//! `tests/fixtures/outcomes/pairs.tsv` as two one-sentence articles, the flag of the
//! named kind on its best pair with the texts the fixture gives, or none of that kind;
//! and trial 44's two short articles of one prison escape (session 42), one telling a man
//! still at large, the other both escaped men caught.

use parallax::matcher::Corpus;

/// One line of the fixture: name, the two sentences, the flag kind, the two flagged texts
/// (`None` for no flag of that kind).
struct Case {
    name: String,
    a: String,
    b: String,
    kind: String,
    want: Option<(String, String)>,
}

/// The cases of `tests/fixtures/outcomes/pairs.tsv`.
fn cases() -> Vec<Case> {
    let path = format!(
        "{}/tests/fixtures/outcomes/pairs.tsv",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split('|').collect();
            assert_eq!(f.len(), 6, "{l}");
            let want = (f[4] != "-").then(|| (f[4].to_string(), f[5].to_string()));
            Case {
                name: f[0].into(),
                a: f[1].into(),
                b: f[2].into(),
                kind: f[3].into(),
                want,
            }
        })
        .collect()
}

/// The flags of `kind` on the pair of the two sentences, each as one article: (text in
/// `a`, text in `b`).
fn flags_of(a: &str, b: &str, kind: &str) -> Vec<(String, String)> {
    let corpus = Corpus::new(&[a, b]);
    let pairs = corpus.all_pairs(0.0, &mut |_, _| {});
    let best = pairs
        .iter()
        .max_by(|x, y| x.score.total_cmp(&y.score))
        .unwrap_or_else(|| panic!("no pair: {a} / {b}"));
    best.flags
        .iter()
        .filter(|f| f.kind.as_str() == kind)
        .map(|f| (f.a.clone(), f.b.clone()))
        .collect()
}

#[test]
fn trial_40s_pairs_carry_the_flags_they_should() {
    let cases = cases();
    assert!(cases.len() >= 20, "{} cases", cases.len());
    for c in cases {
        let got = flags_of(&c.a, &c.b, &c.kind);
        match &c.want {
            Some(want) => assert_eq!(got, vec![want.clone()], "{}: {} / {}", c.name, c.a, c.b),
            None => assert!(got.is_empty(), "{}: {got:?}", c.name),
        }
    }
}

/// The outcome flags on the pair of the sentence of `a` that holds `in_a` and the sentence
/// of `b` that holds `in_b`, two articles read as the CLI and the page read them.
fn outcome_flags_between(a: &str, b: &str, in_a: &str, in_b: &str) -> Vec<(String, String)> {
    let corpus = Corpus::new(&[a, b]);
    let pairs = corpus.all_pairs(0.0, &mut |_, _| {});
    let text =
        |doc: &str, s: usize, e: usize| -> String { doc.chars().skip(s).take(e - s).collect() };
    let pair = pairs
        .iter()
        .find(|p| {
            p.a_doc == 0
                && text(a, p.a_start, p.a_end).contains(in_a)
                && text(b, p.b_start, p.b_end).contains(in_b)
        })
        .unwrap_or_else(|| panic!("no pair: {in_a} / {in_b}"));
    pair.flags
        .iter()
        .filter(|f| f.kind.as_str() == "outcome")
        .map(|f| (f.a.clone(), f.b.clone()))
        .collect()
}

#[test]
fn one_still_at_large_against_both_escaped_men_caught_is_flagged_across_articles() {
    let a = "Two inmates escaped from Dunmore prison on Monday night. \
             Hood remains at large, police said.";
    let b = "Two inmates escaped from Dunmore prison on Monday night. \
             Both men were recaptured on Thursday, police said.";
    assert_eq!(
        outcome_flags_between(a, b, "Hood remains", "Both men"),
        vec![("at large".to_string(), "recaptured".to_string())]
    );
    // The other article names two men and says the other one was caught: no
    // contradiction about Hood.
    let b = "Hood and Smith escaped from Dunmore prison on Monday night. \
             Smith was recaptured on Thursday, police said.";
    assert!(outcome_flags_between(a, b, "Hood remains", "Smith was").is_empty());
}
