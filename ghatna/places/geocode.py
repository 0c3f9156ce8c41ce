"""The geocoder: a Hindi place mention in its article -> a GeoNames place, a score and a reason, or NIL.

Candidates come from the Hindi name keys of the place table, else (a name no Hindi list has) from
the consonant skeleton of its letters against English names. Each candidate is scored by:
- its size (log population; countries and divisions by kind);
- the article's countries (the dateline's, and those its places and actors name);
- a kind word next to the mention (जिले, राज्य, प्रांत, देश: ``places/cues``);
- the other places of the sentence (same country, same division);
- for a name that is both a division and its city (दिल्ली, चंडीगढ़), the city, unless a word says "state".
The best candidate wins unless it is weak or another is as good: then NIL.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import itemgetter
from typing import NamedTuple

from ghatna.actors.words import loose_key
from ghatna.lang import load
from ghatna.places.build import hindi_key
from ghatna.places.gazetteer import SHORT_SKELETON, GeoEntry, place_table
from ghatna.places.short_names import short_candidates, spelt_alike
from ghatna.places.skeleton import hindi_skeleton, spelling_likeness

_KIND_PRIOR = {"PCLI": 1.0, "ADM1": 0.75, "CONT": 0.8}
_CONTEXT_COUNTRY = 0.45  # a country the article names
_MAIN_COUNTRY = 0.25  # ... and the one it names most, or its dateline's
_HOME_COUNTRY = 0.25  # the language's home country (Indian news names Indian towns unqualified)
_KIND_WORD = 0.6  # a kind word that fits the candidate (and minus as much when it does not)
_NEIGHBOUR_COUNTRY = 0.25
_NEIGHBOUR_DIVISION = 0.35
_CITY_OF_DIVISION = 0.3
_ROMANISED = -0.35  # a match by letters only is weaker than a Hindi name
_SAME_DIVISION = 0.3  # a town in a division that other places of the article are in
_CURATED = 0.4  # a hand-made list gives the place this name (not only an alternate name of GeoNames)
_MIN_SCORE = 0.75  # below this raw score: NIL
_MIN_MARGIN = 0.08  # two candidates of different places this close: NIL
_SHORT_SKELETON = 4  # below this, a letter match needs a kind word (सतना जिले) or a named division and a like spelling
_LIKE_ENOUGH = 0.7  # a romanised match whose spelling is less alike than this loses points
_POINTS = itemgetter(0)
_KIND_NAME = {"PCLI": "a country", "ADM1": "a division", "CONT": "a continent"}


@dataclass(frozen=True, slots=True)
class KindCues:
    after: dict[str, frozenset[str]]  # word key -> the feature codes it points to
    before: dict[str, frozenset[str]]
    name_after: frozenset[str]  # word keys that make the place part of another name (… टाइम्स)
    name_before: frozenset[str]


@cache
def kind_cues() -> KindCues:
    after: dict[str, frozenset[str]] = {}
    before: dict[str, frozenset[str]] = {}
    cues = load("places/cues")
    for kind in cues["kinds"]:
        features = frozenset(kind["features"])
        after.update((loose_key(w), features) for w in kind["after"])
        before.update((loose_key(w), features) for w in kind["before"])
    names = cues.get("names", {"after": [], "before": []})
    name_after, name_before = (frozenset(map(loose_key, names[side])) for side in ("after", "before"))
    return KindCues(after, before, name_after, name_before)


@cache
def _home_country() -> str:
    home: str = load("actors/cues")["home_country"]
    return home


@dataclass(frozen=True, slots=True)
class Query:
    """One mention: its text, its sentence, and the words right before and after it."""

    name_hi: str
    sentence: int
    word_before: str = ""
    word_after: str = ""


@dataclass(frozen=True, slots=True)
class Context:
    """What the article says about where it is: the countries it names (with counts) and its dateline."""

    countries: Counter[str] = field(default_factory=Counter)
    dateline: GeoEntry | None = None
    # first-level divisions the article places things in: (country, admin1) -> the names that say so
    divisions: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    main: str | None = field(init=False, default=None)  # the dateline's country, else the most named
    states_named: frozenset[str] = field(init=False, default=frozenset())  # countries of a division named

    def __post_init__(self) -> None:
        main = self.dateline.country if self.dateline is not None else None
        if main is None and self.countries:
            main = self.countries.most_common(1)[0][0]
        object.__setattr__(self, "main", main)
        states = {c for (c, _), names in self.divisions.items() if any(map(_names_a_division, names))}
        object.__setattr__(self, "states_named", frozenset(states))


def _names_a_division(name_hi: str) -> bool:
    return any(e.feature == "ADM1" for e in candidates(name_hi).entries)


@dataclass(frozen=True, slots=True)
class Choice:
    entry: GeoEntry | None  # None: NIL
    score: float  # 0-1
    reason: str


@dataclass(frozen=True, slots=True)
class Candidates:
    name_hi: str
    entries: tuple[GeoEntry, ...]
    curated: frozenset[int]  # rows a hand-made list names so
    romanised: bool  # found by the letters of the name, no Hindi list has it
    short: bool = False  # found by a skeleton of few letters: weak without a kind word
    tiny: bool = False  # found by a skeleton too short to say much: only its named division can
    rows: frozenset[int] = field(init=False, default=frozenset())

    def __post_init__(self) -> None:
        object.__setattr__(self, "rows", frozenset(e.row for e in self.entries))


@lru_cache(maxsize=1 << 14)
def candidates(name_hi: str) -> Candidates:
    """The places a name may be."""
    table = place_table()
    found = table.hindi(hindi_key(name_hi))
    if found:
        curated = frozenset(e.row for e, hand in found if hand)
        return Candidates(name_hi, tuple(e for e, _ in found), curated, romanised=False)
    skeleton = hindi_skeleton(name_hi)
    if len(skeleton) < SHORT_SKELETON:
        alike = short_candidates(name_hi, skeleton)
        return Candidates(name_hi, alike, frozenset(), romanised=True, short=True, tiny=True)
    short = len(skeleton) < _SHORT_SKELETON
    return Candidates(name_hi, tuple(table.romanised(skeleton)), frozenset(), romanised=True, short=short)


class _Facts(NamedTuple):
    """What the article says about one candidate: all of the context its score depends on (a
    tuple: it is part of a cache key)."""

    named_country: bool  # the article names its country
    main_country: bool  # ... as its main country
    named_division: bool  # other places of the article are in its division


def choose(query: Query, context: Context, neighbours: Sequence[GeoEntry] = ()) -> Choice:
    """The place ``query`` names, or NIL, with a score and a one-line reason."""
    if part_of_name(query):
        return Choice(None, 0.0, f"{query.name_hi}: part of a name ({query.word_before} … {query.word_after})")
    cands = candidates(query.name_hi)
    if not cands.entries:
        return Choice(None, 0.0, f"{query.name_hi}: not in the gazetteer")
    facts = tuple((i, f) for i, entry in enumerate(cands.entries) if any(f := _facts(entry, query.name_hi, context)))
    return _decide(query.name_hi, kind_word(query), tuple(n.row for n in neighbours), facts, context.states_named)


def _facts(entry: GeoEntry, name_hi: str, context: Context) -> _Facts:
    named = bool(entry.country) and entry.country in context.countries
    return _Facts(named, named and entry.country == context.main, _in_named_division(entry, name_hi, context))


_NO_FACTS = _Facts(False, False, False)


@lru_cache(maxsize=1 << 14)
def _decide(
    name_hi: str,
    kinds: frozenset[str] | None,
    rows: tuple[int, ...],
    known: tuple[tuple[int, _Facts], ...],
    divided: frozenset[str] = frozenset(),
) -> Choice:
    """``choose`` for a name whose candidates have these facts (``known``: the candidates the
    article says something about, by position; a name spelt by letters has hundreds, mostly
    unmentioned): articles that say the same about a name's candidates get the same answer, so an
    ingest decides each case once. ``divided``: the countries one of whose divisions the article
    names (हिमाचल): a letter match with a kind word in another division there is a namesake."""
    cands = candidates(name_hi)
    facts = [_NO_FACTS] * len(cands.entries)
    for i, fact in known:
        facts[i] = fact
    table = place_table()
    neighbours = tuple(table.entry(row) for row in rows)
    scored = sorted(
        ((_score(c, cands, kinds, f, neighbours), c, f) for c, f in zip(cands.entries, facts, strict=True)),
        key=lambda scored: (-scored[0], -scored[1].population),
    )
    best, entry, fact = scored[0]
    how = "letters" if cands.romanised else "Hindi name"
    fits_kind = kinds is not None and entry.feature in kinds
    in_division = fact.named_division and (not cands.short or spelt_alike(name_hi, entry))
    by_kind = fits_kind and not cands.tiny and spelt_alike(name_hi, entry) and entry.country not in divided
    supported = in_division or by_kind
    if cands.romanised and not supported:
        why = f"by letters only {_label(entry)}, in no division the article names"
        return Choice(None, 0.0, f"{name_hi}: {why}")
    why = ", ".join(_reasons(entry, cands, kinds, fact, neighbours))
    if best < _MIN_SCORE:
        return Choice(None, _squash(best), f"{name_hi}: unsure ({how}; best {_label(entry)}: {why})")
    rival = next((pair for pair in scored[1:] if not _same_place(pair[1], entry)), None)
    if rival is not None and best - rival[0] < _MIN_MARGIN:
        return Choice(None, _squash(best - rival[0]), f"{name_hi}: {_label(entry)} or {_label(rival[1])}")
    others = f"; {len(cands.entries) - 1} other candidates" if len(cands.entries) > 1 else ""
    return Choice(entry, _squash(best), f"{name_hi} -> {_label(entry)} by {how}: {why}{others}")


def _score(
    entry: GeoEntry, cands: Candidates, kinds: frozenset[str] | None, facts: _Facts, neighbours: Sequence[GeoEntry]
) -> float:
    total: float = sum(map(_POINTS, _evidence(entry, cands, kinds, facts, neighbours, explain=False)))
    return total


def _in_named_division(entry: GeoEntry, name_hi: str, context: Context) -> bool:
    """Whether the article places other things (not this name) in the town's division."""
    if entry.feature != "PPL" or not entry.country or not entry.admin1:
        return False
    names = context.divisions.get((entry.country, entry.admin1))
    return names is not None and bool(names - {name_hi})


