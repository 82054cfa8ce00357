//! The extractor is shared across threads: `Send + Sync`, and the same results however many
//! threads use it at once.

use polner::{Document, Extractor};

const fn assert_send_sync<T: Send + Sync>() {}
const _: () = assert_send_sync::<Extractor>();
const _: () = assert_send_sync::<&'static Extractor>();
const _: () = assert_send_sync::<Document>();

fn texts() -> Vec<String> {
    let mut v: Vec<String> = [
        "Wydarzenie moderowała Izabela Łokić, zastępca dyrektora Departamentu Rozwoju \
         Regionalnego w Białymstoku.",
        "Białystok, 10.12.2021 r. – Spotkanie otworzył marszałek województwa podlaskiego Artur \
         Kosicki. W marcu br. odbędzie się kolejne.",
        "Prezes zarządu spółki Holo4Med sp. z o.o. dr hab. inż. Marek Jońca mówił o latach \
         2021-2027 w Kielcach.",
        "**Anna Nowak**, dyrektor ds. cyfryzacji Urzędu Marszałkowskiego Województwa \
         Świętokrzyskiego (UMWŚ), wczoraj w Päijät-Häme.",
        "",
        "שלום 👩‍👩‍👧 \u{0}\u{0301} **",
    ]
    .map(str::to_owned)
    .to_vec();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/articles");
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                v.push(std::fs::read_to_string(e.path()).unwrap());
            }
        }
    }
    v
}

#[test]
fn eight_threads_agree_with_sequential() {
    let texts = texts();
    let sequential: Vec<Document> = texts.iter().map(|t| Extractor::global().extract(t)).collect();
    let cloned = Extractor::global().clone();
    let barrier = std::sync::Barrier::new(8);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|i| {
                let (texts, sequential, barrier) = (&texts, &sequential, &barrier);
                // Half the threads use the global extractor, half a clone of it.
                let ex: Extractor = if i % 2 == 0 { Extractor::global().clone() } else { cloned.clone() };
                s.spawn(move || {
                    barrier.wait();
                    for round in 0..3 {
                        // Each thread walks the texts from a different starting point.
                        for k in 0..texts.len() {
                            let j = (k + i + round) % texts.len();
                            let doc =
                                if i < 4 { Extractor::global().extract(&texts[j]) } else { ex.extract(&texts[j]) };
                            assert_eq!(doc, sequential[j], "thread {i}, text {j}");
                        }
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().expect("worker thread panicked");
        }
    });
}

#[test]
fn first_use_from_many_threads_at_once() {
    // A fresh builder per thread: the embedded lexicon is loaded lazily and shared.
    let text = texts()[1].clone();
    let docs: Vec<Document> = std::thread::scope(|s| {
        let hs: Vec<_> = (0..8).map(|_| s.spawn(|| Extractor::builder().build().extract(&text))).collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(docs.windows(2).all(|w| w[0] == w[1]));
    assert_eq!(docs[0], Extractor::global().extract(&text));
}
