"""Print an article with numbered sentences for the annotator.

usage: python3 training/events/show.py ID [ID...] [--offsets] [--events FILE]

Each sentence is printed as `[n] text`; with --offsets also its start and end (code points
into the NFC article text). The sentence numbers are what `"evidence": {"sent": n}` means in
an annotation file. With --events FILE (a resolved annotation file), each article's events
follow its text, with the words their offsets point at, for review.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import text as T


def argument(arg: dict | None, body: str) -> str:
    if not arg:
        return "-"
    said = body[arg["span"][0] : arg["span"][1]] if arg.get("span") else "(implicit)"
    return f"{arg.get('name_en')} [{arg.get('country')}/{arg.get('sector')}] <{said}>"


def describe(n: int, ev: dict, body: str) -> str:
    trig = ev.get("trigger", {})
    when = (ev.get("date") or {}).get("start", "")
    return (f"  #{n} {ev.get('type')}/{ev.get('mode') or '-'} {ev.get('cameo')} {ev.get('modality')} {when}\n"
            f"     actor {argument(ev.get('actor'), body)}  ->  recipient {argument(ev.get('recipient'), body)}\n"
            f"     trigger <{body[trig.get('start', 0) : trig.get('end', 0)]}>"
            f" in sentence {ev.get('evidence', {}).get('sent')}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ids", nargs="+")
    ap.add_argument("--offsets", action="store_true")
    ap.add_argument("--events", type=Path, help="a resolved annotation file to print under each article")
    args = ap.parse_args()
    sources = T.load_sources()
    annotations = {}
    if args.events:
        for line in args.events.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                annotations[rec["id"]] = rec
    for article_id in args.ids:
        rec = sources[article_id]
        body = T.article_text(rec)
        meta = {k: rec[k] for k in ("source", "topic", "pub_date", "paper", "label", "chars") if k in rec}
        print(f"=== {article_id} {json.dumps(meta, ensure_ascii=False)}")
        for n, (start, end) in enumerate(T.sentences(body)):
            where = f" ({start}-{end})" if args.offsets else ""
            print(f"[{n}]{where} {body[start:end]}")
        for n, ev in enumerate(annotations.get(article_id, {}).get("events", [])):
            print(describe(n, ev, body))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
