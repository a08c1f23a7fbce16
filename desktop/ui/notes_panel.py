"""The notes of the open article: bookmarks and highlights in reading order, and the note editor.

Public API (for the main window, which puts the panel in a dock and wires its signals)

=====================================  ===========================================================
``NotesPanel(context, parent=None)``   ``context``: highlight_controller.NotesContext
``set_article(article_id, direction)``  show this article's notes (None: nothing);
                                       ``direction``: the article's Direction (list mirrors it)
``refresh()``                          re-read (also done on ``context.changed``)
``list``                               the QListWidget (focus target, tests)
``current_note()``                     the selected Highlight or BookmarkEntry, or None
``jump_current()`` ``edit_current()``  what Enter, F2, Delete and Ctrl+C do in the list
``delete_current()`` ``copy_current()``
signal ``jumpRequested(object)``       a Position to show in the reader (Enter, double click)
``NoteEditor(highlight, parent)``      dialog: note text, colour, underline, direction and
                                       language; ``values()`` -> dict for ``update_highlight``
=====================================  ===========================================================

Keys in the list: Enter go to the place, F2 edit the note (rename a bookmark), Delete remove it
(Ctrl+Z, the context's undo, brings it back), Ctrl+C copy the quote with its citation, the
context-menu key for colours. Every note is drawn with its own direction: a right-to-left panel
for an Arabic article still shows an English note left to right (``NoteDelegate``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop import arabic
from desktop.model import Direction, Highlight, Position
from desktop.notes import COLOURS, BookmarkEntry, NoteEntry
from desktop.notes_export import citation
from desktop.ui.focus_frame import (
    FramedCheckBox,
    FramedComboBox,
    FramedListWidget,
    FramedPushButton,
)
from desktop.ui.highlight_controller import (
    NotesContext,
    colour_name,
    save_editor,
    short_quote,
)
from desktop.ui.i18n import join_parts
from desktop.ui.themes import LIGHT

translate = QCoreApplication.translate

KindRole = Qt.ItemDataRole.UserRole + 1  # "highlight" | "bookmark"
IdRole = Qt.ItemDataRole.UserRole + 2
QuoteRole = Qt.ItemDataRole.UserRole + 3
NoteRole = Qt.ItemDataRole.UserRole + 4
QuoteDirectionRole = Qt.ItemDataRole.UserRole + 5  # Qt.LayoutDirection
NoteDirectionRole = Qt.ItemDataRole.UserRole + 6
ColourRole = Qt.ItemDataRole.UserRole + 7  # QColor or None (bookmarks)
FlagsRole = Qt.ItemDataRole.UserRole + 8  # a short line: "Underlined · Not found in the text"
QUOTE_CHARS = 300  # of a long quote shown in the list; the whole quote is in the tooltip


def qt_direction(direction: Direction, text: str, fallback: Direction = Direction.RTL):
    """The direction to lay ``text`` out in: the one chosen, else the text's own, else fallback."""
    if direction == Direction.AUTO:
        direction = arabic.detect_direction(text)
    if direction == Direction.AUTO:
        direction = fallback
    return (
        Qt.LayoutDirection.RightToLeft
        if direction == Direction.RTL
        else (Qt.LayoutDirection.LeftToRight)
    )


def swatch(colour: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(LIGHT.note(colour)))
    return QIcon(pixmap)


