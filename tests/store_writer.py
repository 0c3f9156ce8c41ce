"""A writer process for the concurrency test: ``python -m tests.store_writer URL up|down N``."""

from __future__ import annotations

import sys

from ghatna.store import open_store
from tests.store_data import second_report


def main() -> None:
    url, order, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    numbers = range(count) if order == "up" else range(count - 1, -1, -1)
    analyses = [second_report(variant=n) for n in numbers]
    with open_store(url) as store:
        for analysis in analyses:  # one transaction per article: the two writers interleave
            if not store.has_article(analysis.article.text):
                store.add([analysis])


if __name__ == "__main__":
    main()
