"""Validators of every language data file, one module per area; importing this registers them all."""

from ghatna.lang.schemas import events, text

__all__ = ["events", "text"]
