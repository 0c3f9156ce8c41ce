"""Scoring predicted events with the official scorer (``../shared/tools/score_events.py``), loaded
by path so its logic is never forked; adds per-type precision/recall and the precision of the
more confident half against the less confident half of the predictions, and the share of events
that name a recipient, predicted beside gold."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

from ghatna.errors import GhatnaError

DEFAULT_SCORER = "../shared/tools/score_events.py"


def load_scorer(path: str = DEFAULT_SCORER) -> ModuleType:
    spec = importlib.util.spec_from_file_location("ghatna_official_scorer", Path(path))
    if spec is None or spec.loader is None or not Path(path).is_file():
        raise GhatnaError(f"no scorer at {path}: pass --scorer PATH to score_events.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_files(gold_path: str, pred_path: str, scorer_path: str = DEFAULT_SCORER) -> dict[str, Any]:
    scorer = load_scorer(scorer_path)
    gold, pred = scorer.load(gold_path), scorer.load(pred_path)
    result: dict[str, Any] = scorer.score(gold, pred)
    result["by_type"] = _by_type(scorer, gold, pred)
    result["confidence_halves"] = _halves(scorer, gold, pred)
    result["recipient_share"] = {"gold": recipient_share(gold, gold), "pred": recipient_share(gold, pred)}
    return result


def recipient_share(gold: dict[str, Any], records: dict[str, Any]) -> float:
    """The share of the events of ``records`` (over the articles ``gold`` has) that name a recipient."""
    events = [e for key in gold for e in (records.get(key) or {}).get("events", [])]
    with_recipient = sum(isinstance(e.get("recipient"), dict) for e in events)
    return round(with_recipient / len(events), 4) if events else 0.0


def _by_type(scorer: ModuleType, gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, dict[str, Any]]:
    counts: dict[str, list[int]] = {}  # type -> [tp, gold, pred]
    for key, g in gold.items():
        gev, pev = g.get("events", []), (pred.get(key) or {}).get("events", [])
        for e in gev:
            counts.setdefault(e["type"], [0, 0, 0])[1] += 1
        for e in pev:
            counts.setdefault(e["type"], [0, 0, 0])[2] += 1
        for gi, _ in scorer.pair(gev, pev, scorer.dyad_match):
            counts[gev[gi]["type"]][0] += 1
    return {
        kind: {
            "precision": round(tp / n_pred, 4) if n_pred else 0.0,
            "recall": round(tp / n_gold, 4) if n_gold else 0.0,
            "gold": n_gold,
            "pred": n_pred,
        }
        for kind, (tp, n_gold, n_pred) in counts.items()
    }


def _halves(scorer: ModuleType, gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, float]:
    """Dyad precision of the predictions above and below the median confidence."""
    rows: list[tuple[float, bool]] = []
    for key, p in pred.items():
        gev, pev = (gold.get(key) or {}).get("events", []), p.get("events", [])
        if key not in gold:
            continue
        matched = {pi for _, pi in scorer.pair(gev, pev, scorer.dyad_match)}
        rows.extend((float(e.get("confidence", 0.5)), i in matched) for i, e in enumerate(pev))
    rows.sort(key=lambda r: -r[0])
    half = len(rows) // 2
    top, bottom = rows[:half], rows[half:]
    return {
        "top_half_precision": round(sum(ok for _, ok in top) / len(top), 4) if top else 0.0,
        "bottom_half_precision": round(sum(ok for _, ok in bottom) / len(bottom), 4) if bottom else 0.0,
    }
