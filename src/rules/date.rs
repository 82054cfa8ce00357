//! Date recogniser: calendar dates, ranges, years, decades, centuries and (when the document's
//! date is known) relative expressions, with ISO 8601 values.
//!
//! Spans follow the NKJP conventions described in `docs/annotation.md`: a trailing "r."/"roku"/
//! "w."/"br." and a leading noun ("dniu", "latach", "roku") belong to the span, a preposition
//! does not. Everything is found by one combined regex (compiled once); the captures tell which
//! rule matched. The regex is run anchored, only at word starts that can open a date (digits,
//! Roman numerals, month and weekday names, the prepositions and leading nouns of the lists
//! below): an unanchored search over all text builds lazy-DFA states for every mix of partial
//! matches and takes megabytes of varied text to warm up, per thread.

use regex_automata::meta::{self, Regex};
use regex_automata::util::captures::Captures as RawCaptures;
use regex_automata::{Anchored, Input};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A civil date (proleptic Gregorian), the document's date for relative expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct CivilDate {
    /// Year (astronomical: 0 is 1 BC).
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

impl std::fmt::Display for CivilDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl CivilDate {
    /// A valid date, or `None` (month 13, 30 February ...).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        if (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) {
            Some(CivilDate { year, month, day })
        } else {
            None
        }
    }

    /// Accepts exactly "YYYY-MM-DD" (the form corpora and callers use).
    /// Parse "YYYY-MM-DD".
    pub fn parse_iso(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let y = num(0..4)? as i32;
        let m = num(5..7)? as u8;
        let d = num(8..10)? as u8;
        Self::new(y, m, d)
    }

    /// Days since 1970-01-01 (era-based arithmetic, valid for any i32 year we can meet).
    pub(crate) fn to_days(self) -> i64 {
        let m = self.month as i64;
        let y = self.year as i64 - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub(crate) fn from_days(z: i64) -> Self {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        CivilDate { year: y as i32, month: m as u8, day: d as u8 }
    }

    pub(crate) fn add_days(self, n: i64) -> Self {
        Self::from_days(self.to_days() + n)
    }

    /// ISO weekday, Monday = 1 … Sunday = 7.
    pub(crate) fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday.
        ((self.to_days() + 3).rem_euclid(7) + 1) as u8
    }

    /// ISO 8601 week-numbering year and week.
    pub(crate) fn iso_week(self) -> (i32, u8) {
        let thursday = self.add_days(4 - self.weekday() as i64);
        let jan1 = CivilDate::new(thursday.year, 1, 1).map_or(0, |d| d.to_days());
        (thursday.year, ((thursday.to_days() - jan1) / 7 + 1) as u8)
    }

    fn add_months(self, n: i32) -> (i32, u8) {
        let idx = self.year * 12 + (self.month as i32 - 1) + n;
        (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u8)
    }

    fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One date expression: byte offsets, ISO 8601 value, and the id of the rule that found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// ISO 8601 value: "2022-05-27", "XXXX-12-10", "2021/2027", "199X".
    pub value: String,
    /// Rule id, e.g. `date/day-month-year`.
    pub rule: &'static str,
}

/// Which convention decides where a date's span starts and ends.
///
/// The two Polish gold standards disagree on extents, not on what is a date: NKJP (the
/// default, and `docs/annotation.md`) keeps a range as one span and leaves weekdays and
/// "końca"/"połowy" out; TimeML's TIMEX3, which KPWr-TIMEX follows, marks each end of a range
/// on its own and takes in a weekday in apposition, a modifier of the part of a period
/// ("do końca marca", "w drugiej połowie XX wieku"), a spelled-out relative year ("maja
/// przyszłego roku") and a season with its year ("na wiosnę 2010").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateStyle {
    /// NKJP extents (the default).
    #[default]
    Nkjp,
    /// TimeML TIMEX3 extents, with TIMEX3 values for halves and seasons ("2011-05-H1", "2010-SP").
    Timex3,
}

impl std::str::FromStr for DateStyle {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "nkjp" => Ok(DateStyle::Nkjp),
            "timex3" | "timex" | "timeml" => Ok(DateStyle::Timex3),
            _ => Err(format!("{s:?} is not a date style (nkjp or timex3)")),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Lexicon
// ---------------------------------------------------------------------------------------------

/// Month forms in every case that press text uses (CLDR gives nominative and genitive; locative,
/// instrumental and dative are added here), plus the common diacritic-less spellings of web text.
const MONTHS: [&[&str]; 12] = [
    &["styczeń", "stycznia", "styczniu", "styczniem", "styczen"],
    &["luty", "lutego", "lutym", "lutemu"],
    &["marzec", "marca", "marcu", "marcem"],
    &["kwiecień", "kwietnia", "kwietniu", "kwietniem", "kwiecien"],
    &["maj", "maja", "maju", "majem"],
    &["czerwiec", "czerwca", "czerwcu", "czerwcem"],
    &["lipiec", "lipca", "lipcu", "lipcem"],
    &["sierpień", "sierpnia", "sierpniu", "sierpniem", "sierpien"],
    &["wrzesień", "września", "wrześniu", "wrześniem", "wrzesien", "wrzesnia", "wrzesniu"],
    &["październik", "października", "październiku", "październikiem", "pazdziernik", "pazdziernika", "pazdzierniku"],
    &["listopad", "listopada", "listopadzie", "listopadem"],
    &["grudzień", "grudnia", "grudniu", "grudniem", "grudzien"],
];

/// CLDR abbreviations; only accepted between a day and a year ("2 lut 2007"), where they cannot
/// be ordinary words.
const MONTH_ABBR: [&str; 13] =
    ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru", "paz"];

const ROMAN_MONTHS: [&str; 12] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

const ROMAN_CENTURIES: [&str; 21] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
    "XVIII", "XIX", "XX", "XXI",
];

/// Decade adjective stems ("latach osiemdziesiątych") and the decade digit they stand for.
const DECADE_STEMS: [(&str, u8); 8] = [
    ("dwudziest", 2),
    ("trzydziest", 3),
    ("czterdziest", 4),
    ("pięćdziesiąt", 5),
    ("sześćdziesiąt", 6),
    ("siedemdziesiąt", 7),
    ("osiemdziesiąt", 8),
    ("dziewięćdziesiąt", 9),
];

/// Spoken/written ordinal day stems ("pierwszego września", "piętnasty sierpnia", "szóstym maja"):
/// each takes the genitive, nominative, instrumental/locative and dative endings of [`ordinal_forms`].
const ORDINAL_STEMS: [(&str, u8); 19] = [
    ("pierwsz", 1),
    ("drug", 2),
    ("trzec", 3),
    ("czwart", 4),
    ("piąt", 5),
    ("szóst", 6),
    ("siódm", 7),
    ("ósm", 8),
    ("dziewiąt", 9),
    ("dziesiąt", 10),
    ("jedenast", 11),
    ("dwunast", 12),
    ("trzynast", 13),
    ("czternast", 14),
    ("piętnast", 15),
    ("szesnast", 16),
    ("siedemnast", 17),
    ("osiemnast", 18),
    ("dziewiętnast", 19),
];

/// Tens that start a compound ordinal ("dwudziestego drugiego").
const ORDINAL_TENS: [(&str, u8); 2] = [("dwudziest", 20), ("trzydziest", 30)];

/// The case forms of an ordinal stem: "-ego", "-y", "-ym", "-emu" ("-iego", "-i", "-im", "-iemu"
/// after "g" and "c": "drugiego", "trzeci").
fn ordinal_forms(stem: &str) -> [String; 4] {
    let i = if stem.ends_with('g') || stem.ends_with('c') { "i" } else { "" };
    let y = if i.is_empty() { "y" } else { "" };
    [format!("{stem}{i}ego"), format!("{stem}{i}{y}"), format!("{stem}{i}{y}m"), format!("{stem}{i}emu")]
}

const WEEKDAYS: [&[&str]; 7] = [
    &["poniedziałek", "poniedziałku", "poniedziałkiem"],
    &["wtorek", "wtorku", "wtorkiem"],
    &["środa", "środę", "środy", "środzie", "środą"],
    &["czwartek", "czwartku", "czwartkiem"],
    &["piątek", "piątku", "piątkiem"],
    &["sobota", "sobotę", "soboty", "sobocie", "sobotą"],
    &["niedziela", "niedzielę", "niedzieli", "niedzielą"],
];

/// Words after a bare number that make it an amount, not a year ("2022 zł", "1500 osób").
const UNIT_WORDS: &[&str] = &[
    "zł",
    "zł.",
    "złotych",
    "złote",
    "zl",
    "gr",
    "euro",
    "eur",
    "usd",
    "dolarów",
    "$",
    "%",
    "proc",
    "proc.",
    "procent",
    "osób",
    "osoby",
    "ludzi",
    "m",
    "m2",
    "mm",
    "cm",
    "km",
    "kg",
    "g",
    "t",
    "ton",
    "tys",
    "tys.",
    "mln",
    "mld",
    "ha",
    "szt",
    "szt.",
    "sztuk",
    "egz",
    "egz.",
    "egzemplarzy",
    "razy",
    "lat",
    "metrów",
    "mieszkańców",
    "uczniów",
    "pracowników",
    "głosów",
    "punktów",
    "pkt",
    "pkt.",
    "dni",
    "godzin",
    "minut",
    "sekund",
    "stron",
    "mb",
    "gb",
    "mhz",
    "kw",
    "km/h",
    "hektarów",
    "litrów",
    "l",
    "miejsc",
    "osobom",
    "zawodników",
    "widzów",
    "aut",
    "samochodów",
    "mieszkań",
    "kilometrów",
    "koni",
    "km.",
    "x",
    "×",
    "+",
    "=",
];

/// Words before a bare number that make it an amount or an identifier.
const QUANTITY_WORDS: &[&str] = &[
    "ok.",
    "ok",
    "około",
    "ponad",
    "prawie",
    "niemal",
    "blisko",
    "nr",
    "nr.",
    "numer",
    "numerem",
    "numeru",
    "poz.",
    "s.",
    "str.",
    "tel.",
    "tel",
    "wysokości",
    "kwotę",
    "kwoty",
    "kwocie",
    "sumę",
    "przekracza",
    "najmniej",
    "liczba",
    "liczbie",
    "o",
    "kod",
    "art.",
    "ust.",
    "pkt",
    "pkt.",
    "nawet",
    "max",
    "min",
    "x",
    "×",
    "+",
    "=",
    "zaledwie",
    "tylko",
    "aż",
    "niż",
];

/// Prepositions and time nouns a month may follow inside the match ("w maju", "przełomie
/// lipca"); the span itself starts at the month.
const MONTH_PREPS: &[&str] = &[
    "w",
    "we",
    "od",
    "do",
    "z",
    "ze",
    "na",
    "po",
    "przed",
    "przez",
    "około",
    "koło",
    "końca",
    "końcu",
    "koniec",
    "końcem",
    "początku",
    "początek",
    "początkiem",
    "połowie",
    "połowy",
    "połowę",
    "przełomie",
    "pod",
    "i",
    "oraz",
    "lub",
    "albo",
    "a",
    "aż",
    "dopiero",
    "już",
    "także",
    "między",
];

/// Prepositions a relative weekday needs ("w piątek", "od środy") unless it has a modifier.
const WEEKDAY_PREPS: &[&str] = &["w", "we", "od", "do", "na", "i", "oraz", "lub", "przez", "po", "przed", "aż"];

/// "w tym roku", "w przyszłym miesiącu", "w zeszłym tygodniu".
const REL_MODS: &[&str] = &[
    "tym",
    "bieżącym",
    "przyszłym",
    "następnym",
    "zeszłym",
    "ubiegłym",
    "poprzednim",
    "ostatnim",
    "minionym",
    "tego",
    "bieżącego",
    "przyszłego",
    "następnego",
    "zeszłego",
    "ubiegłego",
    "poprzedniego",
    "ten",
    "przyszły",
    "następny",
    "zeszły",
    "ubiegły",
    "poprzedni",
    "miniony",
];

/// "w ostatni wtorek", "w najbliższą środę".
const WEEKDAY_MODS: &[&str] = &[
    "ostatni",
    "ostatnią",
    "ostatniego",
    "ostatniej",
    "miniony",
    "minioną",
    "minionego",
    "minionej",
    "zeszły",
    "zeszłą",
    "zeszłego",
    "zeszłej",
    "ubiegły",
    "ubiegłą",
    "ubiegłego",
    "ubiegłej",
    "przyszły",
    "przyszłą",
    "przyszłego",
    "przyszłej",
    "najbliższy",
    "najbliższą",
    "najbliższego",
    "najbliższej",
    "następny",
    "następną",
    "następnego",
    "następnej",
    "ten",
    "tę",
    "tego",
    "tej",
];

