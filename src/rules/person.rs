//! People: first name(s) + surname in agreeing case, initials, a surname after a title, an
//! unknown name introduced by an apposition, and a surname alone after a full mention.
//!
//! Names that are also ordinary words ("Marzec", "Król") need evidence: a first name before
//! them, a title, or an earlier full mention; "w marcu" and "król Polski" stay what they are.

use super::{is_roman, Analysis, Candidate};
use crate::entity::{Gender, Label, PersonName};
use crate::hash::{FxHashMap, FxHashSet};
use crate::lemma::restore_case;
use crate::lexicon::{guess, Cases, EntryKind, Gram, Reading};
use crate::tokenize::{Gap, Shape, TokenKind};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

pub(crate) const FIRST_SURNAME: &str = "person/first-surname";
pub(crate) const FIRST_GUESSED: &str = "person/first-unknown-surname";
pub(crate) const FIRST_ONLY: &str = "person/first-name";
pub(crate) const INITIAL: &str = "person/initial-surname";
pub(crate) const TITLE_SURNAME: &str = "person/title-surname";
pub(crate) const APPOSITION: &str = "person/apposition";
pub(crate) const REPEATED: &str = "person/repeated-surname";
pub(crate) const SURNAME_ONLY: &str = "person/surname";
pub(crate) const APOSTROPHE: &str = "person/apostrophe-inflected";
pub(crate) const SPEAKER: &str = "person/next-to-speech-verb";
pub(crate) const TITLE_UNKNOWN: &str = "person/title-unknown-name";
pub(crate) const ROYAL: &str = "person/first-roman-numeral";
pub(crate) const FIRST_INITIAL: &str = "person/first-initial";
pub(crate) const DEITY: &str = "person/deity";
pub(crate) const COORDINATED: &str = "person/in-list-of-people";
pub(crate) const ADDRESS: &str = "person/after-pan";
pub(crate) const AFTER_SAM: &str = "person/after-sam";
pub(crate) const AFTER_ABBREVIATION: &str = "person/after-abbreviated-title";
pub(crate) const LINEUP: &str = "person/team-lineup";

/// A surname decision: its base form (lower-case) and how sure we are.
struct Surname {
    lemma: String,
    gender: Option<Gram>,
    guessed: bool,
}

fn gender_ok(a: Option<Gram>, b: Option<Gram>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// A capitalised word that may be a name part: not a lexicon institution head or title.
fn name_like(a: &Analysis<'_>, i: usize) -> bool {
    !a.breaks_before(i) && name_like_opening(a, i)
}

/// Like [`name_like`], for the first word of a name, which may open a paragraph.
fn name_like_opening(a: &Analysis<'_>, i: usize) -> bool {
    a.tok(i).is_some_and(|t| {
        let byline =
            t.shape == Shape::Upper && i > 0 && a.tokens[i - 1].shape == Shape::Upper && name_shaped_caps(t.text);
        t.kind == TokenKind::Word
            && (t.shape == Shape::Capitalized && name_shaped(t.text) || byline)
            && t.text.chars().count() > 1
    }) && super::heads::head(a.lower(i)).is_none()
        && !a.has_single(i, EntryKind::Title)
        && !is_function_word(a.lower(i))
        && (!is_honorific(a.lower(i)) || a.lower(i).starts_with("pann"))
}

/// Pronouns, particles, conjunctions and the commonest verb forms: capitalised in a heading, a
/// forum post or after a speaker's name, they are never part of a person's name ("Blake Ja w
/// Atenach", "Nie potwierdziła", "Caleb To jedna z...").
const FUNCTION_WORDS: &[&str] = &[
    "ja",
    "ty",
    "on",
    "ona",
    "ono",
    "my",
    "wy",
    "oni",
    "one",
    "mnie",
    "mi",
    "ci",
    "cię",
    "ciebie",
    "jego",
    "jej",
    "ją",
    "nam",
    "wam",
    "ich",
    "nas",
    "was",
    "się",
    "to",
    "ten",
    "tego",
    "tej",
    "temu",
    "tym",
    "tę",
    "tamten",
    "tamta",
    "tamto",
    "co",
    "kto",
    "czy",
    "jak",
    "tak",
    "nie",
    "no",
    "ale",
    "że",
    "bo",
    "gdy",
    "jeśli",
    "już",
    "jeszcze",
    "też",
    "także",
    "tylko",
    "nawet",
    "może",
    "mój",
    "moja",
    "moje",
    "twój",
    "twoja",
    "twoje",
    "twoim",
    "nasz",
    "nasza",
    "nasze",
    "wasz",
    "wasza",
    "taki",
    "taka",
    "takie",
    "jaki",
    "jaka",
    "jakie",
    "który",
    "która",
    "które",
    "każdy",
    "wszyscy",
    "wszystko",
    "nic",
    "nikt",
    "coś",
    "ktoś",
    "jest",
    "był",
    "była",
    "było",
    "są",
    "byli",
    "będzie",
    "mam",
    "masz",
    "mamy",
    "macie",
    "mają",
    "chyba",
    "właśnie",
    "dzięki",
    "witam",
    "witaj",
    "cześć",
    "pozdrawiam",
    "dobrze",
    "dziękuję",
    "proszę",
    "niestety",
    "naprawdę",
    "zdaniem",
    "nawiasem",
    "wtedy",
    "teraz",
    "dziś",
    "tam",
    "gdzie",
    "kiedy",
    "dlaczego",
    "czemu",
    "oraz",
    "lub",
    "albo",
    "więc",
    "przecież",
    "go",
    "niego",
    "niej",
    "nią",
    "nim",
    "nich",
    "tobie",
    "sobie",
    "siebie",
    "twojego",
];

fn is_function_word(w: &str) -> bool {
    static SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| FUNCTION_WORDS.iter().copied().collect());
    SET.contains(w)
}

/// Letters only, capitals only at the start of each hyphen or apostrophe part: "Kowalski",
/// "Nowak-Jeziorańska", "O'Neill"; not "Holo4Med" or "InfoTech".
fn name_shaped(w: &str) -> bool {
    let mut prev: Option<char> = None;
    for c in w.chars() {
        if !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’') {
            return false;
        }
        if c.is_uppercase() && prev.is_some_and(|p| p.is_alphabetic()) {
            return false;
        }
        prev = Some(c);
    }
    true
}

/// Polish case endings written after an apostrophe on foreign names.
const APOSTROPHE_ENDINGS: &[&str] =
    &["a", "owi", "em", "ie", "ego", "emu", "m", "u", "y", "ę", "ą", "ów", "om", "ami", "ach", "go", "mu"];

/// The base of a foreign name inflected with an apostrophe, and the ending ("dehaene'a" →
/// ("dehaene", "a")).
fn apostrophe_split(lower: &str) -> Option<(&str, &str)> {
    let (base, ending) = lower.rsplit_once(['\'', '’'])?;
    (base.chars().count() >= 2 && APOSTROPHE_ENDINGS.contains(&ending)).then_some((base, ending))
}

/// "Bowe'a", "Kovalsky’ego" on their own, mid-sentence: the apostrophe ending is a sure sign
/// of a foreign person's name in Polish text.
fn apostrophe_surname(a: &Analysis<'_>, i: usize) -> Option<Candidate> {
    let t = a.tok(i)?;
    if !name_like(a, i) {
        return None;
    }
    let (base, ending) = apostrophe_split(a.lower(i))?;
    let cases = match ending {
        "a" | "go" => Cases(Cases::GEN.0 | Cases::ACC.0),
        "owi" | "mu" | "emu" => Cases::DAT,
        "em" | "m" => Cases::INST,
        "ie" | "u" => Cases::LOC,
        _ => Cases::ANY,
    };
    // The base as written: lower-casing kept the length of these letters, or fall back to it.
    let base_text = t.text.get(..base.len()).filter(|b| b.to_lowercase() == base).unwrap_or(base).to_owned();
    // "George'a Busha", "Jean-Claude’a Junckera": the apostrophe was on the given name.
    if name_like(a, i + 1) && !a.tokens[i + 1].sentence_start {
        let family = surname_at(a, i + 1, cases, Some(Gram::M), true)
            .map(|s| restore_case(a.slice(i + 1, i + 2), &s.lemma))
            .unwrap_or_else(|| a.tokens[i + 1].text.to_owned());
        return Some(person(a, (i, i + 2), Some(base_text), Some(family), Some(Gram::M), APOSTROPHE));
    }
    // "Nigela Farage'a": an unlisted given name before it.
    let start =
        if i > 0 && name_like(a, i - 1) && !a.tokens[i].sentence_start && a.lex[i - 1].is_empty() { i - 1 } else { i };
    let given = (start < i).then(|| a.tokens[start].text.to_owned());
    Some(person(a, (start, i + 1), given, Some(base_text), None, APOSTROPHE))
}

/// The surname reading of token `i` that agrees with `cases` and `gender`, from the lexicon
/// or, failing that, from the suffix guesser.
fn surname_at(a: &Analysis<'_>, i: usize, cases: Cases, gender: Option<Gram>, allow_guess: bool) -> Option<Surname> {
    let t = a.tok(i)?;
    let lower = t.text.to_lowercase();
    let agrees = |r: &&Reading| r.cases.meets(cases) && gender_ok(r.gender, gender);
    if let Some(r) = a.single(i, EntryKind::Surname).find(agrees) {
        return Some(Surname { lemma: r.lemma.clone(), gender: r.gender, guessed: r.guessed });
    }
    // A man's surname in -o is often left undeclined ("Zbigniewa Ziobro", "z Janem Fredro"):
    // its nominative stands for any case.
    let undeclined = a.single(i, EntryKind::Surname).find(|r| {
        r.gender == Some(Gram::M)
            && r.cases.has_nom()
            && r.lemma == lower
            && lower.ends_with('o')
            && gender_ok(r.gender, gender)
    });
    if let Some(r) = undeclined {
        return Some(Surname { lemma: r.lemma.clone(), gender: r.gender, guessed: r.guessed });
    }
    // A foreign surname takes its Polish ending after an apostrophe: "Dehaene'a", "Bowe'em".
    if let Some((base, _)) = apostrophe_split(&lower) {
        return Some(Surname { lemma: base.to_owned(), gender, guessed: true });
    }
    // Hyphenated surnames inflect part by part: "Nowak-Jeziorańskiej".
    if lower.contains('-') {
        let mut parts = Vec::new();
        for part in lower.split('-') {
            let rs = a.lookup(part);
            let r = rs.iter().filter(|r| r.kind == EntryKind::Surname).find(agrees);
            match r {
                Some(r) => parts.push(r.lemma.clone()),
                None => parts.push(guess_one(part, cases, gender?)?),
            }
        }
        return Some(Surname { lemma: parts.join("-"), gender, guessed: true });
    }
    if !allow_guess {
        return None;
    }
    // Other lexicon readings speak against an unknown surname: a place, an institution, a
    // first name (a new name starts there).
    // A foreign town or a village of that name does not: "Bill Clinton", "Bolesław Wieniawa".
    let town = a.single(i, EntryKind::Place).any(|r| !r.is_minor_place() && r.sub != Some("foreign_city"));
    if town || a.has_single(i, EntryKind::Institution) || a.has_single(i, EntryKind::FirstName) {
        return None;
    }
    // Adjectival endings are left to the lexicon, which knows the real -ski/-cki surnames;
    // a guess on a word it knows otherwise mostly turns an adjective into a surname. A word it
    // does not know at all is a foreign or rare surname ("Olgi Daniłowej", "Marcina
    // Kydryńskiego").
    if !a.lex[i].is_empty()
        && ["ej", "ą", "ego", "emu", "ym", "im", "ich", "ych", "na", "ny", "ne", "wa", "wy", "we"]
            .iter()
            .any(|e| lower.ends_with(e))
    {
        return None;
    }
    let g = gender?;
    Some(Surname { lemma: guess_one(&lower, cases, g)?, gender: Some(g), guessed: true })
}

