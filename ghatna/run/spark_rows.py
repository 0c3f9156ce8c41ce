"""Flat, typed rows of an analysis: one per article and one per event, as written by the Spark job."""

from __future__ import annotations

from typing import Any

from ghatna.records import Actor, Analysis, Place
from ghatna.schema.columns import GEO_COLUMNS, Columns

#: (column, logical type) of the article rows (``ghatna.schema.columns`` derives the Spark schema).
ARTICLE_COLUMNS: Columns = (
    ("article_id", "string"),
    ("source", "string"),
    ("url", "string"),
    ("title", "string"),
    ("text_start", "int32"),
    ("language", "string"),
    ("date", "string"),
    ("date_precision", "string"),
    ("date_inferred", "bool"),
    ("sentences", "int32"),
    ("entities", "int32"),
    ("events", "int32"),
    ("error", "string"),
)

#: (column, logical type) of the event rows.
EVENT_COLUMNS: Columns = (
    ("article_id", "string"),
    ("source", "string"),
    ("url", "string"),
    ("type", "string"),
    ("mode", "string"),
    ("cameo", "string"),
    *(
        (f"{role}_{field}", "string")
        for role in ("actor", "recipient")
        for field in ("name_en", "name_hi", "country", "sector", "role")
    ),
    ("location_name_hi", "string"),
    ("location_name_en", "string"),
    ("location_country", "string"),
    *GEO_COLUMNS,
    ("date_start", "string"),
    ("date_end", "string"),
    ("date_precision", "string"),
    ("modality", "string"),
    ("context", "list<string>"),
    ("confidence", "double"),
    ("evidence_sentence", "int32"),
    ("evidence_start", "int32"),
    ("evidence_end", "int32"),
    ("evidence_trigger", "string"),
)


def article_row(analysis: Analysis) -> dict[str, Any]:
    article = analysis.article
    return {
        "article_id": article.id,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "text_start": article.title_prefix,
        "language": article.language,
        "date": article.date.value if article.date else None,
        "date_precision": article.date.precision if article.date else None,
        "date_inferred": article.date.inferred if article.date else None,
        "sentences": len(analysis.sentences),
        "entities": len(analysis.entities),
        "events": len(analysis.events),
        "error": None,
    }


def failed_article_row(article_id: str, source: str, error: str) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(name for name, _ in ARTICLE_COLUMNS)
    row.update(article_id=article_id, source=source, error=error)
    return row


def _actor_fields(role: str, actor: Actor | None) -> dict[str, Any]:
    return {
        f"{role}_name_en": actor.name_en if actor else None,
        f"{role}_name_hi": actor.name_hi if actor else None,
        f"{role}_country": actor.country if actor else None,
        f"{role}_sector": actor.sector if actor else None,
        f"{role}_role": actor.role if actor else None,
    }


def _geo_fields(place: Place | None) -> dict[str, Any]:
    return {column: getattr(place, column.removeprefix("location_")) if place else None for column, _ in GEO_COLUMNS}


def event_rows(analysis: Analysis) -> list[dict[str, Any]]:
    article = analysis.article
    rows = []
    for event in analysis.events:
        evidence = event.evidence[0]
        rows.append(
            {
                "article_id": article.id,
                "source": article.source,
                "url": article.url,
                "type": event.type,
                "mode": event.mode,
                "cameo": event.cameo,
                **_actor_fields("actor", event.actor),
                **_actor_fields("recipient", event.recipient),
                "location_name_hi": event.location.name_hi if event.location else None,
                "location_name_en": event.location.name_en if event.location else None,
                "location_country": event.location.country if event.location else None,
                **_geo_fields(event.location),
                "date_start": event.date.start if event.date else None,
                "date_end": event.date.end if event.date else None,
                "date_precision": event.date.precision if event.date else None,
                "modality": event.modality,
                "context": list(event.context),
                "confidence": float(event.confidence),
                "evidence_sentence": evidence.sentence,
                "evidence_start": evidence.start,
                "evidence_end": evidence.end,
                "evidence_trigger": evidence.trigger,
            }
        )
    return rows
