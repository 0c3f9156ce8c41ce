"""A title-only mention stands for the person the article names as holding the office."""

from __future__ import annotations

from ghatna.records import Article
from ghatna.run.extract import extract


def _actors(text: str, kind: str) -> list[str | None]:
    analysis = extract(Article(id="t", text=text, source="test"))
    return [e.actor.name_en if e.actor else None for e in analysis.events if e.type == kind]


def test_a_title_refers_to_the_named_holder_of_the_office() -> None:
    # a headline names the holder by one word (सीएम योगी), the story in full: two holders of the
    # office by name, one person; the one the knowledge base knows is the title's referent
    text = (
        "हर जिले में राहत केंद्र बनें : सीएम योगी  उत्तर प्रदेश के मुख्यमंत्री योगी आदित्यनाथ ने राहत कार्यों की "
        "समीक्षा की. उन्होंने कहा कि हर केंद्र में एक अधिकारी तैनात हो. मुख्यमंत्री ने सोमवार को लोगों से घरों में "
        "रहने की अपील की."
    )
    assert _actors(text, "REQUEST") == ["Yogi Adityanath"]


def test_a_title_held_by_two_named_people_stays_the_title() -> None:
    text = "भारत के प्रधानमंत्री नरेंद्र मोदी और नेपाल के प्रधानमंत्री ओली ने बैठक की। प्रधानमंत्री ने चीन की आलोचना की।"
    assert _actors(text, "ACCUSE") == ["Prime Minister of India"]  # the title, not one of the two people
