"""Read-aloud in the reader: one controller that owns the engine, the player and the narrator
for the article on screen, and drives the reader's speech highlight.

Public API (for the main window and the read-aloud bar; everything else is private)

=============================================  =================================================
``ReadAloudController(reader, store=None,      ``reader``: a ReaderView (public API only:
parent=None, engine_factory=None)``            ``article``, ``browser``, ``built``,
                                               ``current_position()``, ``set_speech_highlight``,
                                               ``clear_speech_highlight``, ``follow_speech``,
                                               signal ``articleShown``). ``store`` holds the
                                               ``speech.*`` settings (None: defaults, unsaved)
``available`` / ``unavailable_reason``         False and why (with what to install) when no
                                               engine or voice could be loaded
``play_pause() stop()``                        F5: start / pause / resume. Starting reads the
                                               selection if there is one, else from
                                               ``reader.current_position()`` (the top: headline)
``start_from_caret() start_from_selection()``  explicit starts
``start_at(block, offset)``                    "read from this paragraph" (context menu)
``next_sentence() previous_sentence()``        move the reading place (also while paused or
``next_paragraph() previous_paragraph()``      stopped: the highlight moves, play starts there)
``faster() slower() set_rate(wpm)``            words per minute, saved
``set_volume(0..1) set_voice(voice)``          saved
``set_follow(bool) set_diacritize(bool)``      the view follows the spoken word; vowels
``set_article(article)``                       another article (done on ``articleShown`` too):
                                               stops speech
``current_position()``                         Position being read, or None before any reading
``action_specs()`` / ``bind_actions(actions)``  registry specs, and hooking QActions to slots
``selected_utterances()``                      the selection's sentences (None: no selection)
``create_actions(parent)``                     QActions with the default shortcuts (an
                                               ``actions.Registry`` of the specs), bound
``play_pause_keys``                            the play/pause shortcuts as the user reads them
(in the reader's context menu)                  "Read Aloud from Here", "Read Selection Aloud"
``close()``                                    stop and end the synthesis thread
signals ``stateChanged(str)``                  NarratorState value ("playing", "paused", ...)
``message(str)``                               translated text for the announcer (state
                                               changes, skipped sentences, errors)
``placeChanged(int, int, int)``                block (-1: the headline), sentence start, end
``settingsChanged()``                          rate, volume, voice, follow or vowels changed
``exportRequested()``                          "Export Audio…" was chosen (export_audio.py)
=============================================  =================================================

Threading: the narrator's synthesis worker hands its results to ``Player.post`` (a queued
signal), so every narrator callback, and so every slot here, runs on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desktop.model import Article, Position

# Submodules, not the ``desktop.tts`` package: it also brings audio export, which the window
# loads only when asked for (start-up time).
from desktop.tts.engine import (
    DEFAULT_RATE,
    DIACRITIZE_DEFAULT,
    EngineUnavailable,
    SpeechEngine,
    Voice,
    clamp_rate,
    default_engine,
)
from desktop.tts.engine import DIACRITIZE_SETTING as DIACRITIZE_KEY
from desktop.tts.narrator import MessageKind, Narrator, NarratorState, SpokenPlace
from desktop.tts.speech_text import (
    TITLE_BLOCK,
    Utterance,
    article_utterances,
    selection_utterances,
)
from desktop.ui.actions import ActionSpec, Registry, plain_text, shortcut_text
from desktop.ui.document_builder import u16_to_cp

if TYPE_CHECKING:
    from desktop.tts.diacritizer import PronouncingEngine

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

SETTINGS_SAVE_DELAY_MS = 700  # a slider drag or a run of arrow keys is one write
RATE_KEY = "speech.rate"
VOLUME_KEY = "speech.volume"
VOICE_KEY = "speech.voice"
FOLLOW_KEY = "speech.follow"
CREDITS_KEY = "speech.read_credits"
RATE_STEP = 25  # wpm per faster()/slower(): eSpeak's 80..450 in about 15 steps

#: The menu the specs live in; the registry needs ``MENU`` in ``actions.MENUS`` and a title.
MENU = "speech"

# Default shortcuts. Function keys, because they are the same on Arabic and Latin keyboards
# (a Ctrl+letter shortcut depends on the layout's fallback) and nothing else in the window or
# the reader's text box uses F5, F7, F8 (the registry has F1, F3, F6, F10; the text box takes
# the arrows, Alt+arrows for its link history, Space and Ctrl+Shift+arrows for selecting, so
# Alt+Left/Right and Ctrl+Space-like keys are out). Shift is the bigger step (a paragraph),
# Ctrl the variant (from the caret, the selection). Speed mirrors zoom (Ctrl+= / Ctrl+-) with
# Alt added. Media keys work as well; ``shortcut_text`` leaves them out of the help.
SHORTCUTS: dict[str, tuple[str, ...]] = {
    "play_pause": ("F5", "Toggle Media Play/Pause", "Media Play"),
    "stop": ("Shift+F5", "Media Stop"),
    "start_from_caret": ("Ctrl+F5",),
    "start_from_selection": ("Ctrl+Shift+F5",),
    "previous_sentence": ("F7", "Media Previous"),
    "next_sentence": ("F8", "Media Next"),
    "previous_paragraph": ("Shift+F7",),
    "next_paragraph": ("Shift+F8",),
    "slower": ("Ctrl+Alt+-",),
    "faster": ("Ctrl+Alt+=",),
    "follow": (),
    "diacritize": (),
    # Ctrl+Shift+E: E for export; Ctrl+E (search) is the only other E in the window.
    "export_audio": ("Ctrl+Shift+E",),
}

_CHECKABLE = ("follow", "diacritize")


def menu_title() -> str:
    """Title of the ``MENU`` menu (for ``actions.menu_titles()``)."""
    return translate("ReadAloud", "&Read Aloud")


def action_specs() -> list[ActionSpec]:
    """Specs for the action registry (``Registry(owner, specs=action_specs() + these)``),
    translated now. Order is menu order."""

    def spec(name: str, text: str, icon: str, help_text: str, **kw) -> ActionSpec:
        return ActionSpec(
            name, text, MENU, SHORTCUTS[name], icon, help_text, checkable=name in _CHECKABLE, **kw
        )

    return [
        spec(
            "play_pause",
            translate("ReadAloud", "&Play"),
            "media-playback-start",
            translate(
                "ReadAloud",
                "Read the article aloud from where you are, or the selection; pause and resume",
            ),
        ),
        spec(
            "stop",
            translate("ReadAloud", "&Stop"),
            "media-playback-stop",
            translate("ReadAloud", "Stop reading aloud"),
        ),
        spec(
            "start_from_caret",
            translate("ReadAloud", "Read from &Caret"),
            "",
            translate("ReadAloud", "Read aloud from the caret or the top of the view"),
            separator_before=True,
        ),
        spec(
            "start_from_selection",
            translate("ReadAloud", "Read Se&lection"),
            "",
            translate("ReadAloud", "Read aloud only the selected text"),
        ),
        spec(
            "previous_sentence",
            translate("ReadAloud", "Pre&vious Sentence"),
            "media-seek-backward",
            translate("ReadAloud", "Go back one sentence"),
            separator_before=True,
        ),
        spec(
            "next_sentence",
            translate("ReadAloud", "&Next Sentence"),
            "media-seek-forward",
            translate("ReadAloud", "Skip to the next sentence"),
        ),
        spec(
            "previous_paragraph",
            translate("ReadAloud", "Previous P&aragraph"),
            "media-skip-backward",
            translate("ReadAloud", "Go back to the start of the previous paragraph"),
        ),
        spec(
            "next_paragraph",
            translate("ReadAloud", "Next Paragrap&h"),
            "media-skip-forward",
            translate("ReadAloud", "Skip to the next paragraph"),
        ),
        spec(
            "slower",
            translate("ReadAloud", "Slo&wer"),
            "",
            translate("ReadAloud", "Speak more slowly"),
            separator_before=True,
        ),
        spec(
            "faster",
            translate("ReadAloud", "&Faster"),
            "",
            translate("ReadAloud", "Speak faster"),
        ),
        spec(
            "follow",
            translate("ReadAloud", "F&ollow the Spoken Word"),
            "",
            translate("ReadAloud", "Scroll the article so the word being read stays in view"),
            separator_before=True,
        ),
        spec(
            "diacritize",
            translate("ReadAloud", "&Restore Vowels Before Speaking"),
            "",
            translate(
                "ReadAloud",
                "Add the short vowels Arabic text leaves out, so words are pronounced right",
            ),
        ),
        spec(
            "export_audio",
            translate("ReadAloud", "&Export Audio…"),
            "document-save-as",
            translate(
                "ReadAloud",
                "Save the article or the selection as a WAV or MP3 file, with subtitles if wanted",
            ),
            separator_before=True,
        ),
    ]


def state_text(state: str) -> str:
    """A state as the status line and the announcer say it."""
    return {
        NarratorState.STOPPED.value: translate("ReadAloud", "Stopped"),
        NarratorState.LOADING.value: translate("ReadAloud", "Preparing speech…"),
        NarratorState.PLAYING.value: translate("ReadAloud", "Reading aloud"),
        NarratorState.PAUSED.value: translate("ReadAloud", "Paused"),
        NarratorState.FINISHED.value: translate("ReadAloud", "Finished reading"),
        NarratorState.ERROR.value: translate("ReadAloud", "Read aloud stopped by an error"),
    }.get(state, state)


def voice_label(voice: Voice) -> str:
    """What the voice menu shows: its name and the languages it speaks."""
    return f"{voice.name} ({', '.join(voice.languages)})" if voice.languages else voice.name


def _flag(value: object, default: bool) -> bool:
    """A stored true/false; a hand-edited "false" is not True."""
    return value if isinstance(value, bool) else default


def _unit(value: object, default: float) -> float:
    """A stored 0.0-1.0 (the volume); anything else (NaN, a 400-digit number) the default."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    try:
        number = float(value)
    except OverflowError:
        return default
    return max(0.0, min(1.0, number)) if number == number else default


