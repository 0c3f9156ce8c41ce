"""Coverage-guided fuzzing of the text pipeline entry point with atheris.

    .venv/bin/pip install atheris
    mkdir -p fuzz/corpus fuzz/crashes
    .venv/bin/python fuzz/fuzz_pipeline.py -max_total_time=600 -artifact_prefix=fuzz/crashes/ \
        fuzz/corpus tests/resources/fuzz

Bytes go through the same path as a file: decode → make_article → extract → to_record → JSON.
Only ghatna's own errors (InputError for unreadable bytes) are expected; anything else is a crash,
and atheris writes its input to fuzz/crashes/. Keep each reproducer as a regression case in
tests/resources/fuzz/ (tests/test_reliability_fuzz_regressions.py replays them).
"""

from __future__ import annotations

import json
import sys

import atheris

with atheris.instrument_imports():
    from ghatna.errors import InputError
    from ghatna.ingest.article import make_article
    from ghatna.ingest.decode import decode
    from ghatna.output import to_record, validate_record
    from ghatna.run.extract import extract


def run_one(data: bytes) -> None:
    try:
        text = decode(data, "fuzz", [])
    except InputError:
        return
    record = to_record(extract(make_article(text, "fuzz", split_headline=True)))
    validate_record(record)
    json.dumps(record, ensure_ascii=False).encode("utf-8")
    analysis_text = record["text"]
    for entity in record["entities"]:
        for start, end in entity["mentions"]:
            assert 0 <= start < end <= len(analysis_text)


def main() -> None:
    atheris.Setup(sys.argv, run_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
