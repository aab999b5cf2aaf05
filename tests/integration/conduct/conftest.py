"""Conversation-safety tests work tickets like the desk's do: the same fixtures."""

from tests.integration.desk.conftest import (  # noqa: F401 (pytest finds fixtures by name)
    agent,
    executive,
    make_ticket,
    requester,
    seeded,
    team_lead,
)
