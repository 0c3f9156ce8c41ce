"""Names of people that neither the recogniser, the titles nor the knowledge base found: a given
name followed by one or two family names of ``actors/generated/name_parts`` ("सुभाष लखोटिया",
"राम पाल सिंह"), in one phrase, among the words no hit covers. After a foreign given name, a family
name the lists lack may stand ("ओटो वार्मबियर"), where the text then says whose the person is."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from ghatna.actors.namelike import no_name_word, not_names
from ghatna.actors.scan import Cues, Hit
from ghatna.actors.titles import title_book
from ghatna.actors.words import Word, loose_key
from ghatna.lang import load

MAX_FAMILY = 2  # family names after a given name ("राम पाल सिंह")
MAX_INITIAL = 2  # letters of a dotted initial ("एस.", "पी.")
_LETTERS = regex.compile(r"^[\p{Devanagari}\p{M}]+$")


@cache
def name_parts() -> tuple[frozenset[str], frozenset[str]]:
    """The keys of the given names (foreign ones included) and of the family names."""
    data = load("actors/generated/name_parts")
    given = frozenset(loose_key(w) for w in data["given"]) | foreign_given_names()
    return given, frozenset(loose_key(w) for w in data["family"])


@cache
def foreign_given_names() -> frozenset[str]:
    """The keys of the foreign given names, which the Indian name lists lack and the news rarely uses."""
    return frozenset(loose_key(w) for w in load("actors/generated/name_parts")["foreign_given"])


def with_name_pairs(text: str, words: list[Word], hits: list[Hit], cues: Cues) -> list[Hit]:
    """``hits`` (in text order) with a name hit for each given name and its family names among the
    words no hit covers. A name hit (after a title, the recogniser's or the knowledge base's) that ends
    in an initial, with only its dot and spaces before the given name, is stretched over them instead
    ("ओ. पन्नीर सेल्वम"); a whole name right before the pair is another person ("मनोज तिवारी अनुराग
    भार्गव के साथ")."""
    given, family = name_parts()
    foreign = foreign_given_names()
    taken = {i for h in hits for i in range(h.start, h.end)}
    stops = not_names() | cues.name_stops | cues.postpositions | cues.pronouns | title_book().vocabulary
    names_by_end = {h.end: n for n, h in enumerate(hits) if h.kind == "name"}
    out = list(hits)

    def free(i: int) -> bool:
        return i < len(words) and i not in taken and words[i].key not in stops

    at = 0
    while at < len(words):
        end = at + 1
        unlisted = False
        if free(at) and words[at].key in given:
            while (end - at <= MAX_FAMILY and free(end) and words[end].sentence == words[at].sentence
                   and words[end].spaced and words[end].key != words[end - 1].key):  # चुन चुन कर is no name
                if words[end].key not in family:
                    if words[at].key not in foreign or end - at > 1 or not _may_be_family(words[end]):
                        break
                    unlisted = True
                end += 1
            if unlisted and not _closed_at(words, end, cues):
                end = at + 1  # an unlisted family name must head its phrase (ओटो वार्मबियर से, not "... किया")
        if end - at > 1:
            before = names_by_end.get(at)
            if before is not None and _initial_before(text, words, at):
                out[before] = Hit("name", hits[before].start, end, titles=hits[before].titles)
            else:
                out.append(Hit("name", at, end, needs_cue=unlisted))
        at = end
    return _joined_at_initials(text, words, sorted(out, key=lambda h: h.start))


def _closed_at(words: list[Word], end: int, cues: Cues) -> bool:
    """A postposition of the same sentence follows the name that ends before word ``end``; a locative
    one closes a place's or a body's name ("सान पाओलो में", "डॉग स्क्वायड में"), not a person's."""
    return (end < len(words) and words[end].sentence == words[end - 1].sentence
            and words[end].key in cues.postpositions and words[end].key not in cues.locatives)


def _may_be_family(word: Word) -> bool:
    """A word of letters only that no list of other words holds: after a foreign given name, a
    family name the lists lack ("ओटो वार्मबियर")."""
    return _may_be_family_name(word.text, word.key)


def _may_be_family_name(text: str, key: str) -> bool:
    return bool(_LETTERS.match(text)) and not no_name_word(text, key)


def reads_as_name(texts: Sequence[str]) -> bool:
    """The words are a person's name as the name lists read one: a given name, then at most
    ``MAX_FAMILY`` family names; after a foreign given name, words the lists lack may be family names
    too ("ओसामा बिन लादेन"). A given name before another word is no name ("लाल किला")."""
    given, family = name_parts()
    keys = [loose_key(t) for t in texts]
    if not keys or len(keys) > 1 + MAX_FAMILY or keys[0] not in given:
        return False
    foreign = keys[0] in foreign_given_names()
    return all(key in family or (foreign and _may_be_family_name(text, key))
               for text, key in zip(texts[1:], keys[1:], strict=True))


def _joined_at_initials(text: str, words: list[Word], hits: list[Hit]) -> list[Hit]:
    """A name hit that ends in a dotted initial, with only its dot and spaces before the next name hit,
    is one name with it ("शिक्षा मंत्री एस. सुरेश कुमार": the title's name is not "एस" alone)."""
    out: list[Hit] = []
    for hit in hits:
        before = out[-1] if out else None
        if (before is not None and before.kind == hit.kind == "name" and before.end == hit.start
                and _initial_before(text, words, hit.start)):
            out[-1] = Hit("name", before.start, hit.end, titles=before.titles)
        else:
            out.append(hit)
    return out


def _initial_before(text: str, words: list[Word], at: int) -> bool:
    """The word before word ``at`` is a dotted initial of the same sentence ("एस. सुरेश"), not a
    name's last word that ends a sentence ("मनोज झा. अनिल शर्मा आए")."""
    last = words[at - 1]
    gap = text[last.end : words[at].start]
    return (len(last.text) <= MAX_INITIAL and gap.strip() == "." and "\n" not in gap
            and last.sentence == words[at].sentence)
