"""One filter for every reader of fused events, turned into a parameterised clause.

Nothing the user types is formatted into SQL. An event is placed in time by its own date, else by
its article's date (``day_from``/``day_to`` hold the days it is filed under).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal

import regex

from ghatna.errors import QueryError
from ghatna.store.dates import day_range
from ghatna.store.fulltext import matching_events
from ghatna.store.identity import ActorFacts, name_keys
from ghatna.text.normalise import match_key

_CODE = regex.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
PERIODS = {"year": 4, "month": 7, "day": 10}

Sort = Literal[
    "date",
    "-date",
    "confidence",
    "-confidence",
    "type",
    "-type",
    "sources",
    "-sources",
    "score",
    "-score",
    "id",
    "-id",
]
SORTS: tuple[str, ...] = Sort.__args__  # type: ignore[attr-defined]
_SORT_COLUMNS = {
    "date": "f.day_from",
    "confidence": "f.confidence",
    "type": "f.type",
    "sources": "f.source_count",
    "score": "f.plover_score",
    "id": "f.id",
}


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What ``ghatna events``, ``ghatna export``, ``/api/events`` and the pages select.

    ``None`` (or an empty tuple for the multi-valued ones) means no constraint. Type, country, mode,
    quad class, CAMEO code, sector, modality and the GeoNames id of the event's place each take one
    value (``type``) or several (``types``), which are alternatives: ``types=("AID", "COOPERATE")`` selects either type.
    ``chosen`` gives the values of one of them, single and several together."""

    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    type: str | None = None
    mode: str | None = None
    context: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    min_confidence: float | None = None
    text: str | None = None
    limit: int | None = None
    ids: tuple[int, ...] | None = None
    article: str | None = None
    dyad: tuple[str, str] | None = None
    actor_id: int | None = None
    quad_class: int | None = None
    cameo: str | None = None
    sector: str | None = None
    modality: str | None = None
    geonames_id: int | None = None
    types: tuple[str, ...] = field(default_factory=tuple)
    countries: tuple[str, ...] = field(default_factory=tuple)
    modes: tuple[str, ...] = field(default_factory=tuple)
    quad_classes: tuple[int, ...] = field(default_factory=tuple)
    cameos: tuple[str, ...] = field(default_factory=tuple)
    sectors: tuple[str, ...] = field(default_factory=tuple)
    modalities: tuple[str, ...] = field(default_factory=tuple)
    geonames_ids: tuple[int, ...] = field(default_factory=tuple)  # where the event happened
    sort: Sort = "date"
    offset: int = 0

    def chosen(self, name: str) -> tuple[Any, ...]:
        """The values of the multi-valued filter ``name`` (``type``, ``country``, …), in their
        canonical case, each once: the single one and the several together."""
        single = getattr(self, name)
        given = (*getattr(self, MULTI_VALUED[name]), *([] if single is None or single == "" else [single]))
        canonical = _CANONICAL[name]
        return tuple(dict.fromkeys(canonical(v) for v in given))

    def without(self, name: str) -> EventFilter:
        """This filter less the constraint ``name`` (a multi-valued one with all its values)."""
        cleared: dict[str, Any] = {name: None} | ({MULTI_VALUED[name]: ()} if name in MULTI_VALUED else {})
        return replace(self, **cleared)


# a multi-valued filter -> the field with its several values
MULTI_VALUED = {
    "type": "types",
    "country": "countries",
    "mode": "modes",
    "quad_class": "quad_classes",
    "cameo": "cameos",
    "sector": "sectors",
    "modality": "modalities",
    "geonames_id": "geonames_ids",
}
# a multi-valued filter (but the CAMEO prefix) -> the columns one of whose values it selects
_CHOICE_COLUMNS = {
    "country": ("f.actor_country", "f.recipient_country"),
    "type": ("f.type",),
    "mode": ("f.mode",),
    "quad_class": ("f.quad_class",),
    "sector": ("f.actor_sector", "f.recipient_sector"),
    "modality": ("f.modality",),
    "geonames_id": ("f.location_geonames_id",),
}
_CANONICAL: dict[str, Any] = {
    "type": lambda v: str(v).strip().upper(),
    "country": lambda v: str(v).strip().upper(),
    "mode": lambda v: str(v).strip().lower(),
    "quad_class": int,
    "cameo": lambda v: str(v).strip(),
    "sector": lambda v: str(v).strip().upper(),
    "modality": lambda v: str(v).strip().lower(),
    "geonames_id": int,
}


def like(value: str) -> str:
    """``%value%`` for ``LIKE … ESCAPE '\\'``, with the wildcards in ``value`` taken literally."""
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def actor_clause(side: str, value: str, prefix: str = "f.") -> tuple[str, list[Any]]:
    """Match an actor by CAMEO-style code (``IND``, ``INDGOV``) or by name in either script."""
    if _CODE.match(value):
        return f"({prefix}{side}_code LIKE ? OR {prefix}{side}_country = ?)", [value + "%", value]
    keys = list(name_keys(ActorFacts(None, value, None, None)) or {}) + list(
        name_keys(ActorFacts(None, None, value, None)) or {}
    )
    if not keys:
        raise QueryError(f"--{side} {value!r} is neither an actor code (IND, INDGOV) nor a name")
    likes = " OR ".join("n.key LIKE ? ESCAPE '\\'" for _ in keys)
    params: list[Any] = [k[:3] + like(k[3:]) for k in keys]
    clause = f"{prefix}{side}_id IN (SELECT n.actor_id FROM actor_names n WHERE {likes})"
    entries = _entries(value)
    if entries:
        marks = ", ".join("?" for _ in entries)
        clause = f"({clause} OR {prefix}{side}_id IN (SELECT k.id FROM actors k WHERE k.kb_id IN ({marks})))"
        params += entries
    return clause, params


