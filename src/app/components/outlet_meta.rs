//! An article's outlet line in its column header (outlet, date, author) and a small
//! form to edit the outlet, author, published date and URL. Each field is saved when it
//! changes (one undo step each).
//!
//! A view function rather than a component: it holds no state and its column already
//! decides when to re-render, so a component's machinery would only add wasm size.

use crate::model::DocMeta;
use yew::prelude::*;

/// The label shown for each field.
fn field_label(f: &str) -> &'static str {
    match f {
        "outlet" => "Outlet",
        "author" => "Author",
        "published" => "Published",
        _ => "Address (URL)",
    }
}

/// A published date as the outlet line shows it: the day of an ISO 8601 date and time
/// ("2026-11-30T10:00:00Z", as saved web pages give it: "2026-11-30"), else as written
/// (the form keeps the whole value).
pub fn shown_date(published: &str) -> &str {
    let b = published.as_bytes();
    let iso_day = b.len() > 10
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
        && matches!(b[10], b'T' | b' ');
    match iso_day {
        true => &published[..10],
        false => published,
    }
}

/// The outlet line and the *Details* form for `meta`; `on_change` receives the new
/// details after a field changed.
pub fn outlet_meta(meta: &DocMeta, on_change: &Callback<DocMeta>) -> Html {
    let m = meta;
    let line: Vec<&str> = [
        m.outlet.as_deref(),
        m.published.as_deref().map(shown_date),
        m.author.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    let inputs = DocMeta::FIELDS.into_iter().map(|f| {
        let on_change = on_change.clone();
        let meta = m.clone();
        let onchange = Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                let mut next = meta.clone();
                next.set(f, &input.value());
                on_change.emit(next);
            }
        });
        html! {
            <label class="meta-field">
                <span>{ field_label(f) }</span>
                <input type="text" class="meta-input" data-field={f}
                       value={m.get(f).unwrap_or_default().to_string()} {onchange}
                       placeholder={if f == "published" { "2017-11-22" } else { "" }} />
            </label>
        }
    });
    html! {
        <div class="outlet-meta">
            if line.is_empty() {
                <span class="outlet-line missing">{ "Outlet unknown" }</span>
            } else {
                <span class="outlet-line">{ line.join(" \u{00b7} ") }</span>
            }
            <details class="meta-edit">
                <summary title="Edit the outlet, author, date and address of this article">{ "Details" }</summary>
                <div class="meta-form">{ for inputs }</div>
            </details>
        </div>
    }
}
