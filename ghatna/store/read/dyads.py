"""Dyads: country pairs with events between them, and one pair's series per period by quad class.

An event is placed at its own date, else at its article's date; one with neither is ``undated``."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ghatna.errors import QueryError
from ghatna.store.database import Store
from ghatna.store.plover import QUADS
from ghatna.store.read.cache import kept
from ghatna.store.read.filters import PERIODS, EventFilter, where
from ghatna.store.read.numbers import tidy


def dyad(
    store: Store,
    a: str,
    b: str,
    by: str = "month",
    directed: bool = False,
    since: str | None = None,
    until: str | None = None,
) -> dict[str, Any]:
    """Per period: fused events between countries ``a`` and ``b`` by quad class, their reports, and
    the mean PLOVER score; plus the number of events that no date places."""
    if by not in PERIODS:
        raise QueryError(f"--by {by!r}: use one of {', '.join(PERIODS)}")
    first, second = a.upper(), b.upper()
    flt = EventFilter(since=since, until=until, dyad=(first, second))
    clause, params = where(store.dialect, flt)
    if directed:
        clause += " AND f.actor_country = ? AND f.recipient_country = ?"
        params += [first, second]
    width = PERIODS[by]
    rows = store.connection.execute(
        f"SELECT SUBSTR(f.day_from, 1, {width}) AS p, f.quad_class, COUNT(*), SUM(f.source_count), "
        f"SUM(f.plover_score), COUNT(f.plover_score) FROM fused_events f{clause} GROUP BY p, f.quad_class ORDER BY p",
        params,
    ).fetchall()
    periods: dict[str, dict[str, Any]] = {}
    undated = total = 0
    for period, quad, n, reports, score_sum, scored in rows:
        total += int(n)
        if period is None:
            undated += int(n)
            continue
        bucket = periods.setdefault(
            period, {"period": period, **{q: 0 for q in QUADS.values()}, "events": 0, "reports": 0, "_s": 0.0, "_n": 0}
        )
        if quad in QUADS:
            bucket[QUADS[quad]] += int(n)
        bucket["events"] += int(n)
        bucket["reports"] += int(reports or 0)
        bucket["_s"] += float(score_sum or 0)
        bucket["_n"] += int(scored)
    series = []
    for bucket in periods.values():
        s, n = bucket.pop("_s"), bucket.pop("_n")
        bucket["mean_score"] = tidy(s / n) if n else None
        bucket["cooperative"] = bucket["verbal_coop"] + bucket["material_coop"]
        series.append(bucket)
    return {
        "dyad": [first, second],
        "directed": directed,
        "period": by,
        "series": series,
        "undated": undated,
        "events": total,
    }


@kept
def dyads(store: Store, flt: EventFilter | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Country pairs (either direction) with their number of events, most active first."""
    clause, params = where(store.dialect, replace(flt or EventFilter(), sort="id"))
    pair = "f.actor_country IS NOT NULL AND f.recipient_country IS NOT NULL AND f.actor_country <> f.recipient_country"
    clause = f"{clause} AND {pair}" if clause else f" WHERE {pair}"
    rows = store.connection.execute(
        "SELECT CASE WHEN f.actor_country < f.recipient_country THEN f.actor_country "
        "ELSE f.recipient_country END AS a, "
        "CASE WHEN f.actor_country < f.recipient_country THEN f.recipient_country ELSE f.actor_country END AS b, "
        f"COUNT(*) AS n FROM fused_events f{clause} GROUP BY a, b ORDER BY n DESC, a, b LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [{"first": a, "second": b, "events": int(n)} for a, b, n in rows]
