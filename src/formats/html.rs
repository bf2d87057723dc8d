//! A small, tolerant HTML text extractor for articles saved from the web.
//!
//! Keeps the `<title>` (or else the first `<h1>`) and the text of paragraphs, headings,
//! list items, blockquotes and other blocks, one block a paragraph, separated by blank
//! lines; `<br>` becomes a line break; inside `<pre>` line breaks and spacing are kept. The contents of `script`, `style`, `noscript`,
//! `iframe`, `nav`, `header`, `footer`, `aside`, `form`, `svg`, `math`, `template`,
//! `button`, `select`, `textarea`, `object` and `canvas` are dropped. Character references
//! are decoded (the common named ones and all numeric ones), and runs of white space
//! collapse to one space. Only text comes out: markup never reaches the app, and text
//! that looks like markup (`&lt;script&gt;`) stays inert text.
//!
//! It never fails: any byte sequence gives some (possibly empty) text.

mod entities;
pub use entities::decode_entities;

/// The result of [`extract`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The `<title>`, else the first `<h1>`, else empty.
    pub title: String,
    /// Paragraphs separated by blank lines.
    pub text: String,
    /// How many paragraphs `text` has.
    pub paragraphs: usize,
}

/// Elements whose contents are dropped entirely.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "iframe", "nav", "header", "footer", "aside", "form", "svg",
    "math", "template", "button", "select", "textarea", "object", "canvas", "head", "noembed",
    "noframes", "dialog", "menu",
];

/// Elements whose contents are raw text up to the matching end tag (no tags inside).
const RAW: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "noembed",
    "noframes",
    "plaintext",
    "iframe",
    "noscript",
];

/// Elements that start and end a paragraph.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "section",
    "article",
    "main",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "caption",
    "figcaption",
    "figure",
    "hr",
    "address",
    "details",
    "summary",
    "body",
    "html",
    "center",
];

/// True if `text` starts like an HTML document (after white space and an optional
/// comment): `<!DOCTYPE html`, `<html` or `<head`.
pub fn looks_like_html(text: &str) -> bool {
    let t = text.trim_start();
    let t = if t.starts_with("<!--") {
        match t.find("-->") {
            Some(i) => t[i + 3..].trim_start(),
            None => t,
        }
    } else {
        t
    };
    let head: String = t.chars().take(14).collect::<String>().to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.starts_with("<head")
}

/// Extract an article's title and text from HTML.
pub fn extract(html: &str) -> Page {
    let mut out = Builder::default();
    let mut title = String::new();
    let mut h1: Option<String> = None;
    let mut in_h1 = false;
    let mut h1_buf = String::new();
    let mut skip: Vec<String> = Vec::new();
    let bytes = html.as_bytes();
    let mut i = 0;
    let mut text_start = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let Some(tag) = parse_tag(html, i) else {
            i += 1;
            continue;
        };
        // Flush the text before the tag.
        let chunk = &html[text_start..i];
        if skip.is_empty() {
            out.text(chunk);
        }
        if in_h1 {
            h1_buf.push_str(chunk);
        }
        i = tag.end;
        text_start = i;
        let Some(name) = tag.name.as_deref() else {
            continue; // comment, doctype, processing instruction
        };
        if tag.closing {
            if let Some(pos) = skip.iter().rposition(|s| s == name) {
                skip.truncate(pos);
            }
            if name == "h1" && in_h1 {
                in_h1 = false;
                if h1.is_none() {
                    let t = collapse(&decode_entities(&h1_buf));
                    if !t.is_empty() {
                        h1 = Some(t);
                    }
                }
                h1_buf.clear();
            }
            if PRE.contains(&name) && skip.is_empty() {
                out.pre = out.pre.saturating_sub(1);
            }
            if BLOCK.contains(&name) {
                out.block();
            }
            continue;
        }
        if RAW.contains(&name) && !tag.self_closing {
            let (content, after) = raw_text(html, i, name);
            if name == "title" && title.is_empty() {
                title = collapse(&decode_entities(content));
            }
            i = after;
            text_start = i;
            continue;
        }
        if name == "br" {
            if skip.is_empty() {
                out.line_break();
            }
            continue;
        }
        if name == "h1" {
            in_h1 = true;
            h1_buf.clear();
        }
        if SKIP.contains(&name) && !tag.self_closing && skip.len() < 256 {
            skip.push(name.to_string());
        }
        if BLOCK.contains(&name) {
            out.block();
        }
        if PRE.contains(&name) && !tag.self_closing && skip.is_empty() {
            out.pre += 1;
            out.pre_start = true;
        }
    }
    if skip.is_empty() {
        out.text(&html[text_start..]);
    }
    out.block();
    let title = if !title.is_empty() {
        title
    } else {
        h1.unwrap_or_default()
    };
    let paragraphs = out.paragraphs.len();
    Page {
        title,
        text: out.paragraphs.join("\n\n"),
        paragraphs,
    }
}

