"""Every table, imported in one place so the metadata (and Alembic) sees them all."""

from trustdesk.audit import AuditEvent
from trustdesk.db import Base
from trustdesk.decisions import DecisionRecord
from trustdesk.desk.models import (
    Category,
    Comment,
    Escalation,
    Group,
    Macro,
    Notification,
    OutboundEmail,
    SlaClock,
    SlaPolicy,
    Ticket,
)
from trustdesk.marketplace.models import (
    Account,
    AccountHold,
    AccountNote,
    Agency,
    AgencyMembership,
    Contract,
    Credit,
    Dispute,
    Feedback,
    Invitation,
    Job,
    Message,
    Payment,
    Refund,
)
from trustdesk.messaging.models import MessagePolicyStrike
from trustdesk.staff.models import ApiToken, StaffUser

__all__ = [
    "Account",
    "AccountHold",
    "AccountNote",
    "Agency",
    "AgencyMembership",
    "ApiToken",
    "AuditEvent",
    "Base",
    "Category",
    "Comment",
    "Contract",
    "Credit",
    "DecisionRecord",
    "Dispute",
    "Escalation",
    "Feedback",
    "Group",
    "Invitation",
    "Job",
    "Macro",
    "Message",
    "MessagePolicyStrike",
    "Notification",
    "OutboundEmail",
    "Payment",
    "Refund",
    "SlaClock",
    "SlaPolicy",
    "StaffUser",
    "Ticket",
]
