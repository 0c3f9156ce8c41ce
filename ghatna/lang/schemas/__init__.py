"""Validators of every language data file, one module per area; importing this registers them all."""

from ghatna.lang.schemas import actors, events, places, text, time

__all__ = ["actors", "events", "places", "text", "time"]
