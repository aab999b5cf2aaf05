"""The message policy on the web: ``POST /api/v1/messages/scan`` for the marketplace (one
message or a batch), the demo message composer that shows the nudge as the sender types,
and the moderation page where a team lead redacts a message's contact details.

Routes parse, authorise, call an action or a query and shape the answer; bad input is a 422
in FastAPI's validation-error shape whose ``loc`` names the field (``["body", "messages", 3,
"stage"]``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Path, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy.orm import Session

from trustdesk import notices
from trustdesk.auth import Caller, SessionDep, api, pages
from trustdesk.decisions import Decision
from trustdesk.errors import error_page, plain_problem
from trustdesk.limits import ID_MAX, NO_NUL_PATTERN
from trustdesk.marketplace.models import Account, Message
from trustdesk.messaging import actions, queries
from trustdesk.messaging.actions import Assessment, MessagingError, ScanOutcome
from trustdesk.messaging.policy import Stage
from trustdesk.staff.models import Scope, StaffUser
from trustdesk.templating import templates
from trustdesk.textsafety.contact import Finding

api_router = APIRouter(prefix="/api/v1")
page_router = APIRouter(include_in_schema=False)

#: The marketplace scans with its token; staff may call it too.
Scanner = Annotated[Caller, Depends(api(scopes=(Scope.MESSAGES_SCAN,)))]
#: The demo composer is for every member of staff.
ComposerUser = Annotated[Caller, Depends(pages())]
#: Moderators: team leads and admins read flagged messages and redact them.
Moderator = Annotated[Caller, Depends(pages(*sorted(actions.MODERATORS)))]

BATCH_MAX = 1_000
TEXT_MAX = 20_000
STAGE_LABELS: dict[Stage, str] = {
    "pre_contract": "Before a contract",
    "active_contract": "During an active contract",
}
#: The composer's fields as its form labels them: the page renders these labels, and its
#: problems name the field by them (the JSON's ``loc`` keeps the field's name).
COMPOSER_LABELS = {
    "stage": "Stage",
    "job_category": "Job category",
    "sender_external_id": "Sender account",
    "text": "Message",
}


# ---------------------------------------------------------------------------------------
# Shapes


class ScanItem(BaseModel):
    """One message to scan; unknown fields are refused so a misspelt one is named."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, Field(max_length=200)] | int | None = Field(
        default=None, description="Echoed back, so a batch's answers can be matched"
    )
    text: str = Field(max_length=TEXT_MAX, pattern=NO_NUL_PATTERN)
    stage: Stage
    job_category: str | None = Field(default=None, max_length=120, pattern=NO_NUL_PATTERN)
    sender_external_id: str | None = Field(
        default=None, min_length=1, max_length=64, pattern=NO_NUL_PATTERN
    )
    message_external_id: str | None = Field(
        default=None, min_length=1, max_length=64, pattern=NO_NUL_PATTERN
    )


