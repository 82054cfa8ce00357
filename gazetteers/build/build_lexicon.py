#!/usr/bin/env python3
"""Build the polner gazetteer TSV files from gazetteers/sources/ with Morfeusz 2 (SGJP).

Usage:
    pip install morfeusz2==1.99.15
    python3 gazetteers/build/build_lexicon.py --out target/lexicon

Reads only gazetteers/sources/ and writes first_names.tsv, surnames.tsv, places.tsv,
institutions.tsv and titles.tsv into --out.  Every line is

    form<TAB>lemma<TAB>kind<TAB>attrs

with attrs `;`-separated in the order g, case, num, freq, sub, teryt, acronym, guessed, common, demonym,
word=1, expands (see gazetteers/README.md).
"""
import argparse
import csv
import gzip
import os
import re
import sys
import time
from collections import defaultdict
from itertools import product
from pathlib import Path

import morfeusz2

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "sources"

CASES = ["nom", "gen", "dat", "acc", "inst", "loc", "voc"]
CASE_ORDER = {c: i for i, c in enumerate(CASES)}
GEO_QUALS = {"nazwa_geograficzna", "człon_nazwy_geograficznej", "nazwa_własna_astronomiczna"}
PERSON_QUALS = {"nazwisko", "imię"}
PREPOSITIONS = {"w", "we", "nad", "pod", "na", "przy", "z", "ze", "koło", "k.", "u", "od",
                "do", "za", "przed", "ad", "im.", "dla", "ds.", "–", "-", "—"}
ADJ_POS = {"adj", "pact", "ppas"}
MAX_COMBOS = 16


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Morfeusz wrapper: paradigms of nouns and adjectives
# ---------------------------------------------------------------------------------------------

def expand_tag(tag):
    """'subst:sg:gen.acc:m1' -> ('subst', [['sg'], ['gen','acc'], ['m1']])"""
    parts = tag.split(":")
    return parts[0], [p.split(".") for p in parts[1:]]


def is_old(styl):
    return any(("arch" in s) or ("daw" in s) for s in styl)


def match_caps(src, form):
    """Give `form` the capitalisation pattern of the source word `src`."""
    if not form:
        return form
    letters = [ch for ch in src if ch.isalpha()]
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        if "-" in form and "-" not in src and form.upper().startswith(src.upper() + "-"):
            # acronym with an inflectional ending: PRL-u, ZUS-em
            return src + form[len(src):].lower()
        return form.upper()
    if src[:1].isupper():
        return form[:1].upper() + form[1:]
    if src[:1].islower():
        return form[:1].lower() + form[1:]
    return form


class NounPar:
    """A noun paradigm: table[(num, case)] -> list of forms."""
    __slots__ = ("lemma", "gender", "pt", "quals", "table", "num")

    def __init__(self, lemma, gender, pt, quals, table, num):
        self.lemma, self.gender, self.pt, self.quals, self.table, self.num = \
            lemma, gender, pt, quals, table, num

    def key(self):
        return (self.gender, self.num, tuple(sorted((k, tuple(v)) for k, v in self.table.items())))


class AdjPar:
    """An adjective-like paradigm: table[(num, case, gender)] -> forms; noms = {(num, gender)}."""
    __slots__ = ("lemma", "table", "noms")

    def __init__(self, lemma, table, noms):
        self.lemma, self.table, self.noms = lemma, table, noms


class Morph:
    def __init__(self):
        self.m = morfeusz2.Morfeusz()
        self._gen = {}
        self._an = {}
        self._nouns = {}
        self._adjs = {}

    def generate(self, lemma):
        r = self._gen.get(lemma)
        if r is None:
            try:
                r = self.m.generate(lemma)
            except Exception:
                r = []
            self._gen[lemma] = r
        return r

    def analyse(self, word):
        """Whole-word interpretations: list of (lemma, tag, quals)."""
        r = self._an.get(word)
        if r is None:
            res = self.m.analyse(word)
            last = max((e[1] for e in res), default=0)
            r = [(e[2][1], e[2][2], e[2][3]) for e in res if e[0] == 0 and e[1] == last]
            self._an[word] = r
        return r

    def noun_pars(self, word):
        """Noun paradigms in which `word` is a nominative (sg, or pl for pluralia tantum)."""
        r = self._nouns.get(word)
        if r is not None:
            return r
        out, seen = [], set()
        lower_src = word[:1].islower()
        for lemma, tag, quals in self.analyse(word):
            pos, f = expand_tag(tag)
            if pos != "subst" or "nom" not in f[1]:
                continue
            if lower_src and lemma[:1].isupper():
                continue
            if lemma in seen:
                continue
            seen.add(lemma)
            table = defaultdict(list)
            gender, pt = None, False
            for form, lem, t, q, styl in self.generate(lemma):
                if lem != lemma or is_old(styl):
                    continue
                p2, f2 = expand_tag(t)
                if p2 != "subst":
                    continue
                gender = f2[2][0]
                if len(f2) > 3 and "pt" in f2[3]:
                    pt = True
                form = match_caps(word, form)
                for n in f2[0]:
                    for c in f2[1]:
                        if form not in table[(n, c)]:
                            table[(n, c)].append(form)
            if gender is None:
                continue
            wl = word.lower()
            if any(x.lower() == wl for x in table.get(("sg", "nom"), [])) and not pt:
                num = "sg"
            elif any(x.lower() == wl for x in table.get(("pl", "nom"), [])):
                num = "pl"
            else:
                continue
            out.append(NounPar(lemma, gender, pt, set(quals), dict(table), num))
        self._nouns[word] = out
        return out

    def adj_pars(self, word):
        """Adjective/participle paradigms in which `word` is a nominative."""
        r = self._adjs.get(word)
        if r is not None:
            return r
        out, seen = [], {}
        for lemma, tag, quals in self.analyse(word):
            pos, f = expand_tag(tag)
            if pos not in ADJ_POS or "nom" not in f[1]:
                continue
            extra = tuple(tuple(x) for x in f[3:])
            noms = {(n, g) for n in f[0] for g in f[2]}
            k = (lemma, pos, extra)
            if k in seen:
                seen[k].noms |= noms
                continue
            table = defaultdict(list)
            for form, lem, t, q, styl in self.generate(lemma):
                if lem != lemma or is_old(styl):
                    continue
                p2, f2 = expand_tag(t)
                if p2 != pos or tuple(tuple(x) for x in f2[3:]) != extra:
                    continue
                form = match_caps(word, form)
                for n in f2[0]:
                    for c in f2[1]:
                        for g in f2[2]:
                            if form not in table[(n, c, g)]:
                                table[(n, c, g)].append(form)
            if not table:
                continue
            ap = AdjPar(lemma, dict(table), noms)
            seen[k] = ap
            out.append(ap)
        self._adjs[word] = out
        return out

    def is_adja_compound(self, word):
        """'kujawsko-pomorskie': the first segment of the whole word is an 'adja' form."""
        return any(e[0] == 0 and e[2][2] == "adja" for e in self.m.analyse(word))


# ---------------------------------------------------------------------------------------------
# Phrase inflection
# ---------------------------------------------------------------------------------------------

class Variant:
    """One inflected reading of a phrase: forms[(num, case)] -> list of phrase strings."""
    __slots__ = ("gender", "num", "forms", "pt", "guessed")

    def __init__(self, gender, num, forms, pt=False, guessed=False):
        self.gender, self.num, self.forms, self.pt, self.guessed = gender, num, forms, pt, guessed

    def glabel(self):
        if self.pt:
            return "p"
        if self.gender and self.gender.startswith("m"):
            return "m"
        return self.gender or ""


def has_letters(w):
    return any(ch.isalpha() for ch in w)


GUESSERS = {}  # mode -> Guesser for words unknown to SGJP (set while building)


