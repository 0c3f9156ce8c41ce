"""Write the bad-input corpus: one file per case of broken, hostile or odd input.

    python scripts/make_bad_corpus.py OUT_DIR [--large]

Without --large the 50 MB case is left out (the test suite generates it itself when needed).
Each file name says the case; BAD_CASES lists them with what ghatna must do with each.
"""

from __future__ import annotations

import argparse
import codecs
import json
from pathlib import Path

HINDI = "भारत के रक्षा मंत्री ने आज अस्ताना में कजाकिस्तान के विदेश मंत्री से मुलाकात की।"

#: case file name -> "error" (refused with a clear message) or "ok" (processed, maybe with a warning)
BAD_CASES: dict[str, str] = {
    "empty.txt": "error",
    "whitespace_only.txt": "error",
    "binary.txt": "error",
    "truncated_utf8.txt": "ok",
    "utf16_bom.txt": "ok",
    "utf16le_no_bom.txt": "ok",
    "utf16be_no_bom.txt": "ok",
    "windows1252.txt": "ok",
    "mixed_scripts.txt": "ok",
    "single_line_1mb.txt": "ok",
    "stray_combining_marks.txt": "ok",
    "zero_width.txt": "ok",
    "rtl_text.txt": "ok",
    "control_characters.txt": "ok",
    "nested.jsonl": "error",
    "huge_line.jsonl": "error",
    "broken_quoting.csv": "error",
    "lone_surrogates.jsonl": "ok",
}
LARGE_CASES = {"file_50mb.txt": "error"}


def write_cases(out: Path, large: bool = False) -> dict[str, str]:
    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "whitespace_only.txt": b" \n\t\r\n   \n",
        "binary.txt": bytes(range(256)) * 64,
        "truncated_utf8.txt": HINDI.encode("utf-8")[:-1],
        "utf16_bom.txt": codecs.BOM_UTF16_LE + HINDI.encode("utf-16-le"),
        "utf16le_no_bom.txt": HINDI.encode("utf-16-le"),
        "utf16be_no_bom.txt": HINDI.encode("utf-16-be"),
        "windows1252.txt": ("Le ministre a déclaré à Genève: « coopération » — 1 500 €. " * 20).encode("cp1252"),
        "mixed_scripts.txt": f"{HINDI} The minister met. Министр встретился. 部长会见了官员。 {HINDI}".encode(),
        "single_line_1mb.txt": (HINDI[:-1] + " और ").encode() * (1024 * 1024 // len((HINDI[:-1] + " और ").encode())),
        "stray_combining_marks.txt": (
            "\u093c\u0941\u0902 " + "\u094d" * 50 + " भारत\u093c\u093c\u094d\u094d ने कहा।"
        ).encode(),
        "zero_width.txt": HINDI.replace(" ", " \u200b\u200c\u200d\ufeff").encode(),
        "rtl_text.txt": ("\u202eभारत ने कहा\u202c और پاکستان نے کہا۔ " + "שלום " * 10 + HINDI).encode(),
        "control_characters.txt": (HINDI + "\x07\x1b[31m\x08" + HINDI).encode(),
        "nested.jsonl": ("[" * 100_000 + "]" * 100_000 + "\n").encode(),
        "huge_line.jsonl": (json.dumps({"text": "क" * (11 * 1024 * 1024)}) + "\n").encode(),
        "broken_quoting.csv": ('id,text\n1,"' + HINDI + '\n2,"अधूरा उद्धरण\n').encode(),
        "lone_surrogates.jsonl": (json.dumps({"id": "s", "text": HINDI + " \ud800 टूटा"}) + "\n").encode(),
    }
    for name, data in files.items():
        (out / name).write_bytes(data)
    cases = dict(BAD_CASES)
    if large:
        with (out / "file_50mb.txt").open("wb") as stream:
            chunk = (HINDI + "\n").encode() * 1000
            while stream.tell() < 50 * 1024 * 1024:
                stream.write(chunk)
        cases.update(LARGE_CASES)
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--large", action="store_true", help="also write the 50 MB file")
    args = parser.parse_args()
    for name, expected in write_cases(args.out, args.large).items():
        print(f"{expected:<5} {args.out / name}")


if __name__ == "__main__":
    main()
