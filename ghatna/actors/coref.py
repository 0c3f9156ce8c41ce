"""In-document coreference of pronouns, and the span -> entity lookup the event coder uses.

Every resolved mention of an entity — its name, a surname or title-only reference, and a pronoun
that stands for it — is one ``(start, end)`` span in ``Entity.mentions``. ``resolve_span`` answers
"which entity does the text at ``[start, end)`` refer to".

Pronouns are resolved conservatively to the *salient* person: the one person who is the subject
(a name followed by "ने" or by no postposition) earlier in the same sentence, else in one of the two
sentences before. Two subjects ("X और Y ने"), or none, leave the pronoun unresolved.
"""

from __future__ import annotations

from dataclasses import dataclass

from ghatna.actors.scan import Cues
from ghatna.actors.words import Word
from ghatna.records import Analysis, Entity

_REACH = 2  # sentences a subject stays salient


@dataclass(frozen=True, slots=True)
class PersonMention:
    start: int  # word span
    end: int
    entity: Entity


def resolve_pronouns(words: list[Word], mentions: list[PersonMention], pronouns: list[int], cues: Cues) -> None:
    """Add each resolvable pronoun (a word index) to the mentions of the person it stands for."""
    subjects = sorted((m for m in mentions if _is_subject(words, m.end, cues)), key=lambda m: m.start)
    for at in pronouns:
        sentence = words[at].sentence
        before = [m for m in subjects if m.end <= at and sentence - words[m.start].sentence <= _REACH]
        if not before:
            continue
        last_sentence = words[before[-1].start].sentence
        latest = {id(m.entity): m.entity for m in before if words[m.start].sentence == last_sentence}
        if len(latest) != 1:
            continue
        entity = next(iter(latest.values()))
        entity.mentions.append((words[at].start, words[at].end))
        if words[at].key in cues.pronouns:
            subjects.append(PersonMention(at, at + 1, entity))
            subjects.sort(key=lambda m: m.start)


def _is_subject(words: list[Word], end: int, cues: Cues) -> bool:
    if end >= len(words) or words[end].sentence != words[end - 1].sentence:
        return True
    following = words[end].key
    return following in cues.subject_markers or following not in cues.postpositions


def resolve_span(analysis: Analysis, start: int, end: int) -> Entity | None:
    """The entity that the text at ``[start, end)`` refers to: the one whose mention overlaps it most
    (ties: the shorter mention), or None."""
    best: tuple[int, int, Entity] | None = None
    for entity in analysis.entities:
        for m_start, m_end in entity.mentions:
            overlap = min(end, m_end) - max(start, m_start)
            if overlap <= 0 and not (start == end and m_start <= start < m_end):
                continue
            score = (max(overlap, 1), -(m_end - m_start))
            if best is None or score > best[:2]:
                best = (score[0], score[1], entity)
    return best[2] if best else None
