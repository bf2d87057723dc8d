//! The suggestions panel (`#suggestions`): the selected claim or quote span's suggestion
//! cards ([`SpanGroupView`]; the most recently labelled one's when the selection is not a
//! claim or quote), a virtualised one-line-per-span overview of all of them
//! ([`Overview`]), the best unlabelled matches ([`UnlabelledMatches`]); the manual-link button and status (the
//! mode itself is reducer state: [`Action::StartLink`]); and the links list ([`Links`]).
//! Only one span's cards are ever rendered, so the panel's cost does not grow with the
//! spans. Articles in different languages get a note saying why they have few
//! suggestions (`.language-note`, from [`language::guess`]).
//!
//! Matching runs after each workspace change (debounced 120 ms), scheduled by
//! [`crate::app::worker::schedule`]: in the page for small workspaces, in a Web Worker above
//! [`WORKER_THRESHOLD`](crate::app::worker::WORKER_THRESHOLD) sentences, with a progress
//! bar (`#match-progress`); a failure of the matcher is told in `#match-failed`. Results on screen are filtered against the current workspace
//! so accepted or rejected suggestions disappear at once.

use super::deferred::Deferred;
use super::links::{excerpt, Links};
use super::overview::Overview;
use super::suggestion_group::{ResultsRef, SpanGroupView};
use super::unlabelled::UnlabelledMatches;
use crate::app::scroll::{scroll_to_span, Reveal};
use crate::app::state::matching::{MatchView, Progress, ViewAction};
use crate::app::state::{Action, NoticeKind};
use crate::app::view::WsRef;
use crate::app::worker::{self, Engine, Reports};
use crate::app::Dispatch;
use crate::linking;
use crate::matcher::language;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

/// [`MatchView`] as the panel's own small Yew reducer.
#[derive(Default, PartialEq)]
struct MatchViewState(MatchView);

impl std::ops::Deref for MatchViewState {
    type Target = MatchView;
    fn deref(&self) -> &MatchView {
        &self.0
    }
}

impl Reducible for MatchViewState {
    type Action = ViewAction;
    fn reduce(self: Rc<Self>, action: ViewAction) -> Rc<Self> {
        Rc::new(MatchViewState(self.0.apply(action)))
    }
}

/// How many unlabelled matches are rendered as cards (the best ones).
const UNLABELLED_SHOWN: usize = 20;

#[derive(Properties, PartialEq)]
pub struct SuggestionsProps {
    /// The workspace now.
    pub ws: WsRef,
    /// The selected span's id.
    pub selected: Option<String>,
    /// Manual-link mode: the span being linked.
    pub linking: Option<String>,
    /// Accepting, rejecting, linking and selecting dispatch reducer actions.
    pub dispatch: Dispatch,
}

