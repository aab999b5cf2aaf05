"""Side effects wait for the real commit: never on a SAVEPOINT's release, never on rollback."""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from trustdesk import audit


def test_effects_run_after_the_commit_not_when_a_savepoint_is_released(engine: Engine) -> None:
    ran: list[str] = []
    with Session(engine) as session:
        audit.after_commit(session, lambda: ran.append("effect"))
        with session.begin_nested():
            pass
        assert ran == []
        session.commit()
    assert ran == ["effect"]


def test_effects_are_dropped_on_rollback(engine: Engine) -> None:
    ran: list[str] = []
    with Session(engine) as session:
        session.execute(text("SELECT 1"))
        audit.after_commit(session, lambda: ran.append("effect"))
        session.rollback()
        session.commit()
    assert ran == []
