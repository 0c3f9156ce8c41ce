"""PLOVER types as the web views need them: quad class, score (ONTOLOGY.md) and a colour."""

from __future__ import annotations

from typing import Literal

Quad = Literal["verbal_coop", "material_coop", "verbal_conflict", "material_conflict"]
QUADS: tuple[Quad, ...] = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
QUAD_LABELS: dict[Quad, str] = {
    "verbal_coop": "Verbal cooperation",
    "material_coop": "Material cooperation",
    "verbal_conflict": "Verbal conflict",
    "material_conflict": "Material conflict",
}
QUAD_COLOURS: dict[Quad, str] = {
    "verbal_coop": "#7fb3d5",
    "material_coop": "#1f618d",
    "verbal_conflict": "#f0b27a",
    "material_conflict": "#c0392b",
}

# type: (quad class, PLOVER score on the -10..+10 scale, highlight colour)
TYPES: dict[str, tuple[Quad, float, str]] = {
    "AGREE": ("verbal_coop", 2.5, "#a9dfbf"),
    "CONSULT": ("verbal_coop", 2.5, "#aed6f1"),
    "SUPPORT": ("verbal_coop", 5.0, "#d2b4de"),
    "CONCEDE": ("verbal_coop", 4.5, "#f9e79f"),
    "COOPERATE": ("material_coop", 9.5, "#76d7c4"),
    "AID": ("material_coop", 10.0, "#82e0aa"),
    "RETREAT": ("material_coop", 6.5, "#d5dbdb"),
    "REQUEST": ("verbal_conflict", 0.0, "#fad7a0"),
    "ACCUSE": ("verbal_conflict", -3.0, "#f5cba7"),
    "REJECT": ("verbal_conflict", -2.0, "#edbb99"),
    "THREATEN": ("verbal_conflict", -3.5, "#f1948a"),
    "PROTEST": ("material_conflict", -5.0, "#e59866"),
    "SANCTION": ("material_conflict", -6.0, "#d98880"),
    "MOBILIZE": ("material_conflict", -5.5, "#cd6155"),
    "COERCE": ("material_conflict", -7.0, "#c39bd3"),
    "ASSAULT": ("material_conflict", -9.0, "#ec7063"),
}
EVENT_TYPES: tuple[str, ...] = tuple(TYPES)
_MODE_SCORES: dict[tuple[str, str | None], float] = {("CONSULT", "visit"): 4.0}


def quad(event_type: str) -> Quad | None:
    found = TYPES.get(event_type)
    return found[0] if found else None


def score(event_type: str, mode: str | None = None) -> float | None:
    """The PLOVER cooperation-conflict score of a coded event (ACCUSE's −2…−3.5 range as −3)."""
    if (event_type, mode) in _MODE_SCORES:
        return _MODE_SCORES[(event_type, mode)]
    found = TYPES.get(event_type)
    return found[1] if found else None


def colour(event_type: str) -> str:
    found = TYPES.get(event_type)
    return found[2] if found else "#e5e7e9"


def cooperative(event_type: str) -> bool | None:
    q = quad(event_type)
    return None if q is None else q.endswith("coop")
