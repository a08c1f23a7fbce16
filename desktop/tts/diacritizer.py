"""Restore the short vowels (tashkeel) an Arabic text leaves out, before it is spoken.

eSpeak NG guesses the vowels of an undiacritised word from its spelling and often guesses
wrong («مليون» becomes "mallijjuːn", «كم» always "kilometre"); given the vowels it reads them.
Measured on the fully diacritised WikiNews text (docs/diacritization.md): the bundled
``rawi-v3-int8`` model of ``text2tashkeel`` gets 4.1 % of letters wrong where leaving the text
bare gets 76.8 %, at 0.37 s per 1,000 words, fully offline.

Three things sit between the model and the synthesiser, each learnt from measurement:

- The writer's text wins. The model sees only bare letters (it drops hamza seats and every
  mark), so where the writer spelt a hamza (أ إ آ ؤ ئ) or put a mark, that is kept; the model
  fills in only what the writer left out. A hamza the model would add to a bare alef
  («الى» → «إلى») comes through as the vowel it implies («اِلى»), which eSpeak reads the same.
- Shadda goes before the vowel it carries. Unicode's canonical order (NFC) puts the vowel first;
  eSpeak then drops the vowel («الشَّمس» read "ʔaʃʃms"), so the spoken text is never NFC.
- Hamzat al-wasl is written «ٱ» where it is silent: after a clitic («بِٱلمدينة», not
  "bi-aːl-madiːna") and after a word in the same breath («في ٱلمدينة»). Before a sun letter
  eSpeak assimilates the article only when it is a plain alef, so that one is left alone.

Qt-free. Models load on first use (about 0.2 s; ``get_diacritizer(lazy=True)`` defers that
to the first ``diacritize``) and are shared by every thread.
"""

from __future__ import annotations

import difflib
import logging
import os
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from desktop.arabic import guess_language, sentences
from desktop.tts.engine import (
    DIACRITIZE_DEFAULT,
    DIACRITIZE_SETTING,
    SpeechChunk,
    SpeechEngine,
    Voice,
)
from desktop.tts.numbers import normalize_for_speech, shadda_first
from desktop.tts.word_alignment import remap_marks

log = logging.getLogger(__name__)

#: The text2tashkeel model chosen by bench/bench_diacritizers.py (best DER, fastest, 2.5 MB).
DEFAULT_MODEL = "rawi-v3-int8"
#: Store key of the on/off switch (default ``DIACRITIZE_DEFAULT``, on: docs/diacritization.md).
SETTING_KEY = DIACRITIZE_SETTING

FATHATAN, DAMMATAN, KASRATAN = "\u064b", "\u064c", "\u064d"
FATHA, DAMMA, KASRA, SHADDA, SUKUN = "\u064e", "\u064f", "\u0650", "\u0651", "\u0652"
HARAKAT = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
ALEF, ALEF_WASLA, LAM = "\u0627", "\u0671", "\u0644"

# Longest piece handed to the model at once: sentences are short, but a block without any
# full stop (a list, a table pasted as text) must not become one huge tensor.
_MAX_CHUNK = 600


@runtime_checkable
class Diacritizer(Protocol):
    """Adds vowel marks for speech. Must keep every whitespace word of ``text`` (the spoken
    words are mapped back to the displayed ones) and must never raise on odd input."""

    name: str

    def diacritize(self, text: str) -> str: ...


class NoDiacritizer:
    """Speaks the text as written: the setting is off, or no model could be loaded."""

    name = "none"

    def __init__(self, reason: str = ""):
        #: Why diacritisation is not happening, for a status line ("" when switched off).
        self.reason = reason

    def diacritize(self, text: str) -> str:
        return text


def is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u063a" or "\u0641" <= ch <= "\u064a" or ch == ALEF_WASLA


# --- merging the model's marks onto the writer's text --------------------------------------


@dataclass(slots=True)
class _Unit:
    """One base character and the combining marks written after it."""

    base: str
    harakat: str  # U+064B..U+0652 in written order
    other: str  # other combining marks (superscript alef, Quranic signs, maddah)


def _units(text: str) -> list[_Unit]:
    units: list[_Unit] = []
    for ch in text:
        if ch in HARAKAT and units:
            units[-1].harakat += ch
        elif unicodedata.combining(ch) and units:
            units[-1].other += ch
        else:
            units.append(_Unit(ch, "", ""))
    return units


# Hamza seats fold to their bare letter; Latin letters to their unaccented lower case (the
# model decomposes and drops accents).
_SEAT = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي", "ى": "ي"}


