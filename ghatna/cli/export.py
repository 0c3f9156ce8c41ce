"""``ghatna export``: the deduplicated events as JSONL, CSV, Parquet or a GDELT 2.0 table."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ghatna.cli.common import add_db_option, error
from ghatna.cli.events import add_filter_options, event_filter
from ghatna.store import open_store
from ghatna.store.export import FORMATS, export


def register(commands: Any) -> None:
    parser = commands.add_parser("export", help="export events: jsonl, csv, parquet (typed) or gdelt (TSV)")
    add_db_option(parser)
    parser.add_argument("--format", choices=FORMATS, required=True, help="export format")
    parser.add_argument("-o", "--output", help="file to write (default: stdout; required for parquet)")
    add_filter_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.format == "parquet" and not args.output:
        error("--format parquet needs --output FILE.parquet")
        return 2
    with open_store(args.db) as store:
        if args.format == "parquet":
            n = export(store, "parquet", args.output, event_filter(args))
        elif args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                n = export(store, args.format, out, event_filter(args))
        else:
            n = export(store, args.format, sys.stdout, event_filter(args))
    print(f"ghatna: exported {n} events", file=sys.stderr)
    return 0
