//! Asks whether an imported workspace is merged into the current one or replaces it,
//! saying what the file brings. Replace first keeps the replaced workspace as a saved
//! copy of its own ([`crate::app::replace_by_import`]), so nothing is lost once the page
//! is closed and Ctrl+Z no longer reaches it.

use super::modal::Modal;
use crate::app::state::{Action, ImportMode};
use crate::app::view::WsRef;
use crate::app::Dispatch;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ImportDialogProps {
    pub name: AttrValue,
    /// The workspace open in this tab, which Replace would replace.
    pub current: WsRef,
    /// What the file brings: its articles and spans.
    pub articles: usize,
    pub spans: usize,
    pub dispatch: Dispatch,
}

fn count(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

#[function_component(ImportDialog)]
pub fn import_dialog(props: &ImportDialogProps) -> Html {
    let choose = |mode: Option<ImportMode>| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ResolveImport(mode)))
    };
    let replace = {
        let (dispatch, current, name) = (
            props.dispatch.clone(),
            props.current.0.clone(),
            props.name.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            crate::app::replace_by_import(current.clone(), &name, &dispatch)
        })
    };
    let brings = format!(
        "{} holds {} and {}.",
        props.name,
        count(props.articles, "article"),
        count(props.spans, "span")
    );
    html! {
        <Modal label="Import" class="import-dialog">
                <h2>{ format!("Import {}", props.name) }</h2>
                <p class="import-brings">{ brings }</p>
                <p>{ "The workspace already has articles. Add the imported articles and spans to \
                      them, or replace everything? Replace keeps the workspace you replace as a \
                      saved copy in the list (Workspaces\u{2026}). Either way, Ctrl+Z undoes the \
                      import." }</p>
                <div class="actions">
                    <button id="import-merge" class="primary" data-autofocus="" onclick={choose(Some(ImportMode::Merge))}>{ "Merge" }</button>
                    <button id="import-replace" onclick={replace}>{ "Replace" }</button>
                    <button id="import-cancel" data-close="" onclick={choose(None)}>{ "Cancel" }</button>
                </div>
        </Modal>
    }
}
