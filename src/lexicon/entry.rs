//! One lexicon reading of a form, and its compact encoding inside the fst key.
//!
//! A key is `lowercased form \0 payload`. The payload is six fixed bytes (kind, flags, cases,
//! subtype, frequency bucket, how many bytes to strip from the form) followed by the lemma's
//! new ending and, after a `\x01`, free attributes ("teryt=1061011;acronym=GUS"). Storing the
//! lemma as an ending keeps the keys of one paradigm alike, which the fst compresses well.

use serde::{Deserialize, Serialize};

/// What kind of name a lexicon entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// A first name ("Marek").
    FirstName,
    /// A surname ("Kos").
    Surname,
    /// A full person name given by the user ("Harri Kuusela").
    Person,
    /// A place.
    Place,
    /// An institution.
    Institution,
    /// A title or function.
    Title,
}

impl EntryKind {
    const ALL: [EntryKind; 6] = [
        EntryKind::FirstName,
        EntryKind::Surname,
        EntryKind::Person,
        EntryKind::Place,
        EntryKind::Institution,
        EntryKind::Title,
    ];

    /// The name used in TSV files.
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::FirstName => "first_name",
            EntryKind::Surname => "surname",
            EntryKind::Person => "person",
            EntryKind::Place => "place",
            EntryKind::Institution => "institution",
            EntryKind::Title => "title",
        }
    }

    /// Parse a TSV kind name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub(crate) fn code(self) -> u8 {
        Self::ALL.iter().position(|&k| k == self).unwrap_or(0) as u8 + 1
    }

    /// A bit of its own, for sets of kinds.
    pub(crate) fn bit(self) -> u8 {
        1 << self.code()
    }

    fn from_code(c: u8) -> Option<Self> {
        Self::ALL.get(usize::from(c).checked_sub(1)?).copied()
    }
}

/// Grammatical gender recorded for an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Gram {
    /// Masculine.
    M,
    /// Feminine.
    F,
    /// Neuter.
    N,
    /// Plural only ("Tatry", "Kielce").
    P,
}

/// A set of grammatical cases, as a bit mask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Cases(pub u8);

impl Cases {
    /// Case names in mask order.
    pub const NAMES: [&'static str; 7] = ["nom", "gen", "dat", "acc", "inst", "loc", "voc"];
    /// Nominative.
    pub const NOM: Cases = Cases(1);
    /// Genitive.
    pub const GEN: Cases = Cases(2);
    /// Dative.
    pub const DAT: Cases = Cases(4);
    /// Accusative.
    pub const ACC: Cases = Cases(8);
    /// Instrumental.
    pub const INST: Cases = Cases(16);
    /// Locative.
    pub const LOC: Cases = Cases(32);
    /// Vocative.
    pub const VOC: Cases = Cases(64);
    /// Every case (indeclinable forms, or unknown).
    pub const ANY: Cases = Cases(127);

    /// Parse "gen,acc".
    pub fn parse(s: &str) -> Option<Cases> {
        let mut m = 0u8;
        for part in s.split(['.', ',']) {
            let i = Self::NAMES.iter().position(|&n| n == part)?;
            m |= 1 << i;
        }
        Some(Cases(m))
    }

    /// True when the two sets share a case.
    pub fn meets(self, other: Cases) -> bool {
        self.0 & other.0 != 0
    }

    /// The shared cases.
    pub fn and(self, other: Cases) -> Cases {
        Cases(self.0 & other.0)
    }

    /// True when the nominative is among them.
    pub fn has_nom(self) -> bool {
        self.meets(Cases::NOM)
    }
}

/// The case bits of [`Cases`], for compact tables of endings.
pub(crate) mod case_bits {
    pub(crate) const NOM: u8 = 1;
    pub(crate) const GEN: u8 = 2;
    pub(crate) const DAT: u8 = 4;
    pub(crate) const ACC: u8 = 8;
    pub(crate) const INST: u8 = 16;
    pub(crate) const LOC: u8 = 32;
    pub(crate) const VOC: u8 = 64;
}

/// Subtypes of places and institutions, stored as a one-byte code.
pub(crate) const SUBTYPES: &[&str] = &[
    "voivodeship",
    "powiat",
    "gmina",
    "city",
    "village",
    "settlement",
    "country",
    "foreign_city",
    "continent",
    "region",
    "river",
    "mountain",
    "sea",
    "voivodeship_noun",
    "ministry",
    "office",
    "court",
    "university",
    "party",
    "company",
    "body",
    "local_office",
    "historical_region",
    "island",
    "lake",
    "celestial",
];

/// One reading of a matched form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// What kind of name.
    pub kind: EntryKind,
    /// Gender, when recorded.
    pub gender: Option<Gram>,
    /// The cases this form has for this lemma.
    pub cases: Cases,
    /// Plural form.
    pub plural: bool,
    /// Produced by suffix analogy rather than taken from SGJP.
    pub guessed: bool,
    /// The form is also a frequent ordinary word ("Król", "Marzec").
    pub common: bool,
    /// Subtype name ("city", "ministry"), when recorded.
    pub sub: Option<&'static str>,
    /// log2 of the frequency (PESEL bearers), 0 when unknown.
    pub freq: u8,
    /// Base form, lower-cased; [`crate::lemma`] restores the capitals of the text.
    pub lemma: String,
    /// Free attributes ("teryt=...;acronym=...;expands=...").
    pub extra: Option<String>,
}

