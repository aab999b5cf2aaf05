"""The inbound data contract: what the marketplace may push into trustdesk's mirror.

One record type per mirror entity (``MIRROR_MODELS``). A record's fields are the model's
column names, with three differences:

* Foreign keys are the marketplace's **external ids**, under the relation's name without
  ``_id``: ``ContractRecord.client = "cl-17"`` fills ``contracts.client_id``. They are
  resolved to trustdesk's ids when the record is written (``actions.upsert_records``).
* ``AccountRecord.badges`` is a list of ``Badge`` values; it sets the five badge columns.
* The links to trustdesk's own decisions (``removed_by_decision_id``,
  ``excluded_by_decision_id``) are not part of the contract: the marketplace cannot know them.

Values:

* Date-times are ISO 8601 strings (``2024-09-03T14:05:00Z``, ``2024-09-03T22:05:00+08:00``).
  **A date-time without an offset is taken as UTC.** Every date-time is stored as aware UTC.
* Money is in integer cents; country codes are ISO 3166-1 alpha-2 (``PH``) and regions
  ISO 3166-2 (``PH-BTG``, whose first two letters are the country).
* ``null`` in a field that has a default (``last_name``, ``status``, ``skills``, ...) means
  that default. ``null`` in ``created_at`` / ``posted_at`` means "not known": a new row gets
  the time of the import, an existing row keeps its value.
* A field left out of a record keeps its stored value when the row already exists and takes
  its default when the row is new, so the marketplace may push only what it knows. Fields
  that are checked together (a contract's ``status``, ``started_at`` and ``ended_at``; an
  account's ``country`` and ``region``) are always written together.

Records refuse what the database would refuse, with a message naming the field: ranges,
enum values, lengths, code formats, and the rules between fields (a contract is closed
exactly when it has ``ended_at``; only clients have a ``plan``; ...). A misspelt field is an
error naming it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache, cached_property
from typing import Annotated, Any, ClassVar, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from trustdesk.marketplace.models import (
    MIRROR_MODELS,
    AccountKind,
    AccountStatus,
    AgencyRole,
    AgencyStatus,
    Badge,
    ClientPlan,
    ContractKind,
    ContractStatus,
    DisputeOutcome,
    EnglishLevel,
    FeedbackDirection,
    JobStatus,
    NoteKind,
    PaymentKind,
    ProfileVisibility,
)

INT32_MAX = 2**31 - 1
INT64_MAX = 2**63 - 1
EXAMPLE_DATETIME = "2024-09-03T14:05:00Z"
_COUNTRY = re.compile(r"[A-Z]{2}")
_REGION = re.compile(r"([A-Z]{2})-[A-Z0-9]{1,3}")


@dataclass(frozen=True)
class References:
    """Marks a field as a foreign key given by the external id of a record of ``entity``."""

    entity: str


def _text(max_length: int) -> Any:
    return StringConstraints(max_length=max_length)


def _external_id_from_number(value: Any) -> Any:
    # Some marketplace ids are numeric in JSON; an id is still a string here.
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


ExternalId = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=64),
    BeforeValidator(_external_id_from_number),
]


def _utc_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(
                f"{value!r} is not an ISO 8601 date-time (like {EXAMPLE_DATETIME})"
            ) from None
    else:
        raise ValueError(f"must be an ISO 8601 date-time string (like {EXAMPLE_DATETIME})")
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


UtcDateTime = Annotated[datetime, BeforeValidator(_utc_datetime)]


def _country_code(value: str) -> str:
    if not _COUNTRY.fullmatch(value):
        raise ValueError(
            f"{value!r} is not an ISO 3166-1 country code: two upper-case letters, like PH"
        )
    return value


CountryCode = Annotated[
    str, StringConstraints(strip_whitespace=True), AfterValidator(_country_code)
]
Cents = Annotated[int, Field(ge=0, le=INT64_MAX)]
PositiveCents = Annotated[int, Field(gt=0, le=INT64_MAX)]
RateCents = Annotated[int, Field(ge=0, le=INT32_MAX)]
Percent = Annotated[float, Field(ge=0, le=100)]
NonNegative = Annotated[float, Field(ge=0)]


class MirrorRecord(BaseModel):
    """What every record has: the marketplace's id, the key each write upserts on."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, frozen=True)

    entity: ClassVar[str]
    written_together: ClassVar[tuple[frozenset[str], ...]] = ()
    # Fields whose null means "not known": left out of the write rather than stored.
    unknown_when_null: ClassVar[frozenset[str]] = frozenset()

    external_id: ExternalId

    @model_validator(mode="before")
    @classmethod
    def _null_means_the_default(cls, data: Any) -> Any:
        if not isinstance(data, Mapping):
            return data
        defaults = _fields_with_a_default(cls)
        return {
            key: (
                cls.model_fields[key].get_default(call_default_factory=True, validated_data={})
                if value is None and key in defaults
                else value
            )
            for key, value in data.items()
        }

    @classmethod
    def references(cls) -> Mapping[str, References]:
        """Field name → the entity whose external id the field holds."""
        return _references(cls)

    @cached_property
    def written_fields(self) -> frozenset[str]:
        """The fields this record writes: those it was given, widened to whole
        ``written_together`` groups, less the unknowns."""
        fields = set(self.model_fields_set)
        for group in self.written_together:
            if fields & group:
                fields |= group
        return frozenset(
            name
            for name in fields
            if not (name in self.unknown_when_null and getattr(self, name) is None)
        )

    def columns(self) -> dict[str, Any]:
        """The written fields that are plain columns (not references), column → value."""
        references = self.references()
        return {name: getattr(self, name) for name in self.written_fields if name not in references}


