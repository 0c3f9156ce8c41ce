"""How many PERSON entities the entities stage makes on unlabeled BBC Hindi news, and which.

Runs the stages up to ``entities`` over the first ``--articles`` BBC Hindi articles of
``../shared/data/news_hi`` (never the eval texts) and prints the number of PERSON entities, how many
are linked to the knowledge base, how many have no English name, and (with ``--sample N``) N of them
drawn at random, to read.

Run: ``.venv/bin/python bench/person_names.py [--articles 200] [--sample 60] [--seed 1]``
"""

from __future__ import annotations

import argparse
import random

from corpus import bbc_articles

from ghatna.ingest.article import make_article
from ghatna.pipeline import Pipeline

STAGES = ("segment", "tokenise", "mentions", "time", "entities")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    pipeline = Pipeline(STAGES)
    texts = [t for _, t in zip(range(args.articles), bbc_articles(), strict=False)]
    articles = [make_article(t, "bbc_hindi_v01_test_subset", article_id=f"bbc{i}") for i, t in enumerate(texts)]
    analyses = pipeline.run_many(articles)
    persons = [(a.article.id, e) for a in analyses for e in a.entities if e.type == "PERSON"]
    linked = sum(e.kb_id is not None for _, e in persons)
    unnamed = sum(not e.name_en for _, e in persons)
    print(f"articles={len(texts)} persons={len(persons)} linked={linked} no_name_en={unnamed}")
    for article_id, entity in random.Random(args.seed).sample(persons, min(args.sample, len(persons))):
        print(f"{article_id}\t{entity.name_hi}\t{entity.name_en}\t{entity.country}\t{entity.kb_id or ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
