"""The actor knowledge base, read from ``ghatna/kb/data/kb.sqlite`` (built by ``make kb``).

Entries are persons, organisations, IGOs/NGOs and armed groups with their offices over time. The
Hindi side is a table from Hindi word keys (``h`` + key) and sound keys (``p`` + key) to the English
name words they spell; entries are reached through the words of their English names and aliases.
Opening costs nothing: every look-up is an indexed SQLite query.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ghatna.kb.keys import latin_tokens

PATH = Path(__file__).with_name("data") / "kb.sqlite"
HINDI, SOUND = "h", "p"


@dataclass(frozen=True, slots=True)
class Office:
    """An office held from ``start`` to ``end`` (ISO dates, "" when open or unknown); ``rank`` 3 for
    heads of state or government, 2 ministers and party leaders, 1 other offices, 0 none."""

    role: str
    sector: str
    country: str | None
    start: str
    end: str
    rank: int

    def active(self, day: str) -> bool:
        return self.begun(day) and (not self.end or day[: len(self.end)] <= self.end)

    def begun(self, day: str) -> bool:
        """Held from ``day`` or earlier (an office with no start date too)."""
        return not self.start or self.start <= day[: len(self.start)]


@dataclass(frozen=True, slots=True)
class Entry:
    row: int
    kb_id: str
    kind: str
    name_en: str
    country: str | None
    sector: str | None
    offices: tuple[Office, ...]
    source: str

    @property
    def qid(self) -> str | None:
        return self.kb_id if self.kb_id.startswith("Q") else None

    def office_at(self, day: str | None, countries: Collection[str] = ()) -> Office | None:
        """The highest office held on ``day``; without a day, the most recent one. Offices in one of
        ``countries`` (those of the article) come first."""
        offices = [o for o in self.offices if o.country in countries] or list(self.offices)
        if not offices:
            return None
        if day is None:
            return max(offices, key=lambda o: (o.end or "9999", o.start, o.rank))
        held = [o for o in offices if o.active(day)]
        return max(held, key=lambda o: (o.rank, o.start)) if held else None

    @property
    def top_rank(self) -> int:
        return max((o.rank for o in self.offices), default=0)

    def last_day(self) -> str:
        """The last day of any office ("9999" while one is open)."""
        return max((o.end or "9999" for o in self.offices), default="")


@dataclass(frozen=True, slots=True)
class Form:
    """One English name or alias of an entry, as lower-case words."""

    entry: int
    words: tuple[str, ...]


class KnowledgeBase:
    """Read-only access to the knowledge base file (one SQLite connection, shared by threads)."""

    def __init__(self, path: Path = PATH) -> None:
        self._db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._entries: dict[int, Entry] = {}

    def _rows(self, sql: str, args: Sequence[object]) -> list[tuple[object, ...]]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def words_for(self, keys: Iterable[str]) -> dict[str, list[str]]:
        """Hindi or sound keys (with their ``h``/``p`` prefix) -> the English words they spell."""
        wanted = sorted(set(keys))
        found: dict[str, list[str]] = defaultdict(list)
        if wanted:
            marks = ",".join("?" * len(wanted))
            for key, token in self._rows(f"SELECT key, token FROM words WHERE key IN ({marks})", wanted):
                found[str(key)].append(str(token))
        return found

    def forms_with(self, tokens: Iterable[str], *, last: bool = False, min_rank: int = 0) -> list[Form]:
        """The names holding one of ``tokens`` (as their last word when ``last``) of entries whose
        highest office has at least ``min_rank``."""
        wanted = sorted(set(tokens))
        if not wanted:
            return []
        marks = ",".join("?" * len(wanted))
        where = f"token IN ({marks}) AND last >= ? AND rank >= ?"
        rows = self._rows(f"SELECT entry, form FROM forms WHERE {where}", [*wanted, int(last), min_rank])
        return [Form(int(str(e)), tuple(str(f).split())) for e, f in rows]

    def one_word_names(self, tokens: Iterable[str]) -> list[Form]:
        """The names that are a single one of ``tokens`` ("mayawati"), of entries of any rank."""
        wanted = sorted(set(tokens))
        if not wanted:
            return []
        marks = ",".join("?" * len(wanted))
        rows = self._rows(f"SELECT entry, form FROM forms WHERE token IN ({marks}) AND last >= 1 AND form = token",
                          wanted)
        return [Form(int(str(e)), (str(f),)) for e, f in rows]

    def spelling(self, key: str) -> str | None:
        """The English name word that a Hindi word key most often stands for ("सैयद" -> "syed"), or None."""
        rows = self._rows("SELECT token FROM spellings WHERE key = ?", [key])
        return str(rows[0][0]) if rows else None

    def hindi_name(self, key: str) -> list[int]:
        return [int(str(r[0])) for r in self._rows("SELECT entry FROM hindi_names WHERE key = ?", [key])]

    def entries(self, rows: Iterable[int]) -> list[Entry]:
        wanted = sorted(set(rows) - set(self._entries))
        if wanted:
            marks = ",".join("?" * len(wanted))
            columns = "id, kb_id, kind, name_en, country, sector, offices, source"
            sql = f"SELECT {columns} FROM entries WHERE id IN ({marks})"
            for row, kb_id, kind, name_en, country, sector, offices, source in self._rows(sql, wanted):
                held = tuple(Office(*o) for o in json.loads(str(offices)))
                entry = Entry(int(str(row)), str(kb_id), str(kind), str(name_en), _opt(country), _opt(sector), held,
                              str(source))
                self._entries[entry.row] = entry
        return [self._entries[r] for r in rows if r in self._entries]

    def get(self, kb_id: str) -> Entry | None:
        rows = self._rows("SELECT id FROM entries WHERE kb_id = ?", [kb_id])
        return self.entries([int(str(rows[0][0]))])[0] if rows else None

    def search_latin(self, query: str) -> list[Entry]:
        """Entries whose English name or an alias holds every word of ``query`` ("Trump"), or the
        entry of a KB id or Wikidata QID ("Q22686"); the most prominent first."""
        exact = self.get(query.strip())
        if exact is not None:
            return [exact]
        words = latin_tokens(query)
        if not words:
            return []
        hits = {f.entry for f in self.forms_with([words[-1]]) if set(words) <= set(f.words)}
        return sorted(self.entries(hits), key=lambda e: (e.top_rank, e.last_day(), e.kb_id), reverse=True)

    def stats(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in self._rows("SELECT key, value FROM meta", [])}


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


@cache
def knowledge_base() -> KnowledgeBase:
    """The shipped knowledge base, opened once."""
    return KnowledgeBase()
