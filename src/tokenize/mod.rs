//! Stage 1: split Polish press text into tokens that borrow the input.
//!
//! The tokenizer knows what press text looks like: Polish letters, numbers written
//! "1 500", "3,5", "10.12.2021" or "2021-2027", hyphenated names ("Päijät-Häme", "PZL-13"),
//! abbreviations whose dot does not end a sentence ("ds.", "ub.r.", "sp. z o.o."), URLs and
//! e-mail addresses. A single newline inside a paragraph is only a space (articles are often
//! line-wrapped); a blank line is a paragraph break. Markdown emphasis (`**Marek Jońca**`) is
//! skipped, so it never sticks to a token, and every span still points into the original text.

mod abbrev;

use crate::span::Span;
use abbrev::{abbreviation_at, AbbrevKind};
use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Letters, possibly with digits or inner hyphens ("Holo4Med", "Päijät-Häme", "e-usług").
    Word,
    /// Digits with inner separators ("2021-2027", "10.12.2021", "1 500", "3,5").
    Number,
    /// An abbreviation with its dot(s) ("ds.", "ub.r.", "sp. z o.o.").
    Abbrev,
    /// One punctuation mark (or "..." as one).
    Punct,
    /// A web address.
    Url,
    /// An e-mail address.
    Email,
    /// Anything else: symbols, emoji.
    Symbol,
}

/// Capitalisation of a word token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Shape {
    /// "dyrektor"
    Lower,
    /// "Marek", "Holo4Med"
    Capitalized,
    /// "UMWP", "PZL-13"
    Upper,
    /// Digits, punctuation, symbols.
    Other,
}

/// The whitespace before a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gap {
    /// Glued to the previous token ("Kosa," — the comma).
    None,
    /// Spaces or a single line break: the same paragraph.
    Space,
    /// A blank line (or the start of the text): a new paragraph.
    Paragraph,
}

/// One token: a slice of the input with its byte span and what the tokenizer knows of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Token<'h> {
    /// The token's text, borrowed from the input.
    pub text: &'h str,
    /// Byte span in the input.
    pub span: Span,
    /// Word, number, punctuation ...
    pub kind: TokenKind,
    /// Capitalisation.
    pub shape: Shape,
    /// Whitespace before it.
    pub gap: Gap,
    /// True when a line break (single or blank line) precedes it.
    pub line_start: bool,
    /// True for the first token of a sentence.
    pub sentence_start: bool,
}

impl<'h> Token<'h> {
    /// True for word tokens starting with an upper-case letter.
    pub fn is_capitalized(&self) -> bool {
        matches!(self.shape, Shape::Capitalized | Shape::Upper)
    }
}

/// Split `text` into tokens. Never fails; every span lies on char boundaries.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    Scanner { text, bytes: text.as_bytes(), pos: 0 }.run(&mut out);
    mark_sentences(&mut out);
    out
}

struct Scanner<'h> {
    text: &'h str,
    bytes: &'h [u8],
    pos: usize,
}

/// Letters and digits, and the marks that combine with them.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || (!c.is_ascii() && is_combining(c))
}

/// Combining marks (U+0300–036F and the other common blocks): they belong to the letter before.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_dash(c: char) -> bool {
    c == '-' || c == '\u{2010}' || c == '\u{2011}'
}

impl<'h> Scanner<'h> {
    fn peek_char(&self, at: usize) -> Option<char> {
        self.text.get(at..).and_then(|s| s.chars().next())
    }

    fn run(&mut self, out: &mut Vec<Token<'h>>) {
        let mut newlines = 2usize; // the start of the text counts as a paragraph start
        let mut spaced = true;
        while self.pos < self.bytes.len() {
            let b = self.bytes[self.pos];
            // Whitespace: count line breaks to tell a wrapped line from a paragraph break.
            if b == b'\n' {
                newlines += 1;
                spaced = true;
                self.pos += 1;
                continue;
            }
            if b == b' ' || b == b'\t' || b == b'\r' || b == 0x0B || b == 0x0C {
                spaced = true;
                self.pos += 1;
                continue;
            }
            let c = self.peek_char(self.pos).unwrap_or('\0');
            if !c.is_ascii() && c.is_whitespace() {
                if c == '\u{2028}' || c == '\u{2029}' {
                    newlines += 1;
                }
                spaced = true;
                self.pos += c.len_utf8();
                continue;
            }
            // Markdown emphasis is transparent: "**Marek Jońca**" gives the tokens of the name.
            if (b == b'*' || b == b'_') && self.skip_emphasis() {
                continue;
            }
            let start = self.pos;
            let kind = self.scan_token();
            let end = self.pos;
            let gap = if newlines >= 2 {
                Gap::Paragraph
            } else if spaced {
                Gap::Space
            } else {
                Gap::None
            };
            let text = &self.text[start..end];
            out.push(Token {
                text,
                span: Span::new(start, end),
                kind,
                shape: shape_of(text, kind),
                gap,
                line_start: newlines >= 1,
                sentence_start: false,
            });
            newlines = 0;
            spaced = false;
        }
    }

