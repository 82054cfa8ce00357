//! Suffix rules for Polish name paradigms, for names no lexicon lists.
//!
//! Two directions: [`inflect`] expands a base form a user gives into its singular forms, and
//! [`base_forms`] proposes base forms for an unknown inflected form ("Kurosza" → "Kurosz" as a
//! genitive or accusative, or "Kurosza" itself as a nominative). Rules that need to know the
//! agreeing first name (its case and gender) take them from the caller; the guesses are only
//! accepted where the context agrees.

use super::entry::{Cases, EntryKind, Gram};

/// One paradigm: the base-form ending it applies to and the endings per case.
struct Paradigm {
    gender: Gram,
    base: &'static str,
    forms: &'static [(&'static str, Cases)],
}

const fn c(bits: u8) -> Cases {
    Cases(bits)
}

use super::entry::case_bits::*;

/// Ordered from the most specific ending to the least; the first that fits wins.
const PARADIGMS: &[Paradigm] = &[
    // Adjectival surnames: Kowalski, Kosicki, Zawadzki, Wolny, Dobry.
    Paradigm {
        gender: Gram::M,
        base: "ski",
        forms: &[("skiego", c(GEN | ACC)), ("skiemu", c(DAT)), ("skim", c(INST | LOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "cki",
        forms: &[("ckiego", c(GEN | ACC)), ("ckiemu", c(DAT)), ("ckim", c(INST | LOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "dzki",
        forms: &[("dzkiego", c(GEN | ACC)), ("dzkiemu", c(DAT)), ("dzkim", c(INST | LOC))],
    },
    Paradigm { gender: Gram::M, base: "y", forms: &[("ego", c(GEN | ACC)), ("emu", c(DAT)), ("ym", c(INST | LOC))] },
    Paradigm { gender: Gram::F, base: "ska", forms: &[("skiej", c(GEN | DAT | LOC)), ("ską", c(ACC | INST))] },
    Paradigm { gender: Gram::F, base: "cka", forms: &[("ckiej", c(GEN | DAT | LOC)), ("cką", c(ACC | INST))] },
    Paradigm { gender: Gram::F, base: "dzka", forms: &[("dzkiej", c(GEN | DAT | LOC)), ("dzką", c(ACC | INST))] },
    Paradigm { gender: Gram::F, base: "na", forms: &[("nej", c(GEN | DAT | LOC)), ("ną", c(ACC | INST))] },
    // Married women's names in -owa decline as adjectives: Daniłowa, Daniłowej, Daniłową.
    Paradigm { gender: Gram::F, base: "owa", forms: &[("owej", c(GEN | DAT | LOC)), ("ową", c(ACC | INST))] },
    // Feminine nouns: Anna, Izabela, Gałązka (k/g take -i), Maria (-ia: -ii).
    Paradigm {
        gender: Gram::F,
        base: "ia",
        forms: &[("ii", c(GEN | DAT | LOC)), ("ię", c(ACC)), ("ią", c(INST)), ("io", c(VOC))],
    },
    Paradigm {
        gender: Gram::F,
        base: "ka",
        forms: &[("ki", c(GEN)), ("ce", c(DAT | LOC)), ("kę", c(ACC)), ("ką", c(INST)), ("ko", c(VOC))],
    },
    Paradigm {
        gender: Gram::F,
        base: "ga",
        forms: &[("gi", c(GEN)), ("dze", c(DAT | LOC)), ("gę", c(ACC)), ("gą", c(INST)), ("go", c(VOC))],
    },
    Paradigm {
        gender: Gram::F,
        base: "la",
        forms: &[("li", c(GEN | DAT | LOC)), ("lę", c(ACC)), ("lą", c(INST)), ("lo", c(VOC))],
    },
    Paradigm {
        gender: Gram::F,
        base: "ja",
        forms: &[("ji", c(GEN | DAT | LOC)), ("ję", c(ACC)), ("ją", c(INST)), ("jo", c(VOC))],
    },
    Paradigm {
        gender: Gram::F,
        base: "a",
        forms: &[("y", c(GEN)), ("ie", c(DAT | LOC)), ("ę", c(ACC)), ("ą", c(INST)), ("o", c(VOC))],
    },
    // Masculine nouns in -a (Jońca, Gałązka as a man's surname, Zaręba, Kuusela) decline like
    // feminine ones.
    Paradigm { gender: Gram::M, base: "la", forms: &[("li", c(GEN | DAT | LOC)), ("lę", c(ACC)), ("lą", c(INST))] },
    Paradigm {
        gender: Gram::M,
        base: "ga",
        forms: &[("gi", c(GEN)), ("dze", c(DAT | LOC)), ("gę", c(ACC)), ("gą", c(INST))],
    },
    Paradigm {
        gender: Gram::M,
        base: "ka",
        forms: &[("ki", c(GEN)), ("ce", c(DAT | LOC)), ("kę", c(ACC)), ("ką", c(INST))],
    },
    Paradigm {
        gender: Gram::M,
        base: "a",
        forms: &[("y", c(GEN)), ("ie", c(DAT | LOC)), ("ę", c(ACC)), ("ą", c(INST))],
    },
    // Masculine consonant stems; the locative depends on the last consonant.
    Paradigm {
        gender: Gram::M,
        base: "k",
        forms: &[("ka", c(GEN | ACC)), ("kowi", c(DAT)), ("kiem", c(INST)), ("ku", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "g",
        forms: &[("ga", c(GEN | ACC)), ("gowi", c(DAT)), ("giem", c(INST)), ("gu", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "ch",
        forms: &[("cha", c(GEN | ACC)), ("chowi", c(DAT)), ("chem", c(INST)), ("chu", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "t",
        forms: &[("ta", c(GEN | ACC)), ("towi", c(DAT)), ("tem", c(INST)), ("cie", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "d",
        forms: &[("da", c(GEN | ACC)), ("dowi", c(DAT)), ("dem", c(INST)), ("dzie", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "r",
        forms: &[("ra", c(GEN | ACC)), ("rowi", c(DAT)), ("rem", c(INST)), ("rze", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "ł",
        forms: &[("ła", c(GEN | ACC)), ("łowi", c(DAT)), ("łem", c(INST)), ("le", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "sz",
        forms: &[("sza", c(GEN | ACC)), ("szowi", c(DAT)), ("szem", c(INST)), ("szu", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "cz",
        forms: &[("cza", c(GEN | ACC)), ("czowi", c(DAT)), ("czem", c(INST)), ("czu", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "rz",
        forms: &[("rza", c(GEN | ACC)), ("rzowi", c(DAT)), ("rzem", c(INST)), ("rzu", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "ć",
        forms: &[("cia", c(GEN | ACC)), ("ciowi", c(DAT)), ("ciem", c(INST)), ("ciu", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "ń",
        forms: &[("nia", c(GEN | ACC)), ("niowi", c(DAT)), ("niem", c(INST)), ("niu", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "ś",
        forms: &[("sia", c(GEN | ACC)), ("siowi", c(DAT)), ("siem", c(INST)), ("siu", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "ź",
        forms: &[("zia", c(GEN | ACC)), ("ziowi", c(DAT)), ("ziem", c(INST)), ("ziu", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "s",
        forms: &[("sa", c(GEN | ACC)), ("sowi", c(DAT)), ("sem", c(INST)), ("sie", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "z",
        forms: &[("za", c(GEN | ACC)), ("zowi", c(DAT)), ("zem", c(INST)), ("zie", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "n",
        forms: &[("na", c(GEN | ACC)), ("nowi", c(DAT)), ("nem", c(INST)), ("nie", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "m",
        forms: &[("ma", c(GEN | ACC)), ("mowi", c(DAT)), ("mem", c(INST)), ("mie", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "w",
        forms: &[("wa", c(GEN | ACC)), ("wowi", c(DAT)), ("wem", c(INST)), ("wie", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "p",
        forms: &[("pa", c(GEN | ACC)), ("powi", c(DAT)), ("pem", c(INST)), ("pie", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "b",
        forms: &[("ba", c(GEN | ACC)), ("bowi", c(DAT)), ("bem", c(INST)), ("bie", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "f",
        forms: &[("fa", c(GEN | ACC)), ("fowi", c(DAT)), ("fem", c(INST)), ("fie", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "l",
        forms: &[("la", c(GEN | ACC)), ("lowi", c(DAT)), ("lem", c(INST)), ("lu", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "j",
        forms: &[("ja", c(GEN | ACC)), ("jowi", c(DAT)), ("jem", c(INST)), ("ju", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "c",
        forms: &[("ca", c(GEN | ACC)), ("cowi", c(DAT)), ("cem", c(INST)), ("cu", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "ż",
        forms: &[("ża", c(GEN | ACC)), ("żowi", c(DAT)), ("żem", c(INST)), ("żu", c(LOC | VOC))],
    },
    Paradigm {
        gender: Gram::M,
        base: "x",
        forms: &[("xa", c(GEN | ACC)), ("xowi", c(DAT)), ("xem", c(INST)), ("ksie", c(LOC | VOC))],
    },
];

/// The singular forms of a base form (lower-case), with their cases; the base form itself is
/// not included. Only names and places inflect; titles and institutions are left as given.
pub fn inflect(base: &str, kind: EntryKind, gender: Option<Gram>) -> Vec<(String, Cases)> {
    if !matches!(kind, EntryKind::FirstName | EntryKind::Surname | EntryKind::Place) || base.contains(' ') {
        return Vec::new();
    }
    let gender = gender.unwrap_or(if base.ends_with('a') { Gram::F } else { Gram::M });
    let Some(p) = paradigm_for(base, gender) else {
        return Vec::new();
    };
    let stem = &base[..base.len() - p.base.len()];
    p.forms.iter().map(|(end, cases)| (format!("{stem}{end}"), *cases)).collect()
}

fn paradigm_for(base: &str, gender: Gram) -> Option<&'static Paradigm> {
    // Feminine consonant-final surnames (Nowak, Łokić for a woman) do not decline.
    PARADIGMS.iter().find(|p| p.gender == gender && base.ends_with(p.base) && base.len() > p.base.len() + 1)
}

/// Base forms an unknown surname form may have, with the cases it would then be in.
///
/// The form itself is always a candidate nominative (and, for women's consonant-final surnames,
/// every case).
pub fn base_forms(form: &str, gender: Gram) -> Vec<(String, Cases)> {
    let mut out = Vec::new();
    let consonant_final = form.chars().next_back().is_some_and(|c| !"aąeęioóuyj".contains(c));
    let self_cases = if gender == Gram::F && consonant_final { Cases::ANY } else { Cases(NOM | VOC) };
    out.push((form.to_owned(), self_cases));
    for p in PARADIGMS.iter().filter(|p| p.gender == gender) {
        for (end, cases) in p.forms {
            if let Some(stem) = form.strip_suffix(end) {
                if stem.chars().count() >= 2 {
                    let base = format!("{stem}{}", p.base);
                    if !out.iter().any(|(b, _)| *b == base) {
                        out.push((base, *cases));
                    }
                }
            }
        }
    }
    // Foreign names ending in -i, -o, -u, -e do not decline ("Asi Bibi", "Jean-Claude Juncker"
    // aside): as a last resort the form is its own base form in every case.
    if form.ends_with(['i', 'o', 'u', 'e']) {
        out.push((form.to_owned(), Cases::ANY));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base_for(form: &str, g: Gram, case: Cases) -> Option<String> {
        base_forms(form, g).into_iter().find(|(_, c)| c.meets(case)).map(|(b, _)| b)
    }

    #[test]
    fn guesses_base_forms_in_context() {
        assert_eq!(base_for("kurosza", Gram::M, Cases::GEN).as_deref(), Some("kurosz"));
        assert_eq!(base_for("kosickiego", Gram::M, Cases::GEN).as_deref(), Some("kosicki"));
        assert_eq!(base_for("nowakiem", Gram::M, Cases::INST).as_deref(), Some("nowak"));
        assert_eq!(base_for("wiśniewskiej", Gram::F, Cases::GEN).as_deref(), Some("wiśniewska"));
        assert_eq!(base_for("łokić", Gram::F, Cases::GEN).as_deref(), Some("łokić"));
        assert_eq!(base_for("daniłowej", Gram::F, Cases::GEN).as_deref(), Some("daniłowa"));
        assert_eq!(base_for("jońca", Gram::M, Cases::NOM).as_deref(), Some("jońca"));
    }

    #[test]
    fn inflects_user_base_forms() {
        let forms = inflect("kurosz", EntryKind::Surname, Some(Gram::M));
        assert!(forms.iter().any(|(f, c)| f == "kurosza" && c.meets(Cases::GEN)));
        let forms = inflect("wiśniewska", EntryKind::Surname, Some(Gram::F));
        assert!(forms.iter().any(|(f, c)| f == "wiśniewskiej" && c.meets(Cases::LOC)));
        assert!(
            inflect("nowak", EntryKind::Surname, Some(Gram::F)).is_empty(),
            "women's consonant-final surnames do not decline"
        );
        assert!(inflect("zastępca dyrektora", EntryKind::Title, None).is_empty());
    }
}