class NoteDelegate(QStyledItemDelegate):
    """Quote, note and a flags line, each laid out in its own direction, with a colour bar.

    Falls back to the item's display text for rows without a quote role (plain rows).
    """

    PAD = 6
    BAR = 5
    GAP = 3

    def _paragraphs(self, index: QModelIndex, base: QFont) -> list[tuple[str, object, QFont]]:
        quote = index.data(QuoteRole) or ""
        note = index.data(NoteRole) or ""
        flags = index.data(FlagsRole) or ""
        rtl = Qt.LayoutDirection.RightToLeft
        out = []
        if quote:
            font = QFont(base)
            font.setItalic(True)
            out.append((quote, index.data(QuoteDirectionRole) or rtl, font))
        if note:
            out.append((note, index.data(NoteDirectionRole) or rtl, QFont(base)))
        if flags:
            small = QFont(base)
            small.setPointSizeF(max(6.0, base.pointSizeF() * 0.85))
            out.append((flags, QGuiApplication.layoutDirection(), small))
        return out

    def _width(self, option: QStyleOptionViewItem) -> float:
        view = option.widget
        width = option.rect.width()
        if view is not None and hasattr(view, "viewport"):
            width = view.viewport().width()
        return max(80.0, width - 2 * self.PAD - self.BAR - self.PAD)

    @staticmethod
    def _height(text: str, font: QFont, width: float) -> float:
        rect = QFontMetricsF(font).boundingRect(
            QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), text
        )
        return rect.height()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        paragraphs = self._paragraphs(index, option.font)
        if not paragraphs:
            return super().sizeHint(option, index)
        width = self._width(option)
        height = sum(self._height(t, f, width) for t, _d, f in paragraphs)
        height += self.GAP * (len(paragraphs) - 1) + 2 * self.PAD
        return QSize(int(width), int(height) + 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        paragraphs = self._paragraphs(index, option.font)
        if not paragraphs:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        rect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        rtl_view = option.direction == Qt.LayoutDirection.RightToLeft
        colour = index.data(ColourRole)
        bar = QRectF(
            rect.right() - self.BAR if rtl_view else rect.left(),
            rect.top(),
            self.BAR,
            rect.height(),
        )
        if isinstance(colour, QColor):
            painter.fillRect(bar, colour)
        else:  # a bookmark: an outline, so it is not mistaken for a colour
            painter.setPen(option.palette.color(QPalette.ColorRole.Text))
            painter.drawRect(bar)
        text_left = rect.left() + (0 if rtl_view else self.BAR + self.PAD)
        width = rect.width() - self.BAR - self.PAD
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        y = rect.top()
        for text, direction, font in paragraphs:
            height = self._height(text, font, width)
            text_option = QTextOption()
            text_option.setTextDirection(direction)
            text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            align = (
                Qt.AlignmentFlag.AlignRight
                if direction == Qt.LayoutDirection.RightToLeft
                else Qt.AlignmentFlag.AlignLeft
            )
            text_option.setAlignment(align | Qt.AlignmentFlag.AlignAbsolute)
            painter.setFont(font)
            painter.drawText(QRectF(text_left, y, width, height), text, text_option)
            y += height + self.GAP
        painter.restore()


# --- the note editor -----------------------------------------------------------------------------


class NoteEditor(QDialog):
    """Add or edit the note of a highlight, and its look. Ctrl+Enter saves, Esc cancels."""

    def __init__(self, highlight: Highlight, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.highlight = highlight
        self.setWindowTitle(translate("NoteEditor", "Note"))
        self.setAccessibleName(translate("NoteEditor", "Note"))

        quote = QLabel(short_quote(highlight.quote.exact, 40))
        quote.setWordWrap(True)
        quote.setLayoutDirection(qt_direction(Direction.AUTO, highlight.quote.exact))
        quote.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        quote.setAccessibleName(translate("NoteEditor", "Quote"))
        quote.setAccessibleDescription(highlight.quote.exact)

        self.text = QPlainTextEdit(highlight.note)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(translate("NoteEditor", "Note text"))
        self.text.setAccessibleDescription(
            translate("NoteEditor", "Ctrl+Enter saves the note, Escape cancels.")
        )

        self.colour = FramedComboBox()
        self.colour.setAccessibleName(translate("NoteEditor", "Colour"))
        for c in COLOURS:
            self.colour.addItem(swatch(c), colour_name(c), c)
        self.colour.setCurrentIndex(max(0, self.colour.findData(highlight.colour)))

        self.underline = FramedCheckBox(translate("NoteEditor", "&Underline instead of colour"))
        self.underline.setAccessibleName(translate("NoteEditor", "Underline instead of colour"))
        self.underline.setChecked(highlight.style == "underline")

        self.direction = FramedComboBox()
        self.direction.setAccessibleName(translate("NoteEditor", "Note direction"))
        for label, value in (
            (translate("NoteEditor", "Automatic"), Direction.AUTO),
            (translate("NoteEditor", "Right to left"), Direction.RTL),
            (translate("NoteEditor", "Left to right"), Direction.LTR),
        ):
            self.direction.addItem(label, str(value))
        self.direction.setCurrentIndex(
            max(0, self.direction.findData(str(highlight.note_direction)))
        )

        self.language = FramedComboBox()
        self.language.setEditable(True)
        self.language.setAccessibleName(translate("NoteEditor", "Note language"))
        self.language.lineEdit().setAccessibleName(translate("NoteEditor", "Note language"))
        self.language.addItem(translate("NoteEditor", "Automatic"), "")
        self.language.addItem(translate("NoteEditor", "Arabic"), "ar")
        self.language.addItem(translate("NoteEditor", "English"), "en")
        found = self.language.findData(highlight.note_language)
        if found >= 0:
            self.language.setCurrentIndex(found)
        else:
            self.language.setEditText(highlight.note_language)

        form = QFormLayout()
        form.addRow(translate("NoteEditor", "&Colour:"), self.colour)
        form.addRow("", self.underline)
        form.addRow(translate("NoteEditor", "&Direction:"), self.direction)
        form.addRow(translate("NoteEditor", "&Language:"), self.language)
        for field in (self.colour, self.direction, self.language):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)

        note_label = QLabel(translate("NoteEditor", "&Note:"))
        note_label.setBuddy(self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))

        layout = QVBoxLayout(self)
        layout.addWidget(quote)
        layout.addWidget(note_label)
        layout.addWidget(self.text, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)

        # The text box takes Ctrl+Return for itself before any shortcut sees it: filter it.
        self.text.installEventFilter(self)
        self.direction.currentIndexChanged.connect(self._apply_direction)
        self._apply_direction()
        self.text.setFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if (
            watched is self.text
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def _apply_direction(self) -> None:
        option = self.text.document().defaultTextOption()
        value = Direction(self.direction.currentData())
        if value == Direction.AUTO:
            option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        else:
            option.setTextDirection(qt_direction(value, ""))
        self.text.document().setDefaultTextOption(option)

    def values(self) -> dict:
        note = self.text.toPlainText().strip()
        typed = self.language.currentText().strip()
        index = self.language.findText(typed)
        language = self.language.itemData(index) if index >= 0 else typed
        if not language:
            language = arabic.guess_language(note) if note else ""
        return {
            "note": note,
            "colour": self.colour.currentData(),
            "style": "underline" if self.underline.isChecked() else "background",
            "note_direction": Direction(self.direction.currentData()),
            "note_language": language,
        }


# --- the panel -----------------------------------------------------------------------------------


class _NoteList(FramedListWidget):
    def __init__(self, panel: NotesPanel) -> None:
        super().__init__(panel)
        self._panel = panel

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        panel, key = self._panel, event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            panel.jump_current()
        elif key == Qt.Key.Key_F2:
            panel.edit_current()
        elif key == Qt.Key.Key_Delete:
            panel.delete_current()
        elif event.matches(QKeySequence.StandardKey.Copy):
            panel.copy_current()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class NotesPanel(QWidget):
    jumpRequested = Signal(object)  # Position

    def __init__(self, context: NotesContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.notes = context.notes
        self.article_id: int | None = None
        self.direction = Direction.RTL
        self._entries: list[Highlight | BookmarkEntry] = []
        self.setAccessibleName(translate("NotesPanel", "Notes"))

        self.heading = QLabel(translate("NotesPanel", "Notes and bookmarks"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        self.list = _NoteList(self)
        self.list.setObjectName("notesList")
        self.list.setAccessibleName(translate("NotesPanel", "Notes and bookmarks"))
        self.list.setAccessibleDescription(
            translate(
                "NotesPanel",
                "Enter: go to the place. F2: edit the note. Delete: remove it (Ctrl+Z undoes). "
                "Ctrl+C: copy the quote with its source.",
            )
        )
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setItemDelegate(NoteDelegate(self.list))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemActivated.connect(lambda _item: self.jump_current())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.heading.setBuddy(self.list)

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setText(
            translate(
                "NotesPanel",
                "No notes yet. Select text and press Ctrl+Shift+H to highlight it, or Ctrl+D "
                "to bookmark your place.",
            )
        )

        self.go_button = self._button(translate("NotesPanel", "Go &To"), self.jump_current)
        self.edit_button = self._button(translate("NotesPanel", "Ed&it…"), self.edit_current)
        self.delete_button = self._button(translate("NotesPanel", "&Delete"), self.delete_current)
        self.copy_button = self._button(translate("NotesPanel", "Copy &Quote"), self.copy_current)
        buttons = QHBoxLayout()
        for b in (self.go_button, self.edit_button, self.delete_button, self.copy_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)

        context.changed.connect(self._on_changed)
        self.refresh()

    def _button(self, text: str, slot) -> QPushButton:
        button = FramedPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    # -- content --------------------------------------------------------------------------

    def set_article(self, article_id: int | None, direction: Direction = Direction.RTL) -> None:
        self.article_id = article_id
        self.direction = direction
        self.list.setLayoutDirection(
            Qt.LayoutDirection.LeftToRight
            if direction == Direction.LTR
            else Qt.LayoutDirection.RightToLeft
        )
        self.refresh()

    def _on_changed(self, article_id: int) -> None:
        if article_id in (-1, self.article_id):
            self.refresh()

    def refresh(self) -> None:
        selected = self._key(self.current_note())
        self.list.clear()
        self._entries = []
        if self.article_id is not None:
            try:
                self._entries = [
                    *self.notes.bookmarks(self.article_id),
                    *self.notes.highlights(self.article_id),
                ]
            except KeyError:
                self._entries = []
        self._entries.sort(key=_reading_order)
        for entry in self._entries:
            self.list.addItem(self._item(entry))
        row = next(
            (i for i, e in enumerate(self._entries) if self._key(e) == selected),
            0 if self._entries else -1,
        )
        self.list.setCurrentRow(row)
        self.empty.setVisible(self.article_id is not None and not self._entries)
        self.heading.setText(
            translate("NotesPanel", "Notes and bookmarks (%1)").replace(
                "%1", str(len(self._entries))
            )
        )
        self._update_buttons()

    @staticmethod
    def _key(entry) -> tuple[str, int] | None:
        if entry is None:
            return None
        return ("bookmark" if isinstance(entry, BookmarkEntry) else "highlight", entry.id)

    def _item(self, entry: Highlight | BookmarkEntry) -> QListWidgetItem:
        item = QListWidgetItem()
        fallback = self.direction
        if isinstance(entry, BookmarkEntry):
            name = entry.name or translate("NotesPanel", "Bookmark")
            context = short_quote(entry.anchor.exact if entry.anchor else "", 10)
            flags = [translate("NotesPanel", "Bookmark")]
            if entry.orphaned:
                flags.append(translate("NotesPanel", "Text changed; place is approximate"))
            item.setData(KindRole, "bookmark")
            item.setData(QuoteRole, f"{name}: {context}" if context else name)
            item.setData(QuoteDirectionRole, qt_direction(Direction.AUTO, name + context, fallback))
            item.setData(ColourRole, None)
            spoken = (
                translate("NotesPanel", "Bookmark %1: %2")
                .replace("%1", name)
                .replace("%2", context)
            )
        else:
            quote = entry.quote.exact
            shown = quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS] + "…"
            flags = [colour_name(entry.colour)]
            if entry.style == "underline":
                flags.append(translate("NotesPanel", "Underlined"))
            if entry.orphaned:
                flags.append(translate("NotesPanel", "Not found in the current text"))
            item.setData(KindRole, "highlight")
            item.setData(QuoteRole, shown)
            item.setData(QuoteDirectionRole, qt_direction(Direction.AUTO, quote, fallback))
            item.setData(NoteRole, entry.note)
            item.setData(
                NoteDirectionRole, qt_direction(entry.note_direction, entry.note, fallback)
            )
            item.setData(ColourRole, QColor(LIGHT.note(entry.colour)))
            spoken = (
                translate("NotesPanel", "%1 highlight: %2")
                .replace("%1", colour_name(entry.colour))
                .replace("%2", quote)
            )
            if entry.note:
                spoken += " — " + translate("NotesPanel", "Note: %1").replace("%1", entry.note)
            item.setToolTip(quote + (f"\n\n{entry.note}" if entry.note else ""))
        flag_text = join_parts(flags)
        item.setData(FlagsRole, flag_text)
        item.setData(IdRole, entry.id)
        display = "\n".join(filter(None, (item.data(QuoteRole), item.data(NoteRole), flag_text)))
        item.setText(display)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{spoken}. {flag_text}")
        return item

    def current_note(self) -> Highlight | BookmarkEntry | None:
        row = self.list.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _update_buttons(self) -> None:
        entry = self.current_note()
        for b in (self.go_button, self.edit_button, self.delete_button):
            b.setEnabled(entry is not None)
        self.copy_button.setEnabled(isinstance(entry, Highlight))

    # -- commands -------------------------------------------------------------------------

    def jump_current(self) -> None:
        entry = self.current_note()
        if entry is None:
            return
        if isinstance(entry, BookmarkEntry):
            self.jumpRequested.emit(entry.position)
            return
        if entry.orphaned:
            self.context.say(
                translate(
                    "NotesPanel",
                    "This quote is no longer in the article's text; the note is kept here.",
                )
            )
            return
        self.jumpRequested.emit(Position(entry.quote.block, entry.quote.start))

    def edit_current(self) -> None:
        entry = self.current_note()
        if entry is None:
            return
        if isinstance(entry, BookmarkEntry):
            name, ok = QInputDialog.getText(
                self,
                translate("NotesPanel", "Rename Bookmark"),
                translate("NotesPanel", "Bookmark name:"),
                text=entry.name,
            )
            if ok:
                self.context.rename_bookmark(entry.id, name)
                self.context.say(translate("NotesPanel", "Bookmark renamed."))
            return
        editor = NoteEditor(entry, self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            save_editor(self.context, entry, editor)

    def delete_current(self) -> None:
        entry = self.current_note()
        if entry is None:
            return
        row = self.list.currentRow()
        if isinstance(entry, BookmarkEntry):
            self.context.delete_bookmark(entry.id)
            message = translate("NotesPanel", "Bookmark deleted. Ctrl+Z brings it back.")
        else:
            self.context.delete_highlight(entry.id)
            message = translate("NotesPanel", "Note deleted. Ctrl+Z brings it back.")
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.context.say(message)

    def copy_current(self) -> str:
        entry = self.current_note()
        if not isinstance(entry, Highlight):
            return ""
        text = citation(self._note_entry(entry))
        QGuiApplication.clipboard().setText(text)
        self.context.say(translate("NotesPanel", "Quote copied with its source."))
        return text

    def _note_entry(self, h: Highlight) -> NoteEntry:
        for e in self.notes.list_notes(article_id=h.article_id):
            if e.highlight.id == h.id:
                return e
        return NoteEntry(h, "")

    def set_colour_current(self, colour: str) -> None:
        entry = self.current_note()
        if isinstance(entry, Highlight) and entry.colour != colour:
            self.context.update_highlight(entry.id, colour=colour)
            self.context.say(
                translate("NotesPanel", "Colour: %1").replace("%1", colour_name(colour))
            )

    def _menu(self, point) -> None:
        entry = self.current_note()
        if entry is None:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per use: not kept after
        menu.addAction(translate("NotesPanel", "Go &To"), self.jump_current)
        menu.addAction(translate("NotesPanel", "Ed&it…"), self.edit_current)
        if isinstance(entry, Highlight):
            menu.addAction(translate("NotesPanel", "Copy &Quote"), self.copy_current)
            colours = menu.addMenu(translate("NotesPanel", "C&olour"))
            for c in COLOURS:
                action = colours.addAction(swatch(c), colour_name(c))
                action.triggered.connect(lambda _=False, c=c: self.set_colour_current(c))
        menu.addSeparator()
        menu.addAction(translate("NotesPanel", "&Delete"), self.delete_current)
        menu.popup(self.list.viewport().mapToGlobal(point))


def _reading_order(entry: Highlight | BookmarkEntry) -> tuple:
    if isinstance(entry, BookmarkEntry):
        return (int(entry.orphaned), entry.position.block, entry.position.offset, 0, entry.id)
    q = entry.quote
    return (int(entry.orphaned), q.block, q.start, 1, entry.id)
