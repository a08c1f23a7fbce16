"""Typography applies at once (asserted on the document's formats) and is kept in the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QTextBlockFormat

from desktop.model import BlockKind
from desktop.store import Store
from desktop.ui.fonts import BUNDLED_FAMILIES, fonts_dir, load_bundled_fonts
from desktop.ui.reader_view import ReaderView
from desktop.ui.themes import get_theme
from desktop.ui.typography import (
    DEFAULT_SIZE,
    MAX_SIZE,
    MIN_SIZE,
    SETTINGS_KEY,
    Typography,
)


@pytest.fixture
def reader(make_reader, seed_article) -> ReaderView:
    return make_reader(seed_article, size=(800, 900))


def paragraph(view: ReaderView):
    """The first body paragraph's QTextBlock (looked up again after every rebuild)."""
    index = next(i for i, b in enumerate(view.article.blocks) if b.kind == BlockKind.PARAGRAPH)
    return view.browser.document().findBlockByNumber(view.built.block_map[index])


def char_format(view: ReaderView):
    return paragraph(view).begin().fragment().charFormat()


# --- the value object ----------------------------------------------------------------------


def test_typography_clamps_every_field():
    t = Typography(size=500, line_spacing=9, width=5, theme="neon", family="  ")
    assert t.size == MAX_SIZE
    assert t.line_spacing == 2.5
    assert t.width == 20
    assert t.theme == "light"
    assert t.family == Typography().family
    assert Typography(size=1, line_spacing=0.2).size == MIN_SIZE
    assert Typography(line_spacing=0.2).line_spacing == 1.0
    assert Typography(width=-3).width == 0  # no limit


def test_typography_round_trips_through_a_dict_and_survives_garbage():
    t = Typography(
        family="Noto Naskh Arabic", size=24, line_spacing=1.8, width=50, justify=True, theme="sepia"
    )
    assert Typography.from_dict(t.to_dict()) == t
    assert Typography.from_dict(None) == Typography()
    assert Typography.from_dict("not a dict") == Typography()
    damaged = {
        "size": "huge",
        "line_spacing": float("nan"),
        "justify": "yes",
        "theme": "dark",
        "unknown": 1,
    }
    assert Typography.from_dict(damaged) == Typography(theme="dark")


def test_zoom_steps_stay_in_range():
    t = Typography()
    assert t.zoomed_in().size > t.size > t.zoomed_out().size
    for _ in range(100):
        t = t.zoomed_in()
    assert t.size == MAX_SIZE
    for _ in range(100):
        t = t.zoomed_out()
    assert t.size == MIN_SIZE
    assert t.zoom_reset().size == DEFAULT_SIZE


# --- applied to the document ---------------------------------------------------------------


def test_font_size_changes_the_document(reader):
    before = char_format(reader).fontPointSize()
    assert before == reader.typography.size
    reader.zoom_in()
    assert char_format(reader).fontPointSize() > before
    reader.zoom_reset()
    assert char_format(reader).fontPointSize() == DEFAULT_SIZE
    reader.zoom_out()
    assert char_format(reader).fontPointSize() < DEFAULT_SIZE
    reader.set_typography(reader.typography.with_(size=40))
    assert char_format(reader).fontPointSize() == 40


def test_font_family_changes_the_document(reader):
    assert char_format(reader).fontFamilies() == ["Amiri"]
    reader.set_typography(reader.typography.with_(family="Noto Naskh Arabic"))
    assert char_format(reader).fontFamilies() == ["Noto Naskh Arabic"]
    # A family that is not installed falls back to a bundled one instead of a tofu font.
    reader.set_typography(reader.typography.with_(family="No Such Font 123"))
    assert char_format(reader).fontFamilies()[0] in BUNDLED_FAMILIES


def test_line_spacing_changes_the_document(reader):
    reader.set_typography(reader.typography.with_(line_spacing=2.0))
    fmt = paragraph(reader).blockFormat()
    assert fmt.lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    assert fmt.lineHeight() == pytest.approx(200)
    reader.set_typography(reader.typography.with_(line_spacing=1.2))
    assert paragraph(reader).blockFormat().lineHeight() == pytest.approx(120)


def test_theme_changes_the_document_and_the_page(reader):
    for name in ("dark", "sepia", "high_contrast", "light"):
        reader.set_typography(reader.typography.with_(theme=name))
        theme = get_theme(name)
        assert char_format(reader).foreground().color() == QColor(theme.text)
        assert theme.background in reader.browser.styleSheet()


def test_justification_changes_the_alignment(reader):
    assert not paragraph(reader).blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify
    reader.set_typography(reader.typography.with_(justify=True))
    assert paragraph(reader).blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify


def test_text_width_narrows_the_column_and_keeps_it_centred(reader):
    def margins():
        fmt = reader.browser.document().rootFrame().frameFormat()
        return fmt.leftMargin(), fmt.rightMargin()

    reader.set_typography(reader.typography.with_(width=0))
    wide_left, wide_right = margins()
    reader.set_typography(reader.typography.with_(width=30))
    narrow_left, narrow_right = margins()
    assert narrow_left > wide_left
    assert narrow_left == pytest.approx(narrow_right)


def test_typography_is_kept_in_the_store(qtbot, tmp_path, seed_article):
    path = tmp_path / "library.sqlite3"
    chosen = Typography(
        family="Noto Naskh Arabic", size=26, line_spacing=1.5, width=60, justify=True, theme="dark"
    )
    with Store.open(path) as store:
        view = ReaderView(store)
        qtbot.addWidget(view)
        changes = []
        view.typographyChanged.connect(changes.append)
        view.set_typography(chosen)
        assert changes == [chosen]
        assert store.get_setting(SETTINGS_KEY) == chosen.to_dict()
    with Store.open(path) as store:
        again = ReaderView(store)
        qtbot.addWidget(again)
        assert again.typography == chosen
        again.show_article_obj(seed_article)
        assert char_format(again).fontPointSize() == 26


def test_bundled_fonts_load_and_carry_their_licences(qapp):
    families = load_bundled_fonts()
    for family in BUNDLED_FAMILIES:
        assert family in families
        assert QFontDatabase.hasFamily(family)
    folder = fonts_dir()
    assert (folder / "OFL.txt").read_text().count("SIL OPEN FONT LICENSE Version 1.1") == 1
    assert "OFL" in (folder / "Amiri-COPYRIGHT.txt").read_text()
    assert "OFL" in (folder / "NotoNaskhArabic-COPYRIGHT.txt").read_text()


def test_ctrl_wheel_and_zoom_keys_in_the_reader_change_the_size(reader, qtbot):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    size = reader.typography.size
    viewport = reader.browser.viewport()
    wheel = QWheelEvent(
        QPointF(20, 20),
        QPointF(viewport.mapToGlobal(QPoint(20, 20))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert reader.typography.size > size
    assert char_format(reader).fontPointSize() == reader.typography.size
    qtbot.keyClick(reader.browser, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert reader.typography.size == DEFAULT_SIZE
    qtbot.keyClick(reader.browser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert reader.typography.size < DEFAULT_SIZE
