//! Pure view model: what the components render, computed once per workspace change.
//!
//! - [`derive`]: per document, its spans as cheap-to-compare [`SpanInfo`]s (with
//!   attribution notes), sorted by start.
//! - [`layout`]: a document's paragraphs (once per text, not per change).
//! - [`buckets`]: each paragraph's spans, in one pass over the document's spans.
//! - [`segments`]: a paragraph as a tree of nested marks over leaf text pieces; each leaf
//!   knows its code point offset, which the DOM carries as `data-start`.
//!
//! No web-sys here: the wasm tests call these functions directly.

use crate::matcher;
use crate::model::{offsets, text, Label, Workspace};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use yew::AttrValue;

/// A span as the article view needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct SpanInfo {
    pub id: AttrValue,
    pub start: usize,
    pub end: usize,
    pub label: Label,
    /// "attributed by “…”" or "attributes “…”", for the tooltip and marker.
    pub note: Option<AttrValue>,
    /// A quote that no attribution points at.
    pub unattributed: bool,
    /// The numbers of the cross-source links using this span ("1 3"), for its badge.
    pub links: Option<AttrValue>,
    /// One of those links reports the fact differently (it has flags).
    pub link_differs: bool,
}

/// A document's text, compared by pointer first (texts never change after loading).
#[derive(Debug, Clone)]
pub struct SharedText(pub Arc<str>);

impl PartialEq for SharedText {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || *self.0 == *other.0
    }
}

/// The workspace snapshot, compared by pointer (a new snapshot is a new `Rc`).
#[derive(Debug, Clone)]
pub struct WsRef(pub Rc<Workspace>);

impl PartialEq for WsRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Everything the article columns need, per document id.
#[derive(Debug, Default, PartialEq)]
pub struct Derived {
    pub spans: HashMap<String, Rc<[SpanInfo]>>,
    /// span id -> ids of spans it is related to (both directions).
    pub related: HashMap<String, Vec<String>>,
    pub unattributed: usize,
}

/// `text` (a span's text, or an excerpt of it) between curly quotation marks, unless it
/// already starts with an opening mark of its own: a quote span that includes its marks
/// is shown as “…”, not ““…””.
pub fn quoted(text: &str) -> String {
    const OPENING: &[char] = &[
        '"', '\'', '\u{201c}', '\u{201e}', '\u{2018}', '\u{ab}', '\u{300c}',
    ];
    if text.starts_with(OPENING) {
        text.to_string()
    } else {
        format!("\u{201c}{text}\u{201d}")
    }
}

/// Span `id`'s text cut to `max` code points with "…" ([`text::ellipsize`]); empty if
/// there is no such span.
pub fn excerpt(ws: &Workspace, id: &str, max: usize) -> String {
    let t = ws.span(id).and_then(|s| ws.span_text(s)).unwrap_or("");
    text::ellipsize(t, max)
}

/// Group and describe the spans of every document. Linear in spans + relations.
pub fn derive(ws: &Workspace) -> Derived {
    let mut notes: HashMap<&str, Vec<String>> = HashMap::new();
    let mut related: HashMap<String, Vec<String>> = HashMap::new();
    let mut attributed: std::collections::HashSet<&str> = Default::default();
    let by_id: HashMap<&str, &crate::model::Span> =
        ws.spans.iter().map(|s| (s.id.as_str(), s)).collect();
    for r in &ws.relations {
        let (Some(from), Some(to)) = (by_id.get(r.from.as_str()), by_id.get(r.to.as_str())) else {
            continue;
        };
        attributed.insert(&r.to);
        let ftext = excerpt(ws, &from.id, 40);
        let ttext = excerpt(ws, &to.id, 40);
        notes
            .entry(&r.to)
            .or_default()
            .push(format!("attributed by {}", quoted(&ftext)));
        notes
            .entry(&r.from)
            .or_default()
            .push(format!("attributes {}", quoted(&ttext)));
        related
            .entry(r.to.clone())
            .or_default()
            .push(r.from.clone());
        related
            .entry(r.from.clone())
            .or_default()
            .push(r.to.clone());
    }
    let mut badges: HashMap<&str, (Vec<String>, bool)> = HashMap::new();
    for (i, l) in ws.links.iter().enumerate() {
        for end in [&l.a, &l.b] {
            let b = badges.entry(end.as_str()).or_default();
            b.0.push((i + 1).to_string());
            b.1 |= l.kind == crate::model::LinkKind::Differs;
        }
    }
    let mut per_doc: HashMap<String, Vec<SpanInfo>> = HashMap::new();
    let mut unattributed = 0;
    for s in &ws.spans {
        let un = s.label == Label::Quote && !attributed.contains(s.id.as_str());
        unattributed += un as usize;
        per_doc.entry(s.doc.clone()).or_default().push(SpanInfo {
            id: AttrValue::from(s.id.clone()),
            start: s.start,
            end: s.end,
            label: s.label,
            note: notes
                .get(s.id.as_str())
                .map(|n| AttrValue::from(n.join("; "))),
            unattributed: un,
            links: badges
                .get(s.id.as_str())
                .map(|b| AttrValue::from(b.0.join(" "))),
            link_differs: badges.get(s.id.as_str()).is_some_and(|b| b.1),
        });
    }
    let spans = per_doc
        .into_iter()
        .map(|(doc, mut v)| {
            sort_spans(&mut v);
            (doc, Rc::from(v))
        })
        .collect();
    Derived {
        spans,
        related,
        unattributed,
    }
}

