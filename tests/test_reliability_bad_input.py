"""The bad-input corpus through the real command line: a clear error or a clean result for each
case, never a crash or a hang, bounded memory, and nothing already stored is lost."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from ghatna.output import validate_record
from scripts.make_bad_corpus import BAD_CASES, write_cases
from tests.conftest import REFERENCE

MEMORY_LIMIT = 3 * 1024**3


def limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def ghatna(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ghatna", *args],
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=limited,
        check=False,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("bad")
    return folder, write_cases(folder)


@pytest.fixture(scope="module")
def extracted(corpus: tuple[Path, dict[str, str]]) -> tuple[subprocess.CompletedProcess[str], dict[str, str]]:
    folder, cases = corpus
    return ghatna("extract", "--no-text", *(str(folder / name) for name in cases)), cases


def test_the_run_survives_and_reports_failures(
    extracted: tuple[subprocess.CompletedProcess[str], dict[str, str]],
) -> None:
    done, _ = extracted
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("name", sorted(BAD_CASES))
def test_each_case(name: str, extracted: tuple[subprocess.CompletedProcess[str], dict[str, str]]) -> None:
    done, cases = extracted
    errors = [line for line in done.stderr.splitlines() if line.startswith("ghatna: error:") and f"/{name}" in line]
    records = [json.loads(line) for line in done.stdout.splitlines()]
    produced = [r for r in records if r["source"].endswith(f"/{name}") or r["source"].startswith(f"{name}:")]
    produced += [r for r in records if f"/{name}:" in r["source"]]
    if cases[name] == "error":
        assert len(errors) == 1, done.stderr
        assert not produced
    else:
        assert not errors, errors
        assert len(produced) == 1
        validate_record(produced[0])


def test_ingest_of_the_corpus_keeps_what_was_stored(corpus: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    folder, cases = corpus
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    assert ghatna("ingest", str(REFERENCE), "--db", url, "--no-progress").returncode == 0
    done = ghatna("ingest", str(folder), "--db", url, "--no-progress", "--format", "json")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    report = json.loads(done.stdout)
    readable_files = [n for n, kind in cases.items() if kind == "ok"]
    # the three UTF-16 files hold the same text: stored once, the others count as already stored
    assert report["ingest"]["added"] + report["ingest"]["already_stored"] == len(readable_files)
    assert report["ingest"]["already_stored"] == 2
    assert report["counts"]["articles"] == report["ingest"]["added"] + 1
