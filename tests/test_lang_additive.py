"""The additive-particle data file is validated against its closed key set."""

from __future__ import annotations

import pytest

from ghatna.lang import LanguageDataError, load
from ghatna.lang.schemas.events import _additive


def test_the_additive_data_loads() -> None:
    assert "भी" in load("events/additive")["particles"]


def test_an_unknown_key_is_refused() -> None:
    data = {"particles": ["भी"], "actor_markers": ["ने"], "recipient_markers": ["को"], "reporting": [], "extra": []}
    with pytest.raises(LanguageDataError):
        _additive("t", data)


def test_a_particle_of_two_words_is_refused() -> None:
    data = {"particles": ["भी तो"], "actor_markers": ["ने"], "recipient_markers": ["को"], "reporting": []}
    with pytest.raises(LanguageDataError):
        _additive("t", data)
