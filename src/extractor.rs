//! The facade: an [`Extractor`] built once and applied to many texts.

use crate::entity::{Document, Entity, Label, Role};
use crate::error::LoadError;
use crate::lexicon::Lexicon;
use crate::rules::date::{self, CivilDate, DateStyle};
use crate::rules::{self, Analysis, Candidate};
use crate::span::Span;
use crate::{assemble, roles, tokenize};
use std::path::Path;
use std::sync::{Arc, LazyLock};

/// Extracts people, titles, institutions, dates and places from Polish text.
///
/// Cheap to clone (the lexicons are shared), `Send + Sync`, and [`Extractor::extract`] never
/// fails: any `&str` gives a [`Document`].
///
/// ```
/// let doc = polner::Extractor::global().extract("Spotkanie otworzył marszałek Artur Kosicki.");
/// let p = doc.entities_with(polner::Label::Person).next().unwrap();
/// assert_eq!(p.lemma, "Artur Kosicki");
/// ```
#[derive(Clone)]
pub struct Extractor {
    inner: Arc<Inner>,
}

struct Inner {
    lexicons: Vec<Arc<Lexicon>>,
    document_date: Option<CivilDate>,
    read_dateline: bool,
    date_style: DateStyle,
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractor")
            .field("lexicons", &self.inner.lexicons)
            .field("document_date", &self.inner.document_date)
            .field("date_style", &self.inner.date_style)
            .finish()
    }
}

static DEFAULT: LazyLock<Extractor> = LazyLock::new(|| ExtractorBuilder::new().build());

impl Default for Extractor {
    fn default() -> Self {
        Extractor::global().clone()
    }
}

impl Extractor {
    /// The extractor with the embedded default lexicons, built on first use.
    pub fn global() -> &'static Extractor {
        &DEFAULT
    }

    /// A builder for user lexicons and options.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// Extract everything from `text`, resolving relative dates against the extractor's
    /// document date (or the article's own dateline).
    pub fn extract(&self, text: &str) -> Document {
        self.extract_dated(text, None)
    }

    /// Like [`Extractor::extract`], with this text's own date ("YYYY-MM-DD" known to the
    /// caller: the JSONL `date` field) taking precedence over the builder's.
    pub fn extract_dated(&self, text: &str, date: Option<CivilDate>) -> Document {
        let mut doc = Document { entities: Vec::new(), roles: Vec::new(), date: None };
        self.extract_pieces(text, date, |piece| {
            let base = doc.entities.len();
            doc.date = piece.date;
            doc.roles.extend(piece.roles.into_iter().map(|r| Role {
                person: r.person + base,
                title: r.title + base,
                of: r.of.map(|o| o + base),
            }));
            doc.entities.extend(piece.entities);
        });
        doc
    }

    /// Like [`Extractor::extract_dated`], but hands over the result a piece of the text at a
    /// time, so a caller writing out a very long text never holds all of it: each piece's
    /// entities have byte spans into the whole `text`, and its roles index its own entities.
    /// Pieces are cut at paragraph breaks; names and acronyms are resolved within a piece.
    pub fn extract_pieces(&self, text: &str, date: Option<CivilDate>, mut each: impl FnMut(Document)) {
        let anchor = date.or(self.inner.document_date).or_else(|| {
            if self.inner.read_dateline {
                date::detect_dateline(text)
            } else {
                None
            }
        });
        for (offset, piece) in chunks(text, CHUNK) {
            let (mut entities, roles) = self.extract_piece(piece, anchor);
            for e in &mut entities {
                e.span = Span::new(e.span.start + offset, e.span.end + offset);
            }
            each(Document { entities, roles, date: anchor.map(|d| d.to_string()) });
        }
    }

    fn extract_piece(&self, text: &str, anchor: Option<CivilDate>) -> (Vec<Entity>, Vec<Role>) {
        let tokens = tokenize::tokenize(text);
        let lexicons: Vec<&Lexicon> = self.inner.lexicons.iter().map(|l| l.as_ref()).collect();
        let a = Analysis::new(text, tokens, lexicons);
        let mut places = rules::place::find(&a);
        let facilities = rules::facility::find(&a, &places);
        places.extend(facilities);
        let titles = rules::title::find(&a, &places);
        let mut cands: Vec<Candidate> = Vec::new();
        let persons = rules::person::find(&a, &titles);
        rules::place::drop_surnames(&a, &mut places, &persons);
        cands.extend(rules::institution::find(&a, &places, &titles, &persons));
        cands.extend(persons);
        cands.extend(places);
        cands.extend(titles);
        cands.extend(dates(&a, anchor, self.inner.date_style));
        let mut kept = assemble::settle(cands);
        rules::place::resolve_teryt(&a, &mut kept);
        let roles = roles::find(&a, &kept);
        (assemble::entities(text, &kept), roles)
    }
}

/// Bytes of text analysed at once (see [`Extractor::extract_dated`]).
const CHUNK: usize = 256 * 1024;

