//! `parallax suggest A B [...]`: every cross-article sentence pair the matcher scores at
//! `--min` or more, as JSON (articles with their decoded text, links with code-point
//! offsets into that text, score, reason, flags, and the article pairs told apart).

use super::{file_name, in_file, output_error, read_file};
use parallax::formats;
use parallax::matcher::{self, language, Corpus};
use parallax::model::text::same_article;
use serde_json::{json, Value};
use std::io::Write;

/// The error for fewer than two article files.
const TOO_FEW: &str = "suggest needs at least two article files, e.g. parallax suggest A.txt B.txt";

/// The articles of the file `path` (`bytes`), each with the name the output gives it: an
/// article file (.txt, .md, .html) is one article named by its path. A workspace file
/// (Parallax JSON or another annotation file `parallax convert` reads: told by its name,
/// .json, .jsonl, .jsonld or .zip, or by its content, JSON or a zip) gives each of its
/// articles, named `PATH#ID` (trial 42, F4: a workspace JSON was read as one article titled
/// "{"), as the page's *Open files…* imports it.
///
/// Errors: the file cannot be read as an article, or is a workspace file that cannot be
/// imported (the import's reason, and what `suggest` reads).
fn read_articles(path: &str, bytes: &[u8]) -> Result<Vec<(String, formats::Article)>, String> {
    let name = file_name(path);
    if !looks_like_workspace(name, bytes) {
        let art = formats::read_article(name, bytes).map_err(|e| in_file(path, e))?;
        return Ok(vec![(path.to_string(), art)]);
    }
    // Only the articles are used: spans whose text moved are placed by it, not refused.
    let options = formats::ImportOptions { reanchor: true };
    let imported = formats::import_with(name, bytes, &options).map_err(|e| {
        let said = in_file(path, e);
        if said.contains(".txt") {
            said
        } else {
            format!(
                "{}. suggest reads articles (.txt, .md or .html files) and the articles of a \
                 workspace file",
                said.trim_end_matches('.')
            )
        }
    })?;
    tell!(
        "parallax: note: {path} is a workspace file: its {} article{} {} read (named {path}#ID \
         below); its spans and links are not used",
        imported.workspace.documents.len(),
        if imported.workspace.documents.len() == 1 {
            ""
        } else {
            "s"
        },
        if imported.workspace.documents.len() == 1 {
            "is"
        } else {
            "are"
        },
    );
    Ok(imported
        .workspace
        .documents
        .iter()
        .map(|d| {
            let art = formats::Article {
                title: d.title.clone(),
                text: d.text.to_string(),
                notes: Vec::new(),
                meta: d.meta.clone(),
            };
            (format!("{path}#{}", d.id), art)
        })
        .collect())
}

/// Whether the file `name` (`bytes`) is a workspace file rather than an article: its name
/// ends in .json, .jsonl, .ndjson, .jsonld or .zip, or it is a zip, or its text (after a
/// byte order mark and white space) is JSON as a whole, or JSON lines.
fn looks_like_workspace(name: &str, bytes: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    if [".json", ".jsonl", ".ndjson", ".jsonld", ".zip"]
        .iter()
        .any(|e| lower.ends_with(e))
        || bytes.starts_with(b"PK\x03\x04")
    {
        return true;
    }
    let text = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let start = text.iter().position(|b| !b.is_ascii_whitespace());
    if !start.is_some_and(|i| text[i] == b'{' || text[i] == b'[') {
        return false;
    }
    serde_json::from_slice::<Value>(text).is_ok()
        || text
            .split(|&b| b == b'\n')
            .find(|l| !l.trim_ascii().is_empty())
            .is_some_and(|l| serde_json::from_slice::<Value>(l).is_ok_and(|v| v.is_object()))
}

