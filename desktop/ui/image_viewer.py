"""A figure's image enlarged: zoom by keyboard, wheel or buttons; Esc closes.

Keys: Ctrl+= / Ctrl++ zoom in, Ctrl+- zoom out, Ctrl+0 or 0 fit to the window, 1 actual size.
The image carries the figure's alt text as its accessible name, the caption and credit are shown
as text below it, so a screen reader gets the same information as the page.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.announcer import Announcer
from desktop.ui.document_builder import credit_line
from desktop.ui.focus_frame import FramedPushButton

MIN_SCALE, MAX_SCALE, STEP = 0.05, 8.0, 1.25


class _ImageArea(QScrollArea):
    """Scroll area whose wheel zooms instead of scrolling (panning stays on the arrow keys)."""

    wheelZoom = Signal(int)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        delta = event.angleDelta().y()
        if delta:
            self.wheelZoom.emit(1 if delta > 0 else -1)
            event.accept()
        else:
            super().wheelEvent(event)


class ImageViewer(QDialog):
    scaleChanged = Signal(float)

    def __init__(
        self,
        image: QImage,
        alt: str = "",
        caption: str = "",
        credit: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._image = image
        self._pixmap = QPixmap.fromImage(image)
        self._scale = 1.0
        self._fit = True
        self.setWindowTitle(caption or alt or self.tr("Image"))
        self.setAccessibleName(self.tr("Image viewer"))
        self.setAccessibleDescription(
            self.tr("Zoom in with Ctrl+=, zoom out with Ctrl+-, fit with Ctrl+0. Esc closes.")
        )

        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image_label.setAccessibleName(alt or caption or self.tr("Image"))
        if alt and caption and alt != caption:
            self.image_label.setAccessibleDescription(caption)
        text = "\n".join(part for part in (caption, credit and credit_line(credit)) if part)
        # The image area has the focus when the viewer opens: it carries what a screen
        # reader should say first, the alt text as its name and the caption and credit.
        self._area = _ImageArea()
        self._area.setWidget(self.image_label)
        self._area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._area.setAccessibleName(alt or caption or self.tr("Image"))
        self._area.setAccessibleDescription(text if alt else credit_line(credit) if credit else "")
        self._area.wheelZoom.connect(lambda d: self.zoom_in() if d > 0 else self.zoom_out())

        self._caption = QLabel(text)
        self._caption.setWordWrap(True)
        self._caption.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._caption.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it, to read it
        self._caption.setAccessibleDescription(self.tr("Caption"))  # its name is its text
        self._caption.setVisible(bool(text))

        buttons = QHBoxLayout()
        for label, tip, slot in (
            (self.tr("Zoom in"), self.tr("Make the image larger (Ctrl+=)"), self.zoom_in),
            (self.tr("Zoom out"), self.tr("Make the image smaller (Ctrl+-)"), self.zoom_out),
            (self.tr("Fit"), self.tr("Fit the image to the window (Ctrl+0)"), self.fit),
            (
                self.tr("Actual size"),
                self.tr("Show the image at its own size (1)"),
                self.actual_size,
            ),
        ):
            button = FramedPushButton(label)
            button.setAccessibleName(label)
            button.setAccessibleDescription(tip)
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self._status = QLabel()
        self._zoom_said = Announcer(self._status, self)  # each zoom the user asks for is said
        self._status.setAccessibleName("")  # read on its own, it says the zoom (its text)
        self._status.setAccessibleDescription(self.tr("Zoom level"))
        buttons.addWidget(self._status)
        close = FramedPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.setAccessibleDescription(self.tr("Close the image viewer (Esc)"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self._area, 1)
        layout.addWidget(self._caption)
        layout.addLayout(buttons)

        self.resize(900, 700)
        self._area.setFocus()
        self._update()

    # -- zoom -------------------------------------------------------------------------------

    @property
    def scale(self) -> float:
        return self._scale

    def zoom_in(self) -> None:
        self._set_scale(self._scale * STEP)

    def zoom_out(self) -> None:
        self._set_scale(self._scale / STEP)

    def actual_size(self) -> None:
        self._set_scale(1.0)

    def fit(self) -> None:
        self._fit = True
        self._update()
        self._say_zoom()

    def _say_zoom(self) -> None:
        self._zoom_said.announce(self._status.text())

    def _fit_scale(self) -> float:
        view = self._area.maximumViewportSize()  # as if no scroll bars were showing
        if self._image.width() <= 0 or self._image.height() <= 0:
            return 1.0
        return min(1.0, view.width() / self._image.width(), view.height() / self._image.height())

    def _set_scale(self, scale: float) -> None:
        self._fit = False
        self._scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        self._update()
        self._say_zoom()

    def _update(self) -> None:
        if self._fit:
            self._scale = max(MIN_SCALE, self._fit_scale())
        w = max(1, round(self._image.width() * self._scale))
        h = max(1, round(self._image.height() * self._scale))
        self.image_label.setPixmap(
            self._pixmap.scaled(
                w, h, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        self.image_label.resize(w, h)
        self._status.setText(
            self.tr("%1%").replace("%1", QLocale().toString(round(self._scale * 100)))
        )
        self.scaleChanged.emit(self._scale)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # Handled here rather than with QShortcuts: keys reach the dialog from any child that
        # does not use them, without depending on window activation or clashing with the
        # main window's own Ctrl+= / Ctrl+- actions.
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if event.matches(QKeySequence.StandardKey.ZoomIn) or key in (
            Qt.Key.Key_Equal,
            Qt.Key.Key_Plus,
        ):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key == Qt.Key.Key_1 and not ctrl:
            self.actual_size()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self._fit:
            self._update()