class ScanBatch(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    messages: list[ScanItem] = Field(min_length=1, max_length=BATCH_MAX)


class ComposerCheck(BaseModel):
    """What the composer sends on each pause in typing."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(max_length=TEXT_MAX, pattern=NO_NUL_PATTERN)
    stage: Stage
    job_category: str | None = Field(default=None, max_length=120, pattern=NO_NUL_PATTERN)
    sender_external_id: str | None = Field(default=None, max_length=64, pattern=NO_NUL_PATTERN)


SCAN_EXAMPLES: dict[str, Any] = {
    "single": {
        "summary": "One message",
        "value": {
            "id": "m-1",
            "text": "Call me on +44 7911 123456",
            "stage": "pre_contract",
            "sender_external_id": "acc-42",
        },
    },
    "batch": {
        "summary": "A batch (up to 1,000, answered in order)",
        "value": {
            "messages": [
                {"id": 1, "text": "Happy to help!", "stage": "pre_contract"},
                {"id": 2, "text": "pay me via paypal", "stage": "active_contract"},
            ]
        },
    },
}


def _unprocessable(errors: Sequence[Any], prefix: tuple[str | int, ...]) -> RequestValidationError:
    return RequestValidationError(
        [
            {
                "loc": [*prefix, *error["loc"]],
                "msg": error["msg"],
                "type": error["type"],
            }
            for error in errors
        ]
    )


def _field_error(location: tuple[str | int, ...], problem: str) -> RequestValidationError:
    return RequestValidationError([{"loc": list(location), "msg": problem, "type": "value_error"}])


def _parse(model: type[BaseModel], payload: Any) -> Any:
    try:
        return model.model_validate(payload)
    except ValidationError as error:
        raise _unprocessable(error.errors(include_url=False), ("body",)) from None


def _decision_json(decision: Decision) -> dict[str, Any]:
    return {
        "policy": decision.policy,
        "policy_version": decision.policy_version,
        "outcome": decision.outcome,
        "criteria": [criterion.model_dump() for criterion in decision.criteria],
    }


def _assessment_json(assessment: Assessment) -> dict[str, Any]:
    """The CLI's shape (``contact``, ``kinds``, ``action``, ``findings``) and the decision."""
    return {
        "contact": bool(assessment.findings),
        "kinds": assessment.kinds,
        "action": assessment.decision.outcome,
        "findings": [asdict(finding) for finding in assessment.findings],
        "decision": _decision_json(assessment.decision),
        "nudge": assessment.nudge,
    }


def _outcome_json(identifier: str | int | None, outcome: ScanOutcome) -> dict[str, Any]:
    return {
        "id": identifier,
        **_assessment_json(outcome.assessment),
        "strike": outcome.strike.level.value if outcome.strike is not None else None,
        "review_ticket_id": outcome.review_ticket.id if outcome.review_ticket else None,
    }


def segments(text: str, findings: Sequence[Finding]) -> list[dict[str, Any]]:
    """The text cut into plain pieces and found pieces (``kind`` set), for highlighting."""
    pieces: list[dict[str, Any]] = []
    position = 0
    for finding in sorted(findings, key=lambda item: (item.start, -item.end)):
        if finding.start < position:
            continue  # overlapping findings: the first one is highlighted
        if finding.start > position:
            pieces.append({"text": text[position : finding.start], "kind": None})
        pieces.append(
            {
                "text": text[finding.start : finding.end],
                "kind": finding.kind,
                "request": finding.is_request,
            }
        )
        position = finding.end
    if position < len(text):
        pieces.append({"text": text[position:], "kind": None})
    return pieces


# ---------------------------------------------------------------------------------------
# The API


def _scan_one(
    session: Session, item: ScanItem, caller: Caller, location: tuple[str | int, ...]
) -> dict[str, Any]:
    message = None
    if item.message_external_id is not None:
        message = queries.message_by_external_id(session, item.message_external_id)
        if message is None:
            raise _field_error(
                (*location, "message_external_id"), f"no message {item.message_external_id!r}"
            )
    sender = message.sender if message is not None else None
    if item.sender_external_id is not None:
        sender = queries.account_by_external_id(session, item.sender_external_id)
        if sender is None:
            raise _field_error(
                (*location, "sender_external_id"), f"no account {item.sender_external_id!r}"
            )
        if message is not None and message.sender_id != sender.id:
            raise _field_error(
                (*location, "sender_external_id"),
                f"message {item.message_external_id!r} was sent by another account",
            )
    outcome = actions.scan_message(
        session,
        text=item.text,
        stage=item.stage,
        sender=sender,
        job_category=item.job_category,
        message=message,
        actor=caller.actor,
    )
    return _outcome_json(item.id, outcome)


@api_router.post(
    "/messages/scan",
    tags=["messages"],
    summary="Scan messages against the message policy",
    description=(
        "One message (`{text, stage, job_category?, sender_external_id?, "
        "message_external_id?, id?}`) or a batch (`{messages: [...]}`, up to 1,000, answered "
        "in order with their ids). Each answer is the CLI's `{id, contact, kinds, action, "
        "findings}` plus the `decision` (criteria with met and evidence, policy_version), the "
        "`nudge` to show the sender and the `strike` level recorded, if any. A known sender's "
        "nudged or blocked message is a strike; the third in 90 days opens a "
        "restriction-review ticket. For a token with `messages:scan`, or staff."
    ),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "oneOf": [
                            ScanItem.model_json_schema(),
                            {
                                "type": "object",
                                "properties": {
                                    "messages": {
                                        "type": "array",
                                        "minItems": 1,
                                        "maxItems": BATCH_MAX,
                                        "items": ScanItem.model_json_schema(),
                                    }
                                },
                                "required": ["messages"],
                                "additionalProperties": False,
                            },
                        ]
                    },
                    "examples": SCAN_EXAMPLES,
                }
            },
        }
    },
)
def scan_messages(
    session: SessionDep, caller: Scanner, payload: Annotated[Any, Body()] = None
) -> dict[str, Any]:
    if isinstance(payload, dict) and "messages" in payload:
        batch: ScanBatch = _parse(ScanBatch, payload)
        return {
            "results": [
                _scan_one(session, item, caller, ("body", "messages", index))
                for index, item in enumerate(batch.messages)
            ]
        }
    item: ScanItem = _parse(ScanItem, payload)
    return _scan_one(session, item, caller, ("body",))


# ---------------------------------------------------------------------------------------
# The pages


def _staff(caller: Caller) -> StaffUser:
    # Page rules only let logged-in staff through.
    assert caller.staff is not None
    return caller.staff


