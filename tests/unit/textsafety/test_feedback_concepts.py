"""The crisis feedback detector's later concepts and its learned part.

Rules that reason about time (occasions and the dates things came, planned against actual
durations, agreed against actual rates of contact, attendance counted), rarity and silence
idioms, and the words the rules set aside: each with phrasings that count and phrasings that
must not. The positive cases are read by the rules alone (``learned=False``), so each test
fails if its rule goes; the negative cases by the whole detector, as the desk uses it. None is
copied from an evaluation set.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from trustdesk.textsafety import feedback
from trustdesk.textsafety.feedback import (
    LEARNED,
    MISSED_APPOINTMENTS,
    MISSED_DEADLINES,
    SET_ASIDE,
    UNRESPONSIVENESS,
    assess_feedback,
    feedback_features,
    load_model,
)
from trustdesk.textsafety.linear import LinearHead, feature_norm


@pytest.mark.parametrize(
    ("comment", "kind"),
    [
        # occasions: the thing was for them, and came after (a year may turn in between)
        ("Our Thanksgiving flyers reached us in mid-December.", MISSED_DEADLINES),
        ("The winter catalogue was printed in March.", MISSED_DEADLINES),
        ("Halloween banners; he sent them in January.", MISSED_DEADLINES),
        ("The deck was needed for the expo and only landed after the expo.", MISSED_DEADLINES),
        ("The gala went ahead without the photos he owed us.", MISSED_DEADLINES),
        ("Due on the 20th. Today is the 2nd of the following month and nothing.", MISSED_DEADLINES),
        ("The call was set for Thursday. Thursday came and went.", MISSED_DEADLINES),
        # planned against actual durations, in either order, fast plans included
        ("An urgent label change that he finished two weeks later.", MISSED_DEADLINES),
        ("It took him five weeks to return what was a two-day job.", MISSED_DEADLINES),
        ("Promised within 48 hours; in reality more like three weeks.", MISSED_DEADLINES),
        # agreed against actual rates of contact
        ("We agreed on a daily check-in and got one every fortnight.", UNRESPONSIVENESS),
        ("Weekly reports were promised; we saw two in four months.", UNRESPONSIVENESS),
        ("He replied roughly once a month.", UNRESPONSIVENESS),
        ("She was hardly ever online.", UNRESPONSIVENESS),
        # attendance counted
        ("Out of six booked lessons, two took place.", MISSED_APPOINTMENTS),
        ("Five mentoring calls were paid for; he held one.", MISSED_APPOINTMENTS),
        ("The fitting day came and our tailor didn't.", MISSED_APPOINTMENTS),
        # silence in other words
        ("Every email got the same out-of-office reply for three weeks.", UNRESPONSIVENESS),
        ("Writing to him was like writing into a black hole.", UNRESPONSIVENESS),
        ("Getting an answer from her was like pulling teeth.", UNRESPONSIVENESS),
        ("Communication: let's not go there.", UNRESPONSIVENESS),
        ("Deadlines were more of a suggestion to him.", MISSED_DEADLINES),
        ("Lovely brochure, once it finally arrived.", MISSED_DEADLINES),
        ("We had to postpone our opening because of him.", MISSED_DEADLINES),
    ],
)
def test_concepts_of_time_rate_and_silence_are_read(comment: str, kind: str) -> None:
    assessment = assess_feedback(comment, learned=False)
    assert assessment.crisis_related, assessment.describe()
    assert kind in assessment.behaviours


@pytest.mark.parametrize(
    "comment",
    [
        # dates, durations and rates that went as agreed
        "Our Thanksgiving flyers were ready in early November.",
        "The deck was due on the 14th and arrived on the 12th.",
        "An urgent label change, done within the hour.",
        "Planned as a two-week job and finished in ten days.",
        "We agreed on a daily check-in and had one every day.",
        "Weekly reports were promised and we got them weekly.",
        "Out of six booked lessons, all six took place.",
        # the client's or someone else's behaviour
        "I went quiet for a month after my surgery; he simply waited.",
        "We ghosted him for a while during the audit, sorry about that.",
        "Our customer was unresponsive, which he handled calmly.",
        "The agency before him missed every date; he kept all of them.",
        "The vendor I was reselling for went silent, nothing to do with her.",
        # denials and things that are not silence
        "Slow replies? Quite the opposite.",
        "There was never a day I couldn't reach her.",
        "He never once left us waiting.",
        "Quiet in meetings, brilliant on paper.",
        "Disappeared into the work for a weekend and came back with a great draft.",
        "Still waiting for the refund from the payment dispute; the work was poor.",
        # one aspect praised, another criticised
        "Communication great, illustrations weak.",
        "Timing 5/5, creativity 2/5.",
        # lateness caused by the work itself
        "It ran a week late because his own bugs needed a rewrite.",
    ],
)
def test_concepts_that_went_fine_or_are_someone_elses_are_not(comment: str) -> None:
    assessment = assess_feedback(comment)
    assert not assessment.crisis_related, assessment.describe()


def test_what_the_rules_set_aside_is_shown_and_silences_the_learned_part() -> None:
    assessment = assess_feedback("Our client went silent for weeks; he was patient throughout.")
    assert any(signal.kind == SET_ASIDE for signal in assessment.signals)
    assert all(signal.kind != LEARNED for signal in assessment.signals)
    assert assessment.describe() == "no crisis-related behaviour found"


def _model_file(tmp_path: Path, weights: dict[str, float], threshold: float = 0.6) -> Path:
    path = tmp_path / "model.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        json.dump(
            {"version": "test", "bias": -2.0, "threshold": threshold, "weights": weights}, handle
        )
    return path


def test_the_learned_part_votes_where_the_rules_find_nothing(tmp_path: Path) -> None:
    comment = "Reaching him was a game of chance."
    model = load_model(_model_file(tmp_path, {"w:chance": 30.0, "w:game": 10.0}))
    assert model is not None
    assert not assess_feedback(comment, learned=False).crisis_related
    assessment = assess_feedback(comment, model=model)
    assert assessment.crisis_related
    vote = next(signal for signal in assessment.signals if signal.kind == LEARNED)
    assert vote.text.startswith("chance")
    assert not assess_feedback(comment, learned=False, model=model).crisis_related


def test_the_learned_part_stays_quiet_below_its_threshold(tmp_path: Path) -> None:
    model = load_model(_model_file(tmp_path, {"w:chance": 1.0}))
    assert model is not None
    assessment = assess_feedback("Reaching him was a game of chance.", model=model)
    assert not assessment.crisis_related
    assert assessment.signals == ()


def test_a_missing_model_file_leaves_the_rules_alone(tmp_path: Path) -> None:
    assert load_model(tmp_path / "absent.json.gz") is None


def test_the_committed_model_is_read_and_scores_in_zero_to_one() -> None:
    model = load_model()
    assert isinstance(model, LinearHead)
    assert 0.5 <= model.threshold < 1.0
    features = feedback_features("He went silent for weeks.")
    probability = model.probability(features, feature_norm(features))
    assert 0.0 <= probability <= 1.0
    assert model.probability([], 0.0) == pytest.approx(
        1 / (1 + pow(2.718281828459045, -model.bias))
    )


def test_features_read_the_normalised_comment() -> None:
    features = feedback_features("He was unresponive")
    assert "w:unresponsive" in features
    assert "b:was unresponsive" in features
    assert "c:<unr" in features
    assert feedback_features("") == []
    assert feedback._features("a b") == ["b:<s> a", "b:a b", "w:a", "w:b"]
