"""Which strings must a regular expression's every match contain?

The detectors try many rules (regular expressions) on every message or sentence, and most
texts contain none of the words a rule needs. ``required_literals`` reads the parsed pattern
and returns strings one of which every match must contain (or None when it cannot tell), so a
detector can skip the rule after a few substring tests, or one scan for all rules' strings.
"""

from __future__ import annotations

import importlib
from typing import Any, Final

# The standard library's own parser of patterns and its node names (re._parser since
# Python 3.11); read through importlib as typeshed has no stubs for them.
_parser: Final = importlib.import_module("re._parser")
_c: Final = importlib.import_module("re._constants")
_Literals = frozenset[str] | None


def _best(options: list[frozenset[str]]) -> _Literals:
    usable = [option for option in options if option]
    if not usable:
        return None
    return max(usable, key=lambda option: (min(map(len, option)), -len(option)))


def _sequence(items: list[tuple[Any, Any]]) -> _Literals:
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, value in items:
        if op is _c.LITERAL:
            run.append(chr(value))
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        found: _Literals = None
        if op is _c.SUBPATTERN:
            found = _sequence(list(value[-1]))
        elif op is _c.BRANCH:
            found = _branch(value[1])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and value[0] >= 1:
            found = _sequence(list(value[2]))
        if found is not None:
            options.append(found)
    if run:
        options.append(frozenset({"".join(run)}))
    return _best(options)


def _branch(alternatives: list[Any]) -> _Literals:
    union: set[str] = set()
    for alternative in alternatives:
        found = _sequence(list(alternative))
        if found is None:
            return None
        union |= found
    return frozenset(union)


def required_literals(pattern: str, min_length: int = 3) -> tuple[str, ...] | None:
    """Strings one of which any match of ``pattern`` contains, each at least ``min_length``
    characters long (shorter ones would pass almost every text); None if unknown."""
    found = _sequence(list(_parser.parse(pattern)))
    if found is None or min(map(len, found)) < min_length:
        return None
    return tuple(sorted(found, key=len))
