"""Page timings of the web UI on a large knowledge base, on SQLite and on PostgreSQL (prints figures; not a test).

    .venv/bin/python bench/web_pages.py [--articles 20000] [--requests 40] [--pg URL] [--json]

The knowledge base is synthetic (``tests/synthetic_kb.py``): articles of short Hindi sentences with
their entities and events, written through the store's own write API (``Store.add``: actor
resolution, fusion and the full-text index run as in an ingest), without the NLP pipeline, so that
20,000 articles take minutes (SQLite) instead of hours. It is kept between runs: a SQLite file
(``--sqlite``) and a PostgreSQL schema named after the article count, on the server of ``--pg``
(default ``$GHATNA_TEST_PG_URL``; ``scripts/postgres_start.sh`` starts a private one). Without a
server only SQLite is timed.

Each page is fetched from a real ``ghatna serve`` over HTTP on 127.0.0.1, a few times to warm up,
then ``--requests`` times one after another; printed per page and backend: the median and 95th
percentile, the server's CPU time per request (which other work on the machine inflates less than
wall-clock time), and the first request's time, before the server keeps the knowledge base's
aggregates (``store/read/cache.py``; what a page costs right after a write). The target (issue 21)
is a median under 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from ghatna.store import open_store  # noqa: E402
from scripts.serving import served  # noqa: E402
from tests import synthetic_kb  # noqa: E402

TARGET_MS = 100.0
WARM_UP = 3


def pages(base: str) -> dict[str, str]:
    """The pages timed: name -> path, with ids taken from the knowledge base itself."""
    with httpx.Client(base_url=base, timeout=120) as http:
        article = http.get("/api/articles", params={"limit": 1, "offset": 5000}).json()["articles"]
        article = article or http.get("/api/articles", params={"limit": 1}).json()["articles"]
        actor = http.get("/api/actors", params={"limit": 1}).json()["actors"][0]["id"]
        dyad = http.get("/api/dyads", params={"limit": 1}).json()["dyads"][0]
        kinds = [f["value"] for f in http.get("/api/facets").json()["type"][:2]]
    return {
        "home dashboard": "/",
        "events (with facets)": "/events",
        "events, two types": f"/events?type={kinds[0]}&type={kinds[1]}&sort=-confidence",
        "article": f"/articles/{article[0]['id']}",
        "actor": f"/actors/{actor}",
        "actors": "/actors",
        "dyad": f"/dyads/{dyad['first']}/{dyad['second']}",
        "dyads": "/dyads",
        "network": "/network",
        "articles": "/articles",
        "articles, search": "/articles?q=" + "मुलाकात",
    }


def ensure_kb(url: str, articles: int) -> float:
    """Build the synthetic knowledge base at ``url`` unless it is there; the seconds the build took (0 if kept)."""
    with open_store(url) as store:
        stored = store.counts()["articles"]
    if stored == articles:
        return 0.0
    if stored:
        raise SystemExit(f"{url} holds {stored} articles, not {articles}: remove it first")
    started = time.perf_counter()
    synthetic_kb.build(url, articles)
    tidy_after_load(url)
    return time.perf_counter() - started


def tidy_after_load(url: str) -> None:
    """What a database does by itself some time after a bulk load (autovacuum, SQLite's optimize):
    refresh the planner's statistics and, on PostgreSQL, the visibility map of index-only scans."""
    if url.startswith("postgresql"):
        import psycopg

        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute("VACUUM (ANALYZE)")
    else:
        with open_store(url) as store:
            store.connection.execute("ANALYZE")


def time_pages(url: str, requests: int) -> dict[str, dict[str, Any]]:
    """Per page: the median and 95th percentile of its wall-clock time, and the server's CPU time per request."""
    found: dict[str, dict[str, Any]] = {}
    with served(url, wait_s=120) as server, httpx.Client(base_url=server.url, timeout=120) as http:
        for name, path in pages(server.url).items():
            spent = []
            for turn in range(WARM_UP + requests):
                if turn == WARM_UP:
                    cpu = server.cpu_seconds()
                started = time.perf_counter()
                response = http.get(path)
                if response.status_code != 200:
                    raise SystemExit(f"{path}: {response.status_code} {response.text[:200]}")
                spent.append((time.perf_counter() - started) * 1000)
            first, spent = spent[0], sorted(spent[WARM_UP:])
            found[name] = {
                "path": path,
                "first_ms": round(first, 1),
                "median_ms": round(statistics.median(spent), 1),
                "p95_ms": round(spent[min(len(spent) - 1, int(0.95 * len(spent)))], 1),
                "server_cpu_ms": round((server.cpu_seconds() - cpu) * 1000 / requests, 1),
            }
    return found


def pg_schema_url(server: str, articles: int) -> str:
    import psycopg

    schema = f"bench_web_pages_{articles}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    separator = "&" if "?" in server else "?"
    return f"{server}{separator}options=-csearch_path%3D{schema}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--requests", type=int, default=40, help="timed requests per page (after 3 to warm up)")
    parser.add_argument("--sqlite", type=Path, default=Path("/tmp/ghatna-bench/web_pages_{articles}.db"))
    parser.add_argument("--pg", default=os.environ.get("GHATNA_TEST_PG_URL"), help="PostgreSQL server URL")
    parser.add_argument("--only", choices=("sqlite", "postgresql"), help="time one backend only")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    backends: dict[str, str] = {}
    if args.only != "postgresql":
        path = Path(str(args.sqlite).format(articles=args.articles))
        path.parent.mkdir(parents=True, exist_ok=True)
        backends["sqlite"] = f"sqlite:///{path}"
    if args.pg and args.only != "sqlite":
        backends["postgresql"] = pg_schema_url(args.pg, args.articles)
    results: dict[str, Any] = {"articles": args.articles, "requests_per_page": args.requests, "backends": {}}
    for backend, url in backends.items():
        built = ensure_kb(url, args.articles)
        with open_store(url) as store:
            counts = {**store.counts(), **store.kb_counts()}
        results["backends"][backend] = {"build_s": round(built, 1), "counts": counts,
                                        "pages": time_pages(url, args.requests)}  # fmt: skip
    results["load_average"] = os.getloadavg()[0]
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return 0
    load = results["load_average"]
    print(f"{args.articles} synthetic articles, {args.requests} requests per page; load average {load:.1f}")
    print("columns: median, p95 (wall-clock ms), server CPU ms per request, first request ms (nothing kept yet)")
    for backend, found in results["backends"].items():
        built = f", built in {found['build_s']} s" if found["build_s"] else ""
        print(f"\n{backend}: {found['counts']}{built}")
        for name, timing in found["pages"].items():
            flag = "" if timing["median_ms"] < TARGET_MS else "  OVER"
            figures = " ".join(f"{timing[k]:>8.1f}" for k in ("median_ms", "p95_ms", "server_cpu_ms", "first_ms"))
            print(f"  {name:<22} {figures}  {timing['path']}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
