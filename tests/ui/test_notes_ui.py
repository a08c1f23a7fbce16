"""Highlights, bookmarks and notes in real widgets: the reader, the notes panel, the notes view.

Everything is done the way a keyboard user does it (shortcuts and keys on real widgets), and
every change is checked in the database, in what the reader draws and in what is announced.
"""

from __future__ import annotations

import json

import pytest
from a11y import unnamed_controls
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.arabic import sentences
from desktop.model import Article, Block, BlockKind, Direction, Position
from desktop.notes import Notes
from desktop.ui.highlight_controller import HighlightController, NotesContext
from desktop.ui.notes_panel import (
    NoteDirectionRole,
    NoteEditor,
    NotesPanel,
    QuoteDirectionRole,
)
from desktop.ui.notes_view import NotesView, confirm_article_deletion
from desktop.ui.reader_view import HEADLINE, ReaderView
from desktop.ui.themes import get_theme

P0 = (
    "أكد ستيفان دي ميستورا، المبعوث الأممي الخاص لسوريا، ترحيبه بإعلان روسيا تعليق "
    "الأنشطة القتالية في حلب. وقال إن هذا قد يكون الوقت المناسب للنظر في الأمر. "
    "وأضاف أن المجلس موحد."
)
P1 = "وقال: «ربما هذا هو الوقت للنظر جديا في احتمال تجديد البحث عن حل سياسي»."
P2 = "The envoy spoke to reporters in Geneva after the Security Council meeting."
TITLE = "دي ميستورا: هناك شعور بالاتحاد داخل مجلس الأمن حيال حلب"
URL = "https://news.un.org/ar/story/2016/10/263052"


@pytest.fixture
def aid(store) -> int:
    return store.add_article(
        Article(
            TITLE,
            [
                Block(BlockKind.PARAGRAPH, P0),
                Block(BlockKind.QUOTE, P1),
                Block(BlockKind.PARAGRAPH, P2),
            ],
            site="أخبار الأمم المتحدة",
            url=URL,
            published="2016-10-20",
        )
    ).article_id


@pytest.fixture
def context(store) -> NotesContext:
    return NotesContext(Notes(store))


@pytest.fixture
def said(context) -> list[str]:
    messages: list[str] = []
    context.announce.connect(messages.append)
    return messages


@pytest.fixture
def reader(make_reader, aid, english) -> ReaderView:
    return make_reader(aid, size=(800, 600))


@pytest.fixture
def controller(context, reader) -> HighlightController:
    """With the Notes menu's actions from the one registry, wired as the main window does."""
    from desktop.ui import notes_actions
    from desktop.ui.actions import Registry

    c = HighlightController(context, reader)
    registry = Registry(
        reader, notes_actions.action_specs(), {notes_actions.MENU: notes_actions.menu_title()}
    )
    for name, slot in c.handlers().items():
        registry[name].triggered.connect(lambda _checked=False, slot=slot: slot())
    c.registry = registry  # kept alive with the controller
    return c


def select(reader: ReaderView, block: int, start: int, end: int | None = None) -> None:
    """Put the caret (and selection) at article offsets, as the arrow keys would."""
    built = reader.built
    cursor = QTextCursor(built.document)
    cursor.setPosition(built.qt_position(block, start))
    if end is not None:
        cursor.setPosition(built.qt_position(block, end), QTextCursor.MoveMode.KeepAnchor)
    reader.browser.setTextCursor(cursor)
    reader.browser.setFocus()


def char_format(reader: ReaderView, block: int, offset: int) -> QTextCharFormat:
    """The format of the character at ``offset`` (a cursor reports the one before it)."""
    cursor = QTextCursor(reader.built.document)
    cursor.setPosition(reader.built.qt_position(block, offset + 1))
    return cursor.charFormat()


def press(qtbot, widget: QWidget, keys: str) -> None:
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(keys)[0]
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())


# --- the reader ----------------------------------------------------------------------------------


