"""``trustdesk crisis outreach EVENT_ID``: preview and run an event's targeted email from
the command line, with a progress bar. It runs the same batches as the job, here and now,
so it also resumes an outreach that was interrupted (whoever was sent it is skipped).

(``trustdesk decide feedback-removal`` lives in ``crisis.cli``.)
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from trustdesk.crisis import actions, queries, tasks
from trustdesk.db import session_scope

crisis_app = typer.Typer(help="The crisis programme: targeted outreach.", no_args_is_help=True)
console = Console(stderr=True)


@crisis_app.callback()
def crisis_callback() -> None:
    """The crisis programme: targeted outreach."""


@crisis_app.command("outreach")
def outreach_command(
    event_id: Annotated[int, typer.Argument(min=1, help="The crisis event's id")],
    preview: Annotated[
        bool, typer.Option("--preview", help="Only count who would be emailed; send nothing")
    ] = False,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, max=5000, help="Freelancers per transaction")
    ] = actions.OUTREACH_BATCH,
) -> None:
    """Send the event's targeted email (with its check-in link) to every freelancer located
    in the impacted regions who has not been sent it yet."""
    with session_scope() as session:
        event = queries.get_event(session, event_id)
        if event is None:
            console.print(f"[red]event_id: crisis event {event_id} does not exist[/red]")
            raise typer.Exit(2)
        name, impacted, unsent = (
            event.name,
            queries.count_impacted(session, event),
            queries.count_unsent(session, event),
        )
        if not preview:
            actions.start_outreach(session, event, actor="cli", queue_job=False)
    console.print(
        f"{name}: {impacted:,} freelancers potentially located in the impacted regions, "
        f"{unsent:,} not yet sent the targeted email.",
        highlight=False,
    )
    if preview:
        return
    with Progress(
        TextColumn("Sending"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
    ) as progress:
        task = progress.add_task("send", total=impacted, completed=impacted - unsent)

        def report(sent: int, total: int) -> None:
            progress.update(task, completed=sent, total=total)

        sent_now = tasks.run_outreach(event_id, batch_size=batch_size, progress=report)
    console.print(f"Sent {sent_now:,} emails now; the outreach of {name} is done.", highlight=False)
