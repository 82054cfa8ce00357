//! Institutions: lexicon names, and names built on a head noun ("urząd", "departament",
//! "centrum" ...) with its capitalised adjectives and genitive complements, units with their
//! parent ("Departament IT Urzędu Marszałkowskiego", the parent nested), names in quotes after
//! a head, companies with a legal form ("sp. z o.o."), and acronyms: defined in parentheses
//! ("... Województwa Podlaskiego (UMWP)") for the rest of the text, or known from the lexicon.
//!
//! Base form: the head in the nominative with the adjectives that agree with it, the rest as
//! written ("Urzędu Marszałkowskiego Województwa Podlaskiego" → "Urząd Marszałkowski
//! Województwa Podlaskiego").

use super::heads::{adjective_nominative, head, is_adjective_form, Head};
use super::{closes_quote, is_roman, opens_quote, Analysis, Candidate};
use crate::entity::Label;
use crate::lemma::restore_case;
use crate::lexicon::{Cases, EntryKind};
use crate::tokenize::{Gap, Shape, TokenKind};
use std::collections::HashMap;

pub(crate) const LEXICON: &str = "institution/lexicon";
pub(crate) const HEAD: &str = "institution/head-complements";
pub(crate) const PARENT: &str = "institution/parent-unit";
pub(crate) const ACRONYM_DEFINED: &str = "institution/acronym-defined";
pub(crate) const ACRONYM_LEXICON: &str = "institution/acronym-lexicon";
pub(crate) const LEGAL_FORM: &str = "institution/legal-form";
pub(crate) const AFTER_BOARD_TITLE: &str = "institution/after-board-title";
pub(crate) const AFTER_ORG_TYPE: &str = "institution/after-type-noun";
pub(crate) const CLUB_CITY: &str = "institution/club-city";
pub(crate) const COUNTRY_SUFFIX: &str = "institution/company-country";
pub(crate) const TYPE_ACRONYM: &str = "institution/type-acronym-number";
pub(crate) const BUSINESS_FORM: &str = "institution/business-form-acronym";

/// Units of an office: a town after them is where the office is. Not "zespół": a capitalised
/// "Zespół" is mostly a whole institution ("Zespół Szkół Ogrodniczych w Ostrowie", "Zespół Opieki
/// Zdrowotnej w Kole"), and a team inside an office is written "zespół ds. …".
const UNITS: &[&str] = &["departament", "wydział", "biuro", "referat", "sekcja", "katedra", "dyrekcja"];

/// Heads whose name takes any "w <place>" after it, a country too ("Szpital ... w Sandomierzu",
/// "Sąd Rejonowy w X", "Ambasada ... w Polsce"); other heads take a town or region only.
const LOCATED: &[&str] = &[
    "szpital",
    "sąd",
    "urząd",
    "starostwo",
    "komenda",
    "prokuratura",
    "uniwersytet",
    "politechnika",
    "akademia",
    "szkoła",
    "liceum",
    "technikum",
    "muzeum",
    "teatr",
    "filharmonia",
    "biblioteka",
    "ośrodek",
    "inspektorat",
    "zakład",
    "izba",
    "klinika",
    "uczelnia",
    "oddział",
    "delegatura",
    "instytut",
    "centrum",
    "bank",
    "parafia",
    "kuria",
    "przedszkole",
    "gimnazjum",
];

const LEGAL_FORMS: &[&str] = &["sp. z o.o.", "s.a.", "sp.j.", "sp.k.", "sa"];

fn is_upper(a: &Analysis<'_>, i: usize) -> bool {
    a.tok(i).is_some_and(|t| t.shape == Shape::Upper && t.kind == TokenKind::Word)
}

pub(crate) fn find(
    a: &Analysis<'_>,
    places: &[Candidate],
    titles: &[Candidate],
    persons: &[Candidate],
) -> Vec<Candidate> {
    let mut out = Vec::new();
    let acronyms = defined_acronyms(a);
    let place_at: HashMap<usize, &Candidate> = places.iter().map(|p| (p.tok.0, p)).collect();
    // A full name ends an institution's name: "Ministerstwa Spraw Wewnętrznych Marek Biernacki".
    let person_at: HashMap<usize, &Candidate> =
        persons.iter().filter(|p| p.person.as_ref().is_some_and(|n| n.given.is_some())).map(|p| (p.tok.0, p)).collect();
    let n = a.tokens.len();
    // "prezes Zarządu", "członek Zarządu": the board inside a title is not an institution.
    let mut title_mask = vec![false; n];
    for t in titles {
        title_mask[t.tok.0..t.tok.1.min(n)].iter_mut().for_each(|x| *x = true);
    }
    let in_title = |i: usize| title_mask[i];
    for i in 0..n {
        if in_title(i) {
            continue;
        }
        if let Some(c) = lexicon_name(a, i) {
            out.push(c);
        }
        if let Some(h) = head_at(a, i) {
            head_rule(a, i, h, &acronyms, &place_at, &person_at, &mut out);
        }
        if let Some(c) = after_org_type(a, i, &person_at) {
            out.push(c);
        }
        if let Some(c) = country_suffix(a, i) {
            out.push(c);
        }
        if let Some(c) = club_city(a, i) {
            // The club's town is a place inside its name, a village too ("LKS Bałucz").
            if let Some(town) = club_town(a, c.tok.0 + 1, c.tok.1) {
                out.push(town);
            }
            out.push(c);
        }
        if let Some(c) = legal_form(a, i, &title_mask) {
            out.push(c);
        }
        if let Some(c) = type_acronym(a, i, &place_at) {
            out.push(c);
        }
        if let Some(c) = business_form(a, i) {
            out.push(c);
        }
        if let Some(c) = super::speaker::run_together_office(a, i) {
            out.push(c);
        }
    }
    after_board_title(a, titles, &mut out);
    acronym_uses(a, &mut out, &acronyms);
    for c in &mut out {
        with_quotes(a, c);
    }
    out
}

