"""Check every annotation file and count what the corpus holds.

usage: python3 training/events/validate.py [FILES...]   (default: annotations/*.jsonl)

Prints the problems (the same checks as resolve.py, nothing rewritten), repeated events
(same type, mode, actor, recipient and date in one article), and counts per type, type/mode,
modality and source. Articles annotated twice for agreement (batches b90/b91, one file per
annotator) are counted once, from the alphabetically first file. Exit status 1 on problems.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import resolve
import text as T


def event_key(ev: dict) -> tuple:
    def who(arg: dict | None) -> tuple:
        return (arg or {}).get("name_en"), (arg or {}).get("country")
    return (ev.get("type"), ev.get("mode"), who(ev.get("actor")), who(ev.get("recipient")),
            json.dumps(ev.get("date"), sort_keys=True))


def batch_coverage(path: Path) -> list[str]:
    """Articles of the batch that the file misses, and articles it has from elsewhere."""
    batch_file = T.HERE / "batches" / f"{path.stem.split('-')[0]}.txt"
    if not batch_file.exists():
        return [f"{path}: no batch {batch_file.name} for this file name"]
    wanted = set(batch_file.read_text(encoding="utf-8").split())
    have = {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    return ([f"{path}: {i} of the batch has no line" for i in sorted(wanted - have)]
            + [f"{path}: {i} is not in {batch_file.name}" for i in sorted(have - wanted)])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    args = ap.parse_args()
    files = args.files or sorted((T.HERE / "annotations").glob("*.jsonl"))
    sources = T.load_sources()
    problems: list[str] = []
    counted: dict[str, dict] = {}
    for path in files:
        problems += resolve.resolve_file(path, write=False)
        problems += batch_coverage(path)
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                counted.setdefault(rec["id"], rec)
    repeats = []
    for aid, rec in sorted(counted.items()):
        keys = Counter(event_key(ev) for ev in rec.get("events", []))
        repeats += [f"{aid}: {k[0]}/{k[1] or '-'} {k[2]} -> {k[3]} coded {n} times (merge?)"
                    for k, n in keys.items() if n > 1]
    for p in problems:
        print("PROBLEM", p)
    for r in repeats:
        print("REPEAT ", r)

    events = [ev for rec in counted.values() for ev in rec.get("events", [])]
    by_type = Counter(ev.get("type") for ev in events)
    by_mode = Counter(f"{ev.get('type')}/{ev.get('mode') or '-'}" for ev in events)
    print(f"\narticles {len(counted)}  events {len(events)}  "
          f"without events {sum(1 for r in counted.values() if not r.get('events'))}  "
          f"pre-annotated {sum(1 for r in counted.values() if r.get('pre_annotated'))}")
    print("by source:", dict(sorted(Counter(sources[a]["source"] for a in counted if a in sources).items())))
    print("by modality:", dict(sorted(Counter(ev.get("modality") for ev in events).items())))
    print("by type:")
    for etype, n in by_type.most_common():
        print(f"  {etype:10s} {n:5d}")
    print("by type/mode:")
    for key, n in sorted(by_mode.items()):
        print(f"  {key:28s} {n:5d}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
