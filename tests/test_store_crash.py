"""A crash (kill -9) in the middle of an ingest leaves whole articles only, and a re-run completes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ARTICLES = 600
SENTENCE = "भारत के रक्षा मंत्री ने आज {n} देशों के प्रतिनिधियों से मुलाकात की। बैठक में सहयोग पर चर्चा हुई।"


def stored(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(path, timeout=5) as connection:
            return int(connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0


def test_kill_during_ingest_then_rerun(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(ARTICLES):
        (corpus / f"a{n:04d}.txt").write_text(SENTENCE.format(n=n), encoding="utf-8")
    db = tmp_path / "kb.db"
    command = [sys.executable, "-m", "ghatna", "ingest", str(corpus), "--db", f"sqlite:///{db}", "--batch-size", "7"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while stored(db) < 20 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
    process.kill()
    process.wait()
    partial = stored(db)
    assert 0 < partial < ARTICLES, "the kill should land in the middle of the run"

    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        half_written = connection.execute(
            "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)"
        ).fetchone()[0]
        assert half_written == 0
        assert partial % 7 == 0, "only whole batches are committed"

    rerun = subprocess.run(command, capture_output=True, timeout=300, check=False)
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT COUNT(*), COUNT(DISTINCT content_hash) FROM articles").fetchone() == (
            ARTICLES,
            ARTICLES,
        )
        assert connection.execute("SELECT COUNT(*) FROM sentences").fetchone()[0] == 2 * ARTICLES
