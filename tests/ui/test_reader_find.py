"""Find in article: Arabic-folded matching, every match marked, next/previous by key, status
text, Esc closes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.ui.reader_view import ReaderView
from desktop.ui.themes import get_theme


@pytest.fixture
def reader(make_reader, seed_article, english) -> ReaderView:
    return make_reader(seed_article, size=(800, 700))


def search(view: ReaderView, qtbot, type_text, query: str) -> None:
    view.open_find()
    assert view.find_bar.isVisible()
    view.find_bar.edit.clear()
    with qtbot.waitSignal(view.find_bar.queryChanged, timeout=3000):
        type_text(view.find_bar.edit, query)


def marked_texts(view: ReaderView) -> list[str]:
    return [sel.cursor.selectedText() for sel in view.browser.extraSelections()]


def test_query_with_other_hamza_and_diacritics_marks_every_match(reader, qtbot, type_text):
    plain = reader.browser.document().toPlainText()
    # The seed writes «الأمن» (hamza on alef) and «المجلس»; query them without hamza, with
    # diacritics and a tatweel.
    assert plain.count("الأمن") >= 2
    search(reader, qtbot, type_text, "الامْن")
    marks = marked_texts(reader)
    assert marks and all(m == "الأمن" for m in marks)
    assert len(marks) == plain.count("الأمن")

    search(reader, qtbot, type_text, "المـجلِس")
    marks = marked_texts(reader)
    assert len(marks) == plain.count("المجلس") and set(marks) == {"المجلس"}
    current, total = reader.find_result()
    assert (current, total) == (1, len(marks))
    assert reader.find_bar.status.text() == f"1 of {total}"


def test_enter_shift_enter_and_f3_step_through_the_matches(reader, qtbot, type_text):
    search(reader, qtbot, type_text, "حلب")
    _, total = reader.find_result()
    assert total >= 3
    first = reader.browser.textCursor().selectionStart()
    qtbot.keyClick(reader.find_bar.edit, Qt.Key.Key_Return)
    assert reader.find_result() == (2, total)
    assert reader.browser.textCursor().selectedText() == "حلب"
    assert reader.browser.textCursor().selectionStart() > first
    assert reader.find_bar.status.text() == f"2 of {total}"
    qtbot.keyClick(reader.find_bar.edit, Qt.Key.Key_F3)
    assert reader.find_result() == (3, total)
    qtbot.keyClick(reader.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(reader.find_bar.edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.find_result() == (1, total)
    qtbot.keyClick(reader.find_bar.edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.find_result() == (total, total)  # wraps around


def test_current_match_has_its_own_colour(reader, qtbot, type_text):
    search(reader, qtbot, type_text, "حلب")
    theme = get_theme(reader.typography.theme)
    colours = [s.format.background().color() for s in reader.browser.extraSelections()]
    assert colours.count(QColor(theme.find_current)) == 1
    assert colours.count(QColor(theme.find_match)) == len(colours) - 1


def test_no_match_says_so(reader, qtbot, type_text):
    search(reader, qtbot, type_text, "كلمةغيرموجودة")
    assert reader.find_result() == (0, 0)
    assert reader.find_bar.status.text() == "No matches"
    assert reader.browser.extraSelections() == []


def test_escape_closes_the_bar_and_clears_the_marks(reader, qtbot, type_text):
    search(reader, qtbot, type_text, "حلب")
    assert reader.browser.extraSelections()
    qtbot.keyClick(reader.find_bar.edit, Qt.Key.Key_Escape)
    assert not reader.find_bar.isVisible()
    assert reader.browser.extraSelections() == []
    assert QApplication.focusWidget() is reader.browser


def test_ctrl_f_in_the_reader_opens_the_bar(reader, qtbot):
    reader.browser.setFocus()
    sequence = QKeySequence(QKeySequence.StandardKey.Find)[0]
    qtbot.keyClick(reader.browser, sequence.key(), sequence.keyboardModifiers())
    assert reader.find_bar.isVisible()
    assert QApplication.focusWidget() is reader.find_bar.edit


@pytest.mark.parametrize("reopen", ["Ctrl+F", "F3"])
def test_find_reopened_on_its_last_query_finds_its_matches_again(reader, qtbot, type_text, reopen):
    """Closing the bar takes the marks away; reopening it shows the last query, and that
    query must find again (it showed "No matches" until it was typed anew)."""
    search(reader, qtbot, type_text, "حلب")
    _current, total = reader.find_result()
    assert total >= 3
    qtbot.keyClick(reader.find_bar.edit, Qt.Key.Key_Escape)
    reader.browser.setFocus()
    qtbot.keyClick(reader.browser, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    sequence = QKeySequence(reopen)[0]
    qtbot.keyClick(reader.browser, sequence.key(), sequence.keyboardModifiers())
    assert reader.find_bar.isVisible() and reader.find_bar.query() == "حلب"
    assert reader.find_result()[1] == total
    qtbot.keyClick(reader.find_bar.edit, Qt.Key.Key_Return)
    assert reader.find_result() == (1, total) or reopen == "F3"
    assert reader.find_result()[0] >= 1


def test_the_first_step_back_goes_to_the_last_match(reader, qtbot, type_text, seed_article):
    """With the bar open, another article shows its matches with none chosen: Shift+F3 from
    the top goes to the last one (it went to the one before it)."""
    search(reader, qtbot, type_text, "حلب")
    reader.show_article_obj(seed_article)
    _none, total = reader.find_result()
    reader.find_previous()
    assert reader.find_result() == (total, total)
    reader.show_article_obj(seed_article)
    reader.find_next()
    assert reader.find_result() == (1, total)


def test_each_find_result_is_announced_in_the_window(qtbot, make_window, type_text):
    """The result label changes away from the focus (which stays in the query field), so
    a screen reader does not read it: the window announces it."""
    window = make_window()
    said: list[str] = []
    window.announcer.announced.connect(said.append)
    window.reader.open_find()
    with qtbot.waitSignal(window.announcer.announced, timeout=3000):
        type_text(window.reader.find_bar.edit, "حلب")
    assert said[-1].startswith("1 of ")
    window.reader.find_next()
    assert said[-1].startswith("2 of")
    window.reader.find_bar.edit.setText("لا يوجد هذا")
    qtbot.waitUntil(lambda: said[-1] == "No matches", timeout=3000)