def test_highlight_selection_from_the_keyboard(qtbot, reader, controller, context, said, aid):
    start = P0.index("المبعوث")
    select(reader, 0, start, start + len("المبعوث الأممي"))
    press(qtbot, reader.browser, "Ctrl+Shift+H")
    [h] = context.notes.highlights(aid)
    assert (h.quote.block, h.quote.exact, h.colour) == (0, "المبعوث الأممي", "yellow")
    theme = get_theme(reader.typography.theme)
    assert char_format(reader, 0, start).background().color() == QColor(theme.note("yellow"))
    assert char_format(reader, 0, start - 3).background().style() == Qt.BrushStyle.NoBrush
    assert said[-1] == "Highlighted in Yellow: \u2068المبعوث الأممي\u2069"


def test_highlight_sentence_at_the_caret_and_paragraph(qtbot, reader, controller, context, aid):
    second = sentences(P0)[1]
    select(reader, 0, second.start + 5)
    press(qtbot, reader.browser, "Ctrl+Alt+S")
    assert context.notes.highlights(aid)[0].quote.exact == second.text
    select(reader, 2, 10)
    press(qtbot, reader.browser, "Ctrl+Alt+P")
    assert [h.quote.exact for h in context.notes.highlights(aid)] == [second.text, P2]


def test_highlight_follows_the_read_aloud_sentence(reader, controller, context, said, aid):
    s = sentences(P1)[0]
    select(reader, 0, 3)  # the caret is elsewhere: the spoken sentence wins
    reader.set_speech_highlight(1, s.start, s.end, s.start, s.start + 5)
    h = controller.highlight_sentence()
    assert (h.quote.block, h.quote.start, h.quote.end) == (1, s.start, s.end)
    assert said[-1].startswith("Highlighted in Yellow: \u2068وقال:")


def test_after_a_stop_the_caret_the_user_moved_decides_not_the_old_sentence(
    reader, controller, context, said, aid
):
    """A stopped reading leaves its sentence marked; once the user moves the caret, commands
    act there (here: into a highlight in another paragraph)."""
    envoy = context.add_highlight(aid, 2, 4, 9)
    s = sentences(P1)[0]
    reader.set_speech_highlight(1, s.start, s.end)  # what a stop leaves behind
    select(reader, 2, 6)
    assert controller.remove_highlight().id == envoy.id
    h = controller.highlight_sentence()
    assert (h.quote.block, h.quote.exact) == (2, P2)


def test_while_the_headline_is_read_the_caret_sentence_is_highlighted(
    reader, controller, context, said, aid
):
    """The headline is not a block of the article (notes cannot anchor there): with speech on
    it, the caret decides, as when nothing is read."""
    second = sentences(P0)[1]
    select(reader, 0, second.start + 5)
    title = reader.article.title
    reader.set_speech_highlight(HEADLINE, 0, len(title), 0, 3)
    h = controller.highlight_sentence()
    assert (h.quote.block, h.quote.exact) == (0, second.text)
    assert said[-1].startswith("Highlighted in Yellow:")


def test_selection_over_two_paragraphs_makes_one_highlight_each(reader, controller, context, aid):
    built = reader.built
    cursor = QTextCursor(built.document)
    cursor.setPosition(built.qt_position(0, len(P0) - 10))
    cursor.setPosition(built.qt_position(1, 5), QTextCursor.MoveMode.KeepAnchor)
    reader.browser.setTextCursor(cursor)
    made = controller.highlight()
    assert [(h.quote.block, h.quote.exact) for h in made] == [(0, P0[-10:]), (1, P1[:5])]
    context.undo_stack.undo()  # one step undoes the whole selection
    assert context.notes.highlights(aid) == []


def test_underline_style_and_colour_choice_are_announced(reader, controller, context, said, aid):
    controller.next_colour()
    assert said[-1] == "Highlight colour: Green"
    controller.toggle_underline()
    assert said[-1] == "Highlight style: Underline"
    select(reader, 2, 4, 9)
    [h] = controller.highlight()
    assert (h.colour, h.style) == ("green", "underline")
    fmt = char_format(reader, 2, 5)
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert fmt.background().style() == Qt.BrushStyle.NoBrush  # not by colour
    assert said[-1] == "Highlighted in Green, underlined: \u2068envoy\u2069"


