"""Reading inbound email: who sent it, what it answers, and only the new text."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustdesk.desk.inbound import (
    EMPTY_BODY,
    InboundEmail,
    InboundError,
    html_to_text,
    parse_message,
    reply_text,
)
from trustdesk.mail import ticket_id_from_address


def _raw(body: str = "Thanks, that fixed it.", **headers: str) -> bytes:
    message = EmailMessage()
    defaults = {
        "From": "Maria Santos <Maria.Santos@Example.com>",
        "To": "support+t42@trustdesk.local",
        "Subject": "Re: [#42] Payment on hold",
        "Message-ID": "<reply-1@mail.example.com>",
    }
    for name, value in (defaults | headers).items():
        if value:
            message[name] = value
    message.set_content(body)
    return message.as_bytes()


# --- cutting the quoted conversation ------------------------------------------------


def test_a_gmail_reply_keeps_only_the_text_above_the_attribution() -> None:
    text = (
        "Yes, the milestone was delivered yesterday.\n"
        "\n"
        "On Tue, Sep 3, 2024 at 10:12 AM trustdesk support <support@trustdesk.local> wrote:\n"
        "> Could you confirm the milestone was delivered?\n"
        ">\n"
        "> Kind regards\n"
    )
    assert reply_text(text) == "Yes, the milestone was delivered yesterday."


def test_an_attribution_wrapped_over_two_lines_is_still_recognised() -> None:
    text = (
        "Done.\n"
        "\n"
        "On Tue, 3 Sep 2024 at 10:12, trustdesk support <\n"
        "support@trustdesk.local> wrote:\n"
        "\n"
        "Earlier text that is not quoted with >\n"
    )
    assert reply_text(text) == "Done."


def test_an_outlook_reply_is_cut_at_the_original_message_header() -> None:
    text = (
        "Please call me tomorrow.\r\n"
        "\r\n"
        "-----Original Message-----\r\n"
        "From: trustdesk support\r\n"
        "Sent: Tuesday, September 3, 2024 10:12 AM\r\n"
        "Earlier text\r\n"
    )
    assert reply_text(text) == "Please call me tomorrow."


def test_an_outlook_reply_is_cut_at_the_rule_before_its_header_block() -> None:
    text = (
        "I am available on Friday.\n"
        "\n"
        "________________________________\n"
        "From: trustdesk support <support@trustdesk.local>\n"
        "Sent: 03 September 2024 10:12\n"
        "Earlier text\n"
    )
    assert reply_text(text) == "I am available on Friday."


def test_quoted_lines_between_answers_are_dropped_and_the_answers_kept() -> None:
    text = "> Question one?\nAnswer one.\n> Question two?\nAnswer two.\n"
    assert reply_text(text) == "Answer one.\nAnswer two."


def test_the_senders_own_words_about_writing_are_not_taken_for_an_attribution() -> None:
    text = "On Monday I wrote:\nthe client never answered.\n"
    assert reply_text(text) == "On Monday I wrote:\nthe client never answered."


def test_a_french_attribution_is_recognised() -> None:
    text = "Merci.\n\nLe mar. 3 sept. 2024 à 10:12, Support <support@x.test> a écrit :\n> Bonjour"
    assert reply_text(text) == "Merci."


def test_html_text_leaves_out_the_quoted_blockquote_and_keeps_line_breaks() -> None:
    html = (
        "<html><head><style>p {color: red}</style></head><body>"
        "<div>Hello &amp; thanks,<br>Maria</div>"
        '<div class="gmail_quote"><blockquote><p>Earlier text</p></blockquote></div>'
        "</body></html>"
    )
    assert html_to_text(html) == "Hello & thanks,\nMaria"


# --- reading the message -------------------------------------------------------------


def test_a_reply_is_read_into_its_sender_recipients_subject_and_new_text() -> None:
    raw = _raw(
        "Thanks, that fixed it.\n\nOn Tue, 3 Sep 2024 at 10:12, Support wrote:\n> Old text\n",
        **{"Delivered-To": "support+t42@trustdesk.local", "Cc": "Boss <boss@example.com>"},
    )
    message = parse_message(raw)
    assert message == InboundEmail(
        message_id="<reply-1@mail.example.com>",
        sender="maria.santos@example.com",
        sender_name="Maria Santos",
        recipients=(
            "support+t42@trustdesk.local",
            "boss@example.com",
            "support+t42@trustdesk.local",
        ),
        subject="Re: [#42] Payment on hold",
        references=(),
        body="Thanks, that fixed it.",
        automatic=None,
    )


def test_references_list_in_reply_to_first_then_the_newest_reference() -> None:
    raw = (
        b"From: client@example.com\r\n"
        b"In-Reply-To: <third@trustdesk.local>\r\n"
        b"References: <first@trustdesk.local> <second@trustdesk.local>\r\n"
        b" <third@trustdesk.local>\r\n"
        b"\r\nThanks\r\n"
    )
    assert parse_message(raw).references == (
        "<third@trustdesk.local>",
        "<second@trustdesk.local>",
        "<first@trustdesk.local>",
    )


def test_a_message_without_message_id_gets_one_from_its_bytes() -> None:
    raw = _raw(**{"Message-ID": ""})
    first, again = parse_message(raw), parse_message(raw)
    assert first.message_id == again.message_id
    assert first.message_id.endswith("@inbound.trustdesk.invalid>")
    assert parse_message(_raw("Other text", **{"Message-ID": ""})).message_id != first.message_id


def test_an_html_only_email_is_read_as_text() -> None:
    message = EmailMessage()
    message["From"] = "client@example.com"
    message["Subject"] = "Refund"
    message.set_content("<p>I want a <b>refund</b>.</p><blockquote>old</blockquote>", "html")
    assert parse_message(message.as_bytes()).body == "I want a refund."


def test_the_plain_part_of_an_alternative_email_is_preferred() -> None:
    message = EmailMessage()
    message["From"] = "client@example.com"
    message.set_content("Plain words")
    message.add_alternative("<p>HTML words</p>", subtype="html")
    assert parse_message(message.as_bytes()).body == "Plain words"


def test_a_latin1_body_is_decoded_and_an_unknown_charset_does_not_break_reading() -> None:
    latin = (
        b"From: client@example.com\r\nSubject: Caf\xe9\r\n"
        b"Content-Type: text/plain; charset=iso-8859-1\r\n\r\nMerci, caf\xe9 re\xe7u.\r\n"
    )
    assert parse_message(latin).body == "Merci, café reçu."
    unknown = (
        b"From: client@example.com\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n"
        b"\r\nHello \xff there\r\n"
    )
    assert parse_message(unknown).body.startswith("Hello")


def test_nul_characters_are_removed_from_the_text() -> None:
    raw = b"From: client@example.com\r\nSubject: a\x00b\r\n\r\nHello\x00 world\r\n"
    message = parse_message(raw)
    assert (message.subject, message.body) == ("ab", "Hello world")


def test_a_malformed_address_header_is_read_from_its_raw_text() -> None:
    # The standard library's Cc parser raises on this group syntax (found by Hypothesis).
    raw = (
        b"From: client@example.com\r\nTo: support+t7@trustdesk.local\r\n"
        b"Cc: Bd:g`Y;x\r\n\r\nHello\r\n"
    )
    message = parse_message(raw)
    assert message.recipients[0] == "support+t7@trustdesk.local"
    assert message.body == "Hello"


def test_a_message_with_only_quoted_text_keeps_that_text_rather_than_nothing() -> None:
    assert parse_message(_raw("> only the old text\n")).body == "> only the old text"


def test_a_message_without_text_says_so() -> None:
    assert parse_message(_raw("\n")).body == EMPTY_BODY


def test_a_message_without_subject_gets_a_placeholder_subject() -> None:
    assert parse_message(_raw(Subject="")).subject == "(no subject)"


@pytest.mark.parametrize(
    ("headers", "why"),
    [
        ({"Auto-Submitted": "auto-replied"}, "Auto-Submitted: auto-replied"),
        ({"Precedence": "bulk"}, "Precedence: bulk"),
        ({"X-Autoreply": "yes"}, "an autoresponder's header"),
        ({"From": "MAILER-DAEMON@mx.example.com"}, "sent by mailer-daemon@mx.example.com"),
    ],
)
def test_automatic_replies_are_recognised(headers: dict[str, str], why: str) -> None:
    assert parse_message(_raw(**headers)).automatic == why


def test_a_delivery_report_is_an_automatic_message() -> None:
    raw = (
        b"From: postmaster@mx.example.com\r\nContent-Type: multipart/report; "
        b'report-type=delivery-status; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/plain\r\n\r\nDelivery failed\r\n--b--\r\n"
    )
    assert parse_message(raw).automatic == "a delivery report"


def test_auto_submitted_no_is_a_person_writing() -> None:
    assert parse_message(_raw(**{"Auto-Submitted": "no"})).automatic is None


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (b"", "message"),
        (b"  \r\n ", "message"),
        (b"Subject: nobody sent this\r\n\r\nHello\r\n", "from"),
        (b"From: not an address\r\n\r\nHello\r\n", "from"),
    ],
)
def test_a_message_that_cannot_be_received_names_the_problem(raw: bytes, field: str) -> None:
    with pytest.raises(InboundError) as refused:
        parse_message(raw)
    assert list(refused.value.errors) == [field]


def _read(raw: bytes) -> InboundEmail | InboundError:
    try:
        return parse_message(raw)
    except InboundError as refused:
        return refused


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_are_read_or_refused_with_a_reason(raw: bytes) -> None:
    outcome = _read(raw)
    if isinstance(outcome, InboundError):
        assert set(outcome.errors) <= {"message", "from"}
    else:
        assert "@" in outcome.sender
        assert outcome.body
        assert outcome.subject
        assert "\x00" not in outcome.body + outcome.subject + outcome.sender_name


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=400),
    st.dictionaries(
        st.sampled_from(["Subject", "To", "Cc", "In-Reply-To", "References", "Message-ID"]),
        st.text(max_size=80),
    ),
)
def test_odd_headers_and_text_never_stop_a_message_with_a_sender(
    body: str, headers: dict[str, str]
) -> None:
    lines = [
        "From: someone@example.com",
        *(f"{k}: {' '.join(v.split())}" for k, v in headers.items()),
    ]
    raw = ("\r\n".join(lines) + "\r\n\r\n" + body).encode("utf-8", "surrogatepass")
    outcome = _read(raw)
    assert isinstance(outcome, InboundEmail)
    assert outcome.sender == "someone@example.com"
    assert len(outcome.message_id) <= 300
    assert len(outcome.subject) <= 300


# --- the reply address ---------------------------------------------------------------


def test_the_ticket_is_read_from_the_desks_own_reply_address_only() -> None:
    assert ticket_id_from_address("support+t42@trustdesk.local") == 42
    assert ticket_id_from_address("SUPPORT+T42@TRUSTDESK.LOCAL") == 42
    assert ticket_id_from_address("colleague+t42@example.com") is None
    assert ticket_id_from_address("support@trustdesk.local") is None
