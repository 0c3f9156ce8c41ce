"""Word accuracy of the Hindi -> English name spelling table (``training/kb/spellings.py``) on held-out
name pairs.

Every tenth affidavit name pair (English-Hindi names of election candidates) is held out; the table is
built from the knowledge base's name words and the other nine tenths, as ``make kb`` builds it from
all of them. Each held-out Hindi name word is spelled by the table (the romaniser where the table
lacks the word) and by the romaniser alone; a word counts when it is the English word of the pair
(lower case). Also reported: the words whose Hindi key no training pair has.

Run: ``PYTHONPATH=. .venv/bin/python bench/name_spellings.py [--json]``
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ghatna.kb.keys import hindi_key
from ghatna.translit import romanise
from training.kb.build import AFFIDAVITS, CACHE, all_records, read_cache, token_counts
from training.kb.spellings import aligned_words, spelling_table

HELD_OUT_EVERY = 10


def accuracy(words: list[tuple[str, str]], spell: Callable[[str], str]) -> float:
    return round(sum(spell(hi) == en for hi, en in words) / max(len(words), 1), 3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    names = aligned_words(AFFIDAVITS)
    train = [pair for n, name in enumerate(names) if n % HELD_OUT_EVERY for pair in name]
    test = [pair for n, name in enumerate(names) if not n % HELD_OUT_EVERY for pair in name]
    counts, xlit = token_counts(all_records()), read_cache(CACHE)
    systems = {
        "table (KB words + pairs), romaniser fallback": spelling_table(counts, xlit, train),
        "table (KB words only), romaniser fallback": spelling_table(counts, xlit, []),
        "table (pairs only), romaniser fallback": spelling_table({}, {}, train),
        "romaniser only": {},
    }
    seen = {hindi_key(hi) for hi, _ in train}
    unseen = [(hi, en) for hi, en in test if hindi_key(hi) not in seen]
    results: dict[str, object] = {"held_out_names": len(names[::HELD_OUT_EVERY]), "held_out_words": len(test),
                                  "words_unseen_in_training_pairs": len(unseen)}
    for label, table in systems.items():

        def spell(word: str, table: dict[str, str] = table) -> str:
            return table.get(hindi_key(word)) or romanise(word)

        results[label] = {"word_accuracy": accuracy(test, spell), "unseen_word_accuracy": accuracy(unseen, spell),
                          "table_words": len(table)}
    print(json.dumps(results, indent=None if args.json else 1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
