"""``trustdesk import`` end to end (through the real CLI) and the upsert beneath it."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest
from rich.console import Console
from sqlalchemy import Connection, event, func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner, Result

from trustdesk.audit import AuditEvent
from trustdesk.cli import app
from trustdesk.db import Base
from trustdesk.marketplace.actions import CHUNK_SIZE, UpsertError, upsert_records
from trustdesk.marketplace.importing import FileFormat, import_file
from trustdesk.marketplace.models import (
    MIRROR_MODELS,
    Account,
    AccountKind,
    AccountNote,
    Agency,
    AgencyMembership,
    ClientPlan,
    Contract,
    ContractStatus,
    Feedback,
    Job,
    Message,
    Payment,
)
from trustdesk.marketplace.records import AccountRecord, FeedbackRecord, NoteRecord

ModelT = TypeVar("ModelT", bound=Base)
FIXTURES = Path(__file__).parents[2] / "fixtures" / "import"
runner = CliRunner()


def run_import(*arguments: str | Path) -> Result:
    return runner.invoke(app, ["import", *(str(argument) for argument in arguments)])


def unboxed(output: str) -> str:
    """Typer's error box, as one line of words (the box wraps long messages)."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", output).split())


def imported(entity: str, fixture: str) -> str:
    """Import a fixture file that must succeed; return the summary line."""
    result = run_import(entity, FIXTURES / fixture)
    assert result.exit_code == 0, result.output
    return result.stdout.strip()


def load_marketplace() -> None:
    """Accounts, the agency, the job and the contracts the other fixture files refer to."""
    imported("accounts", "accounts.jsonl")
    imported("accounts", "accounts.csv")
    imported("agencies", "agencies.jsonl")
    imported("jobs", "jobs.jsonl")
    imported("contracts", "contracts.jsonl")


def stored(session: Session, model: type[ModelT], external_id: str) -> ModelT:
    """The mirror row with ``external_id``, which must exist."""
    found = session.scalar(select(model).where(model.__table__.c.external_id == external_id))
    assert found is not None, f"{model.__name__} {external_id} is in the mirror"
    return found


def account(session: Session, external_id: str) -> Account:
    return stored(session, Account, external_id)


def row_counts(session: Session) -> dict[str, int]:
    counts = {
        entity: session.scalar(select(func.count()).select_from(model)) or 0
        for entity, model in MIRROR_MODELS.items()
    }
    counts["audit_events"] = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
    return counts


def copy_with_changes(source: str, target: Path, changes: dict[str, dict[str, Any]]) -> Path:
    """A copy of a JSON Lines fixture with some records' fields changed (by external_id)."""
    lines = []
    for line in (FIXTURES / source).read_text().splitlines():
        record = json.loads(line)
        record.update(changes.get(record["external_id"], {}))
        lines.append(json.dumps(record))
    target.write_text("\n".join(lines) + "\n")
    return target


# --- Creating -------------------------------------------------------------------------------


def test_jsonl_import_creates_accounts_with_badges_places_and_utc_times(session: Session) -> None:
    summary = imported("accounts", "accounts.jsonl")

    assert summary.endswith("accounts: 4 created, 0 updated, 0 unchanged, 0 skipped")
    maria = account(session, "fl-1001")
    assert (maria.country, maria.region, maria.city) == ("PH", "PH-BTG", "Batangas City")
    assert maria.badges == ["top_rated"]
    assert maria.skills == ["Figma", "Webflow", "Shopify"]
    assert maria.hourly_rate_cents == 3500
    assert maria.last_active_at == datetime(2026, 10, 30, 1, 12, tzinfo=UTC)
    chris = account(session, "cl-2001")
    assert (chris.kind, chris.plan) == (AccountKind.CLIENT, ClientPlan.BUSINESS)


def test_csv_import_splits_lists_and_reads_empty_cells_as_null(session: Session) -> None:
    summary = imported("accounts", "accounts.csv")

    assert summary.endswith("accounts: 3 created, 0 updated, 0 unchanged, 0 skipped")
    lucia = account(session, "fl-1101")
    assert lucia.first_name == "Lucía"
    assert lucia.badges == ["top_rated_plus", "expert_vetted"]
    assert lucia.skills == ["Python", "Django", "PostgreSQL"]
    oksana = account(session, "fl-1102")
    assert oksana.skills == ["Copywriting", "SEO"]
    assert oksana.badges == []
    # No offset in the file: taken as UTC.
    assert oksana.created_at == datetime(2020, 11, 20, 9, 30, tzinfo=UTC)
    dana = account(session, "cl-2101")
    assert dana.hourly_rate_cents is None
    assert dana.total_hours == 0.0  # empty cell in a field with a default: the default
    assert dana.plan == ClientPlan.ENTERPRISE


