"""Shared fixtures: paths to the bundled samples and the shared data, and a CLI runner."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from ghatna.cli import main
from tests.web_server import Answer, LocalWeb

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
REFERENCE = SAMPLES / "000_80b73bf1b1695fdc.txt"
DEV_TEXTS = SHARED / "data" / "eval" / "dev"


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``ghatna ARGS`` in-process and capture its output."""

    def run(*args: str) -> CliResult:
        try:
            code = main(list(args))
        except SystemExit as e:  # argparse exits on --help, --version and usage errors
            code = int(e.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def ghatna_process() -> Callable[..., subprocess.CompletedProcess[bytes]]:
    """Run the installed ``ghatna`` console script in a real subprocess."""

    def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        command = [sys.executable, "-m", "ghatna", *args]
        return subprocess.run(command, input=stdin, capture_output=True, timeout=300, check=False)

    return run


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'kb.db'}"


def stdin_bytes(text: str) -> io.BytesIO:
    return io.BytesIO(text.encode("utf-8"))


def require_dev_texts() -> Path:
    if not DEV_TEXTS.is_dir():
        pytest.skip(f"{DEV_TEXTS} is not here (the shared data sits beside the repository in CI)")
    return DEV_TEXTS


# -- skips: named in one line at the end of `make test`; in CI (CI=true) every skip is a failure ----------------
def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _skip_reason(report: pytest.TestReport) -> str:
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
    return reason.removeprefix("Skipped: ").strip()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, None]:
    outcome = yield
    report: pytest.TestReport = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail") and in_ci():
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where every test must run: {_skip_reason(report)}"


def pytest_terminal_summary(terminalreporter: Any) -> None:
    destination = os.environ.get("GHATNA_SKIP_REPORT")
    if not destination:
        return
    reasons = Counter(_skip_reason(r) for r in terminalreporter.stats.get("skipped", []))
    with open(destination, "w", encoding="utf-8") as out:
        for reason, count in reasons.most_common():
            out.write(f"{count}\t{' '.join(reason.split())}\n")


# -- the knowledge-base backends: every store test runs on SQLite and on PostgreSQL -----------------
PG_URL_VARIABLE = "GHATNA_TEST_PG_URL"


def postgres_url_or_skip() -> str:
    """The test server's URL; without one, skip with the reason, except in CI where that is a failure."""
    url = os.environ.get(PG_URL_VARIABLE)
    if url:
        return url
    reason = f"{PG_URL_VARIABLE} is not set: make test starts a private server (needs Debian's postgresql)"
    if in_ci():
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(reason)


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A private, empty schema on the test server, dropped afterwards."""
    import uuid

    import psycopg

    base = postgres_url_or_skip()
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def kb_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty knowledge base URL: a SQLite file in tmp_path, or a private PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'kb.db'}"
        return
    with postgres_schema() as url:
        yield url


@pytest.fixture
def pg_kb_url() -> Iterator[str]:
    """A fresh, empty knowledge base on the PostgreSQL test server, for what only a server can do."""
    with postgres_schema() as url:
        yield url


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    """A real HTTP server on 127.0.0.1 (in a thread) whose routes each test sets; robots.txt forbids /private/."""
    server = LocalWeb().start()
    server.routes["/robots.txt"] = Answer(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"})
    yield server
    server.stop()


# Web UI and API fixtures (real servers, real Chromium) live in their own module.
from tests.web_fixtures import api, api_server, chromium, page, start_server, ui_kb, ui_server, web_kb_url  # noqa: E402, F401
