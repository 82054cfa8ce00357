//! What extraction produces: entities, the roles that link them, and the document holding both.

use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

/// The five kinds of entity polner finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Label {
    /// A named person: "Marka Kosa" → Marek Kos.
    Person,
    /// A function or office a person holds: "zastępca dyrektora".
    Title,
    /// An organisation or a named unit of one: "Urząd Marszałkowski Województwa Podlaskiego".
    Institution,
    /// A calendar date or range, with an ISO 8601 value.
    Date,
    /// A settlement, administrative unit, region, country or geographic name.
    Place,
}

impl Label {
    /// The label as written in JSON ("person", "title", ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "person",
            Label::Title => "title",
            Label::Institution => "institution",
            Label::Date => "date",
            Label::Place => "place",
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// Grammatical gender of a person (from the first name or the surname form).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// Male.
    Male,
    /// Female.
    Female,
}

/// The parts of a person's name, in the nominative.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PersonName {
    /// First name(s), or an initial ("J.").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub given: Option<String>,
    /// Surname.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub family: Option<String>,
    /// Gender where the forms tell it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub gender: Option<Gender>,
}

/// What kind of place a place entity is, and its TERYT id where the registry knows it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PlaceInfo {
    /// "city", "village", "gmina", "powiat", "voivodeship", "country", "region", ...
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub kind: Option<String>,
    /// TERYT identifier (SIMC for localities, TERC for units).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub teryt: Option<String>,
}

/// Where an entity came from: the rule that built it and, if any, the lexicon that backed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// Stable rule id, e.g. `person/first-surname`.
    pub rule: Cow<'static, str>,
    /// The lexicon entry kind that supplied the base form, e.g. `surname`, `place:city`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lexicon: Option<Cow<'static, str>>,
}

/// One entity found in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// What it is.
    pub label: Label,
    /// Byte offsets into the input.
    pub span: Span,
    /// The text as written (`&input[span]`).
    pub text: String,
    /// Base form: nominative for names and places, lowercase nominative for titles.
    pub lemma: String,
    /// Normalised value: ISO 8601 for dates.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub value: Option<String>,
    /// Name parts and gender of a person.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub person: Option<PersonName>,
    /// Kind and registry id of a place.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub place: Option<PlaceInfo>,
    /// The full name an acronym stands for ("UMWP" → "Urząd Marszałkowski Województwa Podlaskiego").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub expansion: Option<String>,
    /// Rule and lexicon behind the entity.
    pub origin: Origin,
}

impl Entity {
    /// The entity's text, sliced from the input it came from.
    pub fn as_str<'h>(&self, text: &'h str) -> &'h str {
        &text[self.span]
    }
}

/// A person holding a function, optionally in an institution or place.
///
/// The fields are indices into [`Document::entities`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Role {
    /// The person entity.
    pub person: usize,
    /// The title entity.
    pub title: usize,
    /// The institution or place the function belongs to, when the text names it.
    pub of: Option<usize>,
}

/// Everything extracted from one text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Document {
    /// Entities sorted by start, then longest first (so a parent precedes what it contains).
    pub entities: Vec<Entity>,
    /// Who holds which function where.
    pub roles: Vec<Role>,
    /// The date relative expressions were resolved against (given or read from a dateline).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub date: Option<String>,
}

impl Document {
    /// Entities with the given label.
    pub fn entities_with(&self, label: Label) -> impl Iterator<Item = &Entity> {
        self.entities.iter().filter(move |e| e.label == label)
    }

    /// Roles as base-form triples (person, title, of), the form `score.py` compares.
    pub fn role_triples(&self) -> Vec<(&str, &str, Option<&str>)> {
        self.roles
            .iter()
            .map(|r| {
                (
                    self.entities[r.person].lemma.as_str(),
                    self.entities[r.title].lemma.as_str(),
                    r.of.map(|i| self.entities[i].lemma.as_str()),
                )
            })
            .collect()
    }
}
