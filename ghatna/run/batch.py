"""Running the pipeline over everything a user names, one article at a time (bounded memory)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ghatna.errors import InputError
from ghatna.ingest import IngestOptions, read_sources
from ghatna.pipeline import Pipeline, default_pipeline
from ghatna.records import Analysis
from ghatna.run.extract import extract_or_error


def analyse_sources(
    paths: list[str],
    options: IngestOptions,
    warnings: list[str],
    pipeline: Pipeline | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Analysis | InputError]:
    """Yield an analysis per article read, or the error of each input that could not be read."""
    pipeline = pipeline or default_pipeline()
    for item in read_sources(paths, options, warnings, stdin=stdin):
        if isinstance(item, InputError):
            yield item
            continue
        analysis = extract_or_error(item, pipeline)
        if isinstance(analysis, InputError):
            yield analysis
            continue
        if options.skip_non_hindi and item.language != "hi":
            yield InputError(item.source, f"not Hindi ({item.language}); skipped because of --skip-non-hindi")
            continue
        yield analysis
