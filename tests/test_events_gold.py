"""Pinned floors: ``ghatna extract`` on the reference article, the dev texts and the IITP corpus,
scored with the official scorer. Raise a floor when quality rises; never lower one silently."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ghatna.evaluate.events import recipient_share, score_files
from ghatna.evaluate.iitp import evaluate_iitp

from .conftest import DEV_TEXTS, SHARED

SCORER = str(SHARED / "tools" / "score_events.py")
GOLD = SHARED / "spec" / "gold"
IITP = SHARED / "data" / "events_hi" / "iitp_hindi_disaster_events_nirbhay002" / "train_annotated_xml"

# pinned a little under what was measured at the commit that set them (seed 1.000/1.000, dev
# dyad 0.658, full 0.450, IITP 0.730; IITP per document 0.797 over (article, class) pairs and 0.818
# for any political violence; after the agent rule for explosions, arson and martyrdom: IITP 0.759,
# per document 0.898 and 0.917; after the purpose-clause and protest-in-passing rules: IITP 0.749, per
# document P 0.852 F1 0.904 and 0.919); raise them as the coder improves, never lower them silently
SEED_DYAD_F1 = 0.95
SEED_FULL_F1 = 0.95
DEV_DYAD_F1 = 0.64
DEV_FULL_F1 = 0.43
IITP_F1 = 0.74
IITP_DOCUMENT_F1 = 0.90
IITP_DOCUMENT_PRECISION = 0.85
IITP_ANY_F1 = 0.90

needs_shared = pytest.mark.skipif(not (SHARED / "tools" / "score_events.py").is_file(), reason="../shared missing")


def _score(cli: Callable[..., Any], tmp_path: Path, gold: Path, texts: list[Path]) -> dict[str, Any]:
    pred = tmp_path / "pred.jsonl"
    result = cli("extract", *map(str, texts), "-o", str(pred), "--no-text")
    assert result.code == 0, result.err
    return score_files(str(gold), str(pred), SCORER)


@needs_shared
def test_reference_article_floor(cli: Callable[..., Any], tmp_path: Path) -> None:
    result = _score(cli, tmp_path, GOLD / "seed.jsonl", [SHARED / "data" / "000_80b73bf1b1695fdc.txt"])
    assert result["dyad"]["f1"] >= SEED_DYAD_F1
    assert result["full"]["f1"] >= SEED_FULL_F1


@needs_shared
def test_dev_floor(cli: Callable[..., Any], tmp_path: Path) -> None:
    result = _score(cli, tmp_path, GOLD / "dev.jsonl", sorted(DEV_TEXTS.glob("*.txt")))
    assert not result["articles_missing_in_pred"]
    assert result["dyad"]["f1"] >= DEV_DYAD_F1
    assert result["full"]["f1"] >= DEV_FULL_F1
    halves = result["confidence_halves"]
    assert halves["top_half_precision"] > halves["bottom_half_precision"]


@needs_shared
def test_evaluate_events_cli_wraps_the_official_scorer(cli: Callable[..., Any], tmp_path: Path) -> None:
    pred = tmp_path / "seed.jsonl"
    assert cli("extract", str(SHARED / "data" / "000_80b73bf1b1695fdc.txt"), "-o", str(pred)).code == 0
    result = cli("evaluate", "events", str(GOLD / "seed.jsonl"), str(pred), "--scorer", SCORER)
    assert result.code == 0 and "dyad P" in result.out
    assert "events with a recipient: gold 100.0% predicted 100.0%" in result.out


def test_recipient_share_counts_events_of_the_gold_articles(tmp_path: Path) -> None:
    gold = {"a": {"events": [{"recipient": {"country": "IND"}}, {"recipient": None}]}}
    pred = {"a": {"events": [{}, {}, {"recipient": {"country": "PAK"}}, {}]}, "b": {"events": [{"recipient": {}}]}}
    assert recipient_share(gold, gold) == 0.5
    assert recipient_share(gold, pred) == 0.25


@pytest.mark.slow
@pytest.mark.skipif(not IITP.is_dir(), reason="IITP corpus missing")
def test_iitp_political_violence_floor() -> None:
    result = evaluate_iitp(IITP).as_dict()
    assert result["duplicates_removed"] > 0
    assert float(str(result["f1"])) >= IITP_F1
    document: Any = result["document"]
    assert document["types"]["f1"] >= IITP_DOCUMENT_F1
    assert document["types"]["precision"] >= IITP_DOCUMENT_PRECISION
    assert document["any_political_violence"]["f1"] >= IITP_ANY_F1
