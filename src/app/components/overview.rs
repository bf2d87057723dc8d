//! The side panel's overview of every claim and quote span (`#span-overview`): one line
//! per span (label, a short text, the best score band, how many suggestions), in the
//! matcher's order (document, then text). It is virtualised: a scroller of fixed height
//! renders only the rows in view (from `scrollTop` and the fixed [`ROW_HEIGHT`]), so
//! 1,000 spans cost about 20 rows of DOM. A click on a row selects its span and scrolls
//! the article to it.

use super::links::excerpt;
use super::suggestion_group::{band_class, ResultsRef};
use crate::app::view::WsRef;
use crate::linking;
use crate::model::Span;
use std::collections::HashMap;
use yew::prelude::*;

/// Height of one row, in CSS pixels (the stylesheet gives `.overview-row` this height).
pub const ROW_HEIGHT: f64 = 26.0;
/// Rows the scroller shows at once (its height is this many rows at most).
const VIEW_ROWS: usize = 10;
/// Rows rendered above and below the visible ones, so a quick scroll shows no gap.
const OVERSCAN: usize = 4;

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub ws: WsRef,
    pub results: ResultsRef,
    /// The span whose cards the panel shows (highlighted, kept in view).
    pub focus: Option<String>,
    /// A row was clicked: the span id.
    pub on_pick: Callback<String>,
}

/// The rows `[first, last)` to render for a scroll offset (px), of `n` rows.
pub fn visible_rows(scroll_top: f64, n: usize) -> (usize, usize) {
    let top = (scroll_top.max(0.0) / ROW_HEIGHT) as usize;
    let first = top.saturating_sub(OVERSCAN).min(n);
    let last = (top + VIEW_ROWS + OVERSCAN).min(n);
    (first, last.max(first))
}

/// The virtualised overview of all claim and quote spans with suggestions.
#[function_component(Overview)]
pub fn overview(props: &OverviewProps) -> Html {
    let scroll_top = use_state(|| 0.0_f64);
    let scroller = use_node_ref();
    let ws = &props.ws.0;
    let results = &props.results.0;
    let spans: HashMap<&str, &Span> = ws.spans.iter().map(|s| (s.id.as_str(), s)).collect();
    let rows: Vec<usize> = results
        .groups
        .iter()
        .enumerate()
        .filter(|(_, g)| spans.contains_key(g.span.as_str()))
        .map(|(i, _)| i)
        .collect();
    let n = rows.len();
    let focus_row = props
        .focus
        .as_deref()
        .and_then(|id| rows.iter().position(|&i| results.groups[i].span == id));

    // Keep the focused row in view when the focus changes.
    {
        let scroller = scroller.clone();
        use_effect_with((props.focus.clone(), focus_row), move |(_, row)| {
            if let (Some(row), Some(el)) = (row, scroller.cast::<web_sys::Element>()) {
                let top = *row as f64 * ROW_HEIGHT;
                let (now, height) = (el.scroll_top() as f64, el.client_height() as f64);
                if top < now || top + ROW_HEIGHT > now + height {
                    el.set_scroll_top((top - height / 2.0).max(0.0) as i32);
                }
            }
        });
    }

    let onscroll = {
        let scroll_top = scroll_top.clone();
        Callback::from(move |e: Event| {
            if let Some(el) = e.target_dyn_into::<web_sys::Element>() {
                scroll_top.set(el.scroll_top() as f64);
            }
        })
    };
    let (first, last) = visible_rows(*scroll_top, n);
    let items = rows[first..last].iter().enumerate().map(|(k, &i)| {
        let g = &results.groups[i];
        let at = first + k;
        let label = spans.get(g.span.as_str()).map(|s| s.label.as_str()).unwrap_or("");
        let applying: Vec<f64> = g
            .suggestions
            .iter()
            .filter(|s| linking::still_applies(ws, s))
            .map(|s| s.score)
            .collect();
        let best = applying.iter().copied().fold(None, |m: Option<f64>, s| Some(m.map_or(s, |m| m.max(s))));
        let pick = {
            let (cb, id) = (props.on_pick.clone(), g.span.clone());
            Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
        };
        let current = Some(at) == focus_row;
        let band = best.map(crate::matcher::align::band).unwrap_or("none");
        html! {
            <li key={g.span.clone()} class="overview-item" style={format!("top:{}px", at as f64 * ROW_HEIGHT)}>
                <button class={classes!("overview-row", current.then_some("current"))}
                        data-span-id={g.span.clone()} data-row={at.to_string()} onclick={pick}
                        aria-current={current.then_some("true")}
                        title={format!("{} suggestion(s); best: {band}", applying.len())}>
                    <span class={classes!("label-chip", format!("label-{label}"))}>{ label }</span>
                    <span class="overview-text">{ excerpt(ws, &g.span, 48) }</span>
                    <span class={classes!("suggestion-band", best.map(band_class).unwrap_or("band-none"))}>
                        { band }
                    </span>
                    <span class="overview-count">{ applying.len() }</span>
                </button>
            </li>
        }
    });
    let height = n.min(VIEW_ROWS) as f64 * ROW_HEIGHT;
    html! {
        <section id="span-overview" data-rows={n.to_string()} aria-label="All claims and quotes">
            <h4>{ format!("All claims and quotes ({n})") }</h4>
            <div class="overview-scroller" ref={scroller} {onscroll}
                 style={format!("height:{height}px")}>
                <ol class="overview-list" style={format!("height:{}px", n as f64 * ROW_HEIGHT)}>
                    { for items }
                </ol>
            </div>
        </section>
    }
}
