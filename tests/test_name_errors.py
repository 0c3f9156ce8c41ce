"""The name-error classes of training/name_errors.py on a tiny corpus written for the test."""

from __future__ import annotations

import json
from pathlib import Path

from training.name_errors import classify

TEXT = "गृहमंत्री रमेश कुमार ने दिल्ली में बैठक की। गृहमंत्री ने पाकिस्तान की आलोचना की।"
GOLD_EVENT = {
    "type": "ACCUSE",
    "actor": {"name_en": "Ramesh Kumar", "name_hi": "गृहमंत्री", "country": "IND"},
    "recipient": {"name_en": "Pakistan", "name_hi": "पाकिस्तान", "country": "PAK"},
    "evidence": "गृहमंत्री ने पाकिस्तान की आलोचना की।",
}


def _pred_event(actor: dict[str, str | None]) -> dict[str, object]:
    start = TEXT.index("गृहमंत्री ने")
    return {
        "type": "ACCUSE",
        "actor": actor,
        "recipient": {"name_en": "Pakistan", "name_hi": "पाकिस्तान", "country": "PAK"},
        "evidence": {"start": start, "end": len(TEXT)},
    }


def _classes(tmp_path: Path, actor: dict[str, str | None], entities: list[dict[str, str]]) -> set[str]:
    (tmp_path / "txt").mkdir()
    (tmp_path / "txt" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(json.dumps({"id": "a", "events": [GOLD_EVENT]}), encoding="utf-8")
    pred = {"id": "a", "entities": entities, "events": [_pred_event(actor)]}
    (tmp_path / "pred.jsonl").write_text(json.dumps(pred), encoding="utf-8")
    counts = classify(str(tmp_path / "gold.jsonl"), str(tmp_path / "pred.jsonl"), str(tmp_path / "txt"))
    return {row for row in counts if row.count(" ") == 1}


def test_a_title_left_unnamed_while_the_name_was_spotted(tmp_path: Path) -> None:
    entities = [{"name_hi": "रमेश कुमार", "name_en": "Ramesh Kumar"}]
    actor = {"name_hi": "गृहमंत्री", "name_en": None, "country": "IND"}
    assert _classes(tmp_path, actor, entities) == {"actor unnamed"}


def test_a_name_no_entity_carries_is_not_spotted(tmp_path: Path) -> None:
    actor = {"name_hi": "गृहमंत्री", "name_en": None, "country": "IND"}
    assert _classes(tmp_path, actor, []) == {"actor not_spotted"}
