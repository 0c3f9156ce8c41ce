"""The process pool gives the same results as one process, in input order, with bounded memory."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

from ghatna.cli.progress import Progress
from ghatna.ingest.article import make_article
from ghatna.ingest.count import count_articles
from ghatna.ingest.options import IngestOptions
from ghatna.records import Article
from ghatna.run.parallel import analyse_stream
from ghatna.store import open_store
from tests.conftest import SAMPLES, CliResult


def sample_articles() -> list[Article]:
    return [
        make_article(p.read_text(encoding="utf-8"), str(p), article_id=p.stem) for p in sorted(SAMPLES.glob("*.txt"))
    ]


def test_two_workers_match_one_in_order() -> None:
    one = list(analyse_stream(sample_articles(), workers=1))
    two = list(analyse_stream(sample_articles(), workers=2, window=3, chunk=2))
    assert [a.article.id for a in two] == [a.article.id for a in one]
    assert [a.sentences for a in two] == [a.sentences for a in one]
    assert [(a.mentions, a.entities, a.timexes, a.events) for a in two] == [
        (a.mentions, a.entities, a.timexes, a.events) for a in one
    ]
    assert all(a.spacy_doc is None and not a.tokens for a in two)


def test_the_stream_is_consumed_lazily() -> None:
    pulled = 0

    def articles() -> Iterator[Article]:
        nonlocal pulled
        for article in sample_articles() * 5:
            pulled += 1
            yield article

    stream = analyse_stream(articles(), workers=2, window=2, chunk=2)
    next(stream)
    assert pulled <= 6, "no more than the window of chunks (plus one chunk) may be read ahead"
    stream.close()


def test_ingest_with_two_workers_stores_the_same(cli: Callable[..., CliResult], tmp_path: Path) -> None:
    counts = []
    for workers in ("1", "2"):
        url = f"sqlite:///{tmp_path / f'kb{workers}.db'}"
        assert cli("ingest", str(SAMPLES), "--db", url, "--workers", workers).code == 0
        with open_store(url) as store:
            counts.append(store.counts())
    assert counts[0] == counts[1]


def test_count_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("x", encoding="utf-8")
    assert count_articles([str(tmp_path)], IngestOptions()) == 2
    (tmp_path / "d.jsonl").write_text("{}", encoding="utf-8")
    assert count_articles([str(tmp_path)], IngestOptions()) is None
    assert count_articles(["-"], IngestOptions()) is None


def test_progress_lines_when_not_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(total=10, stream=stream)
    progress.update(5, 4, 1, force=True)
    progress.close()
    line = stream.getvalue()
    assert line.startswith("ghatna: 5/10 articles · 4 new · 1 failed")
    assert "ETA" in line and line.endswith("\n")