def _reasons(
    entry: GeoEntry, cands: Candidates, kinds: frozenset[str] | None, facts: _Facts, neighbours: Sequence[GeoEntry]
) -> list[str]:
    return [why for points, why in _evidence(entry, cands, kinds, facts, neighbours) if points > 0]


def _evidence(
    entry: GeoEntry,
    cands: Candidates,
    kinds: frozenset[str] | None,
    facts: _Facts,
    neighbours: Sequence[GeoEntry],
    explain: bool = True,
) -> list[tuple[float, str]]:
    """What speaks for (positive points) and against a candidate, each with its reason (written
    only when ``explain``: scoring every candidate needs the points alone)."""
    if entry.feature == "PPL":
        out = [(entry.weight / 10, f"population {entry.population:,}" if explain else "")]
    else:
        out = [(_KIND_PRIOR.get(entry.feature, 0.5), _KIND_NAME.get(entry.feature, "a region"))]
    if cands.romanised:
        likeness = spelling_likeness(cands.name_hi, entry.name_en)
        out.append((_ROMANISED + likeness - _LIKE_ENOUGH, f"letters {likeness:.2f} alike" if explain else ""))
    if entry.row in cands.curated:
        out.append((_CURATED, "a listed name"))
    if facts.named_country:
        points = _CONTEXT_COUNTRY + (_MAIN_COUNTRY if facts.main_country else 0.0)
        out.append((points, f"the article names {entry.country}" if explain else ""))
    elif entry.country and entry.country == _home_country():
        out.append((_HOME_COUNTRY, f"home country {entry.country}" if explain else ""))
    if kinds is not None:
        out.append((_KIND_WORD, "its kind word") if entry.feature in kinds else (-_KIND_WORD, "not its kind word"))
    if facts.named_division:
        named = place_table().division(entry)
        where = named.name_en if named else entry.admin1
        out.append((_SAME_DIVISION, f"in {where}, as other places" if explain else ""))
    if entry.feature == "PPL" and (kinds is None or "PPL" in kinds):
        division = place_table().division(entry)
        if division is not None and division.row in cands.rows:
            out.append((_CITY_OF_DIVISION, f"the city of {division.name_en}" if explain else ""))
    for other in neighbours:
        if other.row == entry.row or not other.country or other.country != entry.country:
            continue
        if other.admin1 and other.admin1 == entry.admin1 and other.feature != "PCLI":
            out.append((_NEIGHBOUR_COUNTRY + _NEIGHBOUR_DIVISION, f"next to {other.name_en}" if explain else ""))
        else:
            out.append((_NEIGHBOUR_COUNTRY, f"with {other.name_en} in the sentence" if explain else ""))
        break
    return out


