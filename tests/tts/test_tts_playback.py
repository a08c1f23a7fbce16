"""Real synthesis played through a real PulseAudio null sink, recorded from its monitor."""

from __future__ import annotations

from pathlib import Path

import pytest
from pulse_server import rms, samples, stop_recording

from desktop.model import Article, Block, BlockKind
from desktop.tts.engine import SAMPLE_RATE
from desktop.tts.narrator import Narrator, NarratorState
from desktop.tts.speech_text import article_utterances

SR = SAMPLE_RATE
SILENCE_RMS = 30  # the null sink's monitor with nothing playing reads 0
SPEECH_RMS = 300  # eSpeak speech at full volume reads several thousand

TWO = "هذه هي الجملة الأولى. وهذه جملة ثانية بعدها."
LONG = (
    "بدأت الأمم المتحدة برنامجا جديدا لمساعدة الأطفال في المخيمات. "
    "وقال المتحدث باسم المنظمة إن البرنامج يشمل التعليم والصحة والغذاء. "
    "وأضاف أن التمويل ما زال أقل من المطلوب بكثير. "
    "ودعا الدول المانحة إلى الوفاء بتعهداتها قبل نهاية العام الحالي."
)


@pytest.fixture
def reading(qtbot, pulse, engine):
    """A player and narrator on the GUI thread; ``make(text)`` sets them up for a text."""
    from desktop.tts.player import Player

    made = []

    def make(text: str, **kw):
        player = Player()
        article = Article("", [Block(BlockKind.PARAGRAPH, text)])
        narrator = Narrator(engine, article_utterances(article), player, post=player.post, **kw)
        player.bind(narrator)
        made.append((player, narrator))
        return player, narrator

    yield make
    for player, narrator in made:
        narrator.close()
        player.stop()


