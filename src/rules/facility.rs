//! Named buildings, parks and landforms: a kind noun and the name after it ("kościoła
//! Nawiedzenia NMP", "parku Północnym", "Dworca Głównego w Poznaniu", "kaplicy św. Barbary").
//! NKJP annotates them as geographic names (places), with the kind noun inside the span.

use super::heads::{adjective_nominative, index_forms, is_adjective_form, Head, NounTable};
use super::{Analysis, Candidate};
use crate::entity::{Label, PlaceInfo};
use crate::hash::FxHashMap;
use crate::lemma::restore_case;
use crate::lexicon::entry::case_bits::*;
use crate::lexicon::{Cases, EntryKind, Gram};
use crate::tokenize::{Shape, TokenKind};
use std::collections::HashMap;
use std::sync::LazyLock;

pub(crate) const FACILITY: &str = "place/named-facility";

/// (base form, gender, singular forms with their cases).
#[rustfmt::skip]
const KINDS: NounTable = &[
    ("kościół", Gram::M, &[("kościół", NOM | ACC), ("kościoła", GEN), ("kościołowi", DAT), ("kościołem", INST), ("kościele", LOC | VOC)]),
    ("kaplica", Gram::F, &[("kaplica", NOM), ("kaplicy", GEN | DAT | LOC), ("kaplicę", ACC), ("kaplicą", INST)]),
    ("bazylika", Gram::F, &[("bazylika", NOM), ("bazyliki", GEN), ("bazylice", DAT | LOC), ("bazylikę", ACC), ("bazyliką", INST)]),
    ("archikatedra", Gram::F, &[("archikatedra", NOM), ("archikatedry", GEN), ("archikatedrze", DAT | LOC), ("archikatedrę", ACC), ("archikatedrą", INST)]),
    ("sanktuarium", Gram::N, &[("sanktuarium", NOM | GEN | DAT | ACC | INST | LOC)]),
    ("klasztor", Gram::M, &[("klasztor", NOM | ACC), ("klasztoru", GEN), ("klasztorowi", DAT), ("klasztorem", INST), ("klasztorze", LOC)]),
    ("cmentarz", Gram::M, &[("cmentarz", NOM | ACC), ("cmentarza", GEN), ("cmentarzowi", DAT), ("cmentarzem", INST), ("cmentarzu", LOC)]),
    ("dworzec", Gram::M, &[("dworzec", NOM | ACC), ("dworca", GEN), ("dworcowi", DAT), ("dworcem", INST), ("dworcu", LOC)]),
    ("zamek", Gram::M, &[("zamek", NOM | ACC), ("zamku", GEN | LOC), ("zamkowi", DAT), ("zamkiem", INST)]),
    ("pałac", Gram::M, &[("pałac", NOM | ACC), ("pałacu", GEN | LOC), ("pałacowi", DAT), ("pałacem", INST)]),
    ("pomnik", Gram::M, &[("pomnik", NOM | ACC), ("pomnika", GEN), ("pomnikowi", DAT), ("pomnikiem", INST), ("pomniku", LOC)]),
    ("grób", Gram::M, &[("grób", NOM | ACC), ("grobu", GEN), ("grobowi", DAT), ("grobem", INST), ("grobie", LOC)]),
    ("park", Gram::M, &[("park", NOM | ACC), ("parku", GEN | LOC), ("parkowi", DAT), ("parkiem", INST)]),
    ("most", Gram::M, &[("most", NOM | ACC), ("mostu", GEN), ("mostowi", DAT), ("mostem", INST), ("moście", LOC)]),
    ("lotnisko", Gram::N, &[("lotnisko", NOM | ACC), ("lotniska", GEN), ("lotnisku", DAT | LOC), ("lotniskiem", INST)]),
    ("jezioro", Gram::N, &[("jezioro", NOM | ACC), ("jeziora", GEN), ("jezioru", DAT), ("jeziorem", INST), ("jeziorze", LOC)]),
    ("zalew", Gram::M, &[("zalew", NOM | ACC), ("zalewu", GEN), ("zalewowi", DAT), ("zalewem", INST), ("zalewie", LOC)]),
    ("przełęcz", Gram::F, &[("przełęcz", NOM | ACC), ("przełęczy", GEN | DAT | LOC), ("przełęczą", INST)]),
    ("półwysep", Gram::M, &[("półwysep", NOM | ACC), ("półwyspu", GEN), ("półwyspowi", DAT), ("półwyspem", INST), ("półwyspie", LOC)]),
    ("wzgórze", Gram::N, &[("wzgórze", NOM | ACC), ("wzgórza", GEN), ("wzgórzu", DAT | LOC), ("wzgórzem", INST)]),
    ("dolina", Gram::F, &[("dolina", NOM), ("doliny", GEN), ("dolinie", DAT | LOC), ("dolinę", ACC), ("doliną", INST)]),
];

/// Kinds that name an institution as often as a building when written with a capital ("Kościół
/// Katolicki"): only in lower case are they the building.
const LOWER_ONLY: &[&str] = &["kościół"];

static INDEX: LazyLock<FxHashMap<&'static str, Head>> = LazyLock::new(|| index_forms(KINDS, &[]));

