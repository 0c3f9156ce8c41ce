"""How often a candidate predicate would fire in the training corpus, and how many of those places
the annotators coded as an event (by type): the corpus share that decides whether a lemma becomes
a trigger (most of its uses events) or stays "not an event".

usage: .venv/bin/python -m training.lexicon.candidate_share TEXTS_DIR KIND:LEMMA [KIND:LEMMA …]

KIND is verb, light or noun, as in ``events/decisions.yaml`` (``light:बंद कर``, ``noun:मृत्युदंड``).
Each candidate is matched as the coder would match it once decided an event (its inflected forms,
the light verbs of its class), over the tokenised training articles. Prints, per candidate, the
matches, the share that overlaps a gold trigger, and the gold types there. Counts only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from ghatna.events.decisions import Decision
from ghatna.events.lexicon import Lexicon, Predicate, _predicate, _surfaces, key_tokens, lexicon
from ghatna.lang import load
from ghatna.text.normalise import match_key
from training.lexicon.corpus_triggers import article_triggers, training_records


def candidate_lexicon(kind: str, lemma: str) -> Lexicon:
    """The coder's lexicon with this one candidate as its only trigger (a probe type)."""
    data = load("events/light_verbs")
    classes = {name: frozenset(match_key(f) for f in forms) for name, forms in data["classes"].items()}
    probe = Decision(kind=kind, lemma=lemma, type="PROBE", cameo="000")
    predicates = [
        _predicate(probe, surface, key_tokens(surface), light)
        for surface, light in _surfaces(probe, classes, data.get("lemmas", {}))
    ]
    by_first: dict[str, tuple[Predicate, ...]] = defaultdict(tuple)
    for predicate in predicates:
        by_first[predicate.phrase[0]] += (predicate,)
    return replace(lexicon(), by_first=dict(by_first), blockers={})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", type=Path)
    parser.add_argument("candidates", nargs="+", help="KIND:LEMMA")
    args = parser.parse_args(argv)
    probes = []
    for item in args.candidates:
        kind, lemma = item.split(":", 1)
        probes.append((item, candidate_lexicon(kind, lemma)))
    matches: Counter[str] = Counter()
    gold_types: dict[str, Counter[str]] = defaultdict(Counter)
    for article_id, record in sorted(training_records().items()):
        path = args.texts / f"{article_id}.txt"
        if not path.exists():
            continue
        spans = [
            (e["trigger"]["start"], e["trigger"]["end"], e["type"])
            for e in record.get("events", [])
            if e.get("trigger", {}).get("start") is not None
        ]
        text = path.read_text(encoding="utf-8")
        for item, lex in probes:
            for start, end, _trigger in article_triggers(text, lex):
                matches[item] += 1
                types = {t for s, e, t in spans if s < end and start < e}
                gold_types[item][min(types) if types else "-"] += 1
    for item, _lex in probes:
        n = matches[item]
        coded = n - gold_types[item]["-"]
        share = coded / n if n else 0.0
        top = ", ".join(f"{t} {m}" for t, m in gold_types[item].most_common() if t != "-")
        sys.stdout.write(f"{item:<28} {n:>5} matches  {coded:>4} gold ({share:5.1%})  {top}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
