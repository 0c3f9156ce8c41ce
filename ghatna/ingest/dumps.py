"""Files of many articles: JSON Lines, a JSON document (an array of records, or an object holding
one under ``items``, ``articles`` …), CSV; each may be gzipped (``news.jsonl.gz``). Every record
becomes an ``Article`` or an ``InputError`` naming the file and line (or item)."""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

import regex

from ghatna.errors import InputError
from ghatna.ingest.article import make_article
from ghatna.ingest.dates import first_readable_date
from ghatna.ingest.decode import decode
from ghatna.ingest.fields import ROLES, SUMMARY_FIELDS, candidates, field_for, field_key, tried
from ghatna.ingest.options import CSV_SUFFIXES, GZIP_SUFFIX, JSON_SUFFIXES, IngestOptions, format_suffix
from ghatna.records import Article

Item = Article | InputError
#: a JSON document may be this many times one article's limit
JSON_DOCUMENT_ARTICLES = 100
_CONTAINERS = ("items", "articles", "entries", "data", "results", "docs", "documents", "records", "news", "posts")
NO_TEXT = "no text"
#: what a broken compressed file raises part-way through
BROKEN = (EOFError, zlib.error, gzip.BadGzipFile)
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def read_dump(path: Path, options: IngestOptions, warnings: list[str], *, in_folder: bool = False) -> Iterator[Item]:
    """The articles of one dump. A ``.json`` file met in a folder may be a page's metadata, not
    articles: its records without text are skipped with a warning, not reported as errors."""
    suffix = format_suffix(path)
    try:
        if suffix in CSV_SUFFIXES:
            yield from _read_csv(path, options, warnings)
            return
        with _open_binary(path) as stream:
            if suffix not in JSON_SUFFIXES:
                yield from read_jsonl(stream, str(path), options, warnings)
                return
            for item in _read_json(stream, str(path), options, warnings):
                if in_folder and isinstance(item, InputError) and item.message.startswith(NO_TEXT):
                    warnings.append(f"{item.where}: skipped, {item.message.split(';')[0]} (not an article?)")
                    continue
                yield item
    except BROKEN as e:
        yield cut_short(str(path), e)


def cut_short(where: str, error: Exception) -> InputError:
    return InputError(where, f"the file cannot be read to its end ({error}); the rest is skipped")


def read_dump_text(text: str, name: str, options: IngestOptions, warnings: list[str]) -> list[Item] | None:
    """The articles of a dump given as text (standard input), or None when ``text`` is not one: a JSON
    document, or JSON Lines whose first line is an object. Text that merely starts with ``[`` or
    ``{`` ("[अपडेट] …") is an article."""
    body = text.lstrip()
    if not body.startswith(("{", "[")):
        return None
    try:
        document = json.loads(body)
    except json.JSONDecodeError:
        first = body.split("\n", 1)[0]
        try:
            if not isinstance(json.loads(first), dict):
                return None
        except (ValueError, RecursionError):
            return None
        return list(read_jsonl(io.BytesIO(body.encode("utf-8")), name, options, warnings))
    except RecursionError:
        return [InputError(name, "JSON nested too deeply")]
    except ValueError as e:  # an integer over Python's digit limit
        return [InputError(name, f"not valid JSON ({e})")]
    return list(_document_items(document, name, options, warnings))


def _open_binary(path: Path) -> BinaryIO:
    if path.suffix.lower() == GZIP_SUFFIX:
        return cast(BinaryIO, gzip.open(path, "rb"))
    return path.open("rb")


def read_jsonl(stream: BinaryIO | IO[bytes], name: str, options: IngestOptions, warnings: list[str]) -> Iterator[Item]:
    try:
        for number, line in enumerate(_bounded_lines(stream, options.max_bytes), start=1):
            where = f"{name}:{number}"
            if line is None:
                yield InputError(where, f"line longer than {options.max_bytes / 1e6:.1f} MB; skipped")
                continue
            if not line.removeprefix(codecs.BOM_UTF8).strip():
                continue
            try:
                record = json.loads(decode(line, where, warnings))
            except json.JSONDecodeError as e:
                yield InputError(where, f"not valid JSON ({e.msg} at column {e.colno})")
                continue
            except (InputError, RecursionError) as e:
                yield e if isinstance(e, InputError) else InputError(where, "JSON nested too deeply")
                continue
            except ValueError as e:  # an integer over Python's digit limit (int_max_str_digits)
                yield InputError(where, f"not valid JSON ({e})")
                continue
            yield from _record_item(record, where, name, options, warnings)
    except (OSError, *BROKEN) as e:
        yield cut_short(name, e)