fn guess_one(lower: &str, cases: Cases, g: Gram) -> Option<String> {
    let forms = guess::base_forms(lower, g);
    // After an indeclinable given name ("Joe Bidena", "Leo Varadkarem") nothing fixes the case.
    // A man's unknown surname that looks inflected is then taken as inflected: Polish men's
    // surnames in -a are in the lexicon, foreign ones seldom end so.
    if cases == Cases::ANY && g == Gram::M {
        if let Some((b, _)) = forms.iter().skip(1).find(|(b, c)| !c.meets(Cases::NOM) && b.len() < lower.len()) {
            return Some(b.clone());
        }
    }
    forms.into_iter().find(|(_, c)| c.meets(cases)).map(|(b, _)| b)
}

fn to_gram(g: Option<Gender>) -> Option<Gram> {
    g.map(|g| if g == Gender::Male { Gram::M } else { Gram::F })
}

pub(crate) fn to_gender(g: Option<Gram>) -> Option<Gender> {
    match g {
        Some(Gram::M) => Some(Gender::Male),
        Some(Gram::F) => Some(Gender::Female),
        _ => None,
    }
}

fn person(
    a: &Analysis<'_>,
    tok: (usize, usize),
    given: Option<String>,
    family: Option<String>,
    gender: Option<Gram>,
    rule: &'static str,
) -> Candidate {
    let lemma = match (&given, &family) {
        (Some(g), Some(f)) => format!("{g} {f}"),
        (Some(g), None) => g.clone(),
        (None, Some(f)) => f.clone(),
        (None, None) => a.slice(tok.0, tok.1).to_owned(),
    };
    let mut c = Candidate::new(a, Label::Person, tok, lemma, rule);
    c.person = Some(PersonName { given, family, gender: to_gender(gender) });
    c
}

/// First-name readings of token `i` when it is written as a name.
fn first_names<'a>(a: &'a Analysis<'_>, i: usize) -> Vec<&'a Reading> {
    let Some(t) = a.tok(i) else { return Vec::new() };
    if t.kind != TokenKind::Word
        || !t.is_capitalized()
        || t.text.chars().count() < 2
        || is_roman(t.text)
        || !name_shaped_caps(t.text)
    {
        return Vec::new();
    }
    // "Rada Bezpieczeństwa", "Państwa Członkowskiego": an institution head is no given name.
    if is_honorific(a.lower(i)) || super::heads::head(a.lower(i)).is_some() {
        return Vec::new();
    }
    // Plural forms ("Darków") name a group, not a person.
    a.single(i, EntryKind::FirstName).filter(|r| !r.plural).collect()
}

/// "w", "we" or "na" before token `i`: what follows is in the locative, a place's case.
fn after_locative_preposition(a: &Analysis<'_>, i: usize) -> bool {
    i > 0 && matches!(a.lower(i - 1), "w" | "we" | "na")
}

/// "Emmanuela Macrona", "Svenem Hannawaldem": a word no lexicon knows whose base form, less a
/// masculine case ending, is a man's given name the lexicon lists only in the nominative (many
/// foreign names are). The readings are the base's, in the cases of the ending; they are good
/// for a full name only (the caller wants a surname after them).
fn declined_foreign_first_names(a: &Analysis<'_>, i: usize) -> Vec<Reading> {
    let Some(t) = a.tok(i) else { return Vec::new() };
    if t.kind != TokenKind::Word || t.shape != Shape::Capitalized || !name_shaped(t.text) || !a.lex[i].is_empty() {
        return Vec::new();
    }
    let lower = a.lower(i);
    // Nominal endings only: "Samego" is no form of "Samy"; after "w" / "na" a locative is a
    // place's ("na Arenie").
    let at_place = after_locative_preposition(a, i);
    let loc = lower.ends_with("ie") && !at_place;
    if ["ego", "emu"].iter().any(|e| lower.ends_with(e)) {
        return Vec::new();
    }
    // Men's names: -a, -owi, -em, -ie ("Recepa"); women's: -y, -i, -ę, -ą, -ie ("Theresy").
    let male = ["a", "owi", "em"].iter().any(|e| lower.ends_with(e)) || loc;
    let female = ["y", "i", "ę", "ą"].iter().any(|e| lower.ends_with(e)) || loc;
    let mut out = Vec::new();
    for (g, ok) in [(Gram::M, male), (Gram::F, female)] {
        if !ok {
            continue;
        }
        for (base, cases) in guess::base_forms(lower, g).into_iter().skip(1) {
            if cases.has_nom() || base.chars().count() < 3 || base == lower {
                continue;
            }
            for r in a.lookup(&base) {
                if r.kind == EntryKind::FirstName && r.gender == Some(g) && r.cases.has_nom() && !r.plural && !r.common
                {
                    out.push(Reading { cases, guessed: true, ..r });
                }
            }
        }
    }
    out
}

/// Words of address before a surname: evidence of a person, never part of the name.
const HONORIFICS: &[&str] = &[
    "pan", "pani", "pana", "panu", "panem", "panią", "panie", "państwo", "państwa", "panna", "panny", "ks.", "ksiądz",
    "księdza", "dr", "prof.", "mgr", "inż.", "mec.", "doc.", "red.", "gen.", "płk", "mjr", "kpt.", "o.", "abp", "bp",
    "kard.", "św.", "p.", "pp.", "śp.", "bł.", "dh.", "hr.", "ppor.", "insp.", "asp.", "sierż.",
];

/// Word lists are probed for nearly every token: hashed once.
fn is_honorific(w: &str) -> bool {
    static SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| HONORIFICS.iter().copied().collect());
    SET.contains(w)
}

fn is_speech_verb(w: &str) -> bool {
    static SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| SPEECH_VERBS.iter().copied().collect());
    SET.contains(w)
}

/// Like [`name_shaped`], but also accepts a name written all in capitals (bylines:
/// "AGNIESZKA CHŁOŃ").
fn name_shaped_caps(w: &str) -> bool {
    name_shaped(w) || (w.chars().all(|c| c.is_uppercase() || c == '-') && w.chars().count() > 2)
}

/// An initial: "J." (one capital letter and a dot).
fn is_initial(a: &Analysis<'_>, i: usize) -> bool {
    a.tok(i).is_some_and(|t| {
        let mut c = t.text.chars();
        matches!((c.next(), c.next(), c.next()), (Some(l), Some('.'), None) if l.is_uppercase())
    })
}

pub(crate) fn find(a: &Analysis<'_>, titles: &[Candidate]) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let n = a.tokens.len();
    let title_end: HashMap<usize, &Candidate> = titles.iter().map(|t| (t.tok.1, t)).collect();
    let title_starts: HashSet<usize> = titles.iter().map(|t| t.tok.0).collect();
    let mut i = 0;
    while i < n {
        if let Some(c) = full_name_at(a, i) {
            i = c.tok.1;
            out.push(c);
            continue;
        }
        // "J. Kowalski": the surname must be one the lexicon knows and not an ordinary word,
        // or list items ("A. Ostatnia sprawa") would be people.
        if is_initial(a, i) && name_like(a, i + 1) && !a.single(i + 1, EntryKind::Surname).all(|r| r.common) {
            if let Some(s) = surname_at(a, i + 1, Cases::ANY, None, false) {
                let given = a.tok(i).map(|t| t.text.to_owned());
                let family = restore_case(a.slice(i + 1, i + 2), &s.lemma);
                out.push(person(a, (i, i + 2), given, Some(family), s.gender, INITIAL));
                i += 2;
                continue;
            }
        }
        // "prezes Kowalski", "ministra Niedzielskiego", "pan Mikołajczak"
        // "z domu Krzeptowska": a maiden name.
        let maiden = i > 1 && a.lower(i - 1) == "domu" && a.lower(i - 2) == "z";
        let honorific = i > 0 && is_honorific(a.lower(i - 1)) || maiden;
        if (title_end.contains_key(&i) || honorific)
            && name_like(a, i)
            && first_names(a, i).is_empty()
            && !a.tokens[i].sentence_start
        {
            {
                let cases = title_end.get(&i).and_then(|t| t.cases).unwrap_or(Cases::ANY);
                let female = title_end.get(&i).is_some_and(|t| t.lemma.ends_with('a') || t.lemma.ends_with("ni"));
                let g = if female { Gram::F } else { Gram::M };
                let s = surname_at(a, i, cases, Some(g), false).or_else(|| surname_at(a, i, cases, None, false));
                if let Some(s) = s.filter(|_| !a.single(i, EntryKind::Surname).all(|r| r.common)) {
                    let family = restore_case(a.slice(i, i + 1), &s.lemma);
                    out.push(person(a, (i, i + 1), None, Some(family), s.gender.or(Some(g)), TITLE_SURNAME));
                    i += 1;
                    continue;
                }
            }
        }
        // "premier Theresa May", "komisarz Guenther Oettinger": after a title, one or two
        // capitalised words no lexicon knows (or that are names) are the person.
        if let Some(title) = title_end.get(&i) {
            if let Some(c) = unknown_after_title(a, i, title) {
                i = c.tok.1;
                out.push(c);
                continue;
            }
        }
        // "pani Basia", "panu Garszyńskiemu", "p. Kiślańskiej": after "pan" / "pani" any
        // capitalised word that is no title is a name, listed or not.
        if let Some(c) = after_pan(a, i).or_else(|| after_sam(a, i)).or_else(|| after_abbreviation(a, i)) {
            i = c.tok.1;
            out.push(c);
            continue;
        }
        // "Harri Kuusela, kierownik projektu": an unknown name introduced by an apposition; at
        // the start of a sentence or paragraph, unless the first word is an ordinary one
        // ("Wczoraj Kuusela, kierownik projektu").
        let unknown = |k: usize| a.lex.get(k).is_some_and(|m| m.is_empty());
        let opening = a.breaks_before(i) || a.tokens[i].sentence_start;
        if unknown(i)
            && unknown(i + 1)
            && a.is(i + 2, ",")
            && title_starts.contains(&(i + 3))
            && name_like(a, i + 1)
            && name_like_opening(a, i)
            && !(opening && crate::lexicon::ordinary::is_ordinary(a.lower(i)))
        {
            out.push(unlisted(a, (i, i + 2), APPOSITION));
            i += 2;
            continue;
        }
        if let Some(c) =
            deity(a, i).or_else(|| surname_only(a, i)).or_else(|| speaker(a, i)).or_else(|| apostrophe_surname(a, i))
        {
            i = c.tok.1;
            out.push(c);
            continue;
        }
        i += 1;
    }
    out.extend(super::speaker::find(a));
    let (players, teams) = lineups(a);
    out.extend(players);
    join_adjacent(a, &mut out);
    with_particles(a, &mut out);
    with_spaced_hyphen(a, &mut out);
    coordinated(a, &mut out);
    given_names_again(a, &mut out);
    repeated_surnames(a, &mut out);
    for c in &mut out {
        with_saint(a, c);
    }
    drop_non_persons(a, &mut out, &teams);
    out.sort_by_key(|c| c.tok);
    out
}

