#!/usr/bin/env python3
"""How often a fact's indicator reads like the gold's (eval does not score indicators).

Builds the gold documents of one split with the release binary, takes each predicted fact
that matches a gold fact as eval matches it (subject by name or alias, value, unit, year),
and counts it as agreeing when the two indicators share a two-character run or one contains
the other (产能 / 碳酸锂产能 agree, 同比增长 / 退役电池处理量 do not).

    scripts/indicator_agreement.py [--split tuned|heldout] [-v]

-v lists the disagreements of the tuned split (never of the held-out one).
"""
import json, os, subprocess, sys, tempfile

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
gold_dir = os.path.join(root, "data", "gold")
split = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else "tuned"
verbose = "-v" in sys.argv and split == "tuned"
held = {l.strip() for l in open(os.path.join(gold_dir, "HELDOUT")) if l.strip() and not l.startswith("#")}

with tempfile.TemporaryDirectory() as tmp:
    docs = os.path.join(tmp, "docs")
    os.mkdir(docs)
    for f in os.listdir(gold_dir):
        stem, ext = os.path.splitext(f)
        if ext in (".txt", ".html") and os.path.exists(os.path.join(gold_dir, stem + ".gold.json")):
            if (stem in held) == (split == "heldout"):
                os.symlink(os.path.join(gold_dir, f), os.path.join(docs, f))
    binary = os.path.join(root, "target", "release", "lithkg")
    subprocess.run([binary, "build", docs, "-o", os.path.join(tmp, "out")], check=True, capture_output=True)
    graph = json.load(open(os.path.join(tmp, "out", "graph.json")))

predicted = {}
for n in graph["nodes"]:
    names = {n["name"], *n.get("aliases", [])}
    for f in n.get("facts", []):
        for e in f["evidence"]:
            predicted.setdefault(e["document"], []).append((names, f))

def runs(s):
    return {s[i : i + 2] for i in range(len(s) - 1)}

matched = agree = 0
for doc, facts in sorted(predicted.items()):
    gold = json.load(open(os.path.join(gold_dir, doc + ".gold.json")))
    forms = {e["name"]: {e["name"], *e.get("aliases", [])} for e in gold["entities"]}
    for names, f in facts:
        g = next((g for g in gold["facts"] if names & forms.get(g["subject"], set())
                  and abs(float(g["value"]) - float(f["value"])) < 1e-9
                  and g["unit"] == f["unit"] and g.get("year") == f.get("year")), None)
        if g is None:
            continue
        matched += 1
        p, q = f["indicator"], g["indicator"]
        if p in q or q in p or runs(p) & runs(q):
            agree += 1
        elif verbose:
            print(f"{doc}\t{g['subject']}\t{f['value']}{f['unit']}\tours {p}\tgold {q}")
print(f"{split}: {matched} matched facts, indicator agrees on {agree} ({agree / max(matched, 1):.3f})")