/// The nouns after a [`REL_MODS`] word.
const REL_UNITS: &[&str] = &["roku", "rok", "miesiącu", "miesiąca", "miesiąc", "tygodniu", "tygodnia", "tydzień"];

/// Words that may open a match on their own (with the month, weekday and ordinal forms and
/// [`MONTH_PREPS`] ... [`WEEKDAY_MODS`], every word the regex can start with; a word missing here
/// would lose its dates, which `anchored_scan_equals_unanchored_search` checks): leading nouns ("dniu", "latach", "roku", "wieku",
/// "r." of "r. 2000") and relative words ("dziś", "ub.r.", "br."). Stems that take any ending
/// are in [`OPENING_STEMS`].
const OPENING_WORDS: &[&str] = &[
    "dniu",
    "dnia",
    "dniem",
    "latach",
    "lata",
    "lat",
    "latami",
    "roku",
    "rokiem",
    "rok",
    "okresie",
    "r",
    "wieku",
    "wiek",
    "wiekiem",
    "przedwczoraj",
    "pojutrze",
    "wczoraj",
    "jutro",
    "dzisiaj",
    "dziś",
    "dzis",
    "ub",
    "b",
    "br",
];

const OPENING_STEMS: &[&str] = &[
    "przedwczorajsz",
    "wczorajsz",
    "jutrzejsz",
    "dzisiejsz",
    "tegoroczn",
    "zeszłoroczn",
    "ubiegłoroczn",
    "przyszłoroczn",
];

const STREET_WORDS: &[&str] = &[
    "ul.", "ul", "ulica", "ulicy", "ulicę", "ulicą", "al.", "aleja", "alei", "aleję", "pl.", "plac", "placu", "os.",
    "osiedle", "osiedlu", "osiedla", "rondo", "rondzie", "ronda",
];

// ---------------------------------------------------------------------------------------------
// The combined regex
// ---------------------------------------------------------------------------------------------

/// A whitespace run with at most one line break: a single newline inside a paragraph is just a
/// space, a blank line is a hard break no date may cross.
const WS: &str = r"(?:[ \t\u{a0}\u{202f}]+(?:\r?\n[ \t\u{a0}\u{202f}]*)?|\r?\n[ \t\u{a0}\u{202f}]*)";

fn alt(words: impl IntoIterator<Item = String>) -> String {
    let mut v: Vec<String> = words.into_iter().collect();
    // Longest first so that leftmost-first alternation never stops at a prefix ("maj" < "maja").
    v.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    v.dedup();
    let esc: Vec<String> = v.iter().map(|w| regex::escape(w)).collect();
    format!("(?:{})", esc.join("|"))
}

fn build_pattern() -> String {
    let s = WS;
    let s0 = format!("(?:{WS})?");
    let month = alt(MONTHS.iter().flat_map(|f| f.iter().map(|w| w.to_string())));
    let abbr = format!(r"{}\.?", alt(MONTH_ABBR.iter().map(|w| w.to_string())));
    let roman_m = format!("(?-i:{})", alt(ROMAN_MONTHS.iter().map(|w| w.to_string())));
    let roman_c = format!("(?-i:{})", alt(ROMAN_CENTURIES.iter().map(|w| w.to_string())));
    let weekday = alt(WEEKDAYS.iter().flat_map(|f| f.iter().map(|w| w.to_string())));
    let dec_word = format!(r"{}(?:ych|ymi|ym|e)", alt(DECADE_STEMS.iter().map(|(w, _)| w.to_string())));
    let ord_unit = alt(ORDINAL_STEMS.iter().flat_map(|(w, _)| ordinal_forms(w)));
    let ord_tens = alt(ORDINAL_TENS.iter().flat_map(|(w, _)| ordinal_forms(w)));
    let ordinal = format!(r"(?:{ord_tens}{s}{ord_unit}|{ord_tens}|{ord_unit})");
    let day = r"(?:3[01]|[12][0-9]|0?[1-9])";
    let nmonth = r"(?:1[0-2]|0?[1-9])";
    let year = r"(?:1[0-9]{3}|20[0-9]{2})";
    // Years before 1000 only with "r."/"roku" or a leading "latach" ("w 966 roku", "latach 805-823").
    let year3 = r"(?:[1-9][0-9]{2})";
    // Two digits only before "roku"/"r." ("w 92 roku", "'97 roku", "w 96 r."), where they cannot be a
    // day, or after an apostrophe ("Euro '92", "w maju '97").
    let year2 = r"(?:'?[0-9]{2})";
    // "p.n.e.", "przed naszą erą", "przed Chrystusem": the era belongs to the span.
    let bc = format!(r"(?:{s0}p\.{s0}n\.{s0}e\.|{s}przed{s}(?:naszą{s}erą|Chrystusem))");
    let ysuf = format!(r"(?:{s0}(?:roku|rokiem|rok|r\.|r))");
    // Abbreviated relative years belong to the span ("9 czerwca br."); spelled-out ones are
    // outside it in NKJP ("w [maju] tego roku") but still give the value.
    let rel = format!(r"(?:{s0}(?:b\.{s0}r\.|br\.|ub\.{s0}r(?:\.|oku)))");
    let relw =
        format!(r"(?:{s}(?:tego|bieżącego|ubiegłego|zeszłego|przyszłego|następnego|poprzedniego){s}(?:roku|r\.))");
    let day_lead = r"(?:dniu|dnia|dniem)";
    let words = |w: &[&str]| format!("(?:{})", w.join("|"));
    let range_sep = format!(r"(?:{s0}[-–—]{s0}|{s}(?:i|do|a|lub|oraz|albo){s})");
    let prep = words(MONTH_PREPS);
    let rel_mod_loc = words(REL_MODS);
    let wd_mod = words(WEEKDAY_MODS);
    let wd_prep = words(WEEKDAY_PREPS);

    let alts = [
        // ISO first: otherwise "2022-05" would be taken for a year range.
        format!(
            r"(?P<iso>(?P<isoy>{year})-(?P<isom>0[1-9]|1[0-2])-(?P<isod>0[1-9]|[12][0-9]|3[01]))"
        ),
        format!(
            r"(?P<ndr>(?P<ndr1>{day}){s0}[-–]{s0}(?P<ndr2>{day})\.(?P<ndrm>{nmonth})\.(?P<ndry>{year})(?P<ndrs>{ysuf})?)"
        ),
        format!(
            r"(?P<num>(?:(?P<numl>{day_lead}){s})?(?P<numd>{day})(?P<nums1>[./-])(?P<numm>{nmonth})(?P<nums2>[./-])(?P<numy>{year}|[0-9]{{2}})(?P<numsuf>{ysuf})?)"
        ),
        format!(
            r"(?P<dr>(?P<dr1>{day})\.?{range_sep}(?P<dr2>{day})(?:\.|-go|-ego)?{s}(?P<drm>{month})(?:{s}(?P<dry>{year})(?P<drys>{ysuf})?|(?P<drrel>{rel})|(?P<drrelw>{relw}))?)"
        ),
        format!(
            r"(?P<dmr>(?P<dmr1d>{day})\.?{s}(?P<dmr1m>{month})(?:{s0}[-–—]{s0}|{s}do{s})(?P<dmr2d>{day})\.?{s}(?P<dmr2m>{month}){s}(?P<dmry>{year})(?P<dmrs>{ysuf})?)"
        ),
        format!(
            r"(?P<dm>(?:(?P<dml>{day_lead}){s})?(?P<dmd>{day})(?:\.|-go|-ego)?{s}(?:(?P<dmm>{month})|(?P<dma>{abbr}))(?:,?{s}(?:roku{s})?(?P<dmy>{year}|{year3})(?P<dmys>{ysuf})?|(?P<dmrel>{rel})|(?P<dmrelw>{relw}))?)"
        ),
        format!(
            r"(?P<rom>(?:(?P<roml>{day_lead}){s})?(?P<romd>{day})(?:\.?{s}|\.)(?P<romm>{roman_m})(?:(?:\.?{s}|\.)(?P<romy>{year})(?P<romys>{ysuf})?|(?:\.?{s}|\.)(?P<romyy>{year2}){s}(?:roku|r\.))?)"
        ),
        format!(
            r"(?P<ord>(?P<ordd>{ordinal}){s}(?P<ordm>{month})(?:{s}(?P<ordy>{year})(?P<ordys>{ysuf})?)?)"
        ),
        format!(
            r"(?P<mr>(?:{prep}{s})?(?P<mr1>{month})(?:{s0}[-–—]{s0}|{s}(?:i|do|a|lub|oraz){s})(?P<mr2>{month}){s}(?P<mry>{year})(?P<mrys>{ysuf})?)"
        ),
        format!(
            r"(?P<mo>(?:(?P<mop>{prep}){s})?(?P<mom>{month})(?:,?{s}(?:roku{s})?(?P<moy>{year})(?P<moys>{ysuf})?|{s}(?P<moyy>{year2}){s}(?:roku|r\.)|{s}(?P<moya>['’][0-9]{{2}})|(?P<morel>{rel})|(?P<morelw>{relw}))?)"
        ),
        format!(
            r"(?P<dec>(?P<decl>latach|lata|lat|latami){s}(?:(?P<decn>[1-9]0)(?P<decs>\.|-tych|-te|-ych|-ch|-e|tych|te)?|(?P<decw>{dec_word}))(?:{range_sep}(?:(?P<decn2>[1-9]0)(?:\.|-tych|-te|-ych|-ch|-e|tych|te)|(?P<decw2>{dec_word})))?(?:{s}(?P<decc>{roman_c}){s0}(?:wieku|w\.))?)"
        ),
        format!(
            r"(?P<cen>(?P<cen1>{roman_c})(?:{s0}[-–]{s0}(?P<cen2>{roman_c}))?{s0}(?:wieku|wiekiem|wiek|w\.|stulecia|stuleciu)(?P<cenbc>{bc})?)"
        ),
        format!(r"(?P<cenl>(?:wieku|wiek|wiekiem){s}(?P<cenl1>{roman_c}))"),
        format!(r"(?P<ybc>(?:(?:roku|rok){s})?(?P<ybcy>[1-9][0-9]{{0,3}})(?:{ysuf})?(?P<ybce>{bc}))"),
        format!(
            r"(?P<yr>(?:(?P<yrl>latach|lata|lat|latami|roku|rokiem|rok|okresie){s})?(?P<yr1>{year}|{year3})(?P<yrsep>{s0}[-–—/]{s0}|{s}(?:do|a){s})(?P<yr2>{year}|{year3}|[0-9]{{2}})(?P<yrs>{ysuf})?)"
        ),
        format!(r"(?P<yl>(?P<yll>roku|rokiem|rok|r\.){s}(?P<yly>{year}))"),
        format!(r"(?P<y>(?P<yy>{year}|{year3})(?P<ys>{ysuf})?)"),
        format!(r"(?P<y2>(?P<y2y>{year2}){s}(?:roku|r\.)|(?P<y2a>['’][0-9]{{2}}))"),
        r"(?P<rday>przedwczorajsz\p{L}*|przedwczoraj|pojutrze|wczorajsz\p{L}*|wczoraj|jutrzejsz\p{L}*|jutro|dzisiejsz\p{L}*|dzisiaj|dziś|dzis)".to_string(),
        format!(
            r"(?P<ryear>{rel_mod_loc}{s}(?:roku|rok)|tegoroczn\p{{L}}*|zeszłoroczn\p{{L}}*|ubiegłoroczn\p{{L}}*|przyszłoroczn\p{{L}}*|ub\.{s0}r(?:\.|oku)|b\.{s0}r\.|br\.)"
        ),
        format!(r"(?P<rmonth>{rel_mod_loc}{s}(?:miesiącu|miesiąca|miesiąc))"),
        format!(r"(?P<rweek>{rel_mod_loc}{s}(?:tygodniu|tygodnia|tydzień))"),
        format!(
            r"(?P<wd>(?:(?P<wdp>{wd_prep}){s})?(?:(?P<wdm>{wd_mod}){s})?(?P<wdd>{weekday}))"
        ),
    ];
    // The boundary is consumed rather than asserted (the regex crate has no look-around, and a
    // Unicode \b would force the slow engine on Polish letters); the caller restarts the search
    // at the end of group `m`.
    format!(r"(?i)(?P<m>{})(?:[^\p{{L}}\p{{N}}]|\z)", alts.join("|"))
}

