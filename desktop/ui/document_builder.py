"""Build a QTextDocument from an article's blocks, keeping article coordinates mappable.

Every article block becomes exactly one QTextBlock whose text is the block's text, character for
character, so (block index, code-point offset) maps to a document position by arithmetic; the
headline, the meta line, figure images and credits are extra blocks around them. Line breaks
inside a block become U+2028 (a line break inside one QTextBlock) for the same reason.

Offsets: the model counts code points, Qt counts UTF-16 units. They differ only for characters
outside the BMP (emoji, some symbols), so the conversion is exact and usually free.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextOption,
)

from desktop.arabic import detect_direction
from desktop.model import Article, BlockKind, Direction, Position
from desktop.ui.i18n import isolated, join_parts
from desktop.ui.themes import Theme
from desktop.ui.typography import Typography

ROLE_PROPERTY = QTextFormat.Property.UserProperty + 1  # on block formats: a Role
OWNER_PROPERTY = QTextFormat.Property.UserProperty + 2  # on block formats: article block index
ALT_PROPERTY = QTextFormat.Property.UserProperty + 3  # on image formats: alt text

IMAGE_SCHEME = "qari-image"
WORDS_PER_MINUTE = 200
# A typical line of Arabic prose: column widths are measured in its average advance.
_WIDTH_SAMPLE = "أكد المبعوث الخاص أن هناك أوقات يجب أن نكون فيها متحدين في المجلس الدولي"

_LINE_BREAKS = str.maketrans({"\n": "\u2028", "\r": "\u2028", "\u2029": "\u2028"})
_DIRECTION_SAMPLE = 400  # characters: a paragraph's direction is judged on its start


@lru_cache(maxsize=8192)
def one_line_breaks(text: str) -> str:
    """Line breaks inside a block as U+2028, so the block stays one QTextBlock of the same
    length. Cached: a rebuild for a font or theme change sees the same strings again."""
    if "\n" in text or "\r" in text or "\u2029" in text:
        return text.translate(_LINE_BREAKS)
    return text


def reading_label() -> str:
    # "%1", not "%n": PySide6's lupdate does not mark a translate(..., n) call as plural,
    # so Arabic (six plural forms) would find no translation and show English.
    return QCoreApplication.translate("DocumentBuilder", "%1 min read")


def credit_label() -> str:
    return QCoreApplication.translate("DocumentBuilder", "Credit: %1")


def credit_line(credit: str) -> str:
    """ "Credit: …" in the interface language, with the credit as a bidi isolate (FSI…PDI).
    The label's language sets the line's direction (see ``credit_label``) and the credit keeps
    its own inside: an English "Credit:" keeps its colon before an Arabic name, and «المصدر:»
    its colon before a Latin one."""
    return credit_label().replace("%1", isolated(one_line_breaks(credit)))


@lru_cache(maxsize=8192)
def text_direction(text: str, fallback: Direction) -> Direction:
    found = detect_direction(text[:_DIRECTION_SAMPLE])
    return fallback if found == Direction.AUTO else found


class Role(IntEnum):
    HEADLINE = 1
    META = 2
    HEADING = 3
    PARAGRAPH = 4
    QUOTE = 5
    IMAGE = 6
    PLACEHOLDER = 7
    CAPTION = 8
    CREDIT = 9


_SPACED_ROLES = frozenset({Role.HEADING, Role.PARAGRAPH, Role.QUOTE, Role.CAPTION})


# User-visible strings use literal QCoreApplication.translate("DocumentBuilder", ...) calls, not
# a helper, so lupdate can see the context they are looked up in.


def image_url(sha256: str) -> QUrl:
    return QUrl(f"{IMAGE_SCHEME}:{sha256}")


def cp_to_u16(text: str, offset: int) -> int:
    offset = max(0, min(offset, len(text)))
    if text.isascii() or max(text, default="\0") < "\U00010000":
        return offset
    return offset + sum(1 for ch in text[:offset] if ord(ch) > 0xFFFF)


def u16_to_cp(text: str, units: int) -> int:
    if max(text, default="\0") < "\U00010000":
        return max(0, min(units, len(text)))
    count = 0
    for i, ch in enumerate(text):
        if count >= units:
            return i
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


@dataclass(slots=True)
class Figure:
    index: int  # article block index (its caption block)
    sha256: str | None
    alt: str
    caption: str
    credit: str
    image_block: int  # QTextBlock number of the image or its placeholder
    available: bool
    width: int = 0  # the image's own size in px
    height: int = 0


@dataclass(slots=True)
class BuiltDocument:
    """What the reader needs to translate between the article and the document."""

    document: QTextDocument
    texts: list[str]  # article block texts as placed in the document
    block_map: list[int]  # article block index -> QTextBlock number
    owner: list[int] = field(default_factory=list)  # QTextBlock number -> article block index
    figures: dict[int, Figure] = field(default_factory=dict)  # QTextBlock number -> figure
    column_width: float = 0.0  # px; 0 = the whole viewport
    image_width: float = 0.0  # the widest an image may be drawn, as last fitted

    def qt_position(self, block: int, offset: int) -> int:
        """Document position of a code-point offset in an article block (clamped)."""
        if not self.block_map:
            return 0
        block = max(0, min(block, len(self.block_map) - 1))
        qt_block = self.document.findBlockByNumber(self.block_map[block])
        return qt_block.position() + cp_to_u16(self.texts[block], offset)

    def article_position(self, qt_position: int) -> Position:
        """The article position at a document position; extra blocks map to offset 0."""
        if not self.block_map:
            return Position(0, 0)
        qt_block = self.document.findBlock(qt_position)
        number = qt_block.blockNumber()
        index = self.owner[number] if 0 <= number < len(self.owner) else 0
        if self.block_map[index] != number:
            return Position(index, 0)
        offset = u16_to_cp(self.texts[index], qt_position - qt_block.position())
        return Position(index, offset)

    def fit_images(self, max_width: float) -> None:
        """Scale figures down to ``max_width`` (never up), keeping their aspect ratio.

        QTextImageFormat's percentage maximum width is not honoured by the layout here
        (PySide6 6.12), so the reader calls this whenever the column width changes.
        """
        max_width = max(1.0, max_width)
        if abs(max_width - self.image_width) < 0.5:
            return
        self.image_width = max_width
        for figure in self.figures.values():
            if not figure.available or figure.width <= 0:
                continue
            width = min(float(figure.width), max_width)
            cursor = QTextCursor(self.document.findBlockByNumber(figure.image_block))
            cursor.movePosition(
                QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor
            )
            fmt = cursor.charFormat().toImageFormat()
            if not fmt.isValid():
                continue
            fmt.setWidth(width)
            fmt.setHeight(figure.height * width / figure.width)
            cursor.setCharFormat(fmt)

    def figure_at(self, qt_block_number: int) -> Figure | None:
        """The figure whose image, caption or credit is this QTextBlock."""
        figure = self.figures.get(qt_block_number)
        if figure is not None:
            return figure
        if 0 <= qt_block_number < len(self.owner):
            index = self.owner[qt_block_number]
            for fig in self.figures.values():
                if fig.index == index:
                    return fig
        return None


ImageSource = Callable[[str], QImage | None]


class DocumentBuilder:
    """Turns (article, typography, theme) into a fresh QTextDocument.

    A new document every time: building detached from the widget is cheaper than editing a
    laid-out one, and a font or theme change touches nearly every format anyway.
    """

    def __init__(self, typography: Typography, theme: Theme, family: str, dpi: float) -> None:
        self.typography = typography
        self.theme = theme
        self.family = family
        self.px_per_pt = dpi / 72.0
        # Formats made once per kind and copied: a block's format took a dozen Qt calls, 30 us
        # a block, seconds for an article of many short paragraphs.
        self._block_formats: dict[tuple, QTextBlockFormat] = {}
        self._char_formats: dict[tuple, QTextCharFormat] = {}

    # -- formats ----------------------------------------------------------------------------

    def base_font(self) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(self.typography.size)
        font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        return font

    def column_width(self) -> float:
        """Maximum text column width in px for the chosen number of characters (0 = none)."""
        if not self.typography.width:
            return 0.0
        metrics = QFontMetricsF(self.base_font())
        per_char = metrics.horizontalAdvance(_WIDTH_SAMPLE) / len(_WIDTH_SAMPLE)
        return self.typography.width * per_char

    def _char(
        self,
        scale: float = 1.0,
        colour: str | None = None,
        bold: bool = False,
        italic: bool = False,
    ) -> QTextCharFormat:
        key = (scale, colour, bold, italic)
        fmt = self._char_formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            fmt.setFontFamilies([self.family])
            fmt.setFontPointSize(self.typography.size * scale)
            fmt.setForeground(QColor(colour or self.theme.text))
            if bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            if italic:
                fmt.setFontItalic(True)
            self._char_formats[key] = fmt
        return QTextCharFormat(fmt)

    def _block(
        self,
        role: Role,
        owner: int,
        direction: Direction,
        scale: float = 1.0,
        space_after: float = 0.75,
    ) -> QTextBlockFormat:
        key = (role, direction, scale, space_after)
        base = self._block_formats.get(key)
        if base is None:
            base = self._block_formats[key] = self._new_block(role, direction, scale, space_after)
        fmt = QTextBlockFormat(base)
        fmt.setProperty(OWNER_PROPERTY, owner)
        return fmt

    def _new_block(
        self, role: Role, direction: Direction, scale: float, space_after: float
    ) -> QTextBlockFormat:
        t = self.typography
        fmt = QTextBlockFormat()
        fmt.setProperty(ROLE_PROPERTY, int(role))
        fmt.setLayoutDirection(
            Qt.LayoutDirection.LeftToRight
            if direction == Direction.LTR
            else Qt.LayoutDirection.RightToLeft
        )
        # The user's spacing is for reading text; headline, meta and credits keep the font's.
        spacing = t.line_spacing if role in _SPACED_ROLES else 1.0
        fmt.setLineHeight(spacing * 100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        # AlignLeading is mirrored by the block's direction: right edge for Arabic.
        fmt.setAlignment(
            Qt.AlignmentFlag.AlignJustify if t.justify else Qt.AlignmentFlag.AlignLeading
        )
        fmt.setBottomMargin(t.size * scale * self.px_per_pt * space_after)
        return fmt

    # -- building ---------------------------------------------------------------------------

    def build(self, article: Article, image_source: ImageSource) -> BuiltDocument:
        t, theme = self.typography, self.theme
        doc = QTextDocument()
        doc.setUndoRedoEnabled(False)
        doc.setDefaultFont(self.base_font())
        default_dir = article.direction
        if default_dir == Direction.AUTO:
            default_dir = Direction.RTL if article.language == "ar" else Direction.LTR
        option = QTextOption(doc.defaultTextOption())
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft
            if default_dir == Direction.RTL
            else Qt.LayoutDirection.LeftToRight
        )
        doc.setDefaultTextOption(option)

        built = BuiltDocument(doc, [], [], column_width=self.column_width())
        cursor = QTextCursor(doc)
        first = [True]

        def add(text: str, block_fmt: QTextBlockFormat, char_fmt: QTextCharFormat) -> int:
            """A new block for ``text``: its number, with its owner noted."""
            if first[0]:
                cursor.setBlockFormat(block_fmt)
                cursor.setBlockCharFormat(char_fmt)
                first[0] = False
            else:
                cursor.insertBlock(block_fmt, char_fmt)
            if text:
                cursor.insertText(text, char_fmt)
            number = cursor.blockNumber()  # one more than before, unless a line break slipped in
            built.owner += [block_fmt.property(OWNER_PROPERTY)] * (number + 1 - len(built.owner))
            return number

        def direction_of(text: str) -> Direction:
            return text_direction(text, default_dir)

        # Headline and meta line: extra blocks owned by the first article block.
        title = one_line_breaks(article.title)
        headline = self._block(Role.HEADLINE, 0, direction_of(title), 1.6, 0.4)
        headline.setHeadingLevel(1)
        add(title, headline, self._char(1.6, bold=True))
        meta = self.meta_line(article)
        # Its words are the interface's («2 min read»), its parts isolated: it reads in the
        # interface language's direction, on the article's side of the page.
        meta_fmt = self._block(
            Role.META, 0, text_direction(reading_label(), default_dir), 0.85, 1.6
        )
        edge = (
            Qt.AlignmentFlag.AlignRight
            if default_dir == Direction.RTL
            else Qt.AlignmentFlag.AlignLeft
        )
        meta_fmt.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute)
        add(meta, meta_fmt, self._char(0.85, theme.secondary))

        for index, block in enumerate(article.blocks):
            text = one_line_breaks(block.text)
            direction = direction_of(text)
            built.texts.append(text)
            if block.kind == BlockKind.FIGURE:
                self._add_figure(built, add, index, block, text, direction, image_source)
                continue
            if block.kind == BlockKind.HEADING:
                fmt = self._block(Role.HEADING, index, direction, 1.25, 0.5)
                fmt.setHeadingLevel(2)
                fmt.setTopMargin(t.size * self.px_per_pt * 0.5)
                char = self._char(1.25, bold=True)
            elif block.kind == BlockKind.QUOTE:
                fmt = self._block(Role.QUOTE, index, direction)
                indent = t.size * self.px_per_pt * 1.5
                fmt.setLeftMargin(indent)
                fmt.setRightMargin(indent)
                char = self._char(1.0, theme.quote, italic=True)
            else:
                fmt = self._block(Role.PARAGRAPH, index, direction)
                char = self._char()
            built.block_map.append(add(text, fmt, char))

        return built

    def _add_figure(self, built, add, index, block, text, direction, image_source) -> None:
        theme = self.theme
        image = image_source(block.image) if block.image else None
        if image is not None and not image.isNull():
            built.document.addResource(
                QTextDocument.ResourceType.ImageResource.value, image_url(block.image), image
            )
            fmt = self._block(Role.IMAGE, index, direction, space_after=0.3)
            fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            fmt.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            number = add("", fmt, self._char())
            img = QTextImageFormat()
            img.setName(image_url(block.image).toString())
            img.setWidth(image.width())
            img.setHeight(image.height())
            img.setProperty(ALT_PROPERTY, block.alt)
            img.setToolTip(block.alt or block.text)
            cursor = QTextCursor(built.document.findBlockByNumber(number))
            cursor.insertImage(img)
            available = True
        else:
            fmt = self._block(Role.PLACEHOLDER, index, direction, 0.9, 0.3)
            fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            fmt.setBackground(QColor(theme.placeholder))
            fmt.setTopMargin(self.typography.size * self.px_per_pt * 0.3)
            note = QCoreApplication.translate("DocumentBuilder", "Image not available offline")
            if block.alt:
                note += "\u2028" + one_line_breaks(block.alt)
            number = add(note, fmt, self._char(0.9, theme.secondary))
            available = False
        built.figures[number] = Figure(
            index,
            block.image,
            block.alt,
            block.text,
            block.credit,
            number,
            available,
            image.width() if available else 0,
            image.height() if available else 0,
        )

        caption = self._block(Role.CAPTION, index, direction, 0.9, 0.2 if block.credit else 1.0)
        caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        built.block_map.append(add(text, caption, self._char(0.9)))
        if block.credit:
            credit_text = credit_line(block.credit)
            credit = self._block(
                Role.CREDIT, index, text_direction(credit_label(), direction), 0.75, 1.4
            )
            credit.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            add(credit_text, credit, self._char(0.75, theme.secondary))

    def meta_line(self, article: Article) -> str:
        parts = []
        if article.site:
            parts.append(article.site)
        if byline(article):
            parts.append(byline(article))
        date = format_date(article.published)
        if date:
            parts.append(date)
        minutes = max(1, round(article.word_count() / WORDS_PER_MINUTE))
        reading = reading_label().replace("%1", QLocale().toString(minutes))
        parts.append(reading.replace(" ", "\u00a0"))  # "2 min read" never splits over lines
        return join_parts(parts)


def byline(article: Article) -> str:
    """The author for the meta line, or "" when the author field only names the site again:
    news feeds fill it with the outlet, or with a dateline and the outlet («أبوظبي - سكاي
    نيوز عربية» on a Sky News Arabia article), which would say the site twice."""
    author = " ".join(article.author.split())
    site = " ".join(article.site.split())
    if not author:
        return ""
    last = re.split(r"\s[-–—]\s", author)[-1]
    if site and site.casefold() in (author.casefold(), last.casefold()):
        return ""
    return author


def format_date(published: str) -> str:
    """A stored ISO date in the user's locale; anything unparseable is shown as found."""
    if not published:
        return ""
    date = QDate.fromString(published[:10], Qt.DateFormat.ISODate)
    if not date.isValid():
        return published
    return QLocale().toString(date, QLocale.FormatType.LongFormat)
