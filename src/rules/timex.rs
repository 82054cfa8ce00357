//! TIMEX3 extents for the dates found by [`super::date`] (with [`DateStyle::Timex3`]).
//!
//! TimeML marks the words that say which part of a period is meant ("do końca marca", "w
//! drugiej połowie XX wieku", "pod koniec lat 60.") and a season named with its year ("na
//! wiosnę 2010") as part of the temporal expression, where NKJP leaves them out. Ranges split
//! into their ends and weekdays in apposition are handled where the dates are found; this pass
//! widens a date to the words right before it, and adds the adjectives that name a month or a
//! season of the document's year ("w grudniowym numerze", "ferie zimowe"), which TIMEX3 counts
//! as dates and NKJP does not. A clock time right after a date makes one TIMEX3 of both
//! ("6.03.2010 r. godz. 10.00" → "2010-03-06T10:00").
//!
//! [`DateStyle::Timex3`]: super::date::DateStyle::Timex3

use super::date::{CivilDate, DateMatch};
use regex::Regex;
use std::sync::LazyLock;

/// Nouns naming a part of the period that follows them. "przełomie" is left out: KPWr and
/// TimeML mark both periods of "na przełomie kwietnia i maja", not the turn between them.
const PART_WORDS: &[&str] = &[
    "koniec",
    "końca",
    "końcu",
    "końcem",
    "końcówka",
    "końcówki",
    "końcówce",
    "końcówkę",
    "początek",
    "początku",
    "początkiem",
    "połowa",
    "połowy",
    "połowie",
    "połowę",
    "połową",
    "schyłek",
    "schyłku",
    "środek",
    "środka",
    "środku",
];

/// Ordinals before "połowa": the half's TIMEX3 code.
const HALF_ORDINALS: &[(&str, &str)] =
    &[("pierwsza", "H1"), ("pierwszej", "H1"), ("pierwszą", "H1"), ("druga", "H2"), ("drugiej", "H2"), ("drugą", "H2")];

/// Season nouns in every case but the ambiguous "lata" (also "years"), with TIMEX3 codes.
const SEASONS: &[(&str, &str)] = &[
    ("wiosna", "SP"),
    ("wiosny", "SP"),
    ("wiośnie", "SP"),
    ("wiosnę", "SP"),
    ("wiosną", "SP"),
    ("lato", "SU"),
    ("lecie", "SU"),
    ("latem", "SU"),
    ("jesień", "FA"),
    ("jesieni", "FA"),
    ("jesienią", "FA"),
    ("zima", "WI"),
    ("zimy", "WI"),
    ("zimie", "WI"),
    ("zimę", "WI"),
    ("zimą", "WI"),
];

/// "godz. 10.00", "o godzinie 10:00", ", godzina 18:30", " (środa) o godz. 17": a clock time
/// after a date (the weekday in brackets names the same day).
static CLOCK_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:,?[ \u{a0}]+|[ \u{a0}]+\(\p{L}+\)[ \u{a0}]+)(?:o[ \u{a0}]+)?(?:godz\.?|godzinie|godzina|godzinę)[ \u{a0}]*([01]?[0-9]|2[0-3])(?:[.:]([0-5][0-9]))?(?:[^0-9]|$)",
    )
    .expect("clock regex")
});

/// Extends each date that a clock time follows to that time, its value to "…THH:MM".
pub(crate) fn with_clock_times(text: &str, dates: &mut [DateMatch]) {
    for k in 0..dates.len() {
        let limit = dates.get(k + 1).map_or(text.len(), |n| n.start);
        let rest = &text[dates[k].end..limit];
        let Some(c) = CLOCK_AFTER.captures(rest) else { continue };
        let (Some(h), m) = (c.get(1), c.get(2)) else { continue };
        let d = &mut dates[k];
        let minutes = m.map_or("00", |m| m.as_str());
        d.value = format!("{}T{:02}:{minutes}", d.value, h.as_str().parse::<u8>().unwrap_or(0));
        d.end += m.unwrap_or(h).end();
        d.rule = "date/timex-date-time";
    }
}

/// Adjective stems naming a month (in month order) or a season, with the TIMEX3 code.
const MONTH_ADJ_STEMS: [&str; 12] = [
    "styczniow",
    "lutow",
    "marcow",
    "kwietniow",
    "majow",
    "czerwcow",
    "lipcow",
    "sierpniow",
    "wrześniow",
    "październikow",
    "listopadow",
    "grudniow",
];
const SEASON_ADJ_STEMS: &[(&str, &str)] = &[("wiosenn", "SP"), ("letni", "SU"), ("jesienn", "FA"), ("zimow", "WI")];

/// The endings of a hard-stem adjective ("lipcow-ym") and of the soft "letni" ("letni-m").
const HARD_ENDINGS: &[&str] = &["y", "a", "e", "ego", "ej", "emu", "ym", "ą", "ych", "ymi"];
const SOFT_ENDINGS: &[&str] = &["", "a", "e", "ego", "ej", "emu", "m", "ą", "ch", "mi"];

