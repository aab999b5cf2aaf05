"""Signed, expiring links."""

from __future__ import annotations

import time

import pytest

from trustdesk.links import LinkExpired, LinkInvalid, make_link_token, read_link_token

SECRET = "unit-test-secret"


def test_a_link_names_its_subject() -> None:
    token = make_link_token("my_stats", 42, secret=SECRET)
    assert read_link_token("my_stats", token, 60, secret=SECRET) == "42"


def test_a_link_for_another_purpose_is_invalid() -> None:
    token = make_link_token("my_stats", "account:1", secret=SECRET)
    with pytest.raises(LinkInvalid):
        read_link_token("crisis_check_in", token, 60, secret=SECRET)


def test_an_altered_link_is_invalid() -> None:
    token = make_link_token("my_stats", "account:1", secret=SECRET)
    with pytest.raises(LinkInvalid):
        read_link_token("my_stats", token[:-2] + "xx", 60, secret=SECRET)
    with pytest.raises(LinkInvalid):
        read_link_token("my_stats", token, 60, secret="another secret")


def test_an_old_link_has_expired() -> None:
    token = make_link_token("my_stats", "account:1", secret=SECRET)
    time.sleep(1.1)
    with pytest.raises(LinkExpired, match="expired"):
        read_link_token("my_stats", token, 0, secret=SECRET)
