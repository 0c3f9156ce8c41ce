"""The knowledge base: SQLite by default, PostgreSQL through the same interface."""

from ghatna.store.database import Store, open_store

__all__ = ["Store", "open_store"]