/// A name written in quotes is annotated with them: "„Gazety Krakowskiej”", "\"Super
/// Expressu\"" (the base form leaves them out).
fn with_quotes(a: &Analysis<'_>, c: &mut Candidate) {
    let (s, e) = c.tok;
    let Some(before) = s.checked_sub(1) else { return };
    let opens = opens_quote(a.tokens[before].text);
    let closes = a.tok(e).is_some_and(|t| closes_quote(t.text) && t.gap == Gap::None);
    if opens && closes && a.tokens[s].gap == Gap::None {
        c.tok = (before, e + 1);
        c.span = a.span_of(before, e + 1);
    }
}

fn head_at(a: &Analysis<'_>, i: usize) -> Option<Head> {
    let t = a.tok(i)?;
    if t.kind != TokenKind::Word || t.shape != Shape::Capitalized {
        return None;
    }
    head(a.lower(i))
}

fn lexicon_name(a: &Analysis<'_>, i: usize) -> Option<Candidate> {
    if !a.is_cap_word(i) {
        return None;
    }
    let (end, readings) = a.longest(i, EntryKind::Institution)?;
    // The lexicon folds case, so "PiS" (Prawo i Sprawiedliwość) and "PIS" (Państwowa Inspekcja
    // Sanitarna) share a key: the expansion whose initials are written as the text is meant.
    let written = a.tokens[i].text;
    let r = readings
        .iter()
        .find(|r| end == i + 1 && r.attr("expands").is_some_and(|e| initials(e) == written))
        .unwrap_or(&readings[0]);
    // An acronym is written in capitals ("PO" is a party, "Po" a preposition; "PiS", "MSWiA"
    // have two capitals or more). A short name written as a word ("Legia", "Pekao") needs a
    // capital that is not just the start of a sentence.
    let capitals = a.tokens[i].text.chars().filter(|c| c.is_uppercase()).count();
    if end == i + 1 && !is_upper(a, i) && capitals < 2 {
        let acronym = r.attr("expands").is_some();
        let len = a.tokens[i].text.chars().count();
        let opening = a.tokens[i].sentence_start || a.tokens[i].line_start;
        if acronym || len <= 2 || (len <= 5 && opening) {
            return None;
        }
    }
    // Lower-case words inside are fine ("Ministerstwo Spraw Zagranicznych", "Fundusz Narodów
    // Zjednoczonych na rzecz Dzieci"), but the name must end with a capitalised word: a phrase
    // in lower case after a capital ("Urząd miasta") is not the official name.
    if end > i + 1 && a.tok(end - 1).is_some_and(|t| t.shape == Shape::Lower) {
        return None;
    }

    let surface = a.slice(i, end);
    let lemma = restore_case(surface, &r.lemma);
    let single_upper = end == i + 1 && capitals >= 2;
    let mut c =
        Candidate::new(a, Label::Institution, (i, end), lemma, if single_upper { ACRONYM_LEXICON } else { LEXICON });
    c.lexicon = Some("institution");
    c.expansion = r.attr("expands").map(str::to_owned);
    c.weight = 3;
    Some(c)
}

/// The initials of an expansion with their case ("Prawo i Sprawiedliwość" → "PiS").
fn initials(expansion: &str) -> String {
    expansion.split([' ', '-']).filter_map(|w| w.chars().next()).collect()
}

/// Acronyms defined in the text: an upper-case word in parentheses right after a name.
fn defined_acronyms(a: &Analysis<'_>) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    for i in 1..a.tokens.len().saturating_sub(2) {
        if a.is(i, "(") && is_upper(a, i + 1) && a.is(i + 2, ")") && a.is_cap_word(i - 1) {
            out.entry(a.tokens[i + 1].text.to_owned()).or_insert(i + 1);
        }
    }
    out
}

