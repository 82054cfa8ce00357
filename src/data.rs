//! The default lexicon, compiled ahead of time (see gazetteers/README.md) and embedded.

use crate::lexicon::Lexicon;
use std::borrow::Cow;
use std::sync::{Arc, LazyLock};

static BYTES: &[u8] = include_bytes!("../gazetteers/polner.fst");

static DEFAULT: LazyLock<Arc<Lexicon>> = LazyLock::new(|| {
    // The file is produced by `polner compile-lexicon` and checked in CI; a corrupt file is a
    // build defect, not a user error.
    Arc::new(Lexicon::from_bytes(Cow::Borrowed(BYTES)).expect("gazetteers/polner.fst is a valid lexicon"))
});

pub(crate) fn default_lexicon() -> Arc<Lexicon> {
    DEFAULT.clone()
}
