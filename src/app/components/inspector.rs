//! The side panel: the selected span's label, text and attributions (with buttons to
//! relabel, delete, connect), or, with nothing selected, the quotes still lacking an
//! attribution.

use super::note_editor::NoteEditor;
use crate::app::scroll::{scroll_to_span, Reveal};
use crate::app::state::Action;
use crate::app::view::{excerpt, quoted, WsRef};
use crate::app::Dispatch;
use crate::model::Label;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InspectorProps {
    /// The workspace now.
    pub ws: WsRef,
    /// The selected span's id.
    pub selected: Option<String>,
    /// Relabelling, deleting, attributing and notes dispatch reducer actions.
    pub dispatch: Dispatch,
}

#[function_component(Inspector)]
pub fn inspector(props: &InspectorProps) -> Html {
    let dispatch = props.dispatch.clone();
    let ws = props.ws.0.clone();
    let select = |id: String| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::SelectSpan(Some(id.clone())));
            scroll_to_span(&id, Reveal::Center);
        })
    };

    let Some(span) = props
        .selected
        .as_deref()
        .and_then(|id| ws.span(id))
        .cloned()
    else {
        let quotes: Vec<_> = ws.unattributed_quotes().map(|s| s.id.clone()).collect();
        return html! {
            <aside class="inspector">
                <h3>{ "Nothing selected" }</h3>
                <p class="hint">{ "Select text and press 1\u{2013}4, or click a span to inspect it." }</p>
                <h3>{ format!("Quotes without attribution ({})", quotes.len()) }</h3>
                if quotes.is_empty() {
                    <p class="hint">{ "None: every quote has an attribution." }</p>
                } else {
                    <ul class="unattributed-list">
                        { for quotes.iter().map(|id| html! {
                            <li><button class="link" onclick={select(id.clone())}>{ excerpt(&ws, id, 80) }</button></li>
                        }) }
                    </ul>
                }
            </aside>
        };
    };

    let relabel = Label::ALL.into_iter().map(|label| {
        let dispatch = dispatch.clone();
        let id = span.id.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::SetLabel {
                span: id.clone(),
                label,
            })
        });
        html! {
            <button class={classes!("inspector-label", format!("label-{}", label.as_str()),
                                    (label == span.label).then_some("active"))}
                    {onclick} aria-pressed={(label == span.label).to_string()}>
                { label.as_str() }<kbd>{ label.key() }</kbd>
            </button>
        }
    });
    let delete = {
        let dispatch = dispatch.clone();
        let id = span.id.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::DeleteSpan(id.clone())))
    };
    let save_note = {
        let dispatch = dispatch.clone();
        Callback::from(move |(id, note): (String, Option<String>)| {
            dispatch.dispatch(Action::SetNote { id, note })
        })
    };
    let note_of = |id: &str| ws.note(id).map(|n| AttrValue::from(n.to_string()));
    let relations = ws
        .relations
        .iter()
        .filter(|r| r.from == span.id || r.to == span.id)
        .map(|r| {
            let (word, other) = if r.to == span.id {
                ("attributed by", r.from.clone())
            } else {
                ("attributes", r.to.clone())
            };
            let remove = {
                let dispatch = dispatch.clone();
                let id = r.id.clone();
                Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::RemoveRelation(id.clone())))
            };
            html! {
                <li class="relation">
                    <span>{ word }{ " " }</span>
                    <button class="link" onclick={select(other.clone())}>{ quoted(&excerpt(&ws, &other, 80)) }</button>
                    <button class="remove-relation" title="Remove this attribution" onclick={remove}>{ "\u{00d7}" }</button>
                    <NoteEditor id={AttrValue::from(r.id.clone())} note={note_of(&r.id)}
                                on_save={save_note.clone()} placeholder="Note on this attribution" />
                </li>
            }
        })
        .collect::<Vec<_>>();
    let connect = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::StartConnect))
    };
    let doc_title = ws
        .document(&span.doc)
        .map(|d| d.title.clone())
        .unwrap_or_default();
    html! {
        <aside class="inspector">
            <h3>{ format!("Span {} \u{00b7} {}", span.id, span.label) }</h3>
            <p class="doc">{ doc_title }{ format!(" \u{00b7} characters {}\u{2013}{}", span.start, span.end) }</p>
            <blockquote class="span-text">{ ws.span_text(&span).unwrap_or("").to_string() }</blockquote>
            <div class="relabel" role="group" aria-label="Label">{ for relabel }</div>
            <NoteEditor id={AttrValue::from(span.id.clone())} note={note_of(&span.id)}
                        on_save={save_note.clone()} />
            if !span.annotators.is_empty() {
                <p class="annotators">{ format!("Had it: {}", span.annotators.join(", ")) }</p>
            }
            if span.label == Label::Attribution {
                <button class="connect" onclick={connect}>{ "Attributes\u{2026} (A), then click a quote or claim" }</button>
            }
            if !relations.is_empty() {
                <ul class="relations">{ for relations }</ul>
            } else if span.label == Label::Quote {
                <p class="warning">{ "No attribution yet: who said this?" }</p>
            }
            <button class="delete-span danger" onclick={delete}>{ "Delete span (Del)" }</button>
        </aside>
    }
}
