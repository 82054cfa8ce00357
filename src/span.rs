//! Byte spans into the input text, and the conversion to code-point offsets that JSON users need.

use serde::{Deserialize, Serialize};
use std::ops::{Index, Range};

/// A half-open byte range `start..end` into the text an entity or token came from.
///
/// Byte offsets are canonical because slicing a `&str` needs them; Polish letters (ą, ł, ż ...)
/// take two bytes in UTF-8, so code-point offsets differ and are computed on request
/// ([`CharOffsets`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// The span as a `Range`, for slicing.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies within `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl Index<Span> for str {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

/// Maps byte offsets of one text to code-point offsets (Python string indices).
///
/// Built once per text in O(n); each lookup is a binary search over the positions of
/// multi-byte characters only, so ASCII-heavy text costs almost nothing.
#[derive(Debug, Clone)]
pub struct CharOffsets {
    /// Byte offsets of every multi-byte character, with the extra bytes seen before it.
    wide: Vec<(usize, usize)>,
}

impl CharOffsets {
    /// Index the multi-byte characters of `text`.
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        let mut extra = 0usize;
        for (i, c) in text.char_indices() {
            let n = c.len_utf8();
            if n > 1 {
                extra += n - 1;
                wide.push((i, extra));
            }
        }
        CharOffsets { wide }
    }

    /// The code-point offset of byte offset `byte` (which must be a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        // Characters that start before `byte` contributed their extra bytes.
        let k = self.wide.partition_point(|&(pos, _)| pos < byte);
        if k == 0 {
            byte
        } else {
            byte - self.wide[k - 1].1
        }
    }

    /// The code-point range of a byte span.
    pub fn chars(&self, span: Span) -> Range<usize> {
        self.char_offset(span.start)..self.char_offset(span.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_agree_with_counting() {
        let text = "Łódź i Białystok — ąę €x";
        let map = CharOffsets::new(text);
        for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(map.char_offset(b), text[..b].chars().count(), "byte {b}");
        }
    }

    #[test]
    fn span_indexes_str() {
        let text = "w Białymstoku";
        assert_eq!(&text[Span::new(2, 14)], "Białymstoku");
    }
}
