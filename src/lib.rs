//! polner: people, titles, institutions, dates and places in Polish press text.
//!
//! ```
//! use polner::{Extractor, Label};
//!
//! let text = "Wydarzenie moderowała Izabela Łokić, zastępca dyrektora \
//!             Departamentu Rozwoju Regionalnego w Białymstoku.";
//! let doc = Extractor::global().extract(text);
//! for e in &doc.entities {
//!     println!("{:<12} {:<40} {}", e.label, e.text, e.lemma);
//! }
//! let place = doc.entities_with(Label::Place).next().unwrap();
//! assert_eq!(place.lemma, "Białystok");
//! assert_eq!(&text[place.span], place.text);
//! let (person, title, of) = doc.role_triples()[0];
//! assert_eq!((person, title), ("Izabela Łokić", "zastępca dyrektora"));
//! assert_eq!(of, Some("Departament Rozwoju Regionalnego"));
//! ```
//!
//! The pipeline, one module per stage: [`tokenize`] → [`lexicon`] lookup → rules per entity
//! kind → assembly (overlaps, nesting) → roles and base forms.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod assemble;
mod data;
pub mod entity;
pub mod error;
mod extractor;
mod hash;
#[cfg(feature = "cli")]
pub mod jsonl;
mod lemma;
pub mod lexicon;
mod roles;
mod rules;
pub mod span;
pub mod tokenize;

pub use entity::{Document, Entity, Gender, Label, Origin, PersonName, PlaceInfo, Role};
pub use error::LoadError;
pub use extractor::{Extractor, ExtractorBuilder};
pub use lexicon::Lexicon;
pub use rules::date::{detect_dateline, find_dates, CivilDate, DateMatch, DateStyle};
pub use span::{CharOffsets, Span};

/// The README's examples are tests too.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
