"""A title-only mention (प्रधानमंत्री, गृहमंत्री, स्वास्थ्य मंत्री) stands for the person the article
names as holding that office: Hindi news introduces an office holder once with title and name
(गृहमंत्री राजनाथ सिंह ने …) and refers back to them by the title alone (गृहमंत्री ने …)."""

from __future__ import annotations

from ghatna.actors.titles import title_book
from ghatna.actors.words import phrase_keys
from ghatna.records import Analysis, Entity


def title_role(name_hi: str | None) -> tuple[str, str] | None:
    """The role (English, and its bare office) when ``name_hi`` is a title and nothing else."""
    keys = phrase_keys(name_hi or "")
    role = title_book().match_role(keys, 0) if keys else None
    if role is None or role.end != len(keys):
        return None
    return role.en, role.office


def named_holder(name_hi: str | None, country: str | None, analysis: Analysis) -> Entity | None:
    """The one named person of the article who holds the office ``name_hi`` names (the same
    role), those the knowledge base knows first. None when the title names no office, when no one
    holds it, or when holders of it from several countries are named (भारत के प्रधानमंत्री … और
    नेपाल के प्रधानमंत्री …: the title alone does not say which)."""
    role = title_role(name_hi)
    if role is None:
        return None
    holders = [
        e for e in analysis.entities if e.type == "PERSON" and e.role == role[0] and title_role(e.name_hi) is None
    ]
    countries = {e.country for e in holders}
    if not holders or len(countries) > 1 or (country and None not in countries and country not in countries):
        return None
    known = [e for e in holders if e.kb_id]
    return _most_mentioned(known or holders)


def holder_of(entity: Entity, analysis: Analysis) -> Entity:
    """The named person a title-only entity (प्रधानमंत्री) stands for, else the entity itself."""
    if entity.type != "PERSON":
        return entity
    return named_holder(entity.name_hi, entity.country, analysis) or entity


def _most_mentioned(holders: list[Entity]) -> Entity | None:
    ranked = sorted(holders, key=lambda e: len(e.mentions), reverse=True)
    if len(ranked) > 1 and len(ranked[1].mentions) == len(ranked[0].mentions):
        return None
    return ranked[0]
