"""The self-harm head: its artefact, its features, how it completes the rules, and what it reads.

The phrasings are written for these tests; none is taken from the evaluation or training sets
in scripts/data/ (see scripts/data/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from trustdesk.textsafety.chat import (
    SELF_HARM_MODEL_PATH,
    SelfHarmModel,
    assess_chat,
    assess_self_harm_using,
    load_self_harm_model,
    self_harm_features,
)
from trustdesk.textsafety.linear import write_artefact


def write_model(
    path: Path, self_harm: dict[str, float], immediate: dict[str, float]
) -> SelfHarmModel:
    artefact = {
        "version": "test",
        "self_harm": {"bias": -4.0, "threshold": 0.5, "weights": self_harm},
        "immediate": {"bias": -4.0, "threshold": 0.5, "weights": immediate},
    }
    write_artefact(path, artefact)
    model = load_self_harm_model(path)
    assert model is not None
    return model


def test_the_committed_head_loads_with_thresholds_between_zero_and_one() -> None:
    model = load_self_harm_model()
    assert model is not None, f"missing {SELF_HARM_MODEL_PATH}: run train_chat_self_harm.py"
    assert model.self_harm.weights
    assert model.immediate.weights
    assert 0 < model.self_harm.threshold < 1
    assert 0 < model.immediate.threshold < 1


def test_a_missing_head_means_rules_only(tmp_path: Path) -> None:
    assert load_self_harm_model(tmp_path / "absent.json.gz") is None
    assert assess_self_harm_using("I want to die", None) == "risk"
    assert assess_self_harm_using("please resend the invoice", None) == "none"


def test_features_are_words_character_grams_pairs_concepts_and_concept_pairs() -> None:
    features = self_harm_features("my kids get the insurance")
    assert "w:insurance" in features
    assert "c:<ins" in features
    assert "b:the insurance" in features
    assert "k:self" in features
    assert "k:burden" in features
    assert "n:burden+self" in features  # "my" and "insurance" within a few words
    assert "m:burden+self" in features


def test_concepts_far_apart_pair_only_at_message_level() -> None:
    features = self_harm_features("my card was declined three times at checkout for the invoice")
    assert "m:self+work" in features
    assert "n:self+work" not in features


def test_a_line_the_rules_miss_is_a_risk_when_the_head_is_sure(tmp_path: Path) -> None:
    model = write_model(tmp_path / "h.json.gz", {"w:blorf": 40.0}, {})
    assert assess_self_harm_using("blorf, my life", model) == "risk"
    assert assess_self_harm_using("blarg, my life", model) == "none"


def test_the_head_reads_a_line_without_its_figures_of_speech(tmp_path: Path) -> None:
    model = write_model(tmp_path / "h.json.gz", {"w:killing": 40.0, "w:tired": 40.0}, {})
    assert "w:killing" not in self_harm_features("I'm killing myself to meet this deadline")
    assert assess_self_harm_using("I'm killing myself to meet this deadline", model) == "none"
    assert assess_self_harm_using("I'm dead tired after the launch", model) == "none"
    assert assess_self_harm_using("I'm so tired, so so tired of everything", model) == "risk"


def test_a_rule_hit_stands_whatever_the_head_says(tmp_path: Path) -> None:
    doubting = write_model(tmp_path / "d.json.gz", {"w:die": -40.0}, {})
    assert assess_self_harm_using("I want to die", None) == "risk"
    assert assess_self_harm_using("I want to die", doubting) == "risk"


def test_the_immediate_head_upgrades_a_risk_unless_it_is_past_or_a_habit(
    tmp_path: Path,
) -> None:
    model = write_model(tmp_path / "i.json.gz", {"w:die": 100.0}, {"w:zorp": 100.0})
    assert assess_self_harm_using("I want to die", model) == "risk"
    assert assess_self_harm_using("I want to die zorp", model) == "immediate"
    habit = "I keep wanting to die, every night I swallow them zorp"
    assert assess_self_harm_using(habit, model) == "risk"  # a habit, not an act now
    past = "I wanted to die last year zorp"
    assert assess_self_harm_using(past, model) == "risk"  # told in the past
    not_now = "I want to die but I'm not going to do anything zorp"
    assert assess_self_harm_using(not_now, model) == "risk"
    acting = "the knife is against my wrist now, I want to die"
    assert assess_self_harm_using(acting, None) == "immediate"
    assert assess_self_harm_using(acting, model) == "immediate"


@pytest.mark.parametrize(
    "text",
    [
        "I keep picturing the railway line behind my house. It would be quick.",
        "I hate myself and I deserve to stop being a problem for everyone",
        "sorry to write this here, this will be the last thing anyone hears from me",
        "I've been holding the rope in the shed and thinking about it every evening",
    ],
)
def test_the_committed_head_reads_risks_the_rules_were_not_written_for(text: str) -> None:
    assert assess_self_harm_using(text, None) == "none", "now a rule: pick another phrasing"
    result = assess_chat(text)
    assert result.self_harm == "risk", text
    assert any("model: self-harm" in cue.reason for cue in result.cues)


@pytest.mark.parametrize(
    "text",
    [
        "my deadline is killing me, can you extend milestone 2 by a day?",
        "I'll end the contract with this client tomorrow, how do I leave feedback?",
        "I'm done with this project, the client changed the scope four times",
        "my brother in law is a gunsmith, I'm translating his catalogue, is that allowed?",
        "I'm swallowing my pride and accepting the lower rate",
        "I'm cutting the trailer now, you will have it tonight",
        "I'm jumping between contracts this month, so replies may be slow",
    ],
)
def test_figures_of_speech_stay_calm_with_the_committed_head(text: str) -> None:
    assert assess_chat(text).self_harm == "none", text


@pytest.mark.parametrize(
    "text",
    [
        "i'm cutting again right now and it won't stop",
        "the tablets are all lined up on my desk and I'm swallowing them one at a time",
    ],
)
def test_an_act_in_progress_is_immediate_by_the_rules(text: str) -> None:
    assert assess_self_harm_using(text, None) == "immediate", text
