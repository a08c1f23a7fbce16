"""Export Audio… from the window: the dialog on a real ReaderView and ReadAloudController, real
eSpeak NG synthesis on the dialog's worker thread, real files in tmp_path.

The save dialog is modal and nobody can answer it offscreen, so every test passes the dialog a
``choose_path`` callable that returns the file a user would have picked (and a
``confirm_replace`` that fails the test if asked). The main-window test types the path into the
dialog's file box instead, as a keyboard user can.
"""

from __future__ import annotations

import re
import threading
import wave
from pathlib import Path
from types import SimpleNamespace

import pytest
from engine_doubles import GatedEngine
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence, QTextCursor
from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QWidget

from desktop.arabic import sentences
from desktop.model import Article, Block, BlockKind
from desktop.tts import EngineUnavailable
from desktop.tts.diacritizer import NoDiacritizer, PronouncingEngine, TashkeelDiacritizer
from desktop.tts.engine import INSTALL_HINT, SAMPLE_RATE
from desktop.ui import export_audio, i18n
from desktop.ui.announcer import Announcer
from desktop.ui.export_audio import ExportAudioDialog, open_dialog
from desktop.ui.read_aloud import ReadAloudController
from desktop.ui.reader_view import ReaderView

TIMEOUT = 60_000
TITLE = "عنوان الخبر القصير"
BLOCKS = [
    Block(BlockKind.PARAGRAPH, "قال الوزير كلمة قصيرة. ثم غادر القاعة. وعاد بعد قليل."),
    Block(BlockKind.PARAGRAPH, "الفقرة الثانية تبدأ هنا. وفيها جملة أخرى. وجملة ثالثة."),
]
ARTICLE = Article(TITLE, BLOCKS)
CUE = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})$")


def cues(vtt: Path) -> list[tuple[float, float, str]]:
    """(start, end, text) of every cue."""
    lines = vtt.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "WEBVTT"
    found = []
    for i, line in enumerate(lines):
        if m := CUE.match(line):
            h1, m1, s1, ms1, h2, m2, s2, ms2 = map(int, m.groups())
            start = h1 * 3600 + m1 * 60 + s1 + ms1 / 1000
            end = h2 * 3600 + m2 * 60 + s2 + ms2 / 1000
            found.append((start, end, lines[i + 1]))
    return found


def no_replace(_parent, paths) -> bool:
    raise AssertionError(f"asked to replace {paths}: the test's files are new")


def make(qtbot, store, engine_factory, article: Article, folder: Path) -> SimpleNamespace:
    window = QMainWindow()
    qtbot.addWidget(window)
    reader = ReaderView(store, window)
    controller = ReadAloudController(reader, store, window, engine_factory=engine_factory)
    status = QLabel(window)
    announcer = Announcer(status, window)
    window.setCentralWidget(reader)
    window.statusBar().addWidget(status, 1)
    window.resize(900, 650)
    window.show()
    qtbot.waitExposed(window)
    reader.show_article_obj(article)
    chosen: list[Path] = [folder / "out.wav"]

    def open_export() -> ExportAudioDialog | None:
        return open_dialog(
            controller,
            window,
            announcer,
            store,
            choose_path=lambda _parent, _suggested: str(chosen[0]),
            confirm_replace=no_replace,
        )

    return SimpleNamespace(
        window=window,
        reader=reader,
        controller=controller,
        announcer=announcer,
        chosen=chosen,
        open=open_export,
    )


@pytest.fixture
def seed(seed_path: Path) -> Article:
    from desktop.importers.scraped_text import parse_text

    return parse_text(seed_path.read_text(encoding="utf-8"))[0]


@pytest.fixture
def ex(qtbot, store, engine, tmp_path, english):
    """An export dialog set up on ARTICLE (tests show another article when they need to)."""
    folder = tmp_path / "out"
    folder.mkdir()
    c = make(qtbot, store, lambda: engine, ARTICLE, folder)
    c.folder = folder
    yield c
    dialog = c.window.findChild(ExportAudioDialog)
    if dialog is not None and dialog.is_running():
        dialog.shutdown()
    c.controller.close()