fn head_rule(
    a: &Analysis<'_>,
    i: usize,
    h: Head,
    acronyms: &HashMap<String, usize>,
    place_at: &HashMap<usize, &Candidate>,
    person_at: &HashMap<usize, &Candidate>,
    out: &mut Vec<Candidate>,
) {
    // Capitalised adjectives before the head agree with it: "Lubelskiego Centrum",
    // "Naukowej i Akademickiej Sieci".
    let mut start = i;
    loop {
        let k = start;
        if k >= 1 && a.is_cap_word(k - 1) && !a.breaks_before(k) && is_adjective_form(a.lower(k - 1), h.gender, h.cases)
        {
            start -= 1;
            continue;
        }
        if k >= 3
            && a.is(k - 1, "i")
            && a.is_cap_word(k - 2)
            && start < i
            && is_adjective_form(a.lower(k - 2), h.gender, h.cases)
        {
            start -= 2;
            continue;
        }
        break;
    }
    // "V Liceum Ogólnokształcące", "III Oddział": an ordinal numeral in Roman figures.
    if start == i && i > 0 && is_roman(a.tokens[i - 1].text) && !a.breaks_before(i) {
        start = i - 1;
    }
    let mut j = i + 1;
    let mut parent: Option<usize> = None;
    let mut end = j;
    let n = a.tokens.len();
    while j < n {
        let t = &a.tokens[j];
        // A name broken by a paragraph break continues when nothing closed the sentence, the
        // paragraph before is running text (not a heading) and the name goes on after it.
        if t.gap == Gap::Paragraph && !continues_across_break(a, j) {
            break;
        }
        if person_at.contains_key(&j) {
            break;
        }
        if t.kind == TokenKind::Word && t.is_capitalized() {
            if t.shape == Shape::Upper && acronyms.contains_key(t.text) {
                break; // "Departamentu ... UMWP": the acronym is an institution of its own
            }
            // A known acronym after a unit names its parent: "Śląski Oddział NFZ",
            // "Instytutu Państwa i Prawa PAN" (an acronym defined in this text stands alone).
            if let Some(h2) = head_at(a, j) {
                if !h2.cases.meets(Cases::GEN) {
                    break; // a new institution in the nominative: "Departamentu Innowacji Ministerstwo Zdrowia"
                }
                parent.get_or_insert(j);
            }
            j += 1;
            end = j;
            continue;
        }
        let next_cap = a.is_cap_word(j + 1) && head_at(a, j + 1).is_none();
        match t.text {
            // "Innowacji i Technologii", but not "Bank Zachodni WBK i Polski Związek Tenisowy":
            // a new head after the "i" starts a second name.
            "i" if next_cap && end > i + 1 && !head_follows(a, j + 1) => j += 1,
            // "Instytut Badań nad Gospodarką Rynkową", "Komisja do Spraw Konsumentów",
            // "Porozumienie bez Barier": a preposition inside the name, a capital after it.
            "nad" | "do" | "bez" | "dla" | "przeciw" | "wobec"
                if next_cap && !place_at.contains_key(&(j + 1)) && !a.tokens[j + 1].sentence_start =>
            {
                j += 1
            }
            "na" if a.is(j + 1, "rzecz") && a.is_cap_word(j + 2) && !place_at.contains_key(&(j + 2)) => j += 2,
            "ds." if a.tok(j + 1).is_some_and(|t| t.kind == TokenKind::Word) => {
                j += 2;
                end = j;
            }
            // The patron: "im. Jana Pawła II", "im. C. K. Norwida", "im. 23 Lutego".
            "im." if a.tok(j + 1).is_some_and(|t| t.is_capitalized() || t.kind == TokenKind::Number) => {
                j += 1;
                while a
                    .tok(j)
                    .is_some_and(|t| (t.kind == TokenKind::Abbrev && t.text.len() <= 3) || t.kind == TokenKind::Number)
                {
                    j += 1;
                    end = j;
                }
            }
            "nr" | "nr." if a.tok(j + 1).is_some_and(|t| t.kind == TokenKind::Number) => {
                j += 2;
                end = j;
            }
            "„" | "\"" => {
                let close = a.closing_quote(j + 1, 11);
                match close {
                    Some(k) if k > j + 1 && a.is_cap_word(j + 1) && k - j <= 7 => {
                        j = k + 1;
                        end = j;
                    }
                    _ => break,
                }
                break;
            }
            "w" | "we" => {
                // "Rady Gminy w Kęsowie", "Zespołu Szkół w Łasku": a town names the local body;
                // a country seldom belongs to the name ("Związku Zawodowego Górników w Polsce").
                // A unit inside an office takes no town: it is the office's ("Departamentu
                // Rozwoju Regionalnego w Białymstoku" is the department of the office there).
                let local = |p: &&&Candidate| {
                    LOCATED.contains(&h.lemma)
                        || !UNITS.contains(&h.lemma)
                            && p.place.as_ref().is_none_or(|info| info.kind.as_deref() != Some("country"))
                };
                if let Some(p) = place_at.get(&(j + 1)).filter(local) {
                    j = p.tok.1;
                    end = j;
                }
                break;
            }
            _ => {
                if t.kind == TokenKind::Abbrev && LEGAL_FORMS.contains(&a.lower(j)) {
                    end = j + 1;
                }
                break;
            }
        }
    }
    let has_complement = end > i + 1 || start < i;
    if !has_complement && !h.standalone || has_complement && super::heads::STANDALONE_ONLY.contains(&h.lemma) {
        return;
    }
    // Alone, the head must be written with a capital mid-sentence: "Rada uchwaliła" opens a
    // sentence with any noun.
    if !has_complement
        && (a.tokens[i].sentence_start || a.tokens[i].line_start)
        && !matches!(h.lemma, "sejm" | "senat" | "komisja" | "unia" | "wspólnota")
    {
        return;
    }
    let lemma = head_lemma(a, start, i, end, h);
    let mut c = Candidate::new(a, Label::Institution, (start, end), lemma, HEAD);
    c.weight = 2;
    out.push(c);
    if let (Some(p), Some(ph)) = (parent, parent.and_then(|p| head_at(a, p))) {
        if p < end && p > i {
            let lemma = head_lemma(a, p, p, end, ph);
            let mut c = Candidate::new(a, Label::Institution, (p, end), lemma, PARENT);
            c.weight = 2;
            out.push(c);
        }
    }
}

