#!/usr/bin/env python3
"""Naive clause aligner: the whole-process yardstick for `agreement-diff compare`.

Splits two agreements into clauses by numbering at the start of a line, weighs each clause's
character bigrams by TF-IDF, scores every left/right pair by cosine and matches greedily one to one,
best score first, above a threshold. Prints JSON. Python 3 standard library only.
"""
import argparse
import json
import math
import re
from collections import Counter

# Numbering that opens a clause, outermost level first: 一、 / （一） or (一) / 1. or 1、
LEVELS = [re.compile(r"[一二三四五六七八九十百]+、"),
          re.compile(r"[（(][一二三四五六七八九十百]+[）)]"),
          re.compile(r"\d{1,3}[.．、](?!\d)")]
BULLET = re.compile(r"^[\s\-•*]*")


def read_clauses(path):
    """Returns [(path, text)]: text before the first number is the preamble."""
    clauses, stack, label, lines = [], [], "preamble", []
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            line = BULLET.sub("", line.strip())
            level, m = next(((i, p.match(line)) for i, p in enumerate(LEVELS) if p.match(line)), (None, None))
            if m is None:
                lines.append(line)
                continue
            clauses.append((label, "".join(lines)))
            stack = [(lv, n) for lv, n in stack if lv < level]
            stack.append((level, m.group(0).rstrip("、.．").replace("（", "(").replace("）", ")")))
            label, lines = "/".join(n for _, n in stack), [line[m.end():]]
    clauses.append((label, "".join(lines)))
    return [(p, t) for p, t in clauses if t]


def bigrams(text):
    runs = re.findall(r"\w+", text.lower())
    return Counter(run[i:i + 2] for run in runs for i in range(max(len(run) - 1, 1)))


def tfidf_vectors(texts):
    counts = [bigrams(t) for t in texts]
    df = Counter(term for c in counts for term in c)
    idf = {term: math.log((1 + len(texts)) / (1 + n)) + 1 for term, n in df.items()}
    vectors = []
    for c in counts:
        v = {term: tf * idf[term] for term, tf in c.items()}
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        vectors.append({term: w / norm for term, w in v.items()})
    return vectors


def cosine(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(term, 0.0) for term, w in a.items())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("left")
    parser.add_argument("right")
    parser.add_argument("--threshold", type=float, default=0.3)
    args = parser.parse_args()
    left, right = read_clauses(args.left), read_clauses(args.right)
    vectors = tfidf_vectors([t for _, t in left] + [t for _, t in right])
    lv, rv = vectors[:len(left)], vectors[len(left):]
    pairs = sorted(((cosine(a, b), i, j) for i, a in enumerate(lv) for j, b in enumerate(rv)),
                   key=lambda p: (-p[0], p[1], p[2]))
    used_left, used_right, matches = set(), set(), []
    for score, i, j in pairs:
        if score < args.threshold:
            break
        if i not in used_left and j not in used_right:
            used_left.add(i), used_right.add(j)
            matches.append((i, {"left": left[i][0], "right": right[j][0], "score": round(score, 4)}))
    print(json.dumps({"left": args.left, "right": args.right, "threshold": args.threshold,
                      "matches": [m for _, m in sorted(matches)],
                      "added": [p for j, (p, _) in enumerate(right) if j not in used_right],
                      "removed": [p for i, (p, _) in enumerate(left) if i not in used_left]},
                     ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