/// The month or season an adjective names: (value suffix, is a month).
fn period_adjective(word: &str) -> Option<String> {
    for (i, stem) in MONTH_ADJ_STEMS.iter().enumerate() {
        if word.strip_prefix(stem).is_some_and(|e| HARD_ENDINGS.contains(&e)) {
            return Some(format!("{:02}", i + 1));
        }
    }
    SEASON_ADJ_STEMS.iter().find_map(|(stem, code)| {
        let endings = if stem.ends_with('i') { SOFT_ENDINGS } else { HARD_ENDINGS };
        word.strip_prefix(stem).filter(|e| endings.contains(e)).map(|_| (*code).to_owned())
    })
}

/// Lower-case month and season adjectives as dates of the document's year (unknown without
/// one), merged into the sorted `dates`. Capitalised ones are names ("ul. Listopadowej",
/// "Rajd Jesienny"), and "12-letni" is an age.
pub(crate) fn period_adjectives(text: &str, dates: &mut Vec<DateMatch>, doc: Option<CivilDate>) {
    let year = doc.map_or_else(|| "XXXX".to_owned(), |d| format!("{:04}", d.year));
    let mut found = Vec::new();
    let mut i = 0;
    for (start, word) in words(text) {
        let Some(first) = word.chars().next() else { continue };
        if !first.is_lowercase() || !matches!(first, 'g' | 'j' | 'k' | 'l' | 'm' | 'p' | 's' | 'w' | 'c' | 'z') {
            continue;
        }
        let Some(code) = period_adjective(word) else { continue };
        if text[..start].ends_with(|c: char| c == '-' || c.is_ascii_digit()) {
            continue;
        }
        let end = start + word.len();
        while i < dates.len() && dates[i].end <= start {
            i += 1;
        }
        if i < dates.len() && dates[i].start < end {
            continue;
        }
        found.push(DateMatch { start, end, value: format!("{year}-{code}"), rule: "date/timex-period-adjective" });
    }
    if !found.is_empty() {
        dates.extend(found);
        dates.sort_by_key(|d| d.start);
    }
}

/// The alphabetic words of `text` with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphabetic())
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + text[start + w.len()..].chars().next().map_or(0, char::len_utf8);
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
}

/// Widens each date of `dates` (sorted, non-overlapping) to a part-of-period modifier or a
/// season right before it, never into the date before, and writes decades and centuries in
/// TIMEX3 notation.
pub(crate) fn widen(text: &str, dates: &mut [DateMatch]) {
    let mut floor = 0;
    for d in dates.iter_mut() {
        if let Some(v) = Some(timex_value(&d.value)).filter(|v| v.len() != d.value.len()) {
            d.value = v.to_owned();
        }
        let limit = floor;
        floor = d.end;
        let Some((w, ws)) = word_before(text, d.start, limit) else { continue };
        let lower = w.to_lowercase();
        if PART_WORDS.contains(&lower.as_str()) {
            d.start = ws;
            d.rule = "date/timex-part-of-period";
            if lower == "koniec" {
                if let Some((p, ps)) = word_before(text, ws, limit) {
                    if p.eq_ignore_ascii_case("pod") {
                        d.start = ps;
                    }
                }
            } else if lower.starts_with("połow") && !d.value.contains('/') {
                if let Some((o, os)) = word_before(text, ws, limit) {
                    let o = o.to_lowercase();
                    if let Some((_, half)) = HALF_ORDINALS.iter().find(|(w, _)| *w == o) {
                        d.start = os;
                        d.value = format!("{}-{half}", timex_value(&d.value));
                    }
                }
            }
        } else if let Some((_, season)) = SEASONS.iter().find(|(s, _)| *s == lower) {
            let year_only = d.value.len() == 4 && d.value.bytes().all(|b| b.is_ascii_digit());
            if year_only {
                d.start = ws;
                d.value = format!("{}-{season}", d.value);
                d.rule = "date/timex-season-year";
            }
        }
    }
}

/// A value in TIMEX3's own notation: a decade is "196" and a century "19", where the crate
/// writes "196X" and "19XX".
pub(crate) fn timex_value(value: &str) -> &str {
    let digits = value.trim_end_matches('X');
    let unknown = value.len() - digits.len();
    if value.len() == 4 && (1..=2).contains(&unknown) && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits
    } else {
        value
    }
}

/// The word ending right before `at` with only spaces between, not reaching below `limit`.
fn word_before(text: &str, at: usize, limit: usize) -> Option<(&str, usize)> {
    let head = &text[limit..at];
    let trimmed = head.trim_end_matches([' ', '\u{a0}']);
    if trimmed.len() == head.len() {
        return None;
    }
    let start = trimmed.char_indices().rev().take_while(|(_, c)| c.is_alphabetic()).last()?.0;
    Some((&trimmed[start..], limit + start))
}

#[cfg(test)]
mod tests {
    use super::super::date::{find_with, CivilDate, DateStyle};
    use super::*;

