//! One paragraph of an article (or one chunk of a long paragraph, see
//! [`crate::app::view::layout`]): its text as leaf pieces carrying `data-start` (code
//! point offsets) inside nested `mark.span-mark` elements. Re-renders only when its own
//! spans or highlight change, so an edit costs one bounded chunk, whatever the length.

use crate::app::view::SpanInfo;
use crate::app::view::{segments, Focus, Para, Segment, SharedText};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ParagraphProps {
    pub text: SharedText,
    pub para: Para,
    pub spans: Rc<[SpanInfo]>,
    /// Given only when one of this paragraph's spans is highlighted.
    pub focus: Option<Rc<Focus>>,
}

fn render(seg: &Segment, depth: usize, focus: Option<&Focus>) -> Html {
    match seg {
        Segment::Text { start, text } => html! {
            <span data-start={start.to_string()}>{ text.clone() }</span>
        },
        Segment::Mark {
            span,
            first,
            last,
            children,
        } => {
            let mut class = classes!(
                "span-mark",
                format!("label-{}", span.label.as_str()),
                format!("depth-{}", depth.min(3))
            );
            if *first {
                class.push("first");
            }
            if *last {
                class.push("last");
            }
            if span.unattributed {
                class.push("unattributed");
            }
            if span.note.is_some() {
                class.push("has-relation");
            }
            if span.link_differs {
                class.push("link-differs");
            }
            if let Some(f) = focus {
                if f.selected.as_deref() == Some(&*span.id) {
                    class.push("selected");
                }
                if f.connecting.as_deref() == Some(&*span.id) {
                    class.push("connecting-from");
                }
                if f.related.iter().any(|r| *r == *span.id) {
                    class.push("related");
                }
            }
            let title = match &span.note {
                Some(n) => format!("{} ({}): {n}", span.label, span.id),
                None => format!("{} ({})", span.label, span.id),
            };
            html! {
                <mark class={class} data-span-id={span.id.clone()} data-label={span.label.as_str()}
                      data-links={span.links.clone()} title={title}>
                    { for children.iter().map(|c| render(c, depth + 1, focus)) }
                </mark>
            }
        }
    }
}

#[function_component(Paragraph)]
pub fn paragraph(props: &ParagraphProps) -> Html {
    let p = props.para;
    let text = props.text.0.get(p.byte_start..p.byte_end).unwrap_or("");
    let segs = segments(text, p.start, &props.spans);
    let children = segs.iter().map(|s| render(s, 0, props.focus.as_deref()));
    if p.chunk {
        // A chunk of a long paragraph: inline, inside the paragraph's `<p>`.
        html! {
            <span class="para-chunk" data-chunk-start={p.start.to_string()}>{ for children }</span>
        }
    } else {
        html! {
            <p class="para" data-para-start={p.start.to_string()}>{ for children }</p>
        }
    }
}
