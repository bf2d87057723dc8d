//! Curation: every place where someone put a span, sorted into all agree / majority /
//! disputed / single. Accept one version per item, or all agreed or majority items at
//! once, then export the curated workspace (each span records who had it).

use crate::app::browser;
use crate::exercise::class::Class;
use crate::exercise::curate::{Curation, Status};
use crate::exercise::export_file_name;
use crate::formats;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CurationViewProps {
    pub class: Rc<Class>,
    pub on_error: Callback<String>,
}

fn status_text(s: Status) -> &'static str {
    match s {
        Status::All => "all agree",
        Status::Majority => "majority",
        Status::Disputed => "disputed",
        Status::Single => "single",
    }
}

#[function_component(CurationView)]
pub fn curation_view(props: &CurationViewProps) -> Html {
    let generation = props.class.generation;
    let curation = {
        let class = props.class.clone();
        use_state(move || class.curation())
    };
    // A new set of files starts a new curation.
    {
        let curation = curation.clone();
        let class = props.class.clone();
        use_effect_with(generation, move |_| {
            curation.set(class.curation());
        });
    }
    let c = match curation.as_ref() {
        None => {
            return html! { <p class="hint">{ "Load at least two files of the same articles." }</p> }
        }
        Some(Err(e)) => return html! { <p class="error class-error">{ e.clone() }</p> },
        Some(Ok(c)) => c.clone(),
    };
    let update = |f: Rc<dyn Fn(&mut Curation)>| {
        let curation = curation.clone();
        let c = c.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = c.clone();
            f(&mut next);
            curation.set(Some(Ok(next)));
        })
    };
    let export = {
        let c = c.clone();
        let on_error = props.on_error.clone();
        Callback::from(move |_: MouseEvent| {
            let ws = c.build("curated");
            let text = formats::json::export(&ws);
            let name = export_file_name(&ws, "parallax.json");
            if let Err(e) = browser::download(&name, "application/json", text.as_bytes()) {
                on_error.emit(e);
            }
        })
    };
    let counts = c.counts();
    let count = |k: &str| counts.get(k).copied().unwrap_or(0);
    let titles: Vec<String> = props
        .class
        .key
        .as_ref()
        .or(props.class.students.first())
        .map(|f| {
            f.workspace
                .documents
                .iter()
                .map(|d| d.title.clone())
                .collect()
        })
        .unwrap_or_default();
    let items = c.items.iter().enumerate().map(|(i, item)| {
        let versions = item.versions.iter().enumerate().map(|(v, ver)| {
            let chosen = item.choice == Some(v);
            let who: Vec<String> = ver
                .annotators
                .iter()
                .filter_map(|&r| c.annotators.get(r).cloned())
                .collect();
            html! {
                <li class={classes!("version", chosen.then_some("chosen"))}>
                    <button class="accept" aria-pressed={chosen.to_string()}
                            onclick={update(Rc::new(move |c: &mut Curation| { let _ = c.choose(i, Some(v)); }))}>
                        { if chosen { "Accepted" } else { "Accept" } }
                    </button>
                    <span class={classes!("fb-label", format!("label-{}", ver.label.as_str()))}>{ ver.label.as_str() }</span>
                    { format!(" \u{201c}{}\u{201d} \u{2014} {}", ver.text, who.join(", ")) }
                </li>
            }
        });
        html! {
            <li class={classes!("curation-item", format!("status-{}", status_text(item.status).replace(' ', "-")))}
                data-status={status_text(item.status)}>
                <div class="item-head">
                    <span class="status">{ status_text(item.status) }</span>
                    { format!(" \u{00b7} {}", titles.get(item.doc).cloned().unwrap_or_default()) }
                    if item.choice.is_some() {
                        <button class="reject minor" onclick={update(Rc::new(move |c: &mut Curation| { let _ = c.choose(i, None); }))}>{ "Undo choice" }</button>
                    }
                </div>
                <ul class="versions">{ for versions }</ul>
            </li>
        }
    });
    html! {
        <section id="curation" class="curation">
            <p class="counts">{ format!(
                "{} items: {} all agree, {} majority, {} disputed, {} single; {} accepted.",
                c.items.len(), count("all"), count("majority"), count("disputed"), count("single"), count("accepted")
            ) }</p>
            <div class="curation-actions">
                <button id="accept-agreed" onclick={update(Rc::new(|c: &mut Curation| { c.accept_agreed(); }))}>{ "Accept all agreed" }</button>
                <button id="accept-majority" onclick={update(Rc::new(|c: &mut Curation| { c.accept_majority(); }))}>{ "Accept all majority" }</button>
                <button id="export-curated" onclick={export}>{ "Export curated workspace" }</button>
            </div>
            <ol class="curation-items">{ for items }</ol>
        </section>
    }
}