class ReadAloudController(QObject):
    stateChanged = Signal(str)
    message = Signal(str)
    placeChanged = Signal(int, int, int)
    settingsChanged = Signal()
    exportRequested = Signal()  # "Export Audio…": the window opens export_audio's dialog
    engineLoaded = Signal()  # the engine and its voices are loaded (or known unavailable)

    def __init__(
        self,
        reader,
        store=None,
        parent: QObject | None = None,
        *,
        engine_factory: Callable[[], SpeechEngine] | None = None,
        defer_engine: bool = False,
    ) -> None:
        """``engine_factory``: makes the speech engine (None: ``default_engine``, looked up
        when the controller is made). ``defer_engine``: load the engine and its voices only
        when ``load_engine`` is called or speech is first needed (the window does it after its
        first paint: loading eSpeak NG and listing its voices is start-up time nothing on
        screen needs)."""
        super().__init__(parent)
        self.reader = reader
        self._store = store
        self._article: Article | None = None
        self._article_utterances: list[Utterance] | None = None  # see _utterances
        self._mode = "article"  # or "selection": the narrator holds only the selection
        self._narrator: Narrator | None = None
        self._state = NarratorState.STOPPED.value
        self._announced = ""  # last state announced, so a jump (playing->loading->playing) is quiet
        self._quiet = 0
        self._sentence: tuple[int, int, int] | None = None
        self._vowel_note = ""  # the diacritizer_note last said
        self._actions: dict[str, QAction] = {}
        # F5 (and the media keys' names) as the user reads them: the bar's hint, the tooltip
        self.play_pause_keys = shortcut_text(
            next(s for s in action_specs() if s.name == "play_pause")
        )

        self._unsaved: dict[str, object] = {}  # settings changed, written after a pause
        self._save_timer = QTimer(self, singleShot=True, interval=SETTINGS_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_settings)
        self.rate = clamp_rate(self._setting(RATE_KEY, DEFAULT_RATE))
        self.volume = _unit(self._setting(VOLUME_KEY, 1.0), 1.0)
        self.follow = _flag(self._setting(FOLLOW_KEY, True), True)
        self.diacritize = _flag(
            self._setting(DIACRITIZE_KEY, DIACRITIZE_DEFAULT), DIACRITIZE_DEFAULT
        )
        self.read_credits = _flag(self._setting(CREDITS_KEY, False), False)
        self.reader.follow_speech = self.follow

        self._engine_factory = engine_factory or default_engine
        self._engine: PronouncingEngine | None = None
        self._voices: list[Voice] = []
        self._unavailable_reason = ""
        self._engine_loaded = False
        self._player = None  # made on first use: QtMultimedia costs start-up time
        # A voice the user picked for this article (a new article chooses by its language)
        self._chosen_voice: Voice | None = None
        reader.articleShown.connect(self._on_article_shown)
        reader.contextMenuRequested.connect(self._add_menu_entries)
        if reader.article is not None:
            self.set_article(reader.article)
        if not defer_engine:  # last: loading reads the state set up above
            self.load_engine()

    # --- the engine ------------------------------------------------------------------------

    @property
    def engine_loaded(self) -> bool:
        """Whether ``load_engine`` has run (reading ``engine``, ``voices``, ``available`` or
        ``unavailable_reason`` runs it)."""
        return self._engine_loaded

    def load_engine(self) -> None:
        """Load the speech engine and its voices, once; ``engineLoaded`` tells the UI, also
        when loading failed (then ``available`` is False and ``unavailable_reason`` says why)."""
        if self._engine_loaded:
            return
        self._engine_loaded = True
        try:
            base = self._engine_factory()
            voices = sorted(base.voices(), key=lambda v: (v.name.casefold(), v.id))
            if not voices:
                raise EngineUnavailable(f"{base.name} offers no voices.")
            from desktop.tts.diacritizer import NoDiacritizer, PronouncingEngine

            # The diacritiser's model loads when reading first starts (_load), not here.
            self._engine = PronouncingEngine(base, NoDiacritizer())
            self._voices = voices
        except EngineUnavailable as exc:
            self._unavailable_reason = str(exc)
            log.warning("read aloud unavailable: %s", exc)
        except Exception as exc:  # noqa: BLE001 - a broken engine must not break the window
            log.exception("read aloud: the speech engine failed to load")
            self._unavailable_reason = translate(
                "ReadAloud", "The speech engine failed to start (%1)."
            ).replace("%1", f"{type(exc).__name__}: {exc}")
        self.engineLoaded.emit()
        if self._article is not None and self._engine is not None:
            self.settingsChanged.emit()  # the voice for the article's language is known now
        self._sync_actions()

    @property
    def engine(self) -> PronouncingEngine | None:
        self.load_engine()
        return self._engine

    @property
    def voices(self) -> list[Voice]:
        self.load_engine()
        return self._voices

    @property
    def unavailable_reason(self) -> str:
        self.load_engine()
        return self._unavailable_reason

    # --- what the UI reads -----------------------------------------------------------------

    @property
    def player(self):
        """The audio player, made when first needed (importing QtMultimedia and opening an
        audio device are work the window's first paint should not wait for)."""
        if self._player is None:
            from desktop.tts.player import Player

            self._player = Player(self)
            self._player.set_volume(self.volume)
            self._player.errorOccurred.connect(self._on_player_error)
        return self._player

    @property
    def available(self) -> bool:
        return self.engine is not None

    @property
    def state(self) -> str:
        return self._state

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def narrator(self) -> Narrator | None:
        return self._narrator

    @property
    def voice(self) -> Voice | None:
        """The voice reading, or that will read (before any article: the Arabic one)."""
        if self._narrator is not None:
            return self._narrator.voice
        if self.engine is None:
            return None
        if self._chosen_voice is not None:
            return self._chosen_voice
        return self._voice_for(self._article.language if self._article else "ar")

    @property
    def diacritizer_note(self) -> str:
        """Why vowels are not restored although asked for ("" when they are, when off, or
        before the first sentence tried the model)."""
        if self.engine is None or not self.diacritize:
            return ""
        return getattr(self.engine.diacritizer, "reason", "")

    def selected_utterances(self) -> list[Utterance] | None:
        """The selected sentences as "Read Selection" says them (None: nothing is selected),
        so an audio export of the selection matches what is heard."""
        span = self._selection()
        return None if span is None else selection_utterances(self._utterances, *span)

    def current_position(self) -> Position | None:
        """The start of the sentence being read (the headline counts as the top), for saving
        the reading position; None before anything was read."""
        if self._narrator is None or self._narrator.place is None:
            return None
        return self._narrator.position()

    # --- article ---------------------------------------------------------------------------

    def set_article(self, article: Article | None) -> None:
        """Speech stops; the next start reads ``article`` with a voice for its language."""
        if article is self._article and self._mode == "article":
            return
        self._article = article
        self._sentence = None
        self._chosen_voice = None
        self._article_utterances = None  # worked out when speech first needs them
        if self._engine is None:  # none, or not loaded yet (load_engine says settingsChanged)
            return
        if self._narrator is None:
            self._mode = "article"  # the narrator is made when reading first starts
        else:
            self._load(self._utterances, "article")
        self.settingsChanged.emit()  # the voice follows the article's language

    @property
    def _utterances(self) -> list[Utterance]:
        """The whole article's utterances, for starts and selections: worked out when first
        needed, not at each opening (0.4 s for an article of 150,000 paragraphs)."""
        if self._article_utterances is None:
            article = self._article
            self._article_utterances = (
                article_utterances(article, include_credits=self.read_credits) if article else []
            )
        return self._article_utterances

    def _load(self, utterances: list[Utterance], mode: str) -> None:
        """Give the narrator new utterances (stopping it), with the voice for the language."""
        self._mode = mode
        language = self._article.language if self._article else "ar"
        voice = self._chosen_voice or self._voice_for(language)
        self._quiet += 1
        try:
            if self._narrator is None:
                from desktop.tts.diacritizer import NoDiacritizer, get_diacritizer

                if self.diacritize and isinstance(self.engine.diacritizer, NoDiacritizer):
                    # The model loads with the first sentence, on the synthesis thread.
                    self.engine.diacritizer = get_diacritizer(True, lazy=True)
                self._narrator = Narrator(
                    self.engine,
                    utterances,
                    self.player,
                    post=self.player.post,
                    language=language,
                    voice=voice,
                    rate=self.rate,
                    on_place=self._on_place,
                    on_state=self._on_state,
                    on_message=self._on_message,
                )
                self.player.bind(self._narrator)
            else:
                self._narrator.set_utterances(utterances, language)
                self._narrator.set_voice(voice)
        finally:
            self._quiet -= 1

    def _voice_for(self, language: str) -> Voice | None:
        """The saved voice when it speaks ``language``, else the engine's voice for it (None:
        the narrator reports which voice to install when reading starts)."""
        saved = self._setting(VOICE_KEY, "")
        for voice in self.voices:
            if voice.id == saved and voice.speaks(language or "ar"):
                return voice
        return self.engine.voice_for_language(language or "ar") if self.engine else None

    # --- commands --------------------------------------------------------------------------

    def play_pause(self) -> None:
        if not self._ready():
            return
        n = self._narrator
        if n.state in (NarratorState.PLAYING, NarratorState.LOADING):
            n.pause()
        elif n.state == NarratorState.PAUSED:
            n.resume()
        elif self._has_selection():
            self.start_from_selection()
        elif n.state == NarratorState.FINISHED and self._mode == "article":
            self.start_at(TITLE_BLOCK, 0)  # after the end, from the top, as players do
        else:
            self.start_from_caret()

    def stop(self) -> None:
        """Silence; the sentence stays marked, and play starts again from it."""
        if self._narrator is not None:
            was_reading = self._narrator.state in (
                NarratorState.PLAYING,
                NarratorState.LOADING,
                NarratorState.PAUSED,
            )
            self._narrator.stop()
            if was_reading and self._sentence is not None and self._sentence[0] != TITLE_BLOCK:
                self.reader.set_speech_highlight(*self._sentence)

    def start_from_caret(self) -> None:
        """From ``reader.current_position()``: the caret if the user moved it, the sentence
        last spoken, or the top of the view; the very top starts with the headline."""
        position = self.reader.current_position()
        if position == Position(0, 0):
            self.start_at(TITLE_BLOCK, 0)
        else:
            self.start_at(position.block, position.offset)

    def start_from_selection(self) -> None:
        """Read the selected text only; ends in state "finished" after it."""
        if not self._ready():
            return
        span = self._selection()
        if span is None:
            self._say(translate("ReadAloud", "Select some text to read it aloud."))
            return
        utterances = selection_utterances(self._utterances, *span)
        if not utterances:
            self._say(translate("ReadAloud", "The selection has nothing to read aloud."))
            return
        self._load(utterances, "selection")
        self._narrator.start(utterances[0].block, utterances[0].start)

    def start_at(self, block: int, offset: int = 0) -> None:
        """Read from ``block`` (``TITLE_BLOCK``: the headline) at ``offset`` on."""
        if not self._ready():
            return
        if self._mode != "article":
            self._load(self._utterances, "article")
        self._narrator.start(block, offset)

    def next_sentence(self) -> None:
        self._navigate(Narrator.next_sentence)

    def previous_sentence(self) -> None:
        self._navigate(Narrator.previous_sentence)

    def next_paragraph(self) -> None:
        self._navigate(Narrator.next_paragraph)

    def previous_paragraph(self) -> None:
        self._navigate(Narrator.previous_paragraph)

    def _navigate(self, step: Callable[[Narrator], None]) -> None:
        """A skip moves the reading, it does not change what the listener is doing: no state
        is said (after the end, moving back makes the narrator "stopped" there, in silence)."""
        if self._ready():
            self._quiet += 1
            try:
                step(self._narrator)
            finally:
                self._quiet -= 1

    def faster(self) -> None:
        self.set_rate(self.rate + RATE_STEP, announce=True)

    def slower(self) -> None:
        self.set_rate(self.rate - RATE_STEP, announce=True)

    def set_rate(self, wpm: int, *, announce: bool = False) -> None:
        """Words per minute (clamped to what the engine takes); the current sentence is said
        again at the new rate."""
        wpm = clamp_rate(wpm)
        if announce:
            self._say(translate("ReadAloud", "Speed: %1 words a minute").replace("%1", str(wpm)))
        if wpm == self.rate:
            return
        self.rate = wpm
        self._save(RATE_KEY, wpm)
        if self._narrator is not None:
            self._narrator.set_rate(wpm)
        self.settingsChanged.emit()

    def set_volume(self, volume: float) -> None:
        volume = max(0.0, min(1.0, float(volume)))
        if volume == self.volume:
            return
        self.volume = volume
        if self._player is not None:
            self._player.set_volume(volume)
        self._save(VOLUME_KEY, volume)
        self.settingsChanged.emit()

    def set_voice(self, voice: Voice | None) -> None:
        """Read with ``voice`` (kept for every article in a language it speaks)."""
        if voice == self.voice:
            return
        self._chosen_voice = voice  # kept for this article, also across selection reads
        if self._narrator is not None:
            self._narrator.set_voice(voice)
        if voice is not None:
            self._save(VOICE_KEY, voice.id)
            self._say(translate("ReadAloud", "Voice: %1").replace("%1", voice_label(voice)))
        self.settingsChanged.emit()

    def set_follow(self, follow: bool) -> None:
        follow = bool(follow)
        self.reader.follow_speech = follow
        if follow == self.follow:
            return
        self.follow = follow
        self._save(FOLLOW_KEY, follow)
        self._say(
            translate("ReadAloud", "The view follows the spoken word")
            if follow
            else translate("ReadAloud", "The view stays where it is while reading")
        )
        self.settingsChanged.emit()

    def set_diacritize(self, enabled: bool) -> None:
        """Restore vowels before speaking (setting ``speech.diacritize``); the current sentence
        is said again with the change."""
        enabled = bool(enabled)
        if enabled == self.diacritize:
            return
        self.diacritize = enabled
        self._save(DIACRITIZE_KEY, enabled)
        if self.engine is not None:
            from desktop.tts.diacritizer import get_diacritizer

            self.engine.diacritizer = get_diacritizer(enabled, lazy=True)
            if self._narrator is not None:
                self._narrator.set_rate(self.rate)  # says the current sentence again
        # The model loads with the next sentence spoken; if it cannot, _on_state says why.
        self._vowel_note = ""
        self._say(
            translate("ReadAloud", "Vowels are restored before speaking")
            if enabled
            else translate("ReadAloud", "Text is spoken as written, without added vowels")
        )
        self.settingsChanged.emit()

    def close(self) -> None:
        """Stop and end the synthesis thread, and save the settings waiting (the window is
        closing)."""
        self.save_settings()
        if self._narrator is not None:
            self._quiet += 1
            try:
                self._narrator.stop()
                self._narrator.close()
            finally:
                self._quiet -= 1
        if self._player is not None:
            self._player.stop()

    # --- actions ---------------------------------------------------------------------------

    def handlers(self) -> dict[str, Callable[..., None]]:
        return {
            "play_pause": self.play_pause,
            "stop": self.stop,
            "start_from_caret": self.start_from_caret,
            "start_from_selection": self.start_from_selection,
            "previous_sentence": self.previous_sentence,
            "next_sentence": self.next_sentence,
            "previous_paragraph": self.previous_paragraph,
            "next_paragraph": self.next_paragraph,
            "slower": self.slower,
            "faster": self.faster,
            "follow": self.set_follow,
            "diacritize": self.set_diacritize,
            "export_audio": self.exportRequested.emit,
        }

    def bind_actions(self, actions: dict[str, QAction]) -> None:
        """Drive these QActions (e.g. the registry's): triggers go to the slots, and their
        enabled, checked and Play/Pause text follow the controller."""
        handlers = self.handlers()
        for name, action in actions.items():
            handler = handlers[name]
            if name in _CHECKABLE:
                action.setCheckable(True)
                action.toggled.connect(handler)
            else:
                action.triggered.connect(lambda _checked=False, h=handler: h())
        if not self._actions:
            self.stateChanged.connect(self._sync_actions)
            self.settingsChanged.connect(self._sync_actions)
        self._actions.update(actions)
        self._sync_actions()

    def create_actions(self, parent: QWidget) -> dict[str, QAction]:
        """QActions with the default shortcuts, window-wide on ``parent``, already bound (for a
        window that does not put the specs in its own registry)."""
        actions = Registry(parent, action_specs()).actions
        self.bind_actions(actions)
        return actions

    @property
    def actions(self) -> dict[str, QAction]:
        return dict(self._actions)

    def _sync_actions(self, *_args) -> None:
        playing = self._state in (NarratorState.PLAYING.value, NarratorState.LOADING.value)
        # Before the engine is loaded: as if it is there (it is, nearly always; loading it
        # here would undo the deferral)
        available = self._engine is not None or not self._engine_loaded
        for name, action in self._actions.items():
            # Play stays on without an engine: F5 then says why nothing can be read, where a
            # disabled shortcut is silent and a blind reader is left guessing.
            action.setEnabled(available or name == "play_pause")
            if name == "play_pause":
                pause, play = translate("ReadAloud", "&Pause"), translate("ReadAloud", "&Play")
                text = pause if playing else play
                if action.text() != text:
                    # The registry's tooltip names the command; keep it in step with the text.
                    keys = self.play_pause_keys
                    action.setText(text)
                    action.setToolTip(f"{plain_text(text)} ({keys})" if keys else plain_text(text))
            elif name in _CHECKABLE:
                value = self.follow if name == "follow" else self.diacritize
                if action.isChecked() != value:
                    action.blockSignals(True)
                    action.setChecked(value)
                    action.blockSignals(False)

    # --- reader context menu ---------------------------------------------------------------

    def _add_menu_entries(self, menu: QMenu, position: int) -> None:
        """ "Read Aloud from Here" (the paragraph clicked, or the caret's with the Menu key) and,
        with a selection, "Read Selection Aloud", in the reader's context menu."""
        if self.reader.built is None:
            return
        menu.addSeparator()
        block, offset = self._article_place(position)
        here = menu.addAction(translate("ReadAloud", "Read Aloud from &Here"))
        here.setObjectName("readAloudFromHere")
        here.setEnabled(self.available and self._article is not None)
        # From the start of the sentence clicked in, not mid-word: the narrator starts at the
        # sentence containing (block, offset).
        here.triggered.connect(lambda: self.start_at(block, offset))
        if self._has_selection():
            selection = menu.addAction(translate("ReadAloud", "Read &Selection Aloud"))
            selection.setObjectName("readSelectionAloud")
            selection.setEnabled(self.available)
            selection.triggered.connect(self.start_from_selection)

    # --- narrator callbacks (GUI thread) ----------------------------------------------------

    @Slot(int)
    def _on_article_shown(self, _article_id: int) -> None:
        self.set_article(self.reader.article)

    def _on_place(self, place: SpokenPlace) -> None:
        if self.reader.article is not self._article:  # the reader moved on without telling us
            self._narrator.stop()
            return
        s0, s1 = place.sentence
        w0, w1 = place.word or (0, 0)
        # TITLE_BLOCK is the reader's HEADLINE (-1): the headline is marked like any block
        self.reader.set_speech_highlight(place.block, s0, s1, w0, w1)
        sentence = (place.block, s0, s1)
        if sentence != self._sentence:
            self._sentence = sentence
            self.placeChanged.emit(*sentence)

    def _on_state(self, state: NarratorState) -> None:
        self._state = state.value
        if state == NarratorState.FINISHED:
            self.reader.clear_speech_highlight()
        self.stateChanged.emit(state.value)
        if self._quiet or state in (NarratorState.LOADING, NarratorState.ERROR):
            return  # an error is said by its message
        if state.value != self._announced:
            self._announced = state.value
            self.message.emit(state_text(state.value))
        if state == NarratorState.PLAYING:  # a sentence was diacritised: did the model load?
            note = self.diacritizer_note
            if note and note != self._vowel_note:
                self._vowel_note = note
                self._say(
                    translate("ReadAloud", "Vowels cannot be restored: %1").replace("%1", note)
                )

    def _on_message(self, kind: MessageKind, text: str) -> None:
        """Said in the interface language from ``kind``; the narrator's English ``text`` goes
        to the log (and, where it names what to install, into the message)."""
        log.info("read aloud: %s", text)
        if kind == MessageKind.SKIPPED:
            text = translate("ReadAloud", "Skipped a sentence that could not be spoken.")
        elif kind == MessageKind.NOTHING_TO_READ:
            text = translate("ReadAloud", "Nothing to read aloud.")
        elif kind == MessageKind.NONE_SPOKEN:
            text = translate("ReadAloud", "None of the remaining sentences could be spoken.")
        else:
            text = translate("ReadAloud", "Read aloud is not available: %1").replace("%1", text)
        self._announced = ""
        self.message.emit(text)

    def _on_player_error(self, text: str) -> None:
        log.warning("read aloud: %s", text)
        if self._narrator is not None:
            self._quiet += 1
            try:
                self._narrator.stop()
            finally:
                self._quiet -= 1
        self._say(
            translate("ReadAloud", "The sound output failed; check the sound device. (%1)").replace(
                "%1", text
            )
        )

    # --- helpers ---------------------------------------------------------------------------

    def _ready(self) -> bool:
        """Say why not, when reading cannot start."""
        if self.engine is None:
            self._say(
                translate("ReadAloud", "Read aloud is not available: %1").replace(
                    "%1", self.unavailable_reason
                )
            )
            return False
        if self.reader.article is not self._article:  # cleared without articleShown
            self.set_article(self.reader.article)
        if self._article is None:
            self._say(translate("ReadAloud", "Open an article to read it aloud."))
            return False
        if self._narrator is None:
            self._load(self._utterances, "article")
        return True

    def _say(self, text: str) -> None:
        self._announced = ""
        self.message.emit(text)

    def _setting(self, key: str, default):
        if key in self._unsaved:  # changed a moment ago, not written yet
            return self._unsaved[key]
        return self._store.get_setting(key, default) if self._store is not None else default

    def _save(self, key: str, value) -> None:
        """Kept for the next start, after a short pause: a volume slider dragged, or the speed
        stepped with the arrow keys, made one write per step (35 for one drag)."""
        if self._store is None:
            return
        self._unsaved[key] = value
        self._save_timer.start()

    def save_settings(self) -> None:
        """Write what is waiting now (on closing, and when the pause is over)."""
        self._save_timer.stop()
        pending, self._unsaved = self._unsaved, {}
        for key, value in pending.items():
            self._store.set_setting(key, value)

    def _has_selection(self) -> bool:
        return self.reader.built is not None and self.reader.browser.textCursor().hasSelection()

    def _article_place(self, qt_pos: int) -> tuple[int, int]:
        """(block, offset) of a document position; the headline is ``TITLE_BLOCK``."""
        built = self.reader.built
        first = built.document.firstBlock()
        if built.document.findBlock(qt_pos).blockNumber() == first.blockNumber():
            return TITLE_BLOCK, u16_to_cp(first.text(), qt_pos - first.position())
        p = built.article_position(qt_pos)
        return p.block, p.offset

    def _selection(self) -> tuple[Position, Position] | None:
        if not self._has_selection():
            return None
        cursor = self.reader.browser.textCursor()
        start = Position(*self._article_place(cursor.selectionStart()))
        end = Position(*self._article_place(cursor.selectionEnd()))
        return start, end


__all__ = [
    "MENU",
    "SHORTCUTS",
    "ReadAloudController",
    "action_specs",
    "menu_title",
    "state_text",
    "voice_label",
]
