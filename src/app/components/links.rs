//! Cross-source links: the reducer's link actions ([`LinkAction`], applied by [`apply`]
//! through the undo history), the links list (`#links`), and revealing a link's two ends
//! (both articles scroll to their spans, which flash).

use crate::app::state::{Action, AppState, NoticeKind};
use crate::linking::{self, SpanSuggestion};
use crate::model::{LinkKind, ModelError, Origin, Rejection, Workspace};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Link changes; each one is a single undo step.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkAction {
    /// Accept a matcher suggestion (creating the target span if needed).
    Accept(Box<SpanSuggestion>),
    /// Reject a suggestion: it is remembered and not offered again.
    Reject(Rejection),
    /// Link two spans by hand.
    Manual {
        a: String,
        b: String,
    },
    Remove(String),
}

/// Apply a link action to the app state (called by the reducer).
pub fn apply(s: &mut AppState, action: LinkAction) {
    let (what, result) = match action {
        LinkAction::Accept(sug) => (
            "accept the suggestion",
            s.history
                .edit(|w| linking::accept(Rc::make_mut(w), &sug).map(|_| ())),
        ),
        LinkAction::Reject(r) => {
            if s.workspace().is_rejected(&r.span, &r.doc, r.start, r.end) {
                return;
            }
            (
                "reject the suggestion",
                s.history.edit(|w| {
                    Rc::make_mut(w).reject(r);
                    Ok::<(), ModelError>(())
                }),
            )
        }
        LinkAction::Manual { a, b } => (
            "link the spans",
            s.history.edit(|w| {
                Rc::make_mut(w)
                    .add_link(&a, &b, Origin::Manual, None, Vec::new())
                    .map(|_| ())
            }),
        ),
        LinkAction::Remove(id) => (
            "remove the link",
            s.history.edit(|w| Rc::make_mut(w).remove_link(&id)),
        ),
    };
    if let Err(e) = result {
        s.notify(NoticeKind::Error, format!("Could not {what}: {e}."));
    }
}

/// The mark holding a span's start (or its first mark).
fn mark_of(id: &str) -> Option<web_sys::HtmlElement> {
    let doc = web_sys::window()?.document()?;
    let sel = format!(
        "mark.span-mark.first[data-span-id=\"{id}\"], mark.span-mark[data-span-id=\"{id}\"]"
    );
    doc.query_selector(&sel).ok()??.dyn_into().ok()
}

/// Scroll a span into the middle of its column and flash it for a moment.
pub fn reveal_span(id: &str) {
    let Some(el) = mark_of(id) else { return };
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    opts.set_behavior(web_sys::ScrollBehavior::Smooth);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    flash(&el);
}

fn flash(el: &web_sys::Element) {
    let list = el.class_list();
    let _ = list.remove_1("link-flash");
    let _ = list.add_1("link-flash");
    let el = el.clone();
    gloo::timers::callback::Timeout::new(1600, move || {
        let _ = el.class_list().remove_1("link-flash");
    })
    .forget();
}

/// Scroll an article to code point `start` (a sentence without a span) and flash the
/// text piece holding it.
pub fn reveal_offset(doc: &str, start: usize) {
    let Some(d) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let sel = format!("section.article[data-doc-id=\"{doc}\"] [data-start]");
    let Ok(nodes) = d.query_selector_all(&sel) else {
        return;
    };
    let mut best: Option<web_sys::Element> = None;
    for i in 0..nodes.length() {
        let Some(el) = nodes
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let at = el
            .get_attribute("data-start")
            .and_then(|v| v.parse::<usize>().ok());
        match at {
            Some(a) if a <= start => best = Some(el),
            Some(_) => break,
            None => {}
        }
    }
    if let Some(el) = best {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        opts.set_behavior(web_sys::ScrollBehavior::Smooth);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
        flash(&el);
    }
}

