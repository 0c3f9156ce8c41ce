"""A bare institution word that names again the one specific institution of its kind named before in
the article: "इलाहाबाद हाई कोर्ट ने ... अदालत ने कहा" (the High Court), "गृह मंत्रालय ने ... मंत्रालय
ने कहा" (the Ministry of Home Affairs). The kinds are the groups of head words of
``actors/org_heads`` ``refers_back``; an earlier institution is of a group's kind when the last word of
its mention is, or ends in, a word of the group (हाईकोर्ट). With no such institution, or two different
ones, the bare word is left as it is: a generic institution, or no actor at all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ghatna.actors.scan import Cues
from ghatna.actors.words import Word, loose_key
from ghatna.lang import load
from ghatna.records import Entity


@cache
def _groups() -> dict[str, tuple[str, ...]]:
    """Each bare word's key -> the keys of its group."""
    table: dict[str, tuple[str, ...]] = {}
    for group in load("actors/org_heads").get("refers_back", []):
        keys = tuple(loose_key(word) for word in group)
        table.update((key, keys) for key in keys)
    return table


def group_words() -> frozenset[str]:
    return frozenset(_groups())


@dataclass(frozen=True, slots=True)
class _Named:
    start: int  # word index of the mention
    head: str  # key of its last word
    entity: Entity


class Antecedents:
    """The specific institutions of one article in text order, and the bare words that stand for them."""

    def __init__(self, words: list[Word], cues: Cues) -> None:
        self.words, self.cues = words, cues
        self.named: list[_Named] = []

    def seen(self, start: int, end: int, entity: Entity, *, qualified: bool) -> None:
        """An institution mentioned over words ``[start, end)``; ``qualified``: its place or country is
        stated ("दिल्ली हाई कोर्ट", "पाकिस्तानी अदालत"), so one bare word is a specific one too."""
        head = self.words[end - 1].key
        if qualified or end - start > 1 or head not in _groups():
            self.named.append(_Named(start, head, entity))

    def is_bare(self, at: int) -> bool:
        """Word ``at`` is a group word standing alone: first in its sentence, or after a postposition
        other than a genitive, a conjunction or a stop word ("इस", "है"), not after a word that
        qualifies it ("निचली अदालत", "राज्यों के मंत्रालय") or an indefinite one ("एक अदालत")."""
        word = self.words[at]
        if word.key not in _groups():
            return False
        if at == 0 or self.words[at - 1].sentence != word.sentence:
            return True
        before = self.words[at - 1].key
        if before in self.cues.indefinites:  # एक अदालत: some court, not the one named before
            return False
        return word.spaced and before not in self.cues.genitive and (
            before in self.cues.postpositions or before in self.cues.name_stops)

    def referent(self, at: int, country: str | None = None) -> Entity | None:
        """The one institution of the kind of the bare word at ``at`` named before it, or None;
        ``country``: where the bare word is said to be ("भारत में अदालत ने"), which the one named
        before must be of too."""
        group = _groups().get(self.words[at].key)
        if group is None:
            return None
        found = {id(n.entity): n.entity for n in self.named
                 if n.start < at and any(n.head.endswith(key) for key in group)
                 and (country is None or n.entity.country == country)}
        return next(iter(found.values())) if len(found) == 1 else None

    def bare_mentions(self, covered: set[int], located_in: Callable[[int], str | None]) -> None:
        """Add each bare group word that no hit reads ("मंत्रालय", "आयोग") to the mentions of the one
        institution it stands for; ``located_in``: the country a word is said to be in, if any."""
        for word in self.words:
            if word.index in covered or not self.is_bare(word.index):
                continue
            entity = self.referent(word.index, located_in(word.index))
            if entity is not None:
                entity.mentions.append((word.start, word.end))
