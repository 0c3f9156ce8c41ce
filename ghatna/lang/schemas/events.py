"""Schemas of the event coder's data files (ghatna/lang/hi/events/): predicates, frames, light
verbs, modality and clause cues, contexts, and fallback actor knowledge. Types, modes, contexts and
CAMEO codes are checked against the ontology's closed sets."""

from __future__ import annotations

import unicodedata
from typing import Any

from ghatna.errors import LanguageDataError
from ghatna.lang import check_keys, check_terms, register_schema
from ghatna.lang.ontology import ontology
from ghatna.text.normalise import match_key

ROLES = ("actor", "recipient", "place")
SPECIAL_MARKERS = ("subject", "genitive")
_PREDICATE_KEYS = {
    "cue", "forms", "light", "type", "mode", "cameo", "context", "frame", "weight", "requires_marker", "verbal",
    "after_infinitive", "needs_agent",
}


def _check_unique_keys(where: str, terms: list[str], seen: dict[str, str]) -> None:
    """Reject entries that fold to the same matching key as an earlier one."""
    for term in terms:
        key = match_key(term)
        if key in seen:
            raise LanguageDataError(f"{where}: {term!r} duplicates {seen[key]!r} (same matching key)")
        seen[key] = term


@register_schema("events/light_verbs")
def _light_verbs(where: str, data: Any) -> None:
    check_keys(where, data, {"classes", "lemmas", "auxiliaries"}, {"classes"})
    classes = data["classes"]
    check_keys(f"{where}: classes", classes, set(classes))
    for name, forms in classes.items():
        seen: dict[str, str] = {}
        _check_unique_keys(f"{where}: {name}", check_terms(f"{where}: {name}", forms, single_words=True), seen)
    lemmas = data.get("lemmas", {})
    check_keys(f"{where}: lemmas", lemmas, set(lemmas))
    _check_unique_keys(f"{where}: lemmas", check_terms(f"{where}: lemmas", list(lemmas), single_words=True), {})
    for lemma, name in lemmas.items():
        if name is not None and name not in classes:
            raise LanguageDataError(f"{where}: lemmas: {lemma!r} names an unknown class {name!r}")
    for lemma in check_terms(f"{where}: auxiliaries", data.get("auxiliaries", []), single_words=True):
        if lemma not in lemmas:
            raise LanguageDataError(f"{where}: auxiliaries: {lemma!r} is not one of the lemmas")


@register_schema("events/frames")
def _frames(where: str, data: Any) -> None:
    check_keys(where, data, {"frames", "case_markers"}, {"frames", "case_markers"})
    cases = {"ergative", "dative", "ablative"}
    check_keys(f"{where}: case_markers", data["case_markers"], cases, cases)
    check_terms(f"{where}: case_markers", list(data["case_markers"].values()), single_words=True)
    for name, frame in data["frames"].items():
        check_keys(f"{where}: {name}", frame, {*ROLES, "owner", "blames_doer", "both"}, {"actor"})
        for flag in ("owner", "blames_doer"):
            if not isinstance(frame.get(flag, False), bool):
                raise LanguageDataError(f"{where}: {name}.{flag} must be true or false")
        for role in (*ROLES, "both"):
            if role in frame:
                check_terms(f"{where}: {name}.{role}", frame[role])


@register_schema("events/predicates")
def _predicates(where: str, data: Any) -> None:
    from ghatna.lang import load

    check_keys(where, data, {"predicates"}, {"predicates"})
    frames = load("events/frames")["frames"]
    classes = load("events/light_verbs")["classes"]
    seen: dict[str, str] = {}
    for n, entry in enumerate(data["predicates"], 1):
        at = f"{where}: entry {n} ({entry.get('cue') if isinstance(entry, dict) else entry!r})"
        check_keys(at, entry, _PREDICATE_KEYS, {"cue", "type", "cameo", "frame"})
        light = entry.get("light")
        if light is not None and light not in classes:
            raise LanguageDataError(f"{at}: unknown light-verb class {light!r}")
        surface = check_terms(at, [entry["cue"], *entry.get("forms", [])])
        by_light: dict[str, str] = {}
        _check_unique_keys(at, surface, by_light)
        for key, term in by_light.items():
            full = f"{key}+{light}"
            if full in seen:
                raise LanguageDataError(f"{at}: {term!r} is already an entry ({seen[full]!r})")
            seen[full] = term
        _check_event(at, entry, frames)
        for flag in ("verbal", "after_infinitive", "needs_agent"):
            if not isinstance(entry.get(flag, False), bool):
                raise LanguageDataError(f"{at}: {flag} must be true or false")
        marker = entry.get("requires_marker")
        if marker is not None and not isinstance(marker, str):
            raise LanguageDataError(f"{at}: requires_marker must be one marker")


