//! Exercises, span by span: grading (the SemEval-2013 schemes as nervaluate defines them)
//! and Krippendorff's alpha_U against the published example. Whole files (agreement,
//! curation, identity and notes in Parallax JSON, the class view) are in
//! `exercise_files.rs`.

use parallax::exercise::agreement::{alpha_u, distance, Unit, UnitizingStudy};
use parallax::exercise::grade::{evaluate, Item, Outcome, Scheme};
use parallax::model::Label;

// ----- alpha_U: Krippendorff (2004), Content Analysis, 2nd ed., pp. 251-256 -----

/// The distances printed in the book (the dkpro-statistics tests list them too).
#[test]
fn distance_reproduces_the_published_values() {
    // Two units of the same category.
    assert_eq!(distance(225, 70, true, 220, 80, true), 50.0);
    assert_eq!(distance(370, 30, true, 355, 20, true), 850.0);
    assert_eq!(distance(5, 6, true, 4, 2, true), 26.0);
    assert_eq!(distance(5, 6, true, 5, 2, true), 16.0);
    assert_eq!(distance(5, 6, true, 6, 2, true), 10.0);
    assert_eq!(distance(5, 6, true, 7, 2, true), 8.0);
    assert_eq!(distance(5, 6, true, 6, 4, true), 2.0);
    assert_eq!(distance(5, 6, true, 5, 6, true), 0.0);
    // A unit inside the other's gap costs its squared length; a gap against a unit that
    // sticks out of it costs nothing.
    assert_eq!(distance(400, 50, false, 400, 20, true), 400.0);
    assert_eq!(distance(400, 20, true, 400, 50, false), 400.0);
    assert_eq!(
        distance(2, 3, false, 2, 2, true) + distance(5, 6, true, 4, 7, false),
        40.0
    );
    assert_eq!(
        distance(3, 2, false, 3, 2, true) + distance(5, 6, true, 5, 6, false),
        40.0
    );
    assert_eq!(distance(295, 75, false, 355, 20, true), 0.0);
    assert_eq!(distance(10, 5, false, 10, 5, false), 0.0);
    // Units that do not overlap are not compared.
    assert_eq!(distance(0, 5, true, 5, 5, true), 0.0);
}

/// The example of p. 254: continuum 150..450, two observers, categories c and k.
fn krippendorff_2004() -> UnitizingStudy {
    let (c, k) = (0, 1);
    let u = |start, len, rater, category| Unit {
        start,
        len,
        rater,
        category,
    };
    UnitizingStudy {
        begin: 150,
        length: 300,
        raters: 2,
        categories: 2,
        borders: vec![],
        units: vec![
            u(225, 70, 0, c),
            u(370, 30, 0, c),
            u(220, 80, 1, c),
            u(355, 20, 1, c),
            u(400, 20, 1, c),
            u(180, 60, 0, k),
            u(300, 50, 0, k),
            u(180, 60, 1, k),
            u(300, 50, 1, k),
        ],
    }
}

#[test]
fn alpha_u_reproduces_krippendorff_2004_p254() {
    let a = alpha_u(&krippendorff_2004());
    let c = a.by_category[0].expect("category c has units");
    let k = a.by_category[1].expect("category k has units");
    let close = |x: f64, want: f64, tol: f64| (x - want).abs() <= tol;
    assert!(close(c.observed, 0.0144, 0.0001), "D_o(c) = {}", c.observed);
    assert!(close(c.expected, 0.0532, 0.0001), "D_e(c) = {}", c.expected);
    assert!(close(c.alpha.unwrap(), 0.7286, 0.0001), "{c:?}");
    assert_eq!(k.observed, 0.0);
    assert!(close(k.expected, 0.0490, 0.0001), "D_e(k) = {}", k.expected);
    assert_eq!(k.alpha, Some(1.0));
    let all = a.overall.expect("categories were used");
    assert!(close(all.alpha.unwrap(), 0.8591, 0.0005), "{all:?}");
}

