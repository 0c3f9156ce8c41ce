"""Standard input. A JSON Lines dump is read a line at a time, so that a feed of any size can be piped
in (``zcat news.jsonl.gz | ghatna ingest -``); a gzipped stream is opened; anything else (one article,
one JSON document) is read whole, up to its limit."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from typing import IO, Any, BinaryIO, cast

from ghatna.errors import InputError
from ghatna.ingest.article import make_article
from ghatna.ingest.decode import decode
from ghatna.ingest.dumps import BROKEN, JSON_DOCUMENT_ARTICLES, cut_short, read_dump_text, read_jsonl
from ghatna.ingest.options import IngestOptions
from ghatna.records import Article

Item = Article | InputError
NAME = "<stdin>"
_GZIP_MAGIC = b"\x1f\x8b"
_UTF8_BOM = b"\xef\xbb\xbf"


class _Replay(io.RawIOBase):
    """``head`` (bytes already read to look at them) and then the rest of ``rest``."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._read_rest = getattr(rest, "read1", rest.read)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._read_rest(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _replayed(head: bytes, rest: IO[bytes]) -> io.BufferedReader:
    return io.BufferedReader(_Replay(head, rest))


def read_stdin(stream: BinaryIO, options: IngestOptions, warnings: list[str]) -> Iterator[Item]:
    magic = stream.read(2)
    source: IO[bytes]
    if magic == _GZIP_MAGIC:
        # unbuffered below gzip: its reads of 128 KiB take what has come, not wait for all of it
        source = cast(IO[bytes], gzip.GzipFile(fileobj=_Replay(magic, stream), mode="rb"))
    else:
        source = _replayed(magic, stream)
    try:
        yield from _read_opened(source, options, warnings)
    except (OSError, *BROKEN) as e:
        yield cut_short(NAME, e)


def _read_opened(source: IO[bytes], options: IngestOptions, warnings: list[str]) -> Iterator[Item]:
    first = _next_line(source, options.max_bytes)  # blank lines (and a BOM) before it go with it
    if _is_object_line(first):
        following = _next_line(source, options.max_bytes)
        if following.strip():  # a second record: JSON Lines, read as they come
            yield from read_jsonl(_replayed(first + following, source), NAME, options, warnings)
            return
        whole = first + following
    else:
        starts = first.removeprefix(_UTF8_BOM).lstrip()[:1]
        limit = JSON_DOCUMENT_ARTICLES * options.max_bytes if starts in (b"{", b"[") else options.max_bytes
        if starts == b"{" and len(first) > options.max_bytes and not first.endswith(b"\n"):
            # a record over the limit, or a one-line document: JSON Lines when a record follows it
            first += source.readline(max(0, limit + 1 - len(first)))
            if first.endswith(b"\n"):
                following = _next_line(source, options.max_bytes)
                if _is_object_line(following):
                    yield from read_jsonl(_replayed(first + following, source), NAME, options, warnings)
                    return
                first += following
        whole = first + source.read(max(0, limit + 1 - len(first)))
        if len(whole) > limit:
            yield InputError(NAME, f"more than {limit / 1e6:.1f} MB; raise --max-bytes or send JSON Lines")
            return
    yield from _read_whole(whole, options, warnings)


def _next_line(source: IO[bytes], limit: int) -> bytes:
    """The next line that is not blank (a UTF-8 BOM counts as blank), with the blank lines before it;
    a line is cut after ``limit`` bytes, and so are the blank lines, so that whitespace cannot fill
    memory. Empty at the end of the stream."""
    head = b""
    while len(head) <= limit:
        line = source.readline(limit + 1)
        head += line
        if not line or line.removeprefix(_UTF8_BOM).strip():
            break
    return head


def _is_object_line(line: bytes) -> bool:
    if not line.removeprefix(_UTF8_BOM).lstrip().startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(line.decode("utf-8-sig")), dict)
    except (ValueError, RecursionError):  # not UTF-8, not JSON, or an integer over Python's digit limit
        return False


def _read_whole(data: bytes, options: IngestOptions, warnings: list[str]) -> Iterator[Item]:
    try:
        text = decode(data, NAME, warnings)
    except InputError as e:
        yield e
        return
    records = read_dump_text(text, NAME, options, warnings)
    if records is not None:
        yield from records
    elif len(data) > options.max_bytes:
        yield InputError(NAME, f"more than {options.max_bytes / 1e6:.1f} MB for one article; raise --max-bytes")
    else:
        yield make_article(text, NAME, split_headline=True, warnings=warnings)
