"""The time stage: temporal expressions and the document date."""

from __future__ import annotations

from ghatna.pipeline import stage
from ghatna.records import Analysis


@stage("time", requires={"tokens"}, produces={"timexes"})
def time_stage(analysis: Analysis) -> Analysis:
    analysis.timexes = []
    return analysis
