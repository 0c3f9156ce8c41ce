"""An HTML page (a saved file, a fetched URL or a WARC record) to an ``Article`` with trafilatura.

What trafilatura gets wrong on Hindi pages, and what is done instead:

- Its author cleaning strips "special" characters at the end with Python's ``re`` ``\\w``, which does
  not match combining vowel signs: 'विशेष संवाददाता' comes back as 'विशेष संवाददात'. The author is read
  here from the page's own metadata; trafilatura's is used only when it has no Devanagari.
- Its near-duplicate fingerprint (``content_fingerprint``) keeps only tokens for which ``str.isalnum``
  holds, and no Hindi word with a vowel sign qualifies: the reference article keeps 35 of 355 tokens,
  mostly function words, so different Hindi pages look alike. It is not used; the knowledge base
  deduplicates by content hash.
- Its ``deduplicate`` option drops text it has seen in a process-wide cache, so polling a page a third
  time would lose it. It stays off.
- Its page language is ``None`` without extra packages; ``ghatna.text.langid`` decides instead.
"""

from __future__ import annotations

import codecs
import json
import logging

import regex
import trafilatura
from lxml import etree
from lxml import html as lxml_html

from ghatna.errors import InputError
from ghatna.ingest.article import make_article
from ghatna.ingest.dates import parse_metadata_date, unreadable_date
from ghatna.ingest.decode import decode
from ghatna.records import Article, DocDate
from ghatna.text.langid import identify_language

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_SNIFF_BYTES = 2048
_HTML_START = regex.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|base)\b",
    regex.IGNORECASE | regex.DOTALL,
)
_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", regex.IGNORECASE)
_DEVANAGARI = regex.compile(r"\p{Script=Devanagari}")
_AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author")
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

# trafilatura logs a WARNING for every page it discards; ghatna reports those itself.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def looks_like_html(data: bytes) -> bool:
    """Whether the bytes start like an HTML document (after a byte-order mark and blank space)."""
    head = data[:_SNIFF_BYTES].removeprefix(codecs.BOM_UTF8)
    return _HTML_START.match(head) is not None


def charset_of(content_type: str) -> str | None:
    """The ``charset`` parameter of a Content-Type header value."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def decode_html(data: bytes, where: str, warnings: list[str], charset: str | None = None) -> str:
    """Text of an HTML page: the HTTP charset, else the ``<meta charset>``, else detection."""
    declared = charset or _meta_charset(data)
    if declared:
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            warnings.append(f"{where}: unknown charset {declared!r}; detecting the encoding instead")
        else:
            text = data.decode(codec, errors="replace")
            if "\ufffd" in text:
                warnings.append(f"{where}: some bytes are not valid {codec} and were replaced")
            return text.removeprefix("\ufeff")
    return decode(data, where, warnings)


def _meta_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii") if found else None


def article_from_html(
    data: bytes,
    source: str,
    warnings: list[str],
    *,
    url: str | None = None,
    article_id: str | None = None,
    charset: str | None = None,
    max_bytes: int,
    date: DocDate | None = None,
) -> Article:
    """The main text and metadata of a page. ``date`` (a feed's, say) wins over the page's own.

    Raises ``InputError`` naming ``source`` for anything that is not a readable article page.
    """
    if len(data) > max_bytes:
        raise InputError(
            source, f"{len(data) / 1e6:.1f} MB is over the {max_bytes / 1e6:.1f} MB limit; raise --max-bytes"
        )
    if not looks_like_html(data):
        raise InputError(source, "not an HTML page: give a saved web page (.html) or the URL of an article")
    text = decode_html(data, source, warnings, charset)
    try:
        document = trafilatura.bare_extraction(
            text,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            deduplicate=False,
            date_extraction_params=_DATE_PARAMS,
        )
        tree = lxml_html.document_fromstring(text[: 1 << 20]) if document else None
    except (ValueError, TypeError, RecursionError, etree.LxmlError) as e:
        # Broken markup the parsers give up on (deep nesting, bad bytes) is bad input, not a crash.
        raise InputError(source, f"the HTML cannot be parsed ({type(e).__name__}); the page is skipped") from e
    if document is None or isinstance(document, dict) or not (document.text or "").strip():
        raise InputError(source, "no article text found: the page may be an index, a login wall, empty or broken HTML")
    page_date = _page_date(document.date, date, source, warnings)
    body = document.text or ""
    title = (document.title or "").strip() or None
    # trafilatura puts the page's headline on the first line, like a .txt article: keep it as the title span.
    headline_first = title is not None and body.lstrip().split("\n", 1)[0].strip() == title
    article = make_article(
        body,
        source,
        article_id=article_id,
        title=None if headline_first else title,
        url=document.url or url,
        split_headline=headline_first,
        warnings=warnings,
    )
    if headline_first and article.title is None:
        article.title = title
    article.date = page_date
    author = _author(tree, document.author)
    if author:
        article.meta["author"] = author
    if document.sitename:
        article.meta["site"] = document.sitename
    found = identify_language(article.text)
    article.meta["language_id"] = {"language": found.language, "probability": round(found.probability, 3)}
    return article


def _page_date(value: str | None, given: DocDate | None, source: str, warnings: list[str]) -> DocDate | None:
    if given is not None:
        return given
    if not value:
        return None
    parsed = parse_metadata_date(value, basis="page metadata")
    if parsed is None:
        warnings.append(unreadable_date(source, value, "page date"))
    return parsed


def _author(tree: lxml_html.HtmlElement | None, fallback: str | None) -> str | None:
    if tree is not None:
        for key in _AUTHOR_META:
            for value in tree.xpath(f'//meta[@name="{key}" or @property="{key}"]/@content'):
                if str(value).strip():
                    return " ".join(str(value).split())
        for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
            found = _json_ld_author(str(script))
            if found:
                return found
    if fallback and not _DEVANAGARI.search(fallback):
        return fallback
    return None


def _json_ld_author(script: str) -> str | None:
    try:
        data = json.loads(script)
    except (json.JSONDecodeError, RecursionError):
        return None
    items = data if isinstance(data, list) else [data]
    for item in items:
        if not isinstance(item, dict):
            continue
        author: object = item.get("author")
        if isinstance(author, list) and author:
            author = author[0]
        if isinstance(author, dict):
            author = author.get("name")
        if isinstance(author, str) and author.strip():
            return " ".join(author.split())
    return None
