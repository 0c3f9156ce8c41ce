"""PostgreSQL restarted in the middle of an ingest: the run stops cleanly (one-line error, no
half-written article), and a re-run resumes to exactly the expected rows."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

psycopg = pytest.importorskip("psycopg")
PGBIN = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
ARTICLES = 1500


def as_postgres(command: str) -> subprocess.CompletedProcess[str]:
    wrapped = ["su", "postgres", "-s", "/bin/bash", "-c", command] if os.geteuid() == 0 else ["bash", "-c", command]
    return subprocess.run(wrapped, capture_output=True, text=True, check=False, timeout=120)


class Cluster:
    def __init__(self, folder: Path, port: int) -> None:
        self.bin, self.folder, self.port = PGBIN[-1], folder, port
        self.options = f"-p {port} -k {folder} -c listen_addresses=localhost -c fsync=off"

    def ctl(self, action: str) -> None:
        done = as_postgres(
            f"{self.bin}/pg_ctl -D {self.folder}/data -l {self.folder}/log -m fast -w {action} -o '{self.options}'"
        )
        assert done.returncode == 0, done.stderr

    @property
    def url(self) -> str:
        return f"postgresql://postgres@localhost:{self.port}/postgres"


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    if not PGBIN:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("PostgreSQL is required in CI (make test installs it as root)")
        pytest.skip("PostgreSQL binaries are not installed")
    folder = Path(tempfile.mkdtemp(prefix="ghatna-pg-"))  # pytest's own tmp is closed to the postgres user
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    made = as_postgres(f"{PGBIN[-1]}/initdb -D {folder}/data -A trust -U postgres")
    assert made.returncode == 0, made.stderr
    server = Cluster(folder, port)
    server.ctl("start")
    yield server
    as_postgres(f"{server.bin}/pg_ctl -D {folder}/data -m immediate -w stop")
    shutil.rmtree(folder, ignore_errors=True)


def stored(url: str) -> tuple[int, int, int]:
    try:
        with psycopg.connect(url, connect_timeout=5) as connection:
            articles, distinct = connection.execute(
                "SELECT COUNT(*), COUNT(DISTINCT content_hash) FROM articles"
            ).fetchone()
            orphans = connection.execute(
                "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)"
            ).fetchone()[0]
            return int(articles), int(distinct), int(orphans)
    except psycopg.Error:
        return 0, 0, 0


def test_restart_mid_ingest_then_resume(cluster: Cluster, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(ARTICLES):
        (corpus / f"a{n:05d}.txt").write_text(
            f"भारत के रक्षा मंत्री ने आज {n} देशों के प्रतिनिधियों से मुलाकात की। बैठक में सहयोग पर चर्चा हुई।",
            encoding="utf-8",
        )
    command = [
        sys.executable,
        "-m",
        "ghatna",
        "ingest",
        str(corpus),
        "--db",
        cluster.url,
        "--batch-size",
        "5",
        "--no-progress",
    ]
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 180
    while stored(cluster.url)[0] < 10 and time.monotonic() < deadline and first.poll() is None:
        time.sleep(0.2)
    cluster.ctl("restart")
    _, err = first.communicate(timeout=600)
    assert "Traceback" not in err
    if first.returncode != 0:
        assert first.returncode == 2 and err.strip().splitlines()[-1].startswith("ghatna: error:"), err
    articles, distinct, orphans = stored(cluster.url)
    assert articles == distinct and orphans == 0
    second = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
    assert second.returncode == 0, second.stderr
    assert stored(cluster.url) == (ARTICLES, ARTICLES, 0)
