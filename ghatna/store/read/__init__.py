"""Reading the knowledge base, on SQLite and PostgreSQL alike: the one read layer of the CLI, the
REST API and the pages. Every reader of events takes one ``EventFilter``."""

from __future__ import annotations

from ghatna.store.read.actors import actor, actors, count_actors
from ghatna.store.read.articles import article_record, count_articles, find_article_id, list_articles
from ghatna.store.read.dyads import dyad, dyads
from ghatna.store.read.events import count_events, event, events, example_events, fused_rows
from ghatna.store.read.facets import FACETS, dashboard, facets, per_month, totals
from ghatna.store.read.filters import PERIODS, SORTS, EventFilter, Sort
from ghatna.store.read.geo import geo, place_event_ids
from ghatna.store.read.network import network
from ghatna.store.read.numbers import tidy

__all__ = [
    "FACETS", "PERIODS", "SORTS", "EventFilter", "Sort", "actor", "actors", "article_record", "count_actors",
    "count_articles", "count_events", "dashboard", "dyad", "dyads", "event", "events", "example_events",
    "facets", "find_article_id", "fused_rows", "geo", "list_articles", "network", "per_month", "place_event_ids",
    "tidy", "totals",
]  # fmt: skip
