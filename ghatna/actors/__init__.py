"""Actors: from mentions to resolved, coded entities."""
