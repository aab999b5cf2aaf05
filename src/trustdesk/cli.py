"""The ``trustdesk`` command line."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from sqlalchemy import func, select

import trustdesk.models  # noqa: F401  (every table registered before any query)
from trustdesk import migrate
from trustdesk.config import get_settings
from trustdesk.crisis.commands import crisis_app
from trustdesk.db import session_scope
from trustdesk.feedback_removal.cli import decide_app
from trustdesk.marketplace.demo import demo_command
from trustdesk.marketplace.importing import import_command
from trustdesk.reputation.cli import compute_after_demo, reputation_app
from trustdesk.staff.models import Role, Scope
from trustdesk.textsafety.cli import scan_app

app = typer.Typer(
    help="trustdesk: the support and trust-and-safety desk of a freelance marketplace.",
    no_args_is_help=True,
    add_completion=False,
)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
staff_app = typer.Typer(help="Staff logins.", no_args_is_help=True)
token_app = typer.Typer(
    help="API tokens for machine clients (the marketplace).", no_args_is_help=True
)
mail_app = typer.Typer(help="Email into the desk.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(staff_app, name="staff")
app.add_typer(token_app, name="token")
app.add_typer(mail_app, name="mail")
app.command("import")(import_command)
app.add_typer(scan_app, name="scan")
app.add_typer(decide_app, name="decide")
app.add_typer(crisis_app, name="crisis")
app.add_typer(reputation_app, name="reputation")


@functools.wraps(demo_command)
def demo_with_reputation(*args: Any, **kwargs: Any) -> None:
    demo_command(*args, **kwargs)
    # The demo leaves scores and badges computed (LARGE, for benchmarks, without history).
    compute_after_demo(kwargs.get("today"), history=kwargs.get("size") != "large")


app.command("demo")(demo_with_reputation)

console = Console(stderr=True)


@db_app.command("upgrade")
def db_upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision")] = "head",
) -> None:
    """Apply migrations up to REVISION (default: the newest)."""
    migrate.upgrade(revision=revision)
    console.print(f"[green]Database at {revision}[/green]: {_safe_url()}")


@db_app.command("revision")
def db_revision(message: Annotated[str, typer.Option("--message", "-m")]) -> None:
    """Autogenerate a migration from the models (for developers)."""
    migrate.revision(message)


@staff_app.command("create")
def staff_create(
    email: str,
    full_name: Annotated[str, typer.Option("--name", help="Full name")],
    role: Annotated[Role, typer.Option(help="Staff role")],
    password: Annotated[str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True)],
) -> None:
    """Create a staff login."""
    from trustdesk.staff.actions import StaffError, create_staff_user

    try:
        with session_scope() as session:
            create_staff_user(
                session,
                email=email,
                full_name=full_name,
                role=role,
                password=password,
                actor="cli",
            )
    except StaffError as error:
        console.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from error
    console.print(f"Created {role.label} login for {email}")


@token_app.command("create")
def token_create(
    name: str,
    scope: Annotated[list[Scope], typer.Option(help="Scope to grant; repeat for several")],
) -> None:
    """Create an API token and print it once (only its hash is kept)."""
    from trustdesk.staff.actions import create_api_token

    with session_scope() as session:
        issued = create_api_token(session, name=name, scopes=scope, actor="cli")
        secret = issued.secret
    typer.echo(secret)


@app.command("serve")
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(envvar="PORT", help="Port (PORT overrides)")] = 8000,
) -> None:
    """Serve the web application and API."""
    import uvicorn

    uvicorn.run("trustdesk.app:create_app", factory=True, host=host, port=port)


@app.command("run")
def run(
    host: Annotated[str, typer.Option(help="Interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(envvar="PORT", help="Port (PORT overrides)")] = 8000,
) -> None:
    """Migrate, seed the desk, generate the demo marketplace and its tickets if the
    database is empty, and serve."""
    from trustdesk.crisis.demo import seed_demo_crisis
    from trustdesk.db import utcnow
    from trustdesk.desk.demo import seed_demo_desk
    from trustdesk.desk.seed import seed_desk
    from trustdesk.feedback_removal.demo import seed_demo_removals
    from trustdesk.marketplace.demo import DemoSize, generate_demo
    from trustdesk.marketplace.models import Account
    from trustdesk.staff.actions import DEMO_PASSWORD, ensure_demo_staff

    migrate.upgrade()
    with session_scope() as session:
        empty = session.scalar(select(func.count()).select_from(Account)) == 0
    summary = None
    if empty:
        console.print("Empty database: generating the demo marketplace…")
        summary = generate_demo(size=DemoSize.DEFAULT)
        compute_after_demo(None)
    with session_scope() as session:
        seed_desk(session)
        logins = ensure_demo_staff(session)
        if summary is not None:
            tickets = seed_demo_desk(session, summary, utcnow())
            event = seed_demo_crisis(session, summary, utcnow())
            console.print(f"Registered the crisis event {event.name} (outreach not run).")
            removals = seed_demo_removals(session, summary, event, utcnow())
            console.print(f"Filed {len(removals)} demo crisis feedback removal requests.")
            console.print(f"Opened {len(tickets)} demo tickets from the planted scenarios.")
    url = f"http://{host}:{port}"
    console.print(f"\n[bold]trustdesk is at {url}[/bold]  (API docs: {url}/docs)")
    console.print(f"Demo logins (password [bold]{DEMO_PASSWORD}[/bold]):")
    for email, role in logins:
        console.print(f"  {role.label:<24} {email}")
    console.print()
    os.environ.setdefault("PORT", str(port))
    serve(host=host, port=port)


# Exit codes a mail server understands from a delivery pipe (sysexits.h): the message is
# bad (bounce it), or try again later.
EX_DATAERR = 65
EX_TEMPFAIL = 75


@mail_app.command("receive")
def mail_receive(
    file: Annotated[
        Path | None,
        typer.Argument(
            metavar="FILE",
            help="The RFC 822 message; read from standard input when omitted (an MTA pipe)",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ] = None,
) -> None:
    """Receive one email: thread a reply onto its ticket, or open a ticket.

    Exits 65 when the message cannot be read (the mail server bounces it) and 75 when
    the database is unavailable (the mail server retries later)."""
    from sqlalchemy.exc import OperationalError

    from trustdesk.desk.inbound import InboundError, receive

    raw = file.read_bytes() if file is not None else sys.stdin.buffer.read()
    try:
        with session_scope() as session:
            result = receive(session, raw, actor="cli:mail-receive")
    except InboundError as error:
        console.print(f"[red]{error}[/red]")
        raise typer.Exit(EX_DATAERR) from error
    except OperationalError as error:
        console.print(f"[red]database unavailable, try again later: {error.orig}[/red]")
        raise typer.Exit(EX_TEMPFAIL) from error
    ticket = f" ticket #{result.ticket_id}" if result.ticket_id is not None else ""
    detail = f": {result.detail}" if result.detail else ""
    console.print(f"{result.outcome}{ticket}{detail}")


@app.command("worker")
def worker(
    workers: Annotated[
        int, typer.Option("--workers", min=1, max=64, help="Threads running jobs")
    ] = 2,
) -> None:
    """Run background jobs (email, team notifications, the SLA check every minute).

    With TRUSTDESK_REDIS_URL, start as many workers as the load needs; without it, the
    web process consumes its SQLite queue itself unless TRUSTDESK_JOBS_IN_PROCESS=false."""
    import logging

    from trustdesk import jobs

    settings = get_settings()
    if settings.jobs_immediate:
        console.print(
            "[red]TRUSTDESK_JOBS_IMMEDIATE is set: jobs run where they are queued, "
            "there is no queue to consume[/red]"
        )
        raise typer.Exit(2)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    queue = f"Redis {_safe_redis_url()}" if settings.redis_url else str(jobs.SQLITE_QUEUE_PATH)
    console.print(f"Consuming jobs from {queue} with {workers} threads")
    jobs.run_worker(workers=workers)


def _safe_redis_url() -> str:
    """The Redis URL without its password."""
    from urllib.parse import urlsplit

    url = urlsplit(get_settings().redis_url or "")
    host = f"{url.hostname}:{url.port}" if url.port else str(url.hostname)
    return url._replace(netloc=host).geturl()


def _safe_url() -> str:
    from sqlalchemy.engine import make_url

    return make_url(get_settings().database_url).render_as_string(hide_password=True)
