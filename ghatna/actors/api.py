"""Who is this, and from where: the one place the pipeline, the store and the faces ask about actors.

- ``article_linker(countries, day)``: one per article; ``identify(linker, name_hi, title_hi)`` links a
  named person or organisation, in text order, to the actor knowledge base (``ghatna.kb``): the
  canonical English name, the Wikidata QID or KB id, and the country, sector and office held at the
  article's date, with a score and a one-line reason; None when the knowledge base is unsure.
- ``unlinked_name(name_hi, linker)``: the name of a person the knowledge base does not link: a
  namesake's English name or the romanisation (no country is made up for it); none for words that
  are no name (a common noun, a verb phrase).
- ``spelt_name(name_hi)``: the English spelling of a phrase no gazetteer knew that opens with a given
  name of the name lists; none for other phrases.
- ``generic_name(template, country)``: the English name of a kind of actor of a country
  ("{adj} police" -> "Indian police"; "{country}", a state acting as a whole, -> "India").
- ``actor_ids(query)``: the knowledge-base ids a search ("Trump", "ट्रंप", "Q22686") stands for.
"""

from __future__ import annotations

from collections.abc import Sequence

from ghatna.actors.gazetteer import gazetteer
from ghatna.actors.name_pairs import reads_as_name
from ghatna.actors.namelike import looks_like_name
from ghatna.actors.romanise import romanise_name
from ghatna.actors.scan import cues
from ghatna.actors.words import loose_key
from ghatna.kb import ArticleLinker, Link, find_actors

STATE_OF_NO_COUNTRY = "government"  # "{country}" (a national government) when the country is unknown
SEARCH_LIMIT = 20  # knowledge-base entries a search may stand for ("Trump": Donald, Melania, Ivanka ...)

__all__ = ["ArticleLinker", "Link", "actor_ids", "article_linker", "generic_name", "identify", "spelt_name",
           "unlinked_name"]


def article_linker(countries: Sequence[str] = (), day: str | None = None) -> ArticleLinker:
    """The linker of one article: ``countries`` it is about (ISO3), ``day`` its date (ISO, any
    precision) or None (then the most recent office counts)."""
    return ArticleLinker(countries=tuple(countries), day=day)


def identify(linker: ArticleLinker, name_hi: str, title_hi: str | None = None) -> Link | None:
    """The knowledge-base entry of a Hindi name (with the title next to it in the text), or None."""
    return linker.link(name_hi, title_hi)


def unlinked_name(name_hi: str, linker: ArticleLinker | None = None) -> str | None:
    """The English spelling of a name the knowledge base does not link: the English name of the
    persons of another country or time that it spells word for word (``linker``'s namesake), else its
    romanisation; None when some word of it is no name word ("घायल", "शाम साढ़े"): a common noun is
    never spelt as a name."""
    if not looks_like_name(name_hi):
        return None
    return (linker.namesake(name_hi) if linker is not None else None) or romanise_name(name_hi)


def spelt_name(name_hi: str) -> str | None:
    """The English spelling of a phrase no gazetteer knew, when it reads as a person's name (a given
    name of the name lists and its family names: "सिद्धार्थ", "ओसामा बिन लादेन"), the words that close
    a name after it left out ("नरेंद्र मोदी जी"); None for any other phrase ("गांव वालों", "लाल किला")."""
    words = name_hi.split()
    while words and loose_key(words[-1]) in cues().name_stops:
        words.pop()
    return unlinked_name(" ".join(words)) if reads_as_name(words) else None


def generic_name(template: str, country: str | None) -> str:
    """``{adj}`` and ``{country}`` of an English template filled for ``country`` ("{adj} police" ->
    "Indian police"); without a country they are left out ("police"). OUTPUT.md names a state acting
    as a whole by its country, so a national government's template is "{country}" alone ("India")."""
    gaz = gazetteer()
    adj = gaz.adjectives.get(country or "", "")
    name = template.replace("{adj}", adj).replace("{country}", gaz.country_name(country) or "")
    return " ".join(name.split()).removesuffix(" of").strip() or STATE_OF_NO_COUNTRY


def actor_ids(query: str) -> list[str]:
    """The knowledge-base ids (QIDs or KB ids) that a search stands for, best first."""
    return [entry.kb_id for entry in find_actors(query.strip())[:SEARCH_LIMIT]] if query.strip() else []
