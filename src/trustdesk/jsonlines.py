"""The JSON Lines contract of the ``scan`` and ``decide`` commands (PRODUCT.md): one JSON
object per line from standard input or ``--input FILE``, one object per non-blank line out,
in order, keeping the input's ``id``. A line that cannot be handled gets ``{"id", "error"}``
naming the field and the problem; the others are still handled, and the exit status is 1."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated, Any

import typer

#: How many output lines are written at once (a write per line dominates fast detectors).
BATCH = 1000

InputFile = Annotated[
    Path | None,
    typer.Option(
        "--input",
        exists=True,
        dir_okay=False,
        readable=True,
        help="JSON Lines file to read instead of standard input",
    ),
]

Handler = Callable[[dict[str, Any], int], dict[str, Any]]


class LineError(ValueError):
    """A line that cannot be handled; the message names the field and the problem."""


def _parse(line: str, number: int) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise LineError(
            f"line {number}: not valid JSON ({error.msg} at column {error.colno})"
        ) from error
    if not isinstance(record, dict):
        raise LineError(f"line {number}: expected a JSON object, got {type(record).__name__}")
    if "id" not in record:
        raise LineError(f"line {number}: field 'id' is missing")
    return record


def text_field(record: dict[str, Any], name: str, number: int) -> str:
    """The string field ``name`` of the record; ``LineError`` when missing or not a string."""
    value = record.get(name)
    if not isinstance(value, str):
        problem = "is missing" if name not in record else "must be a string"
        raise LineError(f"line {number}: field '{name}' {problem}")
    return value


def handle_lines(lines: Iterable[str], handle: Handler) -> Iterator[dict[str, Any]]:
    """``handle(record, line_number)`` per non-blank line, in order; a ``LineError`` becomes
    that line's ``{"id", "error"}``."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        identifier: Any = None
        try:
            record = _parse(line, number)
            identifier = record["id"]
            yield handle(record, number)
        except LineError as error:
            yield {"id": identifier, "error": str(error)}


def run(input_file: Path | None, handle: Handler) -> None:
    """The command's body: read, handle, write; exit 1 when any line had an error."""
    bad = 0
    batch: list[str] = []
    with (
        input_file.open(encoding="utf-8") if input_file is not None else nullcontext(sys.stdin)
    ) as lines:
        for result in handle_lines(lines, handle):
            bad += "error" in result
            batch.append(json.dumps(result, ensure_ascii=False))
            if len(batch) >= BATCH:
                sys.stdout.write("\n".join(batch) + "\n")
                batch.clear()
    if batch:
        sys.stdout.write("\n".join(batch) + "\n")
    sys.stdout.flush()
    if bad:
        raise typer.Exit(1)
