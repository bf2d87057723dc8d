//! Browser tests (wasm-bindgen-test in headless Chromium) for the article view:
//! DOM selection -> code point offsets on text with emoji, CJK, combining marks, RTL and
//! CRLF, and the rendering of nested and overlapping spans.
//!
//! The oracle is independent of the `data-start` attributes the app relies on: it walks
//! the text nodes of the article body in document order (as a user's selection does) and
//! maps positions back to the document through `matcher::paragraphs`.
//!
//! The reducer driven as the page drives it is in `reducer.rs`.
#![cfg(target_arch = "wasm32")]

use parallax::app::browser::range_offsets;
use parallax::app::components::paragraph::{Paragraph, ParagraphProps};
use parallax::app::view::{self, Segment, SharedText, SpanInfo};
use parallax::matcher;
use parallax::model::{offsets, Label};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Node};
use yew::AttrValue;

wasm_bindgen_test_configure!(run_in_browser);

const TEXTS: &[&str] = &[
    "Hi 😀 there 👍🏽 ok, said 𝔘𝔫𝔦 today.",
    "中文文本，日本語のテキスト。\n第二段落 😀 終わり",
    "e\u{301}te\u{301} café cafe\u{301} naïve",
    "שלום עולם and مرحبا بالعالم, he said.",
    "line one\r\nline two 😀\r\n\r\nthird line",
];

fn span(id: &str, start: usize, end: usize, label: Label) -> SpanInfo {
    SpanInfo {
        id: AttrValue::from(id.to_string()),
        start,
        end,
        label,
        note: None,
        unattributed: false,
        links: None,
        link_differs: false,
    }
}

/// Overlapping and nested spans over a text: an outer span, one nested inside it, and
/// one that overlaps its end without nesting.
fn spans_for(text: &str) -> Vec<SpanInfo> {
    let n = offsets::cp_len(text);
    let mut v = vec![
        span("s1", 1, n * 2 / 3, Label::Claim),
        span("s2", 2, n / 3, Label::Quote),
        span("s3", n / 2, n - 1, Label::Attribution),
    ];
    view::sort_spans(&mut v);
    v
}

async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Render `text` like an article column: `section.article > .article-body > paragraphs`.
async fn render_article(doc_id: &str, text: &str, spans: &[SpanInfo]) -> Element {
    let d = document();
    let section = d.create_element("section").unwrap();
    section.set_class_name("article");
    section.set_attribute("data-doc-id", doc_id).unwrap();
    let body = d.create_element("div").unwrap();
    body.set_class_name("article-body");
    section.append_child(&body).unwrap();
    d.body().unwrap().append_child(&section).unwrap();
    let shared: Arc<str> = Arc::from(text);
    let paras = view::layout(text);
    let buckets = view::buckets(&paras, spans);
    for (p, b) in paras.iter().zip(buckets) {
        let root = d.create_element("div").unwrap();
        body.append_child(&root).unwrap();
        let props = ParagraphProps {
            text: SharedText(shared.clone()),
            para: *p,
            spans: b,
            focus: None,
        };
        yew::Renderer::<Paragraph>::with_root_and_props(root, props).render();
    }
    tick().await;
    body
}

/// Text nodes under `el` in document order.
fn text_nodes(el: &Element) -> Vec<Node> {
    let mut out = Vec::new();
    fn walk(n: &Node, out: &mut Vec<Node>) {
        if n.node_type() == Node::TEXT_NODE {
            out.push(n.clone());
        }
        let kids = n.child_nodes();
        for i in 0..kids.length() {
            walk(&kids.item(i).unwrap(), out);
        }
    }
    walk(el, &mut out);
    out
}

/// Map "code point `k` of the concatenated visible text" to a DOM point, and to the
/// document offset through the paragraph table (line breaks are not rendered).
struct Oracle {
    /// (text node, its first code point in the concatenation, its text)
    nodes: Vec<(Node, usize, String)>,
    /// Document offset of each concatenated code point, plus the end.
    doc_of: Vec<usize>,
}

