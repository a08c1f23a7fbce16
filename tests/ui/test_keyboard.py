"""Everything without a mouse: every command has a shortcut or a menu path with mnemonics,
shortcuts do not collide, F6 walks the panes, and the main shortcuts do what they say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMenu,
    QMessageBox,
    QWidget,
)

from desktop.ui.actions import key_sequences
from desktop.ui.main_window import MainWindow


def focus(qtbot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def menu_path(window: MainWindow, action: QAction) -> list[str] | None:
    """Titles from the menu bar down to ``action``, or None if no menu holds it."""

    def search(menu: QMenu, trail: list[str]) -> list[str] | None:
        for item in menu.actions():
            if item is action:
                return [*trail, item.text()]
            if item.menu() is not None:
                found = search(item.menu(), [*trail, item.text()])
                if found:
                    return found
        return None

    for top in window.menuBar().actions():
        found = search(top.menu(), [top.text()])
        if found:
            return found
    return None


def test_every_action_is_reachable_by_keyboard(window: MainWindow):
    for spec in window.registry.specs:
        action = window.registry[spec.name]
        path = menu_path(window, action)
        assert path is not None, f"{spec.name} is in no menu"
        # Alt+letter at every level: each title on the way has a mnemonic.
        for title in path:
            assert "&" in title.replace("&&", ""), (
                f"{title!r} (path to {spec.name}) has no mnemonic"
            )
        # Delete needs a selected article, Undo/Redo something to undo: enabled when they can act
        assert action.isEnabled() or spec.name in ("delete_article", "undo", "redo")


def test_shortcuts_are_unique(window: MainWindow):
    owners: dict[str, str] = {}
    for spec in window.registry.specs:
        for seq in key_sequences(spec):
            key = seq.toString()
            assert key not in owners, f"{key} is bound to both {owners.get(key)} and {spec.name}"
            owners[key] = spec.name
    # The reader's find (Ctrl+F) and the library search are different keys.
    assert owners["Ctrl+F"] == "find_in_article"
    assert owners["Ctrl+K"] == "search_library"
    assert {"Ctrl+=", "Ctrl++"} <= {k for k, v in owners.items() if v == "zoom_in"}


def test_f6_cycles_through_the_panes_and_shift_f6_back(qtbot, window: MainWindow):
    window.library.focus_list()
    focus(qtbot, window.library.list)
    qtbot.keyClick(window.library.list, Qt.Key.Key_F6)
    focus(qtbot, window.library.search)
    qtbot.keyClick(window.library.search, Qt.Key.Key_F6)
    focus(qtbot, window.reader.browser)
    qtbot.keyClick(window.reader.browser, Qt.Key.Key_F6)
    assert window.current_pane() == 3, "the read-aloud controls"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    focus(qtbot, window.library.list)
    qtbot.keyClick(window.library.list, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_pane() == 3
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    focus(qtbot, window.reader.browser)
    qtbot.keyClick(window.reader.browser, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    focus(qtbot, window.library.search)


def test_f6_reaches_the_notes_floating_in_their_own_window_and_comes_back(
    qtbot, window: MainWindow
):
    window.registry["notes_panel"].trigger()
    window.notes_dock.setFloating(True)
    window._focus_read_aloud_bar()
    focus(qtbot, QApplication.focusWidget())
    assert window.current_pane() == 3
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    focus(qtbot, window.notes_panel.list)
    assert window.notes_dock.isActiveWindow()
    qtbot.keyClick(window.notes_panel.list, Qt.Key.Key_F6)
    focus(qtbot, window.library.list)
    assert window.isActiveWindow()


def test_f6_from_the_sort_box_goes_on_from_the_search_box(qtbot, window: MainWindow):
    window.library.sort.setFocus()
    focus(qtbot, window.library.sort)
    qtbot.keyClick(window.library.sort, Qt.Key.Key_F6)
    focus(qtbot, window.reader.browser)
    window.library.status.setFocus()
    focus(qtbot, window.library.status)
    qtbot.keyClick(window.library.status, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    focus(qtbot, window.library.list)


def test_escape_in_the_search_box_clears_it(qtbot, window: MainWindow, type_text):
    window.library.focus_search()
    focus(qtbot, window.library.search)
    type_text(window.library.search, "حلب")
    qtbot.keyClick(window.library.search, Qt.Key.Key_Escape)
    assert window.library.search.text() == ""
    assert QApplication.focusWidget() is window.library.search


def test_ctrl_k_goes_to_search_and_ctrl_f_finds_in_the_article(qtbot, window: MainWindow):
    window.focus_reader()
    focus(qtbot, window.reader.browser)
    qtbot.keyClick(window.reader.browser, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    focus(qtbot, window.library.search)
    qtbot.keyClick(window.library.search, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.find_bar.isVisible()
    focus(qtbot, window.reader.find_bar.edit)


def test_zoom_keys(qtbot, window: MainWindow):
    size = window.reader.typography.size
    target = window.library.list
    window.library.focus_list()
    focus(qtbot, target)
    qtbot.keyClick(target, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    bigger = window.reader.typography.size
    assert bigger > size
    qtbot.keyClick(target, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.typography.size < bigger
    qtbot.keyClick(target, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.typography.size == window.reader.typography.zoom_reset().size


def test_every_way_of_zooming_says_the_new_size_once(qtbot, window: MainWindow):
    """Keys, menu and Ctrl+wheel over the article all say the size; at the limit the key
    still answers, with the size that stays."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    said: list[str] = []
    window.announcer.announced.connect(said.append)
    window.reader.set_typography(window.reader.typography.with_(size=18))
    said.clear()
    viewport = window.reader.browser.viewport()
    up = QWheelEvent(
        QPointF(50, 50),
        QPointF(viewport.mapToGlobal(QPoint(50, 50))),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, up)
    assert said == ["Text size 20 points"]
    window.registry["zoom_out"].trigger()
    assert said[1:] == ["Text size 18 points"]
    window.reader.set_typography(window.reader.typography.with_(size=72))
    said.clear()
    window.registry["zoom_in"].trigger()
    assert said == ["Text size 72 points"]


