"""The main window with a real library: opening, reading position, delete, import, themes,
window layout memory."""

from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import import_service
from desktop.model import Position
from desktop.store import Store
from desktop.ui import import_worker
from desktop.ui.import_worker import ImportJob
from desktop.ui.main_window import MainWindow


def test_first_window_opens_the_first_article_of_the_library(window: MainWindow):
    first = window.library.model.ids()[0]
    assert window.article_id == first
    assert window.reader.article is not None and window.reader.article.id == first
    assert window.reader.article.title in window.windowTitle()
    assert window.library.current_article_id() == first


def test_activating_a_row_opens_it_and_announces(qtbot, window: MainWindow):
    second = window.library.model.ids()[1]
    with qtbot.waitSignal(window.announcer.announced) as announced:
        window.library.list.activated.emit(window.library.model.index(1))
    assert window.article_id == second
    assert window.reader.article.id == second
    assert announced.args == ["Article opened"]
    assert window.status_label.text() == "Article opened"


def test_reading_position_survives_closing_and_reopening(qtbot, make_window, library):
    window = make_window()
    article = window.article_id
    browser = window.reader.browser
    browser.setFocus()
    # Read on with the keyboard, as a user would.
    with qtbot.waitSignal(window.reader.positionChanged, timeout=5000):
        for _ in range(3):
            qtbot.keyClick(browser, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: library.reading_state(article) is not None, timeout=5000)
    window.close()  # saves whatever moved since the last debounced save
    saved = library.reading_state(article)
    assert saved.position.block > 0, "three pages down is past the first paragraph"
    assert 0 < saved.progress <= 1
    path = library.path

    # Same database file, new connection and new window: as after restarting the app.
    reopened = Store.open(path)
    try:
        second = make_window(reopened)
        assert second.article_id == article
        assert second.reader.current_position() == saved.position
        row = second.library.model.index(second.library.model.row_of(article))
        assert "read" in row.data(Qt.ItemDataRole.AccessibleTextRole) or "Finished" in row.data(
            Qt.ItemDataRole.AccessibleTextRole
        )
        second.close()
    finally:
        reopened.close()


def test_switching_articles_saves_the_one_left(qtbot, window: MainWindow, library):
    first = window.article_id
    window.reader.restore_position(Position(4, 0))
    qtbot.waitUntil(lambda: window._dirty, timeout=5000)
    window.open_article(window.library.model.ids()[1])
    assert library.reading_state(first).position == Position(4, 0)


def test_window_remembers_its_splitter(qtbot, make_window, library):
    window = make_window()
    window.splitter.setSizes([250, 850])
    sizes = window.splitter.sizes()
    window.close()
    again = make_window()
    assert again.splitter.sizes() == sizes
    assert library.get_setting("window.geometry")


# A modal QMessageBox cannot be answered on the offscreen platform, so these tests replace
# QMessageBox.question with a fake that records the question and gives a chosen answer.
@pytest.fixture
def answer(monkeypatch):
    asked: list[str] = []
    reply = {"button": QMessageBox.StandardButton.No}

    def fake_question(parent, title, text, buttons, default):
        asked.append(text)
        assert default == QMessageBox.StandardButton.No, "deleting must not be the default"
        return reply["button"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(fake_question))
    return asked, reply


def test_delete_asks_and_keeps_the_article_when_refused(window: MainWindow, library, answer):
    asked, _reply = answer
    target = window.library.current_article_id()
    count = library.count_articles()
    window.registry["delete_article"].trigger()
    # The Arabic title is isolated in the English question, so «?» stays at its end.
    title = library.summary(target).title
    assert asked == [f"Delete “\u2068{title}\u2069” from the library?"]
    assert library.count_articles() == count
    assert target in window.library.model.ids()


def test_delete_confirmed_removes_it_and_opens_the_next(window: MainWindow, library, answer):
    asked, reply = answer
    reply["button"] = QMessageBox.StandardButton.Yes
    target = window.article_id
    count = library.count_articles()
    window.library.select_article(target)
    window.registry["delete_article"].trigger()
    assert library.count_articles() == count - 1
    assert target not in window.library.model.ids()
    assert window.article_id is not None and window.article_id != target
    assert "Deleted" in window.announcer.last_message


