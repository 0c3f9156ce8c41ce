"""Counting the articles of an input up front, where that is cheap, for a progress ETA."""

from __future__ import annotations

from pathlib import Path

from ghatna.ingest.options import CSV_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, IngestOptions


def count_articles(paths: list[str], options: IngestOptions) -> int | None:
    """The number of one-article files named by ``paths``; None when a dump or stdin is among them."""
    total = 0
    for raw in paths:
        path = Path(raw)
        if raw == "-" or (path.is_file() and path.suffix.lower() in (*JSONL_SUFFIXES, *CSV_SUFFIXES)):
            return None
        if path.is_dir():
            for file in path.rglob(options.glob):
                suffix = file.suffix.lower()
                if suffix in (*JSONL_SUFFIXES, *CSV_SUFFIXES):
                    return None
                total += file.is_file() and suffix in TEXT_SUFFIXES
        else:
            total += 1
    return total
