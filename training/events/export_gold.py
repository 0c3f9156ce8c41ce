"""Write the annotated corpus as a gold file for ../shared/tools/score_events.py.

usage: python3 training/events/export_gold.py OUT.jsonl [--texts DIR] [FILES...]

One line per article in the shape of ../shared/spec/gold/dev.jsonl (id, language, events
with type, mode, cameo, actor, recipient, modality, context, date, location, evidence text).
Articles annotated twice (b90/b91) are exported once, from the alphabetically first file, as
validate.py counts them. With --texts DIR each article's text is written to DIR/<id>.txt, so
that `ghatna extract DIR` gives predictions with the same ids. The output holds article text
(evidence sentences, and the texts with --texts): write it outside the repository (e.g. /tmp),
never into it, since several sources are research-only.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import text as T

ACTOR_FIELDS = ("name_en", "name_hi", "country", "sector", "role", "generic")
LOCATION_FIELDS = ("name_en", "name_hi", "country")
DATE_FIELDS = ("start", "end", "precision")


def pick(obj: dict | None, fields: tuple[str, ...]) -> dict | None:
    if not obj:
        return None
    return {k: obj[k] for k in fields if obj.get(k) is not None}


def gold_event(ev: dict, body: str) -> dict:
    evid = ev["evidence"]
    out = {"type": ev["type"], "mode": ev.get("mode"), "cameo": ev.get("cameo"),
           "actor": pick(ev.get("actor"), ACTOR_FIELDS), "recipient": pick(ev.get("recipient"), ACTOR_FIELDS),
           "modality": ev.get("modality"), "context": ev.get("context", []),
           "evidence": body[evid["start"] : evid["end"]]}
    for key, fields in (("date", DATE_FIELDS), ("location", LOCATION_FIELDS)):
        value = pick(ev.get(key), fields)
        if value:
            out[key] = value
    return {k: v for k, v in out.items() if v is not None}


def load_once(files: list[Path]) -> dict[str, dict]:
    records: dict[str, dict] = {}
    for path in sorted(files):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                records.setdefault(rec["id"], rec)
    return records


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--texts", type=Path, help="also write each article's text to DIR/<id>.txt")
    args = ap.parse_args()
    if T.REPO in args.out.resolve().parents or (args.texts and T.REPO in args.texts.resolve().parents):
        ap.error("write outside the repository: the output holds research-only text")
    files = args.files or sorted((T.HERE / "annotations").glob("*.jsonl"))
    sources = T.load_sources()
    records = load_once(files)
    if args.texts:
        args.texts.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        for aid, rec in sorted(records.items()):
            body = T.article_text(sources[aid])
            if args.texts:
                (args.texts / f"{aid}.txt").write_text(body, encoding="utf-8")
            gold = {"id": aid, "language": "hi", "events": [gold_event(ev, body) for ev in rec.get("events", [])]}
            f.write(json.dumps(gold, ensure_ascii=False) + "\n")
    print(f"{args.out}: {len(records)} articles, {sum(len(r.get('events', [])) for r in records.values())} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