impl Oracle {
    fn new(body: &Element, text: &str) -> Self {
        let mut nodes = Vec::new();
        let mut k = 0;
        for n in text_nodes(body) {
            let t = n.text_content().unwrap_or_default();
            let len = offsets::cp_len(&t);
            nodes.push((n, k, t));
            k += len;
        }
        let mut doc_of = Vec::new();
        for (s, e) in matcher::paragraphs(text) {
            doc_of.extend(s..e);
        }
        assert_eq!(doc_of.len(), k, "rendered text has the paragraphs' length");
        Oracle { nodes, doc_of }
    }

    /// DOM point of concatenated code point `k` (the start of that character).
    fn point(&self, k: usize) -> (Node, u32) {
        let (node, first, t) = self
            .nodes
            .iter()
            .rev()
            .find(|(_, first, t)| *first <= k && k < first + offsets::cp_len(t))
            .unwrap();
        let units = offsets::cp_to_utf16(t, k - first).unwrap();
        (node.clone(), units as u32)
    }

    /// DOM point just after concatenated code point `k` (the end of that character).
    fn point_after(&self, k: usize) -> (Node, u32) {
        let (node, first, t) = self
            .nodes
            .iter()
            .find(|(_, first, t)| *first <= k && k < first + offsets::cp_len(t))
            .unwrap();
        let units = offsets::cp_to_utf16(t, k + 1 - first).unwrap();
        (node.clone(), units as u32)
    }
}

fn range(start: (Node, u32), end: (Node, u32)) -> web_sys::Range {
    let r = document().create_range().unwrap();
    r.set_start(&start.0, start.1).unwrap();
    r.set_end(&end.0, end.1).unwrap();
    r
}

#[wasm_bindgen_test]
async fn selection_offsets_are_code_points_for_any_script() {
    for (i, text) in TEXTS.iter().enumerate() {
        let doc_id = format!("t{i}");
        let body = render_article(&doc_id, text, &spans_for(text)).await;
        let o = Oracle::new(&body, text);
        let n = o.doc_of.len();
        let mut checked = 0;
        for a in 0..n {
            for b in (a + 1)..=n.min(a + 9) {
                // `b` is exclusive: its DOM point is the end of character b-1.
                let got = range_offsets(&range(o.point(a), o.point_after(b - 1)));
                let want = (doc_id.clone(), o.doc_of[a], o.doc_of[b - 1] + 1);
                assert_eq!(got, Some(Ok(want)), "{text:?} concatenated {a}..{b}");
                checked += 1;
            }
        }
        assert!(checked > 20);
        body.parent_element().unwrap().remove();
    }
}

#[wasm_bindgen_test]
async fn element_boundaries_map_to_paragraph_edges() {
    let text = TEXTS[4];
    let body = render_article("crlf", text, &spans_for(text)).await;
    let paras = matcher::paragraphs(text);
    let ps = body.query_selector_all("p[data-para-start]").unwrap();
    assert_eq!(ps.length() as usize, paras.len());
    let first = ps.item(0).unwrap();
    let second = ps.item(1).unwrap();
    // Like a triple click: from the start of paragraph 1 to the start of paragraph 2.
    let r = range((first.clone(), 0), (second.clone(), 0));
    assert_eq!(
        range_offsets(&r),
        Some(Ok(("crlf".to_string(), paras[0].0, paras[1].0)))
    );
    let kids = second.child_nodes().length();
    let r = range((second.clone(), 0), (second.clone(), kids));
    assert_eq!(
        range_offsets(&r),
        Some(Ok(("crlf".to_string(), paras[1].0, paras[1].1)))
    );
    body.parent_element().unwrap().remove();
}

