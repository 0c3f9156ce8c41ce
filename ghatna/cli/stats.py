"""``ghatna stats``: a readable summary of the knowledge base."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ghatna.cli.common import add_db_option, add_format_option
from ghatna.store import Store, open_store


def register(commands: Any) -> None:
    parser = commands.add_parser("stats", help="summarise the knowledge base")
    add_db_option(parser)
    add_format_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        if args.format == "json":
            print(json.dumps({"counts": store.counts(), "events_by_type": store.events_by_type()}, indent=2))
        else:
            print_summary(store)
    return 0


def print_summary(store: Store) -> None:
    counts = store.counts()
    print(f"knowledge base {store.url}")
    print(f"  articles  {counts['articles']:>7}")
    print(f"  sentences {counts['sentences']:>7}")
    print(f"  entities  {counts['entities']:>7}")
    print(f"  events    {counts['events']:>7}")
    by_type = store.events_by_type()
    if by_type:
        for kind, n in by_type.items():
            print(f"    {kind:<10} {n:>5}")
    else:
        print("    (no events coded yet)")