@cache
def _fields_with_a_default(record_type: type[MirrorRecord]) -> frozenset[str]:
    return frozenset(
        name
        for name, info in record_type.model_fields.items()
        if not info.is_required() and (info.default_factory is not None or info.default is not None)
    )


@cache
def _references(record_type: type[MirrorRecord]) -> Mapping[str, References]:
    return {
        name: marker
        for name, info in record_type.model_fields.items()
        for marker in info.metadata
        if isinstance(marker, References)
    }


def _not_before(value: datetime | None, info: ValidationInfo, earlier: str) -> None:
    start = info.data.get(earlier)
    if value is not None and isinstance(start, datetime) and value < start:
        raise ValueError(f"must not be before {earlier} ({start.isoformat()})")


class AccountRecord(MirrorRecord):
    entity: ClassVar[str] = "accounts"
    written_together = (frozenset({"kind", "plan"}), frozenset({"country", "region"}))
    unknown_when_null = frozenset({"created_at"})

    kind: AccountKind
    first_name: Annotated[str, _text(100)]
    last_name: Annotated[str, _text(100)] = ""
    email: Annotated[str, _text(254)] | None = None
    phone: Annotated[str, _text(32)] | None = None
    title: Annotated[str, _text(200)] = ""
    photo_url: Annotated[str, _text(500)] | None = None
    company_name: Annotated[str, _text(200)] | None = None
    country: CountryCode | None = None
    region: Annotated[str, StringConstraints(strip_whitespace=True)] | None = None
    city: Annotated[str, _text(120)] | None = None
    timezone: Annotated[str, _text(64)] | None = None
    hourly_rate_cents: RateCents | None = None
    total_hours: NonNegative = 0.0
    english_level: EnglishLevel | None = None
    categories: list[str] = Field(default_factory=list)
    subcategories: list[str] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list)
    badges: list[Badge] = Field(default_factory=list)
    job_success_score: Percent | None = None
    profile_visibility: ProfileVisibility = ProfileVisibility.PUBLIC
    status: AccountStatus = AccountStatus.ACTIVE
    flagged_at: UtcDateTime | None = None
    plan: ClientPlan | None = None
    created_at: UtcDateTime | None = None
    last_active_at: UtcDateTime | None = None

    @field_validator("region")
    @classmethod
    def _region_in_country(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None
        match = _REGION.fullmatch(value)
        if match is None:
            raise ValueError(
                f"{value!r} is not an ISO 3166-2 region code: country, hyphen, up to three "
                "letters or digits, like PH-BTG"
            )
        if "country" not in info.data:  # the country itself was invalid: reported there
            return value
        country = info.data["country"]
        if country is None:
            raise ValueError(f"needs a country: give country {match.group(1)} as well")
        if match.group(1) != country:
            raise ValueError(f"{value} is in {match.group(1)}, but country is {country}")
        return value

    @field_validator("plan")
    @classmethod
    def _plan_only_for_clients(
        cls, value: ClientPlan | None, info: ValidationInfo
    ) -> ClientPlan | None:
        kind = info.data.get("kind")
        if value is not None and kind is not None and kind != AccountKind.CLIENT:
            raise ValueError(f"only clients have a plan, and this account is a {kind}")
        return value

    def columns(self) -> dict[str, Any]:
        values = super().columns()
        if "badges" in values:
            held = set(values.pop("badges"))
            values.update({badge.value: badge in held for badge in Badge})
        return values


class HoldRecord(MirrorRecord):
    entity: ClassVar[str] = "holds"
    written_together = (frozenset({"started_at", "ended_at"}),)

    account: Annotated[ExternalId, References("accounts")]
    reason: Annotated[str, _text(200)]
    started_at: UtcDateTime
    ended_at: UtcDateTime | None = None

    @field_validator("ended_at")
    @classmethod
    def _ended_after_started(cls, value: datetime | None, info: ValidationInfo) -> datetime | None:
        _not_before(value, info, "started_at")
        return value


class AgencyRecord(MirrorRecord):
    entity: ClassVar[str] = "agencies"
    unknown_when_null = frozenset({"created_at"})

    name: Annotated[str, _text(200)]
    owner: Annotated[ExternalId | None, References("accounts")] = None
    country: CountryCode | None = None
    categories: list[str] = Field(default_factory=list)
    status: AgencyStatus = AgencyStatus.ACTIVE
    top_rated: bool = False
    top_rated_plus: bool = False
    premium: bool = False
    job_success_score: Percent | None = None
    created_at: UtcDateTime | None = None
    last_active_at: UtcDateTime | None = None


class MembershipRecord(MirrorRecord):
    entity: ClassVar[str] = "memberships"
    written_together = (frozenset({"joined_at", "left_at"}),)

    agency: Annotated[ExternalId, References("agencies")]
    account: Annotated[ExternalId, References("accounts")]
    role: AgencyRole
    exclusive: bool = False
    joined_at: UtcDateTime
    left_at: UtcDateTime | None = None

    @field_validator("left_at")
    @classmethod
    def _left_after_joined(cls, value: datetime | None, info: ValidationInfo) -> datetime | None:
        _not_before(value, info, "joined_at")
        return value


class JobRecord(MirrorRecord):
    entity: ClassVar[str] = "jobs"
    unknown_when_null = frozenset({"posted_at"})

    client: Annotated[ExternalId, References("accounts")]
    title: Annotated[str, _text(300)]
    description: str = ""
    kind: ContractKind
    status: JobStatus = JobStatus.OPEN
    category: Annotated[str, _text(120)] | None = None
    subcategory: Annotated[str, _text(120)] | None = None
    skills: list[str] = Field(default_factory=list)
    budget_cents: Cents | None = None
    english_level: EnglishLevel | None = None
    preferred_countries: list[CountryCode] = Field(default_factory=list)
    posted_at: UtcDateTime | None = None


class ContractRecord(MirrorRecord):
    entity: ClassVar[str] = "contracts"
    written_together = (frozenset({"status", "started_at", "ended_at"}),)

    job: Annotated[ExternalId | None, References("jobs")] = None
    client: Annotated[ExternalId, References("accounts")]
    freelancer: Annotated[ExternalId, References("accounts")]
    agency: Annotated[ExternalId | None, References("agencies")] = None
    kind: ContractKind
    status: ContractStatus = ContractStatus.OPEN
    title: Annotated[str, _text(300)]
    category: Annotated[str, _text(120)] | None = None
    subcategory: Annotated[str, _text(120)] | None = None
    skills: list[str] = Field(default_factory=list)
    budget_cents: Cents | None = None
    hourly_rate_cents: RateCents | None = None
    started_at: UtcDateTime
    # Checked even when left out: a closed contract without it is refused.
    ended_at: UtcDateTime | None = Field(default=None, validate_default=True)
    excluded_from_jss: bool = False

    @field_validator("freelancer")
    @classmethod
    def _freelancer_is_not_the_client(cls, value: str, info: ValidationInfo) -> str:
        if value == info.data.get("client"):
            raise ValueError(f"must differ from client: {value} cannot contract with itself")
        return value

    @field_validator("ended_at")
    @classmethod
    def _ended_exactly_when_closed(
        cls, value: datetime | None, info: ValidationInfo
    ) -> datetime | None:
        status = info.data.get("status")
        if status == ContractStatus.CLOSED and value is None:
            raise ValueError("is required when status is closed")
        if status is not None and status != ContractStatus.CLOSED and value is not None:
            raise ValueError(f"must be empty while status is {status}: only closed contracts end")
        _not_before(value, info, "started_at")
        return value


class PaymentRecord(MirrorRecord):
    entity: ClassVar[str] = "payments"
    written_together = (frozenset({"amount_cents", "refunded_cents"}),)

    contract: Annotated[ExternalId, References("contracts")]
    kind: PaymentKind
    amount_cents: Cents
    refunded_cents: Cents = 0
    hours: NonNegative | None = None
    paid_at: UtcDateTime

    @field_validator("refunded_cents")
    @classmethod
    def _refund_within_amount(cls, value: int, info: ValidationInfo) -> int:
        amount = info.data.get("amount_cents")
        if amount is not None and value > amount:
            raise ValueError(f"must not exceed amount_cents ({amount}), got {value}")
        return value


class RefundRecord(MirrorRecord):
    entity: ClassVar[str] = "refunds"

    contract: Annotated[ExternalId, References("contracts")]
    payment: Annotated[ExternalId | None, References("payments")] = None
    amount_cents: PositiveCents
    reason: Annotated[str, _text(300)]
    granted_by: Annotated[str, _text(120)]
    granted_at: UtcDateTime


class CreditRecord(MirrorRecord):
    entity: ClassVar[str] = "credits"

    account: Annotated[ExternalId, References("accounts")]
    contract: Annotated[ExternalId | None, References("contracts")] = None
    amount_cents: PositiveCents
    reason: Annotated[str, _text(300)]
    granted_by: Annotated[str, _text(120)]
    granted_at: UtcDateTime


class DisputeRecord(MirrorRecord):
    entity: ClassVar[str] = "disputes"
    written_together = (frozenset({"opened_at", "resolved_at"}),)

    contract: Annotated[ExternalId, References("contracts")]
    opened_by: Annotated[ExternalId, References("accounts")]
    reason: Annotated[str, _text(300)]
    outcome: DisputeOutcome = DisputeOutcome.OPEN
    opened_at: UtcDateTime
    resolved_at: UtcDateTime | None = None

    @field_validator("resolved_at")
    @classmethod
    def _resolved_after_opened(
        cls, value: datetime | None, info: ValidationInfo
    ) -> datetime | None:
        _not_before(value, info, "opened_at")
        return value


class FeedbackRecord(MirrorRecord):
    entity: ClassVar[str] = "feedback"

    contract: Annotated[ExternalId, References("contracts")]
    direction: FeedbackDirection
    from_account: Annotated[ExternalId, References("accounts")]
    to_account: Annotated[ExternalId, References("accounts")]
    public_rating: Annotated[float, Field(ge=1, le=5)]
    public_comment: str = ""
    private_score: Annotated[int, Field(ge=0, le=10)] | None = None
    private_comment: str = ""
    end_reason: Annotated[str, _text(200)] | None = None
    left_at: UtcDateTime
    removed_from_profile: bool = False
    excluded_from_jss: bool = False

    @field_validator("to_account")
    @classmethod
    def _not_to_oneself(cls, value: str, info: ValidationInfo) -> str:
        if value == info.data.get("from_account"):
            raise ValueError(f"must differ from from_account: {value} cannot rate itself")
        return value


class MessageRecord(MirrorRecord):
    entity: ClassVar[str] = "messages"

    room: Annotated[str, _text(64)]
    # No contract: the message was sent before any contract (pre-contract).
    contract: Annotated[ExternalId | None, References("contracts")] = None
    sender: Annotated[ExternalId, References("accounts")]
    recipient: Annotated[ExternalId | None, References("accounts")] = None
    text: str
    sent_at: UtcDateTime
    redacted_at: UtcDateTime | None = None


class NoteRecord(MirrorRecord):
    entity: ClassVar[str] = "notes"
    unknown_when_null = frozenset({"created_at"})

    account: Annotated[ExternalId, References("accounts")]
    author: Annotated[str, _text(120)]
    kind: NoteKind = NoteKind.GENERAL
    text: str
    created_at: UtcDateTime | None = None


class InvitationRecord(MirrorRecord):
    entity: ClassVar[str] = "invitations"

    job: Annotated[ExternalId, References("jobs")]
    freelancer: Annotated[ExternalId, References("accounts")]
    invited_at: UtcDateTime
    invited_by: Annotated[str, _text(120)] | None = None


RECORD_TYPES: dict[str, type[MirrorRecord]] = {
    record_type.entity: record_type
    for record_type in (
        AccountRecord,
        HoldRecord,
        AgencyRecord,
        MembershipRecord,
        JobRecord,
        ContractRecord,
        PaymentRecord,
        RefundRecord,
        CreditRecord,
        DisputeRecord,
        FeedbackRecord,
        MessageRecord,
        NoteRecord,
        InvitationRecord,
    )
}
assert RECORD_TYPES.keys() == MIRROR_MODELS.keys(), "one record type per mirror entity"


RecordT = TypeVar("RecordT", bound=MirrorRecord)


class UnknownEntity(LookupError):
    def __init__(self, entity: str) -> None:
        self.entity = entity
        super().__init__(f"unknown entity {entity!r}; the entities are: {', '.join(RECORD_TYPES)}")

    def __str__(self) -> str:
        return str(self.args[0])


def record_type_for(entity: str) -> type[MirrorRecord]:
    """The record type of ``entity`` (``"contracts"`` → ``ContractRecord``)."""
    try:
        return RECORD_TYPES[entity]
    except KeyError:
        raise UnknownEntity(entity) from None


@dataclass(frozen=True)
class FieldProblem:
    """One reason a record was refused: the field (``badges[1]``) and what is wrong."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"field {self.field}: {self.message}"


class InvalidRecord(ValueError):
    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(problem) for problem in problems))


def parse_record(record_type: type[RecordT], data: Any) -> RecordT:
    """``data`` validated as a ``record_type``; raises ``InvalidRecord`` naming every bad field."""
    try:
        return record_type.model_validate(data)
    except ValidationError as error:
        problems = [_describe(record_type, detail) for detail in error.errors(include_url=False)]
        raise InvalidRecord(problems) from None


def _describe(record_type: type[MirrorRecord], detail: Any) -> FieldProblem:
    location: tuple[str | int, ...] = detail["loc"]
    field = _field_path(location)
    kind: str = detail["type"]
    value = detail.get("input")
    if kind == "extra_forbidden":
        return FieldProblem(field, _unknown_field(record_type, str(location[0])))
    if kind == "missing":
        return FieldProblem(field, "is required")
    if kind == "model_type":
        return FieldProblem(field, f"must be an object with the fields of {record_type.entity}")
    if value is None and kind.endswith("_type"):
        return FieldProblem(field, "must not be empty")
    if kind == "value_error":
        return FieldProblem(field, str(detail["msg"]).removeprefix("Value error, "))
    if kind == "enum":
        return FieldProblem(field, f"must be {detail['ctx']['expected']}, not {value!r}")
    message = str(detail["msg"])
    if isinstance(value, str | int | float) and len(repr(value)) <= 40:
        message = f"{message} (got {value!r})"
    return FieldProblem(field, message)


def _field_path(location: tuple[str | int, ...]) -> str:
    path = ""
    for part in location:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else part)
    return path or "record"


def _unknown_field(record_type: type[MirrorRecord], name: str) -> str:
    known = list(record_type.model_fields)
    close = difflib.get_close_matches(name, known, n=1)
    if close:
        return f"is not a field of {record_type.entity} (did you mean {close[0]}?)"
    return f"is not a field of {record_type.entity}; its fields are: {', '.join(known)}"
