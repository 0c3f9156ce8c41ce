"""Dates as inclusive day ranges: ``2018`` is 2018-01-01…2018-12-31, ``2018-10`` the whole month."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def day_range(start: str | None, end: str | None = None) -> tuple[date, date] | None:
    """The first and last day covered by ISO ``start`` (and ``end``, if given); ``None`` if unreadable."""
    first = _bounds(start)
    if first is None:
        return None
    last = _bounds(end) if end else None
    return first[0], (last or first)[1]


def _bounds(value: str | None) -> tuple[date, date] | None:
    if not value:
        return None
    try:
        parts = [int(p) for p in value[:10].split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        return date(parts[0], parts[1], parts[2]), date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def near(a: tuple[date, date], b: tuple[date, date], window_days: int) -> bool:
    """Do two day ranges overlap once each is widened by ``window_days`` on both sides?"""
    gap = timedelta(days=window_days)
    return a[0] <= b[1] + gap and b[0] <= a[1] + gap


def distance(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days between the starts of two ranges (a tie-break among several near candidates)."""
    return abs((a[0] - b[0]).days)