static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    let config = meta::Config::new().nfa_size_limit(Some(64 << 20)).hybrid_cache_capacity(64 << 20);
    meta::Builder::new().configure(config).build(&build_pattern()).expect("date regex")
});

thread_local! {
    /// The regex's scratch space, one per thread (what the `regex` crate keeps in its pool).
    static SCRATCH: RefCell<(meta::Cache, RawCaptures)> =
        RefCell::new((DATE_RE.create_cache(), DATE_RE.create_captures()));
}

/// A capture group of a match: byte offsets and text.
#[derive(Debug, Clone, Copy)]
struct Group<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

impl<'t> Group<'t> {
    fn start(&self) -> usize {
        self.start
    }

    fn end(&self) -> usize {
        self.end
    }

    fn as_str(&self) -> &'t str {
        self.text
    }
}

/// The groups of one match, by name.
struct Captures<'t> {
    text: &'t str,
    raw: &'t RawCaptures,
}

impl<'t> Captures<'t> {
    fn name(&self, name: &str) -> Option<Group<'t>> {
        let span = self.raw.get_group_by_name(name)?;
        Some(Group { start: span.start, end: span.end, text: &self.text[span.start..span.end] })
    }
}

/// What a word at a possible match start can do: open a match, or open one only before
/// certain words (a preposition before a month, a modifier before "roku" or a weekday).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Opener {
    Alone,
    BeforeNext,
}

/// FNV-1a: the word tables are looked up for most words of the text, where SipHash's
/// resistance to chosen keys buys nothing (the keys are fixed).
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

/// Lowercased words that may open a match.
static OPENERS: LazyLock<HashMap<String, Opener, FnvBuild>> = LazyLock::new(|| {
    let mut m = HashMap::default();
    for w in MONTH_PREPS.iter().chain(WEEKDAY_PREPS).chain(REL_MODS).chain(WEEKDAY_MODS) {
        m.insert(w.to_string(), Opener::BeforeNext);
    }
    let alone = MONTHS
        .iter()
        .chain(WEEKDAYS.iter())
        .flat_map(|f| f.iter().map(|w| w.to_string()))
        .chain(ORDINAL_STEMS.iter().chain(ORDINAL_TENS.iter()).flat_map(|(w, _)| ordinal_forms(w)))
        .chain(OPENING_WORDS.iter().map(|w| w.to_string()));
    for w in alone {
        m.insert(w, Opener::Alone);
    }
    m
});

/// ASCII letters (lowercase) that begin a word of [`OPENERS`] or [`OPENING_STEMS`]: a word
/// beginning with any other ASCII letter opens no match.
static OPENING_BYTES: LazyLock<[bool; 128]> = LazyLock::new(|| {
    let mut t = [false; 128];
    for w in OPENERS.keys().map(String::as_str).chain(OPENING_STEMS.iter().copied()) {
        if let Some(&b) = w.as_bytes().first().filter(|b| b.is_ascii()) {
            t[b as usize] = true;
        }
    }
    t
});

/// The longest word of [`OPENERS`], [`FOLLOWERS`] and [`OPENING_STEMS`] in bytes: a longer word is
/// none of them.
static MAX_OPENER: LazyLock<usize> = LazyLock::new(|| {
    let stems = OPENING_STEMS.iter().map(|w| w.len());
    OPENERS.keys().chain(FOLLOWERS.iter()).map(String::len).chain(stems).max().unwrap_or(0)
});

/// Lowercased words that may follow a [`Opener::BeforeNext`] word inside a match.
static FOLLOWERS: LazyLock<std::collections::HashSet<String, FnvBuild>> = LazyLock::new(|| {
    MONTHS
        .iter()
        .chain(WEEKDAYS.iter())
        .flat_map(|f| f.iter().map(|w| w.to_string()))
        .chain(WEEKDAY_MODS.iter().chain(REL_UNITS).map(|w| w.to_string()))
        .collect()
});

/// The run of letters at `at`, lowercased into `buf`, and its length in bytes; `None` when it
/// has a letter that is neither ASCII nor Polish (the word tables spell no such word, so the
/// caller must try the regex). Past [`MAX_OPENER`] bytes only the beginning is kept (enough for
/// [`OPENING_STEMS`]) and the length is a lower bound.
fn fold_word(text: &str, at: usize, buf: &mut String) -> Option<usize> {
    buf.clear();
    let limit = *MAX_OPENER;
    for (i, ch) in text[at..].char_indices() {
        if i > limit {
            return Some(i);
        }
        let low = match ch {
            'a'..='z' | 'ą' | 'ć' | 'ę' | 'ł' | 'ń' | 'ó' | 'ś' | 'ź' | 'ż' => ch,
            'A'..='Z' => ch.to_ascii_lowercase(),
            'Ą' => 'ą',
            'Ć' => 'ć',
            'Ę' => 'ę',
            'Ł' => 'ł',
            'Ń' => 'ń',
            'Ó' => 'ó',
            'Ś' => 'ś',
            'Ź' => 'ź',
            'Ż' => 'ż',
            _ if ch.is_alphabetic() => return None,
            _ => return Some(i),
        };
        buf.push(low);
    }
    Some(text.len() - at)
}

/// May a match start at `at`, a word start? Every word that can open a match is known (digits,
/// apostrophe years, Roman numerals, the word lists above), so a word that is none of them is
/// passed over without running the regex. Words in letters the lists do not spell are tried.
fn may_open(text: &str, at: usize, ch: char, buf: &mut String) -> bool {
    if ch.is_ascii_digit() || ch == '\'' || ch == '’' || matches!(ch, 'I' | 'V' | 'X') {
        return true;
    }
    if ch.is_ascii() && !OPENING_BYTES[ch.to_ascii_lowercase() as usize] {
        return false;
    }
    if !ch.is_alphabetic() {
        return false;
    }
    let Some(len) = fold_word(text, at, buf) else {
        return true;
    };
    let opener = if len <= *MAX_OPENER { OPENERS.get(buf.as_str()) } else { None };
    match opener {
        Some(Opener::Alone) => return true,
        Some(Opener::BeforeNext) => {
            let after = at + len;
            let next_at = after + text[after..].len() - text[after..].trim_start().len();
            if next_at == after {
                return false;
            }
            return fold_word(text, next_at, buf).is_none_or(|n| n <= *MAX_OPENER && FOLLOWERS.contains(buf.as_str()));
        }
        None => {}
    }
    OPENING_STEMS.iter().any(|st| buf.starts_with(st))
}

/// `ch.is_alphanumeric()`, without the table lookup for ASCII and Polish letters.
fn alnum(ch: char) -> bool {
    if ch.is_ascii() {
        ch.is_ascii_alphanumeric()
    } else {
        matches!(
            ch,
            'ą' | 'ć'
                | 'ę'
                | 'ł'
                | 'ń'
                | 'ó'
                | 'ś'
                | 'ź'
                | 'ż'
                | 'Ą'
                | 'Ć'
                | 'Ę'
                | 'Ł'
                | 'Ń'
                | 'Ó'
                | 'Ś'
                | 'Ź'
                | 'Ż'
        ) || ch.is_alphanumeric()
    }
}

/// Byte offsets where a match may start, ascending: a match never starts inside a token (see
/// [`starts_inside_token`]) and always on a word that [`may_open`] one.
fn match_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut buf = String::new();
    let bytes = text.as_bytes();
    let (mut prev, mut prev2) = (None::<char>, None::<char>);
    let mut i = 0;
    while i < bytes.len() {
        if prev.is_some_and(|p| p.is_ascii_alphanumeric()) && bytes[i].is_ascii_alphanumeric() {
            // Inside an ASCII word: no match starts here.
            let run = bytes[i..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            i += run;
            prev2 = if run >= 2 { Some(char::from(bytes[i - 2])) } else { prev };
            prev = Some(char::from(bytes[i - 1]));
            continue;
        }
        let ch = if bytes[i].is_ascii() { char::from(bytes[i]) } else { text[i..].chars().next().unwrap_or('\0') };
        let open = match (prev, prev2) {
            (Some(p), _) if alnum(p) => false,
            (Some('.' | '-' | '/' | ','), Some(q)) if q.is_ascii_digit() && ch.is_ascii_digit() => issue_year(text, i),
            _ => true,
        };
        if open && may_open(text, i, ch, &mut buf) {
            out.push(i);
        }
        prev2 = prev;
        prev = Some(ch);
        i += ch.len_utf8();
    }
    out
}

static MONTH_OF: LazyLock<HashMap<String, u8>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for (i, forms) in MONTHS.iter().enumerate() {
        for f in forms.iter() {
            m.insert(f.to_string(), i as u8 + 1);
        }
    }
    m
});

static WEEKDAY_OF: LazyLock<HashMap<String, u8>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for (i, forms) in WEEKDAYS.iter().enumerate() {
        for f in forms.iter() {
            m.insert(f.to_string(), i as u8 + 1);
        }
    }
    m
});

fn month_num(s: &str) -> Option<u8> {
    let l = s.to_lowercase();
    let l = l.trim_end_matches('.');
    if let Some(&m) = MONTH_OF.get(l) {
        return Some(m);
    }
    MONTH_ABBR.iter().position(|a| *a == l).map(|i| if i == 12 { 10 } else { i as u8 + 1 })
}

fn roman_value(s: &str) -> Option<u8> {
    ROMAN_CENTURIES.iter().position(|r| *r == s).map(|i| i as u8 + 1)
}

fn ordinal_day(s: &str) -> Option<u8> {
    let l = s.to_lowercase();
    let mut total = 0u8;
    for w in l.split_whitespace() {
        let (_, v) = ORDINAL_TENS
            .iter()
            .chain(ORDINAL_STEMS.iter())
            .find(|(stem, _)| ordinal_forms(stem).iter().any(|f| f == w))?;
        total = total.checked_add(*v)?;
    }
    (1..=31).contains(&total).then_some(total)
}

fn decade_digit(c: &Captures<'_>, num: &str, word: &str) -> Option<u8> {
    if let Some(n) = c.name(num) {
        return n.as_str().as_bytes().first().map(|b| b - b'0');
    }
    let w = c.name(word)?.as_str().to_lowercase();
    DECADE_STEMS.iter().find(|(stem, _)| w.starts_with(stem)).map(|(_, d)| *d)
}

// ---------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------

/// A match may not start inside a word ("x2000", "wmaju") or inside a number ("16.02 - 19.02").
fn starts_inside_token(text: &str, at: usize) -> bool {
    let mut back = text[..at].chars().rev();
    match (back.next(), back.next()) {
        (Some(p), _) if p.is_alphanumeric() => true,
        (Some('.' | '-' | '/' | ','), Some(q)) => {
            q.is_ascii_digit() && text[at..].starts_with(|ch: char| ch.is_ascii_digit()) && !issue_year(text, at)
        }
        _ => false,
    }
}

/// A year after an issue or file number, "nr 3/1995", "numer 16/2002", "qmama 9/2010": the
/// number is no date, the year is (NKJP and KPWr both mark it).
fn issue_year(text: &str, at: usize) -> bool {
    let Some(before) = text[..at].strip_suffix('/') else {
        return false;
    };
    let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    let lead_ok = before[..before.len() - digits].chars().next_back().is_none_or(|c| c.is_whitespace() || c == '(');
    let year = text[at..].bytes().take_while(u8::is_ascii_digit).count() == 4 && text[at..].starts_with(['1', '2']);
    (1..=3).contains(&digits) && lead_ok && year && !continues_number(text, at + 4)
}

