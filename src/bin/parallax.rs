//! The `parallax` command-line tool: `score`, `suggest`, `convert`, `report`.
//!
//! A thin shell over the library: argument parsing, file and stream I/O, JSON output.
//! Every error is a message on stderr and exit code 2; nothing panics on bad input.

use parallax::formats::{self, Format};
use parallax::matcher::{self, Corpus};
use serde_json::{json, Value};
use std::io::{BufRead, Read, Write};

const HELP: &str = "\
parallax - link the same facts across news articles

USAGE:
    parallax score < pairs.jsonl > scores.jsonl
        Reads one JSON object a line with \"id\", \"a\" and \"b\" (other fields are
        ignored) and writes {\"id\": ..., \"score\": s} lines in the same order,
        0 <= s <= 1, higher meaning more likely the same fact (0.5 = threshold).

    parallax suggest A.txt B.txt [MORE...] [--min S]
        Prints JSON: suggested links between the sentences of the articles (file,
        code point offsets, sentence text, score, reasons, discrepancy flags).
        --min S   lowest score to report (default {min}, the app's suggestion
                  floor: reworded facts across outlets score about 0.2-0.5;
                  0.5 = the same statement)

    parallax convert IN --to jsonl|w3c|brat|parallax [-o OUT]
        Converts a Parallax workspace or another annotation file to a format.
        Writes to OUT or standard output (brat is a zip: -o is required).

    parallax report WORKSPACE.json [-o report.html]
        Writes the coverage report (outlets, the fact-by-outlet matrix, every
        discrepancy, attribution, notes) as one self-contained HTML file that
        prints to PDF, to OUT or standard output.

    parallax --help
        Shows this text.

Offsets are Unicode code points (Python text[start:end]).
";

/// The help text, with the current suggestion floor filled in.
fn help() -> String {
    HELP.replace("{min}", &matcher::SUGGEST_MIN.to_string())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => {}
        Err(msg) => {
            eprintln!("parallax: {msg}");
            std::process::exit(2);
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let Some(cmd) = args.first() else {
        return Err(format!("no command given.\n\n{}", help()));
    };
    match cmd.as_str() {
        "-h" | "--help" | "help" => {
            print!("{}", help());
            Ok(())
        }
        "score" => {
            if let Some(extra) = args.get(1) {
                return Err(format!(
                    "score takes no arguments (got {extra:?}); it reads JSON lines from standard input"
                ));
            }
            let stdin = std::io::stdin();
            let stdout = std::io::stdout();
            score(stdin.lock(), &mut stdout.lock())
        }
        "suggest" => suggest(&args[1..]),
        "convert" => convert(&args[1..]),
        "report" => report(&args[1..]),
        other => Err(format!(
            "unknown command {other:?}; expected score, suggest, convert or report (see parallax --help)"
        )),
    }
}

/// `parallax score`: all lines are checked before anything is written, so a bad line
/// never leaves a half-written output.
fn score(input: impl BufRead, out: &mut impl Write) -> Result<(), String> {
    let mut pairs: Vec<(Value, String, String)> = Vec::new();
    for (n, line) in input.lines().enumerate() {
        let n = n + 1;
        let line = line.map_err(|e| format!("line {n}: cannot read standard input: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(&line)
            .map_err(|e| format!("line {n}: not a JSON object ({e})"))?;
        let Some(obj) = v.as_object() else {
            return Err(format!(
                "line {n}: expected a JSON object with \"id\", \"a\" and \"b\""
            ));
        };
        let id = obj
            .get("id")
            .cloned()
            .ok_or_else(|| format!("line {n}: missing \"id\""))?;
        let text = |k: &str| -> Result<String, String> {
            match obj.get(k) {
                Some(Value::String(s)) => Ok(s.clone()),
                Some(_) => Err(format!("line {n}: \"{k}\" must be a string")),
                None => Err(format!("line {n}: missing \"{k}\"")),
            }
        };
        pairs.push((id, text("a")?, text("b")?));
    }
    let mut w = std::io::BufWriter::new(out);
    for (id, a, b) in pairs {
        let s = matcher::score(&a, &b);
        let line = json!({"id": id, "score": (s * 1e6).round() / 1e6});
        writeln!(w, "{line}").map_err(|e| format!("cannot write output: {e}"))?;
    }
    w.flush().map_err(|e| format!("cannot write output: {e}"))
}

fn read_file(path: &str) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))
}

fn file_name(path: &str) -> &str {
    std::path::Path::new(path)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(path)
}

fn suggest(args: &[String]) -> Result<(), String> {
    let mut files: Vec<&String> = Vec::new();
    let mut min = matcher::SUGGEST_MIN;
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "--min" {
            let v = args
                .get(i + 1)
                .ok_or("--min needs a number between 0 and 1, e.g. --min 0.6")?;
            min = v
                .parse::<f64>()
                .ok()
                .filter(|x| (0.0..=1.0).contains(x))
                .ok_or_else(|| format!("--min {v:?} is not a number between 0 and 1"))?;
            i += 2;
            continue;
        }
        if let Some(v) = a.strip_prefix("--min=") {
            min = v
                .parse::<f64>()
                .ok()
                .filter(|x| (0.0..=1.0).contains(x))
                .ok_or_else(|| format!("--min {v:?} is not a number between 0 and 1"))?;
        } else if a.starts_with("--") {
            return Err(format!(
                "unknown option {a:?} for suggest (see parallax --help)"
            ));
        } else {
            files.push(a);
        }
        i += 1;
    }
    if files.len() < 2 {
        return Err(
            "suggest needs at least two article files, e.g. parallax suggest A.txt B.txt".into(),
        );
    }
    let mut articles = Vec::new();
    for f in &files {
        let bytes = read_file(f)?;
        let art = formats::read_article(file_name(f), &bytes).map_err(|e| format!("{f}: {e}"))?;
        articles.push(art);
    }
    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    let corpus = Corpus::new(&texts);
    let pairs = corpus.all_pairs(min, &mut |_, _| {});
    let chars: Vec<Vec<char>> = texts.iter().map(|t| t.chars().collect()).collect();
    let slice = |d: usize, s: usize, e: usize| -> String { chars[d][s..e].iter().collect() };
    let links: Vec<Value> = pairs
        .iter()
        .map(|p| {
            json!({
                "a": {"file": files[p.a_doc], "start": p.a_start, "end": p.a_end,
                      "text": slice(p.a_doc, p.a_start, p.a_end)},
                "b": {"file": files[p.b_doc], "start": p.b_start, "end": p.b_end,
                      "text": slice(p.b_doc, p.b_start, p.b_end)},
                "score": (p.score * 1e4).round() / 1e4,
                "reason": p.reason,
                "flags": p.flags,
            })
        })
        .collect();
    let out = json!({
        "articles": files.iter().zip(&articles).enumerate().map(|(d, (f, a))| json!({
            "file": f, "title": a.title, "notes": a.notes,
            "sentences": corpus.sentences(d).len(),
        })).collect::<Vec<_>>(),
        "min_score": min,
        "offsets": "Unicode code points into each article's text",
        "links": links,
    });
    let text = serde_json::to_string_pretty(&out).map_err(|e| format!("cannot write JSON: {e}"))?;
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    writeln!(lock, "{text}").map_err(|e| format!("cannot write output: {e}"))
}