/// A one-word name alone in quotation marks is a title, a brand or a club ("„Krakowska”",
/// "“Dzik”"); and the team a line-up is headed by ("Górnik: Kwedyczenko - ...") is the team
/// wherever the text declines it ("bramkarz Górnika", "w Górniku").
fn drop_non_persons(a: &Analysis<'_>, out: &mut Vec<Candidate>, teams: &[usize]) {
    let team_bases: FxHashSet<String> = teams
        .iter()
        .flat_map(|&k| {
            let w = a.lower(k);
            guess::base_forms(w, Gram::M).into_iter().map(|(b, _)| b).chain(std::iter::once(w.to_owned()))
        })
        .collect();
    out.retain(|c| {
        if c.label != Label::Person || c.tok.1 != c.tok.0 + 1 || c.rule == LINEUP {
            return true;
        }
        let k = c.tok.0;
        let quoted = k > 0
            && super::opens_quote(a.tokens[k - 1].text)
            && a.tok(k + 1).is_some_and(|n| super::closes_quote(n.text));
        let team = !team_bases.is_empty()
            && guess::base_forms(a.lower(k), Gram::M).into_iter().any(|(b, _)| team_bases.contains(&b));
        !(quoted || team)
    });
}

/// Forms of the names of God and of the Holy Family, with their base forms: NKJP counts them
/// as persons. No surname or place list holds them, and they inflect irregularly.
const DEITIES: &[(&str, &str)] = &[
    ("bóg", "Bóg"),
    ("boga", "Bóg"),
    ("bogu", "Bóg"),
    ("bogiem", "Bóg"),
    ("boże", "Bóg"),
    ("jezus", "Jezus"),
    ("jezusa", "Jezus"),
    ("jezusowi", "Jezus"),
    ("jezusem", "Jezus"),
    ("jezusie", "Jezus"),
    ("jezu", "Jezus"),
    ("chrystus", "Chrystus"),
    ("chrystusa", "Chrystus"),
    ("chrystusowi", "Chrystus"),
    ("chrystusem", "Chrystus"),
    ("chrystusie", "Chrystus"),
    ("chryste", "Chrystus"),
    ("maryja", "Maryja"),
    ("maryi", "Maryja"),
    ("maryję", "Maryja"),
    ("maryją", "Maryja"),
    ("maryjo", "Maryja"),
    ("allah", "Allah"),
    ("allaha", "Allah"),
    ("allahowi", "Allah"),
    ("allahem", "Allah"),
    ("jahwe", "Jahwe"),
];

