"""Figures: Enter (or a click) on an image opens the viewer; it zooms by keyboard and wheel and
closes with Esc. A figure with no offline image opens nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from desktop.model import Article, Block, BlockKind, ImageData
from desktop.ui.image_viewer import ImageViewer
from desktop.ui.reader_view import ReaderView


def with_figure_image(article: Article, alt: str = "صورة لحلب") -> Article:
    """The article with a real 640x360 PNG in its figure (the seed's has none offline)."""
    image = QImage(640, 360, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    img = ImageData.from_bytes(bytes(data.data()), "image/png", 640, 360)
    blocks = [
        Block(b.kind, b.text, b.credit, alt, img.sha256) if b.kind == BlockKind.FIGURE else b
        for b in article.blocks
    ]
    return Article(title=article.title, blocks=blocks, images={img.sha256: img})


@pytest.fixture
def make_reader(make_reader, english):
    """The shared factory's reader with ``article`` open and the keyboard focus in it."""

    def make(article) -> ReaderView:
        view = make_reader(article, size=(800, 900))
        view.browser.setFocus()
        return view

    return make


def caret_to_figure(view: ReaderView) -> None:
    (figure,) = view.built.figures.values()
    cursor = QTextCursor(view.built.document.findBlockByNumber(figure.image_block))
    view.browser.setTextCursor(cursor)


def test_enter_on_a_figure_opens_the_viewer_and_escape_closes_it(make_reader, seed_article, qtbot):
    view = make_reader(with_figure_image(seed_article, alt="أنقاض في حلب"))
    caret_to_figure(view)
    qtbot.keyClick(view.browser, Qt.Key.Key_Return)
    viewer = view.image_viewer
    assert isinstance(viewer, ImageViewer)
    qtbot.waitExposed(viewer)
    assert viewer.isVisible()
    assert viewer.accessibleName() == "Image viewer"
    assert viewer.image_label.accessibleName() == "أنقاض في حلب"
    for button in viewer.findChildren(QPushButton):
        assert button.accessibleName() and button.accessibleDescription()

    with qtbot.waitSignal(viewer.finished, timeout=3000):
        qtbot.keyClick(viewer.focusWidget(), Qt.Key.Key_Escape)
    assert not viewer.isVisible()


def test_the_viewer_says_the_alt_caption_credit_and_each_zoom(make_reader, seed_article, qtbot):
    """The focus lands on the image area: its name is the alt text and its description the
    caption and credit. The caption can be reached with Tab; each zoom asked for is said."""
    view = make_reader(with_figure_image(seed_article, alt="أنقاض في حلب"))
    caret_to_figure(view)
    qtbot.keyClick(view.browser, Qt.Key.Key_Return)
    viewer = view.image_viewer
    qtbot.waitExposed(viewer)
    focused = viewer.focusWidget()
    (figure,) = view.built.figures.values()
    assert focused.accessibleName() == "أنقاض في حلب"
    assert figure.caption in focused.accessibleDescription()
    assert figure.credit in focused.accessibleDescription()
    caption = next(w for w in viewer.findChildren(QLabel) if w.text().startswith(figure.caption))
    assert caption.focusPolicy() & Qt.FocusPolicy.TabFocus and not caption.accessibleName()
    said: list[str] = []
    viewer._zoom_said.announced.connect(said.append)
    qtbot.keyClick(focused, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert said and said[-1].endswith("%")
    viewer.reject()


def test_viewer_zooms_by_keyboard_and_wheel(make_reader, seed_article, qtbot):
    view = make_reader(with_figure_image(seed_article))
    caret_to_figure(view)
    qtbot.keyClick(view.browser, Qt.Key.Key_Enter)
    viewer = view.image_viewer
    qtbot.waitExposed(viewer)
    fitted = viewer.scale
    target = viewer.focusWidget()  # the image area: keys reach the dialog from there
    assert target is not None
    qtbot.keyClick(target, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert viewer.scale == pytest.approx(fitted * 1.25)
    qtbot.keyClick(target, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(target, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.scale == pytest.approx(fitted / 1.25)
    qtbot.keyClick(target, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.scale == pytest.approx(fitted)

    from PySide6.QtGui import QWheelEvent

    area = viewer._area
    wheel = QWheelEvent(
        QPointF(10, 10),
        QPointF(area.mapToGlobal(QPoint(10, 10))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(area.viewport(), wheel)
    assert viewer.scale > fitted
    viewer.reject()


def test_clicking_the_image_opens_the_viewer(make_reader, seed_article, qtbot):
    view = make_reader(with_figure_image(seed_article))
    (figure,) = view.built.figures.values()
    layout = view.built.document.documentLayout()
    rect = layout.blockBoundingRect(view.built.document.findBlockByNumber(figure.image_block))
    bar = view.browser.verticalScrollBar()
    point = QPoint(int(rect.center().x()), int(rect.center().y() - bar.value()))
    qtbot.mouseClick(view.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert isinstance(view.image_viewer, ImageViewer)
    view.image_viewer.reject()


def test_enter_on_a_figure_without_an_image_opens_nothing(make_reader, seed_article, qtbot):
    view = make_reader(seed_article)
    caret_to_figure(view)
    qtbot.keyClick(view.browser, Qt.Key.Key_Return)
    assert view.image_viewer is None
    assert "not available offline" in view.browser.accessibleDescription()


@pytest.mark.parametrize("change", ["zoom", "theme", "width"])
def test_an_image_at_the_top_of_the_view_stays_there(make_reader, seed_article, qtbot, change):
    """A figure's place is its caption's start; putting the view back there left its image
    above the view, out of sight."""
    article = with_figure_image(seed_article)
    figure_block = next(b for b in article.blocks if b.kind == BlockKind.FIGURE)
    others = [b for b in article.blocks if b is not figure_block]
    view = make_reader(
        Article(article.title, [*others[:4], figure_block, *others[4:]], images=article.images)
    )
    view.resize(700, 500)
    qtbot.waitUntil(lambda: view.browser.height() < 600)
    (figure,) = view.built.figures.values()

    def image_top() -> float:
        doc = view.built.document
        block = doc.findBlockByNumber(figure.image_block)
        top = doc.documentLayout().blockBoundingRect(block).top()
        return top - view.browser.verticalScrollBar().value()

    view.browser.verticalScrollBar().setValue(int(image_top()) + 2)
    if change == "zoom":
        view.zoom_in()
    elif change == "theme":
        view.set_typography(view.typography.with_(theme="sepia"))
    else:
        view.resize(650, 500)
        qtbot.waitUntil(lambda: view.browser.width() <= 650)
    assert -5 <= image_top() <= 5
