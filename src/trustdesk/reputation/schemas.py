"""The shapes of a Job Success Score explanation and a what-if preview (API, CLI, pages)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from trustdesk.decisions import Criterion

SubjectType = Literal["account", "agency"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class ContractExplanation(_Frozen):
    """One contract as the score sees it, in words a user understands."""

    contract_id: int
    external_id: str
    title: str
    client_id: int
    client_name: str
    freelancer_id: int = Field(description="The freelancer who did the work")
    freelancer_name: str
    agency_id: int | None
    agency_name: str | None
    status: str
    started_at: datetime
    ended_at: datetime | None
    feedback_id: int | None
    public_rating: float | None
    private_score: int | None
    earned_cents: int
    paid_days: int = Field(description="Days from the start to the last payment")
    counts: bool = Field(description="Whether it counts toward the score shown here")
    counts_toward: str = Field(description="Whose score it counts toward, in words")
    reason: str = Field(description="Machine-readable reason code")
    why: str = Field(description="Why it counts or not, in words")
    weight: float | None = Field(description="Its weight when it counts (1 to 8)")
    outcome: Literal["successful", "neutral", "negative"] | None
    outcome_why: str
    outcome_why_for_freelancer: str = Field(
        description="outcome_why without the client's private score, for the freelancer's view"
    )


class BadgeStatus(_Frozen):
    badge: str
    label: str
    held: bool = Field(description="Whether the badge is earned now (or imported)")
    imported: bool = Field(description="Set by the marketplace, not computed here")
    criteria: tuple[Criterion, ...] = ()


class Explanation(_Frozen):
    """An account's or agency's score, badges and every contract, as of ``as_of``."""

    subject_type: SubjectType
    subject_id: int
    external_id: str
    name: str
    as_of: datetime
    policy_version: str
    job_success_score: int | None = Field(
        description="The score computed over this account's own contracts (None: not shown)"
    )
    shown_score: int | None = Field(description="What the profile shows")
    shown_score_note: str
    eligible_contracts: int
    distinct_clients: int
    successful_weight: float
    negative_weight: float
    total_weight: float
    earnings_12m_cents: int
    top_rated_eligible_weeks: int
    weeks_recorded: int
    badges: tuple[BadgeStatus, ...]
    contracts: tuple[ContractExplanation, ...]


class ScoreChange(_Frozen):
    subject_type: SubjectType
    subject_id: int
    name: str
    before: int | None
    after: int | None
    direction: Literal["raises", "lowers", "unchanged", "shows", "hides"]
    summary: str = Field(description='For example "raises 84 → 89"')


class WhatIf(_Frozen):
    """What excluding some feedback from the score would do, before anyone applies it."""

    excluded_feedback_ids: tuple[int, ...]
    change: ScoreChange = Field(description="The subject's own score")
    other_changes: tuple[ScoreChange, ...] = Field(
        description="Agencies whose score moves too (feedback on contracts done through them)"
    )
    after: Explanation = Field(description="The explanation with the exclusion applied")


class HistoryPoint(_Frozen):
    week_start: date
    job_success_score: int | None
    top_rated_eligible: bool


class MyStats(_Frozen):
    """The My Stats page of a freelancer or an agency."""

    explanation: Explanation
    history: tuple[HistoryPoint, ...]
    earnings_12m_cents: int
    recommend_share: float | None = Field(description="Clients who would recommend, 0 to 1")
    clients_rated: int
    long_term_share: float | None = Field(description="Long-term clients, 0 to 1")
    clients_total: int
    holds_last_90_days: int
