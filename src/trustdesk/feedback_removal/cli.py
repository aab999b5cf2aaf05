"""``trustdesk decide feedback-removal``: the crisis feedback-removal review over JSON Lines.

Reads one JSON object of facts per line (the ``RemovalFacts`` schema: ``id``, ``event``,
``requester``, ``contract``, ``feedback``, ``prior_crisis_removals``) from standard input
or ``--input FILE`` and writes the decision per line, in order: ``{"id", "outcome",
"scope", "criteria": [{"name", "met", "evidence"}], "policy_version", "reasons",
"alternatives"}``. A line it cannot read gets ``{"id", "error"}`` naming the field; the
others are still decided, and the exit status is 1 at the end.
"""

from __future__ import annotations

from typing import Any

import typer
from pydantic import ValidationError

from trustdesk.feedback_removal.policy import (
    FeedbackRemovalDecision,
    RemovalFacts,
    decide_feedback_removal,
    describe_validation_error,
)
from trustdesk.jsonlines import InputFile, LineError, run

decide_app = typer.Typer(
    help="Run a policy on facts (JSON Lines in, decisions as JSON Lines out).",
    no_args_is_help=True,
)


@decide_app.callback()
def decide_callback() -> None:
    """Run a policy on facts (JSON Lines in, decisions as JSON Lines out)."""


@decide_app.command("feedback-removal")
def feedback_removal_command(input_file: InputFile = None) -> None:
    """Review crisis Feedback Removal Requests: approve, needs_team_lead or decline."""
    run(input_file, decide_record)


def decide_record(record: dict[str, Any], number: int = 1) -> dict[str, Any]:
    """The decision on one object of facts; ``LineError`` naming the field when malformed."""
    try:
        facts = RemovalFacts.model_validate(record)
    except ValidationError as error:
        raise LineError(f"line {number}: {describe_validation_error(error)}") from error
    return decision_json(record["id"], decide_feedback_removal(facts))


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
