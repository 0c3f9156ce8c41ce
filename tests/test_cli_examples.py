"""``ghatna examples``: what ``make run`` shows a newcomer after the ingest."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

from .conftest import REFERENCE, SAMPLES


def test_examples_are_readable_english_lines_with_their_evidence(cli: Callable[..., Any], db_url: str) -> None:
    assert cli("ingest", str(SAMPLES), "--db", db_url, "--no-progress").code == 0
    result = cli("examples", "--db", db_url)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert regex.match(r"3 of the \d+ coded events", lines[0])
    events = [line for line in lines if regex.match(r"  \d\. ", line)]
    assert len(events) == 3
    for line in events:
        assert regex.search(r"\d\. [A-Z]+(/[a-z_-]+)?: .+ → .+ \(CAMEO \d{3,4}\)$", line)
        assert not regex.search(r"\p{Devanagari}", line.split(":", 1)[1].split("(CAMEO")[0])
    evidence = [line for line in lines if line.startswith("     evidence (")]
    assert len(evidence) == 3 and all(regex.search(r"sentence \d+\): “\p{Devanagari}", e) for e in evidence)
    assert len({line.split(":")[0].split(". ")[1] for line in events}) == 3  # three different event types
    assert lines[-1].startswith("Browse them in the web UI: ghatna serve --db ")


def test_examples_count_and_an_empty_knowledge_base(cli: Callable[..., Any], db_url: str) -> None:
    assert cli("examples", "--db", db_url).out.startswith("No event with both an actor and a recipient")
    assert cli("ingest", str(REFERENCE), "--db", db_url, "--no-progress").code == 0
    result = cli("examples", "--db", db_url, "-n", "1")
    assert result.code == 0 and result.out.startswith("1 of the ")
