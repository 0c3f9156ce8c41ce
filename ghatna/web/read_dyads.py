"""Dyad time series: events between two countries per period, by quad class, with the mean score."""

from __future__ import annotations

import sqlite3
from typing import Any, Literal

from ghatna.web import plover
from ghatna.web.read_events import WHEN

Period = Literal["year", "month", "day"]
_WIDTH: dict[str, int] = {"year": 4, "month": 7, "day": 10}


def dyad_series(
    connection: sqlite3.Connection,
    first: str,
    second: str,
    *,
    period: Period = "month",
    since: str | None = None,
    until: str | None = None,
    directed: bool = False,
) -> dict[str, Any]:
    """Events between ``first`` and ``second`` (both directions unless ``directed``) per period.

    An event is placed by its own date, else by its article's date; events with neither are
    counted in ``undated``.
    """
    where = "ev.actor_country = ? AND ev.recipient_country = ?"
    params: list[Any] = [first, second]
    if not directed:
        where = f"(({where}) OR (ev.actor_country = ? AND ev.recipient_country = ?))"
        params += [second, first]
    if since:
        where += f" AND {WHEN} >= ?"
        params.append(since)
    if until:
        where += f" AND substr({WHEN}, 1, length(?)) <= ?"
        params += [until, until]
    rows = connection.execute(
        f"""SELECT ev.type, ev.mode, {WHEN} AS event_when FROM events ev
            JOIN articles a ON a.id = ev.article_id WHERE {where}""",
        params,
    ).fetchall()
    width = _WIDTH[period]
    buckets: dict[str, dict[str, Any]] = {}
    undated = 0
    for row in rows:
        when = row["event_when"]
        if not when or len(when) < width:
            undated += 1
            continue
        bucket = buckets.setdefault(when[:width], {q: 0 for q in plover.QUADS} | {"scores": []})
        quad = plover.quad(row["type"])
        if quad:
            bucket[quad] += 1
        score = plover.score(row["type"], row["mode"])
        if score is not None:
            bucket["scores"].append(score)
    series = []
    for key in sorted(buckets):
        b = buckets.pop(key)
        scores = b.pop("scores")
        series.append(
            {"period": key, **b, "total": sum(b.values()),
             "mean_score": round(sum(scores) / len(scores), 3) if scores else None}
        )
    return {
        "dyad": [first, second],
        "directed": directed,
        "period": period,
        "series": series,
        "undated": undated,
        "events": len(rows),
    }


def list_dyads(connection: sqlite3.Connection, *, limit: int = 100) -> list[dict[str, Any]]:
    """Country pairs (either direction) with their number of events, most active first."""
    rows = connection.execute(
        """SELECT MIN(actor_country, recipient_country) AS first, MAX(actor_country, recipient_country) AS second,
                  COUNT(*) AS events
           FROM events WHERE actor_country IS NOT NULL AND recipient_country IS NOT NULL
                 AND actor_country != recipient_country
           GROUP BY 1, 2 ORDER BY events DESC, first, second LIMIT ?""",
        (limit,),
    ).fetchall()
    return [dict(r) for r in rows]
