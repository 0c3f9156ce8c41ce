"""Scoring the geocoder against a gold set of place mentions (``ghatna evaluate places GOLD``).

Gold: JSON Lines, one mention a line::

    {"source": "../shared/data/eval/dev/x.txt", "start": 10, "end": 16, "name_hi": "पटना",
     "geonames_id": 1260086, "country": "IND", "note": "same-name"}

``source`` is a text file (read as ``ghatna extract`` reads it), ``<csv file>#<row>`` (the
``1`` column of that data row, counted from 0: the BBC Hindi CSV) or ``<jsonl file>#<row>`` (the
``tokens`` of that line, counted from 0, joined by single spaces: the EDNIL set). ``geonames_id`` null is NIL:
the place is not in the gazetteer (``country`` may still say where it is). Offsets are code points
of the NFC text, as in the output. The file holds no sentences, only offsets and the name.

Each gold mention is read from the pipeline's own place mentions when it found one at that span;
otherwise the geocoder is asked about the span with the same article context (``detected`` says
how many the pipeline found itself). Accuracy at the GeoNames id and at the country counts NIL
as a value; a NIL gold mention counts right at country level when the prediction is NIL or in its
country. NIL precision and recall are reported.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ghatna.errors import InputError
from ghatna.ingest.article import make_article
from ghatna.ingest.decode import decode
from ghatna.pipeline import default_pipeline
from ghatna.places.stage import geocode_span
from ghatna.records import Analysis, Article, GeoMention

_KEYS = {"source", "start", "end", "name_hi", "geonames_id", "country", "note"}


@dataclass(frozen=True, slots=True)
class GoldPlace:
    source: str
    start: int
    end: int
    name_hi: str
    geonames_id: int | None
    country: str | None
    note: str = ""


def load_gold(path: Path) -> list[GoldPlace]:
    rows: list[GoldPlace] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data: dict[str, Any] = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{path}:{n}", f"not JSON: {e}") from e
        unknown = set(data) - _KEYS
        missing = {"source", "start", "end", "name_hi", "geonames_id"} - set(data)
        if unknown or missing:
            raise InputError(f"{path}:{n}", f"unknown keys {sorted(unknown)}, missing {sorted(missing)}")
        rows.append(GoldPlace(data["source"], int(data["start"]), int(data["end"]), data["name_hi"],
                              data["geonames_id"], data.get("country"), data.get("note", "")))
    return rows


def read_source(source: str, base: Path) -> Article:
    """The article a gold ``source`` names; paths are relative to ``base``."""
    name, _, row = source.partition("#")
    path = base / name
    if not path.is_file():
        raise InputError(source, f"no such file under {base}")
    if not row:
        text = decode(path.read_bytes(), str(path), [])
        return make_article(text, source, article_id=path.stem, split_headline=True)
    if path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        if int(row) >= len(lines):
            raise InputError(source, f"the file has no line {row}")
        return make_article(" ".join(json.loads(lines[int(row)])["tokens"]), source, article_id=f"{path.stem}-{row}")
    csv.field_size_limit(1 << 26)
    with path.open(encoding="utf-8-sig", newline="") as stream:
        for n, record in enumerate(csv.DictReader(stream)):
            if n == int(row):
                return make_article(record["1"], source, article_id=f"{path.stem}-{row}")
    raise InputError(source, f"the CSV has no row {row}")


def predictions(gold: list[GoldPlace], base: Path) -> Iterator[tuple[GoldPlace, GeoMention, bool]]:
    """Each gold mention with the geocoder's answer and whether the pipeline found the mention itself."""
    pipeline = default_pipeline()
    by_source: dict[str, list[GoldPlace]] = {}
    for row in gold:
        by_source.setdefault(row.source, []).append(row)
    for source, rows in by_source.items():
        analysis = pipeline.run(read_source(source, base))
        for row in rows:
            yield _predict(row, analysis)


def _predict(row: GoldPlace, analysis: Analysis) -> tuple[GoldPlace, GeoMention, bool]:
    text = analysis.article.text
    if text[row.start : row.end] != row.name_hi:
        raise InputError(row.source, f"offsets {row.start}-{row.end} hold {text[row.start : row.end]!r}, "
                                     f"not {row.name_hi!r}")
    found = next((m for m in analysis.places if (m.start, m.end) == (row.start, row.end)), None)
    if found is not None:
        return row, found, True
    return row, geocode_span(analysis, row.start, row.end), False


def score(gold: list[GoldPlace], base: Path) -> dict[str, Any]:
    total = detected = right_id = right_country = 0
    nil_gold = nil_pred = nil_both = 0
    errors: list[dict[str, Any]] = []
    for row, mention, seen in predictions(gold, base):
        total += 1
        detected += seen
        place = mention.place
        got_id = place.geonames_id if place is not None else None
        got_country = place.country if place is not None else None
        nil_gold += row.geonames_id is None
        nil_pred += place is None
        nil_both += row.geonames_id is None and place is None
        same_id = got_id == row.geonames_id and (place is None) == (row.geonames_id is None)
        right_id += same_id
        if row.geonames_id is None:
            right_country += place is None or got_country == row.country
        else:
            right_country += got_country == row.country
        if not same_id:
            errors.append({"source": row.source, "span": [row.start, row.end], "name_hi": row.name_hi,
                           "gold": row.geonames_id, "gold_country": row.country, "found": got_id,
                           "found_country": got_country, "reason": mention.reason, "note": row.note})
    return {
        "mentions": total,
        "detected_by_pipeline": detected,
        "accuracy_id": _ratio(right_id, total),
        "accuracy_country": _ratio(right_country, total),
        "nil": {"gold": nil_gold, "predicted": nil_pred, "precision": _ratio(nil_both, nil_pred),
                "recall": _ratio(nil_both, nil_gold)},
        "errors": errors,
    }


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0
