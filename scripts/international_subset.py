"""The international subset of the unlabeled Hindi news: the texts about other countries, to
survey the predicates and actor cues of international political news apart from the domestic
(mostly COVID newspaper) text that dominates the whole corpus.

Texts: every NTREX-128 document (translated from English-language world news), every UD Hindi
PUD sentence (translated news), the COVID, BBC, IITP and EDNIL articles of
``training/events/select.py`` whose scope is "world" (more foreign than Indian keywords), and the
IL-NER and HiNER sentences that name a foreign country. Articles that overlap an evaluation text
are dropped by select.py's checks; the evaluation texts are read only for that comparison.

Writes the candidate counts to ``training/lexicon/international/intl.tsv`` (lemmas and numbers
only: several sources are research-only) and, with ``--texts DIR``, the texts as .txt files for
running the coder on them (not for committing).

Run: ``nice -n 10 .venv/bin/python -m scripts.international_subset [--texts /tmp/intl]``
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex

from ghatna.evaluate.lexicon import count_docs, parse_texts, write_counts
from ghatna.lang import load

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "training" / "lexicon" / "international"
SENTENCES_PER_TEXT = 20
MIN_CHARS = 200
_NER_TOKEN = regex.compile(r"^(\S+)\s+\S+\s*$")


def _select_module() -> Any:
    """training/events/select.py (its name is the standard library's, so loaded from its path)."""
    sys.path.insert(0, str(ROOT / "training" / "events"))
    spec = importlib.util.spec_from_file_location("corpus_select", ROOT / "training" / "events" / "select.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def world_articles() -> Iterator[tuple[str, str]]:
    """Every unlabeled article about other countries (scope "world", or BBC's "international"
    label), each text once; none that shares a run of words with an evaluation text."""
    chooser = _select_module()
    keywords = chooser.load_keywords()
    eval_hashes, eval_grams = chooser.eval_fingerprints()
    cands = (
        chooser.covid_candidates()
        + chooser.bbc_candidates()
        + chooser.ntrex_candidates()
        + chooser.iitp_candidates()
        + chooser.ednil_candidates()
    )
    grams = [chooser.grams(c["text"]) for c in cands]
    doc_freq: Counter[int] = Counter(g for gs in grams for g in gs)
    eval_grams -= {g for g, n in doc_freq.items() if n >= chooser.BOILERPLATE_DOCS}
    seen: set[str] = set()
    for cand, cand_grams in zip(cands, grams, strict=True):
        digest = chooser.T.sha256(cand["text"])
        if digest in seen or digest in eval_hashes or cand_grams & eval_grams or len(cand["text"]) < MIN_CHARS:
            continue
        seen.add(digest)
        chooser.score(cand, keywords)
        if cand["source"] == "ntrex" or cand["scope"] == "world" or cand.get("label") == "international":
            yield cand["id"], cand["text"]


def pud_sentences() -> list[str]:
    path = DATA / "ud_hindi_pud" / "hi_pud-ud-test.conllu"
    prefix = "# text = "
    return [line[len(prefix) :] for line in path.read_text(encoding="utf-8").splitlines() if line.startswith(prefix)]


def _conll_sentences(path: Path) -> Iterator[str]:
    words: list[str] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        match = _NER_TOKEN.match(line)
        if match:
            words.append(match.group(1))
        elif words:
            yield " ".join(words)
            words = []
    if words:
        yield " ".join(words)


def foreign_names() -> list[str]:
    names = [
        name
        for row in load("events/countries")["countries"]
        if row["code"] != "IND"
        for name in row["hi"]
        if len(name) > 2
    ]
    return sorted(set(names), key=len, reverse=True)


def ner_sentences() -> list[str]:
    pattern = regex.compile(r"(?<!\p{L}|\p{M})(?:" + "|".join(map(regex.escape, foreign_names())) + r")(?!\p{L}|\p{M})")
    paths = [
        DATA / "ner_hi" / "hiner_validation_only" / "validation_original.conll",
        DATA / "ner_hi" / "il_ner_hindi" / "Hindi-dev.txt",
        DATA / "ner_hi" / "il_ner_hindi" / "Hindi-test.txt",
    ]
    return [s for path in paths for s in _conll_sentences(path) if pattern.search(s)]


def _chunks(name: str, sentences: list[str]) -> Iterator[tuple[str, str]]:
    for i in range(0, len(sentences), SENTENCES_PER_TEXT):
        yield f"{name}-{i // SENTENCES_PER_TEXT:04d}", "\n".join(sentences[i : i + SENTENCES_PER_TEXT])


def texts() -> Iterator[tuple[str, str]]:
    yield from world_articles()
    yield from _chunks("pud", pud_sentences())
    yield from _chunks("ner", ner_sentences())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, help="also write the texts here, one .txt per text")
    args = parser.parse_args(argv)
    items = list(texts())
    if args.texts:
        args.texts.mkdir(parents=True, exist_ok=True)
        for name, text in items:
            (args.texts / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    counts = count_docs(parse_texts(text for _, text in items))
    OUT.mkdir(parents=True, exist_ok=True)
    write_counts(OUT / "intl.tsv", counts)
    print(f"{len(items)} texts: {sum(counts.tokens.values())} candidate tokens, {len(counts.tokens)} candidates")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