def _fold(ch: str) -> str:
    if ch in _SEAT:
        return _SEAT[ch]
    if ch.isascii() or is_arabic_letter(ch):
        return ch
    return unicodedata.normalize("NFD", ch)[0].casefold()


def _ordered(marks: set[str]) -> str:
    """Shadda first, then the vowel or sukun: the order eSpeak NG reads (see module doc)."""
    return (SHADDA if SHADDA in marks else "") + "".join(sorted(marks - {SHADDA}))


def _consistent_with_seat(letter: str, marks: set[str]) -> set[str]:
    """The model's vowel for a hamza seat the writer spelt differently («أحلام» read as إحلام):
    the seat decides the vowel (أ takes fatha or damma, إ kasra, آ none)."""
    if letter == "آ":
        return set()
    if letter == "أ" and marks & {KASRA, KASRATAN}:
        return (marks - {KASRA, KASRATAN}) | {FATHA}
    if letter == "إ" and marks & {FATHA, DAMMA, FATHATAN, DAMMATAN}:
        return (marks - {FATHA, DAMMA, FATHATAN, DAMMATAN}) | {KASRA}
    return marks


def merge_marks(written: str, predicted: str) -> str:
    """The writer's ``written`` text with the model's marks where the writer left them out.

    Every character of ``written`` is kept (letters, hamza seats, punctuation, spacing, Latin
    accents, Quranic signs); only harakat are added. A letter the writer marked keeps the
    writer's marks unless the model's marks include them (a lone shadda gains its vowel).
    """
    w_units, p_units = _units(written), _units(predicted)
    w_key = "".join(_fold(u.base) for u in w_units)
    p_key = "".join(_fold(u.base) for u in p_units)
    pairs: dict[int, int] = {}
    if w_key == p_key:
        pairs = {i: i for i in range(len(w_units))}
    else:
        matcher = difflib.SequenceMatcher(None, w_key, p_key, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
                pairs.update({i1 + k: j1 + k for k in range(i2 - i1)})
    out: list[str] = []
    for i, unit in enumerate(w_units):
        if not is_arabic_letter(unit.base):
            out.append(unit.base + unit.harakat + unit.other)
            continue
        mine = set(unit.harakat)
        j = pairs.get(i)
        theirs = set(p_units[j].harakat) if j is not None else set()
        if j is not None and p_units[j].base != unit.base:
            theirs = _consistent_with_seat(unit.base, theirs)
        marks = theirs if (not mine or mine <= theirs) else mine
        out.append(unit.base + _ordered(marks) + unit.other)
    return "".join(out)


# --- eSpeak NG orthography ------------------------------------------------------------------

_OPENERS = "«\"“‘'([{‹"
_PAUSE_END = re.compile(r"[.,،؛;:!?؟…\"»”’)\]}\-–—]$")
# Optional clitics before a wasl alef: وَ / فَ, then بِ / كَ.
_CLITIC = re.compile("(?:[وف]\u064e)?(?:[بك][\u064e\u0650])?")


def _harakat_at(token: str, i: int) -> str:
    j = i
    while j < len(token) and token[j] in HARAKAT:
        j += 1
    return token[i:j]


def _silent_alef(token: str, i: int) -> bool:
    """Whether the bare alef at ``token[i]`` starts a wasl syllable that eSpeak should skip:
    an alef with no mark, then a consonant with sukun («اسْم», «الْمدينة»), or the article's
    lam with kasra before another wasl alef («الِاثنين»). Not before a sun letter («الشّ»):
    eSpeak assimilates the lam only after a plain alef."""
    if i >= len(token) or token[i] != ALEF or _harakat_at(token, i + 1):
        return False
    nxt = i + 1
    if nxt >= len(token) or not is_arabic_letter(token[nxt]):
        return False
    marks = _harakat_at(token, nxt + 1)
    if marks == SUKUN:
        return True
    after = nxt + 1 + len(marks)
    return token[nxt] == LAM and marks == KASRA and token[after : after + 1] == ALEF


def _mark_wasl(token: str, joined_to_previous: bool) -> str:
    start = 0
    while start < len(token) and token[start] in _OPENERS:
        start += 1
    clitic = _CLITIC.match(token, start)
    at = clitic.end() if clitic else start
    if not _silent_alef(token, at):
        return token
    chars = list(token)
    # Heard utterance-initially and after a pause; after وَ/فَ/كَ only the article is sure to
    # be wasl («كَانْدِينسكي» is a long «ā»).
    heard = at == start and (not joined_to_previous or start > 0)
    long_a = at > start and token[at - 1] != KASRA and token[at + 1] != LAM
    if not heard and not long_a:
        chars[at] = ALEF_WASLA
    elif heard and token[at + 1] != LAM:
        # A verb or noun opening an utterance with a wasl alef is heard «ʔi» («اِرْتَفَعَ»),
        # «ʔu» before a damma («اُكْتُبْ»); eSpeak reads a bare alef there as «a».
        third = at + 2 + len(_harakat_at(token, at + 2))
        vowel = DAMMA if DAMMA in _harakat_at(token, third + 1) else KASRA
        chars[at] = ALEF + vowel
    if token[at + 1] == LAM:  # «الِاثنين»: a second wasl alef after the article
        inner = at + 2 + len(_harakat_at(token, at + 2))
        if _silent_alef(token, inner):
            chars[inner] = ALEF_WASLA
    return "".join(chars)


# The damma before a word-final «وا» (the plural «قَالُوا»): with it eSpeak reads the silent
# alef as a second long vowel, "qaːluːaː"; without it, "qaːluː".
_PLURAL_ALEF_DAMMA = re.compile("\u064f(?=\u0648\u0652?\u0627(?![\u0621-\u064a\u064b-\u0652]))")


def espeak_orthography(text: str) -> str:
    """Spell diacritised text the way eSpeak NG reads it right: shadda before its vowel,
    silent wasl alefs written «ٱ», a heard one with its vowel, and no damma before the plural's
    silent alef. Spaces and words are kept one for one."""
    text = _PLURAL_ALEF_DAMMA.sub("", shadda_first(text))
    parts = re.split(r"(\s+)", text)
    previous = ""
    for k in range(0, len(parts), 2):
        token = parts[k]
        if not token:
            continue
        joined = bool(previous) and not _PAUSE_END.search(previous)
        parts[k] = _mark_wasl(token, joined)
        previous = token
    return "".join(parts)


# --- the chosen model -------------------------------------------------------------------------


def _chunks(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (the unit the model was measured on), long ones cut at
    spaces; everything between them is passed through unchanged."""
    spans: list[tuple[int, int]] = []
    for s in sentences(text):
        start = s.start
        while s.end - start > _MAX_CHUNK:
            cut = text.rfind(" ", start, start + _MAX_CHUNK)
            cut = cut if cut > start else start + _MAX_CHUNK
            spans.append((start, cut))
            start = cut
        spans.append((start, s.end))
    return spans


class TashkeelDiacritizer:
    """``text2tashkeel``'s bundled ONNX model (no network, no torch), merged onto the writer's
    text. The result has every shadda before its vowel."""

    def __init__(self, model: str = DEFAULT_MODEL):
        self.model = model
        self.name = f"text2tashkeel {model}"
        self._predict: Callable[[str], str] | None = None
        self._lock = threading.Lock()

    def load(self) -> None:
        """Build the model now (else on first use). Raises ImportError or RuntimeError saying
        what is missing; never downloads: only models that ship inside the wheel are used."""
        with self._lock:
            if self._predict is not None:
                return
            import text2tashkeel

            if self.model not in text2tashkeel.BUNDLED:
                raise RuntimeError(
                    f"text2tashkeel model «{self.model}» is not bundled in the wheel; Qari "
                    "uses only bundled models so nothing is downloaded."
                )
            # One sentence is a tiny tensor: more threads only add start-up cost and compete
            # with eSpeak and the GUI.
            os.environ.setdefault("TT_ORT_THREADS", "1")
            predictor = text2tashkeel.Diacritizer(self.model)
            predictor.diacritize("نص")  # builds the ONNX session now, not mid-sentence
            self._predict = predictor.diacritize

    def diacritize(self, text: str) -> str:
        if not any(is_arabic_letter(ch) for ch in text):
            return text
        self.load()
        predict = self._predict
        assert predict is not None
        out: list[str] = []
        done = 0
        for start, end in _chunks(text):
            piece = text[start:end]
            out.append(text[done:start])
            if any(is_arabic_letter(ch) for ch in piece):
                try:
                    piece = merge_marks(piece, predict(piece))
                except Exception:  # noqa: BLE001 - speech goes on undiacritised
                    log.exception("Diacritisation failed; speaking «%s» as written", piece[:60])
            out.append(piece)
            done = end
        out.append(text[done:])
        return shadda_first("".join(out))


class LazyDiacritizer:
    """``get_diacritizer(True, model)``, fetched on first use: on the thread that first
    diacritises (read aloud's synthesis thread), not the one that asked for it (the GUI's;
    the model takes 0.1-0.2 s to load). Never raises: when the model cannot load, ``reason``
    says why and the text is spoken as written."""

    def __init__(self, model: str = DEFAULT_MODEL):
        self.model = model
        self._inner: Diacritizer | None = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return self._inner.name if self._inner is not None else f"text2tashkeel {self.model}"

    @property
    def reason(self) -> str:
        """Why vowels are not restored: "" before the first use and while the model works."""
        return getattr(self._inner, "reason", "")

    def diacritize(self, text: str) -> str:
        if self._inner is None:
            with self._lock:
                if self._inner is None:
                    self._inner = get_diacritizer(True, self.model)
        return self._inner.diacritize(text)


_shared: dict[str, TashkeelDiacritizer] = {}
_shared_lock = threading.Lock()


def get_diacritizer(
    enabled: bool = DIACRITIZE_DEFAULT, model: str = DEFAULT_MODEL, *, lazy: bool = False
) -> Diacritizer:
    """The diacritiser for the ``speech.diacritize`` setting.

    Off: a ``NoDiacritizer``. On: the shared ``TashkeelDiacritizer`` (one model per process),
    loaded now; when ``text2tashkeel`` is not installed or its model cannot load, a
    ``NoDiacritizer`` whose ``reason`` says why, so reading aloud still works. ``lazy``: a
    ``LazyDiacritizer`` that does all this on its first ``diacritize`` instead.
    """
    if not enabled:
        return NoDiacritizer()
    if lazy:
        return LazyDiacritizer(model)
    with _shared_lock:
        diacritizer = _shared.get(model)
        if diacritizer is None:
            diacritizer = TashkeelDiacritizer(model)
            try:
                diacritizer.load()
            except ImportError as exc:
                return NoDiacritizer(
                    f"Arabic vowels are not restored: text2tashkeel is not installed ({exc}). "
                    "Install it with `pip install text2tashkeel`."
                )
            except Exception as exc:  # noqa: BLE001 - a broken model must not stop speech
                return NoDiacritizer(f"Arabic vowels are not restored: {exc}")
            _shared[model] = diacritizer
    return diacritizer


# --- the step before synthesis ---------------------------------------------------------------


# Persian and Urdu letters in Arabic text (typed on a Persian keyboard): eSpeak NG's Arabic
# voice says «Farsi yeh» in English for «ی» and drops «ک» and «ھ» («کتاب» was "tāb", «ھذا»
# "dhā"). The Arabic letter each stands for, one for one so every offset holds; a final «ی»
# is «ي» («في», «التي», «عربي»: more often than «ى»).
_ARABIC_LETTERS = str.maketrans(
    {
        "\u06a9": "\u0643",
        "\u06cc": "\u064a",
        "\u06be": "\u0647",
        "\u06c1": "\u0647",
        "\u06c0": "\u0629",
    }
)


def spoken_form(text: str, diacritizer: Diacritizer, *, espeak: bool = True) -> str:
    """What an Arabic voice is given for ``text``: Persian letters as the Arabic ones they
    stand for, numbers, dates and abbreviations spelt out (numbers.py), vowels restored, and
    spelt the way eSpeak NG reads it right."""
    text = diacritizer.diacritize(normalize_for_speech(text.translate(_ARABIC_LETTERS)))
    return espeak_orthography(text) if espeak else shadda_first(text)


class PronouncingEngine:
    """A ``SpeechEngine`` that says Arabic text in its ``spoken_form`` and still reports word
    marks on the text it was given, so the narrator, the highlight and audio export need no
    change: wrap the engine once and hand the wrapper on.

    ``diacritizer`` may be replaced at any time (the ``speech.diacritize`` setting); the next
    synthesised sentence uses the new one. Text for a non-Arabic voice passes through as is.
    """

    def __init__(self, engine: SpeechEngine, diacritizer: Diacritizer | None = None):
        self.engine = engine
        self.diacritizer: Diacritizer = diacritizer or NoDiacritizer()
        self.name = engine.name

    def voices(self) -> list[Voice]:
        return self.engine.voices()

    def voice_for_language(self, language: str) -> Voice | None:
        return self.engine.voice_for_language(language)

    def spoken_text(self, text: str, voice: Voice | None = None) -> str:
        """The text the wrapped engine is given for ``text``."""
        arabic = voice.speaks("ar") if voice is not None else guess_language(text) == "ar"
        if not arabic:
            return text
        espeak = (voice.engine if voice is not None else "") == "espeak-ng" or (
            "espeak" in self.engine.name.lower()
        )
        return spoken_form(text, self.diacritizer, espeak=espeak)

    def synthesize(
        self, text: str, voice: Voice | None = None, rate: int | None = None
    ) -> SpeechChunk:
        spoken = self.spoken_text(text, voice)
        chunk = self.engine.synthesize(spoken, voice, rate)
        if spoken != text:
            chunk.words = remap_marks(text, spoken, chunk.words)
        return chunk
