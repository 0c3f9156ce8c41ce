"""Options shared by several commands, and printing helpers (only the CLI prints)."""

from __future__ import annotations

import argparse
import sys

from ghatna.events.learned.setting import CODERS, ENVIRONMENT
from ghatna.ingest import IngestOptions
from ghatna.ingest.dates import READABLE_FORMS
from ghatna.ingest.fields import COMMON_NAMES, ROLES
from ghatna.ingest.options import DEFAULT_MAX_BYTES, USER_AGENT, FetchOptions
from ghatna.store.database import DEFAULT_URL


def add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders (recursive) or - for stdin")
    group = parser.add_argument_group("input")
    group.add_argument("--glob", default="*", help="file-name filter inside folders (default: %(default)s)")
    for role in ROLES:
        group.add_argument(
            f"--{role}-field",
            default=None,
            metavar="NAME",
            help=f"JSONL/JSON/CSV field holding the {role}"
            + (f" ({READABLE_FORMS})" if role == "date" else "")
            + f" (default: the first of {', '.join(COMMON_NAMES[role][:4])} … present)",
        )
    group.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help="largest article accepted (default: %(default)s)",
    )
    group.add_argument("--skip-non-hindi", action="store_true", help="skip articles that are not Hindi")
    add_coder_option(parser)
    add_fetch_options(parser)


def add_coder_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--coder",
        choices=CODERS,
        help=f"who finds the events: the rule dictionary, the trained models, or both (default: ${ENVIRONMENT} "
        "or the package default, see docs/event-models.md)",
    )


def add_fetch_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("web (for URLs)")
    group.add_argument(
        "--timeout", type=float, default=20.0, help="seconds to wait for a server (default: %(default)s)"
    )
    group.add_argument(
        "--delay", type=float, default=1.0, help="least seconds between two requests to one site (default: %(default)s)"
    )
    group.add_argument(
        "--max-wait", type=float, default=60.0, help="longest Retry-After or backoff honoured (default: %(default)s)"
    )
    group.add_argument(
        "--retries", type=int, default=3, help="retries after a time-out, 429 or 5xx (default: %(default)s)"
    )
    group.add_argument("--user-agent", default=USER_AGENT, help="the User-Agent sent (default: %(default)s)")


def fetch_options(args: argparse.Namespace) -> FetchOptions:
    return FetchOptions(
        user_agent=args.user_agent,
        timeout_s=args.timeout,
        min_interval_s=max(args.delay, 0.0),
        max_wait_s=args.max_wait,
        max_retries=max(args.retries, 0),
        max_bytes=args.max_bytes,
    )


def input_options(args: argparse.Namespace) -> IngestOptions:
    return IngestOptions(
        text_field=args.text_field,
        title_field=args.title_field,
        date_field=args.date_field,
        url_field=args.url_field,
        id_field=args.id_field,
        glob=args.glob,
        max_bytes=args.max_bytes,
        skip_non_hindi=args.skip_non_hindi,
        fetch=fetch_options(args),
    )


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_URL, help="database URL (default: %(default)s)")


def add_format_option(parser: argparse.ArgumentParser, choices: tuple[str, ...] = ("text", "json")) -> None:
    parser.add_argument("--format", choices=choices, default=choices[0], help="output format")


def one_line(message: str) -> str:
    """Messages from drivers (psycopg, sqlite) may span lines; ours are one line each, for logs and grep."""
    return " ".join(message.split())


def warn(message: str) -> None:
    print(f"ghatna: warning: {one_line(message)}", file=sys.stderr)


def error(message: str) -> None:
    print(f"ghatna: error: {one_line(message)}", file=sys.stderr)
