"""Building an ``Article`` from decoded text and its metadata."""

from __future__ import annotations

import regex

from ghatna.ingest.dates import parse_metadata_date, unreadable_date
from ghatna.records import Article, Place
from ghatna.text.content import content_id
from ghatna.text.dateline import find_dateline
from ghatna.text.normalise import nfc

_SENTENCE_END = regex.compile(r"[\N{DEVANAGARI DANDA}\N{DEVANAGARI DOUBLE DANDA}.?!:]\s*$")
_MAX_HEADLINE = 200
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_LINE_END = regex.compile(r"[^\S\n]*(?:\n|$)")
_NON_SPACE = regex.compile(r"\S+")
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\p{N}]")


def make_article(
    text: str,
    source: str,
    *,
    article_id: str | None = None,
    title: str | None = None,
    date_value: str | None = None,
    url: str | None = None,
    split_headline: bool = False,
    read_title: bool = False,
    warnings: list[str] | None = None,
) -> Article:
    """An article with NFC text, an optional first-line headline, a dateline and a metadata date.

    With ``read_title``, a title given apart from the text (a feed's or a dump's headline) is put
    on the text's first line, as in a text file, so that its events are read too; the article's id
    and content hash stay those of the text as given."""
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
        if warnings is not None:
            warnings.append(f"{source}: invalid Unicode (lone surrogates) replaced by U+FFFD")
    text = nfc(text)
    headline = " ".join(nfc(_SURROGATE.sub("\ufffd", title)).split()) if title else None
    opening = _opening_headline(text, headline) if headline and read_title else None
    prefix = 0
    if headline and read_title and opening is None:
        prefix = len(headline) + 1
        text = f"{headline}\n{text}"
        opening = (0, len(headline))
    article = Article(id=article_id or content_id(text[prefix:]), text=text, source=source, url=url,
                      title_prefix=prefix)
    body_start = 0
    if title:
        article.title = headline
        if opening:
            article.title_span = opening
            if _LINE_END.match(text, opening[1]):
                body_start = opening[1]
    elif split_headline:
        span = _headline_span(text)
        if span:
            article.title, article.title_span = text[span[0] : span[1]], span
            body_start = span[1]
    found = find_dateline(text, body_start)
    if found:
        name, start, end = found
        article.dateline, article.dateline_span = Place(name_hi=name), (start, end)
    if date_value:
        parsed = parse_metadata_date(date_value)
        if parsed is None and warnings is not None:
            warnings.append(unreadable_date(source, date_value))
        article.date = parsed
    return article


def _opening_headline(text: str, headline: str) -> tuple[int, int] | None:
    """The span of ``headline`` where the text opens with it, whatever whitespace separates its words
    there, and not as the start of a longer word."""
    *words, last = headline.split()
    tokens = _NON_SPACE.finditer(text)
    first = None
    for word in words:
        token = next(tokens, None)
        if token is None or token.group() != word:
            return None
        first = token.start() if first is None else first
    token = next(tokens, None)
    if token is None or not token.group().startswith(last):
        return None
    end = token.start() + len(last)
    if _WORD_CHAR.match(text, end):
        return None
    return (token.start() if first is None else first), end


def _headline_span(text: str) -> tuple[int, int] | None:
    stripped = text.lstrip()
    start = len(text) - len(stripped)
    line_end = text.find("\n", start)
    if line_end < 0 or not text[line_end:].strip():
        return None
    line = text[start:line_end].rstrip()
    if not line or len(line) > _MAX_HEADLINE or _SENTENCE_END.search(line) or find_dateline(text, start):
        return None
    return start, start + len(line)
