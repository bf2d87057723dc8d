//! The class table as CSV: one row per graded student, with the articles each row was
//! graded on, so a row graded on fewer of the key's articles shows as such.

use super::{LeftOutArticle, Scheme, StudentGrade};
use crate::exercise::copies::{Likeness, SameWork};
use crate::model::Label;

/// Quote a CSV field when it needs it (RFC 4180). A text a spreadsheet would run as a
/// formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return: a student's name
/// such as `=HYPERLINK(…)`) gets a leading `'`, so it is shown as text (OWASP, "CSV
/// Injection").
pub fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The class table as CSV (RFC 4180, `\n` line ends): one row per student with the file,
/// the annotator, precision/recall/F1 of the four schemes overall, the strict F1 of each
/// label (empty when neither key nor student used it), relations' and links'
/// precision/recall/F1 (empty when neither key nor student has any), then on which
/// articles the row was graded: `graded_articles` of the `key_articles`, the titles of
/// the key's articles the student's file does not have (`missing_articles`) and of the
/// student's articles the key does not have (`left_out_articles`), each list joined with
/// `; ` (empty when there are none); last, of the links found, how many have the key
/// link's kind (`link_kinds_right` of `link_kinds_found`; both empty when no link was
/// found, last so that older readers of the columns before keep working). Figures have 4
/// decimals.
pub fn grade_csv(grades: &[StudentGrade]) -> String {
    let (head, rows) = table(grades);
    lines(head, rows)
}

/// [`grade_csv`] with two more columns last, for copied work (trial 25): `same_spans_as`,
/// the other students' files with the very same spans as this row's, and `nearly_same_as`,
/// those with nearly the same work (see [`crate::exercise::copies`]); file names joined
/// with `; `, empty when there are none. What the class view's *Export CSV* writes, and
/// `parallax grade --csv`.
pub fn class_csv(grades: &[StudentGrade], same: &[SameWork]) -> String {
    let (mut head, mut rows) = table(grades);
    head.extend(["same_spans_as".to_string(), "nearly_same_as".to_string()]);
    for (g, row) in grades.iter().zip(&mut rows) {
        let others = |exact: bool| {
            let names: Vec<&str> = same
                .iter()
                .filter(|w| matches!(w.likeness, Likeness::SameSpans) == exact)
                .filter_map(|w| {
                    if w.a == g.file {
                        Some(w.b.as_str())
                    } else if w.b == g.file {
                        Some(w.a.as_str())
                    } else {
                        None
                    }
                })
                .collect();
            csv_field(&names.join("; "))
        };
        row.extend([others(true), others(false)]);
    }
    lines(head, rows)
}

/// The header and the rows joined into CSV text, `\n` line ends.
fn lines(head: Vec<String>, rows: Vec<Vec<String>>) -> String {
    let mut out = head.join(",");
    out.push('\n');
    for row in rows {
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// The header and rows of [`grade_csv`], each field quoted as needed.
fn table(grades: &[StudentGrade]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut head = vec!["file".to_string(), "annotator".to_string()];
    for scheme in Scheme::ALL {
        for f in ["precision", "recall", "f1"] {
            head.push(format!("{}_{f}", scheme.name()));
        }
    }
    for label in Label::ALL {
        head.push(format!("{label}_strict_f1"));
    }
    for what in ["relations", "links"] {
        for f in ["precision", "recall", "f1"] {
            head.push(format!("{what}_{f}"));
        }
    }
    for what in [
        "graded_articles",
        "key_articles",
        "missing_articles",
        "left_out_articles",
        "link_kinds_right",
        "link_kinds_found",
    ] {
        head.push(what.to_string());
    }
    let mut rows = Vec::new();
    let num = |x: f64| format!("{x:.4}");
    for g in grades {
        let mut row = vec![csv_field(&g.file), csv_field(&g.annotator)];
        for scheme in Scheme::ALL {
            let s = g.spans.overall.get(scheme);
            row.extend([num(s.precision), num(s.recall), num(s.f1)]);
        }
        for label in Label::ALL {
            row.push(
                g.spans
                    .by_label
                    .get(label.as_str())
                    .map(|s| num(s.strict.f1))
                    .unwrap_or_default(),
            );
        }
        for p in [&g.relations, &g.links] {
            if p.is_empty() {
                // Neither the key nor the student has any: nothing to score (not 0).
                row.extend([String::new(), String::new(), String::new()]);
            } else {
                row.extend([num(p.precision), num(p.recall), num(p.f1)]);
            }
        }
        let titles = |v: &[LeftOutArticle]| {
            csv_field(
                &v.iter()
                    .map(|a| a.title.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        };
        row.extend([
            g.graded_articles.to_string(),
            g.key_articles.to_string(),
            titles(&g.missing_articles),
            titles(&g.left_out_articles),
        ]);
        if g.link_kinds.is_empty() {
            row.extend([String::new(), String::new()]);
        } else {
            row.extend([
                g.link_kinds.right.to_string(),
                g.link_kinds.found.to_string(),
            ]);
        }
        rows.push(row);
    }
    (head, rows)
}