def test_every_fixture_entity_imports_with_its_references_resolved(session: Session) -> None:
    load_marketplace()
    assert imported("contracts", "contracts.csv").endswith(
        "2 created, 0 updated, 0 unchanged, 0 skipped"
    )
    imported("memberships", "memberships.csv")
    imported("payments", "payments.csv")
    imported("feedback", "feedback.jsonl")
    imported("messages", "messages.jsonl")
    imported("notes", "notes.csv")

    contract = stored(session, Contract, "ct-601")
    assert contract.client.external_id == "cl-2001"
    assert contract.freelancer.external_id == "fl-1001"
    assert contract.agency_id == stored(session, Agency, "ag-301").id
    assert contract.job_id == stored(session, Job, "jb-501").id
    assert contract.status == ContractStatus.CLOSED
    assert [payment.amount_cents for payment in contract.payments] == [75000, 75000]
    assert [payment.refunded_cents for payment in contract.payments] == [0, 5000]
    assert {item.external_id for item in contract.feedback} == {"fb-801", "fb-802"}
    from_csv = stored(session, Contract, "ct-612")
    assert (from_csv.status, from_csv.ended_at, from_csv.budget_cents) == (
        ContractStatus.PAUSED,
        None,
        60000,
    )
    hourly = stored(session, Payment, "py-703")
    assert (hourly.hours, hourly.refunded_cents) == (20.0, 0)
    assert stored(session, AgencyMembership, "mb-402").left_at == datetime(2025, 9, 30, tzinfo=UTC)
    assert stored(session, Message, "msg-901").pre_contract
    assert stored(session, Message, "msg-902").contract_id == contract.id
    assert stored(session, AccountNote, "nt-1201").account.external_id == "fl-1001"
    assert stored(session, Job, "jb-501").preferred_countries == ["PH", "IN"]


def test_each_import_writes_one_audit_row_with_counts_and_source(session: Session) -> None:
    imported("accounts", "accounts.jsonl")

    events = session.scalars(
        select(AuditEvent).where(AuditEvent.action == "marketplace.import")
    ).all()
    assert len(events) == 1
    assert (events[0].actor, events[0].subject_id) == ("cli", "accounts")
    assert events[0].after == {
        "created": 4,
        "updated": 0,
        "unchanged": 0,
        "skipped": 0,
        "source": str(FIXTURES / "accounts.jsonl"),
    }


# --- All or nothing -------------------------------------------------------------------------


def test_a_malformed_jsonl_row_is_named_and_nothing_is_written(session: Session) -> None:
    imported("accounts", "accounts.jsonl")
    before = row_counts(session)
    path = FIXTURES / "contracts_one_bad_row.jsonl"

    result = run_import("contracts", path)

    assert result.exit_code == 1
    assert f"{path}:2: field ended_at: is required when status is closed" in result.stderr
    assert "nothing imported" in result.stderr
    assert row_counts(session) == before
    # The good row before the bad one was not written either.
    assert session.scalar(select(Contract).where(Contract.external_id == "ct-621")) is None


def test_a_malformed_csv_row_is_named_by_its_line_counting_the_header(session: Session) -> None:
    load_marketplace()
    before = row_counts(session)
    path = FIXTURES / "feedback_one_bad_row.csv"

    result = run_import("feedback", path)

    assert result.exit_code == 1
    assert f"{path}:3: field public_rating: Input should be less than or equal to 5" in (
        result.stderr
    )
    assert row_counts(session) == before
    assert session.scalar(select(Feedback).where(Feedback.external_id == "fb-811")) is None


def test_an_unknown_reference_names_the_line_field_and_missing_id(session: Session) -> None:
    imported("accounts", "accounts.jsonl")
    before = row_counts(session)
    path = FIXTURES / "contracts_unknown_reference.jsonl"

    result = run_import("contracts", path)

    assert result.exit_code == 1
    assert f"{path}:2: field client: no accounts record has external_id 'cl-7777'" in (
        result.stderr
    )
    assert row_counts(session) == before


def test_skip_invalid_imports_the_good_rows_and_lists_the_bad(session: Session) -> None:
    load_marketplace()
    path = FIXTURES / "payments_some_bad_rows.csv"

    result = run_import("payments", path, "--skip-invalid")

    assert result.exit_code == 0, result.output
    assert f"{path}:3: field refunded_cents: must not exceed amount_cents (50000)" in (
        result.stderr
    )
    assert f"{path}:4: field kind: must be 'hourly', 'milestone', 'fixed_price' or" in (
        result.stderr
    )
    assert f"{path}:5: field contract: no contracts record has external_id 'ct-999'" in (
        result.stderr
    )
    assert result.stdout.strip().endswith("2 created, 0 updated, 0 unchanged, 3 skipped")
    written = session.scalars(select(Payment.external_id).order_by(Payment.external_id)).all()
    assert written == ["py-711", "py-715"]


