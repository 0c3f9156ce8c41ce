"""How the pages show PLOVER: a colour per type and a label and colour per quad class. Scores and quad
classes come from the store (``lang/ontology/plover.json``), never from here."""

from __future__ import annotations

from ghatna.store.plover import QUADS

QUAD_LABELS: dict[str, str] = {
    "verbal_coop": "Verbal cooperation",
    "material_coop": "Material cooperation",
    "verbal_conflict": "Verbal conflict",
    "material_conflict": "Material conflict",
}
QUAD_COLOURS: dict[str, str] = {
    "verbal_coop": "#7fb3d5",
    "material_coop": "#1f618d",
    "verbal_conflict": "#f0b27a",
    "material_conflict": "#c0392b",
}
TYPE_COLOURS: dict[str, str] = {
    "AGREE": "#a9dfbf",
    "CONSULT": "#aed6f1",
    "SUPPORT": "#d2b4de",
    "CONCEDE": "#f9e79f",
    "COOPERATE": "#76d7c4",
    "AID": "#82e0aa",
    "RETREAT": "#d5dbdb",
    "REQUEST": "#fad7a0",
    "ACCUSE": "#f5cba7",
    "REJECT": "#edbb99",
    "THREATEN": "#f1948a",
    "PROTEST": "#e59866",
    "SANCTION": "#d98880",
    "MOBILIZE": "#e6a59d",
    "COERCE": "#c39bd3",
    "ASSAULT": "#ec7063",
}
EVENT_TYPES: tuple[str, ...] = tuple(TYPE_COLOURS)


def colour(event_type: str) -> str:
    return TYPE_COLOURS.get(event_type, "#e5e7e9")


def quad_label(quad_class: int | None) -> str:
    name = QUADS.get(quad_class or 0)
    return QUAD_LABELS[name] if name else ""