fn deity_at(a: &Analysis<'_>, i: usize) -> Option<&'static str> {
    let t = a.tok(i)?;
    if t.shape != Shape::Capitalized {
        return None;
    }
    static INDEX: LazyLock<FxHashMap<&str, &str>> = LazyLock::new(|| DEITIES.iter().copied().collect());
    INDEX.get(a.lower(i)).copied()
}

/// "Boga", "Jezusa Chrystusa", "Maryi"; not the feasts "Boże Narodzenie", "Boże Ciało".
fn deity(a: &Analysis<'_>, i: usize) -> Option<Candidate> {
    let first = deity_at(a, i)?;
    // "Boże" is also the adjective ("słowo Boże", "Przykazania Boże"): only the vocative, which
    // punctuation follows, is the name.
    if a.lower(i) == "boże" && a.tok(i + 1).is_some_and(|t| t.kind == TokenKind::Word) {
        return None;
    }
    let second = deity_at(a, i + 1).filter(|_| !a.breaks_before(i + 1) && first != "Bóg");
    let end = if second.is_some() { i + 2 } else { i + 1 };
    if a.is_cap_word(end) && !a.tokens[end].sentence_start {
        return None;
    }
    let mut lemma = match second {
        Some(s) => format!("{first} {s}"),
        None => first.to_owned(),
    };
    // "Pan Bóg", "Pana Jezusa": the "Lord" is part of the name.
    let lord = i > 0 && !a.breaks_before(i) && matches!(a.lower(i - 1), "pan" | "pana" | "panu" | "panem" | "panie");
    let start = if lord { i - 1 } else { i };
    if lord {
        lemma = format!("{} {lemma}", restore_case(a.tokens[i - 1].text, "pan"));
    }
    let mut c = Candidate::new(a, Label::Person, (start, end), lemma, DEITY);
    c.person = Some(PersonName { given: Some(first.to_owned()), family: second.map(str::to_owned), gender: None });
    Some(c)
}

/// "św." and "bł." stay as written in the base form; the full adjective takes the nominative
/// of the saint's gender.
const SAINTS: &[(&str, Option<(&str, &str)>)] = &[
    ("św.", None),
    ("bł.", None),
    ("święty", Some(("święty", "święta"))),
    ("świętego", Some(("święty", "święty"))),
    ("świętemu", Some(("święty", "święty"))),
    ("świętym", Some(("święty", "święty"))),
    ("święta", Some(("święta", "święta"))),
    ("świętej", Some(("święta", "święta"))),
    ("świętą", Some(("święta", "święta"))),
    ("błogosławiony", Some(("błogosławiony", "błogosławiona"))),
    ("błogosławionego", Some(("błogosławiony", "błogosławiony"))),
    ("błogosławionej", Some(("błogosławiona", "błogosławiona"))),
];

/// A saint's epithet belongs to the name, as NKJP marks it: "św. Jerzego" → "św. Jerzy",
/// "świętej Małgorzaty" → "święta Małgorzata".
fn with_saint(a: &Analysis<'_>, c: &mut Candidate) {
    let Some(p) = c.tok.0.checked_sub(1) else { return };
    if a.breaks_before(c.tok.0) || c.rule == DEITY {
        return;
    }
    let Some(&(_, nominative)) = SAINTS.iter().find(|(f, _)| *f == a.lower(p)) else { return };
    let female = c.person.as_ref().and_then(|n| n.gender) == Some(Gender::Female);
    let word = match nominative {
        None => a.tokens[p].text.to_owned(),
        Some((m, f)) => restore_case(a.tokens[p].text, if female { f } else { m }),
    };
    c.tok.0 = p;
    c.span = a.span_of(p, c.tok.1);
    c.lemma = format!("{word} {}", c.lemma);
}

/// A surname on its own, mid-sentence: a lexicon surname that is no ordinary word and no
/// other kind of name ("Piłsudskiego", "Dworzyńskiego").
fn surname_only(a: &Analysis<'_>, i: usize) -> Option<Candidate> {
    let t = a.tok(i)?;
    let opening = t.sentence_start || t.line_start;
    if !name_like_opening(a, i) {
        return None;
    }
    // Other readings of the word speak against a person, except small places (their names are
    // mostly surnames too, and a village needs a preposition anyway).
    let lex = a.lex.get(i)?;
    let other = lex.iter().filter(|m| m.end == i + 1).flat_map(|m| a.readings(m)).any(|r| match r.kind {
        EntryKind::Surname => false,
        EntryKind::Place => !r.is_minor_place(),
        _ => true,
    });
    let surnames: Vec<&Reading> = a.single(i, EntryKind::Surname).filter(|r| !r.plural).collect();
    // At the start of a sentence a capital proves nothing: only a surname SGJP knows, borne by
    // many, and no other word.
    let r = surnames
        .iter()
        .copied()
        .filter(|r| if opening { !r.guessed && r.freq >= 8 } else { !r.guessed || r.freq >= 6 })
        .max_by_key(|r| r.freq)?;
    // A surname that is also an ordinary word ("Grobem", "Bory") stands alone only when many
    // people bear it (Nowak, Kowalski).
    // At a sentence start such a word is the word ("Surowiec zielarski", "Bieda już dawno...").
    if surnames.iter().any(|r| r.attr("word").is_some()) && (r.freq < 11 || opening) {
        return None;
    }
    if other || surnames.iter().any(|r| r.common) || a.single(i, EntryKind::Surname).any(|r| r.common) {
        return None;
    }
    // Part of a longer capitalised name ("Szpital Bielański", "Teatr Bogusławskiego") is left to
    // the institution rule.
    if i > 0 && a.is_cap_word(i - 1) && !a.tokens[i - 1].sentence_start {
        return None;
    }
    let family = restore_case(a.slice(i, i + 1), &r.lemma);
    Some(person(a, (i, i + 1), None, Some(family), r.gender, SURNAME_ONLY))
}

/// Forms of "pan" / "pani" (and "p.") with the cases and gender they give the name after them.
const PAN_FORMS: &[(&str, Cases, Option<Gram>)] = &[
    ("pan", Cases::NOM, Some(Gram::M)),
    ("pana", Cases(Cases::GEN.0 | Cases::ACC.0), Some(Gram::M)),
    ("panu", Cases::DAT, Some(Gram::M)),
    ("panem", Cases::INST, Some(Gram::M)),
    ("panie", Cases(Cases::VOC.0 | Cases::LOC.0), Some(Gram::M)),
    ("pani", Cases(Cases::NOM.0 | Cases::GEN.0 | Cases::DAT.0 | Cases::LOC.0 | Cases::VOC.0), Some(Gram::F)),
    ("panią", Cases(Cases::ACC.0 | Cases::INST.0), Some(Gram::F)),
    ("panna", Cases::NOM, Some(Gram::F)),
    ("panny", Cases::GEN, Some(Gram::F)),
    ("p.", Cases::ANY, None),
];

/// Nouns written with a capital after "Pan" / "Pani" in polite or jocular address: "Pan Mąż",
/// "Panie Redaktorze", "Pani Młoda", "Pan Nikt" (prefixes of their forms).
const ADDRESS_NOUNS: &[&str] = &["mąż", "męż", "młod", "redaktor", "nikt", "kolego", "koleg", "doktor", "mecenas"];

/// Adjectival endings: after "pan" they make an epithet ("Pan Młody", "Panie Święty"), except
/// on -ski / -cki / -dzki surnames ("panu Garszyńskiemu").
fn adjective_not_surname(w: &str) -> bool {
    let adjective = ["ego", "emu", "ym", "im", "ych", "ich", "ej", "y", "ki", "gi"].iter().any(|e| w.ends_with(e));
    let surname = ["sk", "ck", "dzk"].iter().any(|stem| {
        ["i", "iego", "iemu", "im", "ich", "iej"].iter().any(|e| w.strip_suffix(e).is_some_and(|s| s.ends_with(stem)))
    });
    adjective && !surname
}

/// "pani Basia", "panu Garszyńskiemu", "p. Kiślańskiej", "panie Sosenek": a capitalised word
/// after a form of "pan" / "pani" is a person, listed or not, unless it is a title ("Panie
/// Marszałku"), an institution or an epithet ("Pan Młody"). The name takes the case and the
/// gender of the form of address.
fn after_pan(a: &Analysis<'_>, i: usize) -> Option<Candidate> {
    let p = i.checked_sub(1)?;
    let &(_, cases, g) = PAN_FORMS.iter().find(|(f, _, _)| *f == a.lower(p))?;
    // "P." is an initial ("Krzysztofa P. Rozwikłanie"), "20 p." points.
    let abbrev_ok = a.tokens[p].text == "p." && p > 0 && a.tokens[p - 1].kind == TokenKind::Word;
    if a.lower(p) == "p." && !abbrev_ok {
        return None;
    }
    let t = a.tok(i)?;
    if !name_like(a, i) || t.sentence_start || t.shape != Shape::Capitalized || deity_at(a, i).is_some() {
        return None;
    }
    // A longer capitalised run is another kind of name ("Pani Minister Krystyna Łybacka" aside,
    // which the title rules take).
    if a.is_cap_word(i + 1) && !a.tokens[i + 1].sentence_start {
        return None;
    }
    let lower = a.lower(i);
    // Other kinds of names speak against a person: a town, a country, an institution.
    let other = a.lex[i].iter().filter(|m| m.end == i + 1).flat_map(|m| a.readings(m)).any(|r| match r.kind {
        EntryKind::FirstName | EntryKind::Surname => false,
        EntryKind::Place => !r.is_minor_place(),
        _ => true,
    });
    if other || adjective_not_surname(lower) || ADDRESS_NOUNS.iter().any(|n| lower.starts_with(n)) {
        return None;
    }
    // A given name: "pani Basia", "panie Adasiu".
    if let Some(r) = first_names(a, i).into_iter().find(|r| r.cases.meets(cases) && gender_ok(r.gender, g)) {
        let given = restore_case(a.slice(i, i + 1), &r.lemma);
        return Some(person(a, (i, i + 1), Some(given), None, r.gender, ADDRESS));
    }
    // After "p." the ending tells a woman's adjectival surname ("p. Kiślańskiej").
    let g = g.or_else(|| {
        let female = ["skiej", "ckiej", "ska", "cka", "ską", "cką", "owej", "owa", "ową"];
        female.iter().any(|e| lower.ends_with(e)).then_some(Gram::F)
    });
    let s = surname_at(a, i, cases, g, false)
        .or_else(|| {
            let g = g?;
            // After "p." nothing fixes the case: a form that looks declined is taken as declined.
            let declined =
                (cases == Cases::ANY).then(|| guess::base_forms(lower, g).into_iter().nth(1).map(|(b, _)| b)).flatten();
            declined.or_else(|| guess_one(lower, cases, g)).map(|lemma| Surname {
                lemma,
                gender: Some(g),
                guessed: true,
            })
        })
        .map(|s| (s.lemma, s.gender))
        .unwrap_or_else(|| (lower.to_owned(), g));
    let family = restore_case(a.slice(i, i + 1), &s.0);
    Some(person(a, (i, i + 1), None, Some(family), s.1.or(g), ADDRESS))
}

/// Abbreviated titles and ranks that only ever stand before a person's name.
const NAME_ABBREVIATIONS: &[&str] = &[
    "dr", "dr.", "prof.", "ks.", "mgr", "inż.", "mec.", "gen.", "płk", "mjr", "kpt.", "abp", "bp", "kard.", "o.",
    "doc.",
];

/// "prof. Ryn", "gen. Sonyi", "bp Nonis": after an abbreviated title, a capitalised word no
/// lexicon knows is the surname (the lexicon's surnames are the title-surname rule's). Not
/// after a number ("7 o. Taki", "2-o.").
fn after_abbreviation(a: &Analysis<'_>, i: usize) -> Option<Candidate> {
    let p = i.checked_sub(1)?;
    if !NAME_ABBREVIATIONS.contains(&a.lower(p)) || p > 0 && a.tokens[p - 1].kind == TokenKind::Number {
        return None;
    }
    let t = a.tok(i)?;
    if !name_like(a, i) || t.sentence_start || t.shape != Shape::Capitalized || !a.lex[i].is_empty() {
        return None;
    }
    if a.is_cap_word(i + 1) && !a.tokens[i + 1].sentence_start || a.is(i + 1, "-") {
        return None;
    }
    Some(unlisted(a, (i, i + 1), AFTER_ABBREVIATION))
}

/// "Sam Kedryn nawiązał kontakt", "Sama Kowalska twierdzi": after the pronoun "sam" / "sama"
/// opening a sentence, a capitalised word that names nothing else is the person it stresses.
fn after_sam(a: &Analysis<'_>, i: usize) -> Option<Candidate> {
    let p = i.checked_sub(1)?;
    let g = match a.lower(p) {
        "sam" => Gram::M,
        "sama" => Gram::F,
        _ => return None,
    };
    let t = a.tok(i)?;
    if !(a.tokens[p].sentence_start || a.tokens[p].line_start) || !name_like(a, i) || t.shape != Shape::Capitalized {
        return None;
    }
    if a.is_cap_word(i + 1) || is_honorific(a.lower(i)) || deity_at(a, i).is_some() {
        return None;
    }
    let other = a.lex[i].iter().filter(|m| m.end == i + 1).flat_map(|m| a.readings(m)).any(|r| match r.kind {
        EntryKind::FirstName | EntryKind::Surname => false,
        EntryKind::Place => !r.is_minor_place(),
        _ => true,
    });
    if other {
        return None;
    }
    match surname_at(a, i, Cases::NOM, Some(g), false) {
        Some(s) => {
            let family = restore_case(a.slice(i, i + 1), &s.lemma);
            Some(person(a, (i, i + 1), None, Some(family), s.gender.or(Some(g)), AFTER_SAM))
        }
        None => Some(unlisted(a, (i, i + 1), AFTER_SAM)),
    }
}

/// Verbs of saying in the third person past and present: the person quoted is named right
/// after them ("– mówi Joe Biden") or right before them ("Juncker powiedział").
const SPEECH_VERBS: &[&str] = &[
    "powiedział",
    "powiedziała",
    "mówi",
    "mówił",
    "mówiła",
    "stwierdził",
    "stwierdziła",
    "dodał",
    "dodała",
    "dodaje",
    "uważa",
    "twierdzi",
    "twierdził",
    "twierdziła",
    "podkreślił",
    "podkreśliła",
    "podkreśla",
    "zaznaczył",
    "zaznaczyła",
    "zaznacza",
    "przyznał",
    "przyznała",
    "przyznaje",
    "wyjaśnił",
    "wyjaśniła",
    "wyjaśnia",
    "zapowiedział",
    "zapowiedziała",
    "ocenił",
    "oceniła",
    "ocenia",
    "oświadczył",
    "oświadczyła",
    "napisał",
    "napisała",
    "pisze",
    "przekonywał",
    "przekonywała",
    "przekonuje",
    "zauważył",
    "zauważyła",
    "zauważa",
    "tłumaczył",
    "tłumaczyła",
    "tłumaczy",
    "komentuje",
    "skomentował",
    "skomentowała",
    "zapewnił",
    "zapewniła",
    "zapewnia",
    "przypomniał",
    "przypomniała",
    "przypomina",
    "argumentował",
    "argumentowała",
    "ostrzegł",
    "ostrzegła",
    "ostrzega",
    "odpowiedział",
    "odpowiedziała",
    "odpowiada",
    "pytał",
    "pytała",
    "zapytał",
    "zapytała",
    "wskazał",
    "wskazała",
    "wskazuje",
    "stwierdza",
    "mówiąc",
    "opowiada",
    "opowiadał",
    "opowiadała",
    "wspomina",
    "wspominał",
    "wspominała",
    "relacjonuje",
    "relacjonował",
    "relacjonowała",
    "informuje",
    "poinformował",
    "poinformowała",
    "zapowiada",
    "deklaruje",
    "zadeklarował",
    "zadeklarowała",
    "apeluje",
    "zaapelował",
    "zaapelowała",
    "podkreślał",
    "podkreślała",
    "dodawał",
    "dodawała",
    "wylicza",
    "zdradza",
    "żartuje",
    "przekonywał",
    "potwierdza",
    "potwierdził",
    "potwierdziła",
    "zaprzecza",
    "zaprzeczył",
    "zaprzeczyła",
    "wyznaje",
    "wyznał",
    "wyznała",
    "zawołał",
    "zawołała",
    "odparł",
    "odparła",
    "odrzekł",
    "odrzekła",
];

/// One or two capitalised words no lexicon knows as anything but a name, next to a verb of
/// saying: a foreign or unlisted person ("– mówi Ugur Sahin", "Barnier powiedział").
fn speaker(a: &Analysis<'_>, i: usize) -> Option<Candidate> {
    let plain = |k: usize| {
        let known_other = a.lex.get(k).is_some_and(|m| {
            m.iter()
                .filter(|x| x.end == k + 1)
                .flat_map(|x| a.readings(x))
                .any(|r| !matches!(r.kind, EntryKind::FirstName | EntryKind::Surname) && !r.is_minor_place())
        });
        name_like(a, k) && !known_other
    };
    if !plain(i) {
        return None;
    }
    let end = if plain(i + 1) && !a.tokens[i + 1].sentence_start { i + 2 } else { i + 1 };
    if a.is_cap_word(end) && !a.tokens[end].sentence_start {
        return None;
    }
    let before = i > 0 && is_speech_verb(a.lower(i - 1)) && !a.tokens[i].sentence_start;
    // Before the verb, a capital at the start of a sentence is no evidence ("Jak powiedział").
    let after = is_speech_verb(a.lower(end))
        && !a.tokens[i].sentence_start
        && !a.tokens[i].line_start
        && (i == 0 || !a.is_cap_word(i - 1));
    if !(before || after) {
        return None;
    }
    Some(unlisted(a, (i, end), SPEAKER))
}

/// A person no lexicon lists, written as one word (a surname) or two (given name and surname):
/// the base form is the text as written, since nothing tells how it declines.
fn unlisted(a: &Analysis<'_>, tok: (usize, usize), rule: &'static str) -> Candidate {
    let text = a.squashed(tok.0, tok.1);
    let mut words = text.split(' ');
    let (given, family) = if tok.1 == tok.0 + 2 {
        (words.next().map(str::to_owned), words.next().map(str::to_owned))
    } else {
        (None, words.next().map(str::to_owned))
    };
    let mut c = person(a, tok, given, family, None, rule);
    c.lemma = text;
    c
}

fn unknown_after_title(a: &Analysis<'_>, i: usize, title: &Candidate) -> Option<Candidate> {
    let plain = |k: usize| {
        let w = a.lower(k);
        let adjective = ["ej", "ego", "emu", "ym", "im", "ą", "ich", "ych", "skie", "ska", "ski", "na", "ny"]
            .iter()
            .any(|e| w.ends_with(e));
        let known_other = a.lex.get(k).is_some_and(|m| {
            m.iter()
                .filter(|x| x.end == k + 1)
                .flat_map(|x| a.readings(x))
                .any(|r| !matches!(r.kind, EntryKind::FirstName | EntryKind::Surname))
        });
        name_like(a, k) && !adjective && !known_other && !a.tokens[k].sentence_start
    };
    if !plain(i) {
        return None;
    }
    let end = if plain(i + 1) { i + 2 } else { i + 1 };
    if a.is_cap_word(end) {
        return None; // a longer capitalised run is a name of something else
    }
    // One unknown word after "prezes" is as often the company in the genitive ("prezes
    // Adidasa", "szef Gazpromu"). A name in apposition takes the title's case: after a title in
    // the nominative, a word ending in a consonant is no genitive ("kapitan Pappas", "prezydent
    // Gizikis"), so it is the person. Lexicon surnames alone are the title-surname rule's.
    if end == i + 1 {
        let nominative = title.cases.is_some_and(|c| c.has_nom());
        let last = a.lower(i).chars().next_back().unwrap_or('a');
        let unknown = a.lex[i].is_empty() && a.lower(i).chars().count() >= 3;
        // Nor is a word whose ending is that of a man's name in the title's oblique case:
        // "senatora Willenberga", "ministrowi Czaputowiczowi", "z premierem Husejnowem". A
        // company seldom declines so (its genitive is mostly -u: "szefa Gazpromu").
        let oblique = title.cases.filter(|c| !c.has_nom()).is_some_and(|c| {
            let w = a.lower(i);
            c.meets(Cases::GEN) && w.ends_with('a')
                || c.meets(Cases::DAT) && w.ends_with("owi")
                || c.meets(Cases::INST) && w.ends_with("em")
        });
        let coordinated = LIST_JOINERS.contains(&a.lower(i + 1)) && a.is_cap_word(i + 2);
        if !(unknown && (nominative && !"aeiouyąęó".contains(last) || oblique && !coordinated)) {
            return None;
        }
        if oblique && !nominative {
            // The base form is the word less its ending: "Willenberga" → "Willenberg".
            let cases = title.cases.unwrap_or(Cases::ANY).and(Cases(Cases::GEN.0 | Cases::DAT.0 | Cases::INST.0));
            if let Some(b) = guess_one(a.lower(i), cases, Gram::M).filter(|b| b.as_str() != a.lower(i)) {
                let family = restore_case(a.slice(i, i + 1), &b);
                return Some(person(a, (i, i + 1), None, Some(family), Some(Gram::M), TITLE_UNKNOWN));
            }
        }
    }
    Some(unlisted(a, (i, end), TITLE_UNKNOWN))
}

const DIGRAPH_INITIALS: &[&str] = &["Ch", "Cz", "Sz", "Rz", "Dz", "Dż", "Dź"];

/// The end of an initial at token `j`: "F." as one token, or "F" followed by ".".
fn trailing_initial(a: &Analysis<'_>, j: usize) -> Option<usize> {
    let t = a.tok(j)?;
    if t.gap == Gap::Paragraph {
        return None;
    }
    let mut c = t.text.chars();
    let dot_follows = a.is(j + 1, ".") && a.tokens.get(j + 1).is_some_and(|d| d.gap == Gap::None);
    match (c.next(), c.next(), c.next()) {
        (Some(l), Some('.'), None) if l.is_uppercase() => Some(j + 1),
        (Some(l), None, None) if l.is_uppercase() && dot_follows => Some(j + 2),
        // Polish digraphs are initials too: "Krzysztof Ch.", "Anna Sz."
        (Some(_), Some(_), None) if DIGRAPH_INITIALS.contains(&t.text) && dot_follows => Some(j + 2),
        _ => None,
    }
}

/// First name(s) + surname, or a first name alone when it is a clear name.
fn full_name_at(a: &Analysis<'_>, i: usize) -> Option<Candidate> {
    // "Sam Kedryn nawiązał...": at a sentence start "Sam" / "Sama" is the pronoun ("himself").
    let opening = a.tok(i).is_some_and(|t| t.sentence_start || t.line_start);
    if opening && matches!(a.lower(i), "sam" | "sama") && name_like(a, i + 1) {
        return None;
    }
    let derived = if first_names(a, i).is_empty() { declined_foreign_first_names(a, i) } else { Vec::new() };
    let f1: Vec<&Reading> = if derived.is_empty() { first_names(a, i) } else { derived.iter().collect() };
    if f1.is_empty() {
        return None;
    }
    // Try every first-name reading: "Marka" is Marek (gen/acc), "Maria" may be two genders...
    let mut best: Option<((usize, bool, bool, u8), Candidate)> = None;
    for r in &f1 {
        let mut given = vec![restore_case(a.slice(i, i + 1), &r.lemma)];
        let mut j = i + 1;
        let mut cases = r.cases;
        // A second first name in agreement: "Jan Maria Rokita".
        if let Some(r2) =
            first_names(a, j).into_iter().find(|r2| r2.cases.meets(cases) && gender_ok(r2.gender, r.gender))
        {
            let roman_next = a.tok(j + 1).is_some_and(|t| t.shape == Shape::Upper && is_roman(t.text));
            if roman_next || name_like(a, j + 1) && surname_at(a, j + 1, cases.and(r2.cases), r.gender, true).is_some()
            {
                given.push(restore_case(a.slice(j, j + 1), &r2.lemma));
                cases = cases.and(r2.cases);
                j += 1;
            }
        }
        // Rulers and popes: "Jan Paweł II", "Zygmunta III Wazy".
        if a.tok(j).is_some_and(|t| t.shape == Shape::Upper && is_roman(t.text)) && !a.breaks_before(j) {
            given.push(a.tokens[j].text.to_owned());
            j += 1;
            if !name_like(a, j) {
                let text = given.join(" ");
                return Some(person(a, (i, j), Some(text), None, r.gender, ROYAL));
            }
        }
        // "Jan K. Ardanowski", "Thomas E. Glenister": a middle initial before the surname.
        if let Some(k) = trailing_initial(a, j).filter(|&k| name_like(a, k) && !a.tokens[k].sentence_start) {
            // An initial may end a sentence ("Barbara K. Jej ..."): only a listed surname.
            if let Some(s) = surname_at(a, k, cases, r.gender, false) {
                let family = restore_case(a.slice(k, k + 1), &s.lemma);
                given.push(a.slice(j, k).to_owned());
                let rule = if s.guessed { FIRST_GUESSED } else { FIRST_SURNAME };
                return Some(person(a, (i, k + 1), Some(given.join(" ")), Some(family), r.gender.or(s.gender), rule));
            }
        }
        // "Grażyna F.", "Krzysztofa H.": a first name with the surname's initial.
        if let Some(end) = trailing_initial(a, j) {
            let initial = a.slice(j, end).to_owned();
            return Some(person(a, (i, end), Some(given.join(" ")), Some(initial), r.gender, FIRST_INITIAL));
        }
        let hyphenated =
            a.tok(j).is_some_and(|t| t.shape == Shape::Capitalized && t.text.contains('-')) && !a.breaks_before(j);
        // After a given name a capitalised common noun is a surname: "Łukasz Woźny", "Wojciech
        // Tkacz" (the lexicon knows both as surnames, and as titles).
        let title_word = a.is_cap_word(j)
            && !a.breaks_before(j)
            && !a.tokens[j].sentence_start
            && a.has_single(j, EntryKind::Title)
            && a.single(j, EntryKind::Surname).any(|s| !s.plural);
        let cand = if name_like(a, j) || hyphenated || title_word {
            // "w Odrowążu Podhalańskim", "na Hali Pisanej": after a preposition of place, a
            // word that is also a place does not start a name with an unknown surname.
            let at_place = after_locative_preposition(a, i) && a.has_single(i, EntryKind::Place);
            // An English word in -y is no genitive ("Sony Computer", "Very Important"): a declined
            // given name in -y wants a surname the lexicon knows.
            let english = r.guessed && a.lower(i).ends_with('y');
            surname_at(a, j, cases, r.gender, true).filter(|s| !(s.guessed && (at_place || english))).map(|s| {
                let family = restore_case(a.slice(j, j + 1), &s.lemma);
                let rule = if s.guessed { FIRST_GUESSED } else { FIRST_SURNAME };
                // "Franklin Delano Roosevelt", "Jana Ansgarego Czapskiego": a third word that
                // the lexicon knows as a surname in the same case makes the second a middle name.
                let k = j + 1;
                let third = (name_like(a, k) && !a.tokens[k].sentence_start && !a.is_cap_word(k + 1))
                    .then(|| surname_at(a, k, cases, r.gender.or(s.gender), false))
                    .flatten()
                    .filter(|t| !t.guessed && !a.single(k, EntryKind::Surname).any(|x| x.common));
                if let Some(t) = third {
                    let mut names = given.clone();
                    names.push(family);
                    let last = restore_case(a.slice(k, k + 1), &t.lemma);
                    return person(a, (i, k + 1), Some(names.join(" ")), Some(last), r.gender.or(t.gender), rule);
                }
                person(a, (i, j + 1), Some(given.join(" ")), Some(family), r.gender.or(s.gender), rule)
            })
        } else {
            None
        };
        let cand = cand.or_else(|| {
            // A declined foreign given name stands for a person only with its surname.
            if !derived.is_empty() {
                return None;
            }
            // A first name on its own: a well-attested one. At a sentence start, or written in
            // capitals, it must also not be an ordinary word; mid-sentence the capital is
            // evidence enough for a frequent name ("Marka", "Anna").
            let t = a.tok(i)?;
            let mid = !t.sentence_start && t.shape == Shape::Capitalized;
            // Diminutives ("Tomek", "Maćka") are rare in the registry but SGJP knows them.
            let only_name = a.lex[i]
                .iter()
                .filter(|m| m.end == i + 1)
                .flat_map(|m| a.readings(m))
                .all(|x| x.kind == EntryKind::FirstName);
            // A given name that is otherwise only a surname, no reading of it an ordinary word
            // ("Basi", "Adaś", "Gabrysia"), standing on its own mid-sentence and not inside a longer
            // capitalised name ("Placu Świętego Piotra").
            let only_person = a.lex[i].iter().filter(|m| m.end == i + 1).flat_map(|m| a.readings(m)).all(|x| {
                (matches!(x.kind, EntryKind::FirstName | EntryKind::Surname) || x.is_minor_place()) && !x.common
            });
            let alone = (i == 0 || !a.is_cap_word(i - 1)) && !a.is_cap_word(i + 1) && !r.plural;
            let clear = if mid {
                (r.freq >= 8 || only_name || only_person && alone) && (!r.common || r.freq >= 12)
            } else {
                // At a sentence start, such a name before a lower-case word ("Adaś uścisnął").
                let verb_next = (t.shape == Shape::Capitalized || t.line_start)
                    && a.is_lower_word(i + 1)
                    && !is_function_word(a.lower(i + 1));
                !r.common && (r.freq >= 12 || only_name && r.freq >= 2 || only_person && alone && verb_next)
            };
            // A name alone in quotes is a title or a brand ("„Carmen”", "„Oscar”").
            let quoted = i > 0
                && super::opens_quote(a.tokens[i - 1].text)
                && a.tok(i + 1).is_some_and(|n| super::closes_quote(n.text));
            let clear = clear && !quoted;
            clear.then(|| person(a, (i, i + 1), Some(given[0].clone()), None, r.gender, FIRST_ONLY))
        });
        if let Some(c) = cand {
            // "Mario" is Mario, not the vocative of Maria.
            let key = (c.tok.1, r.cases != Cases::VOC, c.rule != FIRST_GUESSED, r.freq);
            if best.as_ref().is_none_or(|(k, _)| key > *k) {
                best = Some((key, c));
            }
        }
    }
    best.map(|(_, c)| c)
}

/// A given name at the start of a sentence, where a capital proves nothing, is a person when
/// the article names that person elsewhere: "Janek przypomniał sobie..." after "Janek" or
/// "Janek Kos" mid-sentence.
fn given_names_again(a: &Analysis<'_>, out: &mut Vec<Candidate>) {
    let known: HashSet<String> = out
        .iter()
        .filter_map(|c| c.person.as_ref()?.given.as_ref())
        .filter_map(|g| g.split(' ').next())
        .map(str::to_lowercase)
        .collect();
    if known.is_empty() {
        return;
    }
    let taken = taken_tokens(a, out);
    for (i, t) in a.tokens.iter().enumerate() {
        if taken[i] || !(t.sentence_start || t.line_start) || t.shape != Shape::Capitalized || a.is_cap_word(i + 1) {
            continue;
        }
        let Some(r) = first_names(a, i).into_iter().find(|r| known.contains(&r.lemma)) else { continue };
        let given = restore_case(a.slice(i, i + 1), &r.lemma);
        out.push(person(a, (i, i + 1), Some(given), None, r.gender, FIRST_ONLY));
    }
}

/// Which tokens the candidates cover (one flag past the end, so `k + 1` lookups stay in range).
fn taken_tokens(a: &Analysis<'_>, out: &[Candidate]) -> Vec<bool> {
    let mut taken = vec![false; a.tokens.len() + 1];
    for c in out {
        taken[c.tok.0..c.tok.1].iter_mut().for_each(|t| *t = true);
    }
    taken
}

/// Words that join the items of a list of people.
const LIST_JOINERS: &[&str] = &[",", "i", "oraz", "lub", "albo"];

/// A capitalised word that may be part of a name no lexicon lists: nothing but name readings.
fn plain_name_word(a: &Analysis<'_>, k: usize) -> bool {
    let Some(t) = a.tok(k) else { return false };
    t.kind == TokenKind::Word
        && t.shape == Shape::Capitalized
        && name_shaped(t.text)
        && t.text.chars().count() >= 2
        && !t.sentence_start
        && !a.breaks_before(k)
        && super::heads::head(a.lower(k)).is_none()
        && a.lex[k]
            .iter()
            .filter(|m| m.end == k + 1)
            .flat_map(|m| a.readings(m))
            .all(|r| matches!(r.kind, EntryKind::FirstName | EntryKind::Surname) || r.is_minor_place())
}

/// In a list of people, the items no lexicon knows are people too: "Mike Myers, Cameron Diaz
/// oraz Eddie Murphy", "Sam Ermolenko i Billy Hamill".
fn coordinated(a: &Analysis<'_>, out: &mut Vec<Candidate>) {
    let n = a.tokens.len();
    let mut taken = taken_tokens(a, out);
    let mut queue: Vec<(usize, usize)> = out.iter().filter(|c| c.rule != DEITY).map(|c| c.tok).collect();
    // One word alone needs a name reading: lists also hold places and bands ("Pepees, Optimus").
    let item_ok =
        |s: usize, e: usize| e > s + 1 || a.has_single(s, EntryKind::Surname) || a.has_single(s, EntryKind::FirstName);
    // Or, no lexicon knowing it, it is a list item proper: joined by "i" / "oraz", or ended by
    // punctuation or a joiner ("Bergmana, Felliniego i Viscontiego"), not the start of a clause
    // ("Hermann Broch, Niewinni dożerca"); and no feminine adjective (streets: "Piłsudskiego,
    // Franciszkańską i Grodzką").
    let unknown_item = |k: usize, joiner: usize| {
        let w = a.lower(k);
        let adjective = ["ej", "ą"].iter().any(|e| w.ends_with(e));
        let ends_item = a.tok(k + 1).is_none_or(|t| {
            (t.kind != TokenKind::Word && !matches!(t.text, "-" | "–"))
                || LIST_JOINERS.contains(&a.lower(k + 1))
                || a.lower(k + 1) == "czy"
        });
        a.lex[k].is_empty() && !adjective && (a.lower(joiner) != "," || ends_item)
    };
    while let Some((s, e)) = queue.pop() {
        // To the right: "<person> i Billy Hamill".
        if e + 1 < n && LIST_JOINERS.contains(&a.lower(e)) && plain_name_word(a, e + 1) && !taken[e + 1] {
            let k = e + 1;
            let end = if plain_name_word(a, k + 1) && !taken[k + 1] { k + 2 } else { k + 1 };
            if !a.is_cap_word(end) && (item_ok(k, end) || end == k + 1 && unknown_item(k, e)) {
                taken[k..end].iter_mut().for_each(|t| *t = true);
                out.push(unlisted(a, (k, end), COORDINATED));
                queue.push((k, end));
            }
        }
        // To the left: "Mike Myers, <person>".
        if s >= 2 && LIST_JOINERS.contains(&a.lower(s - 1)) && plain_name_word(a, s - 2) && !taken[s - 2] {
            let last = s - 2;
            let start = if last >= 1 && plain_name_word(a, last - 1) && !taken[last - 1] { last - 1 } else { last };
            // To the left a comma is as often an apposition ("prezes Naftogazu, Andriej Kobolew").
            let unknown_ok = start == last && a.lower(s - 1) != "," && unknown_item(last, s - 1);
            if (start == 0 || !a.is_cap_word(start - 1) || a.tokens[start].sentence_start)
                && (item_ok(start, last + 1) || unknown_ok)
            {
                taken[start..=last].iter_mut().for_each(|t| *t = true);
                out.push(unlisted(a, (start, last + 1), COORDINATED));
                queue.push((start, last + 1));
            }
        }
    }
}

/// The ending a declined surname shows beyond its base form ("Johnsona" / "johnson" → "a").
fn case_ending<'s>(surface_lower: &'s str, lemma_lower: &str) -> &'s str {
    surface_lower.strip_prefix(lemma_lower).unwrap_or("")
}

