"""The events stage: PLOVER events with actors, place, date and evidence."""

from __future__ import annotations

from ghatna.pipeline import stage
from ghatna.records import Analysis


@stage("events", requires={"entities", "timexes"}, produces={"events"})
def events_stage(analysis: Analysis) -> Analysis:
    analysis.events = []
    return analysis
