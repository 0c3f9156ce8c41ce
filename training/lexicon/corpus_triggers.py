"""Which gold triggers of the annotated event corpus the rule coder misses, by PLOVER type and
normalised trigger (noun + light-verb lemma, verb or noun lemma where the decisions know it).

usage: .venv/bin/python -m training.lexicon.corpus_triggers PRED.jsonl [--texts DIR] [--top N]
       [--type TYPE] [--show CLASS]

PRED.jsonl is ``ghatna extract`` run over the corpus texts (``export_gold.py --texts DIR``); the
texts are read from DIR, or rebuilt from ``../shared/data`` (``training/events/text.py``) without it.
Every gold event of the training split (all annotation files but the b90/b91 check batches) gets
one outcome:

- ``hit``: the coder emitted an event of the gold type whose evidence covers the trigger;
- ``lost``: a dictionary trigger of the gold type fired on the trigger, and no such event came out
  (arguments, modality or clause filters dropped it);
- ``mistyped``: a dictionary trigger fired on the trigger with another type;
- ``missing``: no dictionary trigger overlaps the gold trigger.

Prints the outcome counts per type, then per type the most frequent normalised forms of the
mistyped and missing triggers with the lexicon's decision for each (a PLOVER type, ``none:reason``
or ``-`` when undecided). Only trigger words are printed, never a sentence of the corpus.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path
from typing import Any

from ghatna.events.clauses import Tok, Trigger, find_triggers
from ghatna.events.decisions import Decision, decide
from ghatna.events.lexicon import Lexicon, lexicon
from ghatna.lang import load
from ghatna.nlp.segment import segment
from ghatna.nlp.tokenise import tokenise
from ghatna.text.normalise import match_key

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "training" / "events" / "annotations"
CHECK_BATCHES = ("b90", "b91")
OUTCOMES = ("hit", "lost", "mistyped", "missing")


def training_records(folder: Path = ANNOTATIONS) -> dict[str, dict[str, Any]]:
    """The annotated articles of the training split, each once."""
    records: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        if path.name.startswith(CHECK_BATCHES):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                records.setdefault(record["id"], record)
    return records


def light_lemma_of_form() -> dict[str, str]:
    """Each folded light-verb form → the lemma of its class (किया → कर)."""
    data = load("events/light_verbs")
    out: dict[str, str] = {}
    for lemma, name in data["lemmas"].items():
        for form in data["classes"].get(name, []) if name else []:
            out.setdefault(match_key(form), lemma)
    return out


def normalise(words: list[str], light_of: dict[str, str]) -> tuple[str, str]:
    """(kind, lemma) of a trigger by its head: the last noun before the first light verb with that
    verb's lemma (पूरा सहयोग नहीं दिया → सहयोग दे), else the last word that is no particle or
    auxiliary (जवाबी कार्रवाई → कार्रवाई). A light-verb form after a form of a verb is its
    auxiliary, passive or compound (भेजा गया → भेज, हटा लिया → हटा), not a light verb."""
    lex = lexicon()
    skip = lex.np_stop | lex.negation
    keys = [k for k in (match_key(w) for w in words) if k not in skip]
    for i, key in enumerate(keys):
        if i == 0 or key not in light_of or keys[i - 1] in lex.genitives:
            continue
        if key in lex.genitives and lex.is_infinitive(keys[i - 1]):
            continue  # बढ़ाने की घोषणा की: the infinitive's genitive, not its light verb
        if match_key(light_of[key]) in _auxiliaries() and (verb := _verb_with_auxiliary(keys[i - 1], light_of[key])):
            return verb.kind, match_key(verb.lemma)
        noun = keys[i - 2 : i] if i > 1 and keys[i - 1] in lex.one_word_markers else [keys[i - 1]]
        return "light", " ".join([*map(_noun_lemma, noun), light_of[key]])
    while len(keys) > 1 and (keys[-1] in lex.verb_ends or keys[-1] in lex.passive):
        keys.pop()
    head = keys[-1] if keys else match_key(" ".join(words))
    found = decide("verb", head) or decide("noun", head)
    if found is not None:
        return found.kind, match_key(found.lemma)
    return "noun", head


@cache
def _auxiliaries() -> frozenset[str]:
    return frozenset(match_key(lemma) for lemma in load("events/light_verbs").get("auxiliaries", []))


def _verb_with_auxiliary(word: str, light: str) -> Decision | None:
    """The decided verb ``word`` is a form of, where it is no noun and makes no decided pair with
    the light verb after it (निकाल लिया stays the pair निकाल ले). The verb lemmas decided as
    ``other`` are the parser's mistakes (के, धोखा), no verbs."""
    if decide("noun", word) is not None or decide("light", f"{word} {light}") is not None:
        return None
    verb = decide("verb", word)
    return verb if verb is not None and verb.reason != "other" else None


def _noun_lemma(key: str) -> str:
    found = decide("noun", key)
    return match_key(found.lemma) if found is not None else key


def describe(decision: Decision | None) -> str:
    if decision is None:
        return "-"
    if decision.type is None:
        return f"none:{decision.reason}"
    return decision.type if decision.coded else f"{decision.type}(uncoded)"


