"""WARC archives (Common Crawl's CC-NEWS and the like): the Hindi HTML pages among their responses.

The archive is streamed record by record; at most one page (``--max-bytes``) is in memory at a
time. Pages with little Devanagari are dropped before parsing (most of CC-NEWS is not Hindi); the
rest are extracted and kept when the language identifier says Hindi, not Marathi, Nepali or other.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from ghatna.errors import InputError
from ghatna.ingest.dates import parse_metadata_date
from ghatna.ingest.html import article_from_html, charset_of, looks_like_html
from ghatna.ingest.options import IngestOptions
from ghatna.ingest.pages import HTML_MEDIA_TYPES
from ghatna.records import Article, DocDate
from ghatna.text.langid import identify_language

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
MIN_DEVANAGARI_CHARS = 50
# Each Devanagari code point (U+0900-U+097F) starts with one of these two UTF-8 byte pairs.
_DEVANAGARI_UTF8 = (b"\xe0\xa4", b"\xe0\xa5")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_warc(path: Path, options: IngestOptions, warnings: list[str]) -> Iterator[Article | InputError]:
    """The Hindi articles of a WARC file, with their target URI and WARC date; a summary warning at the end."""
    kept = 0
    skipped: Counter[str] = Counter()
    try:
        with path.open("rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path}#record-{number}"
                item = _page(record, uri, path, options, warnings, skipped)
                if item is not None:
                    kept += isinstance(item, Article)
                    yield item
    except (ArchiveLoadFailed, zlib.error, EOFError, ValueError) as e:
        yield InputError(str(path), f"the archive is damaged or not a WARC file ({e}); the rest is skipped")
    except OSError as e:
        yield InputError(str(path), f"cannot read: {e.strerror or e}")
    if skipped or kept:
        reasons = ", ".join(f"{n} {why}" for why, n in sorted(skipped.items()))
        warnings.append(f"{path}: {kept} Hindi pages kept; skipped {reasons or 'none'}")


def _page(
    record: ArcWarcRecord,
    uri: str,
    path: Path,
    options: IngestOptions,
    warnings: list[str],
    skipped: Counter[str],
) -> Article | InputError | None:
    status = record.http_headers.get_statuscode()
    if status != "200":
        skipped[f"HTTP {status}"] += 1
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    media_type = content_type.split(";")[0].strip().lower()
    if media_type and media_type not in HTML_MEDIA_TYPES:
        skipped["not HTML"] += 1
        return None
    data = record.content_stream().read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        skipped["over --max-bytes"] += 1
        return None
    if sum(data.count(pair) for pair in _DEVANAGARI_UTF8) < MIN_DEVANAGARI_CHARS:
        skipped["not Devanagari"] += 1
        return None
    if not looks_like_html(data):
        skipped["not HTML"] += 1
        return None
    page_warnings: list[str] = []
    try:
        article = article_from_html(
            data, uri, page_warnings, url=uri, charset=charset_of(content_type), max_bytes=options.max_bytes
        )
    except InputError as e:
        return InputError(f"{path}: {e.where}", e.message)
    found = identify_language(article.text)
    if not found.is_hindi:
        skipped[f"language {found.language}"] += 1
        return None
    warnings.extend(page_warnings)
    warc_date = record.rec_headers.get_header("WARC-Date")
    if warc_date:
        article.meta["warc_date"] = warc_date
        if article.date is None:
            article.date = _crawl_date(warc_date)
    article.meta["warc"] = str(path)
    return article


def _crawl_date(value: str) -> DocDate | None:
    """The crawl day as the article date when the page gives none: the page existed by then."""
    found = parse_metadata_date(value)
    if found is None:
        return None
    return DocDate(found.value, found.precision, inferred=True, basis="WARC-Date: the day the page was crawled")
