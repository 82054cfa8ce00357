//! `Extractor::extract` on arbitrary UTF-8, with NKJP and with TIMEX3 date extents: entity and
//! role invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;
use polner::{CharOffsets, DateStyle, Document, Extractor, Label};
use std::sync::LazyLock;

static TIMEX3: LazyLock<Extractor> = LazyLock::new(|| Extractor::builder().date_style(DateStyle::Timex3).build());

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;
    check(text, &Extractor::global().extract(text));
    check(text, &TIMEX3.extract(text));
});

fn check(text: &str, doc: &Document) {
    let chars = CharOffsets::new(text);
    let mut prev = 0;
    for e in &doc.entities {
        let s = e.span;
        assert!(s.start <= s.end && s.end <= text.len(), "{s:?} outside {}", text.len());
        assert!(s.start >= prev, "entities not sorted by start at {s:?}");
        prev = s.start;
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert_eq!(&text[s], e.text);
        let r = chars.chars(s);
        assert_eq!(r.start, text[..s.start].chars().count());
        assert_eq!(r.end, text[..s.end].chars().count());
    }
    for (i, a) in doc.entities.iter().enumerate() {
        for b in &doc.entities[i + 1..] {
            let (x, y) = (a.span, b.span);
            assert!(
                !x.overlaps(y) || x.contains(y) || y.contains(x),
                "crossing entities {x:?} {:?} / {y:?} {:?}",
                a.text,
                b.text
            );
        }
    }
    let n = doc.entities.len();
    for r in &doc.roles {
        assert!(r.person < n && r.title < n, "{r:?} with {n} entities");
        assert_eq!(doc.entities[r.person].label, Label::Person);
        assert_eq!(doc.entities[r.title].label, Label::Title);
        if let Some(o) = r.of {
            assert!(o < n);
            assert!(matches!(doc.entities[o].label, Label::Institution | Label::Place));
        }
    }
    let _ = doc.role_triples();
}
