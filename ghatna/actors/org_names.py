"""Names of organisations that no gazetteer holds, read from their head noun: one to four words of
one phrase before a head of ``actors/org_heads`` ("शिया वक़्फ़ बोर्ड", "हिंदू जागरण मंच"). The name
is the article's spelling; its country comes from the context like any HOME institution ("बिहार खेल
प्राधिकरण": Bihar's), its English name is the romanised words and the English head."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from ghatna.actors.gazetteer import HOME, Known
from ghatna.actors.namelike import no_name_word, not_name_words
from ghatna.actors.romanise import romanise_name
from ghatna.actors.scan import Cues, Hit
from ghatna.actors.words import Word, loose_key
from ghatna.lang import load

MAX_WORDS = 4  # words of a name before its head, and after its "of"
_PLACE_KINDS = frozenset({"country", "capital", "city", "state", "region", "demonym"})  # may stand after "of"
_PLAIN = regex.compile(r"^[\p{Devanagari}\p{M}\u200c\u200d]+$")  # no digit, no Latin, no dot
# the groups of the non-name word lists that never stand in an organisation's name: their nouns may
# ("आपदा प्रबंधन प्राधिकरण"); the adjectives are mostly participles and quantities (गठित, संबंधित, बड़े)
_FUNCTION_GROUPS = frozenset({"verbs", "other", "auxiliaries", "adverbs", "adpositions", "pronouns", "determiners",
                              "particles", "conjunctions", "adjectives"})


@dataclass(frozen=True, slots=True)
class Head:
    en: str
    sector: str | None


@cache
def heads() -> dict[str, Head]:
    """Head noun keys -> their English head and sector."""
    return {loose_key(form): Head(item["en"], item["sector"])
            for item in load("actors/org_heads")["heads"] for form in item["hi"]}


@cache
def _kind_words() -> frozenset[str]:
    return frozenset(loose_key(w) for w in load("actors/org_heads").get("kind_words", []))


@cache
def _of_words() -> frozenset[str]:
    return frozenset(loose_key(w) for w in load("actors/org_heads").get("of_words", []))


@cache
def _name_words() -> frozenset[str]:
    """Words of the non-name lists that may stand in an organisation's name (स्पेशल, सेंट्रल)."""
    return frozenset(loose_key(w) for w in load("actors/org_heads").get("name_words", []))


def org_names(words: list[Word], hits: list[Hit], cues: Cues) -> list[Hit]:
    """Organisation hits over the words no hit covers, each ending in a head noun, or going on after
    it with an English "of" and name words ("इंस्टीट्यूट ऑफ़ जेनोमिक्स", over the places and
    demonyms there); none for a body of a known organisation ("कांग्रेस की अनुशासन समिति"), which
    is coded as that organisation."""
    taken = {i for h in hits for i in range(h.start, h.end)}
    placed = {i: h.known.country for h in hits if h.known is not None and h.known.kind in _PLACE_KINDS
              for i in range(h.start, h.end)}
    bodies_of = {h.end + 1 for h in hits if h.known is not None and h.known.kind == "organisation"}
    stops = (cues.postpositions | cues.name_stops | cues.pronouns | not_name_words(_FUNCTION_GROUPS)
             | frozenset(heads()) | _kind_words()) - _name_words()
    found: list[Hit] = []
    for at, word in enumerate(words):
        head = heads().get(word.key)
        if head is None or at in taken:
            continue
        start = at
        while start > 0 and at - start < MAX_WORDS and _joins(words, start, taken, stops):
            start -= 1
        end = _of_part_end(words, at, taken - set(placed), stops, frozenset(placed))
        if (start == at and end == at + 1) or (start in bodies_of and words[start - 1].key in cues.genitive):
            continue
        before_hi = " ".join(w.text for w in words[start:at])
        after_hi = " ".join(w.text for w in words[at + 2 : end])
        # a body's name words need not look like a person's
        before_en = romanise_name(before_hi) if before_hi else ""
        after_en = romanise_name(after_hi) if after_hi else ""
        if before_en is None or after_en is None:
            continue
        name_en = " ".join(filter(None, (before_en, head.en, f"of {after_en}" if after_en else "")))
        name_hi = " ".join(w.text for w in words[start:end])
        # a country named after "of" is the body's own ("चर्च ऑफ़ स्कॉटलैंड": GBR)
        country = next((c for i in range(at + 2, end) if (c := placed.get(i)) not in (None, HOME, "IGO")), HOME)
        known = Known(name_en, name_hi, country, "ORGANIZATION", "organisation", head.sector)
        found.append(Hit("known", start, end, known=known))
        taken.update(range(start, end))
    return found


def _of_part_end(words: list[Word], head: int, taken: set[int], stops: frozenset[str], places: frozenset[int]) -> int:
    """The end of the name that goes on after the head at word ``head`` with an English "of" and one
    to ``MAX_WORDS`` name words of the same phrase: places or words that may be names, no common
    Hindi word ("यूनिवर्सिटी ऑफ़ ऑक्सफ़ोर्ड वैज्ञानिकों ने": the scientists are no part of it);
    ``head + 1`` when none does."""
    of = head + 1
    if of >= len(words) or words[of].key not in _of_words() or not _follows(words, of, taken):
        return head + 1
    end = of + 1
    while (end < len(words) and end - of <= MAX_WORDS and _follows(words, end, taken) and words[end].key not in stops
           and (end in places or not no_name_word(words[end].text, words[end].key))):
        end += 1
    return end if end > of + 1 else head + 1


def _follows(words: list[Word], at: int, taken: set[int]) -> bool:
    word = words[at]
    return (word.sentence == words[at - 1].sentence and word.spaced and at not in taken
            and bool(_PLAIN.match(word.text)))


def _joins(words: list[Word], start: int, taken: set[int], stops: frozenset[str]) -> bool:
    """The word before ``start`` belongs to the name that ``start`` is part of."""
    before, word = words[start - 1], words[start]
    return (before.sentence == word.sentence and word.spaced and start - 1 not in taken
            and before.key not in stops and bool(_PLAIN.match(before.text)))
