"""The read-aloud controls: a tool bar the main window docks under the reader.

``ReadAloudBar(controller, actions=None, parent=None)``: the transport buttons show the
controller's QActions (the registry's, or ``controller.create_actions(bar)`` when none are
given), so a button, its menu entry and its shortcut are one command. The rest (speed, volume,
voice, follow, vowels) talk to the controller directly and follow its ``settingsChanged``.

Two rows in one widget rather than tool bar items: a tool bar hides items that do not fit behind
an extension button the Tab key never reaches, and at 200 % text one row does not fit. When no
voice can speak, every control is disabled except the status line, which says why and what to
install; it takes focus, so a keyboard or screen reader user can read (and copy) the command.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPalette, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.tts.engine import MAX_RATE, MIN_RATE
from desktop.ui.actions import plain_text, shortcut_text
from desktop.ui.read_aloud import ReadAloudController, action_specs, state_text, voice_label

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
_TRIANGLE_RIGHT = ((0.0, 0.0), (1.0, 0.5), (0.0, 1.0))
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


class ReadAloudBar(QToolBar):
    def __init__(
        self,
        controller: ReadAloudController,
        actions: dict[str, QAction] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("ReadAloudBar", "Read aloud"), parent)
        self.setObjectName("readAloudBar")
        self.setAccessibleName(translate("ReadAloudBar", "Read aloud"))
        self.setMovable(False)
        self.setFloatable(False)
        self.setAllowedAreas(Qt.ToolBarArea.TopToolBarArea | Qt.ToolBarArea.BottomToolBarArea)
        self.controller = controller
        body = QWidget(self)
        body.setObjectName("readAloudControls")
        if actions is None:
            # Held by the body, not the tool bar: a tool bar shows every action it holds.
            actions = controller.actions or controller.create_actions(body)
        self.actions_by_name = actions
        rows = QVBoxLayout(body)
        rows.setContentsMargins(4, 2, 4, 2)
        rows.setSpacing(2)
        top, bottom = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(top)
        rows.addLayout(bottom)

        transport = QWidget(body)
        transport.setObjectName("readAloudTransport")
        transport.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        buttons = QHBoxLayout(transport)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for name in TRANSPORT:
            button = QToolButton(transport)
            button.setObjectName(f"readAloud_{name}")
            button.setDefaultAction(actions[name])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setAutoRaise(True)
            button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            buttons.addWidget(button)
            self.buttons[name] = button
        top.addWidget(transport)

        self.status = QLabel(body)
        self.status.setObjectName("readAloudStatus")
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.status.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.status.setAccessibleName(translate("ReadAloudBar", "Read aloud status"))
        self.status.installEventFilter(self)
        top.addWidget(self.status, 1)

        self.rate = QSpinBox(body)
        self.rate.setObjectName("readAloudRate")
        self.rate.setRange(MIN_RATE, MAX_RATE)
        self.rate.setSingleStep(5)
        self.rate.setKeyboardTracking(False)  # typed "200" is one change, not "2", "20", "200"
        self.rate.setSuffix(translate("ReadAloudBar", " words/min"))
        self.rate.setAccessibleName(translate("ReadAloudBar", "Speed"))
        self.rate.setAccessibleDescription(
            translate("ReadAloudBar", "Reading speed in words a minute")
        )
        self.rate.valueChanged.connect(controller.set_rate)
        self._labelled(bottom, translate("ReadAloudBar", "Speed:"), self.rate)

        self.volume = QSlider(Qt.Orientation.Horizontal, body)
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

        self.voice = QComboBox(body)
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
        for v in controller.voices:
            self.voice.addItem(voice_label(v), v.id)
        self.voice.activated.connect(self._voice_chosen)
        self._labelled(bottom, translate("ReadAloudBar", "Voice:"), self.voice)

        self.follow = QCheckBox(translate("ReadAloudBar", "Follow"), body)
        self.follow.setObjectName("readAloudFollow")
        self.follow.setAccessibleName(translate("ReadAloudBar", "Follow the spoken word"))
        self.follow.setAccessibleDescription(
            translate("ReadAloudBar", "Scroll the article so the word being read stays in view")
        )
        self.follow.toggled.connect(controller.set_follow)
        bottom.addWidget(self.follow)

        self.diacritize = QCheckBox(translate("ReadAloudBar", "Restore vowels"), body)
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
        bottom.addStretch(1)

        self.addWidget(body)
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
        self._sync()
        self._sync_buttons()
        if controller.available:
            keys = shortcut_text(next(s for s in action_specs() if s.name == "play_pause"))
            self.set_status(translate("ReadAloudBar", "Press %1 to read aloud").replace("%1", keys))
        else:
            self.set_status(
                translate(
                    "ReadAloudBar", "Read aloud is not available on this computer: %1"
                ).replace("%1", controller.unavailable_reason)
            )

    def _labelled(self, row: QHBoxLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text, widget.parentWidget())
        label.setBuddy(widget)
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        row.addWidget(label)
        row.addWidget(widget)

    # --- following the controller ----------------------------------------------------------

    def set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setToolTip(text)
        self.status.setAccessibleDescription(text)
        self._fit_status()

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

    def eventFilter(self, watched, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.status and event.type() == QEvent.Type.Resize:
            self._fit_status()
        return super().eventFilter(watched, event)

    def _fit_status(self) -> None:
        """Tool bars ignore height-for-width: make room for every line of a long message
        (what to install)."""
        rect = self.status.fontMetrics().boundingRect(
            0,
            0,
            max(1, self.status.contentsRect().width()),
            0,
            Qt.TextFlag.TextWordWrap,
            self.status.text(),
        )
        height = rect.height() + self.status.height() - self.status.contentsRect().height()
        if height != self.status.minimumHeight():
            self.status.setMinimumHeight(height)

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
        voice = c.voice
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