impl Reading {
    /// A village or a settlement: their names are mostly surnames and ordinary words too, so
    /// rules weigh them less than towns.
    pub(crate) fn is_minor_place(&self) -> bool {
        self.kind == EntryKind::Place && matches!(self.sub, Some("village" | "settlement"))
    }

    /// The value of a free attribute.
    pub fn attr(&self, key: &str) -> Option<&str> {
        // A bare flag ("demonym") is present with an empty value.
        self.extra.as_deref()?.split(';').find_map(|kv| match kv.strip_prefix(key)? {
            "" => Some(""),
            rest => rest.strip_prefix('='),
        })
    }
}

/// The fields of a TSV row, before encoding.
#[derive(Debug, Clone, Default)]
pub(crate) struct RowAttrs {
    pub gender: Option<Gram>,
    pub cases: Cases,
    pub plural: bool,
    pub guessed: bool,
    pub common: bool,
    pub sub: u8,
    pub freq: u8,
    pub extra: String,
}

impl RowAttrs {
    /// Parse `g=m;case=gen,acc;num=sg;freq=123;sub=city;guessed;common;teryt=...`.
    pub(crate) fn parse(s: &str) -> Result<RowAttrs, String> {
        let mut a = RowAttrs::default();
        let mut extra: Vec<&str> = Vec::new();
        for item in s.split(';').map(str::trim).filter(|x| !x.is_empty()) {
            let (k, v) = item.split_once('=').unwrap_or((item, ""));
            match k {
                "g" => {
                    a.gender = Some(match v {
                        "m" | "m1" | "m2" | "m3" => Gram::M,
                        "f" => Gram::F,
                        "n" => Gram::N,
                        "p" => Gram::P,
                        _ => return Err(format!("unknown gender {v:?} (expected m, f, n or p)")),
                    })
                }
                "case" => a.cases = Cases::parse(v).ok_or_else(|| format!("unknown case list {v:?}"))?,
                "num" => a.plural = v == "pl",
                "freq" => {
                    let n: u64 = v.parse().map_err(|_| format!("freq is not a number: {v:?}"))?;
                    a.freq = (64 - n.leading_zeros()) as u8;
                }
                "sub" => match SUBTYPES.iter().position(|&x| x == v) {
                    Some(i) => a.sub = i as u8 + 1,
                    None => extra.push(item),
                },
                "guessed" => a.guessed = true,
                "common" => a.common = true,
                _ => {
                    if item.contains(['\x00', '\x01']) {
                        return Err("control characters in attributes".into());
                    }
                    extra.push(item)
                }
            }
        }
        if a.cases.0 == 0 {
            a.cases = Cases::ANY;
        }
        a.extra = extra.join(";");
        Ok(a)
    }
}

