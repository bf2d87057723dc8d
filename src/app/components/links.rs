//! The links list (`#links`): each cross-source link with both ends, kind (with a button
//! to mark it the other kind), origin, score and flags; a click reveals both ends (both
//! articles scroll to their spans, which flash). Link changes themselves are reducer
//! actions ([`LinkAction`](crate::app::state::LinkAction)).

use super::flag_chip::flag_chip;
use crate::app::scroll::{scroll_to_span, Reveal};
use crate::app::state::{Action, LinkAction};
use crate::app::view::{quoted, WsRef};
use crate::app::Dispatch;
use crate::model::{LinkKind, Origin, Workspace};
use yew::prelude::*;

pub use crate::app::view::excerpt;

fn doc_title(ws: &Workspace, span: &str) -> String {
    ws.span(span)
        .and_then(|s| ws.document(&s.doc))
        .map(|d| d.title.clone())
        .unwrap_or_default()
}

#[derive(Properties, PartialEq)]
pub struct LinksProps {
    /// The workspace whose links are listed.
    pub ws: WsRef,
    /// Removing a link, changing its kind and saving a note dispatch reducer actions.
    pub dispatch: Dispatch,
}

/// The links list: number, both ends, kind, origin, score and flags; click to reveal.
#[function_component(Links)]
pub fn links(props: &LinksProps) -> Html {
    let ws = props.ws.0.clone();
    let dispatch = props.dispatch.clone();
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
                scroll_to_span(&a, Reveal::Flash);
                scroll_to_span(&b, Reveal::Flash);
            })
        };
        let remove = {
            let dispatch = dispatch.clone();
            let id = l.id.clone();
            Callback::from(move |e: MouseEvent| {
                e.stop_propagation();
                // A keyboard user keeps their place: the next link's remove button, else
                // the previous one's, else the list.
                crate::app::keys::focus_neighbour_control(e.target(), "remove-link", e.detail() > 0);
                dispatch.dispatch(Action::Linking(LinkAction::Remove(id.clone())));
            })
        };
        let differs = l.kind == LinkKind::Differs;
        // The kind is the user's call: one button sets the other kind (one undo step);
        // the flags stay either way.
        let (kind_action, kind_help, other) = if differs {
            (
                "Mark as same fact",
                "This link says the two spans tell the same fact differently. If they agree, \
                 mark it as the same fact; its flags stay shown. Undo with Ctrl+Z.",
                LinkKind::Same,
            )
        } else {
            (
                "Mark as told differently",
                "This link says the two spans state the same fact alike. If a detail differs, \
                 mark it as told differently. Undo with Ctrl+Z.",
                LinkKind::Differs,
            )
        };
        let set_kind = {
            let dispatch = dispatch.clone();
            let id = l.id.clone();
            Callback::from(move |e: MouseEvent| {
                e.stop_propagation();
                dispatch.dispatch(Action::Linking(LinkAction::SetKind {
                    id: id.clone(),
                    kind: other,
                }));
            })
        };
        let origin = match (l.origin, l.score) {
            (Origin::Matcher, Some(s)) => {
                format!("matcher {}", crate::matcher::align::percent(s))
            }
            (Origin::Matcher, None) => "matcher".to_string(),
            (Origin::Manual, _) => "by hand".to_string(),
        };
        html! {
            <li class={classes!("link-item", differs.then_some("differs"))} key={l.id.clone()}
                data-link-id={l.id.clone()} data-origin={if l.origin == Origin::Matcher { "matcher" } else { "manual" }}>
                <button class="link-reveal" onclick={reveal} title="Show both ends">
                    <span class="link-number">{ format!("{}", i + 1) }</span>
                    <span class="link-end">
                        <span class="link-doc">{ doc_title(&ws, &l.a) }</span>
                        { quoted(&excerpt(&ws, &l.a, 60)) }
                    </span>
                    <span class="link-arrow">{ if differs { "\u{2260}" } else { "=" } }</span>
                    <span class="link-end">
                        <span class="link-doc">{ doc_title(&ws, &l.b) }</span>
                        { quoted(&excerpt(&ws, &l.b, 60)) }
                    </span>
                </button>
                <div class="link-meta">
                    <span class="link-kind">{ if differs { "told differently" } else { "same fact" } }</span>
                    <button class="link-kind-toggle" title={kind_help} onclick={set_kind}
                            aria-label={format!("{kind_action}: link {}", i + 1)}>{ kind_action }</button>
                    <span class="link-origin">{ origin }</span>
                    { for l.flags.iter().map(|f| flag_chip(&f.kind, &f.a, &f.b, f.vague)) }
                    <button class="remove-link" title="Remove this link (undo with Ctrl+Z)" onclick={remove}
                            aria-label={format!("Remove link {}: \u{201c}{}\u{201d} and \u{201c}{}\u{201d}",
                                                i + 1, excerpt(&ws, &l.a, 40), excerpt(&ws, &l.b, 40))}>{ "\u{00d7}" }</button>
                </div>
                <super::note_editor::NoteEditor id={AttrValue::from(l.id.clone())}
                    note={l.note.clone().map(AttrValue::from)} on_save={save_note.clone()}
                    placeholder="Note on this link" />
            </li>
        }
    });
    html! {
        // Focusable, to keep a keyboard user's place when the last link is removed.
        <section id="links" class="links-panel" tabindex="-1">
            <h3>{ format!("Links ({})", ws.links.len()) }</h3>
            if ws.links.is_empty() {
                <p class="hint">{ "No links yet: accept a suggestion, or select a span, press L and click a span in another article." }</p>
            } else {
                <ol class="link-list">{ for items }</ol>
            }
        </section>
    }
}
