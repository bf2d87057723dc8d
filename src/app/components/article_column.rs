//! One article as a column: title bar (move left/right, remove) and the body, which
//! renders one `Paragraph` per paragraph (or chunk of a long one), in memoised blocks of
//! [`BLOCK_UNITS`](super::para_block::BLOCK_UNITS) ([`ParaBlock`]), so an edit re-renders the
//! blocks it touches. Paragraph layout is computed once per text; span buckets once per
//! workspace change.
//!
//! A long article is rendered in steps when it first appears: the first
//! [`FIRST_UNITS`] rendering units (the top of the article, what is on screen), then
//! [`FILL_UNITS`] more a step until all are there. Steps go through
//! [`crate::app::steps`], one a frame for all columns together, so loading hundreds of
//! paragraphs is no single long task (nor one long frame); a short article's last step
//! (at most [`FILL_UNITS`] units) comes in the next task. A long paragraph's chunks always come together (its `<p>`).

use super::para_block::{plan, ParaBlock};
use crate::app::state::Action;
use crate::app::view::{self, Focus, SharedText, SpanInfo};
use crate::app::{browser, steps, Dispatch};
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

/// Rendering units (paragraphs or chunks) in an article's first render.
pub const FIRST_UNITS: usize = 24;
/// Rendering units added per later step until the whole article is rendered.
pub const FILL_UNITS: usize = 24;

/// How many units to render when `wanted` are asked for: up to the end of the paragraph
/// that unit `wanted - 1` is part of (chunks of one paragraph render together), at most all.
pub fn units_to_render(paras: &[view::Para], wanted: usize) -> usize {
    if wanted == 0 || wanted >= paras.len() {
        return wanted.min(paras.len());
    }
    let group = paras[wanted - 1].group;
    wanted
        + paras[wanted..]
            .iter()
            .take_while(|p| p.group == group)
            .count()
}

#[derive(Properties, PartialEq)]
pub struct ArticleColumnProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub source: AttrValue,
    pub text: SharedText,
    /// This document's spans, sorted by [`view::sort_spans`].
    pub spans: Rc<[SpanInfo]>,
    pub focus: Rc<Focus>,
    pub only_unattributed: bool,
    pub index: usize,
    pub count: usize,
    pub dispatch: Dispatch,
    /// Outlet, author, date, URL (shown under the title, editable).
    #[prop_or_default]
    pub meta: crate::model::DocMeta,
}

#[function_component(ArticleColumn)]
pub fn article_column(props: &ArticleColumnProps) -> Html {
    let paras = use_memo(props.text.clone(), |t| view::layout(&t.0));
    let buckets = use_memo((props.spans.clone(), paras.clone()), |(spans, paras)| {
        view::buckets(paras, spans)
    });
    // Units rendered so far (a column's text never changes: it is keyed by document).
    let wanted = use_state_eq(|| FIRST_UNITS);
    // The selected span's paragraph is always rendered (it may be selected from a list,
    // the matrix or a link while the rest of the article is still being filled in).
    let need = match props.focus.selected.as_deref() {
        Some(id) if *wanted < paras.len() => props
            .spans
            .iter()
            .find(|s| &*s.id == id)
            .map_or(0, |s| paras.partition_point(|p| p.end <= s.start) + 1),
        _ => 0,
    };
    let shown = units_to_render(&paras, (*wanted).max(need));
    {
        let wanted = wanted.clone();
        let total = paras.len();
        use_effect_with((shown, total), move |&(shown, total)| {
            // The rest of a short article in the next task (as one step); a long one a step
            // a frame for all columns together (`steps`), each step's layout and paint in a
            // frame of its own.
            let next = shown + FILL_UNITS;
            // (in the next task, or queued for a frame; dropping it cancels it)
            let step: (Option<Timeout>, Option<steps::Step>) = if shown >= total {
                (None, None)
            } else if total - shown <= FILL_UNITS {
                (Some(Timeout::new(0, move || wanted.set(next))), None)
            } else {
                (None, Some(steps::queue_step(move || wanted.set(next))))
            };
            move || drop(step)
        });
    }

    let onclick = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            if browser::has_text_selection() {
                return; // the user was selecting text, not clicking a span
            }
            match browser::span_at(e.target()) {
                Some(id) => dispatch.dispatch(Action::ClickSpan(id)),
                None => dispatch.dispatch(Action::SelectSpan(None)),
            }
        })
    };
    let mover = |delta: isize| {
        let dispatch = props.dispatch.clone();
        let doc = props.id.to_string();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::MoveDocument {
                doc: doc.clone(),
                delta,
            })
        })
    };
    let remove = {
        let dispatch = props.dispatch.clone();
        let doc = props.id.to_string();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::RemoveDocument(doc.clone())))
    };

    let on_meta = {
        let dispatch = props.dispatch.clone();
        let doc = props.id.to_string();
        Callback::from(move |meta| {
            dispatch.dispatch(Action::Coverage(
                crate::app::coverage::CoverageAction::SetMeta {
                    doc: doc.clone(),
                    meta,
                },
            ))
        })
    };
    // Paragraphs in blocks (memoised: an edit re-renders the blocks it touches); the
    // chunks of a long paragraph together in one `<p>`.
    let block = |range: std::ops::Range<usize>| {
        let key = paras[range.start].start;
        html! {
            <ParaBlock {key} text={props.text.clone()}
                paras={paras.clone()} buckets={buckets.clone()} {range}
                focus={props.focus.clone()} />
        }
    };
    let mut items: Vec<Html> = Vec::new();
    for (group, blocks) in plan(&paras, shown) {
        match group {
            None => items.extend(blocks.into_iter().map(block)),
            Some(group) => items.push(html! {
                <p class="para para-long" key={group} data-para-start={group.to_string()}>
                    { for blocks.into_iter().map(block) }
                </p>
            }),
        }
    }
    let n = props.spans.len();
    html! {
        <section class="article" data-doc-id={props.id.clone()} aria-label={props.title.clone()}>
            <header class="article-head">
                <div class="article-heading">
                    <h2 class="article-title" title={props.source.clone()}>{ props.title.clone() }</h2>
                    { super::outlet_meta::outlet_meta(&props.meta, &on_meta) }
                </div>
                <div class="article-meta">
                    <span class="span-count">{ format!("{n} span{}", if n == 1 { "" } else { "s" }) }</span>
                    // Each button's name says which article it acts on (a screen reader
                    // lists six "Remove article" buttons alike otherwise; trial 23).
                    <button class="move-left" title="Move this article left" aria-label={format!("Move {} left", props.title)}
                            disabled={props.index == 0} onclick={mover(-1)}>{ "\u{2190}" }</button>
                    <button class="move-right" title="Move this article right" aria-label={format!("Move {} right", props.title)}
                            disabled={props.index + 1 >= props.count} onclick={mover(1)}>{ "\u{2192}" }</button>
                    <button class="remove-article" title="Remove this article (undo with Ctrl+Z)"
                            aria-label={format!("Remove article {}", props.title)} onclick={remove}>{ "\u{00d7}" }</button>
                </div>
            </header>
            <div class="article-body" tabindex="0" {onclick}
                 data-rendering={(shown < paras.len()).then_some("partial")}>
                { for items }
            </div>
        </section>
    }
}