def _check_event(at: str, entry: dict[str, Any], frames: dict[str, Any]) -> None:
    """Type, mode, CAMEO code, contexts, frame and weight of an event entry."""
    onto = ontology()
    kind = entry["type"]
    if kind not in onto.types:
        raise LanguageDataError(f"{at}: {kind!r} is not a PLOVER type; known: {sorted(onto.types)}")
    mode = entry.get("mode")
    if mode is not None and mode not in onto.types[kind]:
        raise LanguageDataError(f"{at}: {mode!r} is not a mode of {kind}; known: {sorted(onto.types[kind])}")
    code = entry["cameo"]
    if not isinstance(code, str) or code not in onto.cameo or onto.cameo[code] == "dropped":
        raise LanguageDataError(f"{at}: {code!r} is not a CAMEO code that PLOVER keeps (quote it)")
    for context in check_terms(f"{at}: context", entry.get("context", [])):
        if context not in onto.contexts:
            raise LanguageDataError(f"{at}: {context!r} is not a PLOVER context")
    if "frame" in entry and entry["frame"] not in frames:
        raise LanguageDataError(f"{at}: unknown frame {entry['frame']!r}")
    weight = entry.get("weight", 0.6)
    if not isinstance(weight, float) or not 0 < weight <= 1:
        raise LanguageDataError(f"{at}: weight must be a number in (0, 1]")


_DECISION_KEYS = {"lemma", "type", "mode", "cameo", "context", "frame", "weight", "coded"}
#: why a frequent predicate is not a PLOVER event (decisions.yaml, ``none``)
NONE_REASONS = frozenset({
    "state", "speech", "motion", "aspect", "mental", "perception", "transfer", "daily", "economy", "health",
    "disaster", "sport", "politics", "media", "arguments", "other",
})  # fmt: skip
_INFLECTION_KEYS = {"vowel_finals", "verb_consonant", "verb_vowel", "noun_finals", "noun_other"}


def _check_endings(where: str, endings: Any) -> None:
    if not isinstance(endings, list) or not all(isinstance(e, str) and e and " " not in e for e in endings):
        raise LanguageDataError(f"{where}: expected a list of endings (non-empty, no spaces)")
    if any(unicodedata.normalize("NFC", e) != e for e in endings) or len(set(endings)) != len(endings):
        raise LanguageDataError(f"{where}: endings must be NFC and unique")


@register_schema("events/decisions")
def _decisions(where: str, data: Any) -> None:
    from ghatna.lang import load

    check_keys(where, data, {"frames", "inflection", "verbs", "light", "nouns", "phrases"}, {"frames", "inflection"})
    onto = ontology()
    frames = load("events/frames")["frames"]
    check_keys(f"{where}: frames", data["frames"], set(onto.types), set(onto.types))
    for kind, frame in data["frames"].items():
        if frame not in frames:
            raise LanguageDataError(f"{where}: frames: {kind} has an unknown frame {frame!r}")
    inflection = data["inflection"]
    check_keys(f"{where}: inflection", inflection, _INFLECTION_KEYS, _INFLECTION_KEYS)
    for key in _INFLECTION_KEYS - {"noun_finals"}:
        _check_endings(f"{where}: inflection.{key}", inflection[key])
    check_keys(f"{where}: inflection.noun_finals", inflection["noun_finals"], set(inflection["noun_finals"]))
    _check_endings(f"{where}: inflection.noun_finals", list(inflection["noun_finals"]))
    for final, endings in inflection["noun_finals"].items():
        _check_endings(f"{where}: inflection.noun_finals.{final}", endings)
    light_lemmas = {match_key(lemma) for lemma in load("events/light_verbs").get("lemmas", {})}
    for section in ("verbs", "light", "nouns", "phrases"):
        part = data.get(section, {})
        at = f"{where}: {section}"
        check_keys(at, part, {"events"} if section == "phrases" else {"events", "none"})
        seen: dict[str, str] = {}
        lemmas: list[str] = []
        for n, entry in enumerate(part.get("events", []), 1):
            check_keys(f"{at} entry {n}", entry, _DECISION_KEYS, {"lemma", "type", "cameo"})
            _check_event(f"{at} entry {n} ({entry['lemma']})", entry, frames)
            if not isinstance(entry.get("coded", True), bool):
                raise LanguageDataError(f"{at} entry {n}: coded must be true or false")
            lemmas.append(entry["lemma"])
        none = part.get("none", {})
        check_keys(f"{at}.none", none, NONE_REASONS)
        for reason, words in none.items():
            lemmas.extend(check_terms(f"{at}.none.{reason}", words))
        _check_unique_keys(at, check_terms(at, lemmas, single_words=section == "verbs"), seen)
        if section == "light":
            for lemma in lemmas:
                words = lemma.split(" ")
                if len(words) < 2 or match_key(words[-1]) not in light_lemmas:
                    raise LanguageDataError(f"{at}: {lemma!r} is not a noun + light verb of light_verbs.yaml")


