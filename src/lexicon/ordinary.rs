//! Ordinary Polish word forms: the 28k most frequent forms of the OpenSubtitles list (MIT; see
//! `gazetteers/sources/freq-pl-opensubtitles`), sorted once by `gazetteers/build/rebuild.sh`
//! into `gazetteers/ordinary-words.txt` and embedded.
//!
//! The name lexicon says what a word can name, not whether it is also a word of the language:
//! a capitalised word it does not know may be a foreign name ("Harri") or a sentence-initial
//! adverb ("Wczoraj"). This list tells them apart.

use std::sync::LazyLock;

static TEXT: &str = include_str!("../../gazetteers/ordinary-words.txt");

/// The forms, in byte order (the file is sorted so), for binary search.
static FORMS: LazyLock<Vec<&'static str>> = LazyLock::new(|| TEXT.lines().collect());

/// True when `lower` (a lower-cased form) is a frequent ordinary word form; names frequent in
/// film dialogue ("marek") are among them, so ask only of words no name lexicon knows.
pub(crate) fn is_ordinary(lower: &str) -> bool {
    FORMS.binary_search(&lower).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_and_known() {
        assert!(
            FORMS.windows(2).all(|w| w[0] < w[1]),
            "gazetteers/ordinary-words.txt must be sorted (LC_ALL=C sort -u)"
        );
        for w in ["wczoraj", "natomiast", "również", "się"] {
            assert!(is_ordinary(w), "{w}");
        }
        for w in ["harri", "kuusela", "Wczoraj"] {
            assert!(!is_ordinary(w), "{w}");
        }
    }
}
