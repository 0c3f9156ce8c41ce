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

import bisect
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

from ghatna.lang import load
from ghatna.places.build import hindi_key
from ghatna.places.cues import Query, kind_word, part_of_name
from ghatna.places.gazetteer import SHORT_SKELETON, GeoEntry, place_table
from ghatna.places.short_names import short_candidates, spelt_alike
from ghatna.places.skeleton import english_letters_of, hindi_letters, hindi_skeleton, spelling_likeness

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
# a home town this large (census class III and up: a tehsil or district seat) spelt alike is taken
# by its letters in a story about home even when no state is named (नरसिंहपुर, छिंदवाड़ा)
_HOME_TOWN = 20_000
_KIND_NAME = {"PCLI": "a country", "ADM1": "a division", "CONT": "a continent"}


@cache
def _home_country() -> str:
    home: str = load("actors/cues")["home_country"]
    return home


@dataclass(frozen=True, slots=True)
class Context:
    """What the article says about where it is: the countries it names (with counts) and its dateline."""

    countries: Counter[str] = field(default_factory=Counter)
    dateline: GeoEntry | None = None
    # first-level divisions the article places things in: (country, admin1) -> the names that say so
    divisions: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    main: str | None = field(init=False, default=None)  # the dateline's country, else the most named
    states_named: frozenset[str] = field(init=False, default=frozenset())  # countries of a division named
    # name -> what the article says about its candidates (``_known_facts``), filled as names are asked
    known: dict[str, _Known] = field(init=False, default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        main = self.dateline.country if self.dateline is not None else None
        if main is None and self.countries:
            main = max(self.countries, key=self.countries.__getitem__)  # the first, on a tie, as most_common
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
    countries: frozenset[str | None] = field(init=False, default=frozenset())
    # each entry's points that no article changes (``_Fixed``), in the order of ``entries``
    fixed: tuple[_Fixed, ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "rows", frozenset(e.row for e in self.entries))
        object.__setattr__(self, "countries", frozenset(e.country for e in self.entries))
        object.__setattr__(self, "fixed", _fixed(self))


class _Fixed(NamedTuple):
    """What ``_score`` adds for an entry of a name whatever the article says: its prior (with the
    hand-made list's points), whether it is in the home country, and whether it is the city of a
    division the name also names (points only when no kind word rules out a town); for a letter
    match, the prior with the most its spelling could add (``_likeness_ceiling``)."""

    prior: float
    home: bool
    city_of_division: bool
    ceiling: float


def _fixed(cands: Candidates) -> tuple[_Fixed, ...]:
    table, home = place_table(), _home_country()
    size = len(hindi_letters(cands.name_hi)) if cands.romanised else 0
    # a letter match's names folded in one pass: their lengths bound how alike they can be
    spelt = english_letters_of([e.name_en for e in cands.entries]) if cands.romanised else []
    # a town is the city of a division the name also names only when the name names a division
    divisions = any(e.feature == "ADM1" for e in cands.entries)
    curated, romanised = cands.curated, cands.romanised
    out = []
    for n, entry in enumerate(cands.entries):
        feature = entry.feature
        prior = entry.weight / 10 if feature == "PPL" else _KIND_PRIOR.get(feature, 0.5)
        if curated and entry.row in curated:  # a letter match has no hand-made name: the sum's order is kept
            prior += _CURATED
        division = table.division(entry) if divisions and feature == "PPL" else None
        city_of_division = division is not None and division.row in cands.rows
        ceiling = _spelt(prior, _likeness_ceiling(size, len(spelt[n]))) if romanised else prior
        out.append(_Fixed(prior, bool(entry.country) and entry.country == home, city_of_division, ceiling))
    return tuple(out)


def _spelt(prior: float, likeness: float) -> float:
    """A letter match's prior with the points of its spelling."""
    return prior + (_ROMANISED + likeness - _LIKE_ENOUGH)


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
    assumed: bool = False  # its country is named only as the home of a story that names none


def choose(query: Query, context: Context, neighbours: Sequence[GeoEntry] = ()) -> Choice:
    """The place ``query`` names, or NIL, with a score and a one-line reason."""
    if part_of_name(query):
        return Choice(None, 0.0, f"{query.name_hi}: part of a name ({query.word_before} … {query.word_after})")
    cands = candidates(query.name_hi)
    if not cands.entries:
        return Choice(None, 0.0, f"{query.name_hi}: not in the gazetteer")
    facts = context.known.get(query.name_hi)
    if facts is None:
        facts = context.known[query.name_hi] = _known_facts(cands, context)
    rows = tuple([n.row for n in neighbours if n.country and n.country in cands.countries])  # others never count
    kinds = kind_word(query)
    # only a letter match with a kind word asks which countries' divisions the article names
    divided = context.states_named if cands.romanised and kinds is not None else frozenset()
    home_story = cands.romanised and context.main in (None, _home_country())
    return _decide(query.name_hi, kinds, rows, facts, divided, home_story)


def _known_facts(cands: Candidates, context: Context) -> _Known:
    """The candidates the article says something about, by position, with what it says."""
    known = []
    # a story that names no country (local news) is about the home country, as if it named it; only
    # for a name spelt by letters, which needs that backing: a Hindi name keeps the plain home prior
    home = _home_country() if context.main is None else context.main
    by_letters = home if cands.romanised and home == _home_country() else None  # the home country, so named
    countries, divisions = context.countries, context.divisions
    if not divisions and not _names_a_country_of(cands, countries, by_letters):
        return ()
    for i, entry in enumerate(cands.entries):
        country = entry.country
        named = bool(country) and (country in countries or country == by_letters)
        in_division = bool(divisions) and _in_named_division(entry, cands.name_hi, context)
        if named or in_division:
            assumed = named and context.main is None
            known.append((i, _Facts(named, named and entry.country == home, in_division, assumed)))
    return tuple(known)


def _names_a_country_of(cands: Candidates, countries: Counter[str], by_letters: str | None) -> bool:
    """Whether the article names the country of any candidate (``by_letters``: as ``_known_facts``)."""
    named = not countries.keys().isdisjoint(cands.countries)
    return named or (by_letters is not None and by_letters in cands.countries)


_NO_FACTS = _Facts(False, False, False)
_Known = tuple[tuple[int, _Facts], ...]  # the candidates an article says something about, by position


@lru_cache(maxsize=1 << 14)
def _decide(
    name_hi: str,
    kinds: frozenset[str] | None,
    rows: tuple[int, ...],
    known: tuple[tuple[int, _Facts], ...],
    divided: frozenset[str] = frozenset(),
    home_story: bool = False,
) -> Choice:
    """``choose`` for a name whose candidates have these facts (``known``: the candidates the
    article says something about, by position; a name spelt by letters has hundreds, mostly
    unmentioned): articles that say the same about a name's candidates get the same answer, so an
    ingest decides each case once. ``divided``: the countries one of whose divisions the article
    names (हिमाचल): a letter match with a kind word in another division there is a namesake.
    ``home_story``: the article is about the home country (its main country, or none named)."""
    cands = candidates(name_hi)
    facts = [_NO_FACTS] * len(cands.entries)
    for i, fact in known:
        facts[i] = fact
    table = place_table()
    neighbours = tuple(table.entry(row) for row in rows)
    # a letter match that nothing in the article could back is NIL: only its best is named then
    hopeless = cands.romanised and not _backable(cands, kinds, facts, home_story)
    scored = _ranked(cands, kinds, facts, neighbours, rival=not hopeless)
    best, entry, fact = scored[0]
    how = "letters" if cands.romanised else "Hindi name"
    if cands.romanised and (hopeless or not _supported(cands, kinds, entry, fact, divided, home_story)):
        why = f"by letters only {_label(entry)}, in no division the article names"
        return Choice(None, 0.0, f"{name_hi}: {why}")
    why = ", ".join(_reasons(entry, cands, kinds, fact, neighbours))
    if best < _MIN_SCORE:
        return Choice(None, _squash(best), f"{name_hi}: unsure ({how}; best {_label(entry)}: {why})")
    rival = _rival(scored)
    if rival is not None and best - rival[0] < _MIN_MARGIN:
        return Choice(None, _squash(best - rival[0]), f"{name_hi}: {_label(entry)} or {_label(rival[1])}")
    others = f"; {len(cands.entries) - 1} other candidates" if len(cands.entries) > 1 else ""
    return Choice(entry, _squash(best), f"{name_hi} -> {_label(entry)} by {how}: {why}{others}")


def _home_town(entry: GeoEntry) -> bool:
    return entry.feature == "PPL" and entry.country == _home_country() and entry.population >= _HOME_TOWN


def _backable(cands: Candidates, kinds: frozenset[str] | None, facts: list[_Facts], home_story: bool) -> bool:
    """Whether ``_supported`` could hold for any candidate, whatever its spelling."""
    home = _home_country()
    return any(
        f.named_division or (kinds is not None and e.feature in kinds) or (f.named_country and e.country != home)
        or (home_story and _home_town(e))
        for e, f in zip(cands.entries, facts, strict=True)
    )


def _supported(
    cands: Candidates,
    kinds: frozenset[str] | None,
    entry: GeoEntry,
    fact: _Facts,
    divided: frozenset[str],
    home_story: bool,
) -> bool:
    """Whether the article backs a letter match: the town is in a division it names, or a kind
    word, its country named abroad, or (in a story about home) its size backs a like spelling."""
    if fact.named_division and (not cands.short or spelt_alike(cands.name_hi, entry)):
        return True
    if cands.tiny or not spelt_alike(cands.name_hi, entry):
        return False
    fits_kind = kinds is not None and entry.feature in kinds
    # a namesake town abroad (मुस्तांग जिले: not Mustang, Oklahoma) needs its country named
    known_country = fact.named_country or entry.country == _home_country() or entry.feature != "PPL"
    by_kind = fits_kind and entry.country not in divided and known_country
    # abroad, the article's countries are what its divisions are at home (टेक्सास in a story on the
    # US); not for a skeleton too short to say much (मैन, हिल: words too), as ``by_kind``
    abroad = fact.named_country and entry.country != _home_country()
    return by_kind or abroad or (home_story and _home_town(entry))


Scored = tuple[float, GeoEntry, _Facts]


def _ranked(
    cands: Candidates,
    kinds: frozenset[str] | None,
    facts: list[_Facts],
    neighbours: Sequence[GeoEntry],
    rival: bool = True,
) -> list[Scored]:
    """The candidates by score, best first (on a tie, the larger place, then the earlier), as far
    as the best and its rival go (the best only, without ``rival``): a name spelt by letters has
    dozens of candidates, and comparing each one's letters costs more than the rest of its score,
    so a candidate whose score could not reach the rival's (the best's) even if its letters were
    as alike as their lengths allow is left out."""
    pairs = list(zip(cands.entries, cands.fixed, facts, strict=True))
    if not cands.romanised:
        return sorted(((_score(c, x, kinds, f, neighbours, x.prior), c, f) for c, x, f in pairs), key=_rank)
    ceilings = sorted((-_score(c, x, kinds, f, neighbours, x.ceiling), i) for i, (c, x, f) in enumerate(pairs))
    leaders: list[Scored] = []  # scored so far, in rank order
    ranks: list[tuple[float, int, int]] = []  # theirs (``_rank``, then the candidate's position)
    for ceiling, i in ceilings:
        if leaders:
            bar = _rival(leaders) if rival else leaders[0]
            if bar is not None and -ceiling < bar[0]:
                break
        entry, _, fact = pairs[i]
        score = _candidate_score(cands, i, kinds, fact, neighbours)
        rank = (-score, -entry.population, i)
        at = bisect.bisect(ranks, rank)
        ranks.insert(at, rank)
        leaders.insert(at, (score, entry, fact))
    return leaders


def _rank(scored: Scored) -> tuple[float, int]:
    return -scored[0], -scored[1].population


def _likeness_ceiling(size: int, other: int) -> float:
    """The most that names of ``size`` and ``other`` letters can be alike: two spellings match at
    most the letters of the shorter."""
    return 2.0 * min(size, other) / (size + other) if size and other else 0.0


def _rival(scored: list[Scored]) -> Scored | None:
    """The best-scored candidate after the first that is another place."""
    return next((s for s in scored[1:] if not _same_place(s[1], scored[0][1])), None)


def _candidate_score(
    cands: Candidates, at: int, kinds: frozenset[str] | None, facts: _Facts, neighbours: Sequence[GeoEntry]
) -> float:
    """``_score`` of the candidate at ``at``, a letter match's spelling measured."""
    entry, fixed = cands.entries[at], cands.fixed[at]
    base = _spelt(fixed.prior, spelling_likeness(cands.name_hi, entry.name_en)) if cands.romanised else fixed.prior
    return _score(entry, fixed, kinds, facts, neighbours, base)


def _score(
    entry: GeoEntry,
    fixed: _Fixed,
    kinds: frozenset[str] | None,
    facts: _Facts,
    neighbours: Sequence[GeoEntry],
    base: float,
) -> float:
    """The sum of ``_evidence``'s points, added in its order, without writing the reasons: every
    candidate of a name is scored, few are explained. ``base``: the entry's prior, for a letter
    match with its spelling's points (``_spelt``; a ceiling, for ``_ranked``)."""
    total = base
    if facts.named_country:
        total += _CONTEXT_COUNTRY + (_MAIN_COUNTRY if facts.main_country else 0.0)
    elif fixed.home:
        total += _HOME_COUNTRY
    if kinds is not None:
        total += _KIND_WORD if entry.feature in kinds else -_KIND_WORD
    if facts.named_division:
        total += _SAME_DIVISION
    if fixed.city_of_division and (kinds is None or "PPL" in kinds):
        total += _CITY_OF_DIVISION
    for other in neighbours:
        if other.row == entry.row or not other.country or other.country != entry.country:
            continue
        same_division = other.admin1 and other.admin1 == entry.admin1 and other.feature != "PCLI"
        total += _NEIGHBOUR_COUNTRY + _NEIGHBOUR_DIVISION if same_division else _NEIGHBOUR_COUNTRY
        break
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
    entry: GeoEntry, cands: Candidates, kinds: frozenset[str] | None, facts: _Facts, neighbours: Sequence[GeoEntry]
) -> list[tuple[float, str]]:
    """What speaks for (positive points) and against a candidate, each with its reason: the points
    that ``_score`` adds."""
    if entry.feature == "PPL":
        out = [(entry.weight / 10, f"population {entry.population:,}")]
    else:
        out = [(_KIND_PRIOR.get(entry.feature, 0.5), _KIND_NAME.get(entry.feature, "a region"))]
    if cands.romanised:
        likeness = spelling_likeness(cands.name_hi, entry.name_en)
        out.append((_ROMANISED + likeness - _LIKE_ENOUGH, f"letters {likeness:.2f} alike"))
    if entry.row in cands.curated:
        out.append((_CURATED, "a listed name"))
    if facts.named_country:
        points = _CONTEXT_COUNTRY + (_MAIN_COUNTRY if facts.main_country else 0.0)
        said = "a story that names no country, so about" if facts.assumed else "the article names"
        out.append((points, f"{said} {entry.country}"))
    elif entry.country and entry.country == _home_country():
        out.append((_HOME_COUNTRY, f"home country {entry.country}"))
    if kinds is not None:
        out.append((_KIND_WORD, "its kind word") if entry.feature in kinds else (-_KIND_WORD, "not its kind word"))
    if facts.named_division:
        named = place_table().division(entry)
        where = named.name_en if named else entry.admin1
        out.append((_SAME_DIVISION, f"in {where}, as other places"))
    if entry.feature == "PPL" and (kinds is None or "PPL" in kinds):
        division = place_table().division(entry)
        if division is not None and division.row in cands.rows:
            out.append((_CITY_OF_DIVISION, f"the city of {division.name_en}"))
    for other in neighbours:
        if other.row == entry.row or not other.country or other.country != entry.country:
            continue
        if other.admin1 and other.admin1 == entry.admin1 and other.feature != "PCLI":
            out.append((_NEIGHBOUR_COUNTRY + _NEIGHBOUR_DIVISION, f"next to {other.name_en}"))
        else:
            out.append((_NEIGHBOUR_COUNTRY, f"with {other.name_en} in the sentence"))
        break
    return out


def _same_place(a: GeoEntry, b: GeoEntry) -> bool:
    """Two rows for one place (a city and the division of the same name are not the same)."""
    return a.geonames_id is not None and a.geonames_id == b.geonames_id


def _label(entry: GeoEntry) -> str:
    return f"{entry.name_en} ({entry.feature}, {entry.country or '-'})"


def _squash(raw: float) -> float:
    return round(1 / (1 + math.exp(-4 * (raw - _MIN_SCORE))), 3)
