//! Titles: functions and offices ("zastępca dyrektora", "prezes Zarządu", "wójt"), from the
//! title lexicon, extended by their lowercase complements ("kierownik sekcji informatyki") and
//! by "ds." specialisations ("dyrektor ds. Cyberbezpieczeństwa"). A title stops before a named
//! institution or place: "dyrektor | Departamentu IT", "wójt | gminy Turośń Kościelna".

use super::heads;
use super::{Analysis, Candidate};
use crate::entity::Label;
use crate::lexicon::{Cases, EntryKind};
use crate::tokenize::{Shape, TokenKind};

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

/// Endings of a capitalised complement of an office written with capitals ("Minister Zdrowia",
/// "Rzecznik Praw Obywatelskich", "Minister Kultury i Dziedzictwa Narodowego"): genitive nouns
/// and adjectives that foreign surnames do not end in.
const CAPITAL_COMPLEMENT_ENDINGS: &[&str] =
    &["ych", "ej", "ego", "ji", "ii", "ości", "ctwa", "stwa", "ów", "u", "y", "ia", "ania", "enia"];

/// A capitalised word that may continue an office's name: [`names_nothing_else`], no other
/// title starting there, and either a telling ending or an ordinary word the lexicon knows under
/// a capital ("Miasta", "Nauki").
fn capital_complement(a: &Analysis<'_>, k: usize, place_start: &[bool]) -> bool {
    if !names_nothing_else(a, k, place_start, false) || a.longest(k, EntryKind::Title).is_some() {
        return false;
    }
    let w = a.lower(k);
    let known_common = a.lex.get(k).into_iter().flatten().flat_map(|m| a.readings(m)).any(|r| r.common);
    known_common || (w.chars().count() > 3 && CAPITAL_COMPLEMENT_ENDINGS.iter().any(|e| w.ends_with(e)))
}

/// A capitalised word that starts no given name, no place, no institution, and (unless it is
/// inside a title the lexicon holds: "Komendant Miejski", "Zastępca Prezydenta Miasta") no
/// surname that is not also an ordinary word.
fn names_nothing_else(a: &Analysis<'_>, k: usize, place_start: &[bool], in_lexicon_title: bool) -> bool {
    a.is_cap_word(k)
        && !place_start[k]
        && a.tokens[k].shape != Shape::Upper
        && !a.has_single(k, EntryKind::FirstName)
        && (in_lexicon_title || !a.single(k, EntryKind::Surname).any(|r| !r.common))
        && a.longest(k, EntryKind::Institution).is_none()
        && heads::head(a.lower(k)).is_none()
}

/// The end of the capitalised complements from `j` (at most four words, "i" between two of
/// them, or right at `j` when `after_word`: the title already ends in one); a genitive plural
/// without a telling ending counts before an adjective in "-ych" ("Spraw Zagranicznych", "Praw
/// Obywatelskich").
fn capital_complements(a: &Analysis<'_>, mut j: usize, after_word: bool, place_start: &[bool]) -> usize {
    let start = j;
    // An adjective right after the head makes a name of both ("Kuriera Polskiego").
    if !after_word && ["ego", "ej", "ych", "ym", "ymi", "ich", "ie", "ą"].iter().any(|e| a.lower(j).ends_with(e)) {
        return j;
    }
    while j - start < 4 && !a.breaks_before(j) {
        if capital_complement(a, j, place_start) {
            j += 1;
        } else if capital_complement(a, j + 1, place_start)
            && ((a.is_cap_word(j)
                && a.lower(j + 1).ends_with("ych")
                && !place_start[j]
                && !a.has_single(j, EntryKind::FirstName))
                || ((j > start || after_word) && a.is(j, "i")))
        {
            // "Spraw Zagranicznych", or "i" between two complements.
            j += 2;
        } else {
            break;
        }
    }
    j
}

