"""Triggers, clauses and case-marked phrases of one sentence, from tokens alone.

Hindi marks roles with postpositions after the noun phrase (X ने, Y से, Z में), so a sentence is
read as: find the predicate triggers, label every token (marker, genitive, verb, boundary, word),
cut clauses at boundaries and at coordinators that follow a verb, and collect the phrases each
ending in its marker. A dependency parse, where present, refines this (see ``arguments``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from ghatna.events.lexicon import Lexicon, Phrase, Predicate

_PUNCT = regex.compile(r"^[\p{P}\p{S}]+$")
_STRONG_PUNCT = regex.compile(r"^[,;:()\[\]\N{DEVANAGARI DANDA}|!?]+$")


@dataclass(frozen=True, slots=True)
class Tok:
    index: int  # position in the sentence
    text: str
    key: str
    start: int
    end: int


@dataclass(slots=True)
class Trigger:
    predicate: Predicate
    first: int
    cue_last: int
    last: int  # the light verb when there is one
    clause: int = -1
    learned: bool = False  # found or typed by the learned coder's tagger


@dataclass(slots=True)
class NP:
    first: int
    last: int
    marker: Phrase | str | None  # a postposition, "genitive", "subject" or None
    clause: int
    conjuncts: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class SentenceView:
    toks: list[Tok]
    labels: list[str]
    clause_of: list[int]
    triggers: list[Trigger]
    phrases: list[NP]
    opener_at: int | None = None  # the first conditional opener (अगर, यदि) of the sentence
    _spans: dict[int, tuple[int, int]] = field(default_factory=dict)
    _by_clause: dict[int, list[NP]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for i, clause in enumerate(self.clause_of):
            self._spans[clause] = (self._spans.get(clause, (i, i))[0], i)
        for phrase in self.phrases:
            self._by_clause.setdefault(phrase.clause, []).append(phrase)

    def clause_toks(self, clause: int) -> list[Tok]:
        """The tokens of one clause (clauses are contiguous runs of tokens)."""
        first, last = self._spans.get(clause, (0, -1))
        return self.toks[first : last + 1]

    def clause_phrases(self, clause: int) -> list[NP]:
        return self._by_clause.get(clause, [])

    def text(self, first: int, last: int) -> str:
        return " ".join(t.text for t in self.toks[first : last + 1])

    def keys(self, first: int, last: int) -> tuple[str, ...]:
        return tuple(t.key for t in self.toks[first : last + 1])


def find_triggers(toks: list[Tok], lex: Lexicon) -> list[Trigger]:
    keys = [t.key for t in toks]
    found: list[Trigger] = []
    i = 0
    while i < len(toks):
        match = _match_at(keys, i, lex)
        if match is None:
            i += 1
            continue
        if not match.predicate.blocks:
            found.append(match)
        i = (match.last if match.predicate.blocks else match.cue_last) + 1
    return found


def _match_at(keys: list[str], i: int, lex: Lexicon) -> Trigger | None:
    """The trigger at position ``i``, or a blocker (a noun + light verb or compound decided "not an
    event": दिल का दौरा पड़ा, प्रेस वार्ता), which wins over any trigger starting there."""
    blocked = _first_match(keys, i, lex, lex.blockers.get(keys[i], ()))
    return blocked or _first_match(keys, i, lex, lex.by_first.get(keys[i], ()))


def _first_match(keys: list[str], i: int, lex: Lexicon, predicates: Sequence[Predicate]) -> Trigger | None:
    for predicate in predicates:
        n = len(predicate.phrase)
        if tuple(keys[i : i + n]) != predicate.phrase:
            continue
        if predicate.after_infinitive and not _after_infinitive(keys, i, lex):
            continue
        if predicate.light is None:
            return Trigger(predicate, i, i + n - 1, i + n - 1)
        for j in range(i + n, min(i + n + 3, len(keys))):
            if _genitive_here(keys, j, lex):
                break  # मदद की अपील की: the noun modifies the next one; the light verb is not its own
            if keys[j] in predicate.light:
                return Trigger(predicate, i, i + n - 1, j)
            if _PUNCT.match(keys[j]) or keys[j] in lex.boundaries:
                break
    return None


def _after_infinitive(keys: list[str], i: int, lex: Lexicon) -> bool:
    """Whether the word before position ``i`` is an oblique infinitive (लौटने को कहा)."""
    if i == 0:
        return False
    return lex.is_infinitive(keys[i - 1])


def _genitive_here(keys: list[str], j: int, lex: Lexicon) -> bool:
    """का/के/की followed by a plain word is a genitive (सहयोग की बुनियाद), not a light verb."""
    if keys[j] not in lex.genitives or j + 1 >= len(keys):
        return False
    nxt = keys[j + 1]
    verbal = lex.light_forms | lex.verb_ends | lex.passive | lex.coordinators | lex.boundaries | lex.negation
    return not (_PUNCT.match(nxt) or nxt in verbal or nxt in lex.np_stop)


def analyse(
    toks: list[Tok],
    lex: Lexicon,
    time_spans: Sequence[tuple[int, int]] = (),
    triggers: list[Trigger] | None = None,
) -> SentenceView:
    """Read one sentence; tokens inside ``time_spans`` (the time stage's expressions) are
    labelled as time so that a date never joins a noun phrase. ``triggers`` (ordered, without
    overlaps) replace the dictionary's when given (the learned coder's)."""
    if triggers is None:
        triggers = find_triggers(toks, lex)
    labels = _label(toks, triggers, lex)
    _list_commas(toks, labels)
    spans = sorted(time_spans)
    k = 0
    for tok in toks:
        while k < len(spans) and spans[k][1] <= tok.start:
            k += 1
        if labels[tok.index] == "W" and any(s <= tok.start and tok.end <= e for s, e in spans[k : k + 3]):
            labels[tok.index] = "X"
    clause_of = _clauses(toks, labels, lex)
    for trigger in triggers:
        trigger.clause = clause_of[trigger.first]
    keys = [t.key for t in toks]
    firsts = {opener[0] for opener in lex.conditional_openers}
    opener_at = next(
        (
            i
            for i, key in enumerate(keys)
            if key in firsts and any(tuple(keys[i : i + len(o)]) == o for o in lex.conditional_openers)
        ),
        None,
    )
    return SentenceView(toks, labels, clause_of, triggers, _phrases(toks, labels, clause_of, lex), opener_at)


def _label(toks: list[Tok], triggers: list[Trigger], lex: Lexicon) -> list[str]:
    keys = [t.key for t in toks]
    marker_firsts = {m[0] for m in lex.markers}
    labels = ["W"] * len(toks)
    for trigger in triggers:
        for k in range(trigger.first, trigger.cue_last + 1):
            labels[k] = "T"
        if trigger.last > trigger.cue_last:
            labels[trigger.last] = "V"
    i = 0
    while i < len(toks):
        if labels[i] != "W":
            i += 1
            continue
        key = keys[i]
        if _PUNCT.match(toks[i].text):
            labels[i] = "P"
        elif key in lex.boundaries:
            labels[i] = "B"
        elif key in lex.coordinators:
            labels[i] = "C"
        else:
            marker = (
                next((m for m in lex.markers if tuple(keys[i : i + len(m)]) == m), None)
                if key in marker_firsts
                else None
            )
            if marker is not None and len(marker) == 1 and i + 1 < len(keys) and keys[i + 1] in lex.comparatives:
                labels[i] = labels[i + 1] = "S"
                i += 2
                continue
            if marker is not None and all(labels[k] == "W" for k in range(i, i + len(marker))):
                tag = "G" if len(marker) == 1 and key in lex.genitives else "M"
                for k in range(i, i + len(marker)):
                    labels[k] = tag
                i += len(marker)
                continue
            if key in lex.verb_ends or key in lex.light_forms or key in lex.passive:
                labels[i] = "V"
            elif key in lex.np_stop:
                labels[i] = "S"
        i += 1
    return labels


def _list_commas(toks: list[Tok], labels: list[str]) -> None:
    """A comma inside a list of names (अमेरिका, फ्रांस और तुर्की) coordinates like और."""
    for i, tok in enumerate(toks):
        if tok.text != "," or i == 0 or labels[i - 1] != "W":
            continue
        for j in range(i + 1, min(i + 6, len(toks))):
            if labels[j] == "C":
                if j + 1 < len(toks) and labels[j + 1] == "W" and labels[i + 1] == "W":
                    labels[i] = "C"
                break
            if labels[j] not in ("W", "S"):
                break


def _clauses(toks: list[Tok], labels: list[str], lex: Lexicon) -> list[int]:
    clause = 0
    out: list[int] = []
    for i, label in enumerate(labels):
        strong = label == "P" and bool(_STRONG_PUNCT.match(toks[i].text))
        if label == "B" or strong or (label == "C" and i > 0 and labels[i - 1] in ("V", "P")):
            clause += 1
        out.append(clause)
    return out


def _phrases(toks: list[Tok], labels: list[str], clause_of: list[int], lex: Lexicon) -> list[NP]:
    phrases: list[NP] = []
    i, n = 0, len(toks)
    while i < n:
        if labels[i] != "W":
            i += 1
            continue
        first = i
        conj_start = i
        conjuncts: list[tuple[int, int]] = []
        j = i
        while j + 1 < n and clause_of[j + 1] == clause_of[first]:
            nxt = labels[j + 1]
            if nxt in ("W", "S"):
                j += 1
            elif nxt in ("G", "C") and j + 2 < n and labels[j + 2] in ("W", "S"):
                if nxt == "C":
                    conjuncts.append((conj_start, j))
                    conj_start = j + 2
                j += 2
            else:
                break
        conjuncts.append((conj_start, j))
        marker: Phrase | str | None = None
        k = j + 1
        if k < n and labels[k] == "M":
            marker = marker_at(toks, labels, clause_of, k, lex)
        elif k < n and labels[k] == "G" and _next_label(labels, k + 1) == "T":
            marker = "genitive"
        if marker is None and k < n and labels[k] == "T":
            genitive = max((g for g in range(first, j) if labels[g] == "G"), default=None)
            if genitive is not None and genitive > first:
                phrases.append(NP(first, genitive - 1, "genitive", clause_of[first]))
                first = genitive + 1
                conjuncts = []
        phrases.append(NP(first, j, marker, clause_of[first], conjuncts if len(conjuncts) > 1 else []))
        i = j + 1
    phrases = _split_adjacent(phrases, toks, labels)
    _mark_subjects(phrases, labels, lex)
    return phrases


def marker_at(toks: list[Tok], labels: list[str], clause_of: list[int], at: int, lex: Lexicon) -> Phrase | None:
    """The case marker whose run of marker tokens starts at ``at``: the longest known marker the run
    begins with, else the run itself; None where no marker starts there."""
    if at >= len(labels) or labels[at] != "M":
        return None
    end = at
    while end + 1 < len(labels) and labels[end + 1] == "M" and clause_of[end + 1] == clause_of[at]:
        end += 1
    run = tuple(t.key for t in toks[at : end + 1])
    return next((m for m in lex.markers if run[: len(m)] == m), run)


def _next_label(labels: list[str], i: int) -> str | None:
    """The first label from ``i`` on that is not a time expression."""
    while i < len(labels) and labels[i] == "X":
        i += 1
    return labels[i] if i < len(labels) else None


def _split_adjacent(phrases: list[NP], toks: list[Tok], labels: list[str]) -> list[NP]:
    """Two noun phrases side by side with no marker between them (रक्षा मंत्री निर्मला सीतारमण
    कजाकिस्तान के …): the first, a name, is the unmarked subject of the clause. Cut the first
    phrase of a clause before a known country or organisation that follows a plain word."""
    from ghatna.events.actors import scan

    out: list[NP] = []
    seen: set[int] = set()
    for phrase in phrases:
        if phrase.clause in seen or phrase.conjuncts:
            seen.add(phrase.clause)
            out.append(phrase)
            continue
        seen.add(phrase.clause)
        keys = tuple(t.key for t in toks[phrase.first : phrase.last + 1])
        cut = None
        for start, _end, known in scan(keys):
            k = phrase.first + start
            if start >= 2 and known.kind in ("country", "organisation") and labels[k - 1] == "W":
                before = {s for s, _, _ in scan(keys[start - 1 : start])}
                if not before:
                    cut = k
                    break
        if cut is None:
            out.append(phrase)
            continue
        out.append(NP(phrase.first, cut - 1, "subject", phrase.clause))
        out.append(NP(cut, phrase.last, phrase.marker, phrase.clause))
    return out


def _mark_subjects(phrases: list[NP], labels: list[str], lex: Lexicon) -> None:
    """The first unmarked phrase of a clause (not a noun compound before a trigger) is its subject;
    it may follow phrases of place or time (दिल्ली में सरकार …, शनिवार को पुलिस …)."""
    seen: set[int] = set()
    for phrase in phrases:
        if phrase.clause in seen:
            continue
        if phrase.marker in lex.before_subject:
            continue
        seen.add(phrase.clause)
        after = phrase.last + 1
        compound = phrase.first == phrase.last and after < len(labels) and labels[after] == "T"
        if phrase.marker is None and not compound:
            phrase.marker = "subject"
