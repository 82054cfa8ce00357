//! Places: lexicon places in every case ("w Białymstoku", "Ostrowi Mazowieckiej"),
//! administrative units with their unit word ("gminy Turośń Kościelna", "Powiatu
//! Sandomierskiego", "województwa podlaskiego"), region nouns ("z Podlaskiego"), and foreign
//! names after a unit noun ("Regionu Päijät-Häme"). Not places: relational adjectives
//! ("podlaskiego Klastra", "polskim rynku") and inhabitants ("Polaków").

use super::{Analysis, Candidate};
use crate::entity::{Label, PlaceInfo};
use crate::hash::{FxHashMap, FxHashSet};
use crate::lemma::restore_case;
use crate::lexicon::{Cases, EntryKind, Gram, Reading};
use crate::tokenize::{Shape, TokenKind};
use std::sync::LazyLock;

pub(crate) const LEXICON: &str = "place/lexicon";
pub(crate) const UNIT_NAME: &str = "place/unit-noun-name";
pub(crate) const STREET: &str = "place/street";
pub(crate) const HYPHENATED: &str = "place/hyphenated-route";
pub(crate) const UNIT_ABBREVIATION: &str = "place/unit-abbreviation";
pub(crate) const ELIDED_STREET: &str = "place/elided-street";
pub(crate) const STREET_LIST: &str = "place/street-list";
pub(crate) const LISTED: &str = "place/listed-with-place";

/// Unit words that start a place name written in lowercase ("województwa podlaskiego").
const UNIT_WORDS: &[&str] = &["województwo", "powiat", "gmina", "miasto"];

/// Nouns after which a capitalised unknown word is a foreign place ("Regionu Päijät-Häme").
const FOREIGN_UNITS: &[&str] = &[
    "region",
    "regionu",
    "regionie",
    "regionem",
    "prowincji",
    "prowincja",
    "stanu",
    "stan",
    "stanie",
    "hrabstwa",
    "hrabstwo",
    "obwodu",
    "obwód",
    "kraju",
    "landu",
    "land",
    "kantonu",
    "kanton",
];

/// Rank of a place subtype when one form has several readings: bigger places first.
fn rank(r: &Reading) -> u8 {
    match r.sub {
        Some("country") => 9,
        Some("voivodeship") | Some("voivodeship_noun") => 8,
        Some("continent") | Some("region") | Some("historical_region") => 7,
        Some("city") => 6,
        Some("powiat") | Some("gmina") => 5,
        Some("foreign_city") => 4,
        Some("river") | Some("mountain") | Some("sea") | Some("island") | Some("lake") => 4,
        Some("village") => 2,
        Some("settlement") => 1,
        _ => 3,
    }
}

fn minor(r: &Reading) -> bool {
    r.is_minor_place()
}

/// Words after which a small place's name is expected: prepositions of place and direction,
/// and the nouns that introduce a locality ("we wsi Zalesie", "w miejscowości Polaki").
const PLACE_CONTEXT: &[&str] = &[
    "w",
    "we",
    "na",
    "z",
    "ze",
    "do",
    "koło",
    "pod",
    "nad",
    "przez",
    "od",
    "obok",
    "okolic",
    "okolicach",
    "wsi",
    "wieś",
    "miejscowości",
    "miejscowość",
    "gminie",
    "gminy",
    "sołectwie",
    "sołectwa",
    "miasta",
    "mieście",
    "miasto",
    "osiedlu",
    "osiedla",
    "przy",
    "spod",
    "znad",
    "sprzed",
    "zza",
    "via",
    "niedaleko",
    "pobliżu",
    "kierunku",
    "kierunku",
    "dzielnicy",
    "dzielnicę",
];

pub(crate) fn find(a: &Analysis<'_>) -> Vec<Candidate> {
    let mut out = Vec::new();
    let n = a.tokens.len();
    let mut i = 0;
    while i < n {
        if let Some(c) = street(a, i).or_else(|| elided_street(a, i)) {
            let more = street_list(a, c.tok.1);
            i = more.last().map_or(c.tok.1, |m| m.tok.1);
            out.push(c);
            out.extend(more);
            continue;
        }
        if let Some(c) = unit_abbreviation(a, i) {
            i = c.tok.1;
            out.push(c);
            continue;
        }
        if let Some(c) = lexicon_place(a, i) {
            i = c.tok.1;
            out.push(c);
            continue;
        }
        if let Some(c) = foreign_after_unit(a, i) {
            i = c.tok.1;
            out.push(c);
            continue;
        }
        out.extend(hyphenated(a, i));
        i += 1;
    }
    listed_with_places(a, &mut out);
    out
}

