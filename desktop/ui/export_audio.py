"""Export Audio…: the article on screen, or its selection, to a WAV or MP3 file (the format
follows the file name) with optional WebVTT subtitles, one cue per sentence.

Why a small non-modal dialog rather than a status-bar bar like imports: an export needs three
choices before it starts (what, where, subtitles or not), and a dialog keeps them, the progress
bar, Cancel and the outcome together in one place a screen reader can walk with Tab. The
window stays usable meanwhile; the outcome is also announced through the window's Announcer.

The audio is what Read Aloud says: the same engine, voice and speed as the read-aloud
controller, vowels restored by the ``speech.diacritize`` setting (a ``PronouncingEngine`` of its
own, so switching the setting mid-export changes nothing), the selection cut into sentences by
``ReadAloudController.selected_utterances``. Synthesis runs on a worker thread
(``ExportAudioJob``, the pattern of ``import_worker.ImportJob``); ``export.py`` writes to a
temporary file and moves it into place only when complete, so a cancel leaves no file.

Public API: ``open_dialog(controller, parent, announcer=None, store=None)`` (the window's
handler for ``controller.exportRequested``), ``ExportAudioDialog``, ``ExportAudioJob``,
``ExportRequest``, ``duration_text``.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QStandardPaths,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.model import Article
from desktop.tts import EngineUnavailable, ExportError, ExportResult, Utterance, article_utterances
from desktop.tts.diacritizer import PronouncingEngine, get_diacritizer
from desktop.tts.engine import SpeechEngine, Voice
from desktop.tts.export import FORMATS, export_utterances
from desktop.ui.background_job import BackgroundJob
from desktop.ui.focus_frame import FramedCheckBox, FramedPushButton, FramedRadioButton

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

FOLDER_KEY = "export.folder"  # where the last export went
SUBTITLES_KEY = "export.subtitles"  # the subtitles box, as last left
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class ExportRequest:
    """Everything the worker needs, gathered on the GUI thread (it touches no widget, no
    store). ``engine`` is the bare engine; the worker wraps it to restore vowels."""

    utterances: Sequence[Utterance]
    path: Path
    vtt_path: Path | None
    language: str
    engine: SpeechEngine
    voice: Voice | None
    rate: int
    diacritize: bool


class ExportAudioWorker(QObject):
    """Lives on its own QThread. ``progress(done, total)`` after each sentence;
    ``done(result, note)`` at the end, also after a cancel (``result.cancelled``), ``note``
    saying why vowels were not restored ("" when they were or the setting is off);
    ``failed(message)`` when nothing could be written (no voice, bad folder, no MP3 encoder)."""

    progress = Signal(int, int)
    done = Signal(object, str)
    failed = Signal(str)

    def __init__(self, request: ExportRequest) -> None:
        super().__init__()
        self.request = request
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Thread-safe: the export stops before its next sentence."""
        self._cancel.set()

    def run(self) -> None:
        r = self.request
        try:
            # The vowel model loads here (about 0.2 s the first time), not on the GUI thread.
            diacritizer = get_diacritizer(r.diacritize)
            engine = PronouncingEngine(r.engine, diacritizer)
            result = export_utterances(
                r.utterances,
                r.path,
                r.vtt_path,
                language=r.language,
                engine=engine,
                voice=r.voice,
                rate=r.rate,
                on_progress=self.progress.emit,
                should_cancel=self._cancel.is_set,
            )
        except (ExportError, EngineUnavailable) as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug must not take the window down; say what happened
            log.exception("audio export failed")
            self.failed.emit(str(exc) or type(exc).__name__)
        else:
            self.done.emit(result, getattr(diacritizer, "reason", ""))


class ExportAudioJob(BackgroundJob):
    """One export: a worker on its own thread, cleaned up when it ends. Signals are re-emitted
    here so the dialog connects once and need not know about threads."""

    progress = Signal(int, int)
    done = Signal(object, str)
    failed = Signal(str)

    def __init__(self, request: ExportRequest, parent: QObject | None = None) -> None:
        super().__init__(ExportAudioWorker(request), "qari-export-audio", parent)
        self.worker.progress.connect(self.progress)
        self.worker.done.connect(self.done)
        self.worker.failed.connect(self.failed)


