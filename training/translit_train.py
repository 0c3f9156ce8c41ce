"""Train the romaniser: EM alignment of Hindi characters to English letters into graphones, then a
Witten-Bell interpolated n-gram model over graphone sequences, written in back-off form.

Data: NEWS 2012 English-Hindi training names (research-only; only learned probabilities are
written, counts below ``--min-count`` are pruned, and no name pair is stored).

Run: ``make translit-model`` (about a minute on 2 cores).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

from ghatna.translit.model import BOUNDARY
from ghatna.translit.units import english_letters, hindi_units

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "data" / "gazetteer" / "news2012_en_hi_transliteration" / "news2012_train_en_hi.tsv"
OUT = ROOT / "ghatna" / "models" / "translit" / "graphones.json"
MAX_H, MAX_E = 2, 3


def read_pairs(path: Path) -> list[tuple[list[str], str]]:
    """(Hindi units, English letters) per word; multi-word names are split when word counts agree."""
    pairs = []
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            en_words, hi_words = row["source_en"].split(), row["target_hi"].split()
            if len(en_words) != len(hi_words):
                continue
            for en, hi in zip(en_words, hi_words, strict=True):
                letters, units = english_letters(en), hindi_units(hi)
                if letters and units:
                    pairs.append((units, letters))
    return pairs


def arcs(units: list[str], letters: str) -> list[tuple[int, int, int, int, str]]:
    out = []
    for i in range(len(units)):
        for dh in range(1, MAX_H + 1):
            if i + dh > len(units):
                break
            h = "".join(units[i : i + dh])
            for j in range(len(letters) + 1):
                for de in range(0, MAX_E + 1):
                    if j + de <= len(letters):
                        out.append((i, j, i + dh, j + de, f"{h}|{letters[j : j + de]}"))
    return out


def em(pairs: list[tuple[list[str], str]], iterations: int) -> dict[str, float]:
    prob: dict[str, float] = defaultdict(lambda: 1e-3)
    lattices = [(len(u), len(e), arcs(u, e)) for u, e in pairs]
    for _ in range(iterations):
        counts: dict[str, float] = defaultdict(float)
        for nh, ne, lattice in lattices:
            fwd: dict[tuple[int, int], float] = defaultdict(float)
            fwd[(0, 0)] = 1.0
            for i, j, i2, j2, g in lattice:  # arcs are sorted by (i, j)
                if fwd.get((i, j)):
                    fwd[(i2, j2)] += fwd[(i, j)] * prob[g]
            total = fwd.get((nh, ne), 0.0)
            if total <= 0:
                continue
            bwd: dict[tuple[int, int], float] = defaultdict(float)
            bwd[(nh, ne)] = 1.0
            for i, j, i2, j2, g in reversed(lattice):
                if bwd.get((i2, j2)):
                    bwd[(i, j)] += bwd[(i2, j2)] * prob[g]
            for i, j, i2, j2, g in lattice:
                if fwd.get((i, j)) and bwd.get((i2, j2)):
                    counts[g] += fwd[(i, j)] * prob[g] * bwd[(i2, j2)] / total
        norm = sum(counts.values())
        prob = defaultdict(lambda: 1e-9, {g: c / norm for g, c in counts.items() if c / norm > 1e-7})
    return prob


def viterbi(units: list[str], letters: str, prob: dict[str, float]) -> list[str] | None:
    best: dict[tuple[int, int], tuple[float, list[str]]] = {(0, 0): (0.0, [])}
    for i, j, i2, j2, g in arcs(units, letters):
        if (i, j) in best and g in prob:
            score = best[(i, j)][0] + math.log(prob[g])
            if score > best.get((i2, j2), (-math.inf, []))[0]:
                best[(i2, j2)] = (score, [*best[(i, j)][1], g])
    found = best.get((len(units), len(letters)))
    return found[1] if found else None


def witten_bell(sequences: list[list[str]], order: int, min_count: int) -> list[list[object]]:
    counts: list[Counter[tuple[str, ...]]] = [Counter() for _ in range(order + 1)]
    for seq in sequences:
        padded = [BOUNDARY, *seq, BOUNDARY]
        for n in range(1, order + 1):
            for k in range(1, len(padded)):
                if k - n + 1 >= 0:
                    counts[n][tuple(padded[k - n + 1 : k + 1])] += 1
    followers: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for n in range(1, order + 1):
        for gram, c in counts[n].items():
            followers[gram[:-1]][gram[-1]] += c
    prob: dict[tuple[str, ...], float] = {}
    bow: dict[tuple[str, ...], float] = {}
    for n in range(1, order + 1):
        for gram, c in counts[n].items():
            if n > 1 and c < min_count:
                continue
            context = gram[:-1]
            seen = followers[context]
            total, types = sum(seen.values()), len(seen)
            lam = total / (total + types)
            lower = prob.get(gram[1:], 1e-7) if n > 1 else 1.0 / (len(counts[1]) + 1)
            prob[gram] = lam * c / total + (1 - lam) * lower
            bow[context] = 1 - lam
    rows: list[list[object]] = []
    for gram, p in sorted(prob.items(), key=lambda kv: (len(kv[0]), kv[0])):
        b = bow.get(gram)
        rows.append([list(gram), round(math.log10(p), 4), None if b is None else round(math.log10(b), 4)])
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--train", type=Path, default=TRAIN)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--order", type=int, default=4)
    parser.add_argument("--iterations", type=int, default=5)
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args(argv)
    pairs = read_pairs(args.train)
    prob = em(pairs, args.iterations)
    sequences = [s for s in (viterbi(u, e, prob) for u, e in pairs) if s]
    rows = witten_bell(sequences, args.order, args.min_count)
    model = {"order": args.order, "max_source": MAX_H, "trained_on": "NEWS 2012 En-Hi training names",
             "pairs": len(pairs), "aligned": len(sequences), "ngrams": rows}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{len(pairs)} word pairs, {len(sequences)} aligned, {len(rows)} n-grams -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
