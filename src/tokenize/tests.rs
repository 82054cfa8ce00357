use super::*;

/// The token texts of `text`, in order.
fn texts(text: &str) -> Vec<&str> {
    tokenize(text).into_iter().map(|t| t.text).collect()
}

#[test]
fn token_table() {
    let table: &[(&str, &[&str])] = &[
        ("w okresie 2021-2027", &["w", "okresie", "2021-2027"]),
        ("dnia 10.12.2021 r.", &["dnia", "10.12.2021", "r."]),
        ("ponad 1 500 osób", &["ponad", "1 500", "osób"]),
        ("wzrost o 3,5 proc.", &["wzrost", "o", "3,5", "proc", "."]),
        ("Rady Regionu Päijät-Häme z Finlandii", &["Rady", "Regionu", "Päijät-Häme", "z", "Finlandii"]),
        ("prezes Zarządu Holo4Med.", &["prezes", "Zarządu", "Holo4Med", "."]),
        ("samolot PZL-13", &["samolot", "PZL-13"]),
        ("dyrektor ds. Cyberbezpieczeństwa", &["dyrektor", "ds.", "Cyberbezpieczeństwa"]),
        ("9 czerwca br. Kolejne", &["9", "czerwca", "br.", "Kolejne"]),
        ("w ub.r. i m.in. tzw. np.", &["w", "ub.r.", "i", "m.in.", "tzw.", "np."]),
        ("Holo4Med sp. z o.o. z siedzibą", &["Holo4Med", "sp. z o.o.", "z", "siedzibą"]),
        ("prof. dr hab. inż. Jan", &["prof.", "dr", "hab.", "inż.", "Jan"]),
        ("ul. Mickiewicza, al. Jana Pawła II", &["ul.", "Mickiewicza", ",", "al.", "Jana", "Pawła", "II"]),
        ("o godz. 10 tys. zł", &["o", "godz.", "10", "tys.", "zł"]),
        ("Szpital im. św. Jana", &["Szpital", "im.", "św.", "Jana"]),
        ("„InPlaMed WŚ”.", &["„", "InPlaMed", "WŚ", "”", "."]),
        (
            "pisz: jan.kowalski@umwp.pl lub https://www.wrotapodlasia.pl/next2met.",
            &["pisz", ":", "jan.kowalski@umwp.pl", "lub", "https://www.wrotapodlasia.pl/next2met", "."],
        ),
        ("**Marek Jońca**, członek", &["Marek", "Jońca", ",", "członek"]),
        ("__Anna__ i _Ewa_", &["Anna", "i", "Ewa"]),
        ("e-usług i O'Neill", &["e-usług", "i", "O'Neill"]),
        ("Czekam...", &["Czekam", "..."]),
        ("nr 5/2022", &["nr", "5/2022"]),
        ("podpisał J. Kowalski", &["podpisał", "J.", "Kowalski"]),
        ("witamina C. Potem", &["witamina", "C.", "Potem"]),
    ];
    for (text, want) in table {
        assert_eq!(&texts(text), want, "help: tokens of {text:?}");
    }
}

#[test]
fn spans_round_trip_on_the_seed_articles() {
    for name in ["podlaskie-next2met.txt", "swietokrzyskie-ict-panel.txt"] {
        let path = format!("{}/../shared/data/articles/{name}", env!("CARGO_MANIFEST_DIR"));
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("skipping: {path} not found");
            continue;
        };
        let text = text.as_str();
        let tokens = tokenize(text);
        assert!(tokens.len() > 200, "{name}: {} tokens", tokens.len());
        for t in &tokens {
            assert_eq!(&text[t.span], t.text);
            assert!(!t.text.contains("**"), "{name}: emphasis stuck to {:?}", t.text);
            assert!(
                !t.text.chars().any(char::is_whitespace) || t.kind == TokenKind::Abbrev || t.kind == TokenKind::Number
            );
        }
        let joined: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        assert!(joined.windows(2).any(|w| w == ["zastępca", "dyrektora"]) || name.starts_with("swiet"));
    }
}

#[test]
fn line_breaks_are_spaces_and_blank_lines_paragraphs() {
    let text = "zastępca dyrektora\nDepartamentu Rozwoju\n\nNowy akapit";
    let t = tokenize(text);
    let dep = t.iter().find(|t| t.text == "Departamentu").unwrap();
    assert_eq!(dep.gap, Gap::Space);
    assert!(dep.line_start);
    assert!(!dep.sentence_start, "a wrapped line continues the sentence");
    let nowy = t.iter().find(|t| t.text == "Nowy").unwrap();
    assert_eq!(nowy.gap, Gap::Paragraph);
    assert!(nowy.sentence_start);
}

#[test]
fn sentences_end_at_full_stops_not_at_prefix_abbreviations() {
    let text = "Otworzył ją prof. Nowak. Potem mówił dyr. Kowal w 2022 r. Nowy etap.";
    let starts: Vec<&str> = tokenize(text).into_iter().filter(|t| t.sentence_start).map(|t| t.text).collect();
    assert_eq!(starts, ["Otworzył", "Potem", "Nowy"]);
}

#[test]
fn bullets_start_sentences() {
    let text = "prelegenci:\n\n- **Paweł Masiarz**, zastępca\n- **Juliusz Brzostek**, dyrektor";
    let starts: Vec<&str> = tokenize(text).into_iter().filter(|t| t.sentence_start).map(|t| t.text).collect();
    assert_eq!(starts, ["prelegenci", "Paweł", "Juliusz"]);
}

#[test]
fn shapes() {
    let t = tokenize("UMWP Marek dyrektor 2022 InfoTech");
    let shapes: Vec<Shape> = t.iter().map(|t| t.shape).collect();
    assert_eq!(shapes, [Shape::Upper, Shape::Capitalized, Shape::Lower, Shape::Other, Shape::Capitalized]);
}

#[test]
fn hostile_text_keeps_boundaries() {
    for text in [
        "",
        " ",
        "\n\n\n",
        "e\u{301}\u{301}x",
        "ąę\0ł",
        "👩‍👩‍👧 rodzina",
        "שלום עולם",
        "****",
        "_",
        "*",
        "a@b",
        "http://",
        "1 5",
        "---",
        "ab-",
        "-ab",
        "10.",
        "r.",
        "sp. z o.",
    ] {
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            assert_eq!(&text[t.span], t.text);
            assert!(!t.text.is_empty());
        }
    }
}
