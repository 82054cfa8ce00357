//! Abbreviations that carry a dot without ending a sentence.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};
use std::sync::LazyLock;

/// How an abbreviation behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AbbrevKind {
    /// Stands before what it qualifies ("prof.", "ul.", "św."): never ends a sentence.
    Prefix,
    /// Closes a phrase ("r.", "br.", "tys.", "itd."): ends a sentence when a capital follows.
    Closing,
}

use AbbrevKind::*;

/// Lowercase forms with their dots. Multi-part ones ("ub.r.", "sp. z o.o.") are matched as a whole.
pub(crate) const ABBREVIATIONS: &[(&str, AbbrevKind)] = &[
    ("sp. z o.o.", Closing),
    ("sp.j.", Closing),
    ("sp.k.", Closing),
    ("s.a.", Closing),
    ("ub.r.", Closing),
    ("ub. r.", Closing),
    ("m.in.", Prefix),
    ("p.o.", Prefix),
    ("o.o.", Closing),
    ("j.w.", Closing),
    ("tj.", Prefix),
    ("tzw.", Prefix),
    ("np.", Prefix),
    ("ok.", Prefix),
    ("ds.", Prefix),
    ("br.", Closing),
    ("r.", Closing),
    ("w.", Closing),
    ("ww.", Closing),
    ("ul.", Prefix),
    ("al.", Prefix),
    ("pl.", Prefix),
    ("os.", Prefix),
    ("prof.", Prefix),
    ("dr.", Prefix),
    ("dyr.", Prefix),
    ("wicedyr.", Prefix),
    ("red.", Prefix),
    ("hab.", Prefix),
    ("inż.", Prefix),
    ("mgr.", Prefix),
    ("lek.", Prefix),
    ("med.", Prefix),
    ("mec.", Prefix),
    ("adw.", Prefix),
    ("ks.", Prefix),
    ("bp.", Prefix),
    ("abp.", Prefix),
    ("gen.", Prefix),
    ("płk.", Prefix),
    ("ppłk.", Prefix),
    ("mjr.", Prefix),
    ("kpt.", Prefix),
    ("por.", Prefix),
    ("im.", Prefix),
    ("św.", Prefix),
    ("bł.", Prefix),
    // Case-insensitive matching covers ASCII letters only.
    ("Św.", Prefix),
    ("Śp.", Prefix),
    ("śp.", Prefix),
    ("o.", Prefix),
    ("p.", Prefix),
    ("pp.", Prefix),
    ("dh.", Prefix),
    ("hr.", Prefix),
    ("kard.", Prefix),
    ("ppor.", Prefix),
    ("insp.", Prefix),
    ("asp.", Prefix),
    ("sierż.", Prefix),
    ("godz.", Prefix),
    ("tys.", Closing),
    ("mln.", Closing),
    ("mld.", Closing),
    ("mld", Closing),
    ("zł.", Closing),
    ("gr.", Closing),
    ("nr.", Prefix),
    ("tel.", Prefix),
    ("wg.", Prefix),
    ("wg", Prefix),
    ("ws.", Prefix),
    ("woj.", Prefix),
    ("wlk.", Prefix),
    ("płn.", Closing),
    ("płd.", Closing),
    ("wsch.", Closing),
    ("zach.", Closing),
    ("pd.", Closing),
    ("pow.", Prefix),
    ("gm.", Prefix),
    ("m.st.", Prefix),
    ("pt.", Prefix),
    ("tzn.", Prefix),
    ("itd.", Closing),
    ("itp.", Closing),
    ("etc.", Closing),
    ("wsp.", Closing),
    ("zob.", Prefix),
    ("jw.", Closing),
    ("min.", Prefix),
    ("max.", Prefix),
    ("wyd.", Prefix),
    ("dot.", Prefix),
    ("art.", Prefix),
    ("ust.", Prefix),
    ("pkt.", Prefix),
    ("poz.", Prefix),
    ("str.", Prefix),
    ("s.", Prefix),
    ("n.p.m.", Closing),
    ("p.n.e.", Closing),
    ("n.e.", Closing),
];

static MATCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .build(ABBREVIATIONS.iter().map(|(a, _)| a))
        .expect("the abbreviation list is a valid automaton")
});

/// The abbreviation starting exactly at `at`, if one does and it ends on a word boundary.
pub(crate) fn abbreviation_at(text: &str, at: usize) -> Option<(usize, AbbrevKind)> {
    let input = Input::new(text).range(at..).anchored(Anchored::Yes);
    let m = MATCHER.find(input)?;
    let end = m.end();
    // "r." must not swallow the start of "r.Nowy" glued text, and "w." must not be "w.Kowalski".
    let next_is_letter = text[end..].chars().next().is_some_and(char::is_alphanumeric);
    // The first letter of a dotless abbreviation ("wg") must not be part of a longer word.
    let last = ABBREVIATIONS[m.pattern().as_usize()];
    if next_is_letter || (!last.0.ends_with('.') && text[end..].starts_with('.')) {
        return None;
    }
    Some((end, last.1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_multi_part_abbreviations() {
        let t = "Holo4Med sp. z o.o. i ub.r. oraz m.in. to";
        let at = t.find("sp.").unwrap();
        assert_eq!(abbreviation_at(t, at).map(|x| &t[at..x.0]), Some("sp. z o.o."));
        let at = t.find("ub.").unwrap();
        assert_eq!(abbreviation_at(t, at).map(|x| &t[at..x.0]), Some("ub.r."));
        let at = t.find("m.in").unwrap();
        assert_eq!(abbreviation_at(t, at).map(|x| &t[at..x.0]), Some("m.in."));
    }

    #[test]
    fn rejects_abbreviations_glued_to_words() {
        assert_eq!(abbreviation_at("r.Nowy", 0), None);
        assert_eq!(abbreviation_at("wgrać", 0), None);
    }
}
