//! The CLI's JSONL line parser on arbitrary bytes: never panics, errors name the line, and a
//! parsed line's text is what the JSON said.
#![no_main]

use libfuzzer_sys::fuzz_target;
use polner::jsonl::parse_line;

fuzz_target!(|data: &[u8]| {
    let line_no = 1 + data.first().copied().unwrap_or(0) as usize;
    match parse_line(line_no, data) {
        Ok(None) => assert!(std::str::from_utf8(data).unwrap().trim_start_matches('\u{feff}').trim().is_empty()),
        Ok(Some(line)) => {
            let s = std::str::from_utf8(data).unwrap();
            let v: serde_json::Value = serde_json::from_str(s.trim_start_matches('\u{feff}').trim()).unwrap();
            assert_eq!(v["text"].as_str(), Some(line.text.as_str()));
            if let Some(w) = &line.warning {
                assert!(w.starts_with(&format!("line {line_no}:")));
            }
        }
        Err(e) => assert!(e.starts_with(&format!("line {line_no}:")), "{e}"),
    }
});
