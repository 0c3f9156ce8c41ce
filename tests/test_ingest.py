"""Readers: text files, folders, dumps, stdin, and every kind of bad input."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from ghatna.errors import InputError
from ghatna.ingest import IngestOptions, read_sources
from ghatna.records import Article
from tests.conftest import REFERENCE, stdin_bytes

HINDI = "भारत के प्रधानमंत्री ने आज दिल्ली में एक बैठक की और किसानों के मुद्दों पर चर्चा की।"


def read(paths: list[str], **options: object) -> tuple[list[Article], list[InputError], list[str]]:
    warnings: list[str] = []
    items = list(read_sources(paths, IngestOptions(**options), warnings))  # type: ignore[arg-type]
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, InputError)]
    return articles, errors, warnings


def test_reference_article_dateline_and_id() -> None:
    [article], errors, _ = read([str(REFERENCE)])
    assert not errors
    assert article.id == "000_80b73bf1b1695fdc"
    assert article.title is None
    assert article.dateline is not None and article.dateline.name_hi == "नई दिल्ली"
    assert article.dateline_span == (0, 9)


def test_first_line_headline(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"सीरिया ने शरणार्थियों को बुलाया\n{HINDI}\n", encoding="utf-8")
    [article], _, _ = read([str(path)])
    assert article.title == "सीरिया ने शरणार्थियों को बुलाया"
    assert article.title_span == (0, len(article.title))
    assert article.text.startswith(article.title)


def test_folder_is_read_recursively_with_a_glob(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(HINDI, encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text(HINDI + " दूसरा", encoding="utf-8")
    (tmp_path / "a" / "b" / "skip.md").write_text(HINDI, encoding="utf-8")
    articles, errors, _ = read([str(tmp_path)])
    assert sorted(a.id for a in articles) == ["one", "two"]
    assert not errors
    only, _, _ = read([str(tmp_path)], glob="two*")
    assert [a.id for a in only] == ["two"]


def test_jsonl_dump_with_custom_fields_and_a_malformed_line(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"guid": "x1", "body": HINDI, "headline": "शीर्षक", "published": "2018-10-03"}, ensure_ascii=False),
        "{not json",
        json.dumps({"guid": "x3", "body": ""}),
        json.dumps([1, 2]),
        json.dumps({"body": HINDI + " फिर", "published": "कल"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors, warnings = read(
        [str(path)], text_field="body", id_field="guid", title_field="headline", date_field="published"
    )
    assert next(a.id for a in articles) == "x1"
    assert articles[0].title == "शीर्षक"
    assert articles[0].date is not None and articles[0].date.value == "2018-10-03"
    assert articles[0].date.inferred is False
    assert len(articles[1].id) == 16  # content hash when there is no id
    assert [e.where for e in errors] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "not valid JSON" in errors[0].message
    assert any("'कल' is not a date in a known form" in w for w in warnings)


def test_csv_dump(tmp_path: Path) -> None:
    path = tmp_path / "dump.csv"
    path.write_text(f'id,text,url\nc1,"{HINDI}",http://example.org/1\n', encoding="utf-8")
    [article], errors, _ = read([str(path)])
    assert not errors
    assert (article.id, article.url) == ("c1", "http://example.org/1")


def test_csv_without_a_text_column(tmp_path: Path) -> None:
    path = tmp_path / "dump.csv"
    path.write_text("id,notes\n1,x\n", encoding="utf-8")
    _, [error], _ = read([str(path)])
    assert "no text column (looked for text, content, body" in error.message and "'notes'" in error.message
    _, [error], _ = read([str(path)], text_field="story")
    assert "no text column (looked for 'story'" in error.message


def test_stdin_article_gets_a_content_hash_id() -> None:
    warnings: list[str] = []
    [article] = list(read_sources(["-"], IngestOptions(), warnings, stdin=stdin_bytes(HINDI)))
    assert isinstance(article, Article)
    assert article.source == "<stdin>" and len(article.id) == 16


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty input"),
        (b"   \n\t ", "empty input"),
        (bytes(range(256)) * 8, "binary data"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    ],
)
def test_unreadable_files_get_one_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    articles, [error], _ = read([str(path)])
    assert not articles
    assert error.where == str(path) and message in error.message


@pytest.mark.parametrize(
    ("encoded", "note"),
    [
        (codecs.BOM_UTF16_LE + HINDI.encode("utf-16-le"), None),
        (HINDI.encode("utf-16-le"), "read as utf-16-le"),
        (HINDI.encode("utf-16-be"), "read as utf-16-be"),
        (codecs.BOM_UTF8 + HINDI.encode("utf-8"), None),
        (HINDI.encode("utf-8")[:-2], "truncated UTF-8"),
    ],
)
def test_utf16_and_damaged_utf8_are_decoded(tmp_path: Path, encoded: bytes, note: str | None) -> None:
    path = tmp_path / "enc.txt"
    path.write_bytes(encoded)
    [article], errors, warnings = read([str(path)])
    assert not errors
    assert article.text.startswith("भारत के प्रधानमंत्री")
    if note:
        assert any(note in w for w in warnings)


def test_legacy_encoding_is_detected_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Le ministre a déclaré à Genève que la réunion était reportée.".encode("cp1252"))
    [article], errors, warnings = read([str(path)])
    assert not errors
    assert article.text.startswith("Le ministre a déclaré")
    assert any("not UTF-8; decoded as" in w for w in warnings)


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # a sparse 50 MB file
    _, [error], _ = read([str(path)])
    assert "52.4 MB is over the 10.5 MB limit" in error.message


def test_an_oversized_jsonl_line_is_skipped_and_the_next_read(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    big = json.dumps({"text": "क" * 3000})
    path.write_text(big + "\n" + json.dumps({"text": HINDI}, ensure_ascii=False) + "\n", encoding="utf-8")
    articles, [error], _ = read([str(path)], max_bytes=2000)
    assert error.where.endswith(":1") and "longer than" in error.message
    assert len(articles) == 1


def test_missing_path(tmp_path: Path) -> None:
    _, [error], _ = read([str(tmp_path / "nope.txt")])
    assert error.message == "no such file or folder"


def test_dateline_after_a_headline(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"संसद में बहस\nनई दिल्ली, 3 अक्टूबर (भाषा): {HINDI}\n", encoding="utf-8")
    [article], _, _ = read([str(path)])
    assert article.title == "संसद में बहस"
    assert article.dateline is not None and article.dateline.name_hi == "नई दिल्ली"
    assert article.dateline_span is not None
    assert article.text[slice(*article.dateline_span)] == "नई दिल्ली"


def test_a_sentence_opening_is_not_a_dateline(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("उन्होंने कहा: हम जाएंगे और बात करेंगे।", encoding="utf-8")
    [article], _, _ = read([str(path)])
    assert article.dateline is None


def test_an_integer_over_pythons_digit_limit_in_a_dump_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    text = "जिला प्रशासन ने बाढ़ प्रभावित गांवों में राहत शिविर लगाए।"
    huge = '{"id": "n", "n": ' + "1" * 5000 + ', "text": "' + text + '"}'
    (tmp_path / "a.jsonl").write_text(huge + "\n" + json.dumps({"id": "g", "text": text}) + "\n", encoding="utf-8")
    (tmp_path / "b.json").write_text("[" + huge + "]", encoding="utf-8")
    articles, errors, _ = read([str(tmp_path / "a.jsonl"), str(tmp_path / "b.json")])
    assert [a.id for a in articles] == ["g"]
    assert [e.where for e in errors] == [f"{tmp_path / 'a.jsonl'}:1", str(tmp_path / "b.json")]
