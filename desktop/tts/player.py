"""The one Qt class of desktop/tts: plays PCM through a QAudioSink on one running timeline and
reports which sample the listener hears.

Why these choices (measured, ARCHITECTURE.md): QAudioSink's ``suspend()``/``resume()`` act within
~20-30 ms, while QMediaPlayer's position is off by -93..+44 ms and updates every 100 ms.
``processedUSecs()`` leads the audible sound by ~30 ms, so the heard position is
``processedUSecs()/1000 - 30 ms``, polled on a 15 ms timer (measured: landed within +-14 ms of each
word's real start). Sentences are appended to one push-mode stream as they arrive, so there is no
gap between them beyond the pause eSpeak puts at a sentence end.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices

from desktop.tts.engine import SAMPLE_RATE

if TYPE_CHECKING:
    from desktop.tts.narrator import Narrator


class Player(QObject):
    """Plays int16 mono PCM appended in pieces; position is a sample on the running timeline.

    Signals: ``positionChanged(int)`` the sample heard now, ``stateChanged(str)`` one of
    "stopped", "playing", "paused", ``drained()`` everything appended has been heard,
    ``errorOccurred(str)`` the audio device failed (the error's short name, not a sentence).

    The position timer runs only while playing; ``stop()`` also closes the audio device
    (the narrator stops the player when the reading is finished).
    """

    positionChanged = Signal(int)
    stateChanged = Signal(str)
    drained = Signal()
    errorOccurred = Signal(str)
    _invoke = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        sample_rate: int = SAMPLE_RATE,
        latency_ms: float = 30.0,
        interval_ms: int = 15,
        device: QAudioDevice | None = None,
    ):
        super().__init__(parent)
        self._format = QAudioFormat()
        self._format.setSampleRate(sample_rate)
        self._format.setChannelCount(1)
        self._format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self.sample_rate = sample_rate
        self.latency_ms = latency_ms
        self._device = device
        self._sink: QAudioSink | None = None
        self._io = None
        self._pending = bytearray()  # appended, not yet handed to the sink
        self._total = 0  # samples appended on this timeline
        self._position = 0
        self._state = "stopped"
        self._drained_sent = True
        self._consumed_at: float | None = None
        self._volume = 1.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._invoke.connect(self._run, Qt.ConnectionType.QueuedConnection)

    # --- thread hand-over ------------------------------------------------------------------

    def post(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on this player's thread; safe to call from any thread (the narrator's
        synthesis worker delivers its results through this)."""
        self._invoke.emit(fn)

    @Slot(object)
    def _run(self, fn: Callable[[], None]) -> None:
        fn()

    def bind(self, narrator: Narrator) -> None:
        """Feed the narrator the heard position and the end of audio."""
        self.positionChanged.connect(narrator.on_position)
        self.drained.connect(narrator.on_drained)

    # --- the AudioOutput interface ---------------------------------------------------------

    def append(self, pcm: bytes) -> int:
        """Queue PCM at the end of the timeline; returns the timeline sample it starts at."""
        start = self._total
        self._pending += pcm[: len(pcm) // 2 * 2]
        self._total += len(pcm) // 2
        self._drained_sent = False
        if self._sink is not None:
            self._feed()
        return start

    def play(self) -> None:
        if self._state == "paused":
            self.resume()
            return
        if self._sink is None:
            device = self._device or QMediaDevices.defaultAudioOutput()
            self._sink = QAudioSink(device, self._format, self)
            self._sink.setVolume(self._volume)
            self._io = self._sink.start()
            if self._io is None or self._sink_failed():
                self._report_error()
                return
        self._feed()
        self._timer.start()
        self._set_state("playing")

    def pause(self) -> None:
        if self._sink is not None and self._state == "playing":
            self._sink.suspend()
            self._timer.stop()  # nothing moves while paused; resume() starts it again
            self._set_state("paused")

    def resume(self) -> None:
        if self._sink is not None and self._state == "paused":
            self._sink.resume()
            self._feed()
            self._timer.start()
            self._set_state("playing")

    def stop(self) -> None:
        """Silence at once and begin a new timeline at sample 0."""
        self._timer.stop()
        if self._sink is not None:
            sink, self._sink, self._io = self._sink, None, None
            sink.stop()
            sink.deleteLater()
        self._pending.clear()
        self._total = 0
        self._position = 0
        self._drained_sent = True
        self._set_state("stopped")

    # --- reading ---------------------------------------------------------------------------

    @property
    def state(self) -> str:
        return self._state

    @property
    def total_samples(self) -> int:
        return self._total

    def position(self) -> int:
        """The timeline sample heard now."""
        return self._position

    def processed_samples(self) -> int:
        """Samples the sink has consumed (leads the heard sound by ``latency_ms``)."""
        if self._sink is None:
            return 0
        return round(self._sink.processedUSecs() * self.sample_rate / 1_000_000)

    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        """Linear 0.0-1.0, applied at once and kept for the next stream."""
        self._volume = max(0.0, min(1.0, float(volume)))
        if self._sink is not None:
            self._sink.setVolume(self._volume)

    # --- internals -------------------------------------------------------------------------

    def _feed(self) -> None:
        if self._io is None or not self._pending or self._state == "paused":
            return
        free = self._sink.bytesFree() if self._sink is not None else 0
        n = min(free, len(self._pending))
        n -= n % 2
        if n > 0:
            written = self._io.write(bytes(self._pending[:n]))
            if written > 0:
                del self._pending[: written - written % 2]

    @Slot()
    def _tick(self) -> None:
        # Errors are polled here: a Python slot on QAudioSink.stateChanged crashed PySide6 6.12
        # inside QAudioSink.start() (segfault), so the player never connects to it.
        if self._sink is None:
            return
        if self._sink_failed():
            self._report_error()
            return
        self._feed()
        if self._state != "playing":
            return
        latency = int(self.latency_ms * self.sample_rate / 1000)
        processed = self.processed_samples()
        if processed >= self._total - 1 and not self._pending:  # -1: microsecond rounding
            # The sink has taken everything; the last ``latency`` of it is heard after that.
            if self._consumed_at is None:
                self._consumed_at = time.monotonic()
            latency -= int((time.monotonic() - self._consumed_at) * self.sample_rate)
        else:
            self._consumed_at = None
        heard = max(0, min(self._total, processed - max(0, latency)))
        if heard != self._position:
            self._position = heard
            self.positionChanged.emit(heard)
        if heard >= self._total and not self._pending and not self._drained_sent:
            self._drained_sent = True
            self.drained.emit()

    def _sink_failed(self) -> bool:
        # Compared by name: PySide6 6.12 returns QtAudio.Error, which is not equal to the
        # QAudio.Error members of older releases.
        return self._sink is not None and self._sink.error().name not in (
            "NoError",
            "UnderrunError",
        )

    def _report_error(self) -> None:
        """Stop, and send the sink's error name ("OpenError", ...): only the detail, the
        caller says it in a sentence of its own (translated)."""
        error = self._sink.error().name if self._sink is not None else ""
        self.stop()
        self.errorOccurred.emit(error if error not in ("", "NoError") else "no audio stream")

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)
