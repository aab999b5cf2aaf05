"""``trustdesk scan …``: the text-safety detectors over JSON Lines, as PRODUCT.md specifies.

``trustdesk scan contact`` reads ``{"id", "text", "stage", "job_category"?}`` per line from
standard input (or ``--input FILE``) and writes ``{"id", "contact", "kinds", "action",
"findings"}`` per line, in order; ``trustdesk scan feedback`` reads ``{"id", "comment"}``
and writes ``{"id", "crisis_related", "score"}``; ``trustdesk scan chat`` reads ``{"id",
"text"}`` and writes ``{"id", "abuse", "abuse_types", "self_harm"}``. A line it cannot
read gets ``{"id", "error"}`` naming the problem; the others are still processed, and the
exit status is 1 at the end.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import typer

from trustdesk.jsonlines import InputFile, LineError, run, text_field
from trustdesk.messaging.policy import Stage, decide_message
from trustdesk.textsafety.chat import assess_chat
from trustdesk.textsafety.contact import detect_contacts, infer_purpose
from trustdesk.textsafety.feedback import assess_feedback

scan_app = typer.Typer(
    help="Scan text with the text-safety detectors (JSON Lines in, JSON Lines out).",
    no_args_is_help=True,
)

_STAGES: tuple[Stage, ...] = ("pre_contract", "active_contract")


@scan_app.callback()
def scan_callback() -> None:
    """Scan text with the text-safety detectors (JSON Lines in, JSON Lines out)."""


@scan_app.command("contact")
def contact_command(input_file: InputFile = None) -> None:
    """Find contact details and off-platform moves; decide allow, nudge or block per message."""
    run(input_file, scan_contact_record)


def scan_contact_record(record: dict[str, Any], number: int = 1) -> dict[str, Any]:
    """Scan one input object; raise ``LineError`` naming the field when it is malformed."""
    text = text_field(record, "text", number)
    stage = record.get("stage")
    if stage not in _STAGES:
        problem = "is missing" if "stage" not in record else f"is {stage!r}"
        raise LineError(
            f"line {number}: field 'stage' {problem}; expected 'pre_contract' or 'active_contract'"
        )
    job_category = record.get("job_category")
    if job_category is not None and not isinstance(job_category, str):
        raise LineError(f"line {number}: field 'job_category' must be a string or null")
    findings = detect_contacts(text, job_category=job_category)
    decision = decide_message(
        findings,
        stage=stage,
        sender_plan=None,
        prior_offences=0,
        job_category=job_category,
        purpose_hint=infer_purpose(text) if findings else None,
    )
    return {
        "id": record["id"],
        "contact": bool(findings),
        "kinds": sorted({finding.kind for finding in findings}),
        "action": decision.outcome,
        "findings": [asdict(f) for f in findings],
    }


@scan_app.command("feedback")
def feedback_command(input_file: InputFile = None) -> None:
    """Tell whether a client's feedback comment references behaviour a crisis causes."""
    run(input_file, scan_feedback_record)


def scan_feedback_record(record: dict[str, Any], number: int = 1) -> dict[str, Any]:
    assessment = assess_feedback(text_field(record, "comment", number))
    return {
        "id": record["id"],
        "crisis_related": assessment.crisis_related,
        "score": assessment.score,
    }


@scan_app.command("chat")
def chat_command(input_file: InputFile = None) -> None:
    """Read user messages: abuse none/venting/abusive (with types) and self-harm level."""
    run(input_file, scan_chat_record)


def scan_chat_record(record: dict[str, Any], number: int = 1) -> dict[str, Any]:
    assessment = assess_chat(text_field(record, "text", number))
    return {
        "id": record["id"],
        "abuse": assessment.abuse,
        "abuse_types": list(assessment.abuse_types),
        "self_harm": assessment.self_harm,
    }
