//! Publication details (outlet, author, date, URL) of an article saved from the web.
//!
//! [`extract_meta`] reads, in this order of preference:
//! - `<meta property="og:site_name">` → outlet; `<meta name="author">` (or
//!   `article:author` when it is a name, not an address) → author;
//!   `<meta property="article:published_time">` (or `og:published_time`, `date`,
//!   `pubdate`, `dc.date`) → published; `<link rel="canonical">` (else `og:url`) → url;
//! - then JSON-LD (`<script type="application/ld+json">`) objects of type `NewsArticle`,
//!   `Article`, `ReportageNewsArticle`, ... (also inside `@graph` and arrays) fill what is
//!   still missing: `publisher.name`, `author` (a name, an object or a list of them),
//!   `datePublished`, `url` / `mainEntityOfPage`.
//!
//! It never fails: a page without any of these gives an empty [`DocMeta`]. Values are
//! entity-decoded, white space collapsed, and cut to 300 characters.

use super::html::decode_entities;
use crate::model::DocMeta;
use serde_json::Value;

/// The longest value kept (characters); longer ones are cut.
const MAX_VALUE: usize = 300;

/// Read the publication details of an HTML page. See the module docs for the sources.
pub fn extract_meta(html: &str) -> DocMeta {
    let mut meta = DocMeta::default();
    let mut og_url = None;
    let mut ld: Vec<String> = Vec::new();
    let lower = html.to_ascii_lowercase();
    let mut i = 0;
    while let Some(off) = lower[i..].find('<') {
        let at = i + off;
        i = at + 1;
        let rest = &lower[at + 1..];
        let name_len = rest
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let name = &rest[..name_len];
        if !matches!(name, "meta" | "link" | "script") {
            continue;
        }
        let Some((attrs, end)) = attributes(html, at + 1 + name_len) else {
            break;
        };
        i = end;
        let get = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        match name {
            "meta" => {
                let key = get("property")
                    .or_else(|| get("name"))
                    .or_else(|| get("itemprop"))
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let Some(content) = get("content").map(clean).filter(|c| !c.is_empty()) else {
                    continue;
                };
                match key.as_str() {
                    "og:site_name" | "application-name" if meta.outlet.is_none() => {
                        meta.outlet = Some(content)
                    }
                    "author" | "article:author" | "byl" | "dc.creator"
                        if meta.author.is_none() && !looks_like_address(&content) =>
                    {
                        meta.author = Some(content.trim_start_matches("By ").to_string())
                    }
                    "article:published_time"
                    | "og:published_time"
                    | "datepublished"
                    | "date"
                    | "pubdate"
                    | "dc.date"
                    | "dc.date.issued"
                        if meta.published.is_none() =>
                    {
                        meta.published = Some(content)
                    }
                    "og:url" if og_url.is_none() => og_url = Some(content),
                    _ => {}
                }
            }
            "link" => {
                let canonical = get("rel").is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|w| w.eq_ignore_ascii_case("canonical"))
                });
                if canonical && meta.url.is_none() {
                    meta.url = get("href").map(clean).filter(|h| !h.is_empty());
                }
            }
            _ => {
                // <script>: only JSON-LD is read; its body runs to </script>.
                let body_end = lower[end..]
                    .find("</script")
                    .map_or(html.len(), |j| end + j);
                let is_ld = get("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                if is_ld {
                    ld.push(html[end..body_end].to_string());
                }
                i = body_end;
            }
        }
    }
    if meta.url.is_none() {
        meta.url = og_url;
    }
    for block in ld {
        if let Ok(v) = serde_json::from_str::<Value>(block.trim()) {
            let mut found = DocMeta::default();
            from_json_ld(&v, &mut found, 0);
            meta.fill_from(&found);
        }
    }
    meta
}

/// Parse `name="value"` attributes from byte `from` to the tag's `>`; the attributes
/// (lowercase names, entity-decoded values) and the index just past the `>`.
fn attributes(html: &str, from: usize) -> Option<(Vec<(String, String)>, usize)> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut j = from;
    loop {
        while j < b.len() && (b[j].is_ascii_whitespace() || b[j] == b'/') {
            j += 1;
        }
        if j >= b.len() {
            return None;
        }
        if b[j] == b'>' {
            return Some((out, j + 1));
        }
        let start = j;
        while j < b.len() && !b[j].is_ascii_whitespace() && !matches!(b[j], b'=' | b'>' | b'/') {
            j += 1;
        }
        let name = html[start..j].to_ascii_lowercase();
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        let mut value = String::new();
        if j < b.len() && b[j] == b'=' {
            j += 1;
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            if j < b.len() && (b[j] == b'"' || b[j] == b'\'') {
                let q = b[j];
                let vstart = j + 1;
                let vend = html[vstart..]
                    .bytes()
                    .position(|c| c == q)
                    .map_or(b.len(), |k| vstart + k);
                value = decode_entities(&html[vstart..vend]);
                j = (vend + 1).min(b.len());
            } else {
                let vstart = j;
                while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                    j += 1;
                }
                value = decode_entities(&html[vstart..j]);
            }
        }
        if !name.is_empty() {
            out.push((name, value));
        }
    }
}

/// Collapse white space and cut to [`MAX_VALUE`] characters.
fn clean(s: &str) -> String {
    let c = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if c.chars().count() > MAX_VALUE {
        c.chars().take(MAX_VALUE).collect()
    } else {
        c
    }
}

