"""Render the reader with the read-aloud bar and a speech highlight to PNG files, to look at
the highlight colours and the controls in each theme.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/render_read_aloud.py [--out screenshots]

Each shot runs in its own process (a fresh QApplication, so language and layout direction
apply from the start). The highlight is put where reading would put it: the controller moves
to the third sentence (as F8 does while stopped), then the reader marks a word of it as the
player's clock would. No sound is played. Shots: light and dark (English), light in Arabic
(right to left), high contrast, Arabic dark at 200 % text, and a machine without a voice (the
controls disabled, the status saying what to install).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

SHOTS = [
    {"language": "en", "theme": "light"},
    {"language": "en", "theme": "dark"},
    {"language": "ar", "theme": "light"},
    {"language": "en", "theme": "high_contrast"},
    {"language": "en", "theme": "light", "no_voice": True},
    {"language": "ar", "theme": "dark", "scale": 2},
]


def shot_name(shot: dict) -> str:
    suffix = "_novoice" if shot.get("no_voice") else ""
    suffix += "_200pct" if shot.get("scale") == 2 else ""
    return f"read_aloud_{shot['language']}_{shot['theme']}{suffix}.png"


def render(shot: dict, out: Path, size: tuple[int, int]) -> None:
    sys.path.insert(0, str(REPO))
    from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])
    if shot.get("scale"):
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * shot["scale"])
        app.setFont(font)
    from desktop.arabic import words
    from desktop.bundled import ensure_bundled_library
    from desktop.store import Store
    from desktop.tts import EngineUnavailable, default_engine
    from desktop.tts.engine import INSTALL_HINT
    from desktop.ui import i18n
    from desktop.ui.main_window import window_palette
    from desktop.ui.read_aloud import ReadAloudController
    from desktop.ui.read_aloud_bar import ReadAloudBar
    from desktop.ui.reader_view import ReaderView
    from desktop.ui.typography import SETTINGS_KEY, Typography

    def no_voice():
        raise EngineUnavailable("eSpeak NG could not be loaded. " + INSTALL_HINT)

    i18n.install(app, shot["language"])
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "library.sqlite3")
        ids = ensure_bundled_library(store)
        store.set_setting(SETTINGS_KEY, Typography(theme=shot["theme"]).to_dict())
        window = QMainWindow()
        reader = ReaderView(store, window)
        if shot["theme"] != "light":  # the window's colours follow the theme, as in the app
            app.setPalette(window_palette(reader.theme))
        controller = ReadAloudController(
            reader,
            store,
            window,
            engine_factory=no_voice if shot.get("no_voice") else default_engine,
        )
        bar = ReadAloudBar(controller, parent=window)
        box = QWidget(window)  # as the main window lays it out: the bar under the reader
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(reader, 1)
        column.addWidget(bar)
        window.setCentralWidget(box)
        window.resize(*size)
        window.show()
        reader.show_article(ids[0])
        if controller.available:
            for _ in range(3):
                controller.next_sentence()
            block, s0, s1 = reader.speech_highlight()[:3]
            text = reader.article.blocks[block].text[s0:s1]
            word = words(text)[min(2, len(words(text)) - 1)]
            reader.set_speech_highlight(block, s0, s1, s0 + word.start, s0 + word.end)
        for _ in range(10):
            app.processEvents()
        window.grab().save(str(out))
        controller.close()
        window.close()
        store.close()


if __name__ == "__main__":
    import shot_runner

    sys.exit(
        shot_runner.main(__file__, __doc__.splitlines()[0], SHOTS, shot_name, render, "1000x700")
    )
