"""``trustdesk decide feedback-removal``: the crisis feedback-removal review over JSON Lines.

Reads one JSON object of facts per line (the ``RemovalFacts`` schema: ``id``, ``event``,
``requester``, ``contract``, ``feedback``, ``prior_crisis_removals``) from standard input
or ``--input FILE`` and writes the decision per line, in order: ``{"id", "outcome",
"scope", "criteria": [{"name", "met", "evidence"}], "policy_version", "reasons",
"alternatives"}``. A line it cannot read gets ``{"id", "error"}`` naming the field; the
others are still decided, and the exit status is 1 at the end.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from pydantic import ValidationError

from trustdesk.feedback_removal.policy import (
    FeedbackRemovalDecision,
    RemovalFacts,
    decide_feedback_removal,
    describe_validation_error,
)

decide_app = typer.Typer(
    help="Run a policy on facts (JSON Lines in, decisions as JSON Lines out).",
    no_args_is_help=True,
)


@decide_app.callback()
def decide_callback() -> None:
    """Run a policy on facts (JSON Lines in, decisions as JSON Lines out)."""


@decide_app.command("feedback-removal")
def feedback_removal_command(
    input_file: Annotated[
        Path | None,
        typer.Option(
            "--input",
            exists=True,
            dir_okay=False,
            readable=True,
            help="JSON Lines file to read instead of standard input",
        ),
    ] = None,
) -> None:
    """Review crisis Feedback Removal Requests: approve, needs_team_lead or decline."""
    if input_file is not None:
        with input_file.open(encoding="utf-8") as lines:
            bad = _write(decide_lines(lines), sys.stdout)
    else:
        bad = _write(decide_lines(sys.stdin), sys.stdout)
    if bad:
        raise typer.Exit(1)


def _write(results: Iterable[dict[str, Any]], output: TextIO) -> int:
    bad = 0
    for result in results:
        bad += "error" in result
        output.write(json.dumps(result, ensure_ascii=False) + "\n")
    output.flush()
    return bad


def decide_lines(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """One output object per non-blank input line, in order (errors included)."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            message = f"line {number}: not valid JSON ({error.msg} at column {error.colno})"
            yield {"id": None, "error": message}
            continue
        if not isinstance(record, dict):
            message = f"line {number}: expected a JSON object, got {type(record).__name__}"
            yield {"id": None, "error": message}
            continue
        identifier = record.get("id")
        if "id" not in record:
            yield {"id": None, "error": f"line {number}: field 'id' is missing"}
            continue
        try:
            facts = RemovalFacts.model_validate(record)
        except ValidationError as error:
            yield {"id": identifier, "error": f"line {number}: {describe_validation_error(error)}"}
            continue
        yield decision_json(identifier, decide_feedback_removal(facts))


def decision_json(identifier: Any, decision: FeedbackRemovalDecision) -> dict[str, Any]:
    """The decision as the command writes it, keeping the input's ``id``."""
    return {
        "id": identifier,
        "outcome": decision.outcome,
        "scope": decision.scope,
        "criteria": [criterion.model_dump() for criterion in decision.criteria],
        "policy_version": decision.policy_version,
        "reasons": list(decision.reasons),
        "alternatives": list(decision.alternatives),
    }