@pytest.mark.parametrize("go_ahead", [False, True])
def test_delete_of_an_article_with_notes_asks_the_notes_question(
    window: MainWindow, library, answer, monkeypatch, go_ahead
):
    """The notes dialog (export first / delete / cancel) is modal and cannot be answered
    offscreen, so it is replaced by a recorder here; its own tests are in test_notes_ui."""
    from desktop.ui import notes_view

    asked, _reply = answer
    target = window.library.current_article_id()
    library.db.execute(
        "INSERT INTO bookmarks (article_id, block, offset, created_at) VALUES (?, 1, 0, 'now')",
        (target,),
    )
    calls = []

    def confirm(parent, notes, article_id, save_path=None):
        calls.append(article_id)
        return go_ahead

    monkeypatch.setattr(notes_view, "confirm_article_deletion", confirm)
    window.registry["delete_article"].trigger()
    assert calls == [target]
    assert asked == [], "no second, note-blind question"
    ids = [s.id for s in library.list_articles()]
    assert (target in ids) is not go_ahead


def test_import_runs_off_the_gui_thread_and_reports(
    qtbot, window: MainWindow, corpus_dir, tmp_path, monkeypatch, library
):
    folder = tmp_path / "to-import"
    folder.mkdir()
    texts = sorted(p for p in (corpus_dir / "text").glob("ant_*.txt"))[:3]
    for p in texts:
        shutil.copy(p, folder / p.name)
    (folder / "empty.txt").write_bytes(b"")
    threads = []
    real = import_service.import_paths

    def recording(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(import_service, "import_paths", recording)
    before = library.count_articles()
    job = window.start_import([str(folder)])
    assert job is not None and window.import_progress.isVisible()
    with qtbot.waitSignal(job.done, timeout=20_000) as done:
        pass
    summary = done.args[0]
    qtbot.waitUntil(lambda: not window.import_running(), timeout=10_000)
    assert threads and threads[0] != threading.get_ident()
    assert summary.added == 3 and summary.failed == 1
    assert library.count_articles() == before + 3
    assert window.library.model.rowCount() == before + 3
    assert window.announcer.last_message.startswith("Articles imported: 3.")
    assert "Could not be imported: 1." in window.announcer.last_message
    assert not window.import_progress.isVisible()
    box = window.import_summary_box
    assert "empty.txt" in box.detailedText() and "empty" in box.detailedText()
    box.close()


REIMPORT_URL = "https://example.org/news/1"
REIMPORT_PARAGRAPH = (
    "أكد ستيفان دي ميستورا، المبعوث الأممي الخاص لسوريا، ترحيبه بإعلان روسيا تعليق "
    "الأنشطة القتالية في حلب. وقال إن هذا قد يكون الوقت المناسب للنظر في الأمر."
)


def saved_page(path, paragraphs: list[str]) -> None:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    url = REIMPORT_URL
    path.write_text(
        f"<!-- saved from url=({len(url):04d}){url} -->\n<html lang=ar dir=rtl><head>"
        f"<meta charset=utf-8><title>مقال للاختبار</title></head><body><article>"
        f"<h1>مقال للاختبار</h1>{body}</article></body></html>",
        encoding="utf-8",
    )


def import_and_wait(qtbot, window: MainWindow, path) -> None:
    job = window.start_import([str(path)])
    with qtbot.waitSignal(job.done, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: not window.import_running(), timeout=10_000)


def test_reimporting_the_open_article_shows_its_new_text_with_notes_in_place(
    qtbot, window: MainWindow, library, tmp_path
):
    """The store moves notes and the reading place to the new text; the reader must show
    that text, or new highlights take old offsets to other words."""
    page = tmp_path / "page.html"
    second = REIMPORT_PARAGRAPH.replace("حلب", "دمشق")
    saved_page(page, [REIMPORT_PARAGRAPH, second])
    import_and_wait(qtbot, window, page)
    aid = window.last_import_summary.outcomes[0].article_id
    window.open_article(aid)
    start = REIMPORT_PARAGRAPH.index("حلب")
    window.notes.add_highlight(aid, 0, start, start + 3)
    place = second.index("دمشق")
    library.save_reading_state(aid, Position(1, place), 0.5)  # as the window saves it

    added = "وهذه فقرة جديدة أضافها المحرر في أول المقال بعد النشر بساعة."
    saved_page(page, [added, REIMPORT_PARAGRAPH, second])
    import_and_wait(qtbot, window, page)
    assert window.last_import_summary.outcomes[0].status == "updated"
    reader = window.reader
    assert reader.built.texts == [added, REIMPORT_PARAGRAPH, second]
    assert reader.current_position() == Position(2, place)  # the place moved with its text
    [drawn] = window.highlights.highlights
    assert (drawn.quote.block, drawn.quote.exact) == (1, "حلب")


def test_import_can_be_cancelled(qtbot, library, corpus_dir, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for p in sorted((corpus_dir / "text").glob("ant_*.txt"))[:5]:
        shutil.copy(p, folder / p.name)
    job = ImportJob(library.path, [folder])
    job.cancel()  # before it starts: nothing may be imported
    with qtbot.waitSignal(job.done, timeout=20_000) as done:
        job.start()
    assert job.wait()
    summary = done.args[0]
    assert summary.cancelled and summary.added == 0
    assert import_worker.summary_text(summary).startswith("Import cancelled.")


def test_dropping_a_folder_imports_it(qtbot, window: MainWindow, seed_path, tmp_path, library):
    folder = tmp_path / "dropped"
    folder.mkdir()
    text = seed_path.read_text(encoding="utf-8") + "\nفقرة أخرى تجعل النص مختلفا.\n"
    (folder / "copy.txt").write_text(text, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    count = library.count_articles()
    window.dropEvent(event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: not window.import_running(), timeout=20_000)
    assert library.count_articles() == count + 1


def test_theme_action_colours_reader_and_window(qtbot, window: MainWindow, library):
    def window_colour() -> str:
        return window.palette().color(QPalette.ColorRole.Window).name()

    light = window_colour()
    window.registry["theme_high_contrast"].trigger()
    assert window.reader.typography.theme == "high_contrast"
    assert library.get_setting("reader.typography")["theme"] == "high_contrast"
    assert window.registry["theme_high_contrast"].isChecked()
    # The whole app follows (menus, library, dialogs), not only the article.
    qtbot.waitUntil(lambda: window_colour() == "#000000")
    assert window.library.list.palette().color(QPalette.ColorRole.Base).name() == "#000000"
    window.registry["theme_light"].trigger()
    qtbot.waitUntil(lambda: window_colour() == light)


def test_typography_actions_change_the_reader(window: MainWindow):
    before = window.reader.typography
    window.registry["zoom_in"].trigger()
    assert window.reader.typography.size > before.size
    window.registry["zoom_reset"].trigger()
    assert window.reader.typography.size == before.zoom_reset().size
    window.registry["line_spacing_more"].trigger()
    assert window.reader.typography.line_spacing > before.line_spacing
    window.registry["width_less"].trigger()
    assert window.reader.typography.width < before.width
    window.registry["justify"].trigger()
    assert window.reader.typography.justify is not before.justify
    assert "Line" in window.announcer.last_message or window.announcer.last_message


def test_language_change_rebuilds_the_window_mirrored(qtbot, library, english):
    from desktop.app import App

    app = App(QApplication.instance(), library)
    first = app.show_window("en")
    qtbot.addWidget(first)
    article = first.article_id
    first.registry["language_ar"].trigger()
    second = app.window
    qtbot.addWidget(second)
    try:
        assert second is not first and not first.isVisible()
        assert library.get_setting("ui.language") == "ar"
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert second.menus["file"].title() != "&File"
        assert second.article_id == article
        assert second.registry["language_ar"].isChecked()
    finally:
        second.close()


def test_the_notes_dock_stays_beside_the_article_across_a_language_change(qtbot, library, english):
    from desktop.app import App

    app = App(QApplication.instance(), library)
    first = app.show_window("en")
    qtbot.addWidget(first)
    first.show_notes_panel(True)
    assert first.dockWidgetArea(first.notes_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    first.registry["language_ar"].trigger()  # saves the window, then rebuilds it in Arabic
    second = app.window
    qtbot.addWidget(second)
    try:
        # The library is on the right in Arabic: the notes go to the left, beside the article.
        assert second.dockWidgetArea(second.notes_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
        assert not second.notes_dock.isHidden()
        assert second.notes_panel.article_id == second.article_id
    finally:
        second.close()


def test_a_language_chosen_during_an_import_waits_for_it(
    qtbot, library, english, tmp_path, monkeypatch
):
    """Rebuilding the window would cancel the import it runs: the change waits for it. The
    import is held at its first file by an event, not a delay."""
    from desktop.app import App

    folder = tmp_path / "new"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(f"عنوان {n}\n\nفقرة من المقال {n}.\n", "utf-8")
    gate = threading.Event()
    real = import_service._import_one

    def held(*args, **kwargs):
        assert gate.wait(20), "the test never let the import go on"
        return real(*args, **kwargs)

    monkeypatch.setattr(import_service, "_import_one", held)
    app = App(QApplication.instance(), library)
    first = app.show_window("en")  # not given to qtbot: the rebuild deletes it
    before = library.count_articles()
    job = first.start_import([str(folder)])
    first.registry["language_ar"].trigger()
    assert app.window is first and first.import_running()
    assert first.announcer.last_message == "The language changes when the import has finished."
    with qtbot.waitSignal(job.done, timeout=20_000):
        gate.set()
    try:
        qtbot.waitUntil(lambda: app.window is not first, timeout=10_000)
        assert library.count_articles() == before + 3
        assert app.window.registry["language_ar"].isChecked()
    finally:
        app.window.close()


def test_app_start_opens_the_seed_on_a_new_library(qtbot, tmp_path, english):
    from desktop import app as app_module

    app = app_module.start(["qari"], str(tmp_path / "data"))
    assert not isinstance(app, int)
    window = app.window
    qtbot.addWidget(window)
    try:
        assert window.isVisible()
        assert window.reader.article.title.startswith("دي ميستورا")
        assert window.focusWidget() is window.reader.browser  # not the search box
        assert app.store.count_articles() >= 2
    finally:
        window.close()
        app.store.close()


def test_app_start_explains_a_library_it_cannot_open(tmp_path, monkeypatch, english):
    from desktop import app as app_module

    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "library.sqlite3").write_bytes(b"this is not a database" * 100)
    shown = []
    # A modal message box cannot be answered offscreen: record it instead of showing it.
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: shown.append(a[2])))
    assert app_module.run(["qari"], str(folder)) == app_module.EXIT_STORE == 3
    assert len(shown) == 1 and "not a Qari library" in shown[0]
    assert (folder / "library.sqlite3").read_bytes().startswith(b"this is not")


def test_a_deferred_list_fills_after_the_article_is_painted(qtbot, library, english):
    window = MainWindow(library, defer_library=True)
    qtbot.addWidget(window)
    library.set_setting("library.last_article", library.list_articles()[-1].id)
    window.show()
    window.open_initial()
    assert window.reader.article is not None and window.library.model.rowCount() == 0
    with qtbot.waitSignal(window.libraryLoaded, timeout=5000):
        pass
    assert window.library.model.rowCount() == library.count_articles()
    assert window.library.current_article_id() == window.article_id
    window.close()


def test_start_falls_back_quietly_when_the_last_article_is_gone(make_window, library):
    library.set_setting("library.last_article", 9999)
    window = make_window()
    assert window.article_id == window.library.model.ids()[0]
    assert window.announcer.last_message == ""


def all_notes_on_the_first_row(qtbot, window: MainWindow):
    """The All Notes window shown, active, with its first note selected."""
    window.show_all_notes()
    view = window.notes_view
    qtbot.waitUntil(view.isActiveWindow)
    view.table.setFocus()
    view.table.selectRow(0)
    return view


def test_ctrl_z_in_the_all_notes_window_brings_a_deleted_note_back(qtbot, window: MainWindow):
    """The window says "Ctrl+Z brings it back"; it is a window of its own, so the main
    window's Undo does not reach it."""
    aid = window.article_id
    window.notes.add_highlight(aid, 0, 0, 5)
    view = all_notes_on_the_first_row(qtbot, window)
    view.delete_current()
    assert window.notes.notes.count(aid) == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.notes.notes.count(aid) == 1
    assert window.announcer.last_message == "Undone: Delete Highlight"
    view.close()


def test_deleting_an_article_ends_the_notes_undo_history(window: MainWindow, library, answer):
    """Its notes went with it: an undo could only fail."""
    asked, reply = answer
    reply["button"] = QMessageBox.StandardButton.Yes
    aid = window.article_id
    window.notes.add_highlight(aid, 0, 0, 5)
    window.notes.delete_highlight(window.notes.notes.highlights(aid)[0].id)
    assert window.registry["undo"].isEnabled()
    window.library.select_article(aid)  # no notes left: the plain question, answered Yes
    window.registry["delete_article"].trigger()
    assert aid not in window.library.model.ids()
    assert not window.registry["undo"].isEnabled()


def test_deleting_the_last_article_empties_the_notes_panel(make_window, store, monkeypatch):
    from desktop.model import Article, Block, BlockKind
    from desktop.ui import notes_view

    for summary in store.list_articles():  # the library's own: this one must be the last
        store.delete_article(summary.id)
    aid = store.add_article(
        Article("مقال", [Block(BlockKind.PARAGRAPH, "نص المقال الوحيد هنا.")])
    ).article_id
    window = make_window(store)
    window.show_notes_panel()
    window.notes.add_highlight(aid, 0, 0, 3)
    assert window.notes_panel.list.count() == 1
    monkeypatch.setattr(notes_view, "confirm_article_deletion", lambda *a, **k: True)
    window.library.select_article(aid)
    window.delete_current()
    assert window.reader.article is None
    assert window.notes_panel.list.count() == 0


def test_after_a_search_is_cleared_the_open_article_is_marked_again(
    qtbot, window: MainWindow, type_text, answer
):
    """The search's top hit was selected only because the open article was not in the hits;
    once the search is cleared, the list marks the article being read, and Delete (in the
    list, or from the menu while reading) asks about it."""
    asked, _reply = answer
    opened = window.article_id
    other = next(i for i in window.library.model.ids() if i != opened)
    window.library.focus_search()
    type_text(window.library.search, window.store.summary(other).title.split()[0])
    qtbot.waitUntil(lambda: window.library.model.has_snippets(), timeout=5000)
    assert window.library.current_article_id() != opened
    window.library.search.clear()
    qtbot.waitUntil(lambda: not window.library.model.has_snippets(), timeout=5000)
    assert window.library.current_article_id() == opened
    window.focus_reader()
    window.registry["delete_article"].trigger()
    assert asked == [f"Delete “\u2068{window.store.summary(opened).title}\u2069” from the library?"]


def test_a_move_just_before_leaving_is_saved(qtbot, make_window, library):
    """The reader reports a place 0.4 s after scrolling stops; leaving sooner (Ctrl+Q, or
    another article) must not lose it."""
    window = make_window()
    first = window.article_id
    browser = window.reader.browser
    browser.setFocus()
    for _ in range(3):
        qtbot.keyClick(browser, Qt.Key.Key_PageDown)
    second = next(i for i in window.library.model.ids() if i != first)
    window.open_article(second)  # at once, inside the delay
    assert library.reading_state(first).position.block > 0
    for _ in range(3):
        qtbot.keyClick(browser, Qt.Key.Key_PageDown)
    window.close()
    state = library.reading_state(second)
    assert state is not None and state.position != Position(0, 0)


def test_enter_on_a_note_in_all_notes_brings_the_article_forward(qtbot, window: MainWindow):
    aid = window.article_id
    window.notes.add_highlight(aid, 1, 0, 5)
    view = all_notes_on_the_first_row(qtbot, window)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader.browser)
    assert window.reader.current_position().block == 1
    view.close()


def test_all_notes_forgets_an_article_deleted_while_it_is_open(
    qtbot, window: MainWindow, monkeypatch
):
    from desktop.ui import notes_view

    aid = window.article_id
    window.notes.add_highlight(aid, 0, 0, 5)
    window.notes.add_highlight(aid, 0, 6, 12)
    window.show_all_notes()
    view = window.notes_view
    assert view.model.rowCount() == 2
    monkeypatch.setattr(notes_view, "confirm_article_deletion", lambda *a, **k: True)
    window.library.select_article(aid)
    window.library.list.setFocus()
    window.delete_current()
    assert view.model.rowCount() == 0 and view.count.text() == "Notes shown: 0"
    assert view.article.findData(aid) < 0
    view.close()


def test_a_language_change_frees_the_window_it_replaces(qtbot, library, english):
    """A first-paint watcher defined inside the window's method closed over the window and
    kept every replaced window alive with its whole article list (~8 MB a change at 10,000
    articles)."""
    import gc
    import weakref

    from PySide6.QtCore import QTranslator

    from desktop.app import App

    app = App(QApplication.instance(), library)
    first = app.show_window("en")  # not given to qtbot: the rebuild deletes it
    qtbot.waitUntil(lambda window=first: window.library.loaded, timeout=5000)
    gone = weakref.ref(first)
    first.registry["language_ar"].trigger()
    del first
    try:
        qtbot.waitUntil(lambda: gc.collect() >= 0 and gone() is None, timeout=5000)
        for language in ("en", "ar", "en", "ar"):
            app.window.registry[f"language_{language}"].trigger()
        # The ones removed are deleted (the app owned them: each change kept two more).
        qtbot.waitUntil(
            lambda: len(QApplication.instance().findChildren(QTranslator)) <= 2, timeout=5000
        )
    finally:
        app.window.close()


def test_a_closed_import_summary_does_not_stop_a_later_language_change(
    qtbot, library, english, tmp_path
):
    """The failures box deletes itself when closed; a language chosen during a later import
    asked it whether it was shown, failed, and the window was never rebuilt."""
    from desktop.app import App

    app = App(QApplication.instance(), library)
    first = app.show_window("en")
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    job = first.start_import([str(bad)])
    with qtbot.waitSignal(job.done, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: not first.import_running(), timeout=10_000)
    first.import_summary_box.close()
    qtbot.waitUntil(lambda: first.import_summary_box is None, timeout=5000)
    good = tmp_path / "good.txt"
    good.write_text("عنوان\n\nفقرة.\n", encoding="utf-8")
    job = first.start_import([str(good)])
    first.registry["language_ar"].trigger()  # waits for the import
    try:
        qtbot.waitUntil(lambda: app.window is not first, timeout=20_000)
    finally:
        app.window.close()


def test_a_library_that_refuses_the_last_save_does_not_stop_the_window_closing(
    make_window, library
):
    """A trigger stands for a read-only or locked library: closing still stops the list's
    search thread and marks the window closed."""
    window = make_window()
    window._dirty = True
    library.conn.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON settings "
        "BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END"
    )
    library.conn.commit()
    library.conn.execute(
        "CREATE TRIGGER refuse2 BEFORE UPDATE ON settings "
        "BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END"
    )
    library.conn.commit()
    window.close()
    assert window._closed