    /// (rule, text, TIMEX3 span, value, document date)
    const POSITIVE: &[(&str, &str, &str, &str, Option<&str>)] = &[
        ("date/timex-part-of-period", "potrwa do końca marca 2011 r. W tym", "końca marca 2011 r.", "2011-03", None),
        ("date/timex-part-of-period", "w drugiej połowie XX wieku", "drugiej połowie XX wieku", "19-H2", None),
        (
            "date/timex-part-of-period",
            "nastąpi w pierwszej połowie maja.",
            "pierwszej połowie maja",
            "2011-05-H1",
            Some("2011-04-02"),
        ),
        ("date/timex-part-of-period", "które pod koniec lat 60. przebranżowili", "pod koniec lat 60.", "196", None),
        ("date/timex-part-of-period", "od początku 2005 roku", "początku 2005 roku", "2005", None),
        ("date/timex-season-year", "Na wiosnę 2010 firma zaplanowała", "wiosnę 2010", "2010-SP", None),
        ("date/timex-season-year", "zimą 1979 r. spadł śnieg", "zimą 1979 r.", "1979-WI", None),
        ("date/timex-period-adjective", "W grudniowym numerze redakcja", "grudniowym", "2011-12", Some("2011-12-20")),
        ("date/timex-period-adjective", "trwają ferie zimowe dla dzieci", "zimowe", "2005-WI", Some("2005-01-30")),
        ("date/timex-period-adjective", "zorganizowała obóz letni dla", "letni", "XXXX-SU", None),
        (
            "date/timex-date-time",
            "turniej: 6.03.2010 r. godz. 10.00 – par",
            "6.03.2010 r. godz. 10.00",
            "2010-03-06T10:00",
            None,
        ),
        (
            "date/timex-date-time",
            "odbędzie się 9 kwietnia o godzinie 10:00, w",
            "9 kwietnia o godzinie 10:00",
            "2011-04-09T10:00",
            Some("2011-03-01"),
        ),
        (
            "date/timex-date-time",
            "11 października br. (środa) o godz. 17 w",
            "11 października br. (środa) o godz. 17",
            "2006-10-11T17:00",
            Some("2006-10-02"),
        ),
    ];

    /// (text, a span that must not be a TIMEX3 date)
    const NEGATIVE: &[(&str, &str)] = &[
        // "lata" is also "years"; a turn of two periods is not a part of either.
        ("w lata 2010 i 2011", "lata 2010"),
        ("na przełomie kwietnia i maja 2010 r.", "przełomie kwietnia"),
        // A modifier never reaches over a line break or into another date.
        ("do końca\n\n2011 r.", "końca\n\n2011 r."),
        // A season before a full date names no season of a year.
        ("zimą 12 stycznia 1987 r.", "zimą 12 stycznia 1987 r."),
        // Names and ages, not periods.
        ("przy ul. Listopadowej 6", "Listopadowej"),
        ("13-letni Anshul", "letni"),
        ("lutownicą i kompilatorem", "lutownicą"),
        // A number after "godz." that is no hour of the day.
        ("6 marca godz. 25 minut", "6 marca godz. 25"),
    ];

    fn timex(text: &str, doc: Option<&str>) -> Vec<DateMatch> {
        find_with(text, doc.and_then(CivilDate::parse_iso), DateStyle::Timex3)
    }

    #[test]
    fn positive_examples() {
        for (rule, text, span, value, doc) in POSITIVE {
            let found = timex(text, *doc);
            let m = found.iter().find(|m| &text[m.start..m.end] == *span);
            let m = m.unwrap_or_else(|| panic!("{rule}: {span:?} not found in {text:?}: {found:?}"));
            assert_eq!((m.rule, m.value.as_str()), (*rule, *value), "{text:?}");
        }
    }

    #[test]
    fn negative_examples() {
        for (text, span) in NEGATIVE {
            let found = timex(text, None);
            assert!(found.iter().all(|m| &text[m.start..m.end] != *span), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn ranges_split_and_weekdays_join() {
        let text =
            "w dniach 6-7.03.2010r. oraz w latach 1990-2006, a w poniedziałek, 31 maja 2010 r. i maja przyszłego roku";
        let found = timex(text, Some("2010-01-10"));
        let got: Vec<(&str, &str)> = found.iter().map(|m| (&text[m.start..m.end], m.value.as_str())).collect();
        assert_eq!(
            got,
            [
                ("6", "2010-03-06"),
                ("7.03.2010r.", "2010-03-07"),
                ("1990", "1990"),
                ("2006", "2006"),
                ("poniedziałek, 31 maja 2010 r.", "2010-05-31"),
                ("maja przyszłego roku", "2011-05"),
            ]
        );
        // NKJP keeps each range whole and leaves the weekday and the year words out.
        let nkjp: Vec<&str> = find_with(text, CivilDate::parse_iso("2010-01-10"), DateStyle::Nkjp)
            .iter()
            .map(|m| &text[m.start..m.end])
            .collect();
        assert_eq!(nkjp, ["6-7.03.2010r.", "latach 1990-2006", "31 maja 2010 r.", "maja"]);
    }
}
