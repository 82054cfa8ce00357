//! Stage 2: look tokens up in the lexicons (gazetteers), across several tokens at once.
//!
//! A lexicon is one fst set of `form \0 payload` keys (see [`entry`]), with forms lower-cased
//! and words joined by one space. Looking up walks the automaton token by token, so
//! "Ostrowi Mazowieckiej" and "Urzędu Marszałkowskiego Województwa Podlaskiego" are found
//! in one pass without building strings, and the embedded lexicon loads without parsing.

pub mod entry;
pub mod guess;
pub(crate) mod ordinary;
mod tsv;

pub use entry::{Cases, EntryKind, Gram, Reading};

use crate::error::LoadError;
use crate::tokenize::{Shape, Token, TokenKind};
use fst::raw::{CompiledAddr, Fst, Node};
use std::borrow::Cow;
use std::path::Path;

/// A compiled lexicon.
#[derive(Clone)]
pub struct Lexicon {
    fst: Fst<Cow<'static, [u8]>>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lexicon({} keys, {} bytes)", self.fst.len(), self.fst.as_bytes().len())
    }
}

/// First byte of the marker keys (see `from_keys`); never the first byte of a form.
const LOWER_MARK: u8 = 2;

/// Longest multi-word name looked up, in tokens.
const MAX_TOKENS: usize = 12;

/// A lexicon match: tokens `start..end`, and where its readings sit in the arena that
/// [`Lexicon::matches_at`] filled (one document's readings live in one vector, and a word seen
/// again shares the readings of its first occurrence).
#[derive(Debug, Clone)]
pub(crate) struct LexMatch {
    /// One past the last token.
    pub end: usize,
    /// Indices into the arena.
    pub readings: std::ops::Range<usize>,
}

/// The root of a lexicon's automaton and the node after the marker byte (see
/// [`Lexicon::starts`]).
#[derive(Clone, Copy)]
pub(crate) struct Starts<'f> {
    root: Node<'f>,
    marker: Option<Node<'f>>,
}

/// What a word gives on its own (see [`Lexicon::first_word`]).
#[derive(Debug, Clone)]
pub(crate) struct FirstWord {
    /// The single-token readings, as indices into the arena (empty when none).
    pub readings: std::ops::Range<usize>,
    /// The automaton node after the word and a space, when some longer form goes on there.
    pub next: Option<CompiledAddr>,
    /// The kinds among the readings, a bit per [`EntryKind::code`].
    pub kinds: u8,
}

impl Lexicon {
    /// A lexicon from compiled bytes (as written by [`Lexicon::to_bytes`]).
    pub fn from_bytes(bytes: Cow<'static, [u8]>) -> Result<Lexicon, LoadError> {
        let fst = Fst::new(bytes).map_err(|e| LoadError::new("<compiled lexicon>", 0, e.to_string()))?;
        Ok(Lexicon { fst })
    }

    /// The default lexicon embedded in the crate (shared, built on first use).
    pub fn embedded() -> std::sync::Arc<Lexicon> {
        crate::data::default_lexicon()
    }

    /// Compile TSV text (`form<TAB>lemma<TAB>kind<TAB>attrs`, see the crate docs).
    /// `name` is used in error messages.
    pub fn from_tsv(name: &str, tsv: &str) -> Result<Lexicon, LoadError> {
        let keys = tsv::parse(name, tsv)?;
        Self::from_keys(keys)
    }