class Word:
    """Readings of one word of a phrase."""

    def __init__(self, morph, text, mode):
        self.text = text
        self.nouns = []
        self.adjs = []
        self.compound = None  # list of sub-Variants for hyphenated nouns
        if not has_letters(text) or text.endswith("."):
            return
        if "-" in text.strip("-") and not text.startswith("-"):
            parts = text.split("-")
            if all(parts) and morph.is_adja_compound(text) and morph.adj_pars(parts[-1]) and \
                    not any(np.quals & GEO_QUALS for np in morph.noun_pars(parts[0])):
                # compound adjective: only the last part inflects
                prefix = "-".join(parts[:-1]) + "-"
                for ap in morph.adj_pars(parts[-1]):
                    t = {k: [prefix + f for f in v] for k, v in ap.table.items()}
                    self.adjs.append(AdjPar(ap.lemma, t, ap.noms))
                return
            if all(parts):
                subs = [inflect_auto(morph, p, mode) for p in parts]
                if subs[0]:
                    self.compound = (parts, subs)
                    self.nouns = self._compound_pars(parts, subs)
                return
        self.nouns = morph.noun_pars(text)
        self.adjs = morph.adj_pars(text)
        g = GUESSERS.get(mode)
        if g is not None and not self.nouns and not self.adjs and text.isalpha() and len(text) >= 4 \
                and (mode != "place" or text[:1].isupper()) and \
                all(t == "ign" for _, t, _ in morph.analyse(text)):
            res = g.guess(text)
            if res:
                table, (gender, num) = res
                quals = {"guessed"} | ({"nazwa_geograficzna"} if mode == "place" else set())
                self.nouns = [NounPar(text, gender, num == "pl", quals, table, num)]

    @staticmethod
    def _compound_pars(parts, subs):
        pars = []
        for v0 in subs[0]:
            table = {}
            for key in v0.forms:
                lists = [v0.forms[key]]
                ok = True
                for p, sv in zip(parts[1:], subs[1:]):
                    if not sv:
                        lists.append([p])
                        continue
                    forms = []
                    same = [v for v in sv if v.num == v0.num] or sv
                    for v in same[:1]:
                        forms += [x for x in v.forms.get((v.num, key[1]), []) if x not in forms]
                    if not forms:
                        ok = False
                        break
                    lists.append(forms)
                if ok:
                    table[key] = ["-".join(c) for c in list(product(*lists))[:MAX_COMBOS]]
            pars.append(NounPar("-".join(parts), v0.gender, v0.num == "pl", {"nazwa_geograficzna"},
                                table, v0.num))
        return pars


def noun_pref(pars, mode, want_gender=None):
    """Choose the preferred noun paradigms of a word for the given mode."""
    if want_gender:
        g = [p for p in pars if p.gender == want_gender or (want_gender == "m" and p.gender.startswith("m"))]
        if g:
            pars = g
        else:
            return []
    if mode == "place":
        geo = [p for p in pars if p.quals & GEO_QUALS]
        if geo:
            pars = geo
        else:
            common = [p for p in pars if not (p.quals & PERSON_QUALS)]
            if common:
                pars = common
            else:
                pars = [p for p in pars if p.gender != "m1"]
    else:
        common = [p for p in pars if not (p.quals & PERSON_QUALS)]
        if common:
            pars = common
    out, seen = [], set()
    for p in pars:
        k = p.key()
        if k not in seen:
            seen.add(k)
            out.append(p)
    return out


MODIFIER_ADJS = set("""nowy stary wielki mały duży górny dolny wyższy niższy średni biały czarny
czerwony zielony polski kościelny szlachecki włościański królewski rządowy prawy lewy pierwszy drugi
trzeci północny południowy wschodni zachodni środkowy bliższy dalszy młody suchy mokry długi krótki
wysoki niski głęboki święty szeroki gruby wielgi żydowski poduchowny folwarczny""".split())


def strong_adj(w):
    """Typical modifier adjective of a place name (lemma in a closed list or a relational
    adjective in -ski/-cki/-dzki/-owy/-ny/-ński)."""
    for ap in w.adjs:
        lem = ap.lemma.split(":")[0].lower().split("-")[-1]
        if lem in MODIFIER_ADJS or re.search(r"(ski|cki|dzki|owy|ny|ni|ański|ński|iński|yński)$", lem):
            return True
    return False


def adj_agree(ap, num, gender):
    return (num, gender) in ap.noms


def realise(words_forms):
    """words_forms: list of lists of strings -> list of joined phrases."""
    combos = product(*words_forms)
    out = []
    for i, c in enumerate(combos):
        if i >= MAX_COMBOS:
            break
        out.append(" ".join(c))
    return out


def build_variants(words, roles, head, head_pars, nums):
    """roles[i] in {'head','adj','noun','fixed'}; returns list of Variants."""
    variants = []
    seen_v = set()
    for hp in head_pars:
        for num in nums(hp):
            forms = {}
            g = hp.gender
            for c in CASES:
                per_word = []
                ok = True
                for i, w in enumerate(words):
                    r = roles[i]
                    if r == "head":
                        f = hp.table.get((num, c))
                    elif r == "adj":
                        f = []
                        for ap in w.adjs:
                            if adj_agree(ap, num, g):
                                for x in ap.table.get((num, c, g), []):
                                    if x not in f:
                                        f.append(x)
                        if f:
                            # substantivised geographic adjectives: "w Wysokiem Mazowieckiem"
                            for p in w.nouns:
                                if p.gender == g and p.num == num and p.quals & GEO_QUALS:
                                    f += [x for x in p.table.get((num, c), []) if x not in f]
                    elif r == "noun":
                        f = []
                        for p in w.nouns[:1]:
                            f = p.table.get((p.num if p.pt else num, c)) or p.table.get((p.num, c)) or []
                    else:
                        f = [w.text]
                    if not f:
                        ok = False
                        break
                    per_word.append(f)
                if ok:
                    forms[(num, c)] = realise(per_word)
            if forms:
                guessed = "guessed" in hp.quals or any(
                    roles[i] != "fixed" and any("guessed" in p.quals for p in getattr(w, "nouns", []))
                    for i, w in enumerate(words))
                v = Variant(g, num, forms, pt=(hp.num == "pl"), guessed=guessed)
                k = (v.glabel(), num, tuple(sorted((a, tuple(b)) for a, b in forms.items())))
                if k not in seen_v:
                    seen_v.add(k)
                    variants.append(v)
    return variants


def stop_index(texts):
    for i, t in enumerate(texts):
        if i > 0 and (t.lower() in PREPOSITIONS or not has_letters(t)):
            return i
    return len(texts)


