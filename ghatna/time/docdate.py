"""Infer the document date from the text when the metadata gives none.

A text names many times; only some of them are its *now*. Evidence, strongest first:

1. explicit full dates (day, month, year) in past or present clauses: the latest one. News dates
   the events it reports to the day. Only a date that is the time of its clause counts: not a
   bound or a range ("31 मार्च 2020 तक"), a point counted from ("… के हमले के बाद"), nor the date
   of a noun ("13 दिसंबर 2001 को संसद पर हुए हमले में"), which recall what came before;
2. otherwise a *year* (a month-year "जनवरी 2017", a year after a year word "वर्ष 2018", a year
   with a case ending "2018 में", a year in a name "काजिइंड-2018"), but only where the text
   shows it is recent:

   - the year is the time of a present-tense clause ("वर्ष 2018 में … हो रहे हैं"), not a point
     the clause counts from ("X में … के बाद से … है") nor the time of a clause that an embedded
     present one interrupts ("X में वह गांव जो अब … है, तब …");
   - a future clause of the text lies in that year or the next ("फरवरी 2019 में … आयोजित किए
     जाने वाले"): the text looks ahead from near that year;
   - a relative year stands next to it ("पिछले साल 2017 में": now is 2018).

   A year in a past clause with none of these stays out: history is told in the past tense
   ("वर्ष 1962 में युद्ध हुआ"), and so is much of the background of a story. Within the year
   chosen, the first day-month without a year in a past/present clause gives the day ("2 अक्टूबर
   से … यात्रा पर हैं"; an ongoing N-day span gives its middle day), else such a month;
3. future clauses only bound the date from above.

Whatever the evidence, a date is never taken from a clause that the text marks as history: one
in the past perfect ("… हुआ था", background before the story's own past), or one two years or
more before another year the text names. Without such evidence the article stays undated: a weekday and a
day-month alone do not fix a year honestly, and no date is better than a wrong one.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise

import regex

from ghatna.records import DocDate
from ghatna.time.calendar import Interval, year_interval
from ghatna.time.readings import Reading, place
from ghatna.time.tagger import Candidate
from ghatna.time.tense import is_noun_modifier, is_past_perfect, is_present_time, is_reference_point, words_after

_NAME_BEFORE = regex.compile(r"[\p{L}\p{M}]+-$")
_STRONG_YEAR_BRANCHES = frozenset({"nameyear", "yearword", "my", "dmy", "mdy", "iso", "numeric", "range_days", "range"})
#: A relative year and the year it names stand together: "पिछले साल (2017) में".
_ADJACENT = regex.compile(r"[\s(),]*")
#: A year this many years before another named year is history, whatever its tense.
_HISTORY_GAP = 2


def infer_doc_date(candidates: list[Candidate], text: str) -> DocDate | None:
    """The document date the text supports, with a one-line basis, or None."""
    latest = max((y for c in candidates if (y := _year(c)) is not None), default=None)
    past = [c for c in candidates if c.tense != "future" and c.kind != "duration" and not _history(c, text, latest)]
    bound = _future_bound(candidates, text)
    full = [(_explicit(c), c) for c in past if _full_date(c.readings[0]) and _is_now(c, text)]
    dated = [(when, c) for when, c in full if when is not None and (bound is None or when.first < bound[0])]
    if dated:
        when, c = max(dated, key=lambda pair: pair[0].first)
        reason = f"latest past/present date {_quote(text, c)}"
        return DocDate(when.first.isoformat(), "day", True, _basis(reason, bound))
    evidence = list(_recent_years(candidates, past, text))
    if not evidence:
        return None
    year, basis = max(evidence, key=lambda found: found[0])
    if any(_strong_year(c) > year for c in past):
        return None  # a past clause names a later year: the evidence contradicts itself
    return _within_year(year, basis, past, text, bound)


def _recent_years(candidates: list[Candidate], past: list[Candidate], text: str) -> Iterator[tuple[int, str]]:
    """Years the text shows to be now or just before now, each with the reason."""
    ahead = [(when.first.year, c) for c in candidates if c.tense == "future" and (when := _explicit(c)) is not None]
    for c in past:
        year = _strong_year(c)
        if not year or c.kind not in {"date", "name_year"}:
            continue
        if is_present_time(_clause(text, c)):
            yield year, f"year {year} from {_quote(text, c)} (present tense)"
            continue
        looking_ahead = next((f for f in ahead if f[0] - 1 <= year <= f[0]), None)
        if looking_ahead is not None:
            reason = f"the text looks ahead to {_quote(text, looking_ahead[1])}"
            yield year, f"year {year} from {_quote(text, c)} ({reason})"
    for first, second in pairwise(candidates):
        reading, named = first.readings[0], second.readings[0]
        if reading.form != "unit_offset" or reading.unit != "year" or named.year is None or named.month is not None:
            continue
        if _ADJACENT.fullmatch(text, first.end, second.start):
            year = named.year - reading.amount
            yield year, f"year {year} from {_quote(text, first)} {_quote(text, second)}"


def _within_year(year: int, basis: str, past: list[Candidate], text: str, bound: tuple[date, str] | None) -> DocDate:
    """The day or month of the year chosen, from a day-month or month without a year."""
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


def _history(c: Candidate, text: str, latest: int | None) -> bool:
    """The text marks the expression as history: long before another year, or in the past perfect."""
    year = _year(c)
    if year is None:
        return False
    if latest is not None and year <= latest - _HISTORY_GAP:
        return True
    return is_past_perfect(_clause(text, c))


def _full_date(reading: Reading) -> bool:
    return reading.day is not None and reading.year is not None


def _is_now(c: Candidate, text: str) -> bool:
    """A full date that can be the report's now: the time of its clause, not a bound or a range
    ("31 मार्च 2020 तक", "15 जनवरी से"), the point a clause counts from ("… के हमले के बाद"), nor
    the date of a noun ("13 दिसंबर 2001 को संसद पर हुए हमले में")."""
    if c.kind != "date":
        return False
    words = _clause(text, c)
    return not is_reference_point(words) and not is_noun_modifier(words)


def _clause(text: str, c: Candidate) -> list[str]:
    return words_after(text, c.end)


def _year(c: Candidate) -> int | None:
    reading = c.readings[0]
    return reading.year if reading.form == "absolute" else None


def _strong_year(c: Candidate) -> int:
    """The year a year-bearing expression names (a bare number is too often part of a name: 0)."""
    return (_year(c) or 0) if c.branch in _STRONG_YEAR_BRANCHES else 0


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