/// Reads `files` (at least two articles in all, each given once; a workspace file gives
/// its articles, see [`read_articles`]), matches every sentence pair across them and
/// prints the JSON described in the module doc on standard output.
/// Errors: a message naming the file and what to do (fewer than two articles, an
/// unreadable or invalid article or workspace file, the same article twice, a failed
/// write).
pub(super) fn suggest(files: &[String], min: f64) -> Result<(), String> {
    if files.is_empty() {
        return Err(TOO_FEW.into());
    }
    // Each article and the name it is given in the output: its file, or `FILE#ID` for an
    // article of a workspace file.
    let mut articles: Vec<formats::Article> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for f in files {
        let bytes = read_file(f)?;
        for (name, art) in read_articles(f, &bytes)? {
            // As the page does: an article given twice would be linked to itself at 100 %.
            if let Some(k) = articles
                .iter()
                .position(|a: &formats::Article| same_article(&a.text, &art.text))
            {
                let how = if articles[k].text == art.text {
                    ""
                } else {
                    " (they differ only in line ends, a byte order mark or trailing white space)"
                };
                return Err(format!(
                    "{name} is the same article as {}{how}; give each article once",
                    names[k]
                ));
            }
            articles.push(art);
            names.push(name);
        }
    }
    if articles.len() < 2 {
        return Err(if files.len() < 2 && names[..] == files[..] {
            TOO_FEW.to_string()
        } else {
            format!(
                "suggest needs at least two articles, and {} holds only one; give another \
                 article file",
                files.join(", ")
            )
        });
    }
    let files = &names[..];
    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    // Articles in different languages share few words: say so, on standard error.
    let languages: Vec<Option<language::Language>> =
        texts.iter().map(|t| language::guess(t)).collect();
    if language::differ(&languages) {
        let names: Vec<&str> = files.iter().map(|f| file_name(f)).collect();
        tell!(
            "parallax: note: {}",
            language::mixed_note(&names, &languages).text()
        );
    }
    let corpus = Corpus::new(&texts);
    // Articles placed in places known apart: probably two events, their scores scaled down.
    let mut apart = Vec::new();
    for (a, b, pa, pb) in corpus.apart_pairs() {
        // As each article first writes it ("Sachsen-Anhalt", not "sachsen anhalt": trial 39
        // N9), the place apart from the time ("Thursday" is no place: trial 40 T9).
        let (pa, wa) = parallax::linking::written_label(texts[a], &pa);
        let (pb, wb) = parallax::linking::written_label(texts[b], &pb);
        let side = |place: &str, when: &str| match (place.is_empty(), when.is_empty()) {
            (false, false) => format!("{place}, {when}"),
            (true, false) => when.to_string(),
            _ => place.to_string(),
        };
        tell!(
            "parallax: note: {} ({}) and {} ({}) tell their stories in other places (or at other times, or of other named storms): probably \
             two events of one kind, so their links' scores are scaled to {} % of what they \
             would be (none reaches 0.5)",
            file_name(&files[a]),
            side(&pa, &wa),
            file_name(&files[b]),
            side(&pb, &wb),
            (matcher::align::APART_FACTOR * 100.0).round()
        );
        // Two named storms: each storm in its own field, as the article writes it
        // ("Hurricane Marisol"); else the place each names most (trial 35, F10), only a
        // place, and the time each lead tells, in fields of their own when given.
        apart.push(if matcher::is_storm_label(&pa) {
            json!({"a": files[a], "a_storm": pa, "b": files[b], "b_storm": pb})
        } else {
            let mut entry = json!({"a": files[a], "b": files[b]});
            for (key, value) in [
                ("a_place", &pa),
                ("b_place", &pb),
                ("a_when", &wa),
                ("b_when", &wb),
            ] {
                if !value.is_empty() {
                    entry[key] = json!(value);
                }
            }
            entry
        });
    }
    let pairs = corpus.all_pairs(min, &mut |_, _| {});
    let chars: Vec<Vec<char>> = texts.iter().map(|t| t.chars().collect()).collect();
    let slice = |d: usize, s: usize, e: usize| -> String { chars[d][s..e].iter().collect() };
    let links: Vec<Value> = pairs
        .iter()
        .map(|p| {
            let (a_text, b_text) = (
                slice(p.a_doc, p.a_start, p.a_end),
                slice(p.b_doc, p.b_start, p.b_end),
            );
            // Across languages the score only ranks (trial 50, F8): the link says so, in a
            // field of its own and in its summary, as the page's card does.
            let across =
                language::across((languages[p.a_doc], languages[p.b_doc]), (&a_text, &b_text));
            let mut reason = p.reason.clone();
            if across.is_some() {
                reason.summary =
                    matcher::summary_across_languages(p.score, &reason.shared, &p.flags);
            }
            let mut link = json!({
                "a": {"file": files[p.a_doc], "start": p.a_start, "end": p.a_end, "text": a_text},
                "b": {"file": files[p.b_doc], "start": p.b_start, "end": p.b_end, "text": b_text},
                "score": (p.score * 1e6).round() / 1e6,
                "reason": reason,
                "flags": p.flags,
            });
            if let Some((a, b)) = across {
                link["across_languages"] = json!([a.name(), b.name()]);
            }
            link
        })
        .collect();
    let out = json!({
        "articles": files.iter().zip(&articles).enumerate().map(|(d, (f, a))| json!({
            "file": f, "title": a.title, "notes": a.notes,
            "language": languages[d].map(|l| l.name()),
            "sentences": corpus.sentences(d).len(),
            "text": a.text,
        })).collect::<Vec<_>>(),
        "min_score": min,
        "offsets": "Unicode code points into the article's \"text\" above, as decoded (a byte \
            order mark dropped, line ends kept, HTML reduced to its text): \
            articles[i][\"text\"][start:end] in Python",
        "links": links,
        "apart": apart,
    });
    let text = serde_json::to_string_pretty(&out).map_err(|e| format!("cannot write JSON: {e}"))?;
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    writeln!(lock, "{text}").map_err(output_error)
}
