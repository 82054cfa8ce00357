//! Stage 3: rules per entity kind, over the tokens and their lexicon readings.
//!
//! Every rule proposes [`Candidate`]s; [`crate::assemble`] then settles overlaps. Each rule has
//! a stable id (`person/first-surname`, `place/lexicon` ...) that ends up in the entity's
//! [`crate::entity::Origin`], and its positive and negative examples sit next to it in a test.

pub mod date;
pub(crate) mod facility;
pub(crate) mod heads;
pub(crate) mod institution;
pub(crate) mod person;
pub(crate) mod place;
pub(crate) mod speaker;
pub(crate) mod timex;
pub(crate) mod title;

use crate::entity::{Label, PersonName, PlaceInfo};
use crate::hash::FxHashMap;
use crate::lexicon::{Cases, EntryKind, FirstWord, LexMatch, Lexicon, Reading};
use crate::span::Span;
use crate::tokenize::{Gap, Shape, Token, TokenKind};

/// A proposed entity over tokens `tok.0..tok.1`.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub label: Label,
    pub tok: (usize, usize),
    pub span: Span,
    pub lemma: String,
    pub value: Option<String>,
    pub person: Option<PersonName>,
    pub place: Option<PlaceInfo>,
    pub expansion: Option<String>,
    pub rule: &'static str,
    pub lexicon: Option<&'static str>,
    /// Higher wins an overlap between candidates of similar length.
    pub weight: u8,
    /// Grammatical cases of the phrase, where a rule knows them (titles: for agreement).
    pub cases: Option<Cases>,
}

impl Candidate {
    pub(crate) fn new(a: &Analysis<'_>, label: Label, tok: (usize, usize), lemma: String, rule: &'static str) -> Self {
        Candidate {
            label,
            tok,
            span: a.span_of(tok.0, tok.1),
            lemma,
            value: None,
            person: None,
            place: None,
            expansion: None,
            rule,
            lexicon: None,
            weight: 1,
            cases: None,
        }
    }
}

/// A Roman numeral as names and ordinals use it ("Jan Paweł II", "V Liceum").
pub(crate) fn is_roman(w: &str) -> bool {
    !w.is_empty() && w.len() <= 6 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

/// Lexicon matches by start token, shortest first: `lex[i]` (or `lex.get(i)`) is the slice of
/// token `i`. One vector for the document rather than one per token.
pub(crate) struct LexTable {
    matches: Vec<LexMatch>,
    /// Where each token's matches begin in `matches`, and one past the last token's.
    starts: Vec<u32>,
}

impl LexTable {
    pub(crate) fn get(&self, i: usize) -> Option<&[LexMatch]> {
        let s = *self.starts.get(i)? as usize;
        let e = *self.starts.get(i + 1)? as usize;
        Some(&self.matches[s..e])
    }
}

impl std::ops::Index<usize> for LexTable {
    type Output = [LexMatch];

    fn index(&self, i: usize) -> &[LexMatch] {
        match self.get(i) {
            Some(ms) => ms,
            None => panic!("token {i} out of range"),
        }
    }
}

/// Quotation marks as press text writes them: „…”, "…", “…”, »…«, «…».
pub(crate) fn opens_quote(t: &str) -> bool {
    matches!(t, "„" | "\"" | "“" | "«" | "»")
}

pub(crate) fn closes_quote(t: &str) -> bool {
    matches!(t, "”" | "\"" | "“" | "»" | "«")
}

/// The text, its tokens and their lexicon matches: what every rule reads.
pub(crate) struct Analysis<'h> {
    pub text: &'h str,
    pub tokens: Vec<Token<'h>>,
    /// Lexicon matches by start token, shortest first.
    pub lex: LexTable,
    /// The readings the matches point into.
    arena: Vec<Reading>,
    /// Per token, the kinds of its single-token readings (a bit per kind), so rules that ask
    /// for a kind a word does not have skip its matches.
    single_kinds: Vec<u8>,
    /// The lexicons, for looking up parts of words (hyphenated surnames).
    pub lexicons: Vec<&'h Lexicon>,
    /// Every token lower-cased once, back to back, and each token's range in it.
    lower_text: String,
    lower_spans: Vec<(u32, u32)>,
}