#[function_component(SuggestionsPanel)]
pub fn suggestions_panel(props: &SuggestionsProps) -> Html {
    let dispatch = props.dispatch.clone();
    let ws = props.ws.0.clone();
    let view = use_reducer(MatchViewState::default);
    let engine = use_mut_ref(Engine::default);

    let reports = {
        let (vd, app) = (view.dispatcher(), dispatch.clone());
        Reports {
            view: Rc::new(move |a| vd.dispatch(a)),
            notice: Rc::new(move |msg| app.dispatch(Action::Notify(NoticeKind::Error, msg))),
        }
    };
    // Match after each workspace change, debounced; a newer change cancels the timer.
    {
        let reports = reports.clone();
        let engine = engine.clone();
        use_effect_with(WsRef(ws.clone()), move |w| {
            let ws = w.0.clone();
            let timer = gloo::timers::callback::Timeout::new(120, move || {
                worker::schedule(&engine, ws, &reports);
            });
            move || drop(timer)
        });
    }

    // Articles in different languages share few words: say why they get few suggestions.
    // Guessed again only when the set of texts changes (keyed by the texts' addresses).
    let language_note = {
        let key: Vec<usize> = ws
            .documents
            .iter()
            .map(|d| std::sync::Arc::as_ptr(&d.text) as *const u8 as usize)
            .collect();
        let ws = ws.clone();
        use_memo(key, move |_| language_note(&ws))
    };

    let selected = props.selected.clone().filter(|id| ws.span(id).is_some());
    let start_link = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::StartLink))
    };
    let cancel_link = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::CancelLink))
    };

    // Stopping a long run ends the worker; only the suggestions wait (trial 22, F5).
    let stop = {
        let (engine, reports) = (engine.clone(), reports.clone());
        Callback::from(move |_: MouseEvent| worker::cancel(&engine, &reports))
    };
    let again = {
        let (engine, reports) = (engine.clone(), reports.clone());
        Callback::from(move |_: MouseEvent| worker::resume(&engine, &reports))
    };
    // The bar shows how far the stage is, sentences indexed or spans matched; it is
    // indeterminate only until the worker first says how many spans it matches.
    let progress = view.progress.map(|p| {
        let (done, total) = match p {
            Progress::Indexing { done, total } | Progress::Matching { done, total } => (done, total),
        };
        let sentences = view.sentences;
        let text = match p {
            Progress::Indexing { .. } => {
                format!("Indexing in the background: {done} of {total} sentences\u{2026}")
            }
            Progress::Matching { total: 0, .. } => {
                format!("Matching in the background ({sentences} sentences)\u{2026}")
            }
            Progress::Matching { .. } => {
                format!("Matching in the background: {done} of {total} spans ({sentences} sentences)")
            }
        };
        html! {
            <div id="match-progress" role="status" data-stage={p.stage()}
                 data-done={done.to_string()} data-total={total.to_string()}>
                if total == 0 {
                    <progress></progress>
                } else {
                    <progress max={total.to_string()} value={done.to_string()}></progress>
                }
                <span class="progress-text">{ text }</span>
                <button id="match-stop" class="link" onclick={stop}
                        title="Stop matching: your work stays as it is; suggestions wait until you match again">{ "Stop" }</button>
            </div>
        }
    });
    // The matcher failed (trial 35, F13): say so, that the work is kept and what to do.
    let failed = view.failed.clone().map(|msg| {
        let again = again.clone();
        html! {
            <div id="match-failed" role="alert">
                <span>{ msg }</span>
                <button id="match-failed-again" onclick={again}>{ "Match again" }</button>
            </div>
        }
    });
    let stopped = view.stopped.then(|| html! {
        <div id="match-stopped" role="status">
            <span>{ "Matching stopped: nothing of your work was lost, but suggestions are not up to date. " }</span>
            <button id="match-again" onclick={again}>{ "Match again" }</button>
        </div>
    });

    let mut focus_group: Option<Html> = None;
    let mut focus_is_selected = false;
    // The article of the span whose cards are shown: the note on articles placed apart
    // speaks of it (trial 23: with six articles it named two others).
    let mut focus_doc: Option<(String, Option<String>)> = None;
    let mut overview: Option<Html> = None;
    let mut unlabelled: Option<Html> = None;
    // The sentences of the cards shown in full above the unlabelled matches: the list
    // does not show them again (trial 57: it repeated the selected span's cards).
    let mut carded: Vec<(&str, (usize, usize))> = Vec::new();
    if let Some(r) = &view.results {
        // The group shown in full: the selected span's, else the most recently labelled
        // claim or quote's (spans are added at the end of the workspace's list).
        let index: HashMap<&str, usize> = r
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| (g.span.as_str(), i))
            .collect();
        let chosen = selected.as_deref().and_then(|id| index.get(id).copied());
        focus_is_selected = chosen.is_some();
        let focus = chosen.or_else(|| {
            ws.spans
                .iter()
                .rev()
                .find_map(|s| index.get(s.id.as_str()).copied())
        });
        if let Some(i) = focus {
            let top = r.groups[i]
                .suggestions
                .first()
                .map(|x| x.target_doc.clone());
            focus_doc = ws.span(&r.groups[i].span).map(|s| (s.doc.clone(), top));
            // While matching runs for a selected span with no cards yet, a hint stands
            // where the cards would be (`pending_hint` below): nothing is shown above.
            let hinted = (view.progress.is_some() || view.stopped)
                && chosen.is_none()
                && selected
                    .as_deref()
                    .and_then(|id| ws.span(id))
                    .is_some_and(|sp| linking::is_matched_label(sp.label));
            carded = r.groups[i]
                .suggestions
                .iter()
                .filter(|x| !hinted && linking::still_applies(&ws, x))
                .map(|x| (x.target_doc.as_str(), x.sentence))
                .collect();
            focus_group = Some(html! {
                <SpanGroupView key={r.groups[i].span.clone()} ws={WsRef(ws.clone())}
                    results={ResultsRef(r.clone())} index={i} current={chosen.is_some()}
                    dispatch={dispatch.clone()} />
            });
            let on_pick = {
                let d = dispatch.clone();
                Callback::from(move |id: String| {
                    d.dispatch(Action::SelectSpan(Some(id.clone())));
                    scroll_to_span(&id, Reveal::Flash);
                })
            };
            overview = Some(html! {
                <Overview ws={WsRef(ws.clone())} results={ResultsRef(r.clone())}
                    focus={focus.map(|i| r.groups[i].span.clone())} {on_pick} />
            });
        }
        // Best first; only the best few are rendered (each is a full card); none whose
        // sentence is a card above already.
        let applying: Vec<usize> = (0..r.unlabelled.len())
            .filter(|&i| {
                let u = &r.unlabelled[i];
                linking::still_applies(&ws, u)
                    && !carded.contains(&(u.target_doc.as_str(), u.sentence))
            })
            .collect();
        let total = applying.len();
        let shown = Rc::new(
            applying
                .into_iter()
                .take(UNLABELLED_SHOWN)
                .collect::<Vec<_>>(),
        );
        // Its twenty cards a frame after the rest of the panel when results first arrive.
        unlabelled = Some(html! {
            <Deferred>
                <UnlabelledMatches ws={WsRef(ws.clone())} results={ResultsRef(r.clone())}
                    {shown} {total} dispatch={dispatch.clone()} />
            </Deferred>
        });
    }

    // A claim or quote labelled while matching runs (or is stopped) has no cards yet: say
    // when they come, not "Label a claim…" (trial 22, F4).
    let waiting = view.progress.is_some() || view.stopped;
    // The selected claim or quote has no group in the results (`focus_is_selected`, the
    // index above knows: no results, or none for it yet).
    let pending = selected
        .as_deref()
        .and_then(|id| ws.span(id))
        .filter(|sp| linking::is_matched_label(sp.label) && !focus_is_selected)
        .map(|sp| sp.label);
    let stage = view.progress.map_or("matching", |p| p.stage());
    let pending_hint = match (waiting, pending) {
        (false, _) => None,
        (true, Some(label)) if view.stopped => Some(format!(
            "Suggestions for this {label} will appear when you match again."
        )),
        (true, Some(label)) => Some(format!(
            "Suggestions for this {label} will appear when {stage} ends."
        )),
        (true, None) if focus_group.is_none() && view.progress.is_some() => Some(format!(
            "Suggestions will appear when {stage} ends; you can go on labelling meanwhile."
        )),
        (true, None) => None,
    };
    let stale = view.results.is_some() && (view.progress.is_some() || view.stopped);
    html! {
        <aside id="suggestions" class={classes!("suggestions-panel", stale.then_some("stale"))}
               data-engine={view.engine} data-sentences={view.sentences.to_string()}
               aria-label="Suggested links" tabindex="-1">
            <h3>{ "Suggested links" }</h3>
            // Each optional part is one child whether shown or not (an `if`, not a `for`),
            // so the parts after it keep their place and their state: the language note
            // stayed open no longer than the progress bar stayed up.
            if let Some(p) = progress { { p } }
            if let Some(p) = stopped { { p } }
            if let Some(p) = failed { { p } }
            if let Some(from) = props.linking.clone() {
                <p class="link-mode" role="status">
                    { format!("Linking {}: click a span in another article (or select it with [ ] and press Enter). ", crate::app::view::quoted(&excerpt(&ws, &from, 50))) }
                    <button class="cancel-link" onclick={cancel_link}>{ "Cancel (Esc)" }</button>
                </p>
            } else if selected.is_some() {
                <button class="start-link" onclick={start_link} title="Link the selected span to a span in another article">
                    { "Link\u{2026} " }<kbd>{ "L" }</kbd>
                </button>
            }
            if let Some(note) = (*language_note).clone() {
                // Folded to its summary: at 800 px the whole note took ten lines above the
                // cards.
                <details class="hint language-note" role="note">
                    <summary>{ note.summary }</summary>
                    <p>{ note.details }</p>
                </details>
            }
            if let Some((summary, details)) = apart_note(&ws, view.results.as_deref(), focus_doc.as_ref()) {
                <details class="hint apart-note" role="note">
                    <summary>{ summary }</summary>
                    <p>{ details }</p>
                </details>
            }
            if ws.documents.len() < 2 {
                <p class="hint">{ "Load at least two articles to get suggestions." }</p>
            } else if let Some(hint) = pending_hint {
                <p class="hint pending-hint" role="status">{ hint }</p>
                if let Some(o) = overview { { o } }
            } else if let Some(group) = focus_group {
                if !focus_is_selected {
                    <p class="hint focus-hint">{ "The latest claim or quote; click a span or a row below to see its suggestions." }</p>
                }
                <div class="suggestion-groups">{ group }</div>
                if let Some(o) = overview { { o } }
            } else {
                <p class="hint">{ "Label a claim or a quote (select text, press 1 or 2) to see matching sentences in the other articles." }</p>
            }
            if let Some(u) = unlabelled { { u } }
            <Links ws={WsRef(ws.clone())} dispatch={dispatch.clone()} />
        </aside>
    }
}

