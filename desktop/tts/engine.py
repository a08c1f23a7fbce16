"""The speech engine interface: text in, PCM plus word marks out.

The app never lets an engine play sound itself (ARCHITECTURE.md, "Text-to-speech pipeline"):
pyttsx3's ``say()`` plays from eSpeak's thread with every word event fired before any sound, and
its ``stop()`` can deadlock. Engines here only *synthesise*; ``player.py`` plays, so pause, stop
and the highlighted word all follow one sample clock.

Qt-free. Engines are used from a worker thread; implementations serialise their own calls.
"""

from __future__ import annotations

import bisect
import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from desktop.arabic import words as whitespace_words

#: eSpeak NG's native rate; the player runs at this rate and other engines are converted to it.
SAMPLE_RATE = 22050
#: Words per minute eSpeak accepts; values outside are clamped rather than rejected.
MIN_RATE, DEFAULT_RATE, MAX_RATE = 80, 175, 450
#: Store key of the restore-vowels switch and its default, on (desktop.tts.diacritizer,
#: docs/diacritization.md; kept here so the reader can read the setting without loading the
#: diacritiser).
DIACRITIZE_SETTING = "speech.diacritize"
DIACRITIZE_DEFAULT = True

INSTALL_HINT = (
    "Install eSpeak NG (Debian/Ubuntu: `apt install espeak-ng`; Windows/macOS: the eSpeak NG "
    "installer or Homebrew) or run `pip install espeakng-loader`, which ships eSpeak NG with "
    "its Arabic voice."
)


class EngineUnavailable(Exception):
    """No engine or no voice can speak: the message says why and what to install."""


class SynthesisError(Exception):
    """One text could not be synthesised (after one retry); the next one may still work."""


@dataclass(frozen=True, slots=True)
class Voice:
    id: str  # what the engine selects the voice by (eSpeak: "sem/ar")
    name: str  # what a person reads in a menu ("Arabic")
    languages: tuple[str, ...]  # BCP 47-ish tags, best first ("ar", "ar-eg")
    engine: str = "espeak-ng"

    def speaks(self, language: str) -> bool:
        lang = language.lower().replace("_", "-")
        base = lang.split("-")[0]
        return any(tag == lang or tag.split("-")[0] == base for tag in self.languages)


@dataclass(frozen=True, slots=True)
class WordMark:
    """A whitespace word of the synthesised text and the sample where its sound starts."""

    char_start: int
    char_end: int
    sample_offset: int


@dataclass(slots=True)
class SpeechChunk:
    """One synthesised text: int16 mono little-endian PCM and its word marks in order."""

    pcm: bytes
    sample_rate: int
    words: list[WordMark] = field(default_factory=list)

    @property
    def samples(self) -> int:
        return len(self.pcm) // 2

    @property
    def duration(self) -> float:
        return self.samples / self.sample_rate

    def word_at(self, sample: int) -> WordMark | None:
        """The word being spoken at ``sample`` (relative to the chunk), None before the first."""
        return word_at(self.words, sample)


def word_at(words: Sequence[WordMark], sample: int) -> WordMark | None:
    """Of ``words`` (in order), the one being spoken at ``sample``; None before the first."""
    i = bisect.bisect_right(words, sample, key=lambda w: w.sample_offset) - 1
    return words[i] if i >= 0 else None


@runtime_checkable
class SpeechEngine(Protocol):
    name: str

    def voices(self) -> list[Voice]: ...

    def voice_for_language(self, language: str) -> Voice | None: ...

    def synthesize(
        self, text: str, voice: Voice | None = None, rate: int | None = None
    ) -> SpeechChunk: ...


def clamp_rate(rate: object) -> int:
    """A rate eSpeak takes; anything that is not a finite number (a hand-edited setting:
    "fast", NaN, 1e400, a list) is the default."""
    if isinstance(rate, bool) or not isinstance(rate, int | float):
        return DEFAULT_RATE
    if isinstance(rate, float) and not math.isfinite(rate):
        return DEFAULT_RATE
    return max(MIN_RATE, min(MAX_RATE, int(rate)))


def pick_voice(voices: Iterable[Voice], language: str) -> Voice | None:
    """The voice for ``language``: an exact tag first, then one of the same base language,
    earlier voices (the engine's own preference order) winning ties."""
    lang = language.lower().replace("_", "-")
    candidates = list(voices)
    for v in candidates:
        if lang in v.languages:
            return v
    for v in candidates:
        if v.speaks(lang):
            return v
    return None


def choose_voice(engine: SpeechEngine, language: str) -> Voice:
    """The voice an article in ``language`` is read with, or EngineUnavailable saying why."""
    voice = engine.voice_for_language(language or "ar")
    if voice is None:
        raise EngineUnavailable(
            f"No {engine.name} voice speaks the article's language «{language}». " + INSTALL_HINT
        )
    return voice


def map_events_to_words(text: str, events: Iterable[tuple[int, int]]) -> list[WordMark]:
    """Word marks from an engine's (char_position, sample) events.

    Engines fire more events than there are words: eSpeak reads «3.5» or «2016.» as several
    words and fires one event each, and an emoji's spoken name fires events on the space after
    it. Every event therefore counts for the whitespace word at or before its position, and a
    word's mark is its first event; words without any event get no mark (the previous word
    stays highlighted), and marks never go back in time.
    """
    spans = whitespace_words(text)
    if not spans:
        return []
    starts = [s.start for s in spans]
    marks: list[WordMark] = []
    last_word, last_sample = -1, -1
    for position, sample in events:
        i = max(0, bisect.bisect_right(starts, position) - 1)
        if i <= last_word or sample < last_sample:
            continue
        marks.append(WordMark(spans[i].start, spans[i].end, sample))
        last_word, last_sample = i, sample
    return marks


def default_engine() -> SpeechEngine:
    """eSpeak NG through pyttsx3's bindings; on Windows/macOS the system voices when eSpeak
    is missing. Raises EngineUnavailable with what to install when neither works."""
    from desktop.tts.espeak_route import EspeakEngine

    try:
        return EspeakEngine()
    except EngineUnavailable as espeak_error:
        if sys.platform not in ("win32", "darwin"):
            raise
        from desktop.tts.system_voices import SystemVoiceEngine

        try:
            return SystemVoiceEngine()
        except EngineUnavailable as system_error:
            raise EngineUnavailable(f"{espeak_error}\n{system_error}") from system_error
