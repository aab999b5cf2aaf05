"""Conversation safety (C8): abusive users, venting, self-harm and the other scripted
situations of a live chat or ticket, from playbook 002.

- ``policy``: pure rules: what a scanned message asks of the agent, when a chat may be
  disconnected, the reply linter for self-harm conversations, the scripted situations.
- ``live``: runs inside the desk's actions: every incoming user message is scanned.
- ``actions``: what the agent does about it (warn, disconnect, the self-harm child ticket,
  a supervisor follow-up), each one transaction with its audit record.
"""
