"""The place of an institution named after the one who heads it (केजरीवाल सरकार, गहलोत सरकार): the
state whose office the knowledge base says that person holds on the article's day."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ghatna.actors.api import article_linker, identify
from ghatna.actors.gazetteer import Known, gazetteer
from ghatna.actors.words import Word
from ghatna.kb.link import ArticleLinker

_NAME_WORDS = (2, 1)  # a head's name before the institution: given name and surname, or the surname


@dataclass(slots=True)
class Heads:
    """Finds the places of head-named institutions in one article of ``countries`` dated ``day``."""

    countries: Sequence[str]
    day: str | None
    _linker: ArticleLinker | None = None

    def place(self, words: list[Word], start: int, holder_hi: str) -> Known | None:
        """The state that the person named right before word ``start`` heads as the holder of office
        ``holder_hi``, where that is the highest office the person holds on the article's day (the
        most recent one when the day is unknown): मोदी सरकार is no state's government."""
        linker = self._linker = self._linker or article_linker(self.countries, self.day)
        sentence = words[start].sentence
        for size in _NAME_WORDS:
            run = words[start - size : start] if start >= size else []
            if not run or any(w.sentence != sentence for w in run):
                continue
            link = identify(linker, " ".join(w.text for w in run), holder_hi)
            entry = linker.kb.get(link.kb_id) if link is not None else None
            office = entry.office_at(self.day) if entry is not None else None
            place = _place_of(office.role) if office is not None else None
            if place is not None:
                return place
        return None


def _place_of(office: str) -> Known | None:
    """The state of an office "<office> of <state>" ("Chief Minister of Delhi")."""
    _title, _of, name = office.partition(" of ")
    return _states().get(name) if name else None


@cache
def _states() -> dict[str, Known]:
    return {k.name_en: k for k in gazetteer().index.values() if k.kind == "state"}
