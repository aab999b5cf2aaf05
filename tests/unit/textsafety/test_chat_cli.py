"""``trustdesk scan chat``: the JSON Lines contract of PRODUCT.md."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from trustdesk.textsafety.cli import scan_app

runner = CliRunner()


def run(lines: list[str], *arguments: str) -> tuple[int, list[dict[str, Any]]]:
    result = runner.invoke(scan_app, ["chat", *arguments], input="\n".join(lines) + "\n")
    return result.exit_code, [json.loads(line) for line in result.stdout.splitlines()]


def line(**fields: object) -> str:
    return json.dumps(fields)


def test_each_line_gives_abuse_types_and_self_harm_keeping_the_id_and_order() -> None:
    code, output = run(
        [
            line(id="a", text="You're a useless idiot."),
            line(id=2, text="This is useless."),
            line(id="c", text="Can you check my refund?"),
            line(id="d", text="I don't see a reason to go on"),
        ]
    )
    assert code == 0
    assert output == [
        {"id": "a", "abuse": "abusive", "abuse_types": ["directed_insult"], "self_harm": "none"},
        {"id": 2, "abuse": "venting", "abuse_types": [], "self_harm": "none"},
        {"id": "c", "abuse": "none", "abuse_types": [], "self_harm": "none"},
        {"id": "d", "abuse": "none", "abuse_types": [], "self_harm": "risk"},
    ]


def test_a_bad_line_yields_an_error_naming_the_field_and_the_rest_is_still_scanned() -> None:
    code, output = run(
        [
            line(id="ok-1", text="I know where your office is."),
            "{not json",
            line(id="no-text"),
            line(id="number", text=42),
            line(text="no id here"),
            "[1, 2]",
            line(id="ok-2", text="I'm standing on the bridge right now."),
        ]
    )
    assert code == 1
    assert [item.get("id") for item in output] == [
        "ok-1",
        None,
        "no-text",
        "number",
        None,
        None,
        "ok-2",
    ]
    assert output[0]["abuse_types"] == ["threat"]
    assert "not valid JSON" in output[1]["error"]
    assert "'text' is missing" in output[2]["error"]
    assert "'text' must be a string" in output[3]["error"]
    assert "'id' is missing" in output[4]["error"]
    assert "expected a JSON object" in output[5]["error"]
    assert output[6]["self_harm"] == "immediate"


def test_blank_lines_are_skipped() -> None:
    code, output = run(["", line(id=1, text="ok thanks"), "   "])
    assert code == 0
    assert [item["id"] for item in output] == [1]


def test_input_file_option_reads_the_file(tmp_path: Path) -> None:
    source = tmp_path / "chat.jsonl"
    source.write_text(line(id="f", text="f*** you") + "\n", encoding="utf-8")
    code, output = run([], "--input", str(source))
    assert code == 0
    assert output == [
        {"id": "f", "abuse": "abusive", "abuse_types": ["directed_insult"], "self_harm": "none"}
    ]
