#!/usr/bin/env python3
"""Quality floors: compare score.py --json results with .ci/floors.json.

  check_floors.py SCORES_DIR              exit 1 when a score fell more than TOLERANCE below its floor
  check_floors.py SCORES_DIR --write      (re)write .ci/floors.json from SCORES_DIR (floors = the
                                          measured values rounded down to 2 decimals)
  check_floors.py SCORES_DIR --write --measured-at "commit 1983e11"
                                          the same, recording what was measured
  check_floors.py SCORES_DIR --floors F   use another floors file

SCORES_DIR holds <corpus>.json (score.py GOLD PRED --json) and <corpus>.lemma.json
(.ci/lemma_check.py --json), as written by `.ci/eval --json SCORES_DIR`.

Failing, per corpus: every label's exact F1 (and the ALL row, and the roles F1 where the gold has
roles) more than TOLERANCE below its floor. Warning only: norm acc (score.py) and lemma acc (the
lemma check) below their floors — they are measured on the exact matches, so they also move when
recall changes (new, harder matches), not only when base forms get worse. A corpus or label that
has a floor but no score fails; a score without a floor is listed as "new"; a score well above its
floor suggests --write (after a deliberate improvement, to tighten the floors).
"""
import argparse
import json
import os
import sys
from decimal import ROUND_FLOOR, Decimal

TOLERANCE = 0.01
EPS = 1e-9
HERE = os.path.dirname(os.path.abspath(__file__))


def floor2(x):
    return float(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_FLOOR))


def measured(scores_dir):
    """{corpus: {label: {metric: (value, n)}}} from the score files."""
    out = {}
    for fn in sorted(os.listdir(scores_dir)):
        path = os.path.join(scores_dir, fn)
        if fn.endswith(".lemma.json"):
            corpus = fn[: -len(".lemma.json")]
            r = json.load(open(path, encoding="utf-8"))
            labels = out.setdefault(corpus, {})
            for l, v in r["labels"].items():
                if v["lemma_acc"] is not None:
                    labels.setdefault(f"lemma:{l}", {})["lemma_acc"] = (v["lemma_acc"], v["whole"])
        elif fn.endswith(".json"):
            corpus = fn[: -len(".json")]
            r = json.load(open(path, encoding="utf-8"))
            labels = out.setdefault(corpus, {})
            for l, v in r["labels"].items():
                if not v["gold"]:
                    continue
                m = labels.setdefault(l, {})
                m["exact_f1"] = (v["exact"]["f1"], v["gold"])
                if v.get("norm_acc") is not None:
                    m["norm_acc"] = (v["norm_acc"], v["norm_n"])
            if "roles" in r:
                labels.setdefault("roles", {})["exact_f1"] = (r["roles"]["f1"], r["roles"]["gold"])
    return out


def write(scores, path, measured_at=None):
    floors = {
        "_comment": "Written by .ci/check_floors.py --write: measured scores rounded down to 2 decimals. "
        f"A drop of more than {TOLERANCE} below a floor fails `.ci/eval --check`.",
        "measured_at": measured_at,
        "tolerance": TOLERANCE,
        "corpora": {
            corpus: {
                label: {metric: floor2(v) for metric, (v, _n) in sorted(metrics.items())}
                for label, metrics in sorted(labels.items())
            }
            for corpus, labels in sorted(scores.items())
        },
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(floors, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"check_floors: wrote {path} ({sum(len(l) for l in floors['corpora'].values())} labels)")


def check(scores, path):
    floors = json.load(open(path, encoding="utf-8"))
    tol = floors.get("tolerance", TOLERANCE)
    failures, warnings, notes, checked = [], [], [], 0
    for corpus, labels in floors["corpora"].items():
        if corpus not in scores:
            failures.append(f"{corpus}: no scores (expected {corpus}.json / {corpus}.lemma.json)")
            continue
        for label, metrics in labels.items():
            got = scores[corpus].get(label)
            for metric, floor in metrics.items():
                if got is None or metric not in got:
                    failures.append(f"{corpus} / {label}: no {metric} measured (floor {floor:.2f})")
                    continue
                value, n = got[metric]
                checked += 1
                if value + EPS < floor - tol:
                    msg = (f"{corpus} / {label}: {metric} {value:.4f} dropped more than {tol} below its floor "
                           f"{floor:.2f} (lowest allowed {floor - tol:.2f}; n={n})")
                    (failures if metric == "exact_f1" else warnings).append(msg)
                elif value >= floor + 0.02:
                    notes.append(f"{corpus} / {label}: {metric} {value:.4f} is above its floor {floor:.2f}: consider --write")
    for corpus, labels in scores.items():
        for label, metrics in labels.items():
            for metric, (value, n) in metrics.items():
                if metric not in floors["corpora"].get(corpus, {}).get(label, {}):
                    notes.append(f"{corpus} / {label}: new {metric} {value:.4f} (n={n}) without a floor")
    for n in notes:
        print(f"check_floors: note: {n}")
    for w in warnings:
        print(f"check_floors: WARN: {w}")
    for f in failures:
        print(f"check_floors: FAIL: {f}")
    if failures:
        print(f"check_floors: {len(failures)} of {checked} floors violated ({path})")
        return 1
    print(f"check_floors: all {checked} floors hold" + (f" ({len(warnings)} warnings)" if warnings else "") + f" ({path})")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("scores_dir")
    ap.add_argument("--floors", default=os.path.join(HERE, "floors.json"))
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--measured-at", help="with --write: what was measured (e.g. the commit)")
    a = ap.parse_args()
    if not os.path.isdir(a.scores_dir):
        sys.exit(f"check_floors: {a.scores_dir} is not a directory")
    scores = measured(a.scores_dir)
    if not scores:
        sys.exit(f"check_floors: no score files in {a.scores_dir}")
    if a.write:
        write(scores, a.floors, a.measured_at)
        return 0
    return check(scores, a.floors)


if __name__ == "__main__":
    sys.exit(main())