#[wasm_bindgen_test]
async fn a_range_across_two_articles_is_refused() {
    let a = render_article("a", "First article text.", &[]).await;
    let b = render_article("b", "Second article text.", &[]).await;
    let ta = text_nodes(&a);
    let tb = text_nodes(&b);
    let r = range((ta[0].clone(), 2), (tb[0].clone(), 3));
    assert!(matches!(range_offsets(&r), Some(Err(_))));
    let collapsed = range((ta[0].clone(), 2), (ta[0].clone(), 2));
    assert_eq!(range_offsets(&collapsed), None);
    a.parent_element().unwrap().remove();
    b.parent_element().unwrap().remove();
}

#[wasm_bindgen_test]
async fn overlapping_spans_render_as_labelled_nested_marks() {
    let text = "Officials said the soldier was shot 😀 four times near the border.";
    let spans = {
        let mut v = vec![
            span("s1", 0, 45, Label::Claim),
            span("s2", 15, 30, Label::Quote),
            span("s3", 40, 60, Label::Attribution),
        ];
        view::sort_spans(&mut v);
        v
    };
    let body = render_article("nest", text, &spans).await;
    assert_eq!(body.text_content().unwrap(), text, "text content unchanged");
    // s2 nests inside s1.
    let inner = body
        .query_selector("mark[data-span-id=\"s1\"] mark[data-span-id=\"s2\"]")
        .unwrap();
    assert!(inner.is_some(), "the quote is nested in the claim");
    // s3 overlaps the end of s1: split into two marks, the first inside s1.
    let s3 = body
        .query_selector_all("mark[data-span-id=\"s3\"]")
        .unwrap();
    assert_eq!(s3.length(), 2);
    let s3a = s3.item(0).unwrap().dyn_into::<Element>().unwrap();
    assert!(s3a.closest("mark[data-span-id=\"s1\"]").unwrap().is_some());
    assert!(s3a.class_list().contains("first") && !s3a.class_list().contains("last"));
    for (id, label) in [("s1", "claim"), ("s2", "quote"), ("s3", "attribution")] {
        let m = body
            .query_selector(&format!("mark.span-mark[data-span-id=\"{id}\"]"))
            .unwrap()
            .unwrap();
        assert_eq!(m.get_attribute("data-label").as_deref(), Some(label));
    }
    // Each span's marks together cover exactly its text.
    let chars: Vec<char> = text.chars().collect();
    for s in &spans {
        let marks = body
            .query_selector_all(&format!("mark[data-span-id=\"{}\"]", s.id))
            .unwrap();
        let covered: String = (0..marks.length())
            .map(|i| marks.item(i).unwrap().text_content().unwrap())
            .collect();
        let want: String = chars[s.start..s.end].iter().collect();
        assert_eq!(covered, want, "span {}", s.id);
    }
    // The label tag is generated content, not text.
    let first = body.query_selector("mark.first").unwrap().unwrap();
    let style = web_sys::window()
        .unwrap()
        .get_computed_style_with_pseudo_elt(&first, "::before")
        .unwrap();
    assert!(style.is_some());
    body.parent_element().unwrap().remove();
}

#[wasm_bindgen_test]
fn segments_keep_text_and_offsets() {
    for text in TEXTS {
        for (s, e) in matcher::paragraphs(text) {
            let para = offsets::slice_cp(text, s, e).unwrap();
            let segs = view::segments(para, s, &spans_for(text));
            assert_eq!(view::segments_text(&segs), para);
            fn leaves(segs: &[Segment], out: &mut Vec<(usize, String)>) {
                for seg in segs {
                    match seg {
                        Segment::Text { start, text } => out.push((*start, text.clone())),
                        Segment::Mark { children, .. } => leaves(children, out),
                    }
                }
            }
            let mut ls = Vec::new();
            leaves(&segs, &mut ls);
            for (start, t) in ls {
                let n = offsets::cp_len(&t);
                assert_eq!(offsets::slice_cp(text, start, start + n), Some(t.as_str()));
            }
        }
    }
}

mod failure;
mod reducer;
mod render;
mod worker;
