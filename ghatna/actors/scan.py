"""One left-to-right pass over the words: gazetteer entries, roles, honorifics, pronouns and the
person names that titles and honorifics announce."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Literal

import regex

from ghatna.actors.gazetteer import Gazetteer, Known
from ghatna.actors.namelike import no_name_word, not_names
from ghatna.actors.titles import Role, TitleBook
from ghatna.actors.words import Word, loose_key
from ghatna.lang import load

HitKind = Literal["known", "role", "honorific", "pronoun", "name"]
_NAME_WORD = regex.compile(r"^[\p{Devanagari}\p{M}]+(?:-[\p{Devanagari}\p{M}]+)*\.?$")  # अल-मौलम
_MAX_NAME_WORDS = 4
_LIST_BREAK = regex.compile(r"[,;:|।]")  # between a title and the next word: a list or clause goes on, no name


@dataclass(slots=True)
class Hit:
    kind: HitKind
    start: int  # word index
    end: int  # word index, exclusive
    known: Known | None = None
    role: Role | None = None
    rank_sector: str | None = None
    titles: list[Hit] = field(default_factory=list)  # for names: the role/honorific hits before them
    needs_cue: bool = False  # a name of a word no list holds: kept only where the text says whose it is


@dataclass(frozen=True, slots=True)
class Cues:
    genitive: frozenset[str]
    postpositions: frozenset[str]
    subject_markers: frozenset[str]
    pronouns: frozenset[str]
    locatives: frozenset[str]
    name_stops: frozenset[str]
    visits: frozenset[str]
    kin: frozenset[str]
    possessives: frozenset[str]
    place_after: frozenset[str]  # after a word that may be a town: it is one (बिजनौर में)
    demonstratives: frozenset[str]  # इस, उस: before a word, they make it a common noun (इस नगरी में)
    indefinites: frozenset[str]  # before an institution word: some other one (एक अदालत)
    home_country: str
    office_nouns: frozenset[str]  # after a role: the office itself (प्रधानमंत्री पद)
    stations: frozenset[str] = frozenset()  # after a town's name: its police station (बखिरा थाना)
    agent_markers: frozenset[str] = frozenset()  # after a body: it acts (X ने, X द्वारा)
    conjunctions: frozenset[str] = frozenset()  # join two names or bodies (X और Y)


def name_runs(words: list[Word]) -> list[tuple[int, int]]:
    """The parts of a recognised name left when the words that are no name (a verb, an adverb, a
    common noun: "विश्लेषक X", "X कहते", "X और Y") or hold a digit are cut out, as ranges of ``words``; none when the
    span holds only such words. A piece split off a longer word ("मेनका": "मेन" + "का") is no word of
    its own and is never cut."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, word in enumerate(words):
        glued = (i > 0 and words[i - 1].end == word.start) or (i + 1 < len(words) and words[i + 1].start == word.end)
        if glued or not no_name_word(word.text, word.key):
            start = i if start is None else start
        elif start is not None:
            runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, len(words)))
    return runs


@cache
def cues() -> Cues:
    data = load("actors/cues")

    def keys(name: str) -> frozenset[str]:
        return frozenset(loose_key(w) for w in data[name])

    return Cues(keys("genitive"), keys("postpositions"), keys("subject_markers"), keys("pronouns"),
                keys("locatives"), keys("name_stops"), keys("visits"), keys("kin"), keys("possessives"),
                keys("place_after"), keys("demonstratives"), keys("indefinites"), data["home_country"],
                keys("office_nouns"), keys("stations"), keys("agent_markers"),
                keys("conjunctions"))


def scan(text: str, words: list[Word], gaz: Gazetteer, book: TitleBook) -> list[Hit]:
    keys = [w.key for w in words]
    cue = cues()
    hits: list[Hit] = []
    i = 0
    while i < len(words):
        role = book.match_role(keys, i)
        known = gaz.longest_match(keys, i)
        honorific = None if _closes_a_name(words, i, hits, book, cue) else book.honorific_at(keys, i)
        candidates: list[Hit] = []
        if role:
            candidates.append(Hit("role", i, role.end, role=role))
        if known:
            candidates.append(Hit("known", i, i + known[1], known=known[0]))
        if honorific:
            candidates.append(Hit("honorific", i, i + honorific[0], rank_sector=honorific[1]))
        if not candidates:
            if keys[i] in cue.pronouns:
                hits.append(Hit("pronoun", i, i + 1))
            i += 1
            continue
        best = max(candidates, key=lambda h: h.end - h.start)
        hits.append(best)
        i = best.end
        if (best.kind == "role" and best.role and not best.role.is_ministry) or best.kind == "honorific":
            name = None if _parted(text, words, best, cue) else _name_after(words, i, gaz, book, cue)
            if name:
                titles = _titles_before(hits)
                hits.append(Hit("name", i, name, titles=titles))
                i = name
    return hits


