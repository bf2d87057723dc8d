//! One span's suggestion cards (`section.suggestion-group` with `li.suggestion` items):
//! the best matching sentences or spans of the other articles with score, band, reason
//! (shared terms, discrepancy flags) and accept/reject buttons. The side panel renders
//! one group, the selected span's ([`SpanGroupView`]); [`suggestion_html`] also renders
//! the unlabelled matches.

use super::flag_chip::flag_chip;
use super::links::excerpt;
use crate::app::scroll::{reveal_offset, scroll_to_span, Reveal};
use crate::app::state::{Action, LinkAction};
use crate::app::view::{quoted as in_quotes, WsRef};
use crate::app::Dispatch;
use crate::linking::{self, SpanSuggestion, Suggestions};
use crate::matcher::language;
use crate::model::{Document, Workspace};
use std::rc::Rc;
use yew::prelude::*;

/// The matcher's results, compared by pointer (a new result set is a new `Rc`).
#[derive(Clone)]
pub struct ResultsRef(pub Rc<Suggestions>);

impl PartialEq for ResultsRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A CSS class per band of the calibrated score (see `matcher::align::band`).
pub fn band_class(score: f64) -> &'static str {
    match crate::matcher::align::band(score) {
        "same fact" => "band-same",
        "probably the same fact" => "band-probable",
        "related" => "band-related",
        _ => "band-unlikely",
    }
}

