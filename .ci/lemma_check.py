#!/usr/bin/env python3
"""Lemma check on PolEval 2019 Task 2 phrases (poleval2019-lemma-dev.jsonl).

Each gold "document" is a list of phrases, one per line of its text, each with its gold lemma
(label `phrase`, which score.py does not score). For the phrases that our extractor finds as one
whole entity (same code-point span, any label), we measure the share whose lemma equals the gold
lemma (exactly, and ignoring case). Coverage (phrases found whole / all phrases) is printed too.

  lemma_check.py GOLD PRED                      table
  lemma_check.py GOLD PRED --json               the same as one JSON object on stdout
  lemma_check.py GOLD PRED --json-out FILE      table on stdout, JSON into FILE
  lemma_check.py GOLD PRED --errors N           also list N wrong lemmas per label

PRED is the output of `polner --jsonl GOLD`. For dates the lemma is the surface text (the ISO value
is in `value`), so dates are compared by their `lemma` like everything else.
"""
import argparse
import json
import sys
from collections import defaultdict


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if line:
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as e:
                    sys.exit(f"{path}:{n}: not JSON: {e}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--json-out")
    ap.add_argument("--errors", type=int, default=0)
    a = ap.parse_args()

    preds = {d["id"]: d.get("entities", []) for d in read_jsonl(a.pred)}
    c = defaultdict(lambda: defaultdict(int))
    wrong = defaultdict(list)
    phrases = docs = missing = 0
    for doc in read_jsonl(a.gold):
        docs += 1
        if doc["id"] not in preds:
            missing += 1
        found = {}
        for e in preds.get(doc["id"], []):
            found.setdefault((int(e["start"]), int(e["end"])), e)
        for g in doc.get("entities", []):
            if g.get("label") != "phrase" or not g.get("lemma"):
                continue
            phrases += 1
            e = found.get((g["start"], g["end"]))
            if e is None:
                continue
            for label in (e["label"], "ALL"):
                k = c[label]
                k["n"] += 1
                k["ok"] += int(e.get("lemma") == g["lemma"])
                k["ok_ci"] += int((e.get("lemma") or "").casefold() == g["lemma"].casefold())
            if a.errors and e.get("lemma") != g["lemma"] and len(wrong[e["label"]]) < a.errors:
                wrong[e["label"]].append((g["text"], g["lemma"], e.get("lemma")))

    labels = sorted(l for l in c if l != "ALL") + ["ALL"]
    result = {
        "docs": docs,
        "docs_without_prediction": missing,
        "phrases": phrases,
        "labels": {
            l: {
                "whole": c[l]["n"],
                "lemma_acc": round(c[l]["ok"] / c[l]["n"], 4) if c[l]["n"] else None,
                "lemma_acc_ci": round(c[l]["ok_ci"] / c[l]["n"], 4) if c[l]["n"] else None,
            }
            for l in labels
        },
    }
    result["coverage"] = round(c["ALL"]["n"] / phrases, 4) if phrases else 0.0
    if a.json_out:
        with open(a.json_out, "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False)
            f.write("\n")
    if a.json:
        print(json.dumps(result, ensure_ascii=False))
        return
    if missing:
        print(f"warning: {missing} gold documents have no prediction line")
    print(f"{phrases} phrases; {c['ALL']['n']} found as one whole entity (coverage {result['coverage']:.3f})")
    print(f"{'label':<12}{'whole':>7}   {'lemma acc':>9}   {'ignoring case':>13}")
    for l in labels:
        r = result["labels"][l]
        acc = f"{r['lemma_acc']:.3f}" if r["lemma_acc"] is not None else "-"
        aci = f"{r['lemma_acc_ci']:.3f}" if r["lemma_acc_ci"] is not None else "-"
        print(f"{l:<12}{r['whole']:>7}   {acc:>9}   {aci:>13}")
    for l, rows in wrong.items():
        print(f"\n{l} wrong lemmas (text / gold / ours):")
        for t, gl, ours in rows:
            print(f"  {t!r}  {gl!r}  {ours!r}")


if __name__ == "__main__":
    main()
