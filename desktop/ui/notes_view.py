"""Every note in the library in one window: search, filter, open the place, export, import.

Public API (for the main window)

=========================================  =====================================================
``NotesView(context, parent=None)``        a non-modal window; ``context``: NotesContext
``refresh()``                              re-read with the current filters (also on
                                           ``context.changed``)
``set_query(text)``                        search now (typing waits ``SEARCH_DELAY_MS``)
``set_colour(colour | None)``              filter by colour; ``set_article(id | None)``,
``set_orphaned_only(bool)``                ``set_orphaned_only``: the other filters
``current_entry()``                        the selected NoteEntry, or None
``open_current()`` ``edit_current()``      Enter, F2, Delete, Ctrl+C on the table
``delete_current()`` ``copy_current()``
``export_to(path, fmt=None)``              the notes shown (filters applied) to a file;
                                           ``export_dialog()`` asks where first
``import_from(path)``                      JSON or CSV; ``import_dialog()`` asks which file
signal ``openRequested(int, object)``      article id and Position to open in the reader
``confirm_article_deletion(parent,         ask before deleting an article that has notes,
notes, article_id, save_path=None)``       offering to export them first; True = go ahead
=========================================  =====================================================

The table is a model over ``NoteEntry`` rows, so 10,000 notes cost one small object each and
only the rows on screen are formatted. Quote and note cells are laid out in their own direction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.model import Direction, Position
from desktop.notes import COLOURS, EXPORT_FORMATS, NoteEntry, Notes
from desktop.notes_export import (
    ImportReport,
    citation,
    collect,
    format_for,
    import_items,
    read_import,
    write_export,
)
from desktop.ui.focus_frame import (
    FramedCheckBox,
    FramedComboBox,
    FramedLineEdit,
    FramedPushButton,
    FramedTableView,
)
from desktop.ui.highlight_controller import NotesContext, colour_name, save_editor
from desktop.ui.i18n import current_language, isolated, join_parts
from desktop.ui.library_model import format_date
from desktop.ui.notes_messages import (
    export_failure,
    import_failure,
    import_report_text,
    message_box,
    missing_articles,
)
from desktop.ui.notes_panel import NoteEditor, qt_direction, swatch

translate = QCoreApplication.translate

SEARCH_DELAY_MS = 150
CELL_CHARS = 200  # of a quote or note shown in a cell; the tooltip has all of it
DirectionRole = Qt.ItemDataRole.UserRole + 20
ModelIndex = QModelIndex | QPersistentModelIndex

QUOTE, NOTE, COLOUR, ARTICLE, DATE = range(5)


def _one_line(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CELL_CHARS else text[:CELL_CHARS] + "…"


class NotesTableModel(QAbstractTableModel):
    """Rows are note ids; a note is read from the store when its row is first drawn, a page
    of ``PAGE`` rows at a time, so opening or searching 10,000 notes reads only ids."""

    PAGE = 64

    def __init__(self, notes: Notes, parent=None) -> None:
        super().__init__(parent)
        self.notes = notes
        self._ids: list[int] = []
        self._cache: dict[int, NoteEntry] = {}

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._cache = {}
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, highlight_id: int | None) -> int:
        try:
            return self._ids.index(highlight_id)
        except ValueError:
            return -1

    def entry(self, row: int) -> NoteEntry | None:
        if not 0 <= row < len(self._ids):
            return None
        hid = self._ids[row]
        if hid not in self._cache:
            start = row - row % self.PAGE
            self._cache.update(self.notes.entries(self._ids[start : start + self.PAGE]))
        return self._cache.get(hid)  # None: deleted since the list was read

    def entries(self) -> list[NoteEntry]:
        missing = [i for i in self._ids if i not in self._cache]
        if missing:
            self._cache.update(self.notes.entries(missing))
        return [self._cache[i] for i in self._ids if i in self._cache]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("NotesView", "Quote"),
            translate("NotesView", "Note"),
            translate("NotesView", "Colour"),
            translate("NotesView", "Article"),
            translate("NotesView", "Changed"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        e = self.entry(index.row()) if index.isValid() else None
        if e is None:
            return None
        h, column = e.highlight, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == QUOTE:
                return _one_line(h.quote.exact)
            if column == NOTE:
                return _one_line(h.note)
            if column == COLOUR:
                orphaned = translate("NotesView", "not found") if h.orphaned else ""
                return join_parts([colour_name(h.colour), orphaned])
            if column == ARTICLE:
                return e.article_title
            return format_date(h.updated_at)
        if role == DirectionRole:
            if column == QUOTE:
                return qt_direction(Direction.AUTO, h.quote.exact, e.article_direction)
            if column == NOTE:
                return qt_direction(h.note_direction, h.note, e.article_direction)
            if column == ARTICLE:
                return qt_direction(Direction.AUTO, e.article_title, e.article_direction)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == COLOUR:
            return swatch(h.colour)
        if role == Qt.ItemDataRole.ToolTipRole and column in (QUOTE, NOTE):
            return h.quote.exact if column == QUOTE else h.note or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == QUOTE:
                return (
                    translate("NotesView", "%1 highlight in %2: %3")
                    .replace("%1", colour_name(h.colour))
                    .replace("%2", e.article_title)
                    .replace("%3", h.quote.exact)
                )
            if column == NOTE:
                return h.note or translate("NotesView", "No note")
        return None


class DirectionDelegate(QStyledItemDelegate):
    """Lays a cell's text out in the direction the model gives (``DirectionRole``)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: ModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        direction = index.data(DirectionRole)
        if direction is not None:
            option.direction = direction
            option.displayAlignment = (
                Qt.AlignmentFlag.AlignVCenter
                | (
                    Qt.AlignmentFlag.AlignRight
                    if direction == Qt.LayoutDirection.RightToLeft
                    else Qt.AlignmentFlag.AlignLeft
                )
                | Qt.AlignmentFlag.AlignAbsolute
            )


