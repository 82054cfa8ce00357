//! Reading lexicon TSV: `form<TAB>lemma<TAB>kind<TAB>attrs`, `#` comments, blank lines.
//!
//! An empty lemma means "the form is the base form": for names and places the suffix guesser
//! then adds the inflected forms it can predict.

use super::entry::{encode_key, EntryKind, RowAttrs};
use super::guess;
use crate::error::LoadError;

pub(crate) fn parse(name: &str, text: &str) -> Result<Vec<Vec<u8>>, LoadError> {
    let mut keys = Vec::new();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |m: String| LoadError::new(name, line_no, m);
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 3 || cols.len() > 4 {
            return Err(err(format!(
                "expected 3 or 4 tab-separated columns (form, lemma, kind[, attrs]), found {}",
                cols.len()
            )));
        }
        let form = cols[0].trim();
        if form.is_empty() {
            return Err(err("empty form".into()));
        }
        if form.contains(['\0', '\x01']) || cols[1].contains(['\0', '\x01']) {
            return Err(err("control characters in form or lemma".into()));
        }
        let kind = EntryKind::parse(cols[2].trim()).ok_or_else(|| {
            err(format!(
                "unknown kind {:?} (expected first_name, surname, person, place, institution or title)",
                cols[2]
            ))
        })?;
        let attrs = RowAttrs::parse(cols.get(3).copied().unwrap_or("")).map_err(err)?;
        let form_lower = normalize(form);
        let lemma = cols[1].trim();
        if lemma.is_empty() {
            // A base form only: add what the guesser can predict, marked as guessed.
            keys.push(encode_key(
                &form_lower,
                &form_lower,
                kind,
                &RowAttrs { cases: nominative(&attrs), ..attrs.clone() },
            ));
            for (f, cases) in guess::inflect(&form_lower, kind, attrs.gender) {
                let a = RowAttrs { cases, guessed: true, ..attrs.clone() };
                keys.push(encode_key(&f, &form_lower, kind, &a));
            }
        } else {
            keys.push(encode_key(&form_lower, &normalize(lemma), kind, &attrs));
        }
    }
    Ok(keys)
}

fn nominative(a: &RowAttrs) -> super::Cases {
    if a.cases == super::Cases::ANY {
        super::Cases::NOM
    } else {
        a.cases
    }
}

/// Lower-case and collapse whitespace, as the matcher sees tokens.
pub(crate) fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_line() {
        let e = parse("user.tsv", "Kos\tKos\tsurname\nKosa\tKos\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.to_string().starts_with("user.tsv: line 2: expected 3 or 4"), "{e}");
        let e = parse("user.tsv", "Kos\tKos\tsurnam\n").unwrap_err();
        assert!(e.message.contains("unknown kind"), "{e}");
        let e = parse("user.tsv", "\tKos\tsurname\n").unwrap_err();
        assert!(e.message.contains("empty form"), "{e}");
        let e = parse("user.tsv", "# c\n\nKos\tKos\tsurname\tg=q\n").unwrap_err();
        assert_eq!(e.line, 3);
    }
}
