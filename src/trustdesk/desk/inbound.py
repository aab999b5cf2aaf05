"""Email into the desk: a reply threads onto its ticket, anything else opens one.

Messages arrive from the mail server through ``trustdesk mail receive`` (an MTA pipe)
or ``POST /api/v1/inbound-email``. A message finds its ticket by the address it was sent
to (``support+t<ticket id>@<reply domain>``, see ``mail.reply_address``), else by
``In-Reply-To``/``References`` naming a Message-ID of the ticket's conversation. Only the
new text is kept: the quoted earlier conversation ("On … wrote:" and ``>`` lines) is cut.

- A reply to an open or solved ticket is the requester's (or second party's) message:
  ``actions.add_customer_message`` resumes or stops the clocks it should.
- A reply to a closed ticket, or a message matching no ticket, opens a new ticket.
- An automatic reply (out of office, a bounce) never opens or reopens a ticket: on a
  ticket it becomes an internal note for the agent; otherwise it is ignored, which also
  keeps two autoresponders from writing to each other forever.
- The same Message-ID delivered twice is received once.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr
from html.parser import HTMLParser
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Request, status
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from trustdesk import audit, mail
from trustdesk.auth import Caller, SessionDep, api
from trustdesk.config import get_settings
from trustdesk.db import utcnow
from trustdesk.desk import actions
from trustdesk.desk.models import Channel, Comment, OutboundEmail, Ticket, TicketStatus
from trustdesk.marketplace.models import Account
from trustdesk.marketplace.schemas import ErrorDetail
from trustdesk.staff.models import Role, Scope

MAX_MESSAGE_BYTES = 10 * 1024 * 1024
#: Longer bodies are cut (with a note saying so): a comment is for reading.
MAX_BODY_CHARACTERS = 50_000
#: The columns the parts of a message go to.
SUBJECT_MAX_LENGTH = 300
NAME_MAX_LENGTH = 200
ADDRESS_MAX_LENGTH = 254
MESSAGE_ID_MAX_LENGTH = 300
#: A long ``References`` chain: its newest ids are enough to find the ticket.
MAX_REFERENCES = 50
EMPTY_BODY = "(The email had no text.)"
NO_SUBJECT = "(no subject)"

RECIPIENT_HEADERS = ("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To")
MESSAGE_ID = re.compile(r"<[^<>\s]{1,298}>")
# "On Tue, 3 Sep 2024 at 10:12, Support <support@…> wrote:" (the mail client may wrap it
# over two or three lines), and its counterparts in the languages mail clients use most.
# The date in it (a digit) keeps "On Monday I wrote:" in the sender's own text.
ATTRIBUTION = re.compile(
    r"^(on|le|am|el|il|em|op)\b.*\d.*\b(wrote|a écrit|schrieb|escribió|ha scritto|escreveu"
    r"|schreef)\s*:$",
    re.IGNORECASE,
)
ORIGINAL_MESSAGE = re.compile(r"^-{2,}\s*(original message|forwarded message)\s*-{2,}$", re.I)
OUTLOOK_RULE = re.compile(r"^_{10,}$")
HEADER_BLOCK = re.compile(r"^(from|von|de):\s", re.IGNORECASE)
HEADER_BLOCK_NEXT = re.compile(r"^(sent|date|gesendet|envoyé|to):\s", re.IGNORECASE)
AUTOMATIC_PRECEDENCE = frozenset({"bulk", "junk", "auto_reply"})
AUTOMATIC_SENDERS = frozenset({"mailer-daemon", "postmaster"})


class InboundError(ValueError):
    """A message the desk cannot receive; ``errors`` maps each field to its problem."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{field}: {problem}" for field, problem in errors.items()))


# ---------------------------------------------------------------------------------------
# Reading a message (pure)


@dataclass(frozen=True)
class InboundEmail:
    """What the desk needs from one RFC 822 message."""

    message_id: str
    sender: str  # lower-cased address
    sender_name: str
    recipients: tuple[str, ...]
    subject: str
    references: tuple[str, ...]  # In-Reply-To first, then References newest first
    body: str  # the new text, without the quoted conversation
    automatic: str | None  # why it is an automatic message (out of office, bounce), or None


