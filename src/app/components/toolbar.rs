//! The header toolbar: loading, import/export, undo/redo, the label buttons (also the
//! legend: colour, name and key), snap-to-words, attribution tools and help.

use super::loader::{FileInputs, PasteBox};
use crate::app::state::{Action, NoticeKind};
use crate::app::view::WsRef;
use crate::app::{browser, label_now, Dispatch};
use crate::formats::Format;
use crate::model::{Label, Workspace};
use std::rc::Rc;
use yew::prelude::*;

/// What an export of a workspace without articles says instead of downloading an empty file.
const NOTHING_TO_EXPORT: &str =
    "Nothing to export yet: load an article first (Open files\u{2026}, Paste text \
    or Load sample), label what you need, then export.";

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The workspace now (exports, whether there is anything to show).
    pub ws: WsRef,
    /// Whether undo / redo have a step to take.
    pub can_undo: bool,
    pub can_redo: bool,
    /// The matrix is open.
    pub matrix_open: bool,
    /// Snap selections to words.
    pub snap: bool,
    /// Attribution mode is on.
    pub connecting: bool,
    /// Only quotes without attribution are highlighted.
    pub only_unattributed: bool,
    /// How many quotes have no attribution.
    pub unattributed: usize,
    /// The saved workspace's id when this tab is read-only because another tab took it
    /// over: exports then read the newest save from storage (see [`export_from`]).
    pub taken_id: Option<String>,
    /// The id of the workspace open (`None` while none is): the paste box keeps its draft.
    pub workspace_id: Option<String>,
    /// Every button dispatches a reducer action.
    pub dispatch: Dispatch,
}

/// What an export button downloads.
#[derive(Clone, Copy)]
enum Export {
    /// The workspace in a file format.
    Format(Format),
    /// The coverage report (HTML).
    Report,
}

/// Download `ws` as `what`, with the exporter's warnings as notices.
fn export_ws(ws: &Workspace, what: Export, dispatch: &Dispatch) {
    let done = match what {
        Export::Format(format) => browser::export_download(ws, format),
        Export::Report => browser::download(
            &crate::report::file_name(ws),
            "text/html;charset=utf-8",
            crate::report::report_html(ws).as_bytes(),
        )
        .map(|()| Vec::new()),
    };
    match done {
        Ok(warnings) => dispatch.dispatch(Action::NotifyExport(warnings)),
        Err(e) => dispatch.dispatch(Action::Notify(NoticeKind::Error, e)),
    }
}

/// "3 spans, 1 link": what a copy of the workspace holds, for the read-only export notices.
fn counts(ws: &Workspace) -> String {
    let plural = |n: usize, one: &str| format!("{n} {one}{}", if n == 1 { "" } else { "s" });
    format!(
        "{}, {}",
        plural(ws.spans.len(), "span"),
        plural(ws.links.len(), "link")
    )
}

/// Export from a tab that another tab took the workspace `id` from (trial 22, F11): this
/// tab's copy may be older than the one being edited there, so the newest save is read
/// from storage and exported, with a notice saying so. If it cannot be read, this tab's
/// copy is exported with a notice saying plainly that it is older.
fn export_from(id: String, stale: Rc<Workspace>, what: Export, dispatch: Dispatch) {
    wasm_bindgen_futures::spawn_local(async move {
        match crate::app::storage::peek_workspace(&id).await {
            Ok(saved) if !saved.documents.is_empty() => {
                export_ws(&saved, what, &dispatch);
                dispatch.dispatch(Action::Notify(
                    NoticeKind::Info,
                    format!(
                        "This tab is read-only: the workspace is being edited in another tab. \
                         Exported the newest saved workspace ({}), not this tab's older copy ({}).",
                        counts(&saved),
                        counts(&stale)
                    ),
                ));
            }
            failed => {
                let why = match failed {
                    Err(e) => e,
                    Ok(_) => "it has no articles".into(),
                };
                export_ws(&stale, what, &dispatch);
                dispatch.dispatch(Action::Notify(
                    NoticeKind::Error,
                    format!(
                        "Exported this tab's copy ({}), which is OLDER than the one being edited \
                         in the other tab: the newest saved workspace could not be read ({why}). \
                         Export from the other tab, or choose Edit here instead and export again.",
                        counts(&stale)
                    ),
                ));
            }
        }
    });
}

