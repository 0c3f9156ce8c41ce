"""Place candidates on the calendar: a :class:`Candidate` plus the document date gives a TimeExpr.

Value conventions of :class:`ghatna.records.TimeExpr` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``):

========  ==============================  =====================================
kind      value_start                     value_end
========  ==============================  =====================================
date      the date                        last unit when several (a week)
relative  same as date (पिछले महीने)       same as date
range     first unit                      last unit
since     first unit                      None (open)
after     the unit after which            None (open)
until     None (open)                     last unit (अब तक: the document date)
before    None (open)                     the unit before which
duration  None                            None; ``duration`` holds ISO 8601 (P3D)
========  ==============================  =====================================

A value that needs the document date and has none stays None, with precision None.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ghatna.records import DocDate, TimeExpr
from ghatna.time.calendar import Interval, coarser, iso, iso_duration, month_interval, year_interval
from ghatna.time.readings import Reading, Tense, place
from ghatna.time.tagger import Candidate


def anchor_of(doc_date: DocDate | None) -> Interval | None:
    """The document date as an interval at its precision."""
    if doc_date is None:
        return None
    parts = [int(p) for p in doc_date.value.split("-")]
    if doc_date.precision == "year":
        return year_interval(parts[0])
    if doc_date.precision == "month":
        return month_interval(parts[0], parts[1])
    day = date(parts[0], parts[1], parts[2])
    return Interval(day, day, "day")


def _tense_for(c: Candidate, reading: Reading) -> Tense:
    """The clause tense picks the year of a bare day-month, except for a bound (since, until…) or
    a range: "31 मार्च तक … निर्देश दिए हैं" is an order given (past) about a deadline ahead, and
    "5 से 12 मई तक … बंद किया गया" a closing ordered (past) for a span that may run on past the
    document date; the nearest year wins."""
    if reading.form == "absolute" and c.kind in _NEAREST_YEAR:
        return "unknown"
    return c.tense


_NEAREST_YEAR = frozenset({"since", "until", "before", "after", "range"})


def to_timex(c: Candidate, text: str, anchor: Interval | None) -> TimeExpr:
    def make(start: str | None, end: str | None, precision: Interval | None, duration: str | None = None) -> TimeExpr:
        level = precision.precision if precision else None
        return TimeExpr(c.start, c.end, text[c.start : c.end], c.sentence, start, end, level, c.kind, duration)

    if c.kind == "duration":
        reading = c.readings[0]
        return make(None, None, None, iso_duration(reading.amount, reading.unit))
    placed = [place(r, anchor, _tense_for(c, r)) for r in c.readings]
    first, last = placed[0], placed[-1]
    if first is None or last is None:
        return make(None, None, None)
    if c.kind == "range":
        if c.span_days:
            end_day = first.first + timedelta(days=c.span_days - 1)
            return make(first.start_value(), iso(end_day, "day"), first, f"P{c.span_days}D")
        if first.first > last.last and c.readings[0].year is None and c.readings[0].month:
            earlier = replace(c.readings[0], year=last.first.year - (c.readings[0].month > (last.first.month)))
            first = place(earlier, anchor, c.tense) or first
        precision = coarser(first.precision, last.precision)
        span = Interval(first.first, last.last, precision)
        return make(iso(span.first, precision), iso(span.last, precision), span)
    if c.kind in {"since", "after"}:
        return make(first.start_value(), None, first)
    if c.kind == "until":
        return make(None, iso(last.last, last.precision), last)
    if c.kind == "before":
        return make(None, first.start_value(), first)
    if last is not first:  # a decade: "1970 के दशक" is 1970..1979
        return make(first.start_value(), iso(last.last, last.precision), first)
    return make(first.start_value(), first.end_value(), first)
