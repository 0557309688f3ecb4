"""Offence search over all ~15,000 CJS codes: median and worst latency for typical queries."""

from __future__ import annotations

import statistics
import time

from casebridge.reference_data import ReferenceData

QUERIES = [
    "robbery",
    "TH68010",
    "th",
    "assault by beating",
    "possess offensive weapon public place",
    "criminal damage",
    "drive",
    "fail to",
    "xyzzy",
    "a",
]


def test_offence_search_latency() -> None:
    start = time.perf_counter()
    index = ReferenceData().offences
    load = time.perf_counter() - start
    timings: dict[str, float] = {}
    for query in QUERIES:
        runs = []
        for _ in range(20):
            t = time.perf_counter()
            index.search(query, limit=50)
            runs.append(time.perf_counter() - t)
        timings[query] = statistics.median(runs)
    print(f"\nload {load * 1000:.1f} ms for {len(index)} offences")
    for query, seconds in timings.items():
        print(f"| `{query}` | {seconds * 1000:.2f} ms |")
    print(f"worst median {max(timings.values()) * 1000:.2f} ms (target: well under 50 ms)")
