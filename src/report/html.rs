//! The coverage report as one self-contained HTML file.
//!
//! [`render`] writes a complete HTML document with its CSS inline: no script, no
//! image, no font, no link to anything outside the file (article addresses appear as
//! plain text only), so it opens from disk, mails as one attachment and prints to PDF.
//! Print CSS keeps table rows and discrepancy boxes whole across page breaks and repeats
//! the matrix's header row on every page.
//!
//! Sections: the story and its outlets (with author, date, address), the fact-by-outlet
//! matrix (most widely reported facts first), every discrepancy side by side with its
//! flags, attribution (who is quoted by which outlet, how many sources are anonymous,
//! the quotes without attribution) and the notes on spans, where there are any.
//!
//! The output depends only on the workspace (no clock, no randomness), so the page's
//! The page's "More… → Coverage report" and `parallax report` write the same bytes for the same workspace.

use super::attribution::{summarise, Attribution};
use super::matrix::{self, CellState, Matrix, Mention, SortBy};
use crate::model::Workspace;
use std::fmt::Write;

/// The report's CSS: screen and print.
const CSS: &str = r#"
:root { color-scheme: light; }
body { font: 14px/1.45 Georgia, "Times New Roman", serif; color: #111; margin: 2rem auto; max-width: 80rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.2rem; border-bottom: 2px solid #333; padding-bottom: .2rem; margin-top: 2rem; }
p.summary { color: #333; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #999; padding: .3rem .45rem; vertical-align: top; text-align: left; }
thead th { background: #eee; }
td.stated { background: #e8f4ea; }
td.differs { background: #fdecc8; }
td.missing { background: #f6f6f6; color: #777; text-align: center; }
.state { font: bold 11px/1 sans-serif; text-transform: uppercase; letter-spacing: .03em; }
.flag { display: block; font: 12px/1.3 sans-serif; color: #8a4b00; margin-top: .2rem; }
.credit { display: block; font: 12px/1.3 sans-serif; color: #234; margin-top: .2rem; }
.credit.anonymous { color: #7a1f1f; }
.fact { font-weight: bold; }
.reach { font: 12px sans-serif; color: #555; white-space: nowrap; }
.url { font: 12px monospace; word-break: break-all; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: .6rem; border: 1px solid #c90; padding: .5rem; margin: .6rem 0; }
.pair .flags { grid-column: 1 / 3; font: 13px sans-serif; color: #8a4b00; }
.pair blockquote { margin: .2rem 0 0; }
.outlet { font: bold 12px sans-serif; }
.note { font-style: italic; }
@page { margin: 14mm; }
/* The matrix prints on landscape pages (browsers that honour named pages). */
@page matrix { size: A4 landscape; margin: 12mm; }
@media print {
body { margin: 0; max-width: none; font-size: 11pt; }
h2 { break-after: avoid; page-break-after: avoid; }
section.major { break-before: page; page-break-before: always; }
section#matrix { page: matrix; }
tr, .pair, li { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
td.stated, td.differs, td.missing, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// Escape text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A text on one line (white space runs become one space), shortened to `max` characters
/// at a word with "…" ([`crate::model::text::ellipsize`]).
fn short(text: &str, max: usize) -> String {
    let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
    crate::model::text::ellipsize(&t, max)
}

/// A text in curly quotes, unless it already starts or ends with a quotation mark.
fn quoted(text: &str) -> String {
    let t = text.trim();
    let marks = ['"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}', '\''];
    if t.starts_with(marks) || t.ends_with(marks) {
        t.to_string()
    } else {
        format!("\u{201c}{t}\u{201d}")
    }
}

/// The story's name: the first article's headline.
/// The report's title: the exercise's title when there is one, else the first article's.
fn story(ws: &Workspace) -> String {
    let exercise = ws.identity.title.trim();
    if !exercise.is_empty() {
        return exercise.to_string();
    }
    ws.documents
        .first()
        .map(|d| d.title.clone())
        .unwrap_or_else(|| "No articles".into())
}

/// Credits of a mention as HTML lines.
fn credits_html(m: &Mention, out: &mut String) {
    for c in &m.credits {
        if c.who.anonymous {
            let _ = write!(
                out,
                "<span class=\"credit anonymous\">anonymous: \u{201c}{}\u{201d}</span>",
                escape(&c.text)
            );
        } else {
            let _ = write!(
                out,
                "<span class=\"credit\">credited: {}</span>",
                escape(&c.who.name)
            );
        }
    }
}

/// Write the self-contained report of `ws`. See the module docs for what it holds.
pub fn render(ws: &Workspace) -> String {
    let mut m = matrix::build(ws);
    m.sort(SortBy::Reach);
    let attribution = summarise(ws);
    let mut out = String::with_capacity(16 * 1024);
    let title = story(ws);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"generator\" content=\"Parallax\">\n<title>Coverage report: {}</title>\n\
         <style>{CSS}</style>\n</head>\n<body>\n",
        escape(&title)
    );
    let _ = writeln!(
        out,
        "<header><h1>{}</h1><p class=\"summary\">Coverage report: {} outlet{}, {} fact{}, \
         {} reported by every outlet, {} discrepanc{}; {} attribution{} naming the source, {} anonymous.</p></header>",
        escape(&title),
        m.outlets.len(),
        plural(m.outlets.len()),
        m.facts.len(),
        plural(m.facts.len()),
        m.facts
            .iter()
            .filter(|f| f.reach() == m.outlets.len() && !m.outlets.is_empty())
            .count(),
        m.discrepancies.len(),
        if m.discrepancies.len() == 1 { "y" } else { "ies" },
        attribution.named(),
        plural(attribution.named()),
        attribution.anonymous(),
    );
    outlets_section(&m, &mut out);
    matrix_section(&m, &mut out);
    discrepancies_section(&m, &mut out);
    attribution_section(&m, &attribution, &mut out);
    notes_section(ws, &m, &mut out);
    out.push_str("</body>\n</html>\n");
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn outlets_section(m: &Matrix, out: &mut String) {
    out.push_str(
        "<section id=\"outlets\"><h2>Outlets</h2>\n<table><thead><tr><th>Outlet</th>\
         <th>Headline</th><th>Author</th><th>Published</th><th>Address</th></tr></thead><tbody>\n",
    );
    for o in &m.outlets {
        let cell = |v: Option<&String>| v.map(|s| escape(s)).unwrap_or_else(|| "\u{2014}".into());
        let _ = writeln!(
            out,
            "<tr><td class=\"outlet\">{}</td><td>{}</td><td>{}</td><td>{}</td><td><span class=\"url\">{}</span></td></tr>",
            escape(&o.name),
            escape(&o.title),
            cell(o.meta.author.as_ref()),
            cell(o.meta.published.as_ref()),
            cell(o.meta.url.as_ref()),
        );
    }
    out.push_str("</tbody></table></section>\n");
}

fn matrix_section(m: &Matrix, out: &mut String) {
    out.push_str(
        "<section id=\"matrix\" class=\"major\"><h2>Facts by outlet</h2>\n<p class=\"summary\">\
         Rows are facts (spans linked across articles, and each unlinked claim or quote), \
         most widely reported first. \u{2713} stated, \u{2260} stated differently, \u{2014} not linked: \
         no span of that outlet is linked to the fact (it may not report it, or it was not annotated).</p>\n\
         <table class=\"matrix\"><thead><tr><th>Fact</th>",
    );
    for o in &m.outlets {
        let _ = write!(out, "<th>{}</th>", escape(&o.label));
    }
    out.push_str("</tr></thead><tbody>\n");
    for f in &m.facts {
        let _ = write!(
            out,
            "<tr><td><span class=\"fact\">{}</span> <span class=\"reach\">{} of {}</span></td>",
            escape(&short(&f.text, 160)),
            f.reach(),
            m.outlets.len()
        );
        for c in &f.cells {
            let _ = write!(out, "<td class=\"{}\">", c.state.as_str());
            match c.state {
                CellState::NotReported => {
                    out.push_str("\u{2014}<span class=\"state\"> not linked</span>")
                }
                state => {
                    let _ = write!(
                        out,
                        "<span class=\"state\">{}</span> ",
                        if state == CellState::Differs {
                            "\u{2260} stated differently"
                        } else {
                            "\u{2713} stated"
                        }
                    );
                    for mention in &c.mentions {
                        let _ = write!(out, "<span>{}</span>", escape(&short(&mention.text, 140)));
                        credits_html(mention, out);
                    }
                    for flag in &c.flags {
                        let _ = write!(
                            out,
                            "<span class=\"flag\">{}: {} (vs {}){}</span>",
                            escape(&flag.kind),
                            escape(&flag.text()),
                            escape(m.outlet_name(&flag.other_doc)),
                            if flag.vague {
                                format!(", {}", crate::model::types::softer_short(&flag.kind))
                            } else {
                                String::new()
                            }
                        );
                    }
                }
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table></section>\n");
}

fn discrepancies_section(m: &Matrix, out: &mut String) {
    out.push_str("<section id=\"discrepancies\" class=\"major\"><h2>Discrepancies</h2>\n");
    if m.discrepancies.is_empty() {
        out.push_str("<p>No linked facts are marked as told differently.</p>\n");
    }
    for d in &m.discrepancies {
        out.push_str("<div class=\"pair\">");
        for side in [&d.a, &d.b] {
            let _ = write!(
                out,
                "<div><span class=\"outlet\">{}</span><blockquote>{}</blockquote>",
                escape(m.outlet_name(&side.doc)),
                escape(&side.text)
            );
            credits_html(side, out);
            out.push_str("</div>");
        }
        out.push_str("<div class=\"flags\">");
        if d.flags.is_empty() {
            out.push_str("Marked as told differently (no slot flagged).");
        }
        for f in &d.flags {
            let _ = write!(
                out,
                "<div>{}: {} \u{2260} {}{}</div>",
                escape(&f.kind),
                escape(&f.a),
                escape(&f.b),
                if f.vague {
                    format!(" ({})", crate::model::types::softer_note(&f.kind))
                } else {
                    String::new()
                }
            );
        }
        out.push_str("</div></div>\n");
    }
    out.push_str("</section>\n");
}

fn attribution_section(m: &Matrix, a: &Attribution, out: &mut String) {
    let _ = write!(
        out,
        "<section id=\"attribution\" class=\"major\"><h2>Attribution</h2>\n<p class=\"summary\">\
         {} attribution{} name{} the source; {} credit{} an anonymous source; {} quote{} without attribution.</p>\n",
        a.named(),
        plural(a.named()),
        if a.named() == 1 { "s" } else { "" },
        a.anonymous(),
        if a.anonymous() == 1 { "s" } else { "" },
        a.unattributed.len(),
        plural(a.unattributed.len()),
    );
    out.push_str("<table><thead><tr><th>Outlet</th><th>Named</th><th>Anonymous</th><th>Unattributed quotes</th></tr></thead><tbody>\n");
    for o in &a.outlets {
        let _ = writeln!(
            out,
            "<tr><td class=\"outlet\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(m.outlet_name(&o.doc)),
            o.named,
            o.anonymous,
            o.unattributed
        );
    }
    out.push_str("</tbody></table>\n<h3>Who is quoted, by which outlet</h3>\n");
    if a.sources.is_empty() {
        out.push_str("<p>No attributions yet.</p>\n");
    } else {
        out.push_str("<table><thead><tr><th>Source</th><th>Kind</th><th>Quoted by</th></tr></thead><tbody>\n");
        for s in &a.sources {
            let by: Vec<String> =
                s.by.iter()
                    .map(|(d, n)| {
                        let name = escape(m.outlet_name(d));
                        if *n > 1 {
                            format!("{name} ({n})")
                        } else {
                            name
                        }
                    })
                    .collect();
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&s.name),
                if s.anonymous { "anonymous" } else { "named" },
                by.join(", ")
            );
        }
        out.push_str("</tbody></table>\n");
    }
    out.push_str("<h3>Quotes without attribution</h3>\n");
    if a.unattributed.is_empty() {
        out.push_str("<p>Every quote is attributed.</p>\n");
    } else {
        out.push_str("<ul>\n");
        for q in &a.unattributed {
            let _ = writeln!(
                out,
                "<li><span class=\"outlet\">{}</span>: {}</li>",
                escape(m.outlet_name(&q.doc)),
                escape(&quoted(&q.text))
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// Every span with a note, in reading order (articles in workspace order).
fn notes_section(ws: &Workspace, m: &Matrix, out: &mut String) {
    let notes: Vec<(&crate::model::Span, String)> = matrix::reading_order(ws)
        .into_iter()
        .filter_map(|s| Some((s, matrix::note_of(s)?)))
        .collect();
    if notes.is_empty() {
        return;
    }
    out.push_str("<section id=\"notes\"><h2>Notes</h2>\n<ul>\n");
    for (span, note) in notes {
        let _ = writeln!(
            out,
            "<li><span class=\"outlet\">{}</span> ({}): {} \u{2014} <span class=\"note\">{}</span></li>",
            escape(m.outlet_name(&span.doc)),
            span.label,
            escape(&quoted(&short(ws.span_text(span).unwrap_or_default(), 200))),
            escape(&note)
        );
    }
    out.push_str("</ul></section>\n");
}