def _entries(value: str) -> list[str]:
    """The actor knowledge base's entries a name or QID stands for ("ट्रंप", "Trump", "Q22686"):
    the actors stored with one of them match whatever spelling their articles used."""
    from ghatna.actors.api import actor_ids  # the actor authority; loaded only for a name search

    return actor_ids(value)


def bound(value: str, option: str) -> tuple[str, str]:
    """The first and last day of ``value`` (YYYY, YYYY-MM or YYYY-MM-DD), or a ``QueryError``."""
    days = day_range(value)
    if days is None:
        raise QueryError(f"{option} {value!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD")
    return days[0].isoformat(), days[1].isoformat()


def where(dialect: str, flt: EventFilter) -> tuple[str, list[Any]]:
    """`` WHERE …`` over ``fused_events f`` (empty without constraints) and its parameters."""
    clauses: list[str] = []
    params: list[Any] = []

    def add(clause: str, *values: Any) -> None:
        clauses.append(clause)
        params.extend(values)

    for side, value in (("actor", flt.actor), ("recipient", flt.recipient)):
        if value:
            clause, values = actor_clause(side, value.strip())
            add(clause, *values)
    if flt.actor_id is not None:
        add("(f.actor_id = ? OR f.recipient_id = ?)", flt.actor_id, flt.actor_id)
    for name, columns in _CHOICE_COLUMNS.items():
        chosen = flt.chosen(name)
        if chosen:
            add(one_of(columns, len(chosen)), *(chosen * len(columns)))
    if flt.context:
        add("EXISTS (SELECT 1 FROM fused_event_contexts c WHERE c.fused_id = f.id AND c.context = ?)", flt.context)
    if flt.since:
        add("f.day_to >= ?", bound(flt.since, "--since")[0])
    if flt.until:
        add("f.day_from <= ?", bound(flt.until, "--until")[1])
    if flt.place:
        place = flt.place.strip()
        add(
            "(f.location_country = ? OR f.location_key LIKE ? ESCAPE '\\')",
            place.upper(),
            like(match_key(place) if regex.search(r"\p{Devanagari}", place) else place.lower()),
        )
    if flt.min_confidence is not None:
        add("f.confidence >= ?", flt.min_confidence)
    if flt.text:
        sub, values = matching_events(dialect, flt.text)
        add(f"f.id IN (SELECT e.fused_id FROM events e WHERE e.id IN ({sub}))", *values)
    if flt.ids is not None:
        add(f"f.id IN ({', '.join('?' for _ in flt.ids) or 'NULL'})", *flt.ids)
    if flt.article:
        column = "a.id" if flt.article.isdigit() and len(flt.article) < 19 else "a.doc_id"
        add(
            f"f.id IN (SELECT e.fused_id FROM events e JOIN articles a ON a.id = e.article_id WHERE {column} = ?)",
            int(flt.article) if column == "a.id" else flt.article,
        )
    if flt.dyad:
        first, second = (c.upper() for c in flt.dyad)
        add(
            "((f.actor_country = ? AND f.recipient_country = ?) OR (f.actor_country = ? AND f.recipient_country = ?))",
            first,
            second,
            second,
            first,
        )
    cameos = flt.chosen("cameo")
    if cameos:
        add("(" + " OR ".join("f.cameo LIKE ?" for _ in cameos) + ")", *(c + "%" for c in cameos))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def one_of(columns: tuple[str, ...], count: int) -> str:
    """Any of ``columns`` is one of ``count`` bound values: ``(a IN (?, ?) OR b IN (?, ?))``."""
    marks = ", ".join("?" for _ in range(count))
    return "(" + " OR ".join(f"{c} IN ({marks})" for c in columns) + ")"


# Undated events (no day to file them under) come last either way: as the smallest day when
# descending, the largest when ascending. Migration 0008 indexes both expressions with the id.
_UNDATED_LAST = {"": "COALESCE(f.day_from, '9999')", " DESC": "COALESCE(f.day_from, '0000')"}


def order_by(sort: str) -> str:
    """`` ORDER BY …`` for a sort key (a leading ``-`` sorts descending); undated events come last."""
    descending = sort.startswith("-")
    key = sort.removeprefix("-")
    if key not in _SORT_COLUMNS:
        raise QueryError(f"sort {sort!r}: use one of {', '.join(SORTS)}")
    direction = " DESC" if descending else ""
    column = _UNDATED_LAST[direction] if key == "date" else _SORT_COLUMNS[key]
    nulls = f"CASE WHEN {column} IS NULL THEN 1 ELSE 0 END, " if key == "score" else ""
    tie = "" if key == "id" else f", f.id{direction}"
    return f" ORDER BY {nulls}{column}{direction}{tie}"


def page(limit: int | None, offset: int) -> tuple[str, list[Any]]:
    """`` LIMIT … OFFSET …`` (both dialects accept ``LIMIT -1`` from SQLite only, so use a large number)."""
    if limit is None and not offset:
        return "", []
    return " LIMIT ? OFFSET ?", [2**62 if limit is None else limit, offset]
