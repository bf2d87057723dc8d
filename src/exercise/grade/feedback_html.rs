//! One student's feedback as a self-contained HTML file a trainer can hand out (trial 22,
//! F14): the student's figures (strict spans, each label, links, attributions, link kinds)
//! and every feedback item (missed, not in the key, wrong label, wrong boundary,
//! attributions and links, a link's kind) with the key's and the student's text, the key's
//! notes and a link's flags; the same items the class view lists.
//!
//! One file per student, not one for the class: each student gets their own work and
//! figures only (a class file would show every student the others' grades). Like the
//! coverage report, the file has its CSS inline and no script, image, font or link to
//! anything outside it, so it opens from disk, mails as one attachment and prints to PDF.
//! Every text from the files (names, titles, spans, notes) is escaped. The output depends
//! only on its inputs (no clock).

use super::{key_flags_line, link_kind_line, Feedback, PairScores, ShownSpan, StudentGrade};
use crate::report::html::escape;
use std::fmt::Write;

/// The file's CSS: screen and print.
const CSS: &str = r#"
:root { color-scheme: light; }
body { font: 15px/1.5 Georgia, "Times New Roman", serif; color: #111; margin: 2rem auto; max-width: 50rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .3rem; }
h2 { font-size: 1.15rem; border-bottom: 2px solid #333; padding-bottom: .2rem; margin-top: 1.6rem; }
table { border-collapse: collapse; margin: .4rem 0 1rem; }
th, td { border: 1px solid #999; padding: .25rem .5rem; text-align: left; }
thead th { background: #eee; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
ol.items > li { margin: 0 0 .9rem; break-inside: avoid; page-break-inside: avoid; }
.kind { font: bold 13px/1.3 sans-serif; }
.doc { font: 13px sans-serif; color: #444; }
.label { font: bold 11px/1 sans-serif; text-transform: uppercase; border: 1px solid #888; border-radius: 3px; padding: 1px 4px; }
.who { font: 13px sans-serif; color: #333; }
.note { margin: .2rem 0 0; padding: .2rem .5rem; border-left: 3px solid #2a6; background: #eef8f0; }
.warning { color: #7a1f1f; }
.link-kind, .flags { font: 13px/1.4 sans-serif; margin-top: .15rem; }
.flags { color: #8a4b00; }
@page { margin: 15mm; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } .note { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
"#;

/// How a feedback kind reads (as in the class view).
pub fn kind_text(kind: &str) -> &'static str {
    match kind {
        "missed" => "Missed",
        "spurious" => "Not in the key",
        "wrong_label" => "Wrong label",
        "wrong_boundary" => "Wrong boundary",
        "wrong_label_and_boundary" => "Wrong label and boundary",
        "missed_relation" => "Missed attribution",
        "spurious_relation" => "Attribution not in the key",
        "missed_link" => "Missed link",
        "spurious_link" => "Link not in the key",
        "wrong_link_kind" => "Wrong link kind",
        _ => "Other",
    }
}

/// How the line naming a relation's or link's other end begins, by feedback kind.
fn other_end_text(kind: &str) -> &'static str {
    match kind {
        "missed_link" | "wrong_link_kind" => "the key links it to",
        "spurious_link" => "you linked it to",
        "missed_relation" => "the key attributes it to",
        "spurious_relation" => "you attributed it to",
        _ => "other end",
    }
}

/// The file name for `grade`'s feedback: `feedback-<student>.html` (the name as a slug,
/// else the file's), prefixed by the exercise's slug when it has a title.
pub fn feedback_file_name(grade: &StudentGrade, exercise: &str) -> String {
    let who = match crate::exercise::slug(&grade.annotator) {
        s if s.is_empty() => crate::exercise::slug(&grade.file),
        s => s,
    };
    let who = if who.is_empty() {
        "student".to_string()
    } else {
        who
    };
    match crate::exercise::slug(exercise) {
        s if s.is_empty() => format!("feedback-{who}.html"),
        s => format!("{s}.feedback-{who}.html"),
    }
}

fn pair_row(out: &mut String, what: &str, p: &PairScores) {
    if p.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<tr><th>{what}</th><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{:.2}</td><td class=\"n\">{:.2}</td><td class=\"n\">{:.2}</td></tr>",
        p.correct, p.possible, p.actual, p.precision, p.recall, p.f1
    );
}

fn span_line(out: &mut String, who: &str, s: &ShownSpan) {
    let _ = write!(
        out,
        "<div class=\"span\"><span class=\"label\">{}</span> <span class=\"who\">{who}:</span> \u{201c}{}\u{201d}</div>",
        escape(s.label.as_str()),
        escape(&s.text)
    );
}

fn item(out: &mut String, f: &Feedback) {
    let _ = write!(
        out,
        "<li class=\"item fb-{}\"><span class=\"kind\">{}</span> <span class=\"doc\">\u{b7} {}</span>",
        f.kind,
        kind_text(f.kind),
        escape(&f.doc_title)
    );
    if let Some(k) = &f.key {
        span_line(out, "key", k);
    }
    if let Some(s) = &f.student {
        span_line(out, "you", s);
    }
    if let Some(o) = &f.other_end {
        let _ = write!(
            out,
            "<div class=\"span other\"><span class=\"label\">{}</span> <span class=\"who\">{}, in {}:</span> \u{201c}{}\u{201d}</div>",
            escape(o.span.label.as_str()),
            other_end_text(f.kind),
            escape(&o.doc_title),
            escape(&o.span.text)
        );
    }
    if let Some(line) = link_kind_line(f, "you") {
        let _ = write!(out, "<div class=\"link-kind\">{}</div>", escape(&line));
    }
    if let Some(line) = key_flags_line(f) {
        let _ = write!(out, "<div class=\"flags\">{}</div>", escape(&line));
    }
    // The key span's note, else the key's note on the relation or link (as the class view).
    let note = f
        .key
        .as_ref()
        .and_then(|k| k.note.as_deref())
        .or(f.note.as_deref());
    if let Some(n) = note {
        let _ = write!(
            out,
            "<p class=\"note\">Key\u{2019}s note: {}</p>",
            escape(n)
        );
    }
    out.push_str("</li>");
}

/// The feedback file for one student: a complete HTML document (see the module's doc).
/// `exercise` is the exercise's title (may be empty).
pub fn feedback_html(grade: &StudentGrade, exercise: &str) -> String {
    let mut out = String::with_capacity(4096 + 400 * grade.feedback.len());
    let title = if exercise.trim().is_empty() {
        format!("Feedback for {}", grade.annotator)
    } else {
        format!("Feedback for {}: {}", grade.annotator, exercise.trim())
    };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>{CSS}</style></head><body>",
        escape(&title)
    );
    let _ = write!(
        out,
        "<h1>{}</h1><p class=\"doc\">Graded file: {} \u{b7} {} of the key\u{2019}s {} articles graded</p>",
        escape(&title),
        escape(&grade.file),
        grade.graded_articles,
        grade.key_articles
    );
    for w in &grade.warnings {
        let _ = write!(out, "<p class=\"warning\">{}</p>", escape(w));
    }
    // Figures: spans under the strict scheme (label and boundaries equal), overall and by
    // label; then links and attributions (both ends overlapping).
    out.push_str(
        "<h2>Your figures</h2><p>Spans count as correct when their label and both boundaries \
         equal the key\u{2019}s (the strict scheme).</p><table id=\"spans\"><thead><tr><th>Spans</th>\
         <th>Correct</th><th>Incorrect</th><th>Missed</th><th>Not in the key</th>\
         <th>Precision</th><th>Recall</th><th>F1</th></tr></thead><tbody>",
    );
    let rows = std::iter::once(("all labels", &grade.spans.overall))
        .chain(grade.spans.by_label.iter().map(|(l, s)| (l.as_str(), s)));
    for (what, s) in rows {
        let s = &s.strict;
        let _ = write!(
            out,
            "<tr><th>{}</th><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{:.2}</td><td class=\"n\">{:.2}</td><td class=\"n\">{:.2}</td></tr>",
            escape(what),
            s.correct,
            s.incorrect,
            s.missed,
            s.spurious,
            s.precision,
            s.recall,
            s.f1
        );
    }
    out.push_str("</tbody></table>");
    if !(grade.links.is_empty() && grade.relations.is_empty()) {
        out.push_str(
            "<table id=\"pairs\"><thead><tr><th></th><th>Correct</th><th>In the key</th>\
             <th>Yours</th><th>Precision</th><th>Recall</th><th>F1</th></tr></thead><tbody>",
        );
        pair_row(&mut out, "Links", &grade.links);
        pair_row(&mut out, "Attributions", &grade.relations);
        out.push_str("</tbody></table>");
    }
    if !grade.link_kinds.is_empty() {
        let _ = write!(
            out,
            "<p id=\"link-kinds\">Link kinds: {} (of the links you found, those with the \
             key\u{2019}s kind: \u{201c}same fact\u{201d} or \u{201c}told differently\u{201d}).</p>",
            grade.link_kinds.summary()
        );
    }
    out.push_str("<h2>What to look at</h2>");
    if grade.feedback.is_empty() {
        out.push_str("<p>Nothing to correct: every span matches the key.</p>");
    } else {
        out.push_str("<ol class=\"items\">");
        for f in &grade.feedback {
            item(&mut out, f);
        }
        out.push_str("</ol>");
    }
    out.push_str("</body></html>\n");
    out
}
