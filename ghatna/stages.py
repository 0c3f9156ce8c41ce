"""Importing this module registers every built-in stage."""

from ghatna.actors import stage as actors_stage
from ghatna.events import stage as events_stage
from ghatna.nlp import parse as parse_stage
from ghatna.nlp import stages as nlp_stages
from ghatna.places import stage as places_stage
from ghatna.time import stage as time_stage

__all__ = ["actors_stage", "events_stage", "nlp_stages", "parse_stage", "places_stage", "time_stage"]
