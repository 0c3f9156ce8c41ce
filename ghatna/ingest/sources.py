"""Walk the inputs a user names and yield articles, or an error for each input that fails.

Bad input never stops the batch: each failure is yielded as an ``InputError`` naming the file
(and line) so the caller can report it and go on.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import regex

from ghatna.errors import InputError
from ghatna.ingest.article import make_article
from ghatna.ingest.decode import decode
from ghatna.ingest.fetch import Fetcher
from ghatna.ingest.html import HTML_SUFFIXES
from ghatna.ingest.options import CSV_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, IngestOptions
from ghatna.ingest.pages import is_url, read_html_file, read_page_url
from ghatna.ingest.warc import is_warc, read_warc
from ghatna.records import Article

Item = Article | InputError
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


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
        yield from _read_stdin(stdin or sys.stdin.buffer, options, warnings)
        return
    path = Path(raw)
    if path.is_dir():
        files = sorted(p for p in path.rglob(options.glob) if p.is_file() and _known_suffix(p))
        if not files:
            yield InputError(raw, f"no input files matching {options.glob!r} in this folder")
        for file in files:
            yield from _read_file(file, options, warnings)
    elif path.is_file():
        yield from _read_file(path, options, warnings)
    else:
        yield InputError(raw, "no such file or folder")


def _known_suffix(path: Path) -> bool:
    return path.suffix.lower() in (*TEXT_SUFFIXES, *JSONL_SUFFIXES, *CSV_SUFFIXES, *HTML_SUFFIXES) or is_warc(path)


def _read_file(path: Path, options: IngestOptions, warnings: list[str]) -> Iterator[Item]:
    suffix = path.suffix.lower()
    try:
        if is_warc(path):
            yield from read_warc(path, options, warnings)
        elif suffix in HTML_SUFFIXES:
            yield read_html_file(path, options, warnings)
        elif suffix in JSONL_SUFFIXES:
            with path.open("rb") as stream:
                yield from _read_jsonl(stream, str(path), options, warnings)
        elif suffix in CSV_SUFFIXES:
            yield from _read_csv(path, options, warnings)
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


def _read_stdin(stream: BinaryIO, options: IngestOptions, warnings: list[str]) -> Iterator[Item]:
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        yield InputError("<stdin>", f"more than {options.max_bytes / 1e6:.1f} MB; raise --max-bytes")
        return
    try:
        text = decode(data, "<stdin>", warnings)
    except InputError as e:
        yield e
        return
    yield make_article(text, "<stdin>", split_headline=True, warnings=warnings)


def _read_jsonl(stream: BinaryIO, name: str, options: IngestOptions, warnings: list[str]) -> Iterator[Item]:
    for number, line in enumerate(_bounded_lines(stream, options.max_bytes), start=1):
        where = f"{name}:{number}"
        if line is None:
            yield InputError(where, f"line longer than {options.max_bytes / 1e6:.1f} MB; skipped")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(decode(line, where, warnings))
        except json.JSONDecodeError as e:
            yield InputError(where, f"not valid JSON ({e.msg} at column {e.colno})")
            continue
        except (InputError, RecursionError) as e:
            yield e if isinstance(e, InputError) else InputError(where, "JSON nested too deeply")
            continue
        if not isinstance(record, dict):
            yield InputError(where, f"expected a JSON object, got {type(record).__name__}")
            continue
        try:
            yield _record_article(record, where, name, options, warnings)
        except InputError as e:
            yield e


def _bounded_lines(stream: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """Lines of at most ``limit`` bytes; a longer line is consumed and yields None."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(limit)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def _read_csv(path: Path, options: IngestOptions, warnings: list[str]) -> Iterator[Item]:
    csv.field_size_limit(options.max_bytes)
    with path.open(encoding="utf-8-sig", errors="strict", newline="") as stream:
        reader = csv.DictReader(stream, strict=True)
        if reader.fieldnames is None or options.text_field not in reader.fieldnames:
            yield InputError(
                str(path),
                f"no {options.text_field!r} column (columns: {reader.fieldnames}); set --text-field",
            )
            return
        while True:
            where = f"{path}:{reader.line_num + 1}"
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                yield InputError(where, f"broken CSV ({e}); the rest of the file is skipped")
                return
            except UnicodeDecodeError:
                yield InputError(where, "not UTF-8; convert the CSV file to UTF-8")
                return
            try:
                yield _record_article(row, where, str(path), options, warnings)
            except InputError as e:
                yield e


def _record_article(
    record: dict[str, Any], where: str, source: str, options: IngestOptions, warnings: list[str]
) -> Article:
    text = record.get(options.text_field)
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, f"no text in field {options.text_field!r}; set --text-field")
    if any(isinstance(v, str) and _SURROGATE.search(v) for v in record.values()):
        warnings.append(f"{where}: invalid Unicode (lone surrogate escapes) replaced by U+FFFD")
        record = {k: _SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for k, v in record.items()}
        text = record[options.text_field]
    if len(text.encode("utf-8")) > options.max_bytes:
        raise InputError(where, f"text over the {options.max_bytes / 1e6:.1f} MB limit; raise --max-bytes")
    ident = record.get(options.id_field)
    date_value = record.get(options.date_field)
    title = record.get(options.title_field)
    url = record.get(options.url_field)
    return make_article(
        text,
        where,
        article_id=str(ident) if ident not in (None, "") else None,
        title=title if isinstance(title, str) else None,
        date_value=str(date_value) if date_value not in (None, "") and not isinstance(date_value, bool) else None,
        url=url if isinstance(url, str) else None,
        warnings=warnings,
    )
