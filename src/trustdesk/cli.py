"""The ``trustdesk`` command line."""

from __future__ import annotations

import os
from typing import Annotated

import typer
from rich.console import Console
from sqlalchemy import func, select

import trustdesk.models  # noqa: F401  (every table registered before any query)
from trustdesk import migrate
from trustdesk.config import get_settings
from trustdesk.db import session_scope
from trustdesk.marketplace.demo import demo_command
from trustdesk.marketplace.importing import import_command
from trustdesk.staff.models import Role, Scope

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
app.add_typer(db_app, name="db")
app.add_typer(staff_app, name="staff")
app.add_typer(token_app, name="token")
app.command("import")(import_command)
app.command("demo")(demo_command)

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
    """Migrate, generate the demo marketplace if the database is empty, and serve."""
    from trustdesk.marketplace.demo import DemoSize, generate_demo
    from trustdesk.marketplace.models import Account
    from trustdesk.staff.actions import DEMO_PASSWORD, ensure_demo_staff

    migrate.upgrade()
    with session_scope() as session:
        empty = session.scalar(select(func.count()).select_from(Account)) == 0
    if empty:
        console.print("Empty database: generating the demo marketplace…")
        generate_demo(size=DemoSize.DEFAULT)
    with session_scope() as session:
        logins = ensure_demo_staff(session)
    url = f"http://{host}:{port}"
    console.print(f"\n[bold]trustdesk is at {url}[/bold]  (API docs: {url}/docs)")
    console.print(f"Demo logins (password [bold]{DEMO_PASSWORD}[/bold]):")
    for email, role in logins:
        console.print(f"  {role.label:<24} {email}")
    console.print()
    os.environ.setdefault("PORT", str(port))
    serve(host=host, port=port)


def _safe_url() -> str:
    from sqlalchemy.engine import make_url

    return make_url(get_settings().database_url).render_as_string(hide_password=True)