HAND_EDITED = [
    ("ui.language", "ar"),  # typed without its JSON quotes
    ("reader.typography", "not json"),
    ("reader.typography", '{"size": 1' + "0" * 400 + "}"),
    ("window.geometry", '"é"'),
    ("window.state", '"é"'),
    ("window.splitter", "[100000000000000000000, 5]"),
    ("library.bundled_version", '"2"'),
    ("library.bundled_files", "5"),
]


@pytest.mark.parametrize(("key", "raw"), HAND_EDITED)
def test_a_hand_edited_setting_does_not_stop_the_app_from_opening(
    qtbot, tmp_path, english, key, raw
):
    """The README shows the settings are a plain SQL table; a value edited by hand that is
    not JSON, or not what the app wrote, is ignored (each of these raised at every start)."""
    import sqlite3

    from desktop import app as app_module
    from desktop.bundled import ensure_bundled_library

    data = tmp_path / "data"
    with Store.open(data / "library.sqlite3") as store:
        ensure_bundled_library(store)
    with sqlite3.connect(data / "library.sqlite3") as db:
        db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, raw))
    app = app_module.start(["qari"], str(data))
    assert not isinstance(app, int)
    qtbot.addWidget(app.window)
    assert app.window.reader.article is not None
    app.window.close()
    app.store.close()


