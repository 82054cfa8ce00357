//! Speaker labels: interviews, transcripts and scripts name the speaker at the start of each
//! turn ("Jamrozy: Jeszcze nie.", "STOMIL - Co to znaczy?", "ROBERT" alone on its line), and
//! parliamentary records run the function and the name together ("SenatorSylwesterGajewski:").
//!
//! A label is evidence of a person by its position, but "Foto:" and "Pytanie:" sit there too:
//! a label needs a name reading, or must recur as a label in the same document.

use super::person::to_gender;
use super::{Analysis, Candidate};
use crate::entity::{Label, PersonName};
use crate::lexicon::{EntryKind, Gram};
use crate::span::Span;
use crate::tokenize::{Gap, Shape, TokenKind};
use std::collections::{HashMap, HashSet};

pub(crate) const LABEL: &str = "person/speaker-label";
pub(crate) const RUN_TOGETHER: &str = "person/run-together-name";
pub(crate) const RUN_TOGETHER_OFFICE: &str = "institution/run-together-office";

/// Words that open a line with a colon in press text without naming anyone.
const NOT_SPEAKERS: &[&str] = &[
    "foto",
    "fot",
    "źródło",
    "autor",
    "autorka",
    "tekst",
    "zdjęcie",
    "zdjęcia",
    "pytanie",
    "odpowiedź",
    "uwaga",
    "czytaj",
    "zobacz",
    "tagi",
    "termin",
    "miejsce",
    "cena",
    "tel",
    "telefon",
    "wideo",
    "video",
    "komentarz",
    "redakcja",
    "opracowanie",
    "oprac",
    "rozmawiał",
    "rozmawiała",
    "notował",
    "notowała",
    "pauza",
    "koniec",
    "scena",
    "akt",
    "wstęp",
    "wniosek",
    "wnioski",
    "program",
    "adres",
    "kontakt",
    "www",
    "info",
    "red",
    "pap",
];

/// One turn's label: tokens `tok`, ended by a colon or a dash, or alone on its line.
struct Turn {
    tok: (usize, usize),
    own_line: bool,
}

fn word_ok(a: &Analysis<'_>, k: usize) -> bool {
    a.tok(k).is_some_and(|t| {
        t.kind == TokenKind::Word
            && t.is_capitalized()
            && t.text.chars().count() >= 2
            && t.text.chars().all(|c| c.is_alphabetic() || c == '-')
    })
}

/// The label starting at line-initial token `i`, if the line is shaped like a turn.
fn label_at(a: &Analysis<'_>, i: usize) -> Option<Turn> {
    let t = a.tok(i)?;
    if !(t.line_start || i == 0) || !word_ok(a, i) {
        return None;
    }
    let mut j = i + 1;
    while j < i + 3 && word_ok(a, j) && !a.tokens[j].line_start {
        j += 1;
    }
    let upper = (i..j).all(|k| a.tokens[k].shape == Shape::Upper);
    match a.tok(j) {
        None => upper.then_some(Turn { tok: (i, j), own_line: true }),
        Some(n) if n.line_start => upper.then_some(Turn { tok: (i, j), own_line: true }),
        Some(n) if n.text == ":" && n.gap == Gap::None => Some(Turn { tok: (i, j), own_line: false }),
        // "PEC - 2268 zł" is a figure, not a turn.
        Some(n)
            if matches!(n.text, "-" | "–" | "—")
                && n.gap == Gap::Space
                && upper
                && a.tok(j + 1).is_some_and(|w| w.kind != TokenKind::Number) =>
        {
            Some(Turn { tok: (i, j), own_line: false })
        }
        _ => None,
    }
}

/// Lexicon knowledge of one label word: (a name reading, another kind of name).
fn readings_of(a: &Analysis<'_>, k: usize) -> (bool, bool) {
    let mut name = false;
    let mut other = false;
    for r in a.lex[k].iter().filter(|m| m.end == k + 1).flat_map(|m| a.readings(m)) {
        match r.kind {
            EntryKind::FirstName => name |= !r.plural,
            EntryKind::Surname => name |= !r.common && !r.plural,
            EntryKind::Place => other |= !r.is_minor_place(),
            EntryKind::Institution | EntryKind::Title | EntryKind::Person => other = true,
        }
    }
    (name, other)
}

fn first_name_gender(a: &Analysis<'_>, k: usize) -> Option<Gram> {
    a.single(k, EntryKind::FirstName).find_map(|r| r.gender)
}

