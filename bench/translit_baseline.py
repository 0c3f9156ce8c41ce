"""The rule baseline of the romaniser, measured like ``ghatna evaluate translit``: aksharamukha
``RomanColloquial`` with Hindi schwa deletion. Needs ``pip install aksharamukha`` (not a dependency).

Run: ``.venv/bin/python bench/translit_baseline.py``
"""

from __future__ import annotations

import json
import sys

from ghatna.evaluate.translit import DEFAULT_TEST, evaluate, read_test


def main() -> int:
    from aksharamukha import transliterate  # an optional, bench-only library

    def rules(text: str) -> str:
        out: str = transliterate.process("Devanagari", "RomanColloquial", text, post_options=["RemoveSchwaHindi"])
        return out

    figures = evaluate(read_test(DEFAULT_TEST), rules)
    print(json.dumps({"system": "aksharamukha RomanColloquial + RemoveSchwaHindi", **figures}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
