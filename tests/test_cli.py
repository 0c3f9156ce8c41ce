"""The command line: conventions, extract to JSONL against the schema, exit codes."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

from ghatna import __version__
from ghatna.output import validate_record
from tests.conftest import REFERENCE, SAMPLES, CliResult, require_dev_texts

Cli = Callable[..., CliResult]


def records(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_help_and_version(cli: Cli) -> None:
    shown = cli("--help")
    assert shown.code == 0 and "extract" in shown.out and "ingest" in shown.out
    assert cli("--version").out.strip() == f"ghatna {__version__}"
    assert cli("extract", "--help").code == 0


def test_usage_error_exits_2(cli: Cli) -> None:
    result = cli("extract")
    assert result.code == 2 and "required" in result.err


def test_extract_reference_article(cli: Cli) -> None:
    result = cli("extract", str(REFERENCE))
    assert result.code == 0, result.err
    [record] = records(result.out)
    validate_record(record)
    assert record["id"] == "000_80b73bf1b1695fdc"
    assert record["dateline"] == {"name_hi": "नई दिल्ली", "name_en": None, "country": None} or (
        isinstance(record["dateline"], dict) and record["dateline"]["name_hi"] == "नई दिल्ली"
    )
    assert record["text"] == REFERENCE.read_text(encoding="utf-8")


def test_extract_every_dev_text_gives_one_schema_valid_line_each(cli: Cli, tmp_path: Path) -> None:
    dev = require_dev_texts()
    files = sorted(str(p) for p in dev.glob("*.txt"))
    out = tmp_path / "dev.jsonl"
    result = cli("extract", *files, "-o", str(out))
    assert result.code == 0, result.err
    found = records(out.read_text(encoding="utf-8"))
    assert len(found) == len(files) == 19
    for record in found:
        validate_record(record)
    assert [r["id"] for r in found] == [Path(f).stem for f in files]


def test_samples_folder_extracts(cli: Cli) -> None:
    result = cli("extract", str(SAMPLES), "--no-text")
    assert result.code == 0, result.err
    found = records(result.out)
    assert len(found) == len(list(SAMPLES.glob("*.txt")))
    assert all("text" not in r for r in found)


def test_bad_inputs_are_reported_and_the_batch_goes_on(cli: Cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    result = cli("extract", str(empty), str(REFERENCE), str(binary), str(tmp_path / "missing.txt"))
    assert result.code == 1
    assert len(records(result.out)) == 1
    errors = [line for line in result.err.splitlines() if line.startswith("ghatna: error:")]
    assert len(errors) == 3
    assert f"{empty}: empty input" in errors[0]
    assert f"{binary}: binary data" in errors[1]


def test_non_hindi_article_is_warned_about_or_skipped(cli: Cli, tmp_path: Path) -> None:
    english = tmp_path / "english.txt"
    english.write_text("The defence minister visited Astana on Tuesday to discuss cooperation.", encoding="utf-8")
    marathi = tmp_path / "marathi.txt"
    marathi.write_text("मुख्यमंत्र्यांनी आज मुंबईत बैठक घेतली आणि शेतकऱ्यांच्या प्रश्नांवर चर्चा केली.", encoding="utf-8")
    warned = cli("extract", str(english), str(marathi))
    assert warned.code == 0
    assert [r["language"] for r in records(warned.out)] == ["und", "und-Deva"]
    assert warned.err.count("not Hindi") == 2
    skipped = cli("extract", "--skip-non-hindi", str(english), str(REFERENCE))
    assert skipped.code == 1
    assert [r["id"] for r in records(skipped.out)] == ["000_80b73bf1b1695fdc"]
    assert "skipped because of --skip-non-hindi" in skipped.err


def test_stdin_in_a_real_process(ghatna_process: Callable[..., subprocess.CompletedProcess[bytes]]) -> None:
    done = ghatna_process("extract", "-", stdin=REFERENCE.read_bytes())
    assert done.returncode == 0, done.stderr
    [record] = records(done.stdout.decode("utf-8"))
    validate_record(record)
    assert record["source"] == "<stdin>"


def test_a_failing_run_exits_non_zero_in_a_real_process(
    ghatna_process: Callable[..., subprocess.CompletedProcess[bytes]], tmp_path: Path
) -> None:
    done = ghatna_process("extract", str(tmp_path / "missing.txt"))
    assert done.returncode == 1
    assert done.stdout == b""
    assert b"no such file or folder" in done.stderr


def test_errors_are_one_line(cli: Cli) -> None:
    # psycopg's connection errors span several lines; ghatna prints one
    result = cli("stats", "--db", "postgresql://nobody@127.0.0.1:1/nothing")
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1 and result.err.startswith("ghatna: error:")
