"""The output contract (``OUTPUT.md``, version 2): one JSON object per article."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

from ghatna.records import Actor, Analysis, Entity, Event, GeoMention, Place

OUTPUT_VERSION = 2


def to_record(analysis: Analysis, *, include_text: bool = True) -> dict[str, Any]:
    article = analysis.article
    record: dict[str, Any] = {
        "id": article.id,
        "source": article.source,
        "language": article.language,
        "output_version": OUTPUT_VERSION,
    }
    if article.title:
        record["title"] = article.title
    if article.url:
        record["url"] = article.url
    if article.title_prefix:
        record["text_start"] = article.title_prefix
    if article.dateline:
        record["dateline"] = _place(article.dateline)
    if article.date:
        record["date"] = _drop_none(
            {
                "value": article.date.value,
                "precision": article.date.precision,
                "inferred": article.date.inferred,
                "basis": article.date.basis,
            }
        )
    record["entities"] = [_entity(e) for e in analysis.entities]
    record["events"] = [_event(e) for e in analysis.events]
    if analysis.places:
        record["places"] = [_geo_mention(m) for m in analysis.places]
    if include_text:
        record["text"] = article.text
    if analysis.warnings:
        record["warnings"] = list(analysis.warnings)
    return record


def _drop_none(mapping: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if v is not None}


def _place(place: Place) -> dict[str, Any]:
    out: dict[str, Any] = {"name_hi": place.name_hi, "name_en": place.name_en, "country": place.country}
    geo = {"geonames_id": place.geonames_id, "lat": place.lat, "lon": place.lon, "feature": place.feature,
           "admin1": place.admin1, "basis": place.basis}
    out.update(_drop_none(geo))
    return out


def _geo_mention(mention: GeoMention) -> dict[str, Any]:
    out: dict[str, Any] = {"name_hi": mention.name_hi, "span": [mention.start, mention.end],
                           "sentence": mention.sentence}
    out.update(_place(mention.place) if mention.place is not None else {"geonames_id": None})
    out["name_hi"] = mention.name_hi
    out["score"] = mention.score
    out["reason"] = mention.reason
    return out


def _entity(entity: Entity) -> dict[str, Any]:
    linked = {"kb_id": entity.kb_id, "qid": entity.qid, "link_score": entity.link_score,
              "link_reason": entity.link_reason}
    return {
        "id": entity.id,
        "type": entity.type,
        "name_hi": entity.name_hi,
        "name_en": entity.name_en,
        "country": entity.country,
        "sector": entity.sector,
        "role": entity.role,
        "mentions": [list(m) for m in entity.mentions],
        **_drop_none(linked),
    }


def _actor(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return _drop_none(
        {
            "entity": actor.entity,
            "name_en": actor.name_en,
            "name_hi": actor.name_hi,
            "country": actor.country,
            "sector": actor.sector,
            "role": actor.role,
        }
    )


def _event(event: Event) -> dict[str, Any]:
    out: dict[str, Any] = {"type": event.type, "mode": event.mode, "cameo": event.cameo}
    out["actor"] = _actor(event.actor)
    out["recipient"] = _actor(event.recipient)
    if event.location:
        out["location"] = _place(event.location)
    if event.date:
        out["date"] = _drop_none(
            {
                "start": event.date.start,
                "end": event.date.end,
                "precision": event.date.precision,
                "text": event.date.text,
            }
        )
    out["modality"] = event.modality
    out["context"] = list(event.context)
    first, *more = event.evidence
    out["evidence"] = {
        "sentence": first.sentence,
        "start": first.start,
        "end": first.end,
        "trigger": first.trigger,
    }
    if more:
        out["more_evidence"] = [
            {"sentence": e.sentence, "start": e.start, "end": e.end, "trigger": e.trigger} for e in more
        ]
    out["confidence"] = round(event.confidence, 3)
    return _drop_none(out)


@cache
def output_schema() -> dict[str, Any]:
    text = resources.files("ghatna.schema").joinpath("output.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def validate_record(record: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``record`` breaks the output contract."""
    jsonschema.validate(record, output_schema())
