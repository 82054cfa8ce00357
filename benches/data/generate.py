#!/usr/bin/env python3
"""Generate the benchmark texts in benches/data/ (deterministic: same sources + seed = same bytes).

  python3 benches/data/generate.py            writes press.txt (~1 MB), article.txt (~5 KB), lead.txt (~200 B)
  python3 benches/data/generate.py --check    regenerates in memory and fails if the files differ

The texts imitate regional press and press releases: a headline, a dateline, a lead and paragraphs
about local government, courts, ministries, schools and roads, with people (first name + surname,
often with a title in apposition), titles, institutions, places and dates. Every name comes from the
project's own gazetteer sources in gazetteers/sources/ (see README.md next to this file for their
licences); the sentence templates are written here. The people are random combinations of frequent
first names and surnames: they are not real persons, and no event described happened.
Articles are separated by two blank lines, paragraphs by one.
"""
import argparse
import csv
import gzip
import io
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
SRC = os.path.join(REPO, "gazetteers", "sources")
# The gazetteer sources are read as committed at this revision (git show), so that edits to the
# lists do not change the benchmark texts; `--sources-rev worktree` reads the working tree instead.
SOURCES_REV = "2bd08b3f7eb47093ef6c317108fc34daead909a3"
SEED = 20240607
PRESS_BYTES = 1_000_000


def read_source(rel):
    """The text of gazetteers/sources/REL at SOURCES_REV (or in the working tree)."""
    if SOURCES_REV == "worktree":
        with open(os.path.join(SRC, rel), "rb") as f:
            data = f.read()
    else:
        data = subprocess.run(["git", "-C", REPO, "show", f"{SOURCES_REV}:gazetteers/sources/{rel}"],
                              check=True, capture_output=True).stdout
    if rel.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8")


def read_csv(rel, delimiter=","):
    return list(csv.DictReader(io.StringIO(read_source(rel), newline=""), delimiter=delimiter))


def read_lines(rel):
    return read_source(rel).splitlines()


def title_case(upper):
    return "-".join(p[:1] + p[1:].lower() for p in upper.split("-"))


def adj_gen(adj):
    """Genitive masc./neut. of a regular adjective: bolesławiecki -> bolesławieckiego, podlaskie -> podlaskiego."""
    if adj.endswith("ie"):
        return adj[:-1] + "ego"
    if adj.endswith("i"):
        return adj + "ego"
    if adj.endswith("y") or adj.endswith("e"):
        return adj[:-1] + "ego"
    return adj


def adj_loc_neut(adj):
    """Locative of a voivodeship adjective: podlaskie -> podlaskim."""
    return adj[:-1] + "m" if adj.endswith("ie") else adj


