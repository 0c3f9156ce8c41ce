"""The events stage: PLOVER events with actors, place, date and evidence."""

from __future__ import annotations

from ghatna.events.coder import code_events
from ghatna.records import Analysis
from ghatna.registry import stage


@stage("events", requires={"entities", "timexes", "tokens.head", "tokens.dep"}, produces={"events"})
def events_stage(analysis: Analysis) -> Analysis:
    analysis.events = code_events(analysis)
    return analysis
