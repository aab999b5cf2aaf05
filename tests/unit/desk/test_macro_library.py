"""The macro library against the playbooks it quotes (pure: no database).

The playbooks are read from ``shared/seeds`` beside the repository (where CI has them too);
without them the verbatim checks fail rather than pass unchecked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import SHARED_DIR
from trustdesk.config import PLAYBOOKS_OFFICE_ADDRESS
from trustdesk.desk import policy
from trustdesk.desk.macro_library import (
    MARKETPLACE_NAME,
    OFFICE_ADDRESS,
    PLAYBOOK_MACROS,
    MacroSeed,
    Playbook,
)
from trustdesk.desk.seed import CATEGORY_TREE

FIELD = re.compile(f"{policy.PLACEHOLDER.pattern}|{policy.SLOT.pattern}")

#: Each playbook's file in ``shared/seeds``.
PLAYBOOK_FILES = {
    Playbook.CRISIS: "000",
    Playbook.UNRESPONSIVE_FREELANCER: "001",
    Playbook.DIFFICULT_CONVERSATIONS: "002",
    Playbook.INFORMATION_SHARING: "003",
    Playbook.AGENCY_QUALITY: "004",
}
#: The marketplace the playbooks were written for: where a macro names the configured
#: marketplace, the playbook says this.
PLAYBOOKS_MARKETPLACE = "Upwork"

#: A placeholder or slot stands for a short blank of the playbook ("(insert client name)",
#: "here", "[[PARAPHASE ISSUE]]"), never for a sentence the macro silently drops.
MAX_BLANK_WIDTH = 40

#: Slips of the playbooks the macros correct: (as written, as the macro has it), by seed file.
PLAYBOOK_ERRATA: dict[str, tuple[tuple[str, str], ...]] = {
    # A missing full stop between two sentences of the vetting FAQ.
    "002": (("discuss the project To learn more", "discuss the project. To learn more"),),
    # The FAQ's last sentence ends with a comma.
    "000": (("enabling feedback changes,", "enabling feedback changes."),),
}

REQUIRED_TITLES = (
    "CS > Self-harm/Suicide Threat > General Response",
    "CS > Self-harm/Suicide Threat > Users Connecting Threat to Upwork Account Action",
    "Conduct > Abusive user > Warning 1",
    "Conduct > Abusive user > Warning 2",
    "Conduct > Abusive user > Warning 3",
    "Conduct > Abusive user > Disconnect",
    "Calls > Overly conversational user > Wrap-up: a pleasure talking to you",
    "Calls > Overly conversational user > Wrap-up: hope I resolved your issue",
    "Calls > Refusal to end > We will look into it",
    "Calls > Refusal to end > Set up a call with a manager",
    "Calls > Refusal to end (use sparingly) > System limitations and policies",
    "Calls > Refusal to end (use sparingly) > Cannot make the requested changes",
    "Calls > Refusal to end (use sparingly) > Feedback passed to Product Team",
    "Calls > Refusal to end (use sparingly) > Great idea, passed to Product Team",
    "Calls > Recorded call > Customer indicates they are recording",
    "Calls > Recorded call > Customer refuses to stop recording",
    "Calls > Recorded call > Customer asks not to be recorded by Upwork",
    "Contact requests > Office address > Insists on visiting the office",
    "Contact requests > Leadership > Speak to the CEO or leadership team",
    "Contact requests > Agent identity > Full agent name or work ID",
    "FAQ > Vetting > Do you vet freelancers?",
    "FAQ > Vetting > Do you vet clients?",
    "FAQ > Vetting > Can you vet this specific freelancer or client?",
    "FAQ > Vetting > How do I know if my freelancer or client is legitimate?",
    "FAQ > Vetting > What does Upwork do to ensure users are legitimate?",
    "FAQ > Vetting > What does Upwork do if they come across a bad actor?",
    "FAQ > Vetting > Does Upwork share my personal details?",
    "Crisis > Feedback removal FAQ > When will it be reflected?",
    "Crisis > Feedback removal FAQ > How will removal affect my Job Success Score?",
    "Crisis > Feedback removal FAQ > Not eligible: feedback left for other reasons",
    "Crisis > Feedback removal FAQ > Impacted and want to submit a request",
    "Crisis > Feedback removal FAQ > Connect with your client",
    "Crisis > Check-In FAQ > Who is eligible?",
    "Crisis > Check-In FAQ > I did not get the email or message",
    "Crisis > Check-In FAQ > How will you communicate my situation with clients?",
    "Crisis > Check-In FAQ > I already communicated with my clients",
    "Crisis > Check-In FAQ > Will you add messaging to my profile?",
    "Crisis > Check-In FAQ > What does a private profile mean?",
    "Crisis > Check-In FAQ > My freelancer is impacted (client)",
    "Unresponsive freelancer > Call the client > No phone number on file",
)

BY_TITLE = {macro.title: macro for macro in PLAYBOOK_MACROS}


def macro_id(macro: MacroSeed) -> str:
    return macro.title


# ---------------------------------------------------------------------------------------
# The verbatim check


def normalise(text: str) -> str:
    """One space for any run of whitespace, none before punctuation."""
    return re.sub(r" ([,.;:?!])", r"\1", re.sub(r"\s+", " ", text)).strip()


def playbooks_dir() -> Path:
    seeds = SHARED_DIR / "seeds"
    if not any(seeds.glob("[0-9][0-9][0-9]_*.txt")):
        pytest.fail(f"the playbooks are needed to check the macros word for word: none in {seeds}")
    return seeds


@cache
def playbook_text(number: str) -> str:
    """The playbook as a macro may quote it: whitespace normalised, bracketed alternatives
    ("I hear you [OR I hear how upset you are]") left out, known slips corrected."""
    files = sorted(playbooks_dir().glob(f"{number}_*.txt"))
    assert len(files) == 1, f"expected one playbook seeds/{number}, found {files}"
    text = re.sub(r"\s*\[OR [^\]]*\]", "", files[0].read_text(encoding="utf-8"))
    text = normalise(text)
    for as_written, corrected in PLAYBOOK_ERRATA.get(number, ()):
        assert as_written in text, f"erratum {as_written!r} is no longer in seeds/{number}"
        text = text.replace(as_written, corrected)
    return text


def playbook_number(macro: MacroSeed) -> str:
    return PLAYBOOK_FILES[macro.playbook]


def as_the_playbook_words_it(body: str) -> str:
    """The macro with the marketplace named, and its office address given, as the
    playbooks do."""
    return body.replace(MARKETPLACE_NAME, PLAYBOOKS_MARKETPLACE).replace(
        OFFICE_ADDRESS, PLAYBOOKS_OFFICE_ADDRESS
    )


def literal_runs(body: str) -> list[tuple[int, str]]:
    """The macro's own words between its placeholders and slots, each with how many
    placeholders and slots come before it. Runs of bare punctuation carry no words."""
    runs: list[tuple[int, str]] = []
    blanks = 0
    position = 0
    pieces = []
    for match in FIELD.finditer(body):
        pieces.append(body[position : match.start()])
        position = match.end()
    pieces.append(body[position:])
    for index, piece in enumerate(pieces):
        text = normalise(piece)
        if any(character.isalnum() for character in text):
            runs.append((blanks, text))
            blanks = 0
        if index < len(pieces) - 1:
            blanks += 1
    return runs


def quotes_the_playbook(body: str, playbook: str) -> bool:
    """Whether the body's words occur in the playbook in the same order, each run right
    after the previous one but for the short blank a placeholder or slot stands for."""
    runs = literal_runs(body)

    def match_from(index: int, earliest: int, latest: int | None) -> bool:
        if index == len(runs):
            return True
        _, run = runs[index]
        start = playbook.find(run, earliest)
        while start != -1 and (latest is None or start <= latest):
            end = start + len(run)
            following_blanks = runs[index + 1][0] if index + 1 < len(runs) else 0
            if match_from(index + 1, end, end + MAX_BLANK_WIDTH * following_blanks):
                return True
            start = playbook.find(run, start + 1)
        return False

    return bool(runs) and match_from(0, 0, None)


def missing_runs(body: str, playbook: str) -> Sequence[str]:
    return [run for _, run in literal_runs(body) if run not in playbook]


@pytest.mark.parametrize("macro", PLAYBOOK_MACROS, ids=macro_id)
def test_every_macro_quotes_its_playbook_word_for_word(macro: MacroSeed) -> None:
    playbook = playbook_text(playbook_number(macro))
    body = as_the_playbook_words_it(macro.body)
    assert quotes_the_playbook(body, playbook), (
        f"{macro.title}: not the playbook's words in the playbook's order; "
        f"runs not in seeds/{playbook_number(macro)}: {missing_runs(body, playbook)}"
    )


def test_the_verbatim_check_refuses_words_the_playbook_does_not_have() -> None:
    playbook = normalise(
        "Hello (insert client name), Thanks for reaching out about (paraphrase issue). "
        "Please allow me to give you a call. I look forward to speaking with you."
    )
    faithful = "Hello {{ requester.first_name }},\n\nThanks for reaching out about [[ISSUE]]."
    assert quotes_the_playbook(faithful, playbook)
    reworded = "Hello {{ requester.first_name }},\n\nThank you for reaching out about [[ISSUE]]."
    assert not quotes_the_playbook(reworded, playbook)
    reordered = "I look forward to speaking with you. Please allow me to give you a call."
    assert not quotes_the_playbook(reordered, playbook)
    # A slot may stand for "(paraphrase issue)", not for a sentence the macro leaves out.
    swallowing = "Thanks for reaching out about [[ISSUE]] I look forward to speaking with you."
    assert not quotes_the_playbook(swallowing, playbook)


def test_the_verbatim_check_reads_the_marketplace_placeholder_as_the_playbooks_name() -> None:
    playbook = normalise("Upwork does not consent to your recording of this call.")
    named = f"{MARKETPLACE_NAME} does not consent to your recording of this call."
    assert quotes_the_playbook(as_the_playbook_words_it(named), playbook)
    # The placeholder stands for the marketplace's name only, not for other words.
    assert not quotes_the_playbook(
        as_the_playbook_words_it(f"We do not consent to {MARKETPLACE_NAME} recording."), playbook
    )


@pytest.mark.parametrize("macro", PLAYBOOK_MACROS, ids=macro_id)
def test_what_the_user_reads_names_the_configured_marketplace(macro: MacroSeed) -> None:
    # Nor its addresses: "www.support.upwork.com" is a slot for the marketplace's own, and
    # its offices' mailing address a placeholder filled from the configuration.
    assert PLAYBOOKS_MARKETPLACE.lower() not in macro.body.lower()
    for line in PLAYBOOKS_OFFICE_ADDRESS.splitlines():
        assert line not in macro.body


def test_the_library_names_the_marketplace_where_the_playbooks_do() -> None:
    named = [macro for macro in PLAYBOOK_MACROS if MARKETPLACE_NAME in macro.body]
    assert len(named) >= 15


@pytest.mark.parametrize("macro", PLAYBOOK_MACROS, ids=macro_id)
def test_the_source_cites_the_playbook_by_its_subject(macro: MacroSeed) -> None:
    assert macro.source == f"{macro.playbook.value} · {macro.section}"
    assert "seeds/" not in macro.source
    # The agent's guidance speaks of the marketplace, whichever it is.
    assert "seeds/" not in macro.note
    assert PLAYBOOKS_MARKETPLACE not in macro.note


def test_the_verbatim_check_ignores_the_playbooks_bracketed_alternatives() -> None:
    text = playbook_text("002")
    assert "[OR" not in text
    assert "First, please know that I hear you and I want to help make sure" in text


# ---------------------------------------------------------------------------------------
# Placeholders, slots, titles, categories


@pytest.mark.parametrize("macro", PLAYBOOK_MACROS, ids=macro_id)
def test_every_placeholder_is_one_the_desk_fills(macro: MacroSeed) -> None:
    placeholders, _ = policy.macro_fields(macro.body)
    assert set(placeholders) <= policy.KNOWN_PLACEHOLDERS


@pytest.mark.parametrize("macro", PLAYBOOK_MACROS, ids=macro_id)
def test_every_slot_is_written_in_capitals(macro: MacroSeed) -> None:
    _, slots = policy.macro_fields(macro.body)
    for slot in slots:
        assert slot == slot.upper(), slot
        assert any(character.isalpha() for character in slot), slot


def test_titles_are_unique() -> None:
    titles = [macro.title for macro in PLAYBOOK_MACROS]
    assert len(titles) == len(set(titles))


def test_every_required_macro_is_in_the_library() -> None:
    missing = [title for title in REQUIRED_TITLES if title not in BY_TITLE]
    assert not missing


def test_every_macro_is_filed_under_a_category_the_desk_seeds() -> None:
    slugs = {slug for slug, _, _ in CATEGORY_TREE}
    for macro in PLAYBOOK_MACROS:
        assert macro.category_slug in slugs, macro.title


def test_every_macro_is_a_public_reply() -> None:
    # The playbooks give no internal-note scripts: every macro is words for the user.
    assert all(macro.public for macro in PLAYBOOK_MACROS)


def test_the_self_harm_macros_keep_the_playbooks_alternative_wording_in_their_note() -> None:
    for title in REQUIRED_TITLES[:2]:
        macro = BY_TITLE[title]
        assert "I hear you and I want to help" in macro.body
        assert "I hear how upset you are" in macro.note
        assert "[OR" not in macro.body


def test_the_address_macro_gives_the_mailing_address_line_by_line() -> None:
    body = BY_TITLE["Contact requests > Office address > Insists on visiting the office"].body
    assert body.endswith(
        "Mailing address:\n{{ marketplace.name }}\n{{ marketplace.office_address }}"
    )
    # The default address is the playbook's, line by line.
    assert PLAYBOOKS_OFFICE_ADDRESS == (
        "655 Montgomery ST\nSTE 490, DPT 17022\nSan Francisco, CA 94111-2676"
    )


def test_the_agent_identity_macro_gives_the_first_name_and_the_ticket_id() -> None:
    body = BY_TITLE["Contact requests > Agent identity > Full agent name or work ID"].body
    assert "My first name is {{ agent.first_name }}" in body
    assert "your ticket ID is {{ ticket.id }}" in body
    assert body.endswith("You can expect a follow up within [[FOLLOW-UP TIME]].")


def test_the_call_scheduling_message_has_every_blank_of_the_playbook() -> None:
    body = BY_TITLE["Unresponsive freelancer > Call the client > No phone number on file"].body
    placeholders, slots = policy.macro_fields(body)
    assert placeholders == ("requester.first_name", "agent.first_name")
    assert slots == ("PARAPHRASE ISSUE", "EMPATHY STATEMENT", "SCHEDULING LINK")
    assert body.startswith("Hello {{ requester.first_name }},")
    assert body.endswith("Best,\n{{ agent.first_name }}")


@pytest.mark.parametrize(
    ("title", "slot"),
    [
        (
            "Crisis > Feedback removal FAQ > Impacted and want to submit a request",
            "FEEDBACK REMOVAL FORM LINK",
        ),
        ("Crisis > Check-In FAQ > I did not get the email or message", "CHECK-IN LINK"),
        ("Crisis > Check-In FAQ > I already communicated with my clients", "CHECK-IN LINK"),
        (
            "Crisis > Feedback removal FAQ > How will removal affect my Job Success Score?",
            "JSS HELP ARTICLE LINKS",
        ),
        ("FAQ > Vetting > Do you vet clients?", "STAY SAFE LINK"),
    ],
)
def test_a_link_the_playbook_refers_to_is_a_slot(title: str, slot: str) -> None:
    _, slots = policy.macro_fields(BY_TITLE[title].body)
    assert slot in slots


# ---------------------------------------------------------------------------------------
# Rendering


def every_value(macro: MacroSeed) -> tuple[dict[str, str], dict[str, str]]:
    placeholders, slots = policy.macro_fields(macro.body)
    return (
        {name: f"value of {name}" for name in placeholders},
        {name: f"value of {name}" for name in slots},
    )


@pytest.mark.parametrize("macro", PLAYBOOK_MACROS, ids=macro_id)
def test_a_macro_with_every_value_filled_renders_without_markers(macro: MacroSeed) -> None:
    values, slots = every_value(macro)
    text = policy.render_macro(macro.body, values, slots)
    for marker in ("{{", "}}", "[[", "]]"):
        assert marker not in text
    # Nor any blank of the playbook left as text.
    for blank in ("[", "]", "(insert", "(paraphrase", "..."):
        assert blank not in text


SLOTTED = [
    (macro, slot) for macro in PLAYBOOK_MACROS for slot in policy.macro_fields(macro.body)[1]
]


@pytest.mark.parametrize(
    ("macro", "slot"), SLOTTED, ids=[f"{macro.title} [[{slot}]]" for macro, slot in SLOTTED]
)
def test_a_macro_with_a_slot_left_empty_names_it(macro: MacroSeed, slot: str) -> None:
    values, slots = every_value(macro)
    slots[slot] = "  "
    with pytest.raises(policy.MacroError) as raised:
        policy.render_macro(macro.body, values, slots)
    assert raised.value.missing == [f"[[{slot}]] has no value"]


def test_a_macro_with_a_placeholder_left_empty_names_it() -> None:
    macro = BY_TITLE["Unresponsive freelancer > Call the client > No phone number on file"]
    values, slots = every_value(macro)
    values["requester.first_name"] = ""
    with pytest.raises(policy.MacroError) as raised:
        policy.render_macro(macro.body, values, slots)
    assert raised.value.missing == ["{{ requester.first_name }} has no value"]


def test_the_library_has_slots_to_test() -> None:
    # The per-slot test above must not be vacuous.
    assert len(SLOTTED) >= 15


# ---------------------------------------------------------------------------------------
# MacroSeed refuses a malformed macro


def test_a_macro_with_an_unknown_placeholder_is_refused() -> None:
    with pytest.raises(ValueError, match=r"unknown placeholder \{\{ requester\.firstname \}\}"):
        MacroSeed(
            title="Typo",
            body="Hi {{ requester.firstname }}",
            playbook=Playbook.DIFFICULT_CONVERSATIONS,
            section="x",
        )


def test_a_macro_with_a_slot_not_in_capitals_is_refused() -> None:
    with pytest.raises(ValueError, match=r"slot \[\[paraphrase issue\]\] is not written"):
        MacroSeed(
            title="Lower",
            body="About [[paraphrase issue]].",
            playbook=Playbook.UNRESPONSIVE_FREELANCER,
            section="x",
        )


def test_a_macro_without_a_title_or_a_section_is_refused() -> None:
    with pytest.raises(ValueError, match="title is empty; section is empty"):
        MacroSeed(
            title=" ",
            body="Thanks for reaching out.",
            playbook=Playbook.DIFFICULT_CONVERSATIONS,
            section="",
        )


def test_a_title_longer_than_the_column_is_refused() -> None:
    with pytest.raises(ValueError, match="title is longer than 200 characters"):
        MacroSeed(
            title="x" * 201,
            body="Thanks.",
            playbook=Playbook.DIFFICULT_CONVERSATIONS,
            section="x",
        )