@pytest.mark.parametrize(
    "raw", ['"fast"', "NaN", "1e400", "[1]", "1" + "0" * 400, "true", '"false"']
)
def test_hand_edited_speech_settings_fall_back_to_their_defaults(qtbot, window, library, raw):
    from desktop.tts.engine import MAX_RATE, MIN_RATE
    from desktop.ui.read_aloud import ReadAloudController

    for key in ("speech.rate", "speech.volume", "speech.follow"):
        library.conn.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, raw))
    library.conn.commit()
    controller = ReadAloudController(window.reader, library, window, defer_engine=True)
    assert MIN_RATE <= controller.rate <= MAX_RATE
    assert 0.0 <= controller.volume <= 1.0
    assert controller.follow is True  # the default; «"false"» is a string, not False


def test_notes_docked_beside_the_library_stay_there_after_a_restart(make_window, library):
    """Re-siding the dock is for a change of language (direction); in the same language,
    where the user put it is where it stays."""
    window = make_window()
    window.show_notes_panel(True)
    _article_side, library_side = window._dock_sides()
    window.addDockWidget(library_side, window.notes_dock)
    window.close()
    again = make_window()
    assert again.dockWidgetArea(again.notes_dock) == library_side


def test_a_picture_left_out_of_an_import_is_told_not_only_logged(
    qtbot, window: MainWindow, tmp_path, qapp
):
    """The CLI printed pictures it could not keep; the window said nothing, so a page copied
    without its «_files» folder looked complete. The summary says something was left out and
    its details say what, in the interface language."""
    from desktop.ui import i18n

    page = tmp_path / "page.html"
    saved_page(page, [REIMPORT_PARAGRAPH])
    page.write_text(
        page.read_text(encoding="utf-8").replace(
            "</article>",
            "<figure><img src='page_files/photo.jpg'><figcaption>صورة"
            "</figcaption></figure></article>",
        ),
        encoding="utf-8",
    )
    import_and_wait(qtbot, window, page)
    message = window.announcer.last_message
    assert "Articles imported: 1." in message and "something left out: 1." in message
    box = window.import_summary_box
    assert box.icon() == box.Icon.Information  # nothing failed
    # Each line a paragraph in the interface's direction (LRM here), paths left to right.
    assert box.detailedText() == (
        f"\u200e\u2066{page}\u2069: A picture was not saved (\u2066page_files/photo.jpg\u2069): "
        "its file is not beside the page"
    )
    box.close()
    i18n.install(qapp, "ar")  # the window fixture's English comes back after the test
    try:
        details = import_worker.failure_details(window.last_import_summary)
        assert details.startswith("\u200f\u2066")  # a right-to-left line, the path isolated
        assert "لم تحفظ صورة" in details and "page_files/photo.jpg" in details
    finally:
        i18n.install(qapp, "en")