def export(qtbot, c, path: Path, *, subtitles: bool) -> ExportAudioDialog:
    """Open the dialog, pick ``path`` with Browse, and export; returns once it has ended."""
    c.chosen[0] = path
    dialog = c.open()
    assert dialog is not None and dialog.isVisible()
    dialog.browse.click()
    assert dialog.path.text() == str(path)
    dialog.subtitles.setChecked(subtitles)
    with qtbot.waitSignal(dialog.finishedWith, timeout=TIMEOUT):
        assert dialog.start() is not None
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=TIMEOUT)
    return dialog


@pytest.mark.parametrize("suffix", ["wav", "mp3"])
def test_the_seed_exports_with_subtitles_headline_first(qtbot, ex, seed, suffix):
    if suffix == "mp3":
        pytest.importorskip("lameenc")
    ex.reader.show_article_obj(seed)
    path = ex.folder / f"seed.{suffix}"
    dialog = export(qtbot, ex, path, subtitles=True)
    result = dialog.last_result
    assert result is not None and not result.cancelled and not result.skipped
    assert result.path == path and result.vtt_path == path.with_suffix(".vtt")
    # Nothing else in the folder: the temporary file was moved into place.
    assert sorted(p.name for p in ex.folder.iterdir()) == sorted([path.name, "seed.vtt"])
    data = path.read_bytes()
    if suffix == "wav":
        with wave.open(str(path), "rb") as wav:
            assert (wav.getnchannels(), wav.getframerate()) == (1, SAMPLE_RATE)
            assert wav.getnframes() / SAMPLE_RATE == pytest.approx(result.duration, abs=1e-9)
    else:
        assert data[:3] == b"ID3" or (data[0] == 0xFF and data[1] & 0xE0 == 0xE0)
    assert result.duration > 60  # the seed is minutes of speech, not a stub
    timed = cues(result.vtt_path)
    assert len(timed) == len(result.sentence_durations) >= 10
    assert timed[0][2] == " ".join(seed.title.split())
    assert timed[0][0] == 0.0
    assert all(
        a[0] < b[0] and a[1] <= b[0] + 0.0005 for a, b in zip(timed, timed[1:], strict=False)
    )
    assert timed[-1][1] == pytest.approx(result.duration, abs=0.001)
    # The outcome: in the dialog, in the window's status bar, announced.
    message = dialog.last_message
    assert message.startswith(f"Audio saved to «{path.name}»: ")
    assert "min" in message and "Subtitles saved to «seed.vtt»." in message
    assert ex.announcer.last_message == message == dialog.status.text()
    assert dialog.progress.value() == dialog.progress.maximum() == len(timed)
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_a_selection_exports_only_the_selected_sentences(qtbot, ex):
    # From the second sentence of the first paragraph to the end of the first sentence of
    # the second.
    first, second = sentences(BLOCKS[0].text), sentences(BLOCKS[1].text)
    cursor = QTextCursor(ex.reader.browser.document())
    cursor.setPosition(ex.reader.built.qt_position(0, first[1].start))
    cursor.setPosition(
        ex.reader.built.qt_position(1, second[0].end), QTextCursor.MoveMode.KeepAnchor
    )
    ex.reader.browser.setTextCursor(cursor)
    path = ex.folder / "selection.wav"
    ex.chosen[0] = path
    dialog = ex.open()
    assert dialog.selected.isChecked() and dialog.selected.isEnabled()
    assert "sentences: 3" in dialog.selected.text()
    dialog.browse.click()
    dialog.subtitles.setChecked(True)
    with qtbot.waitSignal(dialog.finishedWith, timeout=TIMEOUT):
        dialog.start()
    expected = [s.text for s in first[1:]] + [second[0].text]
    assert [text for _s, _e, text in cues(path.with_suffix(".vtt"))] == expected
    assert TITLE not in path.with_suffix(".vtt").read_text(encoding="utf-8")
    assert len(dialog.last_result.sentence_durations) == 3
    # Without a selection the whole article is offered, and the selection cannot be chosen.
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=TIMEOUT)
    cursor.clearSelection()
    ex.reader.browser.setTextCursor(cursor)
    dialog = ex.open()
    assert dialog.whole.isChecked() and not dialog.selected.isEnabled()


