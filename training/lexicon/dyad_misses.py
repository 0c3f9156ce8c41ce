"""Why gold events of the training corpus have no dyad match, and why predictions are false, by class.

usage: .venv/bin/python -m training.lexicon.dyad_misses TEXTS_DIR [--limit N] [--top N] [--show CLASS] [--cues N] [-v]
       [--scorer score_events.py]

Runs the shipped pipeline over the training articles with the coder watched (``lost_reasons``),
pairs gold and predicted events as the scorer does (dyad match, one to one), and gives every gold
event left unpaired one class, from what the coder did over its gold trigger:

- ``missing:<decision>``: no dictionary trigger overlaps the gold trigger; the decision of the
  trigger's normalised lemma says why (``undecided``: not in the lexicon, ``none``: decided not an
  event, ``uncoded``: an event left to longer cues, ``coded``: decided, yet no cue matched here);
- ``other_type``: only triggers of another PLOVER type overlap it;
- ``discarded:<reason>``: a trigger of the gold type gave no event (the reasons of
  ``lost_reasons``), or gave an event with the gold's countries that was then dropped
  (``negated``/``hypothetical``) or merged away (``merged``), or paired with another gold event
  (``taken``);
- ``country:<slot>=<got>``: the trigger made events of the gold type, none with the gold's
  countries; the slots that differ (actor, recipient) and what the coder gave there (``null``,
  ``IND``, the home default of the coder, or ``other``).

Unpaired predictions get ``fp:same_type`` (a gold trigger of its type overlaps it: wrong
countries), ``fp:other_type`` (a gold trigger of another type), ``fp:taken`` (the overlapping gold
event of its type is paired with another prediction) or ``fp:no_gold`` (no gold trigger there).
Each class lists its most frequent normalised triggers (gold lemmas for misses, the dictionary cue
for false positives). Only counts and trigger words are printed, never a sentence of the corpus.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from ghatna.evaluate.events import load_scorer
from ghatna.events.decisions import decide
from ghatna.pipeline import default_pipeline
from ghatna.records import Actor, Event
from ghatna.text.normalise import match_key
from training.lexicon.corpus_triggers import light_lemma_of_form, normalise
from training.lexicon.lost_reasons import ORDER, WATCH, Watch, watch_the_coder, watched_analyses

SCORER = Path(__file__).resolve().parents[3] / "shared" / "tools" / "score_events.py"
Key = tuple[int, int, str]
HOME = "IND"


def as_scored(event: Event) -> dict[str, Any]:
    """The fields of an event the scorer's dyad match reads."""

    def side(actor: Actor | None) -> dict[str, Any] | None:
        return {"country": actor.country} if actor is not None else None

    return {"type": event.type, "actor": side(event.actor), "recipient": side(event.recipient)}


def country_label(got: str | None) -> str:
    if got is None:
        return "null"
    return got if got == HOME else "other"


def slots_wrong(gold: dict[str, Any], event: Event) -> list[str]:
    """``slot=got`` for each side whose gold country the event does not give."""
    wrong = []
    for slot in ("actor", "recipient"):
        want = (gold.get(slot) or {}).get("country")
        actor = getattr(event, slot)
        got = actor.country if actor is not None else None
        if want is not None and want != got:
            wrong.append(f"{slot}={country_label(got)}")
    return wrong


def over(watch: Watch, start: int, end: int) -> dict[Key, str]:
    return {k: r for k, r in watch.reason.items() if k[0] < end and start < k[1]}


def miss_class(gold: dict[str, Any], final: list[Event], watch: Watch, se: Any, light_of: dict[str, str]) -> str:
    start, end = gold["trigger"]["start"], gold["trigger"]["end"]
    found = over(watch, start, end)
    if not found:
        decision = decide(*normalise(gold["trigger"]["text"].split(), light_of))
        if decision is None:
            return "missing:undecided"
        if decision.type is None:
            return "missing:none"
        return "missing:coded" if decision.coded else "missing:uncoded"
    same = {k: r for k, r in found.items() if k[2] == gold["type"]}
    if not same:
        return "other_type"
    made = [e for k, r in same.items() if r == "made" for e in watch.made[k] if e.type == gold["type"]]
    if not made:
        return "discarded:" + sorted(same.values(), key=ORDER.index)[-1]
    fitting = [e for e in made if se.dyad_match(gold, as_scored(e))]
    if fitting:
        if any(any(e is f for f in final) for e in fitting):
            return "discarded:taken"
        if all(e.modality in ("negated", "hypothetical") for e in fitting):
            return "discarded:" + fitting[0].modality
        return "discarded:merged"
    best = min(made, key=lambda e: len(slots_wrong(gold, e)))
    return "country:" + "+".join(slots_wrong(gold, best))


def key_of(event: Event, watch: Watch) -> Key | None:
    return next((k for k, made in watch.made.items() if any(event is e for e in made)), None)


