from __future__ import annotations

import pytest

from ghatna.errors import PipelineError
from ghatna.pipeline import DEFAULT_STAGES, Pipeline, default_pipeline, registered
from ghatna.records import Article
from ghatna.registry import stage


def test_default_pipeline_is_valid_and_complete() -> None:
    assert default_pipeline().names == list(DEFAULT_STAGES)
    assert set(DEFAULT_STAGES) <= set(registered())


def test_a_stage_whose_inputs_come_later_is_refused_at_build_time() -> None:
    with pytest.raises(PipelineError, match="'tokenise' needs sentences"):
        Pipeline(["tokenise", "segment"])


def test_unknown_stage_is_refused() -> None:
    with pytest.raises(PipelineError, match="unknown stage 'parse-everything'"):
        Pipeline(["segment", "parse-everything"])


def test_running_fills_the_analysis() -> None:
    article = Article(id="a", text="भारत ने कहा। पाकिस्तान ने सुना।", source="test")
    analysis = Pipeline(["segment", "tokenise"]).run(article)
    assert len(analysis.sentences) == 2
    assert analysis.tokens[0].text == "भारत"
    assert analysis.spacy_doc is not None


def test_run_many_equals_run_one_by_one() -> None:
    texts = ["भारत ने पाकिस्तान की आलोचना की।", "रक्षा मंत्री निर्मला सीतारमण अस्ताना गईं। वहाँ बातचीत हुई।"]
    pipeline = default_pipeline()
    one = [pipeline.run(Article(id=str(i), text=t, source="t")) for i, t in enumerate(texts)]
    many = pipeline.run_many([Article(id=str(i), text=t, source="t") for i, t in enumerate(texts)])
    for a, b in zip(one, many, strict=True):
        assert (a.sentences, a.tokens, a.mentions, a.entities, a.timexes, a.events) == (
            b.sentences,
            b.tokens,
            b.mentions,
            b.entities,
            b.timexes,
            b.events,
        )


def test_a_stage_may_only_name_fields_that_a_record_has() -> None:
    with pytest.raises(PipelineError, match="'parse' is not a field"):
        stage("made-up", produces={"parse"})
    assert "made-up" not in registered()


def test_the_parse_stage_names_the_token_fields_it_fills() -> None:
    parse = registered()["parse"]
    assert parse.produces == {"tokens.head", "tokens.dep"}
    assert parse.produces <= registered()["events"].requires


def test_the_parse_stage_parses_only_the_sentences_a_reader_asks_for() -> None:
    from ghatna.events.tokens import sentences_to_parse

    article = Article(id="p", text="भारत ने पाकिस्तान की आलोचना की। आज मौसम अच्छा है।", source="test")
    analysis = Pipeline(["segment", "tokenise", "parse"]).run(article)
    assert sentences_to_parse(analysis) == {0}
    parsed = {t.sentence for t in analysis.tokens if t.dep}
    assert parsed == {0}
