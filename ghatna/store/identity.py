"""Actor identity across articles: the same person, organisation or state, in any article and either
script, becomes one canonical actor, and every link records the rule that made it and why.

Rules, tried in order (the first that finds exactly one compatible actor wins):
  ``kb``      the same entry of the actor knowledge base (a Wikidata QID or a KB id): the identity
              that holds whatever the spelling; an actor found by name that has no entry yet takes it,
              one with another entry is someone else;
  ``name``    an identical folded name (Devanagari through ``match_key``, Latin lower-cased, titles
              dropped), with compatible country, sector, type and role;
  ``surname`` a one-word Devanagari name equal to the last word of exactly one person of the same
              country with a compatible role;
  ``new``     otherwise a new actor; when a same-named actor exists but conflicts, the reason says how.
Compatible = equal, or unknown on one side; roles are compatible when the content words of one are
a subset of the other's ("Defence Minister" ~ "Minister of Defence and Aerospace Industry").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

import regex

from ghatna.lang import load
from ghatna.store.dialect import Connection
from ghatna.text.normalise import match_key

# Titles that precede names and never tell two people apart: the honorifics of the language data
# (``actors/titles``) and these English ones.
_ENGLISH_TITLES = frozenset({"mr", "mrs", "ms", "dr", "shri", "smt"})
# Words of a role that do not tell two roles apart: these and the language data's ``role_fillers``.
_ENGLISH_ROLE_FILLERS = frozenset({"minister", "of", "the", "and", "for", "&"})
_LATIN_WORD = regex.compile(r"[\p{Latin}\p{N}]+")


@dataclass(frozen=True, slots=True)
class ActorFacts:
    """What one article says about an actor."""

    type: str | None
    name_hi: str | None
    name_en: str | None
    country: str | None
    sector: str | None = None
    role: str | None = None
    kb_id: str | None = None

    @property
    def code(self) -> str | None:
        return actor_code(self.country, self.sector)


def actor_code(country: str | None, sector: str | None) -> str | None:
    """The CAMEO-style code: country then sector (``INDGOV``); ``None`` when nothing is known."""
    if not country:
        return sector or None
    return country if not sector or sector == country else f"{country}{sector}"


@cache
def _titles() -> frozenset[str]:
    return frozenset(match_key(h) for h in load("actors/titles")["honorifics"])


@cache
def _role_fillers() -> frozenset[str]:
    words = load("actors/titles")["role_fillers"]
    return _ENGLISH_ROLE_FILLERS | frozenset(match_key(w).lower() for w in words)


def name_keys(facts: ActorFacts) -> dict[str, str]:
    """{key: spelling} for every name of ``facts``; keys carry their script (``hi:``/``en:``)."""
    keys: dict[str, str] = {}
    if facts.name_hi:
        words = [w for w in match_key(facts.name_hi).split() if w not in _titles()]
        if words:
            keys["hi:" + " ".join(words)] = facts.name_hi
    if facts.name_en:
        words = [w for w in _LATIN_WORD.findall(facts.name_en.lower()) if w not in _ENGLISH_TITLES]
        if words:
            keys["en:" + " ".join(words)] = facts.name_en
    return keys


def _role_words(role: str | None) -> frozenset[str]:
    if not role:
        return frozenset()
    return frozenset(w for w in regex.findall(r"[\p{L}\p{M}]+", match_key(role).lower()) if w not in _role_fillers())


def conflict(facts: ActorFacts, actor: dict[str, Any]) -> str | None:
    """Why ``facts`` cannot be ``actor`` (a stored row as a dict), or ``None`` when they are compatible."""
    if facts.kb_id and actor.get("kb_id") and facts.kb_id != actor["kb_id"]:
        return f"knowledge-base entry {facts.kb_id} ≠ {actor['kb_id']}"
    for field in ("country", "sector", "type"):
        mine, theirs = getattr(facts, field), actor[field]
        if mine and theirs and mine != theirs:
            return f"{field} {mine} ≠ {theirs}"
    mine_role, their_role = _role_words(facts.role), _role_words(actor["role"])
    if mine_role and their_role and not (mine_role <= their_role or their_role <= mine_role):
        return f"role {facts.role!r} ≠ {actor['role']!r}"
    return None


_COLUMNS = ("id", "type", "name_hi", "name_en", "country", "sector", "role", "kb_id")
_SELECT = "SELECT DISTINCT a.id, a.type, a.name_hi, a.name_en, a.country, a.sector, a.role, a.kb_id FROM actors a "


def _actors_named(connection: Connection, keys: list[str]) -> list[dict[str, Any]]:
    if not keys:
        return []
    marks = ", ".join("?" for _ in keys)
    rows = connection.execute(
        _SELECT + f"JOIN actor_names n ON n.actor_id = a.id WHERE n.key IN ({marks}) ORDER BY a.id",
        keys,
    ).fetchall()
    return [dict(zip(_COLUMNS, row, strict=True)) for row in rows]


def _people_with_surname(connection: Connection, surname_key: str, country: str) -> list[dict[str, Any]]:
    rows = connection.execute(
        _SELECT + "JOIN actor_names n ON n.actor_id = a.id WHERE n.key LIKE ? AND a.country = ? AND a.type = 'PERSON' "
        "ORDER BY a.id",
        ("hi:% " + surname_key.replace("%", "").replace("_", ""), country),
    ).fetchall()
    return [dict(zip(_COLUMNS, row, strict=True)) for row in rows]


def _score(facts: ActorFacts, actor: dict[str, Any]) -> int:
    return sum(1 for f in ("country", "sector", "type", "role") if getattr(facts, f) and getattr(facts, f) == actor[f])


def resolve(
    connection: Connection, facts: ActorFacts, article_id: int, entity_id: int | None = None
) -> int | None:
    """The canonical actor id for ``facts`` (found or created), with the link and its reason stored."""
    keys = name_keys(facts)
    if not keys and not facts.country:
        return None
    if not keys:  # a state or group known only by its code
        keys = {f"code:{facts.code}": facts.code or ""}
    named = _actors_named(connection, list(keys))
    fits = [a for a in named if conflict(facts, a) is None]
    rule, reason, chosen = "new", "no stored actor has this name", None
    entry = _actor_of_entry(connection, facts.kb_id) if facts.kb_id else None
    if entry is not None:
        chosen, rule, reason = entry, "kb", f"knowledge-base entry {facts.kb_id}"
    elif fits:
        chosen = max(fits, key=lambda a: (_score(facts, a), -int(a["id"])))
        shared = sorted(keys.keys() & set(_known_keys(connection, int(chosen["id"]))))
        rule = "name"
        reason = f"same name {', '.join(shared)}; " + _agreement(facts, chosen)
    elif named:
        reason = "; ".join(f"not actor {a['id']}: {conflict(facts, a)}" for a in named)
    elif facts.type == "PERSON" and facts.country and len(keys) == 1 and next(iter(keys)).count(" ") == 0:
        only = next(iter(keys))
        if only.startswith("hi:"):
            people = [a for a in _people_with_surname(connection, only[3:], facts.country) if not conflict(facts, a)]
            if len(people) == 1:
                chosen, rule = people[0], "surname"
                reason = f"{only[3:]!r} is the surname of the one {facts.country} person {people[0]['name_hi']!r}"
    if chosen is None:
        actor_id = _create(connection, facts)
    else:
        actor_id = int(chosen["id"])
        _enrich(connection, actor_id, facts)
    for key, name in keys.items():
        connection.execute(
            "INSERT INTO actor_names (actor_id, key, name) VALUES (?, ?, ?) ON CONFLICT (actor_id, key) DO NOTHING",
            (actor_id, key, name),
        )
    connection.execute(
        "INSERT INTO actor_links (actor_id, article_id, entity_id, name, rule, reason) VALUES (?, ?, ?, ?, ?, ?)",
        (actor_id, article_id, entity_id, facts.name_hi or facts.name_en or facts.code, rule, reason),
    )
    return actor_id


def _actor_of_entry(connection: Connection, kb_id: str) -> dict[str, Any] | None:
    row = connection.execute(_SELECT + "WHERE a.kb_id = ? ORDER BY a.id", (kb_id,)).fetchone()
    return dict(zip(_COLUMNS, row, strict=True)) if row else None


def _known_keys(connection: Connection, actor_id: int) -> list[str]:
    return [str(r[0]) for r in connection.execute("SELECT key FROM actor_names WHERE actor_id = ?", (actor_id,))
            .fetchall()]


def _agreement(facts: ActorFacts, actor: dict[str, Any]) -> str:
    same = [f"{f} {getattr(facts, f)}" for f in ("country", "sector", "type") if getattr(facts, f) == actor[f]
            and actor[f]]
    if facts.role and actor["role"]:
        same.append(f"role {facts.role!r} ~ {actor['role']!r}")
    return ("agrees on " + ", ".join(same)) if same else "nothing else known to compare"


def _create(connection: Connection, facts: ActorFacts) -> int:
    row = connection.execute(
        "INSERT INTO actors (type, name_hi, name_en, country, sector, role, code, kb_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (facts.type, facts.name_hi, facts.name_en, facts.country, facts.sector, facts.role, facts.code,
         facts.kb_id, datetime.now(UTC).isoformat(timespec="seconds")),
    ).fetchone()
    return int(row[0])


def _enrich(connection: Connection, actor_id: int, facts: ActorFacts) -> None:
    """Fill what the stored actor does not know yet; never overwrite what it does."""
    connection.execute(
        "UPDATE actors SET type = COALESCE(type, ?), name_hi = COALESCE(name_hi, ?), name_en = COALESCE(name_en, ?), "
        "country = COALESCE(country, ?), sector = COALESCE(sector, ?), role = COALESCE(role, ?), "
        "kb_id = COALESCE(kb_id, ?) WHERE id = ?",
        (facts.type, facts.name_hi, facts.name_en, facts.country, facts.sector, facts.role, facts.kb_id, actor_id),
    )
    country, sector = connection.execute("SELECT country, sector FROM actors WHERE id = ?", (actor_id,)).fetchone()
    connection.execute("UPDATE actors SET code = ? WHERE id = ?", (actor_code(country, sector), actor_id))
