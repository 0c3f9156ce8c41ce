"""Readers that turn local sources (files, folders, dumps, stdin) into ``Article`` records."""

from ghatna.ingest.options import IngestOptions
from ghatna.ingest.sources import read_sources

__all__ = ["IngestOptions", "read_sources"]
