"""The entities stage: resolved and coded actors (filled by the actor resolver)."""

from __future__ import annotations

from ghatna.pipeline import stage
from ghatna.records import Analysis


@stage("entities", requires={"mentions"}, produces={"entities"})
def entities_stage(analysis: Analysis) -> Analysis:
    analysis.entities = []
    return analysis
