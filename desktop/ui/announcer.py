"""Tell assistive technology about status changes ("Article opened", "Imported 3 articles").

A screen reader only speaks what has focus, so a status-bar text that changes elsewhere is
silent unless announced. Qt 6.8+ has ``QAccessibleAnnouncementEvent``, which screen readers
speak as a live-region message (AT-SPI ``Announcement``, UIA notification); where it is missing
the label's name-changed event is the next best thing, since Orca and NVDA read a status-bar
label whose name changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy

translate = QCoreApplication.translate


class Announcer(QObject):
    """Shows a message in a status label and announces it.

    ``assertive`` interrupts the screen reader (errors); polite messages wait their turn.
    """

    announced = Signal(str)

    def __init__(self, label: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.last_message = ""
        label.setAccessibleName(translate("Announcer", "Status"))
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def announce(self, message: str, *, assertive: bool = False, show: bool = True) -> None:
        """``show=False`` for messages already visible elsewhere (the library's count label):
        assistive technology hears them, the status bar keeps its text."""
        self.last_message = message
        if show:
            self.label.setText(message)
            self.label.setToolTip(message)
        _notify(self.label, message, assertive)
        self.announced.emit(message)


def _notify(label: QLabel, message: str, assertive: bool) -> None:
    # QAccessible is imported here, with the first message: its many enums cost start-up
    # time (~1.5 ms), and nothing is announced before the window is first painted.
    from PySide6 import QtGui
    from PySide6.QtGui import QAccessible

    announcement = getattr(QtGui, "QAccessibleAnnouncementEvent", None)  # Qt >= 6.8
    if announcement is not None:
        event = announcement(label, message)
        if assertive:
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)
    else:  # pragma: no cover - older Qt
        label.setAccessibleDescription(message)
        QAccessible.updateAccessibility(
            QtGui.QAccessibleEvent(label, QAccessible.Event.NameChanged)
        )
