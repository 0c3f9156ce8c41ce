"""The romaniser: pinned accuracy on the NEWS 2012 test names, and the evaluate CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ghatna.actors.romanise import romanise_name
from ghatna.translit.evaluate import DEFAULT_TEST, edit_distance, evaluate, read_test
from ghatna.translit.model import load_model
from tests.conftest import ROOT, SHARED

MODEL = ROOT / "ghatna" / "models" / "translit" / "graphones.json"


def test_accuracy_floor_on_the_news2012_test_pairs() -> None:
    assert (SHARED / DEFAULT_TEST.relative_to("../shared")).exists()
    figures = evaluate(read_test(SHARED / DEFAULT_TEST.relative_to("../shared")))
    assert figures["pairs"] == 1079
    assert figures["top1_accuracy"] >= 0.45
    assert figures["mean_edit_distance"] <= 1.05


def test_the_model_is_small_and_holds_probabilities_not_pairs() -> None:
    assert MODEL.stat().st_size < 5_000_000
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    assert set(data) == {"order", "max_source", "trained_on", "pairs", "aligned", "ngrams"}
    assert all(len(units) <= data["order"] and isinstance(lp, float) for units, lp, _ in data["ngrams"])


def test_names_are_title_cased_latin() -> None:
    assert romanise_name("अस्ताना") == "Astana"
    name = romanise_name("निर्मला सीतारमण")
    assert name is not None and name.startswith("Nirmala ") and name.isascii()
    assert romanise_name("  ") is None


def test_edit_distance() -> None:
    assert edit_distance("sitarman", "sitharaman") == 2
    assert edit_distance("", "abc") == 3


def test_unknown_characters_do_not_crash() -> None:
    assert load_model().decode("ॐ") is not None


def test_evaluate_cli_prints_json(tmp_path: Path, cli: Callable[..., Any]) -> None:
    test = tmp_path / "pairs.tsv"
    test.write_text("id\tsource_en\ttarget_hi\n1\tAstana\tअस्ताना\n2\tBharat\tभारत\n", encoding="utf-8")
    result = cli("evaluate", "translit", "--test", str(test), "--json")
    assert result.code == 0
    figures = json.loads(result.out)
    assert figures["pairs"] == 2 and 0 <= figures["top1_accuracy"] <= 1


def test_evaluate_cli_reports_a_missing_file(tmp_path: Path, cli: Callable[..., Any]) -> None:
    result = cli("evaluate", "translit", "--test", str(tmp_path / "none.tsv"))
    assert result.code == 2 and "--test" in result.err
