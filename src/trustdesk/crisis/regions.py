"""Impacted regions as ISO 3166 codes: read them from what staff type, check them against
the standard (pycountry's copy of ISO 3166-1 and 3166-2), and say which profile locations
they cover.

A country (``PH``) covers every account in it. A subdivision covers accounts whose region is
that subdivision or lies inside it: ``PH-07`` (Central Visayas) covers ``PH-CEB`` (Cebu) and
``PH-BOH`` (Bohol). An account known only by its country is not inside a subdivision.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pycountry

_SEPARATORS = re.compile(r"[\s,;]+")


@dataclass(frozen=True)
class Coverage:
    """What a list of event regions covers: whole countries and subdivision codes."""

    countries: frozenset[str]
    subdivisions: frozenset[str]

    def covers(self, country: str | None, region: str | None) -> bool:
        if country and country.upper() in self.countries:
            return True
        return bool(region) and str(region).upper() in self.subdivisions


def _subdivisions(**where: str) -> Any:
    # pycountry's SubdivisionsDB.get carries no annotations (its other databases do).
    return pycountry.subdivisions.get(**where)  # type: ignore[no-untyped-call]


def normalise(code: str) -> str:
    return code.strip().upper().replace("_", "-")


def region_problem(code: str) -> str | None:
    """Why ``code`` is not an ISO 3166 country or subdivision code, or None."""
    if "-" in code:
        if _subdivisions(code=code) is None:
            return f"{code!r} is not an ISO 3166-2 subdivision code (such as 'PH-CEB')"
        return None
    if len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
        return f"{code!r} is not an ISO 3166-1 country code (such as 'PH')"
    return None


def parse_regions(text: str | Iterable[str]) -> tuple[list[str], list[str]]:
    """The codes in ``text`` (separated by commas or spaces), normalised and without
    repeats, and the problems with those that are not ISO 3166 codes."""
    raw = _SEPARATORS.split(text) if isinstance(text, str) else list(text)
    codes: list[str] = []
    problems: list[str] = []
    for item in raw:
        code = normalise(item)
        if not code or code in codes:
            continue
        problem = region_problem(code)
        if problem:
            problems.append(problem)
        else:
            codes.append(code)
    return codes, problems


def region_name(code: str) -> str:
    """``PH-CEB`` → ``Cebu, Philippines``; the code itself when unknown."""
    if "-" in code:
        subdivision = _subdivisions(code=code)
        country = pycountry.countries.get(alpha_2=code.split("-", 1)[0])
        if subdivision is None:
            return code
        return f"{subdivision.name}, {country.name}" if country else subdivision.name
    country = pycountry.countries.get(alpha_2=code)
    return country.name if country is not None else code


@lru_cache(maxsize=256)
def _descendants(code: str) -> frozenset[str]:
    """``code`` and every subdivision below it in ISO 3166-2's hierarchy."""
    country = code.split("-", 1)[0]
    children: dict[str, list[str]] = {}
    for subdivision in _subdivisions(country_code=country) or ():
        parent = subdivision.parent_code
        if parent:
            # pycountry gives some parents without their country prefix.
            parent = parent if "-" in parent else f"{country}-{parent}"
            children.setdefault(parent, []).append(subdivision.code)
    found = {code}
    pending = [code]
    while pending:
        for child in children.get(pending.pop(), ()):
            if child not in found:
                found.add(child)
                pending.append(child)
    return frozenset(found)


def coverage(regions: Iterable[str]) -> Coverage:
    countries: set[str] = set()
    subdivisions: set[str] = set()
    for region in regions:
        code = normalise(region)
        if "-" in code:
            subdivisions |= _descendants(code)
        else:
            countries.add(code)
    return Coverage(frozenset(countries), frozenset(subdivisions))
