#!/usr/bin/env python3
"""The Python baseline of issue 7: the recognition job of `lithkg build`, written
the way a Python user would write it, with jieba.posseg.

* the lexicon (companies, products, organizations, regions, their aliases and
  short forms) is loaded as jieba's user dictionary;
* pages are cleaned with regular expressions (tags, pinyin annotations, photo
  captions, boilerplate);
* sentences are segmented with jieba.posseg (HMM on, the default);
* entities: dictionary words, organization names grown leftwards from a head
  word of data/rules/heads.tsv, persons (nr) next to a title of titles.tsv;
* figures: an indicator of indicators.tsv followed by a number and a unit;
* relations: a trigger of triggers.tsv between two entities of one sentence;
* everything is merged into one graph (nodes, edges with a weight and at most
  five evidence sentences, facts) written as JSON.

Usage: baseline.py [--repo DIR] [--max-mb N] [--out graph.json] INPUT...
Prints one line: files, bytes, seconds, MB/s, documents/s, nodes, edges, facts.
"""

import argparse
import json
import logging
import os
import re
import sys
import tempfile
import time

try:
    import jieba
    import jieba.posseg as pseg
except ImportError:
    sys.exit("baseline.py: jieba is not installed (pip install jieba)")

jieba.setLogLevel(logging.WARNING)


def rows(path):
    """Rows of a TSV file of data/, header skipped."""
    out = []
    header = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            out.append(dict(zip(header, cols)))
    return out


def words(path):
    with open(path, encoding="utf-8") as f:
        return [w.strip() for w in f if w.strip() and not w.startswith("#")]


class Lexicon:
    def __init__(self, repo):
        lex = os.path.join(repo, "data", "lexicon")
        rules = os.path.join(repo, "data", "rules")
        self.kind = {}  # written form -> (canonical, type)
        for r in rows(os.path.join(lex, "companies.tsv")):
            for form in [r["name"]] + [a for a in r["aliases"].split("|") if a]:
                self.kind.setdefault(form, (r["name"], "company"))
        for r in rows(os.path.join(lex, "products.tsv")):
            for form in [r["name"]] + [a for a in r["aliases"].split("|") if a]:
                self.kind.setdefault(form, (r["name"], "product"))
        for r in rows(os.path.join(lex, "organizations.tsv")):
            for form in [r["name"]] + [a for a in r["aliases"].split("|") if a]:
                self.kind.setdefault(form, (r["name"], r["type"]))
        ambiguous = set(words(os.path.join(lex, "ambiguous_regions.txt")))
        for r in rows(os.path.join(lex, "regions.tsv")):
            self.kind.setdefault(r["name"], (r["name"], "region"))
            for s in r["short"].split("|"):
                if s and s not in ambiguous:
                    self.kind.setdefault(s, (r["name"], "region"))
        self.generic = set(words(os.path.join(lex, "generic.txt")))
        self.heads = {}
        for r in rows(os.path.join(rules, "heads.tsv")):
            self.heads[r["head"]] = r["type"]
        # Longest heads first, so 股份有限公司 wins over 公司.
        self.head_re = re.compile(
            "(" + "|".join(sorted(map(re.escape, self.heads), key=len, reverse=True)) + ")$"
        )
        self.titles = {r["word"] for r in rows(os.path.join(rules, "titles.tsv")) if r["kind"] == "title"}
        self.triggers = {}
        for r in rows(os.path.join(rules, "triggers.tsv")):
            for w in r["words"].split("|"):
                self.triggers.setdefault(w, r["relation"])
        self.trigger_re = re.compile(
            "|".join(sorted(map(re.escape, self.triggers), key=len, reverse=True))
        )
        self.indicators = [r["word"] for r in rows(os.path.join(rules, "indicators.tsv"))]
        self.figure_re = re.compile(
            "("
            + "|".join(sorted(map(re.escape, self.indicators), key=len, reverse=True))
            + r")[^，。；,;]{0,12}?(\d+(?:\.\d+)?)\s*(亿元|万元|万吨|吨|GWh|%|家|个|项)"
        )
        self.cuts = [r["marker"] for r in rows(os.path.join(rules, "boilerplate.tsv")) if r["kind"] == "cut"]
        self.lines = [r["marker"] for r in rows(os.path.join(rules, "boilerplate.tsv")) if r["kind"] == "line"]

    def load_into_jieba(self):
        tag = {"company": "nt", "product": "nz", "region": "ns"}
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
            for form, (_, kind) in self.kind.items():
                if " " in form:
                    continue
                f.write(f"{form} 100000 {tag.get(kind, 'nt')}\n")
            for h in self.heads:
                f.write(f"{h} 5000 n\n")
            for t in self.titles:
                f.write(f"{t} 5000 n\n")
            name = f.name
        jieba.load_userdict(name)
        os.unlink(name)


TAG_RE = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)
PINYIN_RE = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ ]+\)")
SENT_RE = re.compile(r"[^。！？；!?\n]+[。！？；!?]?")


