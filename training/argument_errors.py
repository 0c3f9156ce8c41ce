"""Argument errors of the coder on an annotated corpus: for each gold event, the predicted event of
the same type in the same sentence (the best-matching first), and what went wrong with its actor and
recipient, counted by the case marker or construction that follows the gold participant's name.

Usage: python training/argument_errors.py GOLD.jsonl PRED.jsonl TEXT_DIR [-v]

Slots: ok, missing (no predicted participant), country (right phrase, wrong country), phrase (another
phrase, wrong country), english (right phrase and country, another English name), name (right
country, another phrase), swapped (actor and recipient exchanged). Constructions: the marker after the gold name in the
evidence sentence (ने, को, से, पर, के खिलाफ …, "genitive" for a possessor), "pronoun" when the gold
name is not in the sentence and a pronoun is, "absent" when neither (implicit or another sentence),
"bare" when no marker follows. The markers and pronouns come from the coder's own lexicon.
"""

from __future__ import annotations

import sys
import unicodedata
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import regex

from ghatna.evaluate.events import load_scorer
from ghatna.events.lexicon import Lexicon, lexicon
from ghatna.text.normalise import match_key

SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score_events.py"
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*")
Event = dict[str, Any]


def _keys(text: str) -> list[str]:
    return [match_key(w) for w in _WORD.findall(unicodedata.normalize("NFC", text))]


def construction(sentence: str, name_hi: str | None, lex: Lexicon) -> str:
    """The marker after the gold participant's Hindi name in its sentence, or how it is absent."""
    words = _keys(sentence)
    name = _keys(name_hi or "")
    if not name:
        return "absent"
    at = next((i for i in range(len(words)) if words[i : i + len(name)] == name), None)
    if at is None:  # a shorter mention: the name's last word (the head)
        at = next((i for i, w in enumerate(words) if w == name[-1]), None)
        name = name[-1:]
    if at is None:
        return "pronoun" if any(w in lex.pronouns or w in lex.dative_pronouns for w in words) else "absent"
    rest = tuple(words[at + len(name) : at + len(name) + 4])
    for marker in lex.markers:
        if rest[: len(marker)] == marker and not (len(marker) == 1 and marker[0] in lex.genitives):
            return " ".join(marker)
    if rest and rest[0] in lex.genitives:
        return "genitive"
    if rest and rest[0] in lex.coordinators:
        return "coordinated"
    return "bare"


def _slot(gold: Event | None, pred: Event | None, se: ModuleType) -> str:
    if not isinstance(gold, dict):
        return "ok"
    if not isinstance(pred, dict):
        return "missing" if gold.get("country") or gold.get("name_en") else "ok"
    fits = gold.get("country") is None or gold.get("country") == pred.get("country")
    named = gold.get("generic") or not gold.get("name_en") or se.same_name(gold["name_en"], pred.get("name_en"))
    same_phrase = named or (gold.get("name_hi") and gold.get("name_hi") == pred.get("name_hi"))
    if fits and named:
        return "ok"
    if fits:  # the country is right, the English name is not: the same Hindi phrase, or another one
        return "english" if same_phrase else "name"
    return "country" if same_phrase else "phrase"


def evidence_spans(text: str, events: list[Event]) -> list[tuple[int, int]]:
    out = []
    for e in events:
        ev = unicodedata.normalize("NFC", e.get("evidence") or "")
        at = text.find(ev[:40]) if ev else -1
        out.append((at, at + len(ev)) if at >= 0 else (-1, -1))
    return out


def analyse(gold_path: str, pred_path: str, text_dir: str, verbose: bool = False) -> dict[str, Counter[str]]:
    se, lex = load_scorer(str(SCORER)), lexicon()
    gold, pred = se.load(gold_path), se.load(pred_path)
    counts: dict[str, Counter[str]] = {k: Counter() for k in ("pairs", "actor", "recipient", "by_marker")}
    for doc in sorted(gold):
        text = unicodedata.normalize("NFC", (Path(text_dir) / f"{doc}.txt").read_text(encoding="utf-8"))
        g_events, p_events = gold[doc].get("events", []), (pred.get(doc) or {}).get("events", [])
        g_spans = evidence_spans(text, g_events)
        p_spans = [(e["evidence"]["start"], e["evidence"]["end"]) for e in p_events]
        used: set[int] = set()
        for gi, g in enumerate(g_events):
            lo, hi = g_spans[gi]
            near = [
                pi for pi, e in enumerate(p_events)
                if pi not in used and e["type"] == g["type"] and p_spans[pi][0] < hi and lo < p_spans[pi][1]
            ]
            near.sort(key=lambda pi: (not se.full_match(g, p_events[pi]), not se.dyad_match(g, p_events[pi])))
            p: Event | None = p_events[near[0]] if near else None
            if p is None:
                kind = "no_prediction_in_sentence"
            else:
                used.add(near[0])
                kind = "same_sentence_" + ("dyad" if se.dyad_match(g, p) else "other")
            counts["pairs"][kind] += 1
            if p is None:
                continue
            a = _slot(g.get("actor"), p.get("actor"), se)
            r = _slot(g.get("recipient"), p.get("recipient"), se)
            crossed = _slot(g.get("actor"), p.get("recipient"), se), _slot(g.get("recipient"), p.get("actor"), se)
            if g["type"] not in se.SYMMETRIC and "ok" not in (a, r) and p.get("recipient") and crossed == ("ok", "ok"):
                a = r = "swapped"
            sentence = g.get("evidence") or ""
            for role, verdict in (("actor", a), ("recipient", r)):
                counts[role][verdict] += 1
                gold_arg = g.get(role)
                if verdict != "ok" and isinstance(gold_arg, dict):
                    how = construction(sentence, gold_arg.get("name_hi"), lex)
                    generic = "generic" if gold_arg.get("generic") else "named"
                    counts["by_marker"][f"{role:9s} {verdict:8s} {how:14s} {generic}"] += 1
                    if verbose:
                        got = p.get(role) or {}
                        print(doc, g["type"], role, verdict, how, gold_arg.get("name_hi"), gold_arg.get("country"),
                              "| pred:", got.get("name_hi"), got.get("country"), "|", sentence[:160])
    return counts


def main(argv: list[str]) -> int:
    counts = analyse(argv[0], argv[1], argv[2], "-v" in argv)
    for key in ("pairs", "actor", "recipient"):
        print(key, dict(counts[key].most_common()))
    for row, n in counts["by_marker"].most_common(60):
        print(f"{n:4d}  {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
