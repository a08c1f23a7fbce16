"""The reader's context menu: the text's own entries plus read aloud's and the notes', for the
place clicked (the caret moves there) or, from the keyboard, for the caret."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from desktop.model import Article, Block, BlockKind, Position
from desktop.ui.main_window import MainWindow
from desktop.ui.reader_view import ReaderView

PARAGRAPHS = [
    "أكد ستيفان دي ميستورا، المبعوث الأممي الخاص لسوريا، ترحيبه بإعلان روسيا.",
    "وقال للصحفيين في جنيف إن هناك شعورا بالاتحاد داخل مجلس الأمن.",
    "ودعا إلى هدنة إنسانية تسمح بإجلاء الجرحى من المدينة.",
]


def article() -> Article:
    return Article("دي ميستورا", [Block(BlockKind.PARAGRAPH, p) for p in PARAGRAPHS])


def point_of(reader: ReaderView, block: int, offset: int) -> QPoint:
    """Where (block, offset) is drawn, in the viewport's coordinates."""
    cursor = QTextCursor(reader.browser.document())
    cursor.setPosition(reader.built.qt_position(block, offset))
    return reader.browser.cursorRect(cursor).center()


def right_click(reader: ReaderView, point: QPoint) -> QMenu:
    """As Qt delivers a right-click: a mouse QContextMenuEvent to the viewport."""
    viewport = reader.browser.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    return reader.context_menu


def menu_key(reader: ReaderView) -> QMenu:
    """The Menu key or Shift+F10: a keyboard QContextMenuEvent to the focused text."""
    browser = reader.browser
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), browser.mapToGlobal(QPoint(5, 5))
    )
    QApplication.sendEvent(browser, event)
    return reader.context_menu


def place(reader: ReaderView) -> Position:
    return reader.built.article_position(reader.browser.textCursor().position())


@pytest.fixture
def reader(make_reader) -> ReaderView:
    return make_reader(article(), size=(700, 600))


def test_a_right_click_moves_the_caret_there_and_others_add_entries(qtbot, reader):
    asked: list[int] = []

    def add(menu: QMenu, position: int) -> None:
        asked.append(position)
        menu.addAction("Added by another part")

    reader.contextMenuRequested.connect(add)
    menu = right_click(reader, point_of(reader, 2, 10))
    assert place(reader).block == 2 and reader.current_position().block == 2
    assert [reader.built.article_position(asked[0]).block] == [2]
    texts = [a.text() for a in menu.actions()]
    assert any("Copy" in t for t in texts) and texts[-1] == "Added by another part"
    menu.close()


def test_a_right_click_inside_the_selection_keeps_it(qtbot, reader):
    cursor = QTextCursor(reader.browser.document())
    cursor.setPosition(reader.built.qt_position(1, 0))
    cursor.setPosition(reader.built.qt_position(1, 30), QTextCursor.MoveMode.KeepAnchor)
    reader.browser.setTextCursor(cursor)
    right_click(reader, point_of(reader, 1, 12)).close()
    assert reader.browser.textCursor().selectedText() == PARAGRAPHS[1][:30]
    right_click(reader, point_of(reader, 0, 5)).close()  # outside it: the caret moves
    assert not reader.browser.textCursor().hasSelection() and place(reader).block == 0


def test_the_menu_key_opens_it_at_the_caret_without_moving_it(qtbot, reader):
    cursor = QTextCursor(reader.browser.document())
    cursor.setPosition(reader.built.qt_position(1, 4))
    reader.browser.setTextCursor(cursor)
    asked: list[int] = []
    reader.contextMenuRequested.connect(lambda _menu, position: asked.append(position))
    menu_key(reader).close()
    assert place(reader) == Position(1, 4)
    assert [reader.built.article_position(asked[0])] == [Position(1, 4)]


def test_without_an_article_the_text_keeps_its_plain_menu(qtbot, make_reader):
    reader = make_reader()
    asked: list[int] = []
    reader.contextMenuRequested.connect(lambda _menu, position: asked.append(position))
    assert right_click(reader, QPoint(20, 20)) is None
    assert asked == []


def test_the_window_adds_read_aloud_and_the_notes_commands(qtbot, make_window, library):
    window: MainWindow = make_window()
    aid = library.add_article(article()).article_id
    window.open_article(aid)
    reader = window.reader
    menu = right_click(reader, point_of(reader, 2, 10))
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert "readAloudFromHere" in names
    notes = [window.registry[n] for n in ("highlight", "edit_note", "remove_highlight")]
    bookmark = window.registry["toggle_bookmark"]
    assert set(notes) | {bookmark} <= set(menu.actions())
    bookmark.trigger()  # where the user right-clicked, not where the caret was
    menu.close()
    [saved] = window.notes.notes.bookmarks(aid)
    assert saved.position.block == 2


def test_shift_f10_opens_it_from_the_keyboard_like_the_menu_key(qtbot, make_window):
    """Many keyboards have no Menu key; GNOME and Windows apps take Shift+F10 for it."""
    window: MainWindow = make_window()
    window.activateWindow()
    window.focus_reader()
    browser = window.reader.browser
    qtbot.waitUntil(browser.hasFocus)
    caret = browser.textCursor()
    qtbot.keyClick(browser, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = window.reader.context_menu
    assert menu is not None and menu.isVisible()
    assert "readAloudFromHere" in [a.objectName() for a in menu.actions()]
    assert window.registry["toggle_bookmark"] in menu.actions()
    assert browser.textCursor().position() == caret.position()  # the caret stays
    menu.close()


def test_the_article_list_offers_delete_in_its_context_menu(qtbot, make_window):
    """Qt shows the list's own actions as its menu, modally: a timer reads and closes it."""
    from PySide6.QtCore import QTimer

    window: MainWindow = make_window()
    window.activateWindow()
    window.library.focus_list()
    qtbot.waitUntil(window.library.list.hasFocus)
    seen: list[list] = []

    def read_and_close(tries: int = 200) -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            if tries:  # a second at most, then the assertion below says what is missing
                QTimer.singleShot(5, lambda: read_and_close(tries - 1))
            return
        seen.append(popup.actions())
        popup.close()

    read_and_close()
    qtbot.keyClick(window.library.list, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert seen == [[window.registry["delete_article"]]]
