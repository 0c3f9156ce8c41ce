"""The lexicon decisions (``ghatna/lang/hi/events/decisions.yaml``): for each frequent predicate
of Hindi news (a verb lemma, a noun + light verb, an event noun), its PLOVER type, mode and CAMEO
code, or the reason it is not an event. The lexicon survey counts how much of a corpus they
cover; the coder turns the event decisions into triggers and the others into blockers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.lang import load
from ghatna.text.normalise import match_key

KINDS = ("verb", "light", "noun")
_SECTIONS = {"verbs": "verb", "light": "light", "nouns": "noun", "phrases": "phrase"}


@dataclass(frozen=True, slots=True)
class Decision:
    kind: str  # verb, light, noun or phrase (a longer expression from the CAMEO checklist)
    lemma: str  # a verb or noun lemma; for light, "noun lightverb" (गिरफ्तार कर)
    type: str | None  # a PLOVER type, or None: not an event
    mode: str | None = None
    cameo: str | None = None
    context: tuple[str, ...] = ()
    frame: str | None = None
    weight: float = 0.5
    coded: bool = True  # False: an event, but the coder waits for a longer cue (predicates.yaml)
    reason: str | None = None  # why it is not an event


@dataclass(frozen=True, slots=True)
class Inflection:
    vowel_finals: tuple[str, ...]  # the last letters of a verb stem that ends in a vowel (जला, दे)
    verb_consonant: tuple[str, ...]  # endings after a consonant stem (मार → मारा)
    verb_vowel: tuple[str, ...]  # endings after a vowel stem (जला → जलाया)
    noun_finals: dict[str, tuple[str, ...]]  # a final vowel replaced by these endings (हमला → हमले)
    noun_other: tuple[str, ...]  # endings added to any other noun (बैठक → बैठकें)


def decision_key(kind: str, lemma: str) -> tuple[str, str]:
    return kind, match_key(lemma)


@cache
def decisions() -> dict[tuple[str, str], Decision]:
    """Every decision by (kind, folded lemma)."""
    data = load("events/decisions")
    frames: dict[str, str] = data["frames"]
    out: dict[tuple[str, str], Decision] = {}
    for section, kind in _SECTIONS.items():
        part = data.get(section, {})
        for entry in part.get("events", []):
            kind_type = entry["type"]
            decision = Decision(
                kind=kind,
                lemma=entry["lemma"],
                type=kind_type,
                mode=entry.get("mode"),
                cameo=entry["cameo"],
                context=tuple(entry.get("context", [])),
                frame=entry.get("frame", frames[kind_type]),
                weight=float(entry.get("weight", 0.5)),
                coded=bool(entry.get("coded", True)),
            )
            out[decision_key(kind, decision.lemma)] = decision
        for reason, lemmas in part.get("none", {}).items():
            for lemma in lemmas:
                out[decision_key(kind, lemma)] = Decision(kind=kind, lemma=lemma, type=None, reason=reason)
    return out


@cache
def inflection() -> Inflection:
    table = load("events/decisions")["inflection"]
    return Inflection(
        vowel_finals=tuple(table["vowel_finals"]),
        verb_consonant=tuple(table["verb_consonant"]),
        verb_vowel=tuple(table["verb_vowel"]),
        noun_finals={final: tuple(endings) for final, endings in table["noun_finals"].items()},
        noun_other=tuple(table["noun_other"]),
    )


def verb_forms(lemma: str) -> list[str]:
    """The finite and participial forms of a verb from its stem (मार → मारा, मारी, मारे …;
    जला → जलाया, जलाई …), to match running text without a parse."""
    table = inflection()
    endings = table.verb_vowel if lemma.endswith(table.vowel_finals) else table.verb_consonant
    return [lemma, *(lemma + ending for ending in endings)]


def noun_forms(lemma: str) -> list[str]:
    """The noun with its plural and oblique forms (हमला → हमले, हमलों; रैली → रैलियां …)."""
    table = inflection()
    final = next((f for f in table.noun_finals if lemma.endswith(f)), None)
    if final is None:
        return [lemma, *(lemma + ending for ending in table.noun_other)]
    stem = lemma[: -len(final)]
    return [lemma, *(stem + ending for ending in table.noun_finals[final])]


@cache
def _by_form() -> dict[tuple[str, str], Decision]:
    """Decisions by every inflected form of their lemma (the lemmatiser leaves some forms as they
    are: फंसे, बढ़ते), the lemma's own decision first."""
    out: dict[tuple[str, str], Decision] = {}
    for decision in decisions().values():
        if decision.kind == "verb":
            forms = verb_forms(decision.lemma)
        elif decision.kind == "noun":
            forms = noun_forms(decision.lemma)
        else:
            continue
        for form in forms:
            out.setdefault(decision_key(decision.kind, form), decision)
    out.update(decisions())
    return out


def decide(kind: str, lemma: str) -> Decision | None:
    """The decision for a candidate: its own, else (a noun + light verb) its noun's, which holds
    for the noun with any light verb."""
    known = _by_form()
    found = known.get(decision_key(kind, lemma))
    if found is None and kind == "light":
        found = known.get(decision_key("noun", lemma.rsplit(" ", 1)[0]))
    return found
