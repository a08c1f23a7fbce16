"""What start-up loads before the first painted article, and what it leaves for after.

Speed is measured by bench/bench_startup.py; this guards the design that makes it: the window
that is first painted is the whole window (menus, toolbar, library pane, reader with the
article, read-aloud bar), yet the modules below load only when used or after the first paint.
A fresh process, as a user starts the app, on a library used before (the first run, which
imports the bundled articles and notes the article opened, writes and so loads sqlite-utils).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop.bundled import ensure_bundled_library
from desktop.store import Store
from desktop.ui.main_window import SETTING_LAST_ARTICLE

REPO = Path(__file__).resolve().parents[2]

#: Not needed to paint the window: each loads later, when its feature is first used.
LATER = (
    "sqlite_utils",  # the first write
    "numpy",  # came with sqlite-utils
    "difflib",  # re-anchoring notes whose text changed
    "desktop.tts.export",  # audio export
    "desktop.tts.diacritizer",  # restoring vowels, when reading starts
    "desktop.tts.espeak_route",  # the engine, after the first paint
    "desktop.ui.export_audio",
    "desktop.ui.notes_panel",  # the hidden notes dock, when shown
    "desktop.ui.article_delegate",  # draws list rows: the list fills after the first paint
    "desktop.notes_export",
    "desktop.ui.notes_view",
    "PySide6.QtMultimedia",  # the audio player, when reading starts
    "desktop.ui.menu_style",  # when a menu is first opened
    "logging.handlers",  # the log file, once the list is filled
)

CHILD = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from desktop import cli  # as the qari command starts: its module, its command line, the app
from desktop.app import start

later, out = json.loads(sys.argv[2]), sys.argv[3]
args = cli.build_parser().parse_args(["--data-dir", sys.argv[1]])
app = start(["qari"], args.data_dir)
window = app.window
record = {}

def finished():
    record["after"] = [m for m in later if m in sys.modules]
    record["engine_loaded"] = window.read_aloud.engine_loaded
    record["voices"] = window.read_aloud_bar.voice.count()
    record["listed"] = window.library.model.rowCount()
    with open(out, "w") as f:
        json.dump(record, f)
    app.qapp.quit()

def painted():
    record["at_paint"] = [m for m in later if m in sys.modules]
    record["menus"] = [a.text() for a in window.menuBar().actions()]
    record["toolbar"] = len(window.toolbar.actions())
    record["bar_visible"] = window.read_aloud_bar.isVisible()
    record["title"] = window.reader.article.title if window.reader.article else None
    def done():
        return window.library.loaded and window.read_aloud.engine_loaded
    timer = QTimer(window, interval=10)
    timer.timeout.connect(lambda: done() and (timer.stop(), finished()))
    timer.start()

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False

watch = Watch()
window.reader.browser.viewport().installEventFilter(watch)
app.qapp.exec()
app.store.close()
"""


def run_app(tmp_path: Path) -> dict:
    data = tmp_path / "data"
    with Store.open(data / "library.sqlite3") as store:
        first = ensure_bundled_library(store)[0]
        store.set_setting(SETTING_LAST_ARTICLE, first)  # as the run before left it
    out = tmp_path / "record.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(data), json.dumps(LATER), str(out)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def test_the_first_paint_is_the_whole_window_without_the_later_modules(tmp_path) -> None:
    record = run_app(tmp_path)
    assert record["at_paint"] == []
    # ... and it is the whole window: menus, toolbar, the read-aloud bar, an article.
    assert len(record["menus"]) >= 5
    assert record["toolbar"] > 0
    assert record["bar_visible"]
    assert record["title"]
    # Right after: the list is filled and the engine's voices are in the bar.
    assert record["listed"] >= 4
    assert record["engine_loaded"]
    assert record["voices"] > 0


def test_the_probe_sees_a_module_that_is_loaded(tmp_path, monkeypatch) -> None:
    """Guard: ``at_paint`` is not empty because the check looks nowhere."""
    monkeypatch.setattr(sys.modules[__name__], "LATER", ("desktop.ui.reader_view",))
    record = run_app(tmp_path)
    assert record["at_paint"] == ["desktop.ui.reader_view"]