/// The note for articles in different languages ([`language::mixed_note`]), `None` when the
/// workspace's articles are in one language (or their language is not clear).
fn language_note(ws: &crate::model::Workspace) -> Option<language::MixedNote> {
    let langs: Vec<_> = ws
        .documents
        .iter()
        .map(|d| language::guess_shared(&d.text))
        .collect();
    if !language::differ(&langs) {
        return None;
    }
    // Named as their columns are: the outlet, when known, before the title.
    let names: Vec<String> = ws
        .documents
        .iter()
        .map(
            |d| match d.meta.outlet.as_deref().filter(|o| !o.trim().is_empty()) {
                Some(outlet) => format!("{outlet}: {}", d.title),
                None => d.title.clone(),
            },
        )
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    Some(language::mixed_note(&names, &langs))
}

/// The note for articles that place their stories in places known apart
/// ([`linking::ApartArticles`]): (summary, details), `None` when no two loaded articles are.
/// With `focus` (the article of the span whose cards the panel shows, and the article of its
/// first card), only a pair with that article, the one with the first card's article first:
/// the note speaks of the cards in view, not of two other articles.
fn apart_note(
    ws: &crate::model::Workspace,
    results: Option<&linking::Suggestions>,
    focus: Option<&(String, Option<String>)>,
) -> Option<(String, String)> {
    let loaded = |x: &&linking::ApartArticles| {
        ws.documents.iter().any(|d| d.id == x.a_doc) && ws.documents.iter().any(|d| d.id == x.b_doc)
    };
    let has = |x: &linking::ApartArticles, doc: &str| x.a_doc == doc || x.b_doc == doc;
    let mut pairs = results?.apart.iter().filter(loaded);
    let apart = match focus {
        None => pairs.next(),
        Some((doc, top)) => {
            let with: Vec<&linking::ApartArticles> = pairs.filter(|x| has(x, doc)).collect();
            with.iter()
                .find(|x| top.as_deref().is_some_and(|t| has(x, t)))
                .or(with.first())
                .copied()
        }
    }?;
    let title = |id: &str| {
        ws.documents
            .iter()
            .find(|d| d.id == id)
            .map(|d| crate::app::view::quoted(&d.title))
            .unwrap_or_default()
    };
    let more = match results?.apart.len() {
        1 => String::new(),
        n => format!(" ({n} pairs of articles are so.)"),
    };
    Some((
        format!(
            "{} and {} may report two different events.",
            title(&apart.a_doc),
            title(&apart.b_doc)
        ),
        format!(
            "{}. \
             Two events of one kind are often told in the same words, so the percentages \
             between these articles are scaled to {}% of what they would be: none reaches \
             \u{201c}probably the same fact\u{201d}, and their cards come after those of \
             articles that may report this event. If both report one event, judge each card \
             yourself.{more}",
            apart_sides(apart),
            (crate::matcher::align::APART_FACTOR * 100.0).round()
        ),
    ))
}