@page_router.get("/messages/composer", response_class=HTMLResponse)
def composer_page(request: Request, caller: ComposerUser) -> Response:
    return templates.TemplateResponse(
        request,
        "messaging/composer.html",
        {"staff": caller.staff, "stages": STAGE_LABELS, "labels": COMPOSER_LABELS},
    )


def _composer_problem(error: Mapping[str, Any]) -> dict[str, Any]:
    """A composer error for the person typing: ``label`` is the field as the form labels
    it and ``msg`` the problem in plain words; ``loc`` and ``type`` stay as they were."""
    location = list(error.get("loc", ()))
    field = str(location[1]) if len(location) > 1 else ""
    if field == "stage" and error.get("type") == "literal_error":
        problem = f"choose one of: {', '.join(STAGE_LABELS.values())}"
    else:
        problem = plain_problem(error)
    return {
        "loc": location,
        "msg": problem,
        "type": error.get("type", "value_error"),
        "label": COMPOSER_LABELS.get(field, field.replace("_", " ").capitalize()),
    }


@page_router.post("/messages/composer/check")
def composer_check(
    session: SessionDep, _caller: ComposerUser, payload: Annotated[Any, Body()] = None
) -> dict[str, Any]:
    """The composer's live check: a dry run that records nothing. Its 422s name each
    field as the form labels it and say the problem in plain words (``_composer_problem``)."""
    try:
        check = ComposerCheck.model_validate(payload)
    except ValidationError as error:
        raise RequestValidationError(
            [
                _composer_problem({**problem, "loc": ("body", *problem["loc"])})
                for problem in error.errors(include_url=False)
            ]
        ) from None
    sender: Account | None = None
    external_id = (check.sender_external_id or "").strip()
    if external_id:
        sender = queries.account_by_external_id(session, external_id)
        if sender is None:
            raise RequestValidationError(
                [
                    _composer_problem(
                        {
                            "loc": ("body", "sender_external_id"),
                            "msg": f"no account has the external id {external_id!r}",
                            "type": "value_error",
                        }
                    )
                ]
            )
    assessment = actions.assess_message(
        session,
        text=check.text,
        stage=check.stage,
        sender=sender,
        job_category=(check.job_category or "").strip() or None,
    )
    return {
        **_assessment_json(assessment),
        "prior_offences": assessment.prior_offences,
        "sender_plan": assessment.sender_plan,
        "segments": segments(check.text, assessment.findings),
    }


MessageId = Annotated[int, Path(ge=1, le=ID_MAX)]


def _message_or_404(
    request: Request, session: Session, caller: Caller, message_id: int
) -> Message | Response:
    message = queries.get_message(session, message_id)
    if message is None:
        return error_page(
            request, status.HTTP_404_NOT_FOUND, f"message {message_id} does not exist"
        )
    return message


@page_router.get("/messages/{message_id}", response_class=HTMLResponse)
def message_page(
    request: Request, session: SessionDep, caller: Moderator, message_id: MessageId
) -> Response:
    found = _message_or_404(request, session, caller, message_id)
    if not isinstance(found, Message):
        return found
    message = found
    stage: Stage = "pre_contract" if message.pre_contract else "active_contract"
    job_category = queries.job_category_of(session, message)
    # What the policy says of the text as it stands, for this sender, without recording it.
    assessment = actions.assess_message(
        session, text=message.text, stage=stage, sender=message.sender, job_category=job_category
    )
    stored = queries.latest_decision_about(session, message.id)
    return templates.TemplateResponse(
        request,
        "messaging/message.html",
        {
            "staff": caller.staff,
            "message": message,
            "stage_label": STAGE_LABELS[stage],
            "job_category": job_category,
            "assessment": assessment,
            "segments": segments(message.text, assessment.findings),
            "stored": stored.as_decision() if stored is not None else None,
            "stored_at": stored.decided_at if stored is not None else None,
            "strikes": queries.strikes_for_message(session, message.id),
            "redactable": bool(actions.redaction_spans(assessment.findings)),
            "notice": notices.take(request),
        },
    )


@page_router.post("/messages/{message_id}/redact")
def redact_message(
    request: Request, session: SessionDep, caller: Moderator, message_id: MessageId
) -> Response:
    found = _message_or_404(request, session, caller, message_id)
    if not isinstance(found, Message):
        return found
    try:
        removed = actions.redact_message(session, found, actor=_staff(caller))
    except MessagingError as error:  # the rule admits moderators only; kept for safety
        return Response(str(error), status_code=status.HTTP_403_FORBIDDEN)
    if removed:
        notices.flash(request, "message_redacted", count=str(len(removed)))
    else:
        notices.flash(request, "nothing_to_redact")
    return RedirectResponse(f"/messages/{found.id}", status.HTTP_303_SEE_OTHER)