def test_without_skip_invalid_the_same_file_writes_nothing(session: Session) -> None:
    load_marketplace()

    result = run_import("payments", FIXTURES / "payments_some_bad_rows.csv")

    assert result.exit_code == 1
    assert "--skip-invalid imports the valid rows" in result.stderr
    assert session.scalar(select(func.count()).select_from(Payment)) == 0


def test_an_unknown_csv_column_is_reported_once_and_spoils_the_file(
    session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "accounts.csv"
    path.write_text("external_id,kind,first_name,hourly_rate\nfl-1,freelancer,Ana,3000\n")

    result = run_import("accounts", path, "--skip-invalid")

    assert result.exit_code == 1
    assert result.stderr.count("field hourly_rate: is not a field of accounts") == 1
    assert f"{path}:1: field hourly_rate" in result.stderr
    assert session.scalar(select(func.count()).select_from(Account)) == 0


def test_a_line_that_is_not_json_is_reported(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "accounts.jsonl"
    path.write_text(
        '{"external_id": "fl-1", "kind": "freelancer", "first_name": "Ana"}\n'
        '{"external_id": "fl-2", "kind": "freelancer",\n'
    )

    result = run_import("accounts", path)

    assert result.exit_code == 1
    assert f"{path}:2: not valid JSON" in result.stderr
    assert session.scalar(select(func.count()).select_from(Account)) == 0


def test_a_file_that_is_not_utf_8_is_named(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_bytes("external_id,kind,first_name\nfl-1,freelancer,Lucía\n".encode("latin-1"))

    result = run_import("accounts", path)

    assert result.exit_code == 1
    assert f"{path}: is not UTF-8 text" in result.stderr
    assert session.scalar(select(func.count()).select_from(Account)) == 0


def test_csv_lines_are_counted_as_an_editor_counts_them(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_text(
        "external_id,kind,first_name\n"  # line 1
        "fl-1,freelancer,Ana\n"
        "\n"
        'fl-2,"freelancer"\n'  # line 4
        'fl-3,freelancer,"Maria\nJosé"\n'  # lines 5 and 6
        "fl-4,freelance,Ravi\n"  # line 7
    )

    result = run_import("accounts", path, "--skip-invalid")

    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"{path}:4: has 2 cells, but the header names 3 columns",
        f"{path}:7: field kind: must be 'freelancer' or 'client', not 'freelance'",
    ]
    assert result.stdout.strip().endswith("2 created, 0 updated, 0 unchanged, 2 skipped")
    assert account(session, "fl-3").first_name == "Maria\nJosé"


def test_a_terminal_sees_the_progress_bar(session: Session) -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=100)

    outcome = import_file(
        FIXTURES / "accounts.jsonl", "accounts", FileFormat.JSONL, console=console
    )

    assert outcome.result is not None
    assert outcome.result.created == 4
    assert "Writing accounts" in screen.getvalue()


# --- Upserting ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entity", "fixture", "count"),
    [
        ("accounts", "accounts.jsonl", 4),
        ("accounts", "accounts.csv", 3),
    ],
)
def test_reimporting_the_same_file_changes_nothing(
    session: Session, entity: str, fixture: str, count: int
) -> None:
    first = imported(entity, fixture)
    second = imported(entity, fixture)

    assert first.endswith(f"{count} created, 0 updated, 0 unchanged, 0 skipped")
    assert second.endswith(f"0 created, 0 updated, {count} unchanged, 0 skipped")
    assert session.scalar(select(func.count()).select_from(Account)) == count


def test_reimporting_contracts_with_lists_and_times_changes_nothing(session: Session) -> None:
    load_marketplace()

    assert imported("contracts", "contracts.jsonl").endswith(
        "0 created, 0 updated, 2 unchanged, 0 skipped"
    )


def test_a_changed_row_is_reported_as_updated(session: Session, tmp_path: Path) -> None:
    imported("accounts", "accounts.jsonl")
    changed = copy_with_changes(
        "accounts.jsonl",
        tmp_path / "accounts.jsonl",
        {"fl-1001": {"hourly_rate_cents": 4000, "badges": ["top_rated", "premium"]}},
    )

    summary = imported("accounts", str(changed))

    assert summary.endswith("0 created, 1 updated, 3 unchanged, 0 skipped")
    maria = account(session, "fl-1001")
    assert maria.hourly_rate_cents == 4000
    assert maria.badges == ["top_rated", "premium"]


def test_a_field_left_out_keeps_the_value_trustdesk_stored(session: Session) -> None:
    load_marketplace()
    imported("feedback", "feedback.jsonl")
    feedback = stored(session, Feedback, "fb-801")
    feedback.removed_from_profile = True  # as a removal decision would
    session.flush()

    summary = imported("feedback", "feedback.jsonl")  # the file has no removed_from_profile

    assert summary.endswith("0 created, 0 updated, 2 unchanged, 0 skipped")
    session.refresh(feedback)
    assert feedback.removed_from_profile is True


def test_format_option_reads_a_file_whose_extension_says_nothing(
    session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "accounts-export.txt"
    path.write_text((FIXTURES / "accounts.csv").read_text())

    guessed = run_import("accounts", path)
    told = run_import("accounts", path, "--format", "csv")

    assert guessed.exit_code == 2
    assert "pass --format jsonl or --format csv" in unboxed(guessed.output)
    assert told.exit_code == 0, told.output
    assert session.scalar(select(func.count()).select_from(Account)) == 3


def test_an_unknown_entity_lists_the_entities(session: Session) -> None:
    result = run_import("contractz", FIXTURES / "contracts.jsonl")

    assert result.exit_code == 2
    assert "unknown entity 'contractz'; the entities are: accounts, holds," in unboxed(
        result.output
    )


def test_import_help_describes_every_argument_and_option() -> None:
    result = runner.invoke(app, ["import", "--help"])

    assert result.exit_code == 0
    for expected in ("ENTITY", "FILE", "--format", "--skip-invalid", "accounts, holds"):
        assert expected in result.output


# --- The upsert itself, on more rows than a chunk -------------------------------------------


def many_accounts(count: int) -> list[AccountRecord]:
    return [
        AccountRecord(external_id=f"fl-{number}", kind=AccountKind.FREELANCER, first_name="Ana")
        for number in range(count)
    ]


def test_references_are_looked_up_once_per_entity_per_chunk(
    session: Session, connection: Connection
) -> None:
    count = 2 * CHUNK_SIZE + 500
    upsert_records(session, "accounts", many_accounts(count), actor="test", source="test")
    notes = [
        NoteRecord(external_id=f"nt-{number}", account=f"fl-{number}", author="Sam", text="Hi")
        for number in range(count)
    ]
    statements: list[str] = []

    def remember(*arguments: Any) -> None:
        statements.append(arguments[2])

    event.listen(connection, "before_cursor_execute", remember)
    try:
        result = upsert_records(session, "notes", notes, actor="test", source="test")
    finally:
        event.remove(connection, "before_cursor_execute", remember)

    assert (result.created, result.updated, result.unchanged) == (count, 0, 0)
    account_lookups = [sql for sql in statements if "FROM accounts" in sql]
    assert len(account_lookups) == 3  # three chunks, one query each, not one per row
    inserts = [sql for sql in statements if sql.lstrip().upper().startswith("INSERT")]
    assert len(inserts) == 3 + 1  # one multi-row INSERT per chunk, and the audit row
    again = upsert_records(session, "notes", notes, actor="test", source="test")
    assert (again.created, again.updated, again.unchanged) == (0, 0, count)


def test_an_external_id_given_twice_in_one_call_is_refused(session: Session) -> None:
    records = [*many_accounts(2), many_accounts(1)[0]]

    with pytest.raises(UpsertError) as raised:
        upsert_records(session, "accounts", records, actor="test", source="test")

    [problem] = raised.value.problems
    assert (problem.index, problem.field) == (2, "external_id")
    assert session.scalar(select(func.count()).select_from(Account)) == 0


def test_a_second_feedback_in_the_same_direction_is_refused(session: Session) -> None:
    load_marketplace()
    imported("feedback", "feedback.jsonl")
    duplicate = FeedbackRecord.model_validate(
        {
            "external_id": "fb-899",
            "contract": "ct-601",
            "direction": "client_to_freelancer",
            "from_account": "cl-2001",
            "to_account": "fl-1001",
            "public_rating": 1,
            "left_at": "2026-07-20T00:00:00Z",
        }
    )

    with pytest.raises(UpsertError) as raised:
        upsert_records(session, "feedback", [duplicate], actor="test", source="test")

    [problem] = raised.value.problems
    assert problem.field == "direction"
    assert "already has client_to_freelancer feedback (fb-801)" in problem.message


def test_records_of_another_entity_are_refused(session: Session) -> None:
    with pytest.raises(TypeError, match="notes takes NoteRecord, not AccountRecord"):
        upsert_records(session, "notes", many_accounts(1), actor="test", source="test")