def record(qtbot, pulse, path: Path):
    """Start recording the monitor and wait until data flows."""
    proc = pulse.record(path)
    qtbot.waitUntil(lambda: path.stat().st_size >= 2 * SR // 50, timeout=10_000)
    return proc


def record_for(qtbot, pulse, path: Path, seconds: float):
    proc = record(qtbot, pulse, path)
    start = path.stat().st_size
    qtbot.waitUntil(lambda: path.stat().st_size >= start + int(2 * SR * seconds), timeout=10_000)
    stop_recording(proc)
    return samples(path.read_bytes()[start:])


def loud_fraction(audio, block: int = SR // 50) -> float:
    blocks = [audio[i : i + block] for i in range(0, len(audio) - block + 1, block)]
    return sum(rms(b) > SPEECH_RMS for b in blocks) / max(1, len(blocks))


def test_two_sentences_are_heard(qtbot, pulse, reading, tmp_path: Path) -> None:
    player, narrator = reading(TWO)
    path = tmp_path / "two.raw"
    proc = record(qtbot, pulse, path)
    before = samples(path.read_bytes())
    narrator.start(0, 0)
    qtbot.waitUntil(lambda: narrator.state == NarratorState.FINISHED, timeout=30_000)
    stop_recording(proc)
    assert player.state == "stopped" and not player._timer.isActive()
    audio = samples(path.read_bytes())
    assert rms(before) < SILENCE_RMS
    assert rms(audio) > SPEECH_RMS
    spoken = sum(s.samples for s in narrator._scheduled)
    assert len(narrator._scheduled) == 2
    # speech fills a good part of what was played (pauses and the sentence ends do not)
    assert loud_fraction(audio) * len(audio) > 0.4 * spoken


def test_pause_is_silent_until_resume(qtbot, pulse, reading, tmp_path: Path) -> None:
    player, narrator = reading(LONG)
    narrator.start(0, 0)
    qtbot.waitUntil(lambda: player.position() > SR // 2, timeout=30_000)
    narrator.pause()
    consumed = player.processed_samples()
    paused = record_for(qtbot, pulse, tmp_path / "paused.raw", 0.8)
    assert player.processed_samples() - consumed < SR // 20  # the sink took nothing more
    # skip what the monitor still carried from before the pause
    assert rms(paused[SR // 5 :]) < SILENCE_RMS
    narrator.resume()
    playing = record_for(qtbot, pulse, tmp_path / "resumed.raw", 1.5)
    assert rms(playing) > SPEECH_RMS
    assert narrator.state == NarratorState.PLAYING


def test_a_pause_while_loading_then_resume_is_heard(qtbot, pulse, reading, tmp_path: Path) -> None:
    """Paused before the first sentence reached the player (it never started), the sentence
    arrives during the pause, then resume: the player starts and the speech is heard."""
    player, narrator = reading(LONG)
    narrator.start(0, 0)
    narrator.pause()  # the synthesis result comes through the event loop: not there yet
    assert narrator.state == NarratorState.PAUSED and player.state == "stopped"
    qtbot.waitUntil(lambda: player.total_samples > 0, timeout=30_000)  # the sentence came
    assert narrator.state == NarratorState.PAUSED and player.state == "stopped"
    narrator.resume()
    assert narrator.state == NarratorState.PLAYING and player.state == "playing"
    qtbot.waitUntil(lambda: player.position() > SR // 4, timeout=10_000)
    playing = record_for(qtbot, pulse, tmp_path / "resumed.raw", 1.0)
    assert rms(playing) > SPEECH_RMS


def test_the_player_ticks_only_while_playing(qtbot, pulse, reading) -> None:
    """Its 15 ms position timer stops on pause and when the reading is finished (which also
    closes the audio device), so an idle reader does no work and holds no device."""
    player, narrator = reading("جملة قصيرة. وجملة أخرى.")
    assert not player._timer.isActive()
    narrator.start(0, 0)
    qtbot.waitUntil(lambda: player.position() > 0, timeout=30_000)
    assert player._timer.isActive()
    narrator.pause()
    assert player.state == "paused" and not player._timer.isActive()
    narrator.resume()
    assert player.state == "playing" and player._timer.isActive()
    qtbot.waitUntil(lambda: narrator.state == NarratorState.FINISHED, timeout=30_000)
    assert player.state == "stopped" and not player._timer.isActive()
    assert player._sink is None  # the device is closed


def test_the_highlighted_word_follows_the_word_marks(qtbot, pulse, reading) -> None:
    """Each word change is reported at a heard sample no earlier than the word's mark and at
    most 50 ms after it: the position the player reports drives the highlight."""
    player, narrator = reading(TWO)
    changes = []
    narrator.on_place = lambda place: changes.append((player.position(), place))
    narrator.start(0, 0)
    qtbot.waitUntil(lambda: narrator.state == NarratorState.FINISHED, timeout=30_000)
    expected = {}
    for item in narrator._scheduled:
        utt = narrator.utterances[item.index]
        for mark in item.words:
            span = utt.display_span(mark.char_start, mark.char_end)
            expected[(item.index, span)] = item.start + mark.sample_offset
    first_seen = {}
    for position, place in changes:
        key = (place.utterance, place.word)
        if place.word is not None and key not in first_seen:
            first_seen[key] = position
    assert set(first_seen) <= set(expected)
    assert len(first_seen) >= 0.9 * len(expected)  # no word skipped
    errors_ms = [(first_seen[k] - expected[k]) * 1000 / SR for k in first_seen]
    assert min(errors_ms) >= 0
    assert max(errors_ms) <= 50, sorted(errors_ms)[-5:]


def test_volume_zero_is_silent(qtbot, pulse, reading, tmp_path: Path) -> None:
    player, narrator = reading("جملة قصيرة.")
    player.set_volume(0.0)
    path = tmp_path / "quiet.raw"
    proc = record(qtbot, pulse, path)
    narrator.start(0, 0)
    qtbot.waitUntil(lambda: narrator.state == NarratorState.FINISHED, timeout=30_000)
    stop_recording(proc)
    assert player.volume() == 0.0
    assert rms(samples(path.read_bytes())) < SILENCE_RMS


def test_the_timeline_runs_on_across_appends_and_restarts_at_stop(qtbot) -> None:
    from desktop.tts.player import Player

    player = Player()
    assert player.append(b"\0\0" * 100) == 0
    assert player.append(b"\0\0" * 50) == 100
    assert player.append(b"\0\0\0") == 150  # an odd trailing byte is dropped
    assert player.total_samples == 151
    player.stop()
    assert (player.total_samples, player.position(), player.state) == (0, 0, "stopped")
    assert player.append(b"\0\0") == 0


def test_a_device_that_cannot_open_reports_the_error_name_only(qtbot, pulse) -> None:
    """The sink's own failure (a format no device takes), reported as the short error name:
    the controller puts it into its one translated sentence."""
    from desktop.tts.player import Player

    player = Player(sample_rate=0)
    player.append(b"\0\0" * 100)
    with qtbot.waitSignal(player.errorOccurred, timeout=10_000) as blocker:
        player.play()
    assert blocker.args == ["OpenError"]
    assert player.state == "stopped" and not player._timer.isActive()
