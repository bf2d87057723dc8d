//! `parallax score`: JSON lines of sentence pairs in, one score per pair out, in the
//! same order; the batch's IDF comes from its own unique texts (`matcher::score_batch`).
//! Lines are parsed and the output formatted on every core.

use super::output_error;
use parallax::formats::json_syntax;
use parallax::matcher;
use serde_json::Value;
use std::borrow::Cow;
use std::io::{BufRead, Write};

/// `parallax score`: all lines are checked before anything is written, so a bad line
/// never leaves a half-written output. Lines are parsed on every core; the first bad line
/// (in input order) is the one reported.
///
/// `source` names the input in messages ("standard input" or the file's path).
pub(crate) fn score(
    mut input: impl BufRead,
    source: &str,
    out: &mut impl Write,
) -> Result<(), String> {
    let mut bytes = Vec::new();
    input
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read {source}: {e}"))?;
    // A byte order mark (Notepad's "UTF-8 with BOM") is not part of the first line.
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    // Valid UTF-8 as a whole (the usual case): split with `str::split`, which finds the
    // newlines with `memchr`, many bytes at a time; otherwise byte by byte, and the line
    // that is not UTF-8 is named below.
    let pieces: Vec<&[u8]> = match std::str::from_utf8(body) {
        Ok(text) => text.split('\n').map(str::as_bytes).collect(),
        Err(_) => body.split(|&b| b == b'\n').collect(),
    };
    let lines: Vec<(usize, &[u8])> = pieces
        .into_iter()
        .enumerate()
        .map(|(n, l)| (n + 1, l.strip_suffix(b"\r").unwrap_or(l)))
        .collect();
    let parsed: Vec<Result<Option<ScorePair>, String>> = {
        use rayon::prelude::*;
        lines
            .par_iter()
            .map(|&(n, l)| score_line(n, l, source))
            .collect()
    };
    let mut pairs: Vec<ScorePair> = Vec::with_capacity(parsed.len());
    for p in parsed {
        if let Some(p) = p? {
            pairs.push(p);
        }
    }
    // IDF from the unique texts of this batch (the built-in table for small batches).
    let texts: Vec<(&str, &str)> = pairs.iter().map(|(_, a, b)| (&**a, &**b)).collect();
    let scores = matcher::score_batch(&texts);
    // {"id":…,"score":…} as `json!` writes it (keys in this order), without the map; the
    // lines are formatted on every core, in blocks, and written in order.
    let blocks: Vec<Result<Vec<u8>, String>> = {
        use rayon::prelude::*;
        let done: Vec<(&ScorePair, f64)> = pairs.iter().zip(scores).collect();
        done.par_chunks(1024)
            .map(|block| {
                let mut out = Vec::with_capacity(block.len() * 64);
                for ((id, _, _), s) in block {
                    out.extend_from_slice(b"{\"id\":");
                    out.extend_from_slice(id.as_bytes());
                    out.extend_from_slice(b",\"score\":");
                    serde_json::to_writer(&mut out, &((s * 1e6).round() / 1e6))
                        .map_err(|e| format!("cannot write output: {e}"))?;
                    out.extend_from_slice(b"}\n");
                }
                Ok(out)
            })
            .collect()
    };
    for block in blocks {
        out.write_all(&block?).map_err(output_error)?;
    }
    out.flush().map_err(output_error)
}

/// A pair to score: its id (any JSON value, kept as the JSON text it was given in, so an
/// integer beyond 64 bits or a float's digits come back exactly as sent) and its two
/// texts (borrowed from the input line when they hold no escapes).
type ScorePair<'a> = (Cow<'a, str>, Cow<'a, str>, Cow<'a, str>);

/// One line of `parallax score`'s input `source` (`n` counts from 1): its id and two
/// texts, `None` for a blank line, or a message naming the line and what is wrong with it.
fn score_line<'a>(n: usize, line: &'a [u8], source: &str) -> Result<Option<ScorePair<'a>>, String> {
    let line = std::str::from_utf8(line).map_err(|_| {
        format!("line {n}: cannot read {source}: stream did not contain valid UTF-8")
    })?;
    if line.trim().is_empty() {
        return Ok(None);
    }
    // Fast path: a well-formed object straight into its three fields (no map of values);
    // anything else goes through the checks below, which say what is wrong.
    if line.trim_start().starts_with('{') {
        if let Ok(p) = serde_json::from_str::<PairLine>(line) {
            return Ok(Some((Cow::Borrowed(p.id.get().trim()), p.a, p.b)));
        }
    }
    let v: Value = serde_json::from_str(line).map_err(|e| {
        if let Some(s) = json_syntax::lone_surrogate(line) {
            return format!(
                "line {n}, column {}: {}",
                s.column,
                json_syntax::lone_surrogate_advice(&s)
            );
        }
        format!(
            "line {n}: not valid JSON ({}, column {}); each line must be an object like \
             {{\"id\": 1, \"a\": \"first sentence\", \"b\": \"second sentence\"}}",
            json_syntax::cause(&e),
            e.column()
        )
    })?;
    let Some(obj) = v.as_object() else {
        return Err(format!(
            "line {n}: expected a JSON object with \"id\", \"a\" and \"b\""
        ));
    };
    let id = obj
        .get("id")
        .map(|id| Cow::Owned(id.to_string()))
        .ok_or_else(|| format!("line {n}: missing \"id\""))?;
    let text = |k: &str| -> Result<Cow<'_, str>, String> {
        match obj.get(k) {
            Some(Value::String(s)) => Ok(Cow::Owned(s.clone())),
            Some(_) => Err(format!("line {n}: \"{k}\" must be a string")),
            None => Err(format!("line {n}: missing \"{k}\"")),
        }
    };
    Ok(Some((id, text("a")?, text("b")?)))
}

/// One `parallax score` input line (other fields are ignored).
#[derive(serde::Deserialize)]
struct PairLine<'a> {
    #[serde(borrow)]
    id: &'a serde_json::value::RawValue,
    #[serde(borrow)]
    a: Cow<'a, str>,
    #[serde(borrow)]
    b: Cow<'a, str>,
}
