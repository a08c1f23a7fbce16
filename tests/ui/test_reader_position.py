"""Reading position: from the caret or the top visible line, restored across a restart of the
reader and the store, kept across font changes, and reported (debounced) as it changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desktop.model import Article, Block, BlockKind, Position
from desktop.store import Store
from desktop.ui.reader_view import ReaderView


def long_article() -> Article:
    """Forty distinct Arabic paragraphs: long enough to scroll at any test window size."""
    blocks = [
        Block(
            BlockKind.PARAGRAPH,
            f"الفقرة رقم {i}: " + "هذه جملة عربية طويلة لملء السطر في القارئ. " * 6,
        )
        for i in range(40)
    ]
    return Article(title="مقال طويل للاختبار", blocks=blocks)


@pytest.fixture
def reader(make_reader) -> ReaderView:
    return make_reader(long_article(), size=(700, 600))


def top_block(view: ReaderView) -> int:
    """The article block whose text is at the top edge of the view, found independently of
    current_position() (via the widget's own hit test)."""
    from PySide6.QtCore import QPoint

    cursor = view.browser.cursorForPosition(QPoint(view.browser.viewport().width() // 2, 2))
    return view.built.article_position(cursor.position()).block


def test_a_new_article_starts_at_the_top(reader):
    assert reader.current_position() == Position(0, 0)
    assert reader.progress() == 0.0


def test_position_follows_the_top_visible_line_when_scrolling(reader):
    bar = reader.browser.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    position = reader.current_position()
    assert 0 < position.block < 39
    assert abs(position.block - top_block(reader)) <= 1
    assert 0.2 < reader.progress() < 0.9


def test_progress_is_complete_at_the_end(reader):
    bar = reader.browser.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert reader.progress() == 1.0


def test_position_follows_the_caret_once_the_user_moves_it(reader, qtbot):
    reader.browser.setFocus()
    for _ in range(12):
        qtbot.keyClick(reader.browser, Qt.Key.Key_Down)
    cursor = reader.browser.textCursor()
    expected = reader.built.article_position(cursor.position())
    assert expected.block > 0
    assert reader.current_position() == expected


def test_position_changed_is_emitted_after_scrolling(reader, qtbot):
    bar = reader.browser.verticalScrollBar()
    with qtbot.waitSignal(reader.positionChanged, timeout=3000) as signal:
        bar.setValue(bar.maximum() // 3)
    assert signal.args[0] == reader.current_position()
    assert signal.args[0].block > 0


def test_restore_puts_the_block_at_the_top(reader):
    reader.restore_position(Position(17, 30))
    assert reader.current_position() == Position(17, 30)
    assert top_block(reader) == 17
    assert reader.browser.textCursor().position() == reader.built.qt_position(17, 30)


def test_restore_clamps_a_position_past_the_end(reader):
    reader.restore_position(Position(999, 5))
    assert reader.current_position().block == 39


def test_the_place_survives_a_font_change(reader):
    reader.restore_position(Position(20, 0))
    reader.zoom_in()
    reader.zoom_in()
    assert top_block(reader) == 20
    reader.browser.verticalScrollBar().setValue(reader.browser.verticalScrollBar().value() + 1)
    assert reader.current_position().block == 20  # now from the top line, still the same


def test_position_survives_closing_and_reopening(qtbot, tmp_path, seed_article, make_reader):
    path = tmp_path / "library.sqlite3"
    article = seed_article
    with Store.open(path) as store:
        article_id = store.add_article(article).article_id
        view = make_reader(article_id, size=(600, 400), on=store)
        last = len(article.blocks) - 1
        cursor = QTextCursor(view.built.document)
        cursor.setPosition(view.built.qt_position(last, 12))
        view.browser.setFocus()
        with qtbot.waitSignal(view.positionChanged, timeout=3000) as signal:
            view.browser.setTextCursor(cursor)  # as a click would
        saved = signal.args[0]
        assert saved == Position(last, 12)
        store.save_reading_state(article_id, saved, view.progress())
        view.close()

    with Store.open(path) as store:
        state = store.reading_state(article_id)
        assert state is not None
        view = make_reader(article_id, size=(600, 400), on=store)
        view.restore_position(state.position)
        assert view.current_position() == Position(last, 12)
        caret = view.browser.cursorRect()
        assert view.browser.viewport().rect().contains(caret.center())
        assert state.progress == pytest.approx(view.progress())


def test_speech_moves_the_position_and_scrolls_to_the_word(reader):
    text = reader.article.blocks[30].text
    word = text.index("طويلة")
    reader.set_speech_highlight(30, 0, len(text), word, word + len("طويلة"))
    assert reader.current_position() == Position(30, 0)
    cursor = QTextCursor(reader.built.document)
    cursor.setPosition(reader.built.qt_position(30, word))
    assert reader.browser.viewport().rect().contains(reader.browser.cursorRect(cursor).center())
    reader.follow_speech = False
    reader.browser.verticalScrollBar().setValue(0)
    reader.set_speech_highlight(35, 0, 10, 0, 5)
    assert reader.browser.verticalScrollBar().value() == 0


def test_a_position_restored_before_the_window_shows_is_kept_when_it_does(qtbot, store):
    view = ReaderView(store)
    qtbot.addWidget(view)
    view.show_article_obj(long_article())
    view.restore_position(Position(17, 0))
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    assert top_block(view) == 17
    view.resize(500, 500)  # a narrower window re-wraps every line; the place stays
    assert top_block(view) == 17
    assert view.current_position() == Position(17, 0)


def test_the_top_line_stays_when_the_window_is_resized(reader):
    reader.restore_position(Position(25, 0))
    bar = reader.browser.verticalScrollBar()
    bar.setValue(bar.value() + 2)  # the user scrolls a little: the top line now leads
    assert reader.current_position().block == 25
    reader.resize(420, 600)
    assert top_block(reader) == 25
    assert reader.current_position().block == 25


def test_listening_to_the_end_leaves_the_article_read_to_the_end(make_reader):
    """Progress counts a spoken sentence to its end, and the last sentence read stays the
    place when the mark is taken away at the end (it fell back to the top of the view)."""
    from desktop.arabic import sentences
    from desktop.store import FINISHED_AT

    view = make_reader(long_article(), size=(700, 600))
    last = len(view.built.texts) - 1
    final = sentences(view.built.texts[last])[-1]
    view.set_speech_highlight(last, final.start, final.end, final.end - 4, final.end)
    assert view.progress() >= FINISHED_AT
    view.clear_speech_highlight()
    assert view.progress() >= FINISHED_AT
    assert view.current_position() == Position(last, final.start)


def test_while_the_headline_is_read_the_place_is_the_top(make_reader):
    """The headline is not an article block: its place is the top, not block -1 (which made
    the progress ~0.97 and was saved as the reading position)."""
    from desktop.ui.reader_view import HEADLINE

    view = make_reader(long_article(), size=(700, 600))
    view.set_speech_highlight(HEADLINE, 0, 5)
    assert view.current_position() == Position(0, 0) and view.progress() == 0.0


def test_the_caret_on_the_last_line_is_the_article_read(qtbot, make_reader):
    view = make_reader(long_article(), size=(700, 600))
    view.browser.setFocus()
    qtbot.keyClick(view.browser, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.browser, Qt.Key.Key_Home)  # the start of the last line
    assert view.progress() == 1.0
    qtbot.keyClick(view.browser, Qt.Key.Key_Up)
    assert view.progress() < 1.0


def test_a_short_article_is_not_read_by_opening_it_after_a_scrolled_one(make_reader):
    """With nothing to scroll, "scrolled to the end" said nothing: the view was taken for
    read to the end when the article shown before had been scrolled."""
    view = make_reader(long_article(), size=(700, 600))
    bar = view.browser.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    view.show_article_obj(
        Article("خبر قصير", [Block(BlockKind.PARAGRAPH, "فقرة قصيرة من خبر لم يقرأ.")])
    )
    assert bar.maximum() == 0 and view.progress() < 0.98


def test_a_font_change_in_a_long_article_keeps_the_place(qtbot, make_reader, corpus_dir):
    """A horizontal scroll bar a pixel or two wide, shown and hidden as a rebuild laid the
    text out, resized the view mid-layout and threw it to the end of a long article."""
    from desktop.importers.scraped_text import parse_text

    path = corpus_dir / "text" / "wikinews-ar_FULLY-DIACRITIZED_MULTI-ARTICLE.txt"
    view = make_reader(parse_text(path.read_text(encoding="utf-8"))[0], size=(1000, 700))
    assert view.browser.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    bar = view.browser.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    before = top_block(view)
    view.zoom_in()
    view.zoom_out()
    assert abs(top_block(view) - before) <= 1
    assert view.progress() < 0.5
