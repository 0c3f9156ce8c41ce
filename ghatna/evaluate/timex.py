"""Score the temporal tagger against a gold file of expressions in context.

The gold file is a TSV with a header: ``context``, ``expression``, ``reference_date``,
``expected_start``, ``expected_end``, ``precision``, ``kind``, ``source`` and an optional
``duration`` (ISO 8601, for kind ``duration``). Empty cells mean None. Each row's context is
tagged with the reference date as the (metadata) document date; the time expression that
overlaps the gold expression most is compared with it.

*exact* means value_start, value_end, precision (and duration, where the gold gives one) are all
right; *exact_with_kind* also needs the kind. A gold expression that no timex overlaps is missed.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ghatna.errors import InputError
from ghatna.nlp.segment import segment
from ghatna.records import DocDate, TimeExpr
from ghatna.text.normalise import nfc
from ghatna.time.stage import tag_text

COLUMNS = ("context", "expression", "reference_date", "expected_start", "expected_end", "precision", "kind", "source")


@dataclass(frozen=True, slots=True)
class GoldTimex:
    context: str
    expression: str
    reference_date: str
    start: str | None
    end: str | None
    precision: str | None
    kind: str
    source: str
    duration: str | None = None


def load_gold(path: Path) -> list[GoldTimex]:
    """Read a gold TSV; a missing column or an expression absent from its context is an error."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = set(COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise InputError(str(path), f"missing columns {sorted(missing)}; expected {', '.join(COLUMNS)}")
        rows: list[GoldTimex] = []
        for number, row in enumerate(reader, start=2):
            cells = {k: nfc(v or "").strip() for k, v in row.items() if k}
            if cells["expression"] not in cells["context"]:
                raise InputError(f"{path}:{number}", f"expression {cells['expression']!r} is not in its context")
            rows.append(
                GoldTimex(
                    context=cells["context"],
                    expression=cells["expression"],
                    reference_date=cells["reference_date"],
                    start=cells["expected_start"] or None,
                    end=cells["expected_end"] or None,
                    precision=cells["precision"] or None,
                    kind=cells["kind"],
                    source=cells["source"],
                    duration=cells.get("duration") or None,
                )
            )
    return rows


def predict(gold: GoldTimex) -> TimeExpr | None:
    """The tagger's expression that overlaps the gold expression most, if any."""
    reference = DocDate(gold.reference_date, "day", inferred=False, basis="gold reference date")
    timexes, _ = tag_text(gold.context, segment(gold.context), reference)
    start = gold.context.index(gold.expression)
    end = start + len(gold.expression)
    overlapping = [(min(end, t.end) - max(start, t.start), t) for t in timexes]
    best = max((pair for pair in overlapping if pair[0] > 0), key=lambda pair: pair[0], default=None)
    return best[1] if best else None


def is_exact(gold: GoldTimex, found: TimeExpr | None) -> bool:
    if found is None:
        return False
    values = (found.value_start, found.value_end, found.precision)
    same_length = gold.duration is None or gold.duration == found.duration
    return values == (gold.start, gold.end, gold.precision) and same_length


def score(rows: list[GoldTimex]) -> dict[str, Any]:
    """Accuracy overall and by gold kind, with every error listed."""
    totals: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    with_kind: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    for gold in rows:
        found = predict(gold)
        totals[gold.kind] += 1
        right = is_exact(gold, found)
        exact[gold.kind] += right
        with_kind[gold.kind] += right and found is not None and found.kind == gold.kind
        missed[gold.kind] += found is None
        if not right or (found is not None and found.kind != gold.kind):
            errors.append(_error(gold, found))
    by_kind = {
        kind: {
            "total": totals[kind],
            "exact": exact[kind],
            "accuracy": round(exact[kind] / totals[kind], 4),
            "exact_with_kind": with_kind[kind],
            "missed": missed[kind],
        }
        for kind in sorted(totals)
    }
    total = sum(totals.values())
    return {
        "total": total,
        "exact": sum(exact.values()),
        "accuracy": round(sum(exact.values()) / total, 4) if total else 0.0,
        "accuracy_with_kind": round(sum(with_kind.values()) / total, 4) if total else 0.0,
        "by_kind": by_kind,
        "errors": errors,
    }


def _error(gold: GoldTimex, found: TimeExpr | None) -> dict[str, Any]:
    expected = {"start": gold.start, "end": gold.end, "precision": gold.precision, "kind": gold.kind}
    got = None
    if found is not None:
        got = {"text": found.text, "start": found.value_start, "end": found.value_end, "precision": found.precision}
        got["kind"] = found.kind
    return {"expression": gold.expression, "source": gold.source, "expected": expected, "found": got}