def _read_json(stream: IO[bytes], name: str, options: IngestOptions, warnings: list[str]) -> Iterator[Item]:
    limit = JSON_DOCUMENT_ARTICLES * options.max_bytes
    data = stream.read(limit + 1)
    if len(data) > limit:
        yield InputError(name, f"a JSON document over {limit / 1e6:.0f} MB; write it as JSON Lines (.jsonl)")
        return
    text = decode(data, name, warnings)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":  # one object per line, under a .json name
            yield from read_jsonl(io.BytesIO(data), name, options, warnings)
        else:
            yield InputError(f"{name}:{e.lineno}", f"not valid JSON ({e.msg} at column {e.colno})")
        return
    except RecursionError:
        yield InputError(name, "JSON nested too deeply")
        return
    except ValueError as e:  # an integer over Python's digit limit
        yield InputError(name, f"not valid JSON ({e})")
        return
    yield from _document_items(document, name, options, warnings)


def _document_items(document: Any, name: str, options: IngestOptions, warnings: list[str]) -> Iterator[Item]:
    records = _records_of(document)
    if records is None:
        yield InputError(name, f"no articles: expected an array of objects, or an object with one under {_CONTAINERS}")
        return
    if not records:
        warnings.append(f"{name}: no articles in this document")
    for number, record in enumerate(records, start=1):
        yield from _record_item(record, f"{name}#{number}", name, options, warnings)


def _records_of(document: Any, depth: int = 0) -> list[Any] | None:
    """The records of a JSON document: an array; the array under a container key (``items``,
    ``articles`` …, also one level down: ``{"data": {"items": […]}}``); or the object itself."""
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        return None
    for key in _CONTAINERS:
        inner = document.get(key)
        if isinstance(inner, list) and (not inner or any(isinstance(x, dict) for x in inner)):
            return inner
        if isinstance(inner, dict) and depth == 0:
            nested = _records_of(inner, depth + 1)
            if nested is not None and nested != [inner]:
                return nested
    return [document]


def _bounded_lines(stream: BinaryIO | IO[bytes], limit: int) -> Iterator[bytes | None]:
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
    opened = gzip.open if path.suffix.lower() == GZIP_SUFFIX else open
    with opened(path, "rt", encoding="utf-8-sig", errors="strict", newline="") as stream:
        reader = csv.DictReader(stream, strict=True)
        try:
            columns = reader.fieldnames
        except (UnicodeDecodeError, OSError, *BROKEN):
            yield InputError(str(path), "not a readable UTF-8 CSV file (or a broken .gz)")
            return
        if columns is not None:
            for role in ROLES[1:]:
                named = getattr(options, f"{role}_field")
                if named is not None and named not in columns:
                    warnings.append(f"{path}: no {named!r} column for the {role} (columns: {columns})")
        if columns is None or field_for("text", list(columns), options.text_field) is None:
            yield InputError(
                str(path),
                f"no text column (looked for {tried('text', options.text_field)}; columns: {columns}); "
                "set --text-field",
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
            except (OSError, *BROKEN) as e:
                yield cut_short(where, e)
                return
            extra = row.pop(None, None)
            if extra:
                warnings.append(f"{where}: {len(extra)} value(s) beyond the header's columns ignored")
            yield from _record_item(row, where, str(path), options, warnings)


def _record_item(record: Any, where: str, source: str, options: IngestOptions, warnings: list[str]) -> Iterator[Item]:
    if not isinstance(record, dict):
        yield InputError(where, f"expected a JSON object, got {type(record).__name__}")
        return
    try:
        yield record_article(record, where, source, options, warnings)
    except InputError as e:
        yield e


def record_article(
    record: Mapping[str, Any], where: str, source: str, options: IngestOptions, warnings: list[str]
) -> Article:
    """The article of one record; its fields found as ``ghatna.ingest.fields`` says."""
    given = {role: getattr(options, f"{role}_field") for role in ROLES}
    found = {role: next(candidates(record, role, given[role]), None) for role in ROLES if role != "date"}
    if found["text"] is None:
        raise InputError(
            where,
            f"{NO_TEXT} (looked for {tried('text', given['text'])}; fields: {list(record)[:12]}); set --text-field",
        )
    text_field, text = found["text"]
    if given["text"] is None and field_key(text_field) in SUMMARY_FIELDS:
        warnings.append(f"{where}: text taken from {text_field!r}, often only a summary; set --text-field")
    date = first_readable_date([value for _, value in candidates(record, "date", given["date"])])
    values = {role: pair[1] if pair else None for role, pair in found.items()}
    if any(v is not None and _SURROGATE.search(v) for v in values.values()):
        warnings.append(f"{where}: invalid Unicode (lone surrogate escapes) replaced by U+FFFD")
        values = {k: _SURROGATE.sub("\ufffd", v) if v is not None else None for k, v in values.items()}
        text = values["text"] or ""
    # the title is read as the text's first line, so it counts towards the limit too
    size = sum(len(v.encode("utf-8", errors="replace")) for v in (text, values["title"]) if v)
    if size > options.max_bytes:
        raise InputError(where, f"text over the {options.max_bytes / 1e6:.1f} MB limit; raise --max-bytes")
    return make_article(
        text,
        where,
        article_id=values["id"],
        title=values["title"],
        read_title=True,
        date_value=date,
        url=values["url"],
        warnings=warnings,
    )
