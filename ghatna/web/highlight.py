"""Cut an article's text into segments that each lie inside the same mentions and evidence spans.

The template renders each segment as escaped text wrapped in at most one evidence mark and one
mention span, so overlapping annotations never produce broken markup.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from ghatna.store.read import tidy
from ghatna.web import plover


@dataclass(slots=True)
class Segment:
    text: str
    entity: dict[str, Any] | None = None
    events: list[int] = field(default_factory=list)
    colour: str | None = None


def event_summary(event: dict[str, Any], article_date: str | None = None) -> str:
    """One line of English describing a coded event (the hover text); an event without a date of its
    own shows its article's date, marked as such."""
    kind = event["type"] + (f" ({event['mode']})" if event.get("mode") else "")
    actor = _name(event.get("actor"))
    recipient = _name(event.get("recipient"))
    parts = [kind, f"{actor} → {recipient}"]
    if event.get("cameo"):
        parts.append(f"CAMEO {event['cameo']}")
    date = event.get("date") or {}
    if date.get("start"):
        parts.append(date["start"] + (f" to {date['end']}" if date.get("end") else ""))
    elif article_date:
        parts.append(f"{article_date} (article date)")
    if event.get("location"):
        parts.append(f"in {_name(event['location'])}")
    parts.append(event.get("modality", "asserted"))
    parts.append(f"confidence {tidy(event.get('confidence', 0))}")
    return " · ".join(parts)


def _name(side: dict[str, Any] | None) -> str:
    if not side:
        return "?"
    name = side.get("name_en") or side.get("name_hi")
    if not name:
        return str(side.get("country") or "?")
    return f"{name} ({side['country']})" if side.get("country") else str(name)


def segments(record: dict[str, Any]) -> list[Segment]:
    text: str = record["text"]
    cuts = {0, len(text)}
    mentions: list[tuple[int, int, dict[str, Any]]] = []
    for entity in record["entities"]:
        for start, end in entity["mentions"]:
            if 0 <= start < end <= len(text):
                mentions.append((start, end, entity))
                cuts |= {start, end}
    spans: list[tuple[int, int, int]] = []
    for index, event in enumerate(record["events"]):
        for evidence in [event["evidence"], *event.get("more_evidence", [])]:
            start, end = evidence["start"], evidence["end"]
            if 0 <= start < end <= len(text):
                spans.append((start, end, index))
                cuts |= {start, end}
    ordered = sorted(cuts)
    out: list[Segment] = []
    for start, end in itertools.pairwise(ordered):
        segment = Segment(text[start:end])
        covering = [m for m in mentions if m[0] <= start and end <= m[1]]
        if covering:
            segment.entity = min(covering, key=lambda m: m[1] - m[0])[2]
        segment.events = sorted({i for s, e, i in spans if s <= start and end <= e})
        if segment.events:
            segment.colour = plover.colour(record["events"][segment.events[0]]["type"])
        out.append(segment)
    return out