fn prev_char(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

/// The whitespace-separated token just before `at` (lowercased, outer quotes/brackets removed).
fn prev_token(text: &str, at: usize) -> String {
    let before = text[..at].trim_end();
    let tok = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    tok.trim_start_matches(['(', '"', '„', '«', '[']).to_lowercase()
}

fn next_token(text: &str, at: usize) -> String {
    let after = text[at..].trim_start();
    let tok = after.split(|c: char| c.is_whitespace()).next().unwrap_or("");
    tok.trim_end_matches([',', ';', ')', '"', '”', ':', '!', '?']).to_lowercase()
}

fn year_of(s: &str) -> Option<i32> {
    s.parse().ok()
}

/// A two-digit year ("92 roku", "'97 roku"): the last such year not after the document's
/// year, or the 20th century when the document is undated.
fn short_year(s: &str, doc: Option<CivilDate>) -> i32 {
    let yy: i32 = s.trim_start_matches(['\'', '’']).parse().unwrap_or(0);
    match doc {
        Some(d) if 2000 + yy <= d.year => 2000 + yy,
        _ => 1900 + yy,
    }
}

/// "roku życia", "roku studiów": the number before was an age or a year of study.
fn age_after(text: &str, end: usize) -> bool {
    let nt = next_token(text, end);
    ["życia", "studiów", "nauki", "istnienia", "pracy", "służby", "działalności"].iter().any(|w| nt.starts_with(w))
}

/// Two-digit years: the second half of a range inherits the first's century; a lone "05" in
/// "16.02.05" is read in a 1950–2049 window.
fn expand_two_digit(y: i32, base: Option<i32>) -> i32 {
    match base {
        Some(b) => {
            let c = b - b.rem_euclid(100) + y;
            if c < b {
                c + 100
            } else {
                c
            }
        }
        None if y < 50 => 2000 + y,
        None => 1900 + y,
    }
}

fn fmt_year(y: Option<i32>) -> String {
    y.map_or_else(|| "XXXX".to_string(), |y| format!("{y:04}"))
}

fn fmt_ymd(y: Option<i32>, m: u8, d: u8) -> String {
    format!("{}-{m:02}-{d:02}", fmt_year(y))
}

fn valid_day(y: Option<i32>, m: u8, d: u8) -> bool {
    // An unknown year may still be a leap year, so 29 February stays valid.
    d >= 1 && d <= days_in_month(y.unwrap_or(2000), m)
}

/// Year offset of a relative-year suffix ("br." 0, "ub.r." -1, "przyszłego roku" +1).
fn rel_offset(s: &str) -> i32 {
    let l = s.to_lowercase();
    if l.contains("ub") || l.contains("zeszł") || l.contains("poprzedni") || l.contains("ostatni") {
        -1
    } else if l.contains("przyszł") || l.contains("następn") {
        1
    } else if l.contains("minion") {
        -1
    } else {
        0
    }
}

struct Ctx {
    doc: Option<CivilDate>,
    style: DateStyle,
    /// The year of the last date written out in full ("20 października 2005 r."): a later bare
    /// "w listopadzie" or "1 maja" is read in that year, as TIMEX3 (and KPWr) anchors
    /// underspecified dates to the narrative's reference time, not to the publication date.
    told: std::cell::Cell<Option<i32>>,
}

impl Ctx {
    /// The year a date without one is read in. Only a dated document gets one: without a
    /// document date the year stays unknown even after a full date, since texts without one
    /// are mostly collections of fragments, where the last year written is often about
    /// something else.
    fn year(&self) -> Option<i32> {
        self.doc.map(|d| self.told.get().unwrap_or(d.year))
    }

    fn tell(&self, y: Option<i32>) {
        if y.is_some() {
            self.told.set(y);
        }
    }

    /// Where a date ends that a spelled-out relative year follows ("maja tego roku"): NKJP
    /// leaves the year words out, TIMEX3 takes them in.
    fn rel_end(&self, relw: Option<Group<'_>>, end: usize) -> usize {
        match (self.style, relw) {
            (DateStyle::Nkjp, Some(r)) => r.start(),
            _ => end,
        }
    }

    /// A range as one span (NKJP), or its two ends each with its half of `value` (TIMEX3):
    /// the first end is `first`, the second runs from `second` to `end`.
    fn range(
        &self,
        whole: (usize, usize),
        first: (usize, usize),
        second: usize,
        value: String,
        rule: &'static str,
    ) -> Outcome {
        match (self.style, value.split_once('/')) {
            (DateStyle::Timex3, Some((a, b))) => Outcome::Two(
                DateMatch { start: first.0, end: first.1, value: a.to_owned(), rule },
                DateMatch { start: second, end: whole.1, value: b.to_owned(), rule },
            ),
            _ => hit(whole.0, whole.1, value, rule),
        }
    }

    fn rel_year(&self, suffix: Option<Group<'_>>) -> Option<i32> {
        let d = self.doc?;
        Some(d.year + suffix.map_or(0, |s| rel_offset(s.as_str())))
    }
}

enum Outcome {
    Hit(DateMatch),
    Two(DateMatch, DateMatch),
    /// A relative weekday, dropped later when a calendar date directly follows it.
    Weekday(DateMatch),
    /// The alternative that matched does not apply; keep what its start gives (if anything) and
    /// scan on from `resume` ("900 - 1900": nothing at "900", then "1900").
    Retry(Box<Outcome>, usize),
    Skip,
}

fn hit(start: usize, end: usize, value: String, rule: &'static str) -> Outcome {
    Outcome::Hit(DateMatch { start, end, value, rule })
}

fn is_unit_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let mut chars = rest.chars();
    if let (Some(c1), Some(c2)) = (chars.next(), chars.next()) {
        // "2000,50", "2000.5", "2000:1" continue a number, not a year.
        if matches!(c1, ',' | '.' | ':') && c2.is_ascii_digit() {
            return true;
        }
    }
    if rest.starts_with('%') {
        return true;
    }
    let t = next_token(text, end);
    UNIT_WORDS.contains(&t.as_str())
}

/// A bare number: reject amounts, identifiers and parts of longer numbers.
fn bare_number_ok(text: &str, start: usize, end: usize) -> bool {
    if let Some(p) = prev_char(text, start) {
        if matches!(p, '-' | '/' | '.' | ',' | '+' | '#' | '$' | '€' | '_' | '@' | '\'') && !issue_year(text, start) {
            // "PZL-2000", "1.2000", "9/2010": part of an identifier or a compound number.
            return false;
        }
    }
    let pt = prev_token(text, start);
    if QUANTITY_WORDS.contains(&pt.as_str()) {
        return false;
    }
    if !pt.is_empty() && pt.chars().all(|c| c.is_ascii_digit()) {
        // "1 2000" looks like a digit-grouped amount.
        return false;
    }
    !is_unit_after(text, end)
}

