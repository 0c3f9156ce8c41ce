"""Which field of a JSONL, JSON or CSV record holds an article's text, title, date, url and id.

A field the user names (``--text-field body``) is the only one read for its role. Otherwise the
names that news dumps and feed exports use are tried in order (RSS ``content``/``pubDate``/``link``/
``guid``, Atom ``published``, NewsAPI ``publishedAt``, schema.org ``articleBody``/``datePublished``),
compared without case, ``_``, ``-`` or ``:`` (``pub_date``, ``pubDate`` and ``PUBDATE`` are one name).
A value may be a string, a number (ids, epoch times), an object with ``value``/``text``/``#text``
(feedparser's ``content``) or a list of those (the first that holds text). HTML in a text or title
(RSS ``content:encoded``, ``description``) is reduced to its text, one line per block element.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Any

import regex
from lxml import etree
from lxml import html as lxml_html

ROLES = ("text", "title", "date", "url", "id")
COMMON_NAMES: Mapping[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "articlebody", "article", "articletext", "fulltext", "maintext",
             "story", "contentencoded", "description", "summary"),
    "title": ("title", "headline", "heading"),
    "date": ("date", "pubdate", "published", "publishedat", "datepublished", "publishdate", "publicationdate",
             "publishedon", "datetime", "created", "createdat", "updated", "updatedat", "timestamp", "time"),
    "url": ("url", "link", "href", "permalink", "articleurl", "sourceurl", "canonicalurl"),
    "id": ("id", "guid", "uid", "uuid", "articleid", "docid", "documentid"),
}
_NAME_NOISE = regex.compile(r"[\s_:\-.]+")
_TAG = regex.compile(r"<(?:/?(?:p|br|div|span|a|img|b|i|em|strong|u|h[1-6]|ul|ol|li|figure|figcaption|blockquote|"
                     r"section|article|table|tr|td|iframe|script|style)\b[^>]*|!--.*?--)>",
                     regex.IGNORECASE | regex.DOTALL)
_ENTITY = regex.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_BLOCKS = ("p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "figcaption", "section")
_BLANK_LINES = regex.compile(r"[ \t\u00a0]*\n[ \t\u00a0\n]*")


def field_key(name: str) -> str:
    return _NAME_NOISE.sub("", name).casefold()


def field_for(role: str, names: Iterable[str], given: str | None) -> str | None:
    """The record field (among ``names``) that holds ``role``: ``given`` if the user named one (or
    None when the record lacks it), else the first common name the record has."""
    names = list(names)
    if given is not None:
        return given if given in names else None
    by_key: dict[str, str] = {}
    for name in names:
        by_key.setdefault(field_key(name), name)
    return next((by_key[k] for k in COMMON_NAMES[role] if k in by_key), None)


def tried(role: str, given: str | None) -> str:
    """The names looked for, for an error message."""
    return repr(given) if given is not None else ", ".join(COMMON_NAMES[role])


def field_value(record: Mapping[str, Any], role: str, given: str | None) -> str | None:
    """The role's value as text, or None. For the automatic choice, a field that is present but empty
    gives way to the next common name (an empty ``content`` beside a filled ``description``)."""
    if given is not None:
        return as_text(record.get(given), role)
    by_key: dict[str, list[str]] = {}
    for name in record:
        by_key.setdefault(field_key(name), []).append(name)
    for key in COMMON_NAMES[role]:
        for name in by_key.get(key, ()):
            value = as_text(record[name], role)
            if value:
                return value
    return None


def as_text(value: Any, role: str) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value) if role in ("id", "date") else None
    if isinstance(value, Mapping):
        inner = next((value[k] for k in ("value", "text", "#text", "href", "url") if k in value), None)
        return as_text(inner, role)
    if isinstance(value, list | tuple):
        return next((text for text in (as_text(v, role) for v in value) if text), None)
    if not isinstance(value, str):
        return None
    if role in ("text", "title") and (_TAG.search(value) or _ENTITY.search(value)):
        value = html_to_text(value)
    return value if value.strip() else None


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment, a line break after each block; entities decoded. A fragment the
    parser refuses keeps its text with the tags cut out."""
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, etree.LxmlError):
        return html.unescape(_TAG.sub("\n", fragment)).strip()
    for dropped in root.xpath(".//script|.//style"):
        dropped.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    return _BLANK_LINES.sub("\n", str(root.text_content())).strip()
