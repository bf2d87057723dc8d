//! The side panel's overview of every claim and quote span (`#span-overview`): one line
//! per span (label, a short text, the best score band, how many suggestions), in the
//! matcher's order (document, then text). It is virtualised: a scroller of fixed height
//! renders only the rows in view (from `scrollTop` and the fixed [`ROW_HEIGHT`]), so
//! 1,000 spans cost about 20 rows of DOM. A click on a row selects its span and scrolls
//! the article to it.
//!
//! Keyboard: the list is one tab stop (a roving tabindex: only the active row has
//! `tabindex="0"`); Up/Down move to the previous/next row, Page Up/Down by a screenful,
//! Home/End to the first/last, scrolling the row into view; Enter (or Space) selects the
//! focused row's span, as a click does.

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

/// The row a navigation key moves to from row `from` (none focused yet: `None`), of `n`
/// rows; `None` when the key is not a navigation key or there are no rows.
pub fn row_after_key(key: &str, from: Option<usize>, n: usize) -> Option<usize> {
    if n == 0 {
        return None;
    }
    let last = n - 1;
    let at = from.unwrap_or(0).min(last);
    Some(match key {
        "ArrowDown" if from.is_none() => 0,
        "ArrowDown" => (at + 1).min(last),
        "ArrowUp" => at.saturating_sub(1),
        "PageDown" => (at + VIEW_ROWS).min(last),
        "PageUp" => at.saturating_sub(VIEW_ROWS),
        "Home" => 0,
        "End" => last,
        _ => return None,
    })
}

/// The scroll offset (px) that shows row `row` in a scroller at `now` px of `height` px:
/// unchanged when the row is already in view, else the least scroll that shows it.
fn scroll_to_show(row: usize, now: f64, height: f64) -> f64 {
    let top = row as f64 * ROW_HEIGHT;
    if top < now {
        top
    } else if top + ROW_HEIGHT > now + height {
        (top + ROW_HEIGHT - height).max(0.0)
    } else {
        now
    }
}