def inflect_auto(morph, text, mode="place", want_gender=None, nums=None):
    """Inflect a name word by word with agreement (head = first noun; adjectives agree;
    further nouns in apposition inflect on their own; words after a preposition are fixed)."""
    texts = text.split(" ")
    stop = stop_index(texts)
    words = [Word(morph, t, mode) if i < stop else None for i, t in enumerate(texts)]
    fixed_word = type("F", (), {})
    for i in range(stop, len(texts)):
        fw = fixed_word()
        fw.text, fw.nouns, fw.adjs = texts[i], [], []
        words[i] = fw
    zone = range(stop)
    cand_nouns = {i: noun_pref(words[i].nouns, mode, want_gender if mode == "title" else None) for i in zone}
    roles = ["fixed"] * len(words)
    if mode == "place":
        # head = the strongest noun: geographic > common > other; strong adjectives
        # (nowy, wielki, -ski ...) are unlikely heads
        def score(i):
            ps = cand_nouns[i]
            if not ps:
                return None
            ns = 20 if any(p.quals & GEO_QUALS for p in ps) else (
                10 if any(not (p.quals & PERSON_QUALS) for p in ps) else 5)
            if words[i].adjs:
                ns -= 5 if strong_adj(words[i]) else 1
            return ns
        scored = [(score(i), -i, i) for i in zone if cand_nouns[i]]
        if scored:
            h = max(scored)[2]
            roles[h] = "noun"
            hp = cand_nouns[h]
            for i in zone:
                if i == h:
                    continue
                w = words[i]
                agrees = any(adj_agree(a, p.num, p.gender) for a in w.adjs for p in hp)
                if agrees and (strong_adj(w) or not cand_nouns[i]):
                    roles[i] = "adj"
                elif cand_nouns[i]:
                    roles[i] = "noun"
                elif w.adjs:
                    roles[i] = "adj"
        else:
            for i in zone:
                if words[i].adjs:
                    roles[i] = "adj"
    else:
        any_noun = [i for i in zone if cand_nouns[i]]
        for i in zone:
            w = words[i]
            others = [j for j in any_noun if j != i]
            if w.adjs and others:
                roles[i] = "adj"
            elif cand_nouns[i]:
                roles[i] = "noun"
            elif w.adjs:
                roles[i] = "adj"
    if mode == "title":
        # titles: a noun head preceded only by adjectives; after it only contiguous agreeing
        # adjectives inflect; the rest (genitive complements, "ds. ...") is unchanged
        heads = [i for i in zone if roles[i] == "noun"]
        if not heads:
            if not (words[0].adjs):
                return []
            h = 0
            while h + 1 < stop and words[h + 1].adjs and not cand_nouns[h + 1]:
                h += 1
            roles = ["adj" if i <= h else "fixed" for i in range(len(words))]
            return inflect_adj_head(words, roles, h, want_gender)
        h = heads[0]
        hp = cand_nouns[h]
        if h > 0 and not all(any(adj_agree(a, p.num, p.gender) for a in words[i].adjs for p in hp)
                             for i in range(h)):
            if not words[0].adjs:
                return []
            h = 0
            roles = ["adj" if i == 0 else "fixed" for i in range(len(words))]
            return inflect_adj_head(words, roles, h, want_gender)
        roles = ["adj" if i < h else "fixed" for i in range(len(words))]
        roles[h] = "head"
        j = h + 1
        while j < stop and words[j].adjs and any(adj_agree(a, p.num, p.gender) for a in words[j].adjs for p in hp):
            roles[j] = "adj"
            j += 1
        adj_idx = [i for i, r in enumerate(roles) if r == "adj"]
        agree = [p for p in hp if all(any(adj_agree(a, p.num, p.gender) for a in words[i].adjs)
                                      for i in adj_idx)] or hp
        nums_f = (lambda p: [p.num]) if nums is None else (lambda p: ["pl"] if p.pt else nums)
        return build_variants(words, roles, h, agree, nums_f)
    heads = [i for i in zone if roles[i] == "noun"]
    if not heads:
        nn = [i for i in zone if cand_nouns[i]]
        if nn:
            roles[nn[0]] = "noun"
            heads = [nn[0]]
    if not heads:
        adjs = [i for i in zone if roles[i] == "adj"]
        if not adjs:
            return []
        return inflect_adj_head(words, roles, adjs[0], want_gender)
    h = heads[0]
    roles[h] = "head"
    for i in heads[1:]:
        words[i].nouns = cand_nouns[i]
    hp_all = cand_nouns[h]
    adj_idx = [i for i, r in enumerate(roles) if r == "adj"]
    agree = [p for p in hp_all if all(any(adj_agree(a, p.num, p.gender) for a in words[i].adjs)
                                      for i in adj_idx)]
    if not agree:
        agree = hp_all
        # adjectives that cannot agree stay unchanged
        for i in adj_idx:
            roles[i] = "fixed"
    if nums is None:
        nums_f = lambda p: [p.num]
    else:
        nums_f = lambda p: ["pl"] if p.pt else nums
    return build_variants(words, roles, h, agree, nums_f)


def inflect_adj_head(words, roles, h, want_gender):
    """Phrase whose head is an adjective (substantivised): inflect in its own nominative
    gender/number; other adjectives agree."""
    ap_h = words[h].adjs
    noms = set()
    for ap in ap_h:
        noms |= ap.noms
    order = [("sg", "m1"), ("sg", "f"), ("sg", "n"), ("sg", "m3"), ("sg", "m2"),
             ("pl", "m1"), ("pl", "f"), ("pl", "n"), ("pl", "m3")]
    if want_gender:
        order = [o for o in order if o[1] == want_gender or (want_gender == "m1" and o[1] == "m1")]
    sel = [o for o in order if o in noms]
    if not sel:
        return []
    num, g = sel[0]
    variants = []
    nums = [num] + (["pl"] if num == "sg" and want_gender else [])
    for n in nums:
        forms = {}
        for c in CASES:
            per_word = []
            ok = True
            for i, w in enumerate(words):
                if roles[i] == "adj" and (i == h or i < h or (i > h and w.adjs)):
                    f = []
                    for ap in w.adjs:
                        for x in ap.table.get((n, c, g), []):
                            if x not in f:
                                f.append(x)
                else:
                    f = [w.text]
                if not f:
                    ok = False
                    break
                per_word.append(f)
            if ok:
                forms[(n, c)] = realise(per_word)
        if forms:
            variants.append(Variant(g, n, forms, pt=(num == "pl")))
    return variants


def inflect_heads(morph, text, heads, agree_ext=True, want_gender=None, nums=None, mode="inst"):
    """Inflect an institution-like name on explicit 1-based head positions.  Adjectives
    contiguous with the first head (also across 'i' between adjectives) agree with it; further
    heads are coordinated nouns inflecting on their own; the rest is unchanged."""
    texts = text.split(" ")
    if not heads or heads == [0]:
        return []
    words = []
    for i, t in enumerate(texts):
        need = (i + 1) in heads or (agree_ext and abs(i + 1 - heads[0]) <= 6)
        if need and t.lower() not in PREPOSITIONS and has_letters(t):
            words.append(Word(morph, t, mode))
        else:
            fw = type("F", (), {})()
            fw.text, fw.nouns, fw.adjs = t, [], []
            words.append(fw)
    h = heads[0] - 1
    roles = ["fixed"] * len(texts)
    hp = noun_pref(words[h].nouns, mode, want_gender)
    if not hp:
        if words[h].adjs:
            roles[h] = "adj"
            return inflect_adj_head(words, roles, h, want_gender)
        return []
    roles[h] = "head"
    for k in heads[1:]:
        if k - 1 < len(words) and words[k - 1].nouns:
            words[k - 1].nouns = noun_pref(words[k - 1].nouns, mode)
            roles[k - 1] = "noun" if words[k - 1].nouns else "fixed"
    if agree_ext:
        def agrees(i):
            return any(any(adj_agree(a, p.num, p.gender) for p in hp) for a in words[i].adjs)
        j = h - 1
        while j >= 0:
            if words[j].adjs and agrees(j):
                roles[j] = "adj"
                j -= 1
            elif texts[j] == "i" and j - 1 >= 0 and words[j - 1].adjs and agrees(j - 1):
                j -= 1
            else:
                break
        j = h + 1
        while j < len(texts):
            if (j + 1) in heads:
                break
            if words[j].adjs and agrees(j):
                roles[j] = "adj"
                j += 1
            elif texts[j] == "i" and j + 1 < len(texts) and words[j + 1].adjs and agrees(j + 1):
                j += 1
            else:
                break
    adj_idx = [i for i, r in enumerate(roles) if r == "adj"]
    agree = [p for p in hp if all(any(adj_agree(a, p.num, p.gender) for a in words[i].adjs)
                                  for i in adj_idx)] or hp
    if nums is None:
        nums_f = lambda p: [p.num]
    else:
        nums_f = lambda p: ["pl"] if p.pt else nums
    return build_variants(words, roles, h, agree, nums_f)


# ---------------------------------------------------------------------------------------------
# Output rows
# ---------------------------------------------------------------------------------------------