/// Words joining the items of a list.
fn joins_list(a: &Analysis<'_>, k: usize) -> bool {
    matches!(a.lower(k), "," | "i" | "oraz" | "lub" | "albo") && !a.breaks_before(k)
}

/// "Sulejówek i Wesoła", "w Oświęcimiu i Brzezince", "Wojkowice, Piece": a small place's name
/// that no context vouched for is taken when it is listed next to a lexicon place in the same
/// case, repeatedly along the list.
fn listed_with_places(a: &Analysis<'_>, out: &mut Vec<Candidate>) {
    let n = a.tokens.len();
    let mut covered = vec![false; n + 1];
    for c in out.iter() {
        covered[c.tok.0..c.tok.1.min(n)].iter_mut().for_each(|x| *x = true);
    }
    // The cases a kept lexicon place is read in, by its first and its last token.
    let cases_of = |c: &Candidate| -> Cases {
        let rs = a.all_of(c.tok.0, EntryKind::Place);
        Cases(rs.iter().filter(|(e, _)| *e == c.tok.1).flat_map(|(_, rs)| rs.iter()).fold(0, |m, r| m | r.cases.0))
    };
    let mut seeds: Vec<(usize, usize, Cases)> =
        out.iter().filter(|c| c.rule == LEXICON).map(|c| (c.tok.0, c.tok.1, cases_of(c))).collect();
    while let Some((start, end, cases)) = seeds.pop() {
        for k in [end + 1, start.wrapping_sub(2)] {
            let conj = if k == end + 1 { end } else { start.wrapping_sub(1) };
            if k >= n || covered[k] || !joins_list(a, conj) || cases.0 == 0 {
                continue;
            }
            let t = &a.tokens[k];
            if t.kind != TokenKind::Word || t.shape != Shape::Capitalized || t.sentence_start || !name_ends(a, k) {
                continue;
            }
            if k > 0 && k - 1 != conj && a.is_cap_word(k - 1) || a.has_single(k, EntryKind::FirstName) {
                continue;
            }
            // Unit words start a name of their own ("Miasta i Gminy Kłobuck"), and an adjective
            // next to a name ending in one is that name's ("Europy Środkowej i Wschodniej").
            let w = a.lower(k);
            if UNIT_WORDS.iter().any(|u| w.starts_with(&u[..u.len() - 1])) {
                continue;
            }
            let neighbour = if k > end { end - 1 } else { start };
            let adjectival = |x: &str| {
                [Gram::M, Gram::F, Gram::N]
                    .iter()
                    .any(|&g| super::heads::is_adjective_form(x, g, Cases(Cases::ANY.0 & !Cases::NOM.0)))
            };
            if adjectival(w) && adjectival(a.lower(neighbour)) {
                continue;
            }
            let Some(best) = a
                .single(k, EntryKind::Place)
                .filter(|r| r.cases.meets(cases))
                .max_by_key(|r| (rank(r), !r.guessed as u8, r.freq))
            else {
                continue;
            };
            let mut c = Candidate::new(a, Label::Place, (k, k + 1), restore_case(t.text, &best.lemma), LISTED);
            c.lexicon = Some("place");
            c.weight = rank(best);
            c.place = Some(PlaceInfo { kind: best.sub.map(str::to_owned), teryt: None });
            covered[k] = true;
            seeds.push((k, k + 1, best.cases.and(cases)));
            out.push(c);
        }
    }
}

/// True when the word before token `i` is a preposition or noun of place ("w", "gminy").
pub(crate) fn in_place_context(a: &Analysis<'_>, i: usize) -> bool {
    static CONTEXT: LazyLock<FxHashSet<&str>> = LazyLock::new(|| PLACE_CONTEXT.iter().copied().collect());
    i.checked_sub(1).is_some_and(|k| CONTEXT.contains(a.lower(k)))
}