class Sources:
    def __init__(self):
        def top(rows, key, count, n):
            rows = sorted(rows, key=lambda r: -int(r[count]))[:n]
            return [title_case(r[key]) for r in rows], [int(r[count]) for r in rows]

        fm = read_csv("pesel-first-names/first_names_male_living.csv.gz")
        ff = read_csv("pesel-first-names/first_names_female_living.csv.gz")
        sm = read_csv("pesel-surnames/surnames_male_incl_deceased_2020-01-22.csv.gz")
        sf = read_csv("pesel-surnames/surnames_female_incl_deceased_2020-01-22.csv.gz")
        self.first = {"m": top(fm, "IMIĘ_PIERWSZE", "LICZBA_WYSTĄPIEŃ", 250),
                      "f": top(ff, "IMIĘ_PIERWSZE", "LICZBA_WYSTĄPIEŃ", 250)}
        self.surname = {"m": top(sm, "Nazwisko aktualne", "Liczba", 4000),
                        "f": top(sf, "Nazwisko aktualne", "Liczba", 4000)}

        terc = read_csv("teryt/TERC_Urzedowy_2020-09-26.csv.gz", ";")
        self.voivodeships = [r["NAZWA"].lower() for r in terc if r["NAZWA_DOD"] == "województwo"]
        self.powiats = [r["NAZWA"] for r in terc if r["NAZWA_DOD"] == "powiat" and r["NAZWA"].islower()]
        self.gminas = sorted({r["NAZWA"] for r in terc if r["NAZWA_DOD"].startswith("gmina")})
        simc = read_csv("teryt/SIMC_Urzedowy_2020-09-26.csv.gz", ";")
        self.towns = sorted({r["NAZWA"] for r in simc if r["RM"] == "96"})
        self.villages = sorted({r["NAZWA"] for r in simc if r["RM"] == "01"})

        courts = read_csv("courts/courts_common.csv")
        self.courts = [r["court_name"] for r in courts]
        # "Sąd Rejonowy w Sokółce" -> "w Sokółce": town names in the locative, as written by people.
        self.town_loc = sorted({c.split(" ", 2)[2] for c in self.courts if c.split(" ")[2] in ("w", "we")})

        self.institutions = []
        for line in read_lines("polner/institutions.tsv"):
            cols = line.split("\t")
            if line.startswith(("#", "name\t")) or len(cols) < 2 or not cols[0]:
                continue
            self.institutions.append((cols[0], cols[1]))

        self.titles = []  # (masculine, feminine, scope)
        for r in read_csv("public-office-titles/public_office_titles.csv"):
            self.titles.append((r["title"], r["feminine"] or r["title"], r["scope"]))
        for line in read_lines("polner/titles.tsv"):
            cols = line.split("\t")
            if line.startswith(("#", "title\t")) or not cols[0]:
                continue
            fem = cols[1] if len(cols) > 1 and cols[1] else cols[0]
            self.titles.append((cols[0], fem, "any"))

        months = read_csv("cldr-pl/months_days_pl.csv")
        self.month_gen = [r["form"] for r in months
                          if (r["kind"], r["context"], r["width"]) == ("months", "format", "wide")]
        days = [r["form"] for r in months if (r["kind"], r["context"], r["width"]) == ("days", "format", "wide")]
        self.day_acc = [d[:-1] + "ę" if d.endswith("a") else d for d in days]


FILLER = [
    "Koszt inwestycji wyniesie {n} mln zł, z czego większość pokryje dofinansowanie unijne.",
    "Prace mają potrwać do końca roku, a utrudnienia w ruchu będą odczuwalne głównie w godzinach szczytu.",
    "Mieszkańcy od dawna zabiegali o remont tej drogi, po której codziennie jeździ kilka tysięcy samochodów.",
    "W ramach programu powstanie {n} nowych miejsc w przedszkolach oraz plac zabaw.",
    "Wnioski można składać osobiście lub elektronicznie, a formularze są dostępne na stronie internetowej.",
    "Na spotkanie przyszło około {n} osób, które zadawały pytania o harmonogram prac.",
    "To już {n}. edycja konkursu, w której udział biorą szkoły z całego regionu.",
    "Radni przyjęli uchwałę jednogłośnie, choć dyskusja nad budżetem trwała kilka godzin.",
    "Przetarg wygrała firma, która zaproponowała najniższą cenę i najkrótszy termin realizacji.",
    "Z danych wynika, że liczba mieszkańców spadła w ciągu dekady o {p} proc.",
    "Organizatorzy zapewniają, że wstęp na wszystkie wydarzenia jest bezpłatny.",
    "Policjanci apelują o ostrożność, zwłaszcza na drogach lokalnych i w pobliżu szkół.",
    "Nowa hala sportowa ma {n} miejsc na widowni i będzie służyć także do organizacji koncertów.",
    "Dotacja zostanie przeznaczona na termomodernizację budynków i wymianę oświetlenia.",
    "W pierwszym etapie wyremontowano {n} km chodników i przebudowano dwa skrzyżowania.",
    "Sprawa budzi emocje, bo dotyczy terenu, na którym mieszkańcy chcieli urządzić park.",
    "Decyzja nie jest prawomocna i strony mogą się od niej odwołać.",
    "Szpital informuje, że planowane zabiegi odbędą się zgodnie z harmonogramem.",
    "Kolejne spotkanie konsultacyjne zaplanowano na przyszły miesiąc.",
    "Według wstępnych szacunków z nowego połączenia skorzysta dziennie {n} pasażerów.",
]

QUOTES = [
    "To dla nas bardzo ważna inwestycja, na którą czekaliśmy wiele lat",
    "Chcemy, aby mieszkańcy mieli realny wpływ na to, jak wydawane są publiczne pieniądze",
    "Nie ukrywam, że rozmowy były trudne, ale udało się wypracować porozumienie",
    "Projekt pokazuje, że współpraca samorządów przynosi wymierne efekty",
    "Zależy nam na tym, żeby młodzi ludzie chcieli tu zostać i pracować",
    "Sytuacja jest pod kontrolą, a wszystkie służby pracują bez przerwy",
    "To dopiero początek zmian, które zaplanowaliśmy na najbliższe lata",
    "Dziękuję wszystkim, którzy zaangażowali się w przygotowanie tego wydarzenia",
]