# --- texts ----------------------------------------------------------------------------------


def _number(n: int) -> str:
    return QLocale().toString(n)


def duration_text(seconds: float) -> str:
    """ "2 min 05 s" in the interface language (a label, not a plural sentence: Arabic has six
    plural forms and PySide6's lupdate marks no Python string plural)."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return (
            translate("ExportAudio", "%1 h %2 min")
            .replace("%1", _number(hours))
            .replace("%2", _number(minutes))
        )
    if minutes:
        return (
            translate("ExportAudio", "%1 min %2 s")
            .replace("%1", _number(minutes))
            .replace("%2", _number(secs))
        )
    return translate("ExportAudio", "%1 s").replace("%1", _number(secs))


def result_text(result: ExportResult, note: str = "") -> str:
    """The outcome for the dialog, the status bar and the screen reader."""
    if result.cancelled:
        return translate("ExportAudio", "Audio export cancelled; no file was written.")
    parts = [
        translate("ExportAudio", "Audio saved to «%1»: %2.")
        .replace("%1", result.path.name if result.path else "")
        .replace("%2", duration_text(result.duration))
    ]
    if result.vtt_path is not None:
        parts.append(
            translate("ExportAudio", "Subtitles saved to «%1».").replace("%1", result.vtt_path.name)
        )
    if result.skipped:
        parts.append(
            translate(
                "ExportAudio", "Sentences left out because they could not be spoken: %1."
            ).replace("%1", _number(len(result.skipped)))
        )
    if note:
        parts.append(translate("ExportAudio", "Vowels were not restored: %1").replace("%1", note))
    return " ".join(parts)


def suggested_name(article: Article) -> str:
    """The headline as a file name: characters no file system takes removed, kept short."""
    name = " ".join(_UNSAFE.sub(" ", article.title or "").split())[:80].strip(" .")
    return name or translate("ExportAudio", "article")


def default_format() -> str:
    """MP3 when its encoder is installed (ten times smaller), else WAV."""
    try:
        import lameenc  # noqa: F401
    except ImportError:
        return "wav"
    return "mp3"


def _ask_path(parent: QWidget, suggested: str) -> str:
    """The save dialog. It adds the extension of the type chosen to a name typed without one
    before it asks about replacing a file, so the name it returns is the one it asked about
    («talk» as MP3 is «talk.mp3», and it asks if that exists)."""
    types = {
        translate("ExportAudio", "Audio (*.mp3 *.wav)"): default_format(),
        translate("ExportAudio", "MP3 audio (*.mp3)"): "mp3",
        translate("ExportAudio", "WAV audio (*.wav)"): "wav",
    }
    dialog = QFileDialog(parent, translate("ExportAudio", "Export Audio"), suggested)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilters(list(types))
    dialog.setDefaultSuffix(default_format())
    dialog.filterSelected.connect(lambda chosen: dialog.setDefaultSuffix(types.get(chosen, "")))
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


def _ask_replace(parent: QWidget, paths: Sequence[Path]) -> bool:
    names = "\n".join(str(p) for p in paths)
    answer = QMessageBox.question(
        parent,
        translate("ExportAudio", "Export Audio"),
        translate("ExportAudio", "Replace these files?\n%1").replace("%1", names),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


# --- the dialog -----------------------------------------------------------------------------


class ExportAudioDialog(QDialog):
    """What to export, where, subtitles or not; then progress, Cancel and the outcome.

    ``choose_path(parent, suggested) -> str`` asks for the file ("" when the user gives up) and
    ``confirm_replace(parent, paths) -> bool`` asks before overwriting files typed by hand;
    both are modal, so tests (offscreen, nobody to answer) pass their own.

    ``finishedWith(text)`` when an export ends (done, cancelled or failed), with the message
    shown and announced.
    """

    finishedWith = Signal(str)

    def __init__(
        self,
        controller,
        parent: QWidget | None = None,
        *,
        announcer=None,
        store=None,
        choose_path: Callable[[QWidget, str], str] = _ask_path,
        confirm_replace: Callable[[QWidget, Sequence[Path]], bool] = _ask_replace,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportAudioDialog")
        self.setWindowTitle(translate("ExportAudio", "Export Audio"))
        self.setAccessibleName(translate("ExportAudio", "Export Audio"))
        self.setModal(False)
        self.controller = controller
        self.announcer = announcer
        self.store = store
        self.choose_path = choose_path
        self.confirm_replace = confirm_replace
        self.job: ExportAudioJob | None = None
        self.last_message = ""
        self.last_result: ExportResult | None = None
        self._article: Article | None = None
        self._selection: list[Utterance] | None = None
        self._chosen = ""  # a path the save dialog already confirmed replacing

        self.article_label = QLabel(self)
        self.article_label.setObjectName("exportAudioArticle")
        self.article_label.setWordWrap(True)

        self.what = QGroupBox(translate("ExportAudio", "What to export"), self)
        self.what.setObjectName("exportAudioWhat")
        self.whole = FramedRadioButton(translate("ExportAudio", "The whole &article"), self.what)
        self.whole.setObjectName("exportAudioWhole")
        self.selected = FramedRadioButton(self.what)
        self.selected.setObjectName("exportAudioSelection")
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.selected)
        box = QVBoxLayout(self.what)
        box.addWidget(self.whole)
        box.addWidget(self.selected)

        self.path = QLineEdit(self)
        self.path.setObjectName("exportAudioPath")
        self.path.setAccessibleName(translate("ExportAudio", "Audio file"))
        self.path.setAccessibleDescription(
            translate("ExportAudio", "A name ending in .mp3 or .wav chooses the format")
        )
        self.path.setToolTip(self.path.accessibleDescription())
        self.path.textEdited.connect(self._path_edited)
        file_label = QLabel(translate("ExportAudio", "&File:"), self)
        file_label.setBuddy(self.path)
        self.browse = FramedPushButton(translate("ExportAudio", "&Browse…"), self)
        self.browse.setObjectName("exportAudioBrowse")
        self.browse.setAccessibleName(translate("ExportAudio", "Choose the audio file"))
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self.browse_path)

        self.subtitles = FramedCheckBox(
            translate("ExportAudio", "Also save s&ubtitles (WebVTT) beside it"), self
        )
        self.subtitles.setObjectName("exportAudioSubtitles")
        self.subtitles.setAccessibleDescription(
            translate("ExportAudio", "A .vtt file with the time of every sentence")
        )
        self.subtitles.setChecked(self._setting(SUBTITLES_KEY, False) is True)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportAudioProgress")
        self.progress.setAccessibleName(translate("ExportAudio", "Export progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)

        self.status = QLabel(self)
        self.status.setObjectName("exportAudioStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        # Tab reaches it to read the outcome again, once there is one (_set_status): empty, it
        # was a stop where the focus vanished and a screen reader said only its name.
        self.status.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.status.setAccessibleName(translate("ExportAudio", "Export status"))

        self.export_button = FramedPushButton(translate("ExportAudio", "&Export"), self)
        self.export_button.setObjectName("exportAudioStart")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = FramedPushButton(translate("ExportAudio", "&Cancel Export"), self)
        self.cancel_button.setObjectName("exportAudioCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = FramedPushButton(translate("ExportAudio", "Close"), self)
        self.close_button.setObjectName("exportAudioClose")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)

        grid = QGridLayout()
        grid.addWidget(file_label, 0, 0)
        grid.addWidget(self.path, 0, 1)
        grid.addWidget(self.browse, 0, 2)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.export_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        column = QVBoxLayout(self)
        column.addWidget(self.article_label)
        column.addWidget(self.what)
        column.addLayout(grid)
        column.addWidget(self.subtitles)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

        if parent is not None:
            # The window closing mid-export: stop and wait, so no thread outlives its objects
            # and nothing is written after the window let go of the store.
            parent.installEventFilter(self)
        self._set_running(False)

    # --- preparing ---------------------------------------------------------------------------

    def prepare(self) -> bool:
        """Take the controller's article and selection now. False (and says why) when there
        is nothing to export or no voice to do it with."""
        if self.is_running():
            return True  # the dialog shows the export under way
        c = self.controller
        if not c.available:
            self._say(
                translate("ExportAudio", "Audio export is not available: %1").replace(
                    "%1", c.unavailable_reason
                ),
                assertive=True,
            )
            return False
        article = c.reader.article
        if article is None:
            self._say(translate("ExportAudio", "Open an article to export it as audio."))
            return False
        if article is not self._article:
            self._article = article
            self._chosen = ""
            self.path.setText(
                str(self._default_folder() / f"{suggested_name(article)}.{default_format()}")
            )
        about = translate("ExportAudio", "Article: %1").replace("%1", article.title)
        self.article_label.setText(about)
        self.setAccessibleDescription(about)  # read with the dialog's name when it opens
        self._selection = c.selected_utterances() or None
        count = len(self._selection) if self._selection else 0
        self.selected.setText(
            translate("ExportAudio", "Only the &selected text (sentences: %1)").replace(
                "%1", _number(count)
            )
            if count
            else translate("ExportAudio", "Only the &selected text (nothing is selected)")
        )
        self.selected.setEnabled(bool(count))
        # As Play does: a selection is what is meant, when there is one.
        (self.selected if count else self.whole).setChecked(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.resetFormat()
        self._set_status("")
        return True

    def _default_folder(self) -> Path:
        for candidate in (
            self._setting(FOLDER_KEY, ""),
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.MusicLocation),
            str(Path.home()),
        ):
            if isinstance(candidate, str) and candidate and Path(candidate).is_dir():
                return Path(candidate)
        return Path.cwd()

    # --- choosing the file -------------------------------------------------------------------

    @Slot()
    def browse_path(self) -> None:
        chosen = self.choose_path(self, self.path.text())
        if chosen:
            path = self._with_suffix(Path(chosen))
            self.path.setText(str(path))
            # The save dialog asked about replacing the name it returned, not another one.
            self._chosen = str(path) if str(path) == chosen else ""
        self.path.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def _path_edited(self, _text: str) -> None:
        self._chosen = ""

    @staticmethod
    def _with_suffix(path: Path) -> Path:
        """A name without an extension gets the default format's."""
        return path if path.suffix else path.with_name(f"{path.name}.{default_format()}")

    # --- running -----------------------------------------------------------------------------

    @Slot()
    def start(self) -> ExportAudioJob | None:
        """Start exporting with what the dialog shows; None (and says why) if it cannot."""
        if self.is_running():
            return None
        c = self.controller
        article = self._article
        if article is None or c.engine is None:
            self.prepare()
            return None
        text = self.path.text().strip()
        if not text:
            self._say(translate("ExportAudio", "Choose a file to save the audio in."))
            self.path.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        path = self._with_suffix(Path(text).expanduser())
        if not path.is_absolute():  # a bare name goes where the field's folder was
            path = self._default_folder() / path
        if path.suffix.lower().lstrip(".") not in FORMATS:
            self._say(
                translate("ExportAudio", "Use a file name ending in .mp3 or .wav."),
                assertive=True,
            )
            self.path.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        self.path.setText(str(path))
        vtt = path.with_suffix(".vtt") if self.subtitles.isChecked() else None
        existing = [p for p in (path, vtt) if p is not None and p.exists()]
        if str(path) == self._chosen:  # the save dialog asked about the audio file already
            existing = [p for p in existing if p != path]
        if existing and not self.confirm_replace(self, existing):
            return None
        if self.selected.isChecked() and self._selection:
            utterances = list(self._selection)
        else:
            utterances = article_utterances(article, include_credits=c.read_credits)
        if not utterances:
            self._say(translate("ExportAudio", "There is nothing to read aloud here."))
            return None
        same = c.article is article  # the controller's voice is this article's
        voice = c.voice if same else c.engine.voice_for_language(article.language or "ar")
        request = ExportRequest(
            utterances=utterances,
            path=path,
            vtt_path=vtt,
            language=article.language or "ar",
            engine=c.engine.engine,  # the bare engine; the worker restores vowels itself
            voice=voice,
            rate=c.rate,
            diacritize=c.diacritize,
        )
        self._save(FOLDER_KEY, str(path.parent))
        self._save(SUBTITLES_KEY, self.subtitles.isChecked())
        job = ExportAudioJob(request, self)
        self.job = job
        self.last_result = None
        job.progress.connect(self._on_progress)
        job.done.connect(self._on_done)
        job.failed.connect(self._on_failed)
        job.finished.connect(self._on_finished)
        self.progress.setRange(0, len(utterances))
        self.progress.setValue(0)
        self._on_progress(0, len(utterances))
        self._set_running(True)
        self._say(translate("ExportAudio", "Exporting audio…"))
        job.start()
        return job

    @Slot()
    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self._say(translate("ExportAudio", "Cancelling the export…"))

    def is_running(self) -> bool:
        return self.job is not None

    def shutdown(self) -> None:
        """Cancel and wait for the worker (the window is closing)."""
        if self.job is not None:
            job = self.job
            job.cancel()
            job.wait()
            job.progress.disconnect(self._on_progress)
            job.done.disconnect(self._on_done)
            job.failed.disconnect(self._on_failed)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        self.progress.setFormat(
            translate("ExportAudio", "Sentence %1 of %2")
            .replace("%1", _number(done))
            .replace("%2", _number(total))
        )

    @Slot(object, str)
    def _on_done(self, result: ExportResult, note: str) -> None:
        self.last_result = result
        text = result_text(result, note)
        self._say(text, assertive=bool(result.skipped))
        self.finishedWith.emit(text)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        text = translate("ExportAudio", "Audio export failed: %1").replace("%1", message)
        self._say(text, assertive=True)
        self.finishedWith.emit(text)

    @Slot()
    def _on_finished(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self._set_running(False)
        if self.isVisible():
            self.status.setFocus(Qt.FocusReason.OtherFocusReason)  # where the outcome is

    def _set_running(self, running: bool) -> None:
        for widget in (self.what, self.path, self.browse, self.subtitles, self.export_button):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        if running:
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- closing -----------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape while exporting cancels the export; otherwise it closes the dialog."""
        if self.is_running():
            self.cancel()
        else:
            super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.cancel()  # closing the dialog gives the export up; the outcome is announced
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.shutdown()
        return super().eventFilter(watched, event)

    # --- helpers -----------------------------------------------------------------------------

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setToolTip(text)
        self.status.setAccessibleDescription(text)
        self.status.setFocusPolicy(Qt.FocusPolicy.StrongFocus if text else Qt.FocusPolicy.NoFocus)

    def _say(self, text: str, *, assertive: bool = False) -> None:
        self.last_message = text
        self._set_status(text)
        if self.announcer is not None:
            self.announcer.announce(text, assertive=assertive)

    def _setting(self, key: str, default):
        return self.store.get_setting(key, default) if self.store is not None else default

    def _save(self, key: str, value) -> None:
        if self.store is not None:
            self.store.set_setting(key, value)


def open_dialog(
    controller, parent: QWidget, announcer=None, store=None, **kwargs
) -> ExportAudioDialog | None:
    """Show the window's export dialog (one per window, kept between exports) for the article
    and selection on screen now; None, having said why, when there is nothing to export."""
    dialog = parent.findChild(ExportAudioDialog, "exportAudioDialog")
    if dialog is None:
        dialog = ExportAudioDialog(controller, parent, announcer=announcer, store=store, **kwargs)
    if not dialog.prepare():
        return None
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    if not dialog.is_running():
        (dialog.selected if dialog.selected.isChecked() else dialog.whole).setFocus(
            Qt.FocusReason.OtherFocusReason
        )
    return dialog


__all__ = [
    "ExportAudioDialog",
    "ExportAudioJob",
    "ExportAudioWorker",
    "ExportRequest",
    "duration_text",
    "open_dialog",
    "result_text",
]
