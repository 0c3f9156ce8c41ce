"""PLOVER facts the store needs: quad class and score of each type and mode (ONTOLOGY.md, manual draft 0.8)."""

from __future__ import annotations

# type: (quad class 1-4, base score, {mode: score})
_TYPES: dict[str, tuple[int, float, dict[str, float]]] = {
    "AGREE": (1, 2.5, {}),
    "CONSULT": (1, 2.5, {"visit": 4.0, "third-party": 1.0, "multilateral": 4.0, "phone": 1.5}),
    "SUPPORT": (1, 5.0, {}),
    "CONCEDE": (1, 4.5, {}),
    "COOPERATE": (2, 9.5, {}),
    "AID": (2, 10.0, {}),
    "RETREAT": (
        2,
        6.5,
        {"withdraw": 8.0, "release": 6.5, "disarm": 10.0, "ceasefire": 7.5, "access": 6.5, "resign": 4.5},
    ),
    "REQUEST": (3, 0.0, {"assist": 0.5, "change": -1.0, "yield": -1.0, "meet": 0.0}),
    "ACCUSE": (3, -3.0, {"disapprove": -2.0, "investigate": -3.5, "allege": -3.5}),
    "REJECT": (3, -2.0, {"assist": -1.5, "change": -2.0, "yield": -2.0, "meet": -2.0}),
    "THREATEN": (
        3,
        -3.5,
        {"restrict": -3.0, "arrest": -3.5, "relations": -3.5, "expel": -3.5, "territory": -4.0, "violence": -3.5},
    ),
    "PROTEST": (
        4,
        -5.0,
        {"demo": -5.0, "riot": -7.0, "strike": -5.0, "hunger": -4.5, "boycott": -4.5, "obstruct": -4.5},
    ),
    "SANCTION": (4, -6.0, {"convict": -6.0, "expel": -5.5, "withdraw": -6.0, "discontinue": -6.0}),
    "MOBILIZE": (4, -5.5, {"troops": -6.5, "weapons": -6.5, "police": -5.5, "militia": -6.0}),
    "COERCE": (4, -7.0, {"censor": -6.5, "curfew": -6.5, "martial-law": -7.5, "misinformation": -6.5}),
    "ASSAULT": (
        4,
        -9.0,
        {
            "abduct": -8.5, "beat": -7.5, "torture": -8.5, "sexual": -8.5, "targeted": -9.5, "destroy": -8.5,
            "primitive": -8.0, "firearms": -9.0, "explosives": -9.0, "suicide-attack": -9.5, "aerial": -9.5,
            "drone": -9.5, "heavy-weapons": -9.5, "crowd-control": -7.5, "unconventional": -10.0,
        },
    ),
}


def plover_score(event_type: str, mode: str | None) -> float | None:
    """The PLOVER cooperation–conflict score (−10…+10) of a type and mode; ``None`` for an unknown type."""
    known = _TYPES.get(event_type)
    if known is None:
        return None
    return known[2].get(mode or "", known[1])


def quad_class(event_type: str, cameo: str | None) -> int | None:
    """GDELT's QuadClass (1 verbal coop … 4 material conflict): from the CAMEO root, else the PLOVER type."""
    if cameo and cameo[:2].isdigit():
        root = int(cameo[:2])
        return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4
    known = _TYPES.get(event_type)
    return known[0] if known else None