    /// Skip a run of `*` or `_` used as emphasis; a lone "* " at a line start is a bullet.
    fn skip_emphasis(&mut self) -> bool {
        let b = self.bytes[self.pos];
        let run = self.bytes[self.pos..].iter().take_while(|&&x| x == b).count();
        let after = self.peek_char(self.pos + run);
        let before = self.text[..self.pos].chars().next_back();
        let touches_word = after.is_some_and(|c| !c.is_whitespace()) || before.is_some_and(|c| !c.is_whitespace());
        if run == 1 && b == b'*' && after.is_some_and(char::is_whitespace) && before.is_none_or(|c| c == '\n') {
            return false; // a bullet: let it be a punctuation token
        }
        if run >= 2 || touches_word {
            // An underscore inside a word ("snake_case") is part of it, not emphasis.
            if b == b'_' && run == 1 && before.is_some_and(is_word_char) && after.is_some_and(is_word_char) {
                return false;
            }
            self.pos += run;
            return true;
        }
        false
    }

    fn scan_token(&mut self) -> TokenKind {
        let rest = &self.text[self.pos..];
        if let Some(n) = url_len(rest) {
            self.pos += n;
            return TokenKind::Url;
        }
        if let Some(n) = email_len(rest) {
            self.pos += n;
            return TokenKind::Email;
        }
        let c = rest.chars().next().unwrap_or('\0');
        if c.is_uppercase() && is_initial(rest, c.len_utf8()) {
            self.pos += c.len_utf8() + 1;
            return TokenKind::Abbrev;
        }
        if c.is_alphabetic() {
            if let Some((end, _)) = abbreviation_at(self.text, self.pos) {
                self.pos = end;
                return TokenKind::Abbrev;
            }
        }
        if is_word_char(c) {
            return self.scan_word();
        }
        if rest.starts_with("...") {
            self.pos += 3;
            return TokenKind::Punct;
        }
        // A grapheme cluster, so emoji sequences and stray combining marks stay whole.
        let g = rest.graphemes(true).next().map_or(c.len_utf8(), str::len);
        self.pos += g.max(1);
        if c.is_ascii_punctuation() || is_unicode_punct(c) {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        }
    }

    /// A word or number: word characters joined by inner hyphens, and for numbers by inner
    /// dots, commas, slashes or a thousands space.
    fn scan_word(&mut self) -> TokenKind {
        let start = self.pos;
        let mut all_digits = true;
        loop {
            // One run of word characters.
            while let Some(c) = self.peek_char(self.pos) {
                if !is_word_char(c) {
                    break;
                }
                all_digits &= c.is_ascii_digit();
                self.pos += c.len_utf8();
            }
            let Some(sep) = self.peek_char(self.pos) else {
                break;
            };
            let next = self.peek_char(self.pos + sep.len_utf8());
            let prev_digit = self.bytes[self.pos - 1].is_ascii_digit();
            let joins = match sep {
                s if is_dash(s) => next.is_some_and(is_word_char),
                '.' | ',' | ':' | '/' => prev_digit && next.is_some_and(|n| n.is_ascii_digit()) && all_digits,
                '\'' | '’' => !all_digits && next.is_some_and(char::is_alphabetic),
                ' ' => all_digits && thousands_group(&self.text[self.pos + 1..]) && self.pos - start <= 3,
                _ => false,
            };
            if !joins {
                break;
            }
            self.pos += sep.len_utf8();
            if !next.is_some_and(|n| n.is_ascii_digit()) {
                all_digits = false;
            }
        }
        if all_digits {
            TokenKind::Number
        } else {
            TokenKind::Word
        }
    }
}

