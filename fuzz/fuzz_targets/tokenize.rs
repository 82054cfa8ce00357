//! The tokenizer on arbitrary UTF-8: spans in bounds, on char boundaries, in order, and
//! `&text[span] == token.text`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use polner::tokenize::tokenize;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;
    let tokens = tokenize(text);
    let mut prev_end = 0;
    for t in &tokens {
        let s = t.span;
        assert!(s.start < s.end, "empty token {s:?}");
        assert!(s.end <= text.len(), "span {s:?} past the end {}", text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(s.start >= prev_end, "tokens overlap or are unsorted at {s:?}");
        assert_eq!(&text[s], t.text);
        prev_end = s.end;
    }
});
