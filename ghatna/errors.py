"""The one exception hierarchy of ghatna. Every message tells the user what to do."""

from __future__ import annotations


class GhatnaError(Exception):
    """Base class of every error ghatna raises on purpose."""


class InputError(GhatnaError):
    """An input (file, line, record) cannot be read as an article; the batch goes on without it."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


class LanguageDataError(GhatnaError):
    """A data file under ghatna/lang is malformed: an unknown key, a duplicate or a glued entry."""


class PipelineError(GhatnaError):
    """The pipeline was assembled wrongly: a stage needs something no earlier stage produces."""


class StoreError(GhatnaError):
    """The database cannot be opened, migrated or written."""


class QueryError(StoreError):
    """A value to select by (a date, a name, a sort key) cannot be read; the user should change it."""


class FetchError(InputError):
    """A URL could not be fetched. ``transient`` errors (time-outs, 5xx, 429) may work on a later try."""

    def __init__(self, url: str, message: str, *, transient: bool = False, status: int | None = None) -> None:
        super().__init__(url, message)
        self.transient = transient
        self.status = status


class ModelError(GhatnaError):
    """The shipped spaCy pipeline is missing or broken: rebuild it with ``make models``."""


class CorpusError(GhatnaError):
    """An evaluation or training corpus file is missing or malformed: check the path and its format."""