/// A short excerpt of a span's text.
pub fn excerpt(ws: &Workspace, id: &str, max: usize) -> String {
    let text = ws.span(id).and_then(|s| ws.span_text(s)).unwrap_or("");
    let t: String = text.chars().take(max).collect();
    if t.chars().count() < text.chars().count() {
        format!("{}\u{2026}", t.trim_end())
    } else {
        t
    }
}

fn doc_title(ws: &Workspace, span: &str) -> String {
    ws.span(span)
        .and_then(|s| ws.document(&s.doc))
        .map(|d| d.title.clone())
        .unwrap_or_default()
}

#[derive(Properties, PartialEq)]
pub struct LinksProps {
    pub state: UseReducerHandle<AppState>,
}

/// The links list: number, both ends, kind, origin, score and flags; click to reveal.
#[function_component(Links)]
pub fn links(props: &LinksProps) -> Html {
    let ws = props.state.workspace().clone();
    let dispatch = props.state.dispatcher();
    let save_note = {
        let dispatch = dispatch.clone();
        Callback::from(move |(id, note): (String, Option<String>)| {
            dispatch.dispatch(Action::SetNote { id, note })
        })
    };
    let items = ws.links.iter().enumerate().map(|(i, l)| {
        let reveal = {
            let (a, b) = (l.a.clone(), l.b.clone());
            Callback::from(move |_: MouseEvent| {
                reveal_span(&a);
                reveal_span(&b);
            })
        };
        let remove = {
            let dispatch = dispatch.clone();
            let id = l.id.clone();
            Callback::from(move |e: MouseEvent| {
                e.stop_propagation();
                dispatch.dispatch(Action::Linking(LinkAction::Remove(id.clone())));
            })
        };
        let differs = l.kind == LinkKind::Differs;
        let origin = match (l.origin, l.score) {
            (Origin::Matcher, Some(s)) => format!("matcher {:.0}%", s * 100.0),
            (Origin::Matcher, None) => "matcher".to_string(),
            (Origin::Manual, _) => "by hand".to_string(),
        };
        html! {
            <li class={classes!("link-item", differs.then_some("differs"))}
                data-link-id={l.id.clone()} data-origin={if l.origin == Origin::Matcher { "matcher" } else { "manual" }}>
                <button class="link-reveal" onclick={reveal} title="Show both ends">
                    <span class="link-number">{ format!("{}", i + 1) }</span>
                    <span class="link-end">
                        <span class="link-doc">{ doc_title(&ws, &l.a) }</span>
                        { format!("\u{201c}{}\u{201d}", excerpt(&ws, &l.a, 60)) }
                    </span>
                    <span class="link-arrow">{ if differs { "\u{2260}" } else { "=" } }</span>
                    <span class="link-end">
                        <span class="link-doc">{ doc_title(&ws, &l.b) }</span>
                        { format!("\u{201c}{}\u{201d}", excerpt(&ws, &l.b, 60)) }
                    </span>
                </button>
                <div class="link-meta">
                    <span class="link-kind">{ if differs { "told differently" } else { "same fact" } }</span>
                    <span class="link-origin">{ origin }</span>
                    { for l.flags.iter().map(|f| html! {
                        <span class={classes!("flag", format!("flag-{}", f.kind))} title={f.kind.clone()}>
                            { format!("{} \u{2260} {}", f.a, f.b) }
                        </span>
                    }) }
                    <button class="remove-link" title="Remove this link (undo with Ctrl+Z)" onclick={remove}>{ "\u{00d7}" }</button>
                </div>
                <super::note_editor::NoteEditor id={AttrValue::from(l.id.clone())}
                    note={l.note.clone().map(AttrValue::from)} on_save={save_note.clone()}
                    placeholder="Note on this link" />
            </li>
        }
    });
    html! {
        <section id="links" class="links-panel">
            <h3>{ format!("Links ({})", ws.links.len()) }</h3>
            if ws.links.is_empty() {
                <p class="hint">{ "No links yet: accept a suggestion, or select a span, press L and click a span in another article." }</p>
            } else {
                <ol class="link-list">{ for items }</ol>
            }
        </section>
    }
}