/// "J. Kowalski": one capital, a dot, a space and another capital.
fn is_initial(rest: &str, letter_len: usize) -> bool {
    let after = &rest[letter_len..];
    let Some(tail) = after.strip_prefix('.') else {
        return false;
    };
    let mut cs = tail.chars();
    cs.next() == Some(' ') && cs.next().is_some_and(char::is_uppercase)
}

fn is_unicode_punct(c: char) -> bool {
    matches!(c, '„' | '”' | '“' | '‚' | '’' | '‘' | '«' | '»' | '–' | '—' | '…' | '•' | '·' | '§' | '¿' | '¡')
}

/// Three digits and then no further digit: the second group of "1 500".
fn thousands_group(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 3 && b[..3].iter().all(u8::is_ascii_digit) && !b.get(3).is_some_and(u8::is_ascii_digit)
}

fn url_len(s: &str) -> Option<usize> {
    let lower_starts = |p: &str| s.len() >= p.len() && s.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    if !(lower_starts("http://") || lower_starts("https://") || lower_starts("www.")) {
        return None;
    }
    let mut n = s
        .find(|c: char| c.is_whitespace() || c == '"' || c == '<' || c == '>' || c == '„' || c == '”')
        .unwrap_or(s.len());
    // Trailing sentence punctuation belongs to the sentence, not the address.
    while n > 0 && matches!(s.as_bytes()[n - 1], b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b'\'') {
        n -= 1;
    }
    (n > 4).then_some(n)
}

/// Length of an e-mail address at the start of `s`.
fn email_len(s: &str) -> Option<usize> {
    let local =
        s.bytes().take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')).count();
    if local == 0 || s.as_bytes().get(local) != Some(&b'@') {
        return None;
    }
    email_domain_len(&s[local + 1..]).map(|d| local + 1 + d)
}

/// Length of "domain.tld" after an '@', when it looks like one.
fn email_domain_len(s: &str) -> Option<usize> {
    let n = s.find(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-')).unwrap_or(s.len());
    let mut d = &s[..n];
    while d.ends_with('.') {
        d = &d[..d.len() - 1];
    }
    let dot = d.rfind('.')?;
    (dot > 0 && d.len() - dot > 2).then_some(d.len())
}

fn shape_of(text: &str, kind: TokenKind) -> Shape {
    if !matches!(kind, TokenKind::Word | TokenKind::Abbrev) {
        return Shape::Other;
    }
    let mut chars = text.chars().filter(|c| c.is_alphabetic());
    let Some(first) = chars.next() else {
        return Shape::Other;
    };
    if !first.is_uppercase() {
        return Shape::Lower;
    }
    let mut upper_rest = true;
    let mut any_rest = false;
    for c in chars {
        any_rest = true;
        if c.is_lowercase() {
            upper_rest = false;
            break;
        }
    }
    if any_rest && upper_rest {
        Shape::Upper
    } else {
        Shape::Capitalized
    }
}

/// Set `sentence_start` from paragraph breaks and sentence-final punctuation.
fn mark_sentences(tokens: &mut [Token<'_>]) {
    let mut boundary = true;
    for i in 0..tokens.len() {
        let t = tokens[i];
        // A bullet at a line start opens a new list item, which is a sentence of its own.
        if t.gap == Gap::Paragraph || (t.line_start && matches!(t.text, "-" | "•" | "*" | "–")) {
            boundary = true;
        }
        if boundary && t.kind != TokenKind::Punct {
            tokens[i].sentence_start = true;
            boundary = false;
        }
        let ends = match t.kind {
            TokenKind::Punct => matches!(t.text, "." | "!" | "?" | "..." | "…"),
            TokenKind::Abbrev => {
                let closing = abbreviation_at(t.text, 0).is_some_and(|(_, k)| k == AbbrevKind::Closing);
                closing
                    && tokens
                        .get(i + 1)
                        .is_some_and(|n| n.gap != Gap::None && n.shape != Shape::Lower && n.kind == TokenKind::Word)
            }
            _ => false,
        };
        if ends {
            boundary = true;
        }
    }
}

#[cfg(test)]
mod tests;