class Rows:
    def __init__(self, kind):
        self.kind = kind
        self.cases = defaultdict(set)
        self.freq = {}

    def add(self, form, lemma, g="", cases=(), num="", freq=None, sub="", teryt="", acronym="",
            guessed=False, expands=""):
        k = (form, lemma, g, num, sub, teryt, acronym, guessed, expands)
        self.cases[k].update(cases)
        if freq is not None:
            self.freq[k] = max(freq, self.freq.get(k, 0))

    def add_variants(self, variants, lemma_of=None, teryt="", **kw):
        """Add all forms of variants; the nominative row of each variant's base gets teryt."""
        n = 0
        for v in variants:
            base = v.forms.get((v.num, "nom"), [None])[0]
            if base is None:
                continue
            lemma = lemma_of(base) if lemma_of else base
            g = v.glabel()
            kw2 = dict(kw)
            if v.guessed:
                kw2["guessed"] = True
            for (num, c), forms in v.forms.items():
                for f in forms:
                    t = teryt if (teryt and f == base and num == v.num) else ""
                    if t:
                        # the teryt row carries all cases of the base form
                        cs = [cc for cc in CASES if base in v.forms.get((num, cc), [])]
                        self.add(f, lemma, g, cs, num, teryt=t, **kw2)
                    else:
                        self.add(f, lemma, g, [c], num, **kw2)
                    n += 1
        return n

    def write(self, path, flagger=None):
        lines = []
        for k, cs in self.cases.items():
            form, lemma, g, num, sub, teryt, acronym, guessed, expands = k
            a = []
            if g:
                a.append("g=" + g)
            if cs:
                a.append("case=" + ",".join(sorted(cs, key=CASE_ORDER.get)))
            if num:
                a.append("num=" + num)
            if k in self.freq:
                a.append("freq=%d" % self.freq[k])
            if sub:
                a.append("sub=" + sub)
            if teryt:
                a.append("teryt=" + teryt)
            if acronym:
                a.append("acronym=" + acronym)
            if guessed:
                a.append("guessed")
            if flagger is not None:
                is_common, is_demonym, is_word = flagger(form, sub)
                if is_common:
                    a.append("common")
                if is_demonym:
                    a.append("demonym")
                if is_word:
                    a.append("word=1")
            if expands:
                a.append("expands=" + expands)
            for x in (form, lemma):
                assert "\t" not in x and "\n" not in x, x
            lines.append("%s\t%s\t%s\t%s" % (form, lemma, self.kind, ";".join(a).replace("\t", " ")))
        lines.sort()
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        lemmas = len({(k[1]) for k in self.cases})
        return len(lines), lemmas


# ---------------------------------------------------------------------------------------------
# Readers
# ---------------------------------------------------------------------------------------------

def open_text(path):
    if str(path).endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def read_csv(path, delimiter=","):
    with open_text(path) as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        header = None
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if header is None:
                header = parts
                continue
            parts += [""] * (len(header) - len(parts))
            rows.append(dict(zip(header, parts)))
    return rows


def title_case(name):
    """PIOTR -> Piotr, NOWAK-JEZIORAŃSKA -> Nowak-Jeziorańska, O'BRIEN -> O'Brien."""
    out = []
    for part in name.split("-"):
        p = part.lower()
        p = p[:1].upper() + p[1:]
        p = re.sub(r"'(\w)", lambda m: "'" + m.group(1).upper(), p)
        out.append(p)
    return "-".join(out)


