"""The library pane against a real store: live search with Arabic folding, sort, filter and the
progress each row shows."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.model import Position
from desktop.store import Store
from desktop.ui.library_model import IdRole, SnippetRole
from desktop.ui.library_pane import LibraryPane

pytestmark = pytest.mark.usefixtures("english")

SEED_TITLE_START = "دي ميستورا"
# The seed's title has «دي» (yaa) and «الأمن» (hamza on alef); the query writes «دى» (alef
# maqsura) and «الامن» (bare alef), so only Arabic folding can make it match.
FOLDED_QUERY = "دى ميستورا الامن"


def titles(pane: LibraryPane) -> list[str]:
    return [pane.model.summary(r).title for r in range(pane.model.rowCount())]


def seed_id(store) -> int:
    return next(s.id for s in store.list_articles() if s.title.startswith(SEED_TITLE_START))


def test_search_folds_hamza_and_yaa_and_narrows_the_list(qtbot, library, type_text):
    pane = LibraryPane(library)
    qtbot.addWidget(pane)
    total = pane.model.rowCount()
    assert total == library.count_articles() >= 2
    assert FOLDED_QUERY not in titles(pane)[0]

    type_text(pane.search, FOLDED_QUERY)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)

    index = pane.model.index(0)
    assert index.data(IdRole) == seed_id(library)
    snippet = index.data(SnippetRole)
    assert snippet is not None and snippet.marks, "a search row shows where the words matched"
    accessible = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible.startswith(SEED_TITLE_START)

    pane.search.clear()
    qtbot.waitUntil(lambda: pane.model.rowCount() == total)
    assert pane.model.index(0).data(SnippetRole) is None


def test_search_with_no_match_empties_the_list_and_says_so(qtbot, library, type_text):
    pane = LibraryPane(library)
    qtbot.addWidget(pane)
    type_text(pane.search, "كلمةلاتوجدفيأيمقال")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 0)
    assert "0" in pane.count_text()


def test_sort_by_title_orders_rows_by_title(qtbot, library):
    pane = LibraryPane(library)
    qtbot.addWidget(pane)
    by_import = titles(pane)
    pane.sort.setCurrentIndex(pane.sort.findData("title"))
    by_title = titles(pane)
    assert by_title == sorted(by_import)
    assert by_title != by_import, "the bundled library's import order is not alphabetical"
    assert library.get_setting("library.sort") == "title"

    # The choice is remembered for the next window.
    again = LibraryPane(library)
    qtbot.addWidget(again)
    assert again.sort.currentData() == "title"
    assert titles(again) == by_title


def test_sort_by_last_read_puts_the_article_read_last_first(qtbot, library):
    pane = LibraryPane(library)
    qtbot.addWidget(pane)
    last = pane.model.summary(pane.model.rowCount() - 1)
    library.save_reading_state(last.id, Position(1, 0), 0.3)
    pane.sort.setCurrentIndex(pane.sort.findData("last_read"))
    assert pane.model.summary(0).id == last.id


def test_filter_by_reading_status(qtbot, library):
    pane = LibraryPane(library)
    qtbot.addWidget(pane)
    ids = pane.model.ids()
    half, done = ids[0], ids[1]
    library.save_reading_state(half, Position(2, 0), 0.5)
    library.save_reading_state(done, Position(9, 0), 1.0)

    def show(status):
        pane.status.setCurrentIndex(pane.status.findData(status))
        return set(pane.model.ids())

    assert show("in_progress") == {half}
    assert show("finished") == {done}
    assert show("unread") == set(ids) - {half, done}
    assert show(None) == set(ids)


def test_filter_applies_to_search_results(qtbot, library):
    pane = LibraryPane(library)
    qtbot.addWidget(pane)
    pane.status.setCurrentIndex(pane.status.findData("finished"))
    pane.search.setText(FOLDED_QUERY)
    pane.refresh()
    assert pane.model.rowCount() == 0
    library.save_reading_state(seed_id(library), Position(9, 0), 1.0)
    pane.refresh()
    assert pane.model.ids() == [seed_id(library)]


def test_typed_search_runs_off_the_gui_thread_and_the_newest_query_wins(
    qtbot, library, type_text, monkeypatch
):
    """A short query can take half a second to rank in a large library: typed searches run
    on the search thread, and a result overtaken by a newer query never reaches the list."""
    from desktop.ui.library_search import LibrarySearch

    threads: list[str] = []
    gate = threading.Event()  # holds the first search until the second has been asked for
    real_search = Store.search

    def search(self, query, *args, **kwargs):
        threads.append(threading.current_thread().name)
        if query == "حلب":
            gate.wait(10)
        return real_search(self, query, *args, **kwargs)

    issued: list[str] = []
    real_issue = LibrarySearch.search

    def issue(self, query, *args):
        issued.append(query)
        return real_issue(self, query, *args)

    monkeypatch.setattr(Store, "search", search)
    monkeypatch.setattr(LibrarySearch, "search", issue)
    pane = LibraryPane(library)
    qtbot.addWidget(pane)
    shown: list[list[int]] = []
    pane.countChanged.connect(lambda *_: shown.append(pane.model.ids()))
    type_text(pane.search, "حلب")  # matches two bundled articles
    qtbot.waitUntil(lambda: threads == ["library-search_0"])
    pane.search.clear()
    type_text(pane.search, FOLDED_QUERY)
    qtbot.waitUntil(lambda: issued == ["حلب", FOLDED_QUERY])
    gate.set()  # the first search now returns its two hits: overtaken, they are dropped
    qtbot.waitUntil(lambda: pane.model.ids() == [seed_id(library)])
    assert all(name.startswith("library-search") for name in threads), threads
    assert all(len(ids) != 2 for ids in shown), "the overtaken result was shown"
    pane.stop()


def test_a_search_that_cannot_run_says_why(qtbot, tmp_path):
    from desktop.ui.library_search import LibrarySearch

    (tmp_path / "library.sqlite3").write_bytes(b"not a database at all" * 100)
    searcher = LibrarySearch(tmp_path / "library.sqlite3")
    with qtbot.waitSignal(searcher.failed) as failed:
        ticket = searcher.search("حلب", None, 10)
    assert failed.args[0] == ticket
    assert "not a Qari library" in failed.args[1]
    searcher.close()


def test_rows_show_reading_progress_to_eyes_and_screen_readers(qtbot, library):
    pane = LibraryPane(library)
    qtbot.addWidget(pane)
    article = pane.model.ids()[0]
    index = pane.model.index(0)
    assert "Unread" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    library.save_reading_state(article, Position(3, 0), 0.45)
    pane.update_article(article)
    index = pane.model.index(pane.model.row_of(article))
    assert "45% read" in index.data(Qt.ItemDataRole.AccessibleTextRole)


def test_down_from_search_moves_to_the_results(qtbot, library):
    pane = LibraryPane(library)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    pane.focus_search()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane.search)
    qtbot.keyClick(pane.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is pane.list
    assert pane.list.currentIndex().isValid()


def test_list_is_right_to_left_whatever_the_interface_direction(qtbot, library):
    pane = LibraryPane(library)
    qtbot.addWidget(pane)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert pane.list.layoutDirection() == Qt.LayoutDirection.RightToLeft