/// Elements whose white space is kept as written (line breaks and spacing), as browsers
/// show it: `<pre>` and its old synonyms.
const PRE: &[&str] = &["pre", "listing", "xmp", "plaintext"];

/// Collects text into paragraphs, collapsing white space (except inside [`PRE`]).
#[derive(Default)]
struct Builder {
    paragraphs: Vec<String>,
    current: String,
    pending_space: bool,
    /// How many preformatted elements are open.
    pre: usize,
    /// Just after a `<pre>` start tag, where one line break is ignored (HTML spec).
    pre_start: bool,
}

impl Builder {
    fn text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        let decoded = decode_entities(raw);
        if self.pre > 0 {
            let text = decoded.replace("\r\n", "\n").replace('\r', "\n");
            let text = match (self.pre_start, text.strip_prefix('\n')) {
                (true, Some(rest)) => rest,
                _ => &text,
            };
            self.pre_start = false;
            if self.pending_space && !self.current.is_empty() && !self.current.ends_with('\n') {
                self.current.push(' ');
            }
            self.pending_space = false;
            for c in text.chars() {
                if c == '\n' || c == '\t' || !(c.is_control() || c == '\u{feff}') {
                    self.current.push(c);
                }
            }
            return;
        }
        for c in decoded.chars() {
            if c.is_whitespace() {
                self.pending_space = true;
            } else if c.is_control() || c == '\u{feff}' {
                continue;
            } else {
                if self.pending_space && !self.current.is_empty() && !self.current.ends_with('\n') {
                    self.current.push(' ');
                }
                self.pending_space = false;
                self.current.push(c);
            }
        }
    }

    fn line_break(&mut self) {
        if !self.current.is_empty() && !self.current.ends_with('\n') {
            self.current.push('\n');
        }
        self.pending_space = false;
    }

    fn block(&mut self) {
        let p = self.current.trim_end_matches('\n');
        if !p.is_empty() {
            self.paragraphs.push(p.to_string());
        }
        self.current.clear();
        self.pending_space = false;
    }
}

/// One parsed tag.
struct Tag {
    /// Lowercase element name; `None` for comments, doctypes and processing instructions.
    name: Option<String>,
    closing: bool,
    self_closing: bool,
    /// Byte index just past the tag.
    end: usize,
}

