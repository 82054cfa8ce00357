#!/usr/bin/env python3
"""Print the README's results table from a `.ci/eval --json DIR` directory.

    .ci/results_table.py DIR        markdown: per corpus and label, exact P/R/F1, overlap F1, base-form accuracy
"""
import json
import sys
from pathlib import Path


def main():
    d = Path(sys.argv[1])
    print("| corpus | label | gold | exact P | exact R | exact F1 | overlap F1 | base form / value acc |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for f in sorted(d.glob("*.json")):
        if f.name.endswith(".lemma.json"):
            continue
        r = json.loads(f.read_text())
        for label, v in r["labels"].items():
            acc = f"{v['norm_acc']:.3f} ({v['norm_n']})" if v.get("norm_acc") is not None else "–"
            e, o = v["exact"], v["overlap"]
            print(f"| {f.stem} | {label} | {v['gold']} | {e['p']:.3f} | {e['r']:.3f} | **{e['f1']:.3f}** | {o['f1']:.3f} | {acc} |")
        if "roles" in r:
            x = r["roles"]
            print(f"| {f.stem} | roles | {x['gold']} | {x['p']:.3f} | {x['r']:.3f} | **{x['f1']:.3f}** | – | – |")
    for f in sorted(d.glob("*.lemma.json")):
        r = json.loads(f.read_text())
        print(f"\n{f.stem}: {json.dumps(r, ensure_ascii=False)[:300]}")


if __name__ == "__main__":
    main()
