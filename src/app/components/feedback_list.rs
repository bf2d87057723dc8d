//! One student's feedback: each missed, spurious, wrong-label and wrong-boundary item
//! with its text and the key's note; a relation or link item names both its ends, each
//! with its article, and a link item its kinds and the key link's flags. Clicking an item shows its place in the article (the key's text
//! around it, the key's and the student's spans marked, and the other end's place).

use crate::app::view::{quoted, WsRef};
use crate::exercise::grade::{
    key_flags_line, link_kind_line, Feedback, OtherEnd, ShownSpan, StudentGrade,
};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FeedbackListProps {
    pub grade: Rc<StudentGrade>,
    /// The answer key (its articles give the context).
    pub key_ws: Option<WsRef>,
    /// The exercise's title, for the exported file's title and name.
    #[prop_or_default]
    pub exercise: AttrValue,
    /// A download failed: the message.
    #[prop_or_default]
    pub on_error: Callback<String>,
}

use crate::exercise::grade::feedback_kind_text as kind_text;

/// How the line naming a relation's or link's other end begins, by feedback kind.
fn other_end_text(kind: &str) -> &'static str {
    match kind {
        "missed_link" | "wrong_link_kind" => "the key links it to",
        "spurious_link" => "the student linked it to",
        "missed_relation" => "the key attributes it to",
        "spurious_relation" => "the student attributed it to",
        _ => "other end",
    }
}

/// At most `max` characters of `text`, cut at a space where there is one, with `…` when cut.
fn excerpt(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}\u{2026}", cut.trim_end())
}

/// The line naming a relation's or link's other end: its label, its article, its text.
fn other_end_line(kind: &str, o: &OtherEnd) -> Html {
    html! {
        <div class="fb-span fb-other-span" data-doc={o.doc.clone()}>
            <span class={classes!("fb-label", format!("label-{}", o.span.label.as_str()))}>{ o.span.label.as_str() }</span>
            { format!(" {}, in ", other_end_text(kind)) }
            <cite class="fb-other-doc">{ o.doc_title.clone() }</cite>
            { format!(": {}", quoted(&excerpt(&o.span.text, 160))) }
        </div>
    }
}

/// The article text around an item, with the key's and the student's ranges marked (and
/// the other end of a relation or link, when it is in this article); then, for a link
/// whose other end is in another article, that article's text around it.
fn context(ws: &WsRef, f: &Feedback) -> Html {
    let other = f.other_end.as_ref();
    let mut ranges: Vec<(usize, usize, &'static str)> = [
        f.key.as_ref().map(|s| (s.start, s.end, "fb-key")),
        f.student.as_ref().map(|s| (s.start, s.end, "fb-student")),
    ]
    .into_iter()
    .flatten()
    .collect();
    let elsewhere = match other {
        Some(o) if o.doc == f.doc => {
            ranges.push((o.span.start, o.span.end, "fb-other"));
            None
        }
        Some(o) => {
            // The other end is from the same file as the first: the key's, or the student's.
            let class = if f.key.is_some() {
                "fb-key"
            } else {
                "fb-student"
            };
            Some(context_of(ws, &o.doc, &[(o.span.start, o.span.end, class)]))
        }
        None => None,
    };
    html! {
        <>
            { context_of(ws, &f.doc, &ranges) }
            { elsewhere.unwrap_or_default() }
        </>
    }
}

/// The text of the key's article `doc_id` around `ranges` (code points), each marked with
/// its class.
fn context_of(ws: &WsRef, doc_id: &str, ranges: &[(usize, usize, &'static str)]) -> Html {
    let Some(doc) = ws.0.document(doc_id) else {
        return html! {};
    };
    let lo = ranges
        .iter()
        .map(|r| r.0)
        .min()
        .unwrap_or(0)
        .saturating_sub(160);
    let hi = (ranges.iter().map(|r| r.1).max().unwrap_or(0) + 160).min(doc.cp_len());
    // Cut points, then one piece per stretch with the classes covering it.
    let mut cuts: Vec<usize> = vec![lo, hi];
    for r in ranges {
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
        <blockquote class="fb-context" data-doc={doc_id.to_string()}>
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
        let span_line = |who: &str, sp: &Option<ShownSpan>| {
            sp.as_ref().map(|sp| html! {
                <div class={classes!("fb-span", format!("fb-{who}-span"))}>
                    <span class={classes!("fb-label", format!("label-{}", sp.label.as_str()))}>{ sp.label.as_str() }</span>
                    { format!(" {who}: {}", quoted(&sp.text)) }
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
                if let Some(o) = &f.other_end { { other_end_line(f.kind, o) } }
                if let Some(line) = link_kind_line(f, "the student") { <p class="fb-link-kind">{ line }</p> }
                if let Some(line) = key_flags_line(f) { <p class="fb-flags">{ line }</p> }
                if let Some(n) = note { <p class="fb-note">{ format!("Key\u{2019}s note: {n}") }</p> }
                if *open == Some(i) {
                    if let Some(ws) = &props.key_ws { { context(ws, f) } }
                }
            </li>
        }
    });
    // One self-contained HTML file for this student to hand out (trial 22, F14).
    let export = {
        let (g, exercise, on_error) = (g.clone(), props.exercise.clone(), props.on_error.clone());
        Callback::from(move |_: MouseEvent| {
            let html = crate::exercise::grade::feedback_html(&g, &exercise);
            let name = crate::exercise::grade::feedback_file_name(&g, &exercise);
            if let Err(e) =
                crate::app::browser::download(&name, "text/html;charset=utf-8", html.as_bytes())
            {
                on_error.emit(e);
            }
        })
    };
    html! {
        <section id="feedback" class="feedback" data-annotator={g.annotator.clone()}>
            <h3>{ format!("Feedback for {}", g.annotator) }
                // The file too: two students may give the same name.
                <span class="fb-file">{ format!(" ({})", g.file) }</span></h3>
            <button id="export-feedback" onclick={export}
                    title="Download this student's feedback as one HTML file to hand out (figures, every item, the key's notes; opens offline, prints to PDF)">
                { "Export feedback" }</button>
            <p class="summary">{ format!(
                "Strict: {} correct, {} incorrect, {} missed, {} not in the key (F1 {:.2}).",
                s.correct, s.incorrect, s.missed, s.spurious, s.f1
            ) }</p>
            if !g.link_kinds.is_empty() {
                <p class="summary fb-link-kinds">{ format!(
                    "Link kinds: {} (of the links found, those with the key\u{2019}s kind: \u{201c}same fact\u{201d} or \u{201c}told differently\u{201d}).",
                    g.link_kinds.summary()
                ) }</p>
            }
            { for g.warnings.iter().map(|w| html! { <p class="hint fb-warning">{ w.clone() }</p> }) }
            if g.feedback.is_empty() {
                <p class="hint">{ "Nothing to correct: every span matches the key." }</p>
            } else {
                <ol class="feedback-list">{ for items }</ol>
            }
        </section>
    }
}
