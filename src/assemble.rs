//! Stage 4: settle the candidates of all rules into one set of entities.
//!
//! Longer candidates win over shorter ones they overlap, then the rule's weight decides.
//! Nesting is kept where the annotation expects it: places, people and units inside an
//! institution's name ("Województwa Podlaskiego" inside "Urząd Marszałkowski Województwa
//! Podlaskiego"; "Urzędu Marszałkowskiego" inside "Departament IT Urzędu Marszałkowskiego").
//! Crossing spans never survive together.

use crate::entity::{Entity, Label, Origin};
use crate::rules::Candidate;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Which entity may sit inside which: places and parent units inside institution names, and
/// the patron of an institution ("Szpital im. Jana Pawła II"). An acronym at the start of a
/// longer name ("NASK" in "NASK CSIRT") is part of that name, not a unit of it.
fn may_nest(outer: &Candidate, inner: &Candidate) -> bool {
    match (outer.label, inner.label) {
        (Label::Institution, Label::Place) => true,
        // A one-word name inside a longer one is a word of it ("Policji" in "Komendy Głównej
        // Policji", "Lewicy" in "Sojuszu Lewicy Demokratycznej"), unless it is an acronym.
        (Label::Institution, Label::Institution) => {
            inner.span.start > outer.span.start
                && (inner.tok.1 > inner.tok.0 + 1
                    || matches!(
                        inner.rule,
                        crate::rules::institution::ACRONYM_LEXICON | crate::rules::institution::ACRONYM_DEFINED
                    ))
        }
        // Streets and buildings named after people: "ul. Mickiewicza", "kaplicy św. Barbary"; an adjective
        // agreeing with "ulica" is no person ("ul. Sieradzkiej").
        (Label::Place, Label::Person) => {
            matches!(outer.rule, crate::rules::place::STREET | crate::rules::facility::FACILITY)
                && !inner.lemma.ends_with("ska")
                && !inner.lemma.ends_with("cka")
                && !inner.lemma.ends_with("dzka")
                && !inner.lemma.ends_with("owa")
        }
        // A patron named in full; a name guessed only from the title before it is no patron
        // ("Prezes Zarządu Work Service S.A.").
        (Label::Institution, Label::Person) => {
            inner.person.as_ref().is_some_and(|p| p.given.is_some() && p.family.is_some())
                && inner.rule != crate::rules::person::TITLE_UNKNOWN
        }
        _ => false,
    }
}

fn label_rank(l: Label) -> u8 {
    match l {
        Label::Person => 5,
        Label::Institution => 4,
        Label::Date => 3,
        Label::Place => 2,
        Label::Title => 1,
    }
}

/// The accepted candidates, sorted by start (outer before inner).
pub(crate) fn settle(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    cands.sort_by(|a, b| {
        let la = a.span.len();
        let lb = b.span.len();
        lb.cmp(&la)
            .then(b.weight.cmp(&a.weight))
            .then(label_rank(b.label).cmp(&label_rank(a.label)))
            .then(a.span.start.cmp(&b.span.start))
    });
    // Kept spans by start; a span that overlaps the candidate starts before its end and at most
    // `longest` bytes before its start, so only that window is examined.
    let longest = cands.first().map_or(0, |c| c.span.len());
    let mut kept: Vec<Candidate> = Vec::with_capacity(cands.len());
    let mut by_start: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    'next: for c in cands {
        let from = c.span.start.saturating_sub(longest);
        for (_, ks) in by_start.range(from..c.span.end) {
            for &k in ks {
                let k = &kept[k];
                if !k.span.overlaps(c.span) {
                    continue;
                }
                let nested = k.span.contains(c.span) && may_nest(k, &c) && k.span != c.span;
                if !nested {
                    continue 'next;
                }
            }
        }
        by_start.entry(c.span.start).or_default().push(kept.len());
        kept.push(c);
    }
    kept.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(b.span.end.cmp(&a.span.end)));
    kept
}

/// Turn accepted candidates into public entities.
pub(crate) fn entities(text: &str, kept: &[Candidate]) -> Vec<Entity> {
    kept.iter()
        .map(|c| Entity {
            label: c.label,
            span: c.span,
            text: text[c.span].to_owned(),
            lemma: c.lemma.clone(),
            value: c.value.clone(),
            person: c.person.clone(),
            place: c.place.clone(),
            expansion: c.expansion.clone(),
            origin: Origin { rule: Cow::Borrowed(c.rule), lexicon: c.lexicon.map(Cow::Borrowed) },
        })
        .collect()
}
