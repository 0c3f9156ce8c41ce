"""Names of people that the knowledge base holds, found in the text where the NER and the scan found
none (a name at the start of a line, in a list, before a comma): two or three adjacent words of one
phrase, each the exact Hindi spelling of an English name word (the last one may instead sound like
one, when it has three consonant classes or more), that an English name holds in that order and that
the linker links as the full name of a person with a QID or a dated office. A single word spelt
exactly as the surname of the one head of state or government of the article's countries that bears
it, standing alone wherever the article writes it ("ट्रम्प ने कहा", never "X ट्रम्प"), is that
person too."""

from __future__ import annotations

from collections.abc import Sequence

from ghatna.actors.api import ArticleLinker, article_linker, identify
from ghatna.actors.namelike import not_names
from ghatna.actors.scan import Cues, Hit
from ghatna.actors.words import Word
from ghatna.kb.keys import phonetic_hi
from ghatna.kb.link import HEAD
from ghatna.kb.store import HINDI, SOUND, knowledge_base

MIN_SOUND_ALONE = 3  # consonant classes of a last word that may meet a name word by its sound alone
SIZES = (3, 2, 1)  # words of a name spotted this way, longest first
# the linker's reasons for a full name met word by word (by spelling, or by sound and romanisation)
FULL_NAME = ("spelling of the name", "sound and romanisation of the name")
# the linker's reason for a bare surname spelt exactly: it links one only for the one prominent
# office-holder of the article's countries that bears it (no title, no earlier full link here)
SURNAME = "spelling of the surname"


def kb_names(text: str, words: list[Word], hits: list[Hit], cues: Cues, countries: Sequence[str],
             day: str | None) -> list[Hit]:
    """Name hits for the full names of knowledge-base persons among the words no hit covers."""
    taken = {i for h in hits for i in range(h.start, h.end)}
    stops = not_names() | cues.name_stops | cues.postpositions | cues.pronouns
    free = [i for i, w in enumerate(words) if i not in taken and w.key and w.key not in stops]
    sounds = {i: phonetic_hi(words[i].text) for i in free}
    long_sounds = {i: s for i, s in sounds.items() if len(s) >= MIN_SOUND_ALONE}
    asked = [*(HINDI + words[i].key for i in free), *(SOUND + s for s in long_sounds.values())]
    table = knowledge_base().words_for(asked)
    spelled = {i for i in free if table.get(HINDI + words[i].key)}
    # the English name words each free word spells, or sounds like when its consonants are many
    tokens = {i: {*table.get(HINDI + words[i].key, []), *table.get(SOUND + long_sounds.get(i, "-"), [])}
              for i in free}
    tokens = {i: t for i, t in tokens.items() if t}
    linker = article_linker(countries, day)
    free_set = set(free)
    in_longer = {words[i].key for i in free if not _stands_alone(words, i, free_set)}
    in_longer |= {words[i].key for h in hits if h.kind == "name" and h.end - h.start > 1 for i in range(h.start, h.end)}
    found: list[Hit] = []
    at = 0
    while at < len(words):
        sizes = SIZES if words[at].key not in in_longer else SIZES[:-1]
        size = next((n for n in sizes if _spells_a_person(text, words, at, n, spelled, tokens, linker)), 0)
        if size:
            found.append(Hit("name", at, at + size))
        at += size or 1
    return found


def _stands_alone(words: list[Word], at: int, free: set[int]) -> bool:
    """No word of the phrase that may be a name stands right before or after word ``at``: a bare
    surname, not a word of a longer name ("एस.ए.आर गिलानी")."""
    sentence = words[at].sentence
    before = at - 1 in free and words[at - 1].sentence == sentence and words[at].spaced
    after = at + 1 in free and words[at + 1].sentence == sentence and words[at + 1].spaced
    return not (before or after)


def _spells_a_person(text: str, words: list[Word], at: int, size: int, spelled: set[int],
                     tokens: dict[int, set[str]], linker: ArticleLinker) -> bool:
    """Words ``at`` to ``at + size`` are the full name of a knowledge-base person."""
    span = range(at, at + size)
    # a bare surname links only by its exact spelling: a word that merely sounds like one is not tried
    exact = span if size == 1 else span[:-1]
    if not all(i in tokens for i in span) or not all(i in spelled for i in exact):
        return False
    if any(words[i].sentence != words[at].sentence or not words[i].spaced for i in span[1:]):
        return False
    if not _some_name_fits([tokens[i] for i in span]):
        return False  # no English name holds such words in this order: the linker need not look
    link = identify(linker, text[words[at].start : words[at + size - 1].end])
    if link is None or not link.reason.startswith(FULL_NAME if size > 1 else SURNAME):
        return False
    entry = knowledge_base().get(link.kb_id)
    # a Wikidata person, or one with a dated office: the CAMEO lists file some institutions as persons
    dated = entry is not None and (entry.qid is not None or any(o.start or o.end for o in entry.offices))
    if entry is None or entry.kind != "person" or not dated:
        return False
    # a bare surname the models did not see is a head's only (the linker also links a minister's)
    office = entry.office_at(linker.day, linker.countries)
    return size > 1 or (office is not None and office.rank >= HEAD)


def _some_name_fits(options: list[set[str]]) -> bool:
    """Some English name or alias ends in one of the last word's tokens and holds one token of each
    earlier word, in order (what the linker's alignment asks, before it weighs the spellings)."""
    for form in knowledge_base().forms_with(options[-1], last=True):
        at = 0
        for option in options[:-1]:
            while at < len(form.words) - 1 and form.words[at] not in option:
                at += 1
            if at == len(form.words) - 1:
                break
            at += 1
        else:
            return True
    return False