fn looks_like_address(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    l.starts_with("http:") || l.starts_with("https:") || l.starts_with("//")
}

const ARTICLE_TYPES: &[&str] = &[
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "blogposting",
    "report",
];

fn is_article(v: &Value) -> bool {
    let t = v.get("@type");
    let one = |x: &Value| {
        x.as_str()
            .is_some_and(|s| ARTICLE_TYPES.contains(&s.to_ascii_lowercase().as_str()))
    };
    match t {
        Some(Value::Array(a)) => a.iter().any(one),
        Some(x) => one(x),
        None => false,
    }
}

/// A name from `"Name"`, `{"name": "Name"}` or a list of them (joined with ", ").
fn names(v: &Value) -> Option<String> {
    let list: Vec<String> = match v {
        Value::String(s) => vec![clean(s)],
        Value::Object(o) => o
            .get("name")
            .and_then(Value::as_str)
            .map(clean)
            .into_iter()
            .collect(),
        Value::Array(a) => a.iter().filter_map(names).collect(),
        _ => Vec::new(),
    };
    let list: Vec<String> = list
        .into_iter()
        .filter(|s| !s.is_empty() && !looks_like_address(s))
        .collect();
    (!list.is_empty()).then(|| clean(&list.join(", ")))
}

fn from_json_ld(v: &Value, meta: &mut DocMeta, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(items) => items.iter().for_each(|x| from_json_ld(x, meta, depth + 1)),
        Value::Object(o) => {
            if let Some(g) = o.get("@graph") {
                from_json_ld(g, meta, depth + 1);
            }
            if !is_article(v) {
                return;
            }
            let mut found = DocMeta {
                outlet: o.get("publisher").and_then(names),
                author: o.get("author").and_then(names),
                published: o.get("datePublished").and_then(Value::as_str).map(clean),
                url: o.get("url").and_then(Value::as_str).map(clean),
            };
            if found.url.is_none() {
                found.url = match o.get("mainEntityOfPage") {
                    Some(Value::String(s)) => Some(clean(s)),
                    Some(Value::Object(m)) => m
                        .get("@id")
                        .or_else(|| m.get("url"))
                        .and_then(Value::as_str)
                        .map(clean),
                    _ => None,
                };
            }
            meta.fill_from(&found);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_open_graph_meta_tags_and_canonical_link() {
        let html = r#"<!DOCTYPE html><html><head>
            <meta property="og:site_name" content="The Daily &amp; Herald">
            <META NAME=author CONTENT="Ana Ruiz">
            <meta property='article:published_time' content='2017-11-22T08:30:00Z' />
            <link rel="canonical" href="https://example.org/a/1">
            <meta property="og:url" content="https://example.org/a/1?utm=x">
            </head><body><p>Text</p></body></html>"#;
        let m = extract_meta(html);
        assert_eq!(m.outlet.as_deref(), Some("The Daily & Herald"));
        assert_eq!(m.author.as_deref(), Some("Ana Ruiz"));
        assert_eq!(m.published.as_deref(), Some("2017-11-22T08:30:00Z"));
        assert_eq!(m.url.as_deref(), Some("https://example.org/a/1"));
    }

    #[test]
    fn json_ld_news_article_fills_what_meta_tags_lack() {
        let html = r#"<html><head>
            <meta property="og:site_name" content="Wire">
            <meta property="og:url" content="https://wire.example/x">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Not this"},
              {"@type": ["NewsArticle"], "datePublished": "2017-11-23",
               "author": [{"@type": "Person", "name": "Kim Lee"}, {"name": "Jo Park"}],
               "publisher": {"@type": "Organization", "name": "Wire Service"},
               "mainEntityOfPage": {"@id": "https://wire.example/story"}}]}
            </script></head><body><p>x</p></body></html>"#;
        let m = extract_meta(html);
        assert_eq!(m.outlet.as_deref(), Some("Wire"), "meta tag wins");
        assert_eq!(m.author.as_deref(), Some("Kim Lee, Jo Park"));
        assert_eq!(m.published.as_deref(), Some("2017-11-23"));
        assert_eq!(
            m.url.as_deref(),
            Some("https://wire.example/x"),
            "og:url before JSON-LD"
        );
    }

    #[test]
    fn author_addresses_and_broken_json_ld_are_ignored() {
        let html = r#"<meta property="article:author" content="https://facebook.com/someone">
            <script type="application/ld+json">{ not json</script>
            <script>var x = "<meta name='author' content='Script Person'>";</script>
            <meta name="author" content="Real Person">"#;
        let m = extract_meta(html);
        assert_eq!(m.author.as_deref(), Some("Real Person"));
        assert_eq!(m.outlet, None);
    }

    #[test]
    fn never_fails_on_cut_or_odd_markup() {
        for html in [
            "<meta",
            "<meta content=\"x",
            "<link rel=canonical href=",
            "<script type=application/ld+json>[1,",
            "<<<>>>",
            "<meta property=og:site_name content=A>",
        ] {
            let _ = extract_meta(html);
        }
        assert_eq!(
            extract_meta("<meta property=og:site_name content=A>")
                .outlet
                .as_deref(),
            Some("A")
        );
        assert!(extract_meta("<p>plain</p>").is_empty());
    }
}
