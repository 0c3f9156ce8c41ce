"""Replays every input the fuzzer (fuzz/fuzz_pipeline.py) ever crashed on, plus seed cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from ghatna.errors import InputError
from ghatna.ingest.article import make_article
from ghatna.ingest.decode import decode
from ghatna.output import to_record, validate_record
from ghatna.run.extract import extract

CASES = sorted((Path(__file__).parent / "resources" / "fuzz").glob("*"))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fuzz_reproducer(case: Path) -> None:
    data = case.read_bytes()
    try:
        text = decode(data, case.name, [])
    except InputError:
        return
    validate_record(to_record(extract(make_article(text, case.name, split_headline=True))))


@pytest.mark.parametrize("text", ["ँ\x18íí—íí", "\ud800", "भारत \udfff ने कहा"])
def test_hypothesis_reproducers(text: str) -> None:
    validate_record(to_record(extract(make_article(text, "regression"))))