impl<'h> Analysis<'h> {
    pub(crate) fn new(text: &'h str, tokens: Vec<Token<'h>>, lexicons: Vec<&'h Lexicon>) -> Self {
        let mut lower_text = String::with_capacity(text.len());
        let mut lower_spans = Vec::with_capacity(tokens.len());
        for t in &tokens {
            let s = lower_text.len() as u32;
            if t.text.is_ascii() {
                lower_text.extend(t.text.bytes().map(|b| b.to_ascii_lowercase() as char));
            } else {
                lower_text.extend(t.text.chars().flat_map(char::to_lowercase));
            }
            lower_spans.push((s, lower_text.len() as u32));
        }
        let mut lex = LexTable { matches: Vec::new(), starts: Vec::with_capacity(tokens.len() + 1) };
        let mut arena = Vec::new();
        // Press text repeats its words: what a word gives on its own is looked up once, and
        // only phrases that go on from it are walked again.
        let mut seen: FxHashMap<(usize, bool, &str), FirstWord> =
            FxHashMap::with_capacity_and_hasher(tokens.len() / 4, Default::default());
        let mut single_kinds = vec![0u8; tokens.len()];
        let mut form = String::new();
        let starts: Vec<_> = lexicons.iter().map(|l| l.starts()).collect();
        for i in 0..tokens.len() {
            lex.starts.push(lex.matches.len() as u32);
            let here = &mut lex.matches;
            if matches!(tokens[i].kind, TokenKind::Word | TokenKind::Abbrev) {
                let (s, e) = lower_spans[i];
                let word = &lower_text[s as usize..e as usize];
                let lower = tokens[i].shape == Shape::Lower;
                for (li, l) in lexicons.iter().enumerate() {
                    let first = match seen.get(&(li, lower, word)) {
                        Some(f) => f.clone(),
                        None => {
                            let f = l.first_word(&starts[li], &tokens[i], word, &mut arena);
                            seen.insert((li, lower, word), f.clone());
                            f
                        }
                    };
                    single_kinds[i] |= first.kinds;
                    if !first.readings.is_empty() {
                        here.push(LexMatch { end: i + 1, readings: first.readings });
                    }
                    if let Some(next) = first.next {
                        form.clear();
                        form.push_str(word);
                        form.push(' ');
                        l.continue_from(&tokens, i, next, &mut form, here, &mut arena);
                    }
                }
            }
        }
        lex.starts.push(lex.matches.len() as u32);
        drop(seen);
        Analysis { text, tokens, lex, arena, single_kinds, lexicons, lower_text, lower_spans }
    }

    /// The readings of a match.
    pub(crate) fn readings(&self, m: &LexMatch) -> &[Reading] {
        &self.arena[m.readings.clone()]
    }

    /// Byte span of tokens `a..b`.
    pub(crate) fn span_of(&self, a: usize, b: usize) -> Span {
        Span::new(self.tokens[a].span.start, self.tokens[b - 1].span.end)
    }

