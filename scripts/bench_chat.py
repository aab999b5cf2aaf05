"""Benchmark the conversation-safety classifier (``assess_chat``) on one core.

Run by ``make bench`` in ``.venv-eval`` (the classifier itself needs only the default
install). Pins the process to one CPU, then times ``assess_chat`` line by line over two
corpora read from ``../shared/data``: the support-chat dev lines (repeated to ``--count``) and
OLID tweets (the first ``--count``). Reports lines per second and p50/p99 latency per line
for each, beside alt-profanity-check and better-profanity on the same lines when they are
installed. Writes ``bench-results/bench_chat.json``.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from trustdesk.textsafety.chat import assess_chat, load_model

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
DEV = DATA / "dev" / "chat_dev.jsonl"
OLID = DATA / "external" / "olid" / "olid-training-v1.0.tsv"
RESULTS = ROOT / "bench-results" / "bench_chat.json"


def percentile(sorted_values: list[float], fraction: float) -> float:
    index = min(len(sorted_values) - 1, round(fraction * (len(sorted_values) - 1)))
    return sorted_values[index]


def time_lines(function: Callable[[str], object], lines: list[str]) -> dict[str, Any]:
    latencies: list[float] = []
    clock = time.perf_counter
    cpu_started = time.process_time()
    started = clock()
    for text in lines:
        before = clock()
        function(text)
        latencies.append(clock() - before)
    elapsed = clock() - started
    cpu = time.process_time() - cpu_started
    latencies.sort()
    return {
        "lines": len(lines),
        "mean_characters": round(sum(map(len, lines)) / len(lines), 1),
        "lines_per_second": round(len(lines) / elapsed),
        # CPU time of this process only: what one core gives when no other process shares it
        # (the wall-clock figure above drops when the machine is busy).
        "lines_per_cpu_second": round(len(lines) / cpu) if cpu else None,
        "p50_ms": round(percentile(latencies, 0.50) * 1000, 4),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 4),
    }


def others() -> dict[str, Callable[[str], object]]:
    found: dict[str, Callable[[str], object]] = {}
    try:
        from profanity_check import predict  # type: ignore[import-not-found]

        found["alt-profanity-check"] = lambda text: predict([text])
    except ImportError:
        pass
    try:
        from better_profanity import profanity  # type: ignore[import-not-found]

        profanity.load_censor_words()
        found["better-profanity"] = profanity.contains_profanity
    except ImportError:
        pass
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument(
        "--others-sample",
        type=int,
        default=2_000,
        help="lines for the other libraries (0: skip them)",
    )
    arguments = parser.parse_args()

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    dev = [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines()]
    chat_lines = (dev * (arguments.count // len(dev) + 1))[: arguments.count]
    with OLID.open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        tweets = [row["tweet"] for _, row in zip(range(arguments.count), rows, strict=False)]

    model = load_model()  # loaded once per process, as in a worker
    for text in tweets[:500]:
        assess_chat(text)
    gc.collect()
    gc.freeze()

    figures: dict[str, Any] = {
        "cpu": "one core (sched_setaffinity)" if hasattr(os, "sched_setaffinity") else "unpinned",
        "model": model.version if model else None,
        "trustdesk": {
            "support_chat_lines": time_lines(assess_chat, chat_lines),
            "olid_tweets": time_lines(assess_chat, tweets),
        },
    }
    compared = others() if arguments.others_sample > 0 else {}
    for name, function in compared.items():
        figures[name] = {
            "support_chat_lines": time_lines(function, chat_lines[: arguments.others_sample]),
            "olid_tweets": time_lines(function, tweets[: arguments.others_sample]),
        }
    for name, corpora in figures.items():
        if not isinstance(corpora, dict):
            continue
        for corpus, row in corpora.items():
            print(
                f"{name:20} {corpus:19} {row['lines_per_second']:>8,} lines/s "
                f"({row['lines_per_cpu_second']:,} per CPU-second)  "
                f"p50 {row['p50_ms']:.3f} ms  p99 {row['p99_ms']:.3f} ms  "
                f"({row['lines']:,} lines, mean {row['mean_characters']} characters)"
            )
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
