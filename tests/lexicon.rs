//! The embedded lexicon: inflected forms map to their base forms.

use polner::lexicon::{Cases, EntryKind};
use polner::{Extractor, Label, Lexicon};

fn has(form: &str, kind: EntryKind, lemma: &str) -> bool {
    Lexicon::embedded().lookup(form).iter().any(|r| r.kind == kind && r.lemma == lemma)
}

#[test]
fn inflected_names_and_places() {
    let table = [
        ("Marka", EntryKind::FirstName, "marek"),
        ("Roberta", EntryKind::FirstName, "robert"),
        ("Anny", EntryKind::FirstName, "anna"),
        ("Kosa", EntryKind::Surname, "kos"),
        ("Kurosza", EntryKind::Surname, "kurosz"),
        ("Wiśniewskiej", EntryKind::Surname, "wiśniewska"),
        ("Białymstoku", EntryKind::Place, "białystok"),
        ("Ostrowi Mazowieckiej", EntryKind::Place, "ostrów mazowiecka"),
        ("Szczebrzeszynie", EntryKind::Place, "szczebrzeszyn"),
        ("Finlandii", EntryKind::Place, "finlandia"),
        ("Ziemi Sandomierskiej", EntryKind::Place, "ziemia sandomierska"),
        ("Powiatu Sandomierskiego", EntryKind::Place, "powiat sandomierski"),
        ("zastępcy dyrektora", EntryKind::Title, "zastępca dyrektora"),
        ("Ministerstwa Zdrowia", EntryKind::Institution, "ministerstwo zdrowia"),
    ];
    for (form, kind, lemma) in table {
        assert!(has(form, kind, lemma), "help: {form:?} should be a {kind:?} form of {lemma:?}");
    }
}

#[test]
fn cases_are_recorded() {
    let r = Lexicon::embedded().lookup("Marka");
    let marek = r.iter().find(|r| r.kind == EntryKind::FirstName && r.lemma == "marek").unwrap();
    assert!(marek.cases.meets(Cases::GEN) && !marek.cases.has_nom());
}

#[test]
fn frequent_words_are_flagged() {
    for form in ["Król", "Marzec", "Zając"] {
        let r = Lexicon::embedded().lookup(form);
        assert!(r.iter().any(|r| r.kind == EntryKind::Surname), "{form} is a surname");
        let flagged = r.iter().filter(|r| r.kind == EntryKind::Surname).any(|r| r.common || r.attr("word").is_some());
        assert!(flagged, "help: {form} should carry the common-word flag (common, or word=1 for any ordinary reading)");
    }
}

/// Every common court's seat, in the locative of its name ("Sąd Rejonowy w Ostrowi
/// Mazowieckiej"), is a place the lexicon knows.
#[test]
fn court_seats_in_the_locative() {
    let csv = include_str!("../gazetteers/sources/courts/courts_common.csv");
    let mut missing = Vec::new();
    let mut n = 0;
    for line in csv.lines().skip(1) {
        let name = line.split(',').next().unwrap_or("");
        let Some(pos) = name.rfind(" w ").or_else(|| name.rfind(" we ")) else { continue };
        let seat = name[pos..].trim_start_matches(" we ").trim_start_matches(" w ");
        n += 1;
        if !Lexicon::embedded().lookup(seat).iter().any(|r| r.kind == EntryKind::Place && r.cases.meets(Cases::LOC)) {
            missing.push(seat.to_owned());
        }
    }
    assert!(n > 300, "{n} courts read");
    assert!(missing.is_empty(), "help: locatives missing from the place lexicon: {missing:?}");
}

#[test]
fn done_when_forms_through_the_extractor() {
    let text = "Spotkali się w Ostrowi Mazowieckiej, w Białymstoku i w Szczebrzeszynie: Marka Kosa, \
                Roberta Kurosza i Anny Wiśniewskiej.";
    let doc = Extractor::global().extract(text);
    let lemmas: Vec<&str> = doc.entities.iter().map(|e| e.lemma.as_str()).collect();
    for want in ["Ostrów Mazowiecka", "Białystok", "Szczebrzeszyn", "Marek Kos", "Robert Kurosz", "Anna Wiśniewska"]
    {
        assert!(lemmas.contains(&want), "help: {want} not among {lemmas:?}");
    }
    assert_eq!(doc.entities_with(Label::Person).count(), 3);
}

#[test]
fn user_lexicon_errors_name_file_and_line() {
    let e = Lexicon::from_tsv("mine.tsv", "Kuusela\t\tsurname\tg=m\nzły wiersz\n").unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e.to_string().starts_with("mine.tsv: line 2:"), "{e}");
    let e = Extractor::builder().lexicon_tsv("/nonexistent/polner-user.tsv").unwrap_err();
    assert!(e.to_string().contains("polner-user.tsv"), "{e}");
}

#[test]
fn user_lexicon_base_form_is_inflected() {
    let mine = Lexicon::from_tsv("mine.tsv", "Kuusela\t\tsurname\tg=m\nHarri\t\tfirst_name\tg=m\n").unwrap();
    assert!(mine.lookup("Kuuseli").iter().any(|r| r.lemma == "kuusela"), "the guesser adds the genitive");
    let ex = Extractor::builder().lexicon(mine).build();
    let doc = ex.extract("Przyjechał Harri Kuusela. Potem Kuuseli podziękowano.");
    let people: Vec<&str> = doc.entities_with(Label::Person).map(|e| e.lemma.as_str()).collect();
    assert_eq!(people, ["Harri Kuusela", "Kuusela"]);
}