/// "Bolesław Wieniawa-Długoszowski ... wiersze Wieniawy": a one-word village or commune whose
/// base form is the surname, or a part of the double surname, of a person named in full in the
/// same text is that person, unless a preposition of place says otherwise ("urodził się w
/// Wieniawie"). Towns and countries keep their reading: a club "Olimpia Nakło" may have been
/// taken for a person.
pub(crate) fn drop_surnames(a: &Analysis<'_>, places: &mut Vec<Candidate>, persons: &[Candidate]) {
    let surnames: FxHashSet<String> = persons
        .iter()
        .filter_map(|p| p.person.as_ref().filter(|n| n.given.is_some())?.family.as_deref())
        .flat_map(|f| f.split('-').map(str::to_lowercase))
        .collect();
    if surnames.is_empty() {
        return;
    }
    places.retain(|c| {
        c.rule != LEXICON
            || c.tok.1 != c.tok.0 + 1
            || c.weight >= 6
            || in_place_context(a, c.tok.0)
            || !surnames.contains(&c.lemma.to_lowercase())
    });
}

fn lexicon_place(a: &Analysis<'_>, i: usize) -> Option<Candidate> {
    let t = a.tok(i)?;
    if t.kind != TokenKind::Word && t.kind != TokenKind::Abbrev {
        return None;
    }
    for (end, mut readings) in a.all_of(i, EntryKind::Place) {
        // Places are seldom addressed: a guessed vocative alone is another word ("Agro" is no
        // form of Agra).
        readings.retain(|r| !(r.guessed && r.cases.0 == Cases::VOC.0));
        let Some(best) = readings.iter().copied().max_by_key(|r| (rank(r), !r.guessed as u8, r.freq)) else {
            continue;
        };
        let unit_start = UNIT_WORDS.iter().any(|u| best.lemma.starts_with(u) && best.lemma.len() > u.len());
        if !t.is_capitalized() && !unit_start {
            continue;
        }
        // Every later word of a multi-word name is capitalised, or the match was a unit phrase.
        if !unit_start
            && (i + 1..end).any(|k| {
                a.tok(k).is_some_and(|t| t.kind == TokenKind::Word && t.shape == Shape::Lower && t.text.len() > 3)
            })
        {
            continue;
        }
        let single = end == i + 1;
        // A capital at the start of a sentence is no evidence for a village named like a word.
        if single && t.sentence_start && readings.iter().all(|r| minor(r) || r.common) {
            continue;
        }
        if single && readings.iter().all(|r| r.common && minor(r)) {
            continue;
        }
        // "Marszałków" is marshals before it is the village Marszałki.
        if single && readings.iter().all(|r| minor(r)) && a.has_single(i, EntryKind::Title) {
            continue;
        }
        let placed = in_place_context(a, i);
        // Villages share their names with ordinary words and surnames ("Polaków", "Górnika",
        // "Bąka"): without a preposition of place before them they are not taken.
        // A village name that is nothing else (no surname, no ordinary word: "Wambierzyce",
        // "Nielęgowo") needs no preposition mid-sentence.
        let only_place = a.lex[i]
            .iter()
            .filter(|m| m.end == i + 1)
            .flat_map(|m| a.readings(m))
            .all(|r| r.kind == EntryKind::Place && !r.common && r.attr("word").is_none());
        let unambiguous = only_place && !t.sentence_start && t.shape == Shape::Capitalized;
        if single && readings.iter().all(|r| minor(r)) && !placed && !unambiguous {
            continue;
        }
        // Foreign city names from GeoNames include ordinary words ("Bo", "Victoria"): a common
        // word is no evidence, nor is the capital of a sentence's first word when the name is
        // also an ordinary word; "Londyn" at a sentence start is London.
        let wordy = best.common || best.attr("word").is_some();
        if single
            && readings.iter().all(|r| r.sub == Some("foreign_city") || minor(r))
            && (best.common || t.sentence_start && wordy)
            && !placed
        {
            continue;
        }
        // "Indianie" is the state only after a preposition of place; otherwise the Indians. (For
        // countries — "Niemcy", "Węgrów" — the country is the likelier reading even so.)
        if single && !placed && best.sub == Some("region") && best.attr("demonym").is_some() {
            continue;
        }
        // "Marek", "Jarosław", "Kuba": a first name is a person unless a preposition of place
        // says otherwise.
        // An acronym the institution lexicon knows is that institution, not a foreign town, a
        // river or a village of the same letters ("WUM" is the medical university, not Wum in
        // Cameroon; "MEN" the ministry, not the river Men).
        if single
            && t.shape == Shape::Upper
            && a.has_single(i, EntryKind::Institution)
            && readings.iter().all(|r| rank(r) <= 4)
        {
            continue;
        }
        // A rare given name gives way to a country or a city ("Izrael").
        let big = rank(best) >= 6;
        if single
            && !placed
            && a.single(i, EntryKind::FirstName).any(|r| !r.plural && r.freq >= if big { 11 } else { 7 })
        {
            continue;
        }
        // Inside a capitalised name ("Giełdy Papierów", "Teatr Polski"), a region noun or a
        // small place is a word of that name.
        // A preposition opening the sentence ("W Brzeźnie mieszkał") is no word of a name.
        let after_capital =
            i > 0 && a.is_cap_word(i - 1) && !placed && !a.tokens[i].sentence_start && !a.breaks_before(i);
        if single && after_capital && readings.iter().all(|r| minor(r) || r.sub == Some("voivodeship_noun")) {
            continue;
        }
        // Likewise before one ("Spółdzielni Mieszkaniowej", "Walnego Zgromadzenia", "Unią
        // Tarnów"): a village's name is not followed by another capitalised word of the sentence.
        let before_capital = a.is_cap_word(i + 1) && !a.tokens[i + 1].sentence_start && !a.breaks_before(i + 1);
        if single && before_capital && readings.iter().all(|r| minor(r)) {
            continue;
        }
        // "Polski Związek", "Krajowej Rady", "Małopolska Izba": a name that is also an adjective
        // agreeing with the institution head noun after it is that adjective.
        if single && before_capital {
            let agrees = super::heads::head(a.lower(i + 1))
                .is_some_and(|h| super::heads::is_adjective_form(a.lower(i), h.gender, h.cases));
            if agrees {
                continue;
            }
        }
        // "Europy Centralnej", "Ziemi Świętej", "Bory Tucholskie": a capitalised adjective
        // agreeing with a region's or a country's name belongs to it.
        let (end, adjectives) = agreeing_adjectives(a, end, best);
        // "Księżyca Wrocławskiego": a celestial body's name followed by another capitalised
        // word is part of another name.
        if single
            && adjectives.is_empty()
            && best.sub == Some("celestial")
            && a.is_cap_word(end)
            && !a.breaks_before(end)
        {
            continue;
        }
        // "Lubelskiego Centrum": a region noun before a capitalised noun is an adjective.
        if best.sub == Some("voivodeship_noun")
            && a.is_cap_word(end)
            && !a.breaks_before(end)
            && !a.tokens[end].sentence_start
        {
            continue;
        }
        let surface = a.slice(i, end - adjectives.len());
        let mut lemma = restore_case(surface, &best.lemma);
        for adj in &adjectives {
            lemma.push(' ');
            lemma.push_str(adj);
        }
        // "III Rzeczypospolitej", "Drugiej Rzeczypospolitej": a state counted in its history
        // takes the number into its name.
        let mut start = i;
        if single && best.sub == Some("country") && i > 0 && !a.breaks_before(i) {
            if let Some(number) = state_ordinal(a, i - 1, best) {
                lemma = format!("{number} {lemma}");
                start = i - 1;
            }
        }
        let mut c = Candidate::new(a, Label::Place, (start, end), lemma, LEXICON);
        c.lexicon = Some("place");
        c.weight = rank(best);
        // The TERYT id sits on the base form's row; it is looked up once the place is kept.
        let teryt = best.attr("teryt").map(str::to_owned);
        c.place = Some(PlaceInfo { kind: best.sub.map(str::to_owned), teryt });
        return Some(c);
    }
    None
}

