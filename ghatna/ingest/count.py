"""Counting the articles of an input up front, where that is cheap, for a progress ETA."""

from __future__ import annotations

from pathlib import Path

from ghatna.ingest.options import TEXT_SUFFIXES, IngestOptions, is_dump


def count_articles(paths: list[str], options: IngestOptions) -> int | None:
    """The number of one-article files named by ``paths``; None when a dump or stdin is among them."""
    total = 0
    for raw in paths:
        path = Path(raw)
        if raw == "-" or (path.is_file() and is_dump(path)):
            return None
        if path.is_dir():
            for file in path.rglob(options.glob):
                if is_dump(file):
                    return None
                total += file.is_file() and file.suffix.lower() in TEXT_SUFFIXES
        else:
            total += 1
    return total
