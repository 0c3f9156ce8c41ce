"""``ghatna ingest``: extract and store articles in the knowledge base."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from ghatna.cli.common import add_db_option, add_format_option, add_input_options, error, input_options, warn
from ghatna.cli.stats import print_summary
from ghatna.errors import InputError
from ghatna.store import open_store
from ghatna.store.ingest import BatchStored, ingest_sources

PROGRESS_EVERY_S = 5.0


def register(commands: Any) -> None:
    parser = commands.add_parser("ingest", help="extract articles and store them (idempotent)")
    add_input_options(parser)
    add_db_option(parser)
    add_format_option(parser)
    parser.add_argument("--batch-size", type=int, default=50, help="articles per transaction")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.batch_size < 1:
        error("--batch-size must be at least 1")
        return 2
    added = skipped = failed = 0
    started = last = time.monotonic()
    with open_store(args.db) as store:
        for report in ingest_sources(args.paths, store, input_options(args), args.batch_size):
            if isinstance(report, InputError):
                error(str(report))
                failed += 1
            elif isinstance(report, BatchStored):
                added += report.added
                skipped += report.skipped
            else:
                warn(report)
            now = time.monotonic()
            if now - last >= PROGRESS_EVERY_S:
                rate = (added + skipped) / (now - started)
                print(
                    f"ghatna: {added} stored, {skipped} already stored, {failed} failed ({rate:.1f}/s)",
                    file=sys.stderr,
                )
                last = now
        run_report = {"added": added, "already_stored": skipped, "failed": failed}
        if args.format == "json":
            summary = {
                "ingest": run_report,
                "counts": store.counts(),
                "events_by_type": store.events_by_type(),
            }
            print(json.dumps(summary, ensure_ascii=False, indent=2))
        else:
            print(f"ingested: {added} new, {skipped} already stored, {failed} failed")
            print_summary(store)
    return 1 if failed else 0
