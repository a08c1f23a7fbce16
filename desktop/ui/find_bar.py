"""The find-in-article bar: a query field, previous/next, "3 of 12" and close.

It only collects the query and the user's intent; the reader does the (Arabic-folded) matching
and tells the bar what it found, so the bar can be tested and reused on its own.
Keys: Enter next, Shift+Enter previous, F3 / Shift+F3 the same, Esc closes.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.ui.focus_frame import FramedToolButton

TYPING_DELAY_MS = 150  # search after a short pause in typing, not on every key


class _QueryEdit(QLineEdit):
    next_requested = Signal()
    previous_requested = Signal()
    close_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F3):
            (self.previous_requested if shift else self.next_requested).emit()
        elif key == Qt.Key.Key_Escape:
            self.close_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class FindBar(QWidget):
    """``resultChanged(text)`` with each new result while the bar is open ("3 of 12", "No
    matches"), for the window to announce: a screen reader does not read a label that
    changes away from the focus."""

    queryChanged = Signal(str)
    resultChanged = Signal(str)
    nextRequested = Signal()
    previousRequested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Find in article"))
        self.edit = _QueryEdit()
        self.edit.setPlaceholderText(self.tr("Find in article"))
        self.edit.setAccessibleName(self.tr("Find in article"))
        self.edit.setAccessibleDescription(
            self.tr(
                "Matches ignore hamza forms and diacritics. Enter: next match, "
                "Shift+Enter: previous match, Esc: close."
            )
        )
        self.edit.setClearButtonEnabled(True)

        self.previous_button = self._button(
            "⬆", self.tr("Previous match"), self.tr("Go to the previous match (Shift+F3)")
        )
        self.next_button = self._button(
            "⬇", self.tr("Next match"), self.tr("Go to the next match (F3)")
        )
        self.close_button = self._button(
            "✕", self.tr("Close find"), self.tr("Close the find bar (Esc)")
        )
        self.status = QLabel()
        # No accessible name: a label's name is its text (the window announces each result).
        self.status.setAccessibleDescription(self.tr("Find result"))
        self.status.setMinimumWidth(self.status.fontMetrics().horizontalAdvance("0000 of 0000"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)

        self._timer = QTimer(self, singleShot=True, interval=TYPING_DELAY_MS)
        self._timer.timeout.connect(lambda: self.queryChanged.emit(self.edit.text()))
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.next_requested.connect(self._next)
        self.edit.previous_requested.connect(self._previous)
        self.edit.close_requested.connect(self.close_bar)
        self.previous_button.clicked.connect(self._previous)
        self.next_button.clicked.connect(self._next)
        self.close_button.clicked.connect(self.close_bar)
        self.set_result(0, 0)

    def _button(self, glyph: str, name: str, description: str) -> QToolButton:
        button = FramedToolButton()
        button.setText(glyph)
        button.setAccessibleName(name)
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def _flush(self) -> None:
        """Search now if typing is still pending, so Enter right after typing finds it."""
        if self._timer.isActive():
            self._timer.stop()
            self.queryChanged.emit(self.edit.text())

    def _next(self) -> None:
        if self._timer.isActive():
            self._flush()  # the new query already selects its first match
            return
        self.nextRequested.emit()

    def _previous(self) -> None:
        self._flush()
        self.previousRequested.emit()

    # -- driven by the reader ---------------------------------------------------------------

    def query(self) -> str:
        return self.edit.text()

    def open(self, text: str | None = None) -> None:
        if text:
            self.edit.setText(text)
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self._timer.stop()
        self.hide()
        self.closed.emit()

    def set_result(self, current: int, total: int) -> None:
        """Show "3 of 12" (current is 1-based; 0 = none selected)."""
        locale = QLocale()
        if not self.edit.text().strip():
            text = ""
        elif total == 0:
            text = self.tr("No matches")
        elif current <= 0:
            text = self.tr("%n matches", "", total).replace(str(total), locale.toString(total))
        else:
            text = (
                self.tr("%1 of %2")
                .replace("%1", locale.toString(current))
                .replace("%2", locale.toString(total))
            )
        changed = text != self.status.text()
        self.status.setText(text)
        if changed and text and self.isVisible():
            self.resultChanged.emit(text)
        self.previous_button.setEnabled(total > 0)
        self.next_button.setEnabled(total > 0)