fn convert(args: &[String]) -> Result<(), String> {
    let mut input: Option<&String> = None;
    let mut to: Option<&String> = None;
    let mut out: Option<&String> = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--to" | "-t" => {
                to = Some(
                    args.get(i + 1)
                        .ok_or("--to needs a format: jsonl, w3c, brat or parallax")?,
                );
                i += 2;
            }
            "-o" | "--output" => {
                out = Some(args.get(i + 1).ok_or("-o needs an output file name")?);
                i += 2;
            }
            a if a.starts_with('-') && a != "-" => {
                return Err(format!(
                    "unknown option {a:?} for convert (see parallax --help)"
                ));
            }
            _ => {
                if input.is_some() {
                    return Err(format!(
                        "convert takes one input file (extra: {:?})",
                        args[i]
                    ));
                }
                input = Some(&args[i]);
                i += 1;
            }
        }
    }
    let input =
        input.ok_or("convert needs an input file, e.g. parallax convert work.json --to w3c")?;
    let to = to.ok_or("convert needs --to jsonl|w3c|brat|parallax")?;
    let format = match to.to_ascii_lowercase().as_str() {
        "jsonl" => Format::Jsonl,
        "w3c" => Format::W3c,
        "brat" => Format::Brat,
        "parallax" | "json" => Format::Parallax,
        other => {
            return Err(format!(
                "unknown format {other:?}; use jsonl, w3c, brat or parallax"
            ))
        }
    };
    if format == Format::Brat && out.is_none() {
        return Err(
            "brat output is a zip file: give an output name with -o, e.g. -o work.zip".into(),
        );
    }
    let bytes = if input == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        b
    } else {
        read_file(input)?
    };
    let imported =
        formats::import(file_name(input), &bytes).map_err(|e| format!("{input}: {e}"))?;
    for w in &imported.warnings {
        eprintln!("parallax: warning: {w}");
    }
    let exported = formats::export(&imported.workspace, format);
    match out {
        Some(path) => {
            std::fs::write(path, &exported.bytes).map_err(|e| format!("cannot write {path}: {e}"))
        }
        None => {
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            lock.write_all(&exported.bytes)
                .and_then(|_| lock.flush())
                .map_err(|e| format!("cannot write output: {e}"))
        }
    }
}

/// `parallax report WORKSPACE [-o OUT]`: the logic is `parallax::report::report_from_file`.
fn report(args: &[String]) -> Result<(), String> {
    let mut input: Option<&String> = None;
    let mut out: Option<&String> = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "-o" | "--output" => {
                out = Some(
                    args.get(i + 1)
                        .ok_or("-o needs an output file name, e.g. -o report.html")?,
                );
                i += 2;
            }
            a if a.starts_with('-') => {
                return Err(format!(
                    "unknown option {a:?} for report (see parallax --help)"
                ));
            }
            a => {
                if input.is_some() {
                    return Err(format!("report takes one workspace file (extra: {a:?})"));
                }
                input = Some(&args[i]);
                i += 1;
            }
        }
    }
    let input = input
        .ok_or("report needs a workspace file, e.g. parallax report work.json -o report.html")?;
    let bytes = read_file(input)?;
    let (html, warnings) = parallax::report::report_from_file(file_name(input), &bytes)?;
    for w in &warnings {
        eprintln!("parallax: warning: {w}");
    }
    match out {
        Some(path) => std::fs::write(path, html).map_err(|e| format!("cannot write {path}: {e}")),
        None => {
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            lock.write_all(html.as_bytes())
                .and_then(|_| lock.flush())
                .map_err(|e| format!("cannot write output: {e}"))
        }
    }
}