def load_freq_ranks():
    """Lower-cased word form -> 0-based rank in the OpenSubtitles frequency list (28k forms)."""
    rank = {}
    with open(SRC / "freq-pl-opensubtitles" / "common_words_ranked.txt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            rank.setdefault(line.strip().lower(), i)
    return rank


FIRST_NAME_COMMON_RANK = 5000   # first names: common = form among the 5k most frequent forms
NAME_COMMON_RANK = 10000        # surnames/places: common whatever the reading
WORD_RANK = 10000               # an adjective reading counts when its lemma is this frequent
# places famous enough to be frequent in the list: `common` only for a real word reading
BIG_PLACE_SUBS = {"city", "country", "voivodeship", "foreign_city"}
# countries whose towns are often named after people (see geonames-cities in build_places)
ENGLISH_NAMING = {"US", "GB", "CA", "AU", "NZ", "IE"}


def is_proper_reading(lemma, quals):
    """SGJP reading of a proper name: capitalised lemma that is not marked nazwa_pospolita."""
    return lemma[:1].isupper() and "nazwa_pospolita" not in quals


class NameFlags:
    """`common` / `demonym` flags of surname and place forms.

    - demonym: the capitalised form has an SGJP reading of an inhabitant / ethnic noun
      (capitalised lemma with the `nazwa_pospolita` qualifier, m1 or f: Polak, Niemców,
      Francuza, Greków, Ślązaczki, Mazur);
    - common: a demonym, or the lower-cased form is among the 10k most frequent forms, or it is
      in the 28k list at all and Morfeusz gives it a reading that is not a proper name: a noun,
      verb, adverb … (Dziennika, Demokracji, Zając, Lis, Mróz, Kruk, Musiał), or an adjective
      whose own lemma is among the 10k most frequent forms (Polskie, Polskim; not Kowalski).
      Readings of forms outside the list are not enough: SGJP has an ordinary-word reading for
      nearly every surname (nowak, wójcik, kowalski, wiśniewski …).
      Big places (BIG_PLACE_SUBS: city, country, voivodeship, foreign_city) are frequent because
      they are famous: their rows keep `common` only with a `word` reading or as a demonym
      (Łódź, Polska, Niemcy; not Rzym, Paryżu, Londynu, Tokio).
    - word (`word=1`): the broad, weaker test: the form as written, capitalised or lower-cased
      has any SGJP reading that is not a proper name (lower-case lemma, or a capitalised one
      with `nazwa_pospolita`): Grobem, Marszem, Bory, Wygoda, but also Nowak, Kowalski, Wójcik.
      Single-word forms only (multi-word and hyphenated forms have no whole-form reading).
    """

    def __init__(self, morph, rank):
        self.m = morph.m
        self.rank = rank
        self.cache = {}
        self.an_cache = {}   # readings of the variants of the form being flagged only
        self.n_common = self.n_demonym = 0

    def _readings(self, word):
        res = self.m.analyse(word)
        last = max((e[1] for e in res), default=0)
        return [e[2] for e in res if e[0] == 0 and e[1] == last]

    def __call__(self, form, sub=""):
        r = self.cache.get(form)
        if r is None:
            r = self.cache[form] = self._flags(form)
        common, demonym, word = r
        if sub in BIG_PLACE_SUBS and common and not (demonym or word):
            common = False
        return common, demonym, word

    def _cached_readings(self, word):
        r = self.an_cache.get(word)
        if r is None:
            r = self.an_cache[word] = self._readings(word)
        return r

    def _is_word(self, form):
        """Any non-proper-name SGJP reading of the form as written, capitalised or lower-cased."""
        if " " in form:
            return False
        for w in dict.fromkeys((form, form[:1].upper() + form[1:], form.lower())):
            for _, lemma, tag, quals, _ in self._cached_readings(w):
                if tag.split(":")[0] == "ign":
                    continue
                if not is_proper_reading(lemma.split(":")[0], quals):
                    return True
        return False

    def _flags(self, form):
        self.an_cache.clear()
        fl = form.lower()
        rk = self.rank.get(fl)
        demonym = False
        word_reading = False
        readings = self._cached_readings(form) if form[:1].isupper() and " " not in form else []
        if rk is not None and rk >= NAME_COMMON_RANK:
            readings = readings + self._cached_readings(fl)
        for _, lemma, tag, quals, _ in readings:
            pos, f = expand_tag(tag)
            if pos == "ign":
                continue
            base = lemma.split(":")[0]
            if is_proper_reading(base, quals):
                continue
            if base[:1].isupper():
                # capitalised common noun in SGJP: inhabitants and ethnic groups
                # (feminine plurals excluded: "Mazurek" is a surname before it is Mazurek, the
                # genitive plural of Mazurka)
                if pos in ("subst", "depr") and len(f) > 2 and ("m1" in f[2] or (
                        "f" in f[2] and "sg" in f[0])):
                    demonym = True
                continue
            if pos in ADJ_POS or pos in ("adja", "adjp", "adjc"):
                wr = self.rank.get(base.lower())
                if wr is not None and wr < WORD_RANK:
                    word_reading = True
            else:
                word_reading = True
        common = demonym or (rk is not None and (rk < NAME_COMMON_RANK or word_reading))
        return common, demonym, self._is_word(form)


def first_name_flags(rank):
    def flags(form, sub=""):
        rk = rank.get(form.lower())
        return (rk is not None and rk < FIRST_NAME_COMMON_RANK, False, False)
    return flags


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

def person_paradigms(morph, name, qual, gender):
    """SGJP paradigms of a person name: {lemma: {(num, case): [forms]}} restricted to gender
    (m1 or f) and qualifier ('imię' or 'nazwisko')."""
    out = {}
    for form, lemma, tag, quals, styl in morph.generate(name):
        if qual not in quals or is_old(styl):
            continue
        pos, f = expand_tag(tag)
        if pos != "subst" or f[2][0] != gender:
            continue
        t = out.setdefault(lemma, {})
        for n in f[0]:
            for c in f[1]:
                lst = t.setdefault((n, c), [])
                if form not in lst:
                    lst.append(form)
    return out


HONORIFICS = {"pan", "pani", "panna", "panicz"}
ROMAN_RE = re.compile(r"^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")


def bad_first_name_form(form, lemma):
    """One- or two-letter forms, Roman numerals (I, II, XIV) and honorifics (Pan, Pani) are
    not taken as first names."""
    fl = form.lower()
    return len(fl) <= 2 or bool(ROMAN_RE.match(fl)) or lemma.lower() in HONORIFICS or fl in HONORIFICS


def build_first_names(morph, rows):
    n_known = n_nom = n_bad = 0
    for fname, g, gender in (("first_names_male_living.csv.gz", "m", "m1"),
                             ("first_names_female_living.csv.gz", "f", "f")):
        with gzip.open(SRC / "pesel-first-names" / fname, "rt", encoding="utf-8") as fh:
            next(fh)
            for line in fh:
                p = line.rstrip("\n").split(",")
                if len(p) < 3:
                    continue
                name, cnt = title_case(p[0].strip()), int(p[2])
                if cnt < 2 or not name:
                    continue
                pars = person_paradigms(morph, name, "imię", gender)
                if pars:
                    n_known += 1
                    for lemma, t in pars.items():
                        base = lemma.split(":")[0]
                        for (num, c), forms in t.items():
                            for f in forms:
                                if bad_first_name_form(f, base):
                                    n_bad += 1
                                    continue
                                rows.add(f, base, g, [c], num, freq=cnt)
                elif cnt >= 50:
                    if bad_first_name_form(name, name):
                        n_bad += 1
                        continue
                    n_nom += 1
                    rows.add(name, name, g, ["nom"], "sg", freq=cnt)
    log("first names: %d known to SGJP, %d nominative-only, %d forms dropped (short, Roman "
        "numeral, honorific)" % (n_known, n_nom, n_bad))


def lcp(a, b):
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


class Guesser:
    """Suffix analogy: the singular paradigm of the known surname with the longest common
    suffix (majority by PESEL count among the known surnames sharing that suffix)."""
    MAXK = 5

    def __init__(self):
        self.sigs = {}
        self.sig_list = []
        self.counts = [defaultdict(int) for _ in range(self.MAXK + 1)]

    def add(self, lemma, table, count, nums=("sg",), meta=None):
        rules = []
        maxstrip = 0
        low = lemma.lower()
        for (n, c), forms in table.items():
            if n not in nums:
                continue
            for f in forms:
                p = lcp(low, f.lower())
                strip = len(lemma) - p
                maxstrip = max(maxstrip, strip)
                rules.append((n, c, strip, f[p:]))
        if not rules:
            return
        sig = (meta, tuple(sorted(rules)))
        sid = self.sigs.get(sig)
        if sid is None:
            sid = self.sigs[sig] = len(self.sig_list)
            self.sig_list.append(sig)
        for k in range(max(1, maxstrip), min(self.MAXK, len(low)) + 1):
            self.counts[k][(low[-k:], sid)] += count

    def finish(self):
        self.best = []
        for k in range(self.MAXK + 1):
            b = {}
            for (suf, sid), w in self.counts[k].items():
                if suf not in b or w > b[suf][1]:
                    b[suf] = (sid, w)
            self.best.append({s: v[0] for s, v in b.items()})
        self.counts = None

    def guess(self, name):
        low = name.lower()
        for k in range(min(self.MAXK, len(low) - 1), 0, -1):
            sid = self.best[k].get(low[-k:])
            if sid is None:
                continue
            table = {}
            meta, rules = self.sig_list[sid]
            for n, c, strip, app in rules:
                if strip >= len(name):
                    return None
                form = name[:len(name) - strip] + app
                table.setdefault((n, c), []).append(form)
            return table if meta is None else (table, meta)
        return None


def build_surnames(morph, rows):
    stats = {}
    for fname, g, gender in (("surnames_male_incl_deceased_2020-01-22.csv.gz", "m", "m1"),
                             ("surnames_female_incl_deceased_2020-01-22.csv.gz", "f", "f")):
        entries = []
        with gzip.open(SRC / "pesel-surnames" / fname, "rt", encoding="utf-8") as fh:
            next(fh)
            for line in fh:
                p = line.rstrip("\n").rsplit(",", 1)
                if len(p) < 2 or not p[1].strip().isdigit():
                    continue
                name = title_case(p[0].strip())
                if name and has_letters(name):
                    entries.append((name, int(p[1])))
        known = {}
        guesser = Guesser()
        unknown = []
        for name, cnt in entries:
            if "-" in name or " " in name:
                unknown.append((name, cnt))
                continue
            pars = person_paradigms(morph, name, "nazwisko", gender)
            if pars:
                # SGJP lemma ids of one name (e.g. Kos:Sm1) -> base form
                t = {}
                for lemma, tab in pars.items():
                    for k, v in tab.items():
                        lst = t.setdefault(k, [])
                        lst += [x for x in v if x not in lst]
                known[name] = t
                guesser.add(name, t, cnt)
                for (num, c), forms in t.items():
                    for f in forms:
                        rows.add(f, name, g, [c], num, freq=cnt)
            else:
                unknown.append((name, cnt))
        guesser.finish()
        n_guess = n_hyph = 0
        cache = {}

        def part_table(part):
            if part in known:
                return known[part], False
            if part not in cache:
                pars = person_paradigms(morph, part, "nazwisko", gender)
                if pars:
                    t = {}
                    for tab in pars.values():
                        for k, v in tab.items():
                            t.setdefault(k, []).extend(x for x in v if x not in t.get(k, []))
                    cache[part] = (t, False)
                else:
                    gt = guesser.guess(part)
                    cache[part] = (gt, True) if gt else (None, True)
            return cache[part]

        for name, cnt in unknown:
            if " " in name:
                continue
            if "-" in name:
                parts = name.split("-")
                if not all(parts):
                    continue
                tabs = [part_table(p) for p in parts]
                if any(t is None for t, _ in tabs):
                    continue
                guessed = any(gs for _, gs in tabs)
                if guessed and cnt < 20:
                    continue
                for c in CASES:
                    lists = [t.get(("sg", c)) for t, _ in tabs]
                    if not all(lists):
                        continue
                    for combo in list(product(*lists))[:MAX_COMBOS]:
                        rows.add("-".join(combo), name, g, [c], "sg", freq=cnt, guessed=guessed)
                n_hyph += 1
                continue
            if cnt < 20:
                continue
            t = guesser.guess(name)
            if not t:
                rows.add(name, name, g, ["nom"], "sg", freq=cnt, guessed=True)
                continue
            n_guess += 1
            for (num, c), forms in t.items():
                for f in forms:
                    rows.add(f, name, g, [c], num, freq=cnt, guessed=True)
        stats[g] = (len(entries), len(known), n_guess, n_hyph)
        log("surnames %s: %d entries, %d SGJP, %d guessed, %d hyphenated" % ((g,) + stats[g]))


# ---------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------

RM_SUB = {"96": "city", "01": "village"}


def place_variants(morph, name, cache={}):
    v = cache.get(name)
    if v is None:
        v = inflect_auto(morph, name, "place")
        cache[name] = v
    return v


def add_place(morph, rows, name, sub, teryt=""):
    vs = place_variants(morph, name)
    if vs:
        rows.add_variants(vs, lemma_of=lambda b: name, teryt=teryt, sub=sub)
    else:
        rows.add(name, name, "", ["nom"], "", sub=sub, teryt=teryt)
    return vs


def cap_words(s):
    return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in s.split(" "))