    /// Compile a TSV file.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Lexicon, LoadError> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|e| LoadError::new(path, 0, e.to_string()))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            LoadError::new(path, 0, format!("not UTF-8 at byte {at}"))
        })?;
        Self::from_tsv(&path.display().to_string(), &text)
    }

    /// Compile several TSV sources into one lexicon (as the gazetteer build does).
    pub fn from_tsv_sources<'a>(sources: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Lexicon, LoadError> {
        let mut keys = Vec::new();
        for (name, text) in sources {
            keys.extend(tsv::parse(name, text)?);
        }
        Self::from_keys(keys)
    }

    fn from_keys(mut keys: Vec<Vec<u8>>) -> Result<Lexicon, LoadError> {
        // Marker keys `\x02 first-word` list the words a title or a multi-word place can start
        // with, so a lower-case token that starts neither is dismissed without a full walk.
        let mut markers = Vec::new();
        for k in &keys {
            let Some(sep) = k.iter().position(|&b| b == 0) else { continue };
            let kind = k.get(sep + 1).copied();
            let form = &k[..sep];
            let multi = form.contains(&b' ');
            if kind == Some(EntryKind::Title.code()) || (kind == Some(EntryKind::Place.code()) && multi) {
                let first = form.split(|&b| b == b' ').next().unwrap_or(form);
                let mut m = Vec::with_capacity(first.len() + 1);
                m.push(LOWER_MARK);
                m.extend_from_slice(first);
                markers.push(m);
            }
        }
        keys.extend(markers);
        keys.sort_unstable();
        keys.dedup();
        let set = fst::Set::from_iter(keys).map_err(|e| LoadError::new("<lexicon>", 0, e.to_string()))?;
        let bytes = set.into_fst().into_inner();
        Self::from_bytes(Cow::Owned(bytes))
    }

    /// The compiled bytes, for embedding.
    pub fn to_bytes(&self) -> &[u8] {
        self.fst.as_bytes()
    }

    /// Number of (form, reading) keys.
    pub fn len(&self) -> usize {
        self.fst.len()
    }

    /// True for a lexicon without entries.
    pub fn is_empty(&self) -> bool {
        self.fst.len() == 0
    }

    /// All readings of one form (a single word or words joined by spaces).
    pub fn lookup(&self, form: &str) -> Vec<Reading> {
        let mut node = self.fst.root();
        let mut lower = String::with_capacity(form.len());
        for c in form.chars() {
            push_lower(&mut lower, c);
        }
        for &b in lower.as_bytes() {
            match step(&self.fst, node, b) {
                Some(n) => node = n,
                None => return Vec::new(),
            }
        }
        let mut out = Vec::new();
        if let Some(n) = step(&self.fst, node, 0) {
            self.readings_at(n, &lower, &mut out);
        }
        out
    }

    /// The nodes every word's walk starts from, decoded once for a document.
    pub(crate) fn starts(&self) -> Starts<'_> {
        let root = self.fst.root();
        Starts { root, marker: step(&self.fst, root, LOWER_MARK) }
    }

    /// Every lexicon match that starts at token `start`, shortest first.
    ///
    /// A lower-case word starts only titles ("zastępca dyrektora") and unit phrases
    /// ("gminy Turośń Kościelna"), so from such a token only those readings are decoded: most
    /// tokens are lower-case, and many are also, say, village names.
    #[cfg(test)]
    pub(crate) fn matches_at(
        &self,
        tokens: &[Token<'_>],
        start: usize,
        out: &mut Vec<LexMatch>,
        arena: &mut Vec<Reading>,
    ) {
        let Some(tok) = tokens.get(start) else { return };
        let mut form: String = tok.text.chars().flat_map(char::to_lowercase).collect();
        let first = self.first_word(&self.starts(), tok, &form, arena);
        if !first.readings.is_empty() {
            out.push(LexMatch { end: start + 1, readings: first.readings.clone() });
        }
        if let Some(next) = first.next {
            form.push(' ');
            self.continue_from(tokens, start, next, &mut form, out, arena);
        }
    }

    /// The single-token match of `tok`, lower-cased `word` (its readings pushed to `arena`),
    /// and where a multi-word walk goes on. It depends on the token's lower-cased text and on
    /// whether it is lower-case alone, so a caller may reuse it for the same word elsewhere.
    pub(crate) fn first_word(
        &self,
        starts: &Starts<'_>,
        tok: &Token<'_>,
        word: &str,
        arena: &mut Vec<Reading>,
    ) -> FirstWord {
        let none = FirstWord { readings: 0..0, next: None, kinds: 0 };
        let lower_start = tok.shape == Shape::Lower;
        if lower_start && !self.may_start_lower(starts, tok.text) {
            return none;
        }
        // `word` is the token lower-cased as `walk_token` would, so its bytes are the path.
        let mut node = starts.root;
        for &b in word.as_bytes() {
            match step(&self.fst, node, b) {
                Some(n) => node = n,
                None => return none,
            }
        }
        let from = arena.len();
        if let Some(i) = node.find_input(0) {
            let payloads = self.fst.node(node.transition(i).addr);
            self.decode_payloads(payloads, lower_start, false, word, arena);
        }
        let next = node.find_input(b' ').map(|i| node.transition(i).addr);
        let kinds = arena[from..].iter().fold(0, |k, r| k | r.kind.bit());
        FirstWord { readings: from..arena.len(), next, kinds }
    }

    /// The matches of more than one token from `start`, shortest first, given the node after
    /// the first word and a space (`form` holds that much).
    pub(crate) fn continue_from(
        &self,
        tokens: &[Token<'_>],
        start: usize,
        next: CompiledAddr,
        form: &mut String,
        out: &mut Vec<LexMatch>,
        arena: &mut Vec<Reading>,
    ) {
        let lower_start = tokens.get(start).is_some_and(|t| t.shape == Shape::Lower);
        let mut node = self.fst.node(next);
        for (j, tok) in tokens.iter().enumerate().skip(start + 1).take(MAX_TOKENS - 1) {
            if tok.kind == TokenKind::Url || tok.kind == TokenKind::Email {
                return;
            }
            if j > start + 1 {
                match step(&self.fst, node, b' ') {
                    Some(n) => node = n,
                    None => return,
                }
                form.push(' ');
            }
            if !self.walk_token(&mut node, tok.text, form) {
                return;
            }
            let Some(i) = node.find_input(0) else { continue };
            let payloads = self.fst.node(node.transition(i).addr);
            let from = arena.len();
            self.decode_payloads(payloads, lower_start, true, form, arena);
            if arena.len() > from {
                out.push(LexMatch { end: j + 1, readings: from..arena.len() });
            }
        }
    }

    /// Decode the readings below `payloads` (the node after a form's `\0`); after a lower-case
    /// first word only titles, and in a phrase of several words places.
    fn decode_payloads(
        &self,
        payloads: Node<'_>,
        lower_start: bool,
        multi: bool,
        form: &str,
        arena: &mut Vec<Reading>,
    ) {
        if !lower_start {
            self.readings_at(payloads, form, arena);
            return;
        }
        let kinds: &[EntryKind] = if multi { &[EntryKind::Title, EntryKind::Place] } else { &[EntryKind::Title] };
        for k in kinds {
            if let Some(t) = payloads.find_input(k.code()) {
                let mut path = vec![k.code()];
                self.collect(self.fst.node(payloads.transition(t).addr), &mut path, form, arena);
            }
        }
    }

    /// Walk one token's lower-cased bytes from `node`; false when the automaton has no path.
    fn walk_token<'f>(&'f self, node: &mut Node<'f>, text: &str, form: &mut String) -> bool {
        if text.is_ascii() {
            for b in text.bytes() {
                let lb = b.to_ascii_lowercase();
                match step(&self.fst, *node, lb) {
                    Some(n) => *node = n,
                    None => return false,
                }
                form.push(lb as char);
            }
            return true;
        }
        let mut buf = [0u8; 4];
        for c in text.chars() {
            for lc in c.to_lowercase() {
                for &b in lc.encode_utf8(&mut buf).as_bytes() {
                    match step(&self.fst, *node, b) {
                        Some(n) => *node = n,
                        None => return false,
                    }
                }
                form.push(lc);
            }
        }
        true
    }

    /// False when no title or multi-word place starts with this (lower-case) word. Lexicons
    /// compiled without marker keys answer true.
    fn may_start_lower(&self, starts: &Starts<'_>, word: &str) -> bool {
        let Some(mut node) = starts.marker else { return true };
        for b in word.bytes() {
            match step(&self.fst, node, b) {
                Some(n) => node = n,
                None => return false,
            }
        }
        node.is_final()
    }

    /// Decode every payload below `node` (the node right after a form's `\0`).
    fn readings_at(&self, node: Node<'_>, form: &str, out: &mut Vec<Reading>) {
        let mut path = Vec::new();
        self.collect(node, &mut path, form, out);
    }

    fn collect(&self, node: Node<'_>, path: &mut Vec<u8>, form: &str, out: &mut Vec<Reading>) {
        if node.is_final() {
            if let Some(r) = entry::decode(form, path) {
                out.push(r);
            }
        }
        // Payloads are short; bound the depth so a corrupt user fst cannot recurse without end.
        if path.len() > 512 {
            return;
        }
        for t in node.transitions() {
            path.push(t.inp);
            if t.inp == 1 && path.len() >= 7 {
                // Past the lemma, only free attributes differ (one row per TERYT locality of
                // the same name): the first of them stands for all.
                if !node.is_final() {
                    self.first_below(self.fst.node(t.addr), path, form, out);
                }
            } else {
                self.collect(self.fst.node(t.addr), path, form, out);
            }
            path.pop();
        }
    }

    /// Decode the first complete payload below `node`.
    fn first_below<'a>(&'a self, mut node: Node<'a>, path: &mut Vec<u8>, form: &str, out: &mut Vec<Reading>) {
        let base = path.len();
        while !node.is_final() && path.len() < 512 {
            let Some(t) = node.transitions().next() else { break };
            path.push(t.inp);
            node = self.fst.node(t.addr);
        }
        if node.is_final() {
            if let Some(r) = entry::decode(form, path) {
                out.push(r);
            }
        }
        path.truncate(base);
    }
}

