"""``ghatna evaluate translit``: top-1 accuracy and character edit distance of the romaniser."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ghatna.evaluate.translit import DEFAULT_TEST, evaluate, read_test


def add(evaluators: Any) -> None:
    parser = evaluators.add_parser("translit", help="romanisation accuracy on the NEWS 2012 Hindi->English test names")
    parser.add_argument("--test", type=Path, default=DEFAULT_TEST, help=f"test TSV (default {DEFAULT_TEST})")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.set_defaults(run=run)


def run(args: Any) -> int:
    figures = evaluate(read_test(args.test))
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")
    return 0
