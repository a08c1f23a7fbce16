"""The real speech engine, passed through with one thing changed: what eSpeak NG cannot be
made to do on demand (fail on a given sentence, hold a sentence back until a test lets it go),
and a record of what it was asked to say."""

from __future__ import annotations

import threading

from desktop.tts.engine import SynthesisError


class WrappedEngine:
    """The real engine; ``calls`` lists the texts it was asked to say."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.name = engine.name
        self.calls: list[str] = []

    def voices(self):
        return self.engine.voices()

    def voice_for_language(self, language):
        return self.engine.voice_for_language(language)

    def synthesize(self, text, voice=None, rate=None):
        self.calls.append(text)
        return self.engine.synthesize(text, voice, rate)


class FailingEngine(WrappedEngine):
    """The real engine, except for texts containing ``bad`` (every text when it is "")."""

    def __init__(self, engine, bad: str) -> None:
        super().__init__(engine)
        self.name, self.bad = "flaky", bad

    def synthesize(self, text, voice=None, rate=None):
        if self.bad in text:
            self.calls.append(text)
            raise SynthesisError(f"cannot say «{text}»")
        return super().synthesize(text, voice, rate)


class GatedEngine(WrappedEngine):
    """The real engine, holding its first sentence until ``gate`` opens: a cancel pressed
    then lands mid-export on every machine, however fast eSpeak is."""

    def __init__(self, engine, timeout: float) -> None:
        super().__init__(engine)
        self.timeout = timeout
        self.first = threading.Event()
        self.gate = threading.Event()

    def synthesize(self, text, voice=None, rate=None):
        chunk = super().synthesize(text, voice, rate)
        if not self.first.is_set():
            self.first.set()
            assert self.gate.wait(self.timeout)
        return chunk