/// Across a paragraph break: the paragraph before is running text (eight tokens or more, no
/// closing punctuation) and two capitalised words follow ("Urzędu Marszałkowskiego\n\n
/// Województwa Świętokrzyskiego przedstawił"), unlike a heading followed by a sentence.
fn continues_across_break(a: &Analysis<'_>, j: usize) -> bool {
    let prev = &a.tokens[j - 1];
    if prev.kind != TokenKind::Word {
        return false;
    }
    let para_start = (0..j).rev().find(|&k| a.tokens[k].gap == Gap::Paragraph).unwrap_or(0);
    j - para_start >= 8 && a.is_cap_word(j) && a.is_cap_word(j + 1) && !a.breaks_before(j + 1)
}

/// A head noun among the next capitalised words.
fn head_follows(a: &Analysis<'_>, from: usize) -> bool {
    (from..from + 3).take_while(|&k| a.is_cap_word(k)).any(|k| head_at(a, k).is_some())
}

/// The base form: adjectives before the head, the head and the adjectives right after it in
/// the nominative; everything after the first non-agreeing word as written.
fn head_lemma(a: &Analysis<'_>, start: usize, i: usize, end: usize, h: Head) -> String {
    let surface = a.squashed(start, end);
    let head_lower = a.lower(i);
    // An indeclinable head ("Centrum", "Muzeum") takes its case from the adjectives around it
    // ("Lubelskiego Centrum", "Muzeum Narodowego w Kielcach"); one after it that a capitalised
    // word follows may agree with that word instead ("Forum Obywatelskiego Rozwoju").
    let oblique_adjective = |k: usize| {
        adjective_nominative(a.lower(k), h.gender, Cases(h.cases.0 & !Cases::NOM.0)).is_some_and(|n| n != a.lower(k))
    };
    let before_oblique = start < i && oblique_adjective(start);
    let after_oblique =
        i + 1 < end && a.is_cap_word(i + 1) && !(i + 2 < end && a.is_cap_word(i + 2)) && oblique_adjective(i + 1);
    if h.cases.has_nom() && head_lower == h.lemma && !before_oblique && !after_oblique {
        return surface;
    }
    let oblique = Cases(h.cases.0 & !Cases::NOM.0);
    let mut words: Vec<String> = Vec::new();
    for k in start..i {
        let w = a.lower(k);
        let nom = adjective_nominative(w, h.gender, oblique).unwrap_or_else(|| w.to_owned());
        words.push(restore_case(a.tokens[k].text, &nom));
    }
    words.push(restore_case(a.tokens[i].text, h.lemma));
    let mut k = i + 1;
    while k < end {
        let w = a.lower(k);
        match adjective_nominative(w, h.gender, oblique) {
            Some(nom) if a.is_cap_word(k) => words.push(restore_case(a.tokens[k].text, &nom)),
            _ => break,
        }
        k += 1;
    }
    let mut lemma = words.join(" ");
    if k < end {
        lemma.push(' ');
        lemma.push_str(&a.squashed(k, end));
    }
    lemma
}

/// "firmy Elektroland", "klubu Legia Warszawa", "dziennika „Rzeczpospolita”": the name after a
/// lower-case organisation type noun (the noun itself is not part of the name).
fn after_org_type(a: &Analysis<'_>, i: usize, person_at: &HashMap<usize, &Candidate>) -> Option<Candidate> {
    if i == 0 || !a.is_lower_word(i - 1) || !super::heads::is_org_type(a.lower(i - 1)) || a.breaks_before(i) {
        return None;
    }
    if person_at.contains_key(&i) {
        return None;
    }
    // A quoted name, with its quotes.
    if a.is(i, "„") || a.is(i, "\"") {
        let close = a.closing_quote(i + 1, 9)?;
        if close == i + 1 || !a.is_cap_word(i + 1) {
            return None;
        }
        let surface = a.squashed(i, close + 1);
        let mut c = Candidate::new(a, Label::Institution, (i, close + 1), surface, AFTER_ORG_TYPE);
        c.weight = 2;
        return Some(c);
    }
    // "w grupie A": a letter is no name.
    if !a.is_cap_word(i) || a.has_single(i, EntryKind::FirstName) || a.tokens[i].text.chars().count() < 2 {
        return None;
    }
    let mut end = i + 1;
    while end < i + 4 && a.is_cap_word(end) && !a.breaks_before(end) && !person_at.contains_key(&end) {
        end += 1;
    }
    // A town, region or country alone after the noun is left to the place rule ("stacji
    // Kraków"); a name that is also a river, a mountain or a village is the organisation's
    // ("spółki Giewont", "browaru Tatra").
    let big_place = a.single(i, EntryKind::Place).any(|r| {
        matches!(r.sub, Some("country" | "voivodeship" | "voivodeship_noun" | "continent" | "region" | "city"))
    });
    if end == i + 1 && big_place {
        return None;
    }
    let surface = a.squashed(i, end);
    let mut c = Candidate::new(a, Label::Institution, (i, end), surface, AFTER_ORG_TYPE);
    // Above a river's, a mountain's or a village's reading of the same word, below a town's.
    c.weight = 5;
    Some(c)
}

