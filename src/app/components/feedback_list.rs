//! One student's feedback: each missed, spurious, wrong-label and wrong-boundary item
//! with its text and the key's note. Clicking an item shows its place in the article
//! (the key's text around it, the key's and the student's spans marked).

use crate::app::view::WsRef;
use crate::exercise::grade::{Feedback, StudentGrade};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FeedbackListProps {
    pub grade: Rc<StudentGrade>,
    /// The answer key (its articles give the context).
    pub key_ws: Option<WsRef>,
}

/// How a feedback kind reads.
fn kind_text(kind: &str) -> &'static str {
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
        _ => "Other",
    }
}

/// The article text around an item, with the key's and the student's ranges marked.
fn context(ws: &WsRef, f: &Feedback) -> Html {
    let Some(doc) = ws.0.document(&f.doc) else {
        return html! {};
    };
    let ranges: Vec<(usize, usize, &str)> = [
        f.key.as_ref().map(|s| (s.start, s.end, "fb-key")),
        f.student.as_ref().map(|s| (s.start, s.end, "fb-student")),
    ]
    .into_iter()
    .flatten()
    .collect();
    let lo = ranges
        .iter()
        .map(|r| r.0)
        .min()
        .unwrap_or(0)
        .saturating_sub(160);
    let hi = (ranges.iter().map(|r| r.1).max().unwrap_or(0) + 160).min(doc.cp_len());
    // Cut points, then one piece per stretch with the classes covering it.
    let mut cuts: Vec<usize> = vec![lo, hi];
    for r in &ranges {
        cuts.extend([r.0.clamp(lo, hi), r.1.clamp(lo, hi)]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let pieces = cuts.windows(2).map(|w| {
        let text = doc.slice(w[0], w[1]).unwrap_or_default().to_string();
        let classes: Vec<&str> = ranges
            .iter()
            .filter(|r| r.0 <= w[0] && w[1] <= r.1)
            .map(|r| r.2)
            .collect();
        if classes.is_empty() {
            html! { { text } }
        } else {
            html! { <mark class={classes!(classes)}>{ text }</mark> }
        }
    });
    html! {
        <blockquote class="fb-context" data-doc={f.doc.clone()}>
            if lo > 0 { { "\u{2026}" } }
            { for pieces }
            if hi < doc.cp_len() { { "\u{2026}" } }
        </blockquote>
    }
}

#[function_component(FeedbackList)]
pub fn feedback_list(props: &FeedbackListProps) -> Html {
    let open = use_state(|| None::<usize>);
    let g = &props.grade;
    let s = &g.spans.overall.strict;
    let items = g.feedback.iter().enumerate().map(|(i, f)| {
        let onclick = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| {
                open.set(if *open == Some(i) { None } else { Some(i) })
            })
        };
        let span_line = |who: &str, sp: &Option<crate::exercise::grade::ShownSpan>| {
            sp.as_ref().map(|sp| html! {
                <div class={classes!("fb-span", format!("fb-{who}-span"))}>
                    <span class={classes!("fb-label", format!("label-{}", sp.label.as_str()))}>{ sp.label.as_str() }</span>
                    { format!(" {who}: \u{201c}{}\u{201d}", sp.text) }
                </div>
            })
        };
        let note = f
            .key
            .as_ref()
            .and_then(|k| k.note.clone())
            .or_else(|| f.note.clone());
        html! {
            <li class={classes!("feedback-item", format!("fb-{}", f.kind))} data-kind={f.kind}>
                <button class="fb-go" {onclick} title="Show its place in the article">
                    <strong>{ kind_text(f.kind) }</strong>{ format!(" \u{00b7} {}", f.doc_title) }
                </button>
                { span_line("key", &f.key).unwrap_or_default() }
                { span_line("student", &f.student).unwrap_or_default() }
                if let Some(n) = note { <p class="fb-note">{ format!("Key\u{2019}s note: {n}") }</p> }
                if *open == Some(i) {
                    if let Some(ws) = &props.key_ws { { context(ws, f) } }
                }
            </li>
        }
    });
    html! {
        <section id="feedback" class="feedback" data-annotator={g.annotator.clone()}>
            <h3>{ format!("Feedback for {}", g.annotator) }
                // The file too: two students may give the same name.
                <span class="fb-file">{ format!(" ({})", g.file) }</span></h3>
            <p class="summary">{ format!(
                "Strict: {} correct, {} incorrect, {} missed, {} not in the key (F1 {:.2}).",
                s.correct, s.incorrect, s.missed, s.spurious, s.f1
            ) }</p>
            if g.feedback.is_empty() {
                <p class="hint">{ "Nothing to correct: every span matches the key." }</p>
            } else {
                <ol class="feedback-list">{ for items }</ol>
            }
        </section>
    }
}
