"""Count the candidate predicates of all the unlabeled Hindi news in ``../shared/data`` (never
``eval/``): verbs by lemma, noun + light verb, event nouns (see ``ghatna.evaluate.lexicon``).

One count file per corpus under ``training/lexicon/`` (kind, lemma, tokens: no text, since several
corpora are research-only). ``ghatna evaluate lexicon`` reads them.

Run: ``nice -n 10 .venv/bin/python -m scripts.predicate_candidates`` (from the repository root;
a few minutes per 100,000 sentences). ``--only NAME`` recounts one corpus.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import regex

from ghatna.errors import InputError
from ghatna.evaluate.iitp import read_doc
from ghatna.evaluate.lexicon import count_docs, parse_texts, write_counts

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "training" / "lexicon"
_SSF_TOKEN = regex.compile(r"^\d+\.\d+\t(\S+)\t(\S+)")
_HEADLINE_END = regex.compile(r"[।.?!|]\s*$")


def bbc() -> Iterator[str]:
    path = DATA / "news_hi" / "bbc_hindi_v01_test_subset" / "hindi-cleaned-test.csv"
    csv.field_size_limit(1 << 24)
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            yield row.get("1", "")


def covid() -> Iterator[str]:
    """Each daily file cut into articles at its headlines (a line without final punctuation)."""
    for path in sorted((DATA / "news_hi" / "covid19_hindi_newspapers_2020" / "Corpora").rglob("*.txt")):
        current: list[str] = []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.strip() and not _HEADLINE_END.search(line) and len(current) > 3:
                yield "\n".join(current)
                current = []
            current.append(line)
        yield "\n".join(current)


def ntrex() -> Iterator[str]:
    lines = (DATA / "news_hi" / "ntrex128_hi_en" / "newstest2019-ref.hin.txt").read_text(encoding="utf-8").splitlines()
    for i in range(0, len(lines), 20):
        yield "\n".join(lines[i : i + 20])


def ednil() -> Iterator[str]:
    path = DATA / "news_hi" / "ednil2020_hindi_test_unlabeled" / "ednil2020_hindi_test_unlabeled.jsonl"
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            yield " ".join(json.loads(line)["tokens"])


def iitp() -> Iterator[str]:
    """Every IITP document (annotated and raw test files), each text once."""
    seen: set[str] = set()
    for path in sorted(
        p for p in (DATA / "events_hi" / "iitp_hindi_disaster_events_nirbhay002").rglob("*") if p.is_file()
    ):
        try:
            text = read_doc(path).text
        except InputError:
            continue
        if text not in seen:
            seen.add(text)
            yield text


def propbank() -> Iterator[str]:
    """The HUTB PropBank sentences rebuilt from their SSF token lines (empty categories left out)."""
    for path in sorted((DATA / "events_hi" / "hindi_propbank_hutb_subset_tanvi2612").rglob("*.pb")):
        sentences: list[str] = []
        words: list[str] = []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            match = _SSF_TOKEN.match(line)
            if match and match.group(2) != "NULL":
                words.append(match.group(1))
            elif line.startswith("</Sentence") and words:
                sentences.append(" ".join(words))
                words = []
        yield "\n".join(sentences)


CORPORA: dict[str, Callable[[], Iterator[str]]] = {
    "bbc": bbc,
    "covid": covid,
    "ntrex": ntrex,
    "ednil": ednil,
    "iitp": iitp,
    "propbank": propbank,
}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(CORPORA), action="append", help="count only these corpora")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    for name in args.only or list(CORPORA):
        counts = count_docs(parse_texts(CORPORA[name]()))
        write_counts(OUT / f"{name}.tsv", counts)
        print(f"{name}: {sum(counts.tokens.values())} candidate tokens, {len(counts.tokens)} candidates")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