pub(crate) fn find(a: &Analysis<'_>) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut labels = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for i in 0..a.tokens.len() {
        if let Some(c) = run_together(a, i) {
            out.push(c);
        } else if let Some(l) = label_at(a, i) {
            *seen.entry(a.slice(l.tok.0, l.tok.1)).or_default() += 1;
            labels.push(l);
        }
    }
    // In a script (two or more speakers named alone on their lines by a given name), a line
    // of capitals that names someone the lexicon knows, or that comes back, is a speaker too
    // ("GOŚKA", "KNAPIK").
    let script = labels
        .iter()
        .filter(|l| l.own_line && l.tok.1 == l.tok.0 + 1 && first_name_gender(a, l.tok.0).is_some())
        .map(|l| a.lower(l.tok.0))
        .collect::<HashSet<_>>()
        .len()
        >= 2;
    for l in labels {
        let (s, e) = l.tok;
        if (s..e).any(|k| NOT_SPEAKERS.contains(&a.lower(k))) {
            continue;
        }
        let known: Vec<(bool, bool)> = (s..e).map(|k| readings_of(a, k)).collect();
        if known.iter().any(|&(name, other)| other && !name) {
            continue;
        }
        // A line of capitals alone is a heading or a stage direction as often as a speaker
        // ("ZE ŚMIECHEM", "DO ANDRZEJA"): there only a given name and names count.
        let all_names = known.iter().all(|&(name, _)| name);
        let named = if l.own_line {
            (first_name_gender(a, s).is_some() || script && e == s + 1) && all_names
        } else {
            known.iter().any(|&(name, _)| name)
        };
        // Interviewers' initials ("DK:") are not annotated as names. A script's speaker alone
        // on a line comes back again and again; a stage direction seldom does.
        let times = seen[a.slice(s, e)];
        let needed = if l.own_line && !script { 3 } else { 2 };
        let recurring = e == s + 1 && a.tokens[s].text.chars().count() >= 3 && times >= needed;
        if !(named || recurring) {
            continue;
        }
        let text = a.squashed(s, e);
        let first = first_name_gender(a, s);
        let (given, family) = match (e - s, first) {
            (1, Some(_)) => (Some(text.clone()), None),
            (1, None) => (None, Some(text.clone())),
            _ => (Some(a.tokens[s].text.to_owned()), Some(a.squashed(s + 1, e))),
        };
        let mut c = Candidate::new(a, Label::Person, (s, e), text, LABEL);
        c.person = Some(PersonName { given, family, gender: to_gender(first) });
        out.push(c);
    }
    if script {
        out.extend(script_names(a, &out));
    }
    out
}

/// In a script, the characters are written in capitals in the stage directions and the cast
/// lists too ("Wchodzą ANNA ze ZDZISIEM.", "JANINA, RENIA, PANI EUZEBIA."): a word in capitals
/// that is a given name, or a speaker's name in another case, is that character.
fn script_names(a: &Analysis<'_>, labels: &[Candidate]) -> Vec<Candidate> {
    let speakers: HashSet<String> =
        labels.iter().filter(|c| c.tok.1 == c.tok.0 + 1).map(|c| a.lower(c.tok.0).to_owned()).collect();
    let taken: HashSet<usize> = labels.iter().map(|c| c.tok.0).collect();
    // The stem a declined form shares with the speaker's name: "zdzisio" / "zdzisiem" → "zdzisi".
    let stem = |w: &str| {
        w.char_indices().nth(w.chars().count().saturating_sub(2).max(4)).map_or(w, |(b, _)| &w[..b]).to_owned()
    };
    let stems: HashSet<String> = speakers.iter().filter(|w| w.chars().count() >= 5).map(|w| stem(w)).collect();
    let mut out = Vec::new();
    for (k, t) in a.tokens.iter().enumerate() {
        if taken.contains(&k) || t.kind != TokenKind::Word || t.shape != Shape::Upper || t.text.chars().count() < 3 {
            continue;
        }
        let w = a.lower(k);
        let (name, other) = readings_of(a, k);
        let given = first_name_gender(a, k).is_some() && !other;
        let speaker = speakers.contains(w) || w.chars().count() >= 5 && stems.contains(&stem(w));
        if !(given || speaker && !other) || !name && !speaker {
            continue;
        }
        let mut c = Candidate::new(a, Label::Person, (k, k + 1), t.text.to_owned(), LABEL);
        c.person = Some(PersonName {
            given: Some(t.text.to_owned()),
            family: None,
            gender: to_gender(first_name_gender(a, k)),
        });
        out.push(c);
    }
    out
}

/// Byte offsets where a new capitalised part starts inside `w` ("SenatorJanKowalski" → 0, 7, 10).
fn humps(w: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut prev_lower = false;
    for (b, c) in w.char_indices() {
        if c.is_uppercase() && (b == 0 || prev_lower) {
            starts.push(b);
        }
        prev_lower = c.is_lowercase();
    }
    starts
}

