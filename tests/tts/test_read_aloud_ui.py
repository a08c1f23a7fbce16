"""Read-aloud in the reader, end to end: the controller and its bar on a real ReaderView, real
eSpeak NG synthesis, real playback into the PulseAudio null sink (the ``pulse`` fixture of
this folder's conftest; audio tests are skipped with the reason when PulseAudio is missing).

Here rather than in tests/ui because PULSE_SERVER must be set before Qt multimedia first
looks for a server, which this folder's conftest does at import.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from engine_doubles import FailingEngine
from pulse_server import rms, samples, stop_recording
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from desktop.arabic import sentences
from desktop.model import Article, Block, BlockKind, Position
from desktop.tts import EngineUnavailable
from desktop.tts.engine import INSTALL_HINT, SAMPLE_RATE
from desktop.ui import highlight_controller
from desktop.ui.actions import action_specs, key_sequences
from desktop.ui.read_aloud import SHORTCUTS, ReadAloudController
from desktop.ui.read_aloud import action_specs as read_aloud_specs
from desktop.ui.read_aloud_bar import ReadAloudBar
from desktop.ui.reader_view import ReaderView

TITLE = "عنوان الخبر القصير"
BLOCKS = [
    Block(BlockKind.PARAGRAPH, "قال الوزير كلمة قصيرة. ثم غادر القاعة. وعاد بعد قليل."),
    Block(BlockKind.PARAGRAPH, "الفقرة الثانية تبدأ هنا. وفيها جملة أخرى. وجملة ثالثة."),
    Block(BlockKind.PARAGRAPH, "الفقرة الثالثة قصيرة. وتنتهي بسرعة."),
    Block(BlockKind.PARAGRAPH, "الفقرة الأخيرة وحدها."),
]
ARTICLE = Article(TITLE, BLOCKS)
OTHER = Article("خبر آخر", [Block(BlockKind.PARAGRAPH, "نص آخر تماما. وجملة ثانية.")])
TIMEOUT = 30_000
SILENCE_RMS = 30


def spans(block: int) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in sentences(BLOCKS[block].text)]


def sentence_of(c) -> tuple[int, int, int] | None:
    """(block, start, end) of the sentence the reader marks now."""
    mark = c.reader.speech_highlight()
    return mark[:3] if mark else None


def word_of(c) -> tuple[int, int] | None:
    mark = c.reader.speech_highlight()
    return (mark[3], mark[4]) if mark and mark[4] > mark[3] else None


def make(qtbot, store, engine_factory, *, defer_engine: bool = False) -> SimpleNamespace:
    window = QMainWindow()
    qtbot.addWidget(window)
    reader = ReaderView(store, window)
    controller = ReadAloudController(
        reader, store, window, engine_factory=engine_factory, defer_engine=defer_engine
    )
    bar = ReadAloudBar(controller, parent=window)
    box = QWidget(window)  # the bar under the reader, as the main window lays it out
    column = QVBoxLayout(box)
    column.addWidget(reader, 1)
    column.addWidget(bar)
    window.setCentralWidget(box)
    window.resize(900, 650)
    window.show()
    qtbot.waitExposed(window)
    reader.show_article_obj(ARTICLE)
    messages: list[str] = []
    states: list[str] = []
    places: list[tuple[int, int, int]] = []
    controller.message.connect(messages.append)
    controller.stateChanged.connect(states.append)
    controller.placeChanged.connect(lambda *p: places.append(p))
    return SimpleNamespace(
        window=window,
        reader=reader,
        controller=controller,
        bar=bar,
        messages=messages,
        states=states,
        places=places,
    )


@pytest.fixture
def ra(qtbot, store, engine):
    store.set_setting("speech.rate", 320)  # short waits; every sentence still takes ~1 s
    c = make(qtbot, store, lambda: engine)
    yield c
    c.controller.close()


def put_caret(c, block: int, offset: int) -> None:
    cursor = QTextCursor(c.reader.browser.document())
    cursor.setPosition(c.reader.built.qt_position(block, offset))
    c.reader.browser.setTextCursor(cursor)


def select(c, block: int, start: int, end_block: int, end: int) -> None:
    cursor = QTextCursor(c.reader.browser.document())
    cursor.setPosition(c.reader.built.qt_position(block, start))
    cursor.setPosition(c.reader.built.qt_position(end_block, end), QTextCursor.MoveMode.KeepAnchor)
    c.reader.browser.setTextCursor(cursor)


def wait_state(qtbot, c, state: str) -> None:
    qtbot.waitUntil(lambda: c.controller.state == state, timeout=TIMEOUT)


def wait_word_in(qtbot, c, block: int, span: tuple[int, int]) -> None:
    """Until the reader marks a spoken word inside that sentence (the audio got there)."""

    def there() -> bool:
        word = word_of(c)
        return sentence_of(c) == (block, *span) and word is not None

    qtbot.waitUntil(there, timeout=TIMEOUT)


def record_seconds(qtbot, pulse, path: Path, seconds: float) -> list[int]:
    """Record the sink's monitor until ``seconds`` of audio arrived (the data is the clock)."""
    proc = pulse.record(path)
    qtbot.waitUntil(lambda: path.stat().st_size >= 2 * SAMPLE_RATE // 50, timeout=10_000)
    start = path.stat().st_size
    size = start + int(2 * SAMPLE_RATE * seconds)
    qtbot.waitUntil(lambda: path.stat().st_size >= size, timeout=10_000)
    stop_recording(proc)
    return samples(path.read_bytes()[start:])


# --- with sound -----------------------------------------------------------------------------


def test_play_from_the_caret_marks_the_sentence_then_moves_to_the_next(qtbot, pulse, ra):
    first, second = spans(1)[:2]
    put_caret(ra, 1, first[0] + 4)
    ra.controller.play_pause()
    assert sentence_of(ra) == (1, *first)  # marked at once, before any sound
    wait_word_in(qtbot, ra, 1, first)
    assert ra.controller.state == "playing"
    start, end = word_of(ra)
    assert first[0] <= start < end <= first[1]
    wait_word_in(qtbot, ra, 1, second)
    assert ra.places[:2] == [(1, *first), (1, *second)]
    assert "Reading aloud" in ra.messages
    assert ra.bar.status.text() == "Reading aloud"
    assert ra.bar.buttons["play_pause"].accessibleName() == "Pause"
    keys = ra.controller.play_pause_keys
    assert ra.controller.actions["play_pause"].toolTip() == f"Pause ({keys})"


def test_pause_holds_the_highlight_and_resume_goes_on(qtbot, pulse, ra, tmp_path):
    put_caret(ra, 0, 1)
    ra.controller.play_pause()
    wait_word_in(qtbot, ra, 0, spans(0)[0])
    ra.controller.play_pause()
    assert ra.controller.state == "paused"
    held = ra.reader.speech_highlight()
    audio = record_seconds(qtbot, pulse, tmp_path / "paused.raw", 1.0)
    assert rms(audio[SAMPLE_RATE // 5 :]) < SILENCE_RMS  # silent (after what was in flight)
    assert ra.reader.speech_highlight() == held
    assert ra.messages[-1] == "Paused"
    ra.controller.play_pause()
    assert ra.controller.state == "playing"
    qtbot.waitUntil(lambda: ra.reader.speech_highlight() != held, timeout=TIMEOUT)
    wait_word_in(qtbot, ra, 0, spans(0)[1])


def test_next_and_previous_sentence_and_paragraph_move_the_highlight(qtbot, pulse, ra):
    c = ra.controller
    put_caret(ra, 0, 1)
    c.play_pause()
    wait_word_in(qtbot, ra, 0, spans(0)[0])
    c.next_sentence()
    assert sentence_of(ra) == (0, *spans(0)[1])
    wait_word_in(qtbot, ra, 0, spans(0)[1])
    c.next_paragraph()
    assert sentence_of(ra) == (1, *spans(1)[0])
    wait_word_in(qtbot, ra, 1, spans(1)[0])
    c.previous_sentence()
    assert sentence_of(ra) == (0, *spans(0)[2])
    c.next_paragraph()
    c.next_paragraph()
    assert sentence_of(ra) == (2, *spans(2)[0])
    c.next_sentence()
    c.previous_paragraph()  # from inside paragraph 2: to the start of paragraph 1
    assert sentence_of(ra) == (1, *spans(1)[0])
    wait_word_in(qtbot, ra, 1, spans(1)[0])
    assert c.state == "playing"
    assert c.current_position() == Position(1, 0)


def test_after_the_end_a_step_back_then_play_reads_from_there(qtbot, pulse, ra):
    c = ra.controller
    put_caret(ra, 3, 1)  # the last paragraph: one sentence
    c.play_pause()
    wait_state(qtbot, ra, "finished")
    said = len(ra.messages)
    c.previous_sentence()  # F7 after the end: the sentence before is marked ...
    assert sentence_of(ra) == (2, *spans(2)[-1])
    assert ra.messages[said:] == []  # ... in silence: nothing "stopped"
    c.play_pause()  # ... and F5 reads from it, not from the headline
    wait_word_in(qtbot, ra, 2, spans(2)[-1])
    assert ra.places[-1][0] == 2


def test_two_sentences_that_cannot_be_said_are_skipped_and_reading_goes_on(
    qtbot, pulse, store, engine
):

    store.set_setting("speech.rate", 320)
    article = Article(
        "عنوان",
        [
            Block(BlockKind.PARAGRAPH, "الجملة الأولى هنا. جملة XX معطوبة. وأخرى XX معطوبة."),
            Block(BlockKind.PARAGRAPH, "الفقرة الثانية تقرأ."),
        ],
    )
    c = make(qtbot, store, lambda: FailingEngine(engine, "XX"))
    try:
        c.reader.show_article_obj(article)
        c.controller.start_at(0, 0)
        qtbot.waitUntil(lambda: (sentence_of(c) or (0,))[0] == 1, timeout=TIMEOUT)
        assert c.messages.count("Skipped a sentence that could not be spoken.") == 2
        wait_state(qtbot, c, "finished")
    finally:
        c.controller.close()


def test_a_selection_is_read_alone_then_finished(qtbot, pulse, ra):
    s1 = spans(1)
    start = BLOCKS[1].text.index("جملة أخرى")  # from inside the second sentence ...
    end = spans(2)[0][1] - 3  # ... to just before the end of paragraph 2's first sentence
    select(ra, 1, start, 2, end)
    ra.controller.play_pause()  # with a selection, play reads the selection
    wait_state(qtbot, ra, "finished")
    assert ra.places == [(1, start, s1[1][1]), (1, *s1[2]), (2, spans(2)[0][0], end)]
    texts = [u.text for u in ra.controller.narrator.utterances]
    assert texts[0] == BLOCKS[1].text[start : s1[1][1]]
    assert texts[-1] == BLOCKS[2].text[:end]
    assert ra.messages[-1] == "Finished reading"
    assert ra.reader.speech_highlight() is None


def test_from_the_top_the_headline_is_read_first(qtbot, pulse, ra):
    assert ra.reader.current_position() == Position(0, 0)  # a fresh article: the top of the view
    ra.controller.play_pause()
    assert ra.places[0] == (-1, 0, len(TITLE))
    mark = ra.reader.speech_highlight()
    assert mark is not None and mark[:3] == (-1, 0, len(TITLE)), "the headline is marked"
    wait_word_in(qtbot, ra, 0, spans(0)[0])
    assert ra.places[:2] == [(-1, 0, len(TITLE)), (0, *spans(0)[0])]


def test_another_article_stops_the_reading(qtbot, pulse, ra):
    ra.controller.play_pause()
    qtbot.waitUntil(lambda: ra.controller.player.state == "playing", timeout=TIMEOUT)
    ra.reader.show_article_obj(OTHER)
    assert ra.controller.state == "stopped"
    assert ra.controller.player.state == "stopped"
    assert ra.controller.article is OTHER
    assert ra.reader.speech_highlight() is None
    # The next play reads the new article, from its top.
    ra.controller.play_pause()
    assert ra.places[-1] == (-1, 0, len(OTHER.title))
    wait_state(qtbot, ra, "finished")


def test_stop_keeps_the_sentence_marked_and_play_starts_it_again(qtbot, pulse, ra):
    put_caret(ra, 1, 0)
    ra.controller.play_pause()
    wait_word_in(qtbot, ra, 1, spans(1)[1])
    ra.controller.stop()
    assert ra.controller.state == "stopped"
    assert ra.reader.speech_highlight() == (1, *spans(1)[1], 0, 0)
    assert ra.messages[-1] == "Stopped"
    ra.controller.play_pause()
    assert sentence_of(ra) == (1, *spans(1)[1])
    wait_word_in(qtbot, ra, 1, spans(1)[1])


def test_a_sentence_that_fails_is_skipped_with_a_message(qtbot, pulse, store, engine):
    """The engine fails on the second sentence every time (after its own retry): the reader
    hears about it and reading goes on with the third."""
    bad = sentences(BLOCKS[0].text)[1].text

    store.set_setting("speech.diacritize", False)  # the engine is handed the text as written
    c = make(qtbot, store, lambda: FailingEngine(engine, bad))
    try:
        put_caret(c, 0, 1)
        c.controller.play_pause()
        wait_word_in(qtbot, c, 0, spans(0)[2])
        assert "Skipped a sentence that could not be spoken." in c.messages
        assert (0, *spans(0)[1]) not in c.places
        assert c.bar.status.text() != ""
    finally:
        c.controller.close()


def test_an_article_no_voice_speaks_says_so_in_the_interface_language(qtbot, qapp, ra, english):
    """The narrator reports it with a code; the window frames its English detail (which names
    what to install) in the interface language, here Arabic."""
    from desktop.ui import i18n

    i18n.install(qapp, "ar")  # the english fixture puts English back afterwards
    ra.reader.show_article_obj(
        Article("title", [Block(BlockKind.PARAGRAPH, "text.")], language="xx")
    )
    ra.controller.play_pause()
    wait_state(qtbot, ra, "error")
    said = ra.messages[-1]
    assert said.startswith("القراءة الصوتية غير متاحة: "), said
    assert "«xx»" in said and "espeakng-loader" in said


def test_a_sound_device_failure_is_said_once_in_one_sentence(qtbot, pulse, ra):
    """The null sink takes any valid stream, so the player's format is made one no device
    takes (a sample rate of 0): the real sink then fails to open, as a broken device does."""
    ra.controller.player._format.setSampleRate(0)
    ra.controller.play_pause()
    qtbot.waitUntil(lambda: any("OpenError" in m for m in ra.messages), timeout=TIMEOUT)
    text = ra.messages[-1]
    assert text == "The sound output failed; check the sound device. (OpenError)"
    assert text.lower().count("sound device") == 1 and text.count("failed") == 1
    assert ra.controller.state == "stopped"
    assert ra.bar.status.text() == text


def test_the_vowel_model_loads_on_the_synthesis_thread(qtbot, pulse, ra, monkeypatch):
    """Not on the GUI thread when reading starts (0.1-0.2 s the window would freeze)."""
    pytest.importorskip("text2tashkeel", reason="the chosen diacritiser is not installed")
    from desktop.tts import diacritizer

    monkeypatch.setattr(diacritizer, "_shared", {})  # as in a fresh process: not loaded yet
    loaded_on = []
    real_load = diacritizer.TashkeelDiacritizer.load

    def load(self):  # the real load, noting the thread
        loaded_on.append(threading.current_thread().name)
        real_load(self)

    monkeypatch.setattr(diacritizer.TashkeelDiacritizer, "load", load)
    assert ra.controller.diacritize
    ra.controller.play_pause()
    assert loaded_on == []  # play returned without loading it
    wait_word_in(qtbot, ra, -1, (0, len(TITLE)))
    assert loaded_on and set(loaded_on) == {"qari-tts-synthesis"}
    assert ra.controller.engine.diacritizer.name == "text2tashkeel rawi-v3-int8"
    assert ra.controller.diacritizer_note == ""


def test_vowels_that_cannot_be_restored_are_said_and_reading_goes_on(qtbot, pulse, ra, monkeypatch):
    from desktop.tts import diacritizer

    monkeypatch.setattr(diacritizer, "_shared", {})  # not loaded yet
    # This machine has text2tashkeel; hiding it fakes one without (import raises ImportError).
    monkeypatch.setitem(sys.modules, "text2tashkeel", None)
    ra.controller.play_pause()
    wait_word_in(qtbot, ra, -1, (0, len(TITLE)))  # the headline is read, as written
    said = [m for m in ra.messages if m.startswith("Vowels cannot be restored: ")]
    assert len(said) == 1 and "pip install text2tashkeel" in said[0]
    assert not any("Skipped" in m for m in ra.messages)
    wait_word_in(qtbot, ra, 0, spans(0)[0])  # and reading goes on
    assert ra.controller.state == "playing"
    assert len([m for m in ra.messages if m.startswith("Vowels cannot")]) == 1  # said once


def test_read_aloud_from_here_in_the_context_menu(qtbot, pulse, ra):
    put_caret(ra, 2, spans(2)[1][0] + 3)  # inside paragraph 2's second sentence
    browser = ra.reader.browser
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), browser.mapToGlobal(QPoint(5, 5))
    )
    QApplication.sendEvent(browser, event)
    menu = ra.reader.context_menu
    assert menu is not None
    here = next(a for a in menu.actions() if a.objectName() == "readAloudFromHere")
    assert here.text() == "Read Aloud from &Here"
    here.trigger()
    menu.close()
    assert sentence_of(ra) == (2, *spans(2)[1])  # from the start of the sentence
    wait_word_in(qtbot, ra, 2, spans(2)[1])


# --- without sound --------------------------------------------------------------------------


def test_without_a_voice_the_controls_are_disabled_and_say_what_to_install(qtbot, store):
    # This machine has eSpeak NG; an engine factory that raises fakes one without it.
    def no_espeak():
        raise EngineUnavailable("eSpeak NG could not be loaded. " + INSTALL_HINT)

    c = make(qtbot, store, no_espeak)
    assert not c.controller.available
    assert all(not w.isEnabled() for w in c.bar.controls)
    assert [n for n, a in c.controller.actions.items() if a.isEnabled()] == ["play_pause"]
    status = c.bar.status
    assert status.isEnabled() and status.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "not available" in status.text()
    assert "espeakng-loader" in status.text() and "apt install espeak-ng" in status.text()
    assert status.height() >= status.fontMetrics().lineSpacing()  # not squeezed to nothing
    # The reader keeps working, and a start says why nothing happens.
    assert c.reader.article is ARTICLE
    c.controller.play_pause()
    assert c.controller.state == "stopped"
    assert "espeakng-loader" in c.messages[-1]
    c.controller.close()


@pytest.mark.parametrize("defer_engine", [False, True])
def test_an_engine_that_fails_to_load_disables_the_controls_and_says_why(
    qtbot, store, caplog, defer_engine
):
    # eSpeak NG loads on this machine; a factory that raises fakes a broken library (not the
    # EngineUnavailable the engine raises for a missing one).
    def broken():
        raise OSError("libespeak-ng.so.1: cannot open shared object file")

    c = make(qtbot, store, broken, defer_engine=defer_engine)
    if defer_engine:
        status = c.bar.status.text()  # before the engine is known
        assert status.startswith("Press ") and "F5" in status
        with qtbot.waitSignal(c.controller.engineLoaded, timeout=TIMEOUT):
            c.controller.load_engine()
    assert c.controller.engine_loaded and not c.controller.available
    reason = c.controller.unavailable_reason
    assert "OSError" in reason and "libespeak-ng.so.1" in reason
    assert "failed" in reason
    assert any(r.exc_info and r.levelname == "ERROR" for r in caplog.records)  # logged
    assert all(not w.isEnabled() for w in c.bar.controls)
    actions = c.controller.actions
    assert [n for n, a in actions.items() if a.isEnabled()] == ["play_pause"]
    assert "not available" in c.bar.status.text() and reason in c.bar.status.text()
    assert c.bar.voice.count() == 0
    # Play says why nothing is read (F5 in the window: tests/ui/test_main_window.py).
    actions["play_pause"].trigger()
    assert c.controller.state == "stopped"
    assert "not available" in c.messages[-1] and reason in c.messages[-1]
    c.controller.close()


def test_a_deferred_engine_loads_once_and_the_bar_then_lists_its_voices(qtbot, store, engine):
    """The window defers eSpeak NG until after its first paint (start-up time)."""
    made = []

    def factory():
        made.append(1)
        return engine

    c = make(qtbot, store, factory, defer_engine=True)
    assert not made and not c.controller.engine_loaded
    assert c.bar.voice.count() == 0
    assert all(a.isEnabled() for a in c.controller.actions.values())  # as if there, till known
    status = c.bar.status.text()  # needs no engine: there before it loads
    assert status.startswith("Press ") and "F5" in status and "to read aloud" in status
    with qtbot.waitSignal(c.controller.engineLoaded, timeout=TIMEOUT):
        c.controller.load_engine()
    c.controller.load_engine()
    assert made == [1]
    assert c.bar.voice.count() == len(c.controller.voices) > 0
    arabic = c.controller.voice
    assert arabic is not None and arabic.speaks("ar")
    assert c.bar.voice.currentData() == arabic.id  # the article's language chose it
    assert "to read aloud" in c.bar.status.text()
    c.controller.close()


def test_a_start_before_the_deferred_engine_loaded_loads_it(qtbot, store, engine):
    c = make(qtbot, store, lambda: engine, defer_engine=True)
    c.controller.next_sentence()  # F8 before the window got to load the engine
    assert c.controller.engine_loaded
    assert sentence_of(c) is not None
    assert c.bar.voice.count() > 0
    c.controller.close()


def test_a_deferred_engine_that_is_missing_disables_the_bar_when_known(qtbot, store):
    def no_espeak():
        raise EngineUnavailable("eSpeak NG could not be loaded. " + INSTALL_HINT)

    c = make(qtbot, store, no_espeak, defer_engine=True)
    c.controller.load_engine()
    assert all(not w.isEnabled() for w in c.bar.controls)
    assert [n for n, a in c.controller.actions.items() if a.isEnabled()] == ["play_pause"]
    assert "not available" in c.bar.status.text()
    c.controller.close()


def test_every_control_of_the_bar_has_an_accessible_name(qtbot, ra):
    bar = ra.bar
    reachable = [
        w
        for w in bar.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isVisibleTo(bar)
        and not isinstance(w.parentWidget(), QAbstractSpinBox)  # its text box is the spin box
    ]
    assert set(bar.controls) | {bar.status} <= set(reachable)
    for widget in reachable:
        assert widget.accessibleName(), widget.objectName() or type(widget).__name__
        # What assistive technology reads (a combo box says its current item; its label
        # "Voice:" is read with it through the buddy relation).
        assert QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
    for name, button in bar.buttons.items():
        assert button.accessibleDescription(), name
        assert button.toolTip() and button.isEnabled()
    assert bar.buttons["play_pause"].accessibleName() == "Play"
    assert bar.voice.currentText() == "Arabic (ar)"  # chosen from the article's language
    labels = {label.buddy(): label.text() for label in bar.findChildren(QLabel) if label.buddy()}
    assert labels == {bar.rate: "Speed:", bar.volume: "Volume:", bar.voice: "Voice:"}


def test_shortcuts_exist_and_clash_with_nothing_else(qtbot, ra):
    owners: dict[str, str] = {}

    def claim(key: str, owner: str) -> None:
        assert key not in owners, f"{key} is bound to both {owners[key]} and {owner}"
        owners[key] = owner

    for spec in action_specs():
        for seq in key_sequences(spec):
            claim(seq.toString(), spec.name)
    for name, key in highlight_controller.SHORTCUTS.items():
        claim(key, f"highlight_controller.{name}")
    ours = read_aloud_specs()
    for spec in ours:
        for seq in key_sequences(spec):
            claim(seq.toString(), f"read_aloud.{spec.name}")
    without = {s.name for s in ours if not s.shortcuts}
    assert without == {"follow", "diacritize"}  # the bar's check boxes and the menu
    actions = ra.controller.actions
    assert set(actions) == set(SHORTCUTS)
    assert actions["play_pause"].shortcut().toString() == "F5"
    assert actions["next_sentence"].shortcut().toString() == "F8"
    # made by an actions.Registry of the specs: named, window-wide, tooltip with the keys
    assert actions["stop"].objectName() == "action_stop"
    assert actions["stop"].shortcutContext() == Qt.ShortcutContext.WindowShortcut
    keys = ra.controller.play_pause_keys
    assert "F5" in keys and actions["play_pause"].toolTip() == f"Play ({keys})"


def test_f8_moves_the_reading_place_while_stopped(qtbot, ra):
    ra.window.activateWindow()
    qtbot.waitActive(ra.window)
    ra.reader.browser.setFocus()
    qtbot.keyClick(ra.reader.browser, Qt.Key.Key_F8)
    qtbot.keyClick(ra.reader.browser, Qt.Key.Key_F8)
    assert sentence_of(ra) == (0, *spans(0)[1])
    qtbot.keyClick(ra.reader.browser, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert sentence_of(ra) == (1, *spans(1)[0])
    assert ra.controller.state == "stopped"
    assert ra.reader.current_position() == Position(1, 0)  # play would start here


def test_settings_are_kept_and_announced(qtbot, ra, store):
    c = ra.controller
    c.faster()
    qtbot.waitUntil(lambda: store.get_setting("speech.rate") == 345)  # after a short pause
    assert c.rate == 345
    assert ra.messages[-1] == "Speed: 345 words a minute"
    assert ra.bar.rate.value() == 345
    ra.bar.volume.setValue(40)
    assert c.volume == 0.4 and c.player.volume() == 0.4
    c.save_settings()
    assert store.get_setting("speech.volume") == 0.4
    ra.bar.follow.click()
    assert not c.follow and not ra.reader.follow_speech
    c.save_settings()
    assert store.get_setting("speech.follow") is False
    assert not c.actions["follow"].isChecked()
    c.actions["diacritize"].trigger()
    c.save_settings()
    assert store.get_setting("speech.diacritize") is False
    assert not ra.bar.diacritize.isChecked()
    assert c.engine.diacritizer.name == "none"
    english = c.engine.voice_for_language("en")
    ra.bar.voice.setCurrentIndex(ra.bar.voice.findData(english.id))
    ra.bar.voice.activated.emit(ra.bar.voice.currentIndex())
    c.save_settings()
    assert c.voice == english and store.get_setting("speech.voice") == english.id
    # The English voice does not speak the next (Arabic) article: the Arabic one is chosen.
    ra.reader.show_article_obj(OTHER)
    assert c.voice.speaks("ar") and ra.bar.voice.currentData() == c.voice.id


def test_a_slider_drag_is_one_write_and_closing_keeps_it(qtbot, ra, store):
    c = ra.controller
    before = store.conn.total_changes
    for value in range(100, 20, -5):  # a drag: one valueChanged per step
        ra.bar.volume.setValue(value)
    assert c.volume == 0.25
    assert store.conn.total_changes == before  # nothing written mid-drag
    assert c._setting("speech.volume", 1.0) == 0.25  # but read back as changed
    c.close()  # the window closes before the pause is over
    assert store.get_setting("speech.volume") == 0.25
    assert store.conn.total_changes == before + 1


def test_the_view_follows_the_reading_place_only_when_asked(qtbot, store, engine, seed_path):
    from desktop.importers.scraped_text import parse_text

    long_article = parse_text(seed_path.read_text(encoding="utf-8"))[0]
    c = make(qtbot, store, lambda: engine)
    try:
        bar = c.reader.browser.verticalScrollBar()
        c.reader.show_article_obj(long_article)
        assert bar.maximum() > 0 and bar.value() == 0
        c.controller.set_follow(False)
        for _ in range(len(long_article.blocks)):
            c.controller.next_paragraph()
        last = sentence_of(c)
        assert last[0] >= len(long_article.blocks) - 2  # near the end of the article
        assert bar.value() == 0  # not followed
        c.controller.set_follow(True)
        c.controller.previous_sentence()
        assert bar.value() > 0  # the view went to the sentence
        assert c.controller.current_position() == Position(*sentence_of(c)[:2])
    finally:
        c.controller.close()


def test_after_the_reader_is_cleared_play_says_to_open_an_article(qtbot, ra):
    ra.reader.clear()
    ra.controller.play_pause()
    assert ra.messages[-1] == "Open an article to read it aloud."
    assert ra.controller.state == "stopped"
    assert ra.controller.article is None


def test_a_narrow_bar_wraps_its_controls_instead_of_hiding_them(qtbot, ra):
    bar = ra.bar
    assert bar.heightForWidth(380) > bar.heightForWidth(1400)
    ra.window.resize(420, 650)
    qtbot.waitUntil(lambda: bar.width() <= 420)
    qtbot.waitUntil(lambda: bar.height() >= bar.heightForWidth(bar.width()))
    for widget in [*bar.controls, bar.status]:
        box = widget.rect().translated(widget.mapTo(bar, widget.rect().topLeft()))
        assert bar.rect().contains(box), widget.objectName()
        assert widget.isVisible()