def _parted(text: str, words: list[Word], title: Hit, cue: Cues) -> bool:
    """A sentence end, or a comma or another break, stands between the title and the word after it
    ("डीएसपी, ड्रग इंस्पेक्टर"): that word names no holder of the title. A comma after the title of
    a body's head is an apposition ("रेड क्रॉस के प्रमुख, जैन गैलफैंड ने")."""
    at = title.end
    if at >= len(words):
        return False
    if words[at].sentence != words[at - 1].sentence:
        return True
    gap = text[words[at - 1].end : words[at].start]
    owned = title.start > 0 and words[title.start - 1].key in cue.genitive
    return bool(_LIST_BREAK.search(gap)) and not (owned and gap.strip() == ",")


def _closes_a_name(words: list[Word], at: int, hits: list[Hit], book: TitleBook, cue: Cues) -> bool:
    """Word ``at`` is an honorific that is a family name too, right after a word of the same phrase
    that no hit reads and that may be a name word ("सुब्रमण्यम स्वामी"): it ends that name."""
    if at == 0 or words[at].key not in book.family_honorifics or not words[at].spaced:
        return False
    before = words[at - 1]
    return (before.sentence == words[at].sentence and not any(h.end > at - 1 for h in hits[-1:])
            and _may_be_name_word(before, cue) and not book.honorific_at([before.key], 0)
            and _ends_its_phrase(words, at, cue))


def _ends_its_phrase(words: list[Word], at: int, cue: Cues) -> bool:
    """No name word follows word ``at`` in its sentence: a family honorific there closes the name
    ("सुब्रमण्यम स्वामी ने"); before a name word it opens the next one ("संत स्वामी विवेकानंद")."""
    after = at + 1
    if after >= len(words) or words[after].sentence != words[at].sentence:
        return True
    return not _may_be_name_word(words[after], cue)


def _may_be_name_word(word: Word, cue: Cues) -> bool:
    stops = (cue.name_stops, cue.postpositions, cue.pronouns, not_names())
    return bool(_NAME_WORD.match(word.text)) and not any(word.key in words for words in stops)


def _split_off_a_name_word(words: list[Word], at: int, cue: Cues) -> bool:
    """Word ``at`` is a piece that the word split took off the name word before it, as a glued
    postposition, while another name word follows ("डीके तिवारी": "डी" + "के", then "तिवारी")."""
    after = at + 1
    return (words[at - 1].end == words[at].start and after < len(words) and words[after].start > words[at].end
            and words[after].sentence == words[at].sentence and _may_be_name_word(words[after], cue))


def _titles_before(hits: list[Hit]) -> list[Hit]:
    """The run of role/honorific hits that ends right where a name starts."""
    run: list[Hit] = []
    for hit in reversed(hits):
        if hit.kind not in ("role", "honorific") or (run and hit.end != run[0].start):
            break
        run.insert(0, hit)
    return run


def _name_after(words: list[Word], at: int, gaz: Gazetteer, book: TitleBook, cue: Cues) -> int | None:
    """The end of the person name that starts at word ``at`` (skipping honorifics), or None."""
    keys = [w.key for w in words]
    i = at
    while i < len(words):
        honorific = book.honorific_at(keys, i)
        if not honorific:
            break
        i += honorific[0]
    if i != at:
        return None  # an honorific after a role: the name is read after that honorific's own hit
    end = i
    while end < len(words) and end - i < _MAX_NAME_WORDS:
        word = words[end]
        if end > i and words[end - 1].sentence != word.sentence:
            break
        if end > i and not word.spaced:
            break
        if end > i and _split_off_a_name_word(words, end, cue):
            end += 1
            continue
        if not _NAME_WORD.match(word.text) or word.key in cue.name_stops or word.key in cue.postpositions:
            break
        if word.key in not_names():
            break
        if word.key in cue.pronouns or gaz.longest_match(keys, end) or book.match_role(keys, end):
            break
        if book.honorific_at(keys, end):
            if end > i and word.key in book.family_honorifics and _ends_its_phrase(words, end, cue):
                end += 1  # "मंत्री सुब्रमण्यम स्वामी ने": a family name, the name's last word
            break
        end += 1
    return end if end > i else None