def false_class(event: Event, key: Key | None, golds: list[dict[str, Any]], paired_gold: set[int]) -> str:
    if key is None:
        return "fp:no_gold"
    overlapping = [
        (i, g)
        for i, g in enumerate(golds)
        if "trigger" in g and g["trigger"]["start"] < key[1] and key[0] < g["trigger"]["end"]
    ]
    same = [i for i, g in overlapping if g["type"] == event.type]
    if same:
        return "fp:taken" if all(i in paired_gold for i in same) else "fp:same_type"
    return "fp:other_type" if overlapping else "fp:no_gold"


def scored_gold(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The record's events as the scorer reads them (type and the sides' countries), trigger kept."""
    out = []
    for event in record.get("events", []):
        sides = {
            s: {"country": (event.get(s) or {}).get("country")} if event.get(s) else None
            for s in ("actor", "recipient")
        }
        out.append({"type": event["type"], **sides, "trigger": event.get("trigger")})
    return out


def _span(gold: dict[str, Any]) -> tuple[int, int]:
    return gold["trigger"]["start"], gold["trigger"]["end"]


def _print_sides(article_id: str, label: str, gold: dict[str, Any], watch: Watch, keys: dict[Key, str]) -> None:
    """The gold sides (name, country) beside those of the events the trigger made."""

    def side(actor: Any) -> str:
        if isinstance(actor, dict):
            return f"{actor.get('text') or actor.get('name_hi')}/{actor.get('country')}"
        return f"{actor.name_hi}/{actor.country}" if actor is not None else "-"

    made = [e for k in keys for e in watch.made.get(k, []) if e.type == gold["type"]]
    got = "; ".join(f"{side(e.actor)} -> {side(e.recipient)}" for e in made)
    sys.stdout.write(
        f"{article_id}\t{label}\t{gold['type']}\t{gold['trigger']['text']}\t"
        f"{side(gold.get('actor'))} -> {side(gold.get('recipient'))}\t| {got}\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--top", type=int, default=8)
    parser.add_argument("--show", action="append", default=[], help="list every trigger of this class")
    parser.add_argument("--cues", type=int, default=0, help="list the N cues with most false over true")
    parser.add_argument("-v", "--verbose", action="store_true", help="print the sides of each country miss")
    parser.add_argument("--scorer", default=str(SCORER), help="the official score_events.py")
    args = parser.parse_args(argv)
    se = load_scorer(args.scorer)
    watch_the_coder()
    pipeline = default_pipeline()
    light_of = light_lemma_of_form()
    classes: Counter[str] = Counter()
    cues: dict[str, Counter[str]] = defaultdict(Counter)
    lemmas: dict[str, Counter[str]] = defaultdict(Counter)
    n_gold = n_pred = n_pairs = 0
    for article_id, record, analysis in watched_analyses(pipeline, args.texts, args.limit):
        golds = scored_gold(record)
        final = analysis.events
        pairs = se.pair(golds, [as_scored(e) for e in final], se.dyad_match)
        n_gold, n_pred, n_pairs = n_gold + len(golds), n_pred + len(final), n_pairs + len(pairs)
        paired_gold, paired_pred = {g for g, _ in pairs}, {p for _, p in pairs}
        for i, gold in enumerate(golds):
            if i in paired_gold or not gold.get("trigger"):
                continue
            label = miss_class(gold, final, WATCH, se, light_of)
            classes[label] += 1
            if args.verbose and label.startswith("country"):
                _print_sides(article_id, label, record["events"][i], WATCH, over(WATCH, *_span(gold)))
            _kind, lemma = normalise(gold["trigger"]["text"].split(), light_of)
            lemmas[label][f"{gold['type']}:{lemma}"] += 1
        for k, event in enumerate(final):
            cue = f"{event.type}:{match_key(next((e.trigger for e in event.evidence if e.trigger), '?'))}"
            if k in paired_pred:
                cues[cue]["tp"] += 1
                continue
            label = false_class(event, key_of(event, WATCH), golds, paired_gold)
            classes[label] += 1
            cues[cue][label] += 1
            lemmas[label][cue] += 1
    out = sys.stdout
    out.write(f"gold {n_gold}  predicted {n_pred}  dyad pairs {n_pairs}\n")
    for group in ("missing", "other_type", "discarded", "country", "fp"):
        rows = [(c, n) for c, n in classes.most_common() if c.split(":")[0] == group]
        out.write(f"{group:<10} {sum(n for _, n in rows):>5}\n")
        for label, n in rows:
            top = ", ".join(f"{k} {m}" for k, m in lemmas[label].most_common(args.top))
            out.write(f"  {label:<34} {n:>5}  {top}\n")
    if args.cues:
        out.write("\ncues by false positives (tp, fp classes):\n")
        ranked = sorted(cues.items(), key=lambda kv: kv[1]["tp"] - sum(kv[1].values()) + kv[1]["tp"])
        for cue, c in ranked[: args.cues]:
            fps = " ".join(f"{kind[3:]} {m}" for kind, m in c.most_common() if kind != "tp")
            out.write(f"  {cue:<32} tp {c['tp']:>3}  fp {sum(c.values()) - c['tp']:>3}  {fps}\n")
    for label in args.show:
        out.write(f"\n{label}:\n")
        for name, m in lemmas[label].most_common():
            out.write(f"  {m:>4} {name}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
