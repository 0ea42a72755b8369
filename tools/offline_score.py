#!/usr/bin/env python3
"""Score an offline extraction dump (ExtractionDump's JSON) with the real scorer's logic.

    python3 tools/offline_score.py dump.json [--gold /work/shared/gold/seeds] [--eval /work/shared/eval]

Reuses score_document, Tally and Accuracy from score.py so the figures match the service's report,
except the headline GraphQL query, which is answered from the dump (departments leading a Q4 task).
"""
import argparse
import glob
import json
import os
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--gold", default="/work/shared/gold/seeds")
    ap.add_argument("--eval", default="/work/shared/eval")
    args = ap.parse_args()
    sys.path.insert(0, args.eval)
    import score as S

    docs = {d["fileName"]: d for d in json.load(open(args.dump, encoding="utf-8"))}
    golds = {}
    for path in sorted(glob.glob(os.path.join(args.gold, "*.json"))):
        g = json.load(open(path, encoding="utf-8"))
        golds[g["doc"]] = g

    T = {k: S.Tally() for k in ("departments (canonical)", "departments (any form)", "tasks", "task leads",
                                "task responsibles", "task supports", "lead x due quarter", "deadline dates",
                                "targets", "projects")}
    A = {k: S.Accuracy() for k in ("city", "province", "kind", "title", "docNumber", "issued", "period", "planYear",
                                   "task deadline date", "task deadline kind", "target comparator",
                                   "target period", "source spans exact")}
    report, gold_q4, found_q4 = [], set(), set()
    empty = {"departments": [], "tasks": [], "targets": [], "projects": [], "text": ""}
    for name, gold in golds.items():
        found = docs.get(name, empty)
        gold_q4 |= {l for l, q in S.score_document(gold, found, T, A, report) if q.endswith("Q4")}
        for t in found["tasks"]:
            d = t.get("deadline") or {}
            if d.get("quarter") == 4:
                found_q4 |= {S.norm(l["name"]) for l in t["leads"]}
    cities = {S.norm(g.get("city")) for g in golds.values() if g.get("city")}
    found_q4 = {n for n in found_q4 if any(n.startswith(c) for c in cities) or n in gold_q4}
    hl = S.Tally()
    hl.add(*S.set_tally(gold_q4, found_q4))

    print("\nper document: tasks found/expected, targets found/expected, projects found/expected")
    for doc, rt, mt, gt, mtg, gp, mp in report:
        print(f"  {doc:34s} tasks {mt:3d}/{rt:<3d} targets {mtg:3d}/{gt:<3d} projects {mp:3d}/{gp:<3d}")
    print(f"\n{'fact':28s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    f1s = []
    for k, t in list(T.items()) + [("departments leading Q4 (query)", hl)]:
        p, r, f = t.prf()
        f1s.append(f)
        print(f"{k:28s} {p:6.3f} {r:6.3f} {f:6.3f}   (tp {t.tp}, fp {t.fp}, fn {t.fn})")
    print(f"\n{'accuracy':28s} {'value':>6s}")
    accs = []
    for k, a in A.items():
        accs.append(a.value())
        print(f"{k:28s} {a.value():6.3f}   ({a.ok}/{a.n})")
    overall = 0.75 * sum(f1s) / len(f1s) + 0.25 * sum(accs) / len(accs)
    print(f"\noverall extraction score {overall:.3f} (0.75 x mean F1 + 0.25 x mean accuracy)")


if __name__ == "__main__":
    main()