/// Sports clubs are named "<name> <city>", the city in the nominative whatever the case of the
/// name: "GKS Katowice", "Anwilem Włocławek", "Lecha Poznań", "Piasta Nowa Ruda".
fn club_city(a: &Analysis<'_>, i: usize) -> Option<Candidate> {
    let t = a.tok(i)?;
    let name_ok = t.kind == TokenKind::Word
        && t.is_capitalized()
        && t.text.chars().count() >= 2
        && head_at(a, i).is_none()
        && !a.single(i, EntryKind::Place).any(|r| !r.is_minor_place())
        && !a.has_single(i, EntryKind::Title);
    let prev_in_name = i > 0 && a.is_cap_word(i - 1) && !a.tokens[i - 1].sentence_start;
    if !name_ok || a.breaks_before(i + 1) || prev_in_name {
        return None;
    }
    // At a sentence start the first word must itself be a name ("Lech", "GKS"), not "Wcześniej".
    let named = t.shape == Shape::Upper || a.has_single(i, EntryKind::FirstName) || a.has_single(i, EntryKind::Surname);
    if t.sentence_start && !named {
        return None;
    }
    let (end, readings) = a.longest(i + 1, EntryKind::Place)?;
    // The town is written with capitals ("Droga do mostu" is no club of a village "Do").
    if !(i + 1..end).all(|k| a.is_cap_word(k)) {
        return None;
    }
    // Polish towns: a foreign city after a capitalised word is mostly a longer place or a
    // person's name ("New Delhi", "Philip Hammond").
    let city = readings.iter().any(|r| r.sub == Some("city") && r.cases.has_nom() && !r.common);
    // Village clubs ("LKS Mierzyn", "Kmita Zabierzów"): the name must not be a given name, or
    // "Jan Kos" would be a club from the village of Kos.
    let village = readings.iter().any(|r| r.is_minor_place() && r.cases.has_nom() && !r.common)
        && !a.has_single(i, EntryKind::FirstName)
        && !a.has_single(i + 1, EntryKind::Surname)
        && !t.sentence_start;
    let city = city || village;
    // The city must be written in the nominative: "Lecha Poznań", not "Lecha z Poznania".
    let nominative = readings.iter().all(|r| r.cases.has_nom());
    if !city || !nominative || a.is_cap_word(end) {
        return None;
    }
    // A first name with a city is a club only when the name is not also followed by a surname
    // reading of the "city" ("Jan Kraków" is rare; "Lech Poznań" the club).
    if a.single(i + 1, EntryKind::Surname).any(|r| r.freq >= 10) {
        return None;
    }
    let surface = a.squashed(i, end);
    let head = a.lower(i);
    let lemma = if t.shape == Shape::Upper { surface.clone() } else { club_lemma(a, i, head, end) };
    let mut c = Candidate::new(a, Label::Institution, (i, end), lemma, CLUB_CITY);
    c.weight = 4;
    Some(c)
}

fn club_town(a: &Analysis<'_>, start: usize, end: usize) -> Option<Candidate> {
    let (e, readings) = a.longest(start, EntryKind::Place)?;
    if e != end {
        return None;
    }
    let r = readings.iter().find(|r| r.cases.has_nom())?;
    let lemma = restore_case(a.slice(start, end), &r.lemma);
    let mut c = Candidate::new(a, Label::Place, (start, end), lemma, crate::rules::place::LEXICON);
    c.lexicon = Some("place");
    c.place =
        Some(crate::entity::PlaceInfo { kind: r.sub.map(str::to_owned), teryt: r.attr("teryt").map(str::to_owned) });
    Some(c)
}

/// The club's name in the nominative where the lexicon knows it as a first name or surname
/// ("Lecha" → "Lech"), the city as written.
fn club_lemma(a: &Analysis<'_>, i: usize, head: &str, end: usize) -> String {
    let nom = a
        .single(i, EntryKind::FirstName)
        .chain(a.single(i, EntryKind::Surname))
        .find(|r| !r.cases.has_nom() && r.lemma != head)
        .map(|r| restore_case(a.tokens[i].text, &r.lemma))
        .unwrap_or_else(|| a.tokens[i].text.to_owned());
    format!("{nom} {}", a.squashed(i + 1, end))
}

