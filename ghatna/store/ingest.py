"""Ingest = extract + store, idempotent by content hash, one transaction per batch."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ghatna.errors import InputError
from ghatna.extract import extract
from ghatna.ingest import IngestOptions, read_sources
from ghatna.pipeline import Pipeline, default_pipeline
from ghatna.records import Analysis
from ghatna.store.database import Store


@dataclass(frozen=True, slots=True)
class BatchStored:
    added: int
    skipped: int


Report = InputError | BatchStored | str


def ingest_sources(
    paths: list[str],
    store: Store,
    options: IngestOptions,
    batch_size: int = 50,
    pipeline: Pipeline | None = None,
) -> Iterator[Report]:
    """Store every readable article; yield errors, warnings (str) and one report per stored batch."""
    pipeline = pipeline or default_pipeline()
    warnings: list[str] = []
    batch: list[Analysis] = []
    already = 0
    for item in read_sources(paths, options, warnings):
        yield from warnings
        warnings.clear()
        if isinstance(item, InputError):
            yield item
            continue
        if store.has_article(item.text):
            already += 1
            continue
        analysis = extract(item, pipeline)
        if options.skip_non_hindi and item.language != "hi":
            yield InputError(item.source, f"not Hindi ({item.language}); skipped because of --skip-non-hindi")
            continue
        yield from (f"{item.source}: {w}" for w in analysis.warnings)
        batch.append(analysis)
        if len(batch) >= batch_size:
            result = store.add(batch)
            yield BatchStored(result.added, result.skipped + already)
            batch, already = [], 0
    yield from warnings  # the readers' closing notes (a WARC file's summary, say)
    if batch or already:
        result = store.add(batch)
        yield BatchStored(result.added, result.skipped + already)