/// The ordinal at token `k` before a state's name, as it stands in the base form: a Roman
/// numeral as written ("III"; not "I", which opens sentences as "and"), an ordinal adjective agreeing with the name in the nominative
/// ("Drugiej" → "Druga").
fn state_ordinal(a: &Analysis<'_>, k: usize, name: &Reading) -> Option<String> {
    let t = a.tok(k)?;
    if t.shape == Shape::Upper && matches!(t.text, "II" | "III" | "IV" | "V" | "VI") {
        return Some(t.text.to_owned());
    }
    const ORDINALS: &[&str] = &["pierwsz", "drug", "trzeci", "czwart", "piąt"];
    let w = a.lower(k);
    if !a.is_cap_word(k) || !ORDINALS.iter().any(|o| w.starts_with(o)) {
        return None;
    }
    let nom = super::heads::adjective_nominative(w, name.gender?, name.cases)?;
    Some(restore_case(t.text, &nom))
}

/// Kinds of places whose name takes an agreeing adjective after it.
fn takes_adjective(r: &Reading) -> bool {
    matches!(
        r.sub,
        Some("continent" | "region" | "historical_region" | "country" | "celestial" | "mountain" | "lake" | "sea")
    )
}

/// Capitalised adjectives after a place name at `end` that agree with it, in the nominative:
/// the new end and the adjectives' base forms.
fn agreeing_adjectives(a: &Analysis<'_>, mut end: usize, r: &Reading) -> (usize, Vec<String>) {
    let mut out = Vec::new();
    let Some(gender) = r.gender.filter(|_| takes_adjective(r)) else { return (end, out) };
    let oblique = Cases(r.cases.0 & !Cases::NOM.0);
    while out.len() < 2 && a.is_cap_word(end) && !a.breaks_before(end) && !a.tokens[end].sentence_start {
        let w = a.lower(end);
        // Another kind of name starts there ("Europy Wolna Europa"): only plain adjectives.
        if a.lex[end]
            .iter()
            .any(|m| a.readings(m).iter().any(|x| x.kind != EntryKind::Surname && x.kind != EntryKind::Place))
        {
            break;
        }
        let nom = if r.cases.has_nom() && super::heads::is_adjective_form(w, gender, Cases::NOM) {
            Some(w.to_owned())
        } else {
            super::heads::adjective_nominative(w, gender, oblique)
        };
        match nom {
            Some(n) => out.push(restore_case(a.tokens[end].text, &n)),
            None => break,
        }
        end += 1;
    }
    (end, out)
}

