"""``ghatna examples``: a few coded events as readable English lines, with the words that prove them."""

from __future__ import annotations

import argparse
from typing import Any

from ghatna.cli.common import add_db_option
from ghatna.store import open_store
from ghatna.store.read import example_events

SNIPPET_CHARS = 100


def register(commands: Any) -> None:
    parser = commands.add_parser("examples", help="show a few coded events in plain English, with their evidence")
    add_db_option(parser)
    parser.add_argument("-n", "--count", type=int, default=3, help="how many events (default: 3)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        total = store.counts()["events"]
        chosen = example_events(store, max(args.count, 0))
    if not chosen:
        print(f"No event with both an actor and a recipient in {args.db} yet.")
        return 0
    print(f"{len(chosen)} of the {total} coded events (all of them: ghatna events --db {args.db}):")
    for n, event in enumerate(chosen, 1):
        print(f"  {n}. {describe(event)}")
        for proof in event["evidence"][:1]:
            print(f"     evidence ({proof['article']}, sentence {proof['sentence']}): {snippet(proof['text'])}")
    print(f"Browse them in the web UI: ghatna serve --db {args.db}, then open http://127.0.0.1:8000/")
    return 0


def describe(event: dict[str, Any]) -> str:
    kind = event["type"] + (f"/{event['mode']}" if event["mode"] else "")
    line = f"{kind}: {party(event['actor'])} → {party(event['recipient'])}"
    if event["date"]:
        span = event["date"]["start"]
        if event["date"]["end"] and event["date"]["end"] != span:
            span += f" to {event['date']['end']}"
        line += f", {span}"
    elif event["days"][0]:
        line += f", {event['days'][0]} (article date)"
    if event["modality"] != "asserted":
        line += f" [{event['modality']}]"
    return f"{line} (CAMEO {event['cameo']})"


def party(side: dict[str, Any] | None) -> str:
    if not side:
        return "(unknown)"
    name = side["name_en"] or side["name_hi"] or side["country"] or "(unnamed)"
    facts = " ".join(v for v in (side["country"], side["sector"]) if v)
    return f"{name} ({facts})" if facts else name


def snippet(text: str) -> str:
    flat = " ".join(text.split())
    return f"“{flat}”" if len(flat) <= SNIPPET_CHARS else f"“{flat[:SNIPPET_CHARS - 1]}…”"
