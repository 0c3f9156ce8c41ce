"""Coreference: surnames, title-only mentions and pronouns, and ``resolve_span`` for the event coder."""

from __future__ import annotations

from ghatna.actors.coref import resolve_span
from ghatna.ingest.article import make_article
from ghatna.records import Analysis
from ghatna.run.extract import extract
from tests.conftest import REFERENCE


def reference() -> Analysis:
    return extract(make_article(REFERENCE.read_text(encoding="utf-8"), source=str(REFERENCE)))


def span_of(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    return at, at + len(needle)


def test_pronouns_resolve_to_the_salient_person() -> None:
    analysis = reference()
    text = analysis.article.text
    for nth in range(3):
        entity = resolve_span(analysis, *span_of(text, "उन्होंने", nth))
        assert entity is not None and entity.name_hi == "निर्मला सीतारमण"
    entity = resolve_span(analysis, *span_of(text, "उन्हें"))
    assert entity is not None and entity.name_hi == "निर्मला सीतारमण"


def test_title_only_and_surname_mentions_resolve() -> None:
    analysis = reference()
    text = analysis.article.text
    title = span_of(text, "रक्षा एवं वैमानिकी उद्योग मंत्री के साथ")
    entity = resolve_span(analysis, title[0], title[0] + len("रक्षा एवं वैमानिकी उद्योग मंत्री"))
    assert entity is not None and entity.name_hi == "बाइबूत अतामकुलोव"
    entity = resolve_span(analysis, *span_of(text, "कजाकिस्तान के रक्षा मंत्री और"))
    assert entity is not None
    start = text.index("श्रीमती सीतारमण") + len("श्रीमती ")
    entity = resolve_span(analysis, start, start + len("सीतारमण"))
    assert entity is not None and entity.name_hi == "निर्मला सीतारमण"


def test_a_point_inside_a_mention_resolves() -> None:
    analysis = reference()
    start, _ = span_of(analysis.article.text, "नूरलान यरमेकबायेव")
    entity = resolve_span(analysis, start + 2, start + 2)
    assert entity is not None and entity.country == "KAZ"


def test_two_subjects_leave_a_pronoun_unresolved() -> None:
    text = "विदेश मंत्री राम प्रसाद और गृह मंत्री श्याम लाल ने बैठक की। उन्होंने कहा कि बातचीत अच्छी रही।"
    analysis = extract(make_article(text, source="test"))
    assert len([e for e in analysis.entities if e.type == "PERSON"]) == 2
    assert resolve_span(analysis, *span_of(text, "उन्होंने")) is None


def test_one_subject_resolves_a_pronoun_in_the_next_sentence() -> None:
    text = "विदेश मंत्री राम प्रसाद ने गृह मंत्री श्याम लाल से बैठक की। उन्होंने कहा कि बातचीत अच्छी रही।"
    analysis = extract(make_article(text, source="test"))
    entity = resolve_span(analysis, *span_of(text, "उन्होंने"))
    assert entity is not None and entity.name_hi == "राम प्रसाद"


def test_a_given_name_alone_is_the_one_person_of_that_full_name() -> None:
    text = ("सुनीता ने ज़िलाधिकारी को पत्र लिखा। सामाजिक कार्यकर्ता सुनीता वर्मा ने कहा कि गांव में पानी नहीं है। "
            "बाद में सीएम हरीश ने बैठक बुलाई। मुख्यमंत्री हरीश चौधरी ने अधिकारियों से बात की।")
    analysis = extract(make_article(text, source="test"))
    for short, full in (("सुनीता ने", "सुनीता वर्मा"), ("हरीश ने", "हरीश चौधरी")):
        start, _ = span_of(text, short)
        entity = resolve_span(analysis, start, start + len(short.split()[0]))
        assert entity is not None and entity.name_hi == full


def test_a_given_name_joins_a_full_name_that_an_honorific_closes() -> None:
    text = "पटना, 5 मई 2019। सामाजिक कार्यकर्ता सुनीता कुमारी ने गांव में पानी की समस्या उठाई। बाद में सुनीता ने पत्र लिखा।"
    analysis = extract(make_article(text, source="test"))
    start, _ = span_of(text, "सुनीता ने")
    entity = resolve_span(analysis, start, start + len("सुनीता"))
    assert entity is not None and entity.name_hi == "सुनीता कुमारी"  # "कुमारी" closes a name as a family name


def test_a_given_name_two_full_names_share_stays_apart() -> None:
    text = "हरीश वर्मा और हरीश चौधरी ने बैठक की। बाद में हरीश ने कहा कि बातचीत अच्छी रही।"
    analysis = extract(make_article(text, source="test"))
    start, _ = span_of(text, "हरीश ने")
    entity = resolve_span(analysis, start, start + len("हरीश"))
    assert entity is None or entity.name_hi == "हरीश"


def test_a_given_name_is_not_part_of_a_name_run_on_into_a_common_word() -> None:
    text = "हरीश ने बैठक बुलाई। बाद में हरीश संतुष्ट दिखे और उन्होंने कहा कि बातचीत अच्छी रही।"
    analysis = extract(make_article(text, source="test"))
    entity = resolve_span(analysis, 0, len("हरीश"))
    assert entity is None or entity.name_hi == "हरीश"


def test_a_full_name_is_not_part_of_a_name_run_on_into_a_word_the_kb_romanises() -> None:
    # "बोलीं" (said) spells "Bolin" in the knowledge base's word table, but is no family name
    text = ("कोलकाता, 27 अप्रैल 2020। मुख्यमंत्री ममता बनर्जी ने केंद्र की टीम पर सवाल उठाए। "
            "ममता बनर्जी बोलीं कि राज्य को मदद नहीं मिली।")
    analysis = extract(make_article(text, source="test"))
    start, end = span_of(text, "ममता बनर्जी")
    entity = resolve_span(analysis, start, end)
    assert entity is not None and entity.name_hi == "ममता बनर्जी"