/// Street-like markers, with the gender their name agrees with.
const STREET_MARKERS: &[(&str, &str, Gram)] = &[
    ("ul.", "ul.", Gram::F),
    ("al.", "al.", Gram::F),
    ("pl.", "pl.", Gram::M),
    ("os.", "os.", Gram::N),
    ("ulica", "ulica", Gram::F),
    ("ulicy", "ulica", Gram::F),
    ("ulicę", "ulica", Gram::F),
    ("ulicą", "ulica", Gram::F),
    ("aleja", "aleja", Gram::F),
    ("alei", "aleja", Gram::F),
    ("aleję", "aleja", Gram::F),
    ("aleją", "aleja", Gram::F),
    ("plac", "plac", Gram::M),
    ("placu", "plac", Gram::M),
    ("placem", "plac", Gram::M),
    ("rondo", "rondo", Gram::N),
    ("ronda", "rondo", Gram::N),
    ("rondzie", "rondo", Gram::N),
    ("osiedle", "osiedle", Gram::N),
    ("osiedla", "osiedle", Gram::N),
    ("osiedlu", "osiedle", Gram::N),
];

/// Streets, squares and estates: "ul. Mickiewicza", "ulicy Wolanowskiej", "rondzie ONZ".
fn street(a: &Analysis<'_>, i: usize) -> Option<Candidate> {
    let w = a.lower(i);
    // Probed for every token: hashed once.
    static MARKERS: LazyLock<FxHashMap<&str, (&str, Gram)>> =
        LazyLock::new(|| STREET_MARKERS.iter().map(|&(f, l, g)| (f, (l, g))).collect());
    let &(marker_lemma, gender) = MARKERS.get(w)?;
    let first = i + 1;
    if a.breaks_before(first) {
        return None;
    }
    let mut end = first;
    // Numerals in names ("ul. 3 Maja", "al. Jana Pawła II"), titles ("ks.", "gen.").
    if a.tok(end).is_some_and(|t| t.kind == TokenKind::Number) && a.is_cap_word(end + 1) {
        end += 1;
    }
    while end < first + 5 && !a.breaks_before(end) {
        let t = &a.tokens[end];
        let word = t.kind == TokenKind::Word && t.is_capitalized();
        let title = t.kind == TokenKind::Abbrev && a.is_cap_word(end + 1) && t.text.len() <= 5;
        if !(word || title) {
            break;
        }
        end += 1;
    }
    if end == first || (end == first + 1 && a.tokens[first].kind == TokenKind::Number) {
        return None;
    }
    // The marker's base form, and an adjectival name agreeing with it: "ulicy Wolanowskiej" →
    // "ulica Wolanowska"; a genitive name stays: "ul. Mickiewicza".
    let mut words = vec![if w.ends_with('.') { a.tokens[i].text.to_owned() } else { marker_lemma.to_owned() }];
    for k in first..end {
        let lw = a.lower(k);
        let nom = super::heads::adjective_nominative(lw, gender, Cases(Cases::ANY.0 & !Cases::NOM.0));
        match nom {
            Some(n) if !w.ends_with('.') || gender == Gram::F => words.push(restore_case(a.tokens[k].text, &n)),
            _ => words.push(a.tokens[k].text.to_owned()),
        }
    }
    let mut c = Candidate::new(a, Label::Place, (i, end), words.join(" "), STREET);
    c.place = Some(PlaceInfo { kind: Some("street".into()), teryt: None });
    c.weight = 3;
    Some(c)
}