/// The virtualised overview of all claim and quote spans with suggestions.
#[function_component(Overview)]
pub fn overview(props: &OverviewProps) -> Html {
    let scroll_top = use_state(|| 0.0_f64);
    let scroller = use_node_ref();
    // The row the keyboard is on (the roving tab stop), and whether the next render
    // should move focus to it (only after a navigation key, never on a click elsewhere).
    let cursor = use_state_eq(|| None::<usize>);
    let focus_pending = use_mut_ref(|| false);
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

    // The scroller's height in px (its style sets it: at most VIEW_ROWS rows).
    let view_height = n.min(VIEW_ROWS) as f64 * ROW_HEIGHT;
    // Keep the focused row in view when the focus changes. Whether it is in view comes
    // from the known scroll offset and row height (no layout asked of the browser); the
    // scroll itself waits until after the frame that shows the change.
    {
        let (scroller, scroll_top) = (scroller.clone(), scroll_top.clone());
        let now = *scroll_top;
        use_effect_with((props.focus.clone(), focus_row), move |(_, row)| {
            let job = row.and_then(|row| {
                let top = row as f64 * ROW_HEIGHT;
                if top >= now && top + ROW_HEIGHT <= now + view_height {
                    return None;
                }
                let to = (top - view_height / 2.0).max(0.0);
                Some(crate::app::after_frame(move || {
                    if let Some(el) = scroller.cast::<web_sys::Element>() {
                        el.set_scroll_top(to as i32);
                        scroll_top.set(el.scroll_top() as f64);
                    }
                }))
            });
            move || drop(job)
        });
    }
    // A new focused span (selected by Enter, a click, or in the article) takes the tab stop.
    {
        let cursor = cursor.clone();
        use_effect_with(props.focus.clone(), move |_| cursor.set(None));
    }
    // After a navigation key: focus the cursor's row (rendered now that it is in view).
    {
        let (scroller, pending) = (scroller.clone(), focus_pending.clone());
        use_effect_with(*cursor, move |row| {
            if std::mem::take(&mut *pending.borrow_mut()) {
                let button = row.and_then(|r| {
                    let el = scroller.cast::<web_sys::Element>()?;
                    let b = el.query_selector(&format!("[data-row=\"{r}\"]")).ok()??;
                    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).ok()
                });
                if let Some(b) = button {
                    let _ = b.focus();
                }
            }
        });
    }
    // The row holding the tab stop: the keyboard's, else the focused span's, within range.
    let active = (*cursor).or(focus_row).filter(|&r| r < n);
    let onkeydown = {
        let (cursor, scroll_top, scroller) = (cursor.clone(), scroll_top.clone(), scroller.clone());
        let pending = focus_pending.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.alt_key() || e.meta_key() || e.shift_key() {
                return;
            }
            let Some(to) = row_after_key(&e.key(), active, n) else {
                return;
            };
            e.prevent_default();
            e.stop_propagation();
            if let Some(el) = scroller.cast::<web_sys::Element>() {
                let top = scroll_to_show(to, el.scroll_top() as f64, view_height);
                el.set_scroll_top(top as i32);
                scroll_top.set(top);
            }
            *pending.borrow_mut() = true;
            cursor.set(Some(to));
        })
    };
    let onfocusin = {
        let cursor = cursor.clone();
        // A row focused by Tab or a click becomes the keyboard's row.
        Callback::from(move |e: FocusEvent| {
            let row = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|el| el.get_attribute("data-row"))
                .and_then(|r| r.parse::<usize>().ok());
            if row.is_some() && row != *cursor {
                cursor.set(row);
            }
        })
    };

    let onscroll = {
        let scroll_top = scroll_top.clone();
        Callback::from(move |e: Event| {
            if let Some(el) = e.target_dyn_into::<web_sys::Element>() {
                scroll_top.set(el.scroll_top() as f64);
            }
        })
    };
    let (first, last) = visible_rows(*scroll_top, n);
    // The tab stop must be a rendered row: the active one if in view, else the first.
    let tab_stop = active
        .filter(|r| (first..last).contains(r))
        .unwrap_or(first);
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
        // A span already linked, at either end of the link, shows that, not the band of
        // what is left to suggest (a claim linked at 79 % read "unlikely" from its next
        // suggestion; the B end of a link read "probably the same fact", as if unlinked).
        // The tooltip counts the suggestions left.
        let linked = ws.links_of(&g.span).count();
        let (shown, class) = if linked > 0 {
            ("\u{2713} linked".to_string(), "band-linked")
        } else {
            (band.to_string(), best.map(band_class).unwrap_or("band-none"))
        };
        let title = if linked > 0 {
            format!("{linked} link(s); {} more suggestion(s), best: {band}", applying.len())
        } else {
            format!("{} suggestion(s); best: {band}", applying.len())
        };
        html! {
            <li key={g.span.clone()} class="overview-item" style={format!("top:{}px", at as f64 * ROW_HEIGHT)}>
                <button class={classes!("overview-row", current.then_some("current"))}
                        data-span-id={g.span.clone()} data-row={at.to_string()} onclick={pick}
                        tabindex={if at == tab_stop { "0" } else { "-1" }}
                        aria-current={current.then_some("true")}
                        {title}>
                    <span class={classes!("label-chip", format!("label-{label}"))}>{ label }</span>
                    <span class="overview-text">{ excerpt(ws, &g.span, 48) }</span>
                    <span class={classes!("suggestion-band", class)}>{ shown }</span>
                    <span class="overview-count" aria-label={format!("{} suggestion(s) left", applying.len())}>{ applying.len() }</span>
                </button>
            </li>
        }
    });
    let height = view_height;
    html! {
        <section id="span-overview" data-rows={n.to_string()} aria-label="All claims and quotes">
            <h4>{ format!("All claims and quotes ({n})") }</h4>
            <p class="overview-legend hint">{ "Each row: the best suggestion left (its band, or \u{2713} linked) and how many suggestions are left." }</p>
            <div class="overview-scroller" ref={scroller} {onscroll} {onkeydown} {onfocusin}
                 style={format!("height:{height}px")}>
                <ol class="overview-list" style={format!("height:{}px", n as f64 * ROW_HEIGHT)}>
                    { for items }
                </ol>
            </div>
        </section>
    }
}
