"""Cost of the places stage and of loading the place table, on real Hindi news (prints figures; not a test).

    .venv/bin/python bench/places_speed.py [--articles 500] [--dump places.jsonl]

Runs the default pipeline up to the events on the articles and the places stage on one untimed
article (as ``bench/throughput.py`` does: what loads once is not the stage's cost), then times the
places stage alone over all of them twice: the first pass meets every name cold (rows parsed, keys
folded, candidates compared and decisions made for the first time), the second with those caches
warm, as in a long ingest. Wall time and the CPU time of this thread (``time.thread_time``: the
stage is pure Python; other threads of the process, such as BLAS's, are not its cost). Also the
first load of the place table in a fresh process. ``--dump`` writes each article's place mentions
(for building a place gold set).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import corpus
from throughput import WARM_UP

from ghatna.ingest.article import make_article
from ghatna.pipeline import DEFAULT_STAGES, Pipeline
from ghatna.places.stage import places_stage
from ghatna.records import Analysis

_LOAD = (
    "import time; t = time.perf_counter(); from ghatna.places.gazetteer import place_table; "
    "place_table(); print(time.perf_counter() - t)"
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args()
    loads = [float(subprocess.check_output([sys.executable, "-c", _LOAD], text=True)) for _ in range(3)]
    print(f"place table load (fresh process, best of 3): {min(loads) * 1000:.0f} ms")
    texts = corpus(args.articles)
    before = Pipeline(DEFAULT_STAGES[: DEFAULT_STAGES.index("places")])
    articles = [make_article(t, "bench", article_id=f"b{i:06d}") for i, t in enumerate(texts)]
    analyses: list[Analysis] = before.run_many(articles)
    places_stage(before.run(make_article(WARM_UP.read_text(encoding="utf-8"), "warm-up")))
    for label in ("cold", "warm"):
        started, cpu_started = time.perf_counter(), time.thread_time()
        for analysis in analyses:
            places_stage(analysis)
        per_article = (time.perf_counter() - started) / len(analyses) * 1000
        cpu = (time.thread_time() - cpu_started) / len(analyses) * 1000
        mentions = sum(len(a.places) for a in analyses)
        print(f"places stage ({label}): {len(analyses)} articles, {mentions} mentions, {per_article:.3f} ms an "
              f"article ({cpu:.3f} ms CPU)")
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for analysis in analyses:
                for m in analysis.places:
                    place = m.place
                    row = {"doc": analysis.article.id, "start": m.start, "end": m.end, "name_hi": m.name_hi,
                           "geonames_id": place.geonames_id if place else None,
                           "name_en": place.name_en if place else None, "country": place.country if place else None,
                           "reason": m.reason}
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
