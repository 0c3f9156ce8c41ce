"""The lexicon survey: which predicates Hindi news uses, and how many of their tokens the coder's
decisions (``events/decisions.yaml``) cover.

Candidates come from the shipped pipeline's parse: a verb with a noun or adjective attached as a
compound is a noun + light verb (गिरफ्तार किया → ``गिरफ्तार कर``) when its lemma is a light verb
(``events/light_verbs.yaml``), any other verb counts by its lemma, and a noun counts as an event
noun where the same corpus also uses it with a light verb (हमला किया makes हमला eventive). Counts are
tokens; a count file holds lemmas and numbers only, never text.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
from spacy.tokens import Doc

from ghatna.events.decisions import KINDS, decide, decision_key
from ghatna.lang import load
from ghatna.nlp.model import SYNTAX, annotate_all
from ghatna.nlp.segment import segment
from ghatna.nlp.tokenise import tokenise
from ghatna.text.normalise import match_key

_NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADV"})
# a noun counts as eventive where the corpus uses it at least this often, and at least this share
# of its uses, as the noun of a light verb (हमला किया: yes; समय दिया once among many: no)
_EVENTIVE_MIN = 2
_EVENTIVE_SHARE = 0.05
_WORD = regex.compile(r"\p{L}")
HEADER = ("kind", "candidate", "tokens")


@dataclass(slots=True)
class Counts:
    """Candidate tokens by (kind, folded lemma), with the most frequent spelling of each."""

    tokens: Counter[tuple[str, str]] = field(default_factory=Counter)
    spellings: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)

    def add(self, kind: str, lemma: str, n: int = 1) -> None:
        key = decision_key(kind, lemma)
        self.tokens[key] += n
        self.spellings.setdefault(key, Counter())[lemma] += n

    def spelling(self, key: tuple[str, str]) -> str:
        return self.spellings[key].most_common(1)[0][0]

    def update(self, other: Counts) -> None:
        for (kind, _key), spellings in other.spellings.items():
            for lemma, n in spellings.items():
                self.add(kind, lemma, n)


def light_lemmas() -> frozenset[str]:
    return frozenset(match_key(lemma) for lemma in load("events/light_verbs").get("lemmas", {}))


def candidates_of(doc: Doc, light: frozenset[str]) -> Iterator[tuple[str, str]]:
    """(kind, lemma) of every verb of a parsed Doc, and ("noun?", lemma) of every noun that is
    not the noun of a light verb (whether it is eventive is decided over the whole corpus)."""
    for tok in doc:
        if tok.pos_ == "VERB":
            nominal = [c for c in tok.children if c.dep_ == "compound" and c.pos_ in _NOMINAL_POS]
            if nominal and match_key(tok.lemma_) in light:
                yield "light", f"{nominal[-1].lemma_} {tok.lemma_}"
            else:
                yield "verb", tok.lemma_
        elif tok.pos_ == "NOUN" and not (tok.dep_ == "compound" and tok.head.pos_ == "VERB"):
            yield "noun?", tok.lemma_


def count_docs(docs: Iterable[Doc]) -> Counts:
    light = light_lemmas()
    counts = Counts()
    nouns = Counts()
    for doc in docs:
        for kind, lemma in candidates_of(doc, light):
            if not all(_WORD.search(word) for word in lemma.split(" ")):
                continue  # punctuation the parser took for a word
            if kind == "noun?":
                nouns.add("noun", lemma)
            else:
                counts.add(kind, lemma)
    nominals: Counter[str] = Counter()
    for (kind, folded), n in counts.tokens.items():
        if kind == "light":
            nominals[folded.rsplit(" ", 1)[0]] += n
    for noun, spellings in nouns.spellings.items():
        used = nominals[noun[1]]
        if used >= _EVENTIVE_MIN and used >= _EVENTIVE_SHARE * nouns.tokens[noun]:
            for lemma, m in spellings.items():
                counts.add("noun", lemma, m)
    return counts


def parse_texts(texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    """Each text segmented, tokenised and run through the tagger, lemmatiser and parser."""
    docs = (tokenise(text, segment(text))[0] for text in texts if text.strip())
    return annotate_all(docs, batch_size=batch_size, components=SYNTAX)


def write_counts(path: Path, counts: Counts, min_tokens: int = 1) -> None:
    rows = sorted(counts.tokens.items(), key=lambda kv: (-kv[1], kv[0]))
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(HEADER)
        for key, n in rows:
            if n >= min_tokens:
                writer.writerow((key[0], counts.spelling(key), n))


def read_counts(path: Path) -> Counts:
    counts = Counts()
    with path.open(encoding="utf-8", newline="") as stream:
        rows = csv.reader(stream, delimiter="\t")
        header = next(rows, None)
        if tuple(header or ()) != HEADER:
            raise ValueError(f"{path}: not a candidate count file (header {header!r})")
        for kind, lemma, n in rows:
            counts.add(kind, lemma, int(n))
    return counts


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def coverage(counts: Counts, undecided_head: int = 25) -> dict[str, Any]:
    """The share of candidate tokens with a decision: overall, per kind, per PLOVER type (and
    "none" for the decided non-events), and the most frequent undecided candidates."""
    total = sum(counts.tokens.values())
    by_kind: dict[str, dict[str, Any]] = {}
    by_type: Counter[str] = Counter()
    undecided: Counter[tuple[str, str]] = Counter()
    for kind in KINDS:
        tokens = decided = types = decided_types = 0
        for key, n in counts.tokens.items():
            if key[0] != kind:
                continue
            tokens += n
            types += 1
            decision = decide(kind, counts.spelling(key))
            if decision is None:
                undecided[key] = n
                continue
            decided += n
            decided_types += 1
            by_type[decision.type or "none"] += n
        by_kind[kind] = {
            "tokens": tokens,
            "decided": decided,
            "coverage": _share(decided, tokens),
            "candidates": types,
            "decided_candidates": decided_types,
        }
    decided_all = sum(by_type.values())
    verbal = [by_kind[k] for k in ("verb", "light")]
    verbal_tokens = sum(k["tokens"] for k in verbal)
    verbal_decided = sum(k["decided"] for k in verbal)
    return {
        "tokens": total,
        "decided": decided_all,
        "coverage": _share(decided_all, total),
        "verb_and_light_coverage": _share(verbal_decided, verbal_tokens),
        "by_kind": by_kind,
        "by_type": {t: {"tokens": n, "share": _share(n, total)} for t, n in sorted(by_type.items())},
        "undecided_head": [
            {"kind": key[0], "candidate": counts.spelling(key), "tokens": n}
            for key, n in undecided.most_common(undecided_head)
        ],
    }