def loc_forms(morph, name):
    out = []
    for v in place_variants(morph, name):
        for f in v.forms.get((v.num, "loc"), []):
            if f not in out:
                out.append(f)
    return out


def gen_forms(morph, name):
    out = []
    for v in place_variants(morph, name):
        for f in v.forms.get((v.num, "gen"), []):
            if f not in out:
                out.append(f)
    return out


def w_prep(loc):
    """'w' or 'we' before a locative."""
    l = loc.lower()
    if len(l) > 1 and l[0] in "wf" and l[1] not in "aeiouyąęó":
        return "we"
    return "w"


def read_teryt():
    terc = read_csv(SRC / "teryt" / "TERC_Urzedowy_2020-09-26.csv.gz", ";")
    simc = read_csv(SRC / "teryt" / "SIMC_Urzedowy_2020-09-26.csv.gz", ";")
    return terc, simc


def train_noun_guesser(morph, words, quals, genders=None, nums_all=False):
    """Suffix-analogy guesser over the SGJP noun paradigms of the given words."""
    g = Guesser()
    for w in words:
        for p in morph.noun_pars(w):
            if not (p.quals & quals) or (genders and p.gender not in genders):
                continue
            nums = ("sg", "pl") if nums_all else (p.num,)
            g.add(p.lemma.split(":")[0], p.table, 1, nums=nums, meta=(p.gender, p.num))
    g.finish()
    return g


def build_places(morph, rows, terc, simc, freq):
    t0 = time.time()
    words = set()
    for r in simc:
        words.update(w for w in re.split(r"[ -]", r["NAZWA"]) if w.isalpha() and w[:1].isupper())
    GUESSERS["place"] = train_noun_guesser(morph, sorted(words), GEO_QUALS)
    log("  place guesser trained on %d words (%.0fs)" % (len(words), time.time() - t0))
    # voivodeships, powiats, gminas
    for r in terc:
        woj, pow_, gmi, rodz, nazwa, dod = r["WOJ"], r["POW"], r["GMI"], r["RODZ"], r["NAZWA"], r["NAZWA_DOD"]
        if not pow_:
            adj = nazwa.lower()
            for phrase in ("województwo " + adj, cap_words("województwo " + adj)):
                vs = inflect_auto(morph, phrase, "place")
                rows.add_variants(vs, teryt=woj, sub="voivodeship")
        elif not gmi:
            if dod != "powiat":
                continue
            for phrase in ("powiat " + nazwa, cap_words("powiat " + nazwa)):
                vs = inflect_auto(morph, phrase, "place")
                rows.add_variants(vs, teryt=woj + pow_, sub="powiat")
        elif rodz in ("1", "2", "3"):
            code = woj + pow_ + gmi + rodz
            for unit in ("gmina", "Gmina"):
                vs = inflect_heads(morph, unit + " " + nazwa, [1], agree_ext=False, mode="place")
                rows.add_variants(vs, teryt=code, sub="gmina")
            add_place(morph, rows, nazwa, "gmina", teryt=code)
    log("  TERC done %.0fs" % (time.time() - t0))
    for r in simc:
        sub = RM_SUB.get(r["RM"], "settlement")
        add_place(morph, rows, r["NAZWA"], sub, teryt=r["SYM"])
    log("  SIMC done %.0fs" % (time.time() - t0))
    # countries and continents (CLDR)
    continents = {"002", "003", "005", "009", "019", "142", "150"}
    skip = {"EU", "EZ", "UN", "ZZ", "QO"}
    for r in read_csv(SRC / "cldr-pl" / "territories_pl.csv"):
        code, name, variant = r["code"], r["name_pl"], r["variant"]
        if "(" in name or "." in name:
            continue
        if code.isdigit():
            if code in continents:
                add_place(morph, rows, name, "continent")
            continue
        if code in skip or code.startswith("X"):
            continue
        add_place(morph, rows, name, "country")
    for r in read_csv(SRC / "world-cities-pl" / "cities_polonized.csv"):
        if r["name_pl"]:
            add_place(morph, rows, r["name_pl"].strip(), "foreign_city")
    for r in read_csv(SRC / "cldr-pl" / "tz_exemplar_cities_pl.csv"):
        if r["tz_id"] != "Europe/Warsaw" and r["city_pl"]:
            add_place(morph, rows, r["city_pl"], "foreign_city")
    # Larger cities under their own name ("w Rotterdamie"). SGJP's geographic names are taken
    # whatever their size; a name SGJP does not know only for a city of half a million, and
    # never in English-speaking countries, which name towns after people (Hamilton, Preston).
    # Left out: ordinary Polish words (the OpenSubtitles list, or an SGJP common noun: Toyota,
    # Suita, Bad) and SGJP given names or surnames (Jackson).
    kept = 0
    for r in read_csv(SRC / "geonames-cities" / "cities.csv"):
        name = r["name"]
        if r["country_code"] == "PL" or name.lower() in freq:
            continue
        readings = [x for w in name.split() for x in morph.analyse(w)]
        person = any("imię" in q or "nazwisko" in q for _, _, q in readings)
        common = any(lemma[:1].islower() and tag != "ign" for lemma, tag, _ in readings)
        geographic = any("nazwa_geograficzna" in q for _, _, q in readings)
        unknown_ok = int(r["population"]) >= 500_000 and r["country_code"] not in ENGLISH_NAMING
        if person or common or not (geographic or unknown_ok):
            continue
        add_place(morph, rows, name, "foreign_city")
        kept += 1
    log("  geonames-cities: %d cities under their own name" % kept)
    for r in read_tsv(SRC / "polner" / "regions.tsv"):
        head = r.get("head", "").strip()
        if head:
            # explicit head: "Rzeczpospolita Polska" (1) -> "Rzeczypospolitej Polskiej"
            vs = inflect_heads(morph, r["name"], [int(x) for x in head.split(",")], mode="place")
            if vs:
                rows.add_variants(vs, lemma_of=lambda b, n=r["name"]: n, sub=r["subtype"])
                continue
            log("  regions.tsv: %s does not inflect on head %s" % (r["name"], head))
        add_place(morph, rows, r["name"], r["subtype"])
    log("  places done %.0fs" % (time.time() - t0))


# ---------------------------------------------------------------------------------------------
# Institutions
# ---------------------------------------------------------------------------------------------

VOIV_SEATS = {  # WOJ: (voivode seat, marshal seat, police HQ seats)
    "02": ("Wrocław", "Wrocław", ["Wrocław"]),
    "04": ("Bydgoszcz", "Toruń", ["Bydgoszcz"]),
    "06": ("Lublin", "Lublin", ["Lublin"]),
    "08": ("Gorzów Wielkopolski", "Zielona Góra", ["Gorzów Wielkopolski"]),
    "10": ("Łódź", "Łódź", ["Łódź"]),
    "12": ("Kraków", "Kraków", ["Kraków"]),
    "14": ("Warszawa", "Warszawa", ["Radom"]),
    "16": ("Opole", "Opole", ["Opole"]),
    "18": ("Rzeszów", "Rzeszów", ["Rzeszów"]),
    "20": ("Białystok", "Białystok", ["Białystok"]),
    "22": ("Gdańsk", "Gdańsk", ["Gdańsk"]),
    "24": ("Katowice", "Katowice", ["Katowice"]),
    "26": ("Kielce", "Kielce", ["Kielce"]),
    "28": ("Olsztyn", "Olsztyn", ["Olsztyn"]),
    "30": ("Poznań", "Poznań", ["Poznań"]),
    "32": ("Szczecin", "Szczecin", ["Szczecin"]),
}


