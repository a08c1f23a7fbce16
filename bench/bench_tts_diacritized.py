"""Read-aloud synthesis with and without diacritisation, on the longest corpus article; prints a
table.

    .venv/bin/python bench/bench_tts_diacritized.py [--runs N]

The article is the largest ``ant_*`` file of the shared corpus, imported with the real importer
and cut into utterances exactly as the narrator reads it (``speech_text.article_utterances``).
Each utterance goes through ``PronouncingEngine.synthesize`` around the real eSpeak NG engine
(``espeak_route.EspeakEngine``), one at a time, as the narrator's worker does: numbers spelt
out, vowels restored (or not), eSpeak spelling, synthesis, word marks mapped back to the
displayed text.

- real-time factor = seconds of audio produced / wall seconds spent (the median run);
- "text prep" = the time ``spoken_text`` alone takes (numbers + diacritiser + spelling);
- sentence latency = wall time of one utterance, median and worst (what the listener could wait
  for if prefetching fell behind);
- highlight: displayed words that received a word mark / displayed words of the utterances.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop.arabic import words  # noqa: E402
from desktop.importers.scraped_text import parse_text  # noqa: E402
from desktop.tts.diacritizer import (  # noqa: E402
    NoDiacritizer,
    PronouncingEngine,
    get_diacritizer,
)
from desktop.tts.espeak_route import EspeakEngine  # noqa: E402
from desktop.tts.speech_text import article_utterances  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "text"
TARGET_RTF = 20.0


def longest_article():
    path = max(CORPUS.glob("ant_*.txt"), key=lambda p: p.stat().st_size)
    articles = parse_text(path.read_text(encoding="utf-8"), path.name)
    return path.name, max(articles, key=lambda a: sum(len(b.text) for b in a.blocks))


def run_once(engine: PronouncingEngine, utterances, voice) -> dict:
    latencies, audio, marked, shown = [], 0.0, 0, 0
    started = time.perf_counter()
    for u in utterances:
        t = time.perf_counter()
        chunk = engine.synthesize(u.text, voice)
        latencies.append(time.perf_counter() - t)
        audio += chunk.duration
        spans = {(w.start, w.end) for w in words(u.text)}
        shown += len(spans)
        marked += len(spans & {(m.char_start, m.char_end) for m in chunk.words})
    wall = time.perf_counter() - started
    prep_started = time.perf_counter()
    for u in utterances:
        engine.spoken_text(u.text, voice)
    prep = time.perf_counter() - prep_started
    return {
        "audio": audio,
        "wall": wall,
        "rtf": audio / wall,
        "prep": prep,
        "median_ms": statistics.median(latencies) * 1000,
        "max_ms": max(latencies) * 1000,
        "highlight": marked / max(1, shown),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per mode (median reported)")
    args = parser.parse_args()
    name, article = longest_article()
    utterances = article_utterances(article)
    n_words = sum(len(u.text.split()) for u in utterances)
    espeak = EspeakEngine()
    voice = espeak.voice_for_language("ar")
    started = time.perf_counter()
    model = get_diacritizer(True)
    load = time.perf_counter() - started
    if isinstance(model, NoDiacritizer):
        print(f"cannot run: {model.reason}", file=sys.stderr)
        return 2
    print(f"{name}: {len(utterances)} utterances, {n_words} words; voice {voice.id}")
    print(f"diacritiser {model.name}: loaded in {load:.2f} s")
    rows = []
    for label, diacritizer in (("no diacritisation", NoDiacritizer()), (model.name, model)):
        engine = PronouncingEngine(espeak, diacritizer)
        engine.synthesize(utterances[0].text, voice)  # warm-up
        runs = sorted(
            (run_once(engine, utterances, voice) for _ in range(args.runs)), key=lambda r: r["rtf"]
        )
        rows.append((label, runs[len(runs) // 2]))
    print()
    print(
        "| mode | audio s | wall s | real-time factor | text prep s | text prep s / 1,000 words "
        "| sentence median ms | sentence max ms | words highlighted |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, r in rows:
        print(
            f"| {label} | {r['audio']:.1f} | {r['wall']:.2f} | {r['rtf']:.0f}x | {r['prep']:.2f} "
            f"| {r['prep'] / n_words * 1000:.2f} | {r['median_ms']:.1f} | {r['max_ms']:.1f} "
            f"| {r['highlight']:.1%} |"
        )
    rtf = rows[-1][1]["rtf"]
    verdict = "meets" if rtf >= TARGET_RTF else "MISSES"
    print(f"\nwith diacritisation: {rtf:.0f}x real time ({verdict} the {TARGET_RTF:.0f}x target)")
    return 0 if rtf >= TARGET_RTF else 1


if __name__ == "__main__":
    raise SystemExit(main())
