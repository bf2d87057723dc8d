//! The best unlabelled matches (`section.unlabelled` of the suggestions panel): sentences
//! no one labelled yet that state a labelled claim or quote, each as a full card; those
//! whose sentence is a card of the span shown above are left out (the panel chooses them).
//!
//! Its props compare equal when nothing it draws changed (the same matching results, the
//! same matches still applying, the same articles and source spans), so labelling a span
//! elsewhere does not rebuild and re-diff twenty cards in the key's frame.

use super::suggestion_group::{suggestion_html, ResultsRef};
use crate::app::view::WsRef;
use crate::app::Dispatch;
use crate::model::Workspace;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct UnlabelledProps {
    /// The workspace now (read for the articles' titles and texts and the source spans).
    pub ws: WsRef,
    /// The matching results the matches come from.
    pub results: ResultsRef,
    /// Indices into `results.unlabelled` of the matches shown, best first.
    pub shown: Rc<Vec<usize>>,
    /// How many matches still apply in all.
    pub total: usize,
    pub dispatch: Dispatch,
}

/// What a card reads from the workspace: every article (id, title, text) and each shown
/// match's source span (range and label).
fn same_inputs(a: &Workspace, b: &Workspace, p: &UnlabelledProps) -> bool {
    let docs = a.documents.len() == b.documents.len()
        && a.documents.iter().zip(&b.documents).all(|(x, y)| {
            x.id == y.id
                && x.title == y.title
                && (x.text.as_ptr() == y.text.as_ptr() || x.text == y.text)
        });
    docs && p.shown.iter().all(|&i| {
        let id = &p.results.0.unlabelled[i].source;
        match (a.span(id), b.span(id)) {
            (Some(x), Some(y)) => {
                x.doc == y.doc && x.start == y.start && x.end == y.end && x.label == y.label
            }
            (None, None) => true,
            _ => false,
        }
    })
}

impl PartialEq for UnlabelledProps {
    fn eq(&self, other: &Self) -> bool {
        self.results == other.results
            && self.shown == other.shown
            && self.total == other.total
            && self.dispatch == other.dispatch
            && (self.ws == other.ws || same_inputs(&self.ws.0, &other.ws.0, self))
    }
}

#[function_component(UnlabelledMatches)]
pub fn unlabelled_matches(props: &UnlabelledProps) -> Html {
    if props.shown.is_empty() {
        return html! {};
    }
    let ws = &props.ws.0;
    let r = &props.results.0;
    html! {
        <section class="unlabelled">
            <h3>{ format!("Unlabelled matches ({})", props.total) }</h3>
            <p class="hint">
                { "Sentences no one labelled yet that state a labelled claim or quote, besides the cards above." }
                if props.total > props.shown.len() {
                    { format!(" The best {} are shown.", props.shown.len()) }
                }
            </p>
            <ol class="suggestion-list">
                { for props.shown.iter().map(|&i| suggestion_html(ws, &r.unlabelled[i], &props.dispatch, true)) }
            </ol>
        </section>
    }
}