/// Nouns a title takes as a lowercase genitive complement are recognised by their endings;
/// participles and adjectives in the plural ("zaproszeni", "obecni") and verbs in the past tense
/// ("Wiceprzewodniczącą została") are not complements.
fn looks_genitive(w: &str) -> bool {
    w.chars().count() > 3
        && ["a", "u", "i", "y", "ów", "ii", "ji", "ego", "ej"].iter().any(|e| w.ends_with(e))
        && !["ni", "li", "ci", "ły", "ny", "ty", "wy", "ący", "ące", "ych", "ich", "ała", "iła", "yła", "ęła"]
            .iter()
            .any(|e| w.ends_with(e))
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
        if t.kind != TokenKind::Word || t.shape == Shape::Upper || (t.is_capitalized() && place_start[i]) {
            i += 1;
            continue;
        }
        // Offices are written with capitals in official style ("Prezydent Miasta", "Minister
        // Zdrowia"); such a title then takes capitalised complements.
        let capital = t.is_capitalized();
        let capital_mid = capital && !(t.sentence_start || t.line_start);
        let Some((end, readings)) = a.all_of(i, EntryKind::Title).into_iter().find_map(|(end, mut rs)| {
            // Plural functions ("prelegenci", "przedstawiciele") name groups, not a person's role.
            rs.retain(|r| !r.plural);
            // Trim a match that runs into a capitalised name ("dyrektor Departamentu ...").
            let ok = (i + 1..end).all(|k| {
                let cap_ok =
                    capital_allowed_in_title(a.lower(k)) || (capital && names_nothing_else(a, k, &place_start, true));
                (!a.is_cap_word(k) || cap_ok) && !place_start[k]
            });
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
        } else if capital && (i..j).all(|k| a.is_cap_word(k)) && (a.is_cap_word(j) || a.is(j, "i")) {
            // Only a title written in capitals throughout takes capitalised complements: after
            // "Dyrektor generalny" a capitalised word is a name ("Lasów Państwowych").
            let mut k = capital_complements(a, j, j > i + 1, &place_start);
            // At a sentence start the head's capital says nothing about style, and a capitalised
            // word after it is as often a name ("Adwokat Asii Bibi"): complements then need a
            // person named after them, or two words.
            if !capital_mid && k == j + 1 && !a.has_single(k, EntryKind::FirstName) {
                k = j;
            }
            for w in j..k {
                lemma.push(' ');
                lemma.push_str(a.lower(w));
            }
            j = k;
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
            // A lone adjective agreeing with an inflected head is the title's own: "profesora
            // zwyczajnego" → "profesor zwyczajny", "wojewody łódzkiego" → "wojewoda łódzki"
            // (before a noun it would be that noun's: "kierownika wiejskiego sklepu").
            let oblique = Cases(cases.0 & !Cases::NOM.0);
            if added == 1 && oblique.0 != 0 {
                let w = a.lower(j - 1);
                if let Some(nom) = reading.gender.and_then(|g| heads::adjective_nominative(w, g, oblique)) {
                    lemma.truncate(lemma.len() - w.len());
                    lemma.push_str(&nom);
                }
            }
        }
        // An office the lexicon knows as an institution is the institution, unless a person
        // holding it is named ("z wniosku Rzecznika Praw Obywatelskich").
        if capital
            && j > i + 1
            && a.longest(i, EntryKind::Institution).is_some_and(|(e, _)| e >= j)
            && !a.has_single(j, EntryKind::FirstName)
        {
            i += 1;
            continue;
        }
        // A capitalised title word mid-sentence is as often a name ("Kurier Lubelski", "Jan
        // Starosta") and needs more than itself: a complement, a place, an institution or a
        // given name after it ("Minister Zdrowia", "Starosta Powiatu", "Prezes Jan Nowak"),
        // and no given name before it.
        if capital_mid {
            let evidence = j > end
                || j > i + 1
                || place_start[j]
                || a.has_single(j, EntryKind::FirstName)
                || a.longest(j, EntryKind::Institution).is_some();
            let after_name = i > 0 && a.has_single(i - 1, EntryKind::FirstName) && a.is_cap_word(i - 1);
            if after_name || !evidence {
                i += 1;
                continue;
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
    ("tytuł profesora zwyczajnego otrzymał", &[("profesora zwyczajnego", "profesor zwyczajny")]),
    ("Wiceprzewodniczącą została Katarzyna Jamróz.", &[("Wiceprzewodniczącą", "wiceprzewodnicząca")]),
    ("decyzją wojewody łódzkiego z 2005 r.", &[("wojewody łódzkiego", "wojewoda łódzki")]),
    ("rozmowa z kierownikiem wiejskiego sklepu", &[("kierownikiem wiejskiego sklepu", "kierownik wiejskiego sklepu")]),
    // Offices written with capitals take their capitalised complements.
    ("Wczoraj Minister Zdrowia Adam Niedzielski zapowiedział", &[("Minister Zdrowia", "minister zdrowia")]),
    (
        "Minister Spraw Zagranicznych Anna Fotyga uważa",
        &[("Minister Spraw Zagranicznych", "minister spraw zagranicznych")],
    ),
    (
        "spotkał się z Ministrem Edukacji i Nauki Przemysławem Czarnkiem",
        &[("Ministrem Edukacji i Nauki", "minister edukacji i nauki")],
    ),
    (
        "przyszła Zastępca Prezydenta Miasta Lidia Wilniewczyc",
        &[("Zastępca Prezydenta Miasta", "zastępca prezydenta miasta")],
    ),
    ("Wczoraj Prezydent Miasta Bydgoszczy Rafał Bruski", &[("Prezydent Miasta", "prezydent miasta")]),
    ("Orzekała Sędzia Anna Wesołowska.", &[("Sędzia", "sędzia")]),
    ("apeluje Komendant Miejski Policji w Kielcach", &[("Komendant Miejski", "komendant miejski")]),
    ("Dyrektor generalny Lasów Państwowych Józef Kubica", &[("Dyrektor generalny", "dyrektor generalny")]),
    // Negative: groups in the plural are not a person's function.
    ("Kolejne prezentacje przedstawili prelegenci zaproszeni z instytucji", &[]),
    // Negative: a capitalised title word mid-sentence without a complement, a place or a name
    // after it, or after a given name, or starting a place, is a name.
    ("na prośbę Burmistrza dostarczono worki", &[]),
    ("Wczoraj Jan Starosta przyszedł", &[]),
    ("artykuł z Kuriera Polskiego z 1831 roku", &[]),
    ("Na ulicach Sokolnik potrzebna jest policja", &[]),
    // Negative: an office the lexicon holds as an institution, with no holder named.
    ("sprawy z wniosku Rzecznika Praw Obywatelskich, z udziałem", &[]),
    // Negative: at a sentence start one capitalised word after the head is a name.
    ("Adwokat Asii Bibi, w obawie o życie", &[("Adwokat", "adwokat")]),
];