def _clean(text: str) -> str:
    """Text a database column accepts: no NUL (PostgreSQL refuses it), no lone surrogates
    (what undecodable bytes become)."""
    return text.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")


def _one_line(text: str) -> str:
    return " ".join(_clean(text).split())


def _starts_quoted_reply(lines: list[str], index: int) -> bool:
    line = lines[index].strip()
    if ORIGINAL_MESSAGE.match(line):
        return True
    following = [candidate.strip() for candidate in lines[index + 1 : index + 3]]
    if OUTLOOK_RULE.match(line) and any(HEADER_BLOCK.match(f) for f in following):
        return True
    if HEADER_BLOCK.match(line) and following and HEADER_BLOCK_NEXT.match(following[0]):
        return True
    if not line:
        return False
    return any(
        ATTRIBUTION.match(" ".join([line, *following[:extra]])) for extra in range(3)
    ) and not line.startswith(">")


def reply_text(text: str) -> str:
    """The new text of an email: everything before the quoted earlier conversation
    ("On … wrote:", "-----Original Message-----", an Outlook header block), without
    ``>``-quoted lines, trailing spaces and surrounding blank lines."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        if _starts_quoted_reply(lines, index):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


class _TextOfHtml(HTMLParser):
    BREAKS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"})
    SKIPPED = frozenset({"script", "style", "head", "title", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIPPED:
            self.skipping += 1
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The readable text of an HTML email, quoted parts (``<blockquote>``) left out."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _text_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if not isinstance(part, EmailMessage):
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError):  # an unknown or lying charset
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    return html_to_text(content) if part.get_content_subtype() == "html" else content


def _header(message: EmailMessage, name: str) -> str:
    """Every ``name`` header of the message, decoded, as one string."""
    try:
        return " ".join(str(value) for value in message.get_all(name, []))
    except Exception:
        # The standard library's structured header parsers fail on some malformed values
        # (an address group where an address belongs raises AttributeError): the raw
        # text is still worth reading, as ``parseaddr`` and the id patterns do.
        return " ".join(value for key, value in message.raw_items() if key.lower() == name.lower())


def _automatic(message: EmailMessage, sender: str) -> str | None:
    auto_submitted = _header(message, "Auto-Submitted").strip().lower()
    if auto_submitted and auto_submitted != "no":
        return f"Auto-Submitted: {auto_submitted}"
    precedence = _header(message, "Precedence").strip().lower()
    if precedence in AUTOMATIC_PRECEDENCE:
        return f"Precedence: {precedence}"
    if message.get("X-Autoreply") or message.get("X-Autorespond"):
        return "an autoresponder's header"
    if message.get_content_type() == "multipart/report":
        return "a delivery report"
    if sender.split("@", 1)[0] in AUTOMATIC_SENDERS:
        return f"sent by {sender}"
    return None


def _message_id(message: EmailMessage, raw: bytes) -> str:
    header = _one_line(_header(message, "Message-ID"))
    found = MESSAGE_ID.search(header)
    message_id = found.group(0) if found else (f"<{header}>" if header else "")
    if not message_id or len(message_id) > MESSAGE_ID_MAX_LENGTH:
        # Without a usable id, the message's own bytes identify a second delivery of it.
        return f"<{hashlib.sha256(raw).hexdigest()}@inbound.trustdesk.invalid>"
    return message_id


def parse_message(raw: bytes) -> InboundEmail:
    """Read an RFC 822 message; InboundError (naming ``message`` or ``from``) when it
    cannot be received."""
    if not raw.strip():
        raise InboundError({"message": "is empty"})
    try:
        return _parse(raw)
    except InboundError:
        raise
    except Exception as error:
        # The standard library's parser raises many types on hostile input; whatever it
        # is, the message cannot be read and the sender of the request must hear why.
        raise InboundError(
            {"message": f"could not be read as an email ({type(error).__name__})"}
        ) from error


def _parse(raw: bytes) -> InboundEmail:
    message = email.message_from_bytes(raw, _class=EmailMessage, policy=email.policy.default)
    name, address = parseaddr(_one_line(_header(message, "From")))
    sender = address.strip().lower()
    if "@" not in sender or not sender.isprintable() or mail.address_problem(sender):
        raise InboundError({"from": "the message has no valid sender address"})
    if len(sender) > ADDRESS_MAX_LENGTH:
        raise InboundError({"from": f"the address is longer than {ADDRESS_MAX_LENGTH} characters"})
    recipients = tuple(
        found.strip().lower()
        for _, found in getaddresses([_one_line(_header(message, h)) for h in RECIPIENT_HEADERS])
        if found
    )
    in_reply_to = MESSAGE_ID.findall(_clean(_header(message, "In-Reply-To")))
    references = MESSAGE_ID.findall(_clean(_header(message, "References")))
    chain = tuple(dict.fromkeys([*in_reply_to, *reversed(references)]))[:MAX_REFERENCES]
    text = _text_of(message)
    # When cutting the quotes leaves nothing, the cut was wrong or the reply is empty:
    # keep the whole text rather than lose what the sender wrote.
    body = _clean(reply_text(text) or text.strip())
    if not body:
        body = EMPTY_BODY
    if len(body) > MAX_BODY_CHARACTERS:
        body = body[:MAX_BODY_CHARACTERS] + "\n\n[… the rest of this long email was cut]"
    return InboundEmail(
        message_id=_message_id(message, raw),
        sender=sender,
        sender_name=_one_line(name)[:NAME_MAX_LENGTH],
        recipients=recipients,
        subject=_one_line(_header(message, "Subject"))[:SUBJECT_MAX_LENGTH] or NO_SUBJECT,
        references=chain,
        body=body,
        automatic=_automatic(message, sender),
    )


# ---------------------------------------------------------------------------------------
# Receiving it (the action)

Outcome = Literal["threaded", "opened", "noted", "duplicate", "ignored"]


class InboundEmailResult(BaseModel):
    """What became of a received email."""

    outcome: Outcome = Field(
        description="threaded: added to its ticket; opened: a new ticket; noted: an "
        "automatic reply kept as an internal note; duplicate: this Message-ID was received "
        "before; ignored: an automatic reply that matches no ticket"
    )
    ticket_id: int | None
    comment_id: int | None
    detail: str


def _previous_delivery(session: Session, message_id: str) -> Comment | None:
    return session.scalar(select(Comment).where(Comment.email_message_id == message_id))


def _duplicate(comment: Comment, message_id: str) -> InboundEmailResult:
    return InboundEmailResult(
        outcome="duplicate",
        ticket_id=comment.ticket_id,
        comment_id=comment.id,
        detail=f"{message_id} was received before, on ticket #{comment.ticket_id}",
    )


def _find_ticket(session: Session, message: InboundEmail) -> tuple[Ticket | None, str]:
    """The ticket the message answers, and how it was recognised."""
    for address in message.recipients:
        ticket_id = mail.ticket_id_from_address(address)
        if ticket_id is not None and (ticket := session.get(Ticket, ticket_id)) is not None:
            return ticket, f"sent to {address}"
    if message.references:
        references = list(message.references)
        for ticket_id in (
            session.scalar(
                select(OutboundEmail.ticket_id)
                .where(
                    OutboundEmail.message_id.in_(references),
                    OutboundEmail.ticket_id.is_not(None),
                )
                .order_by(OutboundEmail.id.desc())
                .limit(1)
            ),
            session.scalar(
                select(Comment.ticket_id)
                .where(Comment.email_message_id.in_(references))
                .order_by(Comment.id.desc())
                .limit(1)
            ),
        ):
            if ticket_id is not None:
                return session.get(Ticket, ticket_id), "its In-Reply-To/References"
    return None, ""


def _sender_account_id(session: Session, sender: str, ticket: Ticket | None) -> int | None:
    """The marketplace account writing: of the accounts with the sender's address, the
    ticket's second party or requester when one of them is, else the oldest."""
    ids = list(
        session.scalars(
            select(Account.id).where(func.lower(Account.email) == sender).order_by(Account.id)
        )
    )
    if ticket is not None:
        for preferred in (ticket.second_party_account_id, ticket.requester_account_id):
            if preferred is not None and preferred in ids:
                return preferred
    return ids[0] if ids else None