def in_place(morph, town):
    """'w Białymstoku' phrases for a town (all locative variants)."""
    return ["%s %s" % (w_prep(l), l) for l in loc_forms(morph, town)]


def powiat_seats(terc, simc):
    """powiat code -> seat town (the town whose name shares the longest prefix with the powiat
    adjective, among towns of the powiat and cities with powiat rights of the voivodeship)."""
    towns = defaultdict(list)
    for r in simc:
        if r["RM"] == "96":
            towns[r["WOJ"] + r["POW"]].append(r["NAZWA"])
    city_powiats = defaultdict(list)
    for r in terc:
        if r["POW"] and not r["GMI"] and r["NAZWA_DOD"] == "miasto na prawach powiatu":
            city_powiats[r["WOJ"]].append(r["NAZWA"])
    seats = {}
    for r in terc:
        if r["POW"] and not r["GMI"] and r["NAZWA_DOD"] == "powiat":
            adj = r["NAZWA"].split(" ")[0].lower()
            cands = [(t, 0) for t in towns[r["WOJ"] + r["POW"]]] + [(t, 1) for t in city_powiats[r["WOJ"]]]
            best, bl = None, 3
            for t, pri in cands:
                l = lcp(adj, t.lower().replace(" ", ""))
                if l > bl or (l == bl and best is not None and pri == 0 and best[1] == 1):
                    best, bl = (t, pri), l
            if best:
                seats[r["WOJ"] + r["POW"]] = best[0]
    return seats


def masc_adj(morph, neut):
    """'podlaskie' -> 'podlaski', 'kujawsko-pomorskie' -> 'kujawsko-pomorski'."""
    parts = neut.split("-")
    for lemma, tag, quals in morph.analyse(parts[-1]):
        if tag.startswith("adj"):
            return "-".join(parts[:-1] + [lemma.split(":")[0]])
    return None


def build_institutions(morph, rows, terc, simc):
    n_names = 0

    def add_name(name, heads, sub, acronym=""):
        nonlocal n_names
        n_names += 1
        vs = inflect_heads(morph, name, heads)
        if vs:
            rows.add_variants(vs, lemma_of=lambda b: name, sub=sub, acronym=acronym)
        else:
            rows.add(name, name, "", ["nom"], "", sub=sub, acronym=acronym)

    for r in read_tsv(SRC / "polner" / "institutions.tsv"):
        heads = [int(x) for x in r["head_index"].split(",") if x.strip()]
        name, acr, sub = r["name"], r["acronym"], r["sub"]
        add_name(name, heads, sub, acr)
        if acr:
            rows.add(acr, acr, "", [], "", sub=sub, expands=name)
            # inflected acronym forms known to SGJP (ZUS-u, ZUS-em ...)
            for lemma, tag, quals in morph.analyse(acr):
                if lemma == acr and tag.startswith("subst"):
                    for form, lem, t, q, styl in morph.generate(lemma):
                        p2, f2 = expand_tag(t)
                        if lem == lemma and p2 == "subst" and form != acr and "sg" in f2[0]:
                            rows.add(form, acr, "", f2[1], "sg", sub=sub, expands=name)
                    break
    log("  hand list: %d names" % n_names)
    # courts
    courts = read_csv(SRC / "courts" / "courts_common.csv")
    for r in courts:
        add_name(r["court_name"], [1], "court")
    # prosecutors' offices alongside the courts
    for r in courts:
        m = re.match(r"Sąd (Rejonowy|Okręgowy) (w|we) (.+)$", r["court_name"])
        if m and " dla " not in r["court_name"]:
            kind = {"Rejonowy": "Rejonowa", "Okręgowy": "Okręgowa"}[m.group(1)]
            add_name("Prokuratura %s %s %s" % (kind, m.group(2), m.group(3)), [1], "local_office")
    # voivodeship offices
    voiv = {r["WOJ"]: r["NAZWA"].lower() for r in terc if not r["POW"]}
    for woj, adj in voiv.items():
        vseat, mseat, police = VOIV_SEATS[woj]
        vs = inflect_auto(morph, cap_words("województwo " + adj), "place")
        gens = [f for v in vs for f in v.forms.get(("sg", "gen"), [])]
        madj = masc_adj(morph, adj)
        for g in gens:
            add_name("Urząd Marszałkowski " + g, [1], "local_office")
            for wl in in_place(morph, mseat):
                add_name("Urząd Marszałkowski %s %s" % (g, wl), [1], "local_office")
            add_name("Sejmik " + g, [1], "body")
            add_name("Zarząd " + g, [1], "body")
        for wl in in_place(morph, vseat):
            add_name("Urząd Wojewódzki " + wl, [1], "local_office")
            if madj:
                add_name("%s Urząd Wojewódzki %s" % (cap_words(madj), wl), [2], "local_office")
            add_name("Wojewódzki Urząd Pracy " + wl, [3], "local_office")
        for p in police:
            for wl in in_place(morph, p):
                add_name("Komenda Wojewódzka Policji " + wl, [1], "local_office")
                add_name("Komenda Wojewódzka Państwowej Straży Pożarnej " + wl, [1], "local_office")
    # powiats
    seats = powiat_seats(terc, simc)
    for code, town in seats.items():
        for wl in in_place(morph, town):
            add_name("Starostwo Powiatowe " + wl, [1], "local_office")
            add_name("Komenda Powiatowa Policji " + wl, [1], "local_office")
            add_name("Komenda Powiatowa Państwowej Straży Pożarnej " + wl, [1], "local_office")
            add_name("Powiatowy Urząd Pracy " + wl, [3], "local_office")
    for r in terc:
        if r["POW"] and not r["GMI"] and r["NAZWA_DOD"] == "miasto na prawach powiatu":
            for wl in in_place(morph, r["NAZWA"]):
                add_name("Komenda Miejska Policji " + wl, [1], "local_office")
                add_name("Komenda Miejska Państwowej Straży Pożarnej " + wl, [1], "local_office")
                add_name("Powiatowy Urząd Pracy " + wl, [3], "local_office")
    # gminas
    for r in terc:
        rodz, name = r["RODZ"], r["NAZWA"]
        if not r["GMI"]:
            continue
        if rodz == "2":
            add_name("Urząd Gminy " + name, [1], "local_office")
            add_name("Rada Gminy " + name, [1], "body")
        elif rodz == "1":
            for g in gen_forms(morph, name):
                add_name("Urząd Miasta " + g, [1], "local_office")
                add_name("Rada Miasta " + g, [1], "body")
            for wl in in_place(morph, name):
                add_name("Urząd Miejski " + wl, [1], "local_office")
        elif rodz == "3":
            for g in gen_forms(morph, name):
                add_name("Urząd Miasta i Gminy " + g, [1], "local_office")
            for wl in in_place(morph, name):
                add_name("Urząd Miejski " + wl, [1], "local_office")
                add_name("Rada Miejska " + wl, [1], "body")
    log("  institutions: %d names" % n_names)


# ---------------------------------------------------------------------------------------------
# Titles
# ---------------------------------------------------------------------------------------------

