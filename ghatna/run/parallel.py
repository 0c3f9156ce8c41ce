"""Run the pipeline over a stream of articles with N worker processes, in input order.

At most ``window`` articles are in flight at any time, so memory stays flat however large the
corpus. Each worker builds the pipeline once (its resources load once per process) and does
its matrix products on one thread, so N workers keep N cores busy, not more.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from multiprocessing.pool import AsyncResult

from threadpoolctl import threadpool_limits

from ghatna.errors import InputError
from ghatna.lang import load
from ghatna.pipeline import DEFAULT_STAGES, Pipeline
from ghatna.records import Analysis, Article
from ghatna.run.extract import extract, extract_many

_worker_pipeline: Pipeline | None = None


def _start_worker(stage_names: Sequence[str]) -> None:
    global _worker_pipeline
    if _worker_pipeline is not None and _worker_pipeline.names == list(stage_names):
        return  # loaded by the parent before the fork: shared, not loaded again
    _worker_pipeline = Pipeline(stage_names)
    warm = Article(id="warm-up", text=load("text/warm_up")["sentence"], source="warm-up")
    extract(warm, _worker_pipeline)  # loads models and data files before the first real article


def _start_worker_process(stage_names: Sequence[str]) -> None:
    threadpool_limits(1)
    _start_worker(stage_names)


def _analyse_chunk(articles: list[Article]) -> list[Analysis | InputError]:
    assert _worker_pipeline is not None, "worker started without its pipeline"
    return [_portable(a) for a in extract_many(articles, _worker_pipeline)]


def _portable(analysis: Analysis | InputError) -> Analysis | InputError:
    """Drop the spaCy ``Doc`` and the token list: what is stored does not need them, and they are
    the costliest part to send back from a worker."""
    if isinstance(analysis, InputError):
        return analysis
    analysis.spacy_doc = None
    analysis.tokens = []
    return analysis


def analyse_stream(
    articles: Iterable[Article],
    workers: int = 1,
    stage_names: Sequence[str] = DEFAULT_STAGES,
    window: int | None = None,
    chunk: int = 16,
) -> Iterator[Analysis | InputError]:
    """Analyses of ``articles`` (or the error of one that failed) in the same order, computed by
    ``workers`` processes; at most ``window`` chunks of ``chunk`` articles are in flight."""
    if workers <= 1:
        pipeline = Pipeline(stage_names)
        for group in _chunks(articles, chunk):
            with threadpool_limits(1):
                analyses = extract_many(group, pipeline)
            yield from (_portable(a) for a in analyses)
        return
    window = window or workers * 4
    _start_worker(stage_names)  # load once here; the forked workers share the loaded pages
    gc.freeze()  # keep the collector from touching (and so copying) those pages in every worker
    context = multiprocessing.get_context("fork")
    try:
        with context.Pool(workers, initializer=_start_worker_process, initargs=(tuple(stage_names),)) as pool:
            pending: deque[AsyncResult[list[Analysis | InputError]]] = deque()
            for group in _chunks(articles, chunk):
                pending.append(pool.apply_async(_analyse_chunk, (group,)))
                if len(pending) >= window:
                    yield from pending.popleft().get()
            while pending:
                yield from pending.popleft().get()
    finally:
        gc.unfreeze()


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    group: list[Article] = []
    for article in articles:
        group.append(article)
        if len(group) >= size:
            yield group
            group = []
    if group:
        yield group
