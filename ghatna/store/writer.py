"""Writing one analysis: its article, sentences, entities (linked to canonical actors), time
expressions, per-article events with evidence, the full-text index, and cross-article fusion.
Called inside a write transaction by ``Store.add``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

from ghatna.actors.gazetteer import gazetteer
from ghatna.records import Actor, Analysis, Article, Event, Place
from ghatna.store import identity
from ghatna.store.dedup import effective_days, fuse
from ghatna.store.dialect import Connection
from ghatna.store.fulltext import index_event
from ghatna.store.plover import plover_score, quad_class
from ghatna.text.content import content_id


def outlet(article: Article) -> str:
    """Who published the article: the URL's host, else the folder (or file) it came from."""
    if article.url:
        host = urlsplit(article.url).hostname
        if host:
            return host.removeprefix("www.")
    path = PurePath(article.source)
    return str(path.parent) if path.parent != PurePath(".") else article.source


def add_analysis(connection: Connection, analysis: Analysis, window_days: int) -> bool:
    """Store ``analysis``; ``False`` (and nothing written) when its text is already stored."""
    a = analysis.article
    dateline, date = a.dateline, a.date
    row = connection.execute(
        """INSERT INTO articles (doc_id, content_hash, source, url, title, dateline_hi, dateline_en,
               dateline_country, date_value, date_precision, date_inferred, date_basis, language, text,
               ingested_at, outlet)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (content_hash) DO NOTHING RETURNING id""",
        (
            a.id, content_id(a.given_text), a.source, a.url, a.title,
            dateline.name_hi if dateline else None,
            dateline.name_en if dateline else None,
            dateline.country if dateline else None,
            date.value if date else None,
            date.precision if date else None,
            None if date is None else int(date.inferred),
            date.basis if date else None,
            a.language, a.text,
            datetime.now(UTC).isoformat(timespec="seconds"),
            outlet(a),
        ),
    ).fetchone()
    if row is None:
        return False
    article_id = int(row[0])
    connection.executemany(
        "INSERT INTO sentences (article_id, idx, start_offset, end_offset) VALUES (?, ?, ?, ?)",
        [(article_id, s.index, s.start, s.end) for s in analysis.sentences],
    )
    entity_ids, actor_ids = _add_entities(connection, article_id, analysis)
    connection.executemany(
        """INSERT INTO timexes (article_id, sentence, start_offset, end_offset, text, value_start, value_end,
               precision, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (article_id, t.sentence, t.start, t.end, t.text, t.value_start, t.value_end, t.precision, t.kind)
            for t in analysis.timexes
        ],
    )
    for event in analysis.events:
        event_id = _add_event(connection, article_id, analysis, event, entity_ids, actor_ids)
        fuse(connection, event_id, window_days)
    return True


def _add_entities(
    connection: Connection, article_id: int, analysis: Analysis
) -> tuple[dict[str, int], dict[str, int | None]]:
    entity_ids: dict[str, int] = {}
    actor_ids: dict[str, int | None] = {}
    for e in analysis.entities:
        row = connection.execute(
            """INSERT INTO entities (article_id, local_id, type, name_hi, name_en, country, sector, role, kb_id,
               link_score, link_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
            (article_id, e.id, e.type, e.name_hi, e.name_en, e.country, e.sector, e.role, e.kb_id, e.link_score,
             e.link_reason),
        ).fetchone()
        entity_ids[e.id] = int(row[0])
        connection.executemany(
            "INSERT INTO mentions (entity_id, start_offset, end_offset) VALUES (?, ?, ?)",
            [(entity_ids[e.id], start, end) for start, end in e.mentions],
        )
        if e.type in ("DATE", "NUMBER"):
            continue
        facts = identity.ActorFacts(e.type, e.name_hi, e.name_en, e.country, e.sector, e.role, e.kb_id)
        actor_ids[e.id] = identity.resolve(connection, facts, article_id, entity_ids[e.id])
        connection.execute("UPDATE entities SET actor_id = ? WHERE id = ?", (actor_ids[e.id], entity_ids[e.id]))
    return entity_ids, actor_ids


def _actor(
    connection: Connection, article_id: int, actor: Actor | None, actor_ids: dict[str, int | None]
) -> tuple[int | None, str | None]:
    """The canonical id and code of an event's actor: through its entity, else resolved from its own facts."""
    if actor is None:
        return None, None
    code = identity.actor_code(actor.country, actor.sector)
    if actor.entity and actor.entity in actor_ids:
        return actor_ids[actor.entity], code
    facts = identity.ActorFacts(_state_type(actor), actor.name_hi, actor.name_en, actor.country, actor.sector,
                                actor.role)
    key = repr(facts)  # one link per distinct actor description per article, however many events name it
    if key not in actor_ids:
        actor_ids[key] = identity.resolve(connection, facts, article_id)
    return actor_ids[key], code


def _state_type(actor: Actor) -> str | None:
    """A state acting as a whole (named as its own country, no sector) is the country's place actor,
    never its government (ORGANIZATION, GOV), which OUTPUT.md names the same way."""
    state = actor.sector is None and actor.country and actor.name_en == gazetteer().country_name(actor.country)
    return "LOCATION" if state else None


def _actor_columns(actor: Actor | None, entity_ids: dict[str, int]) -> tuple[Any, ...]:
    if actor is None:
        return (None,) * 6
    entity = entity_ids.get(actor.entity) if actor.entity else None
    return (entity, actor.name_en, actor.name_hi, actor.country, actor.sector, actor.role)


def _geo_columns(place: Place | None) -> tuple[Any, ...]:
    if place is None:
        return (None,) * 6
    return (place.geonames_id, place.lat, place.lon, place.feature, place.admin1, place.basis)


def _add_event(
    connection: Connection,
    article_id: int,
    analysis: Analysis,
    ev: Event,
    entity_ids: dict[str, int],
    actor_ids: dict[str, int | None],
) -> int:
    loc, date = ev.location, ev.date
    actor_id, actor_code = _actor(connection, article_id, ev.actor, actor_ids)
    recipient_id, recipient_code = _actor(connection, article_id, ev.recipient, actor_ids)
    article_date = analysis.article.date.value if analysis.article.date else None
    day_from, day_to = effective_days(date.start if date else None, date.end if date else None, article_date)
    row = connection.execute(
        """INSERT INTO events (article_id, type, mode, cameo,
               actor_entity_id, actor_name_en, actor_name_hi, actor_country, actor_sector, actor_role,
               recipient_entity_id, recipient_name_en, recipient_name_hi, recipient_country,
               recipient_sector, recipient_role, location_name_hi, location_name_en, location_country,
               date_start, date_end, date_precision, date_text, modality, context, confidence,
               actor_id, recipient_id, actor_code, recipient_code, quad_class, plover_score, day_from, day_to,
               location_geonames_id, location_lat, location_lon, location_feature, location_admin1, location_basis)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                   ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           RETURNING id""",
        (
            article_id, ev.type, ev.mode, ev.cameo,
            *_actor_columns(ev.actor, entity_ids),
            *_actor_columns(ev.recipient, entity_ids),
            loc.name_hi if loc else None,
            loc.name_en if loc else None,
            loc.country if loc else None,
            date.start if date else None,
            date.end if date else None,
            date.precision if date else None,
            date.text if date else None,
            ev.modality, json.dumps(ev.context), ev.confidence,
            actor_id, recipient_id, actor_code, recipient_code,
            quad_class(ev.type, ev.cameo), plover_score(ev.type, ev.mode), day_from, day_to,
            *_geo_columns(loc),
        ),
    ).fetchone()
    event_id = int(row[0])
    text = analysis.article.text
    connection.executemany(
        "INSERT INTO evidence (event_id, sentence, start_offset, end_offset, trigger, text) VALUES (?, ?, ?, ?, ?, ?)",
        [(event_id, e.sentence, e.start, e.end, e.trigger, text[e.start : e.end]) for e in ev.evidence],
    )
    index_event(connection, event_id, [text[e.start : e.end] + " " + e.trigger for e in ev.evidence])
    return event_id
