"""Fixtures of the web tests: knowledge bases, real uvicorn servers (``ghatna serve`` in a
subprocess on 127.0.0.1) and a real headless Chromium driven by Playwright.

Imported by the root ``conftest.py``.
"""

from __future__ import annotations

import copy
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from ghatna.records import Analysis
from tests.web_kb import build_kb, gold_analysis, hostile_analysis, reference_analysis

CHROMIUM = Path(os.environ.get("GHATNA_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class Server:
    """``ghatna serve`` in a subprocess; ``url`` is its base URL."""

    def __init__(self, db_url: str, *flags: str, log: Path) -> None:
        self.db_url = db_url
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = log.open("wb")
        command = [sys.executable, "-m", "ghatna", "serve", "--db", db_url, "--port", str(self.port), *flags]
        self.process = subprocess.Popen(command, stdout=self._log, stderr=subprocess.STDOUT)
        self._wait(log)

    def _wait(self, log: Path) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"ghatna serve exited: {log.read_text(errors='replace')}")
            try:
                if httpx.get(f"{self.url}/api/health", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"ghatna serve did not answer within 60 s: {log.read_text(errors='replace')}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._log.close()


@pytest.fixture(scope="session")
def start_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., Server]]:
    """Start ``ghatna serve --db URL [FLAGS]``; every server started is stopped at the end."""
    started: list[Server] = []

    def start(db_url: str, *flags: str) -> Server:
        log = tmp_path_factory.mktemp("server") / "serve.log"
        server = Server(db_url, *flags, log=log)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def web_kb_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An empty knowledge base for a web test session: a SQLite file, or a private PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('kb') / 'kb.db'}"
        return
    from tests.conftest import postgres_schema

    with postgres_schema() as url:
        yield url


@pytest.fixture(scope="session")
def api_server(web_kb_url: str, start_server: Callable[..., Server]) -> Server:
    """A read-only server over the reference article coded as the gold says (fixed counts)."""
    return start_server(build_kb(web_kb_url, gold_analysis()))


@pytest.fixture
def api(api_server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=api_server.url, timeout=30) as client:
        yield client


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def ui_kb(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """The reference article (real extraction once it codes events, else gold) and a hostile one.
    The story dates every event of the reference article; the pages must also show an event with
    no date of its own, so the last one is given none here."""
    analysis, origin = reference_analysis()
    analysis = _with_an_undated_event(analysis)
    if request.param == "sqlite":
        yield build_kb(f"sqlite:///{tmp_path_factory.mktemp('ui') / 'kb.db'}", analysis, hostile_analysis()), origin
        return
    from tests.conftest import postgres_schema

    with postgres_schema() as url:
        yield build_kb(url, analysis, hostile_analysis()), origin


def _with_an_undated_event(analysis: Analysis) -> Analysis:
    if not analysis.events or any(e.date is None for e in analysis.events):
        return analysis
    copied = copy.deepcopy(analysis)
    copied.events[-1].date = None
    return copied


@pytest.fixture(scope="session")
def ui_server(ui_kb: tuple[str, str], start_server: Callable[..., Server]) -> Server:
    return start_server(ui_kb[0])


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        reason = f"no Chromium at {CHROMIUM}: apt-get install -y chromium (make test does, as root)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"Chromium is required in CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium: Any) -> Iterator[Any]:
    """A fresh page that records console errors, failed requests and dialogs (there must be none)."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: page.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: page.problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: _record_failed_request(page.problems, r))

    def on_dialog(dialog: Any) -> None:
        page.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    yield page
    context.close()


def _record_failed_request(problems: list[str], request: Any) -> None:
    """A request that failed on the network or at the server is a problem; one the browser itself
    cancelled because the page moved on (a late favicon fetch, net::ERR_ABORTED) is not."""
    failure = request.failure or ""
    if "ERR_ABORTED" not in failure:
        problems.append(f"request failed: {request.url} ({failure})")
