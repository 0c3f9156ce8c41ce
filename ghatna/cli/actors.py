"""``ghatna actors``: canonical actors, their spellings, and why their mentions were merged."""

from __future__ import annotations

import argparse
from typing import Any

from ghatna.cli.common import add_db_option
from ghatna.cli.tables import OUTPUT_FORMATS, emit
from ghatna.store import open_store
from ghatna.store.read import actors

COLUMNS = ("id", "code", "kb_id", "type", "name_en", "name_hi", "role", "articles", "events", "names")


def register(commands: Any) -> None:
    parser = commands.add_parser("actors", help="list canonical actors (--format json shows merge reasons)")
    add_db_option(parser)
    parser.add_argument("--name", help="code or name (either script)")
    parser.add_argument("--country", help="ISO alpha-3 country code")
    parser.add_argument("--format", choices=OUTPUT_FORMATS, default="table", help="output format (default: table)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        records = actors(store, args.name, args.country)
    rows = [{**r, "names": " / ".join(r["names"])} for r in records]
    emit(records, args.format, rows, COLUMNS)
    return 0