/// What the note says each of two articles told apart is told by: their places or storms
/// ("One places its story in Leeds, the other in Glasgow"), with the times their leads
/// give ("One places its story in Lambeth (Thursday), the other in Manchester
/// (Wednesday)"), or the times alone when a lead names no place ("One tells its story of
/// jeudi, the other of Paris (mardi)": trial 40 T9, a time is no place).
fn apart_sides(apart: &crate::linking::ApartArticles) -> String {
    if apart.a_when.is_empty() && apart.b_when.is_empty() {
        return format!(
            "{} {}, the other {} {}",
            apart_side(&apart.a_place).0,
            apart_name(&apart.a_place),
            apart_side(&apart.a_place).1,
            apart_name(&apart.b_place)
        );
    }
    let side = |place: &str, when: &str| match (place.is_empty(), when.is_empty()) {
        (false, false) => format!("{} ({when})", apart_name(place)),
        (true, false) => when.to_string(),
        _ => apart_name(place),
    };
    let (a, b) = (
        side(&apart.a_place, &apart.a_when),
        side(&apart.b_place, &apart.b_when),
    );
    if apart.a_place.is_empty() || apart.b_place.is_empty() {
        format!("One tells its story of {a}, the other of {b}")
    } else {
        format!("One places its story in {a}, the other in {b}")
    }
}

