//! Notices (errors and information, each dismissable, some with an action button) and
//! the autosave warning with a one-click export. Information fades after
//! [`INFO_FADE_MS`]; errors stay until dismissed. The list floats over the page's corner
//! (styles/app.css), so notices never push the articles down.

use crate::app::browser;
use crate::app::state::{Action, Autosave, Notice, NoticeAction, NoticeKind};
use crate::app::view::WsRef;
use crate::app::Dispatch;
use crate::formats::Format;
use yew::prelude::*;

/// How long an information notice stays, in milliseconds.
pub const INFO_FADE_MS: u32 = 8_000;

#[derive(Properties, PartialEq)]
struct FadeProps {
    id: u64,
    dispatch: crate::app::Dispatch,
}

/// Renders nothing; dismisses notice `id` [`INFO_FADE_MS`] after it appeared.
#[function_component(Fade)]
fn fade(props: &FadeProps) -> Html {
    let (id, dispatch) = (props.id, props.dispatch.clone());
    use_effect_with(id, move |id| {
        let id = *id;
        let timer = gloo::timers::callback::Timeout::new(INFO_FADE_MS, move || {
            dispatch.dispatch(Action::DismissNotice(id))
        });
        move || drop(timer)
    });
    Html::default()
}

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    /// The notices, oldest first.
    pub notices: Vec<Notice>,
    /// Whether autosave works (a warning with "Export now" when not).
    pub autosave: Autosave,
    /// The workspace now ("Export now").
    pub ws: WsRef,
    /// The saved workspace's id ("Edit here instead" opens it again).
    pub workspace_id: Option<String>,
    /// Buttons dispatch reducer actions.
    pub dispatch: Dispatch,
}

#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    let dispatch = props.dispatch.clone();
    let export_now = {
        let dispatch = dispatch.clone();
        let ws = props.ws.0.clone();
        Callback::from(move |_: MouseEvent| {
            if let Err(e) = browser::export_download(&ws, Format::Parallax) {
                dispatch.dispatch(Action::Notify(NoticeKind::Error, e));
            }
        })
    };
    let storage = match &props.autosave {
        Autosave::Working => None,
        Autosave::Failed(msg) => Some(format!(
            "Autosave failed: {msg}. Your latest changes are not saved in this browser."
        )),
        Autosave::Paused(msg) => Some(msg.clone()),
    };
    let items = props.notices.iter().map(|n| {
        let class = match n.kind {
            NoticeKind::Error => "notice notice-error",
            NoticeKind::Info => "notice notice-info",
        };
        let dismiss = {
            let dispatch = dispatch.clone();
            let id = n.id;
            Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::DismissNotice(id)))
        };
        let action = n.action.clone().map(|a| {
            let dispatch = dispatch.clone();
            let (text, onclick) = match a {
                NoticeAction::ExportNow => ("Export now", export_now.clone()),
                NoticeAction::Undo => (
                    "Undo",
                    Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Undo)),
                ),
                NoticeAction::DownloadText { name, text } => (
                    "Download the saved data",
                    Callback::from(move |_: MouseEvent| {
                        if let Err(e) =
                            browser::download(&name, "application/json", text.as_bytes())
                        {
                            dispatch.dispatch(Action::Notify(NoticeKind::Error, e));
                        }
                    }),
                ),
                NoticeAction::TakeOver => (
                    "Edit here instead",
                    Callback::from({
                        let id = props.workspace_id.clone();
                        move |_: MouseEvent| {
                            if let Some(id) = &id {
                                crate::app::open_workspace(id, &dispatch)
                            }
                        }
                    }),
                ),
                NoticeAction::ShowWorkspaces => (
                    "Saved workspaces\u{2026}",
                    Callback::from(move |_: MouseEvent| crate::app::show_workspaces(&dispatch)),
                ),
                NoticeAction::Reanchor { name, bytes } => (
                    "Re-anchor by quote",
                    Callback::from(move |_: MouseEvent| {
                        dispatch.dispatch(Action::Import {
                            name: name.clone(),
                            bytes: bytes.clone(),
                            reanchor: true,
                        })
                    }),
                ),
            };
            let dismiss_too = {
                let dismiss = dismiss.clone();
                Callback::from(move |e: MouseEvent| {
                    onclick.emit(e.clone());
                    dismiss.emit(e);
                })
            };
            html! { <button class="notice-action" onclick={dismiss_too}>{ text }</button> }
        });
        html! {
            <div class={class} key={n.id} role={if n.kind == NoticeKind::Error { "alert" } else { "status" }}>
                <span class="notice-text">{ n.text.clone() }</span>
                if n.kind == NoticeKind::Info {
                    <Fade id={n.id} dispatch={dispatch.clone()} />
                }
                { for action }
                <button class="notice-dismiss" aria-label="Dismiss" title="Dismiss" onclick={dismiss}>{ "\u{00d7}" }</button>
            </div>
        }
    });
    html! {
        <div id="notices" aria-live="polite">
            if let Some(msg) = storage {
                <div class="notice notice-error storage-warning" role="alert">
                    <span class="notice-text">{ msg }</span>
                    <button class="notice-action export-now" onclick={export_now.clone()}>{ "Export now" }</button>
                </div>
            }
            { for items }
        </div>
    }
}
