"""Shared fixtures: paths to the bundled samples and the shared data, and a CLI runner."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

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


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    """A real HTTP server on 127.0.0.1 (in a thread) whose routes each test sets; robots.txt forbids /private/."""
    server = LocalWeb().start()
    server.routes["/robots.txt"] = Answer(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"})
    yield server
    server.stop()
