//! Agreement between the students' files loaded in the class view (the answer key is not
//! one of them): Krippendorff's alpha_U per label and overall, the pairwise F1 matrix
//! (strict / partial), and where the class disagrees: a strip per article (darker where
//! more pairs of annotators differ) and the passages with the most disagreement, ranked
//! by the share of pairs that differ times the passage's length (said in the view). Each
//! alpha_U is read in words by Krippendorff's thresholds, explained under the table.

use crate::app::view::WsRef;
use crate::exercise::agreement::{passage_in_quotes, reading, Agreement};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AgreementViewProps {
    pub agreement: Rc<Agreement>,
    /// The first compared file's workspace: the articles' texts for the disputed passages
    /// (looked up by that file's article ids).
    pub texts: Option<WsRef>,
}

/// How many of the most disputed passages are listed.
const HOTSPOTS: usize = 5;

fn figure(x: Option<f64>) -> String {
    x.map(|v| format!("{v:.3}"))
        .unwrap_or_else(|| "\u{2014}".into())
}

/// An alpha_U's reading in words ([`reading`]); empty where it is undefined.
fn reading_of(x: Option<f64>) -> &'static str {
    x.map(reading).unwrap_or("")
}

#[function_component(AgreementView)]
pub fn agreement_view(props: &AgreementViewProps) -> Html {
    let a = &props.agreement;
    let labels = a.alpha_u.by_label.iter().map(|(l, v)| {
        html! { <tr data-label={l.clone()}><th>{ l.clone() }</th><td class="num">{ figure(*v) }</td><td class="reading">{ reading_of(*v) }</td></tr> }
    });
    let names = &a.pairwise.annotators;
    let head = names.iter().map(|n| html! { <th>{ n.clone() }</th> });
    let rows = names.iter().enumerate().map(|(i, n)| {
        let cells = (0..names.len()).map(|j| {
            let (s, p) = (a.pairwise.strict_f1[i][j], a.pairwise.partial_f1[i][j]);
            let shade = p.map(|p| format!("--agree: {p:.3}")).unwrap_or_default();
            html! {
                <td class="num pair" style={shade} data-strict={figure(s)} data-partial={figure(p)}>
                    { if i == j { "\u{2014}".to_string() } else { format!("{} / {}", figure(s), figure(p)) } }
                </td>
            }
        });
        html! { <tr><th>{ n.clone() }</th>{ for cells }</tr> }
    });
    let strips = a.disagreement.iter().map(|d| {
        let len = d.length.max(1) as f64;
        let marks = d.stretches.iter().map(|s| {
            let style = format!(
                "left: {:.3}%; width: {:.3}%; opacity: {:.2}",
                s.start as f64 * 100.0 / len,
                ((s.end - s.start) as f64 * 100.0 / len).max(0.2),
                0.25 + 0.75 * s.value
            );
            html! { <span class="stretch" {style} title={format!("{}\u{2013}{}: {:.0}% of pairs differ", s.start, s.end, s.value * 100.0)} /> }
        });
        html! {
            <div class="strip-row" data-doc={d.doc.clone()}>
                <span class="strip-title">{ d.title.clone() }</span>
                <div class="disagreement-strip" role="img"
                     aria-label={format!("{} stretches where annotators differ", d.stretches.len())}>
                    { for marks }
                </div>
            </div>
        }
    });
    // The passages with the most disagreement: share of differing pairs times length (a
    // long stretch where half the pairs differ weighs more than a word all dispute). Shown
    // trimmed; a stretch of only spaces is not a passage.
    let text_of = |doc: &str, start: usize, end: usize| -> String {
        props
            .texts
            .as_ref()
            .and_then(|w| w.0.document(doc).and_then(|d| d.slice(start, end)))
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    let mut hot: Vec<(f64, usize, usize, String)> = Vec::new();
    for (k, d) in a.disagreement.iter().enumerate() {
        for (i, s) in d.stretches.iter().enumerate() {
            let text = text_of(&d.doc, s.start, s.end);
            if props.texts.is_some() && text.is_empty() {
                continue;
            }
            hot.push((s.value * (s.end - s.start) as f64, k, i, text));
        }
    }
    hot.sort_by(|x, y| y.0.total_cmp(&x.0));
    hot.truncate(HOTSPOTS);
    let passages = hot.iter().map(|(_, k, i, text)| {
        let d = &a.disagreement[*k];
        let s = d.stretches[*i];
        html! {
            <li class="hotspot">
                <strong>{ d.title.clone() }</strong>
                { format!(" \u{00b7} {:.0}% of pairs differ: {}", s.value * 100.0, passage_in_quotes(text)) }
            </li>
        }
    });
    html! {
        <section id="agreement" class="agreement">
            { for a.warnings.iter().map(|w| html! { <p class="warning agreement-warning" role="note">{ w.clone() }</p> }) }
            <h3>{ "Krippendorff\u{2019}s \u{03b1}U" }</h3>
            <table id="alpha-table" class="alpha-table">
                <tr class="overall"><th>{ "overall" }</th><td class="num">{ figure(a.alpha_u.overall) }</td><td class="reading">{ reading_of(a.alpha_u.overall) }</td></tr>
                { for labels }
            </table>
            <p class="hint alpha-reading">{ "How to read it: 1 means the students marked the same words with the same labels, 0 what chance gives, below 0 worse. Krippendorff (2004) advises relying on 0.800 or more and drawing only tentative conclusions from 0.667 to 0.800. A label used for few spans gives an unsteady figure: one disputed span moves it far." }</p>
            <h3>{ "Pairwise F1 between the students (strict / partial; the row\u{2019}s student taken as the reference)" }</h3>
            <table id="agreement-matrix" class="agreement-matrix">
                <thead><tr><th />{ for head }</tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <h3>{ "Where the class disagrees" }</h3>
            <div class="strips">{ for strips }</div>
            if !hot.is_empty() {
                <p class="hint hotspots-ranking">{ format!(
                    "The {} passage{} with the most disagreement, ranked by the share of pairs of students who differ there times the passage\u{2019}s length:",
                    hot.len(), if hot.len() == 1 { "" } else { "s" }) }</p>
                <ol class="hotspots">{ for passages }</ol>
            }
        </section>
    }
}