#[test]
fn alpha_u_is_one_for_identical_annotators_and_undefined_without_units() {
    let mut s = krippendorff_2004();
    s.units.retain(|u| u.rater == 0);
    let copy: Vec<Unit> = s.units.iter().map(|u| Unit { rater: 1, ..*u }).collect();
    s.units.extend(copy);
    let a = alpha_u(&s);
    assert_eq!(a.overall.unwrap().alpha, Some(1.0));
    s.units.clear();
    let a = alpha_u(&s);
    assert_eq!(a.overall, None);
    assert_eq!(a.by_category, vec![None, None]);
}

#[test]
fn alpha_u_merges_overlapping_units_of_one_annotator() {
    // Annotator 0 marks 10..30 as two overlapping units; the result is the same as one.
    let mk = |units: Vec<Unit>| UnitizingStudy {
        begin: 0,
        length: 100,
        raters: 2,
        categories: 1,
        units,
        borders: vec![],
    };
    let u = |start, len, rater| Unit {
        start,
        len,
        rater,
        category: 0,
    };
    let split = alpha_u(&mk(vec![u(10, 15, 0), u(20, 10, 0), u(12, 18, 1)]));
    let whole = alpha_u(&mk(vec![u(10, 20, 0), u(12, 18, 1)]));
    assert_eq!(split, whole);
    let a = whole.overall.unwrap().alpha.unwrap();
    assert!(a > 0.0 && a < 1.0, "{a}");
}

#[test]
fn alpha_u_cuts_gaps_at_borders() {
    // Two parts of 50: the units are the same, but with a border at 50 the gap of rater 0
    // from 30 to 70 is two gaps, which changes the expected disagreement only.
    let u = |start, len, rater| Unit {
        start,
        len,
        rater,
        category: 0,
    };
    let units = vec![u(10, 20, 0), u(70, 10, 0), u(12, 18, 1), u(70, 20, 1)];
    let mk = |borders: Vec<u64>| UnitizingStudy {
        begin: 0,
        length: 100,
        raters: 2,
        categories: 1,
        units: units.clone(),
        borders,
    };
    let whole = alpha_u(&mk(vec![])).overall.unwrap();
    let cut = alpha_u(&mk(vec![50])).overall.unwrap();
    assert_eq!(whole.observed, cut.observed);
    assert_ne!(whole.expected, cut.expected);
    // A border inside no gap (inside a unit of both) changes nothing.
    let inside = alpha_u(&mk(vec![20])).overall.unwrap();
    assert_eq!(whole, inside);
}

// ----- grading -----

fn item(start: usize, end: usize, label: Label, index: usize) -> Item {
    Item {
        start,
        end,
        label,
        index,
    }
}

#[test]
fn the_four_schemes_follow_nervaluate_on_a_worked_example() {
    use Label::*;
    // key: claim 0..10, quote 20..30, context 40..50, attribution 60..70
    let truth = [
        item(0, 10, Claim, 0),
        item(20, 30, Quote, 1),
        item(40, 50, Context, 2),
        item(60, 70, Attribution, 3),
    ];
    // student: exact claim, quote with a wrong label (same bounds), context with wrong
    // bounds, nothing for the attribution, and a spurious claim.
    let pred = [
        item(0, 10, Claim, 0),
        item(20, 30, Claim, 1),
        item(42, 50, Context, 2),
        item(80, 90, Claim, 3),
    ];
    let (s, _) = evaluate(Scheme::Strict, &truth, &pred);
    assert_eq!(
        (s.correct, s.incorrect, s.partial, s.missed, s.spurious),
        (1, 2, 0, 1, 1)
    );
    assert_eq!((s.possible, s.actual), (4, 4));
    assert_eq!(s.precision, 0.25);
    let (s, _) = evaluate(Scheme::Exact, &truth, &pred);
    assert_eq!(
        (s.correct, s.incorrect, s.partial, s.missed, s.spurious),
        (2, 1, 0, 1, 1)
    );
    let (s, _) = evaluate(Scheme::Partial, &truth, &pred);
    assert_eq!(
        (s.correct, s.incorrect, s.partial, s.missed, s.spurious),
        (2, 0, 1, 1, 1)
    );
    assert_eq!(s.precision, 2.5 / 4.0);
    assert_eq!(s.recall, 2.5 / 4.0);
    let (s, _) = evaluate(Scheme::EntType, &truth, &pred);
    assert_eq!(
        (s.correct, s.incorrect, s.partial, s.missed, s.spurious),
        (2, 1, 0, 1, 1)
    );
}

