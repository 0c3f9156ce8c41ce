"""``ghatna evaluate timex FILE``: accuracy of the temporal tagger on a gold TSV, by kind."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ghatna.evaluate.timex import load_gold, score


def add(evaluators: Any) -> None:
    parser = evaluators.add_parser("timex", help="temporal expressions against a gold TSV")
    parser.add_argument("file", type=Path, metavar="FILE", help="gold TSV (see ghatna.evaluate.timex)")
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    parser.add_argument("--errors", action="store_true", help="list the errors too (text output)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    report = score(load_gold(args.file))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"timex accuracy {report['accuracy']:.1%} ({report['exact']}/{report['total']} exact in value and precision)")
    print(f"  with kind too {report['accuracy_with_kind']:.1%}")
    for kind, row in report["by_kind"].items():
        print(f"  {kind:<9} {row['accuracy']:>6.1%}  {row['exact']:>3}/{row['total']:<3} missed {row['missed']}")
    if args.errors:
        for error in report["errors"]:
            print(f"  ERROR {error['expression']!r}: expected {error['expected']} found {error['found']}")
    return 0
