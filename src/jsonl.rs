//! Reading the CLI's JSONL input: one `{"id", "text", "date"?}` object per line.
//!
//! Public so that the command-line tool and the fuzz targets share one parser. Unknown fields
//! are ignored (press corpora carry `source`, `genre`, `meta` ...).

use crate::rules::date::CivilDate;
use serde_json::{json, Value};

/// One input line, parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The `id` field, or the 1-based line number when there is none.
    pub id: Value,
    /// The article.
    pub text: String,
    /// The `date` (or `meta.document_date`) field, when it is a valid "YYYY-MM-DD".
    pub date: Option<CivilDate>,
    /// Said when a `date` was present but unusable: the line was still extracted, without it.
    pub warning: Option<String>,
}

/// Parse the raw bytes of line `line_no` (1-based; the trailing newline may be included).
///
/// `Ok(None)` for a blank line, `Err` with a message starting "line N:" for a bad one. Never
/// panics, whatever the bytes.
pub fn parse_line(line_no: usize, raw: &[u8]) -> Result<Option<Line>, String> {
    let s = std::str::from_utf8(raw)
        .map_err(|e| format!("line {line_no}: not UTF-8: invalid byte at offset {}", e.valid_up_to()))?;
    let s = s.trim_start_matches('\u{feff}').trim();
    if s.is_empty() {
        return Ok(None);
    }
    let v: Value = serde_json::from_str(s).map_err(|e| format!("line {line_no}: not JSON: {e}"))?;
    let Value::Object(obj) = v else {
        return Err(format!("line {line_no}: expected a JSON object"));
    };
    let text = match obj.get("text") {
        Some(Value::String(t)) => t.clone(),
        Some(other) => return Err(format!("line {line_no}: \"text\" must be a string, found {}", kind_of(other))),
        None => return Err(format!("line {line_no}: no \"text\" field")),
    };
    let id = obj.get("id").cloned().unwrap_or_else(|| json!(line_no));
    let mut warning = None;
    let date_str = obj.get("date").and_then(Value::as_str).or_else(|| obj.get("meta")?.get("document_date")?.as_str());
    let date = match date_str {
        Some(d) => match CivilDate::parse_iso(d) {
            Some(d) => Some(d),
            None => {
                warning = Some(format!("line {line_no}: \"date\" {d:?} is not YYYY-MM-DD; extracted without it"));
                None
            }
        },
        None => None,
    };
    Ok(Some(Line { id, text, date, warning }))
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        let l = parse_line(3, b"\xef\xbb\xbf{\"text\": \"Ala\", \"x\": 1}\r\n").unwrap().unwrap();
        assert_eq!(l.id, json!(3));
        assert_eq!(l.text, "Ala");
        assert_eq!(parse_line(1, b"  \n").unwrap(), None);
        assert!(parse_line(7, b"{\"text\": 5}").unwrap_err().starts_with("line 7:"));
        assert!(parse_line(2, b"\xff").unwrap_err().contains("offset 0"));
        let w = parse_line(1, br#"{"text": "a", "date": "2021-13-01"}"#).unwrap().unwrap();
        assert!(w.warning.is_some() && w.date.is_none());
    }
}