/// A street's name standing for the street: a feminine adjective agreeing with an unwritten
/// "ulicy" ("przy Spornej" → "Sporna") or a surname in the genitive ("przy Andersa"), which no
/// person takes after "przy" (a person is in the locative: "przy Kowalskim"). The base form.
fn street_name(a: &Analysis<'_>, k: usize) -> Option<String> {
    let t = a.tok(k)?;
    if t.kind != TokenKind::Word || t.shape != Shape::Capitalized || t.sentence_start || a.breaks_before(k) {
        return None;
    }
    let w = a.lower(k);
    if w.ends_with("ej") {
        let nom = super::heads::adjective_nominative(w, Gram::F, Cases(Cases::GEN.0 | Cases::LOC.0))?;
        return Some(restore_case(t.text, &nom));
    }
    let mut names = a.single(k, EntryKind::Surname).chain(a.single(k, EntryKind::FirstName)).peekable();
    names.peek()?;
    let genitive_only = names.all(|r| r.cases.meets(Cases::GEN) && !r.cases.meets(Cases(Cases::NOM.0 | Cases::LOC.0)));
    (genitive_only && !a.has_single(k, EntryKind::Place) && !a.has_single(k, EntryKind::Institution))
        .then(|| t.text.to_owned())
}

/// True when the name at `k` ends there: no capitalised word goes on from it.
fn name_ends(a: &Analysis<'_>, k: usize) -> bool {
    !a.is_cap_word(k + 1) || a.breaks_before(k + 1)
}

/// "przy Spornej", "przy Andersa": a street without its "ulicy".
fn elided_street(a: &Analysis<'_>, i: usize) -> Option<Candidate> {
    if i == 0 || a.lower(i - 1) != "przy" || !name_ends(a, i) {
        return None;
    }
    let lemma = street_name(a, i)?;
    let mut c = Candidate::new(a, Label::Place, (i, i + 1), lemma, ELIDED_STREET);
    c.place = Some(PlaceInfo { kind: Some("street".into()), teryt: None });
    c.weight = 3;
    Some(c)
}

/// "ul. Asnyka, Mickiewicza oraz Sienkiewicza", "ulicy Solnej i Taczanowskiego": further streets
/// listed after the first one's marker, each a place of its own.
fn street_list(a: &Analysis<'_>, mut k: usize) -> Vec<Candidate> {
    let mut out = Vec::new();
    while matches!(a.lower(k), "," | "i" | "oraz") && !a.breaks_before(k) && name_ends(a, k + 1) {
        let Some(lemma) = street_name(a, k + 1) else { break };
        let mut c = Candidate::new(a, Label::Place, (k + 1, k + 2), lemma, STREET_LIST);
        c.place = Some(PlaceInfo { kind: Some("street".into()), teryt: None });
        c.weight = 3;
        out.push(c);
        k += 2;
    }
    out
}

/// "woj. śląskim", "gm. Kcynia": an abbreviated unit word and its name, the province's as an
/// adjective in lower case, the commune's as a capitalised name. The abbreviation stays in the
/// base form, as street markers do ("woj. śląskie").
fn unit_abbreviation(a: &Analysis<'_>, i: usize) -> Option<Candidate> {
    let w = a.lower(i);
    if w != "woj." && w != "gm." || a.breaks_before(i + 1) {
        return None;
    }
    let k = i + 1;
    let name = if w == "woj." {
        let nom = super::heads::adjective_nominative(a.lower(k), Gram::N, Cases(Cases::ANY.0 & !Cases::NOM.0))
            .or_else(|| {
                super::heads::is_adjective_form(a.lower(k), Gram::N, Cases::NOM).then(|| a.lower(k).to_owned())
            })?;
        if !a.is_lower_word(k) && !a.is_cap_word(k) {
            return None;
        }
        restore_case(a.tokens[k].text, &nom)
    } else if a.is_cap_word(k) {
        a.tokens[k].text.to_owned()
    } else {
        return None;
    };
    let lemma = format!("{} {name}", a.tokens[i].text);
    let mut c = Candidate::new(a, Label::Place, (i, k + 1), lemma, UNIT_ABBREVIATION);
    c.place = Some(PlaceInfo { kind: Some(if w == "woj." { "voivodeship" } else { "gmina" }.into()), teryt: None });
    c.weight = 3;
    Some(c)
}

