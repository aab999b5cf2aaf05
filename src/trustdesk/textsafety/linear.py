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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class LinearHead:
    """One logistic-regression head over string features, with the threshold it decides at."""

    bias: float
    weights: dict[str, float]
    threshold: float
    # Per function of ``bag_probability``: word -> {each of the word's features: its weight}.
    _word_weights: dict[Callable[[str], Sequence[str]], dict[str, dict[str, float]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def probability(self, features: Sequence[str], norm: float) -> float:
        # map/filter keep the loop in C: unknown features give None and drop out.
        total = sum(filter(None, map(self.weights.get, features)))
        return self._squash(total, norm)

    def _squash(self, total: float, norm: float) -> float:
        score = self.bias + total * norm
        if score < -30.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-score))

    def bag_probability(
        self,
        words: Iterable[str],
        features_of: Callable[[str], Sequence[str]],
        others: Iterable[str],
    ) -> float:
        """``probability`` of the distinct features ``features_of(word)`` for each of ``words``
        and ``others``, scaled by ``feature_norm``; ``features_of`` must always give a word the
        same features, and none of them may be one of ``others``.

        Why: most features are a word's character n-grams, and a weights dictionary of 100,000
        and more entries is read from memory, not cache (0.3 to 1 microsecond a feature on the
        benchmark machine, most of the models' time). Words recur, so each word's weights are
        read once and kept by word, and a line merges its words' small dictionaries: the merge
        drops the n-grams two words share and its length counts the distinct features. The sum
        is the same but for the order of its terms (as for ``probability``, whose order is a
        set's).
        """
        cache = self._word_weights.get(features_of)
        if cache is None:
            cache = self._word_weights[features_of] = {}
        merged: dict[str, float] = {}
        for word in words:
            known = cache.get(word)
            if known is None:
                if len(cache) >= WORD_CACHE_SIZE:
                    cache.clear()  # simpler than least-recently-used, and rare
                features = features_of(word)
                # weights.get(feature, 0.0) for each feature, looped in C by map.
                weights = map(self.weights.get, features, repeat(0.0))
                known = dict(zip(features, weights, strict=True))
                cache[word] = known
            merged.update(known)
        distinct_others = set(others)
        count = len(merged) + len(distinct_others)
        if not count:
            return self._squash(0.0, 0.0)
        total = sum(merged.values()) + sum(filter(None, map(self.weights.get, distinct_others)))
        return self._squash(total, 1.0 / math.sqrt(count))

    def heaviest_words(
        self, words: Iterable[str], features_of: Callable[[str], Sequence[str]], count: int = 3
    ) -> list[str]:
        """Up to ``count`` of ``words`` whose features weigh most toward a yes, heaviest first:
        the evidence a decision names (a word's n-grams that another word shares count for
        both, which is close enough to rank them)."""
        totals = {
            word: sum(self.weights.get(feature, 0.0) for feature in features_of(word))
            for word in dict.fromkeys(words)
        }
        ranked = sorted(totals, key=totals.__getitem__, reverse=True)
        return [word for word in ranked[:count] if totals[word] > 0.0]


# Words whose weights one head keeps: each a dictionary of about 15 features, some 500 bytes,
# so at most about 16 MB a head (the OLID training tweets hold 20,000 distinct words).
WORD_CACHE_SIZE = 32_768


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
