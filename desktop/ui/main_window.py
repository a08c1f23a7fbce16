"""The main window: library on one side, the article on the other, and the wiring between them.

Children never reach each other: the library says which article to open, the reader says where
the user is, and this window saves reading positions, runs imports, applies typography and
announces what changed. Every command comes from the action registry (``actions.py``).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QRect,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QColor, QDragEnterEvent, QDropEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.importers.web_address import is_web_address, typed_web_address
from desktop.model import Position
from desktop.notes import Notes
from desktop.store import Store
from desktop.ui import i18n, notes_actions, read_aloud
from desktop.ui.actions import Registry, action_specs, plain_text
from desktop.ui.announcer import Announcer
from desktop.ui.focus_frame import FramedPushButton, set_focus_colour
from desktop.ui.highlight_controller import HighlightController, NotesContext
from desktop.ui.import_worker import (
    ImportJob,
    failure_details,
    summary_text,
    with_something_left_out,
)
from desktop.ui.library_pane import LibraryPane
from desktop.ui.read_aloud_bar import ReadAloudBar
from desktop.ui.reader_view import ReaderView
from desktop.ui.themes import Theme, get_theme
from desktop.ui.typography import Typography

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from desktop.import_service import ImportSummary
    from desktop.ui.notes_panel import NotesPanel

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

SAVE_DELAY_MS = 700  # a scroll burst becomes one write
SETTING_GEOMETRY = "window.geometry"
SETTING_STATE = "window.state"
SETTING_SPLITTER = "window.splitter"
SETTING_STATE_DIRECTION = "window.state_direction"  # the layout direction the state was saved in
SETTING_LAST_ARTICLE = "library.last_article"
LINE_SPACING_STEP = 0.1
WIDTH_STEP = 10
ARTICLE_FILES = "*.txt *.text *.html *.htm *.xhtml *.mhtml *.mht *.webarchive"

_platform_palette: list[QPalette] = []  # the palette before any theme, for going back to light


def _direction_name() -> str:
    return "rtl" if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"


class _FirstPaint(QObject):
    """Tells its window (its Qt parent) when the article is first painted. A module-level
    class reaching the window through its parent: one defined in the method, closing over the
    window, kept every window a language change replaced alive, with its whole library list
    (about 8 MB a change at 10,000 articles)."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            window = self.parent()
            QTimer.singleShot(0, window, window._finish_start)
        return False


