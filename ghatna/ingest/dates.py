"""The publication date given with an article: one parser for every reader (records, pages, feeds, WARC).

Accepted: ISO 8601 (``2025``, ``2025-08``, ``2025-08-01``, a date-time with or without offset),
RFC 2822 as RSS feeds and HTTP headers write it (``Fri, 01 Aug 2025 09:59:44 +0530``), and a
written day-month-year in English or Hindi month names (``1 August 2025``, ``August 1, 2025``,
``01 अगस्त 2025``), optionally after a weekday and before a time of day, and Unix time in seconds
or milliseconds (``1754022584``; its day in Indian Standard Time, the time of Hindi news). A
date-time keeps the calendar day of its own offset: ``2025-08-01T00:30+05:30`` is 1 August, not
31 July in UTC.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

import regex

from ghatna.records import DocDate, Precision
from ghatna.time.lexicon import key, lexicon

METADATA_BASIS = "metadata"
READABLE_FORMS = "ISO 8601, RFC 2822, '1 August 2025', 'August 1, 2025' or Unix seconds"

_PARTIAL_ISO: tuple[tuple[str, Precision], ...] = (("%Y-%m-%d", "day"), ("%Y-%m", "month"), ("%Y", "year"))
_WORD = r"[\p{L}\p{M}]+"
# seconds from 1973 on (9-10 digits) or milliseconds (12-13), optionally with a fraction
_INDIA = timezone(timedelta(hours=5, minutes=30), "IST")
_UNIX_TIME = regex.compile(r"(\d{9,10}|\d{12,13})(?:\.\d+)?")
_WRITTEN = regex.compile(
    rf"(?:(?P<weekday>{_WORD})[.,]?\s+)?"
    rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[\s-]+(?P<m>{_WORD})[.॰]?|(?P<m2>{_WORD})[.॰]?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)"
    r"\s*[,-]?\s*(?P<y>\d{4})"
    r"(?:\s*(?:,|-|at)?\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:\(?[a-z]{2,5}\)?|[+-]\d{2}:?\d{2}|(?:utc|gmt)\s*[+-]\d{1,2}(?::?\d{2})?)?)?",
    regex.IGNORECASE,
)


def parse_metadata_date(value: str, basis: str = METADATA_BASIS) -> DocDate | None:
    """The date a metadata value gives, at its real precision, or None when it is not a date form above."""
    value = value.strip()
    found = _iso_partial(value) or _iso_moment(value) or _rfc_2822(value) or _written(value) or _unix_time(value)
    if found is None:
        return None
    day, precision = found
    text = day.isoformat()
    text = text[:4] if precision == "year" else text[:7] if precision == "month" else text
    return DocDate(text, precision, inferred=False, basis=basis)


def first_readable_date(values: Sequence[str]) -> str | None:
    """The first of a record's candidate date values that reads as a date, else the first one (whose
    warning then names it); None when there is none."""
    return next((value for value in values if parse_metadata_date(value)), values[0] if values else None)


def unreadable_date(source: str, value: str, what: str = "date") -> str:
    """The one warning for a date value that is not read: the article goes on without it."""
    known = f"not a date in a known form ({READABLE_FORMS})"
    return f"{source}: {what} {value!r} is {known}; ignored, the article is dated from its text if possible"


def _iso_partial(value: str) -> tuple[date, Precision] | None:
    for fmt, precision in _PARTIAL_ISO:
        try:
            return datetime.strptime(value, fmt).date(), precision
        except ValueError:
            continue
    return None


def _iso_moment(value: str) -> tuple[date, Precision] | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00")).date(), "day"
    except ValueError:
        return None


def _rfc_2822(value: str) -> tuple[date, Precision] | None:
    try:
        return parsedate_to_datetime(value).date(), "day"
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _unix_time(value: str) -> tuple[date, Precision] | None:
    hit = _UNIX_TIME.fullmatch(value)
    if hit is None:
        return None
    seconds = float(value) / (1000 if len(hit.group(1)) > 11 else 1)
    return datetime.fromtimestamp(seconds, tz=_INDIA).date(), "day"


def _written(value: str) -> tuple[date, Precision] | None:
    hit = _WRITTEN.fullmatch(value)
    if hit is None:
        return None
    lex = lexicon()
    weekday = hit.group("weekday")
    if weekday is not None and not _is_weekday(key(weekday)):
        return None
    month = lex.months.get(key(hit.group("m") or hit.group("m2")))
    if month is None:
        return None
    try:
        return date(int(hit.group("y")), month, int(hit.group("d") or hit.group("d2"))), "day"
    except ValueError:
        return None


def _is_weekday(word: str) -> bool:
    """A weekday name, or the head of a Latin one of three letters or more (``Fri``, ``Thurs``)."""
    names = lexicon().weekdays
    return word in names or (len(word) >= 3 and any(name.isascii() and name.startswith(word) for name in names))
