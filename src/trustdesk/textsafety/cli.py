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

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

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


class LineError(ValueError):
    """A line that cannot be scanned; the message names the field and the problem."""


@scan_app.command("contact")
def contact_command(
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
    """Find contact details and off-platform moves; decide allow, nudge or block per message."""
    output = sys.stdout
    if input_file is not None:
        with input_file.open(encoding="utf-8") as lines:
            bad = _scan_lines(lines, output)
    else:
        bad = _scan_lines(sys.stdin, output)
    output.flush()
    if bad:
        raise typer.Exit(1)


def _scan_lines(lines: Iterable[str], output: TextIO) -> int:
    bad = 0
    batch: list[str] = []
    for result in scan_contact_lines(lines):
        if "error" in result:
            bad += 1
        batch.append(json.dumps(result, ensure_ascii=False))
        if len(batch) >= 1000:
            output.write("\n".join(batch) + "\n")
            batch.clear()
    if batch:
        output.write("\n".join(batch) + "\n")
    return bad


def scan_contact_lines(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """One output object per non-blank input line, in order (errors included)."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        identifier: Any = None
        try:
            record = _parse(line, number)
            identifier = record.get("id")
            yield scan_contact_record(record, number)
        except LineError as error:
            yield {"id": identifier, "error": str(error)}


def _parse(line: str, number: int) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise LineError(
            f"line {number}: not valid JSON ({error.msg} at column {error.colno})"
        ) from error
    if not isinstance(record, dict):
        raise LineError(f"line {number}: expected a JSON object, got {type(record).__name__}")
    return record


def scan_contact_record(record: dict[str, Any], number: int = 1) -> dict[str, Any]:
    """Scan one input object; raise ``LineError`` naming the field when it is malformed."""
    if "id" not in record:
        raise LineError(f"line {number}: field 'id' is missing")
    text = record.get("text")
    if not isinstance(text, str):
        problem = "is missing" if "text" not in record else "must be a string"
        raise LineError(f"line {number}: field 'text' {problem}")
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
def feedback_command(
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
    """Tell whether a client's feedback comment references behaviour a crisis causes."""
    with (
        input_file.open(encoding="utf-8") if input_file is not None else nullcontext(sys.stdin)
    ) as lines:
        bad = 0
        for result in scan_feedback_lines(lines):
            bad += "error" in result
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    if bad:
        raise typer.Exit(1)


def scan_feedback_lines(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """``{"id", "crisis_related", "score"}`` per non-blank line, in order (errors included)."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        identifier: Any = None
        try:
            record = _parse(line, number)
            identifier = record.get("id")
            if "id" not in record:
                raise LineError(f"line {number}: field 'id' is missing")
            comment = record.get("comment")
            if not isinstance(comment, str):
                problem = "is missing" if "comment" not in record else "must be a string"
                raise LineError(f"line {number}: field 'comment' {problem}")
        except LineError as error:
            yield {"id": identifier, "error": str(error)}
            continue
        assessment = assess_feedback(comment)
        yield {
            "id": identifier,
            "crisis_related": assessment.crisis_related,
            "score": assessment.score,
        }


@scan_app.command("chat")
def chat_command(
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
    """Read user messages: abuse none/venting/abusive (with types) and self-harm level."""
    with (
        input_file.open(encoding="utf-8") if input_file is not None else nullcontext(sys.stdin)
    ) as lines:
        bad = 0
        batch: list[str] = []
        for result in scan_chat_lines(lines):
            bad += "error" in result
            batch.append(json.dumps(result, ensure_ascii=False))
            if len(batch) >= 1000:
                sys.stdout.write("\n".join(batch) + "\n")
                batch.clear()
        if batch:
            sys.stdout.write("\n".join(batch) + "\n")
    sys.stdout.flush()
    if bad:
        raise typer.Exit(1)


def scan_chat_lines(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """``{"id", "abuse", "abuse_types", "self_harm"}`` per non-blank line, in order."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        identifier: Any = None
        try:
            record = _parse(line, number)
            identifier = record.get("id")
            if "id" not in record:
                raise LineError(f"line {number}: field 'id' is missing")
            text = record.get("text")
            if not isinstance(text, str):
                problem = "is missing" if "text" not in record else "must be a string"
                raise LineError(f"line {number}: field 'text' {problem}")
        except LineError as error:
            yield {"id": identifier, "error": str(error)}
            continue
        assessment = assess_chat(text)
        yield {
            "id": identifier,
            "abuse": assessment.abuse,
            "abuse_types": list(assessment.abuse_types),
            "self_harm": assessment.self_harm,
        }
