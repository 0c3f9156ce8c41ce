"""Why the coder's unmatched predictions are false: a class per prediction, counted per class.

Usage: python training/false_events.py GOLD.jsonl PRED.jsonl TEXT_DIR [-v] [--type TYPE]

For the annotated training corpus only (never an evaluation set): predictions are paired with gold
events by the official scorer's dyad match; each prediction left over is classed by the first test
it meets, in this order:

  wrong_type      a gold event of another type stands in the same sentence
  wrong_sides     a gold event of the same type stands in the same sentence (countries differ)
  repeat          the article has another prediction of the same type and sides
  question        the sentence asks (क्या, ?)
  conditional     a conditional opener (अगर, यदि) comes before the trigger
  negation        a negation follows the trigger within a few words
  purpose         the trigger stands in a purpose clause (… के लिए, ताकि)
  background      the trigger is an event noun with a case marker after it (हमले में, हिंसा की घटनाओं)
  generic         the sentence holds a word of modality: advice, an appeal, an obligation (चाहिए, अपील)

The cue words are the coder's own (``ghatna/lang/hi/events/modality.yaml``, ``clauses.yaml``).
  uncoded         none of these: an event the annotators did not code, or one the coder invented

``-v`` prints each prediction's class, type, trigger and sentence.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import regex

from ghatna.evaluate.events import load_scorer
from ghatna.events.lexicon import Lexicon, lexicon
from ghatna.text.normalise import match_key

SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score_events.py"
_SENTENCE_END = regex.compile(r"[\N{DEVANAGARI DANDA}?!\n]|\.(?=\s)")


def sentence_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start``..``end``: from the last sentence end before it to the next after."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = next((m.end() for m in _SENTENCE_END.finditer(text, end)), len(text))
    return left, right


def _sides(event: dict[str, Any]) -> tuple[object, ...]:
    def country(actor: dict[str, Any] | None) -> object:
        return (actor or {}).get("country")

    return (event["type"], country(event.get("actor")), country(event.get("recipient")))


def _starts(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(tuple(words[: len(p)]) == p for p in phrases)


def _grammar_class(words: list[str], before: list[str], after: list[str], lex: Lexicon) -> str:
    """The class of a prediction from the words of its sentence (keys, as the coder reads them)."""
    if lex.question_marks & set(words) or lex.question_words & set(words):
        return "question"
    if any(_starts(before[i:], lex.conditional_openers) for i in range(len(before))):
        return "conditional"
    if lex.negation & set(after[:4]):
        return "negation"
    purpose_verb = after[:1] and after[0].endswith(lex.infinitive_endings)
    if (
        lex.purpose_openers & set(before)
        or _starts(after, lex.purpose_markers)
        or (purpose_verb and _starts(after[1:], lex.purpose_markers))
    ):
        return "purpose"
    light = lex.light_forms | lex.verb_ends
    if after and after[0] in (lex.one_word_markers | lex.genitives) and not (len(after) > 1 and after[1] in light):
        return "background"
    if lex.hypothetical_words & set(words):
        return "generic"
    return "uncoded"


def classify(
    pred: dict[str, Any], text: str, gold_spans: list[tuple[int, int, str]], others: list[dict[str, Any]], lex: Lexicon
) -> str:
    evidence = pred["evidence"]
    s, e = sentence_at(text, evidence["start"], evidence["end"])
    overlapping = [t for a, b, t in gold_spans if a < e and s < b]
    if pred["type"] in overlapping:
        return "wrong_sides"
    if overlapping:
        return "wrong_type"
    if any(_sides(o) == _sides(pred) for o in others):
        return "repeat"
    sentence = text[s:e]
    trigger = evidence.get("trigger") or ""
    at = sentence.find(trigger, max(0, evidence["start"] - s))
    at = sentence.find(trigger) if at < 0 else at
    if at < 0:
        return "uncoded"

    def keys(part: str) -> list[str]:
        return [match_key(w) for w in regex.findall(r"[\w\p{M}]+|[^\w\s]", part)]

    return _grammar_class(keys(sentence), keys(sentence[:at]), keys(sentence[at + len(trigger) :]), lex)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("texts", help="folder of the articles' texts, <id>.txt")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each prediction's class and sentence")
    ap.add_argument("--type", help="with -v, only predictions of this PLOVER type")
    args = ap.parse_args(argv)
    gold_path, pred_path, text_dir, verbose, only = args.gold, args.pred, args.texts, args.verbose, args.type
    se = load_scorer(str(SCORER))
    lex = lexicon()
    gold, pred = se.load(gold_path), se.load(pred_path)
    classes: Counter[str] = Counter()
    by_type: Counter[tuple[str, str]] = Counter()
    for art in sorted(gold):
        text = (Path(text_dir) / f"{art}.txt").read_text(encoding="utf-8")
        g_events = gold[art].get("events", [])
        p_events = (pred.get(art) or {}).get("events", [])
        matched = {b for _, b in se.pair(g_events, p_events, se.dyad_match)}
        spans = []
        for g in g_events:
            at = text.find(g.get("evidence") or "\0")
            if at >= 0:
                spans.append((at, at + len(g["evidence"]), g["type"]))
        for k, p in enumerate(p_events):
            if k in matched:
                continue
            others = [o for j, o in enumerate(p_events) if j != k and (j in matched or j < k)]
            label = classify(p, text, spans, others, lex)
            classes[label] += 1
            by_type[(p["type"], label)] += 1
            if verbose and (only is None or p["type"] == only):
                s, e = sentence_at(text, p["evidence"]["start"], p["evidence"]["end"])
                sides = "/".join(str(x) for x in _sides(p)[1:])
                print(f"{art}\t{label}\t{p['type']}\t{sides}\t{p['evidence']['trigger']}\t{text[s:e].strip()}")
    print(json.dumps(dict(classes.most_common()), ensure_ascii=False))
    types = Counter(t for t, _ in by_type.elements())
    for t, _ in types.most_common(12):
        row = {label: n for (tt, label), n in by_type.items() if tt == t}
        print(t, json.dumps(dict(sorted(row.items(), key=lambda x: -x[1])), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
