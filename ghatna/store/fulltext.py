"""Full-text search over evidence: the same folded lexemes on SQLite (FTS5) and PostgreSQL (tsvector)."""

from __future__ import annotations

import regex

from ghatna.store.dialect import Connection
from ghatna.text.normalise import match_key

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def lexemes(text: str) -> list[str]:
    """Words of ``text``, folded like names are (variant spellings meet), lower-cased, in order."""
    return [w.lower() for w in _WORD.findall(match_key(text))]


def index_event(connection: Connection, event_id: int, texts: list[str]) -> None:
    words = sorted({w for text in texts for w in lexemes(text)})
    if not words:
        return
    if connection.dialect.name == "postgresql":
        connection.execute(
            "INSERT INTO event_text (event_id, lexemes) VALUES (?, array_to_tsvector(?))", (event_id, words)
        )
    else:
        connection.execute("INSERT INTO event_text (rowid, lexemes) VALUES (?, ?)", (event_id, " ".join(words)))


def matching_events(dialect: str, query: str) -> tuple[str, list[str]]:
    """A sub-query selecting ids of events whose evidence holds every word of ``query``, and its parameter.

    The words are passed as a parameter, quoted for the backend's query language; an empty query
    matches nothing.
    """
    words = lexemes(query)
    if dialect == "postgresql":
        if not words:  # only punctuation or quotes: nothing can match (and '' is no valid tsquery)
            return "SELECT event_id FROM event_text WHERE 1 = 0", []
        expression = " & ".join(f"'{w}'" for w in words)
        return "SELECT event_id FROM event_text WHERE lexemes @@ CAST(? AS tsquery)", [expression]
    if not words:
        return "SELECT rowid FROM event_text WHERE 1 = 0", []
    expression = " ".join(f'"{w}"' for w in words)
    return "SELECT rowid FROM event_text WHERE event_text MATCH ?", [expression]
