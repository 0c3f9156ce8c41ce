"""Accuracy of the romaniser on Hindi -> English name pairs (the NEWS 2012 test names)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ghatna.errors import InputError
from ghatna.translit.model import romanise
from ghatna.translit.units import english_letters

#: The NEWS 2012 test split (1,000 names, 1,079 pairs), relative to the repository root.
DEFAULT_TEST = Path("../shared/data/gazetteer/news2012_en_hi_transliteration/news2012_test_en_hi.tsv")


def edit_distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def reference(english: str) -> str:
    return " ".join(english_letters(w) for w in english.split())


def read_test(path: Path) -> list[tuple[str, str]]:
    """(Hindi, English reference) pairs of a ``id, source_en, target_hi`` TSV."""
    try:
        with path.open(encoding="utf-8") as f:
            return [(row["target_hi"], reference(row["source_en"])) for row in csv.DictReader(f, delimiter="\t")]
    except (OSError, KeyError) as e:
        hint = "pass --test PATH to the NEWS 2012 test TSV"
        raise InputError(str(path), f"cannot read the test pairs ({e}); {hint}") from e


def evaluate(pairs: list[tuple[str, str]], system: Callable[[str], str] = romanise) -> dict[str, Any]:
    """Top-1 word accuracy (the whole name right) and mean character edit distance."""
    correct, distance = 0, 0
    for hindi, english in pairs:
        guess = " ".join(english_letters(w) for w in system(hindi).split())
        correct += guess == english
        distance += edit_distance(guess, english)
    n = max(len(pairs), 1)
    return {"pairs": len(pairs), "top1_accuracy": round(correct / n, 4), "mean_edit_distance": round(distance / n, 4)}
