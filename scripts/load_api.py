"""A bounded load test of the REST API while an ingest writes into the same knowledge base.

    .venv/bin/python scripts/load_api.py [--clients 50] [--seconds 60] [--json]
        [--db postgresql://…] [--corpus ../shared/data/news_hi/covid19_hindi_newspapers_2020 --writer-articles 300]

Everything runs on 127.0.0.1: a `ghatna serve` process over a fresh knowledge base (the bundled
samples; a SQLite file, or the empty PostgreSQL database or schema of ``--db``), and a `ghatna
ingest` process writing new articles into it meanwhile: ``--writer-articles`` texts made of the
samples' sentences, or the first ``--writer-articles`` ``*.txt`` files under ``--corpus``. Each
client loops over a mix of endpoints until the time is up. Reports requests, errors (non-2xx
answers or transport failures), latency percentiles, and any article that a reader saw half
written (no sentences, or an entity or evidence span outside its text). Exits 1 on any error.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from ghatna.store.dialect import dialect_for

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script, for scripts.serving
from scripts.serving import served  # noqa: E402

SAMPLES = ROOT / "samples"
PATHS = ("/api/events?limit=20", "/api/articles?limit=20", "/api/dyads/IND/KAZ", "/api/actors?q=भारत", "/api/network",
         "/api/events?type=CONSULT&type=AGREE&limit=20", "/api/facets", "/api/dashboard")  # fmt: skip


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    half_articles: list[str] = field(default_factory=list)
    articles_read: int = 0


def half_written(record: dict[str, Any]) -> str | None:
    text = record.get("text", "")
    if not record.get("sentences"):
        return "no sentences"
    for entity in record.get("entities", []):
        for start, end in entity.get("mentions", []):
            if not 0 <= start < end <= len(text):
                return f"mention {start}-{end} outside the text"
    for event in record.get("events", []):
        evidence = event.get("evidence", {})
        if not 0 <= evidence.get("start", 0) <= evidence.get("end", 0) <= len(text):
            return "evidence outside the text"
    return None


async def client(base: str, until: float, tally: Tally, number: int) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        step = number
        while time.monotonic() < until:
            step += 1
            path = PATHS[step % len(PATHS)]
            started = time.perf_counter()
            try:
                response = await http.get(path)
                tally.latencies.append(time.perf_counter() - started)
                if response.status_code != 200:
                    tally.errors.append(f"{path}: {response.status_code}")
                    continue
                if path.startswith("/api/articles?"):
                    articles = response.json()["articles"]
                    if articles:
                        key = articles[step % len(articles)]["id"]
                        record = (await http.get(f"/api/articles/{key}")).json()
                        tally.articles_read += 1
                        problem = half_written(record)
                        if problem:
                            tally.half_articles.append(f"article {key}: {problem}")
            except httpx.HTTPError as e:
                tally.errors.append(f"{path}: {type(e).__name__}")


def count_articles(url: str) -> int:
    connection = dialect_for(url).connect()
    try:
        return int(connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    finally:
        connection.close()


def writer_corpus(folder: Path, count: int) -> None:
    sentences = []
    for path in sorted(SAMPLES.glob("*.txt")):
        sentences += [s.strip() + "।" for s in path.read_text(encoding="utf-8").split("।") if s.strip()]
    for i in range(count):
        text = " ".join(sentences[(i + k) % len(sentences)] for k in range(4)) + f" ({i})"
        (folder / f"w{i:05d}.txt").write_text(text, encoding="utf-8")


def link_corpus(folder: Path, source: Path, count: int) -> None:
    """The first ``count`` texts under ``source``, linked into ``folder`` (the writer's input)."""
    for i, path in enumerate(sorted(source.rglob("*.txt"))[:count]):
        (folder / f"c{i:05d}.txt").symlink_to(path.resolve())


def run(
    clients: int, seconds: float, writer_articles: int = 2000, db: str | None = None, source: Path | None = None
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        db = db or f"sqlite:///{Path(tmp) / 'kb.db'}"
        subprocess.run(
            [sys.executable, "-m", "ghatna", "ingest", str(SAMPLES), "--db", db, "--no-progress"],
            check=True,
            capture_output=True,
        )
        corpus = Path(tmp) / "writer"
        corpus.mkdir()
        if source:
            link_corpus(corpus, source, writer_articles)
        else:
            writer_corpus(corpus, writer_articles)
        with served(db) as server:
            base = server.url
            writer = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "ghatna",
                    "ingest",
                    str(corpus),
                    "--db",
                    db,
                    "--no-progress",
                    "--batch-size",
                    "5",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                stored_before = count_articles(db)
                deadline = time.monotonic() + 120
                while count_articles(db) == stored_before and time.monotonic() < deadline and writer.poll() is None:
                    time.sleep(0.2)  # the load starts once the writer is committing
                tally = Tally()
                until = time.monotonic() + seconds

                async def all_clients() -> None:
                    await asyncio.gather(*(client(base, until, tally, n) for n in range(clients)))

                started = time.monotonic()
                # in a thread of its own: the caller may be running an event loop (a test session)
                loop = threading.Thread(target=lambda: asyncio.run(all_clients()))
                loop.start()
                loop.join()
                elapsed = time.monotonic() - started
            finally:
                writer.terminate()
                writer.wait()
        written = count_articles(db)
    latencies = sorted(tally.latencies)

    def percentile(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else 0.0

    return {
        "backend": db.split(":", 1)[0],
        "clients": clients,
        "seconds": round(elapsed, 1),
        "requests": len(latencies),
        "requests_per_s": round(len(latencies) / elapsed, 1) if elapsed else 0.0,
        "errors": len(tally.errors),
        "error_samples": tally.errors[:5],
        "p50_ms": round(percentile(0.50), 1),
        "p95_ms": round(percentile(0.95), 1),
        "p99_ms": round(percentile(0.99), 1),
        "mean_ms": round(statistics.fmean(latencies) * 1000, 1) if latencies else 0.0,
        "articles_read": tally.articles_read,
        "half_written_seen": tally.half_articles[:5],
        "articles_at_start": stored_before,
        "articles_in_kb_at_end": written,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--db", help="an empty knowledge base to load (default: a SQLite file in a temporary folder)")
    parser.add_argument(
        "--corpus", type=Path, help="the writer ingests *.txt files from here (default: sample sentences)"
    )
    parser.add_argument("--writer-articles", type=int, default=2000, help="how many articles the writer gets")
    args = parser.parse_args()
    result = run(args.clients, args.seconds, args.writer_articles, args.db, args.corpus)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:>22}: {value}")
    return 1 if result["errors"] or result["half_written_seen"] else 0


if __name__ == "__main__":
    sys.exit(main())
