"""Kill `ghatna ingest` with SIGKILL at random moments, many times, then check the database.

    .venv/bin/python scripts/kill_loop.py [--rounds 30] [--articles 400] [--workers 1] [--seed 7]

Each round adds --articles new files to the corpus, starts an ingest of the whole corpus into the
same SQLite file and kills it after a random delay. After every kill: PRAGMA integrity_check must
be ok and no article may lack its sentences (no half-written article). A last, uninterrupted run
must leave exactly one row per distinct article. Prints one line per round and a summary; exits 1 on any violation.
"""

from __future__ import annotations

import argparse
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCE = "भारत के रक्षा मंत्री ने आज {n} देशों के प्रतिनिधियों से मुलाकात की। बैठक में सहयोग पर चर्चा हुई।"


def check(db: Path) -> tuple[int, str | None]:
    if not db.exists():
        return 0, None
    with sqlite3.connect(db, timeout=30) as connection:
        try:
            count = connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:
            return 0, None
        if connection.execute("PRAGMA integrity_check").fetchone() != ("ok",):
            return count, "integrity_check failed"
        orphans = connection.execute(
            "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)"
        ).fetchone()[0]
        duplicates = connection.execute("SELECT COUNT(*) - COUNT(DISTINCT content_hash) FROM articles").fetchone()[0]
    if orphans:
        return count, f"{orphans} half-written articles"
    if duplicates:
        return count, f"{duplicates} duplicated articles"
    return count, None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        db = Path(tmp) / "kb.db"
        command = [
            sys.executable,
            "-m",
            "ghatna",
            "ingest",
            str(corpus),
            "--db",
            f"sqlite:///{db}",
            "--batch-size",
            "5",
            "--workers",
            str(args.workers),
            "--no-progress",
        ]
        for round_ in range(1, args.rounds + 1):
            for n in range((round_ - 1) * args.articles, round_ * args.articles):
                (corpus / f"a{n:06d}.txt").write_text(SENTENCE.format(n=n), encoding="utf-8")
            delay = rng.uniform(0.3, 4.0)
            process = subprocess.Popen(
                command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
            )
            time.sleep(delay)
            finished = process.poll() is not None
            if not finished:
                subprocess.run(["pkill", "-KILL", "-s", str(process.pid)], check=False)
                process.send_signal(signal.SIGKILL)
            process.wait()
            count, problem = check(db)
            failures += problem is not None
            print(
                f"round {round_:>3}: killed after {delay:.2f}s{' (had finished)' if finished else ''}: "
                f"{count} articles stored, {problem or 'consistent'}"
            )
        final = subprocess.run(command, capture_output=True, check=False)
        count, problem = check(db)
        expected = args.rounds * args.articles
        ok = final.returncode == 0 and problem is None and count == expected
        failures += not ok
        print(f"final run: exit {final.returncode}, {count}/{expected} articles, {problem or 'consistent'}")
    print(f"{args.rounds} kills, {failures} violations")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
