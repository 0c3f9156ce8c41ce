"""The base patterns of the tagger, built from the data files, and their readings.

Patterns run over the folded matching key of the text (:func:`ghatna.text.normalise.fold`); each
alternative is a named branch, and branch-local groups reuse names (``d``, ``m``, ``y``…).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from ghatna.time.lexicon import LEFT, RIGHT, Lexicon, alternation, key, lexicon
from ghatna.time.readings import Reading

_YEAR = r"(?P<y>\d{4})(?!\d)"
_DANDA = "\N{DEVANAGARI DANDA}"
_MIN_YEAR, _MAX_YEAR = 1800, 2099


@dataclass(frozen=True, slots=True)
class BaseMatch:
    """One pattern hit in key coordinates: its branch, readings, and kind before postpositions."""

    start: int
    end: int
    branch: str
    kind: str
    readings: tuple[Reading, ...]
    weekday: int | None = None


@cache
def base_pattern() -> tuple[regex.Pattern[str], tuple[str, ...]]:
    """The compiled alternation and the names of its branches, in order."""
    lex = lexicon()
    month = alternation(k for k in lex.months)
    weekday = alternation(k for k in lex.weekdays)
    number = r"(?:\d{1,3}|" + alternation(k for k in lex.numbers) + ")"
    day = r"(?:\d{1,2}|" + alternation(k for k, v in lex.numbers.items() if v <= 31) + ")"
    month_unit = alternation(k for k, v in lex.units.items() if v == "month")
    unit = alternation(k for k in lex.units)
    modifier = alternation(k for k in lex.modifiers)
    dayword = alternation(k for k in lex.day_words)
    part = rf"(?:\s+{lex.alt('day_parts')}{RIGHT})?"
    connector = lex.alt("range_connectors")
    branches = {
        "range_days": (
            rf"(?P<d1>{day})\s*{connector}\s*(?P<d>{day})\s*(?P<m>{month}){RIGHT}(?:\s*,?\s*{_YEAR})?"
        ),
        "iso": r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)",
        "numeric": r"(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})(?!\d)",
        "dmy": rf"(?P<d>{day})(?:st|nd|rd|th)?\s*-?\s*(?P<m>{month}){RIGHT}(?:\s*,?\s*{_YEAR})?{part}",
        "mdy": rf"(?P<m>{month})\s+(?P<d>\d{{1,2}})(?!\d)(?:\s*,\s*|\s+){_YEAR}",
        "my": rf"(?P<m>{month}){RIGHT}\s*,?\s*{_YEAR}",
        "wdmod": rf"(?P<mod>{modifier})\s+(?P<w>{weekday}){RIGHT}{part}",
        "weekday": rf"(?P<w>{weekday}){RIGHT}{part}",
        "relunit": rf"(?P<mod>{modifier})\s+(?:(?P<n>{number})\s+)?(?P<u>{unit}){RIGHT}",
        "ago": rf"(?P<n>{number})\s+(?P<u>{unit})\s+(?P<dir>{lex.alt('ago')}|{lex.alt('later')}){RIGHT}",
        "duradj": rf"(?P<n>{number})\s*-?\s*(?P<a>{alternation(lex.duration_adjectives)}){RIGHT}",
        "dur": rf"(?P<n>{number})\s+(?P<u>{unit}){RIGHT}",
        "nowuntil": rf"{lex.alt('now_words')}\s+{lex.alt('until')}{RIGHT}",
        "decade": rf"{_YEAR}\s+{lex.alt('decades')}{RIGHT}",
        "yearrange": r"(?P<y>\d{4})\s*[-–]\s*(?P<y2>\d{4}|\d{2})(?!\d)",
        "yearword": rf"{lex.alt('year_words')}\s+{_YEAR}",
        "year": rf"{_YEAR}(?!\s*{lex.alt('more_than')})(?=\s*(?:{lex.alt('year_followers')}{RIGHT}|[,{_DANDA})]|$))",
        "month": rf"(?P<m>{month}){RIGHT}(?:\s+{month_unit}{RIGHT})?",
        "dayword": rf"(?P<dw>{dayword}){RIGHT}{part}",
    }
    alternatives = [rf"(?<=[\p{{L}}\p{{M}}]-)(?P<nameyear>{_YEAR})"]
    alternatives += [rf"{LEFT}(?P<{name}>{body})" for name, body in branches.items()]
    # every alternative starts at a word start (after "-" too): tested once, the branches are tried only there
    pattern = rf"{LEFT}(?:{'|'.join(alternatives)})"
    return regex.compile(pattern, regex.IGNORECASE), ("nameyear", *branches)


def base_matches(folded: str) -> list[BaseMatch]:
    """Every base pattern hit in a folded text, left to right, without overlaps."""
    lex = lexicon()
    found: list[BaseMatch] = []
    pattern, branches = base_pattern()
    for hit in pattern.finditer(folded):
        branch = next((name for name in branches if hit.group(name) is not None), None)
        if branch is None:
            continue
        made = _reading(branch, hit, lex)
        if made is not None:
            kind, readings, weekday = made
            found.append(BaseMatch(hit.start(), hit.end(), branch, kind, readings, weekday))
    return found


Made = tuple[str, tuple[Reading, ...], int | None]


@cache
def _vague_plurals() -> frozenset[str]:
    return frozenset(key(form) for form in lexicon().forms("vague_plural_units"))


def _reading(branch: str, hit: regex.Match[str], lex: Lexicon) -> Made | None:
    groups = hit.groupdict()

    def num(name: str) -> int | None:
        text = groups.get(name)
        return lex.number(text) if text else None

    year = num("y")
    if year is not None and not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    if branch == "nameyear":
        return ("name_year", (Reading("absolute", year),), None)
    month = lex.months.get(key(groups["m"])) if groups.get("m") and not groups["m"].isdecimal() else num("m")
    if branch == "decade" and year is not None:
        return ("date", (Reading("absolute", year), Reading("absolute", year + 9)), None)
    if branch in {"dmy", "mdy", "my", "iso", "numeric", "month", "yearword", "year"}:
        return ("date", (Reading("absolute", year, month, num("d")),), None)
    if branch == "range_days":
        first, last = Reading("absolute", year, month, num("d1")), Reading("absolute", year, month, num("d"))
        return ("range", (first, last), None)
    if branch == "yearrange":
        end_year = num("y2") or 0
        end_year = end_year if end_year >= 100 else (year or 0) // 100 * 100 + end_year
        if year is None or end_year <= year:
            return None
        return ("range", (Reading("absolute", year), Reading("absolute", end_year)), None)
    direction = {"previous": -1, "next": 1, "this": 0}.get(lex.modifiers.get(key(groups.get("mod") or ""), ""), 0)
    if branch in {"weekday", "wdmod"}:
        weekday = lex.weekdays[key(groups["w"])]
        return ("relative", (Reading("weekday", weekday=weekday, amount=direction),), weekday)
    unit = lex.units.get(key(groups.get("u") or ""), "day")
    amount = num("n")
    if branch == "relunit":
        if amount is None and key(groups["u"]) in _vague_plurals():
            return None  # "पिछले दिनों": lately, no unit to count
        if amount is not None:
            return ("duration", (Reading("duration", unit=unit, amount=amount),), None)
        return ("relative", (Reading("unit_offset", unit=unit, amount=direction),), None)
    if branch == "ago" and amount is not None:
        sign = -1 if key(groups["dir"]) in {key(f) for f in lex.forms("ago")} else 1
        return ("relative", (Reading("unit_offset", unit=unit, amount=sign * amount),), None)
    if branch == "duradj" and amount is not None:
        unit = lex.duration_adjectives[key(groups["a"])]
        return ("duration", (Reading("duration", unit=unit, amount=amount),), None)
    if branch == "dur" and amount is not None:
        return ("duration", (Reading("duration", unit=unit, amount=amount),), None)
    if branch == "nowuntil":
        return ("until", (Reading("now"),), None)
    if branch == "dayword":
        offsets = lex.day_words[key(groups["dw"])]
        return ("relative", (Reading("day_offset", by_tense=tuple(sorted(offsets.items()))),), None)
    return None
