//! The article switcher: every loaded article by outlet and headline. A click brings an
//! article into view; "side by side" chooses which two or three articles are shown as
//! columns (the rest stay here, one click away). Keys: `,` and `.` move the side-by-side
//! window one article left or right; Tab reaches every entry.
//!
//! A view function rather than a component: the app rebuilds its entries on every render
//! anyway, so a component would only add wasm size.

use yew::prelude::*;

/// One entry.
#[derive(Debug, Clone, PartialEq)]
pub struct SwitchItem {
    /// The document id.
    pub id: AttrValue,
    /// The outlet name (or the title when unknown), with the headline when two articles
    /// share it ([`crate::model::names::entry_names`]).
    pub outlet: AttrValue,
    /// The headline (tooltip).
    pub title: AttrValue,
    /// Shown as a column now.
    pub visible: bool,
    /// Chosen to sit side by side.
    pub pinned: bool,
}

#[derive(Properties, PartialEq)]
/// All articles and what the switcher's buttons do.
pub struct SwitcherProps {
    /// One entry per article, in workspace order.
    pub items: Vec<SwitchItem>,
    /// Bring this document into view (id).
    pub on_show: Callback<String>,
    /// Pin or unpin a document (id).
    pub on_toggle: Callback<String>,
    /// Show every article again.
    pub on_all: Callback<()>,
    /// Move the side-by-side window (+1 right, -1 left).
    pub on_shift: Callback<isize>,
}

/// The switcher (`#article-switcher`).
pub fn article_switcher(props: &SwitcherProps) -> Html {
    let any_pinned = props.items.iter().any(|i| i.pinned);
    let entries = props.items.iter().enumerate().map(|(n, it)| {
        let show = {
            let cb = props.on_show.clone();
            let id = it.id.to_string();
            Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
        };
        let toggle = {
            let cb = props.on_toggle.clone();
            let id = it.id.to_string();
            Callback::from(move |_: Event| cb.emit(id.clone()))
        };
        html! {
            <li class={classes!("switch-item", it.visible.then_some("visible"))} key={it.id.to_string()}
                data-doc-id={it.id.clone()}>
                <button class="switch-to" onclick={show} title={it.title.clone()}
                        aria-current={it.visible.then_some("true")}>
                    <span class="switch-n">{ n + 1 }</span>
                    <span class="switch-outlet">{ it.outlet.clone() }</span>
                </button>
                <label class="pin" title="Show this article side by side with the other chosen ones (up to three)">
                    <input type="checkbox" class="pin-input" checked={it.pinned} onchange={toggle} />
                    <span class="visually-hidden">{ format!("Side by side: {}", it.outlet) }</span>
                </label>
            </li>
        }
    });
    let shift = |step: isize| {
        let cb = props.on_shift.clone();
        Callback::from(move |_: MouseEvent| cb.emit(step))
    };
    let all = {
        let cb = props.on_all.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <nav id="article-switcher" aria-label="Articles">
            <button class="switch-shift" onclick={shift(-1)} title="Previous articles (key ,)" aria-label="Previous articles">{ "\u{2039}" }</button>
            <ol class="switch-list">{ for entries }</ol>
            <button class="switch-shift" onclick={shift(1)} title="Next articles (key .)" aria-label="Next articles">{ "\u{203a}" }</button>
            <button id="show-all-articles" onclick={all} disabled={!any_pinned}
                    title="Show every article as a column">{ "Show all" }</button>
            if !any_pinned {
                <span class="switch-hint">{ "Tick two or three to compare them side by side" }</span>
            }
        </nav>
    }
}
