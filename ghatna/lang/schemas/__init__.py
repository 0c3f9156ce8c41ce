"""Validators of every language data file, one module per area; importing this registers them all."""

from ghatna.lang import SCHEMAS
from ghatna.lang.schemas import actors, events, kb, places, text, time

__all__ = ["SCHEMAS", "actors", "events", "kb", "places", "text", "time"]
