"""``ghatna watch``: poll RSS/Atom feeds and ingest each new article once."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import regex

from ghatna.cli.common import add_coder_option, add_db_option, add_fetch_options, error, fetch_options, warn
from ghatna.errors import InputError
from ghatna.ingest import IngestOptions
from ghatna.ingest.fetch import Fetcher
from ghatna.ingest.options import DEFAULT_MAX_BYTES
from ghatna.run.watch import FeedPolled, ItemStored, watch_feeds
from ghatna.store import open_store

_DURATION = regex.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*$")
_UNIT_S = {"": 1, "s": 1, "m": 60, "h": 3600}


def duration(value: str) -> float:
    """'90', '30s', '10m' or '1h' in seconds."""
    found = _DURATION.match(value)
    if not found or float(found.group(1)) <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a duration such as 30s, 10m or 1h")
    return float(found.group(1)) * _UNIT_S[found.group(2)]


def register(commands: Any) -> None:
    parser = commands.add_parser("watch", help="poll RSS/Atom feeds and ingest new articles (Ctrl-C stops)")
    parser.add_argument("feeds", nargs="+", metavar="FEED_URL", help="RSS or Atom feed URLs")
    parser.add_argument("--every", type=duration, default=600.0, help="time between polls: 30s, 10m, 1h (default 10m)")
    parser.add_argument("--once", action="store_true", help="poll each feed once, then stop")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="largest page accepted")
    parser.add_argument("--skip-non-hindi", action="store_true", help="skip articles that are not Hindi")
    add_db_option(parser)
    add_coder_option(parser)
    add_fetch_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    options = IngestOptions(max_bytes=args.max_bytes, skip_non_hindi=args.skip_non_hindi, fetch=fetch_options(args))
    counts = {"new": 0, "already stored": 0, "failed": 0}
    try:
        with open_store(args.db) as store, Fetcher(options.fetch) as fetcher:
            for report in watch_feeds(args.feeds, store, fetcher, options, every_s=args.every, once=args.once):
                _show(report, counts)
    except KeyboardInterrupt:
        print(f"ghatna: watch stopped; {_summary(counts)}", file=sys.stderr)
        return 130
    print(f"watched: {_summary(counts)}")
    return 1 if counts["failed"] else 0


def _show(report: object, counts: dict[str, int]) -> None:
    if isinstance(report, InputError):
        error(str(report))
        counts["failed"] += 1
    elif isinstance(report, FeedPolled):
        state = "not modified" if report.not_modified else f"{report.new_items} new items"
        print(f"ghatna: {report.url}: {state}", file=sys.stderr)
    elif isinstance(report, ItemStored):
        counts["new" if report.added else "already stored"] += 1
        print(f"{'stored' if report.added else 'already stored'} {report.link}", flush=True)
    else:
        warn(str(report))


def _summary(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {what}" for what, n in counts.items())
