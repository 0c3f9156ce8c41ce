"""The benchmark corpus: real Hindi news from ../shared/data/news_hi (never the eval texts).

BBC Hindi articles (one per CSV row) and the COVID-19 newspaper corpus, whose daily files are
split into articles at each headline (a line without sentence-final punctuation followed by a
blank line). Repeats beyond the corpus size get a numbered suffix so every text is distinct.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import regex

NEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "news_hi"
_ENDS_SENTENCE = regex.compile(r"[।.?!|]\s*$")


def bbc_articles() -> Iterator[str]:
    path = NEWS / "bbc_hindi_v01_test_subset" / "hindi-cleaned-test.csv"
    csv.field_size_limit(1 << 24)
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            text = row.get("1", "").strip()
            if text:
                yield text


def covid_articles() -> Iterator[str]:
    for path in sorted((NEWS / "covid19_hindi_newspapers_2020" / "Corpora").rglob("*.txt")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        current: list[str] = []
        for i, line in enumerate(lines):
            headline = (
                line.strip() and not _ENDS_SENTENCE.search(line) and i + 1 < len(lines) and not lines[i + 1].strip()
            )
            if headline and sum(len(c) for c in current) > 200:
                yield "\n".join(current).strip()
                current = []
            current.append(line)
        if sum(len(c) for c in current) > 200:
            yield "\n".join(current).strip()


def corpus(count: int) -> list[str]:
    if not NEWS.is_dir():
        raise SystemExit(f"{NEWS} is not here: the benchmark reads the shared news corpora")
    base = list(bbc_articles()) + list(covid_articles())
    return [base[i % len(base)] + (f"\n({i // len(base)})" if i >= len(base) else "") for i in range(count)]


def write_jsonl(texts: list[str], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i, text in enumerate(texts):
            out.write(json.dumps({"id": f"b{i:06d}", "text": text}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    base = list(bbc_articles()) + list(covid_articles())
    print(f"{len(base)} distinct articles, {sum(len(t.split()) for t in base)} words")
