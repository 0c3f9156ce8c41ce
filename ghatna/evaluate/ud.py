"""UD scores with the CoNLL 2018 shared-task definitions, on gold tokenisation.

Because the system sees the gold words, every metric's F1 equals its accuracy over words:
UPOS, XPOS, UFeats (universal features only), AllTags (UPOS+XPOS+UFeats), Lemma (a gold ``_``
counts as correct), UAS (head) and LAS (head + universal part of the relation, ``nmod:poss`` ->
``nmod``). Multiword-token ranges and empty nodes are skipped; every syntactic word counts,
punctuation included, as in the shared task.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ghatna.errors import CorpusError
from ghatna.nlp.model import annotate_all, load_pipeline

__all__ = [
    "METRICS",
    "UNIVERSAL_FEATURES",
    "Word",
    "doc_words",
    "evaluate_ud_file",
    "gold_docs",
    "read_conllu",
    "score_ud",
]

UNIVERSAL_FEATURES = frozenset(
    {
        *("PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number"),
        *("Case", "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident"),
        *("Polarity", "Person", "Polite"),
    }
)
METRICS = ("UPOS", "XPOS", "UFeats", "AllTags", "Lemma", "UAS", "LAS")


@dataclass(frozen=True)
class Word:
    """One syntactic word of a CoNLL-U sentence (head 0 = root)."""

    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    space_after: bool = True


def read_conllu(path: Path) -> list[list[Word]]:
    """Sentences of a CoNLL-U file as lists of words."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise CorpusError(f"cannot read CoNLL-U file {path}: {e}") from e
    sentences: list[list[Word]] = []
    words: list[Word] = []
    for n, line in enumerate([*text.splitlines(), ""], start=1):
        if not line.strip():
            if words:
                sentences.append(words)
            words = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise CorpusError(f"{path}:{n}: expected 10 tab-separated columns, got {len(cols)}")
        if "-" in cols[0] or "." in cols[0]:
            continue
        try:
            head = int(cols[6])
        except ValueError as e:
            raise CorpusError(f"{path}:{n}: HEAD {cols[6]!r} is not a number") from e
        words.append(Word(cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7], "SpaceAfter=No" not in cols[9]))
    if not sentences:
        raise CorpusError(f"{path} holds no CoNLL-U sentence")
    return sentences


def _ufeats(feats: str) -> str:
    kept = sorted(f for f in feats.split("|") if f.split("=", 1)[0] in UNIVERSAL_FEATURES)
    return "|".join(kept)


def _deprel(deprel: str) -> str:
    return deprel.split(":", 1)[0].lower()


_CHECKS: dict[str, Callable[[Word, Word], bool]] = {
    "UPOS": lambda g, s: g.upos == s.upos,
    "XPOS": lambda g, s: g.xpos == s.xpos,
    "UFeats": lambda g, s: _ufeats(g.feats) == _ufeats(s.feats),
    "AllTags": lambda g, s: g.upos == s.upos and g.xpos == s.xpos and _ufeats(g.feats) == _ufeats(s.feats),
    "Lemma": lambda g, s: g.lemma == "_" or g.lemma == s.lemma,
    "UAS": lambda g, s: g.head == s.head,
    "LAS": lambda g, s: g.head == s.head and _deprel(g.deprel) == _deprel(s.deprel),
}


def score_ud(gold: Sequence[Sequence[Word]], system: Sequence[Sequence[Word]]) -> dict[str, float]:
    """Scores (0-1) of ``system`` against ``gold``: the same sentences over the same words."""
    if len(gold) != len(system):
        raise ValueError(f"{len(gold)} gold sentences but {len(system)} system sentences")
    correct = dict.fromkeys(METRICS, 0)
    total = 0
    for i, (g_words, s_words) in enumerate(zip(gold, system, strict=True)):
        if [w.form for w in g_words] != [w.form for w in s_words]:
            raise ValueError(f"sentence {i}: system words differ from gold words")
        total += len(g_words)
        for g, s in zip(g_words, s_words, strict=True):
            for metric in METRICS:
                correct[metric] += _CHECKS[metric](g, s)
    if total == 0:
        raise ValueError("no words to score")
    scores: dict[str, float] = {m: correct[m] / total for m in METRICS}
    scores["words"] = float(total)
    return scores


def doc_words(doc: Doc) -> list[Word]:
    """A one-sentence-per-Doc spaCy parse as CoNLL-U words (heads relative to the Doc)."""
    out = []
    for t in doc:
        head = 0 if t.head.i == t.i else t.head.i + 1
        deprel = "root" if head == 0 else t.dep_
        feats = str(t.morph) or "_"
        out.append(Word(t.text, t.lemma_, t.pos_, t.tag_, feats, head, deprel, bool(t.whitespace_)))
    return out


def gold_docs(nlp: Language, sentences: Iterable[Sequence[Word]]) -> Iterable[Doc]:
    """One Doc per gold sentence, on the gold words, with only the sentence start set."""
    for words in sentences:
        yield Doc(
            nlp.vocab,
            words=[w.form for w in words],
            spaces=[w.space_after for w in words],
            sent_starts=[i == 0 for i in range(len(words))],
        )


def evaluate_ud_file(path: Path, nlp: Language | None = None) -> dict[str, float]:
    """Parse the gold words of a CoNLL-U file with the shipped pipeline and score it."""
    model = nlp if nlp is not None else load_pipeline()
    gold = read_conllu(path)
    docs = annotate_all(gold_docs(model, gold)) if nlp is None else model.pipe(gold_docs(model, gold))
    return score_ud(gold, [doc_words(d) for d in docs])
