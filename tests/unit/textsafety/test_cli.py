"""``trustdesk scan contact``: the JSON Lines contract of PRODUCT.md."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from trustdesk.textsafety.cli import scan_app

runner = CliRunner()


def run(lines: list[str], *arguments: str) -> tuple[int, list[dict[str, Any]]]:
    result = runner.invoke(scan_app, ["contact", *arguments], input="\n".join(lines) + "\n")
    return result.exit_code, [json.loads(line) for line in result.stdout.splitlines()]


def line(**fields: object) -> str:
    return json.dumps(fields)


def test_each_input_line_gives_one_output_object_in_order_keeping_the_id() -> None:
    code, output = run(
        [
            line(id="a", text="Call me at (415) 555-0123", stage="pre_contract"),
            line(id=7, text="The logo looks great, thanks!", stage="pre_contract"),
            line(id="c", text="pay me via PayPal to skip the fees", stage="active_contract"),
        ]
    )
    assert code == 0
    assert [item["id"] for item in output] == ["a", 7, "c"]
    assert output[0] == {
        "id": "a",
        "contact": True,
        "kinds": ["phone"],
        "action": "nudge",
        "findings": [{"kind": "phone", "start": 11, "end": 25, "value": "+14155550123"}],
    }
    assert output[1] == {"id": 7, "contact": False, "kinds": [], "action": "allow", "findings": []}
    assert output[2]["action"] == "block"
    assert output[2]["kinds"] == ["offplatform_payment"]


def test_contact_details_during_a_contract_are_allowed() -> None:
    _, output = run([line(id=1, text="my number is 0917 555 1234", stage="active_contract")])
    assert output[0]["contact"] is True
    assert output[0]["action"] == "allow"


def test_the_job_category_feeds_the_linkedin_exception() -> None:
    text = "Please share your profile: linkedin.com/in/jane-doe"
    _, output = run(
        [
            line(id=1, text=text, stage="pre_contract", job_category="Resume Writing"),
            line(id=2, text=text, stage="pre_contract", job_category="Logo Design"),
        ]
    )
    assert [item["action"] for item in output] == ["allow", "nudge"]


def test_an_email_shared_for_access_is_allowed() -> None:
    text = "Add me as a collaborator on the repo: jane@studiok.io"
    _, output = run([line(id=1, text=text, stage="pre_contract")])
    assert output[0]["kinds"] == ["email"]
    assert output[0]["action"] == "allow"


def test_a_bad_line_gets_an_error_naming_the_problem_and_the_rest_go_on() -> None:
    code, output = run(
        [
            "this is not json",
            line(id=2, text="hi", stage="later"),
            line(id=3, stage="pre_contract"),
            line(text="no id", stage="pre_contract"),
            json.dumps([1, 2]),
            line(id=6, text=5, stage="pre_contract"),
            line(id=7, text="hi", stage="pre_contract", job_category=3),
            line(id=8, text="what's your WhatsApp?", stage="pre_contract"),
        ]
    )
    assert code == 1
    assert len(output) == 8
    assert output[0] == {"id": None, "error": output[0]["error"]}
    assert "line 1: not valid JSON" in str(output[0]["error"])
    assert output[1] == {
        "id": 2,
        "error": "line 2: field 'stage' is 'later'; expected 'pre_contract' or 'active_contract'",
    }
    assert output[2] == {"id": 3, "error": "line 3: field 'text' is missing"}
    assert output[3] == {"id": None, "error": "line 4: field 'id' is missing"}
    assert output[4] == {"id": None, "error": "line 5: expected a JSON object, got list"}
    assert output[5] == {"id": 6, "error": "line 6: field 'text' must be a string"}
    assert output[6]["error"] == "line 7: field 'job_category' must be a string or null"
    assert output[7]["action"] == "nudge"


def test_blank_lines_are_skipped() -> None:
    code, output = run(["", line(id=1, text="hello", stage="pre_contract"), "   "])
    assert code == 0
    assert [item["id"] for item in output] == [1]


def test_reads_a_file_given_with_input(tmp_path: Path) -> None:
    source = tmp_path / "messages.jsonl"
    source.write_text(
        line(id="x", text="t.me/jane_design", stage="pre_contract") + "\n", encoding="utf-8"
    )
    result = runner.invoke(scan_app, ["contact", "--input", str(source)])
    assert result.exit_code == 0
    (item,) = [json.loads(text) for text in result.stdout.splitlines()]
    assert item["kinds"] == ["messaging_app"]


def test_a_missing_input_file_is_refused() -> None:
    result = runner.invoke(scan_app, ["contact", "--input", "/nonexistent/messages.jsonl"])
    assert result.exit_code == 2


def test_non_ascii_text_round_trips_unescaped() -> None:
    _, output = run(
        [line(id="é", text="mi correo es ana arroba gmail punto com", stage="pre_contract")]
    )
    assert output[0]["id"] == "é"
    assert output[0]["findings"][0]["value"] == "ana@gmail.com"


def test_streams_many_lines() -> None:
    lines = [
        line(
            id=index, text=f"update {index}: milestone done, see PR #{index}", stage="pre_contract"
        )
        for index in range(3000)
    ]
    code, output = run(lines)
    assert code == 0
    assert len(output) == 3000
    assert output[-1]["id"] == 2999
    assert not any(item["contact"] for item in output)
