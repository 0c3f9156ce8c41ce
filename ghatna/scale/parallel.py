"""Run the pipeline over a stream of articles with N worker processes, in input order.

At most ``window`` articles are in flight at any time, so memory stays flat however large the
corpus. Each worker builds the pipeline once (its resources load once per process).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from multiprocessing.pool import AsyncResult

from ghatna.extract import extract
from ghatna.pipeline import DEFAULT_STAGES, Pipeline
from ghatna.records import Analysis, Article

_worker_pipeline: Pipeline | None = None


def _start_worker(stage_names: Sequence[str]) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(stage_names)
    warm = Article(id="warm-up", text="भारत ने कहा।", source="warm-up")
    extract(warm, _worker_pipeline)  # loads models and data files before the first real article


def _analyse_in_worker(article: Article) -> Analysis:
    assert _worker_pipeline is not None, "worker started without its pipeline"
    return _portable(extract(article, _worker_pipeline))


def _portable(analysis: Analysis) -> Analysis:
    """Drop the spaCy ``Doc``: the parent does not need it and it is costly to send back."""
    analysis.spacy_doc = None
    return analysis


def analyse_stream(
    articles: Iterable[Article],
    workers: int = 1,
    stage_names: Sequence[str] = DEFAULT_STAGES,
    window: int | None = None,
) -> Iterator[Analysis]:
    """Analyses of ``articles`` in the same order, computed by ``workers`` processes."""
    if workers <= 1:
        pipeline = Pipeline(stage_names)
        for article in articles:
            yield _portable(extract(article, pipeline))
        return
    window = window or workers * 16
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_start_worker, initargs=(tuple(stage_names),)) as pool:
        pending: deque[AsyncResult[Analysis]] = deque()
        for article in articles:
            pending.append(pool.apply_async(_analyse_in_worker, (article,)))
            if len(pending) >= window:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