def kind_word(query: Query) -> frozenset[str] | None:
    """The feature codes a kind word next to the mention points to (जिले -> a town), if any."""
    return _kind_of(query.word_before, query.word_after)


@lru_cache(maxsize=1 << 14)
def _kind_of(before: str, after: str) -> frozenset[str] | None:
    cues = kind_cues()
    return cues.after.get(loose_key(after)) or cues.before.get(loose_key(before))


def part_of_name(query: Query) -> bool:
    """Whether a word beside the mention makes it part of another name (न्यूयॉर्क टाइम्स)."""
    return _part_of_name(query.word_before, query.word_after)


@lru_cache(maxsize=1 << 14)
def _part_of_name(before: str, after: str) -> bool:
    cues = kind_cues()
    return loose_key(after) in cues.name_after or loose_key(before) in cues.name_before


def _same_place(a: GeoEntry, b: GeoEntry) -> bool:
    """Two rows for one place (a city and the division of the same name are not the same)."""
    return a.geonames_id is not None and a.geonames_id == b.geonames_id


def _label(entry: GeoEntry) -> str:
    return f"{entry.name_en} ({entry.feature}, {entry.country or '-'})"


def _squash(raw: float) -> float:
    return round(1 / (1 + math.exp(-4 * (raw - _MIN_SCORE))), 3)