/// "Philips Polska", "Telekomunikacja Polska": a company name with the country it trades in.
fn country_suffix(a: &Analysis<'_>, i: usize) -> Option<Candidate> {
    if !a.is(i + 1, "Polska") || !a.is_cap_word(i) || a.tokens[i].sentence_start || a.breaks_before(i + 1) {
        return None;
    }
    if a.has_single(i, EntryKind::Place) || a.has_single(i, EntryKind::FirstName) || head_at(a, i).is_some() {
        return None;
    }
    // "Rzeczpospolita Polska", "Wielka Polska" are the country itself, not companies.
    if is_adjective_form(a.lower(i), crate::lexicon::Gram::F, Cases::NOM) || a.lower(i) == "rzeczpospolita" {
        return None;
    }
    let surface = a.squashed(i, i + 2);
    let mut c = Candidate::new(a, Label::Institution, (i, i + 2), surface, COUNTRY_SUFFIX);
    c.weight = 2;
    Some(c)
}

/// Acronyms of a kind of school or clinic, with what they stand for: on their own they name
/// the kind, not one institution.
const TYPE_ACRONYMS: &[(&str, &str)] = &[
    ("SP", "Szkoła Podstawowa"),
    ("LO", "Liceum Ogólnokształcące"),
    ("ZS", "Zespół Szkół"),
    ("ZSO", "Zespół Szkół Ogólnokształcących"),
    ("ZSZ", "Zespół Szkół Zawodowych"),
    ("ZSP", "Zespół Szkół Ponadgimnazjalnych"),
    ("ZST", "Zespół Szkół Technicznych"),
    ("ZSE", "Zespół Szkół Ekonomicznych"),
    ("PG", "Publiczne Gimnazjum"),
    ("SOSW", "Specjalny Ośrodek Szkolno-Wychowawczy"),
];

/// One school or clinic named by the acronym of its kind and what sets it apart: a number
/// ("SP nr 8", "ZSO nr 1"), an ordinal ("II LO"), a patron ("LO im. Bolesława Prusa") or its
/// town ("SP w Bulowicach", "SP ZOZ w Mińsku Mazowieckim").
fn type_acronym(a: &Analysis<'_>, i: usize, place_at: &HashMap<usize, &Candidate>) -> Option<Candidate> {
    let t = a.tok(i)?;
    let &(_, expansion) = TYPE_ACRONYMS.iter().find(|(acr, _)| *acr == t.text)?;
    let start = if i > 0 && is_roman(a.tokens[i - 1].text) && !a.breaks_before(i) { i - 1 } else { i };
    // "SP ZOZ": the public clinic.
    let zoz = t.text == "SP" && a.is(i + 1, "ZOZ");
    let acronym_end = if zoz { i + 2 } else { i + 1 };
    let mut j = acronym_end;
    let mut distinct = start < i;
    if matches!(a.tok(j).map(|t| t.text), Some("nr" | "nr."))
        && a.tok(j + 1).is_some_and(|t| t.kind == TokenKind::Number)
    {
        j += 2;
        distinct = true;
    }
    if a.is(j, "im.") && a.is_cap_word(j + 1) {
        j += 2;
        while a.is_cap_word(j) || a.tok(j).is_some_and(|t| t.kind == TokenKind::Abbrev && t.text.len() <= 3) {
            j += 1;
        }
        distinct = true;
    }
    if matches!(a.tok(j).map(|t| t.text), Some("w" | "we")) {
        if let Some(p) = place_at.get(&(j + 1)) {
            j = p.tok.1;
            distinct = true;
        }
    }
    if !distinct || (start + 1..j).any(|k| a.breaks_before(k)) {
        return None;
    }
    let surface = a.squashed(start, j);
    let mut c = Candidate::new(a, Label::Institution, (start, j), surface, TYPE_ACRONYM);
    let mut words = Vec::new();
    if start < i {
        words.push(a.tokens[start].text.to_owned());
    }
    words.push(if zoz { "Samodzielny Publiczny Zakład Opieki Zdrowotnej".to_owned() } else { expansion.to_owned() });
    if j > acronym_end {
        words.push(a.squashed(acronym_end, j));
    }
    c.expansion = Some(words.join(" "));
    c.weight = 3;
    Some(c)
}

/// Polish business-form acronyms written before a firm's name: "PPHU Indeco", "PUH Elpad",
/// "FHU Anmar" (Przedsiębiorstwo Produkcyjno-Handlowo-Usługowe, Firma Handlowo-Usługowa ...).
const BUSINESS_FORMS: &[&str] = &[
    "PPHU", "PPUH", "PHPU", "PHU", "FHU", "FPHU", "FHPU", "PPH", "PUH", "PUPH", "PPU", "PHP", "ZPHU", "ZPH", "ZUH",
    "PW", "PH", "FH", "PPHiU", "PHUP", "P.P.H.U.",
];

fn business_form(a: &Analysis<'_>, i: usize) -> Option<Candidate> {
    let t = a.tok(i)?;
    if !BUSINESS_FORMS.contains(&t.text) || a.breaks_before(i + 1) {
        return None;
    }
    let mut j = i + 1;
    if a.is(j, "„") || a.is(j, "\"") {
        let close = a.closing_quote(j + 1, 7)?;
        j = close + 1;
    } else {
        while j < i + 4 && !a.breaks_before(j) && (a.is_cap_word(j) || is_upper(a, j)) {
            j += 1;
        }
    }
    if j == i + 1 {
        return None;
    }
    let surface = a.squashed(i, j);
    let mut c = Candidate::new(a, Label::Institution, (i, j), surface, BUSINESS_FORM);
    c.weight = 3;
    Some(c)
}

