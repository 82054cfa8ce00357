#!/usr/bin/env python3
"""Sanity checks for the generated polner lexicon.

Usage: python3 gazetteers/build/check_lexicon.py --dir target/lexicon

Prints row/lemma counts per file, validates the line format, checks a list of expected
lookups (form -> lemma, kind) and the coverage of the court-name locatives ("w X" parts of
gazetteers/sources/courts/courts_common.csv) in places.tsv, and the ambiguity flags of a few
forms.  Exit status 1 if any expected lookup or flag check fails or the format is broken.
"""
import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "sources"
FILES = {"first_names": "first_name", "surnames": "surname", "places": "place",
         "institutions": "institution", "titles": "title"}
ORDER = ["g", "case", "num", "freq", "sub", "teryt", "acronym", "guessed", "common", "demonym", "word",
         "expands"]
CASES = {"nom", "gen", "dat", "acc", "inst", "loc", "voc"}

# (form, expected lemma or None = any, kind, required attr substring or None)
EXPECTED = [
    ("Marka", "Marek", "first_name", None),
    ("Kosa", "Kos", "surname", None),
    ("Roberta", "Robert", "first_name", None),
    ("Kurosza", "Kurosz", "surname", None),
    ("Anny", "Anna", "first_name", None),
    ("Wiśniewskiej", "Wiśniewska", "surname", None),
    ("Białymstoku", "Białystok", "place", "loc"),
    ("Ostrowi Mazowieckiej", "Ostrów Mazowiecka", "place", "loc"),
    ("Szczebrzeszynie", "Szczebrzeszyn", "place", "loc"),
    ("Sandomierzu", "Sandomierz", "place", "loc"),
    ("Finlandii", "Finlandia", "place", None),
    ("Europy", "Europa", "place", None),
    ("Podlaskiego", "Podlaskie", "place", None),
    ("Ziemi Sandomierskiej", "Ziemia Sandomierska", "place", None),
    ("Powiatu Sandomierskiego", "Powiat Sandomierski", "place", None),
    ("województwie podlaskim", "województwo podlaskie", "place", "loc"),
    ("gminy Turośń Kościelna", "gmina Turośń Kościelna", "place", "gen"),
    ("Urzędu Marszałkowskiego Województwa Podlaskiego", "Urząd Marszałkowski Województwa Podlaskiego",
     "institution", "gen"),
    ("Ministerstwa Zdrowia", "Ministerstwo Zdrowia", "institution", "gen"),
    ("zastępcy dyrektora", "zastępca dyrektora", "title", None),
    ("kierownika", "kierownik", "title", None),
    ("dyrektorki", "dyrektorka", "title", None),
    # extra
    ("Nowak", "Nowak", "surname", None),
    ("Nowaka", "Nowak", "surname", None),
    ("Kowalskiej", "Kowalska", "surname", None),
    ("Warszawie", "Warszawa", "place", "loc"),
    ("Kielcach", "Kielce", "place", "loc"),
    ("Bielsku-Białej", "Bielsko-Biała", "place", "loc"),
    ("GUS", "GUS", "institution", "expands=Główny Urząd Statystyczny"),
    ("Sądu Rejonowego w Ostrowi Mazowieckiej", "Sąd Rejonowy w Ostrowi Mazowieckiej", "institution", None),
    ("Starostwa Powiatowego w Sandomierzu", "Starostwo Powiatowe w Sandomierzu", "institution", None),
    ("Urzędu Miasta Krakowa", "Urząd Miasta Krakowa", "institution", None),
    ("Urzędu Gminy Turośń Kościelna", "Urząd Gminy Turośń Kościelna", "institution", None),
    ("prezesem zarządu", "prezes zarządu", "title", None),
    ("Prawa i Sprawiedliwości", "Prawo i Sprawiedliwość", "institution", None),
    ("Niemczech", "Niemcy", "place", "loc"),
    ("Tatrach", "Tatry", "place", "loc"),
]

