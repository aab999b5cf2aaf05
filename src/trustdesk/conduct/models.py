"""What conversation safety keeps: the scan of every incoming user message. (A warning is
a public reply made with one of the warning macros; it needs no table of its own.)"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from trustdesk.db import Base, UTCDateTime, utcnow
from trustdesk.desk.models import Comment


class MessageScan(Base):
    """The classifier's reading of one user message in a chat or ticket, and the guidance
    it gave the agent (``decision_id``: the stored ``conversation_safety`` decision)."""

    __tablename__ = "conversation_scans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("ticket_comments.id"), unique=True)
    abuse: Mapped[str] = mapped_column(String(20))
    abuse_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    self_harm: Mapped[str] = mapped_column(String(20))
    linked_to_account: Mapped[bool] = mapped_column(Boolean, default=False)
    guidance: Mapped[str] = mapped_column(String(40))
    situations: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    cues: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    comment: Mapped[Comment] = relationship()
