"""The targeted outreach as a job: batches of freelancers, one transaction each.

Each batch commits on its own, so an interrupted run loses at most the batch it was in;
the next run (the job queued again by "Resume", or ``trustdesk crisis outreach``) starts
with whoever has not been sent the email, because a sent email leaves a
``TargetedMessage`` row and its email key is per event and account.
"""

from __future__ import annotations

from collections.abc import Callable

from trustdesk.crisis import actions, queries
from trustdesk.db import session_scope

Progress = Callable[[int, int], None]


def run_outreach(
    event_id: int,
    *,
    batch_size: int = actions.OUTREACH_BATCH,
    progress: Progress | None = None,
    max_batches: int | None = None,
) -> int:
    """Send the event's targeted email to everyone not yet sent it, a batch per
    transaction; returns how many this run sent. ``progress(sent, total)`` is called after
    each batch; ``max_batches`` stops early (a test of resuming)."""
    sent_now = 0
    batches = 0
    while max_batches is None or batches < max_batches:
        with session_scope() as session:
            event = queries.get_event(session, event_id)
            if event is None:
                return sent_now
            if queries.campaign_for(session, event_id) is None:
                actions.start_outreach(
                    session, event, actor=actions.OUTREACH_ACTOR, queue_job=False
                )
            sent = actions.send_outreach_batch(session, event, limit=batch_size)
            campaign = queries.campaign_for(session, event_id)
            assert campaign is not None
            done, total = campaign.sent, campaign.total
        sent_now += sent
        batches += 1
        if progress is not None:
            progress(done, total)
        if sent == 0:
            break
    return sent_now
