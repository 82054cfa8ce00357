//! The `polner` command: entities of Polish articles, readable or as JSONL.

use polner::jsonl::{parse_line, Line};
use polner::{CharOffsets, CivilDate, DateStyle, Document, Extractor, Lexicon};
use serde::Serialize;
use serde_json::Value;
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Condvar, Mutex};
use std::time::Instant;

const USAGE: &str = "\
polner — people, titles, institutions, dates and places in Polish press text

USAGE:
    polner [OPTIONS] [FILE...]          one article per file (or stdin), readable output
    polner --jsonl [OPTIONS] [FILE]     JSONL in, JSONL out (stdin when no FILE)
    polner lookup FORM...               what the embedded lexicon knows of a form
    polner compile-lexicon OUT.fst IN.tsv...
                                        compile TSV lexicons into the fast format

OPTIONS:
    --jsonl             input lines {\"id\", \"text\", \"date\"?}; output lines
                        {\"id\", \"entities\": [...], \"roles\": [...]}
    --json              one JSON document per input file instead of readable text
    --date YYYY-MM-DD   the articles' date, for \"br.\", \"wczoraj\" and bare day-months
    --date-style STYLE  date extents: nkjp (default) or timex3 (TimeML: ranges split
                        into their ends, weekdays and \"końca\"/\"połowy\" included)
    --lexicon FILE      add a user lexicon (TSV: form, lemma, kind, attrs); repeatable
    --threads N         worker threads for --jsonl (default: all cores)
    --progress          show progress on stderr (default: when stderr is a terminal)
    -h, --help          this text
";

struct Args {
    jsonl: bool,
    json: bool,
    date: Option<CivilDate>,
    date_style: DateStyle,
    lexicons: Vec<PathBuf>,
    threads: usize,
    progress: bool,
    files: Vec<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    use lexopt::prelude::*;
    let mut p = lexopt::Parser::from_env();
    let mut a = Args {
        jsonl: false,
        json: false,
        date: None,
        date_style: DateStyle::Nkjp,
        lexicons: Vec::new(),
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        progress: io::stderr().is_terminal(),
        files: Vec::new(),
    };
    while let Some(arg) = p.next().map_err(|e| e.to_string())? {
        match arg {
            Long("jsonl") => a.jsonl = true,
            Long("json") => a.json = true,
            Long("date") => {
                let v: String = p.value().map_err(|e| e.to_string())?.string().map_err(|e| e.to_string())?;
                a.date =
                    Some(CivilDate::parse_iso(&v).ok_or_else(|| format!("--date: {v:?} is not a date (YYYY-MM-DD)"))?);
            }
            Long("date-style") => {
                let v: String = p.value().map_err(|e| e.to_string())?.string().map_err(|e| e.to_string())?;
                a.date_style = v.parse().map_err(|e| format!("--date-style: {e}"))?;
            }
            Long("lexicon") => a.lexicons.push(p.value().map_err(|e| e.to_string())?.into()),
            Long("threads") => {
                let v: String = p.value().map_err(|e| e.to_string())?.string().map_err(|e| e.to_string())?;
                a.threads = v
                    .parse()
                    .ok()
                    .filter(|&n: &usize| n > 0)
                    .ok_or_else(|| format!("--threads: {v:?} is not a positive number"))?;
            }
            Long("progress") => a.progress = true,
            Short('h') | Long("help") => {
                print!("{USAGE}");
                std::process::exit(0);
            }
            Value(v) => a.files.push(v.into()),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    Ok(a)
}

fn main() -> ExitCode {
    // A defect must never show users a backtrace: one line, and the affected document is
    // reported by the caller (see run_jsonl).
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!("polner: internal error{at}; please report it with the input");
    }));
    let raw: Vec<String> = std::env::args().collect();
    if raw.get(1).map(String::as_str) == Some("compile-lexicon") {
        return compile_lexicon(&raw[2..]);
    }
    if raw.get(1).map(String::as_str) == Some("lookup") {
        return lookup(&raw[2..]);
    }
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("polner: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut b = Extractor::builder();
    if let Some(d) = args.date {
        b.document_date(d);
    }
    b.date_style(args.date_style);
    for path in &args.lexicons {
        if let Err(e) = b.lexicon_tsv(path) {
            eprintln!("polner: lexicon {e}");
            return ExitCode::from(2);
        }
    }
    let extractor = b.build();
    let ok = if args.jsonl { run_jsonl(&extractor, &args) } else { run_files(&extractor, &args) };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn compile_lexicon(args: &[String]) -> ExitCode {
    let [out, inputs @ ..] = args else {
        eprintln!("usage: polner compile-lexicon OUT.fst IN.tsv...");
        return ExitCode::from(2);
    };
    let mut texts = Vec::new();
    for p in inputs {
        match std::fs::read_to_string(p) {
            Ok(t) => texts.push((p.as_str(), t)),
            Err(e) => {
                eprintln!("polner: {p}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let lex = match Lexicon::from_tsv_sources(texts.iter().map(|(p, t)| (*p, t.as_str()))) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("polner: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::write(out, lex.to_bytes()) {
        eprintln!("polner: {out}: {e}");
        return ExitCode::FAILURE;
    }
    eprintln!("polner: wrote {out}: {} keys, {} bytes", lex.len(), lex.to_bytes().len());
    ExitCode::SUCCESS
}

fn lookup(forms: &[String]) -> ExitCode {
    let lex = Lexicon::embedded();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    // A closed pipe (`polner lookup ... | head -1`) ends the listing quietly.
    match write_lookup(&lex, forms, &mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("polner: stdout: {e}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

fn write_lookup(lex: &Lexicon, forms: &[String], out: &mut impl Write) -> std::io::Result<()> {
    for form in forms {
        let readings = lex.lookup(form);
        if readings.is_empty() {
            writeln!(out, "{form}: not in the lexicon")?;
        }
        for r in readings {
            let g = r.gender.map_or(String::new(), |g| format!(" {g:?}"));
            let cases: Vec<&str> = polner::lexicon::Cases::NAMES
                .iter()
                .enumerate()
                .filter(|(i, _)| r.cases.0 & (1 << i) != 0)
                .map(|(_, n)| *n)
                .collect();
            let flags = [(r.plural, "pl"), (r.guessed, "guessed"), (r.common, "common")]
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, n)| *n)
                .collect::<Vec<_>>()
                .join(",");
            writeln!(
                out,
                "{form}: {} → {}{g} [{}] sub={} freq=2^{} {flags} {}",
                r.kind.as_str(),
                r.lemma,
                cases.join(","),
                r.sub.unwrap_or("-"),
                r.freq,
                r.extra.as_deref().unwrap_or("")
            )?;
        }
    }
    Ok(())
}

/// Read a whole input as UTF-8, or say where it is not.
fn read_text(name: &str, bytes: Vec<u8>) -> Result<String, String> {
    String::from_utf8(bytes)
        .map_err(|e| format!("{name}: not UTF-8 text: invalid byte at offset {}", e.utf8_error().valid_up_to()))
}

fn run_files(ex: &Extractor, args: &Args) -> bool {
    let mut ok = true;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let inputs: Vec<Option<&PathBuf>> =
        if args.files.is_empty() { vec![None] } else { args.files.iter().map(Some).collect() };
    for input in inputs {
        let (name, bytes) = match input {
            Some(p) => match std::fs::read(p) {
                Ok(b) => (p.display().to_string(), b),
                Err(e) => {
                    eprintln!("polner: {}: {e}", p.display());
                    ok = false;
                    continue;
                }
            },
            None => {
                let mut b = Vec::new();
                if let Err(e) = io::stdin().read_to_end(&mut b) {
                    eprintln!("polner: stdin: {e}");
                    return false;
                }
                ("<stdin>".to_owned(), b)
            }
        };
        let text = match read_text(&name, bytes) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("polner: {e}");
                ok = false;
                continue;
            }
        };
        let doc = ex.extract(&text);
        let res = if args.json {
            writeln!(out, "{}", doc_json(&Value::String(name.clone()), &text, &doc))
        } else {
            print_readable(&mut out, &name, &text, &doc)
        };
        if res.is_err() {
            return ok; // stdout closed (a pipe to `head`): stop quietly
        }
    }
    ok && out.flush().is_ok()
}

fn print_readable(out: &mut impl Write, name: &str, text: &str, doc: &Document) -> io::Result<()> {
    let chars = CharOffsets::new(text);
    match &doc.date {
        Some(d) => writeln!(out, "== {name} (dated {d})")?,
        None => writeln!(out, "== {name}")?,
    }
    for e in &doc.entities {
        let r = chars.chars(e.span);
        let base = e.value.as_deref().unwrap_or(&e.lemma);
        let shown = polner_one_line(&e.text);
        let mut extra = String::new();
        if let Some(x) = &e.expansion {
            extra = format!("  (= {x})");
        }
        if let Some(k) = e.place.as_ref().and_then(|p| p.kind.as_deref()) {
            extra = format!("  [{k}]");
        }
        writeln!(out, "{:<12} {:>6}-{:<6} {:<45} → {}{}", e.label.as_str(), r.start, r.end, shown, base, extra)?;
    }
    if !doc.roles.is_empty() {
        writeln!(out, "roles:")?;
        for (p, t, o) in doc.role_triples() {
            writeln!(out, "  {p} — {t} — {}", o.unwrap_or("(not named)"))?;
        }
    }
    writeln!(out)
}

fn polner_one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The JSON line of one document: code-point offsets for Python, byte offsets for the rest.
///
/// Serialised straight from borrowed fields (no `serde_json::Value` tree, which cost about 1 KB
/// per entity: 1.8 GB for a 50 MB article). Keys stay in the sorted order the `Value` gave.
fn doc_json(id: &Value, text: &str, doc: &Document) -> String {
    let chars = CharOffsets::new(text);
    let mut w = DocWriter::new(id, doc.date.as_deref());
    w.piece(&chars, doc);
    w.finish()
}

/// Builds one document's JSON line piece by piece ([`Extractor::extract_pieces`]), so only the
/// output and one piece's entities are in memory at once, however long the document.
struct DocWriter {
    out: String,
    first: bool,
    roles: Vec<(String, String, Option<String>)>,
    id: String,
}

impl DocWriter {
    fn new(id: &Value, date: Option<&str>) -> Self {
        // Keys keep the sorted order of the earlier serde_json::Value output: date, entities, id, roles.
        let mut out = String::from("{");
        if let Some(d) = date {
            out.push_str("\"date\":");
            out.push_str(&serde_json::to_string(d).expect("a string serialises"));
            out.push(',');
        }
        out.push_str("\"entities\":[");
        let id = serde_json::to_string(id).expect("a JSON value serialises");
        DocWriter { out, first: true, roles: Vec::new(), id }
    }

    fn piece(&mut self, chars: &CharOffsets, doc: &Document) {
        for e in &doc.entities {
            let r = chars.chars(e.span);
            let ent = Ent {
                byte_end: e.span.end,
                byte_start: e.span.start,
                end: r.end,
                expansion: e.expansion.as_deref(),
                label: e.label.as_str(),
                lemma: &e.lemma,
                person: e.person.as_ref().map(|p| Person {
                    family: p.family.as_deref(),
                    gender: p.gender,
                    given: p.given.as_deref(),
                }),
                place: e.place.as_ref(),
                rule: &e.origin.rule,
                start: r.start,
                text: &e.text,
                value: e.value.as_deref(),
            };
            if !self.first {
                self.out.push(',');
            }
            self.first = false;
            self.out.push_str(&serde_json::to_string(&ent).expect("serialising plain strings and numbers cannot fail"));
        }
        self.roles
            .extend(doc.role_triples().into_iter().map(|(p, t, o)| (p.to_owned(), t.to_owned(), o.map(str::to_owned))));
    }

    fn finish(mut self) -> String {
        self.out.push_str("],\"id\":");
        self.out.push_str(&self.id);
        self.out.push_str(",\"roles\":");
        let roles: Vec<RoleOut<'_>> =
            self.roles.iter().map(|(p, t, o)| RoleOut { of: o.as_deref(), person: p, title: t }).collect();
        self.out.push_str(&serde_json::to_string(&roles).expect("strings serialise"));
        self.out.push('}');
        self.out
    }
}

#[derive(Serialize)]
struct Ent<'a> {
    byte_end: usize,
    byte_start: usize,
    end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    expansion: Option<&'a str>,
    label: &'static str,
    lemma: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    person: Option<Person<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    place: Option<&'a polner::PlaceInfo>,
    rule: &'a str,
    start: usize,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<&'a str>,
}

#[derive(Serialize)]
struct Person<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    family: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    gender: Option<polner::Gender>,
    #[serde(skip_serializing_if = "Option::is_none")]
    given: Option<&'a str>,
}

#[derive(Serialize)]
struct RoleOut<'a> {
    of: Option<&'a str>,
    person: &'a str,
    title: &'a str,
}

/// One parsed input line, ready for a worker.
struct Job {
    seq: usize,
    line_no: usize,
    id: Value,
    text: String,
    date: Option<CivilDate>,
    /// Input bytes of the line, for progress.
    bytes: usize,
}

fn run_jsonl(ex: &Extractor, args: &Args) -> bool {
    if args.files.len() > 1 {
        eprintln!("polner: --jsonl takes one input file (or stdin)");
        return false;
    }
    let reader: Box<dyn BufRead + Send> = match args.files.first() {
        Some(p) => match std::fs::File::open(p) {
            Ok(f) => Box::new(io::BufReader::with_capacity(1 << 16, f)),
            Err(e) => {
                eprintln!("polner: {}: {e}", p.display());
                return false;
            }
        },
        None => Box::new(io::BufReader::new(io::stdin())),
    };
    let name = args.files.first().map_or("<stdin>".to_owned(), |p| p.display().to_string());
    let threads = args.threads;
    // Bounded queues, and a window on how far reading may run ahead of writing, keep memory
    // flat however long the input is and however slow one document is.
    let (job_tx, job_rx) = mpsc::sync_channel::<Job>(threads * 2);
    let job_rx = Arc::new(Mutex::new(job_rx));
    let (res_tx, res_rx) = mpsc::sync_channel::<Done>(threads * 2);
    let window = Arc::new(Window {
        written: Mutex::new(0),
        cond: Condvar::new(),
        stop: AtomicBool::new(false),
        ahead: threads * 8,
    });
    let failed = AtomicBool::new(false);
    let mut ok = true;
    std::thread::scope(|s| {
        let reader_handle = s.spawn({
            let (name, res_tx, window) = (name.clone(), res_tx.clone(), window.clone());
            move || read_jobs(reader, &name, job_tx, res_tx, &window)
        });
        for _ in 0..threads {
            let (job_rx, res_tx, name, failed) = (job_rx.clone(), res_tx.clone(), name.clone(), &failed);
            s.spawn(move || loop {
                let job = {
                    let Ok(guard) = job_rx.lock() else { return };
                    guard.recv()
                };
                let Ok(job) = job else { return };
                // A bug in the extractor must not cost the other documents: report the line
                // and keep the output order with an empty slot.
                let line = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    let chars = CharOffsets::new(&job.text);
                    // The writer starts with the first piece, which carries the document's date.
                    let mut w: Option<DocWriter> = None;
                    ex.extract_pieces(&job.text, job.date, |piece| {
                        w.get_or_insert_with(|| DocWriter::new(&job.id, piece.date.as_deref())).piece(&chars, &piece);
                    });
                    w.unwrap_or_else(|| DocWriter::new(&job.id, None)).finish()
                }));
                let line = line.unwrap_or_else(|_| {
                    eprintln!(
                        "polner: {name}: line {}: internal error while extracting; the document is skipped",
                        job.line_no
                    );
                    failed.store(true, Ordering::Relaxed);
                    String::new()
                });
                if res_tx.send(Done { seq: job.seq, doc: true, bytes: job.bytes, line }).is_err() {
                    return;
                }
            });
        }
        // Only the workers hold the queues now: once they are gone (stdout closed), the reader's
        // next send fails instead of waiting forever.
        drop(res_tx);
        drop(job_rx);
        ok &= write_in_order(res_rx, args.progress, &window);
        // The writer may have stopped early (stdout closed): release the reader.
        window.stop.store(true, Ordering::Relaxed);
        window.cond.notify_all();
        ok &= reader_handle.join().unwrap_or(false);
    });
    ok && !failed.load(Ordering::Relaxed)
}

/// How far the reader may run ahead of the writer, in lines.
struct Window {
    written: Mutex<usize>,
    cond: Condvar,
    stop: AtomicBool,
    ahead: usize,
}

impl Window {
    /// Wait until line `seq` may be read; false when the run is stopping.
    fn admit(&self, seq: usize) -> bool {
        let Ok(mut written) = self.written.lock() else { return false };
        while seq >= *written + self.ahead {
            if self.stop.load(Ordering::Relaxed) {
                return false;
            }
            written = match self.cond.wait_timeout(written, std::time::Duration::from_millis(100)) {
                Ok((w, _)) => w,
                Err(_) => return false,
            };
        }
        !self.stop.load(Ordering::Relaxed)
    }

    fn advance(&self, to: usize) {
        if let Ok(mut w) = self.written.lock() {
            *w = to;
        }
        self.cond.notify_all();
    }
}

/// A finished line: its place in the input, whether it was a document, the input bytes, and
/// the output line (empty for a line that could not be read).
struct Done {
    seq: usize,
    doc: bool,
    bytes: usize,
    line: String,
}

/// Reads lines and hands documents to the workers; bad lines are reported and skipped, and an
/// empty placeholder keeps the output order. Returns false when any line was bad.
fn read_jobs(
    mut reader: Box<dyn BufRead + Send>,
    name: &str,
    jobs: mpsc::SyncSender<Job>,
    results: mpsc::SyncSender<Done>,
    window: &Window,
) -> bool {
    let mut ok = true;
    let mut buf = Vec::new();
    let mut line_no = 0;
    let mut seq = 0;
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("polner: {name}: read error after line {line_no}: {e}");
                return false;
            }
        }
        line_no += 1;
        if !window.admit(seq) {
            return ok;
        }
        match parse_line(line_no, &buf) {
            Ok(Some(Line { id, text, date, warning })) => {
                if let Some(w) = warning {
                    eprintln!("polner: {name}: {w}");
                    ok = false;
                }
                if jobs.send(Job { seq, line_no, id, text, date, bytes: buf.len() }).is_err() {
                    return false;
                }
                seq += 1;
            }
            Ok(None) => {}
            Err(e) => {
                eprintln!("polner: {name}: {e}");
                ok = false;
                // An empty result keeps the sequence dense, so the writer never waits for it.
                if results.send(Done { seq, doc: false, bytes: buf.len(), line: String::new() }).is_err() {
                    return false;
                }
                seq += 1;
            }
        }
    }
    ok
}

fn write_in_order(results: mpsc::Receiver<Done>, progress: bool, window: &Window) -> bool {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut pending: std::collections::BTreeMap<usize, String> = std::collections::BTreeMap::new();
    let mut next = 0;
    let started = Instant::now();
    let mut last_report = Instant::now();
    let (mut docs, mut bytes) = (0usize, 0usize);
    let report = |docs: usize, bytes: usize, end: &str| {
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        eprint!("\rpolner: {docs} documents, {:.1} MB, {:.1} MB/s{end}", bytes as f64 / 1e6, bytes as f64 / 1e6 / secs);
    };
    for done in results {
        pending.insert(done.seq, done.line);
        docs += usize::from(done.doc);
        bytes += done.bytes;
        while let Some(line) = pending.remove(&next) {
            // A closed stdout (a pipe to `head`) ends the run quietly.
            if !line.is_empty() && writeln!(out, "{line}").is_err() {
                return false;
            }
            next += 1;
        }
        window.advance(next);
        if progress && last_report.elapsed().as_millis() >= 500 {
            last_report = Instant::now();
            report(docs, bytes, "");
        }
    }
    if progress {
        report(docs, bytes, "\n");
    }
    out.flush().is_ok()
}
