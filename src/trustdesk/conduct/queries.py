"""What the ticket page shows of a conversation's safety: the guidance for the agent, the
scripts that fit, and whether the chat may be disconnected yet."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.conduct import actions, live, policy
from trustdesk.conduct.models import MessageScan
from trustdesk.conduct.policy import Situation
from trustdesk.decisions import Decision
from trustdesk.desk.models import ChildTicketType, Macro, Ticket


@dataclass(frozen=True, slots=True)
class SituationHint:
    situation: Situation
    evidence: str
    macros: list[Macro]


@dataclass(slots=True)
class ConductPanel:
    """Everything the agent needs to act on what the user wrote."""

    scans: dict[int, MessageScan] = field(default_factory=dict)  # by comment id
    self_harm: MessageScan | None = None
    immediate: bool = False
    linked_to_account: bool = False
    self_harm_macro: Macro | None = None
    self_harm_child: Ticket | None = None
    abusive: bool = False
    warning_macros: list[Macro] = field(default_factory=list)
    disconnect: Decision | None = None
    venting: bool = False
    situations: list[SituationHint] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return bool(self.self_harm or self.abusive or self.venting or self.situations)


def _macros(session: Session, titles: tuple[str, ...]) -> list[Macro]:
    found = {
        macro.title: macro
        for macro in session.scalars(
            select(Macro).where(Macro.title.in_(titles), Macro.active.is_(True))
        )
    }
    return [found[title] for title in titles if title in found]


def guidance_by_comment(session: Session, comment_ids: Iterable[int]) -> dict[int, str]:
    """The guidance of each of these messages whose scan found something for the agent
    (a stored decision), by comment id."""
    ids = list(comment_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(MessageScan.comment_id, MessageScan.guidance).where(
            MessageScan.comment_id.in_(ids), MessageScan.decision_id.is_not(None)
        )
    )
    return {row.comment_id: row.guidance for row in rows}


def panel(session: Session, ticket: Ticket) -> ConductPanel:
    scans = list(
        session.scalars(
            select(MessageScan).where(MessageScan.ticket_id == ticket.id).order_by(MessageScan.id)
        )
    )
    result = ConductPanel(scans={scan.comment_id: scan for scan in scans})
    if not scans:
        return result
    self_harm = [scan for scan in scans if scan.self_harm != "none"]
    if self_harm:
        result.self_harm = self_harm[-1]
        result.immediate = any(scan.self_harm == "immediate" for scan in self_harm)
        result.linked_to_account = any(scan.linked_to_account for scan in self_harm)
        result.self_harm_macro = live.macro_by_title(
            session, policy.self_harm_macro(result.linked_to_account)
        )
        result.self_harm_child = next(
            (
                child
                for child in reversed(ticket.children)
                if child.child_type == ChildTicketType.SELF_HARM
            ),
            None,
        )
    result.abusive = any(scan.abuse == "abusive" for scan in scans)
    if result.abusive and ticket.is_open:
        result.warning_macros = _macros(session, policy.WARNING_MACROS)
        result.disconnect = actions.disconnect_decision(session, ticket)
    result.venting = not result.abusive and scans[-1].abuse == "venting"
    latest: dict[Situation, str] = {}
    for scan in scans:
        for cue in scan.situations:
            latest[Situation(cue["situation"])] = cue["text"]
    result.situations = [
        SituationHint(situation, text, _macros(session, situation.macros))
        for situation, text in latest.items()
    ]
    return result
