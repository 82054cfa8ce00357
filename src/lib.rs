pub mod entity;
pub mod error;
pub mod lexicon;
pub mod span;
pub mod tokenize;
