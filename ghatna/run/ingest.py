"""Ingest = extract + store: idempotent by content hash, one transaction per batch, resumable.

An interrupted run (Ctrl-C, kill -9) loses at most the batch in flight; the next run skips every
article already stored (by content hash) before any work is spent on it, and goes on from there.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ghatna import __version__
from ghatna.errors import InputError
from ghatna.ingest import IngestOptions, read_sources
from ghatna.pipeline import DEFAULT_STAGES
from ghatna.records import Analysis, Article
from ghatna.run.parallel import analyse_stream
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
    workers: int = 1,
    stage_names: Sequence[str] = DEFAULT_STAGES,
) -> Iterator[Report]:
    """Store every readable article; yield errors, warnings (str) and one report per stored batch."""
    notes: list[Report] = []
    already = [0]
    store.record_models({"pipeline": ",".join(stage_names), "ghatna": __version__})

    def fresh_articles() -> Iterator[Article]:
        warnings: list[str] = []
        for item in read_sources(paths, options, warnings):
            notes.extend(warnings)
            warnings.clear()
            if isinstance(item, InputError):
                notes.append(item)
            elif store.has_article(item.given_text):
                already[0] += 1
            else:
                yield item
        notes.extend(warnings)  # the readers' closing notes (a WARC file's summary, say)

    batch: list[Analysis] = []
    for analysis in analyse_stream(fresh_articles(), workers, stage_names):
        yield from _drain(notes)
        if isinstance(analysis, InputError):
            yield analysis
            continue
        article = analysis.article
        if options.skip_non_hindi and article.language != "hi":
            yield InputError(article.source, f"not Hindi ({article.language}); skipped because of --skip-non-hindi")
            continue
        yield from (f"{article.source}: {w}" for w in analysis.warnings)
        batch.append(analysis)
        if len(batch) >= batch_size:
            yield _store(store, batch, already)
            batch = []
    yield from _drain(notes)
    if batch or already[0]:
        yield _store(store, batch, already)


def _drain(notes: list[Report]) -> Iterator[Report]:
    while notes:
        yield notes.pop(0)


def _store(store: Store, batch: list[Analysis], already: list[int]) -> BatchStored:
    result = store.add(batch)
    report = BatchStored(result.added, result.skipped + already[0])
    already[0] = 0
    return report
