//! Hostile input through the `polner` binary: it reports, it never panics, and it never loses
//! the good documents around a bad one.

use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const BIN: &str = env!("CARGO_BIN_EXE_polner");

const ARTICLE: &str = "Wydarzenie moderowała Izabela Łokić, zastępca dyrektora Departamentu \
    Rozwoju Regionalnego w Białymstoku. Spotkanie otworzył marszałek województwa podlaskiego \
    Artur Kosicki 10 grudnia 2021 r.";

/// A temp file with a name no other test (or test run) uses; removed on drop.
struct Temp(PathBuf);

impl Temp {
    fn new(name: &str, bytes: &[u8]) -> Temp {
        static N: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "polner-cli-{}-{}-{name}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::write(&path, bytes).unwrap();
        Temp(path)
    }
    fn path(&self) -> &Path {
        &self.0
    }
    fn arg(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn run(args: &[&str]) -> Output {
    let out =
        Command::new(BIN).args(args).stdin(Stdio::null()).env_remove("RUST_BACKTRACE").output().expect("run polner");
    no_panic(&out);
    out
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env_remove("RUST_BACKTRACE")
        .spawn()
        .expect("run polner");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    no_panic(&out);
    out
}

fn no_panic(out: &Output) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked") && !err.contains("RUST_BACKTRACE"), "polner panicked:\n{err}");
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn json_lines(out: &Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

fn ids(out: &Output) -> Vec<Value> {
    json_lines(out).into_iter().map(|v| v["id"].clone()).collect()
}

/// Every entity's code-point `start`/`end` slice `text` to the entity's `text`, and the byte
/// offsets agree.
fn check_offsets(text: &str, doc: &Value) {
    let chars: Vec<char> = text.chars().collect();
    let ents = doc["entities"].as_array().expect("entities array");
    for e in ents {
        let (s, t) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
        let by_chars: String = chars[s..t].iter().collect();
        assert_eq!(by_chars, e["text"].as_str().unwrap(), "{e}");
        let (bs, be) = (e["byte_start"].as_u64().unwrap() as usize, e["byte_end"].as_u64().unwrap() as usize);
        assert_eq!(&text[bs..be], e["text"].as_str().unwrap(), "{e}");
    }
}

#[test]
fn empty_file() {
    let f = Temp::new("empty.txt", b"");
    let out = run(&[f.arg()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains(f.arg()));

    let out = run(&["--json", f.arg()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["entities"], Value::Array(vec![]));

    let out = run(&["--jsonl", f.arg()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");

    let out = run_stdin(&["--jsonl"], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
}

#[test]
fn only_whitespace() {
    let ws = b" \n\n\t\r\n   \n\x0b\x0c\n";
    let f = Temp::new("ws.txt", ws);
    let out = run(&["--json", f.arg()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json_lines(&out)[0]["entities"], Value::Array(vec![]));

    // Blank JSONL lines are skipped, not errors.
    let out = run(&["--jsonl", f.arg()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");

    let out = run_stdin(&[], "\u{a0}\u{2028}\u{3000} \n".as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn binary_file() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.resize(4096, 0);
    let f = Temp::new("image.png", &png);
    for mode in [&[][..], &["--json"][..]] {
        let mut args = mode.to_vec();
        args.push(f.arg());
        let out = run(&args);
        assert!(!out.status.success());
        let err = stderr(&out);
        assert!(err.contains(f.arg()) && err.contains("offset 0"), "{err}");
        assert_eq!(stdout(&out), "", "nothing extracted from a binary file");
    }
    let out = run(&["--jsonl", f.arg()]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains(f.arg()) && err.contains("line 1") && err.contains("offset 0"), "{err}");

    // NUL bytes are valid UTF-8: such a file is text, and handled without fuss.
    let f = Temp::new("nul.txt", &[&b"Ala\0ma\0"[..], ARTICLE.as_bytes(), &[0; 64]].concat());
    let out = run(&["--json", f.arg()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(std::fs::read(f.path()).unwrap()).unwrap();
    check_offsets(&text, &json_lines(&out)[0]);
}

#[test]
fn invalid_utf8() {
    // "Zażółć " is 11 bytes, so the bad byte sits at offset 11.
    let bytes = ["Zażółć ".as_bytes(), b"\xff\xfe gesla", ARTICLE.as_bytes()].concat();
    let f = Temp::new("latin.txt", &bytes);
    let good = Temp::new("good.txt", ARTICLE.as_bytes());
    // The bad file is reported, the good one after it still extracted.
    let out = run(&["--json", f.arg(), good.arg()]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains(f.arg()) && err.contains("offset 11"), "{err}");
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], Value::String(good.arg().to_owned()));

    let out = run_stdin(&[], &bytes);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("<stdin>") && stderr(&out).contains("offset 11"));

    // In JSONL the offset is within the line, and the line is named.
    let jsonl = [
        &br#"{"id": "a", "text": "Ala"}"#[..],
        b"\n{\"id\": \"b\", \"text\": \"Za\xc5\xbc\xff\"}\n",
        br#"{"id": "c", "text": "Ola"}"#,
    ]
    .concat();
    let j = Temp::new("bad.jsonl", &jsonl);
    let out = run(&["--jsonl", j.arg()]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains(j.arg()) && err.contains("line 2") && err.contains("offset 25"), "{err}");
    assert_eq!(ids(&out), vec!["a", "c"]);
}

#[test]
fn bom_and_crlf() {
    let text = format!("\u{feff}Białystok, 10.12.2021 r.\r\n\r\n{}\r\n", ARTICLE.replace(". ", ".\r\n"));
    let f = Temp::new("bom.txt", text.as_bytes());
    let out = run(&["--json", f.arg()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = &json_lines(&out)[0];
    assert!(!doc["entities"].as_array().unwrap().is_empty(), "{doc}");
    check_offsets(&text, doc);

    // The same through --jsonl: a BOM before the first line, CRLF line ends, and CRLF (and a
    // BOM) inside the text itself.
    let line1 = serde_json::json!({"id": "bom", "text": text}).to_string();
    let line2 = serde_json::json!({"id": "plain", "text": ARTICLE}).to_string();
    let jsonl = format!("\u{feff}{line1}\r\n{line2}\r\n");
    let j = Temp::new("bom.jsonl", jsonl.as_bytes());
    let out = run(&["--jsonl", j.arg()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 2);
    check_offsets(&text, &docs[0]);
    check_offsets(ARTICLE, &docs[1]);
    // The BOM does not change what is found.
    let bare = text.trim_start_matches('\u{feff}');
    let g = Temp::new("nobom.txt", bare.as_bytes());
    let out = run(&["--json", g.arg()]);
    let without = &json_lines(&out)[0];
    let found = |d: &Value| -> Vec<(String, String)> {
        d["entities"].as_array().unwrap().iter().map(|e| (e["label"].to_string(), e["text"].to_string())).collect()
    };
    assert_eq!(found(doc), found(without));
}

#[test]
fn jsonl_bad_lines_keep_the_rest_in_order() {
    let jsonl = [
        r#"{"id": "a", "text": "Spotkanie otworzył marszałek Artur Kosicki."}"#,
        r#"{"id": "broken", "text": "niedokończ"#,
        r#"{"id": "b", "text": "Ala"}"#,
        r#"{"id": "no-text", "body": "Ala"}"#,
        r#"{"id": "number", "text": 42}"#,
        r#"["not", "an", "object"]"#,
        "",
        r#"{"id": "c", "text": "Ola", "source": "seed", "genre": {"x": [1, 2]}}"#,
        r#"{"id": "d", "text": "Ela", "date": "2021-02-30"}"#,
        r#"{"id": "e", "text": "w ub.r.", "date": "2021-12-10"}"#,
    ]
    .join("\n");
    let f = Temp::new("mixed.jsonl", jsonl.as_bytes());
    let out = run(&["--jsonl", "--threads", "2", f.arg()]);
    assert!(!out.status.success(), "bad lines must fail the run");
    assert_eq!(ids(&out), vec!["a", "b", "c", "d", "e"]);
    let err = stderr(&out);
    for n in [2, 4, 5, 6, 9] {
        assert!(err.contains(&format!("line {n}:")), "line {n} not reported:\n{err}");
    }
    for n in [1, 3, 7, 8, 10] {
        assert!(!err.contains(&format!("line {n}:")), "line {n} reported:\n{err}");
    }
    assert!(err.contains("not JSON") && err.contains("no \"text\"") && err.contains("a number"));
    assert_eq!(json_lines(&out)[4]["date"], "2021-12-10");

    // An unknown field alone is no error.
    let f = Temp::new("extra.jsonl", br#"{"id": 1, "text": "Ala", "lang": "pl"}"#);
    let out = run(&["--jsonl", f.arg()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(ids(&out), vec![1]);
}

#[test]
fn missing_file() {
    let path = std::env::temp_dir().join(format!("polner-cli-{}-does-not-exist.txt", std::process::id()));
    let p = path.to_str().unwrap();
    for args in [vec![p], vec!["--json", p], vec!["--jsonl", p]] {
        let out = run(&args);
        assert!(!out.status.success());
        let err = stderr(&out);
        assert!(err.contains(p) && err.to_lowercase().contains("no such file"), "{err}");
        assert_eq!(stdout(&out), "");
    }
}

#[test]
fn date_style_option() {
    let input = br#"{"id": "a", "text": "Turniej w dniach 6-7 marca 2010 r."}"#;
    let dates = |args: &[&str]| -> Vec<String> {
        let out = run_stdin(args, input);
        assert!(out.status.success(), "{}", stderr(&out));
        let docs = json_lines(&out);
        let ents = docs[0]["entities"].as_array().unwrap().clone();
        ents.iter().filter(|e| e["label"] == "date").map(|e| e["text"].as_str().unwrap().to_owned()).collect()
    };
    assert_eq!(dates(&["--jsonl"]), ["6-7 marca 2010 r."]);
    assert_eq!(dates(&["--jsonl", "--date-style", "timex3"]), ["6", "7 marca 2010 r."]);
    let out = run(&["--jsonl", "--date-style", "iso"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--date-style") && stderr(&out).contains("nkjp or timex3"), "{}", stderr(&out));
}

#[test]
fn jsonl_ids_in_input_order_with_two_threads() {
    // Long and short documents interleaved, so workers finish out of order.
    let mut jsonl = String::new();
    for i in 0..40 {
        let text = if i % 3 == 0 { ARTICLE.repeat(20) } else { format!("Dokument {i}.") };
        jsonl.push_str(&serde_json::json!({"id": format!("doc-{i}"), "text": text}).to_string());
        jsonl.push('\n');
    }
    let f = Temp::new("order.jsonl", jsonl.as_bytes());
    let out = run(&["--jsonl", "--threads", "2", f.arg()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let want: Vec<String> = (0..40).map(|i| format!("doc-{i}")).collect();
    assert_eq!(ids(&out), want);
    // Same through stdin.
    let out = run_stdin(&["--jsonl", "--threads", "2"], jsonl.as_bytes());
    assert_eq!(ids(&out), want);
}

/// One 50 MB document on one line. Slow in a debug build, so ignored by default; run with
/// `cargo test --release --test cli -- --ignored`.
#[test]
#[ignore = "50 MB through a debug build takes minutes; run with --release -- --ignored"]
fn fifty_megabyte_document() {
    let mut text = String::with_capacity(51 << 20);
    while text.len() < 50 << 20 {
        text.push_str(ARTICLE);
        text.push(' ');
    }
    let line = serde_json::json!({"id": "big", "text": text}).to_string();
    let f = Temp::new("big.jsonl", line.as_bytes());
    let out = run(&["--jsonl", f.arg()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], "big");
    assert!(docs[0]["entities"].as_array().unwrap().len() > 1000);
}

#[test]
fn progress_counts_every_document_and_closed_stdout_stops_the_run() {
    let mut input = String::new();
    for i in 0..30 {
        input.push_str(&format!("{{\"id\": {i}, \"text\": \"Marszałek Artur Kosicki w Białymstoku.\"}}\n"));
    }
    input.push_str("not json\n");
    let out = run_stdin(&["--jsonl", "--progress", "--threads", "2"], input.as_bytes());
    no_panic(&out);
    let err = stderr(&out);
    assert!(err.contains("30 documents"), "help: progress should count the 30 documents: {err}");
    assert!(err.contains("line 31"), "{err}");

    // A reader that goes away after the first line: the run ends, without a panic.
    let mut child = Command::new(env!("CARGO_BIN_EXE_polner"))
        .args(["--jsonl", "--threads", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        for i in 0..20_000 {
            let line = format!("{{\"id\": {i}, \"text\": \"Marszałek Artur Kosicki otworzył spotkanie.\"}}\n");
            if stdin.write_all(line.as_bytes()).is_err() {
                break;
            }
        }
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert!(first.starts_with('{'));
    let status = child.wait().unwrap();
    feeder.join().unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert!(!status.success(), "a closed stdout is reported in the exit code");
}

#[test]
fn lookup_stops_quietly_when_its_reader_goes_away() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_polner"))
        .arg("lookup")
        .args(std::iter::repeat_n("Kraków", 20_000))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert!(first.starts_with("Kraków: "), "{first}");
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("internal error"), "help: a closed pipe is no internal error: {err}");
}
