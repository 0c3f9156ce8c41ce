"""``ghatna evaluate iitp`` on small IITP-style XML files written here: the sentence figures and the
per-document figures beside them (an article reports a violence class or not)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ghatna.evaluate.iitp import (
    ASSAULT,
    IITP_TO_PLOVER,
    RIOT,
    IitpScore,
    document_classes,
    evaluate_iitp,
    event_class,
)
from ghatna.records import Event


def _words(text: str) -> str:
    return "".join(f"<W> {word} </W>" for word in text.split())


def _event(kind: str, text: str) -> str:
    tag = "MAN_MADE_EVENT" if kind in IITP_TO_PLOVER or kind == "FIRE" else "NATURAL_EVENT"
    return f'<{tag} ID="1" TYPE="{kind}">{_words(text)}</{tag}>'


def _document(*paragraphs: list[str]) -> str:
    body = "".join("<P>" + "".join(paragraph) + "</P>" for paragraph in paragraphs)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<DOCUMENT><DESC/>{body}</DOCUMENT>\n'


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    documents = {
        # an attack and a second mention of it: one (article, ASSAULT) pair
        "attack.xml": _document(
            [_words("श्रीनगर में आतंकवादियों ने सेना के काफिले पर"), _event("TERRORIST_ATTACK", "हमला किया।")],
            [_words("इस"), _event("TERRORIST_ATTACK", "हमले"), _words("में तीन जवान घायल हो गए।")],
        ),
        # no political violence on either side
        "flood.xml": _document(
            [_words("असम में"), _event("FLOODS", "बाढ़"), _words("से हजारों लोग बेघर हो गए।")],
        ),
        # a riot whose arson the coder codes ASSAULT: the riot's, not a second class
        "riot.xml": _document(
            [_words("मेरठ में दो समुदायों के बीच"), _event("RIOTS", "दंगा भड़क गया।")],
            [_words("दंगाइयों ने बाजार में दुकानों को"), _event("RIOTS", "आग लगा दी।")],
        ),
        # a beating: an ASSAULT mode no IITP type covers, outside the benchmark
        "beating.xml": _document([_words("गांव के दबंगों ने एक दलित युवक को बुरी तरह पीटा।")]),
    }
    for name, xml in documents.items():
        (tmp_path / name).write_text(xml, encoding="utf-8")
    (tmp_path / "attack.xmlfinal").write_text(documents["attack.xml"], encoding="utf-8")
    return tmp_path


def test_documents_are_scored_beside_sentences(folder: Path) -> None:
    result = evaluate_iitp(folder).as_dict()
    assert (result["documents"], result["duplicates_removed"]) == (4, 1)
    assert (result["tp"], result["fp"], result["fn"]) == (4, 0, 0)
    document: Any = result["document"]
    assert document["types"] == {"tp": 2, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert document["any_political_violence"]["tp"] == 2
    assert {name: c["tp"] for name, c in document["by_class"].items()} == {ASSAULT: 1, RIOT: 1}


def test_the_cli_prints_the_document_figures_and_defines_them(cli: Callable[..., Any], folder: Path) -> None:
    result = cli("evaluate", "iitp", str(folder))
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].startswith("documents 4 (duplicates removed 1), sentences ")
    assert lines[1] == "per document, (article, class) pairs: P 1.0 R 1.0 F1 1.0 (tp 2, fp 0, fn 0)"
    assert lines[2] == "per document, any political violence: P 1.0 R 1.0 F1 1.0 (tp 2, fp 0, fn 0)"
    usage = cli("evaluate", "iitp", "--help").out
    assert "Per document" in usage and all(kind in usage for kind in IITP_TO_PLOVER)


def test_false_and_missed_classes_per_document() -> None:
    score = IitpScore()
    score.add_document({"VOLCANO"}, {ASSAULT})  # an eruption coded as a bombing
    score.add_document({"SHOOT_OUT", "FIRE"}, {RIOT})  # right article, wrong class
    score.add_document({"SUICIDE_ATTACK", "TERRORIST_ATTACK"}, {ASSAULT})
    document: Any = score.as_dict()["document"]
    assert (document["types"]["tp"], document["types"]["fp"], document["types"]["fn"]) == (1, 2, 1)
    assert (document["any_political_violence"]["tp"], document["any_political_violence"]["fp"]) == (2, 1)
    assert document["by_class"][RIOT]["fp"] == 1 and document["by_class"][ASSAULT]["fn"] == 1
    assert document["false_positive_documents_by_iitp_type"] == {"VOLCANO": 1, "SHOOT_OUT": 1, "FIRE": 1}


def test_a_riot_article_takes_an_assault_as_the_riot_only_when_the_riot_is_its_only_violence() -> None:
    assert document_classes({"RIOTS", "FIRE"}, {ASSAULT}) == ({RIOT}, {RIOT})
    assert document_classes({"RIOTS", "SHOOT_OUT"}, {ASSAULT}) == ({RIOT, ASSAULT}, {ASSAULT})
    assert document_classes({"FLOODS"}, {ASSAULT}) == (set(), {ASSAULT})


def test_only_asserted_events_in_the_benchmark_s_scope_count() -> None:
    def event(kind: str, mode: str | None, modality: Any = "asserted") -> Event:
        return Event(type=kind, actor=None, recipient=None, evidence=[], mode=mode, modality=modality)

    assert event_class(event("ASSAULT", "explosives")) == ASSAULT
    assert event_class(event("ASSAULT", None)) == ASSAULT
    assert event_class(event("PROTEST", "riot")) == RIOT
    assert event_class(event("ASSAULT", "firearms", "future")) is None
    assert event_class(event("ASSAULT", "sexual")) is None
    assert event_class(event("PROTEST", "demo")) is None