fn interpret(text: &str, c: &Captures<'_>, ctx: &Ctx) -> Outcome {
    let m = c.name("m").expect("group m");
    let (ms, me) = (m.start(), m.end());
    let g = |n: &str| c.name(n);
    let num = |n: &str| g(n).and_then(|x| x.as_str().parse::<i64>().ok());
    let at = |n: &str| g(n).map_or((ms, ms), |x| (x.start(), x.end()));

    if g("iso").is_some() {
        let (y, mo, d) =
            (num("isoy").unwrap_or(0) as i32, num("isom").unwrap_or(0) as u8, num("isod").unwrap_or(0) as u8);
        return match CivilDate::new(y, mo, d) {
            Some(cd) => {
                ctx.tell(Some(y));
                hit(ms, me, cd.iso(), "date/iso")
            }
            None => Outcome::Skip,
        };
    }
    if g("ndr").is_some() {
        let y = num("ndry").map(|v| v as i32);
        let mo = num("ndrm").unwrap_or(0) as u8;
        let (d1, d2) = (num("ndr1").unwrap_or(0) as u8, num("ndr2").unwrap_or(0) as u8);
        if d1 >= d2 || !valid_day(y, mo, d1) || !valid_day(y, mo, d2) {
            return Outcome::Skip;
        }
        ctx.tell(y);
        let value = format!("{}/{}", fmt_ymd(y, mo, d1), fmt_ymd(y, mo, d2));
        return ctx.range((ms, me), at("ndr1"), at("ndr2").0, value, "date/numeric-day-range");
    }
    if g("num").is_some() {
        let sep1 = g("nums1").map(|x| x.as_str());
        if sep1 != g("nums2").map(|x| x.as_str()) {
            return Outcome::Skip;
        }
        let ytxt = g("numy").map_or("", |x| x.as_str());
        let (dtxt, mtxt) = (g("numd").map_or("", |x| x.as_str()), g("numm").map_or("", |x| x.as_str()));
        let y = if ytxt.len() == 2 {
            // "16.02.05" only with two-digit day and month: "1.2.33" is a version number; with
            // hyphens one two-digit part is enough ("28-4-89"). Never inside a longer number.
            let dotted = dtxt.len() == 2 && mtxt.len() == 2 && sep1 == Some(".");
            let hyphened = (dtxt.len() == 2 || mtxt.len() == 2) && sep1 == Some("-");
            if !(dotted || hyphened) || continues_number(text, me) {
                return Outcome::Skip;
            }
            expand_two_digit(year_of(ytxt).unwrap_or(0), None)
        } else {
            year_of(ytxt).unwrap_or(0)
        };
        let start = lead_start(c, "numl", "numd", None);
        return match CivilDate::new(y, num("numm").unwrap_or(0) as u8, num("numd").unwrap_or(0) as u8) {
            Some(cd) => {
                ctx.tell(Some(y));
                hit(start, me, cd.iso(), "date/numeric-dmy")
            }
            None => Outcome::Skip,
        };
    }
    if g("dr").is_some() {
        let mo = g("drm").and_then(|x| month_num(x.as_str())).unwrap_or(0);
        let y = if let Some(y) = g("dry") {
            year_of(y.as_str())
        } else if g("drrel").is_some() || g("drrelw").is_some() {
            ctx.rel_year(g("drrel").or(g("drrelw")))
        } else {
            ctx.year()
        };
        let (d1, d2) = (num("dr1").unwrap_or(0) as u8, num("dr2").unwrap_or(0) as u8);
        if d1 >= d2
            || !valid_day(y, mo, d1)
            || !valid_day(y, mo, d2)
            || street_context(text, ms, me, g("drm"), g("dry").is_some())
        {
            return Outcome::Skip;
        }
        if g("dry").is_some() {
            ctx.tell(y);
        }
        let end = ctx.rel_end(g("drrelw"), me);
        let value = format!("{}/{}", fmt_ymd(y, mo, d1), fmt_ymd(y, mo, d2));
        return ctx.range((ms, end), at("dr1"), at("dr2").0, value, "date/day-range");
    }
    if g("dmr").is_some() {
        let y = g("dmry").and_then(|x| year_of(x.as_str()));
        let m1 = g("dmr1m").and_then(|x| month_num(x.as_str())).unwrap_or(0);
        let m2 = g("dmr2m").and_then(|x| month_num(x.as_str())).unwrap_or(0);
        let (d1, d2) = (num("dmr1d").unwrap_or(0) as u8, num("dmr2d").unwrap_or(0) as u8);
        let y1 = if m1 > m2 { y.map(|v| v - 1) } else { y };
        if !valid_day(y1, m1, d1) || !valid_day(y, m2, d2) || (m1, d1) == (m2, d2) {
            return Outcome::Skip;
        }
        ctx.tell(y);
        let value = format!("{}/{}", fmt_ymd(y1, m1, d1), fmt_ymd(y, m2, d2));
        return ctx.range((ms, me), (at("dmr1d").0, at("dmr1m").1), at("dmr2d").0, value, "date/day-month-range");
    }
    if g("dm").is_some() {
        let is_abbr = g("dma").is_some();
        if is_abbr && g("dmy").is_none() {
            return Outcome::Skip;
        }
        let mo = g("dmm").or(g("dma")).and_then(|x| month_num(x.as_str())).unwrap_or(0);
        let d = num("dmd").unwrap_or(0) as u8;
        let (y, rule) = if let Some(y) = g("dmy") {
            if bare_year_amount(text, c, "dmy", "dmys") || (y.as_str().len() < 4 && g("dmys").is_none()) {
                // "5 maja 2000 osób": keep the day-month, leave the amount out.
                let end = g("dmm").or(g("dma")).map_or(me, |x| x.end());
                return day_month_hit(text, c, ctx, (ms, end), mo, d);
            }
            (year_of(y.as_str()), "date/day-month-year")
        } else if g("dmrel").is_some() || g("dmrelw").is_some() {
            (ctx.rel_year(g("dmrel").or(g("dmrelw"))), "date/day-month")
        } else {
            (ctx.year(), "date/day-month")
        };
        if !valid_day(y, mo, d) || street_context(text, ms, me, g("dmm"), g("dmy").is_some()) {
            return Outcome::Skip;
        }
        // The leading "dniu" is NKJP's, but the crate's own gold leaves it off a date whose year
        // is only relative ("w dniu 9 czerwca br."), so it attaches to absolute dates only.
        if rule == "date/day-month-year" {
            ctx.tell(y);
        }
        let start = lead_start(c, "dml", "dmd", g("dmrel"));
        let end = ctx.rel_end(g("dmrelw"), me);
        return hit(start, end, fmt_ymd(y, mo, d), rule);
    }
    if g("rom").is_some() {
        let mo = g("romm").and_then(|x| ROMAN_MONTHS.iter().position(|r| *r == x.as_str())).map_or(0, |i| i as u8 + 1);
        let d = num("romd").unwrap_or(0) as u8;
        let written =
            g("romy").and_then(|x| year_of(x.as_str())).or(g("romyy").map(|x| short_year(x.as_str(), ctx.doc)));
        let y = written.or(ctx.year());
        if !valid_day(y, mo, d) {
            return Outcome::Skip;
        }
        // "5 I" alone is too often an enumeration; a bare Roman month needs at least "VI" or a year.
        if written.is_none() && mo < 3 {
            return Outcome::Skip;
        }
        if written.is_some() {
            ctx.tell(y);
        }
        let start = lead_start(c, "roml", "romd", None);
        return hit(start, me, fmt_ymd(y, mo, d), "date/day-roman-month");
    }
    if g("ord").is_some() {
        let Some(d) = g("ordd").and_then(|x| ordinal_day(x.as_str())) else {
            return Outcome::Skip;
        };
        let mo = g("ordm").and_then(|x| month_num(x.as_str())).unwrap_or(0);
        let y = g("ordy").and_then(|x| year_of(x.as_str())).or(ctx.year());
        if !valid_day(y, mo, d) {
            return Outcome::Skip;
        }
        if g("ordy").is_some() {
            ctx.tell(y);
        }
        return hit(ms, me, fmt_ymd(y, mo, d), "date/ordinal-day-month");
    }
    if g("mr").is_some() {
        let m1 = g("mr1").and_then(|x| month_num(x.as_str())).unwrap_or(0);
        let m2 = g("mr2").and_then(|x| month_num(x.as_str())).unwrap_or(0);
        let y = g("mry").and_then(|x| year_of(x.as_str()));
        if m1 == m2 || bare_year_amount(text, c, "mry", "mrys") {
            return Outcome::Skip;
        }
        let y1 = if m1 > m2 { y.map(|v| v - 1) } else { y };
        ctx.tell(y);
        let start = g("mr1").map_or(ms, |x| x.start());
        let value = format!("{}-{m1:02}/{}-{m2:02}", fmt_year(y1), fmt_year(y));
        return ctx.range((start, me), at("mr1"), at("mr2").0, value, "date/month-range");
    }
    if g("mo").is_some() {
        let mm = g("mom").expect("month");
        let mo = month_num(mm.as_str()).unwrap_or(0);
        let start = mm.start();
        if let Some(y) = g("moyy").or(g("moya")) {
            if !age_after(text, me) {
                let y = short_year(y.as_str(), ctx.doc);
                ctx.tell(Some(y));
                return hit(start, me, format!("{y:04}-{mo:02}"), "date/month-year");
            }
        }
        if let Some(y) = g("moy") {
            if !bare_year_amount(text, c, "moy", "moys") {
                ctx.tell(year_of(y.as_str()));
                return hit(start, me, format!("{}-{mo:02}", fmt_year(year_of(y.as_str()))), "date/month-year");
            }
        }
        if g("morel").is_some() || g("morelw").is_some() {
            let end = ctx.rel_end(g("morelw"), me);
            let y = ctx.rel_year(g("morel").or(g("morelw")));
            return hit(start, end, format!("{}-{mo:02}", fmt_year(y)), "date/month");
        }
        // A month name alone is a date in lower case ("Maja" alone is a first name, "Marzec" a
        // surname): "w maju, czerwcu", "Okres kwitnienia: czerwiec", "przez cały styczeń". Without a
        // preposition "maja" is too often "mają" typed without diacritics, and "maj" English "my".
        let word = mm.as_str();
        if word.chars().next().is_some_and(|ch| ch.is_uppercase()) {
            return Outcome::Skip;
        }
        if g("mop").is_none() && matches!(word, "maja" | "maj") {
            return Outcome::Skip;
        }
        // Not part of an address or identifier ("marcin.grudzien@", "/maj/").
        let glued = |ch: char| matches!(ch, '.' | '@' | '_' | '/' | '=' | '#' | '&');
        if prev_char(text, start).is_some_and(glued) || text[mm.end()..].starts_with(['@', '_']) {
            return Outcome::Skip;
        }
        return hit(start, mm.end(), format!("{}-{mo:02}", fmt_year(ctx.year())), "date/month");
    }
    if g("dec").is_some() {
        let lead = g("decl").map_or(String::new(), |x| x.as_str().to_lowercase());
        // "lat 80" without a dot or ending is far more often "80 years" than the eighties.
        if g("decn").is_some() && g("decs").is_none() && lead != "latach" {
            return Outcome::Skip;
        }
        let century = g("decc").and_then(|x| roman_value(x.as_str())).map_or(19, |v| v as i32 - 1);
        let Some(d1) = decade_digit(c, "decn", "decw") else {
            return Outcome::Skip;
        };
        let v1 = format!("{century:02}{d1}X");
        let value = match decade_digit(c, "decn2", "decw2") {
            Some(d2) if d2 > d1 => format!("{v1}/{century:02}{d2}X"),
            Some(_) => return Outcome::Skip,
            None => v1,
        };
        return hit(ms, me, value, "date/decade");
    }
    if g("cen").is_some() {
        let Some(c1) = g("cen1").and_then(|x| roman_value(x.as_str())) else {
            return Outcome::Skip;
        };
        let era = if g("cenbc").is_some() { "BC" } else { "" };
        let v1 = format!("{era}{:02}XX", c1 - 1);
        let value = match g("cen2").and_then(|x| roman_value(x.as_str())) {
            // "XI-XIII w.", but "III-I w. p.n.e." counts down.
            Some(c2) if (c2 > c1) != era.is_empty() || c2 == c1 => return Outcome::Skip,
            Some(c2) => format!("{v1}/{era}{:02}XX", c2 - 1),
            None => v1,
        };
        return hit(ms, me, value, "date/century");
    }
    if g("cenl").is_some() {
        let Some(c1) = g("cenl1").and_then(|x| roman_value(x.as_str())) else {
            return Outcome::Skip;
        };
        return hit(ms, me, format!("{:02}XX", c1 - 1), "date/century");
    }
    if g("ybc").is_some() {
        let y = num("ybcy").unwrap_or(0);
        let start = g("ybcy").map_or(ms, |x| x.start());
        if y == 0 || !bare_number_ok(text, start, start) {
            return Outcome::Skip;
        }
        // TIMEX3's era form ("BC0450"): the one corpus with values (KPWr) writes it so.
        return hit(ms, me, format!("BC{y:04}"), "date/year-bc");
    }
    if g("yr").is_some() {
        let y1 = num("yr1").unwrap_or(0) as i32;
        let y2t = g("yr2").map_or("", |x| x.as_str());
        let y2 = if y2t.len() == 2 {
            expand_two_digit(year_of(y2t).unwrap_or(0), Some(y1))
        } else {
            year_of(y2t).unwrap_or(0)
        };
        let lead = g("yrl").is_some();
        let suffix = g("yrs").is_some();
        // Three-digit ranges only as "latach 805-823"; "1912 - 199" is no range either.
        let lead_lat = g("yrl").is_some_and(|x| x.as_str().to_lowercase().starts_with("lat"));
        let yr1m = g("yr1").expect("yr1");
        if y1 < 1000 && !lead_lat {
            return Outcome::Retry(Box::new(Outcome::Skip), g("yr2").map_or(me, |x| x.start()));
        }
        if y1 >= 1000 && y2t.len() == 3 {
            let alone = if lead { Outcome::Skip } else { year_alone(text, yr1m.start(), yr1m.end(), None) };
            return Outcome::Retry(Box::new(alone), yr1m.end());
        }
        let sep = g("yrsep").map_or("", |x| x.as_str().trim());
        let yr1 = g("yr1").expect("yr1");
        let yr2 = g("yr2").expect("yr2");
        if !lead && !suffix {
            if !bare_number_ok(text, yr1.start(), yr1.start()) || is_unit_after(text, me) {
                return Outcome::Skip;
            }
            // "1999-12" is a month, not a range running backwards.
            if y2 <= y1 && y2t.len() == 2 && sep == "-" {
                let mo = year_of(y2t).unwrap_or(0);
                if (1..=12).contains(&mo) {
                    return hit(ms, me, format!("{y1:04}-{mo:02}"), "date/year-month");
                }
            }
        }
        if y2 <= y1 || y2 - y1 > 200 {
            return Outcome::Skip;
        }
        // Life spans in brackets, "(1587-1632)", are two dates in NKJP.
        if !lead && !suffix && prev_char(text, ms) == Some('(') && text[me..].starts_with(')') {
            let a = DateMatch { start: yr1.start(), end: yr1.end(), value: format!("{y1:04}"), rule: "date/year" };
            let b = DateMatch { start: yr2.start(), end: yr2.end(), value: format!("{y2:04}"), rule: "date/year" };
            return Outcome::Two(a, b);
        }
        return ctx.range((ms, me), at("yr1"), at("yr2").0, format!("{y1:04}/{y2:04}"), "date/year-range");
    }
    if g("yl").is_some() {
        let y = num("yly").unwrap_or(0) as i32;
        if is_unit_after(text, me) {
            return Outcome::Skip;
        }
        // "Filantropa Roku 2001", "Człowiek Roku 2006": a capitalised "Roku" after a capitalised
        // word is part of a title; only the year is the date.
        let lead = g("yll").map_or("", |x| x.as_str());
        if lead.starts_with('R')
            && text[..ms]
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase)
        {
            let yy = g("yly").expect("yly");
            return hit(yy.start(), me, format!("{y:04}"), "date/year");
        }
        return hit(ms, me, format!("{y:04}"), "date/year");
    }
    if let Some(yy) = g("yy") {
        return year_alone(text, yy.start(), me, g("ys").map(|x| x.as_str()));
    }
    if let Some(yy) = g("y2a") {
        return hit(ms, me, format!("{:04}", short_year(&yy.as_str()[yy.as_str().len() - 2..], ctx.doc)), "date/year");
    }
    if let Some(yy) = g("y2y") {
        // "do 30 roku życia", "powyżej 26 roku życia": an age; "studenci 3 roku" never gets here.
        if age_after(text, me) || !bare_number_ok(text, yy.start(), yy.start()) {
            return Outcome::Skip;
        }
        return hit(ms, me, format!("{:04}", short_year(yy.as_str(), ctx.doc)), "date/year");
    }

    // Relative expressions: only with an anchor, since without one they have no value to give
    // (and NKJP, the press convention we follow, does not mark deictic words at all).
    let Some(doc) = ctx.doc else {
        return Outcome::Skip;
    };
    if let Some(x) = g("rday") {
        let l = x.as_str().to_lowercase();
        // "w dzisiejszych czasach", "w dzisiejszym świecie": "nowadays", not the document's day.
        if l.starts_with("dzisiejsz") || l.starts_with("wczorajsz") || l.starts_with("jutrzejsz") {
            let nt = next_token(text, me);
            if ["czas", "świe", "świat", "realia", "społecze", "ludz", "młodzi"].iter().any(|w| nt.starts_with(w)) {
                return Outcome::Skip;
            }
        }
        let off = if l.starts_with("przedwczoraj") {
            -2
        } else if l.starts_with("wczoraj") {
            -1
        } else if l.starts_with("pojutrze") {
            2
        } else if l.starts_with("jutr") {
            1
        } else {
            0
        };
        return hit(ms, me, doc.add_days(off).iso(), "date/relative-day");
    }
    if let Some(x) = g("ryear") {
        let l = x.as_str().to_lowercase();
        let off = if l.starts_with("ubiegłoroczn") || l.starts_with("zeszłoroczn") {
            -1
        } else if l.starts_with("przyszłoroczn") {
            1
        } else if l.starts_with("tegoroczn") || l.starts_with("b") {
            0
        } else {
            rel_offset(&l)
        };
        return hit(ms, me, format!("{:04}", doc.year + off), "date/relative-year");
    }
    if let Some(x) = g("rmonth") {
        let (y, mo) = doc.add_months(rel_offset(x.as_str()));
        return hit(ms, me, format!("{y:04}-{mo:02}"), "date/relative-month");
    }
    if let Some(x) = g("rweek") {
        let d = doc.add_days(7 * rel_offset(x.as_str()) as i64);
        let (y, w) = d.iso_week();
        return hit(ms, me, format!("{y:04}-W{w:02}"), "date/relative-week");
    }
    if g("wd").is_some() {
        let wd_m = g("wdd").expect("weekday");
        let word = wd_m.as_str().to_lowercase();
        let Some(&target) = WEEKDAY_OF.get(&word) else {
            return Outcome::Skip;
        };
        let prep = g("wdp").map(|x| x.as_str().to_lowercase());
        let modifier = g("wdm").map(|x| x.as_str().to_lowercase());
        if prep.is_none() && modifier.is_none() {
            return Outcome::Skip;
        }
        // "w soboty" is a plural (a recurring set), not one day.
        if prep.as_deref().is_some_and(|p| p == "w" || p == "we") && (word == "soboty" || word == "środy") {
            return Outcome::Skip;
        }
        let delta = (target as i64 - doc.weekday() as i64).rem_euclid(7);
        let off = match modifier.as_deref().map(rel_offset_weekday) {
            Some(-1) => delta - 7,
            Some(1) => {
                if delta == 0 {
                    7
                } else {
                    delta
                }
            }
            // Nearest occurrence: press text mostly reports the past few days or announces the next few.
            _ => {
                if delta > 3 {
                    delta - 7
                } else {
                    delta
                }
            }
        };
        // KPWr itself is split on the modifier ("W [ostatni wtorek]", "W minioną [sobotę]"); it
        // stays in the span.
        let start = g("wdm").map_or(wd_m.start(), |x| x.start());
        return Outcome::Weekday(DateMatch { start, end: me, value: doc.add_days(off).iso(), rule: "date/weekday" });
    }
    Outcome::Skip
}