/// The parts of a run-together word, as (byte offset, text).
fn parts(w: &str) -> Vec<(usize, &str)> {
    let starts = humps(w);
    starts.iter().enumerate().map(|(k, &b)| (b, &w[b..starts.get(k + 1).copied().unwrap_or(w.len())])).collect()
}

/// "SekretarzStanuwMinisterstwieFinansowWieslawCiesielski": parliamentary records run the
/// speaker's office, its institution and the name together. The institution runs from its head
/// noun ("Ministerstwie") to the last two parts, which are the person's names.
pub(crate) fn run_together_office(a: &Analysis<'_>, i: usize) -> Option<Candidate> {
    let t = a.tok(i)?;
    if t.kind != TokenKind::Word || t.shape != Shape::Capitalized || !t.text.chars().all(char::is_alphabetic) {
        return None;
    }
    let ps = parts(t.text);
    if ps.len() < 5 {
        return None;
    }
    let h = ps.iter().position(|(_, p)| super::heads::head(&p.to_lowercase()).is_some())?;
    // The person's names are the last two parts, or three before a double surname.
    let first_name = |p: &str| {
        let lower = p.to_lowercase();
        let is_name = |w: &str| a.lookup(w).iter().any(|r| r.kind == EntryKind::FirstName && !r.plural);
        is_name(&lower) || with_diacritics(&lower).any(|w| is_name(&w))
    };
    let n = ps.len();
    let end = if !first_name(ps[n - 2].1) && first_name(ps[n - 3].1) { n - 3 } else { n - 2 };
    if end < h + 2 {
        return None;
    }
    let (from, _) = ps[h];
    let (to, _) = ps[end];
    let text = &t.text[from..to];
    let head = super::heads::head(&ps[h].1.to_lowercase())?;
    let mut words = vec![crate::lemma::restore_case(ps[h].1, head.lemma)];
    words.extend(ps[h + 1..end].iter().map(|(_, p)| (*p).to_owned()));
    let lemma = words.join(" ");
    let mut c = Candidate::new(a, Label::Institution, (i, i + 1), lemma, RUN_TOGETHER_OFFICE);
    c.span = Span::new(t.span.start + from, t.span.start + from + text.len());
    Some(c)
}

/// Spellings of an ASCII-folded word with one or two Polish letters restored ("boleslaw" →
/// "bolesław", "wladyslaw" → "władysław"), the likeliest first.
fn with_diacritics(w: &str) -> impl Iterator<Item = String> + '_ {
    const MARKED: &[(char, &[char])] = &[
        ('l', &['ł']),
        ('s', &['ś']),
        ('z', &['ż', 'ź']),
        ('c', &['ć']),
        ('n', &['ń']),
        ('o', &['ó']),
        ('a', &['ą']),
        ('e', &['ę']),
    ];
    let chars: Vec<char> = w.chars().collect();
    let spots: Vec<(usize, &'static [char])> = chars
        .iter()
        .enumerate()
        .filter_map(|(k, c)| MARKED.iter().find(|(p, _)| p == c).map(|(_, m)| (k, *m)))
        .collect();
    let mut out: Vec<String> = Vec::new();
    let respell = |subs: &[(usize, char)]| {
        let mut cs = chars.clone();
        for &(k, c) in subs {
            cs[k] = c;
        }
        cs.into_iter().collect::<String>()
    };
    if w.is_ascii() && spots.len() <= 8 {
        for (x, &(i, mi)) in spots.iter().enumerate() {
            for &ci in mi {
                out.push(respell(&[(i, ci)]));
                for &(j, mj) in &spots[x + 1..] {
                    for &cj in mj {
                        out.push(respell(&[(i, ci), (j, cj)]));
                    }
                }
            }
        }
    }
    out.into_iter()
}

