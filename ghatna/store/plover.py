"""PLOVER facts the store needs: quad class and score of each type and mode, read from the one table
in ``lang/ontology/plover.json`` (ONTOLOGY.md, manual draft 0.8)."""

from __future__ import annotations

from ghatna.lang.ontology import ontology

# GDELT's QuadClass numbers and the names the API gives them.
QUADS: dict[int, str] = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}


def plover_score(event_type: str, mode: str | None) -> float | None:
    """The PLOVER cooperation–conflict score (−10…+10) of a type and mode; ``None`` for an unknown type."""
    onto = ontology()
    if event_type not in onto.scores:
        return None
    return onto.mode_scores[event_type].get(mode or "", onto.scores[event_type])


def quad_class(event_type: str, cameo: str | None) -> int | None:
    """GDELT's QuadClass (1 verbal coop … 4 material conflict): from the CAMEO root, else the PLOVER type."""
    if cameo and cameo[:2].isdigit():
        root = int(cameo[:2])
        return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4
    return ontology().quads.get(event_type)
