//! The fact-by-outlet matrix in the page: a row per fact, a column per outlet; each cell
//! says stated, stated differently (with its flags) or not linked (no span of the outlet
//! linked to the fact: not reported, or not annotated yet), and who is credited.
//! A click on a cell goes to that outlet's text; the header sorts by how many outlets
//! report each fact. The matrix itself is built by [`crate::report::matrix`] (the app
//! memoises it per workspace and sort).
//!
//! A view function rather than a component: it is drawn only when the app re-renders
//! with the matrix open, which is when its inputs change anyway; a component would only
//! add wasm size.

use crate::model::text::ellipsize;
use crate::report::matrix::{CellState, Matrix, SortBy};
use std::rc::Rc;
use yew::prelude::*;

/// The matrix and what its buttons do.
pub struct MatrixViewProps {
    /// Built by the app (once per workspace change or sort).
    pub matrix: Rc<Matrix>,
    /// The current order of the rows.
    pub sort: SortBy,
    /// Reorder the rows.
    pub on_sort: Callback<SortBy>,
    /// Go to this span in its article.
    pub on_goto: Callback<String>,
    /// Close the matrix.
    pub on_close: Callback<()>,
}

/// The matrix panel (`#matrix`): header with sort and close, then the table.
pub fn matrix_view(props: &MatrixViewProps) -> Html {
    let m = &props.matrix;
    let n = m.outlets.len();
    let heads = m.outlets.iter().map(|o| {
        html! {
            <th scope="col" data-doc-id={o.doc.clone()}>
                <span class="mx-outlet">{ o.label.clone() }</span>
                if let Some(p) = &o.meta.published {
                    <span class="mx-date">{ p.clone() }</span>
                }
            </th>
        }
    });
    let rows = m.facts.iter().map(|f| {
        let cells = f.cells.iter().zip(&m.outlets).map(|(c, o)| {
            let class = classes!("mx-cell", c.state.as_str());
            match c.state {
                CellState::NotReported => html! {
                    <td {class} data-doc-id={o.doc.clone()}
                        title="No span of this outlet is linked to this fact: it may not report it, or it does and is not linked yet (see the suggested links)">
                        <span class="mx-state">{ "\u{2014} not linked" }</span>
                    </td>
                },
                state => {
                    let go = c.mentions.first().map(|x| x.span.clone()).unwrap_or_default();
                    let onclick = {
                        let cb = props.on_goto.clone();
                        Callback::from(move |_: MouseEvent| cb.emit(go.clone()))
                    };
                    let texts = c.mentions.iter().map(|x| {
                        let credits = x.credits.iter().map(|cr| {
                            if cr.who.anonymous {
                                html! { <span class="mx-credit anonymous">{ format!("anonymous: {}", crate::app::view::quoted(&cr.text)) }</span> }
                            } else {
                                html! { <span class="mx-credit">{ format!("credited: {}", cr.who.name) }</span> }
                            }
                        });
                        html! { <><span class="mx-text">{ ellipsize(&x.text, 120) }</span>{ for credits }</> }
                    });
                    // Which outlet it differs from is shown, not only in the tooltip: a cell
                    // can differ from one outlet and agree word for word with another.
                    let flags = c.flags.iter().map(|fl| {
                        let other = m.outlet_name(&fl.other_doc);
                        let title = if fl.vague {
                            format!("{} against {other}: {}", fl.kind, crate::model::types::softer_note(&fl.kind))
                        } else {
                            format!("{} differs from {other}", fl.kind)
                        };
                        html! {
                            <span class={classes!("mx-flag", fl.vague.then_some("flag-vague"))} {title}>
                                { format!("{} (vs {other})", fl.text()) }
                            </span>
                        }
                    });
                    html! {
                        <td {class} data-doc-id={o.doc.clone()}>
                            <button class="mx-go" {onclick} title="Go to this text in the article">
                                <span class="mx-state">{ if state == CellState::Differs { "\u{2260} differently" } else { "\u{2713} stated" } }</span>
                                { for texts }
                                { for flags }
                            </button>
                        </td>
                    }
                }
            }
        });
        html! {
            <tr key={f.key.clone()} data-fact={f.key.clone()} data-reach={f.reach().to_string()}>
                <th scope="row" class="mx-fact">
                    <span>{ ellipsize(&f.text, 160) }</span>
                    <span class="mx-reach">{ format!("{} of {n}", f.reach()) }</span>
                </th>
                { for cells }
            </tr>
        }
    });
    let sort_to = |by: SortBy| {
        let cb = props.on_sort.clone();
        Callback::from(move |_: MouseEvent| cb.emit(by))
    };
    let close = {
        let cb = props.on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <section id="matrix" class="matrix-panel" aria-label="Facts by outlet" tabindex="-1">
            <header class="matrix-head">
                <h2>{ format!("Facts by outlet: {} fact{}, {} outlet{}", m.facts.len(), if m.facts.len() == 1 { "" } else { "s" }, n, if n == 1 { "" } else { "s" }) }</h2>
                <div class="matrix-sort" role="group" aria-label="Sort">
                    <button id="matrix-sort-reach" aria-pressed={(props.sort == SortBy::Reach).to_string()}
                            onclick={sort_to(SortBy::Reach)} title="Facts reported by the most outlets first">{ "Most outlets first" }</button>
                    <button id="matrix-sort-reading" aria-pressed={(props.sort == SortBy::Reading).to_string()}
                            onclick={sort_to(SortBy::Reading)}>{ "Reading order" }</button>
                </div>
                <button id="matrix-close" onclick={close} title="Back to the articles (key M)">{ "Close" }</button>
            </header>
            if m.facts.is_empty() {
                <p class="matrix-empty">{ "No facts yet: label claims or quotes and link them across articles." }</p>
            } else {
                <div class="matrix-scroll">
                    <table class="matrix">
                        <thead><tr><th scope="col">{ "Fact" }</th>{ for heads }</tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}
