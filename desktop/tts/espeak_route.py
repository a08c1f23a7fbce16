"""eSpeak NG through pyttsx3's ctypes bindings in synchronous mode: PCM in memory plus word events.

Why this route (measured, ARCHITECTURE.md): byte-identical to the ``espeak-ng`` CLI, ~760x real
time, word events carry both the character and the sample offset. ``pyttsx3.drivers._espeak`` is
private, so pyttsx3 is pinned exactly and tests cover this module.

Rules this module keeps:
- ``espeakng-loader``'s library is loaded with RTLD_GLOBAL and ESPEAK_DATA_PATH set *before* the
  bindings are imported, so they bind to it (a pip install alone gives an Arabic voice). The
  bindings look the library up by file name, and the names differ per OS (and Homebrew's would
  win on macOS), so while importing them their lookup is made to return that library first.
- Never call ``pyttsx3.init()`` in this process: its eSpeak driver takes over the one synthesis
  callback and this route then gets 0 samples.
- eSpeak is a process-wide singleton and not reentrant: one lock serialises every call.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
import threading
from pathlib import Path
from types import ModuleType

from desktop.tts.engine import (
    INSTALL_HINT,
    SAMPLE_RATE,
    EngineUnavailable,
    SpeechChunk,
    SynthesisError,
    Voice,
    clamp_rate,
    map_events_to_words,
    pick_voice,
)

_LOCK = threading.RLock()  # every call into libespeak-ng, and the module state below
_INITIALIZE_DONT_EXIT = 0x8000  # without it espeak_Initialize calls exit(1) on missing data


class _Route:
    """The process's one initialised eSpeak NG."""

    def __init__(self, bindings: ModuleType, library: str, data_path: str | None, rate: int):
        self.e = bindings
        self.library = library
        self.data_path = data_path
        self.sample_rate = rate
        self.voice_id: str | None = None
        self.wpm: int | None = None
        self.pcm = bytearray()
        self.events: list[tuple[int, int]] = []
        # Kept referenced: ctypes frees the C thunk of a callback nobody holds.
        self.callback = bindings.t_espeak_callback(self._on_audio)
        bindings.cSetSynthCallback(self.callback)

    def _on_audio(self, wav, count, events) -> int:
        if wav and count > 0:
            self.pcm += ctypes.string_at(wav, count * 2)
        e = self.e
        i = 0
        while events[i].type != e.EVENT_LIST_TERMINATED:
            if events[i].type == e.EVENT_WORD:
                # text_position is 1-based and counts code points of the UTF-8 input.
                self.events.append((events[i].text_position - 1, events[i].sample))
            i += 1
        return 0


_route: _Route | None = None


def _loader_paths() -> tuple[str, str] | None:
    """(library, folder holding espeak-ng-data) from espeakng-loader, or None if absent."""
    try:
        import espeakng_loader
    except ImportError:
        return None
    try:
        library = espeakng_loader.get_library_path()
        data = Path(espeakng_loader.get_data_path()).parent
    except Exception:  # noqa: BLE001 - a broken wheel is the same as none
        return None
    return (library, str(data)) if Path(library).exists() else None


@contextlib.contextmanager
def _prefer_library(lib: ctypes.CDLL):
    """While pyttsx3's bindings import, make their first library lookup return ``lib``."""
    original = ctypes.cdll.LoadLibrary
    ctypes.cdll.LoadLibrary = lambda _name: lib  # type: ignore[method-assign]
    try:
        yield
    finally:
        ctypes.cdll.LoadLibrary = original  # type: ignore[method-assign]


def _import_bindings(preferred: ctypes.CDLL | None) -> ModuleType:
    name = "pyttsx3.drivers._espeak"
    if name in sys.modules or preferred is None:
        ctx = contextlib.nullcontext()
    else:
        ctx = _prefer_library(preferred)
    try:
        with ctx:
            import pyttsx3.drivers._espeak as bindings
    except (ImportError, OSError, RuntimeError) as exc:
        raise EngineUnavailable(f"eSpeak NG could not be loaded ({exc}). {INSTALL_HINT}") from exc
    return bindings


