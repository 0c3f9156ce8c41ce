"""``ghatna dyad A B --by month``: events between two countries per period, with the mean PLOVER score."""

from __future__ import annotations

import argparse
from typing import Any

from ghatna.cli.common import add_db_option
from ghatna.cli.tables import OUTPUT_FORMATS, emit
from ghatna.store import open_store
from ghatna.store.read import PERIODS, dyad

COLUMNS = ("period", "events", "reports", "mean_score", "cooperative")


def register(commands: Any) -> None:
    parser = commands.add_parser("dyad", help="events between two countries per period (counts, mean score)")
    add_db_option(parser)
    parser.add_argument("a", metavar="COUNTRY_A", help="ISO alpha-3, e.g. IND")
    parser.add_argument("b", metavar="COUNTRY_B", help="ISO alpha-3, e.g. KAZ")
    parser.add_argument("--by", choices=tuple(PERIODS), default="month", help="period (default: month)")
    parser.add_argument("--directed", action="store_true", help="only A acting on B (default: both ways)")
    parser.add_argument("--format", choices=OUTPUT_FORMATS, default="table", help="output format (default: table)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        rows = dyad(store, args.a, args.b, args.by, args.directed)["series"]
    emit(rows, args.format, rows, COLUMNS)
    return 0