class _Table(FramedTableView):
    def __init__(self, view: NotesView) -> None:
        super().__init__(view)
        self._view = view

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        view, key = self._view, event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            view.open_current()
        elif key == Qt.Key.Key_F2:
            view.edit_current()
        elif key == Qt.Key.Key_Delete:
            view.delete_current()
        elif event.matches(QKeySequence.StandardKey.Copy):
            view.copy_current()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class NotesView(QDialog):
    openRequested = Signal(int, object)  # article id, Position

    def __init__(self, context: NotesContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.notes = context.notes
        self.message_box: QMessageBox | None = None  # the last warning or report shown
        self.setWindowTitle(translate("NotesView", "All Notes"))
        self.setAccessibleName(translate("NotesView", "All notes"))
        self.setModal(False)
        self.resize(900, 560)

        self.search = FramedLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("NotesView", "Search quotes and notes"))
        self.search.setAccessibleName(translate("NotesView", "Search quotes and notes"))
        self.search.setAccessibleDescription(
            translate("NotesView", "Matches ignore hamza forms and diacritics.")
        )
        self.colour = FramedComboBox()
        self.colour.setAccessibleName(translate("NotesView", "Colour filter"))
        self.colour.addItem(translate("NotesView", "All colours"), "")
        for c in COLOURS:
            self.colour.addItem(swatch(c), colour_name(c), c)
        self.article = FramedComboBox()
        self.article.setAccessibleName(translate("NotesView", "Article filter"))
        self.article.setMinimumContentsLength(20)
        self.article.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.orphaned = FramedCheckBox(
            translate("NotesView", "Only notes &not found in their article")
        )
        self.orphaned.setAccessibleName(
            translate("NotesView", "Only notes not found in their article")
        )

        search_label = QLabel(translate("NotesView", "&Search:"))
        search_label.setBuddy(self.search)
        colour_label = QLabel(translate("NotesView", "Co&lour:"))
        colour_label.setBuddy(self.colour)
        article_label = QLabel(translate("NotesView", "&Article:"))
        article_label.setBuddy(self.article)
        filters = QHBoxLayout()
        for w in (
            search_label,
            self.search,
            colour_label,
            self.colour,
            article_label,
            self.article,
            self.orphaned,
        ):
            filters.addWidget(w)
        filters.setStretch(1, 2)
        filters.setStretch(5, 1)

        self.model = NotesTableModel(self.notes, self)
        self.table = _Table(self)
        self.table.setObjectName("notesTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(DirectionDelegate(self.table))
        self.table.setAccessibleName(translate("NotesView", "Notes"))
        self.table.setAccessibleDescription(
            translate(
                "NotesView",
                "Enter: open the article at the quote. F2: edit the note. Delete: remove it "
                "(Ctrl+Z undoes). Ctrl+C: copy the quote with its source.",
            )
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in (
            (QUOTE, 300),
            (NOTE, 240),
            (COLOUR, 110),
            (ARTICLE, 200),
            (DATE, 110),
        ):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _i: self.open_current())

        self.count = QLabel()
        self.count.setAccessibleDescription(translate("NotesView", "Number of notes shown"))

        self.open_button = self._button(translate("NotesView", "&Open"), self.open_current)
        self.edit_button = self._button(translate("NotesView", "&Edit…"), self.edit_current)
        self.delete_button = self._button(translate("NotesView", "&Delete"), self.delete_current)
        self.copy_button = self._button(translate("NotesView", "&Copy Quote"), self.copy_current)
        self.export_button = self._button(translate("NotesView", "E&xport…"), self.export_dialog)
        self.import_button = self._button(translate("NotesView", "&Import…"), self.import_dialog)
        self.close_button = self._button(translate("NotesView", "Close"), self.close)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.edit_button, self.delete_button, self.copy_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        for b in (self.export_button, self.import_button, self.close_button):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        # Tab goes filters, notes, buttons (the table was made first, so it came last, after
        # buttons that act on a note not chosen yet).
        chain = [
            self.search,
            self.colour,
            self.article,
            self.orphaned,
            self.table,
            self.open_button,
            self.edit_button,
            self.delete_button,
            self.copy_button,
            self.export_button,
            self.import_button,
            self.close_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.colour.currentIndexChanged.connect(lambda _i: self.refresh())
        self.article.currentIndexChanged.connect(lambda _i: self.refresh())
        self.orphaned.toggled.connect(lambda _b: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        context.changed.connect(lambda _id: self.refresh(reload_articles=True))
        # This is a window of its own: the main window's Undo and Redo do not reach it, and
        # deleting a note here says Ctrl+Z brings it back. (In the search box Ctrl+Z undoes
        # typing, as in any text field.)
        keys = QKeySequence.StandardKey
        for key, slot in ((keys.Undo, context.undo), (keys.Redo, context.redo)):
            action = QAction(self)
            action.setShortcuts(key)
            action.triggered.connect(slot)
            self.addAction(action)

        self._fill_articles()
        self.refresh()
        self.search.setFocus()

    def _button(self, text: str, slot) -> QPushButton:
        button = FramedPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- filters --------------------------------------------------------------------------

    def _fill_articles(self) -> None:
        current = self.article.currentData()
        self.article.blockSignals(True)
        self.article.clear()
        self.article.addItem(translate("NotesView", "All articles"), None)
        for aid, title, count in self.notes.articles_with_notes():
            self.article.addItem(f"{title} ({count})", aid)
        if current is not None and self.article.findData(current) < 0:
            # Its last note was just deleted: the filter stays on it, showing none, rather
            # than falling back to every note in the library under the user's Delete key.
            row = self.notes.conn.execute(
                "SELECT title FROM articles WHERE id = ?", (current,)
            ).fetchone()
            if row is not None:
                self.article.addItem(f"{row[0]} (0)", current)
        index = self.article.findData(current) if current is not None else 0
        self.article.setCurrentIndex(max(0, index))
        self.article.blockSignals(False)

    def set_query(self, text: str) -> None:
        self.search.setText(text)
        self._timer.stop()
        self.refresh()

    def set_colour(self, colour: str | None) -> None:
        self.colour.setCurrentIndex(max(0, self.colour.findData(colour or "")))

    def set_article(self, article_id: int | None) -> None:
        index = self.article.findData(article_id) if article_id is not None else 0
        self.article.setCurrentIndex(max(0, index))

    def set_orphaned_only(self, value: bool) -> None:
        self.orphaned.setChecked(value)

    def refresh(self, reload_articles: bool = False) -> None:
        self._timer.stop()
        if reload_articles:
            self._fill_articles()
        key = self._key(self.current_entry())
        ids = self.notes.note_ids(
            self.search.text(),
            article_id=self.article.currentData(),
            colour=self.colour.currentData() or None,
            orphaned=True if self.orphaned.isChecked() else None,
        )
        self.model.set_ids(ids)
        if ids:
            self.table.setCurrentIndex(self.model.index(max(0, self.model.row_of(key)), 0))
        # "%1" rather than "%n": reads right in English without a plural-aware translation.
        self.count.setText(translate("NotesView", "Notes shown: %1").replace("%1", str(len(ids))))
        self._update_buttons()

    @staticmethod
    def _key(entry: NoteEntry | None) -> int | None:
        return entry.highlight.id if entry is not None else None

    def current_entry(self) -> NoteEntry | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        has = self.current_entry() is not None
        for b in (self.open_button, self.edit_button, self.delete_button, self.copy_button):
            b.setEnabled(has)
        self.export_button.setEnabled(self.model.rowCount() > 0)

    # -- commands -------------------------------------------------------------------------

    def open_current(self) -> None:
        e = self.current_entry()
        if e is None:
            return
        h = e.highlight
        if h.orphaned:
            self.context.say(
                translate(
                    "NotesView",
                    "This quote is no longer in the article's text; opening the article.",
                )
            )
        self.openRequested.emit(h.article_id, Position(h.quote.block, h.quote.start))

    def edit_current(self) -> None:
        e = self.current_entry()
        if e is None:
            return
        editor = NoteEditor(e.highlight, self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            save_editor(self.context, e.highlight, editor)

    def delete_current(self) -> None:
        e = self.current_entry()
        if e is None:
            return
        row = self.table.currentIndex().row()
        self.context.delete_highlight(e.highlight.id)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
        self.context.say(translate("NotesView", "Note deleted. Ctrl+Z brings it back."))

    def copy_current(self) -> str:
        e = self.current_entry()
        if e is None:
            return ""
        text = citation(e)
        QGuiApplication.clipboard().setText(text)
        self.context.say(translate("NotesView", "Quote copied with its source."))
        return text

    def export_to(self, path: Path, fmt: str | None = None) -> int:
        """Write the notes shown (bookmarks too when no filter is on) to ``path``."""
        entries = self.model.entries()
        unfiltered = not (
            self.search.text().strip() or self.colour.currentData() or self.orphaned.isChecked()
        )
        article = self.article.currentData()
        if unfiltered:
            ex = collect(self.notes, None if article is None else [article])
        else:
            ex = collect(self.notes, entries=entries, include_bookmarks=False)
        write_export(ex, Path(path), fmt, current_language())
        self.context.say(
            translate("NotesView", "Notes exported: %1, to %2")
            .replace("%1", str(len(ex)))
            .replace("%2", str(path))
        )
        return len(ex)

    def export_dialog(self) -> None:
        choice = ask_export_path(self)
        if choice is None:
            return
        path, fmt = choice
        try:
            self.export_to(path, fmt)
        except (OSError, ValueError) as exc:
            text, details = export_failure(exc, path)
            self._show_message(
                QMessageBox.Icon.Warning, translate("NotesView", "Export Notes"), text, details
            )

    def import_from(self, path: Path) -> ImportReport:
        report = import_items(self.notes, read_import(Path(path)))
        self.context.changed.emit(-1)
        self.context.say(import_report_text(report))
        return report

    def import_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("NotesView", "Import Notes"),
            "",
            translate("NotesView", "Qari notes (*.json *.csv)"),
        )
        if not path:
            return
        title = translate("NotesView", "Import Notes")
        try:
            report = self.import_from(Path(path))
        except (OSError, sqlite3.Error, ValueError) as exc:  # ImportFormatError is a ValueError
            text, details = import_failure(exc)
            self._show_message(QMessageBox.Icon.Warning, title, text, details)
            return
        if report.missing:
            text = import_report_text(report)
            self._show_message(QMessageBox.Icon.Information, title, text, missing_articles(report))

    def _show_message(self, icon: QMessageBox.Icon, title: str, text: str, details: str) -> None:
        """Shown without blocking (``open``, not ``exec``); kept as ``message_box`` for tests."""
        self.message_box = message_box(self, icon, title, text, details)
        self.message_box.open()


SUGGESTED_EXPORT = "notes.md"


def _export_filters() -> dict[str, str]:
    """The file dialog's types, each with the format it writes (EXPORT_FORMATS' order)."""
    return {
        translate("NotesView", "Markdown (*.md)"): "md",
        translate("NotesView", "Web page (*.html)"): "html",
        translate("NotesView", "Web Annotations JSON (*.json)"): "json",
        translate("NotesView", "Spreadsheet CSV (*.csv)"): "csv",
    }


def ask_export_path(parent: QWidget | None) -> tuple[Path, str] | None:
    """Where to export and in which format, from the file dialog (None: cancelled). The
    type chosen decides for a name without a known extension («my notes» as CSV is
    «my notes.csv»), and for the suggested name left as it was; an extension the user
    typed decides otherwise."""
    filters = _export_filters()
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, translate("NotesView", "Export Notes"), SUGGESTED_EXPORT, ";;".join(filters)
    )
    if not chosen:
        return None
    return export_choice(Path(chosen), filters.get(chosen_filter))


def export_choice(path: Path, chosen: str | None) -> tuple[Path, str]:
    typed = format_for(path, "")
    if chosen is None:
        return path, typed if typed in EXPORT_FORMATS else "md"
    if typed not in EXPORT_FORMATS:
        return path.with_name(f"{path.name}.{chosen}"), chosen
    if typed != chosen and path.name == SUGGESTED_EXPORT:
        return path.with_suffix(f".{chosen}"), chosen
    return path, typed


# --- deleting an article with notes --------------------------------------------------------------


class DeleteArticleDialog(QMessageBox):
    """ "This article has 3 notes": export them and delete, delete, or cancel."""

    def __init__(self, title: str, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(translate("NotesView", "Delete Article"))
        self.setText(
            translate("NotesView", "Delete “%1” from the library?").replace("%1", isolated(title))
        )
        self.setInformativeText(
            translate(
                "NotesView",
                "Notes and bookmarks in it: %1. They are deleted with it unless you export "
                "them first.",
            ).replace("%1", str(count))
        )
        self.export_button = self.addButton(
            translate("NotesView", "&Export Notes, Then Delete…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.delete_button = self.addButton(
            translate("NotesView", "&Delete With Notes"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)
        for b in (self.export_button, self.delete_button, self.cancel_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))


def confirm_article_deletion(
    parent: QWidget | None,
    notes: Notes,
    article_id: int,
    save_path: Callable[[str], Path | None] | None = None,
) -> bool:
    """Ask before an article with notes is deleted; True when the caller may delete it.

    An article without notes needs no question here (the caller asks its usual one). Export
    writes every note and bookmark of the article first; if that is cancelled or fails, the
    answer is False and nothing is deleted. ``save_path(suggested_name)`` replaces the file
    dialog (tests).
    """
    count = notes.count(article_id)
    if count == 0:
        return True
    row = notes.conn.execute("SELECT title FROM articles WHERE id = ?", (article_id,)).fetchone()
    title = row[0] if row else ""
    dialog = DeleteArticleDialog(title, count, parent)
    dialog.exec()
    clicked = dialog.clickedButton()
    if clicked is dialog.delete_button:
        return True
    if clicked is not dialog.export_button:
        return False
    if save_path is None:
        choice = ask_export_path(parent)
    else:
        chosen = save_path(SUGGESTED_EXPORT)
        choice = export_choice(chosen, None) if chosen is not None else None
    if choice is None:
        return False
    path, fmt = choice
    try:
        write_export(collect(notes, [article_id]), path, fmt, current_language())
    except (OSError, ValueError) as exc:
        text, details = export_failure(exc, path)
        title = translate("NotesView", "Export Notes")
        message_box(parent, QMessageBox.Icon.Warning, title, text, details).exec()
        return False
    return True