def clean(text, lex, html):
    if html:
        text = TAG_RE.sub("\n", text)
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    text = PINYIN_RE.sub("", text)
    for m in lex.cuts:
        i = text.find(m)
        if i >= 0:
            text = text[:i]
    out, seen = [], set()
    for line in text.split("\n"):
        line = line.strip()
        if not line or line.startswith("▲") or line in seen:
            continue
        if any(line.startswith(m) or m in line[:12] for m in lex.lines):
            continue
        seen.add(line)
        out.append(line)
    return "\n".join(out)


class Graph:
    def __init__(self):
        self.nodes = {}  # (type, name) -> mentions
        self.edges = {}  # (head, relation, tail) -> [weight, evidence]
        self.facts = []

    def node(self, kind, name):
        key = (kind, name)
        self.nodes[key] = self.nodes.get(key, 0) + 1
        return key

    def edge(self, a, rel, b, sentence):
        e = self.edges.setdefault((a, rel, b), [0, []])
        e[0] += 1
        if len(e[1]) < 5 and sentence not in e[1]:
            e[1].append(sentence)


def analyze(text, lex, graph):
    for sent in SENT_RE.findall(text):
        sent = sent.strip()
        if len(sent) < 2:
            continue
        toks = list(pseg.cut(sent))
        ents = []  # (position, key)
        pos = 0
        for i, (w, flag) in enumerate(toks):
            if w in lex.kind:
                canon, kind = lex.kind[w]
                ents.append((pos, graph.node(kind, canon)))
            elif lex.head_re.search(w) or w in lex.heads:
                # Grow the name leftwards over place names, proper nouns and nouns.
                j = i
                name = w
                while j > 0 and len(name) < 24:
                    pw, pf = toks[j - 1]
                    if pf[:2] in ("ns", "nt", "nz", "nr", "n", "j") and pw not in lex.generic and not lex.trigger_re.fullmatch(pw):
                        name = pw + name
                        j -= 1
                    else:
                        break
                if name != w and name not in lex.generic:
                    kind = lex.heads.get(lex.head_re.search(name).group(1), "company") if lex.head_re.search(name) else "company"
                    ents.append((pos - len(name) + len(w), graph.node(kind, name)))
            elif flag == "nr" and 2 <= len(w) <= 3:
                near = [t for t, _ in toks[max(0, i - 2): i + 2]]
                if any(t in lex.titles for t in near):
                    ents.append((pos, graph.node("person", w)))
            pos += len(w)
        for m in lex.figure_re.finditer(sent):
            subject = None
            for p, key in ents:
                if p <= m.start():
                    subject = key
            if subject is not None:
                graph.facts.append((subject, m.group(1), m.group(2), m.group(3), sent))
        if len(ents) >= 2:
            for m in lex.trigger_re.finditer(sent):
                left = [k for p, k in ents if p < m.start()]
                right = [k for p, k in ents if p >= m.end()]
                if left and right and left[-1] != right[0]:
                    graph.edge(left[-1], lex.triggers[m.group(0)], right[0], sent)


def inputs(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    if f.endswith((".txt", ".md", ".html", ".htm")):
                        yield os.path.join(root, f)
        else:
            yield p


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--repo", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    ap.add_argument("--max-mb", type=float, default=None, help="stop after this many MB of input")
    ap.add_argument("--out", default=None, help="write the graph as JSON here")
    a = ap.parse_args()

    t_load = time.perf_counter()
    lex = Lexicon(a.repo)
    lex.load_into_jieba()
    jieba.initialize()
    load_s = time.perf_counter() - t_load

    graph = Graph()
    files = total = 0
    t0 = time.perf_counter()
    for path in inputs(a.inputs):
        with open(path, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8", errors="replace")
        analyze(clean(text, lex, path.endswith((".html", ".htm"))), lex, graph)
        files += 1
        total += len(raw)
        if a.max_mb is not None and total >= a.max_mb * 1e6:
            break
    secs = time.perf_counter() - t0
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            json.dump(
                {
                    "nodes": [{"type": k, "name": n, "mentions": c} for (k, n), c in graph.nodes.items()],
                    "links": [
                        {"source": h[1], "relation": r, "target": t[1], "weight": w, "evidence": ev}
                        for (h, r, t), (w, ev) in graph.edges.items()
                    ],
                    "facts": [{"subject": s[1], "indicator": i, "value": v, "unit": u} for s, i, v, u, _ in graph.facts],
                },
                f,
                ensure_ascii=False,
            )
    print(
        f"baseline: {files} files, {total} bytes, load {load_s:.2f}s, analyze {secs:.2f}s, "
        f"{total / 1e6 / secs:.3f} MB/s, {files / secs:.2f} docs/s, "
        f"{len(graph.nodes)} nodes, {len(graph.edges)} edges, {len(graph.facts)} facts"
    )


if __name__ == "__main__":
    main()
