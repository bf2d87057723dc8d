//! [`ParaBlock`]: up to [`BLOCK_UNITS`] consecutive rendering units of an article (short
//! paragraphs, or the chunks of one run of a long paragraph), as a memoised component.
//! Short paragraphs' blocks add no element of their own (their [`Paragraph`]s sit where
//! they would without it); a run's block is one `span.para-run`, a block box in which
//! its chunks flow inline (see [`crate::app::view::RUN_CPS`]).
//!
//! An edit changes one or two units. Without blocks the article column rebuilt and
//! diffed one `Paragraph` component per unit on every edit: 2,197 for a 4.4 MB
//! paragraph, the part of a label's time that grew with the article. With blocks it
//! builds one per block, and a block whose units' spans and highlight are unchanged
//! compares equal (pointer and length checks, no allocation) and is not re-rendered.

use super::paragraph::Paragraph;
use crate::app::view::{Focus, Para, SharedText, SpanInfo};
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

/// The most rendering units in one block.
pub const BLOCK_UNITS: usize = 64;

/// How the column groups units `0..shown` of `paras` (see [`crate::app::view::layout`]):
/// each item is either a run of short paragraphs (`group: None`) or the chunks of one long
/// paragraph (`group: Some(its start)`, rendered inside one `<p>`), cut into blocks of at
/// most [`BLOCK_UNITS`] units (index ranges into `paras`), and a long paragraph's blocks
/// also where a run starts (one block a run). Blocks start every [`BLOCK_UNITS`] units
/// from the start of their item (or run), so rendering more units (`shown` growing) only
/// ever extends the last block.
pub fn plan(paras: &[Para], shown: usize) -> Vec<(Option<usize>, Vec<Range<usize>>)> {
    let shown = shown.min(paras.len());
    let mut items = Vec::new();
    let mut i = 0;
    while i < shown {
        let first = paras[i];
        // Units of the same item as `first`: short paragraphs, or the chunks of its group.
        let same = |p: &Para| {
            if first.chunk {
                p.chunk && p.group == first.group
            } else {
                !p.chunk
            }
        };
        let end = i + paras[i..shown].iter().take_while(|p| same(p)).count();
        let mut blocks = Vec::new();
        let mut a = i;
        while a < end {
            // Short paragraphs are one run (each is its own `run`).
            let run = paras[a].run;
            let run_end = if first.chunk {
                a + paras[a..end].iter().take_while(|p| p.run == run).count()
            } else {
                end
            };
            blocks.extend(
                (a..run_end)
                    .step_by(BLOCK_UNITS)
                    .map(|b| b..(b + BLOCK_UNITS).min(run_end)),
            );
            a = run_end;
        }
        items.push((first.chunk.then_some(first.group), blocks));
        i = end;
    }
    items
}

#[derive(Properties, Clone)]
pub struct ParaBlockProps {
    pub text: SharedText,
    /// The article's units (see [`crate::app::view::layout`]).
    pub paras: Rc<Vec<Para>>,
    /// Each unit's spans (index-aligned with `paras`).
    pub buckets: Rc<Vec<Rc<[SpanInfo]>>>,
    /// The units of this block (indices into `paras`).
    pub range: Range<usize>,
    /// The page's highlight (given to a unit only when it holds a span it involves).
    pub focus: Rc<Focus>,
}

impl ParaBlockProps {
    /// Unit `i`'s highlight, as its `Paragraph` gets it.
    fn focus_of(&self, i: usize) -> Option<&Rc<Focus>> {
        self.focus.involves(&self.buckets[i]).then_some(&self.focus)
    }
}

/// Equal when every unit of the block would get equal `Paragraph` props.
impl PartialEq for ParaBlockProps {
    fn eq(&self, other: &Self) -> bool {
        self.range == other.range
            && self.text == other.text
            && (Rc::ptr_eq(&self.paras, &other.paras)
                || self.paras.get(self.range.clone()) == other.paras.get(other.range.clone()))
            && self.range.clone().all(|i| {
                let (a, b) = (&self.buckets[i], &other.buckets[i]);
                (Rc::ptr_eq(a, b) || a == b) && self.focus_of(i) == other.focus_of(i)
            })
    }
}

/// Height a run's block is taken to have while the browser has not laid it out (off
/// screen, `content-visibility: auto`), per chunk, in `em`.
const CHUNK_HEIGHT_EM: usize = 14;

#[function_component(ParaBlock)]
pub fn para_block(props: &ParaBlockProps) -> Html {
    let units = props.range.clone().map(|i| {
        let p = props.paras[i];
        html! {
            <Paragraph key={p.start} text={props.text.clone()} para={p}
                spans={props.buckets[i].clone()} focus={props.focus_of(i).cloned()} />
        }
    });
    match props.paras.get(props.range.start) {
        // The chunks of a run: inline in one block, so lines flow across chunk ends.
        Some(first) if first.chunk => {
            let style = format!(
                "contain-intrinsic-size: auto {}em",
                props.range.len() * CHUNK_HEIGHT_EM
            );
            html! {
                <span class="para-run" data-run-start={first.run.to_string()} {style}>
                    { for units }
                </span>
            }
        }
        _ => html! { { for units } },
    }
}
