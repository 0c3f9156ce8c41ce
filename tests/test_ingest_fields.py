"""Dumps as news sites and feed exporters write them: fields found by their common names, HTML
bodies, JSON documents, gzip, stdin, Unix times. The article sentences are written for these tests."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from ghatna.errors import InputError
from ghatna.ingest import IngestOptions, read_sources
from ghatna.ingest.article import make_article
from ghatna.ingest.fields import field_for, html_to_text
from ghatna.output import to_record
from ghatna.records import Article
from ghatna.run.extract import extract
from ghatna.run.ingest import BatchStored, ingest_sources
from ghatna.run.spark_rows import article_row
from ghatna.store import open_store
from ghatna.text.content import content_id

BODY = "राज्य सरकार ने मंगलवार को बाढ़ राहत के लिए केंद्र से सहायता मांगी।"
FEED_ITEM = {
    "guid": "https://news.example/a/101",
    "title": "बाढ़ राहत पर बैठक",
    "link": "https://news.example/a/101",
    "pubDate": "Tue, 05 Aug 2025 08:30:00 +0530",
    "content": BODY,
}


Read = tuple[list[Article], list[InputError], list[str]]


def read(paths: list[str], stdin: bytes | None = None, **options: object) -> Read:
    warnings: list[str] = []
    stream = io.BytesIO(stdin) if stdin is not None else None
    items = list(read_sources(paths, IngestOptions(**options), warnings, stdin=stream))  # type: ignore[arg-type]
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputError)], warnings)


def dump(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_a_feed_dump_needs_no_field_options(tmp_path: Path) -> None:
    [article], errors, _ = read([str(dump(tmp_path / "feed.jsonl", [FEED_ITEM]))])
    assert not errors
    assert article.title == "बाढ़ राहत पर बैठक" and article.given_text == BODY
    assert article.text == f"बाढ़ राहत पर बैठक\n{BODY}" and article.title_span == (0, len(article.title))
    assert article.id == "https://news.example/a/101" and article.url == "https://news.example/a/101"
    assert article.date is not None and article.date.value == "2025-08-05" and article.date.basis == "metadata"


@pytest.mark.parametrize(
    ("record", "date"),
    [
        ({"articleBody": BODY, "datePublished": "2025-08-05T08:30:00+05:30"}, "2025-08-05"),
        ({"Body": BODY, "pub_date": "5 August 2025"}, "2025-08-05"),
        ({"story": BODY, "publishedAt": "2025-08-04T23:45:00Z"}, "2025-08-04"),
        ({"content": "", "body": BODY, "date_publish": 1754362800}, "2025-08-05"),
        ({"text": BODY, "published": "1754362800000"}, "2025-08-05"),
        # Unix time: the day in Indian Standard Time (03:43 IST on 1 August is 22:13 UTC on 31 July)
        ({"text": BODY, "published": 1754000000}, "2025-08-01"),
        # the first value that reads as a date; a crawl time is never the publication date
        ({"text": BODY, "date": "आज", "published": "2025-08-05", "created_at": "2025-09-01"}, "2025-08-05"),
        ({"content": {"rendered": f"<p>{BODY}</p>"}, "date": {"$date": "2025-08-05T00:00:00Z"}}, "2025-08-05"),
    ],
)
def test_common_field_names_and_date_forms(tmp_path: Path, record: dict, date: str) -> None:
    [article], errors, _ = read([str(dump(tmp_path / "d.jsonl", [record]))])
    assert not errors and article.given_text == BODY
    assert article.date is not None and article.date.value == date


def test_a_named_field_is_the_only_one_read(tmp_path: Path) -> None:
    path = dump(tmp_path / "d.jsonl", [{"content": BODY, "summary": "सार"}])
    [article], _, _ = read([str(path)], text_field="summary")
    assert article.text == "सार"
    _, [error], _ = read([str(path)], text_field="body")
    assert "looked for 'body'" in error.message and "'content'" in error.message


def test_feedparser_shapes_and_html_bodies(tmp_path: Path) -> None:
    record = {
        "id": 7,
        "title": "बैठक &amp; फ़ैसले",
        "content": [{"type": "text/html", "value": f"<p>{BODY}</p><p>दूसरा <b>अनुच्छेद</b>।</p><script>x()</script>"}],
        "link": [{"rel": "alternate", "href": "https://news.example/7"}],
    }
    [article], errors, _ = read([str(dump(tmp_path / "d.jsonl", [record]))])
    assert not errors
    assert article.given_text == f"{BODY}\nदूसरा अनुच्छेद।"
    assert (article.id, article.title, article.url) == ("7", "बैठक & फ़ैसले", "https://news.example/7")


def test_html_to_text_keeps_combining_marks_and_breaks_blocks() -> None:
    assert html_to_text("<div>पहली पंक्ति<br/>दूसरी&nbsp;पंक्ति</div><ul><li>क़दम</li></ul>") == (
        "पहली पंक्ति\nदूसरी\u00a0पंक्ति\nक़दम"
    )


def test_field_names_compare_without_case_or_separators() -> None:
    assert field_for("date", ["Title", "PUB-DATE", "Content"], None) == "PUB-DATE"
    assert field_for("text", ["Title", "notes"], None) is None
    assert field_for("text", ["Title", "notes"], "notes") == "notes"


@pytest.mark.parametrize("container", ["items", "articles", None])
def test_json_documents(tmp_path: Path, container: str | None) -> None:
    records = [FEED_ITEM, {**FEED_ITEM, "guid": "b", "content": BODY + " फिर"}, "not an object"]
    path = tmp_path / "export.json"
    path.write_text(json.dumps({container: records} if container else records, ensure_ascii=False), encoding="utf-8")
    articles, [error], _ = read([str(path)])
    assert [a.id for a in articles] == [FEED_ITEM["guid"], "b"]
    assert error.where == f"{path}#3" and "expected a JSON object" in error.message


def test_a_json_file_of_lines_and_a_single_object(tmp_path: Path) -> None:
    lines = dump(tmp_path / "lines.json", [FEED_ITEM, {**FEED_ITEM, "guid": "b"}])
    assert [a.id for a in read([str(lines)])[0]] == [FEED_ITEM["guid"], "b"]
    single = tmp_path / "one.json"
    single.write_text(json.dumps(FEED_ITEM, ensure_ascii=False), encoding="utf-8")
    assert [a.given_text for a in read([str(single)])[0]] == [BODY]
    broken = tmp_path / "broken.json"
    broken.write_text('[{"content": "x"', encoding="utf-8")
    _, [error], _ = read([str(broken)])
    assert "not valid JSON" in error.message


def test_gzipped_dumps_in_a_folder(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "feed.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps(FEED_ITEM, ensure_ascii=False) + "\n")
    with gzip.open(tmp_path / "rows.csv.gz", "wt", encoding="utf-8", newline="") as f:
        f.write(f'link,body\nhttps://news.example/c,"{BODY}"\n')
    whole = gzip.compress(b"".join(b'{"content": "%d", "url": "cut"}\n' % n for n in range(2000)))
    (tmp_path / "truncated.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    articles, errors, _ = read([str(tmp_path)])
    assert sorted({a.url or "" for a in articles}) == ["cut", "https://news.example/a/101", "https://news.example/c"]
    assert 0 < sum(a.url == "cut" for a in articles) < 2000
    [error] = errors
    assert error.where == str(tmp_path / "truncated.jsonl.gz") and "cannot be read to its end" in error.message


def test_a_dump_on_stdin() -> None:
    data = (json.dumps(FEED_ITEM, ensure_ascii=False) + "\n").encode("utf-8")
    [article], errors, _ = read(["-"], stdin=data)
    assert not errors and article.id == FEED_ITEM["guid"] and article.given_text == BODY
    [article], _, _ = read(["-"], stdin=BODY.encode("utf-8"))
    assert article.given_text == BODY and article.source == "<stdin>"


def test_a_summary_is_read_with_a_warning_and_paragraph_lists_are_joined(tmp_path: Path) -> None:
    path = dump(tmp_path / "d.jsonl", [
        {"title": "शीर्षक", "description": BODY, "link": "https://news.example/s"},
        {"text": ["पहला अनुच्छेद।", " ", "दूसरा अनुच्छेद।"]},
    ])
    (summary, paragraphs), errors, warnings = read([str(path)])
    assert not errors and summary.given_text == BODY
    assert any("text taken from 'description'" in w for w in warnings)
    assert paragraphs.text == "पहला अनुच्छेद।\nदूसरा अनुच्छेद।"


@pytest.mark.parametrize("text", ["मूल्य a<b तथा c>d", "राशि 5 < 7 और 9 > 3", "अनुच्छेद एक।\n\nअनुच्छेद दो।"])
def test_plain_text_is_not_taken_for_html(tmp_path: Path, text: str) -> None:
    [article], _, _ = read([str(dump(tmp_path / "d.jsonl", [{"text": text}]))])
    assert article.text == text
    [article], _, _ = read([str(dump(tmp_path / "e.jsonl", [{"text": text + " &amp; अंत"}]))])
    assert article.text == text + " & अंत"


def test_json_documents_empty_nested_and_in_folders(tmp_path: Path) -> None:
    empty = tmp_path / "none.json"
    empty.write_text(json.dumps({"status": "ok", "articles": []}), encoding="utf-8")
    articles, errors, warnings = read([str(empty)])
    assert not articles and not errors and any("no articles" in w for w in warnings)
    nested = tmp_path / "nested.json"
    nested.write_text(json.dumps({"data": {"items": [FEED_ITEM]}}, ensure_ascii=False), encoding="utf-8")
    assert [a.given_text for a in read([str(nested)])[0]] == [BODY]
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "a.txt").write_text(BODY, encoding="utf-8")
    metadata = {"url": "https://news.example/a", "date": "2025-08-05"}
    (folder / "a.json").write_text(json.dumps(metadata), encoding="utf-8")
    articles, errors, warnings = read([str(folder)])
    assert [a.id for a in articles] == ["a"] and not errors
    assert any("a.json#1: skipped, no text" in w for w in warnings)
    _, [error], _ = read([str(folder / "a.json")])  # named on its own, it is an error
    assert error.message.startswith("no text")


def test_csv_rows_longer_than_the_header_and_absent_named_columns(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(f'id,text\nr1,"{BODY}",extra,values\nr2,"{BODY} फिर"\n', encoding="utf-8")
    articles, errors, warnings = read([str(path), str(path)], date_field="published")
    assert [a.id for a in articles] == ["r1", "r2", "r1", "r2"] and not errors
    assert any("2 value(s) beyond the header" in w for w in warnings)
    assert any("no 'published' column for the date" in w for w in warnings)


def test_broken_compressed_dumps_do_not_stop_the_batch(tmp_path: Path) -> None:
    whole = gzip.compress(json.dumps([FEED_ITEM] * 50, ensure_ascii=False).encode("utf-8"))
    (tmp_path / "cut.json.gz").write_bytes(whole[: len(whole) // 2])
    data = bytearray(gzip.compress(b"".join(b'{"content": "%d"}\n' % n for n in range(3000))))
    data[len(data) // 2 : len(data) // 2 + 8] = b"\xff" * 8
    (tmp_path / "corrupt.jsonl.gz").write_bytes(bytes(data))
    (tmp_path / "z.txt").write_text(BODY, encoding="utf-8")
    broken = [str(tmp_path / "cut.json.gz"), str(tmp_path / "corrupt.jsonl.gz")]
    articles, errors, _ = read([*broken, str(tmp_path / "z.txt")])
    assert articles[-1].id == "z"
    assert [e.where.split(":")[0] for e in errors] == broken


def test_stdin_that_only_looks_like_json() -> None:
    [article], errors, _ = read(["-"], stdin="[अपडेट] सरकार ने बैठक बुलाई।".encode())
    assert not errors and article.given_text == "[अपडेट] सरकार ने बैठक बुलाई।"
    assert len(list(read_sources(["-"], IngestOptions(), [], stdin=io.BytesIO(b"[\x00\x01abc")))) == 1
    pretty = json.dumps(FEED_ITEM, ensure_ascii=False, indent=2).encode("utf-8")
    [article], errors, _ = read(["-"], stdin=pretty)
    assert not errors and article.given_text == BODY


HEADLINE = "पाकिस्तान ने भारत पर ड्रोन हमले का आरोप लगाया"
LEAD = "प्रवक्ता ने सोमवार को संवाददाताओं से बात की।"


def test_a_headline_given_apart_is_read_as_the_first_line(tmp_path: Path) -> None:
    [article], errors, _ = read([str(dump(tmp_path / "d.jsonl", [{"title": HEADLINE, "content": LEAD}]))])
    assert not errors and article.text == f"{HEADLINE}\n{LEAD}" and article.given_text == LEAD
    assert article.id == content_id(LEAD)
    events = extract(article).events
    assert [(e.type, e.actor and e.actor.country, e.recipient and e.recipient.country)
            for e in events if e.evidence[0].sentence == 0] == [("ACCUSE", "PAK", "IND")]


def test_a_text_that_opens_with_its_headline_is_not_given_it_twice(tmp_path: Path) -> None:
    text = f"{HEADLINE}\n{LEAD}"
    [article], _, _ = read([str(dump(tmp_path / "d.jsonl", [{"title": f" {HEADLINE} ", "content": text}]))])
    assert article.text == text and article.given_text == text and article.title == HEADLINE


def test_a_record_stored_with_its_headline_is_known_by_its_text(tmp_path: Path, kb_url: str) -> None:
    titled = dump(tmp_path / "titled.jsonl", [{"title": HEADLINE, "content": LEAD}])
    untitled = dump(tmp_path / "untitled.jsonl", [{"content": LEAD}])
    with open_store(kb_url) as store:
        first = [r for r in ingest_sources([str(titled)], store, IngestOptions()) if isinstance(r, BatchStored)]
        assert sum(r.added for r in first) == 1 and store.has_article(LEAD)
        again = [r for r in ingest_sources([str(untitled)], store, IngestOptions()) if isinstance(r, BatchStored)]
        assert sum(r.added for r in again) == 0 and store.counts()["articles"] == 1


def test_a_headline_that_opens_the_text_in_other_spacing_is_not_given_twice(tmp_path: Path) -> None:
    first, second = HEADLINE.split(" ", 1)
    dateline = "नई दिल्ली, 5 अगस्त (भाषा): "
    records = [
        {"title": HEADLINE, "content": f"{first}\u00a0{second}\n{dateline}{LEAD}"},
        {"title": HEADLINE, "content": f"{first}\n{second}"},
    ]
    spaced, broken = read([str(dump(tmp_path / "d.jsonl", records))])[0]
    assert spaced.text == spaced.given_text and spaced.title_span == (0, len(HEADLINE))
    assert spaced.dateline is not None and spaced.dateline.name_hi == "नई दिल्ली"
    assert broken.text == broken.given_text == f"{first}\n{second}"
    [part] = read([str(dump(tmp_path / "p.jsonl", [{"title": "पाकिस्तान", "content": "पाकिस्तानी सेना ने कहा।"}]))])[0]
    assert part.text == "पाकिस्तान\nपाकिस्तानी सेना ने कहा।"


def test_the_title_counts_towards_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"title": HEADLINE, "content": LEAD}, ensure_ascii=False), encoding="utf-8")
    size = len(LEAD.encode("utf-8"))
    assert read([str(path)], max_bytes=size + len(HEADLINE.encode("utf-8")))[0]
    _, [error], _ = read([str(path)], max_bytes=size + 10)
    assert "limit" in error.message


def test_offsets_say_where_the_given_text_starts(tmp_path: Path) -> None:
    [article] = read([str(dump(tmp_path / "d.jsonl", [{"title": HEADLINE, "content": LEAD}]))])[0]
    analysis = extract(article)
    record = to_record(analysis, include_text=False)
    assert record["text_start"] == len(HEADLINE) + 1 and article.text[record["text_start"] :] == LEAD
    assert article_row(analysis)["text_start"] == record["text_start"]
    [untitled] = read([str(dump(tmp_path / "u.jsonl", [{"content": LEAD}]))])[0]
    assert "text_start" not in to_record(extract(untitled)) and article_row(extract(untitled))["text_start"] == 0


def test_a_very_long_title_that_opens_the_text_is_found_there() -> None:
    title = " ".join(f"शब्द{i}" for i in range(100_000))
    article = make_article(f"{title} {LEAD}", "s", title=title, read_title=True)
    assert article.title_prefix == 0 and article.title_span == (0, len(title))
