//! Asks whether an imported workspace is merged into the current one or replaces it.

use super::modal::Modal;
use crate::app::state::{Action, ImportMode};
use crate::app::Dispatch;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ImportDialogProps {
    pub name: AttrValue,
    pub dispatch: Dispatch,
}

#[function_component(ImportDialog)]
pub fn import_dialog(props: &ImportDialogProps) -> Html {
    let choose = |mode: Option<ImportMode>| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ResolveImport(mode)))
    };
    html! {
        <Modal label="Import" class="import-dialog">
                <h2>{ format!("Import {}", props.name) }</h2>
                <p>{ "The workspace already has articles. Add the imported articles and spans to \
                      them, or replace everything? Either way, Ctrl+Z undoes the import." }</p>
                <div class="actions">
                    <button id="import-merge" class="primary" data-autofocus="" onclick={choose(Some(ImportMode::Merge))}>{ "Merge" }</button>
                    <button id="import-replace" onclick={choose(Some(ImportMode::Replace))}>{ "Replace" }</button>
                    <button id="import-cancel" data-close="" onclick={choose(None)}>{ "Cancel" }</button>
                </div>
        </Modal>
    }
}
