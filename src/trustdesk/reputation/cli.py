"""``trustdesk reputation recompute|show``: the set-based recompute with a progress display,
and the explanation of one account's or agency's score as JSON, with a what-if preview."""

from __future__ import annotations

import json
import time as clock
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk.db import session_scope, utcnow
from trustdesk.marketplace.models import Account, Agency
from trustdesk.reputation import actions, queries
from trustdesk.reputation.actions import RecomputeSummary
from trustdesk.reputation.queries import ReputationError

reputation_app = typer.Typer(
    help="Job Success Score and badges: recompute them, explain them.", no_args_is_help=True
)
console = Console(stderr=True)

#: Weeks of history the demo records, so My Stats has a chart and Top Rated eligible weeks
#: have something to count (the chart's earlier weeks are every eighth week).
DEMO_RECENT_WEEKS = 16


def _as_of(value: datetime | None) -> datetime:
    if value is None:
        return utcnow()
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


AsOf = Annotated[
    datetime | None,
    typer.Option(
        "--as-of",
        formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"],
        help="Compute as of this UTC moment (default: now)",
    ),
]


def _bar(show: bool) -> tuple[Progress | None, Callable[[str, int, int], None]]:
    if not show:
        return None, lambda _step, _done, _total: None
    progress = Progress(
        TextColumn("{task.description:<44}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
    )
    task = progress.add_task("recompute", total=None)

    def report(step: str, done: int, total: int) -> None:
        progress.update(task, description=step, completed=done, total=total)

    return progress, report


def _print_summary(summary: RecomputeSummary, seconds: float) -> None:
    console.print(
        f"Recomputed as of {summary.as_of:%Y-%m-%d %H:%M} UTC in {seconds:.1f} s: "
        f"{summary.freelancers:,} freelancers ({summary.freelancers_with_score:,} with a score), "
        f"{summary.agencies:,} agencies ({summary.agencies_with_score:,} with a score), "
        f"{summary.top_rated:,} Top Rated, {summary.rising_talent:,} Rising Talent.",
        highlight=False,
    )


@reputation_app.command("recompute")
def recompute_command(
    account: Annotated[
        str | None, typer.Option(help="Only this freelancer (id or external id)")
    ] = None,
    agency: Annotated[str | None, typer.Option(help="Only this agency (id or external id)")] = None,
    history_weeks: Annotated[
        int,
        typer.Option(min=0, max=104, help="Also record this many past weeks of history"),
    ] = 0,
    as_of: AsOf = None,
    progress: Annotated[bool, typer.Option(help="Show the progress")] = True,
) -> None:
    """Recompute every freelancer's and agency's Job Success Score and badges with SQL over
    whole tables (or one account's or agency's, incrementally)."""
    now = _as_of(as_of)
    started = clock.monotonic()
    try:
        with session_scope() as session:
            if account is not None or agency is not None:
                changes = []
                if account is not None:
                    account_id = _account_id(session, account)
                    changes.append(actions.recompute_account(session, account_id, now, actor="cli"))
                if agency is not None:
                    agency_id = _agency_id(session, agency)
                    changes.append(actions.recompute_agency(session, agency_id, now, actor="cli"))
                for change in changes:
                    console.print(f"{change.name}: {change.summary}", highlight=False)
                return
            bar, report = _bar(progress)
            if bar is not None:
                bar.start()
            try:
                if history_weeks:
                    actions.record_history(session, now, history_weeks, progress=report)
                summary = actions.recompute_all(session, now, actor="cli", progress=report)
            finally:
                if bar is not None:
                    bar.stop()
    except ReputationError as error:
        console.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from error
    _print_summary(summary, clock.monotonic() - started)


def _account_id(session: Session, value: str) -> int:
    found = session.scalar(
        select(Account.id).where(
            (Account.external_id == value) | (Account.id == (int(value) if value.isdigit() else -1))
        )
    )
    if found is None:
        raise ReputationError(f"ACCOUNT: no account with id or external id {value!r}")
    return int(found)


def _agency_id(session: Session, value: str) -> int:
    found = session.scalar(
        select(Agency.id).where(
            (Agency.external_id == value) | (Agency.id == (int(value) if value.isdigit() else -1))
        )
    )
    if found is None:
        raise ReputationError(f"--agency: no agency with id or external id {value!r}")
    return int(found)


@reputation_app.command("show")
def show_command(
    account: Annotated[str, typer.Argument(help="Freelancer (or, with --agency, agency) id")],
    exclude_feedback: Annotated[
        list[int] | None,
        typer.Option(
            "--exclude-feedback", help="Preview the score with this feedback excluded; repeat"
        ),
    ] = None,
    is_agency: Annotated[
        bool, typer.Option("--agency", help="ACCOUNT names an agency, not a freelancer")
    ] = False,
    as_of: AsOf = None,
) -> None:
    """Print the score, the badges and every contract (counts or not, weight, outcome, why)
    as JSON; with --exclude-feedback, the score before and after and which way it moves."""
    now = _as_of(as_of)
    try:
        with session_scope() as session:
            subject_id = (
                _agency_id(session, account) if is_agency else _account_id(session, account)
            )
            subject_type = "agency" if is_agency else "account"
            payload: dict[str, Any]
            if exclude_feedback:
                preview = (
                    actions.preview_agency_exclusion if is_agency else actions.preview_exclusion
                )
                what_if = preview(session, subject_id, exclude_feedback, now)
                payload = what_if.model_dump(mode="json")
            else:
                payload = queries.explain(session, subject_type, subject_id, now).model_dump(
                    mode="json"
                )
    except ReputationError as error:
        console.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from error
    typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))


def compute_after_demo(today: datetime | None, *, history: bool = True) -> None:
    """Leave a freshly generated demo with scores, badges and a history to chart: the last
    16 weeks weekly and the 24 months before them every eighth week."""
    now = datetime.combine(today.date(), time(0), UTC) if today is not None else utcnow()
    started = clock.monotonic()
    bar, report = _bar(True)
    if bar is not None:
        bar.start()
    try:
        with session_scope() as session:
            weeks = (
                [*range(104, DEMO_RECENT_WEEKS, -8), *range(DEMO_RECENT_WEEKS, 0, -1)]
                if history
                else []
            )
            for index, weeks_back in enumerate(weeks, start=1):
                actions.record_week(session, now - timedelta(weeks=weeks_back))
                report(f"history: {weeks_back} weeks ago", index, len(weeks))
            summary = actions.recompute_all(session, now, actor="system:demo", progress=report)
    finally:
        if bar is not None:
            bar.stop()
    _print_summary(summary, clock.monotonic() - started)
