"""Render the main window to PNG files, to look at what users see.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [--out screenshots]

Each shot runs in its own process (a fresh QApplication, so the font size and language apply
from the start, as they would for a user) on a fresh library holding the bundled articles, with
the seed article open. Shots: English and Arabic interface x light and high contrast theme x
default and 200% interface font size, plus a search with snippets, the shortcuts help and the
reader's context menu.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

SHOTS = [
    {"language": language, "theme": theme, "scale": scale}
    for language in ("en", "ar")
    for theme in ("light", "high_contrast")
    for scale in (1, 2)
] + [
    {"language": "ar", "theme": "light", "scale": 1, "search": "حلب"},
    {"language": "en", "theme": "sepia", "scale": 1, "search": "مجلس الامن"},
    {"language": "ar", "theme": "dark", "scale": 1, "dialog": "shortcuts"},
    {"language": "en", "theme": "light", "scale": 1, "dialog": "shortcuts"},
    {"language": "ar", "theme": "light", "scale": 1, "dialog": "context_menu"},
    {"language": "en", "theme": "dark", "scale": 1, "dialog": "context_menu"},
]


def shot_name(shot: dict) -> str:
    parts = [shot["language"], shot["theme"], f"{shot['scale'] * 100}pct"]
    if "search" in shot:
        parts.append("search")
    if "dialog" in shot:
        parts.append(shot["dialog"])
    return "main_" + "_".join(parts) + ".png"


def render(shot: dict, out: Path, size: tuple[int, int]) -> None:
    """In this process: build the library, open the window, grab it."""
    sys.path.insert(0, str(REPO))
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Qari")
    font = QFont(app.font())
    font.setPointSizeF(font.pointSizeF() * shot["scale"])
    app.setFont(font)

    from desktop.bundled import ensure_bundled_library
    from desktop.store import Store
    from desktop.ui import i18n
    from desktop.ui.fonts import load_bundled_fonts
    from desktop.ui.main_window import MainWindow
    from desktop.ui.typography import SETTINGS_KEY, Typography

    load_bundled_fonts()
    i18n.install(app, shot["language"])
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "library.sqlite3")
        ensure_bundled_library(store)
        typography = Typography(theme=shot["theme"])
        typography = typography.with_(size=typography.size * shot["scale"])
        store.set_setting(SETTINGS_KEY, typography.to_dict())
        window = MainWindow(store)
        window.resize(*size)
        window.show()
        window.open_initial()
        if "search" in shot:
            window.library.search.setText(shot["search"])
            window.library.refresh()
        window.library.focus_list()
        for _ in range(5):
            app.processEvents()
        target = window
        if shot.get("dialog") == "shortcuts":
            window.show_shortcuts()
            for _ in range(5):
                app.processEvents()
            target = window.shortcuts_dialog
        if shot.get("dialog") == "context_menu":  # a right-click in the first paragraph
            from PySide6.QtCore import QPoint
            from PySide6.QtGui import QContextMenuEvent, QTextCursor

            reader = window.reader
            cursor = QTextCursor(reader.browser.document())
            cursor.setPosition(reader.built.qt_position(0, 5))
            point = reader.browser.cursorRect(cursor).center()
            viewport = reader.browser.viewport()
            app.sendEvent(
                viewport,
                QContextMenuEvent(
                    QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(QPoint(point))
                ),
            )
            for _ in range(5):
                app.processEvents()
            target = reader.context_menu
        target.grab().save(str(out))
        window.close()
        store.close()


if __name__ == "__main__":
    import shot_runner

    sys.exit(
        shot_runner.main(__file__, __doc__.splitlines()[0], SHOTS, shot_name, render, "1200x800")
    )
