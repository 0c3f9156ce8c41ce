"""Entity-level NER scores with the seqeval "strict" IOB2 definition, and the IL-NER reader.

An entity is a maximal run ``B-X I-X ... I-X``; an ``I-X`` that does not continue an entity of
type ``X`` starts none (strict mode). A predicted entity counts as correct only when its span and
its type both equal a gold entity. Precision, recall and F1 are given per type, micro-averaged over
all types, and micro-averaged over the core types PERSON/LOCATION/ORGANIZATION.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ghatna.errors import CorpusError
from ghatna.nlp.model import annotate_all, load_pipeline

__all__ = [
    "CORE_TYPES",
    "TAG_MAP",
    "NerScore",
    "TaggedSentence",
    "doc_tags",
    "entities",
    "evaluate_ner_file",
    "read_tagged",
    "score_entities",
]

# Corpus tag types -> ghatna entity labels. IL-NER (ILMT/ICON) and HiNER names; anything not
# listed (IL-NER NEU unit and NED designation, HiNER LANGUAGE, MISC, GAME, ...) becomes O.
TAG_MAP: dict[str, str] = {
    "NEP": "PERSON",
    "NEL": "LOCATION",
    "NEO": "ORGANIZATION",
    "NETI": "DATE",
    "NEN": "NUMBER",
    "NEAR": "ARTIFACT",
    "PERSON": "PERSON",
    "LOCATION": "LOCATION",
    "ORGANIZATION": "ORGANIZATION",
    "TIMEX": "DATE",
    "NUMEX": "NUMBER",
}
CORE_TYPES: tuple[str, ...] = ("PERSON", "LOCATION", "ORGANIZATION")


@dataclass(frozen=True)
class TaggedSentence:
    """One sentence: its tokens and their IOB2 tags (already mapped to ghatna labels)."""

    words: tuple[str, ...]
    tags: tuple[str, ...]


def normalise_tag(tag: str, previous: str) -> str:
    """Map one corpus tag to a ghatna IOB2 tag.

    IL-NER has about 150 malformed tags: ``-`` is read as O, and ``-X`` (the B/I letter lost)
    as ``I-X`` when it continues an entity of the same type and ``B-X`` otherwise.
    """
    tag = tag.strip()
    if tag in ("", "O", "-"):
        return "O"
    prefix, sep, kind = tag.partition("-")
    if not sep:
        return "O"
    label = TAG_MAP.get(kind)
    if label is None:
        return "O"
    if prefix == "":
        prefix = "I" if previous in (f"B-{label}", f"I-{label}") else "B"
    if prefix not in ("B", "I"):
        return "O"
    return f"{prefix}-{label}"


def read_tagged(path: Path) -> list[TaggedSentence]:
    """Read a token-TAB-tag file (blank line between sentences): IL-NER or HiNER."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise CorpusError(f"cannot read NER file {path}: {e}") from e
    sentences: list[TaggedSentence] = []
    words: list[str] = []
    tags: list[str] = []
    rows = 0
    for line in [*text.splitlines(), ""]:
        if not line.strip():
            if words:
                sentences.append(TaggedSentence(tuple(words), tuple(tags)))
            words, tags = [], []
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            continue  # a stray line without a tag (HiNER starts with one): skipped
        rows += 1
        words.append(parts[0])
        tags.append(normalise_tag(parts[-1], tags[-1] if tags else "O"))
    if rows == 0:
        raise CorpusError(f"{path} has no token<TAB>tag lines: is it an NER file?")
    return sentences


def entities(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """Strict IOB2 entities as (start, end, label) with ``end`` exclusive."""
    found: set[tuple[int, int, str]] = set()
    start = -1
    label = ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if start >= 0 and not (prefix == "I" and kind == label):
            found.add((start, i, label))
            start = -1
        if prefix == "B":
            start, label = i, kind
    return found


@dataclass(frozen=True)
class NerScore:
    """Precision, recall and F1 (0-1) with the counts behind them."""

    precision: float
    recall: float
    f1: float
    gold: int
    predicted: int
    correct: int

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "gold": self.gold,
            "predicted": self.predicted,
            "correct": self.correct,
        }


def _score(gold: int, predicted: int, correct: int) -> NerScore:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return NerScore(p, r, f, gold, predicted, correct)


def score_entities(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> dict[str, NerScore]:
    """Scores per type plus ``micro`` (all types) and ``micro_core`` (PERSON/LOCATION/ORGANIZATION).

    ``gold`` and ``predicted`` are parallel sequences of IOB2 tag sequences, one per sentence.
    """
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_ok: Counter[str] = Counter()
    for g_tags, p_tags in zip(gold, predicted, strict=True):
        if len(g_tags) != len(p_tags):
            raise ValueError(f"gold has {len(g_tags)} tags but prediction {len(p_tags)}")
        g, p = entities(g_tags), entities(p_tags)
        n_gold.update(e[2] for e in g)
        n_pred.update(e[2] for e in p)
        n_ok.update(e[2] for e in g & p)
    scores = {t: _score(n_gold[t], n_pred[t], n_ok[t]) for t in sorted(n_gold.keys() | n_pred.keys())}
    scores["micro"] = _score(sum(n_gold.values()), sum(n_pred.values()), sum(n_ok.values()))
    core = [t for t in CORE_TYPES]
    scores["micro_core"] = _score(
        sum(n_gold[t] for t in core), sum(n_pred[t] for t in core), sum(n_ok[t] for t in core)
    )
    return scores


def doc_tags(doc: Doc) -> list[str]:
    """The entities of a spaCy Doc as IOB2 tags, one per token."""
    return ["O" if not t.ent_type_ else f"{t.ent_iob_}-{t.ent_type_}" for t in doc]


def evaluate_ner_file(path: Path, nlp: Language | None = None) -> dict[str, NerScore]:
    """Tag the words of a token-TAB-tag file with the shipped pipeline and score the entities."""
    model = nlp if nlp is not None else load_pipeline()
    gold = read_tagged(path)
    docs = (Doc(model.vocab, words=list(s.words), sent_starts=[i == 0 for i in range(len(s.words))]) for s in gold)
    predicted = annotate_all(docs) if nlp is None else model.pipe(docs)
    return score_entities((s.tags for s in gold), (doc_tags(d) for d in predicted))
