"""The worked examples of docs/reputation.md are tests: each table is built in the database
and every row's reason, weight and outcome and the score must be what the page says, through
the SQL (the recompute's own queries) and through the pure functions of the policy."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from tests import factories
from tests.integration.reputation.helpers import ContractSpec, build
from trustdesk.reputation import actions, queries
from trustdesk.reputation.policy import (
    Counted,
    Outcome,
    Reason,
    closed_outcome,
    open_outcome,
    score,
    weight_quarters,
)

DOC = Path(__file__).resolve().parents[3] / "docs" / "reputation.md"
NOW = factories.NOW


@dataclass(frozen=True)
class Example:
    title: str
    rows: list[tuple[ContractSpec, str, float | None, str | None]]
    score: int | None


def _cell(value: str) -> str | None:
    return None if value in ("—", "") else value


def _examples() -> list[Example]:
    text = DOC.read_text()
    found = []
    for section in re.split(r"^### ", text, flags=re.MULTILINE)[1:]:
        title = section.splitlines()[0].strip()
        if not title.startswith("Example"):
            continue
        lines = [line for line in section.splitlines() if line.startswith("| ")]
        header = [cell.strip() for cell in lines[0].strip("|").split("|")]
        rows = []
        for line in lines[2:]:
            cells = dict(
                zip(header, (cell.strip() for cell in line.strip("|").split("|")), strict=True)
            )
            rating, private = _cell(cells["rating"]), _cell(cells["private"])
            spec = ContractSpec(
                client=cells["client"],
                ended_days_ago=None if cells["ended"] == "open" else int(cells["ended"]),
                earned_dollars=float(cells["earned"]),
                refunded_dollars=float(cells["refunded"]),
                paid_days=int(cells["paid days"]),
                rating=None if rating is None else float(rating),
                private=None if private is None else int(private),
                dispute=_cell(cells["dispute"]),
                note=_cell(cells["note"]) or "",
            )
            weight = _cell(cells["weight"])
            rows.append(
                (
                    spec,
                    cells["reason"],
                    None if weight is None else float(weight),
                    _cell(cells["outcome"]),
                )
            )
        match = re.search(r"\*\*Score: (\d+|none)\*\*", section)
        assert match, f"{title}: no **Score: …** line"
        found.append(
            Example(title, rows, None if match.group(1) == "none" else int(match.group(1)))
        )
    return found


EXAMPLES = _examples()


def test_the_page_has_its_examples() -> None:
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize("example", EXAMPLES, ids=[example.title for example in EXAMPLES])
def test_documented_example(session: Session, example: Example) -> None:
    freelancer = factories.account(session, last_active_at=NOW)
    made = build(session, freelancer, [spec for spec, *_ in example.rows], NOW)

    explanation = queries.explain(session, "account", freelancer.id, NOW)
    by_contract = {row.contract_id: row for row in explanation.contracts}
    counted = []
    for (contract, _), (spec, reason, weight, outcome) in zip(made, example.rows, strict=True):
        row = by_contract[contract.id]
        assert (row.reason, row.weight, row.outcome) == (reason, weight, outcome), spec
        # The pure functions agree with the SQL, row by row.
        pure_outcome = None
        if spec.ended_days_ago is None:
            pure_outcome = open_outcome(
                dispute_severity=_severity(spec.dispute),
                refunded_cents=round(spec.refunded_dollars * 100),
                paid_cents=round((spec.earned_dollars + spec.refunded_dollars) * 100),
            )
        elif spec.rating is not None:
            pure_outcome = closed_outcome(
                public_rating=spec.rating,
                private_score=spec.private,
                dispute_severity=_severity(spec.dispute),
                refunded_cents=round(spec.refunded_dollars * 100),
                paid_cents=round((spec.earned_dollars + spec.refunded_dollars) * 100),
            )
        assert (None if pure_outcome is None else pure_outcome.label) == outcome
        quarters = weight_quarters(round(spec.earned_dollars * 100), spec.paid_days)
        if weight is not None:
            assert quarters / 4 == weight
        counted.append(
            Counted(
                client_id=contract.client_id,
                reason=Reason(reason),
                weight_quarters=quarters,
                outcome=pure_outcome if pure_outcome is not None else Outcome.NEUTRAL,
            )
        )
    assert explanation.job_success_score == example.score
    assert score(counted).value == example.score

    # The full recompute stores the same score.
    actions.recompute_all(session, NOW)
    session.refresh(freelancer)
    assert freelancer.job_success_score == example.score


def _severity(dispute: str | None) -> int:
    return {"client_favoured": 2, "split": 1, "open": 1}.get(dispute or "", 0)
