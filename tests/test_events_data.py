"""The event coder's data files: every one loads, and the validators reject bad entries."""

from __future__ import annotations

from typing import Any

import pytest

from ghatna.errors import LanguageDataError
from ghatna.events.lexicon import lexicon
from ghatna.lang import data_names, load
from ghatna.lang.ontology import ontology
from ghatna.lang.schemas import SCHEMAS

EVENT_FILES = [n for n in data_names() if n.startswith("events/")]


@pytest.mark.parametrize("name", EVENT_FILES)
def test_every_event_file_loads(name: str) -> None:
    assert load(name)


def test_all_sixteen_plover_types_are_covered() -> None:
    types = {p.type for p in lexicon().predicates}
    assert types == set(ontology().types)
    assert len(types) == 16


def test_entries_agree_with_the_ontology() -> None:
    onto = ontology()
    for p in lexicon().predicates:
        assert onto.cameo[p.cameo] != "dropped"
        assert p.mode is None or p.mode in onto.types[p.type]
        assert set(p.context) <= onto.contexts


def _entry(**over: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {"cue": "मुलाकात", "light": "kar", "type": "CONSULT", "cameo": "040", "frame": "meet"}
    entry.update(over)
    return entry


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (_entry(type="MEET"), "not a PLOVER type"),
        (_entry(mode="visit-ish"), "not a mode"),
        (_entry(cameo="019"), "CAMEO"),
        (_entry(cameo=40), "CAMEO"),
        (_entry(context=["diplomacy"]), "not a PLOVER context"),
        (_entry(frame="nowhere"), "unknown frame"),
        (_entry(light="zzz"), "light-verb class"),
        (_entry(colour="red"), "unknown keys"),
        (_entry(cue="मुलाकात, भेंट"), "glued"),
        (_entry(cue="मुलाक़ात", forms=["मुलाकात"]), "same matching key"),
    ],
)
def test_predicate_validator_rejects(entry: dict[str, Any], message: str) -> None:
    with pytest.raises(LanguageDataError, match=message):
        SCHEMAS["events/predicates"]("test", {"predicates": [entry]})


def test_duplicate_entries_across_the_file_are_rejected() -> None:
    with pytest.raises(LanguageDataError, match="already an entry"):
        SCHEMAS["events/predicates"]("test", {"predicates": [_entry(), _entry(weight=0.5)]})


def test_country_codes_are_checked() -> None:
    with pytest.raises(LanguageDataError, match="alpha-3"):
        SCHEMAS["events/countries"]("test", {"countries": [{"code": "IN", "en": "India", "hi": ["भारत"]}]})


def test_frames_name_the_case_markers_the_coder_uses_by_role() -> None:
    frames = load("events/frames")
    with pytest.raises(LanguageDataError, match="missing keys \\['case_markers'\\]"):
        SCHEMAS["events/frames"]("test", {"frames": frames["frames"]})
    with pytest.raises(LanguageDataError, match="missing keys \\['ablative', 'dative'\\]"):
        SCHEMAS["events/frames"]("test", {**frames, "case_markers": {"ergative": "ने"}})
    lex = lexicon()
    assert lex.ergative in lex.frames["warn"].actor and lex.dative in lex.frames["warn"].recipient
    assert lex.ablative in lex.frames["request"].recipient


def test_not_heads_and_home_government_are_checked_single_words() -> None:
    clauses, actors = load("events/clauses"), load("events/actors")
    with pytest.raises(LanguageDataError, match="missing keys \\['not_heads'\\]"):
        SCHEMAS["events/clauses"]("test", {k: v for k, v in clauses.items() if k != "not_heads"})
    with pytest.raises(LanguageDataError, match="looks glued"):
        SCHEMAS["events/clauses"]("test", {**clauses, "not_heads": ["घोषित कर"]})
    with pytest.raises(LanguageDataError, match="looks glued"):
        SCHEMAS["events/actors"]("test", {**actors, "home_government": ["केंद्र सरकार"]})
    with pytest.raises(LanguageDataError, match="unknown keys"):
        SCHEMAS["events/actors"]("test", {**actors, "home_governments": ["केंद्र"]})
