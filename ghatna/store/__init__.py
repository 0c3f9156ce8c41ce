"""The knowledge base: SQLite by default, one code path for every backend."""

from ghatna.store.database import Store, open_store

__all__ = ["Store", "open_store"]
