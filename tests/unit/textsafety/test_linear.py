"""The linear heads: scoring a line by its words' cached weights gives what scoring every
distinct feature gives."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from trustdesk.textsafety import chat, linear
from trustdesk.textsafety.linear import LinearHead, feature_norm

LINES = Path(__file__).resolve().parents[3] / "scripts" / "data" / "chat_practice.jsonl"


def _grams(word: str) -> tuple[str, ...]:
    return ("w:" + word, *("c:" + word[index : index + 2] for index in range(len(word) - 1)))


def _by_every_feature(head: LinearHead, words: list[str], others: list[str]) -> float:
    distinct = list({feature for word in words for feature in _grams(word)} | set(others))
    return head.probability(distinct, feature_norm(distinct))


HEAD = LinearHead(
    bias=-0.5,
    weights={"w:and": 0.3, "c:an": 1.5, "c:nd": -0.25, "w:band": 2.0, "b:a band": 0.7},
    threshold=0.5,
)


def test_a_n_gram_two_words_share_counts_once() -> None:
    # "and" and "band" share "c:an" and "c:nd": counted twice, the score would be higher.
    # Distinct: w:and c:an c:nd w:band c:ba and the four pairs, nine features.
    words = ["and", "band", "and"]
    others = ["b:<s> and", "b:and band", "b:band and", "b:a band"]
    found = HEAD.bag_probability(words, _grams, others)
    assert found == pytest.approx(_by_every_feature(HEAD, words, others), abs=1e-12)
    once = -0.5 + (0.3 + 1.5 - 0.25 + 2.0 + 0.7) / 3
    assert found == pytest.approx(1 / (1 + math.exp(-once)), abs=1e-12)


def test_no_features_scores_the_bias_alone() -> None:
    assert HEAD.bag_probability([], _grams, []) == HEAD.probability([], feature_norm([]))


def test_a_full_word_cache_starts_again_with_the_same_scores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    head = LinearHead(HEAD.bias, dict(HEAD.weights), HEAD.threshold)
    monkeypatch.setattr(linear, "WORD_CACHE_SIZE", 2)
    lines = [["and", "band"], ["land", "and"], ["band", "hand", "and"], ["and", "band"]]
    for words in lines:
        expected = _by_every_feature(head, words, [])
        assert head.bag_probability(words, _grams, []) == pytest.approx(expected, abs=1e-12)


def test_the_chat_heads_score_written_lines_as_their_feature_lists() -> None:
    model = chat.load_model()
    desk = chat.load_abuse_model()
    self_harm_model = chat.load_self_harm_model()
    assert model is not None
    assert desk is not None
    assert self_harm_model is not None
    rows = [json.loads(line) for line in LINES.read_text(encoding="utf-8").splitlines()]
    for row in rows[:120]:
        analysis = chat._analyse(row["text"])
        distinct = list(set(chat._features(analysis)))
        words, others = chat._feature_parts(analysis)
        for head in (model.offensive, model.targeted, desk.abusive, desk.upset):
            expected = head.probability(distinct, feature_norm(distinct))
            found = head.bag_probability(words, chat._word_features, others)
            assert found == pytest.approx(expected, abs=1e-12), row["text"]
        head_words = chat._head_words(analysis.tokens.canon)
        if not head_words:
            continue
        distinct = list(set(chat._self_harm_features(head_words)))
        content, others = chat._self_harm_parts(head_words)
        for head in (self_harm_model.self_harm, self_harm_model.immediate):
            expected = head.probability(distinct, feature_norm(distinct))
            found = head.bag_probability(content, chat._word_features, others)
            assert found == pytest.approx(expected, abs=1e-12), row["text"]


def test_the_heaviest_words_are_those_whose_features_weigh_most_toward_a_yes() -> None:
    head = LinearHead(0.0, {"w:idiot": 3.0, "w:you": 1.0, "w:the": -0.5, "w:please": -2.0}, 0.5)
    words = ["please", "you", "the", "idiot", "you"]
    assert head.heaviest_words(words, lambda word: ("w:" + word,)) == ["idiot", "you"]
    assert head.heaviest_words(words, lambda word: ("w:" + word,), count=1) == ["idiot"]
    assert head.heaviest_words(["the", "please"], lambda word: ("w:" + word,)) == []
