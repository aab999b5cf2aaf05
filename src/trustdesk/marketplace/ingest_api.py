"""The marketplace's push API: ``POST /api/v1/sync/{entity}`` upserts records into the mirror.

The same record types and the same ``upsert_records`` as ``trustdesk import``; a call is
all or nothing, like a file without ``--skip-invalid``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, ConfigDict, Field

from trustdesk.auth import Caller, SessionDep, api
from trustdesk.db import utcnow
from trustdesk.marketplace.actions import UpsertError, upsert_records
from trustdesk.marketplace.records import (
    InvalidRecord,
    MirrorRecord,
    UnknownEntity,
    parse_record,
    record_type_for,
)
from trustdesk.reputation.actions import recompute_after_sync
from trustdesk.staff.models import Role, Scope

MAX_RECORDS_PER_CALL = 1_000
API_SOURCE = "api"

router = APIRouter(prefix="/api/v1/sync", tags=["marketplace sync"])

MirrorWriter = Annotated[Caller, Depends(api(Role.ADMIN, scopes=(Scope.MIRROR_WRITE,)))]


class SyncRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    records: Annotated[
        list[dict[str, Any]],
        Field(
            max_length=MAX_RECORDS_PER_CALL,
            description="Records of the entity, fields as in the import files; "
            f"at most {MAX_RECORDS_PER_CALL} per call.",
        ),
    ]


class SyncResult(BaseModel):
    entity: str
    created: int
    updated: int
    unchanged: int


@router.post(
    "/{entity}",
    summary="Create or update mirror records by external_id",
    responses={
        400: {"description": "The body is not JSON"},
        401: {"description": "No bearer token or staff login"},
        403: {"description": "The token lacks the mirror:write scope"},
        404: {"description": "No such entity; the message lists the valid ones"},
        422: {"description": "A record is invalid: each problem names records[i].field"},
    },
)
def sync_records(
    entity: str, body: SyncRequest, session: SessionDep, caller: MirrorWriter
) -> SyncResult:
    """Upsert the records (all or none): 422 names each bad ``records[i].field``, 404 an
    unknown entity."""
    try:
        record_type = record_type_for(entity)
    except UnknownEntity as error:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=str(error)) from None
    records: list[MirrorRecord] = []
    errors: list[dict[str, Any]] = []
    for index, data in enumerate(body.records):
        try:
            records.append(parse_record(record_type, data))
        except InvalidRecord as invalid:
            errors.extend(
                _error(index, problem.field, problem.message, "invalid_record")
                for problem in invalid.problems
            )
    if errors:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, detail=errors)
    try:
        result = upsert_records(session, entity, records, actor=caller.actor, source=API_SOURCE)
    except UpsertError as error:
        detail = [
            _error(problem.index, problem.field, problem.message, "unwritable_record")
            for problem in error.problems
        ]
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, detail=detail) from None
    if result.created or result.updated:
        recompute_after_sync(session, entity, records, utcnow(), actor=caller.actor)
    return SyncResult(
        entity=entity, created=result.created, updated=result.updated, unchanged=result.unchanged
    )


def _error(index: int, field: str, message: str, kind: str) -> dict[str, Any]:
    """One error in the shape of FastAPI's own validation errors, its message self-contained."""
    return {
        "loc": ["body", "records", index, field],
        "msg": f"records[{index}].{field}: {message}",
        "type": kind,
    }