def _open(
    session: Session, message: InboundEmail, now: datetime, tags: list[str]
) -> InboundEmailResult:
    account_id = _sender_account_id(session, message.sender, None)
    ticket = actions.open_ticket(
        session,
        subject=message.subject,
        body=message.body,
        channel=Channel.EMAIL,
        actor=f"email:{message.sender}",
        requester_account=session.get(Account, account_id) if account_id else None,
        requester_email=message.sender,
        requester_name=message.sender_name or None,
        tags=tags,
        email_message_id=message.message_id,
        now=now,
    )
    return InboundEmailResult(
        outcome="opened", ticket_id=ticket.id, comment_id=ticket.comments[0].id, detail=""
    )


def _note(
    session: Session, message: InboundEmail, ticket: Ticket, now: datetime
) -> InboundEmailResult:
    """An automatic reply on the ticket as an internal note: the agent learns the other
    side is away, and no clock or status moves."""
    assert message.automatic is not None
    comment = Comment(
        ticket=ticket,
        public=False,
        body=f"Automatic reply from {message.sender} ({message.automatic}):\n\n{message.body}",
        channel=Channel.EMAIL,
        author_email=message.sender,
        author_account_id=_sender_account_id(session, message.sender, ticket),
        email_message_id=message.message_id,
        created_at=now,
    )
    session.add(comment)
    session.flush()
    return InboundEmailResult(
        outcome="noted", ticket_id=ticket.id, comment_id=comment.id, detail=message.automatic
    )


