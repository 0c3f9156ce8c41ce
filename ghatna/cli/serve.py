"""``ghatna serve``: the web UI and REST API over a knowledge base."""

from __future__ import annotations

import argparse
from typing import Any

from ghatna.cli.common import add_db_option


def register(commands: Any) -> None:
    parser = commands.add_parser("serve", help="serve the web UI and REST API over the knowledge base")
    add_db_option(parser)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    parser.add_argument(
        "--allow-ingest", action="store_true", help="let POST /api/extract?store=true write to the knowledge base"
    )
    parser.add_argument(
        "--map-tiles",
        default="",
        metavar="URL",
        help="a tile server's URL template ({z}/{x}/{y}) for the map's base layer; by default the map draws "
        "only the country shapes it ships, and needs no network",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn  # imported here so that other commands start fast

    from ghatna.web import WebSettings, create_app

    app = create_app(WebSettings(db=args.db, allow_ingest=args.allow_ingest, map_tiles=args.map_tiles))
    print(f"ghatna: serving {args.db} on http://{args.host}:{args.port}/ (API docs at /docs)")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
