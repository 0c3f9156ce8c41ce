"""Why dyad matches fail the name check, by class: for each dyad-matched pair whose named gold
participant has no same-named predicted participant, what the coder did instead.

Usage: python -m training.name_errors GOLD.jsonl PRED.jsonl TEXT_DIR [-v [CLASS]]

Classes: other_sentence (the pair is two events from different sentences: a pairing artefact),
not_spotted (no predicted entity of the article carries the gold name), and, where the entity is
there, the predicted slot: empty (no participant), unnamed (a country or generic role only),
english (the gold's Hindi phrase under another English name), institution (a generic institution
such as court or police), other (another named participant);
each suffixed with how the gold name stands in the sentence (its case marker, pronoun, absent).
"""

from __future__ import annotations

import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from ghatna.evaluate.events import load_scorer
from ghatna.events.lexicon import lexicon
from training.argument_errors import SCORER, construction, evidence_spans

Event = dict[str, Any]


def _in_entities(gold: Event, entities: list[Event], se: Any) -> bool:
    return any(
        se.same_name(gold["name_en"], e.get("name_en")) or (gold.get("name_hi") and gold["name_hi"] == e.get("name_hi"))
        for e in entities
    )


def classify(gold_path: str, pred_path: str, text_dir: str, verbose: str | None = None) -> Counter[str]:
    se, lex = load_scorer(str(SCORER)), lexicon()
    gold, pred = se.load(gold_path), se.load(pred_path)
    counts: Counter[str] = Counter()
    for doc in sorted(gold):
        text = unicodedata.normalize("NFC", (Path(text_dir) / f"{doc}.txt").read_text(encoding="utf-8"))
        g_events, record = gold[doc].get("events", []), pred.get(doc) or {}
        p_events, entities = record.get("events", []), record.get("entities", [])
        g_spans = evidence_spans(text, g_events)
        for gi, pi in se.pair(g_events, p_events, se.dyad_match):
            g, p = g_events[gi], p_events[pi]
            if se.names_match(g, p):
                continue
            lo, hi = g_spans[gi]
            same = lo <= p["evidence"]["start"] < hi or p["evidence"]["start"] <= lo < p["evidence"]["end"]
            for role in ("actor", "recipient"):
                ga = g.get(role)
                if not (isinstance(ga, dict) and ga.get("name_en") and not ga.get("generic")):
                    continue
                names = [(p.get(r) or {}).get("name_en") for r in ("actor", "recipient") if isinstance(p.get(r), dict)]
                if any(se.same_name(ga["name_en"], n) for n in names):
                    continue
                got = p.get(role) if isinstance(p.get(role), dict) else None
                if not same:
                    kind = "other_sentence"
                elif not _in_entities(ga, entities, se):
                    kind = "not_spotted"
                elif got is None:
                    kind = "empty"
                elif not got.get("name_en"):
                    kind = "unnamed"
                elif got.get("name_hi") == ga.get("name_hi"):
                    kind = "english"
                elif not got.get("entity"):
                    kind = "institution"
                else:
                    kind = "other"
                how = construction(g.get("evidence") or "", ga.get("name_hi"), lex) if same else "-"
                label = f"{role:9s} {kind:14s} {how}"
                counts[label] += 1
                counts[f"{role} {kind}"] += 1
                if verbose is not None and (not verbose or verbose == kind):
                    print(
                        doc,
                        g["type"],
                        label,
                        "| gold:",
                        ga.get("name_hi"),
                        ga["name_en"],
                        "| pred:",
                        (got or {}).get("name_hi"),
                        (got or {}).get("name_en"),
                        "|",
                        (g.get("evidence") or "")[:200],
                    )
    return counts


def main(argv: list[str]) -> int:
    verbose = None
    if "-v" in argv:
        at = argv.index("-v")
        verbose = argv[at + 1] if len(argv) > at + 1 else ""
        if "spec/gold" in Path(argv[0]).resolve().as_posix():
            print("-v prints evidence sentences: not for the evaluation gold (aggregate counts only)",
                  file=sys.stderr)
            return 2
    counts = classify(argv[0], argv[1], argv[2], verbose)
    for row, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{n:4d}  {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