HEADLINES = [
    "Ruszył nabór wniosków w {town}",
    "Nowa droga połączy dwie gminy",
    "Sąd zajmie się sprawą przetargu",
    "Konferencja o cyfryzacji samorządów",
    "Szkoły dostaną pieniądze na pracownie",
    "Mieszkańcy wybrali projekty budżetu obywatelskiego",
    "Rusza przebudowa dworca",
    "Podsumowanie roku w gminie {gmina}",
]


class Gen:
    def __init__(self, src, rng):
        self.s, self.r = src, rng

    def pick(self, xs):
        return self.r.choice(xs)

    def person(self, sex=None):
        sex = sex or self.pick("mf")
        names, w = self.s.first[sex]
        surnames, ws = self.s.surname[sex]
        return sex, f"{self.r.choices(names, w)[0]} {self.r.choices(surnames, ws)[0]}"

    def title_of(self, sex):
        r = self.r.random()
        if r < 0.2:
            return f"wójt gminy {self.pick(self.s.gminas)}"
        if r < 0.35:
            return f"starosta powiatu {adj_gen(self.pick(self.s.powiats))}"
        if r < 0.45:
            return ("marszałek" if sex == "m" else "marszałkini") + f" województwa {adj_gen(self.pick(self.s.voivodeships))}"
        if r < 0.6:
            head = self.pick(["dyrektor", "rzecznik prasowy", "kierownik", "prezes"])
            fem = {"dyrektor": "dyrektorka", "rzecznik prasowy": "rzeczniczka prasowa",
                   "kierownik": "kierowniczka", "prezes": "prezes"}[head]
            return f"{head if sex == 'm' else fem} {self.inst_gen_safe()}"
        m, f, _scope = self.pick(self.s.titles)
        return m if sex == "m" else f

    def inst_gen_safe(self):
        # Genitive forms without an inflection table: a court ("Sądu Rejonowego w Sokółce") or an
        # office of a town ("Urzędu Miasta Bolesławiec"), both regular.
        if self.r.random() < 0.5:
            c = self.pick(self.s.courts)
            words = c.split(" ")
            gen = {"Sąd": "Sądu", "Rejonowy": "Rejonowego", "Okręgowy": "Okręgowego", "Apelacyjny": "Apelacyjnego"}
            return " ".join(gen.get(w, w) if i < 2 else w for i, w in enumerate(words))
        return self.pick(["Urzędu Miasta ", "Urzędu Gminy ", "Ośrodka Pomocy Społecznej w gminie "]) + self.pick(self.s.gminas)

    def date(self, full=False):
        r = self.r.random() * (0.7 if full else 1.0)
        d, m, y = self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(2015, 2025)
        mg = self.s.month_gen[m - 1]
        if r < 0.35:
            return f"{d} {mg} {y} r."
        if r < 0.55:
            return f"{d} {mg}"
        if r < 0.7:
            return f"{d:02d}.{m:02d}.{y} r." if full else f"{d:02d}.{m:02d}.{y}"
        if r < 0.8:
            return f"od {d} do {min(28, d + self.r.randint(1, 9))} {mg}"
        if r < 0.9:
            return f"w {y} roku"
        return f"w {self.pick(self.s.day_acc)}"

    def place_phrase(self):
        r = self.r.random()
        if r < 0.45:
            return self.pick(self.s.town_loc)
        if r < 0.65:
            return f"w gminie {self.pick(self.s.gminas)}"
        if r < 0.85:
            return f"w miejscowości {self.pick(self.s.villages)}"
        return f"w województwie {adj_loc_neut(self.pick(self.s.voivodeships))}"

    def institution(self):
        r = self.r.random()
        if r < 0.5:
            return self.pick(self.s.institutions)[0]
        if r < 0.75:
            return self.pick(self.s.courts)
        return self.pick(["Urząd Miasta ", "Urząd Gminy ", "Gminny Ośrodek Kultury w gminie "]) + self.pick(self.s.gminas)

    def n(self):
        return str(self.pick([2, 3, 5, 12, 15, 20, 40, 120, 250, 1500]))

    def sentence(self):
        t = self.r.random()
        if t < 0.28:
            sex, p = self.person()
            verb = self.pick(["mówi", "podkreśla", "zaznacza", "wyjaśnia", "dodaje"])
            q = self.pick(QUOTES)
            return f"– {q} – {verb} {p}, {self.title_of(sex)}."
        if t < 0.40:
            inst = self.institution()
            act, objs = self.pick([
                ("ogłasza konkurs na", ["remont dróg gminnych", "projekty edukacyjne", "modernizację oświetlenia"]),
                ("prowadzi nabór wniosków na", ["budowę boisk", "wymianę pieców", "zajęcia pozalekcyjne"]),
                ("zaprasza na spotkanie dotyczące", ["budowy obwodnicy", "planu zagospodarowania", "budżetu obywatelskiego"]),
            ])
            return f"{inst} {act} {self.pick(objs)}, a termin mija {self.date(full=True)}."
        if t < 0.52:
            sex, p = self.person()
            return f"Spotkanie {self.place_phrase()} otworzył{'' if sex == 'm' else 'a'} {p}, {self.title_of(sex)}."
        if t < 0.62:
            return f"Sprawą zajmuje się {self.pick(self.s.courts)}, a pierwsza rozprawa odbędzie się {self.date()}."
        if t < 0.70:
            return f"Partnerem projektu jest {self.institution()}, a działania będą prowadzone {self.place_phrase()}."
        if t < 0.78:
            return f"Inwestycja {self.place_phrase()} ma zostać zakończona do {self.date(full=True)}."
        return self.pick(FILLER).format(n=self.n(), p=self.pick([2, 3, 4, 5, 7, 9, 12]))

    def article(self):
        town = self.pick(self.s.towns)
        head = self.pick(HEADLINES).format(town=town, gmina=self.pick(self.s.gminas))
        head = head.replace(f"w {town}", f"w gminie {town}")  # keeps the town name in the nominative
        d = self.r.randint(1, 28)
        dateline = f"{town}, {d} {self.pick(self.s.month_gen)} {self.r.randint(2018, 2025)} r."
        paras = []
        for _ in range(self.r.randint(5, 9)):
            paras.append(" ".join(self.sentence() for _ in range(self.r.randint(3, 6))).replace("r..", "r."))
        return "\n\n".join([head, dateline, *paras])