fn step<'f>(fst: &'f Fst<Cow<'static, [u8]>>, node: Node<'f>, b: u8) -> Option<Node<'f>> {
    node.find_input(b).map(|i| fst.node(node.transition(i).addr))
}

fn push_lower(s: &mut String, c: char) {
    if c.is_ascii() {
        s.push(c.to_ascii_lowercase());
    } else {
        s.extend(c.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    const TSV: &str = "# a test lexicon\n\
        Marka\tMarek\tfirst_name\tg=m;case=gen,acc\n\
        Kosa\tKos\tsurname\tg=m;case=gen,acc\n\
        Ostrowi Mazowieckiej\tOstrów Mazowiecka\tplace\tg=f;case=gen,dat,loc;sub=city\n\
        Ostrów Mazowiecka\tOstrów Mazowiecka\tplace\tg=f;case=nom;sub=city;teryt=0921017\n";

    #[test]
    fn multi_token_lookup() {
        let lex = Lexicon::from_tsv("test", TSV).unwrap();
        let text = "w Ostrowi\nMazowieckiej spotkał Marka Kosa";
        let toks = tokenize(text);
        let mut out = Vec::new();
        let mut arena = Vec::new();
        let mut found: Vec<(&str, String)> = Vec::new();
        for i in 0..toks.len() {
            out.clear();
            lex.matches_at(&toks, i, &mut out, &mut arena);
            found.extend(out.iter().map(|m| (toks[i].text, arena[m.readings.start].lemma.clone())));
        }
        let found: Vec<(&str, &str)> = found.iter().map(|(t, l)| (*t, l.as_str())).collect();
        assert_eq!(found, [("Ostrowi", "ostrów mazowiecka"), ("Marka", "marek"), ("Kosa", "kos")]);
    }

    #[test]
    fn compiled_bytes_round_trip() {
        let lex = Lexicon::from_tsv("test", TSV).unwrap();
        let again = Lexicon::from_bytes(Cow::Owned(lex.to_bytes().to_vec())).unwrap();
        let r = again.lookup("OSTRÓW MAZOWIECKA");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].attr("teryt"), Some("0921017"));
    }
}
