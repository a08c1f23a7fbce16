"""The read-aloud state machine: which sentence is being said, what comes next, and which word
of which block to highlight for the sample the listener is hearing now.

Qt-free. Synthesis runs on a worker thread one or two sentences ahead of playback (eSpeak takes
~7 ms a sentence, so the next one is always ready before the current one ends and the player's
timeline has no gaps). Results come back through ``post``, a function that runs a callable on
the owner's thread: the Qt player's ``Player.post`` turns it into a queued signal. All other
methods are meant to be called on that same thread; a lock makes a direct ``post`` safe too.

Nothing here can hang: a sentence that fails is skipped with a message, a missing engine or
voice ends in the ERROR state with a message saying what to install.
"""

from __future__ import annotations

import bisect
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from operator import attrgetter
from typing import Protocol

from desktop.model import Position
from desktop.tts.engine import (
    EngineUnavailable,
    SpeechChunk,
    SpeechEngine,
    SynthesisError,
    Voice,
    WordMark,
    choose_voice,
    word_at,
)
from desktop.tts.speech_text import TITLE_BLOCK, Utterance

Post = Callable[[Callable[[], None]], None]


class NarratorState(StrEnum):
    STOPPED = "stopped"
    LOADING = "loading"  # asked to play, first audio not there yet
    PLAYING = "playing"
    PAUSED = "paused"
    FINISHED = "finished"
    ERROR = "error"


class MessageKind(StrEnum):
    """What a narrator message is about, so a window can say it in its own language; the
    message's text is an English sentence (for the log, and as detail)."""

    NOTHING_TO_READ = "nothing_to_read"
    SKIPPED = "skipped"  # one sentence could not be spoken; reading goes on
    NONE_SPOKEN = "none_spoken"  # none of the remaining sentences could be spoken
    UNAVAILABLE = "unavailable"  # no engine or no voice: the text says what to install


class AudioOutput(Protocol):
    """What the narrator needs from a player (``desktop.tts.player.Player`` is one)."""

    def append(self, pcm: bytes) -> int:
        """Queue PCM at the end of the running timeline; returns its first sample there."""

    def play(self) -> None:
        """Start playing what was appended, or go on after ``pause``: also when the pause came
        before the first ``play`` (the listener paused while speech was loading)."""

    def pause(self) -> None: ...

    def stop(self) -> None:
        """Silence at once and start a new timeline at sample 0."""


@dataclass(frozen=True, slots=True)
class SpokenPlace:
    """What to highlight: the sentence being said and, when known, its word (display offsets).

    ``block`` is ``TITLE_BLOCK`` (-1) while the title is read.
    """

    utterance: int
    block: int
    sentence: tuple[int, int]
    word: tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class _Scheduled:
    index: int
    start: int  # first sample on the player's timeline
    samples: int
    words: tuple[WordMark, ...]


class SynthesisWorker:
    """One thread that synthesises queued texts in order and hands each result to ``deliver``.

    Jobs of an older generation (the listener jumped or stopped) are dropped unsynthesised.
    """

    def __init__(self, engine: SpeechEngine, deliver: Callable[..., None]):
        self._engine = engine
        self._deliver = deliver
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self.generation = 0
        self._thread = threading.Thread(target=self._run, name="qari-tts-synthesis", daemon=True)
        self._thread.start()

    def request(self, generation: int, index: int, text: str, voice, rate) -> None:
        self._jobs.put((generation, index, text, voice, rate))

    def close(self) -> None:
        self._jobs.put(None)
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            generation, index, text, voice, rate = job
            if generation != self.generation:
                continue
            chunk, error = None, None
            for attempt in (1, 2):
                try:
                    chunk = self._engine.synthesize(text, voice, rate)
                    error = None
                    break
                except EngineUnavailable as exc:
                    error = exc
                    break
                except SynthesisError as exc:  # the engine has already retried once
                    error = exc
                    break
                except Exception as exc:  # noqa: BLE001 - reported, never kills the thread
                    error = SynthesisError(f"{type(exc).__name__}: {exc} (attempt {attempt})")
            self._deliver(generation, index, chunk, error)


