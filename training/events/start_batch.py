"""Create an annotator's file for a batch: one empty record per article, in batch order.

usage: python3 training/events/start_batch.py b07 --annotator NAME          -> annotations/b07.jsonl
       python3 training/events/start_batch.py b90 --annotator NAME --double -> annotations/b90-NAME.jsonl

Refuses to overwrite an existing file.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("batch")
    ap.add_argument("--annotator", required=True)
    ap.add_argument("--double", action="store_true", help="agreement batch: one file per annotator")
    args = ap.parse_args()
    ids = (HERE / "batches" / f"{args.batch}.txt").read_text(encoding="utf-8").split()
    name = f"{args.batch}-{args.annotator}" if args.double else args.batch
    out = HERE / "annotations" / f"{name}.jsonl"
    if out.exists():
        print(f"{out} exists; not overwritten", file=sys.stderr)
        return 1
    out.parent.mkdir(exist_ok=True)
    records = [{"id": i, "annotator": args.annotator, "pre_annotated": False, "events": [], "entities": []}
               for i in ids]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(f"{out}: {len(ids)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
