"""``trustdesk decide feedback-removal`` and ``trustdesk scan feedback``: the JSON Lines
contracts of PRODUCT.md and issue 7."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from trustdesk.cli import app

runner = CliRunner()


def run(command: list[str], lines: list[str]) -> tuple[int, list[dict[str, Any]]]:
    result = runner.invoke(app, command, input="\n".join(lines) + "\n")
    return result.exit_code, [json.loads(line) for line in result.stdout.splitlines()]


def request(identifier: object, **changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": identifier,
        "event": {"regions": ["PH", "US-FL"], "start": "2024-08-28", "end": None},
        "requester": {
            "account_id": "fl-7",
            "country": "US",
            "region": "US-FL",
            "checked_in": False,
            "targeted_message": False,
            "agency_role": None,
        },
        "contract": {
            "id": "c-55",
            "status": "closed",
            "freelancer_id": "fl-7",
            "agency_id": None,
            "freelancer_in_agency": None,
            "excluded_from_jss": False,
        },
        "feedback": {
            "left_at": "2024-09-03",
            "public_rating": 3.0,
            "private_score": None,
            "public_comment": "Never showed up to our call and then went silent.",
            "private_comment": "",
        },
        "prior_crisis_removals": 0,
    }
    for key, value in changes.items():
        section, field = key.split("__")
        record[section][field] = value
    return record


def decide(*records: dict[str, Any] | str) -> tuple[int, list[dict[str, Any]]]:
    lines = [item if isinstance(item, str) else json.dumps(item) for item in records]
    return run(["decide", "feedback-removal"], lines)


def test_each_request_gives_its_decision_in_order_keeping_the_id() -> None:
    code, output = decide(
        request("a"),
        request(2, contract__agency_id="ag-1", contract__freelancer_in_agency=False),
        request("c", feedback__public_rating=5.0),
    )
    assert code == 0
    assert [item["id"] for item in output] == ["a", 2, "c"]
    first = output[0]
    assert set(first) == {
        "id",
        "outcome",
        "scope",
        "criteria",
        "policy_version",
        "reasons",
        "alternatives",
    }
    assert first["outcome"] == "approve"
    assert first["scope"] == "profile_and_jss"
    assert first["criteria"][1] == {
        "name": "Feedback was left during the period of impact",
        "met": True,
        "evidence": "left 2024-09-03, event period 2024-08-28..ongoing",
    }
    assert all(set(item) == {"name", "met", "evidence"} for item in first["criteria"])
    assert first["policy_version"]
    assert (output[1]["outcome"], output[1]["scope"]) == ("approve", "profile_only")
    assert (output[2]["outcome"], output[2]["scope"]) == ("decline", None)
    assert output[2]["alternatives"]


def test_a_bad_line_gets_an_error_naming_the_field_and_the_rest_go_on() -> None:
    missing_event = request(3)
    del missing_event["event"]
    code, output = decide(
        "not json",
        request(2, feedback__left_at="03/09/2024"),
        missing_event,
        {"event": {}},
        "[1, 2]",
        request(6, requester__agency_role="ceo"),
        request(7),
    )
    assert code == 1
    assert len(output) == 7
    assert output[0] == {"id": None, "error": output[0]["error"]}
    assert output[0]["error"].startswith("line 1: not valid JSON")
    assert output[1]["id"] == 2
    assert output[1]["error"].startswith("line 2: field 'feedback.left_at'")
    assert output[2] == {"id": 3, "error": "line 3: field 'event': Field required"}
    assert output[3] == {"id": None, "error": "line 4: field 'id' is missing"}
    assert output[4] == {"id": None, "error": "line 5: expected a JSON object, got list"}
    assert "field 'requester.agency_role'" in output[5]["error"]
    assert output[6]["outcome"] == "approve"


def test_blank_lines_are_skipped_and_a_file_can_be_read(tmp_path: Path) -> None:
    source = tmp_path / "requests.jsonl"
    source.write_text("\n" + json.dumps(request("x")) + "\n\n", encoding="utf-8")
    result = runner.invoke(app, ["decide", "feedback-removal", "--input", str(source)])
    assert result.exit_code == 0
    (item,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert item["id"] == "x"


def test_a_missing_input_file_is_refused() -> None:
    result = runner.invoke(app, ["decide", "feedback-removal", "--input", "/nonexistent.jsonl"])
    assert result.exit_code == 2


def test_scan_feedback_says_whether_each_comment_is_crisis_related() -> None:
    code, output = run(
        ["scan", "feedback"],
        [
            json.dumps({"id": 1, "comment": "Stopped replying for two weeks."}),
            json.dumps({"id": "b", "comment": "Lovely work, five stars."}),
        ],
    )
    assert code == 0
    assert [item["id"] for item in output] == [1, "b"]
    assert output[0]["crisis_related"] is True
    assert output[1]["crisis_related"] is False
    assert all(set(item) == {"id", "crisis_related", "score"} for item in output)
    assert output[0]["score"] >= 0.5 > output[1]["score"]


def test_scan_feedback_names_a_bad_field_and_goes_on() -> None:
    code, output = run(
        ["scan", "feedback"],
        [
            json.dumps({"id": 1}),
            json.dumps({"id": 2, "comment": 5}),
            json.dumps({"comment": "no id"}),
            "{",
            json.dumps({"id": 5, "comment": "went dark for ten days"}),
        ],
    )
    assert code == 1
    assert output[0] == {"id": 1, "error": "line 1: field 'comment' is missing"}
    assert output[1] == {"id": 2, "error": "line 2: field 'comment' must be a string"}
    assert output[2] == {"id": None, "error": "line 3: field 'id' is missing"}
    assert output[3]["error"].startswith("line 4: not valid JSON")
    assert output[4]["crisis_related"] is True