def generate():
    src = Sources()
    g = Gen(src, random.Random(SEED))
    articles, size = [], 0
    while size < PRESS_BYTES:
        a = g.article()
        articles.append(a)
        size += len(a.encode()) + 3
    press = "\n\n\n".join(articles) + "\n"
    press_b = press.encode()
    # Trim at an article boundary to stay close to 1 MB.
    if len(press_b) > PRESS_BYTES * 1.02:
        press = "\n\n\n".join(articles[:-1]) + "\n"
    # article.txt: a ~5 KB article, lead.txt: a ~200 B lead (dateline + first sentences), from a
    # separate stream so that press.txt does not depend on them.
    g2 = Gen(src, random.Random(SEED + 1))
    article = g2.article()
    while not 4500 <= len(article.encode()) <= 5500:
        article = g2.article()
        if len(article.encode()) > 5500:
            cut = article.encode()[:5200].decode("utf-8", "ignore")
            article = cut[: cut.rfind(". ") + 1]
    dateline = article.split("\n\n")[1]
    while True:
        lead = dateline + "\n\n" + " ".join(g2.sentence() for _ in range(2)).replace("r..", "r.")
        if 180 <= len(lead.encode()) <= 230:
            break
    return {"press.txt": press, "article.txt": article + "\n", "lead.txt": lead + "\n"}


def main():
    global SOURCES_REV
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sources-rev", default=SOURCES_REV, help="git revision of gazetteers/sources, or 'worktree'")
    a = ap.parse_args()
    SOURCES_REV = a.sources_rev
    out = generate()
    bad = 0
    for name, text in out.items():
        path = os.path.join(HERE, name)
        if a.check:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    print(f"generate.py: {name} differs from the generator's output", file=sys.stderr)
                    bad = 1
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            print(f"{name}: {len(text.encode())} bytes, {text.count(chr(10))} lines")
    return bad


if __name__ == "__main__":
    sys.exit(main())
