"""Benchmark the Job Success Score over the LARGE demo marketplace (1,000,000 contracts).

Run by ``make bench``. For SQLite (``/tmp/large.db``) and PostgreSQL (database
``td_large``), when present and complete: the full set-based recompute of every freelancer
and agency, then, for a sample of freelancers with a score (after 10 untimed ones), one
account's incremental recompute and one what-if preview (excluding one client feedback), as
median and p95 in milliseconds. Targets: full recompute <= 60 s, incremental and preview <= 20 ms.
Writes ``bench-results/bench_reputation.json``.

A database that is absent or incomplete is skipped with the commands that create it:

    export TRUSTDESK_DATABASE_URL=sqlite:////tmp/large.db
    trustdesk db upgrade && trustdesk demo --size large
    createdb -h 127.0.0.1 -U postgres td_large
    export TRUSTDESK_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/td_large
    trustdesk db upgrade && trustdesk demo --size large

(each takes several minutes). Override the URLs with ``BENCH_REPUTATION_SQLITE`` and
``BENCH_REPUTATION_POSTGRES``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

import trustdesk.models  # noqa: F401  (every table registered)
from trustdesk import migrate
from trustdesk.audit import AuditEvent
from trustdesk.db import build_engine, utcnow
from trustdesk.marketplace.models import Account, Contract, Feedback
from trustdesk.reputation import actions

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench-results" / "bench_reputation.json"
LARGE_CONTRACTS = 1_000_000
#: Accounts computed before timing starts, as a running server has its statements cached
#: (SQLAlchemy's compiled cache; PostgreSQL's prepared plans after a few executions).
WARM_UP = 10
TARGETS = {
    "sqlite": os.environ.get("BENCH_REPUTATION_SQLITE", "sqlite:////tmp/large.db"),
    "postgresql": os.environ.get(
        "BENCH_REPUTATION_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/td_large"
    ),
}
HOW_TO = (
    "create it with: TRUSTDESK_DATABASE_URL={url} trustdesk db upgrade && "
    "TRUSTDESK_DATABASE_URL={url} trustdesk demo --size large  (several minutes{extra})"
)


def _missing(name: str, url: str) -> str | None:
    """Why the database cannot be benchmarked, or None when it holds the LARGE demo."""
    parsed = make_url(url)
    extra = "; createdb -h 127.0.0.1 -U postgres td_large first" if name == "postgresql" else ""
    how = HOW_TO.format(url=url, extra=extra)
    if parsed.get_backend_name() == "sqlite" and not Path(parsed.database or "").exists():
        return f"{url} does not exist; {how}"
    engine = build_engine(url)
    try:
        with Session(engine) as session:
            contracts = session.scalar(select(func.count()).select_from(Contract)) or 0
            generated = session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "marketplace.demo_generated")
            )
    except OperationalError as error:
        return f"{url} cannot be read ({str(error.orig).strip()}); {how}"
    finally:
        engine.dispose()
    if contracts < LARGE_CONTRACTS or not generated:
        return f"{url} holds {contracts:,} contracts, not a complete LARGE demo; {how}"
    return None


def _milliseconds(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "median_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(p95 * 1000, 2),
    }


def bench(name: str, url: str, sample: int, seed: int) -> dict[str, Any]:
    migrate.upgrade(url)  # adds the reputation tables to a demo generated before them
    engine = build_engine(url)
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    now = utcnow()
    if name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text("ANALYZE"))

    with factory() as session, session.begin():
        started = time.perf_counter()
        summary = actions.recompute_all(
            session,
            now,
            progress=lambda step, done, total: print(
                f"  {name}: {done}/{total} {step} ({time.perf_counter() - started:.1f} s)",
                flush=True,
            ),
        )
        full_seconds = time.perf_counter() - started

    incremental: list[float] = []
    preview: list[float] = []
    with factory() as session:
        rng = random.Random(seed)
        scored = list(
            session.scalars(
                select(Account.id)
                .where(Account.kind == "freelancer", Account.job_success_score.is_not(None))
                .order_by(Account.id)
            )
        )
        chosen = rng.sample(scored, min(sample + WARM_UP, len(scored)))
        for index, account_id in enumerate(chosen):
            timed = index >= WARM_UP
            feedback_id = session.scalar(
                select(Feedback.id)
                .join(Contract, Contract.id == Feedback.contract_id)
                .where(
                    Contract.freelancer_id == account_id,
                    Contract.agency_id.is_(None),
                    Feedback.direction == "client_to_freelancer",
                )
                .order_by(Feedback.left_at.desc())
                .limit(1)
            )
            begun = time.perf_counter()
            actions.recompute_account(session, account_id, now)
            if timed:
                incremental.append(time.perf_counter() - begun)
            if feedback_id is not None:
                begun = time.perf_counter()
                actions.preview_exclusion(session, account_id, [feedback_id], now)
                if timed:
                    preview.append(time.perf_counter() - begun)
        session.rollback()
    engine.dispose()
    return {
        "database": name,
        "full_recompute_seconds": round(full_seconds, 2),
        "freelancers": summary.freelancers,
        "freelancers_with_score": summary.freelancers_with_score,
        "agencies": summary.agencies,
        "top_rated": summary.top_rated,
        "incremental_recompute": _milliseconds(incremental) | {"accounts": len(incremental)},
        "what_if_preview": _milliseconds(preview) | {"accounts": len(preview)},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=50, help="Accounts timed one by one")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--only", choices=sorted(TARGETS), help="Benchmark one database")
    arguments = parser.parse_args()

    results = []
    for name, url in TARGETS.items():
        if arguments.only and name != arguments.only:
            continue
        problem = _missing(name, url)
        if problem is not None:
            print(f"SKIPPED {name}: {problem}")
            continue
        print(f"{name}: {url}", flush=True)
        result = bench(name, url, arguments.sample, arguments.seed)
        results.append(result)
        full = result["full_recompute_seconds"]
        one, what_if = result["incremental_recompute"], result["what_if_preview"]
        print(
            f"{name}: full recompute {full:.1f} s (target <= 60 s) for "
            f"{result['freelancers']:,} freelancers and {result['agencies']:,} agencies; "
            f"one account {one['median_ms']:.1f} ms median, {one['p95_ms']:.1f} ms p95; "
            f"what-if {what_if['median_ms']:.1f} ms median, {what_if['p95_ms']:.1f} ms p95 "
            "(target <= 20 ms)"
        )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
