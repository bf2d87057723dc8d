//! A note on one span, relation or link: a text area saved as it is typed (an undoable
//! edit after each pause of [`NOTE_PAUSE_MS`], and when it loses focus), so that a crash
//! or another tab taking the workspace over loses at most the last instant of typing.
//! Blank removes the note. In a read-only tab (another tab edits the workspace) the box
//! is read-only too, so nothing is typed that could not be kept.

use super::kept_text::use_kept_text;
use gloo::timers::callback::Timeout;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// How long typing must pause before the note is saved, in milliseconds.
pub const NOTE_PAUSE_MS: u32 = 600;

#[derive(Properties, PartialEq)]
pub struct NoteEditorProps {
    /// The id of the span, relation or link.
    pub id: AttrValue,
    pub note: Option<AttrValue>,
    /// `(id, note)`; `None` clears it.
    pub on_save: Callback<(String, Option<String>)>,
    #[prop_or(AttrValue::Static("Note (e.g. why this is a claim)"))]
    pub placeholder: AttrValue,
}

/// Whether this tab may not change the workspace (another tab edits it, or it is still
/// being restored), given by the root to every note box as a context.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct ReadOnly(pub bool);

/// `(id, note)` for the text area's value: blank is no note.
fn note_of(id: &str, value: String) -> (String, Option<String>) {
    let note = (!value.trim().is_empty()).then_some(value);
    (id.to_string(), note)
}

#[function_component(NoteEditor)]
pub fn note_editor(props: &NoteEditorProps) -> Html {
    let read_only = use_context::<ReadOnly>().unwrap_or_default().0;
    // What is typed stays until it is saved, whatever re-renders the editor first; another
    // span's note replaces it.
    let text = use_kept_text(props.note.as_deref().unwrap_or_default(), &props.id);
    // The save waiting for typing to pause: its timer (dropping it cancels it), the save
    // itself, and whether the timer has fired.
    let pending = use_mut_ref(|| None::<(Timeout, Rc<dyn Fn()>, Rc<Cell<bool>>)>);
    // A save still waiting when the editor goes (the span deselected) is made then.
    {
        let pending = pending.clone();
        use_effect_with((), move |_| {
            move || {
                let waiting = pending.borrow_mut().take();
                if let Some((timer, save, fired)) = waiting {
                    drop(timer);
                    if !fired.get() {
                        save();
                    }
                }
            }
        });
    }
    let oninput = {
        let on_save = props.on_save.clone();
        let id = props.id.to_string();
        let pending = pending.clone();
        Callback::from(move |e: InputEvent| {
            let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() else {
                return;
            };
            let (on_save, id) = (on_save.clone(), id.clone());
            let save: Rc<dyn Fn()> = Rc::new(move || on_save.emit(note_of(&id, t.value())));
            let run = save.clone();
            // The timer stays in the slot after it fires (a timer's closure is not dropped
            // while it runs); `fired` tells the unmount not to save again.
            let fired = Rc::new(Cell::new(false));
            let set = fired.clone();
            let timer = Timeout::new(NOTE_PAUSE_MS, move || {
                set.set(true);
                run();
            });
            *pending.borrow_mut() = Some((timer, save, fired));
        })
    };
    let onchange = {
        let on_save = props.on_save.clone();
        let id = props.id.to_string();
        Callback::from(move |e: Event| {
            pending.borrow_mut().take();
            if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                on_save.emit(note_of(&id, t.value()));
            }
        })
    };
    html! {
        <textarea class="note-editor" data-note-for={props.id.clone()} rows="2"
                  placeholder={if read_only { AttrValue::Static("No note (read-only in this tab)") } else { props.placeholder.clone() }}
                  readonly={read_only}
                  title={read_only.then_some("This tab is read-only: the workspace is being edited in another tab")}
                  ref={text} {oninput} {onchange} />
    }
}
