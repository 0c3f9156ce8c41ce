"""Errors of the NLP model layer.

Kept here until the foundation's ``ghatna/errors.py`` lands on this branch; at merge time these
two classes should derive from ``ghatna.errors.GhatnaError``.
"""

from __future__ import annotations

__all__ = ["CorpusError", "ModelError"]


class CorpusError(Exception):
    """An evaluation or training file is missing or malformed: check the path and its format."""


class ModelError(Exception):
    """The shipped spaCy pipeline is missing or broken: rebuild it with ``make models``."""
