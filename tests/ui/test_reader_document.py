"""The reader builds its document from the article's blocks: the seed's headline, caption and
credit are there, block index -> QTextBlock is direct, Arabic runs right to left, quotes and
figures are set apart, and images come from the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QTextCursor, QTextDocument

from desktop.model import Article, Block, BlockKind, Direction, ImageData
from desktop.ui.document_builder import ALT_PROPERTY, ROLE_PROPERTY, Role, image_url
from desktop.ui.reader_view import ReaderView
from desktop.ui.themes import get_theme


def png_bytes(width: int, height: int, colour: str = "#336699") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def with_figure_image(article: Article, alt: str = "صورة لحلب") -> Article:
    """The article with a real PNG in its first figure (the seed's has none offline)."""
    img = ImageData.from_bytes(png_bytes(640, 360), "image/png", 640, 360)
    blocks = [
        Block(b.kind, b.text, b.credit, alt, img.sha256) if b.kind == BlockKind.FIGURE else b
        for b in article.blocks
    ]
    return Article(
        title=article.title,
        blocks=blocks,
        site=article.site,
        published=article.published,
        images={img.sha256: img},
    )


@pytest.fixture
def reader(make_reader, english) -> ReaderView:
    return make_reader(size=(800, 900))


def qt_block_text(view: ReaderView, index: int) -> str:
    built = view.built
    return built.document.findBlockByNumber(built.block_map[index]).text()


def test_seed_headline_caption_and_credit_are_in_the_document(reader, store, seed_article, qtbot):
    article = seed_article
    figure = next(b for b in article.blocks if b.kind == BlockKind.FIGURE)
    assert figure.text and figure.credit, "the importer should give the seed a captioned figure"
    article_id = store.add_article(article).article_id

    with qtbot.waitSignal(reader.articleShown) as shown:
        reader.show_article(article_id)

    assert shown.args == [article_id]
    doc = reader.browser.document()
    assert doc.firstBlock().text() == article.title
    assert doc.firstBlock().blockFormat().headingLevel() == 1
    plain = doc.toPlainText()
    assert figure.text in plain
    assert figure.credit in plain
    # The caption is its own block, set smaller than body text, the credit smaller still.
    index = article.blocks.index(figure)
    caption = doc.findBlockByNumber(reader.built.block_map[index])
    assert caption.text() == figure.text
    assert caption.blockFormat().property(ROLE_PROPERTY) == Role.CAPTION
    credit = caption.next()
    # The English label orders the line; the Arabic credit is isolated inside it, so the
    # colon stays after "Credit" and the name reads right to left.
    assert credit.text() == f"Credit: \u2068{figure.credit}\u2069"
    assert credit.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert credit.blockFormat().property(ROLE_PROPERTY) == Role.CREDIT
    body = reader.typography.size
    caption_size = caption.begin().fragment().charFormat().fontPointSize()
    credit_size = credit.begin().fragment().charFormat().fontPointSize()
    assert credit_size < caption_size < body


def test_the_credit_line_follows_the_arabic_interface(reader, store, seed_article, qapp):
    from desktop.ui import i18n

    i18n.install(qapp, "ar")  # the english fixture puts English back afterwards
    figure = next(b for b in seed_article.blocks if b.kind == BlockKind.FIGURE)
    reader.show_article(store.add_article(seed_article).article_id)
    index = seed_article.blocks.index(figure)
    credit = reader.browser.document().findBlockByNumber(reader.built.block_map[index]).next()
    assert credit.text() == f"المصدر: \u2068{figure.credit}\u2069"
    assert credit.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_every_article_block_is_one_qt_block_with_the_same_text(reader, store, seed_article):
    article = seed_article
    reader.show_article(store.add_article(article).article_id)
    built = reader.built
    assert len(built.block_map) == len(article.blocks)
    assert built.block_map == sorted(set(built.block_map)), "in order, one block each"
    for index, block in enumerate(article.blocks):
        assert qt_block_text(reader, index) == block.text


def test_meta_line_shows_site_date_and_reading_time(reader, seed_article):
    article = seed_article
    article.published = "2016-12-08"
    reader.show_article_obj(article)
    meta = reader.browser.document().firstBlock().next()
    assert meta.blockFormat().property(ROLE_PROPERTY) == Role.META
    minutes = max(1, round(article.word_count() / 200))
    assert article.site and article.site in meta.text()
    assert "2016" in meta.text()
    assert f"{minutes}\u00a0min\u00a0read" in meta.text()  # never split across lines


@pytest.mark.parametrize(
    ("site", "author", "shown"),
    [
        ("العربية", "دارا العبدالله", True),  # ANT AL-culture-154
        ("العربية", "لندن - خالد البري", True),  # a dateline and a name
        ("فرانس 24", "فرانس 24", False),  # the outlet again
        ("سكاي نيوز عربية", "أبوظبي - سكاي نيوز عربية", False),  # a dateline and the outlet
        ("", "", False),
    ],
)
def test_meta_line_names_the_author_unless_it_is_the_site_again(
    reader, site: str, author: str, shown: bool
):
    """A reader expects the byline under the headline; news feeds also fill the author field
    with the outlet's name, which would say the site twice."""
    article = Article("عنوان", [Block(BlockKind.PARAGRAPH, "نص.")], site=site, author=author)
    reader.show_article_obj(article)
    meta = reader.browser.document().firstBlock().next().text()
    if shown:
        assert author in meta
    else:
        assert "أبوظبي" not in meta
    if site:
        assert meta.count(site) == 1  # never twice


def test_arabic_blocks_run_right_to_left_and_latin_blocks_left_to_right(reader):
    article = Article(
        title="عنوان",
        blocks=[
            Block(BlockKind.PARAGRAPH, "قال إن 8000 مدني يحاولون الخروج عبر CNN.com اليوم"),
            Block(BlockKind.PARAGRAPH, "An English paragraph quoted in the article."),
        ],
        direction=Direction.RTL,
    )
    reader.show_article_obj(article)
    doc = reader.browser.document()
    rtl = doc.findBlockByNumber(reader.built.block_map[0]).blockFormat()
    ltr = doc.findBlockByNumber(reader.built.block_map[1]).blockFormat()
    assert rtl.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert ltr.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert doc.defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft


def test_quotes_are_indented_coloured_and_italic(reader, seed_article):
    article = seed_article
    reader.show_article_obj(article)
    kinds = [b.kind for b in article.blocks]
    quote = reader.browser.document().findBlockByNumber(
        reader.built.block_map[kinds.index(BlockKind.QUOTE)]
    )
    paragraph = reader.browser.document().findBlockByNumber(
        reader.built.block_map[kinds.index(BlockKind.PARAGRAPH)]
    )
    assert quote.blockFormat().leftMargin() > paragraph.blockFormat().leftMargin()
    assert quote.blockFormat().rightMargin() > paragraph.blockFormat().rightMargin()
    quote_chars = quote.begin().fragment().charFormat()
    assert quote_chars.fontItalic()
    assert quote_chars.foreground().color() == QColor(get_theme("light").quote)
    assert not paragraph.begin().fragment().charFormat().fontItalic()


def test_figure_without_an_offline_image_shows_a_placeholder(reader, seed_article):
    article = seed_article
    reader.show_article_obj(article)
    (figure,) = reader.built.figures.values()
    assert not figure.available
    placeholder = reader.browser.document().findBlockByNumber(figure.image_block)
    assert placeholder.blockFormat().property(ROLE_PROPERTY) == Role.PLACEHOLDER
    assert "Image not available offline" in placeholder.text()
    assert placeholder.next().text() == figure.caption


def test_figure_image_comes_from_the_store_with_its_alt_text(reader, store, seed_article):
    article = with_figure_image(seed_article)
    article_id = store.add_article(article).article_id
    reader.show_article(article_id)
    (figure,) = reader.built.figures.values()
    assert figure.available
    doc = reader.browser.document()
    image = doc.resource(QTextDocument.ResourceType.ImageResource.value, image_url(figure.sha256))
    assert isinstance(image, QImage) and (image.width(), image.height()) == (640, 360)
    cursor = QTextCursor(doc.findBlockByNumber(figure.image_block))
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
    fmt = cursor.charFormat()
    assert fmt.isImageFormat()
    assert fmt.property(ALT_PROPERTY) == "صورة لحلب"
    assert fmt.toolTip() == "صورة لحلب"
    # Alt text reaches assistive technology when the caret is on the image.
    cursor.clearSelection()
    reader.browser.setTextCursor(cursor)
    assert "صورة لحلب" in reader.browser.accessibleDescription()
    reader.browser.moveCursor(QTextCursor.MoveOperation.End)
    assert "صورة لحلب" not in reader.browser.accessibleDescription()


def test_a_figure_image_is_never_wider_than_the_column(reader, seed_article):
    article = with_figure_image(seed_article)
    reader.resize(420, 700)
    reader.show_article_obj(article)
    (figure,) = reader.built.figures.values()
    cursor = QTextCursor(reader.browser.document().findBlockByNumber(figure.image_block))
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
    fmt = cursor.charFormat().toImageFormat()
    assert fmt.width() < 420
    assert fmt.height() == pytest.approx(fmt.width() * 360 / 640, abs=0.5)
    assert reader.browser.horizontalScrollBar().maximum() == 0


def test_line_breaks_and_characters_beyond_the_bmp_keep_offsets_exact(reader):
    text = "سطر أول\nسطر ثان 😀 ثم كلمة أخيرة"
    article = Article(title="t", blocks=[Block(BlockKind.PARAGRAPH, text)])
    reader.show_article_obj(article)
    built = reader.built
    qt_block = built.document.findBlockByNumber(built.block_map[0])
    assert qt_block.text() == text.replace("\n", "\u2028")  # one block, same length
    assert qt_block.length() - 1 == len(text) + 1  # Qt counts the emoji as two UTF-16 units
    start = text.index("كلمة")
    end = start + len("كلمة")
    cursor = QTextCursor(built.document)
    cursor.setPosition(built.qt_position(0, start))
    cursor.setPosition(built.qt_position(0, end), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "كلمة"
    assert built.article_position(built.qt_position(0, end)).offset == end


def test_accessible_names_on_the_reader_and_its_find_bar(reader, seed_article):
    reader.show_article_obj(seed_article)
    assert reader.browser.accessibleName().startswith("Article")
    flags = reader.browser.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    bar = reader.find_bar
    for widget in (bar.edit, bar.next_button, bar.previous_button, bar.close_button):
        assert widget.accessibleName(), widget
        assert widget.accessibleDescription(), widget


def test_clear_shows_nothing(reader, seed_article):
    reader.show_article_obj(seed_article)
    reader.clear()
    assert reader.article is None
    assert reader.browser.document().isEmpty()
    assert reader.current_position().block == 0


def test_an_english_articles_meta_line_reads_in_the_arabic_interfaces_direction(reader, qapp):
    """Its words are the interface's («مدة القراءة»): laid out left to right, as the article,
    its parts came out reversed. It now reads right to left, on the article's side."""
    from desktop.model import Article, Direction
    from desktop.ui import i18n

    i18n.install(qapp, "ar")  # the english fixture puts English back afterwards
    article = Article(
        "Syria talks resume",
        [Block(BlockKind.PARAGRAPH, "The envoy spoke in Geneva.")],
        site="Reuters",
        language="en",
        direction=Direction.LTR,
    )
    reader.show_article_obj(article)
    meta = reader.browser.document().firstBlock().next()
    assert "القراءة" in meta.text()
    assert meta.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    alignment = meta.blockFormat().alignment()
    assert alignment & Qt.AlignmentFlag.AlignLeft and alignment & Qt.AlignmentFlag.AlignAbsolute
