"""What a time expression says, before it is placed on the calendar, and how it is placed.

A :class:`Reading` is language-independent: the tagger turns Hindi cue words into readings, and
:func:`place` turns a reading into an :class:`Interval` given the document date (the *anchor*)
and the tense of the clause.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from ghatna.time.calendar import (
    Interval,
    day_interval,
    finer_or_equal,
    month_interval,
    shift,
    unit_precision,
    valid_day,
    year_interval,
)

Form = Literal["absolute", "day_offset", "unit_offset", "weekday", "duration", "now"]
Tense = Literal["past", "present", "future", "unknown"]


@dataclass(frozen=True, slots=True)
class Reading:
    form: Form
    year: int | None = None
    month: int | None = None
    day: int | None = None
    unit: str = "day"
    amount: int = 0
    by_tense: tuple[tuple[str, int], ...] = ()
    weekday: int | None = None
    year_shift: int | None = None  # "पिछले साल अप्रैल": the year is the anchor's plus this

    @property
    def explicit(self) -> bool:
        """Placed without any anchor: an absolute reading that states its year."""
        return self.form == "absolute" and self.year is not None

    def with_defaults(self, other: Reading) -> Reading:
        """Fill a missing year/month from ``other`` ("जनवरी से मार्च 2019": January takes 2019)."""
        if self.form != "absolute" or other.form != "absolute":
            return self
        month = self.month if self.month is not None or self.day is None else other.month
        year = self.year if self.year is not None else other.year
        return Reading("absolute", year, month, self.day, year_shift=self.year_shift)


def place(reading: Reading, anchor: Interval | None, tense: Tense) -> Interval | None:
    """The interval a reading denotes, or None when it needs an anchor it lacks (or is a duration)."""
    if reading.form == "absolute":
        return _absolute(reading, anchor, tense)
    if reading.form == "duration" or anchor is None:
        return None
    if reading.form == "now":
        return anchor
    if reading.form == "unit_offset":
        if not finer_or_equal(anchor.precision, unit_precision(reading.unit)):
            return None
        return shift(anchor.first, reading.unit, reading.amount)
    if anchor.precision != "day":
        return None
    if reading.form == "day_offset":
        offsets = dict(reading.by_tense)
        return day_interval(anchor.first + timedelta(days=offsets.get(tense, offsets.get("other", 0))))
    return day_interval(_weekday(reading, anchor.first, tense))


def _weekday(reading: Reading, today: date, tense: Tense) -> date:
    target = reading.weekday or 1
    forward = (target - today.isoweekday()) % 7
    backward = (today.isoweekday() - target) % 7
    if reading.amount > 0:  # "अगले सोमवार"
        return today + timedelta(days=forward or 7)
    if reading.amount < 0:  # "पिछले सोमवार"
        return today - timedelta(days=backward or 7)
    if tense == "future":
        return today + timedelta(days=forward)
    return today - timedelta(days=backward)


def _absolute(reading: Reading, anchor: Interval | None, tense: Tense) -> Interval | None:
    if reading.year is not None:
        return _unit(reading.year, reading.month, reading.day)
    if anchor is None or reading.month is None:
        return None
    if reading.year_shift is not None:
        return _unit(anchor.first.year + reading.year_shift, reading.month, reading.day)
    if anchor.precision == "year":
        return _unit(anchor.first.year, reading.month, reading.day)
    options = [_unit(year, reading.month, reading.day) for year in (anchor.first.year + d for d in (-1, 0, 1))]
    found = [o for o in options if o is not None]
    if tense == "past":
        found = [o for o in found if o.first <= anchor.last] or found
    elif tense == "future":
        found = [o for o in found if o.last >= anchor.first] or found
    if not found:
        return None
    return min(found, key=lambda o: _distance(o, anchor))


def _distance(a: Interval, b: Interval) -> int:
    if a.last < b.first:
        return (b.first - a.last).days
    if b.last < a.first:
        return (a.first - b.last).days
    return 0


def _unit(year: int, month: int | None, day: int | None) -> Interval | None:
    if month is None:
        return year_interval(year)
    if not 1 <= month <= 12:
        return None
    if day is None:
        return month_interval(year, month)
    found = valid_day(year, month, day)
    return day_interval(found) if found else None
