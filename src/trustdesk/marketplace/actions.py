"""Changes to the marketplace mirror: the upsert every file import and API push goes through."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, TypeVar

from sqlalchemy import JSON, ColumnElement, Table, cast, false, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

# Every table must be known before the ORM flushes: the audit row links to decisions.
import trustdesk.models  # noqa: F401
from trustdesk import audit
from trustdesk.db import Base
from trustdesk.marketplace.models import MIRROR_MODELS, Feedback, FeedbackDirection
from trustdesk.marketplace.records import MirrorRecord, record_type_for

CHUNK_SIZE = 1_000
"""Records per reference look-up and per executemany: big enough to be fast (100,000
accounts import in seconds), small enough that each look-up's IN list stays well under both
databases' bound-parameter limits."""

Row = dict[str, Any]


@dataclass(frozen=True)
class RecordProblem:
    """Why the record at ``index`` (in the sequence given) cannot be written."""

    index: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"field {self.field}: {self.message}"


class UpsertError(ValueError):
    """Some records cannot be written (unknown references, duplicates); nothing was written."""

    def __init__(self, problems: Sequence[RecordProblem]) -> None:
        self.problems = list(problems)
        super().__init__(
            "; ".join(f"record {problem.index}: {problem}" for problem in self.problems)
        )


@dataclass(frozen=True)
class UpsertResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: tuple[RecordProblem, ...] = field(default=())

    @property
    def skipped_records(self) -> int:
        return len({problem.index for problem in self.skipped})

    def counts(self) -> dict[str, int]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped_records,
        }


def upsert_records(
    session: Session,
    entity: str,
    records: Sequence[MirrorRecord],
    *,
    actor: str,
    source: str,
    skip_invalid: bool = False,
    on_progress: Callable[[int], None] | None = None,
) -> UpsertResult:
    """Create or update the mirror rows of ``entity`` from ``records``, keyed on external_id.

    References are resolved in bulk; rows whose columns would not change are left alone, so
    the counts are exact. A record with an unknown reference (or an external_id given twice)
    makes the whole call fail with ``UpsertError`` before anything is written, unless
    ``skip_invalid``, in which case it is left out and returned in ``skipped``. Writes one
    audit row; never commits. ``on_progress`` is called with the number of records dealt
    with after each chunk.
    """
    record_type = record_type_for(entity)
    for record in records:
        if not isinstance(record, record_type):
            raise TypeError(f"{entity} takes {record_type.__name__}, not {type(record).__name__}")
    table = _table(entity)
    session.flush()

    rows, problems = _resolve_references(session, records)
    if entity == "feedback":
        problems += _one_feedback_per_direction(session, rows, records)
    if problems and not skip_invalid:
        raise UpsertError(problems)
    invalid = {problem.index for problem in problems}
    valid_rows = [row for index, row in rows if index not in invalid]
    if on_progress and invalid:
        on_progress(len(invalid))

    created = updated = 0
    for chunk in _chunks_of_alike_rows(valid_rows):
        new, changed = _write_chunk(session, table, chunk)
        created += new
        updated += changed
        if on_progress:
            on_progress(len(chunk))
    _expire_loaded(session, MIRROR_MODELS[entity])

    result = UpsertResult(
        created=created,
        updated=updated,
        unchanged=len(valid_rows) - created - updated,
        skipped=tuple(problems),
    )
    audit.record(
        session,
        actor=actor,
        action="marketplace.import",
        subject_type="mirror_entity",
        subject_id=entity,
        after={**result.counts(), "source": source},
    )
    session.flush()
    return result


T = TypeVar("T")


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _table(entity: str) -> Table:
    return Base.metadata.tables[MIRROR_MODELS[entity].__tablename__]


def _resolve_references(
    session: Session, records: Sequence[MirrorRecord]
) -> tuple[list[tuple[int, Row]], list[RecordProblem]]:
    """Each record as a row of column values, its external-id references turned into ids."""
    rows: list[tuple[int, Row]] = []
    problems: list[RecordProblem] = []
    first_seen: set[str] = set()
    for start in range(0, len(records), CHUNK_SIZE):
        chunk = records[start : start + CHUNK_SIZE]
        known_ids = _look_up_references(session, chunk)
        for index, record in enumerate(chunk, start=start):
            if record.external_id in first_seen:
                problems.append(
                    RecordProblem(
                        index,
                        "external_id",
                        f"{record.external_id!r} appears more than once in this import",
                    )
                )
                continue
            first_seen.add(record.external_id)
            row = record.columns()
            written = record.written_fields
            for name, reference in record.references().items():
                if name not in written:
                    continue
                external_id = getattr(record, name)
                if external_id is None:
                    row[f"{name}_id"] = None
                elif external_id in known_ids[reference.entity]:
                    row[f"{name}_id"] = known_ids[reference.entity][external_id]
                else:
                    problems.append(
                        RecordProblem(
                            index,
                            name,
                            f"no {reference.entity} record has external_id {external_id!r}",
                        )
                    )
            rows.append((index, row))
    return rows, problems


