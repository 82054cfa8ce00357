//! Extract entities and roles from an article.
//!
//! ```text
//! cargo run --release --example extract                    # the bundled sample article
//! cargo run --release --example extract -- article.txt     # any article (UTF-8 text)
//! ```

use polner::{CharOffsets, Extractor};
use std::process::ExitCode;

const SAMPLE: &str = include_str!("sample_article.txt");

fn main() -> ExitCode {
    let text = match std::env::args_os().nth(1) {
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("extract: {}: {e}", path.to_string_lossy());
                return ExitCode::FAILURE;
            }
        },
        None => SAMPLE.to_owned(),
    };
    let doc = Extractor::global().extract(&text);
    let chars = CharOffsets::new(&text);
    if let Some(d) = &doc.date {
        println!("article date: {d}\n");
    }
    for e in &doc.entities {
        let r = chars.chars(e.span);
        let shown: Vec<&str> = e.text.split_whitespace().collect();
        let base = e.value.as_deref().unwrap_or(&e.lemma);
        println!("{:<12} {:>5}..{:<5} {:<48} → {base}", e.label, r.start, r.end, shown.join(" "));
    }
    println!("\nroles:");
    for (person, title, of) in doc.role_triples() {
        println!("  {person}: {title}{}", of.map(|o| format!(" — {o}")).unwrap_or_default());
    }
    ExitCode::SUCCESS
}