/// How the note opens what one article is told by: the storm it names ("One tells of
/// Hurricane Odalys, the other of Hurricane Bertrán", `matcher::flags::is_storm_label`) or
/// the place it places its story in ("One places its story in Leeds, the other in Glasgow").
/// Gives the opening and the word before the other article's side ("of", "in").
fn apart_side(label: &str) -> (&'static str, &'static str) {
    if crate::matcher::is_storm_label(label) {
        ("One tells of", "of")
    } else {
        ("One places its story in", "in")
    }
}

/// What one article of two told apart is told by, as the note names it: a storm as the
/// article writes it ("Typhoon Fung-wong", "Huracán Marisol": the first letter upper case,
/// the rest as written, not "Fung-Wong"), a place as [`place_name`] writes it.
fn apart_name(label: &str) -> String {
    if !crate::matcher::is_storm_label(label) {
        return place_name(label);
    }
    let mut chars = label.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A place as the gazetteer reads it ("new york", "u.s.") written as a name ("New York",
/// "U.S."): each word's first letter, and each letter after a full stop, upper case.
fn place_name(place: &str) -> String {
    let mut out = String::with_capacity(place.len());
    let mut start = true;
    for c in place.chars() {
        if start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = matches!(c, ' ' | '.' | '-');
    }
    out
}