/// Outer spans first: by start, then longest first, then id for a stable order.
pub fn sort_spans(v: &mut [SpanInfo]) {
    v.sort_by(|a, b| {
        (a.start, std::cmp::Reverse(a.end), &a.id).cmp(&(b.start, std::cmp::Reverse(b.end), &b.id))
    });
}

/// A unit of rendering: a paragraph, or a chunk of a long one. Code point range and its
/// byte range in the document text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Para {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    /// The start of the paragraph this is part of (`== start` unless it is a later chunk
    /// of a long paragraph). Chunks of one paragraph share it and render in one `<p>`.
    pub group: usize,
    /// Whether this is a chunk of a paragraph longer than [`CHUNK_CPS`].
    pub chunk: bool,
    /// The start of the run of chunks this is part of (`== start` unless it is a chunk):
    /// the chunks of a run flow inline in one block, see [`RUN_CPS`].
    pub run: usize,
}

/// The most code points one rendering unit holds: a longer paragraph is cut into chunks
/// (at white space where there is some near the cut), so a new span re-renders one chunk,
/// not a multi-megabyte paragraph.
pub const CHUNK_CPS: usize = 2_000;

/// How far back from a cut a chunk looks for white space to end on, in code points.
const CHUNK_SLACK: usize = 200;

/// The most code points in one run of a long paragraph's chunks. A run's chunks flow
/// inline in one block (no line break between them), and the browser lays out only the
/// runs on screen (`content-visibility: auto`), so a new span re-flows one run, not the
/// paragraph; the line breaks only where a run ends, at a sentence end wherever there is
/// one within [`RUN_SLACK`] ([`text::sentence_runs`]).
pub const RUN_CPS: usize = 10_000;

/// How far back from a run's limit it looks for a sentence end, in code points.
const RUN_SLACK: usize = 3_000;

/// A document's rendering units (paragraphs as [`matcher::paragraphs`] finds them: lines,
/// a hard-wrapped paragraph's lines joined; long ones in runs of at most [`RUN_CPS`]
/// code points, each in chunks of at most [`CHUNK_CPS`]) with byte ranges, computed once per text.
pub fn layout(text: &str) -> Vec<Para> {
    let index = offsets::OffsetIndex::new(text);
    let mut out = Vec::new();
    for (start, end) in matcher::paragraphs(text) {
        let (Some(bs), Some(be)) = (index.cp_to_byte(text, start), index.cp_to_byte(text, end))
        else {
            continue;
        };
        if end - start <= CHUNK_CPS {
            out.push(Para {
                start,
                end,
                byte_start: bs,
                byte_end: be,
                group: start,
                chunk: false,
                run: start,
            });
            continue;
        }
        for (ra, rb) in text::sentence_runs(&text[bs..be], RUN_CPS, RUN_SLACK) {
            let run = start + ra;
            let (Some(rbs), Some(rbe)) = (
                index.cp_to_byte(text, run),
                index.cp_to_byte(text, start + rb),
            ) else {
                continue;
            };
            for (a, b) in text::chunks(&text[rbs..rbe], CHUNK_CPS, CHUNK_SLACK) {
                let (Some(ba), Some(bb)) = (
                    index.cp_to_byte(text, run + a),
                    index.cp_to_byte(text, run + b),
                ) else {
                    continue;
                };
                out.push(Para {
                    start: run + a,
                    end: run + b,
                    byte_start: ba,
                    byte_end: bb,
                    group: start,
                    chunk: true,
                    run,
                });
            }
        }
    }
    out
}

/// Each paragraph's spans (those overlapping it), keeping the spans' order.
/// `spans` must be sorted by start ([`sort_spans`]).
pub fn buckets(paras: &[Para], spans: &[SpanInfo]) -> Vec<Rc<[SpanInfo]>> {
    let mut out: Vec<Vec<SpanInfo>> = vec![Vec::new(); paras.len()];
    for s in spans {
        let first = paras.partition_point(|p| p.end <= s.start);
        for (i, p) in paras.iter().enumerate().skip(first) {
            if p.start >= s.end {
                break;
            }
            out[i].push(s.clone());
        }
    }
    // Paragraphs without spans (most of a long article) share one empty slice: one
    // allocation per edit instead of one per paragraph.
    let empty: Rc<[SpanInfo]> = Rc::from(Vec::new());
    out.into_iter()
        .map(|v| {
            if v.is_empty() {
                empty.clone()
            } else {
                Rc::from(v)
            }
        })
        .collect()
}