def _look_up_references(
    session: Session, chunk: Sequence[MirrorRecord]
) -> dict[str, dict[str, int]]:
    """For each referenced entity, one query: external id → id for the ids the chunk names."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for record in chunk:
        for name, reference in record.references().items():
            external_id = getattr(record, name)
            if external_id is not None:
                wanted[reference.entity].add(external_id)
    known: dict[str, dict[str, int]] = defaultdict(dict)
    for entity, external_ids in wanted.items():
        model = MIRROR_MODELS[entity]
        found = session.execute(
            select(model.external_id, model.id).where(model.external_id.in_(external_ids))
        )
        known[entity] = dict(found.all())
    return known


def _one_feedback_per_direction(
    session: Session, rows: list[tuple[int, Row]], records: Sequence[MirrorRecord]
) -> list[RecordProblem]:
    """The database keeps one feedback per contract and direction; say which record breaks
    that instead of failing the whole write."""
    resolved = [(index, row) for index, row in rows if "contract_id" in row]
    importing = {row["external_id"] for _, row in resolved}
    stored: dict[tuple[int, FeedbackDirection], str] = {}
    contract_ids = sorted({row["contract_id"] for _, row in resolved})
    for chunk in _batched(contract_ids, CHUNK_SIZE):
        found = session.execute(
            select(Feedback.contract_id, Feedback.direction, Feedback.external_id).where(
                Feedback.contract_id.in_(chunk)
            )
        )
        for contract_id, direction, external_id in found:
            stored[(contract_id, direction)] = external_id
    problems: list[RecordProblem] = []
    claimed: dict[tuple[int, FeedbackDirection], str] = {}
    for index, row in resolved:
        key = (row["contract_id"], FeedbackDirection(row["direction"]))
        holder = claimed.get(key)
        if holder is None and stored.get(key) not in (None, row["external_id"]):
            holder = stored[key] if stored[key] not in importing else None
        if holder is not None:
            contract = getattr(records[index], "contract", "?")
            problems.append(
                RecordProblem(
                    index,
                    "direction",
                    f"contract {contract} already has {key[1]} feedback ({holder}); "
                    "there is one per direction",
                )
            )
        else:
            claimed[key] = row["external_id"]
    return problems


def _chunks_of_alike_rows(rows: Iterable[Row]) -> Iterator[list[Row]]:
    """Chunks of rows that write the same columns (one INSERT serves a whole chunk)."""
    by_columns: dict[frozenset[str], list[Row]] = defaultdict(list)
    for row in rows:
        by_columns[frozenset(row)].append(row)
    for alike in by_columns.values():
        yield from _batched(alike, CHUNK_SIZE)


def _write_chunk(session: Session, table: Table, rows: list[Row]) -> tuple[int, int]:
    """Upsert ``rows``; return how many were created and how many updated."""
    external_ids = [row["external_id"] for row in rows]
    existing = session.scalar(
        select(func.count()).select_from(table).where(table.c.external_id.in_(external_ids))
    )
    statement = _upsert_statement(session, table, columns=sorted(rows[0]))
    # A plain executemany (the statement prepared once, the rows streamed): both drivers
    # report the rows it inserted or updated, and the WHERE keeps unchanged rows out.
    result = session.execute(statement, rows, execution_options={"preserve_rowcount": True})
    assert isinstance(result, CursorResult)
    written = result.rowcount
    created = len(rows) - (existing or 0)
    return created, written - created


def _upsert_statement(session: Session, table: Table, columns: list[str]) -> Any:
    """INSERT … ON CONFLICT (external_id) DO UPDATE SET <columns> WHERE <any of them
    differs>: unchanged rows are not rewritten, and not counted."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        statement: postgresql.Insert | sqlite.Insert = postgresql.insert(table)
    elif dialect == "sqlite":
        statement = sqlite.insert(table)
    else:
        raise NotImplementedError(f"upserts are written for sqlite and postgresql, not {dialect}")
    updated = [column for column in columns if column != "external_id"]
    changed = [
        _is_distinct(table, statement.excluded, column, postgres=dialect == "postgresql")
        for column in updated
    ]
    return statement.on_conflict_do_update(
        index_elements=[table.c.external_id],
        set_={column: statement.excluded[column] for column in updated},
        where=or_(false(), *changed),
    )


def _is_distinct(
    table: Table, excluded: Any, column: str, *, postgres: bool
) -> ColumnElement[bool]:
    stored, incoming = table.c[column], excluded[column]
    if postgres and isinstance(stored.type, JSON):
        # PostgreSQL's json type has no equality; jsonb compares by value.
        return cast(stored, postgresql.JSONB).is_distinct_from(cast(incoming, postgresql.JSONB))
    return stored.is_distinct_from(incoming)


def _expire_loaded(session: Session, model: type[Any]) -> None:
    """Rows were rewritten under the ORM's feet: reload any already in the session."""
    for instance in list(session.identity_map.values()):
        if isinstance(instance, model):
            session.expire(instance)
