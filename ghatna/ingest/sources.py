"""Walk the inputs a user names and yield articles, or an error for each input that fails.

Bad input never stops the batch: each failure is yielded as an ``InputError`` naming the file
(and line) so the caller can report it and go on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ghatna.errors import InputError
from ghatna.ingest.article import make_article
from ghatna.ingest.decode import decode
from ghatna.ingest.dumps import read_dump
from ghatna.ingest.fetch import Fetcher
from ghatna.ingest.html import HTML_SUFFIXES
from ghatna.ingest.options import TEXT_SUFFIXES, IngestOptions, is_dump
from ghatna.ingest.pages import is_url, read_html_file, read_page_url
from ghatna.ingest.stdin import read_stdin
from ghatna.ingest.warc import is_warc, read_warc
from ghatna.records import Article

Item = Article | InputError


def read_sources(
    paths: list[str],
    options: IngestOptions,
    warnings: list[str],
    stdin: BinaryIO | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[Item]:
    """Articles from files, folders (recursive), JSONL/CSV dumps, HTML pages, WARC archives, article
    URLs and ``-`` (standard input). URLs are fetched with ``fetcher`` (a default one if None)."""
    own_fetcher: Fetcher | None = None
    try:
        for raw in paths:
            if is_url(raw):
                if fetcher is None:
                    fetcher = own_fetcher = Fetcher(options.fetch)
                yield _read_url(raw, fetcher, options, warnings)
            else:
                yield from _read_path(raw, options, warnings, stdin)
    finally:
        if own_fetcher is not None:
            own_fetcher.close()


def _read_url(url: str, fetcher: Fetcher, options: IngestOptions, warnings: list[str]) -> Item:
    try:
        return read_page_url(url, fetcher, options, warnings)
    except InputError as e:
        return e


def _read_path(raw: str, options: IngestOptions, warnings: list[str], stdin: BinaryIO | None) -> Iterator[Item]:
    if raw == "-":
        yield from read_stdin(stdin or sys.stdin.buffer, options, warnings)
        return
    path = Path(raw)
    if path.is_dir():
        files = sorted(p for p in path.rglob(options.glob) if p.is_file() and _known_suffix(p))
        if not files:
            yield InputError(raw, f"no input files matching {options.glob!r} in this folder")
        for file in files:
            yield from _read_file(file, options, warnings, in_folder=True)
    elif path.is_file():
        yield from _read_file(path, options, warnings)
    else:
        yield InputError(raw, "no such file or folder")


def _known_suffix(path: Path) -> bool:
    return path.suffix.lower() in (*TEXT_SUFFIXES, *HTML_SUFFIXES) or is_dump(path) or is_warc(path)


def _read_file(path: Path, options: IngestOptions, warnings: list[str], *, in_folder: bool = False) -> Iterator[Item]:
    suffix = path.suffix.lower()
    try:
        if is_warc(path):
            yield from read_warc(path, options, warnings)
        elif suffix in HTML_SUFFIXES:
            yield read_html_file(path, options, warnings)
        elif is_dump(path):
            yield from read_dump(path, options, warnings, in_folder=in_folder)
        else:
            yield _read_text_file(path, options, warnings)
    except InputError as e:
        yield e
    except OSError as e:
        yield InputError(str(path), f"cannot read: {e.strerror or e}")


def _read_text_file(path: Path, options: IngestOptions, warnings: list[str]) -> Article:
    size = path.stat().st_size
    if size > options.max_bytes:
        raise InputError(
            str(path),
            f"{size / 1e6:.1f} MB is over the {options.max_bytes / 1e6:.1f} MB limit for one article; "
            "split it or raise --max-bytes",
        )
    text = decode(path.read_bytes(), str(path), warnings)
    return make_article(text, str(path), article_id=path.stem, split_headline=True, warnings=warnings)