/// The fst key of one row: `form \0 payload`.
pub(crate) fn encode_key(form_lower: &str, lemma_lower: &str, kind: EntryKind, a: &RowAttrs) -> Vec<u8> {
    let common = form_lower.bytes().zip(lemma_lower.bytes()).take_while(|(x, y)| x == y).count();
    // Cut on a char boundary of both strings, so the stored ending is valid UTF-8.
    let mut keep = common;
    while !(form_lower.is_char_boundary(keep) && lemma_lower.is_char_boundary(keep)) {
        keep -= 1;
    }
    // Long multi-word lemmas that differ early would need a strip count above 255.
    while form_lower.len() - keep > 255 {
        keep -= 1;
        while !(form_lower.is_char_boundary(keep) && lemma_lower.is_char_boundary(keep)) {
            keep -= 1;
        }
    }
    let mut k = Vec::with_capacity(form_lower.len() + 8 + lemma_lower.len() - keep);
    k.extend_from_slice(form_lower.as_bytes());
    k.push(0);
    k.push(kind.code());
    let g = match a.gender {
        None => 0,
        Some(Gram::M) => 1,
        Some(Gram::F) => 2,
        Some(Gram::N) => 3,
        Some(Gram::P) => 4,
    };
    k.push(g | (a.plural as u8) << 3 | (a.guessed as u8) << 4 | (a.common as u8) << 5);
    k.push(a.cases.0);
    k.push(a.sub);
    k.push(a.freq);
    k.push((form_lower.len() - keep) as u8);
    k.extend_from_slice(&lemma_lower.as_bytes()[keep..]);
    if !a.extra.is_empty() {
        k.push(1);
        k.extend_from_slice(a.extra.as_bytes());
    }
    k
}

/// Decode a payload (the bytes after `\0`) for the lower-cased form it was stored under.
pub(crate) fn decode(form_lower: &str, p: &[u8]) -> Option<Reading> {
    if p.len() < 6 {
        return None;
    }
    let kind = EntryKind::from_code(p[0])?;
    let flags = p[1];
    let strip = usize::from(p[5]);
    let rest = &p[6..];
    let (ending, extra) = match rest.iter().position(|&b| b == 1) {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    let keep = form_lower.len().checked_sub(strip)?;
    let mut lemma = String::with_capacity(keep + ending.len());
    lemma.push_str(form_lower.get(..keep)?);
    lemma.push_str(std::str::from_utf8(ending).ok()?);
    Some(Reading {
        kind,
        gender: match flags & 7 {
            1 => Some(Gram::M),
            2 => Some(Gram::F),
            3 => Some(Gram::N),
            4 => Some(Gram::P),
            _ => None,
        },
        plural: flags & 8 != 0,
        guessed: flags & 16 != 0,
        common: flags & 32 != 0,
        cases: Cases(p[2]),
        sub: usize::from(p[3]).checked_sub(1).and_then(|i| SUBTYPES.get(i)).copied(),
        freq: p[4],
        lemma,
        extra: extra.and_then(|e| std::str::from_utf8(e).ok()).map(str::to_owned),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_round_trip() {
        let a = RowAttrs::parse("g=f;case=gen,dat,loc;num=sg;sub=city;teryt=0921017").unwrap();
        let key = encode_key("ostrowi mazowieckiej", "ostrów mazowiecka", EntryKind::Place, &a);
        let sep = key.iter().position(|&b| b == 0).unwrap();
        let r = decode("ostrowi mazowieckiej", &key[sep + 1..]).unwrap();
        assert_eq!(r.lemma, "ostrów mazowiecka");
        assert_eq!(r.kind, EntryKind::Place);
        assert_eq!(r.gender, Some(Gram::F));
        assert!(r.cases.meets(Cases::LOC) && !r.cases.has_nom());
        assert_eq!(r.sub, Some("city"));
        assert_eq!(r.attr("teryt"), Some("0921017"));
    }

    #[test]
    fn bad_attributes_are_reported() {
        assert!(RowAttrs::parse("g=x").is_err());
        assert!(RowAttrs::parse("case=nominative").is_err());
        assert!(RowAttrs::parse("freq=many").is_err());
    }
}
