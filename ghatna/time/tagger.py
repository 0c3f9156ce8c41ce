"""Find the time expressions of a text: base patterns, then ranges, postpositions and tense.

The result is a list of :class:`Candidate` s — what each expression *says*, not yet placed on
the calendar (placing needs the document date; see :mod:`ghatna.time.values`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

import regex

from ghatna.records import Sentence
from ghatna.text.normalise import Folded, fold
from ghatna.time.lexicon import RIGHT, lexicon
from ghatna.time.patterns import BaseMatch, base_matches
from ghatna.time.readings import Reading, Tense
from ghatna.time.tense import clause_tense


@dataclass(frozen=True, slots=True)
class Candidate:
    """A time expression found in the text: offsets into the text, kind, readings and tense.

    ``kind`` is one of date, relative, range, since, until, before, after, duration, name_year
    (a year inside a name such as काजिइंड-2018: evidence for the document date, not a timex).
    ``span_days`` is set when a "since" date is followed by an N-day duration ("2 अक्टूबर से …
    तीन दिवसीय यात्रा"): the expression then covers N days.
    """

    start: int
    end: int
    sentence: int
    kind: str
    readings: tuple[Reading, ...]
    tense: Tense = "unknown"
    weekday: int | None = None
    span_days: int | None = None
    branch: str = ""


@cache
def _postposition() -> regex.Pattern[str]:
    lex = lexicon()
    return regex.compile(
        rf"\s*(?:(?P<before>{lex.alt('before')})|(?P<more>{lex.alt('more_than')})(?:\s+{lex.alt('since')})?"
        rf"|(?P<since>{lex.alt('since')})|(?P<until>{lex.alt('until')})|(?P<after>{lex.alt('after')})){RIGHT}"
    )


@cache
def _connector() -> regex.Pattern[str]:
    return regex.compile(rf"\s*{lexicon().alt('range_connectors')}\s*")


#: Characters of the sentence around an expression that its tense is read from (keeps long lines linear).
_CONTEXT = 300
#: How far after a "since" date an N-day duration may stand ("2 अक्टूबर से राजधानी अस्ताना की तीन दिवसीय").
_SPAN_REACH = 120
_WEEKDAY_GLUE = regex.compile(r"\s*[(,]?\s*")
_CLOSE = regex.compile(r"\s*\)")


def find_candidates(text: str, sentences: Sequence[Sentence]) -> list[Candidate]:
    """Every time expression in ``text`` (NFC), in order, with its sentence and clause tense."""
    folded = fold(text)
    merged = _with_postpositions(_merge(base_matches(folded.key), folded.key), folded.key)
    starts = [s.start for s in sentences] or [0]
    bounds = [(s.start, s.end) for s in sentences] or [(0, len(text))]
    found: list[Candidate] = []
    for m in merged:
        start, end = folded.span(m.start, m.end)
        index = max(bisect_right(starts, start) - 1, 0)
        key_end = _key_offset(folded, bounds[index][1])
        key_start = _key_offset(folded, bounds[index][0])
        key_start = max(key_start, m.start - _CONTEXT)
        key_end = min(key_end, m.end + _CONTEXT)
        tense = clause_tense(folded.key[m.end : key_end], folded.key[key_start:key_end])
        found.append(Candidate(start, end, index, m.kind, m.readings, tense, m.weekday, branch=m.branch))
    return _anchor_durations(found)


def _key_offset(folded: Folded, text_offset: int) -> int:
    return bisect_right(folded.origin, text_offset - 1)


def _merge(matches: list[BaseMatch], key: str) -> list[BaseMatch]:
    """Join "X से Y" into ranges and "शनिवार (29 सितंबर)" into one dated weekday."""
    out: list[BaseMatch] = []
    for m in matches:
        prev = out[-1] if out else None
        if prev is not None:
            between = key[prev.end : m.start]
            if prev.kind == "date" and m.kind == "date" and _connector().fullmatch(between):
                first = prev.readings[0].with_defaults(m.readings[0])
                out[-1] = replace(prev, end=m.end, kind="range", readings=(first, m.readings[0]), branch="range")
                continue
            if _year_then_month(prev, m) and not between.strip():
                month = m.readings[0]
                shifted = Reading("absolute", month=month.month, day=month.day, year_shift=prev.readings[0].amount)
                out[-1] = replace(prev, end=m.end, readings=(shifted,), branch="yearmonth")
                continue
            if prev.branch == "weekday" and m.kind == "date" and m.readings[0].day and _WEEKDAY_GLUE.fullmatch(between):
                close = _CLOSE.match(key, m.end) if "(" in between else None
                end = close.end() if close else m.end
                out[-1] = replace(m, start=prev.start, end=end, weekday=prev.weekday)
                continue
        out.append(m)
    return out


def _year_then_month(prev: BaseMatch, m: BaseMatch) -> bool:
    """"पिछले साल" + "अप्रैल": a relative year directly before a month without a year."""
    first, second = prev.readings[0], m.readings[0]
    return first.form == "unit_offset" and first.unit == "year" and second.form == "absolute" and second.year is None


def _with_postpositions(matches: list[BaseMatch], key: str) -> list[BaseMatch]:
    """Read से (since), तक (until), से पहले (before), के बाद (after) after each expression."""
    out: list[BaseMatch] = []
    for m in matches:
        hit = _postposition().match(key, m.end)
        if hit is None or m.kind in {"name_year", "until"}:
            out.append(m)
            continue
        which = next(name for name in ("before", "more", "since", "until", "after") if hit.group(name) is not None)
        if m.kind == "duration":
            out.append(replace(m, end=hit.end()))
        elif m.kind == "range":
            out.append(replace(m, end=hit.end()) if which == "until" else m)
        elif which != "more":
            out.append(replace(m, end=hit.end(), kind=which))
        else:
            out.append(m)
    return out


def _anchor_durations(found: list[Candidate]) -> list[Candidate]:
    """A day-precise "since" date followed in its sentence by an N-day duration spans N days."""
    out = list(found)
    for i, c in enumerate(out):
        if c.kind != "since" or c.readings[0].form != "absolute" or c.readings[0].day is None:
            continue
        for j in range(i + 1, len(out)):
            later = out[j]
            if later.sentence != c.sentence or later.start - c.end > _SPAN_REACH:
                break
            reading = later.readings[0]
            if later.kind == "duration" and reading.unit == "day" and reading.amount > 0:
                out[i] = replace(c, kind="range", span_days=reading.amount)
                break
    return out
