"""Where an office or institution belongs: an explicit "X के"/demonym before it, the place the story
is at (for "रक्षा मंत्रालय में" or "... का दौरा"), or the article's home country."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ghatna.actors.gazetteer import HOME, Gazetteer, Known
from ghatna.actors.scan import Cues, Hit
from ghatna.actors.words import Word
from ghatna.records import Article

_PLACE_KINDS = frozenset({"country", "city", "state", "region"})
_FOCUS_KINDS = frozenset({"city", "state", "region"})


@dataclass(frozen=True, slots=True)
class Affiliation:
    country: str | None
    sector: str | None  # the sector of an affiliating organisation ("भाजपा के प्रवक्ता" -> PTY)
    explicit: bool


def home_country(article: Article, hits: list[Hit], gaz: Gazetteer, cues: Cues) -> str:
    """The dateline's country, else the country the article names most, else the language default."""
    if article.dateline and article.dateline.name_hi:
        found = gaz.find(article.dateline.name_hi)
        if found and found.country and found.country not in (HOME, "IGO"):
            return found.country
    counts = Counter(
        h.known.country
        for h in hits
        if h.known and h.known.kind in _PLACE_KINDS | {"demonym"} and h.known.country not in (None, HOME, "IGO")
    )
    if counts:
        return counts.most_common(1)[0][0] or cues.home_country
    return cues.home_country


class Affiliations:
    """Answers "to which country does the hit at position n belong" over one article's hits."""

    def __init__(self, text: str, words: list[Word], hits: list[Hit], cues: Cues, home: str) -> None:
        self.text, self.words, self.hits, self.cues, self.home = text, words, hits, cues, home
        self.by_end = {h.end: n for n, h in enumerate(hits) if h.kind == "known"}
        self.resolved: dict[int, str | None] = {}  # hit number -> country, for HOME organisations

    def country_of(self, n: int) -> str | None:
        hit = self.hits[n]
        assert hit.known is not None
        if hit.known.country != HOME:
            return hit.known.country
        return self.resolved.get(n, self.home)

    def before(self, start: int) -> Affiliation | None:
        """An explicit affiliation right before word ``start``: "भारत के", "भारतीय", "भारत सरकार"."""
        n = self.by_end.get(start)
        if n is None and start > 0 and self.words[start - 1].key in self.cues.genitive:
            n = self.by_end.get(start - 1)
        if n is None:
            return None
        known: Known | None = self.hits[n].known
        if known is None or known.kind not in _PLACE_KINDS | {"demonym", "organisation"}:
            return None
        country = self.country_of(n)
        if country is None:
            return None
        return Affiliation(country, known.sector if known.kind == "organisation" else None, True)

    def place_before(self, start: int) -> Known | None:
        """A city, state or region named right before word ``start`` ("दिल्ली पुलिस", "गुजरात के
        हाई कोर्ट"): the institution is that place's own."""
        n = self.by_end.get(start)
        if n is None and start > 0 and self.words[start - 1].key in self.cues.genitive:
            n = self.by_end.get(start - 1)
        known = self.hits[n].known if n is not None else None
        return known if known is not None and known.kind in _FOCUS_KINDS else None

    def institution(self, n: int, start: int, end: int) -> str | None:
        """The country of a HOME institution over words ``[start, end)``, hit number ``n``."""
        explicit = self.before(start)
        if explicit:
            country = explicit.country
        else:
            country = self.focus(start) if self._locative_after(end) else None
            country = country or self.home
        self.resolved[n] = country
        return country

    def _locative_after(self, end: int) -> bool:
        following = [w.key for w in self.words[end : end + 2]]
        return bool(following) and (following[0] in self.cues.locatives or following[-1] in self.cues.locatives)

    def focus(self, start: int) -> str | None:
        """The country of the last city or region named before ``start`` in the same paragraph."""
        at = self.words[start].start
        for hit in reversed(self.hits):
            if hit.end > start or hit.known is None or hit.known.kind not in _FOCUS_KINDS:
                continue
            if "\n" in self.text[self.words[hit.end - 1].end : at]:
                return None
            if hit.known.country not in (None, HOME, "IGO"):
                return hit.known.country
        return None