/// A year on its own: "1982r.", "w 966 roku", or a bare "2010" that is not an amount.
fn year_alone(text: &str, ms: usize, me: usize, suffix: Option<&str>) -> Outcome {
    let Some(y) = text.get(ms..).and_then(|t| t.get(..t.bytes().take_while(u8::is_ascii_digit).count())) else {
        return Outcome::Skip;
    };
    let Ok(y) = y.parse::<i32>() else {
        return Outcome::Skip;
    };
    if y < 1000 {
        // "w 966 roku", "450 r.": only with the word or its abbreviation, never a bare "r".
        let suf = suffix.map_or(String::new(), |x| x.trim().to_lowercase());
        if (suf.starts_with("ro") || suf == "r.") && bare_number_ok(text, ms, ms) {
            return hit(ms, me, format!("{y:04}"), "date/year");
        }
        return Outcome::Skip;
    }
    if suffix.is_some() {
        return hit(ms, me, format!("{y:04}"), "date/year");
    }
    // "2000-2500 lat": the first number of a range of amounts.
    if !bare_number_ok(text, ms, me) || continues_number(text, me) {
        return Outcome::Skip;
    }
    // Bare numbers below 1500 are more often counts unless a preposition makes them a time.
    let pt = prev_token(text, ms);
    let time_prep = matches!(pt.as_str(), "w" | "od" | "do" | "z" | "po" | "przed" | "roku");
    if y < 1500 && !time_prep {
        return Outcome::Skip;
    }
    // "mamy już 1500 profesjonalnych użytkowników": a numeral before a genitive plural counts.
    let nt = next_token(text, me);
    let plural = ["ych", "ich", "ów", "ami"].iter().any(|e| nt.ends_with(e));
    if !time_prep && plural && text[me..].trim_start().starts_with(|c: char| c.is_lowercase()) {
        return Outcome::Skip;
    }
    // "od 2000 do 5000 lei", "z 1800 do zaledwie 100": the other end is no year, so neither is this.
    if amount_range_after(text, me, y) {
        return Outcome::Skip;
    }
    hit(ms, me, format!("{y:04}"), "date/bare-year")
}

