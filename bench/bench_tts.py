"""Read-aloud benchmarks on real synthesis and a real PulseAudio null sink; prints a table.

    .venv/bin/python bench/bench_tts.py [--runs N]

Method (everything heard is measured on the sink's monitor, recorded by ``parec`` through a pipe
with 5 ms latency; a reader thread time-stamps every piece as it arrives):
- first audible sample: ``Narrator.start()`` (synthesis of the first sentence included) to the
  moment the first recorded sample above the speech threshold was played. A sample's play time
  is its piece's arrival time less the audio after it in that piece; the monitor's own delivery
  lag (<= ~5 ms) is included, so this is an upper bound. "pipeline" subtracts the silence eSpeak
  puts before the first sound of the sentence.
- gap between sentences: each sentence's PCM is located in the recording by cross-correlating
  1 ms envelopes; gap = (onset of sentence k+1 - onset of sentence k) - length of sentence k,
  i.e. what playback added beyond the PCM (eSpeak's own sentence-end pause is not a gap).
- highlight error: the sample clock of the recording is tied to wall time by the least-delayed
  piece; each word mark's play time is onset of its sentence + the mark's sample offset; the
  error is the wall time the narrator reported that word (on_place) minus that play time.
- export: the longest corpus article to WAV and MP3; speed = audio seconds / wall seconds.
"""

from __future__ import annotations

import argparse
import array
import bisect
import math
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "tts"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pulse_server  # noqa: E402
from stats import percentile  # noqa: E402

SR = 22050
THRESHOLD = 500  # |sample| above this counts as sound


class MonitorReader:
    """Records the monitor through a pipe; keeps samples and (end_index, arrival) per piece."""

    def __init__(self, server: pulse_server.PulseServer):
        self.proc = server.record_pipe(latency_msec=5)
        self.data = bytearray()
        self.pieces: list[tuple[int, float]] = []
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        fd = self.proc.stdout.fileno()
        while True:
            piece = os.read(fd, 4096)
            now = time.perf_counter()
            if not piece:
                return
            with self.lock:
                self.data += piece
                self.pieces.append((len(self.data) // 2, now))

    def samples(self) -> array.array:
        with self.lock:
            return pulse_server.samples(bytes(self.data))

    def size(self) -> int:
        with self.lock:
            return len(self.data) // 2

    def clock(self) -> float:
        """Wall time of recording sample 0, from the least-delayed piece."""
        with self.lock:
            return min(t - end / SR for end, t in self.pieces)

    def played_at(self, index: int) -> float:
        """When sample ``index`` was played, from the piece that brought it."""
        with self.lock:
            ends = [e for e, _ in self.pieces]
            k = bisect.bisect_left(ends, index + 1)
            end, t = self.pieces[k]
        return t - (end - index) / SR

    def close(self) -> None:
        pulse_server.stop_recording(self.proc)
        self.thread.join(timeout=5)
        self.proc.stdout.close()


def envelope(a, step: int = 22) -> list[float]:
    return [sum(abs(x) for x in a[i : i + step]) / step for i in range(0, len(a) - step + 1, step)]


def locate(recording_env: list[float], pcm_env: list[float], around: int, radius: int) -> int:
    """Frame in the recording where ``pcm_env`` fits best within ``around`` +- ``radius``."""
    n = min(len(pcm_env), 1500)
    probe = pcm_env[:n]
    norm_p = math.sqrt(sum(x * x for x in probe)) or 1.0
    best, best_score = around, -1.0
    for lag in range(max(0, around - radius), around + radius + 1):
        window = recording_env[lag : lag + n]
        if len(window) < n:
            break
        dot = sum(p * w for p, w in zip(probe, window, strict=True))
        norm_w = math.sqrt(sum(w * w for w in window)) or 1.0
        score = dot / (norm_p * norm_w)
        if score > best_score:
            best, best_score = lag, score
    return best


def wait_until(app, condition, timeout: float = 30.0) -> None:
    """Run the event loop until ``condition()``; sleeps 1 ms a round to give the GIL away.

    Without the sleep this loop starves the narrator's synthesis thread: eSpeak's audio callback
    (ctypes) must take the GIL for every buffer, and a main thread that alternates
    ``processEvents`` (which drops and retakes the GIL) with Python never lets a waiting thread
    ask for it (CPython only forces a switch when the holder kept it a whole interval), so
    ``Narrator.start()`` stayed LOADING for > 10 s. ``time.sleep`` hands the GIL over for sure.
    """
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)


def longest_corpus_article():
    from desktop.model import Article, Block, BlockKind

    folder = REPO.parent / "shared" / "corpus" / "text"
    best = max((p for p in folder.glob("ant_*.txt")), key=lambda p: p.stat().st_size)
    raw = best.read_text(encoding="utf-8")
    body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
    title = raw.split("<TITLE>", 1)[-1].split("</TITLE>", 1)[0].strip()
    blocks = [
        Block(BlockKind.PARAGRAPH, line.strip()) for line in body.splitlines() if line.strip()
    ]
    return best.name, Article(title, blocks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="first-sound runs")
    args = parser.parse_args()
    reason = pulse_server.available()
    if reason:
        sys.exit(f"cannot run: {reason}")
    server = pulse_server.start()
    os.environ["PULSE_SERVER"] = server.env["PULSE_SERVER"]
    try:
        rows = run(server, args.runs)
    finally:
        server.stop()
    width = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(width)}  {'result':>22}  target")
    for name, value, target in rows:
        print(f"{name.ljust(width)}  {value:>22}  {target}")