/// "Poznań-Wrocław", "Kraków-Londyn": towns joined by a hyphen into a route or a pair, which no
/// lexicon holds as one word. Each town is a place of its own.
fn hyphenated(a: &Analysis<'_>, i: usize) -> Vec<Candidate> {
    let Some(t) = a.tok(i) else { return Vec::new() };
    if t.kind != TokenKind::Word || t.shape != Shape::Capitalized || !t.text.contains('-') || !a.lex[i].is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut offset = 0;
    for (n, part) in t.text.split('-').enumerate() {
        let start = offset;
        offset += part.len() + 1;
        if !part.chars().next().is_some_and(char::is_uppercase) {
            return Vec::new();
        }
        let lower = part.to_lowercase();
        let readings = a.lookup(&lower);
        // After a town, a district of it ("Rybniku-Chwałowicach", "Gdańsku-Oliwie") in the
        // same case.
        let district_of = found.first().filter(|_| n == 1).map(|f: &(usize, &str, String, Option<String>, Cases)| f.4);
        let best = readings
            .iter()
            .filter(|r| r.kind == EntryKind::Place && !r.common)
            .filter(|r| rank(r) >= 4 || district_of.is_some_and(|c| c.meets(r.cases) && r.is_minor_place()))
            .max_by_key(|r| (rank(r), r.freq));
        if let Some(r) = best {
            found.push((start, part, r.lemma.clone(), r.sub.map(str::to_owned), r.cases));
        }
    }
    // Both ends must be places: "Nowak-Jeziorańska" is a surname.
    if found.len() != t.text.split('-').count() {
        return Vec::new();
    }
    found
        .into_iter()
        .map(|(start, part, lemma, kind, _)| {
            let mut c = Candidate::new(a, Label::Place, (i, i + 1), restore_case(part, &lemma), HYPHENATED);
            c.span = crate::span::Span::new(t.span.start + start, t.span.start + start + part.len());
            c.place = Some(PlaceInfo { kind, teryt: None });
            c
        })
        .collect()
}

/// Fill in the TERYT ids of accepted lexicon places from their base forms' rows.
pub(crate) fn resolve_teryt(a: &Analysis<'_>, kept: &mut [Candidate]) {
    for c in kept.iter_mut().filter(|c| c.rule == LEXICON) {
        let Some(info) = c.place.as_mut() else { continue };
        if info.teryt.is_some() {
            continue;
        }
        let lemma = c.lemma.to_lowercase();
        info.teryt = a
            .lookup(&lemma)
            .into_iter()
            .filter(|r| r.kind == EntryKind::Place && r.sub.map(str::to_owned) == info.kind)
            .find_map(|r| r.attr("teryt").map(str::to_owned));
    }
}

fn foreign_after_unit(a: &Analysis<'_>, i: usize) -> Option<Candidate> {
    let prev = a.lower(i.checked_sub(1)?);
    if !a.is_cap_word(i) || a.breaks_before(i) || !FOREIGN_UNITS.contains(&prev) {
        return None;
    }
    if a.lex[i].iter().any(|m| !m.readings.is_empty()) {
        return None;
    }
    let surface = a.slice(i, i + 1);
    let mut c = Candidate::new(a, Label::Place, (i, i + 1), surface.to_owned(), UNIT_NAME);
    c.place = Some(PlaceInfo { kind: Some("region".into()), teryt: None });
    Some(c)
}

