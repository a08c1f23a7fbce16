"""Start the desktop app: Qt application, fonts, library, translations, main window.

``qari`` with no subcommand calls ``run``. A library that cannot be opened is shown in a message
box and the process exits with 3, as the CLI does (nothing is created or changed in that case).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from desktop import paths
from desktop.cli import EXIT_STORE

if TYPE_CHECKING:
    from desktop.store import StoreError


class App:
    """Holds the store and the one main window; rebuilds the window when the language changes."""

    def __init__(self, qapp, store) -> None:
        self.qapp = qapp
        self.store = store
        self.window = None

    def show_window(self, language_choice: str | None = None):
        from desktop.ui import i18n
        from desktop.ui.main_window import MainWindow

        choice = language_choice or self.store.get_setting(i18n.SETTING_KEY, "system")
        old = self.window
        if old is not None:  # saved in its own direction, before the new language sets one
            old.save_position()
            old.save_window()
        i18n.install(self.qapp, i18n.resolve(choice))
        window = MainWindow(self.store, defer_library=True)
        window.languageChangeRequested.connect(self.change_language)
        # After the first paint (the list fills then): the log's handler costs ~9 ms to load.
        window.libraryLoaded.connect(self._log_to_file)
        window.show()
        window.open_initial()
        self.window = window
        if old is not None:
            # Shown before the old one closes, so the app never has zero windows and stays up.
            old.languageChangeRequested.disconnect(self.change_language)
            old.close()
            old.deleteLater()
        return window

    def _log_to_file(self) -> None:
        from desktop.log_file import log_to_file

        log_to_file(self.store.path.parent)

    def change_language(self, choice: str) -> None:
        from PySide6.QtCore import QCoreApplication

        window = self.show_window(choice)
        window.announcer.announce(QCoreApplication.translate("App", "Language changed"))


def start(argv: list[str], data_dir: str | None = None) -> App | int:
    """Everything ``run`` does before the event loop: returns the App with its window shown,
    or the exit code when the library cannot be opened. (The start-up benchmark calls this.)"""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.store import Store, StoreError

    if QApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    qapp = QApplication.instance() or QApplication(argv)
    qapp.setApplicationName("Qari")
    qapp.setApplicationDisplayName("Qari")
    qapp.setOrganizationName("Qari")
    qapp.setDesktopFileName("qari")

    from desktop.ui.fonts import load_bundled_fonts

    load_bundled_fonts()

    try:
        store = Store.open(paths.database_path(data_dir))
    except StoreError as exc:
        from desktop.ui import i18n

        i18n.install(qapp, i18n.resolve("system"))
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Qari cannot open the library"),
            store_error_text(exc),
        )
        return EXIT_STORE

    from desktop.bundled import ensure_bundled_library

    try:
        ensure_bundled_library(store)
        app = App(qapp, store)
        app.show_window()
    except BaseException:
        store.close()
        raise
    return app


def store_error_text(exc: StoreError) -> str:
    """Why the library cannot be opened, in the interface language (``StoreError.kind``); a
    reason without words of its own keeps SQLite's English after the sentence."""
    from PySide6.QtCore import QCoreApplication

    from desktop.store import StoreError
    from desktop.ui.i18n import path_isolated

    translate = QCoreApplication.translate
    texts = {
        StoreError.NOT_A_FOLDER: translate(
            "App",
            "The library folder %1 cannot be made here. Choose another folder with --data-dir.",
        ),
        StoreError.NOT_A_LIBRARY: translate(
            "App",
            "%1 is not a Qari library: it is damaged, or another kind of file. Nothing was "
            "changed. Move it away, or choose another folder with --data-dir.",
        ),
        StoreError.NEWER: translate(
            "App", "%1 was written by a newer Qari. Update Qari to open it."
        ),
        StoreError.READ_ONLY: translate(
            "App",
            "%1 can only be read, and Qari writes to its library as you read (your place, your "
            "notes). Nothing was changed. Copy it to a folder you can write to.",
        ),
    }
    own_words = exc.kind in texts
    text = texts[exc.kind] if own_words else translate("App", "%1 cannot be opened.")
    sentence = text.replace("%1", path_isolated(exc.path))
    return sentence if own_words else f"{sentence}\n\n{exc}"


def run(argv: list[str], data_dir: str | None = None) -> int:
    """Open the app on the library in ``data_dir`` (default: the user's data folder)."""
    app = start(argv, data_dir)
    if isinstance(app, int):
        return app
    try:
        return app.qapp.exec()
    finally:
        app.store.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run(sys.argv))