/// Close the menu (`<details>`) a click inside it came from.
fn close_menu() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        let menu = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|el| el.closest("details").ok().flatten());
        if let Some(m) = menu {
            let _ = m.remove_attribute("open");
        }
    })
}

/// Keep the text selection when a toolbar button is pressed.
fn keep_selection() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| e.prevent_default())
}

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let dispatch = props.dispatch.clone();
    let ws = props.ws.0.clone();
    let has_docs = !ws.is_empty();

    let simple = |action: fn() -> Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action()))
    };
    let export = |what: Export| {
        let dispatch = dispatch.clone();
        let ws = ws.clone();
        let taken = props.taken_id.clone();
        Callback::from(move |_: MouseEvent| {
            // An empty file downloaded without a word looks like a lost workspace.
            if ws.documents.is_empty() && taken.is_none() {
                dispatch.dispatch(Action::Notify(NoticeKind::Info, NOTHING_TO_EXPORT.into()));
                return;
            }
            match &taken {
                Some(id) => export_from(id.clone(), ws.clone(), what, dispatch.clone()),
                None => export_ws(&ws, what, &dispatch),
            }
        })
    };
    let toggle_matrix = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::Coverage(
                crate::app::coverage::CoverageAction::ToggleMatrix,
            ))
        })
    };
    let label_buttons = Label::ALL.into_iter().map(|label| {
        let dispatch = dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| label_now(label, &dispatch));
        html! {
            <button class={classes!("label-button", format!("label-{}", label.as_str()))}
                    data-label-button={label.as_str()}
                    title={format!("Label the selected text as {label} (key {})", label.key())}
                    onmousedown={keep_selection()} {onclick} disabled={!has_docs}>
                <span class="swatch" aria-hidden="true"></span>
                { label.as_str() }
                <kbd>{ label.key() }</kbd>
            </button>
        }
    });
    let onsnap = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .map(|i| i.checked())
                .unwrap_or(true);
            dispatch.dispatch(Action::SetSnap(on))
        })
    };
    let onfilter = {
        let dispatch = dispatch.clone();
        let on = props.only_unattributed;
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::SetOnlyUnattributed(!on)))
    };
    let connect_label = if props.connecting {
        "Click the quote or claim\u{2026} (Esc)"
    } else {
        "Attributes\u{2026}"
    };
    let onconnect = {
        let dispatch = dispatch.clone();
        let connecting = props.connecting;
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(if connecting {
                Action::CancelConnect
            } else {
                Action::StartConnect
            })
        })
    };

    html! {
        <header class="toolbar">
            <div class="brand">
                <span class="logo" aria-hidden="true">{ "\u{2225}" }</span>
                <span class="name">{ "Parallax" }</span>
            </div>
            <div class="group" role="group" aria-label="Load">
                <button id="load-sample" onclick={simple(|| Action::LoadSample)}
                        title="Load two sample articles about the same event">{ "Load sample" }</button>
                <FileInputs dispatch={dispatch.clone()} />
                <button id="workspaces-open" onclick={{ let d = dispatch.clone(); Callback::from(move |_: MouseEvent| crate::app::show_workspaces(&d)) }}
                        title="The workspaces saved in this browser: continue one or start a new one">{ "Workspaces\u{2026}" }</button>
                <PasteBox dispatch={dispatch.clone()} ws={props.ws.clone()} workspace_id={props.workspace_id.clone()} />
            </div>
            <div class="group" role="group" aria-label="History">
                <button id="undo" onclick={simple(|| Action::Undo)} disabled={!props.can_undo}
                        title="Undo (Ctrl+Z)">{ "Undo" }</button>
                <button id="redo" onclick={simple(|| Action::Redo)} disabled={!props.can_redo}
                        title="Redo (Ctrl+Shift+Z or Ctrl+Y)">{ "Redo" }</button>
            </div>
            <div class="group" role="group" aria-label="Compare and grade">
                <button id="open-matrix" class={classes!(props.matrix_open.then_some("active"))}
                        onclick={toggle_matrix} disabled={!has_docs} aria-pressed={props.matrix_open.to_string()}
                        title="Facts by outlet: which outlet reports what, and where they differ (key M)">
                    { "Matrix" }<kbd>{ "M" }</kbd></button>
                <button id="open-classroom" onclick={simple(|| Action::SetClassroom(true))}
                    title="Grade a class against an answer key, see agreement, curate (also: export an exercise)">
                { "Class\u{2026}" }</button>
            </div>
            <div class="group labels" role="group" aria-label="Labels">
                { for label_buttons }
                <label class="snap" title="Widen selections to whole words">
                    <input id="snap-words" type="checkbox" checked={props.snap} onchange={onsnap} />
                    { "Snap" }<span class="wide-only">{ " to words" }</span>
                </label>
            </div>
            <div class="group" role="group" aria-label="Attribution">
                <button id="connect" class={classes!(props.connecting.then_some("active"))}
                        onmousedown={keep_selection()} onclick={onconnect} disabled={!has_docs}
                        title="Select an attribution span, then click the quote or claim it attributes (key A)">
                    { connect_label }<kbd>{ "A" }</kbd>
                </button>
                <button id="filter-unattributed" class={classes!(props.only_unattributed.then_some("active"))}
                        onclick={onfilter} disabled={!has_docs} aria-pressed={props.only_unattributed.to_string()}
                        title="Highlight quotes that no attribution points at">
                    <span>{ "Unattributed" }<span class="wide-only">{ " quotes" }</span>{ format!(": {}", props.unattributed) }</span>
                </button>
            </div>
            <div class="group" role="group" aria-label="Export">
                <button id="export-json" onclick={export(Export::Format(Format::Parallax))}
                        title="Download the whole workspace as Parallax JSON (lossless; import it later)">
                    { "Export JSON" }</button>
                // The other formats and the report in a menu: the toolbar stays two rows at 1024 px.
                <details id="export-menu" class="menu">
                    <summary title="Other formats, training pairs and the coverage report">
                        { "More\u{2026}" }</summary>
                    <div class="menu-items" role="group" aria-label="Other exports" onclick={close_menu()}>
                        <button id="export-jsonl" onclick={export(Export::Format(Format::Jsonl))}
                                title="One document a line with its spans (doccano / spaCy)">{ "JSONL (doccano, spaCy)" }</button>
                        <button id="export-w3c" onclick={export(Export::Format(Format::W3c))}
                                title="W3C Web Annotation JSON-LD">{ "W3C Web Annotation" }</button>
                        <button id="export-brat" onclick={export(Export::Format(Format::Brat))}
                                title="brat standoff (.txt + .ann per article, zipped)">{ "brat (zip)" }</button>
                        <button id="export-labelstudio" onclick={export(Export::Format(Format::LabelStudio))}
                                title="Label Studio tasks JSON (regions and relations), to continue in Label Studio">
                            { "Label Studio" }</button>
                        <button id="export-pairs" onclick={export(Export::Format(Format::Pairs))}
                                title="Cross-source links as sentence pairs for training (accepted 1, rejected 0), JSONL">
                            { "Training pairs" }</button>
                        <button id="export-report" onclick={export(Export::Report)} disabled={!has_docs}
                                title="Download the coverage report: one HTML file that prints to PDF (outlets, facts by outlet, discrepancies, attribution)">
                            { "Coverage report (HTML)" }</button>
                    </div>
                </details>
            </div>
            <button id="help-open" class="help-button" onclick={simple(|| Action::SetHelp(true))}
                    title="How to use Parallax (key ?)" aria-label="Help">{ "?" }</button>
        </header>
    }
}