@register_schema("events/modality")
def _modality(where: str, data: Any) -> None:
    keys = {"negation", "future_words", "future_endings", "hypothetical_words", "subjunctive", "conditional_openers",
            "question_marks", "question_words", "topic_markers", "topic_nouns", "purpose_markers", "purpose_openers",
            "infinitive_endings", "infinitive_lookalikes", "first_person_endings", "infinitive_told",
            "conjunctive_endings"}
    check_keys(where, data, keys, keys)
    for key in keys - {"conditional_openers", "purpose_markers"}:
        check_terms(f"{where}: {key}", data[key], single_words=True)
    check_terms(f"{where}: conditional_openers", data["conditional_openers"])
    check_terms(f"{where}: purpose_markers", data["purpose_markers"])


@register_schema("events/clauses")
def _clauses(where: str, data: Any) -> None:
    keys = {
        "boundaries", "coordinators", "verb_ends", "speech_verbs", "pronouns", "during", "np_stop", "markers",
        "genitives", "passive", "passive_stems", "comparatives", "complementisers", "participles",
        "predicative_markers", "upcoming", "anaphoric", "infinitive_endings", "labelling", "object_pronouns",
        "dative_pronouns", "conjunctive", "before_subject", "reflexives", "relatives", "attackers", "inanimate",
        "happened", "orders", "adjunct_markers", "not_infinitives", "warnings", "threat_cues", "not_heads", "charges",
        "refusals", "claims", "comments", "health_senses", "health_words", "cases", "enabling", "enabling_between",
    }
    check_keys(where, data, keys, keys)
    for key in keys - {"during", "markers", "infinitive_endings", "adjunct_markers", "health_senses", "enabling"}:
        check_terms(f"{where}: {key}", data[key], single_words=True)
    check_terms(f"{where}: during", data["during"])
    check_terms(f"{where}: markers", data["markers"])
    check_terms(f"{where}: adjunct_markers", data["adjunct_markers"])
    check_terms(f"{where}: health_senses", data["health_senses"])
    check_terms(f"{where}: enabling", data["enabling"])
    check_terms(f"{where}: infinitive_endings", data["infinitive_endings"])


@register_schema("events/additive")
def _additive(where: str, data: Any) -> None:
    keys = {"particles", "actor_markers", "recipient_markers", "reporting"}
    check_keys(where, data, keys, keys)
    check_terms(f"{where}: particles", data["particles"], single_words=True)
    check_terms(f"{where}: reporting", data["reporting"], single_words=True)
    check_terms(f"{where}: actor_markers", data["actor_markers"])
    check_terms(f"{where}: recipient_markers", data["recipient_markers"])


@register_schema("events/contexts")
def _contexts(where: str, data: Any) -> None:
    check_keys(where, data, {"contexts"}, {"contexts"})
    known = ontology().contexts
    for context, words in data["contexts"].items():
        if context not in known:
            raise LanguageDataError(f"{where}: {context!r} is not a PLOVER context")
        check_terms(f"{where}: {context}", words)


def _check_code(where: str, code: Any) -> None:
    if not isinstance(code, str) or not (len(code) == 3 and code.isupper()):
        raise LanguageDataError(f"{where}: {code!r} is not an ISO 3166-1 alpha-3 or IGO code")


@register_schema("events/countries")
def _countries(where: str, data: Any) -> None:
    check_keys(where, data, {"countries"}, {"countries"})
    seen: dict[str, str] = {}
    for entry in data["countries"]:
        check_keys(where, entry, {"code", "en", "hi"}, {"code", "en", "hi"})
        _check_code(where, entry["code"])
        _check_unique_keys(where, check_terms(f"{where}: {entry['code']}", entry["hi"]), seen)


@register_schema("events/actors")
def _actors(where: str, data: Any) -> None:
    check_keys(
        where,
        data,
        {"home_default", "dual", "place_heads", "home_government", "demonyms", "places", "organisations", "generic"},
        {"demonyms", "generic"},
    )
    _check_code(where, data.get("home_default", "IND"))
    check_terms(f"{where}: dual", data.get("dual", []))
    check_terms(f"{where}: place_heads", data.get("place_heads", []), single_words=True)
    check_terms(f"{where}: home_government", data.get("home_government", []), single_words=True)
    seen: dict[str, str] = {}
    for entry in data["demonyms"]:
        check_keys(f"{where}: demonyms", entry, {"code", "hi"}, {"code", "hi"})
        _check_code(where, entry["code"])
        _check_unique_keys(f"{where}: demonyms", check_terms(f"{where}: demonyms", entry["hi"]), seen)
    for key in ("places", "organisations"):
        for entry in data.get(key, []):
            check_keys(f"{where}: {key}", entry, {"code", "en", "hi", "sector"}, {"code", "en", "hi"})
            _check_code(where, entry["code"])
            _check_unique_keys(f"{where}: {key}", check_terms(f"{where}: {key}", entry["hi"]), seen)
    for entry in data["generic"]:
        check_keys(f"{where}: generic", entry, {"sector", "en", "hi"}, {"sector", "en", "hi"})
        _check_unique_keys(f"{where}: generic", check_terms(f"{where}: generic", entry["hi"]), seen)
