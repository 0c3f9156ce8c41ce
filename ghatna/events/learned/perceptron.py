"""An averaged perceptron over sparse string features: small, fast, deterministic, pure Python."""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

Example = tuple[Sequence[str], str]


class Perceptron:
    """Multiclass averaged perceptron; ``weights[feature][label]``."""

    def __init__(self, labels: Sequence[str], weights: dict[str, dict[str, float]] | None = None) -> None:
        self.labels = list(labels)
        self.weights: dict[str, dict[str, float]] = weights or {}
        self._rows: dict[str, int] | None = None
        self._matrix: NDArray[np.float64] = np.zeros((1, len(self.labels)))

    def score_matrix(self, feature_lists: Sequence[Sequence[str]]) -> NDArray[np.float64]:
        """The scores of many examples at once, one row each, one column per label (in ``labels``
        order): the weights as a matrix, summed over each example's feature rows."""
        if self._rows is None:
            self._rows = {feature: n for n, feature in enumerate(self.weights)}
            column = {label: n for n, label in enumerate(self.labels)}
            self._matrix = np.zeros((len(self._rows) + 1, len(self.labels)))  # the last row stays zero
            for feature, row in self.weights.items():
                for label, weight in row.items():
                    self._matrix[self._rows[feature], column[label]] = weight
        zero = len(self._rows)
        rows: list[int] = []
        offsets: list[int] = []
        for features in feature_lists:
            offsets.append(len(rows))
            rows.append(zero)  # no example sums over an empty run
            rows.extend(self._rows[f] for f in features if f in self._rows)
        if not rows:
            return np.zeros((0, len(self.labels)))
        return np.add.reduceat(self._matrix[rows], offsets, axis=0)

    def scores(self, features: Sequence[str]) -> dict[str, float]:
        totals = dict.fromkeys(self.labels, 0.0)
        for feature in features:
            for label, weight in self.weights.get(feature, {}).items():
                totals[label] += weight
        return totals

    def predict(self, features: Sequence[str]) -> str:
        totals = self.scores(features)
        return max(self.labels, key=lambda label: (totals[label], label))

    def train(self, examples: list[Example], epochs: int, seed: int) -> None:
        """Averaged perceptron training, examples shuffled with ``seed`` each epoch."""
        rng = random.Random(seed)
        order = list(range(len(examples)))
        totals: dict[tuple[str, str], float] = {}
        stamps: dict[tuple[str, str], int] = {}
        step = 0
        for _ in range(epochs):
            rng.shuffle(order)
            for n in order:
                step += 1
                features, gold = examples[n]
                guess = self.predict(features)
                if guess == gold:
                    continue
                for feature in features:
                    for label, delta in ((gold, 1.0), (guess, -1.0)):
                        key = (feature, label)
                        row = self.weights.setdefault(feature, {})
                        totals[key] = totals.get(key, 0.0) + (step - stamps.get(key, 0)) * row.get(label, 0.0)
                        stamps[key] = step
                        row[label] = row.get(label, 0.0) + delta
        averaged: dict[str, dict[str, float]] = {}
        for feature, row in self.weights.items():
            for label, weight in row.items():
                key = (feature, label)
                total = totals.get(key, 0.0) + (step - stamps.get(key, 0)) * weight
                value = round(total / max(step, 1), 4)
                if value:
                    averaged.setdefault(feature, {})[label] = value
        self.weights = averaged

    def to_json(self) -> dict[str, Any]:
        return {"labels": self.labels, "weights": self.weights}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Perceptron:
        return cls(data["labels"], data["weights"])


def save(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` as gzipped JSON without a time stamp, so that a rebuild is byte-identical."""
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    with open(path, "wb") as f, gzip.GzipFile(filename="", fileobj=f, mode="wb", mtime=0) as out:
        out.write(raw)


def load(path: Path) -> dict[str, Any]:
    with gzip.open(path, "rb") as f:
        data: dict[str, Any] = json.loads(f.read().decode("utf-8"))
    return data