def test_a_page_saved_as_one_file_opens_with_its_picture(qtbot, window: MainWindow, tmp_path, qapp):
    """Chrome's "Webpage, Single File" (.mhtml) was read as text: the article was the MIME
    headers. It is now a page with the picture it holds; one it lacks is named in the
    summary, in the interface language."""
    from PySide6.QtGui import QImage, QTextDocument
    from single_file_pages import chrome_mhtml, part
    from web_server import jpeg

    from desktop.ui import i18n
    from desktop.ui.document_builder import image_url

    filler = "هذه فقرة طويلة من نص المقال المحفوظ في ملف واحد مع صوره. " * 6
    page = (
        "<html><head><meta charset=utf-8><title>صفحة محفوظة</title></head><body><article>"
        "<h1>صفحة محفوظة</h1>"
        "<figure><img src='photo.jpg'><figcaption>الصورة المحفوظة</figcaption></figure>"
        f"<p>{filler}</p>"
        "<figure><img src='later.jpg'><figcaption>صورة لم تحمل</figcaption></figure>"
        f"<p>{filler}</p></article></body></html>"
    ).encode()
    path = tmp_path / "صفحة.mhtml"
    path.write_bytes(
        chrome_mhtml(
            page,
            "https://example.com/news/a.html",
            part("image/jpeg", "https://example.com/news/photo.jpg", jpeg(640, 360)),
        )
    )
    import_and_wait(qtbot, window, path)
    summary = window.last_import_summary
    [outcome] = summary.outcomes
    assert outcome.status == "added"
    window.open_article(outcome.article_id)
    figures = list(window.reader.built.figures.values())
    assert [f.caption for f in figures] == ["الصورة المحفوظة", "صورة لم تحمل"]
    assert [f.available for f in figures] == [True, False]
    held = window.reader.browser.document().resource(
        QTextDocument.ResourceType.ImageResource.value, image_url(figures[0].sha256)
    )
    assert isinstance(held, QImage) and held.width() == 640
    box = window.import_summary_box
    assert box.detailedText().endswith("the saved page does not include it")
    box.close()
    i18n.install(qapp, "ar")
    try:
        assert "الصفحة المحفوظة لا تتضمنها" in import_worker.failure_details(summary)
    finally:
        i18n.install(qapp, "en")


