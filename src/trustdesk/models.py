"""Every table, imported in one place so the metadata (and Alembic) sees them all."""

from trustdesk.audit import AuditEvent
from trustdesk.db import Base
from trustdesk.decisions import DecisionRecord
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
    "Contract",
    "Credit",
    "DecisionRecord",
    "Dispute",
    "Feedback",
    "Invitation",
    "Job",
    "Message",
    "Payment",
    "Refund",
    "StaffUser",
]