def test_cancel_stops_the_export_and_leaves_no_file(qtbot, store, engine, tmp_path, english):
    gated = GatedEngine(engine, TIMEOUT)
    folder = tmp_path / "out"
    folder.mkdir()
    c = make(qtbot, store, lambda: gated, ARTICLE, folder)
    path = folder / "cancelled.wav"
    c.chosen[0] = path
    dialog = c.open()
    dialog.browse.click()
    dialog.subtitles.setChecked(True)
    try:
        job = dialog.start()
        qtbot.waitUntil(gated.first.is_set, timeout=TIMEOUT)  # mid-export, first sentence
        assert dialog.cancel_button.isEnabled() and not dialog.export_button.isEnabled()
        assert job.is_running()
        # Escape while exporting cancels (and the dialog stays to say so).
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
        assert c.announcer.last_message == "Cancelling the export…"
        with qtbot.waitSignal(dialog.finishedWith, timeout=TIMEOUT) as ended:
            gated.gate.set()
    finally:
        gated.gate.set()
    assert ended.args == ["Audio export cancelled; no file was written."]
    assert dialog.last_result.cancelled and dialog.last_result.path is None
    assert list(folder.iterdir()) == []  # no audio, no subtitles, no temporary file
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=TIMEOUT)
    assert dialog.export_button.isEnabled()
    c.controller.close()


def test_without_a_voice_export_says_what_to_install(qtbot, store, tmp_path, english):
    def no_espeak():
        raise EngineUnavailable("eSpeak NG could not be loaded. " + INSTALL_HINT)

    folder = tmp_path / "out"
    folder.mkdir()
    c = make(qtbot, store, no_espeak, ARTICLE, folder)
    assert c.open() is None
    message = c.announcer.last_message
    assert message.startswith("Audio export is not available: eSpeak NG could not be loaded.")
    assert "espeakng-loader" in message and "apt install espeak-ng" in message
    assert list(folder.iterdir()) == []


def test_an_article_no_voice_speaks_fails_with_the_engines_reason(qtbot, ex):
    ex.reader.show_article_obj(
        Article("Zzz", [Block(BlockKind.PARAGRAPH, "Zzz zz.")], language="zz")
    )
    assert ex.controller.engine.voice_for_language("zz") is None  # else pick another code
    path = ex.folder / "none.wav"
    dialog = export(qtbot, ex, path, subtitles=True)
    message = dialog.last_message
    assert message.startswith("Audio export failed: No eSpeak NG voice speaks")
    assert "«zz»" in message and "espeak-ng" in message
    assert ex.announcer.last_message == message
    assert dialog.last_result is None and list(ex.folder.iterdir()) == []


@pytest.mark.parametrize("vowels", [True, False])
def test_the_export_runs_off_the_gui_thread_with_the_read_aloud_voice(
    qtbot, ex, monkeypatch, vowels
):
    calls = []
    real = export_audio.export_utterances

    def recording(utterances, out_path, vtt_path=None, **kw):
        calls.append(SimpleNamespace(thread=threading.get_ident(), **kw))
        return real(utterances, out_path, vtt_path, **kw)

    monkeypatch.setattr(export_audio, "export_utterances", recording)
    ex.controller.set_rate(300)
    ex.controller.set_diacritize(vowels)
    path = ex.folder / "thread.wav"
    dialog = export(qtbot, ex, path, subtitles=False)
    assert dialog.last_result.path == path and path.exists()
    assert len(calls) == 1
    call = calls[0]
    assert call.thread != threading.get_ident()
    assert call.rate == 300 and call.voice == ex.controller.voice and call.voice.speaks("ar")
    assert isinstance(call.engine, PronouncingEngine)
    diacritizer = call.engine.diacritizer
    assert isinstance(diacritizer, TashkeelDiacritizer if vowels else NoDiacritizer)
    assert call.engine is not ex.controller.engine  # its own: a setting change mid-export waits
    assert call.engine.engine is ex.controller.engine.engine


def focusable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in [root, *root.findChildren(QWidget)]
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()
    ]


def alt_letters(root: QWidget) -> list[str]:
    letters = []
    for w in root.findChildren(QWidget):
        labelled = isinstance(w, QLabel) and w.buddy() is not None
        if (labelled or isinstance(w, QAbstractButton)) and w.isVisible():
            shortcut = QKeySequence.mnemonic(w.text())
            if not shortcut.isEmpty():
                letters.append(shortcut.toString())
    return letters


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_control_is_named_and_has_its_own_alt_letter(qtbot, qapp, ex, language):
    i18n.install(qapp, language)  # the english fixture restores English
    dialog = ex.open()
    qtbot.waitExposed(dialog)
    controls = focusable(dialog)
    assert {dialog.path, dialog.browse, dialog.subtitles, dialog.export_button} <= set(controls)
    for widget in controls:
        name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        assert name.strip(), widget.objectName()
    assert dialog.progress.accessibleName()
    letters = alt_letters(dialog)
    assert len(letters) == 7 and len(set(letters)) == 7, letters
    if language == "ar":
        assert re.search("[\u0600-\u06ff]", dialog.windowTitle())
        assert re.search("[\u0600-\u06ff]", dialog.export_button.text())


