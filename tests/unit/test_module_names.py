"""No module binds the same top-level name twice.

The rule modules (``textsafety/contact/``, ``chat.py`` and their lexicons) hold hundreds of
module-level word sets and patterns, written by several people in parallel. A second
``_PERSONAL = ...`` further down silently replaces the first for every rule above it that
reads it at call time; ruff and mypy accept it. This check found such a clash once (the
payments and channels rules of the contact detector, then one module), so it runs over the
whole package.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import trustdesk

PACKAGE = Path(trustdesk.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))


def top_level_names(source: str) -> Counter[str]:
    """How many times each name is bound at the top level of a module's source: by
    assignment, annotated assignment, ``def`` or ``class`` (imports are ruff's business)."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
    return names


def test_the_check_sees_a_name_bound_twice() -> None:
    source = "_PERSONAL = {'my'}\ndef rule(): return _PERSONAL\n_PERSONAL: set[str] = {'su'}\n"
    assert top_level_names(source) == Counter({"_PERSONAL": 2, "rule": 1})


@pytest.mark.parametrize("module", MODULES, ids=lambda path: str(path.relative_to(PACKAGE)))
def test_no_top_level_name_is_bound_twice(module: Path) -> None:
    names = top_level_names(module.read_text(encoding="utf-8"))
    assert [name for name, count in names.items() if count > 1] == []