/// "do 5000", "do zaledwie 100" after a year `y`: a second number that cannot end a range of
/// years (three digits or more, and not a later year). Not after a dash: "(1912 - 199?)" is a
/// life span with an uncertain end.
fn amount_range_after(text: &str, end: usize, y: i32) -> bool {
    let Some(rest) = text[end..].trim_start().strip_prefix("do ") else {
        return false;
    };
    let mut rest = rest.trim_start();
    for adv in ["zaledwie ", "ok. ", "około ", "nawet ", "ponad ", "prawie "] {
        rest = rest.strip_prefix(adv).unwrap_or(rest);
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let n: i64 = rest[..digits].parse().unwrap_or(0);
    digits >= 3 && (n <= y as i64 || n > 2100)
}

fn rel_offset_weekday(m: &str) -> i32 {
    if m.starts_with("ostatni") || m.starts_with("minion") || m.starts_with("zeszł") || m.starts_with("ubiegł") {
        -1
    } else if m.starts_with("przyszł") || m.starts_with("najbliższ") || m.starts_with("następn") {
        1
    } else {
        0
    }
}

/// Span start: the leading noun ("dniu") when present, except before a relative year.
fn lead_start(c: &Captures<'_>, lead: &str, day: &str, rel: Option<Group<'_>>) -> usize {
    match (c.name(lead), rel) {
        (Some(l), None) => l.start(),
        _ => c.name(day).map_or(0, |d| d.start()),
    }
}

/// The number ending at `end` goes on as a longer number or a range of numbers ("2000-2500",
/// "28-4-89-12").
fn continues_number(text: &str, end: usize) -> bool {
    let mut chars = text[end..].chars();
    matches!((chars.next(), chars.next()), (Some('-' | '–' | '.' | '/'), Some(d)) if d.is_ascii_digit())
}

fn bare_year_amount(text: &str, c: &Captures<'_>, year: &str, suffix: &str) -> bool {
    c.name(suffix).is_none() && c.name(year).is_some_and(|y| is_unit_after(text, y.end()))
}

fn day_month_hit(text: &str, c: &Captures<'_>, ctx: &Ctx, (ms, end): (usize, usize), mo: u8, d: u8) -> Outcome {
    let y = ctx.year();
    if !valid_day(y, mo, d) || street_context(text, ms, end, c.name("dmm"), false) {
        return Outcome::Skip;
    }
    hit(lead_start(c, "dml", "dmd", None), end, fmt_ymd(y, mo, d), "date/day-month")
}

/// "ul. 1 Maja 5", "przy 3 Maja 12": a street named after a date.
fn street_context(text: &str, start: usize, end: usize, month: Option<Group<'_>>, has_year: bool) -> bool {
    if has_year {
        return false;
    }
    if STREET_WORDS.contains(&prev_token(text, start).as_str()) {
        return true;
    }
    let capital = month.is_some_and(|m| m.as_str().chars().next().is_some_and(|ch| ch.is_uppercase()));
    if capital {
        // A capitalised month followed by a house number ("1 Maja 93", "3 Maja 12/4").
        let rest = text[end..].trim_start_matches([' ', '\u{a0}']);
        let digits = rest.chars().take_while(|ch| ch.is_ascii_digit()).count();
        if (1..=3).contains(&digits) {
            return true;
        }
    }
    false
}

/// All date expressions in `text`, sorted by start, non-overlapping, byte offsets into `text`
/// (always on char boundaries). `doc_date` anchors relative expressions and bare day-months.
pub fn find_dates(text: &str, doc_date: Option<CivilDate>) -> Vec<DateMatch> {
    let doc = doc_date.or_else(|| detect_dateline(text));
    find_with(text, doc, DateStyle::Nkjp)
}

/// Like [`find_dates`], with the anchor taken as given: no dateline is looked for in `text`
/// (the extractor reads it once from the top of the whole article, not of each piece).
pub(crate) fn find_with(text: &str, doc: Option<CivilDate>, style: DateStyle) -> Vec<DateMatch> {
    SCRATCH.with(|scratch| {
        let mut scratch = scratch.borrow_mut();
        let (cache, raw) = &mut *scratch;
        find_in(text, doc, style, cache, raw)
    })
}

/// The date scan over `text`. The leftmost match of the regex that does not start inside a
/// token is the first of [`match_starts`] where an anchored match exists, so only those
/// offsets are tried, and the DFA gives up within a few bytes where no date starts.
/// The leftmost match at or after `pos` that does not start inside a token, into `raw`: the
/// first of `starts` (from [`match_starts`]) where the regex matches anchored.
fn next_match(text: &str, starts: &[usize], pos: usize, cache: &mut meta::Cache, raw: &mut RawCaptures) -> bool {
    for &at in &starts[starts.partition_point(|&s| s < pos)..] {
        // The lazy DFA finds the match (or gives up within a few bytes); the slower capture
        // engine then runs on the match alone, where it takes the same path.
        let input = Input::new(text).span(at..text.len()).anchored(Anchored::Yes);
        if let Some(m) = DATE_RE.search_with(cache, &input) {
            DATE_RE.search_captures_with(cache, &input.span(at..m.end()), raw);
            debug_assert!(raw.get_match() == Some(m));
            return true;
        }
    }
    false
}

fn find_in(
    text: &str,
    doc: Option<CivilDate>,
    style: DateStyle,
    cache: &mut meta::Cache,
    raw: &mut RawCaptures,
) -> Vec<DateMatch> {
    let ctx = Ctx { doc, style, told: std::cell::Cell::new(None) };
    let starts = match_starts(text);
    let mut out: Vec<DateMatch> = Vec::new();
    let mut weekday_at: Vec<usize> = Vec::new();
    let mut pos = 0;
    while pos < text.len() {
        if !next_match(text, &starts, pos, cache, raw) {
            break;
        }
        let c = Captures { text, raw: &*raw };
        let m = c.name("m").expect("group m");
        debug_assert!(!starts_inside_token(text, m.start()));
        pos = m.end().max(pos + 1);
        while !text.is_char_boundary(pos) {
            pos += 1;
        }
        let mut outcome = interpret(text, &c, &ctx);
        if let Outcome::Retry(first, resume) = outcome {
            pos = resume.max(m.start() + 1);
            while !text.is_char_boundary(pos) {
                pos += 1;
            }
            outcome = *first;
        }
        match outcome {
            Outcome::Hit(d) => push(&mut out, &mut weekday_at, d, text, style),
            Outcome::Two(a, b) => {
                push(&mut out, &mut weekday_at, a, text, style);
                push(&mut out, &mut weekday_at, b, text, style);
            }
            Outcome::Weekday(d) => {
                weekday_at.push(out.len());
                out.push(d);
            }
            Outcome::Retry(..) | Outcome::Skip => {}
        }
    }
    if style == DateStyle::Timex3 {
        super::timex::widen(text, &mut out);
        super::timex::period_adjectives(text, &mut out, doc);
        super::timex::with_clock_times(text, &mut out);
    }
    out
}

/// Appends a calendar date; a relative weekday right before it ("w piątek, 10 grudnia") only
/// names that date's weekday: NKJP leaves it out of the span, so it is dropped, and TIMEX3
/// takes it in, so the date starts there.
fn push(out: &mut Vec<DateMatch>, weekday_at: &mut Vec<usize>, mut d: DateMatch, text: &str, style: DateStyle) {
    if let (Some(&i), Some(last)) = (weekday_at.last(), out.last()) {
        if i + 1 == out.len() {
            let gap = &text[last.end..d.start];
            if gap.len() <= 3 && gap.chars().all(|ch| ch == ',' || ch.is_whitespace()) {
                let weekday = out.pop().map_or(d.start, |w| w.start);
                weekday_at.pop();
                if style == DateStyle::Timex3 {
                    d.start = weekday;
                }
            }
        }
    }
    out.push(d);
}

/// The article's own date from a dateline near the top ("27 maja 2022" on its own line).
pub fn detect_dateline(text: &str) -> Option<CivilDate> {
    let mut seen = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let stripped = line.trim_matches(|ch: char| ch.is_whitespace() || matches!(ch, '*' | '_' | '#' | '>' | '|'));
        if stripped.is_empty() {
            continue;
        }
        seen += 1;
        if seen > 6 || start > 2000 {
            break;
        }
        if stripped.chars().count() > 60 {
            continue;
        }
        // Allow a place ("Gdańsk, 16 czerwca 2005 r.") or a weekday before the date.
        let body = match stripped.rfind(", ") {
            Some(i) if stripped[..i].chars().count() <= 30 => &stripped[i + 2..],
            _ => stripped,
        };
        let body = body.trim_end_matches(['.', ',']);
        // A full date has a day and a year in digits: a line without digits is no dateline, and
        // is skipped without running the date regex over it (headlines, leads).
        if !body.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let found = find_with(body, None, DateStyle::Nkjp);
        if let [one] = found.as_slice() {
            let covered = body[..one.start].trim().is_empty() && body[one.end..].trim_matches(['.', ' ']).is_empty();
            if covered {
                if let Some(d) = CivilDate::parse_iso(&one.value) {
                    return Some(d);
                }
            }
        }
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Examples: every rule with the spans and values it must give, and texts it must leave alone.
// ---------------------------------------------------------------------------------------------

/// (rule, text, expected span, expected value, document date)
#[cfg(test)]
const POSITIVE: &[(&str, &str, &str, &str, Option<&str>)] = &[
    ("date/iso", "Termin: 2022-05-27.", "2022-05-27", "2022-05-27", None),
    ("date/numeric-dmy", "pikieta 27.05.2022 przed", "27.05.2022", "2022-05-27", None),
    ("date/numeric-dmy", "z 13.12.2006 roku", "13.12.2006 roku", "2006-12-13", None),
    ("date/numeric-dmy", "W Gimnazjum 16.02.05 odbędzie", "16.02.05", "2005-02-16", None),
    ("date/numeric-dmy", "8-06-2006 Pisze", "8-06-2006", "2006-06-08", None),
    ("date/numeric-dmy", "w okresie 16.02 - 19.02.2007r., dokonał", "19.02.2007r.", "2007-02-19", None),
    ("date/numeric-day-range", "w dniach 6-7.03.2010r. w", "6-7.03.2010r.", "2010-03-06/2010-03-07", None),
    ("date/day-range", "25 i 26 maja w Sandomierzu", "25 i 26 maja", "2022-05-25/2022-05-26", Some("2022-05-27")),
    ("date/day-range", "25-26 maja", "25-26 maja", "XXXX-05-25/XXXX-05-26", None),
    ("date/day-range", "od 25 do 27 maja 2022 r.", "25 do 27 maja 2022 r.", "2022-05-25/2022-05-27", None),
    (
        "date/day-month-range",
        "od 29 kwietnia do 3 maja 2022",
        "29 kwietnia do 3 maja 2022",
        "2022-04-29/2022-05-03",
        None,
    ),
    ("date/day-month-year", "zwolnieni 27 maja 2022, a", "27 maja 2022", "2022-05-27", None),
    ("date/day-month-year", "podpisano 27 maja 2022 r. w", "27 maja 2022 r.", "2022-05-27", None),
    ("date/day-month-year", "urodzony 26 listopada 1991r.", "26 listopada 1991r.", "1991-11-26", None),
    ("date/day-month-year", "w dniu 15 marca 2002 r. ustawy", "dniu 15 marca 2002 r.", "2002-03-15", None),
    ("date/day-month-year", "13: 20, 2 lut 2007 (CET)", "2 lut 2007", "2007-02-02", None),
    ("date/day-month-year", "Termin: 8 kwiecień 2009 godz.", "8 kwiecień 2009", "2009-04-08", None),
    ("date/day-month", "zorganizowanej 10 grudnia przez", "10 grudnia", "XXXX-12-10", None),
    ("date/day-month", "w dniu 9 czerwca br.\n\nGaleria", "9 czerwca br.", "2022-06-09", Some("2022-05-27")),
    ("date/day-month", "w piątek, 10 grudnia", "10 grudnia", "2021-12-10", Some("2021-12-08")),
    ("date/day-month", "w czwartek, 7-go października w", "7-go października", "2010-10-07", Some("2010-10-05")),
    ("date/day-month", "Lewica świętuje 1 Maja.", "1 Maja", "XXXX-05-01", None),
    ("date/day-month", "w dniu 16 marca bieżącego roku", "dniu 16 marca", "2001-03-16", Some("2001-05-01")),
    ("date/day-roman-month", "10 XII 2021 r.", "10 XII 2021 r.", "2021-12-10", None),
    ("date/day-roman-month", "od 11 VIII zespół", "11 VIII", "XXXX-08-11", None),
    ("date/ordinal-day-month", "A pierwszego listopada zapłonęły", "pierwszego listopada", "XXXX-11-01", None),
    ("date/ordinal-day-month", "dwudziestego drugiego kwietnia.", "dwudziestego drugiego kwietnia", "XXXX-04-22", None),
    ("date/month-range", "od stycznia do czerwca 2000 roku.", "stycznia do czerwca 2000 roku", "2000-01/2000-06", None),
    ("date/month-year", "maj 2022", "maj 2022", "2022-05", None),
    ("date/month-year", "w maju 2022 roku", "maju 2022 roku", "2022-05", None),
    ("date/month-year", "Styczeń 2011 – warsztaty", "Styczeń 2011", "2011-01", None),
    ("date/month", "najprawdopodobniej w maju. A", "maju", "XXXX-05", None),
    ("date/month", "do końca października.", "października", "2006-10", Some("2006-04-13")),
    ("date/month", "we wrześniu br. –", "wrześniu br.", "2006-09", Some("2006-12-28")),
    ("date/month", "W maju tego roku", "maju", "2001-05", Some("2001-09-01")),
    // A bare month or day-month takes the year of the last full date before it.
    ("date/month", "do 20 października 2005 r. W listopadzie OKE", "listopadzie", "2005-11", Some("2006-04-13")),
    ("date/day-month", "Gdańsk, 16 czerwca 2005r. pochodu 1 maja w", "1 maja", "2005-05-01", Some("2012-11-26")),
    // ... but only in a dated document: otherwise it stays unknown.
    ("date/month", "w 2003-12-01 a potem w maju", "maju", "XXXX-05", None),
    // A bare year does not move the anchor.
    ("date/day-month", "od 1990 r. prowadzono, 18 maja tuż", "18 maja", "2006-05-18", Some("2006-06-08")),
    ("date/year-range", "w okresie programowania 2021-2027, które", "2021-2027", "2021/2027", None),
    ("date/year-range", "w latach 2021–2027", "latach 2021–2027", "2021/2027", None),
    ("date/year-range", "w latach 2002 - 2006 była", "latach 2002 - 2006", "2002/2006", None),
    ("date/year-range", "W latach 1973-75 wojewoda", "latach 1973-75", "1973/1975", None),
    ("date/year-range", "Od 1981 do 1989 roku prezes", "1981 do 1989 roku", "1981/1989", None),
    ("date/year", "2022 r.", "2022 r.", "2022", None),
    ("date/year", "w 2022 roku", "2022 roku", "2022", None),
    ("date/year", "na rok 1945.", "rok 1945", "1945", None),
    ("date/year", "problemu roku 2000, które", "roku 2000", "2000", None),
    ("date/year", "Dopiero w 1982r. założył", "1982r.", "1982", None),
    ("date/year", "(Zygmunta III Wazy (1587-1632).", "1587", "1587", None),
    ("date/bare-year", "ważnych wydarzeń w 2010 (ponad", "2010", "2010", None),
    ("date/bare-year", "organizacji Euro 2012.", "2012", "2012", None),
    ("date/bare-year", "(Skąd pochodzimy, nr 3/1995). I oto", "1995", "1995", None),
    ("date/bare-year", "kategorii qmama 9/2010 redakcjom", "2010", "2010", None),
    ("date/decade", "w latach 90. był", "latach 90.", "199X", None),
    ("date/decade", "pod koniec lat 60. „przebranżowiło", "lat 60.", "196X", None),
    ("date/decade", "w latach osiemdziesiątych - pisze", "latach osiemdziesiątych", "198X", None),
    ("date/decade", "w latach 90-tych XX w. współtwórca", "latach 90-tych XX w.", "199X", None),
    ("date/century", "sięgają XIV wieku.", "XIV wieku", "13XX", None),
    ("date/century", "w XVII w. powstał", "XVII w.", "16XX", None),
    ("date/century", "w XI-XIII w. nie", "XI-XIII w.", "10XX/12XX", None),
    ("date/relative-day", "jak poinformował wczoraj rzecznik", "wczoraj", "2022-05-26", Some("2022-05-27")),
    ("date/relative-day", "nadszedł przedwczoraj tekst", "przedwczoraj", "2006-11-20", Some("2006-11-22")),
    ("date/relative-day", "ale jutro do naszego", "jutro", "2004-04-02", Some("2004-04-01")),
    ("date/relative-day", "Dziś Creative Commons", "Dziś", "2006-12-16", Some("2006-12-16")),
    ("date/relative-day", "że dzisiaj, w czasie", "dzisiaj", "2007-01-21", Some("2007-01-21")),
    ("date/relative-year", "w tym roku to internauci", "tym roku", "2006", Some("2006-12-17")),
    ("date/relative-year", "W ubiegłym roku powstało", "ubiegłym roku", "2004", Some("2005-06-11")),
    ("date/relative-year", "sprzedaż w ub.r. wzrosła", "ub.r.", "2021", Some("2022-05-27")),
    ("date/relative-year", "Wyniki tegorocznych rozgrywek", "tegorocznych", "2009", Some("2009-11-22")),
    ("date/relative-month", "Jeszcze w tym miesiącu Ozorków", "tym miesiącu", "2006-10", Some("2006-10-08")),
    (
        "date/relative-week",
        "A już w przyszłym tygodniu ogłoszenie",
        "przyszłym tygodniu",
        "2012-W49",
        Some("2012-11-26"),
    ),
    ("date/weekday", "Jak poinformowała w środę rzeczniczka", "środę", "2007-07-04", Some("2007-07-04")),
    ("date/weekday", "dostępne już od piątku - w Pubie", "piątku", "2006-12-01", Some("2006-11-29")),
    ("date/weekday", "W ostatni wtorek odbyło się", "ostatni wtorek", "2008-02-05", Some("2008-02-09")),
    ("date/weekday", "w zeszły piątek", "zeszły piątek", "2022-05-20", Some("2022-05-27")),
    ("date/year-bc", "prawo XII tablic (450 r. p.n.e.) zakazywało", "450 r. p.n.e.", "BC0450", None),
    ("date/year-bc", "Platon (ur. 427 p.n.e. w Atenach", "427 p.n.e.", "BC0427", None),
    ("date/year-bc", "datuje się na 1500 rok p.n.e. W", "1500 rok p.n.e.", "BC1500", None),
    ("date/year", "rozpoczęto w 271 roku. Spore", "271 roku", "0271", None),
    ("date/year", "zwrócił się do mnie w 92 roku. - mówi", "92 roku", "1992", None),
    ("date/year", "powodzie - te z '74 i '97 roku poczyniły", "'97 roku", "1997", None),
    ("date/year", "udało się w 96 r. sprowadzić", "96 r.", "1996", None),
    ("date/year", "udało się w 05 r. sprowadzić", "05 r.", "2005", Some("2007-01-01")),
    ("date/month-year", "W sierpniu 40 roku Solik uciekł", "sierpniu 40 roku", "1940-08", None),
    ("date/month-year", "Przypomnijmy: w maju '97 warszawski", "maju '97", "1997-05", None),
    ("date/year", "przy Euro '92. I to", "'92", "1992", None),
    ("date/year", "Festival ’99 był", "’99", "1999", None),
    ("date/day-roman-month", "notatka z 17. X. 64 r. dotycząca", "17. X. 64 r.", "1964-10-17", None),
    ("date/year", "tytuł Filantropa Roku 2001 oraz", "2001", "2001", None),
    ("date/year-range", "urząd w latach 805-823 biskupa", "latach 805-823", "0805/0823", None),
    ("date/bare-year", "Europy 900 - 1900. Alfred", "1900", "1900", None),
    ("date/century", "W II w. p.n.e. grecki historyk", "II w. p.n.e.", "BC01XX", None),
    ("date/day-month-year", "poniosła 5 lutego 251 r. męczeńską", "5 lutego 251 r.", "0251-02-05", None),
    ("date/month-year", "z końca grudnia roku 1939, w którym", "grudnia roku 1939", "1939-12", None),
    ("date/month", "przebiegać w maju, czerwcu i do połowy", "czerwcu", "XXXX-06", None),
    ("date/month", "Okres kwitnienia: czerwiec (niziny)", "czerwiec", "XXXX-06", None),
    ("date/month", "który przez cały styczeń przychodził", "styczeń", "XXXX-01", None),
    ("date/month", "dopiero w maju-czerwcu - wyjaśnia", "czerwcu", "XXXX-06", None),
    ("date/numeric-dmy", "PEN-u.  28-4-89 W miesiącu", "28-4-89", "1989-04-28", None),
    ("date/ordinal-day-month", "mieliśmy po drodze piętnasty sierpnia.", "piętnasty sierpnia", "XXXX-08-15", None),
    ("date/ordinal-day-month", "między szóstym maja a dziewiątym lipca", "dziewiątym lipca", "XXXX-07-09", None),
    ("date/ordinal-day-month", "był pierwszy maj. tak", "pierwszy maj", "XXXX-05-01", None),
];

/// (rule that must not fire, text, document date)
#[cfg(test)]
const NEGATIVE: &[(&str, &str, Option<&str>)] = &[
    ("date/bare-year", "kosztuje 2022 zł brutto", None),
    ("date/bare-year", "przyszło 1 500 osób", None),
    ("date/bare-year", "około 2000 osób", None),
    ("date/bare-year", "samolot PZL-13 i PZL-2000", None),
    ("date/bare-year", "tel. 608-19-46-44 do", None),
    ("date/bare-year", "nr 2004 w rejestrze", None),
    ("date/bare-year", "wynik 2000,50 zł", None),
    ("date/bare-year", "mamy już 1500 profesjonalnych użytkowników", None),
    ("date/bare-year", "bilety od 2000 do 5000 lei", None),
    ("date/bare-year", "zmalała z 1800 do zaledwie 100 osobników", None),
    ("date/bare-year", "strona 12/2010/3 i dalej", None),
    ("date/bare-year", "kod A1/2010 w", None),
    ("date/day-month", "mieszka przy ul. 1 Maja 5 w Łodzi", None),
    ("date/day-month", "Centrum przy 11 Listopada 13", None),
    ("date/day-month", "spotkanie o 10:30 w sali 12", None),
    ("date/month", "Maja i Ola poszły", None),
    ("date/month", "Marzec to piękny miesiąc", None),
    ("date/month", "majątek i majówka", None),
    ("date/numeric-dmy", "wersja 1.2.33 programu", None),
    ("date/numeric-dmy", "31.02.2020", None),
    ("date/decade", "dzieci do lat 10 wstęp wolny", None),
    ("date/century", "pokój nr XX", None),
    ("date/day-roman-month", "punkt 5 I oraz", None),
    ("date/relative-day", "Dziś jest dobry dzień", None),
    ("date/weekday", "w soboty i niedziele", Some("2022-05-27")),
    ("date/weekday", "Sobota była ciepła", Some("2022-05-27")),
    ("date/relative-day", "w dzisiejszych czasach", Some("2022-05-27")),
    ("date/relative-day", "w dzisiejszym świecie", Some("2022-05-27")),
    ("date/bare-year", "liczy w przybliżeniu 2000-2500 lat", None),
    ("date/numeric-dmy", "tel. 12-4-89-11", None),
    ("date/month", "marcin.grudzien@nowemedia.info", None),
    ("date/month", "oni maja dom", None),
    ("date/year", "studenci 3 roku", None),
    ("date/year", "osób powyżej 26 roku życia).", None),
    ("date/year", "kostną osiągamy do 30 roku życia, czyli", None),
    ("date/year", "Pracuję z nimi już 24 rok, więc", None),
    ("date/year", "obchodzi w 25 roku istnienia", None),
    ("date/year", "Targi Kolejowe Trako'99. Wśród", None),
    ("date/year", "ok. 500 r", None),
    ("date/year-bc", "nr 450 p.n.e.", None),
    ("date/year-range", "wynik 900 - 950 pkt", None),
    ("date/year-range", "od 2000 do 3000 zł", None),
    ("date/year-range", "wynik 2003-2001", None),
    ("date/iso", "2022-13-45", None),
    ("date/day-month-year", "27 maja\n\n2022 r.", None),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(d: Option<&str>) -> Option<CivilDate> {
        d.map(|s| CivilDate::parse_iso(s).expect("test doc date"))
    }

    #[test]
    fn positive_examples() {
        for (rule, text, span, value, d) in POSITIVE {
            let found = find_dates(text, doc(*d));
            let hit = found.iter().find(|m| &text[m.start..m.end] == *span);
            let Some(hit) = hit else {
                panic!("{rule}: {text:?} should give {span:?}, got {found:?}");
            };
            assert_eq!(hit.value, *value, "{rule}: value of {span:?} in {text:?}");
            assert_eq!(hit.rule, *rule, "{rule}: rule of {span:?} in {text:?}");
        }
    }

    #[test]
    fn negative_examples() {
        for (rule, text, d) in NEGATIVE {
            let found = find_dates(text, doc(*d));
            assert!(found.iter().all(|m| m.rule != *rule), "{rule} must not fire on {text:?}: {found:?}");
        }
    }

    #[test]
    fn every_rule_has_examples() {
        let rules = [
            "date/iso",
            "date/numeric-dmy",
            "date/numeric-day-range",
            "date/day-range",
            "date/day-month-range",
            "date/day-month-year",
            "date/day-month",
            "date/day-roman-month",
            "date/ordinal-day-month",
            "date/month-range",
            "date/month-year",
            "date/month",
            "date/year-range",
            "date/year",
            "date/bare-year",
            "date/decade",
            "date/century",
            "date/relative-day",
            "date/relative-year",
            "date/relative-month",
            "date/relative-week",
            "date/weekday",
            "date/year-bc",
        ];
        for r in rules {
            assert!(POSITIVE.iter().any(|p| p.0 == r), "{r} has no positive example");
            assert!(
                NEGATIVE.iter().any(|p| p.0 == r)
                    || r.starts_with("date/relative")
                    || r.ends_with("range")
                    || r == "date/day-month-year"
                    || r == "date/ordinal-day-month"
                    || r == "date/month-year"
                    || r == "date/year",
                "{r} has no negative example"
            );
        }
    }

    /// The scan tries the regex only where [`match_starts`] allows; from every position it must
    /// find what an unanchored search that skips matches starting inside a token finds.
    #[test]
    fn anchored_scan_equals_unanchored_search() {
        let re = regex::RegexBuilder::new(&build_pattern()).size_limit(64 << 20).build().expect("regex");
        let reference = |text: &str, mut pos: usize| {
            while let Some(m) = re.find_at(text, pos) {
                if !starts_inside_token(text, m.start()) {
                    return Some((m.start(), m.end()));
                }
                pos = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
            }
            None
        };
        let press = include_str!("../../benches/data/press.txt");
        let mut cut = 6000;
        while !press.is_char_boundary(cut) {
            cut += 1;
        }
        let mut samples: Vec<String> = POSITIVE.iter().map(|p| p.1.to_string()).collect();
        samples.extend(NEGATIVE.iter().map(|n| n.1.to_string()));
        samples.push(press[..cut].to_string());
        samples.push(
            "W Sierpniu, WRZEŚNIU i ŚRODĘ; ſierpnia, \u{212a}wietnia, maja\u{345} i XIw. p.n.e. \
             \u{a0}w\u{a0}maju '97, nr 3/1995, 6-7.03.2010r., od 1180 do 2500 zł, dzisiejszemu."
                .to_string(),
        );
        let (mut cache, mut raw) = (DATE_RE.create_cache(), DATE_RE.create_captures());
        for text in &samples {
            let starts = match_starts(text);
            for pos in (0..text.len()).filter(|&p| text.is_char_boundary(p)) {
                let found = next_match(text, &starts, pos, &mut cache, &mut raw)
                    .then(|| raw.get_match().map(|m| (m.start(), m.end())))
                    .flatten();
                assert_eq!(found, reference(text, pos), "from {pos} in {text:?}");
            }
        }
    }

    #[test]
    fn blank_line_is_a_hard_break() {
        let found = find_dates("27 maja\n\n2022 r.", None);
        assert!(found.iter().all(|m| m.end <= 8 || m.start >= 9), "{found:?}");
        let found = find_dates("27 maja\n2022 r.", None);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].value, "2022-05-27");
    }

    #[test]
    fn civil_date_arithmetic() {
        let d = CivilDate::new(2022, 5, 27).unwrap();
        assert_eq!(d.weekday(), 5);
        assert_eq!(CivilDate::from_days(d.to_days()), d);
        assert_eq!(d.add_days(5).iso(), "2022-06-01");
        assert_eq!(CivilDate::new(2021, 1, 3).unwrap().iso_week(), (2020, 53));
        assert_eq!(CivilDate::new(2024, 12, 30).unwrap().iso_week(), (2025, 1));
        assert_eq!(CivilDate::new(1970, 1, 1).unwrap().to_days(), 0);
        assert!(CivilDate::new(2023, 2, 29).is_none());
        assert!(CivilDate::new(2024, 2, 29).is_some());
        assert_eq!(CivilDate::parse_iso("2022-05-27"), CivilDate::new(2022, 5, 27));
        assert_eq!(CivilDate::parse_iso("2022-5-27"), None);
        assert_eq!(CivilDate::parse_iso("2022-05-2ą"), None);
        for z in -800_000..800_000i64 {
            if z % 997 == 0 {
                assert_eq!(CivilDate::from_days(z).to_days(), z);
            }
        }
    }

    #[test]
    fn dateline() {
        let t = "\n\n27 maja 2022\n\n\n\nPanel Ekspertki\n\n25 i 26 maja w Sandomierzu";
        assert_eq!(detect_dateline(t), CivilDate::new(2022, 5, 27));
        let found = find_dates(t, None);
        assert_eq!(found[1].value, "2022-05-25/2022-05-26");
        assert_eq!(detect_dateline("**Gdańsk, 16 czerwca 2005r.**\n\nZawiadomienie"), CivilDate::new(2005, 6, 16));
        assert_eq!(detect_dateline("Tytuł\n\nSpotkanie odbyło się 27 maja 2022 w Kielcach."), None);
        assert_eq!(detect_dateline("10 grudnia\n\ntekst"), None);
    }

    #[test]
    fn relative_needs_an_anchor() {
        assert!(find_dates("Dziś i wczoraj, w tym roku", None).is_empty());
    }

    #[test]
    fn ago_is_a_duration_not_a_date() {
        // KPWr tags "dwa lata temu" as a duration, NKJP not at all.
        let d = CivilDate::new(2022, 5, 27);
        for t in ["Dwa lata temu pisaliśmy", "odbył się dwa tygodnie temu", "kilka lat temu", "Rok temu"] {
            assert!(find_dates(t, d).is_empty(), "{t}");
        }
    }

    #[test]
    fn never_panics_and_stays_on_char_boundaries() {
        let samples = [
            "ąę 2022 ść",
            "żółć 10 grudnia ł",
            "„27 maja 2022” — ŹŻ",
            "🙂12.05.2020🙂",
            "w latach 90.ą",
            "XIVą wieku",
            "ž1 Maja",
            "dziś😀",
            "r.",
            "",
            "1",
            "2022-",
            "ąąą 25 i 26 ma",
            "\u{a0}2000\u{a0}r.",
            "końca 6-7.03.2010 r. godz. 10.00ą",
            "ż pod koniec lat 60.ś zimą 2010ę",
            "grudniowymż letnią 1 maja 2010 r. (środa) o godz. 9",
            "wtorek,\u{a0}15.08.2006, godz 23.59ź",
        ];
        let mut corpus = String::new();
        for s in samples {
            corpus.push_str(s);
        }
        for s in samples.iter().copied().chain([corpus.as_str()]) {
            for i in 0..=s.len() {
                if !s.is_char_boundary(i) {
                    continue;
                }
                for d in [None, CivilDate::new(2022, 5, 27)] {
                    for style in [DateStyle::Nkjp, DateStyle::Timex3] {
                        let t = &s[i..];
                        let found = find_with(t, d, style);
                        for m in &found {
                            assert!(t.is_char_boundary(m.start) && t.is_char_boundary(m.end) && m.start < m.end);
                        }
                        assert!(found.windows(2).all(|w| w[0].end <= w[1].start), "{style:?} {t:?}: {found:?}");
                    }
                }
                let _ = detect_dateline(&s[i..]);
            }
        }
    }

    #[test]
    fn sorted_and_non_overlapping() {
        let t = "Od 1981 do 1989 roku, w latach 90. i 10 XII 2021 r., 25 i 26 maja, 2021-2027; dziś.";
        let found = find_dates(t, CivilDate::new(2022, 5, 27));
        for w in found.windows(2) {
            assert!(w[0].end <= w[1].start, "{found:?}");
        }
        assert_eq!(found.len(), 6, "{found:?}");
    }
}
