//! The mistakes two students' files share against the answer key, and what they weigh
//! (rule 2 of [`super`]): which feedback items are mistakes, what identifies one, and
//! how a headline or a mistake common in the class counts less.

use super::{COMMON_SHARE, HEADLINE_WEIGHT};
use crate::exercise::grade::{Feedback, StudentGrade};
use crate::model::{Label, LinkKind};

/// What the mistakes `ga` and `gb` share weigh by rule 2 (see `weighed` in [`super`]), with each in
/// words and what it counted (0-1).
pub(super) fn weigh(
    ga: &StudentGrade,
    gb: &StudentGrade,
    others: &[&StudentGrade],
) -> (f64, Vec<(String, f64)>) {
    let theirs: Vec<Vec<MistakeKey>> = others.iter().map(|g| mistake_keys(g)).collect();
    let mut weight = 0.0;
    let mut words = Vec::new();
    for m in shared_mistakes(ga, gb) {
        let w = mistake_words(m);
        let mut x = 1.0;
        let mut why = Vec::new();
        if is_headline(m) {
            x *= HEADLINE_WEIGHT;
            why.push("a headline".to_string());
        }
        if others.len() >= 2 {
            let key = mistake_key(m);
            let k = theirs.iter().filter(|t| t.contains(&key)).count();
            let share = k as f64 / others.len() as f64;
            if share > COMMON_SHARE {
                x *= (1.0 - share) / (1.0 - COMMON_SHARE);
                why.push(format!("{k} of the {} others make it too", others.len()));
            }
        }
        weight += x;
        words.push(if why.is_empty() {
            (w, x)
        } else {
            (format!("{w} (counted {x:.2}: {})", why.join(", ")), x)
        });
    }
    (weight, words)
}

/// Whether a mistake is a spurious span that is an article's headline (its text, trimmed,
/// is the article's title): the commonest extra span a careful class makes.
fn is_headline(f: &Feedback) -> bool {
    f.kind == "spurious"
        && !f.doc_title.trim().is_empty()
        && f.student
            .as_ref()
            .is_some_and(|s| s.text.trim() == f.doc_title.trim())
}

/// What identifies a mistake: its kind and article, the student's side (span offsets and
/// label, the other end's, the link kind) and the key's span it concerns.
type MistakeKey = (
    &'static str,
    String,
    Option<(usize, usize, Label)>,
    Option<(usize, usize, Label)>,
    Option<(String, usize, usize)>,
    Option<LinkKind>,
);

fn mistake_key(f: &Feedback) -> MistakeKey {
    // A relation's or link's ends are told by their offsets: a label changed at one end
    // is a span's mistake, not the link's.
    let pair = f.other_end.is_some();
    let at = |s: &crate::exercise::grade::ShownSpan| {
        (s.start, s.end, if pair { Label::Claim } else { s.label })
    };
    (
        f.kind,
        f.doc.clone(),
        f.key.as_ref().map(at),
        f.student.as_ref().map(at),
        f.other_end
            .as_ref()
            .map(|o| (o.doc.clone(), o.span.start, o.span.end)),
        f.student_kind,
    )
}

/// Whether a feedback item is a mistake (not a missed key item).
fn is_mistake(f: &Feedback) -> bool {
    !f.kind.starts_with("missed")
}

/// What identifies each mistake of `g`.
fn mistake_keys(g: &StudentGrade) -> Vec<MistakeKey> {
    g.feedback
        .iter()
        .filter(|f| is_mistake(f))
        .map(mistake_key)
        .collect()
}

/// The mistakes (feedback items other than missed ones) `ga` and `gb` both have, in
/// `ga`'s order.
pub(super) fn shared_mistakes<'g>(ga: &'g StudentGrade, gb: &StudentGrade) -> Vec<&'g Feedback> {
    let theirs = mistake_keys(gb);
    ga.feedback
        .iter()
        .filter(|f| is_mistake(f) && theirs.contains(&mistake_key(f)))
        .collect()
}

/// A mistake in a few words: what is wrong and the student's text there
/// (`wrong label on “The court heard…”`).
pub(super) fn mistake_words(f: &Feedback) -> String {
    let what = f.kind.replace('_', " ");
    let text = f
        .student
        .as_ref()
        .or(f.key.as_ref())
        .map(|s| crate::model::text::ellipsize(&s.text, 40))
        .unwrap_or_default();
    format!("{what} on \u{201c}{text}\u{201d}")
}