/// A piece of a rendered paragraph.
#[derive(Debug, Clone, PartialEq)]
pub enum Segment {
    /// Text at code point offset `start` of the document.
    Text { start: usize, text: String },
    /// A span's mark. A span that overlaps another without nesting is split into
    /// several marks; `first` is the mark holding its start (it shows the label tag).
    Mark {
        span: SpanInfo,
        first: bool,
        last: bool,
        children: Vec<Segment>,
    },
}

/// Render one paragraph (`para_text` covers document code points `para_start..`) with
/// its spans as nested marks. Spans may nest or overlap; the concatenated text of the
/// result is always `para_text`. `spans` must be sorted by [`sort_spans`].
pub fn segments(para_text: &str, para_start: usize, spans: &[SpanInfo]) -> Vec<Segment> {
    let chars: Vec<(usize, char)> = para_text.char_indices().collect();
    let para_end = para_start + chars.len();
    let byte_at = |cp: usize| -> usize {
        let i = cp - para_start;
        chars.get(i).map(|c| c.0).unwrap_or(para_text.len())
    };
    // Clip spans to the paragraph.
    let clipped: Vec<(usize, usize, &SpanInfo)> = spans
        .iter()
        .filter(|s| s.start < para_end && s.end > para_start)
        .map(|s| (s.start.max(para_start), s.end.min(para_end), s))
        .collect();
    // Event positions.
    let mut cuts: Vec<usize> = clipped.iter().flat_map(|c| [c.0, c.1]).collect();
    cuts.push(para_start);
    cuts.push(para_end);
    cuts.sort_unstable();
    cuts.dedup();

    // A stack of open marks; each frame collects its children.
    struct Frame<'a> {
        span: &'a SpanInfo,
        end: usize,
        first: bool,
        children: Vec<Segment>,
    }
    let mut root: Vec<Segment> = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut next_span = 0;

    fn close(stack: &mut Vec<Frame>, root: &mut Vec<Segment>, last: bool) {
        let Some(f) = stack.pop() else { return };
        let seg = Segment::Mark {
            span: f.span.clone(),
            first: f.first,
            last,
            children: f.children,
        };
        match stack.last_mut() {
            Some(parent) => parent.children.push(seg),
            None => root.push(seg),
        }
    }

    for w in cuts.windows(2) {
        let (at, to) = (w[0], w[1]);
        // Close marks ending here. A mark ending below the top forces the ones above it
        // to close and reopen (they continue as split marks).
        while let Some(pos) = stack.iter().rposition(|f| f.end <= at) {
            let mut reopen = Vec::new();
            while stack.len() > pos + 1 {
                let top = &stack[stack.len() - 1];
                reopen.push((top.span, top.end));
                close(&mut stack, &mut root, false);
            }
            close(&mut stack, &mut root, true);
            for (span, end) in reopen.into_iter().rev() {
                stack.push(Frame {
                    span,
                    end,
                    first: false,
                    children: Vec::new(),
                });
            }
        }
        // Open marks starting here, outer first.
        while next_span < clipped.len() && clipped[next_span].0 <= at {
            let (s, e, span) = clipped[next_span];
            next_span += 1;
            if e <= at {
                continue;
            }
            stack.push(Frame {
                span,
                end: e,
                first: s == span.start,
                children: Vec::new(),
            });
        }
        let text = para_text[byte_at(at)..byte_at(to)].to_string();
        let leaf = Segment::Text { start: at, text };
        match stack.last_mut() {
            Some(f) => f.children.push(leaf),
            None => root.push(leaf),
        }
    }
    while !stack.is_empty() {
        let last = stack.last().is_some_and(|f| f.span.end <= para_end);
        close(&mut stack, &mut root, last);
    }
    root
}

/// The text of a segment list (for tests: it must equal the paragraph text).
pub fn segments_text(segs: &[Segment]) -> String {
    let mut out = String::new();
    for s in segs {
        match s {
            Segment::Text { text, .. } => out.push_str(text),
            Segment::Mark { children, .. } => out.push_str(&segments_text(children)),
        }
    }
    out
}

/// What is highlighted: the selected span, the attribution being connected, and the
/// spans related to the selected one.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Focus {
    pub selected: Option<String>,
    pub connecting: Option<String>,
    pub related: Vec<String>,
}

impl Focus {
    pub fn new(
        selected: Option<&str>,
        connecting: Option<&str>,
        related: &HashMap<String, Vec<String>>,
    ) -> Self {
        Focus {
            selected: selected.map(str::to_string),
            connecting: connecting.map(str::to_string),
            related: selected
                .and_then(|s| related.get(s))
                .cloned()
                .unwrap_or_default(),
        }
    }

    /// Whether any of `spans` is highlighted (else the paragraph need not know).
    pub fn involves(&self, spans: &[SpanInfo]) -> bool {
        spans.iter().any(|s| {
            self.selected.as_deref() == Some(&*s.id)
                || self.connecting.as_deref() == Some(&*s.id)
                || self.related.iter().any(|r| *r == *s.id)
        })
    }
}
