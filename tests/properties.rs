//! Property tests: whatever the text, extraction gives a well-formed, deterministic Document.
//!
//! Inputs mix arbitrary Unicode with Polish press fragments and hostile pieces (combining
//! marks, RTL text, emoji, NUL, very long words, Markdown emphasis, blank lines), so the rules
//! fire on real-looking text and the tokenizer meets odd characters in their neighbourhood.

use polner::tokenize::tokenize;
use polner::{CharOffsets, Document, Extractor, Label};
use proptest::prelude::*;

const FRAGMENTS: &[&str] = &[
    "Wydarzenie moderowała Izabela Łokić, zastępca dyrektora Departamentu Rozwoju Regionalnego w Białymstoku.",
    "Spotkanie otworzył marszałek województwa podlaskiego Artur Kosicki.",
    "Urząd Marszałkowski Województwa Podlaskiego (UMWP)",
    "prezes zarządu spółki Holo4Med sp. z o.o. dr hab. inż. Marek Jońca",
    "Białystok, 10.12.2021 r. –",
    "w latach 2021-2027",
    "w ub.r. i w marcu br.",
    "wczoraj o godz. 12:30",
    "od 3 do 5 maja 2022 r.",
    "w XX w.",
    "1 500 tys. zł",
    "ds. cyfryzacji",
    "w Kielcach i Päijät-Häme (Finlandia)",
    "**Anna Nowak**",
    "__Jan Kowalski__",
    "* ",
    "- ",
    "**",
    "J. Kowalski",
    "https://www.wrotapodlasia.pl/pl/.",
    "jan.kowalski@umwp.pl",
    "„Polska Cyfrowa”",
    "Zażółć gęślą jaźń",
    "ŻÓŁĆ",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "\t",
    "\u{0}",
    "\u{feff}",
    "\u{0301}",
    "e\u{0301}\u{0327}",
    "Ł\u{0301}ódź",
    "שלום עולם",
    "مرحبا بالعالم",
    "\u{200f}\u{202e}",
    "👩‍👩‍👧",
    "🇵🇱",
    "\u{2028}",
    "\u{2029}",
    "...",
    "…",
    ".",
    ",",
];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(FRAGMENTS).prop_map(str::to_owned),
        2 => "\\PC{0,12}",
        1 => any::<String>().prop_map(|s| s.chars().take(16).collect()),
        1 => "[a-ząćęłńóśźżA-ZĄĆĘŁŃÓŚŹŻ]{1,8}",
        1 => ("[A-ZŁŻ]", 30usize..200).prop_map(|(c, n)| format!("{c}{}", "ł".repeat(n))),
        1 => "[ \\n.,*_-]{1,4}",
    ]
}

/// A text of up to ~400 chars made of fragments joined by spaces or nothing.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec((fragment(), any::<bool>()), 0..20).prop_map(|parts| {
        let mut s = String::new();
        for (p, space) in parts {
            if s.chars().count() + p.chars().count() > 400 {
                break;
            }
            s.push_str(&p);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

fn check_document(text: &str, doc: &Document) -> Result<(), TestCaseError> {
    let chars = CharOffsets::new(text);
    let mut prev: Option<polner::Span> = None;
    for e in &doc.entities {
        let s = e.span;
        prop_assert!(s.start <= s.end, "{:?} reversed", s);
        prop_assert!(s.end <= text.len(), "{:?} outside {} bytes", s, text.len());
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{:?}", s);
        prop_assert_eq!(&text[s], e.text.as_str());
        prop_assert_eq!(e.as_str(text), e.text.as_str());
        if let Some(p) = prev {
            // Sorted by start, then longest first (a parent precedes what it contains).
            prop_assert!(
                p.start < s.start || (p.start == s.start && p.end >= s.end),
                "entities out of order: {:?} then {:?}",
                p,
                s
            );
        }
        prev = Some(s);
        let r = chars.chars(s);
        prop_assert_eq!(r.start, text[..s.start].chars().count());
        prop_assert_eq!(r.end, text[..s.end].chars().count());
    }
    for (i, a) in doc.entities.iter().enumerate() {
        for b in &doc.entities[i + 1..] {
            let (x, y) = (a.span, b.span);
            prop_assert!(
                !x.overlaps(y) || x.contains(y) || y.contains(x),
                "crossing entities {:?} {:?} and {:?} {:?}",
                x,
                a.text,
                y,
                b.text
            );
        }
    }
    let n = doc.entities.len();
    for r in &doc.roles {
        prop_assert!(r.person < n && r.title < n, "{:?} with {} entities", r, n);
        prop_assert_eq!(doc.entities[r.person].label, Label::Person);
        prop_assert_eq!(doc.entities[r.title].label, Label::Title);
        if let Some(o) = r.of {
            prop_assert!(o < n, "{:?} with {} entities", r, n);
            prop_assert!(
                matches!(doc.entities[o].label, Label::Institution | Label::Place),
                "role of {:?}",
                doc.entities[o].label
            );
        }
    }
    prop_assert_eq!(doc.role_triples().len(), doc.roles.len());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn entities_are_well_formed(text in text()) {
        let doc = Extractor::global().extract(&text);
        check_document(&text, &doc)?;
    }

    #[test]
    fn extraction_is_deterministic(text in text()) {
        let a = Extractor::global().extract(&text);
        let b = Extractor::global().extract(&text);
        prop_assert_eq!(&a, &b);
        // A fresh extractor built the same way agrees too.
        let c = Extractor::builder().build().extract(&text);
        prop_assert_eq!(&a, &c);
    }

    #[test]
    fn tokens_slice_the_text(text in text()) {
        let mut prev_end = 0;
        for t in tokenize(&text) {
            let s = t.span;
            prop_assert!(s.start < s.end && s.end <= text.len(), "{:?}", s);
            prop_assert!(s.start >= prev_end, "tokens overlap at {:?}", s);
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            prop_assert_eq!(&text.as_str()[s], t.text);
            prev_end = s.end;
        }
    }

    #[test]
    fn char_offsets_count_chars(text in "\\PC{0,200}|(.|\\n){0,200}") {
        let map = CharOffsets::new(&text);
        for b in (0..=text.len()).filter(|&b| text.is_char_boundary(b)) {
            prop_assert_eq!(map.char_offset(b), text[..b].chars().count());
        }
    }
}

/// The seed articles, when the shared data is present (it is in CI; skip quietly elsewhere).
#[test]
fn seed_articles_are_well_formed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/articles");
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("skipping: {dir} not found");
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let doc = Extractor::global().extract(&text);
        if let Err(e) = check_document(&text, &doc) {
            panic!("{}: {e}", path.display());
        }
        assert_eq!(doc, Extractor::global().extract(&text), "{}", path.display());
    }
}
