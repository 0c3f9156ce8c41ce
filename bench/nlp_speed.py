"""Throughput of the shipped Hindi pipeline on real news text (prints figures; not a test).

Usage: python bench/nlp_speed.py [--words N] [--batch-size B]

Reads native Hindi newspaper text from ../shared/data/news_hi/covid19_hindi_newspapers_2020 (one
paragraph per line, never the eval texts), tokenises it with the pipeline's tokenizer and runs
every component. Run it with OMP_NUM_THREADS=1 (the default set here) to get words/s per core.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse  # (after the thread limits: they must be set before numpy loads)
import time
from pathlib import Path

from ghatna.nlp.model import load_pipeline, pipeline_path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT / Path("../shared/data/news_hi/covid19_hindi_newspapers_2020/Corpora")


def paragraphs(limit_words: int) -> list[str]:
    out: list[str] = []
    words = 0
    for path in sorted(NEWS.rglob("*.txt")):
        if path.name.lower().startswith("readme"):
            continue
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.strip()
            if len(line) < 40:
                continue
            out.append(line)
            words += len(line.split())
            if words >= limit_words:
                return out
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()
    t0 = time.perf_counter()
    nlp = load_pipeline()
    load_s = time.perf_counter() - t0
    texts = paragraphs(args.words)
    list(nlp.pipe(texts[:20]))  # warm up
    t0 = time.perf_counter()
    tokens = 0
    words = 0
    for doc in nlp.pipe(texts, batch_size=args.batch_size):
        tokens += len(doc)
        words += sum(1 for t in doc if not t.is_punct and not t.is_space)
    elapsed = time.perf_counter() - t0
    size = sum(p.stat().st_size for p in pipeline_path().rglob("*") if p.is_file())
    print(f"pipeline      {' '.join(nlp.pipe_names)}")
    print(f"threads       OMP_NUM_THREADS={os.environ['OMP_NUM_THREADS']} (one core)")
    print(f"load time     {load_s:.2f} s")
    print(f"text          {len(texts)} paragraphs, {words} words, {tokens} tokens")
    print(f"elapsed       {elapsed:.2f} s")
    print(f"words/s/core  {words / elapsed:,.0f}")
    print(f"tokens/s/core {tokens / elapsed:,.0f}")
    print(f"size on disk  {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
