"""Throughput and memory of ghatna on real Hindi news (prints figures; not a test).

    .venv/bin/python bench/throughput.py [--articles 2000] [--coder rules learned both] [--workers 1 2]
        [--large 20000] [--json]

Reports, on the same texts: spaCy's blank Hindi tokenizer alone (the reference ceiling), then for
each event coder asked for (``--coder``, default ``rules``): the time spent in each pipeline stage
(one process; ms per article beside it), end-to-end `ghatna ingest` into SQLite with 1 and 2 workers
(articles/s, words/s), the peak resident memory of the ingest's process tree, and the two speed
requirements: 2 workers keep at least 1/20 of the tokenizer-only ceiling, and the places stage
costs at most 0.5 ms of CPU per article. On a machine shared with other work the wall-clock figures
shrink with the load; the CPU columns do not, and the CPU estimate of the ceiling share (articles
per CPU second of the ingest's process tree, times two cores, against the tokenizer's articles per
CPU second) says what two idle cores would at best give.

The stage table runs, as the ingest's workers do (``ghatna.run.parallel``), with the BLAS and
OpenMP pools held to one thread, and its CPU column is the CPU time of the thread that runs the
stages (``time.thread_time``). Without the limit, OpenBLAS keeps a second thread spinning after
each matrix product (spaCy's stages), and the process's CPU time then charged every stage,
including pure-Python ones such as normalise or places, about twice its own time.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import spacy
from threadpoolctl import threadpool_limits

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import corpus, write_jsonl

from ghatna.events.learned.setting import CODERS, use_coder
from ghatna.ingest.article import make_article
from ghatna.pipeline import default_pipeline
from ghatna.records import Analysis
from ghatna.store import open_store
from ghatna.text.language import guess_language

WARM_UP = Path(__file__).resolve().parent.parent / "samples" / "000_80b73bf1b1695fdc.txt"
CEILING_SHARE = 1 / 20  # the least share of the tokenizer-only ceiling that ingest with 2 workers keeps
PLACES_MS = 0.5  # the most the places stage may cost per article


def tokenizer_ceiling(texts: list[str]) -> tuple[float, float, float]:
    """Articles/s of a fresh blank tokenizer over the texts once (the ceiling: like ``ghatna ingest``,
    it meets every text once, from a cold cache), of a second pass with its caches warm, and of the
    first pass per CPU second (what a machine shared with other work still measures fairly)."""
    nlp = spacy.blank("hi")
    rates = []
    cpu_started = time.process_time()
    for _ in range(2):
        started = time.perf_counter()
        for _ in nlp.tokenizer.pipe(texts, batch_size=64):
            pass
        rates.append(len(texts) / (time.perf_counter() - started))
        if len(rates) == 1:
            cpu_rate = len(texts) / (time.process_time() - cpu_started)
    return rates[0], rates[1], cpu_rate


def stage_times(texts: list[str], db_dir: Path) -> tuple[dict[str, float], dict[str, float], int]:
    """Wall and CPU seconds (of this thread) per stage over the texts, after one untimed article that
    loads the models and tables (spent under "load", which the ingest figures include)."""
    pipeline = default_pipeline()
    spent: dict[str, float] = defaultdict(float)
    cpu: dict[str, float] = defaultdict(float)
    started = time.perf_counter()
    pipeline.run(make_article(WARM_UP.read_text(encoding="utf-8"), "warm-up"))
    spent["load"] = time.perf_counter() - started
    words = 0
    analyses = []
    with threadpool_limits(1):  # as the ingest's workers (module docstring)
        for i, text in enumerate(texts):
            started, cpu_started = time.perf_counter(), time.thread_time()
            article = make_article(text, "bench", article_id=str(i))
            article.language = guess_language(article.text).language
            spent["normalise"] += time.perf_counter() - started
            cpu["normalise"] += time.thread_time() - cpu_started
            analysis = Analysis(article=article)
            for stage in pipeline.stages:
                started, cpu_started = time.perf_counter(), time.thread_time()
                analysis = stage.func(analysis)
                spent[stage.name] += time.perf_counter() - started
                cpu[stage.name] += time.thread_time() - cpu_started
            words += len(analysis.tokens)
            analysis.spacy_doc = None
            analyses.append(analysis)
    with open_store(f"sqlite:///{db_dir / 'stages.db'}") as store:
        started, cpu_started = time.perf_counter(), time.thread_time()
        for at in range(0, len(analyses), 50):
            store.add(analyses[at : at + 50])
        spent["store"] += time.perf_counter() - started
        cpu["store"] += time.thread_time() - cpu_started
    return dict(spent), dict(cpu), words


def tree_rss_kb(pid: int, cpu_ticks: dict[int, int]) -> int:
    """Resident memory of the process tree; records each process's CPU ticks so far in ``cpu_ticks``."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            cpu_ticks[current] = int(fields[11]) + int(fields[12])  # utime + stime
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError, StopIteration):
            continue
    return total


