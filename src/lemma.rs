//! Base forms: the lexicons store them lower-cased; the text decides the capitals.
//!
//! "Białymstoku" → "białystok" in the lexicon → "Białystok"; "Województwa Podlaskiego" →
//! "Województwo Podlaskie" but "województwa podlaskiego" → "województwo podlaskie" (the
//! annotation keeps the capitalisation of the text). Words are aligned one to one, and parts
//! of hyphenated words too; over the prefix a word shares with its base form the text's own
//! letters are copied, so "Holo4Med" and "InfoTech" keep their inner capitals.

/// `lemma_lower` with the capitalisation of `surface`, word by word.
pub(crate) fn restore_case(surface: &str, lemma_lower: &str) -> String {
    let mut out = String::with_capacity(lemma_lower.len());
    let mut surf = surface.split_whitespace();
    for (i, word) in lemma_lower.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        match surf.next() {
            Some(s) => restore_word(&mut out, s, word),
            None => out.push_str(word),
        }
    }
    out
}

fn restore_word(out: &mut String, surface: &str, lemma: &str) {
    let mut sparts = surface.split('-');
    for (i, part) in lemma.split('-').enumerate() {
        if i > 0 {
            out.push('-');
        }
        let Some(s) = sparts.next() else {
            out.push_str(part);
            continue;
        };
        let all_caps = s.chars().filter(|c| c.is_alphabetic()).count() > 1 && !s.chars().any(char::is_lowercase);
        let mut sc = s.chars();
        let mut shared = true;
        for lc in part.chars() {
            let sch = if shared { sc.next() } else { None };
            match sch {
                Some(x) if x.to_lowercase().eq(lc.to_lowercase()) => out.push(x),
                _ => {
                    shared = false;
                    if all_caps {
                        out.extend(lc.to_uppercase());
                    } else {
                        out.push(lc);
                    }
                }
            }
        }
    }
}

/// The text of a span with every whitespace run (line breaks too) as one space.
pub(crate) fn squash_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_follow_the_text() {
        assert_eq!(restore_case("Białymstoku", "białystok"), "Białystok");
        assert_eq!(restore_case("Województwa\nPodlaskiego", "województwo podlaskie"), "Województwo Podlaskie");
        assert_eq!(restore_case("województwa podlaskiego", "województwo podlaskie"), "województwo podlaskie");
        assert_eq!(restore_case("Holo4Med", "holo4med"), "Holo4Med");
        assert_eq!(restore_case("Bielsku-Białej", "bielsko-biała"), "Bielsko-Biała");
        assert_eq!(restore_case("NASK", "nask"), "NASK");
        assert_eq!(restore_case("Ostrowi Mazowieckiej", "ostrów mazowiecka"), "Ostrów Mazowiecka");
    }
}
