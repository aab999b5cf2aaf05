"""The inbound record types: what they accept, what they refuse and how they say so."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Enum, String

from trustdesk.marketplace.models import MIRROR_MODELS, Badge, ContractStatus
from trustdesk.marketplace.records import (
    RECORD_TYPES,
    AccountRecord,
    ContractRecord,
    FieldProblem,
    InvalidRecord,
    MirrorRecord,
    UnknownEntity,
    parse_record,
    record_type_for,
)

WHEN = "2026-09-01T00:00:00Z"
# The smallest valid record of each entity: the required fields, nothing else.
MINIMAL: dict[str, dict[str, Any]] = {
    "accounts": {"external_id": "fl-1", "kind": "freelancer", "first_name": "Maria"},
    "holds": {"external_id": "hd-1", "account": "fl-1", "reason": "ID check", "started_at": WHEN},
    "agencies": {"external_id": "ag-1", "name": "Northwind Studio"},
    "memberships": {
        "external_id": "mb-1",
        "agency": "ag-1",
        "account": "fl-1",
        "role": "member",
        "joined_at": WHEN,
    },
    "jobs": {"external_id": "jb-1", "client": "cl-1", "title": "Logo", "kind": "fixed"},
    "contracts": {
        "external_id": "ct-1",
        "client": "cl-1",
        "freelancer": "fl-1",
        "kind": "fixed",
        "title": "Logo",
        "started_at": WHEN,
    },
    "payments": {
        "external_id": "py-1",
        "contract": "ct-1",
        "kind": "milestone",
        "amount_cents": 10000,
        "paid_at": WHEN,
    },
    "refunds": {
        "external_id": "rf-1",
        "contract": "ct-1",
        "amount_cents": 2500,
        "reason": "Late delivery",
        "granted_by": "Jamie Reyes",
        "granted_at": WHEN,
    },
    "credits": {
        "external_id": "cr-1",
        "account": "cl-1",
        "amount_cents": 1000,
        "reason": "Courtesy credit",
        "granted_by": "Jamie Reyes",
        "granted_at": WHEN,
    },
    "disputes": {
        "external_id": "dp-1",
        "contract": "ct-1",
        "opened_by": "cl-1",
        "reason": "Non-delivery",
        "opened_at": WHEN,
    },
    "feedback": {
        "external_id": "fb-1",
        "contract": "ct-1",
        "direction": "client_to_freelancer",
        "from_account": "cl-1",
        "to_account": "fl-1",
        "public_rating": 5,
        "left_at": WHEN,
    },
    "messages": {
        "external_id": "msg-1",
        "room": "rm-1",
        "sender": "cl-1",
        "text": "Hello",
        "sent_at": WHEN,
    },
    "notes": {"external_id": "nt-1", "account": "fl-1", "author": "Jamie", "text": "Called."},
    "invitations": {
        "external_id": "in-1",
        "job": "jb-1",
        "freelancer": "fl-1",
        "invited_at": WHEN,
    },
}
# Links to trustdesk's own decisions: the marketplace cannot know them.
TRUSTDESK_OWNED_COLUMNS = {"removed_by_decision_id", "excluded_by_decision_id"}
FORMAT_CHECKED = {"country", "region"}


def problems(entity: str, **fields: Any) -> list[str]:
    """The problems found in the minimal record of ``entity`` with ``fields`` changed."""
    try:
        parse_record(record_type_for(entity), MINIMAL[entity] | fields)
    except InvalidRecord as error:
        return [str(problem) for problem in error.problems]
    return []


def parsed(entity: str, **fields: Any) -> MirrorRecord:
    return parse_record(record_type_for(entity), MINIMAL[entity] | fields)


# --- The contract matches the schema --------------------------------------------------------


@pytest.mark.parametrize("entity", MIRROR_MODELS)
def test_each_record_covers_every_column_of_its_model(entity: str) -> None:
    record_type = RECORD_TYPES[entity]
    written: set[str] = set()
    for name in record_type.model_fields:
        if name in record_type.references():
            written.add(f"{name}_id")
        elif name == "badges":
            written |= {badge.value for badge in Badge}
        else:
            written.add(name)
    columns = {column.name for column in MIRROR_MODELS[entity].__table__.columns}

    assert written == columns - {"id"} - TRUSTDESK_OWNED_COLUMNS


@pytest.mark.parametrize("entity", MIRROR_MODELS)
def test_the_minimal_record_of_each_entity_is_valid(entity: str) -> None:
    assert problems(entity) == []


TEXT_COLUMNS = [
    (entity, column.name, column.type.length)
    for entity, model in MIRROR_MODELS.items()
    for column in model.__table__.columns
    if isinstance(column.type, String)
    and not isinstance(column.type, Enum)
    and column.type.length
    and column.name not in FORMAT_CHECKED
]


@pytest.mark.parametrize(("entity", "field", "length"), TEXT_COLUMNS)
def test_text_longer_than_its_column_is_refused(entity: str, field: str, length: int) -> None:
    assert problems(entity, **{field: "x" * length}) == []
    [problem] = problems(entity, **{field: "x" * (length + 1)})
    assert problem.startswith(f"field {field}: String should have at most {length} characters")


# --- Date-times -----------------------------------------------------------------------------


def test_a_date_time_without_an_offset_is_taken_as_utc() -> None:
    record = parsed("contracts", started_at="2026-09-01T08:30:00")

    assert isinstance(record, ContractRecord)
    assert record.started_at == datetime(2026, 9, 1, 8, 30, tzinfo=UTC)


def test_a_date_time_with_an_offset_is_converted_to_utc() -> None:
    record = parsed("contracts", started_at="2026-09-01T08:30:00+08:00")

    assert isinstance(record, ContractRecord)
    assert record.started_at == datetime(2026, 9, 1, 0, 30, tzinfo=UTC)
    assert record.started_at.tzinfo is UTC


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("01/09/2026", "'01/09/2026' is not an ISO 8601 date-time (like 2024-09-03T14:05:00Z)"),
        (1788220800, "must be an ISO 8601 date-time string (like 2024-09-03T14:05:00Z)"),
    ],
)
def test_a_date_time_must_be_iso_8601(value: object, message: str) -> None:
    assert problems("contracts", started_at=value) == [f"field started_at: {message}"]


# --- Ranges ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rating", "problem"),
    [
        (0.5, "Input should be greater than or equal to 1 (got 0.5)"),
        (5.5, "Input should be less than or equal to 5 (got 5.5)"),
    ],
)
def test_a_public_rating_is_from_1_to_5(rating: float, problem: str) -> None:
    assert problems("feedback", public_rating=rating) == [f"field public_rating: {problem}"]
    assert problems("feedback", public_rating=1) == problems("feedback", public_rating=5) == []


def test_a_private_score_is_from_0_to_10() -> None:
    assert problems("feedback", private_score=0) == problems("feedback", private_score=10) == []
    assert problems("feedback", private_score=11) == [
        "field private_score: Input should be less than or equal to 10 (got 11)"
    ]


def test_money_is_never_negative_and_refunds_and_credits_are_positive() -> None:
    assert problems("payments", amount_cents=-1) == [
        "field amount_cents: Input should be greater than or equal to 0 (got -1)"
    ]
    assert problems("payments", amount_cents=0) == []
    assert problems("refunds", amount_cents=0) == [
        "field amount_cents: Input should be greater than 0 (got 0)"
    ]
    assert problems("credits", amount_cents=12.5) == [
        "field amount_cents: Input should be a valid integer, got a number with a fractional "
        "part (got 12.5)"
    ]


def test_a_refund_on_a_payment_cannot_exceed_its_amount() -> None:
    assert problems("payments", amount_cents=10000, refunded_cents=10000) == []
    assert problems("payments", amount_cents=10000, refunded_cents=10001) == [
        "field refunded_cents: must not exceed amount_cents (10000), got 10001"
    ]


def test_not_a_number_is_refused() -> None:
    assert problems("accounts", total_hours="nan") == [
        "field total_hours: Input should be a finite number (got 'nan')"
    ]


# --- Enums and codes ------------------------------------------------------------------------


def test_an_enum_value_error_lists_the_allowed_values() -> None:
    assert problems("contracts", status="finished") == [
        "field status: must be 'open', 'paused' or 'closed', not 'finished'"
    ]


def test_a_badge_error_names_its_position() -> None:
    assert problems("accounts", badges=["top_rated", "superstar"]) == [
        "field badges[1]: must be 'top_rated', 'top_rated_plus', 'rising_talent', 'premium' "
        "or 'expert_vetted', not 'superstar'"
    ]


@pytest.mark.parametrize("country", ["ph", "PHL", "P1", "Philippines"])
def test_a_country_is_two_upper_case_letters(country: str) -> None:
    assert problems("accounts", country=country) == [
        f"field country: {country!r} is not an ISO 3166-1 country code: two upper-case "
        "letters, like PH"
    ]


def test_a_region_is_an_iso_3166_2_code_within_the_country() -> None:
    assert problems("accounts", country="PH", region="PH-BTG") == []
    assert problems("accounts", country="JP", region="JP-13") == []
    assert problems("accounts", country="ID", region="PH-BTG") == [
        "field region: PH-BTG is in PH, but country is ID"
    ]
    assert problems("accounts", region="PH-BTG") == [
        "field region: needs a country: give country PH as well"
    ]
    assert problems("accounts", country="PH", region="Batangas") == [
        "field region: 'Batangas' is not an ISO 3166-2 region code: country, hyphen, up to "
        "three letters or digits, like PH-BTG"
    ]


def test_preferred_countries_are_country_codes() -> None:
    assert problems("jobs", preferred_countries=["PH", "india"]) == [
        "field preferred_countries[1]: 'india' is not an ISO 3166-1 country code: two "
        "upper-case letters, like PH"
    ]


# --- Rules between fields -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "ended_at", "expected"),
    [
        ("closed", "2026-10-01T00:00:00Z", []),
        ("open", None, []),
        ("closed", None, ["field ended_at: is required when status is closed"]),
        (
            "paused",
            "2026-10-01T00:00:00Z",
            ["field ended_at: must be empty while status is paused: only closed contracts end"],
        ),
    ],
)
def test_a_contract_is_closed_exactly_when_it_has_ended(
    status: str, ended_at: str | None, expected: list[str]
) -> None:
    assert problems("contracts", status=status, ended_at=ended_at) == expected


def test_a_closed_contract_without_ended_at_is_refused_even_when_the_field_is_left_out() -> None:
    assert problems("contracts", status="closed") == [
        "field ended_at: is required when status is closed"
    ]


def test_a_contract_cannot_end_before_it_started() -> None:
    assert problems("contracts", status="closed", ended_at="2026-08-31T23:59:59Z") == [
        "field ended_at: must not be before started_at (2026-09-01T00:00:00+00:00)"
    ]


def test_a_client_cannot_contract_with_itself() -> None:
    assert problems("contracts", freelancer="cl-1") == [
        "field freelancer: must differ from client: cl-1 cannot contract with itself"
    ]


def test_a_membership_cannot_end_before_it_began() -> None:
    assert problems("memberships", left_at="2026-08-01T00:00:00Z") == [
        "field left_at: must not be before joined_at (2026-09-01T00:00:00+00:00)"
    ]
    assert problems("memberships", left_at="2026-09-01T00:00:00Z") == []


def test_only_clients_have_a_plan() -> None:
    assert problems("accounts", kind="client", plan="enterprise") == []
    assert problems("accounts", plan="enterprise") == [
        "field plan: only clients have a plan, and this account is a freelancer"
    ]


# --- Field names and nulls ------------------------------------------------------------------


def test_a_misspelt_field_is_named_with_the_likely_one() -> None:
    assert problems("feedback", publc_rating=4) == [
        "field publc_rating: is not a field of feedback (did you mean public_rating?)"
    ]


def test_an_unknown_field_with_no_likely_match_lists_the_fields() -> None:
    [problem] = problems("notes", mood="calm")

    assert problem.startswith("field mood: is not a field of notes; its fields are: external_id,")


def test_a_required_field_that_is_missing_or_empty_is_named() -> None:
    data = dict(MINIMAL["accounts"])
    del data["first_name"]

    with pytest.raises(InvalidRecord) as missing:
        parse_record(AccountRecord, data)

    assert missing.value.problems == [FieldProblem("first_name", "is required")]
    assert problems("accounts", first_name=None) == ["field first_name: must not be empty"]


def test_null_in_a_field_with_a_default_means_the_default() -> None:
    record = parsed("accounts", last_name=None, skills=None, status=None, total_hours=None)

    assert record.columns() == {
        "external_id": "fl-1",
        "kind": "freelancer",
        "first_name": "Maria",
        "plan": None,
        "last_name": "",
        "skills": [],
        "status": "active",
        "total_hours": 0.0,
    }


def test_null_created_at_means_not_known_and_is_not_written() -> None:
    assert "created_at" not in parsed("accounts", created_at=None).written_fields
    assert "created_at" in parsed("accounts", created_at=WHEN).written_fields


def test_fields_left_out_are_not_written_but_rules_write_their_fields_together() -> None:
    account = parsed("accounts", country="PH")
    contract = parsed("contracts")

    assert "title" not in account.written_fields
    assert {"country", "region"} <= account.written_fields
    assert {"status", "started_at", "ended_at"} <= contract.written_fields
    assert "excluded_from_jss" not in contract.written_fields


def test_badges_set_the_five_badge_columns() -> None:
    columns = parsed("accounts", badges=["premium", "top_rated"]).columns()

    assert "badges" not in columns
    assert {badge.value: columns[badge.value] for badge in Badge} == {
        "top_rated": True,
        "top_rated_plus": False,
        "rising_talent": False,
        "premium": True,
        "expert_vetted": False,
    }


def test_numeric_external_ids_are_read_as_text() -> None:
    record = parsed("contracts", external_id=1017, client=42)

    assert isinstance(record, ContractRecord)
    assert (record.external_id, record.client) == ("1017", "42")


def test_references_name_the_entity_they_point_into() -> None:
    references = {name: ref.entity for name, ref in ContractRecord.references().items()}

    assert references == {
        "job": "jobs",
        "client": "accounts",
        "freelancer": "accounts",
        "agency": "agencies",
    }
    assert parsed("contracts").columns()["status"] == ContractStatus.OPEN


def test_an_unknown_entity_lists_the_entities() -> None:
    with pytest.raises(UnknownEntity) as raised:
        record_type_for("freelancers")

    assert str(raised.value) == (
        "unknown entity 'freelancers'; the entities are: accounts, holds, agencies, "
        "memberships, jobs, contracts, payments, refunds, credits, disputes, feedback, "
        "messages, notes, invitations"
    )