/// Two halves of one name that rules found apart:
/// - "Mark Irwin", "Menachem Lior": a given name followed by a word found as a given name alone,
///   which then is the surname;
/// - "Stephana Johnsona", "Jeorjos Mangakis": a word no lexicon knows right before a surname
///   found alone, which then is a foreign given name, declined like the surname.
fn join_adjacent(a: &Analysis<'_>, out: &mut Vec<Candidate>) {
    out.sort_by_key(|c| c.tok);
    let single =
        |c: &Candidate| c.label == Label::Person && c.tok.1 == c.tok.0 + 1 && c.span == a.span_of(c.tok.0, c.tok.1);
    let mut merged: Vec<Candidate> = Vec::with_capacity(out.len());
    for c in out.drain(..) {
        let second_ok = single(&c) && !a.tokens[c.tok.0].sentence_start && !a.breaks_before(c.tok.0);
        if let Some(prev) = merged.last_mut() {
            let pair = prev.tok.1 == c.tok.0 && prev.rule == FIRST_ONLY && single(prev) && second_ok;
            if pair && matches!(c.rule, FIRST_ONLY | SURNAME_ONLY | TITLE_SURNAME | SPEAKER) {
                let family = match c.rule {
                    FIRST_ONLY => a.tokens[c.tok.0].text.to_owned(),
                    _ => c.person.as_ref().and_then(|p| p.family.clone()).unwrap_or_else(|| c.lemma.clone()),
                };
                let given = prev.person.as_ref().and_then(|p| p.given.clone());
                let g = to_gram(prev.person.as_ref().and_then(|p| p.gender));
                *prev = person(a, (prev.tok.0, c.tok.1), given, Some(family), g, FIRST_GUESSED);
                continue;
            }
        }
        // "Stephana Johnsona": a foreign given name the lexicon knows only as a surname, and
        // the surname right after it, which the surname rule left as part of a longer name.
        let k = c.tok.1;
        if c.rule == SURNAME_ONLY
            && single(&c)
            && name_like(a, k)
            && !a.tokens[k].sentence_start
            && !a.is_cap_word(k + 1)
        {
            if let Some(r) = a.single(k, EntryKind::Surname).find(|r| !r.plural && !r.common) {
                let given = c.person.as_ref().and_then(|n| n.family.clone()).unwrap_or_else(|| c.lemma.clone());
                let family = restore_case(a.slice(k, k + 1), &r.lemma);
                merged.push(person(a, (c.tok.0, k + 1), Some(given), Some(family), r.gender, FIRST_GUESSED));
                continue;
            }
        }
        if second_ok && matches!(c.rule, SURNAME_ONLY | SPEAKER | TITLE_SURNAME | APOSTROPHE) {
            let p = c.tok.0 - 1;
            let free = merged.last().is_none_or(|m| m.tok.1 <= p);
            let t = &a.tokens[p];
            let unknown_given = free
                && t.kind == TokenKind::Word
                && t.shape == Shape::Capitalized
                && name_shaped(t.text)
                && t.text.chars().count() >= 3
                && !t.sentence_start
                && !t.line_start
                && a.lex[p].is_empty()
                && (p == 0 || !a.is_cap_word(p - 1));
            if unknown_given {
                let family = c.person.as_ref().and_then(|n| n.family.clone()).unwrap_or_else(|| c.lemma.clone());
                let ending = case_ending(a.lower(c.tok.0), &family.to_lowercase()).to_owned();
                let given =
                    t.text.strip_suffix(ending.as_str()).filter(|g| !ending.is_empty() && g.chars().count() >= 2);
                let given = given.unwrap_or(t.text).to_owned();
                let g = to_gram(c.person.as_ref().and_then(|n| n.gender));
                merged.push(person(a, (p, c.tok.1), Some(given), Some(family), g, FIRST_GUESSED));
                continue;
            }
        }
        merged.push(c);
    }
    *out = merged;
}