def ingest_run(source: Path, workers: int, db_dir: Path) -> dict[str, float]:
    db = db_dir / f"ingest-{workers}-{source.stem}.db"
    command = [
        sys.executable,
        "-m",
        "ghatna",
        "ingest",
        str(source),
        "--db",
        f"sqlite:///{db}",
        "--workers",
        str(workers),
        "--no-progress",
        "--format",
        "json",
    ]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    peak = 0
    ticks: dict[int, int] = {}
    while process.poll() is None:
        peak = max(peak, tree_rss_kb(process.pid, ticks))
        time.sleep(0.2)
    elapsed = time.perf_counter() - started
    cpu = sum(ticks.values()) / os.sysconf("SC_CLK_TCK")  # as last seen, 0.2 s before each process ended
    report = json.loads(process.stdout.read() if process.stdout else b"{}")
    added = report["ingest"]["added"]
    return {
        "workers": workers,
        "articles": added,
        "seconds": elapsed,
        "articles_per_s": added / elapsed,
        "cpu_seconds": cpu,
        "articles_per_cpu_s": added / cpu,
        "peak_rss_mb": peak / 1024,
    }


def measure(
    coder: str, texts: list[str], tmp_dir: Path, ceiling: tuple[float, float], workers: list[int]
) -> dict[str, object]:
    """Stage times and ingest runs with one coder (its setting reaches the ingest's workers too).
    ``ceiling``: the tokenizer's articles per wall second and per CPU second."""
    use_coder(coder)  # type: ignore[arg-type]
    spent, cpu, words = stage_times(texts, tmp_dir / coder)
    source = tmp_dir / "corpus.jsonl"
    runs = {n: ingest_run(source, n, tmp_dir / coder) for n in sorted(set(workers) | {2})}
    places_ms = 1000 * cpu.get("places", 0.0) / len(texts)
    # two idle cores run the 2-worker ingest at most twice as fast as its tree's CPU time allows
    two_cpu = 2 * runs[2]["articles_per_cpu_s"] / ceiling[1]
    return {
        "words": words,
        "stages": {
            name: {
                "seconds": s,
                "ms_per_article": 1000 * s / len(texts),
                "cpu_ms_per_article": 1000 * cpu[name] / len(texts),
                "articles_per_s": len(texts) / s if s else None,
                "words_per_s": words / s if s else None,
            }
            for name, s in spent.items()
            if name != "load"
        },
        "load_seconds": spent["load"],
        "ingest": list(runs.values()),
        "speedup_2_workers": runs[2]["articles_per_s"] / runs[1]["articles_per_s"] if 1 in runs else None,
        "ceiling_fraction": runs[2]["articles_per_s"] / ceiling[0],
        "ceiling_fraction_cpu_estimate": two_cpu,
        "meets_ceiling_share": runs[2]["articles_per_s"] / ceiling[0] >= CEILING_SHARE,
        "meets_ceiling_share_cpu_estimate": two_cpu >= CEILING_SHARE,
        "places_cpu_ms_per_article": places_ms,
        "meets_places_ms": places_ms <= PLACES_MS,
    }


