"""Fixtures for window tests: a real library (the bundled articles in a fresh SQLite file) and
real main windows on the offscreen platform, in English unless a test switches language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.bundled import ensure_bundled_library
from desktop.store import Store

if TYPE_CHECKING:
    from desktop.model import Article
    from desktop.ui.reader_view import ReaderView


@pytest.fixture
def library(store: Store) -> Store:
    """The test's store holding the first-run library (seed article first in the list)."""
    ids = ensure_bundled_library(store)
    assert len(ids) >= 2, "the bundled library should hold several articles"
    return store


@pytest.fixture
def make_window(qtbot, library: Store, english) -> Iterator[Callable[..., object]]:
    """Build, show and open a window on a store (the test's library by default).

    Windows are closed here, before the store fixture closes the database, because closing a
    window saves its position and geometry.
    """
    from desktop.ui.main_window import MainWindow  # here, so reader tests do not need it

    windows: list[MainWindow] = []

    def make(store: Store | None = None) -> MainWindow:
        window = MainWindow(store or library)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.open_initial()
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()
        window.deleteLater()


@pytest.fixture
def make_reader(qtbot, store: Store) -> Callable[..., ReaderView]:
    """Build and show a ReaderView (on the test's store unless ``on`` is given), with
    ``article`` open if given: an Article as it is, or the id of one in the store."""
    from desktop.ui.reader_view import ReaderView  # here, so the window tests do not need it

    def make(
        article: Article | int | None = None,
        *,
        size: tuple[int, int] = (800, 900),
        on: Store | None = None,
    ) -> ReaderView:
        view = ReaderView(on if on is not None else store)
        qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        if isinstance(article, int):
            view.show_article(article)
        elif article is not None:
            view.show_article_obj(article)
        return view

    return make


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def type_text() -> Callable[[QWidget, str], None]:
    return _type_text


def _type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, as a keyboard would. (QTest.keyClicks aborts on non-Latin-1
    characters, so Arabic needs key events carrying the text.)"""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
