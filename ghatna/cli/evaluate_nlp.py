"""``ghatna evaluate ud FILE.conllu`` and ``ghatna evaluate ner FILE``: score the shipped pipeline.

The foundation's ``ghatna/cli/evaluate.py`` wires these in with one call:
``register_nlp_evaluators(evaluate_subparsers)``. ``python -m ghatna.cli.evaluate_nlp ud FILE``
runs them without the rest of the CLI.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ghatna.errors import CorpusError, ModelError

__all__ = ["main", "register_nlp_evaluators"]

_FAILED = 2


def register_nlp_evaluators(evaluate_subparsers: Any) -> None:
    """Add the ``ud`` and ``ner`` sub-commands to the ``evaluate`` sub-parsers."""
    ud = evaluate_subparsers.add_parser(
        "ud", help="UPOS/XPOS/UFeats/AllTags/Lemma/UAS/LAS on a CoNLL-U file (gold tokenisation)"
    )
    ud.add_argument("file", type=Path, help="gold CoNLL-U file")
    ud.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ud.set_defaults(run=_run_ud)
    ner = evaluate_subparsers.add_parser(
        "ner", help="entity P/R/F1 (strict IOB2) on a token<TAB>tag file (IL-NER or HiNER tags)"
    )
    ner.add_argument("file", type=Path, help="gold token<TAB>tag file, blank line between sentences")
    ner.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ner.set_defaults(run=_run_ner)


def _fail(message: str) -> int:
    print(f"ghatna evaluate: {message}", file=sys.stderr)
    return _FAILED


def _run_ud(args: argparse.Namespace) -> int:
    from ghatna.evaluate.ud import METRICS, evaluate_ud_file

    if not args.file.is_file():
        return _fail(f"no such file: {args.file}")
    try:
        scores = evaluate_ud_file(args.file)
    except (CorpusError, ModelError) as e:
        return _fail(str(e))
    if args.json:
        print(json.dumps({"file": str(args.file), **scores}, indent=2))
        return 0
    print(f"{args.file}: {int(scores['words'])} words (gold tokenisation)")
    for metric in METRICS:
        print(f"  {metric:<8} {100 * scores[metric]:6.2f}")
    return 0


def _run_ner(args: argparse.Namespace) -> int:
    from ghatna.evaluate.ner import evaluate_ner_file

    if not args.file.is_file():
        return _fail(f"no such file: {args.file}")
    try:
        scores = evaluate_ner_file(args.file)
    except (CorpusError, ModelError) as e:
        return _fail(str(e))
    if args.json:
        print(json.dumps({"file": str(args.file), **{k: v.as_dict() for k, v in scores.items()}}, indent=2))
        return 0
    print(f"{'type':<14} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}")
    for name, s in scores.items():
        print(
            f"{name:<14} {100 * s.precision:6.2f} {100 * s.recall:6.2f} {100 * s.f1:6.2f} {s.gold:6d} {s.predicted:6d}"
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point: ``python -m ghatna.cli.evaluate_nlp {ud,ner} FILE [--json]``."""
    parser = argparse.ArgumentParser(prog="ghatna evaluate", description="score the shipped pipeline")
    register_nlp_evaluators(parser.add_subparsers(dest="what", required=True))
    args = parser.parse_args(argv)
    code: int = args.run(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
