"""Print an article with numbered sentences for the annotator.

usage: python3 training/events/show.py ID [--offsets]

Each sentence is printed as `[n] text`; with --offsets also its start and end (code points
into the NFC article text). The sentence numbers are what `"evidence": {"sent": n}` means in
an annotation file.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import text as T  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ids", nargs="+")
    ap.add_argument("--offsets", action="store_true")
    args = ap.parse_args()
    sources = T.load_sources()
    for article_id in args.ids:
        rec = sources[article_id]
        body = T.article_text(rec)
        meta = {k: rec[k] for k in ("source", "topic", "pub_date", "paper", "label", "chars") if k in rec}
        print(f"=== {article_id} {json.dumps(meta, ensure_ascii=False)}")
        for n, (start, end) in enumerate(T.sentences(body)):
            where = f" ({start}-{end})" if args.offsets else ""
            print(f"[{n}]{where} {body[start:end]}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
