"""The learned part of the classifier: the committed artefact and how it is scored."""

from __future__ import annotations

from pathlib import Path

from trustdesk.textsafety.chat import (
    MODEL_PATH,
    assess_chat,
    assess_chat_using,
    chat_features,
    load_model,
)
from trustdesk.textsafety.linear import feature_norm, write_artefact


def write_model(path: Path, offensive: dict[str, float], targeted: dict[str, float]) -> Path:
    artefact = {
        "version": "test",
        "offensive": {"bias": -2.0, "threshold": 0.5, "weights": offensive},
        "targeted": {"bias": -2.0, "threshold": 0.5, "weights": targeted},
    }
    write_artefact(path, artefact)
    return path


def test_the_committed_model_loads_with_both_heads() -> None:
    model = load_model()
    assert model is not None, f"missing {MODEL_PATH}: run scripts/train_chat.py"
    assert model.offensive.weights
    assert model.targeted.weights
    assert 0 < model.offensive.threshold < 1
    assert 0 < model.targeted.threshold < 1


def test_a_missing_model_file_means_rules_only(tmp_path: Path) -> None:
    assert load_model(tmp_path / "absent.json.gz") is None
    result = assess_chat_using("you people are useless", None)
    assert (result.abuse, result.abuse_types) == ("abusive", ("directed_insult",))


def test_features_are_folded_words_pairs_character_grams_and_rule_findings() -> None:
    features = chat_features("u r an id10t")
    assert "w:idiot" in features
    assert "b:an idiot" in features
    assert "c:<idi" in features
    assert "r:directed_insult" in features
    assert feature_norm(features) == 1 / len(set(features)) ** 0.5


def test_the_model_turns_an_unexplained_offensive_message_into_venting(tmp_path: Path) -> None:
    model = load_model(write_model(tmp_path / "m.json.gz", {"w:blorf": 40.0}, {}))
    assert model is not None
    calm = assess_chat_using("blarg the report please", model)
    flagged = assess_chat_using("blorf the report", model)
    assert calm.abuse == "none"
    assert flagged.abuse == "venting"
    model_cues = [cue for cue in flagged.cues if "model:" in cue.reason]
    assert model_cues
    assert model_cues[0].text == "blorf the report"


def test_the_targeted_head_needs_a_person_and_an_insult_to_call_it_abusive(
    tmp_path: Path,
) -> None:
    model = load_model(write_model(tmp_path / "m.json.gz", {"w:blorf": 40.0}, {"w:blorf": 40.0}))
    assert model is not None
    aimed = assess_chat_using("he is a blorf idiot", model)
    no_person = assess_chat_using("blorf idiot", model)
    about_the_site = assess_chat_using("he says this platform is a blorf idiot", model)
    assert (aimed.abuse, aimed.abuse_types) == ("abusive", ("directed_insult",))
    assert no_person.abuse == "venting"
    assert about_the_site.abuse == "venting"


def test_calm_support_messages_stay_calm_with_the_committed_model() -> None:
    for text in (
        "Can I switch my payout method from PayPal to bank transfer while a payment is held?",
        "My PC died so I'll reply from my phone: the order number is 60114.",
        "Is there a kill switch to stop auto-renewal on my featured listing?",
        "Could you kill my old listing? It's a duplicate.",
    ):
        assert assess_chat(text).abuse == "none", text
