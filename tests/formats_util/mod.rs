//! Shared helpers for the formats tests: a small workspace with tricky text, and a minimal
//! JSON Schema validator for the subset of draft 2020-12 that `schema/parallax.schema.json`
//! uses (it refuses any other keyword, so the schema cannot silently outgrow it).
#![allow(dead_code)]

pub mod peers;

use parallax::model::{Flag, Label, Origin, Rejection, Workspace};
use serde_json::Value;

/// Two articles with astral characters, combining marks, CRLF and right-to-left text,
/// spans of every label, a matcher link with flags, a manual link, a relation, a rejection.
pub fn sample_workspace() -> Workspace {
    let mut ws = Workspace::new();
    let a = ws.add_document(
        "Defector 😀 video",
        "a.txt",
        "Carroll said the soldier was shot 4 times.\r\n\"We saw it,\" he said. e\u{301}te\u{301} שלום 𝔘𝔫𝔦.",
    );
    let b = ws.add_document(
        "LA Times",
        "b.html",
        "Brooks said he was shot several times 👍🏽.\nOfficials said \"five\" shots.",
    );
    let claim_a = ws.add_span(&a, 13, 42, Label::Claim).unwrap();
    let attr_a = ws.add_span(&a, 0, 12, Label::Attribution).unwrap();
    let quote_a = ws.add_span(&a, 44, 56, Label::Quote).unwrap();
    let ctx_a = ws.add_span(&a, 66, 80, Label::Context).unwrap();
    let claim_b = ws.add_span(&b, 12, 40, Label::Claim).unwrap();
    let claim_b2 = ws.add_span(&b, 42, 69, Label::Claim).unwrap();
    ws.add_relation(&attr_a, &claim_a).unwrap();
    ws.add_link(
        &claim_a,
        &claim_b,
        Origin::Matcher,
        Some(0.8125),
        vec![Flag {
            kind: "number".into(),
            a: "4".into(),
            b: "several".into(),
            vague: true,
        }],
    )
    .unwrap();
    ws.add_link(&quote_a, &claim_b2, Origin::Manual, None, vec![])
        .unwrap();
    ws.reject(Rejection {
        span: ctx_a.clone(),
        doc: b.clone(),
        start: 0,
        end: 6,
    });
    assert!(ws.validate().is_empty());
    ws
}

/// Validate `value` against `schema` (the root, for `$ref`). Returns every error found.
pub fn validate(schema: &Value, value: &Value) -> Vec<String> {
    let mut errors = Vec::new();
    check(schema, schema, value, "$", &mut errors);
    errors
}

const KEYWORDS: &[&str] = &[
    "$schema",
    "$id",
    "$defs",
    "$ref",
    "title",
    "description",
    "type",
    "required",
    "additionalProperties",
    "properties",
    "items",
    "enum",
    "const",
    "minimum",
    "maximum",
    "minLength",
    "pattern",
];