/// The suggested sentence with shared terms and discrepancies highlighted. Slices go
/// through the document's offset index (O(log n) each), not a scan of the whole text.
/// The matched sentence, with the shared words and the differing details marked, and
/// the part that accepting covers (the existing span it links, or the part a new span
/// will label: the quotation, the clause without "he said") set apart from the rest of the
/// sentence, so the card shows exactly what will be linked.
fn sentence_html(doc: &Document, s: &SpanSuggestion) -> Html {
    let (s0, s1) = s.sentence;
    let mut marks: Vec<(usize, usize, &'static str)> = Vec::new();
    for t in &s.shared {
        marks.extend(t.b.iter().map(|&(a, b)| (a, b, "shared")));
    }
    marks.extend(
        s.flags
            .iter()
            .map(|f| (f.b_range.0, f.b_range.1, "conflict")),
    );
    marks.retain(|&(a, b, _)| a >= s0 && b <= s1 && a < b);
    marks.sort_by_key(|m| (m.0, std::cmp::Reverse(m.1)));
    // Marks overlapping an earlier one are dropped; the rest are clipped to each segment.
    let mut kept: Vec<(usize, usize, &'static str)> = Vec::new();
    for m in marks {
        if kept.last().is_none_or(|k| m.0 >= k.1) {
            kept.push(m);
        }
    }
    let segment = |from: usize, to: usize| -> Vec<Html> {
        let mut out = Vec::new();
        let mut at = from;
        for &(a, b, class) in &kept {
            let (a, b) = (a.max(from), b.min(to));
            if a >= b || a < at {
                continue;
            }
            out.push(html! { { doc.slice(at, a).unwrap_or("").to_string() } });
            out.push(html! { <b class={class}>{ doc.slice(a, b).unwrap_or("").to_string() }</b> });
            at = b;
        }
        out.push(html! { { doc.slice(at, to).unwrap_or("").to_string() } });
        out
    };
    // An existing span may reach past the sentence (it covers two sentences): its part in
    // this sentence is set apart all the same, and "…" says it goes on.
    let (p0, p1) = (s.start.clamp(s0, s1), s.end.clamp(s0, s1));
    let (before, after) = (s.start < s0, s.end > s1);
    // The part is underlined even when it is the whole sentence: the guide says the
    // underlined words are what accepting covers.
    if p0 >= p1 {
        return html! { <>{ for segment(s0, s1) }</> };
    }
    let title = match (s.target_span.is_some(), before || after) {
        (true, false) => "Your span that Link connects",
        (true, true) => "Your span that Link connects (it goes on beyond this sentence)",
        (false, _) => "The part a new span will label",
    };
    let more = "The span goes on beyond this sentence";
    // Words a new span leaves out (an attribution and what lies beyond it) are marked as
    // such, so the card says what accepting does not cover (trial 30, F30-1).
    let rest = |from: usize, to: usize, before: bool| -> Html {
        let left_out = s.target_span.is_none().then(|| {
            let chars: Vec<char> = doc.slice(s0, s1).unwrap_or("").chars().collect();
            super::left_out::left_out_title(&chars, from - s0, to - s0, before)
        });
        match left_out.flatten() {
            Some(title) => html! {
                <span class="suggestion-rest suggestion-left-out" {title}>{ for segment(from, to) }</span>
            },
            None => html! { <span class="suggestion-rest">{ for segment(from, to) }</span> },
        }
    };
    html! {
        <>
            if before { <span class="suggestion-more" title={more}>{ "\u{2026} " }</span> }
            { rest(s0, p0, true) }
            <span class="suggestion-part" {title}>{ for segment(p0, p1) }</span>
            { rest(p1, s1, false) }
            if after { <span class="suggestion-more" title={more}>{ " \u{2026}" }</span> }
        </>
    }
}

/// The card's reason line: the matcher's verdict, the shared terms, the flags. Across two
/// languages (`across`) the verdict, a band word ("Unlikely"), is left out: the percentage
/// is no probability there (trial 34, F13: the head said "across languages", the line
/// below it still "Unlikely"). With the source span's range `span` (code points), the
/// flags whose words on the span's side lie outside it (a clause's sentence's flags, trial
/// 44 F2) come last, set apart as the rest of the sentence's
/// ([`SpanSuggestion::flags_by_place`]); the others are the card's own, as before, after
/// "told differently:", the kind of link accepting makes (trial 51, 6c: a flagged card's
/// line read "Same fact · shares …" as if nothing differed).
fn reason_html(s: &SpanSuggestion, across: bool, span: Option<(usize, usize)>) -> Html {
    let verdict = if across {
        String::new()
    } else {
        s.summary.split(" (").next().unwrap_or("").to_string()
    };
    let shares = if verdict.is_empty() {
        "Shares "
    } else {
        " \u{00b7} shares "
    };
    let terms = s.shared.iter().take(5).map(|t| {
        html! { <mark class="shared-term">{ t.term.clone() }</mark> }
    });
    let (own, rest) = match span {
        Some(span) => s.flags_by_place(span),
        None => (s.flags.iter().collect(), Vec::new()),
    };
    let chip = |f: &&crate::matcher::Discrepancy| flag_chip(f.kind.as_str(), &f.a, &f.b, f.vague);
    let told_differently = if verdict.is_empty() && s.shared.is_empty() {
        "Told differently:"
    } else {
        " \u{00b7} told differently:"
    };
    html! {
        <div class="suggestion-reason" title={s.summary.clone()}>
            if !verdict.is_empty() { <span class="verdict">{ verdict }</span> }
            if !s.shared.is_empty() { { shares } { for terms } }
            if let Some(why) = no_shared_words(s, across) { <span class="no-shared">{ why }</span> }
            if !own.is_empty() {
                <span class="told-differently" title="Accepting makes a link of kind \u{201c}told differently\u{201d}: the same fact with a detail that differs">
                    { told_differently }
                </span>
            }
            { for own.iter().map(chip) }
            if !rest.is_empty() {
                <span class="flags-rest" title="These details differ in the words of the sentence outside your span">
                    { "In the rest of the sentence: " }{ for rest.iter().map(chip) }
                </span>
            }
        </div>
    }
}

/// What the reason line says of a card that shares no word with the span, after its
/// verdict: why it is suggested at all (trial 36, F11.4: "Related" alone). The score then
/// comes from like words (word parts, words of one meaning: "homes" / "houses") and from
/// how alike the two articles are. `None` when words are shared, or across two languages
/// (the card's head says so).
pub fn no_shared_words(s: &SpanSuggestion, across: bool) -> Option<&'static str> {
    (s.shared.is_empty() && !across)
        .then_some(" \u{00b7} no words in common: suggested for like words (word parts, words of one meaning) and alike articles")
}

/// The card's Accept and Reject buttons. `about`: the target sentence, shortened, so each
/// button's accessible name says which suggestion it acts on (a screen reader lists many
/// "Reject" buttons otherwise). `span`: the source span's range (code points), which says
/// the kind accepting makes ([`SpanSuggestion::kind_on`]).
/// `relabelled`: why the span accepting creates gets another label than the source span's.
/// Below "probably the same fact" ("related", "unlikely": of such pairs fewer than half
/// are true links) Accept is a plain button (`plain-accept`) beside Reject, not the green
/// one of a likely link: same label, same accessible name, same place in the tab order.
fn buttons(
    s: &SpanSuggestion,
    dispatch: &Dispatch,
    accept_text: String,
    about: &str,
    span: Option<(usize, usize)>,
    relabelled: Option<&str>,
) -> Html {
    // A flagged suggestion is still the same fact, told with a differing detail: say what
    // kind of link accepting it makes, where the user decides. Flags only in the rest of a
    // clause's sentence leave the clause the same fact (trial 48).
    let (own, rest) = match span {
        Some(span) => s.flags_by_place(span),
        None => (s.flags.iter().collect(), Vec::new()),
    };
    let kinds = |flags: &[&crate::matcher::Discrepancy]| {
        flags
            .iter()
            .map(|f| f.kind.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let accept_title = match (own.is_empty(), rest.is_empty()) {
        (true, true) => "Accept: a link of kind \u{201c}same fact\u{201d}".to_string(),
        (true, false) => format!(
            "Accept: a link of kind \u{201c}same fact\u{201d}: the details that differ ({}) \
             lie in the rest of the sentence, outside your span; the link keeps them",
            kinds(&rest)
        ),
        (false, _) => format!(
            "Accept: a link of kind \u{201c}told differently\u{201d}, because a detail differs ({})",
            kinds(&own)
        ),
    };
    let accept_title = match relabelled {
        Some(why) => format!("{accept_title}. {why}"),
        None => accept_title,
    };
    let accept = {
        let (d, s) = (dispatch.clone(), s.clone());
        Callback::from(move |e: MouseEvent| {
            crate::app::keys::focus_neighbour_control(
                e.target(),
                "accept-suggestion",
                e.detail() > 0,
            );
            d.dispatch(Action::Linking(LinkAction::Accept(Box::new(s.clone()))))
        })
    };
    let reject = {
        let (d, r) = (dispatch.clone(), linking::rejection(s));
        Callback::from(move |e: MouseEvent| {
            crate::app::keys::focus_neighbour_control(
                e.target(),
                "reject-suggestion",
                e.detail() > 0,
            );
            d.dispatch(Action::Linking(LinkAction::Reject(r.clone())))
        })
    };
    let unlikely = s.score < crate::matcher::align::PROBABLY_SAME;
    html! {
        <div class="suggestion-actions">
            <button class={classes!("accept-suggestion", unlikely.then_some("plain-accept"))}
                    onclick={accept} title={accept_title}
                    aria-label={format!("{accept_text}: \u{201c}{about}\u{201d}")}>{ accept_text.clone() }</button>
            <button class="reject-suggestion" onclick={reject} title="Not the same fact: hide it for good"
                    aria-label={format!("Reject: \u{201c}{about}\u{201d}")}>{ "Reject" }</button>
        </div>
    }
}

pub fn suggestion_html(
    ws: &Workspace,
    s: &SpanSuggestion,
    dispatch: &Dispatch,
    unlabelled: bool,
) -> Html {
    let Some(target) = ws.document(&s.target_doc) else {
        return html! {};
    };
    let show = {
        let (doc, start, span) = (s.target_doc.clone(), s.sentence.0, s.target_span.clone());
        Callback::from(move |_: MouseEvent| match &span {
            Some(id) => scroll_to_span(id, Reveal::Flash),
            None => reveal_offset(&doc, start),
        })
    };
    let accept_text = match (&s.target_span, unlabelled) {
        (Some(_), _) => "Link".to_string(),
        (None, _) => format!("Label as {} + link", s.label),
    };
    // A quote matched in reported speech creates a claim (trial 22, F12): say why.
    let source_label = ws.span(&s.source).map_or(s.label, |sp| sp.label);
    let relabelled = (s.target_span.is_none() && source_label != s.label).then(|| {
        format!(
            "The sentence holds no quotation, so the new span is labelled {} rather than {source_label}",
            s.label
        )
    });
    let class = if unlabelled {
        "unlabelled-match"
    } else {
        "suggestion"
    };
    // With its dated head ("Thursday 09:00 – "): a flag on the head is the span's own.
    let span = ws
        .span(&s.source)
        .map(|sp| crate::linking::span_reach(ws, sp));
    let differs = match span {
        Some(span) => s.kind_on(span) == crate::model::LinkKind::Differs,
        None => !s.flags.is_empty(),
    };
    // Only between articles of two languages; and not when both sentences are clearly in
    // one language (an English sentence of an article that is mostly a French quotation).
    // A sentence's guess never adds the line, it only takes it away.
    let across = ws.document(&s.source_doc).and_then(|source| {
        let source_text = ws
            .span(&s.source)
            .and_then(|sp| source.slice(sp.start, sp.end))
            .unwrap_or("");
        let target_text = target.slice(s.sentence.0, s.sentence.1).unwrap_or("");
        let (a, b) = language::across(
            (
                language::guess_shared(&source.text),
                language::guess_shared(&target.text),
            ),
            (source_text, target_text),
        )?;
        Some(format!(
            "{} \u{2192} {}: across languages this percentage rests only on shared names, numbers and common news words; it ranks the cards but is no probability",
            a.name(),
            b.name()
        ))
    });
    // What the buttons' names quote: the range accepting labels or links (the clause of
    // two joined ones, the quotation), not the whole sentence around it.
    let about = target
        .slice(s.start, s.end)
        .or_else(|| target.slice(s.sentence.0, s.sentence.1))
        .unwrap_or("");
    html! {
        <li class={classes!(class, differs.then_some("differs"))} key={s.key()}
            data-target-doc={s.target_doc.clone()} data-score={s.score.to_string()}>
            <div class="suggestion-head">
                if across.is_some() {
                    // The calibration was fitted on pairs in one language: across two, the
                    // percentage only ranks the cards, so no band word ("unlikely") judges them.
                    <span class="suggestion-score" title="Across languages the percentage only ranks the cards: it is not calibrated there">{ crate::matcher::align::percent(s.score) }</span>
                    <span class={classes!("suggestion-band", "band-none")} title="Sentences in two languages share few words: read both and judge">
                        { "across languages" }
                    </span>
                } else {
                    <span class="suggestion-score" title="Calibrated: of the pairs scored about this high, about this share are true links">{ crate::matcher::align::percent(s.score) }</span>
                    <span class={classes!("suggestion-band", band_class(s.score))}>
                        { crate::matcher::align::band(s.score) }
                    </span>
                }
                <span class="suggestion-doc">{ target.title.clone() }</span>
                if let Some(id) = &s.target_span {
                    <span class="suggestion-target">{ format!("span {id}") }</span>
                }
            </div>
            if unlabelled {
                <div class="suggestion-source">
                    { format!("matches {} {}", source_label, in_quotes(&excerpt(ws, &s.source, 70))) }
                </div>
            }
            <blockquote class="suggestion-text" onclick={show} title="Show it in the article">
                { sentence_html(target, s) }
            </blockquote>
            { reason_html(s, across.is_some(), span) }
            if let Some(across) = across {
                <p class="cross-language" title="The matcher compares words; sentences in two languages share few of them">{ across }</p>
            }
            { buttons(s, dispatch, accept_text, &crate::model::text::ellipsize(about, 60), span, relabelled.as_deref()) }
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct SpanGroupProps {
    pub ws: WsRef,
    pub results: ResultsRef,
    /// Index of the group in `results.groups`.
    pub index: usize,
    /// The group is the selected span's (not only the most recently labelled one's).
    pub current: bool,
    pub dispatch: Dispatch,
}

/// The suggestion cards of one claim or quote span; re-renders only when the workspace,
/// the results, the group or the selection flag change.
#[function_component(SpanGroupView)]
pub fn span_group_view(props: &SpanGroupProps) -> Html {
    let ws = &props.ws.0;
    let Some(g) = props.results.0.groups.get(props.index) else {
        return html! {};
    };
    let items: Vec<Html> = g
        .suggestions
        .iter()
        .filter(|s| linking::still_applies(ws, s))
        .map(|s| suggestion_html(ws, s, &props.dispatch, false))
        .collect();
    let label = ws.span(&g.span).map(|s| s.label.as_str()).unwrap_or("");
    let pick = {
        let (d, id) = (props.dispatch.clone(), g.span.clone());
        Callback::from(move |_: MouseEvent| {
            d.dispatch(Action::SelectSpan(Some(id.clone())));
            scroll_to_span(&id, Reveal::Flash);
        })
    };
    html! {
        <section class={classes!("suggestion-group", props.current.then_some("current"))}
                 key={g.span.clone()} data-span-id={g.span.clone()}>
            <h4><button class="link group-source" onclick={pick}>
                <span class={classes!("label-chip", format!("label-{label}"))}>{ label }</span>
                { format!(" {}", in_quotes(&excerpt(ws, &g.span, 70))) }
            </button></h4>
            if items.is_empty() {
                <p class="hint">{ "No other suggestions in the other articles." }</p>
            } else {
                <ol class="suggestion-list">{ for items }</ol>
            }
        </section>
    }
}
