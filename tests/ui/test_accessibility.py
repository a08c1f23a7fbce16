"""What a screen reader gets: a name for every control in English and in Arabic, status changes
announced, every interface string translated, and the layout mirrored for Arabic."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from a11y import unnamed_controls
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui import i18n

ARABIC = re.compile("[\u0600-\u06ff]")


def focusable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()
    ]


def test_every_control_has_a_name_in_english(window):
    assert len(focusable(window)) >= 5, "the walk must see the library and the reader"
    assert unnamed_controls(window) == []
    assert window.library.search.accessibleName() == "Search library"


def test_every_control_has_a_name_in_arabic(qtbot, qapp, library, make_window):
    i18n.install(qapp, "ar")  # the english fixture puts English back afterwards
    window = make_window()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert unnamed_controls(window) == []
    pane = window.library
    for widget in (pane.search, pane.sort, pane.status, pane.list):
        assert ARABIC.search(widget.accessibleName()), widget.accessibleName()
    assert window.menus["file"].title() == "&ملف"
    assert window.isRightToLeft()
    assert window.registry["import_files"].text().startswith("ا&ستيراد")


def test_the_open_shortcuts_help_names_its_controls(qtbot, window):
    window.show_shortcuts()
    dialog = window.shortcuts_dialog
    qtbot.waitExposed(dialog)
    assert unnamed_controls(dialog) == []
    dialog.close()


def test_import_controls_are_named_while_importing(window):
    window.import_progress.show()
    window.import_cancel.show()
    assert unnamed_controls(window) == []


def test_status_changes_are_announced_to_assistive_technology(qtbot, window, monkeypatch):
    events = []
    real = QAccessible.updateAccessibility

    def record(event):
        events.append((type(event).__name__, event.message() if hasattr(event, "message") else ""))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    window.open_article(window.library.model.ids()[1])
    assert ("QAccessibleAnnouncementEvent", "Article opened") in events
    assert window.status_label.text() == "Article opened"


def test_search_result_count_is_announced(qtbot, window):
    window.library.search.setText("حلب")
    with qtbot.waitSignal(window.announcer.announced) as announced:
        window.library.refresh()
    assert re.fullmatch(r"Articles found: [1-9]\d*", announced.args[0])


def test_row_text_for_screen_readers_is_in_the_interface_language(qtbot, qapp, make_window):
    i18n.install(qapp, "ar")
    window = make_window()
    row = window.library.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "غير مقروء" in row or "قُرئ" in row


def ts_messages(language: str):
    ts = i18n.TRANSLATIONS_DIR / f"qari_{language}.ts"
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") not in ("vanished", "obsolete"):
                yield context.findtext("name") or "", message, translation


def test_every_interface_string_is_translated_to_arabic():
    assert (i18n.TRANSLATIONS_DIR / "qari_ar.qm").is_file()
    untranslated = []
    for context, message, translation in ts_messages("ar"):
        if not context:
            continue  # reported by the next test
        texts = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(t and t.strip() for t in texts):
            untranslated.append(f"{context}: {message.findtext('source')}")
    assert untranslated == []


def test_every_string_has_the_context_it_is_translated_in():
    """lupdate must see each string's context as it is looked up at run time; a string found
    without one (a translate() wrapped in a helper) would stay English in an Arabic UI."""
    assert [m.findtext("source") for c, m, _t in ts_messages("ar") if not c] == []


def test_the_compiled_arabic_matches_the_sources(qapp):
    """The .qm in the repository is compiled from the current .ts: every translation is
    found at run time under the context and text the code asks for."""
    from PySide6.QtCore import QCoreApplication

    i18n.install(qapp, "ar")
    try:
        stale = []
        for context, message, translation in ts_messages("ar"):
            source = message.findtext("source")
            if not context or message.get("numerus") == "yes" or "%n" in source:
                continue
            if QCoreApplication.translate(context, source) != translation.text:
                stale.append(f"{context}: {source}")
    finally:
        i18n.install(qapp, "en")
    assert stale == []


def test_count_strings_are_recorded_as_plurals():
    """A "%n" string lupdate did not mark plural gets no Arabic at run time: Qt looks for plural
    form n of six, finds none, and shows English. Such strings use "%1" instead."""
    assert [
        f"{context}: {message.findtext('source')}"
        for context, message, _t in ts_messages("ar")
        if "%n" in message.findtext("source") and message.get("numerus") != "yes"
    ] == []


def test_strings_with_counts_are_translated_at_run_time(qapp):
    from PySide6.QtCore import QCoreApplication

    i18n.install(qapp, "ar")
    try:
        untranslated = [
            f"{context}: {source}"
            for context, message, _t in ts_messages("ar")
            if "%n" in (source := message.findtext("source"))
            and QCoreApplication.translate(context, source, None, 5).startswith("5")
        ]
    finally:
        i18n.install(qapp, "en")
    assert untranslated == []


def test_the_reading_time_is_in_arabic_in_an_arabic_interface(qapp, make_window):
    from PySide6.QtCore import QCoreApplication, QLocale

    i18n.install(qapp, "ar")  # the english fixture puts English back afterwards
    window = make_window()
    meta = window.reader.browser.document().firstBlock().next().text()
    separator = QCoreApplication.translate("Separator", " · ")
    assert separator.strip() == "،"  # a middle dot beside Arabic-Indic digits reads as ٠
    reading = meta.split(separator)[-1]  # site · date · reading time
    minutes = max(1, round(window.reader.article.word_count() / 200))
    assert ARABIC.search(reading), meta
    assert not re.search("[A-Za-z]", reading), meta
    assert QLocale().toString(minutes) in reading, meta