#[cfg(test)]
pub(crate) const EXAMPLES: &[(&str, &[(&str, &str)])] = &[
    ("odbyło się w Białymstoku.", &[("Białymstoku", "Białystok")]),
    ("Sąd w Ostrowi Mazowieckiej orzekł", &[("Ostrowi Mazowieckiej", "Ostrów Mazowiecka")]),
    ("mieszkańców Podlaskiego opowiedzieli", &[("Podlaskiego", "Podlaskie")]),
    ("firmy z województwa podlaskiego", &[("województwa podlaskiego", "województwo podlaskie")]),
    ("wójt gminy Turośń Kościelna i", &[("gminy Turośń Kościelna", "gmina Turośń Kościelna")]),
    ("starosta Powiatu Sandomierskiego oraz", &[("Powiatu Sandomierskiego", "Powiat Sandomierski")]),
    ("Rady Regionu Päijät-Häme z Finlandii", &[("Päijät-Häme", "Päijät-Häme"), ("Finlandii", "Finlandia")]),
    ("sonda doleciała do Marsa, a potem do Wenus", &[("Marsa", "Mars"), ("Wenus", "Wenus")]),
    ("ruch pociągów na trasie Poznań-Wrocław wstrzymano", &[("Poznań", "Poznań"), ("Wrocław", "Wrocław")]),
    ("szpital w Gdańsku-Oliwie otwarto", &[("Gdańsku", "Gdańsk"), ("Oliwie", "Oliwa")]),
    ("wczoraj Wambierzyce przyjęły pielgrzymów", &[("Wambierzyce", "Wambierzyce")]),
    ("Było tak. W Tymowej odbyło się święto.", &[("Tymowej", "Tymowa")]),
    ("w Katowicach (woj. śląskim) i w gm. Kcynia", &[("woj. śląskim", "woj. śląskie"), ("gm. Kcynia", "gm. Kcynia")]),
    (
        "kraje Europy Centralnej i Ziemi Świętej",
        &[("Europy Centralnej", "Europa Centralna"), ("Ziemi Świętej", "Ziemia Święta")],
    ),
    ("mieszkańcy familoków przy Andersa i szpitala przy Spornej 12", &[("Andersa", "Andersa"), ("Spornej", "Sporna")]),
    (
        "koszary przy ul. Asnyka, Mickiewicza oraz Sienkiewicza i ulicy Solnej i Długiej",
        &[("Mickiewicza", "Mickiewicza"), ("Sienkiewicza", "Sienkiewicza"), ("Długiej", "Długa")],
    ),
    // Negative: a person after "przy" is in the locative; a full name after a street is a person.
    ("pracowała przy Kowalskim, a przy ul. Długiej, Jan Kowalski", &[("ul. Długiej", "ul. Długa")]),
    ("siedział przy Janie Pawle i przy Nowaku", &[]),
    (
        "zaliczono dwie gminy: Sulejówek i Wesoła, a muzea w Oświęcimiu i Brzezince",
        &[("Wesoła", "Wesoła"), ("Brzezince", "Brzezinka")],
    ),
    // An adjective listed after a name ending in one belongs to that name, and a given name
    // listed with a town is a person: neither is taken as a place of its own.
    (
        "kraje Europy Zachodniej i Wschodniej oraz Kraków i Marka",
        &[("Europy Zachodniej", "Europa Zachodnia"), ("Kraków", "Kraków")],
    ),
    ("Bolesław Wieniawa-Długoszowski bywał w Wieniawie.", &[("Wieniawie", "Wieniawa")]),
    // Negative: a part of a surname named in full in the text is that person.
    ("Bolesław Wieniawa-Długoszowski pisał wiersze. Wiersze Wieniawy czytano.", &[]),
    (
        "w III Rzeczypospolitej i w Drugiej Rzeczypospolitej",
        &[("III Rzeczypospolitej", "III Rzeczpospolita"), ("Drugiej Rzeczypospolitej", "Druga Rzeczpospolita")],
    ),
    // Negative: a guessed vocative is no place ("Agro" is no form of Agra).
    ("nawozy firmy TON Agro są tańsze", &[]),
    // Negative: an acronym of an institution written in capitals is no river ("MEN").
    ("w projektowanej przez MEN reformie", &[]),
    // Negative: a hyphenated surname is no pair of towns.
    ("rozmawiała z nią Anna Nowak-Jeziorańska wczoraj", &[]),
    // Negative: a village's name before another capitalised word is a word of a longer name.
    ("w blokach należących do Spółdzielni Mieszkaniowej wymieniono piony", &[]),
    ("wybrano delegata do Walnego Zgromadzenia członków", &[]),
    // Negative: a name that is also an adjective agreeing with an institution's head noun.
    ("sponsorem turnieju był Polski Związek Tenisowy", &[]),
    ("wniosek poparła Małopolska Izba Rolnicza", &[]),
    // Negative: relational adjectives and inhabitants.
    ("koordynator podlaskiego Klastra na polskim rynku", &[]),
];