def test_delete_key_works_in_the_list_but_edits_text_in_the_search_box(
    qtbot, window: MainWindow, monkeypatch
):
    # A modal dialog cannot be answered offscreen: the confirmation is faked and says No.
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No),
    )
    window.library.focus_search()
    window.library.search.setText("abc")
    window.library.search.setCursorPosition(0)
    qtbot.keyClick(window.library.search, Qt.Key.Key_Delete)
    assert window.library.search.text() == "bc" and asked == []
    window.library.focus_list()
    focus(qtbot, window.library.list)
    qtbot.keyClick(window.library.list, Qt.Key.Key_Delete)
    assert len(asked) == 1


def test_f1_lists_every_command(qtbot, window: MainWindow, type_text):
    qtbot.keyClick(window.library.list, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    qtbot.waitExposed(dialog)
    assert dialog.visible_names() == [s.name for s in window.registry.specs]
    row = [s.name for s in window.registry.specs].index("find_in_article")
    shown = dialog.table.item(row, 1).text()
    # Each sequence is a left-to-right isolate (LRI ... PDI), so it stays whole in Arabic.
    ctrl_f = QKeySequence("Ctrl+F").toString(QKeySequence.SequenceFormat.NativeText)
    assert shown == f"\u2066{ctrl_f}\u2069", "Ctrl+F only: the Find media key is not listed"
    type_text(dialog.filter, "zoom")
    assert set(dialog.visible_names()) == {"zoom_in", "zoom_out", "zoom_reset"}
    dialog.close()


def test_enter_in_the_list_opens_the_article(qtbot, window: MainWindow):
    window.library.focus_list()
    focus(qtbot, window.library.list)
    qtbot.keyClick(window.library.list, Qt.Key.Key_Down)
    target = window.library.current_article_id()
    assert target != window.article_id
    qtbot.keyClick(window.library.list, Qt.Key.Key_Return)
    assert window.article_id == target


def test_focus_is_visible(qtbot, window: MainWindow):
    """Each focusable part of the library looks different with keyboard focus than without."""
    pane = window.library
    window.focus_reader()
    focus(qtbot, window.reader.browser)
    before = {w: w.grab().toImage() for w in (pane.search, pane.sort, pane.status, pane.list)}
    pane.focus_search()
    focus(qtbot, pane.search)
    seen = [pane.search]
    for _ in range(3):  # Tab from the search box through the two combos to the list
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [pane.search, pane.sort, pane.status, pane.list]
    for widget in seen:
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        focus(qtbot, widget)
        assert widget.grab().toImage() != before[widget], f"{widget.objectName()} shows no focus"


def test_focus_is_visible_in_the_notes_too_in_the_dark_theme(qtbot, window: MainWindow):
    """The notes list, the All Notes table and its search box show their focus where the
    style draws none (item views) or draws it black on black (line edits, dark palettes)."""
    window.set_theme("dark")
    window.show_notes_panel(True)
    window.show_all_notes()
    view = window.notes_view
    qtbot.waitExposed(view)
    for widget in (window.notes_panel.list, view.table, view.search):
        qtbot.waitUntil(lambda w=widget: w.height() > 10)  # laid out
        owner = widget.window()
        owner.activateWindow()
        qtbot.waitUntil(owner.isActiveWindow)
        widget.clearFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        before = widget.grab().toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        assert widget.grab().toImage() != before, f"{type(widget).__name__} shows no focus"
    view.close()


def test_other_modules_can_add_a_menu_to_the_registry(qtbot):
    from PySide6.QtWidgets import QMainWindow

    from desktop.ui.actions import ActionSpec, Registry, action_specs

    owner = QMainWindow()
    qtbot.addWidget(owner)
    extra = ActionSpec("play_pause", "&Play", "speech", ("F5",), help="Read aloud")
    registry = Registry(owner, [*action_specs(), extra], {"speech": "&Read Aloud"})
    menus = registry.build_menus(owner.menuBar())
    titles = [a.text() for a in owner.menuBar().actions()]
    assert titles[-2:] == ["&Read Aloud", "&Help"]
    assert registry["play_pause"] in menus["speech"].actions()
    assert registry["play_pause"].shortcut().toString() == "F5"


def mnemonic(text: str) -> str:
    i = text.replace("&&", "\0\0").find("&")
    return text[i + 1].casefold() if i >= 0 else ""


def duplicate_mnemonics(window: MainWindow) -> list[str]:
    """Menus where two entries share an Alt letter (the second one is then hard to reach)."""
    found = []
    menus = [window.menuBar(), *window.menus.values()]
    for menu in menus:
        letters = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        letters = [letter for letter in letters if letter]
        if len(letters) != len(set(letters)):
            found.append(f"{menu.objectName() or 'menu bar'}: {letters}")
    return found


def test_mnemonics_are_unique_in_each_menu_in_english_and_arabic(qapp, make_window):
    from desktop.ui import i18n

    assert duplicate_mnemonics(make_window()) == []
    i18n.install(qapp, "ar")  # the english fixture restores English afterwards
    assert duplicate_mnemonics(make_window()) == []


def test_pause_keeps_an_alt_letter_of_its_own_in_english_and_arabic(qapp, make_window):
    """Play becomes Pause while reading: its letter must be free in the menu too."""
    from PySide6.QtCore import QCoreApplication

    from desktop.ui import i18n

    for language in ("en", "ar"):
        i18n.install(qapp, language)
        window = make_window()
        play = window.registry["play_pause"]
        others = [mnemonic(a.text()) for a in window.menus["speech"].actions() if a is not play]
        pause = mnemonic(QCoreApplication.translate("ReadAloud", "&Pause"))
        assert pause and pause not in others, f"{language}: {pause!r} in {others}"


def window_mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt letter that acts anywhere in ``root``'s window: menu bar
    titles, and the labels (with a buddy) and buttons shown in it. Two that share a letter take
    turns on each press instead of acting at once."""
    found = []
    bar = root.menuBar() if hasattr(root, "menuBar") else None
    texts = [a.text() for a in bar.actions()] if bar is not None else []
    for widget in root.findChildren(QWidget):
        if widget.window() is not root or not widget.isVisibleTo(root):
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if labelled or isinstance(widget, QAbstractButton):
            texts.append(widget.text())
    for text in texts:
        if mnemonic(text):
            found.append((mnemonic(text), text))
    return found


def clashes(found: list[tuple[str, str]]) -> list[str]:
    letters = [letter for letter, _ in found]
    return [text for letter, text in found if letters.count(letter) > 1]


def test_alt_letters_do_not_clash_in_the_main_window_in_english_and_arabic(qapp, make_window):
    """The menu bar, the library's labels, the docked notes' buttons and Cancel Import share
    the window's Alt letters."""
    from desktop.ui import i18n

    for language in ("en", "ar"):
        i18n.install(qapp, language)
        window = make_window()
        window.import_progress.show()
        window.import_cancel.show()
        window.show_notes_panel(True)
        found = window_mnemonics(window)
        texts = [text for _, text in found]
        assert window.import_cancel.text() in texts
        assert window.notes_panel.go_button.text() in texts
        # 3 library labels, 4 notes buttons, Cancel Import
        assert len(found) >= len(window.menuBar().actions()) + 8, texts
        assert clashes(found) == [], language


def test_alt_letters_do_not_clash_in_the_notes_windows_in_english_and_arabic(qapp, make_window):
    from desktop.model import Highlight, TextQuote
    from desktop.ui import i18n
    from desktop.ui.notes_panel import NoteEditor

    for language in ("en", "ar"):
        i18n.install(qapp, language)
        window = make_window()
        window.show_all_notes()
        editor = NoteEditor(
            Highlight(article_id=1, quote=TextQuote(block=0, start=0, end=3, exact="نص")), window
        )
        editor.show()
        for dialog, least in ((window.notes_view, 10), (editor, 5)):
            found = window_mnemonics(dialog)
            assert len(found) >= least, [text for _, text in found]
            assert clashes(found) == [], f"{language} {type(dialog).__name__}"
        editor.close()


def test_menu_shortcuts_are_drawn_left_to_right_in_arabic(qtbot, qapp, make_window):
    """In a right-to-left menu Qt moves a shortcut's last key to the front and mirrors it
    ("Ctrl+]" as "[+Ctrl"); every menu gets a style that isolates the shortcut when it first
    opens. Checked in pixels: the item's shortcut is drawn as the same text laid out left to
    right, not as Qt's right-to-left default."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyle, QStyleOptionMenuItem

    from desktop.ui import i18n
    from desktop.ui.menu_style import ShortcutIsolatingStyle, isolate_shortcut

    assert isolate_shortcut("Wider\tCtrl+]") == "Wider\t\u2066Ctrl+]\u2069"
    assert isolate_shortcut("No keys") == "No keys"
    i18n.install(qapp, "ar")  # the english fixture puts English back afterwards
    window: MainWindow = make_window()
    for menu in window.menus.values():
        menu.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitUntil(menu.isVisible)
        assert isinstance(menu.style(), ShortcutIsolatingStyle), menu.objectName()
        menu.close()

    menu = window.menus["text"]

    def draw(style, text: str) -> QImage:
        option = QStyleOptionMenuItem()
        option.initFrom(menu)
        option.menuItemType = QStyleOptionMenuItem.MenuItemType.Normal
        option.text = text
        option.rect = QRect(0, 0, 300, 30)
        option.tabWidth = 120
        option.direction = Qt.LayoutDirection.RightToLeft
        image = QImage(300, 30, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        style.drawControl(QStyle.ControlElement.CE_MenuItem, option, painter, menu)
        painter.end()
        return image

    plain = menu.style().baseStyle()
    isolated = draw(menu.style(), "نص أعرض\tCtrl+]")
    assert isolated == draw(plain, "نص أعرض\t\u2066Ctrl+]\u2069")
    assert isolated != draw(plain, "نص أعرض\tCtrl+]")  # what Qt draws by itself