def test_ctrl_d_toggles_a_bookmark_and_says_so(qtbot, reader, controller, context, said, aid):
    select(reader, 1, 10)
    qtbot.waitUntil(lambda: reader.current_position() == Position(1, 10))
    press(qtbot, reader.browser, "Ctrl+D")
    [b] = context.notes.bookmarks(aid)
    assert b.position == Position(1, 10) and said[-1] == "Bookmark added."
    press(qtbot, reader.browser, "Ctrl+D")
    assert context.notes.bookmarks(aid) == [] and said[-1] == "Bookmark removed."
    context.undo_stack.undo()
    assert [x.id for x in context.notes.bookmarks(aid)] == [b.id]


def test_remove_highlight_at_the_caret_and_undo(qtbot, reader, controller, context, said, aid):
    select(reader, 2, 4, 9)
    [h] = controller.highlight()
    select(reader, 2, 6)
    press(qtbot, reader.browser, "Ctrl+Shift+Del")
    assert context.notes.highlights(aid) == []
    assert char_format(reader, 2, 5).background().style() == Qt.BrushStyle.NoBrush
    assert said[-1] == "Highlight removed: \u2068envoy\u2069. Undo brings it back."
    context.undo()
    assert [x.id for x in context.notes.highlights(aid)] == [h.id]
    assert char_format(reader, 2, 5).background().style() != Qt.BrushStyle.NoBrush
    assert said[-1] == "Undone: Delete Highlight"
    context.redo()
    assert context.notes.highlights(aid) == [] and said[-1] == "Redone: Delete Highlight"


def test_one_undo_of_a_highlight_over_paragraphs_is_said_once(
    reader, controller, context, said, aid
):
    cursor = QTextCursor(reader.built.document)
    cursor.setPosition(reader.built.qt_position(0, 3))
    cursor.setPosition(reader.built.qt_position(2, 5), QTextCursor.MoveMode.KeepAnchor)
    reader.browser.setTextCursor(cursor)
    assert len(controller.highlight()) == 3
    said.clear()
    context.undo()
    assert said == ["Undone: Highlight"] and context.notes.highlights(aid) == []
    context.undo()  # nothing left: nothing happens, nothing is said
    assert said == ["Undone: Highlight"]


def test_undoing_a_change_to_a_deleted_article_says_so_and_drops_it(
    reader, controller, context, said, aid, store
):
    context.add_highlight(aid, 0, 3, 9)
    store.delete_article(aid)  # the window clears the history on delete; this is the net
    context.undo()
    assert said[-1] == "That change cannot be undone: its article is gone."
    assert not context.undo_stack.canUndo()


def test_highlights_are_drawn_again_after_a_rebuild(reader, controller, context, aid):
    context.add_highlight(aid, 1, 7, 20, "blue")
    reader.zoom_in()  # a new QTextDocument
    theme = get_theme(reader.typography.theme)
    assert char_format(reader, 1, 8).background().color() == QColor(theme.note("blue"))
    reader.show_article(aid)
    assert char_format(reader, 1, 8).background().color() == QColor(theme.note("blue"))


def test_reader_formats_are_restored_exactly(reader, controller, context, aid):
    before = char_format(reader, 1, 8)
    h = context.add_highlight(aid, 1, 7, 20)
    context.update_highlight(h.id, note="ملاحظة")
    assert char_format(reader, 1, 8).toolTip() == "ملاحظة"
    context.delete_highlight(h.id)
    after = char_format(reader, 1, 8)
    assert after == before  # italic quote font, colour and size all back


