//! A note on one span, relation or link: a text area saved when it loses focus (an
//! undoable edit). Blank removes the note.

use yew::prelude::*;

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

#[function_component(NoteEditor)]
pub fn note_editor(props: &NoteEditorProps) -> Html {
    let onchange = {
        let on_save = props.on_save.clone();
        let id = props.id.to_string();
        Callback::from(move |e: Event| {
            if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                let v = t.value();
                let note = (!v.trim().is_empty()).then_some(v);
                on_save.emit((id.clone(), note));
            }
        })
    };
    html! {
        <textarea class="note-editor" data-note-for={props.id.clone()} rows="2"
                  placeholder={props.placeholder.clone()}
                  value={props.note.clone().unwrap_or_default()} {onchange} />
    }
}
