"""The audit log: every decision and staff action the desk has recorded, for admins and
team leads to read, filter and follow to the ticket or account it changed.

- ``queries``: one page of the trail, filtered, and its rows in words.
- ``web``: the page (``/audit``).
"""
