"""Document dates: metadata first, else inferred from the text with a basis, else none."""

from __future__ import annotations

import pytest

from ghatna.records import Article, DocDate
from ghatna.run.extract import extract


def doc_date(text: str) -> DocDate | None:
    return extract(Article(id="t", text=text, source="t")).article.date


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("मंत्री ने 12 मार्च 2020 को बैठक की। उन्होंने 10 मार्च 2020 को दौरा किया था।", "2020-03-12", "day"),
        # a year is used only where the text shows it is recent: a present-tense clause,
        ("राज्य सरकार वर्ष 2013 में नया कानून ला रही है। मंत्री 5 मई को मिले।", "2013-05-05", "day"),
        # a future clause in that year or the next,
        ("मार्च 2018 में समझौता हुआ। अक्टूबर में मंत्री आए। अगली बैठक जनवरी 2019 में होगी।", "2018-10", "month"),
        # a relative year beside it,
        ("पिछले साल 2014 में चुनाव हुए थे।", "2015", "year"),
        ("अगले वर्ष (2021) यहां नया पुल बनेगा।", "2020", "year"),
        # and a history date does not hide the recent year
        ("26 जनवरी 1950 को संविधान लागू हुआ। वर्ष 2020 में इसके सत्तर साल पूरे हो रहे हैं।", "2020", "year"),
    ],
)
def test_inferred_from_the_text(text: str, value: str, precision: str) -> None:
    found = doc_date(text)
    assert found is not None and (found.value, found.precision, found.inferred) == (value, precision, True)
    assert found.basis and "\n" not in found.basis


@pytest.mark.parametrize(
    "text",
    [
        "शनिवार (29 सितंबर) को बैठक हुई और यह आखिरी दिन है।",  # weekday and day-month, but no year
        "मंत्री ने बैठक की और चर्चा की।",
        "एयरो इंडिया 2019 में हिस्सा लेने का न्योता दिया।",  # a bare number in a name is no evidence
        "फरवरी 2019 में प्रदर्शनी आयोजित की जाएगी।",  # only a future date: an upper bound, not a date
        # a bound or a range is the end or start of a span, not the report's now
        "सरकार ने स्कूलों को 31 मार्च 2020 तक बंद कर दिया।",
        "15 जनवरी 2020 से यात्रियों की जांच की गई।",
        "5 से 12 अप्रैल 2020 तक बाजार बंद रहे।",
        # the point a clause counts from, and the date of a noun (an attack recalled by name)
        "13 दिसंबर 2001 के हमले के बाद सुरक्षा बढ़ा दी गई।",
        "13 दिसंबर 2001 को संसद पर हुए हमले के दोषी की अपील अदालत ने मंजूर की।",
    ],
)
def test_nothing_is_invented(text: str) -> None:
    assert doc_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a year in a past clause, nothing to show it is recent: history or background
        "वर्ष 1947 में देश आज़ाद हुआ।",
        "सन् 1962 के युद्ध में सेना को पीछे हटना पड़ा।",
        "जुलाई 2009 में नदी पर बांध बनाया गया।",
        # the past perfect puts a clause before the story, even with a full date
        "15 अगस्त 1947 को देश आज़ाद हुआ था।",
        "वर्ष 2015 में चुनाव हुए थे।",
        "3 मार्च 2011 को यह फैसला लिया गया था।",  # a chain of participles before the auxiliary
        # present tense, but the year is only the point the clause counts from
        "वर्ष 1947 में आज़ादी के बाद से यह इलाका विवादित है।",
        # the present verb belongs to an embedded relative clause, not to the year's clause
        "सन् 1960 में वह गांव जो अब शहर का हिस्सा है, बिजली से दूर रहा।",
        # long before the year the text looks ahead to
        "वर्ष 1984 में दंगे हुए और 2019 में चुनाव होंगे।",
        # a full date long before another year the text names
        "12 मई 1998 को परीक्षण हुआ। वर्ष 2024 में इसकी चर्चा फिर हुई।",
        # a present clause names a year, a past one a later year: the evidence contradicts itself
        "वर्ष 2017 में बनी यह योजना आज भी चल रही है। मार्च 2018 में इसका विस्तार किया गया।",
    ],
)
def test_a_year_marked_as_history_is_not_the_date(text: str) -> None:
    assert doc_date(text) is None


def test_a_future_date_bounds_the_inference() -> None:
    found = doc_date("यह 2 अक्टूबर 2018 को हुआ। अगला सम्मेलन 5 जनवरी 2018 को होगा।")
    assert found is None or found.value < "2018-01-05"


def test_the_weekday_of_a_dated_expression_is_kept_in_the_span() -> None:
    text = "शनिवार (29 सितंबर) को बैठक हुई।"
    analysis = extract(Article(id="t", text=text, source="t", date=DocDate("2018-09-30", "day", inferred=False)))
    [timex] = analysis.timexes
    assert (timex.text, timex.value_start) == ("शनिवार (29 सितंबर)", "2018-09-29")
