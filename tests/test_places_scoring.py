"""``_score`` adds ``_evidence``'s points without writing the reasons (for speed): the two must agree
for every candidate of the gold sets' names, in every context a candidate can have."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from ghatna.places.geocode import _candidate_score, _evidence, _Facts, _rank, _ranked, _rival, candidates

RESOURCES = Path(__file__).resolve().parent / "resources"
GOLDS = (
    "places_gold.jsonl",
    "places_gold_blind.jsonl",
    "places_gold_blind2.jsonl",
    "places_gold_blind3.jsonl",
    "places_gold_blind4.jsonl",
)
FACTS = (
    _Facts(False, False, False), _Facts(True, False, False), _Facts(True, True, True), _Facts(False, False, True),
    _Facts(True, True, False, True),
)
KINDS = (None, frozenset({"PPL"}), frozenset({"ADM1", "ADM2"}))
MOST_CANDIDATES = 40  # of a name spelt by letters (hundreds): the first are enough to compare


def _names(gold: str) -> list[str]:
    lines = RESOURCES.joinpath(gold).read_text(encoding="utf-8").splitlines()
    return sorted({json.loads(line)["name_hi"] for line in lines if line.strip()})


@pytest.mark.parametrize("gold", GOLDS)
def test_score_is_the_sum_of_the_evidence_points(gold: str) -> None:
    compared = 0
    for name in _names(gold):
        cands = candidates(name)
        entries = cands.entries[:MOST_CANDIDATES]
        placed = [e for e in entries if e.country]
        neighbour_sets = [(), tuple(placed[:1]), tuple(placed[1:3])]
        for at, entry in enumerate(entries):
            for facts in FACTS:
                for kinds in KINDS:
                    for neighbours in neighbour_sets:
                        points = sum(p for p, _ in _evidence(entry, cands, kinds, facts, neighbours))
                        score = _candidate_score(cands, at, kinds, facts, neighbours)
                        assert score == pytest.approx(points, abs=1e-9), (
                            name, entry.name_en, facts, kinds, [n.name_en for n in neighbours])
                        compared += 1
    assert compared > 1000


@pytest.mark.parametrize("gold", GOLDS)
def test_early_stopped_ranking_picks_what_ranking_them_all_picks(gold: str) -> None:
    # ``_ranked`` leaves out the candidates whose ceiling cannot reach the rival (or the best): the
    # best and its rival must be those of ranking every candidate, in any context
    rng = random.Random(gold)
    compared = 0
    for name in _names(gold):
        cands = candidates(name)
        if not cands.romanised or not cands.entries:
            continue
        for _ in range(8):
            facts = [rng.choice(FACTS) if rng.random() < 0.3 else FACTS[0] for _ in cands.entries]
            kinds = rng.choice(KINDS)
            neighbours = tuple(rng.sample(cands.entries, min(len(cands.entries), rng.choice((0, 0, 1, 2)))))
            every = sorted(
                (
                    (_candidate_score(cands, at, kinds, f, neighbours), e, f)
                    for at, (e, f) in enumerate(zip(cands.entries, facts, strict=True))
                ),
                key=_rank,
            )
            for rival in (True, False):
                early = _ranked(cands, kinds, facts, neighbours, rival=rival)
                assert (early[0][0], early[0][1].row) == (every[0][0], every[0][1].row), (name, rival)
                if rival:
                    want, got = _rival(every), _rival(early)
                    assert (want and (want[0], want[1].row)) == (got and (got[0], got[1].row)), name
                compared += 1
    assert compared > 100
