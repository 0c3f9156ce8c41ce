"""Throughput and memory of ghatna on real Hindi news (prints figures; not a test).

    .venv/bin/python bench/throughput.py [--articles 2000] [--large 20000] [--json]

Reports, on the same texts: spaCy's blank Hindi tokenizer alone (the reference ceiling), the time
spent in each pipeline stage (one process), end-to-end `ghatna ingest` into SQLite with 1 and 2
workers (articles/s, words/s) and the peak resident memory of the ingest's process tree.
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

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import corpus, write_jsonl

from ghatna.ingest.article import make_article
from ghatna.pipeline import default_pipeline
from ghatna.records import Analysis
from ghatna.store import open_store
from ghatna.text.language import guess_language


def tokenizer_ceiling(texts: list[str]) -> tuple[float, float]:
    """Articles/s of a fresh blank tokenizer over the texts once (the ceiling: like ``ghatna ingest``,
    it meets every text once, from a cold cache), and of a second pass with its caches warm."""
    nlp = spacy.blank("hi")
    rates = []
    for _ in range(2):
        started = time.perf_counter()
        for _ in nlp.tokenizer.pipe(texts, batch_size=64):
            pass
        rates.append(len(texts) / (time.perf_counter() - started))
    return rates[0], rates[1]


def stage_times(texts: list[str], db_dir: Path) -> tuple[dict[str, float], int]:
    pipeline = default_pipeline()
    spent: dict[str, float] = defaultdict(float)
    words = 0
    analyses = []
    for i, text in enumerate(texts):
        started = time.perf_counter()
        article = make_article(text, "bench", article_id=str(i))
        article.language = guess_language(article.text).language
        spent["normalise"] += time.perf_counter() - started
        analysis = Analysis(article=article)
        for stage in pipeline.stages:
            started = time.perf_counter()
            analysis = stage.func(analysis)
            spent[stage.name] += time.perf_counter() - started
        words += len(analysis.tokens)
        analysis.spacy_doc = None
        analyses.append(analysis)
    with open_store(f"sqlite:///{db_dir / 'stages.db'}") as store:
        started = time.perf_counter()
        for at in range(0, len(analyses), 50):
            store.add(analyses[at : at + 50])
        spent["store"] += time.perf_counter() - started
    return dict(spent), words


def tree_rss_kb(pid: int) -> int:
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
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
    while process.poll() is None:
        peak = max(peak, tree_rss_kb(process.pid))
        time.sleep(0.2)
    elapsed = time.perf_counter() - started
    report = json.loads(process.stdout.read() if process.stdout else b"{}")
    added = report["ingest"]["added"]
    return {
        "workers": workers,
        "articles": added,
        "seconds": elapsed,
        "articles_per_s": added / elapsed,
        "peak_rss_mb": peak / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--large", type=int, default=0, help="also ingest this many articles (memory flatness)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    texts = corpus(args.articles)
    results: dict[str, object] = {"articles": len(texts), "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        cold, warm = tokenizer_ceiling(texts)
        results["tokenizer_only_articles_per_s"] = cold
        results["tokenizer_only_warm_articles_per_s"] = warm
        spent, words = stage_times(texts, tmp_dir)
        results["words"] = words
        results["stages"] = {
            name: {
                "seconds": s,
                "articles_per_s": len(texts) / s if s else None,
                "words_per_s": words / s if s else None,
            }
            for name, s in spent.items()
        }
        source = tmp_dir / "corpus.jsonl"
        write_jsonl(texts, source)
        runs = [ingest_run(source, workers, tmp_dir) for workers in (1, 2)]
        results["ingest"] = runs
        results["speedup_2_workers"] = runs[1]["articles_per_s"] / runs[0]["articles_per_s"]
        results["ceiling_fraction"] = runs[1]["articles_per_s"] / results["tokenizer_only_articles_per_s"]  # type: ignore[operator]
        if args.large:
            big = tmp_dir / "large.jsonl"
            write_jsonl(corpus(args.large), big)
            results["ingest_large"] = ingest_run(big, 2, tmp_dir)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"corpus: {len(texts)} articles, {words} words (news_hi: BBC Hindi + COVID-19 newspapers)")
    print(
        f"tokenizer only (spaCy blank hi): {results['tokenizer_only_articles_per_s']:.0f} articles/s "
        f"(second pass, caches warm: {results['tokenizer_only_warm_articles_per_s']:.0f})"
    )
    print("stage          seconds   articles/s      words/s")
    for name, row in results["stages"].items():  # type: ignore[attr-defined]
        print(f"{name:<12} {row['seconds']:>9.2f} {row['articles_per_s'] or 0:>12.1f} {row['words_per_s'] or 0:>12.0f}")
    for run in runs:
        print(
            f"ingest, {run['workers']} worker(s): {run['articles_per_s']:.1f} articles/s "
            f"({run['articles'] * words / len(texts) / run['seconds']:.0f} words/s), "
            f"peak RSS {run['peak_rss_mb']:.0f} MB"
        )
    print(
        f"2 workers vs 1: {results['speedup_2_workers']:.2f}x; "
        f"2 workers = {results['ceiling_fraction']:.3f} of the tokenizer-only ceiling "
        f"({runs[1]['articles_per_s'] / warm:.3f} of its warm second pass)"
    )
    if args.large:
        large = results["ingest_large"]
        print(
            f"ingest of {args.large} articles, 2 workers: {large['articles_per_s']:.1f} articles/s, "  # type: ignore[index]
            f"peak RSS {large['peak_rss_mb']:.0f} MB"
        )  # type: ignore[index]


if __name__ == "__main__":
    main()