/// A saint or patron abbreviation that may open a facility's name ("św. Barbary", "im. Jana").
fn opens_name(a: &Analysis<'_>, k: usize) -> bool {
    matches!(a.lower(k), "św." | "im." | "pw." | "bł.") && a.is_cap_word(k + 1)
}

pub(crate) fn find(a: &Analysis<'_>, places: &[Candidate]) -> Vec<Candidate> {
    let place_at: HashMap<usize, &Candidate> = places.iter().map(|p| (p.tok.0, p)).collect();
    let mut out = Vec::new();
    for i in 0..a.tokens.len() {
        if let Some(c) = facility(a, i, &place_at) {
            out.push(c);
        }
    }
    out
}

fn facility(a: &Analysis<'_>, i: usize, place_at: &HashMap<usize, &Candidate>) -> Option<Candidate> {
    let t = a.tok(i)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    let kind = *INDEX.get(a.lower(i))?;
    if t.is_capitalized() && LOWER_ONLY.contains(&kind.lemma) {
        return None;
    }
    let first = i + 1;
    if a.breaks_before(first) {
        return None;
    }
    // What follows must read as this facility's name: an agreeing adjective ("parku
    // Północnym"), a saint or patron ("kaplicy św. Barbary"), or a genitive phrase of two words
    // or more ("kościoła Nawiedzenia NMP"). A lone proper noun in apposition ("jeziora Bukowo",
    // "lotnisku Okęcie") is annotated without the kind noun, and a lexicon place there is the
    // place rule's.
    let adjective = a.is_cap_word(first) && is_adjective_form(a.lower(first), kind.gender, kind.cases);
    let patron = opens_name(a, first);
    let phrase =
        a.is_cap_word(first) && (a.is_cap_word(first + 1) || a.tok(first + 1).is_some_and(|t| t.shape == Shape::Upper));
    if !(adjective || patron || phrase) || place_at.contains_key(&first) && !adjective {
        return None;
    }
    // "pomnik Adama Mickiewicza": a monument named after a person is the person's, as NKJP marks it.
    if !patron && a.has_single(first, EntryKind::FirstName) && a.is_cap_word(first + 1) {
        return None;
    }
    let mut j = first;
    while j < first + 5 && !a.breaks_before(j) {
        let upper = a.tok(j).is_some_and(|t| t.kind == TokenKind::Word && t.shape == Shape::Upper);
        if a.is_cap_word(j) || upper {
            j += 1;
        } else if opens_name(a, j) {
            j += 2;
        } else if a.is(j, "i") && j > first && a.is_cap_word(j + 1) {
            j += 2; // "Pałacu Kultury i Nauki"
        } else {
            break;
        }
    }
    // "Wielkopolski Park Narodowy", "Biebrzańskiego Parku Narodowego": agreeing adjectives before.
    let mut start = i;
    while start > 0
        && a.is_cap_word(start - 1)
        && !a.breaks_before(start)
        && !a.tokens[start - 1].sentence_start
        && is_adjective_form(a.lower(start - 1), kind.gender, kind.cases)
    {
        start -= 1;
    }
    // The kind noun in the nominative, and the adjectives agreeing with it; a genitive name
    // ("Nawiedzenia NMP") stays as written.
    let oblique = Cases(kind.cases.0 & !Cases::NOM.0);
    let nominative = |k: usize| match adjective_nominative(a.lower(k), kind.gender, oblique) {
        Some(nom) if !kind.cases.has_nom() => Some(restore_case(a.tokens[k].text, &nom)),
        _ => None,
    };
    let mut words: Vec<String> =
        (start..i).map(|k| nominative(k).unwrap_or_else(|| a.tokens[k].text.to_owned())).collect();
    words.push(restore_case(a.tokens[i].text, kind.lemma));
    let mut k = first;
    while k < j {
        match nominative(k) {
            Some(w) => words.push(w),
            None => break,
        }
        k += 1;
    }
    let mut lemma = words.join(" ");
    if k < j {
        lemma.push(' ');
        lemma.push_str(&a.squashed(k, j));
    }
    let mut c = Candidate::new(a, Label::Place, (start, j), lemma, FACILITY);
    c.place = Some(PlaceInfo { kind: Some(kind.lemma.to_owned()), teryt: None });
    c.weight = 2;
    Some(c)
}

#[cfg(test)]
pub(crate) const EXAMPLES: &[(&str, &[(&str, &str)])] = &[
    ("msza w kościele Nawiedzenia NMP w niedzielę", &[("kościele Nawiedzenia NMP", "kościół Nawiedzenia NMP")]),
    ("spacer po parku Północnym", &[("parku Północnym", "park Północny")]),
    ("pod kaplicą św. Barbary stali", &[("kaplicą św. Barbary", "kaplica św. Barbary")]),
    ("na Dworcu Głównym w Poznaniu", &[("Dworcu Głównym", "Dworzec Główny")]),
    ("dyrektor Biebrzańskiego Parku Narodowego", &[("Biebrzańskiego Parku Narodowego", "Biebrzański Park Narodowy")]),
    // Negative: a kind noun without a name, a monument named after a person.
    ("w kościele było zimno, a pomnik Adama Mickiewicza stał", &[]),
    ("na dworcu PKP czekali, a lotnisko stało puste", &[]),
];
