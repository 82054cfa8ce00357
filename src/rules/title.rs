//! Titles: functions and offices ("zastępca dyrektora", "prezes Zarządu", "wójt"), from the
//! title lexicon, extended by their lowercase complements ("kierownik sekcji informatyki") and
//! by "ds." specialisations ("dyrektor ds. Cyberbezpieczeństwa"). A title stops before a named
//! institution or place: "dyrektor | Departamentu IT", "wójt | gminy Turośń Kościelna".

use super::{Analysis, Candidate};
use crate::entity::Label;
use crate::lexicon::{Cases, EntryKind};
use crate::tokenize::TokenKind;

/// Rule ids.
pub(crate) const LEXICON: &str = "title/lexicon";

/// Words that end a lowercase complement: conjunctions, prepositions, pronouns.
const STOP: &[&str] = &[
    "i", "oraz", "a", "lub", "albo", "czy", "w", "we", "z", "ze", "na", "do", "od", "o", "po", "przy", "dla", "za",
    "przez", "pod", "nad", "u", "jako", "który", "która", "które", "którzy", "jest", "był", "była", "się", "jego",
    "jej", "ich", "tego", "tej",
];

/// The board ("zarząd") is part of the function's name even when written with a capital:
/// "prezes Zarządu", "członek Zarządu".
fn capital_allowed_in_title(word_lower: &str) -> bool {
    matches!(word_lower, "zarządu" | "zarząd" | "zarządem" | "zarządzie")
}

/// Nouns a title takes as a lowercase genitive complement are recognised by their endings;
/// participles and adjectives in the plural ("zaproszeni", "obecni") are not complements.
fn looks_genitive(w: &str) -> bool {
    w.chars().count() > 3
        && ["a", "u", "i", "y", "ów", "ii", "ji", "ego", "ej"].iter().any(|e| w.ends_with(e))
        && !["ni", "li", "ci", "ły", "ny", "ty", "wy", "ący", "ące", "ych", "ich"].iter().any(|e| w.ends_with(e))
}

/// `places` are the place candidates: a title stops where one starts ("marszałek |
/// województwa dolnośląskiego", "członek zarządu | powiatu polickiego").
pub(crate) fn find(a: &Analysis<'_>, places: &[Candidate]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let n = a.tokens.len();
    let mut place_start = vec![false; n + 1];
    for p in places {
        place_start[p.tok.0] = true;
    }
    let mut i = 0;
    while i < n {
        let t = &a.tokens[i];
        let capital_ok = t.sentence_start || t.line_start;
        if t.kind != TokenKind::Word || (t.is_capitalized() && !capital_ok) {
            i += 1;
            continue;
        }
        let Some((end, readings)) = a.all_of(i, EntryKind::Title).into_iter().find_map(|(end, mut rs)| {
            // Plural functions ("prelegenci", "przedstawiciele") name groups, not a person's role.
            rs.retain(|r| !r.plural);
            // Trim a match that runs into a capitalised name ("dyrektor Departamentu ...").
            let ok =
                (i + 1..end).all(|k| (!a.is_cap_word(k) || capital_allowed_in_title(a.lower(k))) && !place_start[k]);
            (ok && !rs.is_empty()).then_some((end, rs))
        }) else {
            i += 1;
            continue;
        };
        let reading = readings[0];
        let mut lemma = reading.lemma.clone();
        let cases = readings.iter().fold(Cases(0), |m, r| Cases(m.0 | r.cases.0));
        let mut j = end;
        // The lexicon may hold "dyrektor ds." itself; the specialisation follows either way.
        if a.is(j - 1, "ds.") {
            j -= 1;
            lemma.truncate(lemma.trim_end_matches("ds.").trim_end().len());
        }
        // "dyrektor ds. Cyberbezpieczeństwa", "pełnomocnik ds. rozwoju regionalnego"
        if a.is(j, "ds.") && a.tok(j + 1).is_some_and(|t| t.kind == TokenKind::Word) {
            lemma.push_str(" ds. ");
            lemma.push_str(a.lower(j + 1));
            j += 2;
            while a.is_lower_word(j) && !STOP.contains(&a.lower(j)) && looks_genitive(a.lower(j)) {
                lemma.push(' ');
                lemma.push_str(a.lower(j));
                j += 1;
            }
        } else {
            // Lowercase genitive complements: "kierownik sekcji informatyki", "dyrektor szpitala".
            let mut added = 0;
            while added < 3 && a.is_lower_word(j) && !a.breaks_before(j) {
                let w = a.lower(j);
                let starts_other = place_start[j]
                    || a.longest(j, EntryKind::Place).is_some()
                    || a.longest(j, EntryKind::Title).is_some();
                // "koordynator podlaskiego Klastra": the adjective belongs to the name after it.
                let adjective_before_name = (w.ends_with("ego") || w.ends_with("ej")) && a.is_cap_word(j + 1);
                if STOP.contains(&w) || !looks_genitive(w) || starts_other || adjective_before_name {
                    break;
                }
                lemma.push(' ');
                lemma.push_str(w);
                j += 1;
                added += 1;
            }
        }
        let mut c = Candidate::new(a, Label::Title, (i, j), lemma, LEXICON);
        c.lexicon = Some("title");
        c.cases = Some(cases);
        out.push(c);
        i = j;
    }
    out
}

#[cfg(test)]
pub(crate) const EXAMPLES: &[(&str, &[(&str, &str)])] = &[
    ("moderowała Izabela Łokić, zastępca dyrektora Departamentu", &[("zastępca dyrektora", "zastępca dyrektora")]),
    ("przez Marka Kosa, dyrektora szpitala oraz", &[("dyrektora szpitala", "dyrektor szpitala")]),
    (
        "Roberta Kurosza, kierownika sekcji informatyki.",
        &[("kierownika sekcji informatyki", "kierownik sekcji informatyki")],
    ),
    ("a także Robert Król, prezes Zarządu Holo4Med", &[("prezes Zarządu", "prezes zarządu")]),
    (
        "Juliusz Brzostek, dyrektor ds. Cyberbezpieczeństwa Naukowej",
        &[("dyrektor ds. Cyberbezpieczeństwa", "dyrektor ds. cyberbezpieczeństwa")],
    ),
    ("Grzegorz Jakuć, wójt gminy Turośń Kościelna", &[("wójt", "wójt")]),
    ("Anna Nowak, dyrektorka szkoły", &[("dyrektorka szkoły", "dyrektorka szkoły")]),
    ("został marszałkiem województwa dolnośląskiego", &[("marszałkiem", "marszałek")]),
    // Negative: groups in the plural are not a person's function.
    ("Kolejne prezentacje przedstawili prelegenci zaproszeni z instytucji", &[]),
];
