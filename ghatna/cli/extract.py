"""``ghatna extract``: articles in, JSONL (the output contract) out."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from ghatna.cli.common import add_input_options, error, input_options, warn
from ghatna.errors import InputError
from ghatna.output import to_record
from ghatna.run.batch import analyse_sources


def register(commands: Any) -> None:
    parser = commands.add_parser("extract", help="extract events as JSONL (one line per article)")
    add_input_options(parser)
    parser.add_argument("-o", "--output", metavar="FILE", help="write JSONL here instead of stdout")
    parser.add_argument("--no-text", action="store_true", help="leave the article text out of each record")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            return _extract(args, out)
    return _extract(args, sys.stdout)


def _extract(args: argparse.Namespace, out: TextIO) -> int:
    warnings: list[str] = []
    failed = 0
    for item in analyse_sources(args.paths, input_options(args), warnings):
        for message in warnings:
            warn(message)
        warnings.clear()
        if isinstance(item, InputError):
            error(str(item))
            failed += 1
            continue
        for message in item.warnings:
            warn(f"{item.article.source}: {message}")
        out.write(json.dumps(to_record(item, include_text=not args.no_text), ensure_ascii=False) + "\n")
        out.flush()
    for message in warnings:  # the readers' closing notes (a WARC file's summary, say)
        warn(message)
    return 1 if failed else 0