#[test]
fn overlap_means_one_percent_of_the_key_span() {
    use Label::*;
    // A key span of 200 code points: 1 code point in common is 0.5%, not an overlap;
    // 2 code points are 1%, an overlap.
    let truth = [item(0, 200, Claim, 0)];
    let (s, _) = evaluate(Scheme::Partial, &truth, &[item(199, 210, Claim, 0)]);
    assert_eq!((s.partial, s.spurious, s.missed), (0, 1, 1));
    let (s, _) = evaluate(Scheme::Partial, &truth, &[item(198, 210, Claim, 0)]);
    assert_eq!((s.partial, s.spurious, s.missed), (1, 0, 0));
}

/// Nested and overlapping spans: the alignment is one-to-one (a key span is matched at
/// most once, a student span counts once): student spans equal to a key span first, then
/// greedy in (start, end, label) order.
#[test]
fn nested_spans_are_aligned_one_to_one() {
    use Label::*;
    // Key: a claim 0..40 with a quote 10..20 inside it.
    let truth = [item(0, 40, Claim, 0), item(10, 20, Quote, 1)];
    // Student: only the inner quote. It matches the quote, not the claim around it.
    let (s, out) = evaluate(Scheme::Strict, &truth, &[item(10, 20, Quote, 0)]);
    assert_eq!((s.correct, s.incorrect, s.missed, s.spurious), (1, 0, 1, 0));
    assert!(out.contains(&Outcome::Correct { pred: 0, truth: 1 }));
    assert!(out.contains(&Outcome::Missed { truth: 0 }));
    // Student: the claim twice, then the quote. Each key span is taken once only, and a
    // student span equal to a key span takes it first: the claim and the quote are correct,
    // the second claim finds nothing left (spurious). (Greedy alone, as nervaluate walks
    // its inputs, the second claim would take the quote inside it and leave the student's
    // exact quote spurious.)
    let pred = [
        item(0, 40, Claim, 0),
        item(0, 40, Claim, 1),
        item(10, 20, Quote, 2),
    ];
    let (s, out) = evaluate(Scheme::Strict, &truth, &pred);
    assert_eq!((s.correct, s.incorrect, s.missed, s.spurious), (2, 0, 0, 1));
    assert!(out.contains(&Outcome::Correct { pred: 2, truth: 1 }));
    assert!(out.contains(&Outcome::Spurious { pred: 1 }));
    // Trial 44 F1: a context span nested at the start of the student's exact key claim
    // comes first in (start, end) order; the claim is still correct, the context extra.
    let truth = [item(0, 70, Claim, 0)];
    let pred = [item(0, 29, Context, 0), item(0, 70, Claim, 1)];
    for scheme in Scheme::ALL {
        let (s, out) = evaluate(scheme, &truth, &pred);
        assert_eq!((s.correct, s.spurious, s.missed), (1, 1, 0), "{scheme:?}");
        assert!(out.contains(&Outcome::Correct { pred: 1, truth: 0 }));
    }
    // ent_type: the closest key span of the same label wins, even after a farther one.
    let truth = [item(0, 40, Quote, 0), item(10, 20, Quote, 1)];
    let (_, out) = evaluate(Scheme::EntType, &truth, &[item(11, 20, Quote, 0)]);
    assert!(out.contains(&Outcome::Correct { pred: 0, truth: 1 }));
    // Every key span and every student span appears exactly once in the alignment.
    let pred = [
        item(5, 15, Quote, 0),
        item(12, 30, Quote, 1),
        item(0, 3, Quote, 2),
    ];
    for scheme in Scheme::ALL {
        let (s, out) = evaluate(scheme, &truth, &pred);
        assert_eq!(
            out.len(),
            s.correct + s.incorrect + s.partial + s.missed + s.spurious
        );
        assert_eq!(s.possible, truth.len());
        assert_eq!(s.actual, pred.len());
    }
}