def test_ctrl_alt_n_highlights_the_selection_and_opens_the_note(
    qtbot, reader, controller, context, said, aid
):
    select(reader, 2, *span(P2, "Security Council"))

    def write(editor) -> None:
        editor.text.setPlainText("ملاحظة: مجلس الأمن")
        qtbot.keyClick(editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_modal(write)
    press(qtbot, reader.browser, "Ctrl+Alt+N")
    [h] = context.notes.highlights(aid)
    assert (h.quote.exact, h.note, h.note_language) == (
        "Security Council",
        "ملاحظة: مجلس الأمن",
        "ar",
    )
    assert said[-1] == "Note saved."
    assert char_format(reader, 2, h.quote.start).toolTip() == "ملاحظة: مجلس الأمن"


def test_messages_when_there_is_nothing_to_do(reader, controller, said):
    select(reader, 0, 3)
    assert controller.remove_highlight() is None
    assert said[-1] == "There is no highlight here."
    reader.clear()
    assert controller.highlight_sentence() is None
    assert said[-1] == "Open an article first."


# --- the notes panel -----------------------------------------------------------------------------


@pytest.fixture
def panel(qtbot, context, aid, english) -> NotesPanel:
    p = NotesPanel(context)
    qtbot.addWidget(p)
    p.resize(360, 500)
    p.show()
    qtbot.waitExposed(p)
    p.set_article(aid, Direction.RTL)
    return p


def test_panel_lists_bookmarks_and_notes_in_reading_order(qtbot, panel, context, aid):
    notes = context.notes
    english = context.add_highlight(aid, 2, 4, 9, "green")
    context.update_highlight(english.id, note="An English note")
    arabic = context.add_highlight(aid, 0, 4, 10)
    mark = notes.add_bookmark(aid, Position(1, 0), "هنا")
    context.changed.emit(aid)
    rows = [panel.list.item(i) for i in range(panel.list.count())]
    assert [panel._entries[i].id for i in range(3)] == [arabic.id, mark.id, english.id]
    assert panel.list.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert rows[2].data(NoteDirectionRole) == Qt.LayoutDirection.LeftToRight  # its own
    assert rows[2].data(QuoteDirectionRole) == Qt.LayoutDirection.LeftToRight
    assert rows[0].data(QuoteDirectionRole) == Qt.LayoutDirection.RightToLeft
    assert (
        rows[2]
        .data(Qt.ItemDataRole.AccessibleTextRole)
        .startswith("Green highlight: envoy — Note: An English note")
    )
    assert panel.heading.text() == "Notes and bookmarks (3)"


def test_panel_keys_jump_delete_undo_and_copy(qtbot, panel, context, said, aid):
    h = context.add_highlight(aid, 0, *span(P0, "المبعوث الأممي"))
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    with qtbot.waitSignal(panel.jumpRequested) as jumped:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert jumped.args == [Position(0, h.quote.start)]
    qtbot.keyClick(panel.list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == (
        f"«المبعوث الأممي»\n— {TITLE}، أخبار الأمم المتحدة، 2016-10-20\n{URL}"
    )
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert panel.list.count() == 0 and context.notes.highlights(aid) == []
    assert panel.empty.isVisible()
    assert said[-1] == "Note deleted. Ctrl+Z brings it back."
    context.undo_stack.undo()
    assert panel.list.count() == 1 and context.notes.highlights(aid)[0].id == h.id


def test_orphaned_note_is_shown_last_and_cannot_be_jumped_to(store, panel, context, said, aid):
    kept = context.add_highlight(aid, 2, *span(P2, "Security Council"))
    context.update_highlight(kept.id, note="keep me")
    context.add_highlight(aid, 0, 0, 3)
    store.db.execute(
        "UPDATE blocks SET text = 'Other words.' WHERE article_id = ? AND idx = 2", (aid,)
    )
    context.notes.reanchor_article(aid)
    panel.refresh()
    last = panel.list.item(panel.list.count() - 1)
    assert "Not found in the current text" in last.text() and "keep me" in last.text()
    panel.list.setCurrentRow(panel.list.count() - 1)
    panel.jump_current()
    assert said[-1].startswith("This quote is no longer in the article's text")


def test_f2_edits_a_note_with_its_own_direction_and_language(qtbot, panel, context, aid):
    h = context.add_highlight(aid, 0, 4, 10)
    panel.list.setCurrentRow(0)

    def fill(editor) -> None:
        assert isinstance(editor, NoteEditor)
        editor.text.setPlainText("This is about «حلب» in English")
        editor.direction.setCurrentIndex(editor.direction.findData("ltr"))
        editor.colour.setCurrentIndex(editor.colour.findData("pink"))
        qtbot.keyClick(editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_modal(fill)
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    saved = context.notes.get_highlight(h.id)
    assert saved.note == "This is about «حلب» in English"
    assert (saved.note_direction, saved.note_language, saved.colour) == (
        Direction.LTR,
        "en",
        "pink",
    )
    context.undo_stack.undo()
    assert context.notes.get_highlight(h.id).note == ""


def test_a_note_on_the_selection_just_highlighted_goes_on_that_highlight(
    qtbot, reader, controller, context, said, aid
):
    """Select, Ctrl+Shift+H, then Ctrl+Alt+N with the selection still there: one highlight,
    with the note; Ctrl+Shift+H again does not make a second one either."""
    select(reader, 1, 6, 20)
    [made] = controller.highlight()
    assert controller.highlight() == [made] and said[-1] == "Already highlighted."

    def write(editor) -> None:
        editor.text.setPlainText("ملاحظة على التظليل نفسه")
        qtbot.keyClick(editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_modal(write)
    noted = controller.edit_note()
    assert noted.id == made.id
    [only] = context.notes.highlights(aid)
    assert (only.id, only.note) == (made.id, "ملاحظة على التظليل نفسه")


def test_note_editor_values_and_names(qtbot, context, aid, english):
    h = context.add_highlight(aid, 0, 4, 10)
    editor = NoteEditor(h)
    qtbot.addWidget(editor)
    editor.text.setPlainText("ملاحظة قصيرة")
    editor.underline.setChecked(True)
    assert editor.values() == {
        "note": "ملاحظة قصيرة",
        "colour": "yellow",
        "style": "underline",
        "note_direction": Direction.AUTO,
        "note_language": "ar",
    }
    editor.language.setEditText("fr")
    assert editor.values()["note_language"] == "fr"
    editor.show()
    assert unnamed_controls(editor) == []


# --- the library-wide notes view -----------------------------------------------------------------


@pytest.fixture
def many(store, context, aid) -> dict[str, int]:
    other = store.add_article(
        Article(
            "Aleppo's old library",
            [Block(BlockKind.PARAGRAPH, "مكتبة حلب القديمة")],
            url="https://example.org/x",
        )
    ).article_id
    notes = context.notes
    ids = {
        "envoy": notes.add_highlight(aid, 0, *span(P0, "المبعوث الأممي"), note="مهم").id,
        "council": notes.add_highlight(aid, 2, *span(P2, "Security Council"), "green").id,
        "library": notes.add_highlight(other, 0, 0, 5, "green", note="Read again").id,
        "other": other,
    }
    notes.add_bookmark(aid, Position(1, 3))
    return ids


@pytest.fixture
def view(qtbot, context, many, english) -> NotesView:
    v = NotesView(context)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    return v


def shown(view: NotesView) -> set[int]:
    return {e.highlight.id for e in view.model.entries()}


def test_view_filters_and_searches_arabic_folded(qtbot, view, many):
    assert shown(view) == {many["envoy"], many["council"], many["library"]}
    assert view.count.text() == "Notes shown: 3"
    view.set_query("الاممي")  # hamza folded
    assert shown(view) == {many["envoy"]}
    view.set_query("")
    view.set_colour("green")
    assert shown(view) == {many["council"], many["library"]}
    view.set_article(many["other"])
    assert shown(view) == {many["library"]}
    view.set_article(None)
    view.set_colour(None)
    view.set_orphaned_only(True)
    assert shown(view) == set() and view.count.text() == "Notes shown: 0"


def test_view_search_waits_for_typing_to_pause(qtbot, view, many, type_text):
    view.search.setFocus()
    type_text(view.search, "read")
    assert len(shown(view)) == 3  # not yet
    qtbot.waitUntil(lambda: shown(view) == {many["library"]})


def test_view_keys_open_copy_delete_and_undo(qtbot, view, context, many, aid):
    view.set_query("مهم")
    view.table.setFocus()
    with qtbot.waitSignal(view.openRequested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [aid, Position(0, P0.index("المبعوث"))]
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().startswith("«المبعوث الأممي»\n— ")
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert shown(view) == set()
    context.undo_stack.undo()
    assert shown(view) == {many["envoy"]}


def test_view_cells_keep_their_direction(view, many):
    from desktop.ui.notes_view import ARTICLE, NOTE, QUOTE, DirectionRole

    rows = {e.highlight.id: i for i, e in enumerate(view.model.entries())}
    m = view.model
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert m.index(rows[many["envoy"]], QUOTE).data(DirectionRole) == rtl
    assert m.index(rows[many["council"]], QUOTE).data(DirectionRole) == ltr
    assert m.index(rows[many["library"]], NOTE).data(DirectionRole) == ltr
    assert m.index(rows[many["library"]], QUOTE).data(DirectionRole) == rtl
    assert m.index(rows[many["library"]], ARTICLE).data(DirectionRole) == ltr


def test_view_exports_what_is_shown_and_imports(qtbot, view, context, many, tmp_path):
    view.set_colour("green")
    md = tmp_path / "green.md"
    assert view.export_to(md) == 2
    text = md.read_text(encoding="utf-8")
    assert "Security Council" in text and "المبعوث" not in text
    view.set_colour(None)
    js = tmp_path / "all.json"
    assert view.export_to(js) == 4  # everything, bookmark included
    assert json.loads(js.read_text(encoding="utf-8"))["total"] == 4
    context.notes.db.execute("DELETE FROM highlights")
    context.changed.emit(-1)
    assert shown(view) == set()
    report = view.import_from(js)
    assert (report.added, report.duplicates) == (3, 1)  # the bookmark was still there
    assert len(shown(view)) == 3


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        (
            "broken.json",
            b'{"type": "AnnotationCollection", "items": [{"qari:block": "x"',
            "The file is not valid JSON.",
        ),
        (
            "hostile.json",
            b'[{"type": "Annotation", "qari:block": "abc", "target": {}}]',
            "Note 1 in the file cannot be read.",
        ),
        ("short.csv", b"kind,article_title\nhighlight\n", "not a notes export Qari can read"),
        ("binary.csv", bytes(range(256)) * 40, "The file is not text in UTF-8."),
        ("gone.json", None, "The file is not there any more."),
    ],
)
def test_view_import_of_a_bad_file_warns_and_changes_nothing(
    qtbot, view, context, many, tmp_path, monkeypatch, name, data, said
):
    """The file dialog is modal (it would wait for a click that an offscreen test cannot
    give), so it is replaced; the warning is not modal and is read from the window."""
    from desktop.ui import notes_view

    bad = tmp_path / name
    if data is not None:
        bad.write_bytes(data)
    monkeypatch.setattr(notes_view.QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    before = shown(view)
    changes = context.notes.conn.total_changes
    view.import_dialog()
    box = view.message_box
    qtbot.waitUntil(box.isVisible)
    assert box.icon() == QMessageBox.Icon.Warning
    assert said in box.text() and box.text().endswith("Nothing was imported.")
    assert box.detailedText().strip() and "Traceback" not in box.detailedText()
    assert context.notes.conn.total_changes == changes
    assert shown(view) == before
    box.close()


def test_a_refused_import_is_said_in_arabic_with_the_english_detail_kept(
    qtbot, qapp, view, tmp_path, monkeypatch
):
    from desktop.ui import i18n, notes_view

    bad = tmp_path / "notes.csv"
    bad.write_text("kind,article_title,quote\nhighlight,T,q\nnote,T,q\n", encoding="utf-8")
    monkeypatch.setattr(notes_view.QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    i18n.install(qapp, "ar")  # the english fixture puts English back afterwards
    view.import_dialog()
    text = view.message_box.text()
    assert "٣" in text and not any("a" <= c.lower() <= "z" for c in text), text
    assert "Line 3 of the CSV file cannot be read" in view.message_box.detailedText()
    view.message_box.close()


def test_an_import_with_notes_of_missing_articles_lists_them(
    qtbot, view, context, store, tmp_path, monkeypatch
):
    from desktop.ui import notes_view

    path = tmp_path / "notes.json"
    view.export_to(path)
    store.conn.execute(
        "UPDATE articles SET title = 'renamed ' || id, url = '', content_hash = 'x' || id"
    )
    store.conn.commit()
    monkeypatch.setattr(notes_view.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    view.import_dialog()
    box = view.message_box
    qtbot.waitUntil(box.isVisible)
    assert box.icon() == QMessageBox.Icon.Information
    assert "Notes imported: 0." in box.text()
    assert "Not imported, because their article is not in the library: 4." in box.text()
    assert f"{TITLE} (notes: " in box.detailedText()
    assert "Aleppo's old library (notes: 1)" in box.detailedText()
    box.close()


def test_an_import_the_library_cannot_save_says_so_and_changes_nothing(
    qtbot, view, context, tmp_path, monkeypatch
):
    """A full disk cannot be made here; a trigger that refuses new highlights fails the write
    the same way, inside the import's transaction."""
    from desktop.ui import notes_view

    path = tmp_path / "notes.json"
    view.export_to(path)
    context.notes.conn.execute("DELETE FROM highlights")
    context.notes.conn.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON highlights "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    context.notes.conn.commit()
    monkeypatch.setattr(notes_view.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    view.import_dialog()
    box = view.message_box
    qtbot.waitUntil(box.isVisible)
    assert box.text() == "The library could not save the notes. Nothing was imported."
    assert box.detailedText() == "database or disk is full"
    assert context.notes.count() == 1  # the bookmark, not doubled
    box.close()


def test_a_failed_export_says_so_and_names_the_file(qtbot, view, tmp_path, monkeypatch):
    from desktop.ui import notes_view

    target = tmp_path / "no such folder" / "notes.md"
    monkeypatch.setattr(
        notes_view.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    view.export_dialog()
    box = view.message_box
    qtbot.waitUntil(box.isVisible)
    assert box.text() == "The notes could not be saved to notes.md."
    assert "No such file or directory" in box.detailedText()
    assert not target.parent.exists()
    box.close()


def test_deleting_the_last_note_of_the_filtered_article_keeps_the_filter(
    qtbot, view, context, many
):
    """Falling back to "All articles" would show every note, one of them selected, under
    the user's Delete key."""
    aid = context.notes.list_notes()[0].highlight.article_id
    view.set_article(aid)
    while view.model.rowCount():
        view.table.selectRow(0)
        view.delete_current()
    assert view.article.currentData() == aid and view.article.currentText().endswith("(0)")
    assert view.model.rowCount() == 0


@pytest.mark.parametrize(
    ("typed", "chosen", "path", "fmt"),
    [
        ("my notes", "csv", "my notes.csv", "csv"),  # no extension: the type chosen
        ("notes.md", "html", "notes.html", "html"),  # the suggestion left as it was
        ("mine.json", "md", "mine.json", "json"),  # an extension typed: it decides
        ("old.HTM", None, "old.HTM", "html"),
        ("x.txt", "md", "x.txt.md", "md"),
    ],
)
def test_the_export_format_follows_the_type_chosen_and_the_name_typed(
    tmp_path, typed, chosen, path, fmt
):
    from desktop.ui.notes_view import export_choice

    assert export_choice(tmp_path / typed, chosen) == (tmp_path / path, fmt)


def test_the_export_dialog_writes_the_type_chosen(qtbot, view, tmp_path, monkeypatch):
    from desktop.ui import notes_view

    chosen = "Spreadsheet CSV (*.csv)"
    monkeypatch.setattr(
        notes_view.QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "my notes"), chosen),
    )
    view.export_dialog()
    written = tmp_path / "my notes.csv"
    assert written.read_text(encoding="utf-8-sig").startswith("kind,article_title")


def test_notes_exported_before_a_delete_are_in_the_interface_language(
    qtbot, qapp, context, aid, tmp_path, english
):
    from desktop.ui import i18n

    context.add_highlight(
        aid,
        0,
        3,
        9,
    )
    i18n.install(qapp, "ar")  # the english fixture puts English back afterwards
    out = tmp_path / "saved.md"
    when_modal(lambda dialog: dialog.export_button.click())
    assert confirm_article_deletion(None, context.notes, aid, save_path=lambda _s: out)
    assert out.read_text(encoding="utf-8").startswith("# الملاحظات")


def test_the_panels_context_menu_goes_when_it_closes(qtbot, panel, context, aid):
    """A menu made for each right-click stayed a child of the panel: 100 uses, 200 menus."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QMenu

    context.add_highlight(aid, 0, 4, 10)
    panel.list.setCurrentRow(0)
    for _ in range(3):
        panel._menu(QPoint(5, 5))
        [menu] = [m for m in panel.findChildren(QMenu) if m.parent() is panel]
        menu.close()
        qtbot.waitUntil(lambda: not [m for m in panel.findChildren(QMenu) if m.parent() is panel])


def test_every_control_is_named(view, panel):
    assert unnamed_controls(view) == []
    assert unnamed_controls(panel) == []


def test_tab_reaches_every_control_of_the_view(qtbot, view):
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.search)
    seen = set()
    for _ in range(20):  # Tab reaches the table, the filters and the buttons
        seen.add(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert {
        view.search,
        view.colour,
        view.article,
        view.orphaned,
        view.table,
        view.export_button,
    } <= seen


def test_tab_goes_from_the_filters_to_the_notes_before_the_buttons(qtbot, view):
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.orphaned.setFocus()
    qtbot.waitUntil(view.orphaned.hasFocus)
    qtbot.keyClick(view.orphaned, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.open_button)


# --- deleting an article that has notes ----------------------------------------------------------


def click_later(qtbot, button_name: str) -> None:
    when_modal(lambda dialog: getattr(dialog, button_name).click())


def test_deleting_an_article_with_notes_offers_export_first(
    qtbot, store, context, aid, tmp_path, english
):
    notes = context.notes
    notes.add_highlight(aid, 0, 4, 10, note="لا تضيعني")
    out = tmp_path / "saved.md"
    click_later(qtbot, "export_button")
    assert confirm_article_deletion(None, notes, aid, save_path=lambda _s: out) is True
    assert "لا تضيعني" in out.read_text(encoding="utf-8")
    click_later(qtbot, "cancel_button")
    assert confirm_article_deletion(None, notes, aid) is False
    click_later(qtbot, "export_button")
    assert confirm_article_deletion(None, notes, aid, save_path=lambda _s: None) is False
    click_later(qtbot, "delete_button")
    assert confirm_article_deletion(None, notes, aid) is True
    notes.db.execute("DELETE FROM highlights")
    assert confirm_article_deletion(None, notes, aid) is True  # nothing to lose: no question


def test_a_failed_export_before_deleting_says_so_and_deletes_nothing(
    qtbot, context, aid, tmp_path, english
):
    notes = context.notes
    notes.add_highlight(aid, 0, 4, 10)
    warned: list[str] = []

    def export(dialog) -> None:
        when_modal(lambda box: warned.append(box.text()) or box.close(), name="notesMessage")
        dialog.export_button.click()

    when_modal(export)
    bad = tmp_path / "no such folder" / "notes.md"
    assert confirm_article_deletion(None, notes, aid, save_path=lambda _s: bad) is False
    assert warned == ["The notes could not be saved to notes.md."]
    assert notes.count(aid) == 1


# --- helpers -------------------------------------------------------------------------------------


def when_modal(act, name: str | None = None) -> None:
    """Run ``act(dialog)`` once a modal dialog is open (it opens inside the call that follows),
    or once the one with object name ``name`` is.

    If ``act`` fails, the dialog is rejected so the test fails instead of hanging.
    """
    timer = QTimer()
    timer.setInterval(5)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or (name is not None and dialog.objectName() != name):
            return
        timer.stop()
        try:
            act(dialog)
        except BaseException:
            dialog.reject()
            raise
        finally:  # a dialog the action failed to close must not hang the test run
            # the dialog as context: Qt drops the timer if the dialog is deleted first
            QTimer.singleShot(5000, dialog, lambda: dialog.isVisible() and dialog.reject())

    timer.timeout.connect(poll)
    timer.start()
    _timers.append(timer)


_timers: list[QTimer] = []


def span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)