class MainWindow(QMainWindow):
    """``languageChangeRequested(code)`` asks the app to rebuild the window in another language
    (Qt cannot retranslate widgets it did not build from .ui files, so a rebuild is simplest and
    always complete); ``libraryLoaded`` once the article list is filled."""

    languageChangeRequested = Signal(str)
    libraryLoaded = Signal()

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, defer_library: bool = False
    ) -> None:
        """``defer_library``: fill the article list only after the article is first painted
        (app start-up: the list of a large library costs more than the article)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.store = store
        self.article_id: int | None = None
        self._dirty = False  # the reading position moved since it was last saved
        self._import: ImportJob | None = None
        self._closed = False
        self._pending_language: str | None = None  # chosen while an import ran (set_language)
        self.import_summary_box = None  # the last import's failures, while shown
        self._start_finished = False  # see _finish_start

        self.setWindowTitle(translate("MainWindow", "Qari"))
        self.setAccessibleName(translate("MainWindow", "Qari"))
        self.setAcceptDrops(True)

        self.library = LibraryPane(store, self, load=not defer_library)
        self.reader = ReaderView(store, self)
        self.reader.setObjectName("readerView")
        self._size_said = self.reader.typography.size  # the text size last announced
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.read_aloud = read_aloud.ReadAloudController(
            self.reader, store, self, defer_engine=defer_library
        )
        reader_box = QWidget(self)
        reader_box.setObjectName("readerBox")
        column = QVBoxLayout(reader_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.reader, 1)
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(reader_box)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.notes = NotesContext(Notes(store), self)
        self.highlights = HighlightController(self.notes, self.reader, self)
        self._notes_panel: NotesPanel | None = None  # made when the dock is first shown
        self.notes_dock = QDockWidget(translate("MainWindow", "Notes"), self)
        self.notes_dock.setObjectName("notesDock")
        self.notes_dock.setAccessibleName(translate("MainWindow", "Notes of this article"))
        self.addDockWidget(self._dock_sides()[0], self.notes_dock)
        self.notes_dock.hide()
        self.notes_view = None  # the library-wide notes window, made when first asked for

        self.registry = Registry(
            self,
            action_specs() + read_aloud.action_specs() + notes_actions.action_specs(),
            {
                read_aloud.MENU: read_aloud.menu_title(),
                notes_actions.MENU: notes_actions.menu_title(),
            },
        )
        self.menus = self.registry.build_menus(self.menuBar())
        self.read_aloud.bind_actions(
            {spec.name: self.registry[spec.name] for spec in read_aloud.action_specs()}
        )
        self.read_aloud_bar = ReadAloudBar(self.read_aloud, self.read_aloud.actions, self)
        column.addWidget(self.read_aloud_bar)
        self.toolbar = QToolBar(translate("MainWindow", "Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setAccessibleName(translate("MainWindow", "Main toolbar"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.registry.build_toolbar(self.toolbar)
        self.addToolBar(self.toolbar)
        # Files dropped anywhere import; children that would take the drop as text refuse it,
        # so it reaches this window.
        for widget in (
            self.library.search,
            self.library.list,
            self.library.list.viewport(),
            self.reader.browser,
            self.reader.browser.viewport(),
        ):
            widget.setAcceptDrops(False)
        # Delete works where the article list has focus (Del in a text field must still edit);
        # the list's context menu (right-click, Menu key, Shift+F10) offers it too.
        self.library.list.addAction(self.registry["delete_article"])
        self.library.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self._build_status_bar()
        self._connect()
        self._sync_checks()
        self._restore_window()
        self.apply_window_theme(get_theme(self.typography().theme))

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_position)
        self.reader.positionChanged.connect(self._position_changed)
        if defer_library:
            self._defer_library_load()

    # --- building ---------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusMessage")
        self.announcer = Announcer(self.status_label, self)
        bar.addWidget(self.status_label, 1)
        self.import_progress = QProgressBar(self)
        self.import_progress.setObjectName("importProgress")
        self.import_progress.setAccessibleName(translate("MainWindow", "Import progress"))
        self.import_progress.setMaximumWidth(220)
        self.import_cancel = FramedPushButton(translate("MainWindow", "C&ancel Import"), self)
        self.import_cancel.setObjectName("importCancel")
        self.import_cancel.setAccessibleName(translate("MainWindow", "Cancel import"))
        self.import_cancel.clicked.connect(self.cancel_import)
        bar.addPermanentWidget(self.import_progress)
        bar.addPermanentWidget(self.import_cancel)
        self.import_progress.hide()
        self.import_cancel.hide()

    def _connect(self) -> None:
        r = self.reader
        self.registry.connect(
            {
                "import_files": self.choose_files,
                "import_folder": self.choose_folder,
                "save_from_url": self.choose_url,
                "delete_article": self.delete_current,
                "quit": self.close,
                "search_library": self.library.focus_search,
                "find_in_article": r.open_find,
                "find_next": r.find_next,
                "find_previous": r.find_previous,
                "zoom_in": self._zoom("zoom_in"),
                "zoom_out": self._zoom("zoom_out"),
                "zoom_reset": self._zoom("zoom_reset"),
                "font_family": self.choose_font,
                "line_spacing_more": lambda: self._step("line_spacing", LINE_SPACING_STEP),
                "line_spacing_less": lambda: self._step("line_spacing", -LINE_SPACING_STEP),
                "width_more": lambda: self._step("width", WIDTH_STEP),
                "width_less": lambda: self._step("width", -WIDTH_STEP),
                "justify": lambda checked: self.set_typography(
                    self.typography().with_(justify=checked)
                ),
                "next_pane": lambda: self.cycle_pane(1),
                "previous_pane": lambda: self.cycle_pane(-1),
                "focus_library": self.library.focus_list,
                "focus_reader": self.focus_reader,
                "shortcuts_help": self.show_shortcuts,
                "menu_bar": self.open_menu_bar,
                "context_menu": self.open_context_menu,
                "notes_panel": self.show_notes_panel,
                "all_notes": self.show_all_notes,
                "undo": self.notes.undo,
                "redo": self.notes.redo,
            }
        )
        for name, slot in self.highlights.handlers().items():
            # triggered(bool) must not reach toggle_bookmark(name) as its name
            self.registry[name].triggered.connect(lambda _checked=False, slot=slot: slot())
        self.notes.announce.connect(self.announcer.announce)
        self.read_aloud.message.connect(self.announcer.announce)
        self.read_aloud.exportRequested.connect(self._export_audio)
        self.notes.changed.connect(self._notes_changed)
        self.notes.undo_stack.canUndoChanged.connect(self.registry["undo"].setEnabled)
        self.notes.undo_stack.canRedoChanged.connect(self.registry["redo"].setEnabled)
        self.registry["undo"].setEnabled(False)
        self.registry["redo"].setEnabled(False)
        self.notes_dock.visibilityChanged.connect(self._notes_dock_shown)
        for action in self.registry.in_group("theme"):
            action.triggered.connect(lambda _checked=False, a=action: self.set_theme(a.data()))
        for action in self.registry.in_group("language"):
            action.triggered.connect(lambda _checked=False, a=action: self.set_language(a.data()))
        self.library.articleActivated.connect(self.open_article)
        self.library.countChanged.connect(self._count_changed)
        self.library.searchFailed.connect(
            lambda why: self.announcer.announce(
                translate("MainWindow", "The search failed: %1").replace("%1", why),
                assertive=True,
            )
        )
        r.articleShown.connect(self._article_shown)
        r.typographyChanged.connect(self._typography_changed)
        r.contextMenuRequested.connect(self._add_note_entries)
        r.find_bar.resultChanged.connect(lambda text: self.announcer.announce(text, show=False))

    def open_context_menu(self) -> None:
        """Shift+F10, which GNOME and Windows apps take for the Menu key (many keyboards have
        none): the focused widget gets the event the Menu key gives it, at the same place
        (Qt's: the caret or current item, else the widget's middle)."""
        from PySide6.QtGui import QContextMenuEvent

        widget = QApplication.focusWidget()
        if widget is None or not self.isAncestorOf(widget):
            return
        pos = widget.rect().center()
        if widget.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled):
            caret = widget.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
            if isinstance(caret, QRect | QRectF) and caret.isValid():
                pos = caret.toRect().center() if isinstance(caret, QRectF) else caret.center()
        event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, widget.mapToGlobal(pos))
        QApplication.sendEvent(widget, event)

    def _add_note_entries(self, menu: QMenu, _position: int) -> None:
        """The notes commands in the reader's context menu, after read aloud's. They act at
        the caret or on the selection; a right-click has just put the caret where it was."""
        menu.addSeparator()
        for name in ("highlight", "edit_note", "remove_highlight", "toggle_bookmark"):
            menu.addAction(self.registry[name])

    def _export_audio(self) -> None:
        from desktop.ui import export_audio  # audio export loads when first asked for

        export_audio.open_dialog(self.read_aloud, self, self.announcer, self.store)

    def _sync_checks(self) -> None:
        t = self.typography()
        self.registry["justify"].setChecked(t.justify)
        self.registry[f"theme_{t.theme}"].setChecked(True)
        language = self.store.get_setting(i18n.SETTING_KEY, "system")
        if language not in i18n.CHOICES:
            language = "system"
        self.registry[f"language_{language}"].setChecked(True)

    def _restore_window(self) -> None:
        geometry = self.store.get_setting(SETTING_GEOMETRY)
        restored = False
        if isinstance(geometry, str) and geometry.isascii():  # base64; else hand-edited
            restored = self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        if not restored:
            available = self.screen().availableGeometry()
            self.resize(
                min(1100, int(available.width() * 0.9)), min(720, int(available.height() * 0.9))
            )
        state = self.store.get_setting(SETTING_STATE)
        if isinstance(state, str) and state.isascii():
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))
            # Saved in the other language's direction, the notes would sit beside the library;
            # in the same direction, where the user put them is where they stay.
            saved = self.store.get_setting(SETTING_STATE_DIRECTION)
            article_side, library_side = self._dock_sides()
            if saved != _direction_name() and self.dockWidgetArea(self.notes_dock) == library_side:
                self.addDockWidget(article_side, self.notes_dock)
            if not self.notes_dock.isHidden():
                self.notes_panel  # noqa: B018 - the dock was left open: it needs its panel
        sizes = self.store.get_setting(SETTING_SPLITTER)
        self._default_split = not (
            isinstance(sizes, list)
            and len(sizes) == 2
            and all(isinstance(s, int) and 0 <= s <= 100_000 for s in sizes)
        )
        if not self._default_split:
            self.splitter.setSizes(sizes)

    @staticmethod
    def _dock_sides() -> tuple[Qt.DockWidgetArea, Qt.DockWidgetArea]:
        """(beside the article, beside the library). Qt mirrors the splitter for Arabic but
        not the dock areas, so which is which depends on the direction."""
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return (left, right) if rtl else (right, left)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._default_split:
            # First run: a third of the window for the library, at least ~32 characters wide
            # in the interface font (so 200% text still fits the search box and titles).
            self._default_split = False
            width = self.splitter.width()
            library = max(width // 3, self.fontMetrics().averageCharWidth() * 32)
            library = min(library, width // 2)
            self.splitter.setSizes([library, width - library])

    def save_window(self) -> None:
        self.store.set_setting(
            SETTING_GEOMETRY, bytes(self.saveGeometry().toBase64()).decode("ascii")
        )
        self.store.set_setting(SETTING_STATE, bytes(self.saveState().toBase64()).decode("ascii"))
        self.store.set_setting(SETTING_STATE_DIRECTION, _direction_name())
        self.store.set_setting(SETTING_SPLITTER, self.splitter.sizes())

    # --- articles ---------------------------------------------------------------------------

    def open_initial(self) -> None:
        """Open the article read last (or, on a fresh library, the first in the list), with
        the keyboard focus in it: the arrow keys read on, and a screen reader starts with the
        article, not with the first field of the window (the search box)."""
        if self._open_initial_article():
            self.focus_reader()

    def _open_initial_article(self) -> bool:
        last = self.store.get_setting(SETTING_LAST_ARTICLE)
        if isinstance(last, int) and self.open_article(last, announce=False):
            return True
        self.load_library()
        recent = self.store.list_articles(sort="last_read")
        candidates = [recent[0].id] if recent and recent[0].last_read else []
        return any(
            self.open_article(article_id, announce=False)
            for article_id in [*candidates, *self.library.model.ids()[:1]]
        )

    def load_library(self) -> None:
        """Fill the article list if it is not filled yet (see ``defer_library``)."""
        if self.library.loaded or self._closed:
            return
        self.library.refresh()
        if self.article_id is not None:
            self.library.select_article(self.article_id)
        self.libraryLoaded.emit()

    def _defer_library_load(self) -> None:
        self._first_paint = _FirstPaint(self)
        self.reader.browser.viewport().installEventFilter(self._first_paint)
        # A window that is never painted (started minimised) still gets its list.
        QTimer.singleShot(500, self, self._finish_start)

    def _finish_start(self) -> None:
        """What start-up leaves until the article is on screen: the article list, the speech
        engine's voices, then the library's writer (sqlite-utils, so the first saved reading
        position does not stall the scrolling that caused it), each in its own turn of the
        event loop."""
        if self._closed or self._start_finished:
            return
        self._start_finished = True
        self.load_library()
        QTimer.singleShot(0, self.read_aloud, self.read_aloud.load_engine)
        QTimer.singleShot(0, self, lambda: self._closed or self.store.db)

    def open_article(self, article_id: int, *, announce: bool = True) -> bool:
        if article_id == self.article_id:
            return True
        self.save_position()
        try:
            self.reader.show_article(article_id)
        except KeyError:
            if announce:  # a user's choice that vanished (start-up falls back quietly)
                self.library.refresh()
                self.announcer.announce(
                    translate("MainWindow", "That article is no longer in the library."),
                    assertive=True,
                )
            return False
        self.article_id = article_id
        self.library.open_article_id = article_id
        state = self.store.reading_state(article_id)
        if state is not None:
            self.reader.restore_position(state.position)
        self._save_timer.stop()
        self._dirty = False
        self.store.set_setting(SETTING_LAST_ARTICLE, article_id)
        self.library.select_article(article_id)
        self._update_title()
        if announce:
            self.announcer.announce(translate("MainWindow", "Article opened"))
        return True

    def _article_shown(self, article_id: int) -> None:
        # The reader may show an article on its own (a link, a restore); keep the title right.
        if article_id != self.article_id:
            self.article_id = article_id
            self.library.open_article_id = article_id
        self._update_title()
        if self._notes_panel is not None:
            article = self.reader.article
            self._notes_panel.set_article(article_id, article.direction if article else None)

    def _update_title(self) -> None:
        app_name = translate("MainWindow", "Qari")
        title = ""
        if self.article_id is not None:
            with contextlib.suppress(KeyError):
                title = self.store.summary(self.article_id).title
        self.setWindowTitle(f"{title} — {app_name}" if title else app_name)

    def _position_changed(self, _position: Position | None = None) -> None:
        if self.article_id is not None and not self._closed:
            self._dirty = True
            self._save_timer.start()

    def save_position(self) -> None:
        """Write the reader's position and progress now, if they moved since the last save."""
        self.reader.flush_position()  # a move still inside the reader's scroll delay counts
        self._save_timer.stop()
        if self.article_id is None or not self._dirty:
            return
        self._dirty = False
        try:
            self.store.save_reading_state(
                self.article_id, self.reader.current_position(), self.reader.progress()
            )
        except Exception:  # noqa: BLE001 - the article may have been deleted meanwhile
            return
        self.library.update_article(self.article_id)

    def delete_current(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs load when used

        # The list's article where the list has the focus (its Delete key), else the one
        # being read (File > Delete Article from the reader).
        article_id = self.library.current_article_id()
        if not self.library.list.hasFocus() and self.article_id is not None:
            article_id = self.article_id
        if article_id is None:
            self.announcer.announce(translate("MainWindow", "No article selected."))
            return
        try:
            summary = self.store.summary(article_id)
        except KeyError:
            self.library.refresh()
            return
        if self.store.note_count(article_id):
            # Never lose notes silently: this asks, and offers to export them first.
            from desktop.ui.notes_view import confirm_article_deletion

            if not confirm_article_deletion(self, self.notes.notes, article_id):
                return
        else:
            question = translate("MainWindow", "Delete “%1” from the library?").replace(
                "%1", i18n.isolated(summary.title)
            )
            answer = QMessageBox.question(
                self,
                translate("MainWindow", "Delete Article"),
                question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        row = self.library.model.row_of(article_id)
        if article_id == self.article_id:
            self._save_timer.stop()
            self._dirty = False
        self.store.delete_article(article_id)
        # Its notes went with it: undoing a change to them could only fail. Deleting an
        # article cannot be undone either, so the notes' undo history ends here; and what
        # lists notes (All Notes) reads them again.
        self.notes.undo_stack.clear()
        self.notes.changed.emit(article_id)
        self.library.refresh()
        # Keep the user near where they were: select the row that took the deleted one's place.
        if self.library.model.rowCount():
            row = min(max(row, 0), self.library.model.rowCount() - 1)
            self.library.list.setCurrentIndex(self.library.model.index(row))
        if article_id == self.article_id:
            self.article_id = self.library.open_article_id = None
            next_id = self.library.current_article_id()
            if next_id is not None:
                self.open_article(next_id, announce=False)
            else:  # it was the last one
                self.reader.clear()
                self._update_title()
                if self._notes_panel is not None:
                    self._notes_panel.set_article(None)
        self.announcer.announce(
            translate("MainWindow", "Deleted “%1”.").replace("%1", i18n.isolated(summary.title))
        )
        self.library.focus_list()

    def _count_changed(self, shown: int, total: int) -> None:
        if self.library.query():
            self.announcer.announce(self.library.count_text(), show=False)

    # --- import -----------------------------------------------------------------------------

    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # dialogs load when used

        files, _filter = QFileDialog.getOpenFileNames(
            self,
            translate("MainWindow", "Import Articles"),
            self._import_folder(),
            translate("MainWindow", "Articles (%1);;All files (*)").replace("%1", ARTICLE_FILES),
        )
        if files:
            self.store.set_setting("import.last_dir", str(Path(files[0]).parent))
            self.start_import(files)

    def _import_folder(self) -> str:
        """Where the import dialogs open: the last folder imported from, else home."""
        folder = self.store.get_setting("import.last_dir", "")
        return folder if isinstance(folder, str) and folder else str(Path.home())

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # dialogs load when used

        folder = QFileDialog.getExistingDirectory(
            self,
            translate("MainWindow", "Import Folder"),
            self._import_folder(),
        )
        if folder:
            self.store.set_setting("import.last_dir", folder)
            self.start_import([folder])

    def choose_url(self) -> None:
        from PySide6.QtWidgets import QInputDialog  # dialogs load when used

        url, ok = QInputDialog.getText(
            self,
            translate("MainWindow", "Save from URL"),
            translate("MainWindow", "&Web address of the article:"),
            text=_url_on_clipboard(),
        )
        if not ok or not url.strip():
            return
        address = typed_web_address(url)
        if address is None:
            self.announcer.announce(
                translate("MainWindow", "“%1” is not a web address.").replace(
                    "%1", i18n.isolated(url.strip())
                ),
                assertive=True,
            )
            return
        self.start_import([address])

    def start_import(self, paths: list[str]) -> ImportJob | None:
        """Import ``paths`` on a worker thread; the window stays usable meanwhile."""
        if self._import is not None:
            self.announcer.announce(
                translate("MainWindow", "An import is already running."), assertive=True
            )
            return None
        job = ImportJob(self.store.path, paths, self)
        self._import = job
        job.progress.connect(self._import_progress)
        job.done.connect(self._import_done)
        job.failed.connect(self._import_failed)
        job.finished.connect(self._import_finished)
        self.import_progress.setRange(0, 0)  # busy until the first file reports
        self.import_progress.show()
        self.import_cancel.show()
        self.announcer.announce(translate("MainWindow", "Importing…"))
        job.start()
        return job

    def cancel_import(self) -> None:
        if self._import is not None:
            self._import.cancel()
            self.import_cancel.setEnabled(False)
            self.announcer.announce(translate("MainWindow", "Cancelling import…"))

    def _import_progress(self, done: int, total: int, name: str) -> None:
        self.import_progress.setRange(0, max(total, 1))
        self.import_progress.setValue(done)
        self.import_progress.setFormat(
            translate("MainWindow", "%1 of %2")
            .replace("%1", QLocale().toString(done))
            .replace("%2", QLocale().toString(total))
        )

    def _import_done(self, summary: ImportSummary) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs load when used

        message = summary_text(summary)
        self.last_import_summary = summary
        self.library.refresh()
        if any(o.status == "updated" and o.article_id == self.article_id for o in summary.outcomes):
            self._reopen_updated_article()
        self.announcer.announce(message, assertive=bool(summary.failed))
        if summary.failed or with_something_left_out(summary):
            icon = QMessageBox.Icon.Warning if summary.failed else QMessageBox.Icon.Information
            box = QMessageBox(icon, translate("MainWindow", "Import"), message, parent=self)
            box.setObjectName("importSummary")
            # It deletes itself when closed; a later import must not ask it if it is shown.
            box.destroyed.connect(lambda: setattr(self, "import_summary_box", None))
            box.setDetailedText(failure_details(summary))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not exec(): the window keeps working while it is shown
            self.import_summary_box = box
        if self.article_id is None:
            self.open_initial()

    def _reopen_updated_article(self) -> None:
        """The open article was re-imported with new text: show that text, at the reading
        place the store moved with it. The reader's own place is in the old text, so an
        unsaved move is dropped rather than written over the moved one."""
        article_id = self.article_id
        self._save_timer.stop()
        self._dirty = False
        self.article_id = None
        self.open_article(article_id, announce=False)

    def _import_failed(self, message: str) -> None:
        text = translate("MainWindow", "Import failed: %1").replace("%1", message)
        self.announcer.announce(text, assertive=True)

    def _import_finished(self) -> None:
        if self._import is not None:
            self._import.deleteLater()
        self._import = None
        self.import_progress.hide()
        self.import_cancel.hide()
        self.import_cancel.setEnabled(True)
        if self._pending_language is not None and not self._closed:
            choice, self._pending_language = self._pending_language, None
            change = lambda *_: self.languageChangeRequested.emit(choice)  # noqa: E731
            box = self.import_summary_box
            if box is not None and box.isVisible():  # the failures list: read it first
                box.finished.connect(change)
            else:
                QTimer.singleShot(0, self, change)

    def import_running(self) -> bool:
        return self._import is not None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if _dropped_sources(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if _dropped_sources(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = _dropped_sources(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    # --- notes ------------------------------------------------------------------------------

    @property
    def notes_panel(self) -> NotesPanel:
        """The dock's panel of this article's notes, made when first needed (its module and
        widgets are start-up time a hidden dock does not need)."""
        if self._notes_panel is None:
            from desktop.ui.notes_panel import NotesPanel

            panel = NotesPanel(self.notes, self)
            panel.jumpRequested.connect(self._jump_to)
            self.notes_dock.setWidget(panel)
            self._notes_panel = panel
            article = self.reader.article
            if self.article_id is not None:
                panel.set_article(self.article_id, article.direction if article else None)
        return self._notes_panel

    def _notes_dock_shown(self, visible: bool) -> None:
        if visible:
            self.notes_panel  # noqa: B018 - made on first show
        self.registry["notes_panel"].setChecked(visible)

    def show_notes_panel(self, checked: bool = True) -> None:
        self.notes_dock.setVisible(checked)
        if checked:
            self._focus_notes_panel()

    def show_all_notes(self) -> None:
        if self.notes_view is None:
            from desktop.ui.notes_view import NotesView

            self.notes_view = NotesView(self.notes, self)
            self.notes_view.openRequested.connect(self._open_note_place)
        self.notes_view.refresh(reload_articles=True)
        self.notes_view.show()
        self.notes_view.raise_()
        self.notes_view.activateWindow()

    def _open_note_place(self, article_id: int, position: Position) -> None:
        if self.open_article(article_id):
            self._jump_to(position)

    def _jump_to(self, position: Position) -> None:
        """To a note's place, from the notes: they may be a window of their own (All Notes,
        or the dock floating), so this window comes forward to take the focus."""
        self.reader.restore_position(position)
        if not self.isActiveWindow():
            self.raise_()
            self.activateWindow()
        self.focus_reader()

    def _notes_changed(self, article_id: int) -> None:
        if article_id < 0:
            self.library.refresh()
        else:
            self.library.update_article(article_id)

    # --- typography and theme ---------------------------------------------------------------

    def typography(self) -> Typography:
        return self.reader.typography

    def set_typography(self, typography: Typography) -> None:
        """Apply through the reader, which saves it and reports back (typographyChanged)."""
        self.reader.set_typography(typography)

    def _typography_changed(self, typography: Typography) -> None:
        """Every way of zooming ends here (the menu, its keys, Ctrl+wheel over the article), so
        each new text size is said once."""
        self._sync_checks()
        self.apply_window_theme(get_theme(typography.theme))
        if typography.size != self._size_said:
            self._announce_size()

    def _step(self, field: str, delta: float) -> None:
        t = self.typography()
        value = getattr(t, field)
        if field == "width" and value == 0:
            value = 200 if delta < 0 else 0  # "no limit" narrows from the widest setting
            if delta > 0:
                return
        self.set_typography(t.with_(**{field: value + delta}))
        after = getattr(self.typography(), field)
        if field == "line_spacing":
            text = translate("MainWindow", "Line spacing %1").replace(
                "%1", QLocale().toString(after, "f", 1)
            )
        else:
            text = translate("MainWindow", "Line width %1 characters").replace(
                "%1", QLocale().toString(int(after))
            )
        self.announcer.announce(text)

    def _zoom(self, reader_method: str):
        def zoom() -> None:
            before = self.typography().size
            getattr(self.reader, reader_method)()
            if self.typography().size == before:  # at 8 or 72 pt: say where it stays
                self._announce_size()

        return zoom

    def _announce_size(self) -> None:
        self._size_said = self.typography().size
        self.announcer.announce(
            translate("MainWindow", "Text size %1 points").replace(
                "%1", QLocale().toString(self._size_said, "g", 3)
            )
        )

    def choose_font(self) -> None:
        from PySide6.QtWidgets import QInputDialog  # dialogs load when used

        from desktop.ui.fonts import available_families

        families = available_families()
        current = self.typography().family
        index = families.index(current) if current in families else 0
        family, ok = QInputDialog.getItem(
            self,
            translate("MainWindow", "Font"),
            translate("MainWindow", "&Typeface for articles:"),
            families,
            index,
            False,
        )
        if ok and family:
            self.set_typography(self.typography().with_(family=family))
            self.announcer.announce(translate("MainWindow", "Font: %1").replace("%1", family))

    def set_theme(self, name: str) -> None:
        self.set_typography(self.typography().with_(theme=name))
        label = plain_text(self.registry[f"theme_{name}"].text())  # the menu's own name
        self.announcer.announce(translate("MainWindow", "Theme: %1").replace("%1", label))

    def apply_window_theme(self, theme: Theme) -> None:
        """Colour the whole app like the page (dialogs too), so dark and high contrast are not
        a bright frame around a dark article. Light keeps the platform's own palette."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        if not _platform_palette:
            _platform_palette.append(QPalette(app.palette()))
        app.setPalette(_platform_palette[0] if theme.name == "light" else window_palette(theme))
        set_focus_colour(app, theme.focus)

    # --- language ---------------------------------------------------------------------------

    def set_language(self, choice: str) -> None:
        """A new language rebuilds the window; an import running in this one would be
        cancelled with it, so the change waits for the import to finish."""
        self.store.set_setting(i18n.SETTING_KEY, choice)
        if self.import_running():
            self._pending_language = choice
            self.announcer.announce(
                translate("MainWindow", "The language changes when the import has finished.")
            )
            return
        self.languageChangeRequested.emit(choice)

    # --- focus ------------------------------------------------------------------------------

    def panes(self) -> list[tuple[QWidget, Callable[[], None]]]:
        """What F6 moves between, in order, each with how to focus it: article list, search
        box, article, read-aloud controls (and the notes of the article when shown)."""
        panes: list[tuple[QWidget, Callable[[], None]]] = [
            (self.library.list, self.library.focus_list),
            (self.library.search, self.library.focus_search),
            (self.reader, self.focus_reader),
            (self.read_aloud_bar, self._focus_read_aloud_bar),
        ]
        if self.notes_dock.isVisible():
            panes.append((self.notes_panel, self._focus_notes_panel))
        return panes

    def current_pane(self) -> int:
        focus = QApplication.focusWidget()
        panes = self.panes()
        for i, (pane, _focus) in enumerate(panes):
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                return i
        if focus is not None and self.library.isAncestorOf(focus):
            # the sort and show boxes sit with the search box: F6 goes on from there
            return next(i for i, (pane, _f) in enumerate(panes) if pane is self.library.search)
        return -1

    def cycle_pane(self, step: int) -> None:
        panes = self.panes()
        current = self.current_pane()
        target = (current + step) % len(panes) if current >= 0 else 0
        pane, focus = panes[target]
        window = pane.window()  # the notes may float in a window of their own
        if not window.isActiveWindow():
            window.raise_()
            window.activateWindow()
        focus()

    def _focus_notes_panel(self) -> None:
        self.notes_panel.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_read_aloud_bar(self) -> None:
        """The bar's first control that takes focus (with no voice: its status line)."""
        for widget in self.read_aloud_bar.findChildren(QWidget):
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isEnabled()
                and widget.isVisibleTo(self)
            ):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    def focus_reader(self) -> None:
        self.reader.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_menu_bar(self) -> None:
        self.menuBar().setActiveAction(self.menus["file"].menuAction())

    def show_shortcuts(self) -> None:
        from desktop.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.registry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcuts_dialog = dialog

    # --- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._import is not None:
            self._import.cancel()
            self._import.wait()
        self.read_aloud.close()
        # A library that refuses the write (read-only, locked for longer than the timeout)
        # must not stop the window from closing properly: the rest below still runs.
        try:
            self.save_position()
            self.save_window()
        except sqlite3.Error:
            log.exception("could not save the window and reading place on closing")
        # Nothing may touch the store after this: the app closes it once the window is gone.
        self._closed = True
        self.library.stop()
        super().closeEvent(event)


def window_palette(theme: Theme) -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: theme.background,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.background,
        QPalette.ColorRole.AlternateBase: theme.placeholder,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.placeholder,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.BrightText: theme.text,
        QPalette.ColorRole.Highlight: theme.selection,
        QPalette.ColorRole.HighlightedText: theme.selection_text,
        QPalette.ColorRole.ToolTipBase: theme.background,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.secondary,
        QPalette.ColorRole.Link: theme.link,
        QPalette.ColorRole.Light: theme.secondary,
        QPalette.ColorRole.Midlight: theme.placeholder,
        QPalette.ColorRole.Mid: theme.secondary,
        QPalette.ColorRole.Dark: theme.secondary,
        QPalette.ColorRole.Shadow: theme.text,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(theme.secondary)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def _dropped_sources(mime) -> list[str]:
    """Files, folders and web addresses dropped on the window (a link dragged from a browser
    arrives as a URL, or as plain text)."""
    if mime is None:
        return []
    if mime.hasUrls():
        out = []
        for url in mime.urls():
            if url.isLocalFile():
                out.append(url.toLocalFile())
            elif url.scheme() in ("http", "https"):
                out.append(url.toString())
        return out
    text = mime.text().strip() if mime.hasText() else ""
    return [text] if is_web_address(text) and len(text.split()) == 1 else []


def _url_on_clipboard() -> str:
    """A web address the user just copied, offered as the default."""
    text = QApplication.clipboard().text().strip()
    return text if is_web_address(text) and len(text.split()) == 1 else ""