/// Pieces of at most about `limit` bytes, cut at a blank line, else a line break, else a
/// sentence end, else a space, else a char boundary; each with its byte offset.
fn chunks(text: &str, limit: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    while text.len() - start > limit {
        let mut end = start + limit;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let window = &text[start..end];
        let half = window.len() / 2;
        let cut = ["\n\n", "\n", ". ", " "]
            .iter()
            .find_map(|sep| window.rfind(sep).filter(|&p| p > half).map(|p| p + sep.len()))
            .unwrap_or(window.len());
        out.push((start, &text[start..start + cut]));
        start += cut;
    }
    out.push((start, &text[start..]));
    out
}

fn dates(a: &Analysis<'_>, anchor: Option<CivilDate>, style: DateStyle) -> Vec<Candidate> {
    date::find_with(a.text, anchor, style)
        .into_iter()
        .map(|m| {
            let first = a.tokens.partition_point(|t| t.span.end <= m.start);
            let last = a.tokens.partition_point(|t| t.span.start < m.end).max(first + 1);
            let mut c =
                Candidate::new(a, Label::Date, (first, last.min(a.tokens.len()).max(first + 1)), String::new(), m.rule);
            c.span = Span::new(m.start, m.end);
            c.lemma = a.text[m.start..m.end].to_owned();
            c.value = Some(m.value);
            c.weight = 2;
            c
        })
        .collect()
}

/// Builds an [`Extractor`]: lexicons and options.
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    default_lexicon: bool,
    user: Vec<Arc<Lexicon>>,
    document_date: Option<CivilDate>,
    read_dateline: bool,
    date_style: DateStyle,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl ExtractorBuilder {
    /// Defaults: the embedded lexicon, datelines read, no document date, NKJP date extents.
    pub fn new() -> Self {
        ExtractorBuilder {
            default_lexicon: true,
            user: Vec::new(),
            document_date: None,
            read_dateline: true,
            date_style: DateStyle::Nkjp,
        }
    }

    /// Use the embedded default lexicon (on by default).
    pub fn default_lexicon(&mut self, yes: bool) -> &mut Self {
        self.default_lexicon = yes;
        self
    }

    /// Add a lexicon (compiled or from TSV, see [`Lexicon`]).
    pub fn lexicon(&mut self, lexicon: Lexicon) -> &mut Self {
        self.user.push(Arc::new(lexicon));
        self
    }

    /// Add a TSV lexicon file; errors name the file and line.
    pub fn lexicon_tsv(&mut self, path: impl AsRef<Path>) -> Result<&mut Self, LoadError> {
        let lex = Lexicon::from_path(path)?;
        Ok(self.lexicon(lex))
    }

    /// The date relative expressions ("br.", "wczoraj") and bare day-months are resolved
    /// against.
    pub fn document_date(&mut self, date: CivilDate) -> &mut Self {
        self.document_date = Some(date);
        self
    }

    /// Read the article's date from a dateline at its top when none is given (on by default).
    pub fn read_dateline(&mut self, yes: bool) -> &mut Self {
        self.read_dateline = yes;
        self
    }

    /// Where date spans start and end: NKJP's conventions (the default) or TimeML's TIMEX3
    /// (each end of a range on its own, weekdays and "końca"/"połowy" included).
    ///
    /// ```
    /// use polner::{DateStyle, Extractor, Label};
    /// let timex = Extractor::builder().date_style(DateStyle::Timex3).build();
    /// let doc = timex.extract("Turniej odbędzie się w dniach 6-7 marca 2010 r.");
    /// let dates: Vec<&str> = doc.entities_with(Label::Date).map(|e| e.text.as_str()).collect();
    /// assert_eq!(dates, ["6", "7 marca 2010 r."]);
    /// ```
    pub fn date_style(&mut self, style: DateStyle) -> &mut Self {
        self.date_style = style;
        self
    }

    /// The extractor.
    pub fn build(&self) -> Extractor {
        let mut lexicons = Vec::new();
        if self.default_lexicon {
            lexicons.push(crate::data::default_lexicon());
        }
        lexicons.extend(self.user.iter().cloned());
        Extractor {
            inner: Arc::new(Inner {
                lexicons,
                document_date: self.document_date,
                read_dateline: self.read_dateline,
                date_style: self.date_style,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_cut_at_paragraphs_and_offsets_kept() {
        let para = "Spotkanie otworzył marszałek Artur Kosicki w Białymstoku.\n\n";
        let text = para.repeat(20_000); // ~1.2 MB
        let pieces = chunks(&text, CHUNK);
        assert!(pieces.len() > 3);
        assert!(pieces.iter().all(|(_, p)| p.len() <= CHUNK && p.ends_with("\n\n")));
        assert_eq!(pieces.iter().map(|(_, p)| p.len()).sum::<usize>(), text.len());
        let doc = Extractor::global().extract(&text);
        assert_eq!(doc.entities_with(Label::Person).count(), 20_000);
        assert!(doc.entities.iter().all(|e| text[e.span.range()] == e.text));
        assert_eq!(doc.roles.len(), 20_000);
        assert!(doc.roles.iter().all(|r| doc.entities[r.person].label == Label::Person));
    }

    #[test]
    fn a_text_without_breaks_is_cut_on_char_boundaries() {
        let text = "ż".repeat(300_000);
        let pieces = chunks(&text, CHUNK);
        assert!(pieces.iter().all(|(o, p)| text.is_char_boundary(*o) && !p.is_empty()));
        let _ = Extractor::global().extract(&text);
    }
}
