"""Standard input: JSON Lines of any size streamed a record at a time, gzip, documents and articles
with their limits. The sentences are written for these tests."""

from __future__ import annotations

import gzip
import io
import json
from typing import Any

from ghatna.errors import InputError
from ghatna.ingest import IngestOptions, read_sources
from ghatna.records import Article

SENTENCE = "जिला प्रशासन ने बाढ़ प्रभावित गांवों में राहत शिविर लगाए।"


def jsonl(count: int) -> bytes:
    return b"".join(
        json.dumps({"id": f"r{n}", "text": f"{SENTENCE} ({n})"}, ensure_ascii=False).encode("utf-8") + b"\n"
        for n in range(count)
    )


def read(data: bytes | io.RawIOBase, **options: Any) -> tuple[list[Article], list[InputError]]:
    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    items = list(read_sources(["-"], IngestOptions(**options), [], stdin=stream))  # type: ignore[arg-type]
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputError)]


def test_a_jsonl_dump_larger_than_one_article_limit_is_read_record_by_record() -> None:
    data = jsonl(300)
    assert len(data) > 20_000
    articles, errors = read(data, max_bytes=20_000)
    assert not errors and [a.id for a in articles] == [f"r{n}" for n in range(300)]


def test_records_come_out_before_the_stream_ends() -> None:
    class Counting(io.RawIOBase):
        def __init__(self, data: bytes) -> None:
            self.data, self.given = data, 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            chunk = self.data[self.given : self.given + min(len(buffer), 512)]
            buffer[: len(chunk)] = chunk
            self.given += len(chunk)
            return len(chunk)

    data = jsonl(2000)
    stream = Counting(data)
    items = read_sources(["-"], IngestOptions(), [], stdin=io.BufferedReader(stream, 512))  # type: ignore[arg-type]
    first = next(items)
    assert isinstance(first, Article) and first.id == "r0"
    assert stream.given < len(data) // 10


def test_a_gzipped_dump_on_stdin() -> None:
    articles, errors = read(gzip.compress(jsonl(5)))
    assert not errors and [a.id for a in articles] == ["r0", "r1", "r2", "r3", "r4"]
    _, errors = read(gzip.compress(jsonl(5))[:-40])
    assert any("cannot be read to its end" in e.message for e in errors)


def test_a_one_line_document_and_blank_lines_between_records() -> None:
    document = json.dumps({"items": [{"id": "a", "text": SENTENCE}, {"id": "b", "text": SENTENCE}]}, ensure_ascii=False)
    articles, errors = read(document.encode("utf-8") + b"\n\n")
    assert not errors and [a.id for a in articles] == ["a", "b"]
    record = json.dumps({"id": "c", "text": SENTENCE}, ensure_ascii=False).encode("utf-8")
    articles, errors = read(record + b"\n\n\n" + record.replace(b'"c"', b'"d"') + b"\n")
    assert not errors and [a.id for a in articles] == ["c", "d"]


def test_limits_one_article_and_one_document() -> None:
    article = (SENTENCE + "\n").encode("utf-8") * 100
    _, [error] = read(article, max_bytes=len(article) // 2)
    assert "raise --max-bytes" in error.message
    array = json.dumps([{"id": f"x{n}", "text": SENTENCE} for n in range(50)], ensure_ascii=False).encode("utf-8")
    articles, errors = read(array, max_bytes=len(array) // 4)
    assert not errors and len(articles) == 50
    _, [error] = read(array, max_bytes=len(array) // 200)
    assert "JSON Lines" in error.message
    bracketed = ("[अपडेट] " + SENTENCE).encode("utf-8") * 40
    _, [error] = read(bracketed, max_bytes=len(bracketed) // 2)
    assert "one article" in error.message


def test_blank_lines_or_a_bom_before_the_first_record_still_stream() -> None:
    """A blank first line (or a BOM on a line of its own) used to make a feed one document, refused
    over the article limit."""
    data = jsonl(300)
    for head in (b"\n", b"\r\n", b"\xef\xbb\xbf\n", b"  \n\n"):
        articles, errors = read(head + data, max_bytes=20_000)
        assert not errors and len(articles) == 300, head
    document = json.dumps([{"id": f"x{n}", "text": SENTENCE} for n in range(300)], ensure_ascii=False, indent=1)
    for head in (b"\xef\xbb\xbf", b"\n"):
        articles, errors = read(head + document.encode("utf-8"), max_bytes=20_000)
        assert not errors and len(articles) == 300, head


def test_a_first_record_over_the_limit_is_skipped_not_the_whole_feed() -> None:
    long = json.dumps({"id": "long", "text": SENTENCE * 400}, ensure_ascii=False).encode("utf-8") + b"\n"
    data = jsonl(300) * 40  # over JSON_DOCUMENT_ARTICLES times the limit
    articles, errors = read(long + data, max_bytes=20_000)
    assert [e.where for e in errors] == ["<stdin>:1"] and "longer than" in errors[0].message
    assert len(articles) == 12_000


def test_an_integer_over_pythons_digit_limit_is_a_bad_record_not_a_crash() -> None:
    huge = ('{"id": "n", "n": ' + "1" * 5000 + ', "text": "' + SENTENCE + '"}').encode("utf-8")
    articles, errors = read(jsonl(1) + huge + b"\n" + jsonl(2))
    assert [a.id for a in articles] == ["r0", "r0", "r1"] and [e.where for e in errors] == ["<stdin>:2"]
    _, [error] = read(huge + b"\n")
    assert "not valid JSON" in error.message
