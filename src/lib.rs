pub mod entity;
pub mod span;
pub mod tokenize;
