"""Library benchmark (run by hand): import rate, database size and search latency.

Targets (issue 2): text import >= 200 articles/s; search p95 <= 30 ms at 10,000 articles.
Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_library import build_library  # noqa: E402
from stats import percentile  # noqa: E402

# 20 queries a reader might type: with and without diacritics, hamza/alef and yaa/taa marbuta
# variants, one word and several, common and rare.
QUERIES = [
    "حلب",
    "مجلس الأمن",
    "مجلس الامن",
    "الأمم المتحدة",
    "الامم المتحده",
    "المبعوث الأممي",
    "المبعوث الاممى",
    "إعلان",
    "اعلان",
    "الأكاديمية البريطانية",
    "الْأَكَادِيمِيَّةُ الْبِرِيطَانِيَّةُ",
    "مُؤْتَمَر",
    "ويكيمانيا",
    "السعودية",
    "السعوديه",
    "كرة القدم",
    "مستشفى",
    "مستشفي",
    "الرئيس الأمريكي",
    "التكنولوجيا",
]


def bench_search(db: Path, rounds: int) -> dict[str, float]:
    from desktop.store import Store

    store = Store.open(db)
    try:
        for q in QUERIES:  # warm the page cache, as a running app would have it
            store.search(q, limit=20)
        times, hits = [], 0
        for _ in range(rounds):
            for q in QUERIES:
                t = time.perf_counter()
                hits += len(store.search(q, limit=20))
                times.append((time.perf_counter() - t) * 1000)
    finally:
        store.close()
    return {
        "p50": statistics.median(times),
        "p95": percentile(times, 95),
        "max": max(times),
        "hits": hits / rounds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=10_000, help="articles in the library")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "library.sqlite3"
        built = build_library(db, args.n)
        search = bench_search(db, args.rounds)
    rows = [
        ("articles imported", f"{built['articles']:.0f} (failed {built['failed']:.0f})", ""),
        ("import rate", f"{built['rate']:.0f} articles/s", ">= 200"),
        ("import time", f"{built['seconds']:.1f} s", ""),
        ("database size", f"{built['db_mb']:.1f} MB", ""),
        ("search p50 (20 queries)", f"{search['p50']:.1f} ms", ""),
        ("search p95", f"{search['p95']:.1f} ms", "<= 30"),
        ("search max", f"{search['max']:.1f} ms", ""),
        ("hits per round", f"{search['hits']:.0f}", ""),
    ]
    print("| measure | value | target |\n| --- | --- | --- |")
    for name, value, target in rows:
        print(f"| {name} | {value} | {target} |")


if __name__ == "__main__":
    main()