/// A team's line-up after a colon, as sports reports print it: surnames joined by dashes
/// (the formation) and commas, with substitutions in brackets and ratings after them: "Arka:
/// Szromnik - Krause, Żołnierowicz, Kiernozem - Mokwa, Bębenek (75 Sobótka), Róg". Every name in
/// it is a player, whatever else the word may mean. Only a list that shows the line-up's marks
/// (two dashes, a substitution, or three ratings) counts, not any list after a colon.
fn lineups(a: &Analysis<'_>) -> (Vec<Candidate>, Vec<usize>) {
    let mut out = Vec::new();
    let mut teams = Vec::new();
    let n = a.tokens.len();
    let name_at = |k: usize| {
        a.tok(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.shape == Shape::Capitalized
                && name_shaped(t.text)
                && t.text.chars().count() >= 2
                && !t.line_start
                && !a.breaks_before(k)
        })
    };
    let plain = |k: usize| a.tok(k).is_some_and(|t| !t.line_start && !a.breaks_before(k));
    for c in 0..n {
        if !a.is(c, ":") {
            continue;
        }
        let mut k = c + 1;
        let (mut names, mut dashes, mut subs, mut ratings) = (Vec::new(), 0, 0, 0);
        while name_at(k) {
            names.push(k);
            k += 1;
            // "(75 Sobótka)": a substitute.
            if a.is(k, "(")
                && plain(k + 1)
                && a.tokens[k + 1].kind == TokenKind::Number
                && name_at(k + 2)
                && a.is(k + 3, ")")
            {
                names.push(k + 2);
                subs += 1;
                k += 4;
            }
            // "Fortecki 6": a rating.
            if plain(k) && a.tokens[k].kind == TokenKind::Number {
                ratings += 1;
                k += 1;
            }
            if !plain(k) {
                break;
            }
            match a.tokens[k].text {
                "-" | "–" => dashes += 1,
                "," | "i" => {}
                _ => break,
            }
            k += 1;
        }
        if names.len() >= 4 && (dashes >= 2 || subs >= 1 || ratings >= 3) {
            // The team heading it: "Górnik:".
            if c > 0 && a.is_cap_word(c - 1) {
                teams.push(c - 1);
            }
            for &k in &names {
                let mut p = unlisted(a, (k, k + 1), LINEUP);
                p.weight = 10;
                out.push(p);
            }
        }
    }
    (out, teams)
}

