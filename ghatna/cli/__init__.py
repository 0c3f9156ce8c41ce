"""The ``ghatna`` command: thin wrappers over library calls. Exit codes: 0 ok, 1 some inputs
failed, 2 usage or fatal error, 130 interrupted."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ghatna import __version__
from ghatna.cli import actors, dyad, evaluate, events, examples, export, extract, ingest, serve, spark, stats, watch
from ghatna.cli.common import error
from ghatna.errors import GhatnaError
from ghatna.events.learned.setting import use_coder

COMMANDS = (extract, ingest, stats, examples, evaluate, spark, watch, events, actors, dyad, export, serve)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ghatna", description="Hindi news to a knowledge base of PLOVER/CAMEO-coded political events."
    )
    parser.add_argument("--version", action="version", version=f"ghatna {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if getattr(args, "coder", None):
            use_coder(args.coder)
        code: int = args.run(args)
    except GhatnaError as e:
        error(str(e))
        return 2
    except KeyboardInterrupt:
        print("ghatna: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return code
