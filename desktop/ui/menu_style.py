"""Menus that show their shortcuts left to right in the right-to-left (Arabic) interface.

Qt draws an entry's shortcut in the menu's direction, so in Arabic a key at the end that has
no direction of its own moves to the front and is mirrored: "Ctrl+]" reads "[+Ctrl", "Ctrl+-"
reads "-+Ctrl". This proxy style draws each shortcut as a left-to-right isolate (LRI…PDI), as
``actions.shortcut_text`` writes them for the shortcuts help. The registry gives it to a menu
when the menu first opens (``actions.Registry.build_menus``): this module costs ~2 ms to load,
which start-up does not pay.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOptionMenuItem

LRI, PDI = "\u2066", "\u2069"


def isolate_shortcut(text: str) -> str:
    """A menu entry's text ("Wider Text\tCtrl+]") with its shortcut part isolated."""
    label, tab, keys = text.partition("\t")
    if not tab or not keys or keys.startswith(LRI):
        return text
    return f"{label}\t{LRI}{keys}{PDI}"


class ShortcutIsolatingStyle(QProxyStyle):
    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt)
        if element == QStyle.ControlElement.CE_MenuItem and "\t" in option.text:
            option = QStyleOptionMenuItem(option)
            option.text = isolate_shortcut(option.text)
        super().drawControl(element, option, painter, widget)


_style: list[ShortcutIsolatingStyle] = []  # one for every menu, kept referenced


def isolating_style() -> ShortcutIsolatingStyle:
    if not _style:
        _style.append(ShortcutIsolatingStyle())
    return _style[0]