def report(coder: str, result: dict[str, Any], texts: int, warm: float) -> None:
    words = result["words"]
    print(f"\n== coder: {coder}")
    print(f"first article, untimed below (loads models and tables): {result['load_seconds']:.2f} s")
    print("stage          seconds  ms/article  CPU ms/article   articles/s      words/s")
    for name, row in result["stages"].items():
        print(
            f"{name:<12} {row['seconds']:>9.2f} {row['ms_per_article']:>11.2f} {row['cpu_ms_per_article']:>15.2f} "
            f"{row['articles_per_s'] or 0:>12.1f} {row['words_per_s'] or 0:>12.0f}"
        )
    two = {run["workers"]: run for run in result["ingest"]}[2]
    for run in result["ingest"]:
        print(
            f"ingest, {run['workers']} worker(s): {run['articles_per_s']:.1f} articles/s "
            f"({run['articles'] * words / texts / run['seconds']:.0f} words/s), "
            f"{run['articles_per_cpu_s']:.1f} articles per CPU second of its process tree, "
            f"peak RSS {run['peak_rss_mb']:.0f} MB"
        )
    if result["speedup_2_workers"] is not None:
        print(f"2 workers vs 1: {result['speedup_2_workers']:.2f}x")
    print(
        f"2 workers = {result['ceiling_fraction']:.3f} of the tokenizer-only ceiling "
        f"({two['articles_per_s'] / warm:.3f} of its warm second pass); from CPU time, on two idle cores "
        f"at most {result['ceiling_fraction_cpu_estimate']:.3f}"
    )
    verdict = {True: "met", False: "NOT met"}
    print(
        f"requirements: 2 workers >= {CEILING_SHARE:.3f} of the ceiling: {verdict[result['meets_ceiling_share']]} "
        f"(CPU estimate: {verdict[result['meets_ceiling_share_cpu_estimate']]}); places "
        f"{result['places_cpu_ms_per_article']:.3f} CPU ms/article <= {PLACES_MS}: {verdict[result['meets_places_ms']]}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--coder", nargs="+", choices=CODERS, default=["rules"], help="event coder(s) to measure")
    parser.add_argument(
        "--workers", type=int, nargs="+", default=[1, 2], help="ingest runs (2 is always measured)"
    )
    parser.add_argument("--large", type=int, default=0, help="also ingest this many articles (memory flatness)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    texts = corpus(args.articles)
    results: dict[str, Any] = {"articles": len(texts), "cpus": os.cpu_count(), "load_average": os.getloadavg()}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        cold, warm, cold_cpu = tokenizer_ceiling(texts)
        results["tokenizer_only_articles_per_s"] = cold
        results["tokenizer_only_warm_articles_per_s"] = warm
        results["tokenizer_only_articles_per_cpu_s"] = cold_cpu
        write_jsonl(texts, tmp_dir / "corpus.jsonl")
        results["coders"] = {}
        for coder in args.coder:
            (tmp_dir / coder).mkdir()
            results["coders"][coder] = measure(coder, texts, tmp_dir, (cold, cold_cpu), args.workers)
        if args.large:
            big = tmp_dir / "large.jsonl"
            write_jsonl(corpus(args.large), big)
            results["ingest_large"] = ingest_run(big, 2, tmp_dir)
        results["load_average_after"] = os.getloadavg()
    if args.json:
        print(json.dumps(results, indent=2))
        return
    first = results["coders"][args.coder[0]]
    print(f"corpus: {len(texts)} articles, {first['words']} words (news_hi: BBC Hindi + COVID-19 newspapers)")
    print(
        f"tokenizer only (spaCy blank hi): {cold:.0f} articles/s, {cold_cpu:.0f} per CPU second "
        f"(second pass, caches warm: {warm:.0f}/s); "
        f"load average before {results['load_average'][0]:.1f}, after {results['load_average_after'][0]:.1f} "
        f"on {results['cpus']} CPUs"
    )
    for coder in args.coder:
        report(coder, results["coders"][coder], len(texts), warm)
    if args.large:
        large = results["ingest_large"]
        print(
            f"ingest of {args.large} articles, 2 workers: {large['articles_per_s']:.1f} articles/s, "
            f"peak RSS {large['peak_rss_mb']:.0f} MB"
        )


if __name__ == "__main__":
    main()
