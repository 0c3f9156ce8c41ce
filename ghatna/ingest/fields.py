"""Which field of a JSONL, JSON or CSV record holds an article's text, title, date, url and id.

A field the user names (``--text-field body``) is the only one read for its role. Otherwise the
names that news dumps and feed exports use are tried in order (RSS ``content``/``pubDate``/``link``/
``guid``, Atom ``published``, NewsAPI ``publishedAt``, schema.org ``articleBody``/``datePublished``,
news-please ``maintext``/``date_publish``), compared without case, ``_``, ``-``, ``.`` or ``:``
(``pub_date``, ``pubDate`` and ``PUBDATE`` are one name); an empty value gives way to the next name.
Crawl and edit times (``created``, ``updated``) are never taken for the publication date.

A value may be a string, a number (ids, Unix times), an object holding it (feedparser's
``{"value": …}``, WordPress's ``{"rendered": …}``, MongoDB's ``{"$date": …}``) or a list: a text
given as a list of strings is its paragraphs, one per line; of any other list the first item that
holds a value is taken. HTML in a text or title (RSS ``content:encoded``) is reduced to its text,
one line per block element; a text with entities but no tags only has its entities decoded.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import regex
from lxml import etree
from lxml import html as lxml_html

ROLES = ("text", "title", "date", "url", "id")
COMMON_NAMES: Mapping[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "articlebody", "article", "articletext", "fulltext", "maintext",
             "story", "contentencoded", "description", "summary"),
    "title": ("title", "headline", "heading"),
    "date": ("date", "pubdate", "published", "publishedat", "datepublished", "datepublish", "publishdate",
             "publicationdate", "publishedon", "publishedtime", "articlepublishedtime", "datetime"),
    "url": ("url", "link", "href", "permalink", "articleurl", "sourceurl", "canonicalurl"),
    "id": ("id", "guid", "uid", "uuid", "articleid", "docid", "documentid"),
}
#: text fields that usually hold a summary, not the article: reading one is worth a warning
SUMMARY_FIELDS = frozenset({"description", "summary"})
_INNER_KEYS: Mapping[str, tuple[str, ...]] = {
    "url": ("href", "url", "value"),
    "date": ("$date", "value", "text"),
}
_VALUE_KEYS = ("value", "rendered", "text", "#text")
_NAME_NOISE = regex.compile(r"[\s_:\-.]+")
_BLOCK_NAMES = r"p|div|span|a|b|i|em|strong|u|h[1-6]|ul|ol|li|figure|figcaption|blockquote|section|article|table|tr|td"
_HTML = regex.compile(
    rf"</(?:{_BLOCK_NAMES}|script|style)\s*>|<(?:br|p|div|hr|img)(?:\s[^<>]*)?/?>|<!--.*?-->",
    regex.IGNORECASE | regex.DOTALL,
)
_ENTITY = regex.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_BLOCKS = ("p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "figcaption", "section")
_BLANK_LINES = regex.compile(r"[ \t\u00a0]*\n[ \t\u00a0\n]*")


def field_key(name: object) -> str:
    return _NAME_NOISE.sub("", name).casefold() if isinstance(name, str) else ""


def field_for(role: str, names: list[str], given: str | None) -> str | None:
    """The column (among ``names``) that holds ``role``: ``given`` if the user named one (or None
    when it is absent), else the first common name present."""
    return next(iter(fields_for(role, names, given)), None)


def fields_for(role: str, names: list[str], given: str | None) -> list[str]:
    """Every column (among ``names``) that may hold ``role``, best first: only ``given`` if the user
    named one (none when it is absent), else the common names present."""
    if given is not None:
        return [given] if given in names else []
    return list(_common_names(names, role))


def tried(role: str, given: str | None) -> str:
    """The names looked for, for an error message."""
    return repr(given) if given is not None else ", ".join(COMMON_NAMES[role])


def candidates(record: Mapping[str, Any], role: str, given: str | None) -> Iterator[tuple[str, str]]:
    """(field, value as text) for every field that may hold ``role``, best first: only ``given`` when
    the user named one, else the common names in order, empty values left out."""
    if given is not None:
        value = as_text(record.get(given), role)
        if value:
            yield given, value
        return
    for name in _common_names(record, role):
        value = as_text(record[name], role)
        if value:
            yield name, value


def _common_names(names: Iterable[str], role: str) -> Iterator[str]:
    """The ``names`` that are common names of ``role``, in the order of ``COMMON_NAMES``."""
    by_key: dict[str, list[str]] = {}
    for name in names:
        by_key.setdefault(field_key(name), []).append(name)
    for key in COMMON_NAMES[role]:
        yield from by_key.get(key, ())


def as_text(value: Any, role: str) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value) if role in ("id", "date") else None
    if isinstance(value, Mapping):
        keys = _INNER_KEYS.get(role, _VALUE_KEYS)
        return next((text for text in (as_text(value[k], role) for k in keys if k in value) if text), None)
    if isinstance(value, list | tuple):
        if role == "text" and value and all(isinstance(v, str) for v in value):
            return as_text("\n".join(v.strip() for v in value if v.strip()), role)
        return next((text for text in (as_text(v, role) for v in value) if text), None)
    if not isinstance(value, str):
        return None
    if role in ("text", "title"):
        if _HTML.search(value):
            value = html_to_text(value)
        elif _ENTITY.search(value):
            value = html.unescape(value)
    return value if value.strip() else None


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment, a line break after each block; entities decoded. A fragment the
    parser refuses keeps its text with the tags cut out."""
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, etree.LxmlError):
        return html.unescape(_HTML.sub("\n", fragment)).strip()
    for dropped in root.xpath(".//script|.//style"):
        dropped.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    return _BLANK_LINES.sub("\n", str(root.text_content())).strip()