def split_alternatives(t, morph=None):
    """'marszałek sejmu / senatu' -> ['marszałek sejmu', 'marszałek senatu'];
    'sekretarz / podsekretarz stanu' -> ['sekretarz stanu', 'podsekretarz stanu']."""
    if "/" not in t:
        return [t]
    parts = [p.strip() for p in t.split("/")]
    if len(parts) != 2 or not all(parts):
        return [p for p in parts if p]
    a, b = parts[0].split(" "), parts[1].split(" ")
    if len(b) == 1 and len(a) > 1:
        return [" ".join(a), " ".join(a[:-1] + b)]
    if len(a) == 1 and len(b) > 1:
        return [" ".join(a + b[1:]), " ".join(b)]
    if morph is not None and len(a) > 1 and not can_start_title(morph, b[0]):
        # "zastępca kierownika / dyrektora archiwum": the alternative replaces the complement
        return [" ".join(a + b[1:]), " ".join(a[:-1] + b)]
    return [parts[0], parts[1]]


def can_start_title(morph, word):
    """A title starts with a nominative noun or adjective known to SGJP."""
    return bool(morph.noun_pars(word.lower()) or morph.adj_pars(word.lower()))


def guess_head_variants(morph, text, hi, gender):
    """Head unknown to SGJP in the wanted gender (wicepremierka, ministra): guessed paradigm of
    the head word, the rest unchanged."""
    g = GUESSERS.get("title")
    words = text.split(" ")
    if g is None or not (0 < hi <= len(words)):
        return []
    res = g.guess(words[hi - 1])
    if not res or res[1][0] != gender:
        return []
    table, _ = res
    out = []
    for num in ("sg", "pl"):
        forms = {}
        for c in CASES:
            f = table.get((num, c))
            if f:
                forms[(num, c)] = [" ".join(words[:hi - 1] + [x] + words[hi:]) for x in f]
        if forms:
            out.append(Variant(gender, num, forms, guessed=True))
    return out


def clean_title(t):
    t = re.sub(r"\([^)]*\)", " ", t)
    t = re.sub(r"\s+", " ", t).strip(" ,;-")
    return t


def is_nom_sg_title(morph, title):
    """A title read from KZiS / the GUS thesaurus is kept when it is a nominative singular noun
    phrase: its first word is a noun in the nominative singular ("dyrektor", "przewodniczący"),
    or adjectives in the nominative singular come before such a noun ("główny księgowy",
    "starszy specjalista").  Drops fragments such as "turystycznych", "opery", "pozostali
    betoniarze", "zastępcy pozostałych kierowników ..."."""
    def readings(w):
        out = []
        for lemma, tag, quals in morph.analyse(w):
            pos, f = expand_tag(tag)
            if len(f) >= 2 and "sg" in f[0] and "nom" in f[1]:
                out.append(pos)
        return out
    words = title.split(" ")
    for i, w in enumerate(words[:4]):
        r = readings(w)
        if "subst" in r:
            return True
        if not any(p in ADJ_POS for p in r):
            return False
    return False


def build_titles(morph, rows):
    titles = {}  # masculine title -> (feminine or '', head index or None)
    for r in read_csv(SRC / "public-office-titles" / "public_office_titles.csv"):
        titles[r["title"].lower()] = (r["feminine"].lower(), None)
    for r in read_tsv(SRC / "polner" / "titles.tsv"):
        titles[r["title"].lower()] = (r["feminine"].lower(), int(r["head_index"] or 1))
    extra = []
    for r in read_csv(SRC / "kzis" / "kzis-official-2023.csv"):
        extra.append(r["name"])
    for r in read_csv(SRC / "kzis" / "gus-thesaurus.csv"):
        for t in r["desc"].split(", "):
            extra.append(t)
    n_not_np = 0
    not_np = set()
    for t in extra:
        letters = [ch for ch in t if ch.isalpha()]
        if not letters or all(ch.isupper() for ch in letters):
            continue
        for alt in split_alternatives(clean_title(t), morph):
            alt = alt.lower().strip()
            if alt and alt not in titles and len(alt.split(" ")) <= 8 and \
                    can_start_title(morph, alt.split(" ")[0]):
                if not is_nom_sg_title(morph, alt):
                    if alt not in not_np:
                        not_np.add(alt)
                        n_not_np += 1
                    continue
                titles[alt] = ("", None)
    log("  titles: %d KZiS/GUS entries dropped (not a nominative singular noun phrase)" % n_not_np)
    words = set()
    for t, (f, _) in titles.items():
        words.update(t.split(" "))
        words.update(f.split(" "))
    for t in not_np:
        # the dropped entries still teach the head guesser ("siostra" -> "ministra")
        words.update(t.split(" "))
    GUESSERS["title"] = train_noun_guesser(morph, sorted(w for w in words if w.isalpha()),
                                           {"nazwa_pospolita"}, genders={"m1", "f"}, nums_all=True)
    # feminine heads from single-word titles (dyrektor -> dyrektorka)
    fem_head = {m: f for m, (f, _) in titles.items() if f and " " not in m and " " not in f and f != m}
    n_fail = 0
    for title, (fem, hi) in titles.items():
        for text, g in ((title, "m1"), (fem, "f")):
            if not text or (g == "f" and text == title and False):
                continue
            if hi:
                vs = inflect_heads(morph, text, [hi], want_gender=g, nums=["sg", "pl"], mode="title")
            else:
                vs = inflect_auto(morph, text, "title", want_gender=g, nums=["sg", "pl"])
            if not vs and g == "m1" and not hi:
                # feminine occupation names in KZiS (pielęgniarka, położna)
                vs = inflect_auto(morph, text, "title", want_gender="f", nums=["sg", "pl"])
                if vs:
                    g = "f"
            if not vs:
                vs = guess_head_variants(morph, text, hi or 1, g)
            if vs:
                rows.add_variants([v for v in vs], lemma_of=lambda b, t=text: t)
            else:
                n_fail += 1
                rows.add(text, text, "m" if g == "m1" else "f", ["nom"], "sg")
        if not fem and " " in title:
            # derive a feminine title from a known feminine head: dyrektor departamentu ->
            # dyrektorka departamentu (only for head-first titles)
            w = title.split(" ")
            if w[0] in fem_head:
                ftext = " ".join([fem_head[w[0]]] + w[1:])
                vs = inflect_heads(morph, ftext, [1], agree_ext=False, want_gender="f",
                                   nums=["sg", "pl"], mode="title")
                if vs:
                    rows.add_variants(vs, lemma_of=lambda b, t=ftext: t)
    log("  titles: %d masculine entries, %d not inflected" % (len(titles), n_fail))


# ---------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--only", default="", help="comma-separated subset: first_names,surnames,places,institutions,titles")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    only = set(filter(None, args.only.split(",")))
    t0 = time.time()
    morph = Morph()
    rank = load_freq_ranks()
    log("SGJP dictionary: %s" % morph.m.dict_id())
    terc = simc = None
    counts = {}
    for kind, fname in (("first_name", "first_names"), ("surname", "surnames"), ("place", "places"),
                        ("institution", "institutions"), ("title", "titles")):
        if only and fname not in only:
            continue
        t1 = time.time()
        rows = Rows(kind)
        if kind in ("place", "institution") and terc is None:
            terc, simc = read_teryt()
        if kind == "first_name":
            build_first_names(morph, rows)
        elif kind == "surname":
            build_surnames(morph, rows)
        elif kind == "place":
            build_places(morph, rows, terc, simc, rank)
        elif kind == "institution":
            build_institutions(morph, rows, terc, simc)
        else:
            build_titles(morph, rows)
        if kind == "first_name":
            flagger = first_name_flags(rank)
        elif kind in ("surname", "place"):
            flagger = NameFlags(morph, rank)
        else:
            flagger = None
        counts[fname] = rows.write(out / (fname + ".tsv"), flagger)
        log("%s.tsv: %d rows, %d lemmas (%.0fs)" % (fname, counts[fname][0], counts[fname][1], time.time() - t1))
        del rows
    log("total %.0fs" % (time.time() - t0))
    for k, (n, l) in counts.items():
        print("%s\t%d rows\t%d lemmas" % (k, n, l))


if __name__ == "__main__":
    main()
