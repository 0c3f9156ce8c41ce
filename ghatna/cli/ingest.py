"""``ghatna ingest``: extract and store articles in the knowledge base."""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

from ghatna.cli.common import add_db_option, add_format_option, add_input_options, error, input_options, warn
from ghatna.cli.progress import Progress
from ghatna.cli.stats import print_summary
from ghatna.errors import InputError
from ghatna.ingest.count import count_articles
from ghatna.run.ingest import BatchStored, ingest_sources
from ghatna.store import open_store
from ghatna.store.dedup import DEFAULT_WINDOW_DAYS


def register(commands: Any) -> None:
    parser = commands.add_parser("ingest", help="extract articles and store them (idempotent, resumable)")
    add_input_options(parser)
    add_db_option(parser)
    add_format_option(parser)
    parser.add_argument("--batch-size", type=int, default=50, help="articles per transaction (default: %(default)s)")
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help=f"worker processes (default: %(default)s; this machine has {os.cpu_count()})",
    )
    parser.add_argument(
        "--dedup-window",
        type=int,
        default=DEFAULT_WINDOW_DAYS,
        metavar="DAYS",
        help="reports of one event may be dated this many days apart and still fuse (default: %(default)s)",
    )
    parser.add_argument("--no-progress", action="store_true", help="do not report progress on stderr")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.batch_size < 1 or args.workers < 1 or args.dedup_window < 0:
        error("--batch-size and --workers must be at least 1, --dedup-window at least 0")
        return 2
    options = input_options(args)
    progress = Progress(count_articles(args.paths, options), enabled=not args.no_progress)
    added = skipped = failed = 0
    with open_store(args.db, window_days=args.dedup_window) as store:
        try:
            for report in ingest_sources(args.paths, store, options, args.batch_size, args.workers):
                if isinstance(report, InputError):
                    error(str(report))
                    failed += 1
                elif isinstance(report, BatchStored):
                    added += report.added
                    skipped += report.skipped
                else:
                    warn(report)
                progress.update(added + skipped + failed, added, failed)
        finally:
            progress.close()
        if args.format == "json":
            summary = {
                "ingest": {"added": added, "already_stored": skipped, "failed": failed},
                "counts": store.counts(),
                "events_by_type": store.events_by_type(),
            }
            print(json.dumps(summary, ensure_ascii=False, indent=2))
        else:
            print(f"ingested: {added} new, {skipped} already stored, {failed} failed")
            print_summary(store)
    return 1 if failed else 0
