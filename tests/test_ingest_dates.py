"""Publication dates given with the articles: the forms feeds, HTTP and dumps write, read by one parser."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from ghatna.ingest.dates import parse_metadata_date
from tests.conftest import CliResult

Cli = Callable[..., CliResult]

BODY = "जिला प्रशासन ने बाढ़ प्रभावित गांवों में राहत शिविर लगाए।"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-08-01", ("2025-08-01", "day")),
        ("2025-08", ("2025-08", "month")),
        ("2025", ("2025", "year")),
        ("2025-08-01T09:59:44Z", ("2025-08-01", "day")),
        # the local calendar day of the offset the value carries, not the UTC day
        ("2025-08-01T00:30:00+05:30", ("2025-08-01", "day")),
        ("2025-07-31T23:30:00-04:00", ("2025-07-31", "day")),
        ("Fri, 01 Aug 2025 09:59:44 +0530", ("2025-08-01", "day")),
        ("Fri, 01 Aug 2025 00:10:00 +0530", ("2025-08-01", "day")),
        ("Thu, 31 Jul 2025 22:00:00 GMT", ("2025-07-31", "day")),
        ("1 August 2025", ("2025-08-01", "day")),
        ("01 Aug 2025", ("2025-08-01", "day")),
        ("1st August, 2025", ("2025-08-01", "day")),
        ("August 1, 2025", ("2025-08-01", "day")),
        ("Aug. 1, 2025 10:30 AM IST", ("2025-08-01", "day")),
        ("Friday, 1 August 2025", ("2025-08-01", "day")),
        ("1 अगस्त 2025", ("2025-08-01", "day")),
        ("शुक्रवार, 01 अगस्त 2025", ("2025-08-01", "day")),
        ("१ अगस्त २०२५", ("2025-08-01", "day")),
        ("अगस्त 1, 2025", ("2025-08-01", "day")),
        ("15 सितम्बर 2024 18:05", ("2024-09-15", "day")),
        # Unix time, seconds or milliseconds: its UTC day
        ("1754022584", ("2025-08-01", "day")),
        ("1754022584123", ("2025-08-01", "day")),
    ],
)
def test_accepted_forms(value: str, expected: tuple[str, str]) -> None:
    found = parse_metadata_date(value)
    assert found is not None and (found.value, found.precision) == expected
    assert found.inferred is False


@pytest.mark.parametrize(
    "value",
    [
        "कल", "yesterday", "31 June 2025", "1 Foo 2025", "Someday, 1 August 2025", "2025-13-01", "01/08",
        "123456", "17540225841",
    ],
)
def test_other_values_are_not_dates(value: str) -> None:
    assert parse_metadata_date(value) is None


def _dated(out: Path) -> dict[str, dict[str, object] | None]:
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {row["id"]: row.get("date") for row in rows}


DUMP_DATES = {
    "rss": ("Fri, 01 Aug 2025 09:59:44 +0530", "2025-08-01"),
    "iso": ("2025-08-02T00:15:00+05:30", "2025-08-02"),
    "written": ("3 August 2025", "2025-08-03"),
    "american": ("August 4, 2025", "2025-08-04"),
    "hindi": ("5 अगस्त 2025", "2025-08-05"),
}


def _check_dump_dates(result: CliResult, out: Path, where_bad: str) -> None:
    assert result.code == 0, result.err
    dates = _dated(out)
    for ident, (_, expected) in DUMP_DATES.items():
        assert dates[ident] == {"value": expected, "precision": "day", "inferred": False, "basis": "metadata"}
    assert "bad" in dates  # still processed: undated, since its text gives no year
    assert dates["bad"] is None or dates["bad"]["inferred"] is True
    warnings = [line for line in result.err.splitlines() if "warning" in line]
    assert len(warnings) == 1
    assert where_bad in warnings[0] and "'परसों सुबह'" in warnings[0] and "not a date" in warnings[0]


def test_jsonl_dump_dates_through_the_cli(cli: Cli, tmp_path: Path) -> None:
    dump = tmp_path / "feed.jsonl"
    records = [{"guid": k, "body": BODY, "pubDate": v} for k, (v, _) in DUMP_DATES.items()]
    records.append({"guid": "bad", "body": BODY, "pubDate": "परसों सुबह"})
    dump.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = cli(
        "extract", str(dump), "--text-field", "body", "--id-field", "guid", "--date-field", "pubDate",
        "-o", str(out), "--no-text",
    )  # fmt: skip
    _check_dump_dates(result, out, f"{dump}:6")


def test_csv_dump_dates_through_the_cli(cli: Cli, tmp_path: Path) -> None:
    dump = tmp_path / "feed.csv"
    with dump.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["id", "text", "published"])
        writer.writerows([k, BODY, v] for k, (v, _) in DUMP_DATES.items())
        writer.writerow(["bad", BODY, "परसों सुबह"])
    out = tmp_path / "out.jsonl"
    result = cli("extract", str(dump), "--date-field", "published", "-o", str(out), "--no-text")
    _check_dump_dates(result, out, f"{dump}:7")
