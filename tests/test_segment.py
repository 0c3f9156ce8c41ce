from __future__ import annotations

import itertools

import pytest

from ghatna.nlp.segment import segment
from tests.conftest import REFERENCE


def sentences_of(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


def test_reference_article_has_fourteen_sentences() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    found = sentences_of(text)
    assert len(found) == 14
    assert found[0].startswith("नई दिल्ली:") and found[0].endswith("यात्रा पर हैं।")
    assert found[-1].endswith("न्योता दिया।")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("वह आया। वह गया॥ फिर?", ["वह आया।", "वह गया॥", "फिर?"]),
        ("सच में! हाँ", ["सच में!", "हाँ"]),
        ("उसने लिखा था.20 जनवरी को आएंगे.", ["उसने लिखा था.", "20 जनवरी को आएंगे."]),
        ("दर 3.5 प्रतिशत रही. अब बस", ["दर 3.5 प्रतिशत रही.", "अब बस"]),
        ("डॉ. मनमोहन सिंह आए. वे बोले", ["डॉ. मनमोहन सिंह आए.", "वे बोले"]),
        ("ए.के. एंटनी ने कहा. ठीक", ["ए.के. एंटनी ने कहा.", "ठीक"]),
        ("पी. चिदंबरम आए", ["पी. चिदंबरम आए"]),
        ('उन्होंने कहा, "हम जाएंगे।" फिर वे गए।', ['उन्होंने कहा, "हम जाएंगे।"', "फिर वे गए।"]),
        ("शीर्षक\nपहला वाक्य।", ["शीर्षक", "पहला वाक्य।"]),
        ("U.S. में चुनाव हुए.", ["U.S. में चुनाव हुए."]),
        ("", []),
        ("   \n  ", []),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


def test_spans_exclude_white_space_and_stay_in_order() -> None:
    text = "  पहला।   दूसरा!\n\nतीसरा  "
    spans = segment(text)
    assert [s.index for s in spans] == [0, 1, 2]
    for s in spans:
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
