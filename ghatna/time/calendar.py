"""Language-independent calendar arithmetic: intervals of days at a precision, and ISO formatting."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from ghatna.records import Precision

_RANK: dict[str, int] = {"year": 0, "month": 1, "day": 2}


@dataclass(frozen=True, slots=True)
class Interval:
    """The days ``first..last`` (both included), known to ``precision``."""

    first: date
    last: date
    precision: Precision

    def start_value(self) -> str:
        return iso(self.first, self.precision)

    def end_value(self) -> str | None:
        """The ISO value of the last unit, or None when the interval is one unit long."""
        end = iso(self.last, self.precision)
        return None if end == self.start_value() else end


def iso(day: date, precision: Precision) -> str:
    text = day.isoformat()
    return {"year": text[:4], "month": text[:7], "day": text}[precision]


def coarser(a: Precision, b: Precision) -> Precision:
    return a if _RANK[a] <= _RANK[b] else b


def finer_or_equal(a: Precision, b: Precision) -> bool:
    """Whether ``a`` is at least as fine as ``b`` (day is finer than month, month than year)."""
    return _RANK[a] >= _RANK[b]


def month_interval(year: int, month: int) -> Interval:
    last = calendar.monthrange(year, month)[1]
    return Interval(date(year, month, 1), date(year, month, last), "month")


def year_interval(year: int) -> Interval:
    return Interval(date(year, 1, 1), date(year, 12, 31), "year")


def day_interval(day: date) -> Interval:
    return Interval(day, day, "day")


def valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def week_of(day: date) -> Interval:
    """Monday..Sunday of the week holding ``day``."""
    monday = day - timedelta(days=day.isoweekday() - 1)
    return Interval(monday, monday + timedelta(days=6), "day")


def shift(anchor: date, unit: str, amount: int) -> Interval:
    """The ``unit`` that lies ``amount`` units from the one holding ``anchor`` (0 = the same)."""
    if unit == "hour":  # known to the day only: the day the hours lead to
        return day_interval(anchor + timedelta(days=amount // 24 if amount >= 0 else -(-amount // 24)))
    if unit == "day":
        return day_interval(anchor + timedelta(days=amount))
    if unit == "week":
        return week_of(anchor + timedelta(weeks=amount))
    if unit == "month":
        return month_interval(*shift_months(anchor.year, anchor.month, amount))
    return year_interval(anchor.year + amount)


_UNIT_PRECISION: dict[str, Precision] = {"hour": "day", "day": "day", "week": "day", "month": "month", "year": "year"}


def unit_precision(unit: str) -> Precision:
    """The precision a shifted unit is known to: weeks are day ranges."""
    return _UNIT_PRECISION[unit]


def iso_duration(amount: int, unit: str) -> str:
    if unit == "hour":
        return f"PT{amount}H"
    return f"P{amount * 7}D" if unit == "week" else f"P{amount}{unit[0].upper()}"