def _file(
    session: Session, message: InboundEmail, ticket: Ticket | None, now: datetime
) -> InboundEmailResult:
    if ticket is None:
        if message.automatic:
            return InboundEmailResult(
                outcome="ignored",
                ticket_id=None,
                comment_id=None,
                detail=f"an automatic reply ({message.automatic}) that matches no ticket",
            )
        return _open(session, message, now, tags=[])
    if ticket.status == TicketStatus.CLOSED:
        if message.automatic:
            return InboundEmailResult(
                outcome="ignored",
                ticket_id=ticket.id,
                comment_id=None,
                detail=f"an automatic reply ({message.automatic}) to closed ticket #{ticket.id}",
            )
        return _open(session, message, now, tags=[f"follow-up-of-{ticket.id}"])
    if message.automatic:
        return _note(session, message, ticket, now)
    comment = actions.add_customer_message(
        session,
        ticket,
        body=message.body,
        channel=Channel.EMAIL,
        author_email=message.sender,
        author_account_id=_sender_account_id(session, message.sender, ticket),
        email_message_id=message.message_id,
        now=now,
    )
    session.flush()
    return InboundEmailResult(
        outcome="threaded", ticket_id=ticket.id, comment_id=comment.id, detail=""
    )


def receive(
    session: Session, raw: bytes, *, actor: str, now: datetime | None = None
) -> InboundEmailResult:
    """Receive one RFC 822 message (see the module's docstring for where it goes) and
    return what became of it. InboundError when the message cannot be read."""
    now = now or utcnow()
    message = parse_message(raw)
    previous = _previous_delivery(session, message.message_id)
    if previous is not None:
        return _duplicate(previous, message.message_id)
    _, own_address = parseaddr(get_settings().mail_from)
    if message.sender == own_address.lower():
        return InboundEmailResult(
            outcome="ignored",
            ticket_id=None,
            comment_id=None,
            detail=f"sent by the desk's own address {own_address}",
        )
    ticket, matched_by = _find_ticket(session, message)
    try:
        with session.begin_nested():
            result = _file(session, message, ticket, now)
    except IntegrityError:
        # Delivered twice at once: the other delivery committed this Message-ID first.
        previous = _previous_delivery(session, message.message_id)
        if previous is None:
            raise
        return _duplicate(previous, message.message_id)
    if result.ticket_id is not None and result.comment_id is not None:
        audit.record(
            session,
            actor=actor,
            action="email.receive",
            subject_type="ticket",
            subject_id=result.ticket_id,
            after={
                "message_id": message.message_id,
                "from": message.sender,
                "outcome": result.outcome,
                "comment": result.comment_id,
            },
            reason=f"matched by {matched_by}" if matched_by else "matched no ticket",
        )
    return result


# ---------------------------------------------------------------------------------------
# The API