# (form, kind, sub or None = any, flag, present): every row of the form with that kind (and
# sub) must have / lack the flag, and there must be at least one such row
FLAGS = [
    ("Grobem", "surname", None, "word=1", True),
    ("Marszem", "surname", None, "word=1", True),
    ("Bory", "surname", None, "word=1", True),
    ("Wygoda", "surname", None, "word=1", True),
    ("Nowak", "surname", None, "word=1", True),
    ("Kowalski", "surname", None, "word=1", True),
    ("Nowak", "surname", None, "common", False),
    ("Kowalski", "surname", None, "common", False),
    ("Wygoda", "place", None, "word=1", True),
    ("Kurosza", "surname", None, "word=1", False),
    ("Krakowie", "place", None, "word=1", False),
    ("Rzym", "place", "foreign_city", "common", False),
    ("Paryżu", "place", "foreign_city", "common", False),
    ("Londynu", "place", "foreign_city", "common", False),
    ("Tokio", "place", "foreign_city", "common", False),
    ("Francji", "place", "country", "common", False),
    ("Rzym", "place", "village", "common", True),
    ("Łódź", "place", "city", "common", True),
    ("Niemcy", "place", "country", "demonym", True),
    ("Polaków", "surname", None, "demonym", True),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    args = ap.parse_args()
    d = Path(args.dir)
    index = defaultdict(list)  # form -> [(lemma, kind, attrs)]
    bad = 0
    print("== row counts")
    for fname, kind in FILES.items():
        p = d / (fname + ".tsv")
        if not p.exists():
            print("%-14s MISSING" % fname)
            bad += 1
            continue
        n = 0
        lemmas = set()
        forms = set()
        with open(p, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                line = line.rstrip("\n")
                parts = line.split("\t")
                if len(parts) != 4 or parts[2] != kind or not parts[0] or not parts[1]:
                    if bad < 20:
                        print("  bad line %s:%d: %r" % (fname, ln, line))
                    bad += 1
                    continue
                form, lemma, k, attrs = parts
                if "  " in form or form != form.strip():
                    print("  bad spacing %s:%d: %r" % (fname, ln, line))
                    bad += 1
                keys = []
                for a in filter(None, attrs.split(";")):
                    key = a.split("=", 1)[0]
                    keys.append(key)
                    if key not in ORDER or (key == "expands" and kind != "institution"):
                        print("  unknown attr %s:%d: %r" % (fname, ln, a))
                        bad += 1
                    if key == "word" and (a != "word=1" or kind not in ("surname", "place")):
                        print("  bad word flag %s:%d: %r" % (fname, ln, a))
                        bad += 1
                    if key == "case" and not set(a[5:].split(",")) <= CASES:
                        print("  bad case %s:%d: %r" % (fname, ln, a))
                        bad += 1
                if keys != sorted(keys, key=ORDER.index if all(x in ORDER for x in keys) else None):
                    print("  attr order %s:%d: %r" % (fname, ln, attrs))
                    bad += 1
                n += 1
                lemmas.add(lemma)
                forms.add(form)
                index[form].append((lemma, k, attrs))
        print("%-14s %9d rows %8d distinct forms %8d lemmas" % (fname, n, len(forms), len(lemmas)))

    print("== expected lookups")
    fails = 0
    for form, lemma, kind, attr in EXPECTED:
        hits = [h for h in index.get(form, []) if h[1] == kind and (lemma is None or h[0] == lemma)
                and (attr is None or attr in h[2])]
        if hits:
            print("  ok   %-50s -> %s  [%s]" % (form, hits[0][0], hits[0][2]))
        else:
            fails += 1
            got = ["%s/%s" % (h[0], h[1]) for h in index.get(form, [])][:5]
            print("  FAIL %-50s -> expected %s (%s); got %s" % (form, lemma, kind, got or "nothing"))

    print("== flags")
    for form, kind, sub, flag, present in FLAGS:
        hits = [h for h in index.get(form, []) if h[1] == kind
                and (sub is None or "sub=" + sub in h[2].split(";"))]
        wrong = [h for h in hits if (flag in h[2].split(";")) != present]
        what = "%s %s%s %s %s" % (form, kind, "/" + sub if sub else "", "has" if present else "lacks", flag)
        if hits and not wrong:
            print("  ok   %-50s (%d rows)" % (what, len(hits)))
        else:
            fails += 1
            print("  FAIL %-50s %s" % (what, "no row" if not hits else "[%s]" % wrong[0][2]))

    print("== court locatives")
    total = found = 0
    missing = []
    with open(SRC / "courts" / "courts_common.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            m = re.search(r" (?:w|we) ((?:(?! w | we ).)+)$", r["court_name"])
            if not m:
                continue
            loc = m.group(1)
            total += 1
            ok = any(h[1] == "place" and re.search(r"case=[a-z,]*loc", h[2]) for h in index.get(loc, []))
            inst = any(h[1] == "institution" for h in index.get(r["court_name"], []))
            if ok and inst:
                found += 1
            else:
                missing.append(r["court_name"] + ("" if ok else "  [no place locative]") +
                              ("" if inst else "  [no institution row]"))
    print("  %d / %d court names: locative found in places.tsv and name in institutions.tsv (%.1f%%)"
          % (found, total, 100.0 * found / max(total, 1)))
    for x in missing:
        print("    missing:", x)
    print("== summary: %d expected lookups / flag checks failed, %d format errors" % (fails, bad))
    sys.exit(1 if fails or bad else 0)


if __name__ == "__main__":
    main()
