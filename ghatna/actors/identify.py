"""The entities of one article linked to the actor knowledge base, in text order.

A linked person takes the knowledge base's English name, id, country and sector (its office at the
article's date); the role read in the text stays. A person the article itself places in a
country (भारत के X, a demonym, the organisation of a genitive chain) is not the entry of that name
elsewhere, nor an IGO's official: the link is dropped. An unlinked person takes the English name of
the knowledge base's persons that its name spells word for word (a namesake of another country),
else the romanisation, and only the country the text gave. An organisation keeps the gazetteer's
English name and takes the id, and the country and sector where the text left them unknown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ghatna.actors.api import Link, article_linker, identify, unlinked_name
from ghatna.records import Article, Entity


@dataclass(frozen=True, slots=True)
class Linkable:
    """An entity to link: its title in the text and whether the text placed it explicitly."""

    entity: Entity
    title_hi: str | None = None
    placed: bool = False


def article_day(article: Article) -> str | None:
    """The article's date for the knowledge base (ISO, at the precision known), or None."""
    return article.date.value if article.date is not None else None


def link_entities(linkables: Sequence[Linkable], countries: Sequence[str], day: str | None) -> None:
    """Link every entity with a Hindi name, in the order of its first mention."""
    linker = article_linker(countries, day)
    for item in sorted(linkables, key=lambda i: min(i.entity.mentions, default=(0, 0))):
        entity = item.entity
        if entity.type != "PERSON" and entity.country and entity.country not in countries:
            # the gazetteer already says whose organisation it is (बीबीसी: GBR), wherever the story is
            link = identify(article_linker([*countries, entity.country], day), entity.name_hi or "")
        else:
            link = identify(linker, entity.name_hi, item.title_hi) if entity.name_hi else None
        if link is not None and item.placed and _elsewhere(entity.country, link.country):
            link = None
        if link is not None:
            _take(entity, link)
        elif entity.type == "PERSON":
            entity.name_en = unlinked_name(entity.name_hi or "", linker)


def _elsewhere(said: str | None, linked: str | None) -> bool:
    """The text placed the actor in one country, the entry is of another (or an IGO's official)."""
    return bool(said and linked) and said != linked


def _take(entity: Entity, link: Link) -> None:
    entity.kb_id, entity.qid = link.kb_id, link.qid
    entity.link_score, entity.link_reason = link.score, link.reason
    if entity.type == "PERSON":
        entity.name_en = link.name_en
        entity.country = link.country or entity.country
        entity.sector = link.sector or entity.sector
        entity.role = entity.role or link.role
    else:
        entity.country = entity.country or link.country
        entity.sector = entity.sector or link.sector
