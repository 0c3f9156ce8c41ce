"""The entities stage: resolved and coded actors, found without a trained NER model (gazetteers,
titles and roles) and with its PERSON mentions when ``analysis.mentions`` has them."""

from __future__ import annotations

from ghatna.actors.resolve import resolve_entities
from ghatna.records import Analysis
from ghatna.registry import stage


@stage("entities", requires={"mentions", "timexes"}, produces={"entities"})
def entities_stage(analysis: Analysis) -> Analysis:
    analysis.entities = resolve_entities(analysis)
    return analysis
