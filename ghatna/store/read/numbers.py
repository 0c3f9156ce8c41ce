"""Numbers as every face shows them: computed floats rounded once, so no float noise reaches the
CLI, CSV, JSON or HTML (``0.585``, never ``0.5850000000000001``)."""

from __future__ import annotations

DIGITS = 3


def tidy(value: float | int | None, digits: int = DIGITS) -> float | None:
    """``value`` rounded to ``digits`` decimals (``None`` stays ``None``; ``-0.0`` becomes ``0.0``)."""
    if value is None:
        return None
    return round(float(value), digits) + 0.0
