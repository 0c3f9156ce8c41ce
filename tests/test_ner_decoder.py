"""The numpy decoder of the entity recogniser takes exactly spaCy's actions (ghatna/nlp/ner_decoder.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from spacy.tokens import Doc, Span

from ghatna.ingest.article import make_article
from ghatna.nlp.model import _prepare_vocab, annotate_all, load_pipeline
from ghatna.nlp.ner_decoder import decodable, recognise
from ghatna.pipeline import Pipeline
from tests.conftest import DEV_TEXTS, SAMPLES

Entities = list[tuple[int, int, str]]


def _docs(paths: list[Path]) -> list[Doc]:
    tokenise = Pipeline(["segment", "tokenise"])
    docs = []
    for path in paths:
        analysis = tokenise.run(make_article(path.read_text(encoding="utf-8"), str(path)))
        assert analysis.spacy_doc is not None
        docs.append(analysis.spacy_doc)
    return docs


def _texts() -> list[Path]:
    texts = sorted(SAMPLES.glob("*.txt"))
    if DEV_TEXTS.is_dir():
        texts += sorted(DEV_TEXTS.glob("*.txt"))
    return texts


def _by_spacy(docs: list[Doc]) -> Iterator[tuple[Entities, list[str]]]:
    nlp = load_pipeline()
    _prepare_vocab(nlp, docs[0].vocab)
    ner: Any = nlp.get_pipe("ner")
    for doc in ner.pipe([d.copy() for d in docs], batch_size=8):
        yield [(e.start, e.end, e.label_) for e in doc.ents], [t.ent_iob_ for t in doc]


def _by_decoder(docs: list[Doc]) -> Iterator[tuple[Entities, list[str]]]:
    ner = load_pipeline().get_pipe("ner")
    copies = [d.copy() for d in docs]
    for start in range(0, len(copies), 8):
        for doc in recognise(ner, copies[start : start + 8]):
            yield [(e.start, e.end, e.label_) for e in doc.ents], [t.ent_iob_ for t in doc]


def test_the_shipped_recogniser_is_decodable_and_the_parser_is_not() -> None:
    nlp = load_pipeline()
    assert decodable(nlp.get_pipe("ner"))
    assert not decodable(nlp.get_pipe("parser"))


def test_same_entities_as_spacy_on_real_articles() -> None:
    docs = _docs(_texts())
    ours, theirs = list(_by_decoder(docs)), list(_by_spacy(docs))
    assert sum(len(entities) for entities, _ in theirs) > 100
    assert ours == theirs


def test_same_entities_when_every_token_starts_a_sentence() -> None:
    """Entities may not cross a sentence start: with one everywhere, only one-token entities remain."""
    docs = []
    for doc in _docs(sorted(SAMPLES.glob("*.txt"))[:3]):
        words = [t.text for t in doc]
        spaces = [bool(t.whitespace_) for t in doc]
        docs.append(Doc(doc.vocab, words=words, spaces=spaces, sent_starts=[True] * len(words)))
    ours, theirs = list(_by_decoder(docs)), list(_by_spacy(docs))
    assert ours == theirs
    assert all(end - start == 1 for entities, _ in ours for start, end, _ in entities)


def test_white_space_tokens_and_tiny_docs() -> None:
    vocab = _docs([SAMPLES / "000_80b73bf1b1695fdc.txt"])[0].vocab
    docs = [
        Doc(vocab, words=["राजनाथ", " ", "सिंह", "ने", "कहा", "।"], spaces=[False, False, True, True, False, False]),
        Doc(vocab, words=["मोदी"], spaces=[False]),
        Doc(vocab, words=["\n\n"], spaces=[False]),
        Doc(vocab, words=["अस्ताना", "में", "\n", "कज़ाख़स्तान"], spaces=[True, False, False, False]),
    ]
    assert list(_by_decoder(docs)) == list(_by_spacy(docs))


def test_an_empty_batch_and_an_empty_doc() -> None:
    ner = load_pipeline().get_pipe("ner")
    vocab = _docs([SAMPLES / "000_80b73bf1b1695fdc.txt"])[0].vocab
    assert recognise(ner, []) == []
    empty = Doc(vocab, words=[])
    assert list(recognise(ner, [empty])[0].ents) == []


def test_preset_entities_are_left_to_spacy() -> None:
    docs = _docs([SAMPLES / "000_80b73bf1b1695fdc.txt"])
    doc = docs[0]
    doc.set_ents([Span(doc, 0, 1, label="ORGANIZATION")], default="unmodified")
    ours, theirs = list(_by_decoder([doc])), list(_by_spacy([doc]))
    assert ours == theirs
    assert ours[0][0][0] == (0, 1, "ORGANIZATION")


@pytest.mark.parametrize("batch_size", [1, 3, 64])
def test_annotate_all_gives_the_same_entities_whatever_the_batch(batch_size: int) -> None:
    docs = _docs(sorted(SAMPLES.glob("*.txt")))
    annotated = annotate_all([d.copy() for d in docs], batch_size=batch_size, components=("ner",))
    ours = [[(e.start, e.end, e.label_) for e in doc.ents] for doc in annotated]
    assert ours == [entities for entities, _ in _by_spacy(docs)]


def test_outside_an_entity_white_space_takes_no_entity_and_the_last_token_cannot_begin_one() -> None:
    """With made-up scores that favour one action everywhere, the validity rules decide."""
    from ghatna.nlp.ner_decoder import _actions, _outside_choices

    ner: Any = load_pipeline().get_pipe("ner")
    actions = _actions(ner)
    assert actions is not None
    vocab = _docs([SAMPLES / "000_80b73bf1b1695fdc.txt"])[0].vocab
    doc = Doc(vocab, words=["मोदी", " ", "जी", "ने"], spaces=[False, False, True, False])
    person = actions.labels.index("PERSON")
    favour_unit = np.zeros((4, ner.moves.n_moves), dtype="float32")
    favour_unit[:, actions.unit[person]] = 5.0
    choices, _ = _outside_choices(doc, favour_unit, actions)
    assert choices.tolist() == [actions.unit[person], actions.out, actions.unit[person], actions.unit[person]]
    favour_begin = np.zeros((4, ner.moves.n_moves), dtype="float32")
    favour_begin[:, actions.begin[person]] = 5.0
    favour_begin[:, actions.unit[person]] = 1.0
    choices, can_go_on = _outside_choices(doc, favour_begin, actions)
    assert choices.tolist() == [actions.begin[person], actions.out, actions.begin[person], actions.unit[person]]
    assert can_go_on.tolist() == [True, True, True, False]
