"""The shipped trigger model (``ghatna/models/events/triggers.json.gz``): the tagger's weights, and
the mode and CAMEO code seen most often in the corpus for each type and cue word."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from ghatna.events.learned.perceptron import Perceptron, load
from ghatna.lang.ontology import ontology

OUTSIDE = "O"
MODEL_FILE = "triggers.json.gz"
ARGUMENTS_FILE = "arguments.json.gz"
MODEL_ENVIRONMENT = "GHATNA_EVENT_MODEL"  # another model folder (the learning curve's)


@dataclass(frozen=True, slots=True)
class TriggerModel:
    tagger: Perceptron
    modes: dict[str, dict[str, tuple[str | None, str]]]  # type -> cue key -> (mode, cameo)
    defaults: dict[str, tuple[str | None, str]]  # type -> (mode, cameo)
    outside_margin: float = 0.0  # a type wins over O when its score is at most this much lower
    # under ``both``: the types whose triggers the tagger may add where the dictionary has no
    # predicate, each with the lead over O its every token needs (chosen by cross-validation)
    extra_margins: dict[str, float] = field(default_factory=dict)

    def label(self, features: list[str]) -> str:
        """The token's type, or ``O``."""
        return self.labels([features])[0]

    def labels(self, feature_lists: list[list[str]]) -> list[str]:
        """Each token's type, or ``O``."""
        return [kind for kind, _ in self.labels_and_leads(feature_lists)]

    def labels_and_leads(self, feature_lists: list[list[str]]) -> list[tuple[str, float]]:
        """Each token's type (or ``O``) and the lead of its best type's score over O's."""
        if not feature_lists:
            return []
        scores = self.tagger.score_matrix(feature_lists)
        outside = self.tagger.labels.index(OUTSIDE)
        kinds = [n for n in range(len(self.tagger.labels)) if n != outside]
        best = scores[:, kinds].argmax(axis=1)
        out: list[tuple[str, float]] = []
        for row, pick in zip(scores, best, strict=True):
            kind = kinds[int(pick)]
            lead = float(row[kind] - row[outside])
            out.append((self.tagger.labels[kind] if lead > -self.outside_margin else OUTSIDE, lead))
        return out

    def mode_of(self, kind: str, cue_key: str) -> tuple[str | None, str]:
        return self.modes.get(kind, {}).get(cue_key) or self.defaults.get(kind) or (None, root_cameo(kind))


def root_cameo(kind: str) -> str:
    """The shortest CAMEO code of a PLOVER type (for a type the training data lacked)."""
    return min((code for code, plover in ontology().cameo.items() if plover == kind), key=lambda c: (len(c), c))


def model_dir() -> Path:
    """The shipped model's folder, or the one ``GHATNA_EVENT_MODEL`` names."""
    chosen = os.environ.get(MODEL_ENVIRONMENT)
    return Path(chosen) if chosen else Path(str(resources.files("ghatna").joinpath("models", "events")))


def from_file(path: Path) -> TriggerModel:
    data = load(path)
    modes = {k: {cue: (v[0], v[1]) for cue, v in table.items()} for k, table in data["modes"].items()}
    defaults = {k: (v[0], v[1]) for k, v in data["defaults"].items()}
    extra = {k: float(v) for k, v in data.get("extra_margins", {}).items()}
    return TriggerModel(
        Perceptron.from_json(data["tagger"]), modes, defaults, float(data.get("outside_margin", 0.0)), extra
    )


@cache
def trigger_model() -> TriggerModel:
    return from_file(model_dir() / MODEL_FILE)


@cache
def argument_model() -> Perceptron:
    return Perceptron.from_json(load(model_dir() / ARGUMENTS_FILE))