def test_f5_says_why_when_there_is_no_speech_engine(qtbot, make_window, monkeypatch):
    """A disabled F5 did nothing at all: a blind reader pressing it heard silence and could
    not tell a missing speech engine from a key that does not work."""
    from desktop.tts import EngineUnavailable
    from desktop.ui import read_aloud

    def missing():
        raise EngineUnavailable("eSpeak NG could not be loaded (test).")

    monkeypatch.setattr(read_aloud, "default_engine", missing)
    window = make_window()
    assert not window.read_aloud.available
    window.activateWindow()
    window.reader.browser.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader.browser)
    qtbot.keyClick(window.reader.browser, Qt.Key.Key_F5)
    said = window.announcer.last_message
    assert said == "Read aloud is not available: eSpeak NG could not be loaded (test)."


def test_why_the_library_cannot_be_opened_is_said_in_the_interface_language(qapp, english):
    """The dialog showed the store's English sentence (SQLite's words for a read-only file
    among them) under the Arabic interface too."""
    from desktop.app import store_error_text
    from desktop.store import StoreError
    from desktop.ui import i18n

    read_only = StoreError("(English for the CLI)", StoreError.READ_ONLY, "/media/usb/library.db")
    assert store_error_text(read_only).startswith("\u2066/media/usb/library.db\u2069 can only be")
    other = StoreError("Cannot open the library x: disk I/O error.", StoreError.OTHER, "x")
    assert store_error_text(other).endswith("\n\nCannot open the library x: disk I/O error.")
    i18n.install(qapp, "ar")
    try:
        assert "للقراءة فقط" in store_error_text(read_only)
        assert "أحدث" in store_error_text(StoreError("", StoreError.NEWER, "x"))
    finally:
        i18n.install(qapp, "en")