def mapped_library_files() -> list[str]:
    """libespeak-ng files mapped into this process (Linux), to prove which one is in use."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            found = {line.split()[-1] for line in maps if "espeak" in line and "/" in line}
    except OSError:
        return []
    return sorted(found)


def _start(data_path: str | None) -> _Route:
    global _route
    if _route is not None:
        if data_path is not None and _route.data_path != str(data_path):
            raise EngineUnavailable(
                f"eSpeak NG is already running with data from {_route.data_path}; "
                "one process can use only one eSpeak NG data folder."
            )
        return _route
    library = None
    lib = None
    loader = _loader_paths()
    if loader is not None and "pyttsx3.drivers._espeak" not in sys.modules:
        library = loader[0]
        if data_path is None:
            data_path = loader[1]
            os.environ["ESPEAK_DATA_PATH"] = data_path
        try:
            lib = ctypes.CDLL(library, mode=ctypes.RTLD_GLOBAL)
        except OSError as exc:
            raise EngineUnavailable(
                f"{library} could not be loaded ({exc}). {INSTALL_HINT}"
            ) from exc
    bindings = _import_bindings(lib)
    library = getattr(bindings.dll, "_name", library) if lib is None else library
    if data_path is not None and not (Path(data_path) / "espeak-ng-data" / "phontab").exists():
        raise EngineUnavailable(
            f"No eSpeak NG voice data in {Path(data_path) / 'espeak-ng-data'}. {INSTALL_HINT}"
        )
    path = str(data_path).encode() if data_path is not None else None
    rate = bindings.Initialize(bindings.AUDIO_OUTPUT_SYNCHRONOUS, 0, path, _INITIALIZE_DONT_EXIT)
    if rate <= 0:
        raise EngineUnavailable(f"eSpeak NG failed to start (code {rate}). {INSTALL_HINT}")
    if rate != SAMPLE_RATE:
        raise EngineUnavailable(f"eSpeak NG runs at {rate} Hz; Qari plays {SAMPLE_RATE} Hz.")
    _route = _Route(bindings, str(library), None if data_path is None else str(data_path), rate)
    return _route


def _read_languages(voice) -> list[tuple[int, str]]:
    """Decode espeak_VOICE.languages: (priority byte, name, NUL)* then a final NUL.

    pyttsx3 declares the field as c_char_p, which stops at the first NUL and so only shows the
    first language; read the raw bytes instead.
    """
    offset = type(voice).languages.offset
    address = ctypes.c_void_p.from_buffer(voice, offset).value
    if not address:
        return []
    tags: list[tuple[int, str]] = []
    pos = address
    while True:
        priority = ctypes.string_at(pos, 1)
        if priority == b"\x00":
            break
        name = ctypes.string_at(pos + 1)
        tags.append((priority[0], name.decode("utf-8", "replace").lower()))
        pos += 2 + len(name)
    return tags


class EspeakEngine:
    """eSpeak NG voices. ``data_path`` is the folder that holds ``espeak-ng-data``; None uses
    espeakng-loader's copy when installed, else the system library's default."""

    name = "eSpeak NG"

    def __init__(self, data_path: str | Path | None = None):
        with _LOCK:
            self._route = _start(None if data_path is None else str(data_path))
            self._voices = self._list_voices()
        if not self._voices:
            where = self._route.data_path or "the system eSpeak NG data folder"
            raise EngineUnavailable(f"eSpeak NG found no voices in {where}. {INSTALL_HINT}")

    @property
    def library_path(self) -> str:
        """The libespeak-ng file in use: the mapped file where /proc tells, else the path loaded."""
        mapped = mapped_library_files()
        return mapped[0] if len(mapped) == 1 else self._route.library

    @property
    def data_path(self) -> str | None:
        return self._route.data_path

    @property
    def sample_rate(self) -> int:
        return self._route.sample_rate

    def _list_voices(self) -> list[Voice]:
        voices = []
        self._priority: dict[tuple[str, str], int] = {}
        for v in self._route.e.ListVoices(None):
            ident = (v.identifier or b"").decode("utf-8", "replace")
            if not ident or ident.startswith("mb/"):  # MBROLA voices need a separate program
                continue
            name = (v.name or b"").decode("utf-8", "replace")
            languages = _read_languages(v)
            for priority, tag in languages:
                self._priority[(ident, tag)] = priority
            voices.append(Voice(ident, name, tuple(t for _, t in languages), engine="espeak-ng"))
        return voices

    def voices(self) -> list[Voice]:
        return list(self._voices)

    def voice_for_language(self, language: str) -> Voice | None:
        """eSpeak ranks each voice's languages (lower is better): for "en" that picks British
        English over the Caribbean voice that also lists "en"."""
        tag = language.lower().replace("_", "-")
        exact = [v for v in self._voices if (v.id, tag) in self._priority]
        if exact:
            return min(exact, key=lambda v: self._priority[(v.id, tag)])
        return pick_voice(self._voices, tag)

    def synthesize(self, text: str, voice: Voice | None = None, rate: int | None = None):
        """PCM and word marks for ``text``; empty audio is retried once, then SynthesisError."""
        for _attempt in (1, 2):
            chunk = self._synthesize_once(text, voice, rate)
            if chunk.pcm:
                return chunk
        raise SynthesisError(
            f"eSpeak NG returned no audio for «{text[:60]}» twice. If "
            "pyttsx3.init() ran in this process it took over eSpeak's callback."
        )

    def _synthesize_once(self, text: str, voice: Voice | None, rate: int | None) -> SpeechChunk:
        r = self._route
        e = r.e
        with _LOCK:
            wanted = voice.id if voice is not None else (r.voice_id or self._default_voice())
            if wanted != r.voice_id:
                if e.SetVoiceByName(wanted.encode()) != e.EE_OK:
                    raise SynthesisError(f"eSpeak NG has no voice «{wanted}».")
                r.voice_id, r.wpm = wanted, None  # a voice change resets the rate
            wpm = clamp_rate(rate)
            if wpm != r.wpm:
                e.SetParameter(e.RATE, wpm, 0)
                r.wpm = wpm
            r.pcm, r.events = bytearray(), []
            status = e.Synth(text, flags=e.CHARS_UTF8 | e.ENDPAUSE)
            pcm, events = bytes(r.pcm), r.events
            r.pcm, r.events = bytearray(), []
        if status != e.EE_OK:
            raise SynthesisError(f"eSpeak NG failed on «{text[:60]}» (code {status}).")
        return SpeechChunk(pcm, r.sample_rate, map_events_to_words(text, events))

    def _default_voice(self) -> str:
        voice = self.voice_for_language("ar") or self._voices[0]
        return voice.id
