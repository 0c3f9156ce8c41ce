"""``ghatna events``: query the deduplicated events of the knowledge base."""

from __future__ import annotations

import argparse
from typing import Any

from ghatna.cli.common import add_db_option
from ghatna.cli.tables import OUTPUT_FORMATS, emit
from ghatna.store import open_store
from ghatna.store.read import SORTS, EventFilter, events

COLUMNS = ("id", "date", "type", "mode", "cameo", "actor", "recipient", "place", "score", "sources", "confidence")


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters")
    group.add_argument("--actor", help="actor code (IND, INDGOV) or name in Devanagari or Latin script")
    group.add_argument("--recipient", help="recipient code or name, as --actor")
    several = " (repeat for several: any of them)"
    group.add_argument(
        "--country", action="append", help="actor or recipient country (ISO alpha-3, e.g. KAZ)" + several
    )
    group.add_argument("--type", action="append", help="PLOVER type, e.g. CONSULT" + several)
    group.add_argument("--mode", action="append", help="PLOVER mode, e.g. visit" + several)
    group.add_argument("--context", help="PLOVER context, e.g. military")
    group.add_argument("--since", help="from this date on (YYYY, YYYY-MM or YYYY-MM-DD)")
    group.add_argument("--until", help="up to this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    group.add_argument("--place", help="place name (either script) or country code")
    group.add_argument("--min-confidence", type=float, help="lowest confidence, 0-1")
    group.add_argument("--text", help="words that the evidence must contain (full-text search)")
    group.add_argument("--article", help="reported by this article (number or document id)")
    group.add_argument(
        "--quad-class",
        type=int,
        action="append",
        choices=(1, 2, 3, 4),
        help="1 verbal coop … 4 material conflict" + several,
    )
    group.add_argument("--cameo", action="append", help="CAMEO code or its prefix, e.g. 04" + several)
    group.add_argument("--sector", action="append", help="actor or recipient sector, e.g. GOV" + several)
    group.add_argument("--modality", action="append", help="asserted, future, negated, ..." + several)
    group.add_argument("--sort", choices=SORTS, default="date", help="order; a leading - sorts descending")
    group.add_argument("--limit", type=int, help="at most this many events")
    group.add_argument("--offset", type=int, default=0, help="skip this many events first")


def event_filter(args: argparse.Namespace) -> EventFilter:
    return EventFilter(
        actor=args.actor, recipient=args.recipient, countries=tuple(args.country or ()), types=tuple(args.type or ()),
        modes=tuple(args.mode or ()), context=args.context, since=args.since, until=args.until, place=args.place,
        min_confidence=args.min_confidence, text=args.text, limit=args.limit, article=args.article,
        quad_classes=tuple(args.quad_class or ()), cameos=tuple(args.cameo or ()), sectors=tuple(args.sector or ()),
        modalities=tuple(args.modality or ()),
        sort=args.sort, offset=args.offset,
    )  # fmt: skip


def register(commands: Any) -> None:
    parser = commands.add_parser("events", help="list deduplicated events matching filters")
    add_db_option(parser)
    add_filter_options(parser)
    parser.add_argument("--format", choices=OUTPUT_FORMATS, default="table", help="output format (default: table)")
    parser.set_defaults(run=run)


def _name(obj: dict[str, Any] | None) -> str:
    if not obj:
        return ""
    return f"{obj['name_en'] or obj['name_hi'] or ''} ({obj['code'] or '?'})".strip()


def table_row(r: dict[str, Any]) -> dict[str, Any]:
    loc = r["location"] or {}
    date = r["date"]["start"] if r["date"] else (f"~{r['days'][0]}" if r["days"][0] else "")
    return {
        "id": r["id"],
        "date": date,
        "type": r["type"],
        "mode": r["mode"],
        "cameo": r["cameo"],
        "actor": _name(r["actor"]),
        "recipient": _name(r["recipient"]),
        "place": loc.get("name_en") or loc.get("name_hi") or loc.get("country"),
        "score": r["plover_score"],
        "sources": r["source_count"],
        "confidence": r["confidence"],
    }


def run(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        records = events(store, event_filter(args))
    emit(records, args.format, [table_row(r) for r in records], COLUMNS)
    return 0