/// "Holo4Med sp. z o.o.", "Orlen S.A.": capitalised words before a legal form, not reaching into
/// a title (`in_title`: "Prezes Zarządu | Work Service S.A.").
fn legal_form(a: &Analysis<'_>, i: usize, in_title: &[bool]) -> Option<Candidate> {
    let t = a.tok(i)?;
    if !LEGAL_FORMS.contains(&a.lower(i)) || (t.text == "SA" && t.gap == Gap::None) || i == 0 {
        return None;
    }
    let mut s = i;
    while s > 0 && i - s < 4 && a.is_cap_word(s - 1) && !a.breaks_before(s) && !in_title[s - 1] {
        s -= 1;
    }
    if s == i {
        return None;
    }
    let surface = a.squashed(s, i + 1);
    let mut c = Candidate::new(a, Label::Institution, (s, i + 1), surface, LEGAL_FORM);
    c.weight = 2;
    Some(c)
}

/// "prezes Zarządu Holo4Med": after a board title, an unknown capitalised word is the company.
fn after_board_title(a: &Analysis<'_>, titles: &[Candidate], out: &mut Vec<Candidate>) {
    for t in titles {
        let j = t.tok.1;
        let board = t.lemma.ends_with("zarządu") || t.lemma.ends_with("rady nadzorczej");
        let unknown = a.lex.get(j).is_some_and(|m| m.is_empty());
        if board && unknown && a.is_cap_word(j) && !a.breaks_before(j) && head_at(a, j).is_none() {
            let mut e = j + 1;
            while e < j + 3 && a.is_cap_word(e) && a.lex[e].is_empty() {
                e += 1;
            }
            let surface = a.squashed(j, e);
            let mut c = Candidate::new(a, Label::Institution, (j, e), surface, AFTER_BOARD_TITLE);
            c.weight = 1;
            out.push(c);
        }
    }
}

/// How many of an acronym's letters the capitalised words of a name supply, in order (a full
/// match scores highest).
fn initials_match(name: &str, acronym: &str) -> usize {
    let initials: String =
        name.split_whitespace().filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect();
    let acr: Vec<char> = acronym.chars().filter(|c| c.is_uppercase()).collect();
    if initials == acr.iter().collect::<String>() {
        return 1000;
    }
    let mut k = 0;
    for c in initials.chars() {
        if k < acr.len() && acr[k] == c {
            k += 1;
        }
    }
    k
}

/// Every use of a defined acronym, and lexicon acronyms followed by a unit ("NASK CSIRT").
fn acronym_uses(a: &Analysis<'_>, out: &mut Vec<Candidate>, acronyms: &HashMap<String, usize>) {
    // The expansion of a defined acronym is the institution written just before it.
    let mut by_end: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut lexicon_acronyms: HashMap<usize, Option<String>> = HashMap::new();
    for (k, c) in out.iter().enumerate() {
        by_end.entry(c.tok.1).or_default().push(k);
        if c.rule == ACRONYM_LEXICON && c.tok.1 == c.tok.0 + 1 {
            lexicon_acronyms.insert(c.tok.0, c.expansion.clone());
        }
    }
    let mut expansion: HashMap<&str, String> = HashMap::new();
    for (acr, &at) in acronyms {
        // Of the names ending right before "(ACR)", the one whose initials spell the acronym:
        // "Departament ... Urzędu Marszałkowskiego Województwa Podlaskiego (UMWP)" → the Urząd.
        let before = by_end
            .get(&(at - 1))
            .into_iter()
            .flatten()
            .map(|&k| &out[k])
            .max_by_key(|c| (initials_match(&c.lemma, acr), c.tok.1 - c.tok.0));
        if let Some(c) = before {
            expansion.insert(acr.as_str(), c.lemma.clone());
        }
    }
    for i in 0..a.tokens.len() {
        if !is_upper(a, i) {
            continue;
        }
        let text = a.tokens[i].text;
        let known_lexicon = lexicon_acronyms.get(&i).cloned();
        let defined = expansion.get(text).cloned().or_else(|| acronyms.contains_key(text).then(String::new));
        if known_lexicon.is_none() && defined.is_none() {
            continue;
        }
        // "NASK CSIRT": a known acronym followed by another upper-case unit name.
        let mut end = i + 1;
        while is_upper(a, end)
            && !a.breaks_before(end)
            && !a.has_single(end, EntryKind::Place)
            && !acronyms.contains_key(a.tokens[end].text)
            && end < i + 3
        {
            end += 1;
        }
        if end > i + 1 {
            let mut c = Candidate::new(a, Label::Institution, (i, end), a.squashed(i, end), ACRONYM_LEXICON);
            c.weight = 3;
            out.push(c);
        }
        if let Some(exp) = defined {
            if known_lexicon.is_none() {
                let mut c = Candidate::new(a, Label::Institution, (i, i + 1), text.to_owned(), ACRONYM_DEFINED);
                c.expansion = (!exp.is_empty()).then_some(exp);
                c.weight = 3;
                out.push(c);
            }
        }
    }
}

