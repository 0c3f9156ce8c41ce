"""Infer the document date from the text when the metadata gives none.

Evidence, strongest first:

1. explicit full dates (day, month, year) in past or present clauses: the latest one;
2. otherwise a *year*: the latest explicit year of a past/present clause — a month-year ("जनवरी
   2017"), a year after a year word ("वर्ष 2018") or a year in a name ("काजिइंड-2018"). Bare numbers
   that look like years are not used: they are too often part of a name ("एयरो इंडिया 2019");
   then, within that year, the first day-month without a year in a past/present clause ("2 अक्टूबर
   से … यात्रा पर हैं"; an ongoing N-day span gives its middle day), else such a month, else the year;
3. future clauses ("फरवरी 2019 में … आयोजित किए जाने वाले") only bound the date from above.

Without a year in the text nothing is inferred: a weekday and a day-month alone do not fix a
year honestly.
"""

from __future__ import annotations

from datetime import date, timedelta

import regex

from ghatna.records import DocDate
from ghatna.time.calendar import Interval, year_interval
from ghatna.time.readings import place
from ghatna.time.tagger import Candidate

_NAME_BEFORE = regex.compile(r"[\p{L}\p{M}]+-$")
_STRONG_YEAR_BRANCHES = frozenset({"nameyear", "yearword", "my", "dmy", "mdy", "iso", "numeric", "range_days", "range"})


def infer_doc_date(candidates: list[Candidate], text: str) -> DocDate | None:
    """The document date the text supports, with a one-line basis, or None."""
    past = [c for c in candidates if c.tense != "future" and c.kind != "duration"]
    bound = _future_bound(candidates, text)
    full = [(_explicit(c), c) for c in past if c.readings[0].day is not None and c.readings[0].year is not None]
    dated = [(when, c) for when, c in full if when is not None and (bound is None or when.first < bound[0])]
    if dated:
        when, c = max(dated, key=lambda pair: pair[0].first)
        reason = f"latest past/present date {_quote(text, c)}"
        return DocDate(when.first.isoformat(), "day", True, _basis(reason, bound))
    years = [(c.readings[0].year, c) for c in past if c.branch in _STRONG_YEAR_BRANCHES and c.readings[0].year]
    if not years:
        return None
    year, source = max(years, key=lambda pair: pair[0] or 0)
    assert year is not None
    basis = f"year {year} from {_quote(text, source)} (latest past/present year)"
    anchor = year_interval(year)
    for c in past:
        reading = c.readings[0]
        if reading.form != "absolute" or reading.year is not None or reading.year_shift is not None or not reading.day:
            continue
        placed = place(reading, anchor, c.tense)
        if placed is None:
            continue
        day, how = placed.first, f"{c.tense} tense"
        if c.span_days and c.tense == "present":
            day, how = day + timedelta(days=(c.span_days - 1) // 2), f"present tense, ongoing {c.span_days}-day span"
        return DocDate(day.isoformat(), "day", True, _basis(f"{basis}; day from {_quote(text, c)} ({how})", bound))
    for c in past:
        reading = c.readings[0]
        if reading.form == "absolute" and reading.year is None and reading.year_shift is None and reading.month:
            value = f"{year:04d}-{reading.month:02d}"
            return DocDate(value, "month", True, _basis(f"{basis}; month from {_quote(text, c)}", bound))
    return DocDate(f"{year:04d}", "year", True, _basis(basis, bound))


def _explicit(c: Candidate) -> Interval | None:
    return place(c.readings[0], None, c.tense)


def _future_bound(candidates: list[Candidate], text: str) -> tuple[date, str] | None:
    ahead = [(when.first, c) for c in candidates if c.tense == "future" and (when := _explicit(c)) is not None]
    if not ahead:
        return None
    first, c = min(ahead, key=lambda pair: pair[0])
    return first, _quote(text, c)


def _basis(reason: str, bound: tuple[date, str] | None) -> str:
    return reason if bound is None else f"{reason}; before {bound[1]} (future)"


def _quote(text: str, c: Candidate) -> str:
    start = c.start
    if c.branch == "nameyear":  # show the whole name: काजिइंड-2018
        found = _NAME_BEFORE.search(text, 0, c.start)
        start = found.start() if found else start
    return f"'{text[start : c.end]}'"