def run(server, runs: int) -> list[tuple[str, str, str]]:
    from PySide6.QtCore import QCoreApplication

    from desktop.tts.espeak_route import EspeakEngine
    from desktop.tts.export import export_article
    from desktop.tts.narrator import Narrator, NarratorState
    from desktop.tts.player import Player
    from desktop.tts.speech_text import article_utterances

    app = QCoreApplication.instance() or QCoreApplication([])
    engine = EspeakEngine()
    name, article = longest_corpus_article()
    utts = article_utterances(article)
    rows = []

    # --- first audible sample ---------------------------------------------------------------
    first, pipeline = [], []
    for _ in range(runs):
        player = Player()
        narrator = Narrator(engine, utts[1:3], player, post=player.post)
        player.bind(narrator)
        pcms: list[bytes] = []
        append = player.append
        player.append = lambda pcm, _a=append, _p=pcms: (_p.append(pcm), _a(pcm))[1]
        reader = MonitorReader(server)
        wait_until(app, lambda r=reader: r.size() > SR // 10)
        t0 = time.perf_counter()
        narrator.start(0, 0)
        t_first = None
        scanned = 0

        def heard(r=reader, t=t0):
            nonlocal t_first, scanned
            a = r.samples()
            for i in range(scanned, len(a)):  # only what arrived since the last look
                if abs(a[i]) > THRESHOLD and r.played_at(i) >= t:
                    t_first = r.played_at(i)
                    return True
            scanned = len(a)
            return False

        wait_until(app, heard, timeout=10)
        narrator.close()
        player.stop()
        reader.close()
        lead = next(i for i, x in enumerate(pulse_server.samples(pcms[0])) if abs(x) > THRESHOLD)
        first.append((t_first - t0) * 1000)
        pipeline.append((t_first - t0) * 1000 - lead * 1000 / SR)
    rows.append(
        (
            "start() -> first audible sample (ms), median/max",
            f"{statistics.median(first):.0f} / {max(first):.0f}",
            "",
        )
    )
    rows.append(
        (
            "  less eSpeak's leading silence (ms), median/max",
            f"{statistics.median(pipeline):.0f} / {max(pipeline):.0f}",
            "<= 150",
        )
    )

    # --- gaps and highlight error over a run of sentences -------------------------------------
    player = Player()
    part = utts[:12]
    narrator = Narrator(engine, part, player, post=player.post)
    player.bind(narrator)
    pcms = []
    append = player.append
    player.append = lambda pcm, _a=append: (pcms.append(pcm), _a(pcm))[1]
    reported: dict[tuple[int, tuple[int, int] | None], float] = {}

    def on_place(place):
        key = (place.utterance, place.word)
        if place.word is not None and key not in reported:
            reported[key] = time.perf_counter()

    narrator.on_place = on_place
    reader = MonitorReader(server)
    wait_until(app, lambda: reader.size() > SR // 10)
    narrator.start(-1, 0)
    wait_until(app, lambda: narrator.state == NarratorState.FINISHED, timeout=300)
    wait_until(app, lambda: reader.size() > 0)
    recording = reader.samples()
    rec_env = envelope(recording)
    scheduled = list(narrator._scheduled)
    onsets = []
    expected = None
    for item, pcm in zip(scheduled, pcms, strict=True):
        env = envelope(pulse_server.samples(pcm))
        if expected is None:
            frame = locate(rec_env, env, len(rec_env) // 2, len(rec_env) // 2)
        else:
            frame = locate(rec_env, env, expected, 300)
        onsets.append(frame * 22)
        expected = frame + item.samples // 22
    gaps = [
        (onsets[k + 1] - onsets[k] - scheduled[k].samples) * 1000 / SR
        for k in range(len(onsets) - 1)
    ]
    rows.append(
        (
            f"gap between sentences (ms), median/max of {len(gaps)}",
            f"{statistics.median(gaps):.1f} / {max(gaps):.1f}",
            "<= 40",
        )
    )
    errors = []
    for item, onset in zip(scheduled, onsets, strict=True):
        utt = part[item.index]
        for mark in item.words:
            key = (item.index, utt.display_span(mark.char_start, mark.char_end))
            if key in reported:
                errors.append((reported[key] - reader.played_at(onset + mark.sample_offset)) * 1000)
    reader.close()
    narrator.close()
    player.stop()
    abs_err = [abs(e) for e in errors]
    rows.append(
        (
            f"highlight error (ms) over {len(errors)} words, p95 |err|",
            f"{percentile(abs_err, 95):.0f}",
            "<= 40",
        )
    )
    rows.append(
        (
            "  signed error median (min..max)",
            f"{statistics.median(errors):+.0f} ({min(errors):+.0f}..{max(errors):+.0f})",
            "",
        )
    )

    # --- export -------------------------------------------------------------------------------
    with tempfile.TemporaryDirectory() as tmp:
        for ext in ("wav", "mp3"):
            t = time.perf_counter()
            result = export_article(
                article, Path(tmp) / f"a.{ext}", Path(tmp) / "a.vtt", engine=engine
            )
            wall = time.perf_counter() - t
            rows.append(
                (
                    f"export {name[:28]} ({article.word_count()} words) to {ext.upper()}",
                    f"{result.duration:.0f} s audio in {wall:.2f} s"
                    f" = {result.duration / wall:.0f}x",
                    ">= 100x",
                )
            )
    per_sentence = []
    voice = engine.voice_for_language("ar")
    for u in utts[:40]:
        t = time.perf_counter()
        engine.synthesize(u.text, voice)
        per_sentence.append((time.perf_counter() - t) * 1000)
    rows.append(
        ("synthesis per sentence (ms), median", f"{statistics.median(per_sentence):.1f}", "")
    )
    return rows


if __name__ == "__main__":
    main()
