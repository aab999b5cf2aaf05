"""The desk heads: learned from trustdesk's own support-chat lines, read after the rules and
the OLID heads (``chat._desk_heads``), and the committed artefact."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from trustdesk.textsafety.chat import (
    ABUSE_MODEL_PATH,
    AbuseModel,
    assess_chat,
    assess_chat_using,
    load_abuse_model,
)
from trustdesk.textsafety.linear import write_artefact


def _head(weights: dict[str, float]) -> dict[str, object]:
    return {"bias": -4.0, "threshold": 0.5, "weights": weights}


def write_heads(
    path: Path,
    abusive: dict[str, float] | None = None,
    upset: dict[str, float] | None = None,
    slur: dict[str, float] | None = None,
    threat: dict[str, float] | None = None,
) -> Path:
    artefact = {
        "version": "test",
        "abusive": _head(abusive or {}),
        "upset": _head(upset or {}),
        "slur": _head(slur or {}),
        "threat": _head(threat or {}),
    }
    write_artefact(path, artefact)
    return path


def heads(tmp_path: Path, **weights: dict[str, float]) -> AbuseModel:
    model = load_abuse_model(write_heads(tmp_path / "desk.json.gz", **weights))
    assert model is not None
    return model


def test_the_committed_heads_load_with_their_thresholds() -> None:
    model = load_abuse_model()
    assert model is not None, f"missing {ABUSE_MODEL_PATH}: run scripts/train_chat_abuse.py"
    for head in (model.abusive, model.upset, model.slur, model.threat):
        assert head.weights
        assert 0 < head.threshold < 1
    assert model.version


def test_a_missing_file_means_no_desk_heads(tmp_path: Path) -> None:
    assert load_abuse_model(tmp_path / "absent.json.gz") is None


def test_a_calm_line_the_upset_head_is_sure_of_is_venting_with_its_words(
    tmp_path: Path,
) -> None:
    model = heads(tmp_path, upset={"w:blorf": 200.0})
    calm = assess_chat_using("can you check the blarg report", None, model)
    upset = assess_chat_using("can you check the blorf report", None, model)
    assert calm.abuse == "none"
    assert upset.abuse == "venting"
    (cue,) = [cue for cue in upset.cues if "learned from support-chat lines" in cue.reason]
    assert (cue.label, cue.text) == ("venting", "blorf")
    assert re.search(r"upset (?:0\.[5-9]\d|1\.00);", cue.reason)
    assert "\u201cblorf\u201d" in cue.reason


def test_an_upset_line_the_abusive_head_is_sure_of_is_abusive_and_typed(tmp_path: Path) -> None:
    model = heads(
        tmp_path,
        upset={"w:blorf": 200.0},
        abusive={"w:blorf": 200.0},
        threat={"w:snark": 200.0},
    )
    insult = assess_chat_using("you BLORF, answer me", None, model)
    threat = assess_chat_using("you blorf, snark", None, model)
    assert (insult.abuse, insult.abuse_types) == ("abusive", ("directed_insult",))
    (cue,) = [cue for cue in insult.cues if cue.label == "directed_insult"]
    assert cue.text == "BLORF"
    assert "\u201cBLORF\u201d" in cue.reason  # the words as the user wrote them
    assert (threat.abuse, threat.abuse_types) == ("abusive", ("threat",))
    (cue,) = [cue for cue in threat.cues if cue.label == "threat"]
    assert re.search(r"abusive (?:0\.[5-9]\d|1\.00);", cue.reason)
    assert cue.reason.startswith("a threatening tone: verbal abuse")


@pytest.mark.parametrize(
    "text",
    [
        "this platform is a blorf, fix your payout page",  # the platform
        "my client is a blorf who never pays",  # the other party of the contract
        "no offense to you, but the blorf bot closed my ticket",  # the agent set apart
    ],
)
def test_anger_aimed_elsewhere_is_never_made_abusive(tmp_path: Path, text: str) -> None:
    model = heads(tmp_path, upset={"w:blorf": 200.0}, abusive={"w:blorf": 200.0})
    assert assess_chat_using(text, None, model).abuse == "venting"


def test_insults_the_rules_read_as_reported_stay_calm(tmp_path: Path) -> None:
    model = heads(tmp_path, upset={"w:blorf": 200.0}, abusive={"w:blorf": 200.0})
    text = "the client called me a blorf idiot, what should I do?"
    assert assess_chat_using(text, None, model).abuse == "none"


def test_a_rules_abusive_stands_whatever_the_heads_say(tmp_path: Path) -> None:
    model = heads(tmp_path, upset={"w:idiot": -200.0}, abusive={"w:idiot": -200.0})
    result = assess_chat_using("you are an idiot", None, model)
    assert (result.abuse, result.abuse_types) == ("abusive", ("directed_insult",))


@pytest.mark.parametrize("text", ["", "   ", "\n", "...", ",\n."])
def test_a_line_without_words_is_not_read_by_the_heads(tmp_path: Path, text: str) -> None:
    model = heads(tmp_path, upset={"w:?": 200.0, "w:\n": 200.0, "w:.": 200.0})
    assert assess_chat_using(text, None, model).abuse == "none"


@pytest.mark.parametrize(
    ("text", "abuse"),
    [
        # Insults in voices and languages the rules were not written from (blind-set styles).
        ("you absolute muppet, read what I wrote", "abusive"),
        ("wewe ni mpumbavu kabisa, nimekueleza mara tatu", "abusive"),
        ("payout held 3 weeks now and nobody answers, I'm done", "venting"),
        ("thanks, that fixed it!", "none"),
        ("can you check why my payout is on hold?", "none"),
    ],
)
def test_the_committed_classifier_reads_new_voices(text: str, abuse: str) -> None:
    assert assess_chat(text).abuse == abuse
