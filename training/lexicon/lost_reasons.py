"""Why the rule coder drops gold events whose trigger it finds: the corpus-train gold events by
what happened to the dictionary trigger over their gold trigger.

usage: .venv/bin/python -m training.lexicon.lost_reasons TEXTS_DIR [--limit N] [--top N]

Runs the pipeline up to the events stage over the training articles (``corpus_triggers``), then
the coder with each step of ``code_trigger`` watched. Every gold event gets one outcome:

- ``hit``: an event of the gold type came out whose evidence covers the trigger;
- ``missing``: no dictionary trigger overlaps the gold trigger;
- ``mistyped``: only triggers of another type overlap it;
- otherwise the first reason the trigger of the gold type gave no surviving event: ``complement``
  (the content of another predicate), ``told_before`` (a mention of an earlier event),
  ``participant`` (modifies a noun, agentive, labels something, question/topic/purpose),
  ``marker`` (a required case marker absent), ``no_actor`` / ``no_actor_passive``, ``no_attacker``,
  ``filtered`` (an actor or recipient rule), ``negated`` / ``hypothetical`` (modality), ``merged``
  (made, then merged into an event whose evidence lies elsewhere), ``retyped``.

Only counts and trigger words are printed, never a sentence of the corpus.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ghatna.events.coder as coder_module
from ghatna.events import coding, trigger_coding
from ghatna.events.clauses import Trigger
from ghatna.ingest.article import make_article
from ghatna.pipeline import Pipeline
from ghatna.records import Analysis, Event
from training.lexicon.corpus_triggers import covered, light_lemma_of_form, normalise, training_records

BEFORE_EVENTS = ("segment", "tokenise", "mentions", "time", "entities", "parse")


class Watch:
    """What the coder did with each trigger of one article, by its character span."""

    def __init__(self) -> None:
        self.reason: dict[tuple[int, int, str], str] = {}
        self.made: dict[tuple[int, int, str], list[Event]] = defaultdict(list)
        self.view: Any = None

    def span(self, trigger: Trigger) -> tuple[int, int, str]:
        toks = self.view.toks
        return toks[trigger.first].start, toks[trigger.cue_last].end, trigger.predicate.type


WATCH = Watch()
_analyse = coder_module.analyse
_code_trigger = coder_module.code_trigger
_told_before = coder_module._told_before


def watched_analyse(*args: Any, **kwargs: Any) -> Any:
    WATCH.view = _analyse(*args, **kwargs)
    for trigger in WATCH.view.triggers:
        WATCH.reason[WATCH.span(trigger)] = "complement"
    return WATCH.view


def watched_told_before(view: Any, trigger: Trigger, lex: Any, events: list[Event]) -> Any:
    earlier = _told_before(view, trigger, lex, events)
    if earlier is not None:
        WATCH.reason[WATCH.span(trigger)] = "told_before"
    return earlier


def first_reason(c: trigger_coding.TriggerCoding) -> str:
    if coding.describes_a_participant(c):
        return "participant"
    coding.read_arguments(c)
    if not coding.has_required_marker(c.view, c.trigger, c.args):
        return "marker"
    coding.read_modality(c)
    coding.find_actors(c)
    if c.choose_arguments is not None:
        coding.find_recipients(c)
        c.choose_arguments(c)
        c.args.actors = c.actors = c.actors or c.args.actors
    if not c.args.actors and (c.predicate.type not in coding.ACTORLESS or coding.passing_without_actor(c)):
        return "no_actor_passive" if c.args.passive else "no_actor"
    if c.predicate.needs_agent and not coding.names_attacker(c.view, c.trigger, c.lex):
        return "no_attacker"
    return "filtered"


def watched_code_trigger(c: trigger_coding.TriggerCoding) -> list[Event]:
    key = WATCH.span(c.trigger)
    events = _code_trigger(c)
    if events:
        WATCH.reason[key] = "made"
        WATCH.made[key].extend(events)
        return events
    probe = trigger_coding.TriggerCoding(
        c.analysis, c.view, c.trigger, c.lex, c.home, c.state, c.sentence, c.called_for, c.doer, c.ordered
    )
    probe.choose_arguments = c.choose_arguments
    WATCH.reason[key] = first_reason(probe)
    return events


def watch_the_coder() -> None:
    """Route the coder's steps through the watchers (only when this script runs, never on import)."""
    coder_module.analyse = watched_analyse
    coder_module.code_trigger = watched_code_trigger
    coder_module._told_before = watched_told_before


def gold_outcome(gold: dict[str, Any], events: list[Event], watch: Watch) -> str:
    start, end = gold["trigger"]["start"], gold["trigger"]["end"]
    dumped = [_as_dict(e) for e in events]
    if covered(dumped, gold["type"], start, end):
        return "hit"
    over = {k: r for k, r in watch.reason.items() if k[0] < end and start < k[1]}
    if not over:
        return "missing"
    same = {k: r for k, r in over.items() if k[2] == gold["type"]}
    if not same:
        return "mistyped"
    reasons = sorted(same.values(), key=ORDER.index)
    if reasons[-1] != "made":
        return reasons[-1]
    made = [e for k, r in same.items() if r == "made" for e in watch.made[k]]
    if all(e.type != gold["type"] for e in made):
        return "retyped"
    modalities = {e.modality for e in made if e.type == gold["type"]}
    if modalities and modalities <= {"negated", "hypothetical"}:
        return sorted(modalities)[0]
    return "merged"


ORDER = [
    "complement", "told_before", "participant", "marker", "no_actor_passive", "no_actor", "no_attacker",
    "filtered", "made",
]


def _as_dict(event: Event) -> dict[str, Any]:
    spans = [{"start": e.start, "end": e.end} for e in event.evidence]
    return {"type": event.type, "evidence": spans}



def watched_analyses(
    pipeline: Pipeline, texts: Path, limit: int | None = None
) -> Iterator[tuple[str, dict[str, Any], Analysis]]:
    """(id, gold record, analysis) of each training article whose text is in ``texts``, with
    ``WATCH`` cleared before each, so that it holds what the coder did to that article."""
    for article_id, record in sorted(training_records().items())[: limit or None]:
        path = texts / f"{article_id}.txt"
        if not path.exists():
            continue
        WATCH.reason.clear()
        WATCH.made.clear()
        yield article_id, record, pipeline.run(make_article(path.read_text(encoding="utf-8"), str(path),
                                                            article_id=article_id))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--top", type=int, default=6)
    args = parser.parse_args(argv)
    watch_the_coder()
    pipeline = Pipeline([*BEFORE_EVENTS, "events"])
    light_of = light_lemma_of_form()
    counts: Counter[str] = Counter()
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    lemmas: dict[str, Counter[str]] = defaultdict(Counter)
    for _article_id, record, analysis in watched_analyses(pipeline, args.texts, args.limit):
        for gold in record.get("events", []):
            if "trigger" not in gold:
                continue
            result = gold_outcome(gold, analysis.events, WATCH)
            counts[result] += 1
            by_type[gold["type"]][result] += 1
            _kind, lemma = normalise(gold["trigger"]["text"].split(), light_of)
            lemmas[result][f"{gold['type']}:{lemma}"] += 1
    out = sys.stdout
    total = sum(counts.values())
    for result, n in counts.most_common():
        out.write(f"{result:<18} {n:>5} {n / total:6.1%}\n")
    for result, _n in counts.most_common():
        if result in ("hit", "missing"):
            continue
        top = ", ".join(f"{k} {n}" for k, n in lemmas[result].most_common(args.top))
        out.write(f"\n{result}: {top}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