router = APIRouter(prefix="/api/v1", tags=["inbound email"])

MailReceiver = Annotated[Caller, Depends(api(Role.ADMIN, scopes=(Scope.MAIL_INBOUND,)))]


class InboundEmailJson(BaseModel):
    model_config = ConfigDict(extra="forbid")

    raw: str = Field(
        min_length=1,
        max_length=MAX_MESSAGE_BYTES,
        description="The whole RFC 822 message, headers and body, as text",
    )


class InboundEmailProblem(BaseModel):
    loc: list[str | int] = Field(examples=[["body", "from"]])
    msg: str = Field(examples=["from: the message has no valid sender address"])
    type: str


class InboundEmailRefusal(BaseModel):
    """A 422: FastAPI's validation-error shape, one entry per problem."""

    detail: list[InboundEmailProblem]


RFC822 = "message/rfc822"
JSON = "application/json"


def _unprocessable(field: str, problem: str) -> RequestValidationError:
    location = ["body"] if field == "message" else ["body", field]
    return RequestValidationError(
        [{"loc": location, "msg": f"{field}: {problem}", "type": "value_error"}]
    )


async def _raw_message(request: Request) -> bytes:
    """The message of the request: the body itself (``message/rfc822``) or the ``raw``
    field of a JSON body."""
    content_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if content_type not in (RFC822, JSON):
        raise HTTPException(
            status.HTTP_415_UNSUPPORTED_MEDIA_TYPE,
            detail=f"content-type: send the message as {RFC822}, or as {JSON} "
            f'{{"raw": "<the message>"}}; not {content_type or "no content type"}',
        )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_MESSAGE_BYTES * 2:
        raise HTTPException(
            status.HTTP_413_CONTENT_TOO_LARGE,
            detail=f"message: larger than {MAX_MESSAGE_BYTES} bytes",
        )
    body = await request.body()
    if content_type == JSON:
        try:
            raw = InboundEmailJson.model_validate_json(body).raw.encode("utf-8", "replace")
        except ValidationError as error:
            raise RequestValidationError(
                [
                    {
                        "loc": ["body", *problem["loc"]],
                        "msg": _message(problem),
                        "type": problem["type"],
                    }
                    for problem in error.errors(include_url=False, include_context=False)
                ]
            ) from None
    else:
        raw = body
    if len(raw) > MAX_MESSAGE_BYTES:
        raise HTTPException(
            status.HTTP_413_CONTENT_TOO_LARGE,
            detail=f"message: larger than {MAX_MESSAGE_BYTES} bytes",
        )
    if not raw.strip():
        field = "raw" if content_type == JSON else "message"
        raise _unprocessable(field, "the message is empty")
    return raw


def _message(problem: Any) -> str:
    where = ".".join(str(part) for part in problem["loc"]) or "body"
    return f"{where}: {problem['msg']}"


RawMessage = Annotated[bytes, Depends(_raw_message)]


@router.post(
    "/inbound-email",
    summary="Receive an email: thread a reply onto its ticket, or open a ticket",
    response_model=InboundEmailResult,
    responses={
        401: {"model": ErrorDetail, "description": "No bearer token or session"},
        403: {"model": ErrorDetail, "description": "The token lacks the mail:inbound scope"},
        413: {"model": ErrorDetail, "description": "The message is too large"},
        415: {"model": ErrorDetail, "description": "Neither message/rfc822 nor JSON"},
        422: {
            "model": InboundEmailRefusal,
            "description": "The message cannot be received (no sender, empty, not an "
            "email); each problem names its field",
        },
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                RFC822: {"schema": {"type": "string", "format": "binary"}},
                JSON: {"schema": InboundEmailJson.model_json_schema()},
            },
        }
    },
)
def receive_email(caller: MailReceiver, raw: RawMessage, session: SessionDep) -> InboundEmailResult:
    """For the mail server's delivery hook: the raw message as the body
    (``message/rfc822``) or as ``{"raw": ...}``. A second delivery of the same
    Message-ID answers ``duplicate`` and changes nothing."""
    try:
        return receive(session, raw, actor=caller.actor)
    except InboundError as error:
        field, problem = next(iter(error.errors.items()))
        raise _unprocessable(field, problem) from None
