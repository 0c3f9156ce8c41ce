"""Rebuild the exact text of a corpus article from its line in sources.jsonl.

The annotation corpus stores no article text (several sources are research-only). Each
article is a pointer into `../shared/data`: a source name, a path and a position. This
module turns such a pointer back into the article's NFC text, so that every offset in the
annotations means the same characters on every machine, and checks the stored checksum.

Positions per source:
  covid  {"start", "end"}   code-point offsets into the file's canonical text (below)
  bbc    {"row"}            0-based data row of the CSV (the header row not counted)
  ntrex  {"doc", "line_start", "line_end"}  0-based line range (end exclusive) of one document
  iitp   {}                 the whole XML file: its <P> paragraphs, one per line
  ednil  {"line"}           0-based line of the JSONL file; the tokens joined by spaces

A file's canonical text is its UTF-8 text with CR LF and lone CR turned into LF, then NFC.
"""
from __future__ import annotations

import csv
import hashlib
import json
import sys
import unicodedata
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DATA = Path(REPO.parent / "shared" / "data")
if not DATA.is_dir():  # a worktree under /work/wt/<name> or a clone next to shared/
    DATA = Path("/work/shared/data")

SPACES = regex.compile(r"[ \t\u00a0]+")
# a sentence ends after a danda, ?, ! or a full stop that is neither decimal nor the last dot of
# initials (एस.ए.आर.), with closing quotes kept; then white space, a line end, or (BBC rows
# glue sentences: "है.लेकिन") a following word; a line break always ends one
SENTENCE_END = regex.compile(
    r"(?<=[।?!|]|(?<![\d.])(?<!\.[\p{L}\p{M}]{1,4})\.(?![\d.]))([\"'”’)\]]*)"
    r"(?:[ \t]+|(?=\n)|$|(?<=\.)(?=[\p{L}\p{M}]+[\s,।]))"
    r"|\n+"
)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def sha256(text: str) -> str:
    return hashlib.sha256(nfc(text).encode("utf-8")).hexdigest()


@lru_cache(maxsize=64)
def canonical_file_text(path: str) -> str:
    raw = (DATA / path).read_bytes().decode("utf-8")
    return nfc(raw.replace("\r\n", "\n").replace("\r", "\n"))


@lru_cache(maxsize=4)
def _csv_rows(path: str) -> list[list[str]]:
    csv.field_size_limit(1 << 30)
    with open(DATA / path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[1:]


@lru_cache(maxsize=4)
def _lines(path: str) -> list[str]:
    return canonical_file_text(path).split("\n")


def bbc_text(row: list[str]) -> str:
    paragraphs = [SPACES.sub(" ", p).strip() for p in row[1].replace("\r", "\n").split("\n")]
    return nfc("\n".join(p for p in paragraphs if p))


def iitp_text(path: str) -> str:
    raw = (DATA / path).read_bytes().decode("utf-8", errors="replace")
    try:
        root = ET.fromstring(raw)
        paragraphs = ["".join(p.itertext()) for p in root.iter("P")]
    except ET.ParseError:
        paragraphs = [regex.sub(r"<[^>]+>", " ", p) for p in regex.findall(r"<P>(.*?)</P>", raw, flags=regex.S)]
        paragraphs = [ET.fromstring(f"<x>{p}</x>").text or "" if "&" in p else p for p in paragraphs]
    cleaned = [SPACES.sub(" ", regex.sub(r"\s+", " ", p)).strip() for p in paragraphs]
    return nfc("\n".join(p for p in cleaned if p))


def ednil_text(tokens: list[str]) -> str:
    return nfc(" ".join(t.strip() for t in tokens if t.strip()))


def article_text(source: dict, verify: bool = True) -> str:
    """The NFC text of the article a sources.jsonl record points to."""
    kind, path, pos = source["source"], source["path"], source["position"]
    if kind == "covid":
        text = canonical_file_text(path)[pos["start"] : pos["end"]]
    elif kind == "bbc":
        text = bbc_text(_csv_rows(path)[pos["row"]])
    elif kind == "ntrex":
        text = "\n".join(_lines(path)[pos["line_start"] : pos["line_end"]])
    elif kind == "iitp":
        text = iitp_text(path)
    elif kind == "ednil":
        text = ednil_text(json.loads(_lines(path)[pos["line"]])["tokens"])
    else:
        raise ValueError(f"unknown source {kind!r}")
    text = nfc(text)
    if verify and source.get("sha256") and sha256(text) != source["sha256"]:
        raise ValueError(f"{source['id']}: checksum mismatch (source file changed?)")
    return text


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: split after danda, ?, !, a non-decimal full stop, or a newline."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        end = m.start() + len(m.group(1) or "")
        _add_span(text, start, end, spans)
        start = max(m.end(), end)
    _add_span(text, start, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        spans.append((start + lead, start + len(piece.rstrip())))


@lru_cache(maxsize=1)
def load_sources() -> dict[str, dict]:
    with open(HERE / "sources.jsonl", encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    return {r["id"]: r for r in records}


def text_by_id(article_id: str) -> str:
    return article_text(load_sources()[article_id])


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        sys.stdout.write(text_by_id(arg) + "\n")