/// "Halina Compała - Kuśnierz", "Janusz Korwin - Mikke": a double surname written with a spaced
/// hyphen after a full name goes on over it, when the second part is a surname the lexicon
/// knows and no further name or dash follows (a line-up or a list of pairs is no double name).
fn with_spaced_hyphen(a: &Analysis<'_>, out: &mut [Candidate]) {
    for c in out.iter_mut() {
        if c.label != Label::Person || c.tok.1 < c.tok.0 + 2 || c.span != a.span_of(c.tok.0, c.tok.1) {
            continue;
        }
        let k = c.tok.1;
        let spaced = |i: usize| a.tok(i).is_some_and(|t| t.gap == Gap::Space && !t.line_start);
        if !a.is(k, "-") || !spaced(k) || !spaced(k + 1) || a.tokens[k - 1].text.ends_with('.') {
            continue;
        }
        let j = k + 1;
        if !name_like(a, j) || a.tokens[j].sentence_start || !a.has_single(j, EntryKind::Surname) {
            continue;
        }
        if a.is(j + 1, "-") || a.is_cap_word(j + 1) && !a.tokens[j + 1].sentence_start {
            continue;
        }
        let Some(p) = c.person.clone() else { continue };
        let gender = to_gram(p.gender);
        let second = surname_at(a, j, Cases::ANY, gender, false)
            .map(|s| restore_case(a.slice(j, j + 1), &s.lemma))
            .unwrap_or_else(|| a.tokens[j].text.to_owned());
        let family = match &p.family {
            Some(f) => format!("{f}-{second}"),
            None => second,
        };
        c.lemma = match &p.given {
            Some(g) => format!("{g} {family}"),
            None => family.clone(),
        };
        c.person = Some(PersonName { given: p.given.clone(), family: Some(family), gender: p.gender });
        c.tok.1 = j + 1;
        c.span = a.span_of(c.tok.0, c.tok.1);
    }
}

/// Nobiliary particles of foreign names, written in lower case between the parts.
const PARTICLES: &[&str] =
    &["de", "da", "di", "von", "van", "der", "den", "del", "della", "du", "dos", "la", "le", "zu"];

/// "Leonardo da Vinci", "Manfred von Ardenne", "Antoine de Saint-Exupéry'ego", "Luchino Visconti
/// di Modrone": a name found up to a lower-case particle goes on to the capitalised word after
/// it (one or two particles: "van der", "de la"). Place names of that shape ("Rio de Janeiro")
/// are the lexicon's.
fn with_particles(a: &Analysis<'_>, out: &mut [Candidate]) {
    let is_particle = |k: usize| {
        a.tok(k).is_some_and(|t| t.shape == Shape::Lower && !a.breaks_before(k)) && PARTICLES.contains(&a.lower(k))
    };
    for c in out.iter_mut() {
        if c.label != Label::Person || c.rule == DEITY || c.span != a.span_of(c.tok.0, c.tok.1) {
            continue;
        }
        let k = c.tok.1;
        if !is_particle(k) {
            continue;
        }
        let last = if is_particle(k + 1) { k + 2 } else { k + 1 };
        let Some(t) = a.tok(last) else { continue };
        let shaped = t.kind == TokenKind::Word && t.shape == Shape::Capitalized && t.text.chars().count() >= 2;
        if !shaped || t.sentence_start || a.breaks_before(last) || !a.is_cap_word(c.tok.1 - 1) {
            continue;
        }
        // A saint's name is a town's: "San Giuliano di Puglia", "Santa Maria della Salute".
        if c.tok.0 > 0 && matches!(a.lower(c.tok.0 - 1), "san" | "santa" | "santo" | "são" | "saint" | "sankt") {
            continue;
        }
        let place = [EntryKind::Place, EntryKind::Institution]
            .iter()
            .any(|&kind| a.all_of(c.tok.0, kind).iter().any(|(end, _)| *end > k));
        if place {
            continue;
        }
        // The last word declines with the given name: "Curta von Eulera" → "Curt von Euler".
        let p = c.person.clone().unwrap_or(PersonName { given: None, family: None, gender: None });
        let gender = to_gram(p.gender);
        let cases = first_names(a, c.tok.0)
            .iter()
            .filter(|r| p.given.as_deref().is_some_and(|g| g.to_lowercase().starts_with(&r.lemma)))
            .fold(Cases(0), |acc, r| Cases(acc.0 | r.cases.0));
        let cases = if cases.0 == 0 { Cases::ANY } else { cases };
        let lower = a.lower(last);
        // Only a base form the lexicon knows, or the word less its ending ("Eulera" → "Euler"):
        // foreign spellings defeat the guesser otherwise ("Melkley").
        let base = match surname_at(a, last, cases, gender, true) {
            Some(s) if !s.guessed || lower.starts_with(&s.lemma) => restore_case(t.text, &s.lemma),
            _ => t.text.to_owned(),
        };
        let particles = a.slice(k, last).split_whitespace().collect::<Vec<_>>().join(" ");
        let head = match (&p.given, &p.family) {
            (Some(g), Some(f)) => format!("{g} {f}"),
            (Some(g), None) => g.clone(),
            (None, Some(f)) => f.clone(),
            (None, None) => c.lemma.clone(),
        };
        let family = match (&p.given, &p.family) {
            (Some(_), Some(f)) | (None, Some(f)) => format!("{f} {particles} {base}"),
            _ => format!("{particles} {base}"),
        };
        c.lemma = format!("{head} {particles} {base}");
        c.person = Some(PersonName { given: p.given.clone(), family: Some(family), gender: p.gender });
        c.tok.1 = last + 1;
        c.span = a.span_of(c.tok.0, c.tok.1);
    }
}

