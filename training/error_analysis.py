"""Where a pipeline goes wrong on a UD file: UPOS confusions and attachment errors by relation.

Usage: python training/error_analysis.py MODEL_DIR GOLD.conllu [TOP]

Prints Markdown tables (used in the model card). Gold tokenisation, as in evaluate_ud.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import spacy

from ghatna.evaluate.ud import doc_words, gold_docs, read_conllu


def _rel(deprel: str) -> str:
    return deprel.split(":", 1)[0].lower()


def main(argv: list[str]) -> int:
    nlp = spacy.load(argv[0])
    gold = read_conllu(Path(argv[1]))
    top = int(argv[2]) if len(argv) > 2 else 12
    system = [doc_words(d) for d in nlp.pipe(gold_docs(nlp, gold))]
    upos: Counter[tuple[str, str]] = Counter()
    label_only: Counter[tuple[str, str]] = Counter()
    wrong: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for g_words, s_words in zip(gold, system, strict=True):
        for g, s in zip(g_words, s_words, strict=True):
            if g.upos != s.upos:
                upos[(g.upos, s.upos)] += 1
            total[_rel(g.deprel)] += 1
            if g.head != s.head or _rel(g.deprel) != _rel(s.deprel):
                wrong[_rel(g.deprel)] += 1
                if g.head == s.head:
                    label_only[(_rel(g.deprel), _rel(s.deprel))] += 1
    words = sum(total.values())
    print(f"UPOS errors: {sum(upos.values())} of {words} words\n")
    print("| gold UPOS | predicted | words |\n|---|---|---:|")
    for (g, s), n in upos.most_common(top):
        print(f"| {g} | {s} | {n} |")
    print(f"\nLAS errors: {sum(wrong.values())} of {words} words\n")
    print("| gold relation | LAS errors | of | share wrong |\n|---|---:|---:|---:|")
    for rel, n in wrong.most_common(top):
        print(f"| {rel} | {n} | {total[rel]} | {100 * n / total[rel]:.0f}% |")
    print("\n| gold relation | predicted (head right) | words |\n|---|---|---:|")
    for (g, s), n in label_only.most_common(top):
        print(f"| {g} | {s} | {n} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
