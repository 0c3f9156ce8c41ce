"""``ghatna evaluate lexicon``: the share of a corpus's candidate predicates that the coder's
lexicon decisions cover (``events/decisions.yaml``)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ghatna.errors import InputError
from ghatna.evaluate.lexicon import Counts, count_docs, coverage, parse_texts, read_counts

DEFAULT_COUNTS = Path("training") / "lexicon"


def add(evaluators: Any) -> None:
    parser = evaluators.add_parser("lexicon", help="share of a corpus's candidate predicates with a lexicon decision")
    parser.add_argument(
        "corpus",
        nargs="*",
        metavar="CORPUS",
        help="count files (.tsv, from scripts/predicate_candidates.py) or text files and folders of .txt "
        f"(parsed here); default: the count files in {DEFAULT_COUNTS}/",
    )
    parser.add_argument("--json", action="store_true", help="print the whole result as JSON")
    parser.add_argument("--head", type=int, default=25, help="undecided candidates to list (default: %(default)s)")
    parser.set_defaults(run=_run)


def _inputs(paths: list[str]) -> tuple[list[Path], list[Path]]:
    if not paths:
        found = sorted(DEFAULT_COUNTS.glob("*.tsv"))
        if not found:
            raise InputError(
                str(DEFAULT_COUNTS), "no count files here; run scripts/predicate_candidates.py or name a corpus"
            )
        return found, []
    tables: list[Path] = []
    texts: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            texts.extend(sorted(path.rglob("*.txt")))
        elif not path.is_file():
            raise InputError(name, "no such file or folder")
        elif path.suffix == ".tsv":
            tables.append(path)
        else:
            texts.append(path)
    return tables, texts


def _run(args: argparse.Namespace) -> int:
    tables, texts = _inputs(args.corpus)
    counts = Counts()
    for table in tables:
        try:
            counts.update(read_counts(table))
        except ValueError as e:
            raise InputError(str(table), str(e)) from e
    if texts:
        counts.update(count_docs(parse_texts(p.read_text(encoding="utf-8", errors="replace") for p in texts)))
    result = coverage(counts, args.head)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(
        f"candidate tokens {result['tokens']}: decided {result['coverage']:.1%}, "
        f"verbs and light verbs {result['verb_and_light_coverage']:.1%}"
    )
    for kind, row in result["by_kind"].items():
        decided = f"{row['decided_candidates']} of {row['candidates']} candidates"
        print(f"  {kind:6} {row['coverage']:.1%} of {row['tokens']} tokens ({decided})")
    for kind, row in result["by_type"].items():
        print(f"  {kind:10} {row['share']:.1%}")
    for row in result["undecided_head"]:
        print(f"  undecided {row['kind']:6} {row['candidate']} {row['tokens']}")
    return 0
