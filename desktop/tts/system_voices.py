"""The system's own voices through pyttsx3 (SAPI5 on Windows, NSSpeechSynthesizer on macOS), as
a second engine behind the same interface where eSpeak NG is missing.

NOT TESTED: neither driver exists on the Linux machines the project builds and tests on. The
code follows the measured behaviour of pyttsx3's file route (ARCHITECTURE.md): ``save_to_file``
+ ``runAndWait`` may return before the file is complete and now and then writes a 0-frame file,
so the file is awaited until its size settles and empty audio is retried once. Word timings are
not available from a file, so marks are spread over the audio in proportion to word length (an
estimate; the sentence highlight is exact). Never use this on Linux: ``pyttsx3.init()`` there
takes over eSpeak's callback and breaks the direct eSpeak route.
"""

from __future__ import annotations

import array
import os
import sys
import tempfile
import threading
import time
import wave
from pathlib import Path

from desktop.arabic import words as whitespace_words
from desktop.tts.engine import (
    SAMPLE_RATE,
    EngineUnavailable,
    SpeechChunk,
    SynthesisError,
    Voice,
    WordMark,
    clamp_rate,
    pick_voice,
)

_DRIVERS = {"win32": "sapi5", "darwin": "nsss"}


def _to_player_format(wav_path: Path) -> bytes:
    """int16 mono at SAMPLE_RATE from whatever the system voice wrote (linear resampling)."""
    with wave.open(str(wav_path), "rb") as wav:
        channels, width, rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
        raw = wav.readframes(wav.getnframes())
    if width != 2:
        raise SynthesisError(f"The system voice wrote {8 * width}-bit audio; 16-bit expected.")
    a = array.array("h")
    a.frombytes(raw[: len(raw) // 2 * 2])
    if sys.byteorder == "big":
        a.byteswap()
    if channels > 1:
        a = array.array(
            "h", (sum(a[i : i + channels]) // channels for i in range(0, len(a), channels))
        )
    if rate != SAMPLE_RATE and a:
        n = int(len(a) * SAMPLE_RATE / rate)
        step = rate / SAMPLE_RATE
        a = array.array("h", (a[min(len(a) - 1, int(i * step))] for i in range(n)))
    return a.tobytes()


class SystemVoiceEngine:
    name = "system voices"

    def __init__(self):
        driver = _DRIVERS.get(sys.platform)
        if driver is None:
            raise EngineUnavailable("System voices are used only on Windows and macOS.")
        try:
            import pyttsx3

            self._tts = pyttsx3.init(driver)
        except Exception as exc:  # noqa: BLE001 - any driver failure means "unavailable"
            raise EngineUnavailable(f"The system voices could not be started ({exc}).") from exc
        self._lock = threading.Lock()
        self._voices = [
            Voice(
                v.id,
                v.name or v.id,
                tuple(
                    (lang.decode() if isinstance(lang, bytes) else str(lang)).lower()
                    for lang in (v.languages or [])
                ),
                engine=driver,
            )
            for v in self._tts.getProperty("voices")
        ]
        if not self._voices:
            raise EngineUnavailable("The system has no voices installed.")

    def voices(self) -> list[Voice]:
        return list(self._voices)

    def voice_for_language(self, language: str) -> Voice | None:
        return pick_voice(self._voices, language)

    def synthesize(self, text: str, voice: Voice | None = None, rate: int | None = None):
        for _attempt in (1, 2):
            pcm = self._synthesize_file(text, voice, rate)
            if pcm:
                return SpeechChunk(pcm, SAMPLE_RATE, _estimated_marks(text, len(pcm) // 2))
        raise SynthesisError(f"The system voice returned no audio for «{text[:60]}» twice.")

    def _synthesize_file(self, text: str, voice: Voice | None, rate: int | None) -> bytes:
        fd, name = tempfile.mkstemp(suffix=".wav", prefix="qari-tts-")
        os.close(fd)
        path = Path(name)
        try:
            with self._lock:
                if voice is not None:
                    self._tts.setProperty("voice", voice.id)
                self._tts.setProperty("rate", clamp_rate(rate))
                self._tts.save_to_file(text, str(path))
                self._tts.runAndWait()
            _wait_until_written(path)
            return _to_player_format(path) if path.stat().st_size > 44 else b""
        except (wave.Error, EOFError):
            return b""
        finally:
            path.unlink(missing_ok=True)


def _wait_until_written(path: Path, timeout: float = 5.0) -> None:
    deadline, last = time.monotonic() + timeout, -1
    while time.monotonic() < deadline:
        size = path.stat().st_size if path.exists() else -1
        if size > 44 and size == last:
            return
        last = size
        time.sleep(0.05)


def _estimated_marks(text: str, samples: int) -> list[WordMark]:
    spans = whitespace_words(text)
    total = sum(len(s.text) for s in spans) or 1
    marks, seen = [], 0
    for s in spans:
        marks.append(WordMark(s.start, s.end, samples * seen // total))
        seen += len(s.text)
    return marks