/// "SenatorSylwesterGajewski", "PanAdamMichnik", "DonaldTusk": a run-together given name and
/// surname at the end of one word, after an optional function.
fn run_together(a: &Analysis<'_>, i: usize) -> Option<Candidate> {
    let t = a.tok(i)?;
    if t.kind != TokenKind::Word || t.shape != Shape::Capitalized || !t.text.chars().all(char::is_alphabetic) {
        return None;
    }
    let starts = humps(t.text);
    if starts.len() < 2 {
        return None;
    }
    let parts: Vec<&str> = starts
        .iter()
        .enumerate()
        .map(|(k, &b)| &t.text[b..starts.get(k + 1).copied().unwrap_or(t.text.len())])
        .collect();
    if parts.iter().any(|p| p.chars().count() < 2) {
        return None;
    }
    let is_name = |w: &str| a.lookup(w).into_iter().find(|r| r.kind == EntryKind::FirstName && !r.plural);
    // Records written without Polish letters: "BoleslawBujak", "WieslawaZiolkowska".
    let name_of = |p: &str| {
        let lower = p.to_lowercase();
        is_name(&lower).or_else(|| with_diacritics(&lower).find_map(|w| is_name(&w)))
    };
    // The given name is the second-to-last part and the last is the surname; or, before a
    // double surname, the third-to-last ("ElzbietaSuchockaRoguska").
    let n = parts.len();
    let (g, reading) = match name_of(parts[n - 2]) {
        Some(r) => (n - 2, r),
        None if n >= 3 => (n - 3, name_of(parts[n - 3])?),
        None => return None,
    };
    let family_parts = &parts[g + 1..];
    // "JanSport": a surname part that the lexicon knows as something else is no surname.
    let other = |p: &str| {
        a.lookup(&p.to_lowercase()).iter().any(|r| matches!(r.kind, EntryKind::Institution | EntryKind::Title))
    };
    if family_parts.iter().any(|p| other(p)) {
        return None;
    }
    // A second given name before the first: "FranciszekJerzyStefaniuk".
    let first = if g > 0 && !other(parts[g - 1]) && name_of(parts[g - 1]).is_some() { g - 1 } else { g };
    let start = t.span.start + starts[first];
    let given = parts[first..=g].join(" ");
    let family = family_parts.join("-");
    let lemma = format!("{given} {family}");
    let mut c = Candidate::new(a, Label::Person, (i, i + 1), lemma, RUN_TOGETHER);
    c.span = Span::new(start, t.span.end);
    c.person = Some(PersonName { given: Some(given), family: Some(family), gender: to_gender(reading.gender) });
    Some(c)
}

#[cfg(test)]
pub(crate) const EXAMPLES: &[(&str, &[(&str, &str)])] = &[
    (
        "Skowronski: A ile?\n\nJamrozy: Jeszcze nie.\n\nSkowronski: A stanie pan?\n\nJamrozy: Tak.",
        &[("Jamrozy", "Jamrozy"), ("Skowronski", "Skowronski")],
    ),
    ("Scena pierwsza.\n\nROBERT\n\nPosłuchaj, to się robi jak trzeba.", &[("ROBERT", "ROBERT")]),
    ("STOMIL - Co to znaczy?\n\nEDEK - Nic.\n\nSTOMIL - Mam wyjść?", &[("STOMIL", "STOMIL")]),
    ("\n\nSenatorSylwesterGajewski: Tylko w przypadku importu.", &[("SylwesterGajewski", "Sylwester Gajewski")]),
    ("#WicemarszalekAndrzejChronowski: Proszę.", &[("AndrzejChronowski", "Andrzej Chronowski")]),
    ("#PodsekretarzStanuwMinisterstwieSrodowiskaMaciejTrzeciak: Dziękuję.", &[("MaciejTrzeciak", "Maciej Trzeciak")]),
    ("#PoselBoleslawBujak: Panie Marszałku!", &[("BoleslawBujak", "Boleslaw Bujak")]),
    ("#PoselWladyslawStasiak: Dziękuję.", &[("WladyslawStasiak", "Wladyslaw Stasiak")]),
    ("#WicemarszalekFranciszekJerzyStefaniuk: Proszę.", &[("FranciszekJerzyStefaniuk", "Franciszek Jerzy Stefaniuk")]),
    (
        "#SekretarzStanuElzbietaSuchockaRoguska: Panie Marszałku!",
        &[("ElzbietaSuchockaRoguska", "Elzbieta Suchocka-Roguska")],
    ),
    // Negative: credits and headings at the start of a line.
    ("Foto: PAP\n\nTekst jest krótki.\n\nFoto: Reuters", &[]),
    ("WARSZAWA\n\nRząd przyjął projekt.", &[]),
    ("MAREK\n\nCześć\n\nDO ANDRZEJA\n\nSłyszałem.", &[("MAREK", "MAREK")]),
    (
        "MAREK\n\nCześć.\n\nANNA\n\nWitaj.\n\nKNAPIK\n\nDzień dobry.\n\nPAUZA\n\nNo.\n\nPAUZA\n\nTak.",
        &[("KNAPIK", "KNAPIK")],
    ),
    (
        "MAREK\n\nCześć.\n\nANNA\n\nWitaj.\n\nWchodzi JAREK i patrzy na ANNĘ.\n\nMAREK\n\nNo.",
        &[("JAREK", "JAREK"), ("ANNĘ", "ANNA")],
    ),
    ("Pytanie: ile?\n\nPytanie: kiedy?", &[]),
];
