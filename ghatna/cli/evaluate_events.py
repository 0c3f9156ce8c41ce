"""``ghatna evaluate events`` (the official scorer over gold and predicted JSONL) and
``ghatna evaluate iitp`` (the IIT Patna political-violence benchmark)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ghatna.evaluate import iitp as iitp_benchmark
from ghatna.evaluate.events import DEFAULT_SCORER, score_files
from ghatna.evaluate.iitp import evaluate_iitp


def add(evaluators: Any) -> None:
    events = evaluators.add_parser("events", help="score predicted events against gold (official scorer)")
    events.add_argument("gold", help="gold JSONL")
    events.add_argument("pred", help="predicted JSONL (ghatna extract output)")
    events.add_argument("--scorer", default=DEFAULT_SCORER, help="path of score_events.py (default: %(default)s)")
    events.add_argument("--json", action="store_true", help="print the whole result as JSON")
    events.set_defaults(run=_run_events)
    iitp = evaluators.add_parser(
        "iitp",
        help="political-violence detection on the IITP corpus, per sentence and per document",
        description=iitp_benchmark.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    iitp.add_argument("folder", help="folder of IITP annotated XML files")
    iitp.add_argument("--json", action="store_true", help="print the result as JSON")
    iitp.set_defaults(run=_run_iitp)


def _run_events(args: argparse.Namespace) -> int:
    result = score_files(args.gold, args.pred, args.scorer)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    d, f = result["dyad"], result["full"]
    share = result["recipient_share"]
    print(f"events gold {result['gold_events']} predicted {result['pred_events']}")
    print(f"events with a recipient: gold {share['gold']:.1%} predicted {share['pred']:.1%}")
    for kind, prf in sorted(result["by_type"].items()):
        print(f"  {kind:10} P {prf['precision']:.3f} R {prf['recall']:.3f} (gold {prf['gold']}, pred {prf['pred']})")
    print(
        f"dyad P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f} | "
        f"full P {f['precision']:.3f} R {f['recall']:.3f} F1 {f['f1']:.3f}"
    )
    return 0


def _run_iitp(args: argparse.Namespace) -> int:
    result = evaluate_iitp(Path(args.folder)).as_dict()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(
        f"documents {result['documents']} (duplicates removed {result['duplicates_removed']}), "
        f"sentences {result['sentences']}: P {result['precision']} R {result['recall']} F1 {result['f1']}"
    )
    document: dict[str, Any] = result["document"]  # type: ignore[assignment]
    print(f"per document, (article, class) pairs: {_prf(document['types'])}")
    print(f"per document, any political violence: {_prf(document['any_political_violence'])}")
    for name, counts in document["by_class"].items():
        print(f"  {name:13} {_prf(counts)}")
    return 0


def _prf(counts: dict[str, Any]) -> str:
    return (
        f"P {counts['precision']} R {counts['recall']} F1 {counts['f1']} "
        f"(tp {counts['tp']}, fp {counts['fp']}, fn {counts['fn']})"
    )
