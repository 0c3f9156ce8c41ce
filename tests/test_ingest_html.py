"""HTML pages (saved files and URLs) to articles, with trafilatura's Hindi weak spots worked around."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from trafilatura.deduplication import sample_tokens

from ghatna.errors import InputError
from ghatna.ingest import IngestOptions, read_sources
from ghatna.ingest.html import article_from_html, looks_like_html
from ghatna.records import Article
from tests.conftest import REFERENCE, CliResult
from tests.web_pages import ENGLISH, HINDI, Story, page
from tests.web_server import Answer, LocalWeb

BOILERPLATE = ("शेयर करें", "सबसे ज्यादा", "ब्रेकिंग", "सर्वाधिकार", "होम", "tracking")


def _read(paths: list[str], **options: int) -> tuple[list[Article], list[InputError], list[str]]:
    warnings: list[str] = []
    items = list(read_sources(paths, IngestOptions(**options), warnings))  # type: ignore[arg-type]
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, InputError)],
        warnings,
    )


def test_saved_page_gives_text_title_date_author_url_and_language(tmp_path: Path) -> None:
    story = HINDI[0]
    file = tmp_path / "sansad.html"
    file.write_text(page(story, canonical="https://samachar.example/desh/sansad-krishi"), encoding="utf-8")
    [article], errors, _ = _read([str(file)])
    assert not errors
    assert article.id == "sansad"
    assert article.title == story.title
    assert article.title_span == (0, len(story.title))
    assert article.url == "https://samachar.example/desh/sansad-krishi"
    assert article.date is not None
    assert (article.date.value, article.date.precision, article.date.inferred) == ("2023-12-06", "day", False)
    # trafilatura's own author cleaning drops the final vowel sign: 'विशेष संवाददात'.
    assert article.meta["author"] == "विशेष संवाददाता"
    assert article.meta["language_id"]["language"] == "hi"
    for paragraph in story.paragraphs:
        assert paragraph in article.text
    assert not [marker for marker in BOILERPLATE if marker in article.text]


def test_reference_article_survives_the_html_round_trip(tmp_path: Path) -> None:
    lines = REFERENCE.read_text(encoding="utf-8").split("\n")
    paragraphs = tuple(line for line in lines if line.strip())
    story = Story("ref", "रक्षा मंत्री की कजाकिस्तान यात्रा", paragraphs, "2018-10-03T09:30:00+05:30", "संवाददाता")
    [article] = _read([str(_write(tmp_path / "ref.html", page(story)))])[0]
    assert " ".join(article.text.split()[len(story.title.split()) :]) == " ".join(" ".join(paragraphs).split())


def test_hindi_fingerprint_of_trafilatura_is_why_it_is_not_used() -> None:
    """trafilatura's near-duplicate fingerprint keeps only ``isalnum`` tokens: few Hindi words qualify."""
    words = REFERENCE.read_text(encoding="utf-8").split()
    assert len(sample_tokens(" ".join(words))) < len(words) / 5


def test_the_same_page_read_again_and_again_is_never_dropped(tmp_path: Path) -> None:
    """With trafilatura's ``deduplicate`` the third extraction of a page would come back empty."""
    data = page(HINDI[1]).encode("utf-8")
    for _ in range(4):
        assert article_from_html(data, "p.html", [], max_bytes=1 << 20).text


BAD_PAGES: list[tuple[str, bytes, str]] = [
    ("binary.html", bytes(range(256)) * 20, "not an HTML page"),
    ("plain.html", "यह सिर्फ़ सादा पाठ है, कोई HTML नहीं।".encode(), "not an HTML page"),
    ("empty-body.html", b"<!DOCTYPE html><html><head><title>x</title></head><body></body></html>", "no article text"),
    ("nested-bomb.html", b"<html><body>" + b"<div>" * 70_000 + "नमस्ते".encode() + b"</body></html>", "no article"),
    ("too-big.html", b"<html><body><p>" + "बहुत ".encode() * 100_000 + b"</p></body></html>", "limit"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_PAGES, ids=[b[0] for b in BAD_PAGES])
def test_a_broken_page_is_reported_by_name_and_the_batch_goes_on(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    good = _write(tmp_path / "good.html", page(HINDI[2]))
    bad = tmp_path / name
    bad.write_bytes(data)
    articles, errors, _ = _read([str(bad), str(good)], max_bytes=400_000)
    assert [a.title for a in articles] == [HINDI[2].title]
    [error] = errors
    assert error.where == str(bad)
    assert message in error.message


def test_looks_like_html() -> None:
    assert looks_like_html(b"\xef\xbb\xbf  <!doctype html><html>")
    assert looks_like_html(b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">')
    assert not looks_like_html(b"%PDF-1.7 ...")
    assert not looks_like_html(b'{"text": "<p>"}')


def test_legacy_charset_from_meta_is_honoured(tmp_path: Path) -> None:
    html = page(ENGLISH).replace('charset="utf-8"', 'charset="windows-1252"').replace("Staff", "Café")
    file = tmp_path / "cp1252.html"
    file.write_bytes(html.encode("cp1252", errors="replace"))
    [article] = _read([str(file)])[0]
    assert article.meta["author"] == "Café reporter"


def test_extract_command_reads_a_folder_of_saved_pages(tmp_path: Path, cli: Callable[..., CliResult]) -> None:
    for story in HINDI:
        _write(tmp_path / "pages" / f"{story.slug}.html", page(story))
    (tmp_path / "pages" / "broken.htm").write_bytes(b"\x00\x01 not a page")
    result = cli("extract", str(tmp_path / "pages"), "--no-text")
    assert result.code == 1
    records = [json.loads(line) for line in result.out.splitlines()]
    assert sorted(r["id"] for r in records) == sorted(s.slug for s in HINDI)
    assert all(r["language"] == "hi" for r in records)
    assert "broken.htm: not an HTML page" in result.err


def test_ingest_urls_from_a_local_server(web: LocalWeb, db_url: str, cli: Callable[..., CliResult]) -> None:
    web.html("/news/a.html", page(HINDI[0]))
    web.routes["/go"] = Answer(301, b"", {"Location": "/news/b.html"})
    web.html("/news/b.html", page(HINDI[1]))
    web.routes["/report.pdf"] = Answer(200, b"%PDF-1.7", {"Content-Type": "application/pdf"})
    web.routes["/loop"] = Answer(302, b"", {"Location": "/loop"})
    web.html("/private/c.html", page(HINDI[2]))
    urls = [web.url(p) for p in ("/news/a.html", "/go", "/report.pdf", "/loop", "/missing", "/private/c.html")]
    result = cli("ingest", *urls, "--db", db_url, "--format", "json", "--delay", "0")
    assert result.code == 1
    assert json.loads(result.out)["ingest"] == {"added": 2, "already_stored": 0, "failed": 4}
    assert "report.pdf: not an HTML page (the server says application/pdf)" in result.err
    assert "/loop: more than 5 redirects" in result.err
    assert "/missing: the server answered 404" in result.err
    assert "/private/c.html: robots.txt of this site does not allow" in result.err
    assert web.hits("/private/c.html") == []
    assert len(web.hits("/robots.txt")) == 1
    assert all(r.headers["user-agent"].startswith("ghatna/") for r in web.requests)
    again = cli("ingest", *urls[:2], "--db", db_url, "--format", "json", "--delay", "0")
    assert json.loads(again.out)["ingest"] == {"added": 0, "already_stored": 2, "failed": 0}


def _write(path: Path, html: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return path
