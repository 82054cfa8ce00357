//! Stage 5: roles — who holds which function, where.
//!
//! Two orders occur in press text. Title first: "marszałek Artur Kosicki", "członek Zarządu
//! Województwa Świętokrzyskiego Marek Jońca" (the institution or place between title and name
//! is what the function belongs to). Name first, as an apposition: "Izabela Łokić, zastępca
//! dyrektora Departamentu Rozwoju Regionalnego w UMWP" (the first institution or place right
//! after the title; a dash or a bracket may stand for the comma). One person may hold several functions joined by "i"/"oraz": "wójt gminy
//! Turośń Kościelna i przewodniczący Związku Gmin Wiejskich ...". A role whose institution is
//! not named right there has no `of` rather than a guess.

use crate::entity::{Label, Role};
use crate::rules::{Analysis, Candidate};
use std::collections::{HashMap, HashSet};

/// Tokens between a title and the institution it belongs to that may be skipped: lowercase
/// adjectives ("koordynator podlaskiego Klastra InfoTech").
fn skippable(a: &Analysis<'_>, i: usize) -> bool {
    a.is_lower_word(i) && {
        let w = a.lower(i);
        w.ends_with("ego") || w.ends_with("ej") || w.ends_with("iego")
    }
}

/// Entities by their first token.
struct ByStart<'e> {
    ents: &'e [Candidate],
    at: HashMap<usize, Vec<usize>>,
}

impl<'e> ByStart<'e> {
    fn new(ents: &'e [Candidate]) -> Self {
        let mut at: HashMap<usize, Vec<usize>> = HashMap::new();
        for (k, e) in ents.iter().enumerate() {
            at.entry(e.tok.0).or_default().push(k);
        }
        ByStart { ents, at }
    }

    fn starting(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.at.get(&i).into_iter().flatten().copied()
    }

    fn first(&self, i: usize, label: Label) -> Option<usize> {
        self.starting(i).find(|&k| self.ents[k].label == label)
    }
}

/// The outermost institution or place starting at token `i` (after skippable words).
fn of_at(a: &Analysis<'_>, idx: &ByStart<'_>, i: usize) -> Option<usize> {
    let mut j = i;
    while j < i + 2 && skippable(a, j) {
        j += 1;
    }
    idx.starting(j)
        .filter(|&k| matches!(idx.ents[k].label, Label::Institution | Label::Place))
        .max_by_key(|&k| idx.ents[k].tok.1)
}

pub(crate) fn find(a: &Analysis<'_>, ents: &[Candidate]) -> Vec<Role> {
    let mut roles = Vec::new();
    let idx = ByStart::new(ents);
    let mut titled: HashSet<usize> = HashSet::new();
    for (ti, t) in ents.iter().enumerate() {
        if t.label != Label::Title {
            continue;
        }
        // Title first: "marszałek Artur Kosicki", "członek Zarządu Województwa X Marek Jońca".
        if let Some(p) = idx.first(t.tok.1, Label::Person) {
            titled.insert(ti);
            roles.push(Role { person: p, title: ti, of: None });
            continue;
        }
        if let Some(o) = of_at(a, &idx, t.tok.1) {
            if let Some(p) = idx.first(ents[o].tok.1, Label::Person) {
                titled.insert(ti);
                roles.push(Role { person: p, title: ti, of: Some(o) });
                continue;
            }
        }
    }
    // Name first: "Person, title [of]" and further titles joined by "i"/"oraz"; lists write a
    // dash or a bracket instead of the comma ("Marek Jońca – członek Zarządu", "Jan Nowak
    // (prezes spółki)").
    for (pi, p) in ents.iter().enumerate() {
        let apposition = [",", "–", "—", "-", "("].iter().any(|s| a.is(p.tok.1, s));
        if p.label != Label::Person || !apposition {
            continue;
        }
        let mut at = Some(p.tok.1 + 1);
        while let Some(ti) = at.and_then(|k| idx.first(k, Label::Title)) {
            let t = &ents[ti];
            let of = of_at(a, &idx, t.tok.1);
            if titled.insert(ti) {
                roles.push(Role { person: pi, title: ti, of });
            }
            // Another function of the same person follows "i", "oraz" or a comma.
            let after = of.map_or(t.tok.1, |o| ents[o].tok.1);
            let joined = a.is(after, "i") || a.is(after, "oraz") || a.is(after, ",");
            at = joined.then_some(after + 1);
        }
    }
    roles.sort_by_key(|r| (r.person, r.title));
    roles
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    /// A role as (person, title, of) base forms.
    type Triple = (&'static str, &'static str, Option<&'static str>);

    /// (text, the roles expected, all of them)
    const EXAMPLES: &[(&str, &[Triple])] = &[
        ("Głos zabrał marszałek Artur Kosicki.", &[("Artur Kosicki", "marszałek", None)]),
        (
            "Wczoraj starosta Powiatu Sandomierskiego Marcin Piwnik otworzył most.",
            &[("Marcin Piwnik", "starosta", Some("Powiat Sandomierski"))],
        ),
        (
            "Wystąpiła Izabela Łokić, zastępca dyrektora Departamentu Rozwoju Regionalnego.",
            &[("Izabela Łokić", "zastępca dyrektora", Some("Departament Rozwoju Regionalnego"))],
        ),
        (
            "Na liście:\n- Marek Jońca – członek Zarządu Województwa Świętokrzyskiego\n- Renata Janik, wicemarszałek",
            &[
                ("Marek Jońca", "członek zarządu", Some("Województwo Świętokrzyskie")),
                ("Renata Janik", "wicemarszałek", None),
            ],
        ),
        (
            "Głos zabrali Jan Nowak (prezes spółki Kielecki Park Technologiczny) i Anna Kot (wójt gminy Baranów).",
            &[
                ("Jan Nowak", "prezes spółki", Some("Kielecki Park Technologiczny")),
                ("Anna Kot", "wójt", Some("gmina Baranów")),
            ],
        ),
        (
            "Wczoraj Minister Zdrowia Adam Niedzielski zapowiedział zmiany.",
            &[("Adam Niedzielski", "minister zdrowia", None)],
        ),
        (
            "– komentuje Maciej Witucki, Prezes Zarządu Work Service S.A. Zarobki rosną.",
            &[("Maciej Witucki", "prezes zarządu", Some("Work Service S.A."))],
        ),
        (
            "Dyrektor generalny Lasów Państwowych Józef Kubica podpisał porozumienie.",
            &[("Józef Kubica", "dyrektor generalny", Some("Lasy Państwowe"))],
        ),
        // Negative: a title with no name next to it links no one.
        ("Jan Nowak przyszedł, a marszałek wyszedł.", &[]),
    ];

    #[test]
    fn role_examples() {
        for (text, want) in EXAMPLES {
            let doc = Extractor::global().extract(text);
            assert_eq!(doc.role_triples(), *want, "{text:?}");
        }
    }
}
