"""Every table, imported in one place so the metadata (and Alembic) sees them all."""

from trustdesk.audit import AuditEvent
from trustdesk.conduct.models import MessageScan
from trustdesk.crisis.models import (
    CheckIn,
    ClientNotification,
    CrisisEvent,
    CrisisEventTicket,
    OutreachCampaign,
    TargetedMessage,
)
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
from trustdesk.feedback_removal.models import RemovalRequest
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
    MarketplaceChange,
    Message,
    Payment,
    Refund,
)
from trustdesk.messaging.models import MessagePolicyStrike
from trustdesk.reputation.models import ReputationWeek
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
    "CheckIn",
    "ClientNotification",
    "Comment",
    "Contract",
    "Credit",
    "CrisisEvent",
    "CrisisEventTicket",
    "DecisionRecord",
    "Dispute",
    "Escalation",
    "Feedback",
    "Group",
    "Invitation",
    "Job",
    "Macro",
    "MarketplaceChange",
    "Message",
    "MessagePolicyStrike",
    "MessageScan",
    "Notification",
    "OutboundEmail",
    "OutreachCampaign",
    "Payment",
    "Refund",
    "RemovalRequest",
    "ReputationWeek",
    "SlaClock",
    "SlaPolicy",
    "StaffUser",
    "TargetedMessage",
    "Ticket",
]
