"""Entity-level accuracy of the ``entities`` stage against the gold actors.

For every actor/recipient object of the events in ``../shared/spec/gold/dev.jsonl`` (and the seed
entities of ``seed.jsonl``), find the entity our stage produces for it in the article text
(``../shared/data/eval/dev/<id>.txt``): same English name (difflib ratio >= 0.8 after lower-casing,
as the event scorer does) or same Hindi words (loose keys, one inside the other). Then count how
many have the right country and the right sector.

Run: ``.venv/bin/python bench/actors_gold.py [--json] [--verbose]``

``--output DIR`` scores the pipeline instead: the entities of ``ghatna extract`` output
(``DIR/dev.jsonl``, ``DIR/dev2.jsonl``) against the same named actors as ``--linker``, each found
through a mention that spells the gold's Hindi name (or its English name): found, right country,
right English name, linked (a ``kb_id``), the right entry among those the KB holds, wrong links (a
linked entity whose English name is not the gold's). Totals only.

``--linker`` scores the actor knowledge base instead (``ghatna.kb``), on dev and dev2 apart: every
named person or organisation of the gold (entities, event actors and recipients with a Hindi name,
not a state and not a generic group) is linked from the gold's own Hindi spelling, in article order,
with the countries that the gazetteer finds in the article text and no date. Counted: found (a
link), right country, English name accepted by the event scorer's ``same_name``, the right entry
among the names the KB holds, and wrong links (a link to another name). dev2 prints totals only.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path
from typing import Any

from ghatna.actors.words import phrase_keys
from ghatna.ingest.article import make_article
from ghatna.records import Entity
from ghatna.run.extract import extract

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "spec" / "gold"
TEXTS = ROOT.parent / "shared" / "data" / "eval" / "dev"


def same_name(a: str | None, b: str | None) -> bool:
    a, b = (a or "").lower().strip(), (b or "").lower().strip()
    return bool(a and b) and (a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.8)


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return bool(short) and any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def find(actor: dict[str, Any], entities: list[Entity], text: str) -> Entity | None:
    by_name = [e for e in entities if same_name(actor.get("name_en"), e.name_en)]
    if by_name:
        return by_name[0]
    gold_hi = phrase_keys(actor.get("name_hi") or "")
    if not gold_hi:
        return None
    for entity in entities:
        for start, end in entity.mentions:
            mention = phrase_keys(text[start:end])
            if _inside(mention, gold_hi) or _inside(gold_hi, mention):
                return entity
    return None


def gold_actors(record: dict[str, Any]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for event in record.get("events", []):
        for key in ("actor", "recipient"):
            actor = event.get(key)
            if isinstance(actor, dict) and actor.get("name_en") and actor.get("country"):
                seen.setdefault(actor["name_en"], actor)
    for entity in record.get("entities", []):
        if entity.get("type") == "PERSON":
            seen.setdefault(entity["name_en"], entity)
    return list(seen.values())


def score(verbose: bool) -> dict[str, Any]:
    totals = {"actors": 0, "found": 0, "country": 0, "with_sector": 0, "sector": 0, "non_state": 0,
              "non_state_sector": 0}
    records: dict[str, dict[str, Any]] = {}
    for name in ("dev.jsonl", "seed.jsonl"):  # the seed article is in both: its events and its entities
        for line in (GOLD / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                merged = records.setdefault(record["id"], {"id": record["id"], "events": [], "entities": []})
                merged["events"] += record.get("events", [])
                merged["entities"] += record.get("entities", [])
    for record in records.values():
        path = TEXTS / f"{record['id']}.txt"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        analysis = extract(make_article(text, source=str(path), article_id=record["id"]))
        for actor in gold_actors(record):
            entity = find(actor, analysis.entities, analysis.article.text)
            totals["actors"] += 1
            totals["found"] += entity is not None
            ok_country = entity is not None and entity.country == actor["country"]
            totals["country"] += ok_country
            if actor.get("sector"):
                totals["with_sector"] += 1
                right = entity is not None and entity.sector == actor["sector"]
                totals["sector"] += right
                if entity is None or entity.type != "LOCATION":  # a state acting is GOV only in an event
                    totals["non_state"] += 1
                    totals["non_state_sector"] += right
            if verbose:
                got = (entity.name_en, entity.country, entity.sector) if entity else None
                mark = "ok" if ok_country else "--"
                print(f"{mark} {record['id']}: {actor['name_en']} {actor['country']}/{actor.get('sector')} -> {got}")
    n = max(totals["actors"], 1)
    return {
        **totals,
        "found_rate": round(totals["found"] / n, 3),
        "country_accuracy": round(totals["country"] / n, 3),
        "sector_accuracy": round(totals["sector"] / max(totals["with_sector"], 1), 3),
        "sector_accuracy_non_state": round(totals["non_state_sector"] / max(totals["non_state"], 1), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="per actor (dev only with --linker and --output)")
    parser.add_argument("--linker", action="store_true", help="score the knowledge-base linker")
    parser.add_argument("--output", type=Path, metavar="DIR",
                        help="score the entities of ghatna extract output DIR/dev.jsonl and DIR/dev2.jsonl")
    args = parser.parse_args()
    if args.output:
        from kb_gold import score_output

        for split in ("dev", "dev2"):
            figures = score_output(split, args.output / f"{split}.jsonl", args.verbose and split == "dev")
            line = json.dumps(figures) if args.json else " ".join(f"{k}={v}" for k, v in figures.items())
            print(f"{split}: {line}")
        return 0
    if args.linker:
        from kb_gold import score_linker

        results = {split: score_linker(split, args.verbose and split == "dev") for split in ("dev", "dev2")}
        for split, figures in results.items():
            line = json.dumps(figures) if args.json else " ".join(f"{k}={v}" for k, v in figures.items())
            print(f"{split}: {line}")
        return 0
    figures = score(args.verbose)
    print(json.dumps(figures) if args.json else "\n".join(f"{k}: {v}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
