"""Small logistic-regression heads, scored in plain Python.

The learned parts of the text-safety detectors (chat offence and self-harm, crisis feedback)
are trained offline by scripts/train_*.py (scikit-learn) and committed as gzipped JSON: a
bias, a decision threshold and a weight per string feature ("w:word", "b:word pair",
"c:character n-gram", ...). Scoring needs no numpy, so the default install stays light. Rows
are scaled by 1/sqrt(number of distinct features), in training and here.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class LinearHead:
    """One logistic-regression head over string features, with the threshold it decides at."""

    bias: float
    weights: dict[str, float]
    threshold: float

    def probability(self, features: Sequence[str], norm: float) -> float:
        # map/filter keep the loop in C: unknown features give None and drop out.
        total = sum(filter(None, map(self.weights.get, features)))
        score = self.bias + total * norm
        if score < -30.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-score))


def feature_norm(features: Sequence[str]) -> float:
    """The row scale: 1/sqrt(number of distinct features), 0 for no features."""
    return 1.0 / math.sqrt(len(set(features))) if features else 0.0


def read_artefact(path: Path) -> dict[str, Any] | None:
    """A committed model file's JSON, or ``None`` when it is absent (the rules decide alone)."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        return None
    if not isinstance(data, dict):
        raise ValueError(f"{path.name}: a model file holds a JSON object")
    return data


def write_artefact(path: Path, data: dict[str, Any]) -> None:
    """Write a model file: compact JSON with sorted keys, gzipped with no timestamp, so the
    same training gives the same bytes (used by scripts/train_*.py)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(path, "wb", mtime=0) as handle:
        handle.write(json.dumps(data, sort_keys=True, separators=(",", ":")).encode())


def head(data: dict[str, Any]) -> LinearHead:
    """A head from its JSON: ``{"bias", "threshold", "weights": {feature: weight}}``."""
    weights = data["weights"]
    if not isinstance(weights, dict):
        raise ValueError("a model head needs a weights object")
    bias, threshold = data["bias"], data["threshold"]
    if not isinstance(bias, float | int) or not isinstance(threshold, float | int):
        raise ValueError("a model head needs a numeric bias and threshold")
    return LinearHead(float(bias), {str(k): float(v) for k, v in weights.items()}, float(threshold))
