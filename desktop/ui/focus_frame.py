"""Focus that stays visible in every theme, for the widgets the style leaves without it.

Fusion draws no focus frame around item views, and draws a line edit's frame a shade darker
than the window, which on the dark and high-contrast themes is black on black. Its focus on a
flat tool button is a faint square (1.3:1 on dark), and a default push button looks the same
with and without the focus. Keyboard users must always see where they are, so the window's
controls use these instead of the plain Qt classes: a 2 px ring in the theme's focus colour
(``set_focus_colour``), which keeps at least 3:1 against every theme's background. (Not a style
sheet: it would make Qt ignore the theme palette. Not a proxy style: it would route every
primitive of every widget through Python.)
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QToolButton,
)

_FOCUS_PROPERTY = "qariFocusColour"


def set_focus_colour(app: QApplication, colour: str) -> None:
    """The theme's focus colour, for every ring (the window sets it with the theme)."""
    app.setProperty(_FOCUS_PROPERTY, colour)


def focus_colour(widget) -> QColor:
    app = QApplication.instance()
    value = app.property(_FOCUS_PROPERTY) if app is not None else None
    return QColor(value) if value else widget.palette().color(QPalette.ColorRole.Highlight)


class _FocusRing:
    """A 2 px ring in the focus colour around a control while it has the keyboard focus
    (mixed in before the Qt class; the control repaints itself when the focus comes or goes).
    """

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            pen = QPen(focus_colour(self))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
            painter.end()


class FramedToolButton(_FocusRing, QToolButton):
    pass


class FramedPushButton(_FocusRing, QPushButton):
    pass


class FramedCheckBox(_FocusRing, QCheckBox):
    pass


class FramedRadioButton(_FocusRing, QRadioButton):
    pass


class FramedComboBox(_FocusRing, QComboBox):
    pass


def _frame(painter: QPainter, palette: QPalette, rect, focused: bool) -> None:
    role = QPalette.ColorRole.Highlight if focused else QPalette.ColorRole.PlaceholderText
    pen = QPen(palette.color(role))
    pen.setWidth(2 if focused else 1)
    painter.setPen(pen)
    painter.drawRect(rect.adjusted(1, 1, -1, -1) if focused else rect.adjusted(0, 0, -1, -1))


class FramedLineEdit(QLineEdit):
    """A line edit whose frame, and its focus, show on dark palettes too."""

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.palette().color(QPalette.ColorRole.Window).lightness() >= 96:
            return  # light palettes: the style's own frame and focus are visible
        painter = QPainter(self)
        _frame(painter, self.palette(), self.rect(), self.hasFocus())
        painter.end()


class _FocusFramed:
    """For item views: a 2 px frame in the highlight colour inside the viewport while the view
    has the focus (mixed in before the Qt class)."""

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        view: QAbstractItemView = self  # type: ignore[assignment]
        if view.hasFocus():
            painter = QPainter(view.viewport())
            _frame(painter, view.palette(), view.viewport().rect(), True)
            painter.end()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.viewport().update()


class FramedListView(_FocusFramed, QListView):
    pass


class FramedListWidget(_FocusFramed, QListWidget):
    pass


class FramedTableView(_FocusFramed, QTableView):
    pass


class FramedTableWidget(_FocusFramed, QTableWidget):
    pass
