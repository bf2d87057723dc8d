//! Read helpers for `serde_json::Value` with located messages (`at` names the item,
//! e.g. `spans[3]`), shared by the importers.

use serde_json::Value;

/// A short description of a JSON value's type, for messages.
pub fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A required string field.
pub fn string(obj: &Value, field: &str, at: &str) -> Result<String, String> {
    match obj.get(field) {
        Some(Value::String(s)) => Ok(s.clone()),
        None | Some(Value::Null) => Err(format!("{at}: \"{field}\" is missing")),
        Some(other) => Err(format!(
            "{at}: \"{field}\" should be text but is {}",
            kind(other)
        )),
    }
}

/// An optional string field (missing or null -> `None`).
pub fn opt_string(obj: &Value, field: &str, at: &str) -> Result<Option<String>, String> {
    match obj.get(field) {
        Some(Value::String(s)) => Ok(Some(s.clone())),
        None | Some(Value::Null) => Ok(None),
        Some(other) => Err(format!(
            "{at}: \"{field}\" should be text but is {}",
            kind(other)
        )),
    }
}

/// An optional true/false field (missing or null -> `false`).
pub fn opt_bool(obj: &Value, field: &str, at: &str) -> Result<bool, String> {
    match obj.get(field) {
        Some(Value::Bool(b)) => Ok(*b),
        None | Some(Value::Null) => Ok(false),
        Some(other) => Err(format!(
            "{at}: \"{field}\" should be true or false but is {}",
            kind(other)
        )),
    }
}

/// A required offset: a whole number of characters from 0.
pub fn offset(obj: &Value, field: &str, at: &str) -> Result<u64, String> {
    match obj.get(field) {
        Some(v) => offset_value(v, field, at),
        None => Err(format!("{at}: \"{field}\" is missing")),
    }
}

/// Check a value is an offset: a whole number of characters from 0.
pub fn offset_value(v: &Value, field: &str, at: &str) -> Result<u64, String> {
    match v {
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                Ok(u)
            } else if n.as_i64().is_some() {
                Err(format!(
                    "{at}: {field} {n} is negative; offsets count characters from 0"
                ))
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                if f.is_finite() && f.fract() == 0.0 && f > 0.0 {
                    Err(format!(
                        "{at}: {field} {n} is far too large for any document"
                    ))
                } else if f < 0.0 {
                    Err(format!(
                        "{at}: {field} {n} is negative; offsets count characters from 0"
                    ))
                } else {
                    Err(format!(
                        "{at}: {field} {n} is not a whole number; offsets count characters"
                    ))
                }
            }
        }
        Value::Null => Err(format!("{at}: \"{field}\" is missing")),
        other => Err(format!(
            "{at}: {field} should be a number but is {}",
            kind(other)
        )),
    }
}

/// A required list field (missing -> empty when `optional`).
pub fn list<'v>(
    obj: &'v Value,
    field: &str,
    at: &str,
    optional: bool,
) -> Result<&'v [Value], String> {
    match obj.get(field) {
        Some(Value::Array(a)) => Ok(a),
        None | Some(Value::Null) if optional => Ok(&[]),
        None => Err(format!("{at}: \"{field}\" is missing")),
        Some(other) => Err(format!(
            "{at}: \"{field}\" should be a list but is {}",
            kind(other)
        )),
    }
}