#[cfg(test)]
pub(crate) const EXAMPLES: &[(&str, &[(&str, &str)])] = &[
    ("czytał „Gazetę Wyborczą” codziennie", &[("„Gazetę Wyborczą”", "Gazeta Wyborcza")]),
    ("w meczu z Lechem Poznań gole strzelili", &[("Lechem Poznań", "Lech Poznań")]),
    ("firma Paters, PPHU Indeco i PUH Elpad", &[("PPHU Indeco", "PPHU Indeco"), ("PUH Elpad", "PUH Elpad")]),
    (
        "raport Instytutu Badań nad Gospodarką Rynkową pokazał",
        &[("Instytutu Badań nad Gospodarką Rynkową", "Instytut Badań nad Gospodarką Rynkową")],
    ),
    ("wygrali z LKS Mierzyn 2:1", &[("LKS Mierzyn", "LKS Mierzyn")]),
    (
        "podobnie w Zespole Szkół Ogrodniczych w Ostrowie",
        &[("Zespole Szkół Ogrodniczych w Ostrowie", "Zespół Szkół Ogrodniczych w Ostrowie")],
    ),
    ("akcje spółki Giewont i browaru Tatra", &[("Giewont", "Giewont"), ("Tatra", "Tatra")]),
    ("dyrektorka Muzeum Narodowego w Kielcach", &[("Muzeum Narodowego w Kielcach", "Muzeum Narodowe w Kielcach")]),
    ("ekspert Forum Obywatelskiego Rozwoju", &[("Forum Obywatelskiego Rozwoju", "Forum Obywatelskiego Rozwoju")]),
    ("mówi Maciej Witucki, Prezes Zarządu Work Service S.A. Zarobki", &[("Work Service S.A.", "Work Service S.A.")]),
    (
        "uczniowie SP nr 8 i II LO oraz SP w Bulowicach",
        &[("SP nr 8", "SP nr 8"), ("II LO", "II LO"), ("SP w Bulowicach", "SP w Bulowicach")],
    ),
    (
        "pomocy udzielił MOPS, a potem Rady Gminy w Kęsowie",
        &[("MOPS", "MOPS"), ("Rady Gminy w Kęsowie", "Rada Gminy w Kęsowie")],
    ),
    (
        "zorganizowanej przez Urząd Marszałkowski Województwa Podlaskiego (UMWP). Potem w UMWP.",
        &[
            ("Urząd Marszałkowski Województwa Podlaskiego", "Urząd Marszałkowski Województwa Podlaskiego"),
            ("UMWP", "UMWP"),
            ("UMWP", "UMWP"),
        ],
    ),
    (
        "dyrektor Lubelskiego Centrum Innowacji i Technologii.",
        &[("Lubelskiego Centrum Innowacji i Technologii", "Lubelskie Centrum Innowacji i Technologii")],
    ),
    (
        "dyrektor ds. X Naukowej i Akademickiej Sieci Komputerowej oraz",
        &[("Naukowej i Akademickiej Sieci Komputerowej", "Naukowa i Akademicka Sieć Komputerowa")],
    ),
    (
        "przez Departament IT Urzędu Marszałkowskiego.",
        &[
            ("Departament IT Urzędu Marszałkowskiego", "Departament IT Urzędu Marszałkowskiego"),
            ("Urzędu Marszałkowskiego", "Urząd Marszałkowski"),
        ],
    ),
    (
        "zastępca dyrektora Departamentu Innowacji Ministerstwo Zdrowia, który",
        &[("Departamentu Innowacji", "Departament Innowacji"), ("Ministerstwo Zdrowia", "Ministerstwo Zdrowia")],
    ),
    (
        "prezentacja Konwentu Marszałków Województw RP w sprawie",
        &[("Konwentu Marszałków Województw RP", "Konwent Marszałków Województw RP")],
    ),
    ("w sprawie Holo4Med sp. z o.o. i innych", &[("Holo4Med sp. z o.o.", "Holo4Med sp. z o.o.")]),
    // Negative: a head without a named complement, all-caps words that are not institutions.
    ("Galeria zdjęć. Rada uchwaliła. W obszarze ICT i IT.", &[]),
    ("Droga do mostu jest daleka. Potem Jan Kos wyszedł.", &[]),
    ("każda SP i każde LO dostanie pieniądze", &[]),
    ("zarejestrował PPHU w urzędzie", &[]),
    (
        "#PodsekretarzStanuwMinisterstwieSrodowiskaMaciejTrzeciak: Dziękuję.",
        &[("MinisterstwieSrodowiska", "Ministerstwo Srodowiska")],
    ),
];

#[cfg(test)]
mod tests {
    use crate::{Extractor, Label};

    #[test]
    fn an_acronym_expands_to_the_name_whose_initials_it_writes() {
        let doc = Extractor::global().extract("Senator PiS rozmawiał z inspektorem PIS w Kielcach.");
        let got: Vec<(&str, Option<&str>)> =
            doc.entities_with(Label::Institution).map(|e| (e.text.as_str(), e.expansion.as_deref())).collect();
        assert_eq!(got, [("PiS", Some("Prawo i Sprawiedliwość")), ("PIS", Some("Państwowa Inspekcja Sanitarna"))]);
    }
}
