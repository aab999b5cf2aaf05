"""Benchmark the contact detector on one core, beside Presidio on the same corpus.

Run by ``make bench`` in ``.venv-eval``. Generates ``--count`` (default 100,000) realistic
marketplace messages (``contact_corpus.py``: 20 to 2,000 characters, about 5% with contact
details), pins the process to one CPU, and reports messages per second, p50 and p99 latency
per message, and p99 for 500-character messages. Presidio's phone, email and URL recognizers
run on a sample of the same corpus (``--presidio-sample``, default 2,000: they are slow) and
on the development set, so the throughput ratio and both F1 figures come from the same run.
Besides wall-clock figures it reports CPU-time ones (the process's own CPU seconds), which
stay put when other processes share the core; the load average is printed beside them.
Writes ``bench-results/bench_contact.json``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from contact_corpus import message_of_length, messages
from eval_contact import DEV, evaluate_set, presidio_detector

from trustdesk.textsafety.contact import KINDS, detect_contacts

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench-results" / "bench_contact.json"


def percentile(sorted_values: list[float], fraction: float) -> float:
    index = min(len(sorted_values) - 1, round(fraction * (len(sorted_values) - 1)))
    return sorted_values[index]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--presidio-sample", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=4)
    arguments = parser.parse_args()

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    corpus = [text for text, _ in messages(arguments.count, arguments.seed)]
    characters = sum(len(text) for text in corpus)
    for text in corpus[:2000]:  # warm the caches the way a long-running worker has them
        detect_contacts(text)

    five_hundred = [message_of_length(arguments.seed + index, 500) for index in range(5000)]
    # Like a long-running worker: what was loaded before the loop is not garbage-collected
    # again and again (gc.freeze); collection stays on for what each message allocates.
    gc.collect()
    gc.freeze()
    latencies: list[float] = []
    clock = time.perf_counter
    cpu_clock = time.process_time
    cpu_started = cpu_clock()
    started = clock()
    for text in corpus:
        before = clock()
        detect_contacts(text)
        latencies.append(clock() - before)
    elapsed = clock() - started
    cpu_elapsed = cpu_clock() - cpu_started
    latencies.sort()

    latencies_500 = []
    cpu_latencies_500 = []
    cpu_ns = time.thread_time_ns
    for text in five_hundred:
        before = clock()
        cpu_before = cpu_ns()
        detect_contacts(text)
        cpu_latencies_500.append((cpu_ns() - cpu_before) / 1e9)
        latencies_500.append(clock() - before)
    latencies_500.sort()
    cpu_latencies_500.sort()

    presidio = presidio_detector()
    sample = corpus[: arguments.presidio_sample]
    presidio_cpu_started = cpu_clock()
    presidio_started = clock()
    for text in sample:
        presidio(text)
    presidio_elapsed = clock() - presidio_started
    presidio_cpu_elapsed = cpu_clock() - presidio_cpu_started

    ours_dev = evaluate_set(
        lambda text, category: {f.kind for f in detect_contacts(text, job_category=category)},
        KINDS,
    )

    def presidio_kinds(text: str, _category: str | None) -> set[str]:
        found = {kind for kind, _start, _end in presidio(text)}
        return {"contact"} | found if found else set()

    presidio_dev = evaluate_set(presidio_kinds, ("phone", "email"))

    ours_rate = len(corpus) / elapsed
    presidio_rate = len(sample) / presidio_elapsed
    ours_cpu_rate = len(corpus) / cpu_elapsed
    presidio_cpu_rate = len(sample) / presidio_cpu_elapsed
    figures = {
        "messages": len(corpus),
        "mean_characters": round(characters / len(corpus), 1),
        "cpu": "one core (sched_setaffinity)" if hasattr(os, "sched_setaffinity") else "unpinned",
        "messages_per_second": round(ours_rate),
        "p50_ms": round(percentile(latencies, 0.50) * 1000, 4),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 4),
        "p99_ms_500_characters": round(percentile(latencies_500, 0.99) * 1000, 4),
        "presidio_sample": len(sample),
        "presidio_messages_per_second": round(presidio_rate, 1),
        "speedup_over_presidio": round(ours_rate / presidio_rate, 1),
        "messages_per_cpu_second": round(ours_cpu_rate),
        "cpu_p99_ms_500_characters": round(percentile(cpu_latencies_500, 0.99) * 1000, 4),
        "presidio_messages_per_cpu_second": round(presidio_cpu_rate, 1),
        "cpu_speedup_over_presidio": round(ours_cpu_rate / presidio_cpu_rate, 1),
        "load_average": [round(load, 2) for load in os.getloadavg()],
        "dev_contact_f1": round(ours_dev["contact"].f1, 4),
        "presidio_dev_contact_f1": round(presidio_dev["contact"].f1, 4),
        "dev_set": str(DEV),
    }
    print(
        f"trustdesk: {figures['messages_per_second']:,} messages/s on one core over "
        f"{len(corpus):,} messages (mean {figures['mean_characters']} characters); "
        f"p50 {figures['p50_ms']} ms, p99 {figures['p99_ms']} ms; "
        f"p99 at 500 characters {figures['p99_ms_500_characters']} ms"
    )
    print(
        f"Presidio (phone+email+URL recognizers, sample of {len(sample):,}): "
        f"{figures['presidio_messages_per_second']:,} messages/s; trustdesk is "
        f"{figures['speedup_over_presidio']}x faster; dev contact F1 "
        f"{figures['dev_contact_f1']} vs {figures['presidio_dev_contact_f1']}"
    )
    print(
        f"CPU time: trustdesk {figures['messages_per_cpu_second']:,} messages per CPU second "
        f"(p99 at 500 characters {figures['cpu_p99_ms_500_characters']} ms), Presidio "
        f"{figures['presidio_messages_per_cpu_second']:,}: "
        f"{figures['cpu_speedup_over_presidio']}x; load average {figures['load_average']}"
    )
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
