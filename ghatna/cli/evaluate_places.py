"""``ghatna evaluate places GOLD``: the geocoder against gold place mentions (GeoNames id, country, NIL)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ghatna.places.evaluate import load_gold, score


def add(evaluators: Any) -> None:
    parser = evaluators.add_parser("places", help="geocoded place mentions against a gold JSONL")
    parser.add_argument("file", type=Path, metavar="GOLD", help="gold JSONL (see ghatna.places.evaluate)")
    parser.add_argument("--base", type=Path, default=Path.cwd(),
                        help="folder the gold's source paths are relative to (default: the current folder)")
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    parser.add_argument("--errors", action="store_true", help="list the errors too (text output)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    report = score(load_gold(args.file), args.base)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    nil = report["nil"]
    print(f"places: {report['mentions']} mentions ({report['detected_by_pipeline']} found by the pipeline)")
    print(f"  accuracy at GeoNames id {report['accuracy_id']:.1%}, at country {report['accuracy_country']:.1%}")
    print(f"  NIL: {nil['gold']} in gold, {nil['predicted']} predicted, "
          f"precision {nil['precision']:.1%}, recall {nil['recall']:.1%}")
    if args.errors:
        for e in report["errors"]:
            print(f"  ERROR {e['name_hi']} {e['source']}@{e['span'][0]}: gold {e['gold']} ({e['gold_country']}), "
                  f"found {e['found']} ({e['found_country']}): {e['reason']}")
    return 0