    /// The text of tokens `a..b`, as written.
    pub(crate) fn slice(&self, a: usize, b: usize) -> &'h str {
        &self.text[self.span_of(a, b)]
    }

    pub(crate) fn tok(&self, i: usize) -> Option<&Token<'h>> {
        self.tokens.get(i)
    }

    /// The text of tokens `a..b` with every whitespace run as one space (names broken by a
    /// line break are still one name).
    pub(crate) fn squashed(&self, a: usize, b: usize) -> String {
        crate::lemma::squash_spaces(self.slice(a, b))
    }

    /// The first closing quotation mark among the `within` tokens from `from`.
    pub(crate) fn closing_quote(&self, from: usize, within: usize) -> Option<usize> {
        (from..self.tokens.len().min(from + within)).find(|&k| closes_quote(self.tokens[k].text))
    }

    /// Lower-cased text of token `i` ("" past the end).
    pub(crate) fn lower(&self, i: usize) -> &str {
        match self.lower_spans.get(i) {
            Some(&(s, e)) => &self.lower_text[s as usize..e as usize],
            None => "",
        }
    }

    pub(crate) fn is(&self, i: usize, text: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.text == text)
    }

    pub(crate) fn is_cap_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalized())
    }

    pub(crate) fn is_lower_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.shape == Shape::Lower)
    }

    /// True when token `i` starts a new paragraph (names do not run across one, except broken
    /// institution names, which the institution rule handles itself).
    pub(crate) fn breaks_before(&self, i: usize) -> bool {
        self.tokens.get(i).is_none_or(|t| t.gap == Gap::Paragraph)
    }

    /// Readings of the single token `i` of one kind.
    pub(crate) fn single(&self, i: usize, kind: EntryKind) -> impl Iterator<Item = &Reading> {
        let has = self.single_kinds.get(i).is_some_and(|&k| k & kind.bit() != 0);
        self.lex
            .get(i)
            .filter(|_| has)
            .into_iter()
            .flatten()
            .filter(move |m| m.end == i + 1)
            .flat_map(|m| self.readings(m).iter())
            .filter(move |r| r.kind == kind)
    }

    /// Readings of a word looked up on its own (for parts of hyphenated words).
    pub(crate) fn lookup(&self, form: &str) -> Vec<Reading> {
        self.lexicons.iter().flat_map(|l| l.lookup(form)).collect()
    }

    pub(crate) fn has_single(&self, i: usize, kind: EntryKind) -> bool {
        self.single(i, kind).next().is_some()
    }

    /// The longest lexicon match of a kind starting at `i`: (end token, readings of that kind).
    pub(crate) fn longest(&self, i: usize, kind: EntryKind) -> Option<(usize, Vec<&Reading>)> {
        self.lex.get(i)?.iter().rev().find_map(|m| {
            let rs: Vec<&Reading> = self.readings(m).iter().filter(|r| r.kind == kind).collect();
            (!rs.is_empty()).then_some((m.end, rs))
        })
    }

    /// All matches of a kind starting at `i`, longest first.
    pub(crate) fn all_of(&self, i: usize, kind: EntryKind) -> Vec<(usize, Vec<&Reading>)> {
        let Some(ms) = self.lex.get(i) else {
            return Vec::new();
        };
        ms.iter()
            .rev()
            .filter_map(|m| {
                let rs: Vec<&Reading> = self.readings(m).iter().filter(|r| r.kind == kind).collect();
                (!rs.is_empty()).then_some((m.end, rs))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::{Extractor, Label};

    /// Every rule module's examples: each expected (text, base form) is found with its label,
    /// and a negative example (an empty list) yields nothing of that label.
    fn check(label: Label, examples: &[(&str, &[(&str, &str)])]) {
        for (text, want) in examples {
            let doc = Extractor::global().extract(text);
            let got: Vec<(&str, &str)> =
                doc.entities_with(label).map(|e| (e.text.as_str(), e.lemma.as_str())).collect();
            if want.is_empty() {
                assert!(got.is_empty(), "help: {label} rules should find nothing in {text:?}, found {got:?}");
            }
            for w in *want {
                assert!(got.contains(w), "help: {label} {w:?} not found in {text:?}; found {got:?}");
            }
        }
    }

    #[test]
    fn person_examples() {
        check(Label::Person, super::person::EXAMPLES);
    }

    #[test]
    fn speaker_examples() {
        check(Label::Person, super::speaker::EXAMPLES);
    }

    #[test]
    fn facility_examples() {
        check(Label::Place, super::facility::EXAMPLES);
    }

    #[test]
    fn place_examples() {
        check(Label::Place, super::place::EXAMPLES);
    }

    #[test]
    fn institution_examples() {
        check(Label::Institution, super::institution::EXAMPLES);
    }

    #[test]
    fn title_examples() {
        check(Label::Title, super::title::EXAMPLES);
    }
}
