"""A living desk for the demo marketplace: tickets drawn from the planted scenarios, so
the first run opens on a queue with real cases, countdowns, an escalation and a child
ticket. Every change goes through the desk's own actions (and so its audit trail)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.desk import actions
from trustdesk.desk.models import (
    Channel,
    ChildTicketType,
    EscalationTarget,
    Macro,
    Priority,
    Ticket,
    TicketStatus,
)
from trustdesk.marketplace.demo import DemoSummary
from trustdesk.marketplace.models import Account, Contract
from trustdesk.staff.models import Role, StaffUser

SYSTEM = "system:demo"


def _contract(session: Session, external_id: str) -> Contract:
    return session.scalars(select(Contract).where(Contract.external_id == external_id)).one()


def _account(session: Session, external_id: str) -> Account:
    return session.scalars(select(Account).where(Account.external_id == external_id)).one()


def _staff(session: Session, role: Role) -> StaffUser:
    staff = session.scalars(
        select(StaffUser).where(StaffUser.role == role, StaffUser.active).order_by(StaffUser.id)
    ).first()
    if staff is None:
        raise LookupError(f"the demo desk needs a {role.label} login; create the demo staff first")
    return staff


def seed_demo_desk(session: Session, summary: DemoSummary, now: datetime) -> list[Ticket]:
    """Open the demo tickets; returns them. Expects the desk seeded and the demo staff."""
    agent = _staff(session, Role.AGENT)
    tickets: list[Ticket] = []

    def opened(hours_ago: float, **fields: Any) -> Ticket:
        ticket = actions.open_ticket(
            session, actor=SYSTEM, now=now - timedelta(hours=hours_ago), **fields
        )
        tickets.append(ticket)
        return ticket

    unresponsive = summary.scenario("unresponsive_freelancer")
    silent = _contract(session, unresponsive.example("Hourly contract").external_id)
    case = opened(
        30,
        subject=f"Freelancer unresponsive on contract {silent.external_id}",
        body=(
            f"Hi, {silent.freelancer.first_name} stopped answering two weeks ago and the "
            "work is not finished. I have messaged every day. What can I do?"
        ),
        channel=Channel.WEB_FORM,
        requester_account=silent.client,
        second_party=silent.freelancer,
        contract_id=silent.id,
        category_slug="unresponsive_freelancer",
    )
    actions.assign(session, case, actor=agent, assignee_id=agent.id, now=now - timedelta(hours=29))
    actions.add_reply(
        session,
        case,
        author=agent,
        public=False,
        now=now - timedelta(hours=28),
        body=(
            "Research: hourly contract, last payment over six weeks ago, client messages of "
            "the last two weeks unanswered, no hostility in the room. No NDF found."
        ),
    )
    actions.start_second_party_clock(session, case, actor=agent, now=now - timedelta(hours=20))

    refunded = _contract(session, unresponsive.example("Fixed-price contract").external_id)
    opened(
        6,
        subject="Refund for an unfinished milestone",
        body=(
            "The freelancer delivered half of the first milestone and disappeared. I would "
            "like a refund for what was not delivered."
        ),
        channel=Channel.EMAIL,
        requester_account=refunded.client,
        second_party=refunded.freelancer,
        contract_id=refunded.id,
        category_slug="refund_request",
    )

    disputed = _contract(session, unresponsive.example("Client disputing").external_id)
    dispute_case = opened(
        50,
        subject=f"Dispute on contract {disputed.external_id}: $900",
        body=(
            "I paid $900 for work that was never delivered and the freelancer does not "
            "answer. I want my money back."
        ),
        channel=Channel.PHONE,
        requester_account=disputed.client,
        second_party=disputed.freelancer,
        contract_id=disputed.id,
        category_slug="unresponsive_freelancer",
        priority=Priority.HIGH,
    )
    actions.escalate(
        session,
        dispute_case,
        target=EscalationTarget.TEAM_LEAD,
        actor=agent,
        now=now - timedelta(hours=3),
        reason=(
            "Client disputes more than $250: the courtesy credit needs a team lead "
            "(seeds/001, Credits)."
        ),
    )

    crisis = summary.scenario("crisis")
    impacted = _account(session, crisis.example("Eligible: the requesting freelancer").external_id)
    opened(
        2,
        subject="Typhoon: please tell my clients I am offline",
        body=(
            "Our province has had no power since the typhoon. I did not get any email about "
            "a check-in. Can you let my clients know and hide my profile for now?"
        ),
        channel=Channel.EMAIL,
        requester_account=impacted,
        category_slug="crisis.check_in",
        priority=Priority.HIGH,
    )

    sourcing_client = _account(
        session, summary.scenario("sourcing").example("Its client").external_id
    )
    vetting = opened(
        20,
        subject="Do you check freelancers before they join?",
        body="Before I hire for my new React job: do you vet the freelancers on your site?",
        channel=Channel.CHAT,
        requester_account=sourcing_client,
        category_slug="general",
    )
    actions.add_reply(
        session,
        vetting,
        author=agent,
        public=True,
        status=TicketStatus.PENDING,
        now=now - timedelta(hours=19),
        body=(
            "Thanks for reaching out. In general, we do not vet freelancers. Could you tell "
            "me which freelancers you are considering, so I can share what to look for?"
        ),
    )

    owner = _account(session, summary.scenario("agency_quality").example("Its owner").external_id)
    opened(
        1,
        subject="I want to come to your office about my agency",
        body=(
            "My agency was flagged as underperforming with no reasons given. Give me your "
            "office address, I will come in person and speak to your CEO."
        ),
        channel=Channel.EMAIL,
        requester_account=owner,
        category_slug="account_quality_review",
    )

    contact = opened(
        26,
        subject="I need the freelancer's phone number",
        body=(
            "I want to pursue this outside the platform. Please give me the freelancer's "
            "phone number and address from our contract."
        ),
        channel=Channel.EMAIL,
        requester_account=disputed.client,
        contract_id=disputed.id,
        category_slug="contact_information_request",
    )
    actions.open_child_ticket(
        session,
        contact,
        child_type=ChildTicketType.CONTACT_INFORMATION,
        actor=agent,
        now=now - timedelta(hours=25),
        fields={
            "requested_by": "client",
            "contract_reference": disputed.external_id,
            "reason": "Client wants to pursue the unresolved dispute by other means.",
            "main_ticket_url": actions.ticket_url(contact.id),
        },
    )

    # Conversation safety (seeds/002): a chat where the user insulted the agent, was warned
    # and went on (the disconnect is the agent's to make), and a self-harm threat.
    abusive_chat = opened(
        0.5,
        subject="Where is my withdrawal?",
        body="My withdrawal is late again. Where is my money?",
        channel=Channel.CHAT,
        requester_account=refunded.client,
        category_slug="conduct.abusive_user",
    )
    actions.assign(
        session, abusive_chat, actor=agent, assignee_id=agent.id, now=now - timedelta(minutes=29)
    )

    def user_says(ticket: Ticket, minutes_ago: int, body: str) -> None:
        actions.add_customer_message(
            session,
            ticket,
            body=body,
            channel=Channel.CHAT,
            author_email=ticket.requester_email,
            author_account_id=ticket.requester_account_id,
            now=now - timedelta(minutes=minutes_ago),
        )

    user_says(abusive_chat, 25, "You people are useless. Are you an idiot or just lazy?")
    warning = session.scalars(
        select(Macro).where(Macro.title == "Conduct > Abusive user > Warning 2")
    ).one()
    actions.apply_macro(
        session, abusive_chat, warning, author=agent, slots={}, now=now - timedelta(minutes=24)
    )
    user_says(abusive_chat, 22, "Shut up, you stupid moron, and give me my money.")

    self_harm_chat = opened(
        0.2,
        subject="My account was suspended",
        body="Why was my account suspended? I have bills to pay.",
        channel=Channel.CHAT,
        requester_account=silent.freelancer,
        category_slug="conduct.self_harm",
    )
    user_says(
        self_harm_chat,
        8,
        "Since you suspended my account I have nothing left. I don't see a reason to go on.",
    )
    return tickets