fn check(root: &Value, schema: &Value, v: &Value, at: &str, errors: &mut Vec<String>) {
    let Some(s) = schema.as_object() else {
        errors.push(format!("{at}: schema is not an object"));
        return;
    };
    for k in s.keys() {
        assert!(
            KEYWORDS.contains(&k.as_str()),
            "the test validator does not support keyword {k}"
        );
    }
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        let target = r.strip_prefix('#').and_then(|p| root.pointer(p));
        match target {
            Some(t) => check(root, t, v, at, errors),
            None => errors.push(format!("{at}: unresolvable $ref {r}")),
        }
    }
    if let Some(t) = s.get("type") {
        let types: Vec<&str> = match t {
            Value::String(t) => vec![t.as_str()],
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        if !types.iter().any(|t| type_matches(t, v)) {
            errors.push(format!("{at}: expected {types:?}, found {v}"));
            return;
        }
    }
    if let Some(c) = s.get("const") {
        if !json_eq(c, v) {
            errors.push(format!("{at}: expected const {c}, found {v}"));
        }
    }
    if let Some(Value::Array(options)) = s.get("enum") {
        if !options.iter().any(|o| json_eq(o, v)) {
            errors.push(format!("{at}: {v} is not one of {options:?}"));
        }
    }
    if let Some(n) = v.as_f64() {
        if let Some(min) = s.get("minimum").and_then(Value::as_f64) {
            if n < min {
                errors.push(format!("{at}: {n} < minimum {min}"));
            }
        }
        if let Some(max) = s.get("maximum").and_then(Value::as_f64) {
            if n > max {
                errors.push(format!("{at}: {n} > maximum {max}"));
            }
        }
    }
    if let Some(text) = v.as_str() {
        if let Some(min) = s.get("minLength").and_then(Value::as_u64) {
            if (text.chars().count() as u64) < min {
                errors.push(format!("{at}: shorter than {min}"));
            }
        }
        if let Some(p) = s.get("pattern").and_then(Value::as_str) {
            if !pattern_matches(p, text) {
                errors.push(format!("{at}: {text:?} does not match {p}"));
            }
        }
    }
    if let Some(o) = v.as_object() {
        for r in s
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let r = r.as_str().unwrap_or("");
            if !o.contains_key(r) {
                errors.push(format!("{at}: missing required {r:?}"));
            }
        }
        let props = s.get("properties").and_then(Value::as_object);
        for (k, val) in o {
            match props.and_then(|p| p.get(k)) {
                Some(ps) => check(root, ps, val, &format!("{at}.{k}"), errors),
                None => {
                    if s.get("additionalProperties") == Some(&Value::Bool(false)) {
                        errors.push(format!("{at}: property {k:?} is not allowed"));
                    }
                }
            }
        }
    }
    if let (Some(items), Some(arr)) = (s.get("items"), v.as_array()) {
        for (i, item) in arr.iter().enumerate() {
            check(root, items, item, &format!("{at}[{i}]"), errors);
        }
    }
}

fn type_matches(t: &str, v: &Value) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        "number" => v.is_number(),
        "integer" => v.is_u64() || v.is_i64() || v.as_f64().is_some_and(|f| f.fract() == 0.0),
        other => panic!("unknown type {other}"),
    }
}

/// JSON equality where 1 and 1.0 are equal, as JSON Schema requires.
fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

/// A character class of the schema's regex subset.
type CharPredicate = Box<dyn Fn(char) -> bool>;

/// The regex subset the schema uses: `^`, then atoms (a literal character or a `[...]`
/// class with ranges) each optionally followed by `{n}`, then `$`.
fn pattern_matches(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    assert!(
        p.first() == Some(&'^') && p.last() == Some(&'$'),
        "unsupported pattern {pattern}"
    );
    let mut atoms: Vec<(CharPredicate, usize)> = Vec::new();
    let mut i = 1;
    while i < p.len() - 1 {
        let pred: CharPredicate = if p[i] == '[' {
            let close = p[i..]
                .iter()
                .position(|&c| c == ']')
                .expect("unclosed class")
                + i;
            let class: Vec<char> = p[i + 1..close].to_vec();
            i = close + 1;
            Box::new(move |c| {
                let mut k = 0;
                while k < class.len() {
                    if k + 2 < class.len() && class[k + 1] == '-' {
                        if class[k] <= c && c <= class[k + 2] {
                            return true;
                        }
                        k += 3;
                    } else {
                        if class[k] == c {
                            return true;
                        }
                        k += 1;
                    }
                }
                false
            })
        } else {
            assert!(!"\\.*+?(|)".contains(p[i]), "unsupported pattern {pattern}");
            let lit = p[i];
            i += 1;
            Box::new(move |c| c == lit)
        };
        let mut count = 1;
        if i < p.len() - 1 && p[i] == '{' {
            let close = p[i..].iter().position(|&c| c == '}').expect("unclosed {") + i;
            count = p[i + 1..close]
                .iter()
                .collect::<String>()
                .parse()
                .expect("{n} only");
            i = close + 1;
        }
        atoms.push((pred, count));
    }
    let mut chars = text.chars();
    for (pred, count) in &atoms {
        for _ in 0..*count {
            match chars.next() {
                Some(c) if pred(c) => {}
                _ => return false,
            }
        }
    }
    chars.next().is_none()
}

pub fn schema() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/schema/parallax.schema.json"
    ))
    .expect("schema file");
    serde_json::from_str(&text).expect("schema is JSON")
}
