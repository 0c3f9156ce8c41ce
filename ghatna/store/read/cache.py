"""Aggregates over a whole knowledge base (facets, the dashboard, the network, the dyad list) kept
while it is unchanged, so that a page that shows them is not a scan of every event each time.

Every write adds an article and no article is ever removed, so the newest article id tells one
state of a knowledge base from the next: a result is kept under it, with the reader's arguments,
and a write makes the next read compute afresh. The state is read before the result, so a write
in between can only make a result newer than its key says, never older. Results are shared:
callers must not change them.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import wraps
from typing import Any, Concatenate, ParamSpec, TypeVar

from ghatna.store.database import Store

KEPT = 256  # results, least recently used dropped first
P = ParamSpec("P")
R = TypeVar("R")
_results: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
_lock = threading.Lock()


def kb_state(store: Store) -> int:
    """The newest article id: it changes with every write to the knowledge base."""
    return int(store.connection.execute("SELECT COALESCE(MAX(id), 0) FROM articles").fetchone()[0])


def kept(reader: Callable[Concatenate[Store, P], R]) -> Callable[Concatenate[Store, P], R]:
    """``reader`` with its results kept per knowledge base, state and arguments (which must hash)."""

    @wraps(reader)
    def read(store: Store, /, *args: P.args, **kwargs: P.kwargs) -> R:
        key = (reader.__qualname__, store.url, kb_state(store), args, tuple(sorted(kwargs.items())))
        with _lock:
            if key in _results:
                _results.move_to_end(key)
                found: R = _results[key]
                return found
        result = reader(store, *args, **kwargs)
        with _lock:
            _results[key] = result
            while len(_results) > KEPT:
                _results.popitem(last=False)
        return result

    return read