/// Parse the tag starting at `html[at] == '<'`, or `None` if that `<` is just text.
fn parse_tag(html: &str, at: usize) -> Option<Tag> {
    let b = html.as_bytes();
    let rest = &html[at..];
    if let Some(body) = rest.strip_prefix("<!--") {
        let end = match body.find("-->") {
            Some(j) => at + 4 + j + 3,
            None => html.len(),
        };
        return Some(Tag {
            name: None,
            closing: false,
            self_closing: false,
            end,
        });
    }
    let next = *b.get(at + 1)?;
    if next == b'!' || next == b'?' {
        let end = rest.find('>').map_or(html.len(), |j| at + j + 1);
        return Some(Tag {
            name: None,
            closing: false,
            self_closing: false,
            end,
        });
    }
    let closing = next == b'/';
    let name_start = if closing { at + 2 } else { at + 1 };
    if !b.get(name_start)?.is_ascii_alphabetic() {
        if closing {
            // `</ >` or `</3`: a bogus comment up to `>`.
            let end = rest.find('>').map_or(html.len(), |j| at + j + 1);
            return Some(Tag {
                name: None,
                closing: false,
                self_closing: false,
                end,
            });
        }
        return None;
    }
    let mut j = name_start;
    while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'/' && b[j] != b'>' {
        j += 1;
    }
    let name = html[name_start..j].to_ascii_lowercase();
    // Attributes: skip to the closing '>' outside quotes.
    let mut quote: Option<u8> = None;
    let mut self_closing = false;
    while j < b.len() {
        let c = b[j];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            // Quotes only open at the start of an attribute value.
            None if (c == b'"' || c == b'\'')
                && (j > 0 && b[j - 1] == b'='
                    || j > 1 && b[j - 1].is_ascii_whitespace() && b[j - 2] == b'=') =>
            {
                quote = Some(c);
            }
            None if c == b'>' => {
                self_closing = j > 0 && b[j - 1] == b'/';
                return Some(Tag {
                    name: Some(name),
                    closing,
                    self_closing,
                    end: j + 1,
                });
            }
            None => {}
        }
        j += 1;
    }
    let _ = self_closing;
    Some(Tag {
        name: Some(name),
        closing,
        self_closing: false,
        end: html.len(),
    })
}

/// The raw text of element `name` from byte `from` to its end tag (case-insensitive),
/// and the index just past that end tag (or the end of input).
fn raw_text<'a>(html: &'a str, from: usize, name: &str) -> (&'a str, usize) {
    let b = html.as_bytes();
    let mut j = from;
    while j + 2 + name.len() <= b.len() {
        if b[j] == b'<'
            && b[j + 1] == b'/'
            && b[j + 2..j + 2 + name.len()].eq_ignore_ascii_case(name.as_bytes())
        {
            let after_name = j + 2 + name.len();
            let ok = b
                .get(after_name)
                .is_none_or(|c| c.is_ascii_whitespace() || *c == b'>' || *c == b'/');
            if ok {
                let end = html[after_name..]
                    .find('>')
                    .map_or(html.len(), |k| after_name + k + 1);
                return (&html[from..j], end);
            }
        }
        j += 1;
    }
    (&html[from..], html.len())
}

/// Collapse white space runs to one space and trim.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("a &amp; b &lt;i&gt; &#233;&#x1F600; &bogus; &#0;"),
            "a & b <i> é😀 &bogus; \u{FFFD}"
        );
        assert_eq!(decode_entities("&#150;&#99999999999;&amp"), "–\u{FFFD}&");
    }

    #[test]
    fn blocks_and_title() {
        let p = extract(
            "<html><head><title>The &amp; Title</title><script>alert(1)</script></head>\
             <body><nav>Home | News</nav><h1>Head</h1><p>One  <b>bold</b>\n text.</p>\
             <p>Two<br>lines</p><footer>(c) 2024</footer></body></html>",
        );
        assert_eq!(p.title, "The & Title");
        assert_eq!(p.text, "Head\n\nOne bold text.\n\nTwo\nlines");
        assert_eq!(p.paragraphs, 3);
    }

    #[test]
    fn h1_is_the_title_when_there_is_no_title_even_inside_a_header() {
        let p = extract("<header><h1>Big news</h1></header><p>Body</p>");
        assert_eq!(p.title, "Big news");
        assert_eq!(p.text, "Body");
    }
}
