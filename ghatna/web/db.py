"""Read-only connections to the knowledge base, one per request.

This is the web app's thin read layer; when the store grows a query layer of its own the
``read_*`` modules become wrappers around it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ghatna.errors import StoreError
from ghatna.store import open_store


def prepare(url: str) -> None:
    """Create and migrate the store if needed, so that readers find the tables."""
    open_store(url).close()


def connect_readonly(url: str) -> sqlite3.Connection:
    """A read-only SQLite connection; rows are ``sqlite3.Row``.

    ``check_same_thread`` is off because FastAPI may run a request's dependency and its
    endpoint on different worker threads; the connection still serves one request only.
    """
    if not url.startswith("sqlite:///") or url.endswith(":memory:"):
        raise StoreError(f"{url}: the web app reads an SQLite file: use sqlite:///PATH")
    path = Path(url.removeprefix("sqlite:///")).resolve()
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error as e:
        raise StoreError(f"{url}: cannot open the knowledge base for reading ({e})") from e
    connection.row_factory = sqlite3.Row
    return connection


def like_pattern(text: str) -> str:
    """``%text%`` for ``LIKE … ESCAPE '\\'``, with the wildcards in ``text`` taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