def article_triggers(text: str, lex: Lexicon | None = None) -> list[tuple[int, int, Trigger]]:
    """(start, end, trigger) of every dictionary trigger of the article, as the coder finds them
    (with ``lex``, those of another lexicon)."""
    sentences = segment(text)
    _doc, tokens = tokenise(text, sentences)
    by_sentence: dict[int, list[Tok]] = defaultdict(list)
    for token in tokens:
        if token.text.strip():
            toks = by_sentence[token.sentence]
            toks.append(Tok(len(toks), token.text, match_key(token.text), token.start, token.end))
    lex = lex or lexicon()
    found: list[tuple[int, int, Trigger]] = []
    for toks in by_sentence.values():
        for trigger in find_triggers(toks, lex):
            found.append((toks[trigger.first].start, toks[trigger.last].end, trigger))
    return found


def covered(events: list[dict[str, Any]], kind: str, start: int, end: int) -> bool:
    for event in events:
        if event.get("type") != kind:
            continue
        evidence = event.get("evidence")
        spans = evidence if isinstance(evidence, list) else [evidence]
        if any(s and s.get("start", 0) <= start and end <= s.get("end", 0) for s in spans):
            return True
    return False


def outcome(
    gold: dict[str, Any], events: list[dict[str, Any]], triggers: list[tuple[int, int, Trigger]]
) -> tuple[str, str | None]:
    """The outcome of one gold event, with the type of the overlapping trigger when mistyped."""
    span = gold["trigger"]
    if covered(events, gold["type"], span["start"], span["end"]):
        return "hit", None
    overlapping = [t for s, e, t in triggers if s < span["end"] and span["start"] < e]
    if any(t.predicate.type == gold["type"] for t in overlapping):
        return "lost", None
    if overlapping:
        return "mistyped", overlapping[0].predicate.type
    return "missing", None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pred", type=Path, help="ghatna extract output over the corpus texts")
    parser.add_argument("--texts", type=Path, help="the article texts as DIR/<id>.txt")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--type", help="only this PLOVER type")
    parser.add_argument("--show", choices=OUTCOMES, action="append", help="outcomes to list (default: misses)")
    parser.add_argument("--lemmas", action="store_true", help="list the triggers with their gold types instead")
    args = parser.parse_args(argv)
    predicted = {}
    for line in args.pred.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            predicted[doc["id"]] = doc.get("events", [])
    light_of = light_lemma_of_form()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    forms: dict[tuple[str, str], Counter[tuple[str, str, str]]] = defaultdict(Counter)
    by_lemma: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for article_id, record in sorted(training_records().items()):
        if article_id not in predicted:
            continue
        triggers = article_triggers(_text(article_id, args.texts))
        for gold in record.get("events", []):
            if "trigger" not in gold or (args.type and gold["type"] != args.type):
                continue
            result, other = outcome(gold, predicted[article_id], triggers)
            counts[gold["type"]][result] += 1
            kind, lemma = normalise(gold["trigger"]["text"].split(), light_of)
            label = f"{result}->{other}" if other else result
            forms[(gold["type"], result)][(kind, lemma, label)] += 1
            by_lemma[(kind, lemma)][f"{gold['type']}:{result}"] += 1
    if args.lemmas:
        _report_lemmas(by_lemma, args.top)
        return 0
    _report(counts, forms, args.top, args.show or ["mistyped", "missing"])
    return 0


def _text(article_id: str, folder: Path | None) -> str:
    if folder is not None:
        return (folder / f"{article_id}.txt").read_text(encoding="utf-8")
    from training.events.text import text_by_id

    return text_by_id(article_id)


def _report_lemmas(by_lemma: dict[tuple[str, str], Counter[str]], top: int) -> None:
    """The most frequent normalised triggers, each with its gold types and outcomes."""
    ranked = sorted(by_lemma.items(), key=lambda kv: -sum(kv[1].values()))
    for (kind, lemma), c in ranked[:top]:
        types = ", ".join(f"{label} {n}" for label, n in c.most_common())
        sys.stdout.write(f"{sum(c.values()):>4}  {kind:<5} {lemma:<24} {describe(decide(kind, lemma)):<18} {types}\n")


def _report(
    counts: dict[str, Counter[str]],
    forms: dict[tuple[str, str], Counter[tuple[str, str, str]]],
    top: int,
    show: list[str],
) -> None:
    total: Counter[str] = Counter()
    out = sys.stdout
    out.write(f"{'type':<10} {'gold':>5} " + " ".join(f"{o:>8}" for o in OUTCOMES) + "\n")
    for kind, c in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        total.update(c)
        out.write(f"{kind:<10} {sum(c.values()):>5} " + " ".join(f"{c[o]:>8}" for o in OUTCOMES) + "\n")
    out.write(f"{'all':<10} {sum(total.values()):>5} " + " ".join(f"{total[o]:>8}" for o in OUTCOMES) + "\n")
    for kind in sorted(counts, key=lambda k: -sum(counts[k][o] for o in show)):
        merged: Counter[tuple[str, str, str]] = Counter()
        for result in show:
            merged.update(forms.get((kind, result), Counter()))
        if not merged:
            continue
        out.write(f"\n{kind}: {sum(merged.values())} {'/'.join(show)}\n")
        for (lemma_kind, lemma, label), n in merged.most_common(top):
            decision = describe(decide(lemma_kind, lemma))
            out.write(f"  {n:>4}  {label:<18} {lemma_kind:<5} {lemma:<30} decision {decision}\n")


if __name__ == "__main__":
    raise SystemExit(main())