class Narrator:
    """Reads ``utterances`` (from ``speech_text``) through ``output``.

    Callbacks, all on the owner's thread: ``on_place(SpokenPlace)`` when the sentence or word
    being heard changes, ``on_state(NarratorState)``, ``on_message(MessageKind, str)`` for
    skipped sentences and errors (show it and announce it to assistive technology).
    """

    def __init__(
        self,
        engine: SpeechEngine,
        utterances: Sequence[Utterance],
        output: AudioOutput,
        *,
        post: Post | None = None,
        language: str = "ar",
        voice: Voice | None = None,
        rate: int | None = None,
        ahead: int = 2,
        on_place: Callable[[SpokenPlace], None] | None = None,
        on_state: Callable[[NarratorState], None] | None = None,
        on_message: Callable[[MessageKind, str], None] | None = None,
    ):
        self._engine = engine
        self._utts = list(utterances)
        self._output = output
        self._post: Post = post or (lambda fn: fn())
        self._language = language
        self._voice = voice
        self.rate = rate
        self._ahead = max(1, ahead)
        self.on_place = on_place
        self.on_state = on_state
        self.on_message = on_message
        self._lock = threading.RLock()
        self._state = NarratorState.STOPPED
        self._cursor = 0
        self._restart_on_resume = False
        self._gen = 0
        self._reset_queue(0)
        self._place: SpokenPlace | None = None
        self._worker = SynthesisWorker(engine, self._deliver)

    # --- what the UI reads -----------------------------------------------------------------

    @property
    def state(self) -> NarratorState:
        return self._state

    @property
    def utterances(self) -> list[Utterance]:
        return list(self._utts)

    @property
    def current_index(self) -> int:
        """The utterance being said (or that play() starts with)."""
        return self._cursor

    @property
    def current(self) -> Utterance | None:
        return self._utts[self._cursor] if 0 <= self._cursor < len(self._utts) else None

    @property
    def place(self) -> SpokenPlace | None:
        return self._place

    @property
    def voice(self) -> Voice | None:
        return self._voice

    def position(self) -> Position:
        """Where reading is, to save as the reading position (title counts as block 0)."""
        u = self.current
        if u is None:
            return Position(0, 0)
        return Position(0, 0) if u.block == TITLE_BLOCK else Position(u.block, u.start)

    def index_for(self, block: int, offset: int = 0) -> int:
        """The utterance to start from at (block, offset): the one containing it, else the next
        one, else the last one."""
        for i, u in enumerate(self._utts):
            if u.block > block or (u.block == block and (offset < u.end or u.start >= offset)):
                return i
        return max(0, len(self._utts) - 1)

    # --- commands --------------------------------------------------------------------------

    def start(self, block: int = 0, offset: int = 0) -> None:
        """Read from (block, offset) on; block TITLE_BLOCK starts with the headline."""
        with self._lock:
            self._start_at(self.index_for(block, offset))

    def play(self) -> None:
        """Start, resume, or after the end start over."""
        with self._lock:
            if self._state == NarratorState.PAUSED:
                self.resume()
            elif self._state in (NarratorState.STOPPED, NarratorState.ERROR):
                self._start_at(self._cursor)
            elif self._state == NarratorState.FINISHED:
                self._start_at(0)

    def pause(self) -> None:
        with self._lock:
            if self._state in (NarratorState.PLAYING, NarratorState.LOADING):
                self._output.pause()
                self._set_state(NarratorState.PAUSED)

    def resume(self) -> None:
        with self._lock:
            if self._state != NarratorState.PAUSED:
                return
            if self._restart_on_resume or not self._scheduled:
                self._start_at(self._cursor)
            else:
                # play(), not a resume: paused while loading, the output was never started,
                # and the sentences that came in during the pause wait in it unplayed.
                self._output.play()
                if self._state == NarratorState.PAUSED:  # not stopped by a failing device
                    self._set_state(NarratorState.PLAYING)

    def toggle(self) -> None:
        with self._lock:
            if self._state in (NarratorState.PLAYING, NarratorState.LOADING):
                self.pause()
            else:
                self.play()

    def stop(self) -> None:
        with self._lock:
            self._new_generation()
            self._output.stop()
            self._set_state(NarratorState.STOPPED)

    def next_sentence(self) -> None:
        """To the next sentence; on the last one there is none, and nothing happens (as with
        the next paragraph), rather than saying the last one again."""
        with self._lock:
            if self._cursor + 1 < len(self._utts):
                self._jump(self._cursor + 1)

    def previous_sentence(self) -> None:
        with self._lock:
            self._jump(max(self._cursor - 1, 0))

    def next_paragraph(self) -> None:
        with self._lock:
            block = self._block_of(self._cursor)
            for i in range(self._cursor + 1, len(self._utts)):
                if self._utts[i].block != block:
                    self._jump(i)
                    return

    def previous_paragraph(self) -> None:
        """To the start of the previous paragraph (from the first sentence of the title,
        to its start)."""
        with self._lock:
            first = self._first_of_block(self._cursor)
            target = self._first_of_block(first - 1) if first > 0 else 0
            self._jump(target)

    def set_rate(self, rate: int | None) -> None:
        """Takes effect at once: the current sentence is said again at the new rate."""
        with self._lock:
            self.rate = rate
            self._resynthesize()

    def set_voice(self, voice: Voice | None) -> None:
        with self._lock:
            self._voice = voice
            self._resynthesize()

    def set_utterances(self, utterances: Sequence[Utterance], language: str = "ar") -> None:
        """Another article (or the same one re-imported): stops and starts over at its top."""
        with self._lock:
            self.stop()
            self._utts = list(utterances)
            self._language = language
            self._voice = None
            self._cursor = 0
            self._place = None

    def close(self) -> None:
        """Stop and end the worker thread (call when the reader closes)."""
        with self._lock:
            self._new_generation()
        self._worker.close()

    # --- from the player -------------------------------------------------------------------

    def on_position(self, sample: int) -> None:
        """The player's timeline sample the listener hears now (``Player.positionChanged``)."""
        with self._lock:
            if not self._scheduled or self._state not in (
                NarratorState.PLAYING,
                NarratorState.PAUSED,
            ):
                return
            i = max(0, bisect.bisect_right(self._scheduled, sample, key=attrgetter("start")) - 1)
            item = self._scheduled[i]
            if item.index != self._cursor:
                self._cursor = item.index
                self._fill()
            self._emit_place(item, sample - item.start)

    def on_drained(self) -> None:
        """The player has played everything it was given (``Player.drained``)."""
        with self._lock:
            if self._state != NarratorState.PLAYING or self._in_flight:
                return
            if self._next_append >= len(self._utts):
                if self._scheduled:
                    last = self._scheduled[-1]
                    self._emit_place(last, last.samples)
                self._output.stop()  # all heard: close the device, stop the position timer
                self._set_state(NarratorState.FINISHED)
                return
            # Sentences that could not be spoken used up the read-ahead (it counts from the
            # sentence being heard, which did not move): ask for the ones after them; the
            # player plays on when they come.
            self._cursor = max(self._cursor, self._next_append - 1)
            self._fill()

    # --- internals -------------------------------------------------------------------------

    def _reset_queue(self, index: int) -> None:
        self._scheduled: list[_Scheduled] = []  # in timeline order
        self._ready: dict[int, tuple[SpeechChunk | None, Exception | None]] = {}
        self._next_request = index
        self._next_append = index
        self._in_flight = 0

    def _new_generation(self) -> None:
        self._gen += 1
        self._worker.generation = self._gen
        self._reset_queue(self._cursor)
        self._restart_on_resume = False

    def _start_at(self, index: int) -> None:
        if not self._utts:
            self._message(MessageKind.NOTHING_TO_READ, "Nothing to read.")
            self._set_state(NarratorState.FINISHED)
            return
        if self._voice is None:
            try:
                self._voice = choose_voice(self._engine, self._language)
            except EngineUnavailable as exc:
                self._fail(MessageKind.UNAVAILABLE, str(exc))
                return
        self._cursor = max(0, min(index, len(self._utts) - 1))
        self._new_generation()
        self._output.stop()
        self._set_state(NarratorState.LOADING)
        self._emit_sentence_only()
        self._fill()

    def _jump(self, index: int) -> None:
        if not self._utts:
            return
        if self._state in (NarratorState.PLAYING, NarratorState.LOADING):
            self._start_at(index)
            return
        self._cursor = index
        if self._state == NarratorState.PAUSED:
            self._new_generation()
            self._output.stop()
            self._restart_on_resume = True
        elif self._state == NarratorState.FINISHED:
            # Moved after the end: play starts at the sentence moved to, not over from the top.
            self._set_state(NarratorState.STOPPED)
        self._emit_sentence_only()

    def _resynthesize(self) -> None:
        if self._state in (NarratorState.PLAYING, NarratorState.LOADING):
            self._start_at(self._cursor)
        elif self._state == NarratorState.PAUSED:
            self._restart_on_resume = True

    def _fill(self) -> None:
        """Keep the current utterance and ``ahead`` more requested."""
        limit = min(len(self._utts), self._cursor + 1 + self._ahead)
        while self._next_request < limit:
            i = self._next_request
            self._worker.request(self._gen, i, self._utts[i].text, self._voice, self.rate)
            self._next_request += 1
            self._in_flight += 1

    def _deliver(self, gen: int, index: int, chunk, error) -> None:
        """Worker thread: hand the result to the owner's thread."""
        self._post(lambda: self._on_result(gen, index, chunk, error))

    def _on_result(self, gen: int, index: int, chunk, error) -> None:
        with self._lock:
            if gen != self._gen:
                return
            self._in_flight -= 1
            if isinstance(error, EngineUnavailable):
                self._fail(MessageKind.UNAVAILABLE, str(error))
                return
            self._ready[index] = (chunk, error)
            while self._next_append in self._ready:
                i = self._next_append
                chunk, error = self._ready.pop(i)
                self._next_append += 1
                if error is not None or chunk is None:
                    text = f"Skipped a sentence that could not be spoken: {error}"
                    self._message(MessageKind.SKIPPED, text)
                    if not self._scheduled:
                        self._cursor = min(self._next_append, len(self._utts) - 1)
                    continue
                start = self._output.append(chunk.pcm)
                self._scheduled.append(_Scheduled(i, start, chunk.samples, tuple(chunk.words)))
                if self._state == NarratorState.LOADING:
                    self._output.play()
                    if gen != self._gen:  # the device failed and the owner stopped reading
                        return
                    self._set_state(NarratorState.PLAYING)
            self._fill()
            if (
                not self._scheduled
                and self._next_append >= len(self._utts)
                and self._in_flight == 0
                and self._state in (NarratorState.LOADING, NarratorState.PLAYING)
            ):
                self._fail(
                    MessageKind.NONE_SPOKEN, "None of the remaining sentences could be spoken."
                )

    def _fail(self, kind: MessageKind, text: str) -> None:
        self._new_generation()
        self._output.stop()
        self._message(kind, text)
        self._set_state(NarratorState.ERROR)

    def _emit_place(self, item: _Scheduled, relative: int) -> None:
        u = self._utts[item.index]
        w = word_at(item.words, relative)
        word = u.display_span(w.char_start, w.char_end) if w is not None else None
        self._set_place(SpokenPlace(item.index, u.block, (u.start, u.end), word))

    def _emit_sentence_only(self) -> None:
        u = self.current
        if u is not None:
            self._set_place(SpokenPlace(self._cursor, u.block, (u.start, u.end), None))

    def _set_place(self, place: SpokenPlace) -> None:
        if place != self._place:
            self._place = place
            if self.on_place:
                self.on_place(place)

    def _set_state(self, state: NarratorState) -> None:
        if state != self._state:
            self._state = state
            if self.on_state:
                self.on_state(state)

    def _message(self, kind: MessageKind, text: str) -> None:
        if self.on_message:
            self.on_message(kind, text)

    def _block_of(self, index: int) -> int:
        return self._utts[index].block if 0 <= index < len(self._utts) else 0

    def _first_of_block(self, index: int) -> int:
        block = self._block_of(index)
        while index > 0 and self._utts[index - 1].block == block:
            index -= 1
        return index
