"""A joint-sequence n-gram model over graphones ("क|k", "ि|i", "ष्|sh") and its beam-search decoder.

Probabilities are stored in back-off form: for a seen (context, graphone) its log-probability, for a
context its back-off weight, as in ARPA language models.
"""

from __future__ import annotations

import heapq
import json
import math
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from ghatna.translit.units import hindi_units

BOUNDARY = "#"
_BEAM = 24
# log10 score of a unit seen after no context at all (below every trained probability)
_UNSEEN = -7.0


@dataclass(frozen=True, slots=True)
class JointModel:
    order: int
    max_source: int
    logprob: dict[tuple[str, ...], float]  # (context..., graphone) -> log10 p
    backoff: dict[tuple[str, ...], float]  # context -> log10 back-off weight
    by_source: dict[str, tuple[str, ...]]  # Hindi chunk -> graphones that read it

    _after: dict[tuple[str, ...], dict[str, float]] = field(init=False, repr=False, compare=False)
    _latin: dict[str, str] = field(init=False, repr=False, compare=False)  # graphone -> its Latin side

    def __post_init__(self) -> None:
        after: dict[tuple[str, ...], dict[str, float]] = {}
        for key, logprob in self.logprob.items():
            after.setdefault(key[:-1], {})[key[-1]] = logprob
        object.__setattr__(self, "_after", after)
        object.__setattr__(self, "_latin", {g: g.split("|", 1)[1] for g in after.get((), {}) if "|" in g})

    def score(self, history: tuple[str, ...], unit: str) -> float:
        """What ``_back_off_levels`` gives for ``unit``, walking down only as far as needed (the
        additions are the same, in the same order, so the floats are the same)."""
        context = self._context(history)
        penalty = 0.0
        while True:
            after = self._after.get(context)
            if after is not None and (found := after.get(unit)) is not None:
                return penalty + found
            if not context:
                return penalty + _UNSEEN
            penalty += self.backoff.get(context, 0.0)
            context = context[1:]

    def _context(self, history: tuple[str, ...]) -> tuple[str, ...]:
        """The part of ``history`` the next unit's probability depends on."""
        return history[-(self.order - 1) :] if self.order > 1 else ()

    def _back_off_levels(self, history: tuple[str, ...]) -> tuple[list[tuple[dict[str, float], float]], float]:
        """For the context that ``history`` ends in, longest first: what follows it and the back-off
        penalty paid to reach it; and the score of a unit seen after none of them."""
        context = self._context(history)
        levels: list[tuple[dict[str, float], float]] = []
        penalty = 0.0
        while True:
            levels.append((self._after.get(context, {}), penalty))
            if not context:
                return levels, penalty + _UNSEEN
            penalty += self.backoff.get(context, 0.0)
            context = context[1:]

    def decode(self, word: str, beam: int = _BEAM) -> list[tuple[str, float]]:
        """Romanisations of one Devanagari word, best first, with their log10 scores."""
        units = hindi_units(word)
        if not units:
            return []
        start: tuple[str, ...] = (BOUNDARY,)
        frontier: dict[int, dict[tuple[str, ...], float]] = {0: {start: 0.0}}
        # Per position before the word's end, the ``beam`` best scores entered so far (a min-heap):
        # a hypothesis that cannot enter the beam there is never expanded, so it is not stored.
        # Each path reaches its position once, so no stored entry is ever replaced. The word's end
        # (no heap) keeps every hypothesis, as the final scores sum over all of them.
        kept: dict[int, list[float]] = {}
        for pos in range(len(units)):
            states = sorted(frontier.pop(pos, {}).items(), key=lambda kv: -kv[1])[:beam]
            options = [
                (
                    frontier.setdefault(pos + size, {}),
                    readings,
                    None if pos + size == len(units) else kept.setdefault(pos + size, []),
                )
                for size in range(1, min(self.max_source, len(units) - pos) + 1)
                if (readings := self.by_source.get("".join(units[pos : pos + size]), ()))
            ]
            for history, score in states:
                if not options:  # an unknown character: skip it at a cost
                    bucket = frontier.setdefault(pos + 1, {})
                    bucket[history] = max(bucket.get(history, -math.inf), score - 5.0)
                    continue
                levels, unseen = self._back_off_levels(history)
                for bucket, readings, best in options:
                    for graphone in readings:
                        for table, penalty in levels:  # ``score`` written out: this loop is the hot path
                            if (found := table.get(graphone)) is not None:
                                total = score + (penalty + found)
                                break
                        else:
                            total = score + unseen
                        if best is not None:
                            if len(best) < beam:
                                heapq.heappush(best, total)
                            elif total > best[0]:
                                heapq.heapreplace(best, total)
                            else:
                                continue  # ``beam`` hypotheses already there score as high and come first
                        bucket[(*history, graphone)] = total
        finals: dict[str, float] = {}
        ending: dict[tuple[str, ...], float] = {}  # a word end's score depends only on the context
        latin = self._latin
        for history, score in frontier.get(len(units), {}).items():
            context = self._context(history)
            end = ending.get(context)
            if end is None:
                end = ending[context] = self.score(history, BOUNDARY)
            text = "".join([latin[g] for g in history[1:]])
            finals[text] = _log10_add(finals.get(text, -math.inf), score + end)  # sum over derivations
        return sorted(finals.items(), key=lambda kv: -kv[1])


def _log10_add(a: float, b: float) -> float:
    if a < b:
        a, b = b, a
    return a if b == -math.inf else a + math.log10(1 + 10 ** (b - a))


def model_from_json(data: dict[str, object]) -> JointModel:
    grams = data["ngrams"]
    assert isinstance(grams, list)
    logprob: dict[tuple[str, ...], float] = {}
    backoff: dict[tuple[str, ...], float] = {}
    for units, lp, bow in grams:
        key = tuple(units)
        logprob[key] = float(lp)
        if bow is not None:
            backoff[key] = float(bow)
    by_source: dict[str, list[str]] = {}
    for key in logprob:
        if len(key) == 1 and key[0] != BOUNDARY:
            by_source.setdefault(key[0].split("|", 1)[0], []).append(key[0])
    order, max_source = data["order"], data["max_source"]
    assert isinstance(order, int) and isinstance(max_source, int)
    return JointModel(order, max_source, logprob, backoff, {k: tuple(v) for k, v in by_source.items()})


@cache
def load_model() -> JointModel:
    path = resources.files("ghatna").joinpath("models", "translit", "graphones.json")
    return model_from_json(json.loads(path.read_text(encoding="utf-8")))


def romanise(text: str, model: JointModel | None = None) -> str:
    """The best romanisation of a Devanagari name, word by word, lower case."""
    if model is None:
        return " ".join(_best_with_shipped_model(word) for word in text.split())
    return " ".join(_best(model, word) for word in text.split())


def _best(model: JointModel, word: str) -> str:
    best = model.decode(word)
    return best[0][0] if best else word


@lru_cache(maxsize=1 << 15)  # names recur across articles; bounded so memory stays flat
def _best_with_shipped_model(word: str) -> str:
    return _best(load_model(), word)
