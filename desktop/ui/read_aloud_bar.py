"""The read-aloud controls: a strip the main window lays out under the reader.

``ReadAloudBar(controller, actions=None, parent=None)``: the transport buttons show the
controller's QActions (the registry's, or ``controller.create_actions(bar)`` when none are
given), so a button, its menu entry and its shortcut are one command. The rest (speed, volume,
voice, follow, vowels) talk to the controller directly and follow its ``settingsChanged``.

A plain widget, not a QToolBar: a tool bar hides what does not fit behind an extension button
the Tab key never reaches, and it ignores height-for-width, which the wrapped status line and
the controls need (at 200 % text they wrap onto more rows instead of widening the window). When
no voice can speak, every control is disabled except the status line, which says why and what
to install; it takes focus, so a keyboard or screen reader user can read (and copy) it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPalette, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.tts.engine import MAX_RATE, MIN_RATE
from desktop.ui.actions import plain_text
from desktop.ui.focus_frame import FramedCheckBox, FramedComboBox, FramedToolButton
from desktop.ui.read_aloud import ReadAloudController, state_text, voice_label

translate = QCoreApplication.translate

# Button order: back, play, forward. Media transport keeps this order in right-to-left
# interfaces too (it stands for time, not for the page), as media players do.
TRANSPORT = (
    "previous_paragraph",
    "previous_sentence",
    "play_pause",
    "stop",
    "next_sentence",
    "next_paragraph",
)
# Glyphs in a unit square, drawn in the palette's text colour: the style's standard media
# icons are black whatever the theme (invisible in dark and high contrast), and icon themes
# do not know the reader's palette either.
_GLYPHS: dict[str, list[tuple[str, tuple]]] = {
    "play": [("poly", ((0.22, 0.12), (0.86, 0.5), (0.22, 0.88)))],
    "pause": [("rect", (0.2, 0.14, 0.2, 0.72)), ("rect", (0.6, 0.14, 0.2, 0.72))],
    "stop": [("rect", (0.18, 0.18, 0.64, 0.64))],
    "seek_forward": [
        ("poly", ((0.1, 0.2), (0.5, 0.5), (0.1, 0.8))),
        ("poly", ((0.5, 0.2), (0.9, 0.5), (0.5, 0.8))),
    ],
    "skip_forward": [
        ("poly", ((0.06, 0.2), (0.42, 0.5), (0.06, 0.8))),
        ("poly", ((0.42, 0.2), (0.78, 0.5), (0.42, 0.8))),
        ("rect", (0.8, 0.2, 0.12, 0.6)),
    ],
}
_ICONS = {
    "previous_paragraph": ("skip_forward", True),
    "previous_sentence": ("seek_forward", True),
    "play_pause": ("play", False),
    "pause": ("pause", False),
    "stop": ("stop", False),
    "next_sentence": ("seek_forward", False),
    "next_paragraph": ("skip_forward", False),
}
ICON_SIZE = 20


class ReadAloudBar(QFrame):
    def __init__(
        self,
        controller: ReadAloudController,
        actions: dict[str, QAction] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readAloudBar")
        self.setAccessibleName(translate("ReadAloudBar", "Read aloud"))
        self.setWindowTitle(translate("ReadAloudBar", "Read aloud"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.controller = controller
        if actions is None:
            actions = controller.actions or controller.create_actions(self)
        self.actions_by_name = actions
        rows = QVBoxLayout(self)
        rows.setContentsMargins(6, 4, 6, 4)
        rows.setSpacing(4)
        top, bottom = QHBoxLayout(), _FlowLayout()
        rows.addLayout(top)
        rows.addLayout(bottom)
        icon = max(ICON_SIZE, round(self.fontMetrics().height() * 1.2))  # grows with the text

        transport = QWidget(self)
        transport.setObjectName("readAloudTransport")
        transport.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        buttons = QHBoxLayout(transport)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for name in TRANSPORT:
            button = FramedToolButton(transport)
            button.setObjectName(f"readAloud_{name}")
            button.setDefaultAction(actions[name])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setAutoRaise(True)
            button.setIconSize(QSize(icon, icon))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            buttons.addWidget(button)
            self.buttons[name] = button
        top.addWidget(transport)

        self.status = QLabel(self)
        self.status.setObjectName("readAloudStatus")
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.status.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.status.setAccessibleName(translate("ReadAloudBar", "Read aloud status"))
        top.addWidget(self.status, 1)

        self.rate = QSpinBox(self)
        self.rate.setObjectName("readAloudRate")
        self.rate.setRange(MIN_RATE, MAX_RATE)
        self.rate.setSingleStep(5)
        self.rate.setKeyboardTracking(False)  # typed "200" is one change, not "2", "20", "200"
        self.rate.setSuffix(translate("ReadAloudBar", " words/min"))
        self.rate.setAccessibleName(translate("ReadAloudBar", "Speed"))
        self.rate.setAccessibleDescription(
            translate("ReadAloudBar", "Reading speed in words a minute")
        )
        # The editor inside a spin box takes focus too; screen readers land on it by name.
        self.rate.lineEdit().setAccessibleName(self.rate.accessibleName())
        self.rate.valueChanged.connect(controller.set_rate)
        self._labelled(bottom, translate("ReadAloudBar", "Speed:"), self.rate)

        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setObjectName("readAloudVolume")
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(5)
        self.volume.setPageStep(20)
        self.volume.setMinimumWidth(80)
        self.volume.setMaximumWidth(140)
        self.volume.setAccessibleName(translate("ReadAloudBar", "Volume"))
        self.volume.setAccessibleDescription(
            translate("ReadAloudBar", "Loudness of the reading voice, in percent")
        )
        self.volume.valueChanged.connect(lambda value: controller.set_volume(value / 100))
        self._labelled(bottom, translate("ReadAloudBar", "Volume:"), self.volume)

        self.voice = FramedComboBox(self)
        self.voice.setObjectName("readAloudVoice")
        self.voice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.voice.setMinimumContentsLength(14)
        self.voice.setAccessibleName(translate("ReadAloudBar", "Voice"))
        self.voice.setAccessibleDescription(
            translate(
                "ReadAloudBar",
                "The voice that reads; one for the article's language is chosen by itself",
            )
        )
        self.voice.activated.connect(self._voice_chosen)
        self._labelled(bottom, translate("ReadAloudBar", "Voice:"), self.voice)

        self.follow = FramedCheckBox(translate("ReadAloudBar", "Follow"), self)
        self.follow.setObjectName("readAloudFollow")
        self.follow.setAccessibleName(translate("ReadAloudBar", "Follow the spoken word"))
        self.follow.setAccessibleDescription(
            translate("ReadAloudBar", "Scroll the article so the word being read stays in view")
        )
        self.follow.toggled.connect(controller.set_follow)
        bottom.addWidget(self.follow)

        self.diacritize = FramedCheckBox(translate("ReadAloudBar", "Restore vowels"), self)
        self.diacritize.setObjectName("readAloudDiacritize")
        self.diacritize.setAccessibleName(translate("ReadAloudBar", "Restore vowels"))
        self.diacritize.setAccessibleDescription(
            translate(
                "ReadAloudBar",
                "Add the short vowels Arabic text leaves out before speaking, so words are "
                "pronounced right",
            )
        )
        self.diacritize.toggled.connect(controller.set_diacritize)
        bottom.addWidget(self.diacritize)

        self.controls: list[QWidget] = [
            *self.buttons.values(),
            self.rate,
            self.volume,
            self.voice,
            self.follow,
            self.diacritize,
        ]
        self._set_icons()
        for action in actions.values():
            action.changed.connect(self._sync_buttons)
        controller.stateChanged.connect(self._on_state)
        controller.message.connect(self._on_message)
        controller.settingsChanged.connect(self._sync)
        # Needs no engine: shown at once, replaced only if the engine turns out unavailable.
        self.set_status(
            translate("ReadAloudBar", "Press %1 to read aloud").replace(
                "%1", controller.play_pause_keys
            )
        )
        if controller.engine_loaded:
            self._engine_loaded()
        else:  # the window loads the engine after its first paint
            controller.engineLoaded.connect(self._engine_loaded)
            self._sync()
        self._sync_buttons()

    @Slot()
    def _engine_loaded(self) -> None:
        controller = self.controller
        for v in controller.voices:
            self.voice.addItem(voice_label(v), v.id)
        self._sync()
        if not controller.available:
            self.set_status(
                translate(
                    "ReadAloudBar", "Read aloud is not available on this computer: %1"
                ).replace("%1", controller.unavailable_reason)
            )

    def _labelled(self, row: _FlowLayout, text: str, widget: QWidget) -> None:
        """Label and control in one piece, so a narrow bar wraps them together."""
        group = QWidget(widget.parentWidget())
        pair = QHBoxLayout(group)
        pair.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text, group)
        label.setBuddy(widget)
        widget.setParent(group)
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        pair.addWidget(label)
        pair.addWidget(widget)
        row.addWidget(group)

    # --- following the controller ----------------------------------------------------------

    def set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setToolTip(text)
        self.status.setAccessibleDescription(text)

    @Slot(str)
    def _on_state(self, state: str) -> None:
        self._set_icons()
        if state != "error":  # the error's own message stays up
            self.set_status(state_text(state))

    def _set_icons(self) -> None:
        playing = self.controller.state in ("playing", "loading")
        for name in TRANSPORT:
            glyph = "pause" if name == "play_pause" and playing else name
            self.actions_by_name[name].setIcon(_icon(self, glyph))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a theme change: glyphs in its colours
            self._set_icons()

    @Slot(str)
    def _on_message(self, text: str) -> None:
        self.set_status(text)

    @Slot()
    def _sync(self) -> None:
        c = self.controller
        if c.engine_loaded:  # until then as if available (see _engine_loaded)
            for widget in self.controls:
                widget.setEnabled(c.available)
        for widget, value in (
            (self.rate, c.rate),
            (self.volume, round(c.volume * 100)),
            (self.follow, c.follow),
            (self.diacritize, c.diacritize),
        ):
            widget.blockSignals(True)
            if isinstance(widget, QCheckBox):
                widget.setChecked(value)
            else:
                widget.setValue(value)
            widget.blockSignals(False)
        self.volume.setToolTip(
            translate("ReadAloudBar", "Volume: %1%").replace("%1", str(self.volume.value()))
        )
        voice = c.voice if c.engine_loaded else None
        index = self.voice.findData(voice.id) if voice is not None else -1
        if index >= 0 and index != self.voice.currentIndex():
            self.voice.blockSignals(True)
            self.voice.setCurrentIndex(index)
            self.voice.blockSignals(False)

    @Slot()
    def _sync_buttons(self) -> None:
        """Buttons are named like their action now (Play or Pause)."""
        for name, button in self.buttons.items():
            action = self.actions_by_name[name]
            button.setAccessibleName(plain_text(action.text()))
            button.setAccessibleDescription(action.statusTip())

    @Slot(int)
    def _voice_chosen(self, index: int) -> None:
        voice_id = self.voice.itemData(index)
        voice = next((v for v in self.controller.voices if v.id == voice_id), None)
        if voice is not None:
            self.controller.set_voice(voice)


class _FlowLayout(QLayout):
    """Items in a line that wraps onto the next when the bar is too narrow (the Qt "flow
    layout" example), in the widget's reading direction."""

    def __init__(self, spacing: int = 8) -> None:
        super().__init__()
        self._items: list[QLayoutItem] = []
        self._gap = spacing

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._place(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._place(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        width = sum(i.sizeHint().width() for i in self._items) + self._gap * max(
            0, self.count() - 1
        )
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, apply: bool) -> int:
        """Fill lines left to right (mirrored for right to left), each item centred in its
        line's height; returns the height used."""
        lines: list[list[QLayoutItem]] = [[]]
        x = rect.x()
        for item in self._items:
            width = item.sizeHint().width()
            if x + width > rect.right() + 1 and lines[-1]:
                lines.append([])
                x = rect.x()
            lines[-1].append(item)
            x += width + self._gap
        y = rect.y()
        direction = self.parentWidget().layoutDirection() if self.parentWidget() else None
        for line in lines:
            height = max((i.sizeHint().height() for i in line), default=0)
            x = rect.x()
            for item in line:
                hint = item.sizeHint()
                if apply:
                    box = QRect(QPoint(x, y + (height - hint.height()) // 2), hint)
                    if direction == Qt.LayoutDirection.RightToLeft:
                        # QStyle.visualRect's mirroring: made here, as QStyle's first use
                        # costs 4 ms of start-up making its enums
                        box.moveLeft(rect.left() + rect.right() - box.right())
                    item.setGeometry(box)
                x += hint.width() + self._gap
            y += height + self._gap // 2
        return max(0, y - self._gap // 2 - rect.y())


def _icon(widget: QWidget, name: str) -> QIcon:
    """The transport glyph ``name`` in ``widget``'s palette, normal and disabled."""
    glyph, mirrored = _ICONS[name]
    palette = widget.palette()
    icon = QIcon()
    for mode, group in (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
    ):
        colour = palette.color(group, QPalette.ColorRole.ButtonText)
        for size in (16, 20, 24, 32, 48):
            icon.addPixmap(_draw(glyph, mirrored, colour, size), mode)
    return icon


def _draw(glyph: str, mirrored: bool, colour: QColor, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if mirrored:
        painter.translate(size, 0)
        painter.scale(-1, 1)
    painter.scale(size, size)
    for kind, shape in _GLYPHS[glyph]:
        if kind == "rect":
            painter.drawRect(QRectF(*shape))
        else:
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in shape]))
    painter.end()
    return pixmap