def test_ctrl_shift_e_in_the_main_window_exports_with_the_keyboard(qtbot, store, tmp_path, english):
    """The registry's action opens the dialog on the article shown; a typed path and Enter
    export it; closing the window mid-export waits for the worker and leaves no file."""
    from desktop.bundled import ensure_bundled_library
    from desktop.ui.main_window import MainWindow

    ensure_bundled_library(store)
    window = MainWindow(store)
    try:
        window.show()
        qtbot.waitExposed(window)
        window.open_initial()
        action = window.registry["export_audio"]
        assert action.shortcut().toString() == "Ctrl+Shift+E"
        assert action in window.menus["speech"].actions() and action.isEnabled()
        action.trigger()
        dialog = window.findChild(ExportAudioDialog)
        assert dialog is not None and dialog.isVisible()
        assert window.reader.article.title in dialog.article_label.text()
        folder = tmp_path / "out"
        folder.mkdir()
        path = folder / "typed"  # no suffix: the default format's is added
        dialog.path.setText(str(path))
        with qtbot.waitSignal(dialog.finishedWith, timeout=TIMEOUT):
            qtbot.keyClick(dialog.path, Qt.Key.Key_Return)  # the default button: Export
        done = dialog.last_result.path
        assert done is not None and done.stem == "typed" and done.suffix in (".mp3", ".wav")
        assert window.announcer.last_message.startswith(f"Audio saved to «{done.name}»")
        qtbot.waitUntil(lambda: not dialog.is_running(), timeout=TIMEOUT)
        # Again into a new file, and close the window at once.
        dialog.path.setText(str(folder / "closing.wav"))
        job = dialog.start()
        assert job is not None
        window.close()
        assert not job.thread.isRunning()
        # Cancelled, or finished just before the cancel: never half a file or a temporary one.
        assert not [p.name for p in folder.iterdir() if p.name.startswith(".")]
        closing = folder / "closing.wav"
        if closing.exists():
            with wave.open(str(closing), "rb") as wav:
                assert wav.getnframes() > 0
    finally:
        window.close()
        window.deleteLater()


def test_a_name_browsed_without_an_extension_is_asked_about_before_replacing(
    qtbot, ex, monkeypatch
):
    """The save dialog asked about «talk»; the export writes «talk.mp3», which it never
    asked about: that one is asked about before it is replaced."""
    existing = ex.folder / f"talk.{export_audio.default_format()}"
    existing.write_bytes(b"an earlier recording")
    asked: list = []
    dialog = open_dialog(
        ex.controller,
        ex.window,
        ex.announcer,
        None,
        choose_path=lambda _parent, _suggested: str(ex.folder / "talk"),
        confirm_replace=lambda _parent, paths: asked.append(list(paths)) or False,
    )
    dialog.browse.click()
    assert dialog.path.text() == str(existing)
    assert dialog.start() is None  # the user said no
    assert asked == [[existing]] and existing.read_bytes() == b"an earlier recording"


def test_a_bare_file_name_is_saved_in_the_dialogs_folder_not_the_working_one(
    qtbot, ex, tmp_path, monkeypatch
):
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    dialog = ex.open()
    store = dialog.store
    store.set_setting("export.folder", str(ex.folder))
    dialog.path.setText("حديث.wav")
    with qtbot.waitSignal(dialog.finishedWith, timeout=TIMEOUT):
        assert dialog.start() is not None
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=TIMEOUT)
    assert (ex.folder / "حديث.wav").is_file() and not list(elsewhere.iterdir())
    assert store.get_setting("export.folder") == str(ex.folder)


def test_the_status_line_is_a_tab_stop_only_once_it_says_something(qtbot, ex):
    dialog = ex.open()
    dialog._set_status("")
    assert not dialog.status.focusPolicy() & Qt.FocusPolicy.TabFocus
    dialog._set_status("Audio saved.")
    assert dialog.status.focusPolicy() & Qt.FocusPolicy.TabFocus
