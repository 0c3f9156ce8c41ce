"""The tense of the clause that holds a time expression, from the verb group that follows it.

Hindi is verb-final: the verb of the clause comes after the time expression, before the next
clause break (a conjunction or sentence punctuation from ``time/tense.yaml``). Future beats past
beats present ("आयोजित किए जाने वाले" is future; "दिया है" is past).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from ghatna.text.normalise import fold
from ghatna.time.lexicon import key, lexicon
from ghatna.time.readings import Tense

_WORD = regex.compile(r"[\p{L}\p{M}]+|[\N{DEVANAGARI DANDA}?!;]")
_STOPS = frozenset("\N{DEVANAGARI DANDA}?!;")
#: How far after an expression or a clause start its verb group is looked for (a clause is short).
_CLAUSE_REACH = 300
#: How far (in characters) to look for a verb: a clause is short; a 1 MB "sentence" must stay linear.
_WINDOW = 600


@dataclass(frozen=True, slots=True)
class _Cues:
    future: frozenset[str]
    endings: tuple[str, ...]
    phrases: frozenset[tuple[str, ...]]
    past: frozenset[str]
    present: frozenset[str]
    perfect: frozenset[str]
    present_perfect: frozenset[str]
    adverbial_endings: tuple[str, ...]
    adverbial_auxiliaries: frozenset[str]
    reference: frozenset[str]
    relative: frozenset[str]
    continuations: frozenset[str]
    breaks: frozenset[str]


@cache
def _cues() -> _Cues:
    lex = lexicon()

    def keys(name: str) -> frozenset[str]:
        return frozenset(key(w) for w in lex.forms(name))

    return _Cues(
        future=keys("future_words"),
        endings=tuple(key(e) for e in lex.forms("future_endings")),
        phrases=frozenset(tuple(key(p).split()) for p in lex.forms("future_phrases")),
        past=keys("past_words"),
        present=keys("present_words"),
        perfect=keys("perfect_auxiliaries"),
        present_perfect=keys("present_perfect_auxiliaries"),
        adverbial_endings=tuple(key(e) for e in lex.forms("adverbial_participle_endings")),
        adverbial_auxiliaries=keys("adverbial_participle_auxiliaries"),
        reference=keys("reference_words"),
        relative=keys("relative_words"),
        continuations=keys("continuation_words"),
        breaks=keys("clause_breaks"),
    )


def words_after(text: str, offset: int) -> list[str]:
    """The words of the clause that goes on from ``offset`` of the (unfolded) text."""
    return clause_words(fold(text[offset : offset + _CLAUSE_REACH]).key)


def clause_words(folded_after: str) -> list[str]:
    """The words from here to the end of the clause (the next break word or sentence mark),
    without adverbial participles ("देखते हुए"), which are no verb group of the clause."""
    cues = _cues()
    words: list[str] = []
    for hit in _WORD.finditer(folded_after, 0, _WINDOW):
        word = hit.group()
        if word in _STOPS or (word in cues.breaks and words):
            break
        if (
            word in cues.adverbial_auxiliaries
            and words
            and words[-1].endswith(cues.adverbial_endings)
            and not _verb_group_goes_on(folded_after, hit.end(), cues)
        ):
            words.pop()
            continue
        words.append(word)
    return words


def _verb_group_goes_on(folded: str, end: int, cues: _Cues) -> bool:
    """After "…ते/ती हुए" the clause ends or an auxiliary follows ("भर्ती हुए थे", "हुई हैं"): the
    words are the clause's verb group, not an adverbial participle ("देखते हुए …")."""
    following = _WORD.search(folded, end, _WINDOW)
    if following is None:
        return True
    word = following.group()
    return word in _STOPS or word in cues.perfect or word in cues.present_perfect


def tense_of(words: list[str]) -> Tense:
    """The tense of the first verb cue; a cue that a future form follows ("किए जाने वाले",
    "हो जायेगा") is future."""
    cues = _cues()
    for i, word in enumerate(words):
        if _future_at(words, i, cues):
            return "future"
        found = _word_tense(word)
        if found in ("past", "present"):
            if i + 1 < len(words) and _future_at(words, i + 1, cues):
                return "future"
            return found
    return "unknown"


@cache
def _word_tense(word: str) -> Tense:
    cues = _cues()
    if word in cues.future or (len(word) > 3 and word.endswith(cues.endings)):
        return "future"
    if word in cues.past:
        return "past"
    return "present" if word in cues.present else "unknown"


def _future_at(words: list[str], i: int, cues: _Cues) -> bool:
    if _word_tense(words[i]) == "future":
        return True
    return i + 1 < len(words) and (words[i], words[i + 1]) in cues.phrases


def is_past_perfect(words: list[str]) -> bool:
    """The clause's verb group is a perfective participle with a past auxiliary ("हुआ था")."""
    return _perfect_with(words, _cues().perfect)


def _perfect_with(words: list[str], auxiliaries: frozenset[str]) -> bool:
    """The first perfective participle is followed by one of ``auxiliaries``."""
    rest = _after_participle(words)
    return rest[0] in auxiliaries if rest else False


def _after_participle(words: list[str]) -> list[str] | None:
    """The words after the clause's first perfective participle and any that chain after it
    ("कहा गया", "लगा दी गई"); None when a future cue or no participle comes first."""
    cues = _cues()
    for i, word in enumerate(words):
        if _word_tense(word) == "future":
            return None
        if word in cues.past and word not in cues.perfect:
            rest = words[i + 1 :]
            while rest and rest[0] in cues.past and rest[0] not in cues.perfect:
                rest = rest[1:]
            return rest
    return None


def is_noun_modifier(words: list[str]) -> bool:
    """The clause's first perfective participle is followed by a word that is no verb cue, a noun
    ("… में हुए हमले में", "… को गिरफ्तार किए गए आरोपी"): the expression dates that noun, not the
    clause."""
    rest = _after_participle(words)
    if not rest:
        return False
    cues = _cues()
    return _word_tense(rest[0]) == "unknown" and rest[0] not in cues.relative | cues.continuations


def is_reference_point(words: list[str]) -> bool:
    """A reference word comes before the clause's first verb cue: the expression is the point
    something else is counted from ("मंगलवार को घोषणा के बाद"), not the time of the clause."""
    cues = _cues()
    for i, word in enumerate(words):
        if word in cues.reference:
            return True
        if _word_tense(word) != "unknown" or _future_at(words, i, cues):
            return False
    return False


def is_present_time(words: list[str]) -> bool:
    """The expression is the time of a present-tense clause: its own verb is present, and nothing
    before that verb makes the expression a reference point ("X में … के बाद से … है") or opens an
    embedded clause ("X में वह गांव जो अब … है, …")."""
    cues = _cues()
    for i, word in enumerate(words):
        if word in cues.reference or word in cues.relative:
            return False
        if _word_tense(word) != "unknown" or _future_at(words, i, cues):
            return tense_of(words[i:]) == "present"
    return False


def clause_tense(folded_after: str, folded_sentence: str) -> Tense:
    """The tense of the clause that continues with ``folded_after``, else of its whole sentence."""
    found = tense_of(clause_words(folded_after))
    return found if found != "unknown" else tense_of(_WORD.findall(folded_sentence))