/// After "Jan Kowalski", "Kowalski" / "Kowalskiego" alone is the same person's surname.
fn repeated_surnames(a: &Analysis<'_>, out: &mut Vec<Candidate>) {
    // Families as found, and for names taken as written (no lexicon knew them) also the base
    // forms they may have: "Pelem" found after a verb of saying, "Pele" elsewhere.
    let mut known: HashMap<String, Option<Gender>> = HashMap::new();
    // Families of full names: the same word alone is that person even where it also names a
    // town ("Bill Clinton ... Clinton").
    let mut full: HashSet<String> = HashSet::new();
    for c in out.iter() {
        let Some(p) = c.person.as_ref() else { continue };
        let Some(f) = p.family.as_ref() else { continue };
        let f = f.to_lowercase();
        if f.chars().count() < 3 || f.ends_with('.') {
            continue;
        }
        // A name that is a multi-word place ("Karolina Południowa") is no evidence either.
        if c.tok.1 > c.tok.0 + 1 && a.all_of(c.tok.0, EntryKind::Place).iter().any(|(end, _)| *end >= c.tok.1) {
            continue;
        }
        // A word after "pan" that no lexicon lists and that shows no Polish ending may be the
        // pronoun's object ("życzyłby pan Emirates"): not evidence for the rest of the text.
        if c.rule == ADDRESS && f == a.lower(c.tok.0) && !a.has_single(c.tok.0, EntryKind::Surname) {
            continue;
        }
        if p.given.is_some() {
            full.insert(f.clone());
        }
        // "Bolesław Wieniawa-Długoszowski" ... "Wieniawy": either part of a double surname alone
        // is the same person.
        if f.contains('-') {
            for part in f.split('-').filter(|x| x.chars().count() >= 4) {
                if p.given.is_some() {
                    full.insert(part.to_owned());
                }
                known.entry(part.to_owned()).or_insert(p.gender);
            }
        }
        if matches!(c.rule, SPEAKER | TITLE_UNKNOWN | APPOSITION | super::speaker::LABEL) {
            for g in [Gram::M, Gram::F] {
                for (b, _) in guess::base_forms(&f, g) {
                    known.entry(b).or_insert(p.gender);
                }
            }
        }
        known.insert(f, p.gender);
    }
    if known.is_empty() {
        return;
    }
    // Inflection changes endings only: a word whose first two letters start no known family
    // cannot be one, and is not worth guessing base forms for.
    let head2 = |w: &str| w.char_indices().nth(2).map_or(w.len(), |(b, _)| b);
    let starts: FxHashSet<String> = known.keys().map(|k| k[..head2(k)].to_owned()).collect();
    let taken = taken_tokens(a, out);
    let inside = |i: usize| taken[i];
    for i in 0..a.tokens.len() {
        if inside(i) || !a.is_cap_word(i) || a.tokens[i].shape == Shape::Upper {
            continue;
        }
        // Part of another name ("Teatr Polski") or another kind of name ("Polski" the country).
        let in_name = i > 0 && a.is_cap_word(i - 1) && !a.tokens[i - 1].sentence_start && !a.tokens[i].sentence_start;
        // Villages bear most surnames as names too: "Gołoty" after "Andrzej Gołota".
        let big_place = a.single(i, EntryKind::Place).any(|r| !r.is_minor_place());
        let country = a.single(i, EntryKind::Place).any(|r| matches!(r.sub, Some("country" | "voivodeship" | "city")));
        // "bywał w Wieniawie": after a preposition of place a word that names a place is the place.
        let place_after_preposition = a.has_single(i, EntryKind::Place) && super::place::in_place_context(a, i);
        if in_name || country || place_after_preposition || a.has_single(i, EntryKind::Institution) {
            continue;
        }
        let lower = a.lower(i);
        if !starts.contains(&lower[..head2(lower)]) {
            continue;
        }
        let from_lexicon = a.single(i, EntryKind::Surname).map(|r| r.lemma.clone());
        let guessed = [Gram::M, Gram::F].into_iter().flat_map(|g| guess::base_forms(lower, g)).map(|(b, _)| b);
        let hit = from_lexicon.chain(guessed).find(|l| known.contains_key(l) && (!big_place || full.contains(l)));
        if let Some(l) = hit {
            let family = restore_case(a.slice(i, i + 1), &l);
            let g = to_gram(known[&l]);
            let mut c = person(a, (i, i + 1), None, Some(family), g, REPEATED);
            // It must win over the town's reading of the same word.
            if big_place {
                c.weight = 7;
            }
            out.push(c);
        }
    }
}

#[cfg(test)]
pub(crate) const EXAMPLES: &[(&str, &[(&str, &str)])] = &[
    ("spotkanie otworzył Marek Jońca.", &[("Marek Jońca", "Marek Jońca")]),
    ("przedstawiona przez Marka Kosa, dyrektora szpitala", &[("Marka Kosa", "Marek Kos")]),
    ("oraz Roberta Kurosza, kierownika", &[("Roberta Kurosza", "Robert Kurosz")]),
    ("moderowała Izabela Łokić, zastępca dyrektora", &[("Izabela Łokić", "Izabela Łokić")]),
    ("rozmawiał z Izabelą Łokić o tym", &[("Izabelą Łokić", "Izabela Łokić")]),
    ("list od Anny Wiśniewskiej nadszedł", &[("Anny Wiśniewskiej", "Anna Wiśniewska")]),
    ("burmistrzem jest Marcin Marzec, który", &[("Marcin Marzec", "Marcin Marzec")]),
    ("a także Robert Król, prezes Zarządu", &[("Robert Król", "Robert Król")]),
    ("podpisał J. Kowalski wczoraj", &[("J. Kowalski", "J. Kowalski")]),
    ("zaproszony Harri Kuusela, kierownik projektu", &[("Harri Kuusela", "Harri Kuusela")]),
    (
        "Jan Kowalski przyszedł. Potem Kowalskiego wyproszono.",
        &[("Jan Kowalski", "Jan Kowalski"), ("Kowalskiego", "Kowalski")],
    ),
    ("rozmawiał z George'em Bushem wczoraj", &[("George'em Bushem", "George Bush")]),
    ("spotkanie z Joe Bidenem w Waszyngtonie", &[("Joe Bidenem", "Joe Biden")]),
    ("Po nim wystąpił Mark Irwin, specjalista", &[("Mark Irwin", "Mark Irwin")]),
    ("wtedy kapitan Pappas uciekł statkiem", &[("Pappas", "Pappas")]),
    ("to poprawki senatora Willenberga poparte przez", &[("Willenberga", "Willenberg")]),
    ("podpisał umowę z premierem Husejnowem wczoraj", &[("Husejnowem", "Husejnow")]),
    ("dwóch Amerykanów - Sam Ermolenko i Billy Hamill.", &[("Billy Hamill", "Billy Hamill")]),
    ("filmy Ingmara Bergmana, Felliniego i Viscontiego.", &[("Felliniego", "Felliniego")]),
    ("mimo zabiegów lekarzy Stephana Johnsona nie uratowano", &[("Stephana Johnsona", "Stephan Johnson")]),
    ("zrobił to Łukasz Woźny, a potem", &[("Łukasz Woźny", "Łukasz Woźny")]),
    ("babcia była z domu Krzeptowska.", &[("Krzeptowska", "Krzeptowska")]),
    ("spotkał Billa Clintona. Potem Clinton wyjechał.", &[("Billa Clintona", "Bill Clinton"), ("Clinton", "Clinton")]),
    (
        "gen. Bolesław Wieniawa-Długoszowski był poetą. Wiersze Wieniawy czytano.",
        &[("Bolesław Wieniawa-Długoszowski", "Bolesław Wieniawa-Długoszowski"), ("Wieniawy", "Wieniawa")],
    ),
    ("podpisał Jan K. Ardanowski wczoraj", &[("Jan K. Ardanowski", "Jan K. Ardanowski")]),
    ("powieść Mario Puzo czytali", &[("Mario Puzo", "Mario Puzo")]),
    ("wypowiedź Zbigniewa Ziobro w Sejmie", &[("Zbigniewa Ziobro", "Zbigniew Ziobro")]),
    ("Harri Kuusela, kierownik projektu, przyjechał.", &[("Harri Kuusela", "Harri Kuusela")]),
    // Negative: a sentence-initial ordinary word is no given name.
    ("Wczoraj Kuusela, kierownik projektu, przyjechał.", &[]),
    // A multi-byte apostrophe (regression: slicing inside '’').
    ("bez Kovalsky’ego i Farage’a", &[("Kovalsky’ego", "Kovalsky"), ("Farage’a", "Farage")]),
    ("modlili się do Boga i do Jezusa Chrystusa", &[("Boga", "Bóg"), ("Jezusa Chrystusa", "Jezus Chrystus")]),
    ("dziękując Panu Bogu za dzień", &[("Panu Bogu", "Pan Bóg")]),
    ("kościół pod wezwaniem św. Jerzego", &[("św. Jerzego", "św. Jerzy")]),
    ("w dniu świętej Małgorzaty", &[("świętej Małgorzaty", "święta Małgorzata")]),
    ("wspomina pani Basia, która", &[("Basia", "Basia")]),
    ("zaspanemu Adasiowi kazał otwierać okiennice", &[("Adasiowi", "Adaś")]),
    ("Co się stało? Adaś uścisnął mu rękę.", &[("Adaś", "Adaś")]),
    ("podziękował panu Garszyńskiemu za", &[("Garszyńskiemu", "Garszyński")]),
    ("a potem u p. Kiślańskiej. Potem", &[("Kiślańskiej", "Kiślańska")]),
    ("- Dziękuję, panie Sosenek - wyjaśniła", &[("Sosenek", "Sosenek")]),
    ("Dziękuję, Panie Marszałku! Wysoka Izbo!", &[]),
    ("wziął Pana Młodego pod rękę", &[]),
    ("Nie doszło do tego. Sam Kedryn nawiązał kontakt", &[("Kedryn", "Kedryn")]),
    ("wysunął ją bp Nonis z Vicenzy", &[("Nonis", "Nonis")]),
    ("kąt wynosi około 7 o. Taki kąt tworzy prosta", &[]),
    ("w rozmowie z Emmanuelem Macronem w Paryżu", &[("Emmanuelem Macronem", "Emmanuel Macron")]),
    ("propozycja Recepa nie spodobała się", &[]),
    ("rząd Theresy May nie przetrwał", &[("Theresy May", "Theresa May")]),
    ("jak poinformował rzecznik Sony Computer Entertainment", &[]),
    ("wiersze, które Thomas Stearns Eliot pisał", &[("Thomas Stearns Eliot", "Thomas Stearns Eliot")]),
    ("rozmowa z Andrzejem Fitzem Kowalskim trwała", &[("Andrzejem Fitzem Kowalskim", "Andrzej Fitz Kowalski")]),
    ("zauważa prof. Edmund Wnuk - Lipiński. Czy jednak", &[("Edmund Wnuk - Lipiński", "Edmund Wnuk-Lipiński")]),
    ("oraz Leonardo da Vinci, gdyż on", &[("Leonardo da Vinci", "Leonardo da Vinci")]),
    ("spotkał się z Ottonem von Bismarckiem w Berlinie", &[("Ottonem von Bismarckiem", "Otto von Bismarck")]),
    ("Podczas Szczytu Ziemi w Rio de Janeiro przedstawiciele", &[]),
    ("jak w Karolinie Południowej. Wyniki w Karolinie Północnej i Południowej", &[]),
    (
        "Arka: Szromnik - Krause, Róg, Kiernozem - Mokwa, Bębenek (75 Sobótka).",
        &[("Róg", "Róg"), ("Kiernozem", "Kiernozem"), ("Sobótka", "Sobótka")],
    ),
    ("Odwiedzili: Niemcy, Francję, Włochy, Hiszpanię i Portugalię.", &[]),
    ("Patronat nad imprezą objęła „Krakowska”, a także radio.", &[]),
    ("Odwołano loty. Sam Ryanair odwołał prawie sto lotów", &[]),
    ("Tak wyszło. Sama Polska ma swoje preferencje", &[]),
    ("po śmierci rosną...\n\nCaleb To jedna z bardzo popularnych", &[("Caleb", "Caleb")]),
    ("Ø. Nie potwierdziła też informacji", &[]),
    ("Szanowny Panie Redaktorze! Piszę", &[]),
    ("do aresztowania Krzysztofa P. Rozwikłanie afery", &[("Krzysztofa P.", "Krzysztof P.")]),
    // Negative: months and common words without evidence; feasts.
    ("przed Boże Narodzenie", &[]),
    ("idziemy na „Carmen”, mam bilety", &[]),
    ("rozmawiał prezes Gazpromu", &[]),
    ("wsłuchiwanie się w słowo Boże i współpraca", &[]),
    ("w marcu i w maju król Polski", &[]),
];
